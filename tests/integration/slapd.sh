#!/bin/bash
#
# slapd.sh - a private OpenLDAP server for the directory tests.
#
#   slapd.sh start DIR PORT MAP [PID]   build DIR (slapd.conf, database,
#                                 LDIF) and run slapd on ldap://127.0.0.1:PORT/;
#                                 with PID, slapd is also stopped once
#                                 process PID is gone (a test that crashed)
#   slapd.sh stop DIR             stop it (and wait for it to exit)
#   slapd.sh restart DIR          stop it and start it again on the same
#                                 port and database (its clients' connections
#                                 are closed); the log goes on
#   slapd.sh pause DIR | resume DIR   SIGSTOP / SIGCONT (a hanging server)
#
# MAP is tests/pki/mkpki.sh's recipients/directory.txt ("ADDRESS FILE..."):
# each address becomes an inetOrgPerson cn=N,ou=people,dc=example,dc=net
# with mail=ADDRESS, every certificate as a userCertificate;binary value
# (DER) and all of them as one userSMIMECertificate (PKCS#7 certs-only).
# slapd runs with -d stats; its log DIR/slapd.log shows every connection
# accepted ("ACCEPT from") and every SRCH with the filter the server
# received. Needs slapd, slapadd and openssl.
# SLAPD_TLS="CERT KEY" (PEM files): the server offers StartTLS with them;
# with SLAPD_LDAPS_PORT=N too it also listens on ldaps://127.0.0.1:N/.
set -euo pipefail

SLAPD=${SLAPD:-/usr/sbin/slapd}
SLAPADD=${SLAPADD:-/usr/sbin/slapadd}
SCHEMA=${SCHEMA:-/etc/ldap/schema}

usage() {
	echo "usage: $0 start DIR PORT MAP [PID] | stop DIR | restart DIR | pause DIR | resume DIR" >&2
	exit 2
}

# ldif MAP: the entries for every address of MAP, on stdout.
ldif() {
	local map=$1 base n=0 addr f
	local -a files

	base=$(dirname "$map")
	printf 'dn: dc=example,dc=net\nobjectClass: dcObject\nobjectClass: organization\n'
	printf 'dc: example\no: Example Net\n\n'
	printf 'dn: ou=people,dc=example,dc=net\nobjectClass: organizationalUnit\nou: people\n\n'
	while read -r addr rest; do
		case "$addr" in '' | '#'*) continue ;; esac
		read -r -a files <<<"$rest"
		n=$((n + 1))
		printf 'dn: cn=r%d,ou=people,dc=example,dc=net\nobjectClass: inetOrgPerson\n' "$n"
		printf 'cn: r%d\nsn: Recipient %d\nmail: %s\n' "$n" "$n" "$addr"
		local -a certargs=()
		for f in "${files[@]}"; do
			printf 'userCertificate;binary:: %s\n' \
				"$(openssl x509 -in "$base/$f" -outform DER | base64 -w0)"
			certargs+=(-certfile "$base/$f")
		done
		printf 'userSMIMECertificate:: %s\n\n' \
			"$(openssl crl2pkcs7 -nocrl "${certargs[@]}" -outform DER | base64 -w0)"
	done <"$map"
}

# watch PID SLAPDPID: stop slapd when PID is gone.
watch() {
	while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do
		sleep 1
	done
	kill -CONT "$2" 2>/dev/null || true
	kill -TERM "$2" 2>/dev/null || true
}

start() {
	local dir=$1 port=$2 map=$3 owner=${4:-}

	mkdir -p "$dir/db"
	dir=$(cd "$dir" && pwd)
	local tls=()
	if [ -n "${SLAPD_TLS:-}" ]; then
		read -r -a tls <<<"$SLAPD_TLS"
		tls=("TLSCertificateFile ${tls[0]}" "TLSCertificateKeyFile ${tls[1]}")
	fi
	cat >"$dir/slapd.conf" <<EOF
include $SCHEMA/core.schema
include $SCHEMA/cosine.schema
include $SCHEMA/inetorgperson.schema
pidfile $dir/slapd.pid
argsfile $dir/slapd.args
modulepath /usr/lib/ldap
moduleload back_mdb
$(printf '%s\n' "${tls[@]}")
database mdb
maxsize 16777216
suffix "dc=example,dc=net"
rootdn "cn=admin,dc=example,dc=net"
directory $dir/db
index mail eq
access to * by * read
EOF
	ldif "$map" >"$dir/data.ldif"
	"$SLAPADD" -q -f "$dir/slapd.conf" -l "$dir/data.ldif"
	echo "$port" >"$dir/slapd.port"
	rm -f "$dir/slapd.ldaps"
	if [ -n "${SLAPD_LDAPS_PORT:-}" ]; then
		echo "$SLAPD_LDAPS_PORT" >"$dir/slapd.ldaps"
	fi
	echo "$owner" >"$dir/slapd.owner"
	: >"$dir/slapd.log"
	launch "$dir"
}

# launch DIR: run slapd of DIR (slapd.conf, slapd.port) and wait until it
# says it is starting; its log is appended to. slapd and its watcher run in
# a session of their own: a unit test that (re)starts slapd in a forked
# Check child must not take them along when Check kills the child's
# process group (CK_FORK=yes, as "make check" runs the tests).
launch() {
	local dir=$1 port owner started urls
	port=$(cat "$dir/slapd.port")
	urls="ldap://127.0.0.1:$port/"
	if [ -s "$dir/slapd.ldaps" ]; then
		urls="$urls ldaps://127.0.0.1:$(cat "$dir/slapd.ldaps")/"
	fi
	owner=$(cat "$dir/slapd.owner")
	started=$(grep -c 'slapd starting' "$dir/slapd.log" || true)
	setsid "$SLAPD" -f "$dir/slapd.conf" -h "$urls" -d stats \
		>>"$dir/slapd.log" 2>&1 </dev/null &
	echo $! >"$dir/slapd.run"
	for _ in $(seq 300); do # 30 s: a loaded machine (CI, parallel unit programs) is slow
		if [ "$(grep -c 'slapd starting' "$dir/slapd.log" || true)" -gt "$started" ]; then
			if [ -n "$owner" ]; then
				setsid bash "$0" watch "$owner" "$(cat "$dir/slapd.run")" \
					>/dev/null 2>&1 </dev/null &
			fi
			return 0
		fi
		if ! kill -0 "$(cat "$dir/slapd.run")" 2>/dev/null; then
			break
		fi
		sleep 0.1
	done
	echo "slapd.sh: slapd did not start:" >&2
	cat "$dir/slapd.log" >&2
	exit 1
}

stop() {
	local pid

	[ -f "$1/slapd.run" ] || return 0
	pid=$(cat "$1/slapd.run")
	kill -CONT "$pid" 2>/dev/null || true
	kill -TERM "$pid" 2>/dev/null || true
	for _ in $(seq 100); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	rm -f "$1/slapd.run"
}

[ $# -ge 2 ] || usage
case "$1" in
start)
	[ $# -eq 4 ] || [ $# -eq 5 ] || usage
	start "$2" "$3" "$4" "${5:-}"
	;;
stop) stop "$2" ;;
restart)
	stop "$2"
	launch "$(cd "$2" && pwd)"
	;;
watch) # internal: watch PID SLAPDPID (launch)
	[ $# -eq 3 ] || usage
	watch "$2" "$3"
	;;
pause) # returns once every thread of slapd is stopped (state T), not when the
	# signal is merely sent: a lookup started right after must find it hung
	pid=$(cat "$2/slapd.run")
	kill -STOP "$pid"
	for _ in $(seq 1 500); do
		running=0
		for st in /proc/"$pid"/task/*/stat; do
			# field 3, after the ")" that closes the command name
			state=$(sed 's/.*) \(.\).*/\1/' "$st" 2>/dev/null) || continue
			[ "$state" = T ] || [ "$state" = t ] || running=1
		done
		[ $running -eq 0 ] && exit 0
		sleep 0.01
	done
	echo "slapd.sh: slapd $pid did not stop" >&2
	exit 1
	;;
resume) kill -CONT "$(cat "$2/slapd.run")" ;;
*) usage ;;
esac
