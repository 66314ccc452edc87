#!/bin/bash
#
# pg.sh - a private PostgreSQL server for the store tests (check_store,
# and any integration test that wants one).
#
#   pg.sh start DIR PORT [PID]   the first time: a cluster in DIR/data
#                                (initdb, trust authentication on loopback
#                                only), the role certmilter; then (and on
#                                a later start, after stop) run it on
#                                127.0.0.1:PORT with its socket in DIR.
#                                With PID, it is also stopped once process
#                                PID is gone (a test that crashed). Nothing
#                                to do if it runs already.
#   pg.sh stop DIR               stop it (fast: sessions closed) and wait
#   pg.sh pause DIR | resume DIR SIGSTOP / SIGCONT the server and every
#                                backend (a hanging server); pause returns
#                                once all of them are stopped
#   pg.sh db DIR NAME            (re)create database NAME, owned by certmilter
#   pg.sh url DIR NAME           print postgresql://certmilter@127.0.0.1:PORT/NAME
#   pg.sh psql DIR NAME ARG...   psql as certmilter (PG_USER) on database
#                                NAME: an ARG without a leading - is a
#                                command (-c)
#
# Run as root, the server runs as the user postgres (PostgreSQL refuses
# root), or as pgtest, made here, where there is no postgres user; DIR is
# given to that user. PGBIN: the folder of initdb and pg_ctl (default: the
# newest /usr/lib/postgresql/*/bin). The server log is DIR/pg.log.
set -euo pipefail

PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}

usage() {
	echo "usage: $0 start DIR PORT [PID] | stop DIR | pause DIR | resume DIR | db DIR NAME | url DIR NAME | psql DIR NAME ARG..." >&2
	exit 2
}

# as CMD...: CMD as the server's user.
as() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u "$(cat "$dir/pg.user")" -- "$@"
	else
		"$@"
	fi
}

# The user the server runs as (root: postgres, else pgtest made here).
pick_user() {
	if [ "$(id -u)" -ne 0 ]; then
		id -un
	elif id postgres >/dev/null 2>&1; then
		echo postgres
	else
		id pgtest >/dev/null 2>&1 || useradd --system --no-create-home pgtest
		echo pgtest
	fi
}

postmaster() { head -1 "$dir/data/postmaster.pid" 2>/dev/null || true; }
running() {
	local pid
	pid=$(postmaster)
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

psql_admin() {
	PGOPTIONS="-c client_min_messages=warning" "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$(cat "$dir/pg.port")" -U postgres \
		-d postgres "$@"
}

init() {
	local port=$1
	[ -x "$PGBIN/initdb" ] || { echo "pg.sh: no initdb in '$PGBIN' (Debian: postgresql)" >&2; exit 1; }
	pick_user >"$dir/pg.user"
	echo "$port" >"$dir/pg.port"
	[ "$(id -u)" -eq 0 ] && chown -R "$(cat "$dir/pg.user")" "$dir"
	as "$PGBIN/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync -E UTF8 \
		--locale=C >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
	cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 16MB
max_connections = 40
log_min_messages = warning
EOF
}

# watch PID DIR: stop the server when PID is gone. It watches the owner
# only, not the server: a test that stops and starts the server again
# (check_store's pg_stopped_and_back) must not have the watcher, which saw
# it stopped, take the restarted one down (seen: "immediate shutdown
# request" 13 ms after the restart).
watch() {
	local owner=$1
	while kill -0 "$owner" 2>/dev/null; do
		sleep 1
	done
	running || exit 0
	kill -CONT "$(postmaster)" 2>/dev/null || true
	resume
	as "$PGBIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
}

start() {
	local port=$1 owner=${2:-} first=no
	if [ ! -f "$dir/data/PG_VERSION" ]; then
		init "$port"
		first=yes
	fi
	running && return 0
	# a session of its own: Check's forked children must not take it along
	as setsid "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/pg.log" -w -t 60 start \
		>/dev/null 2>&1 </dev/null || { echo "pg.sh: the server did not start:" >&2; tail -20 "$dir/pg.log" >&2; exit 1; }
	if [ $first = yes ]; then
		psql_admin -c "CREATE ROLE certmilter LOGIN"
	fi
	if [ -n "$owner" ]; then
		setsid bash "$0" watch "$dir" "$owner" >/dev/null 2>&1 </dev/null &
	fi
}

stop() {
	running || return 0
	resume
	as "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null
}

# The server and its backends, the server first.
procs() {
	local pm
	pm=$(postmaster)
	[ -n "$pm" ] || return 0
	echo "$pm"
	ps -o pid= --ppid "$pm" || true
}

pause() {
	local pids pid st running
	pids=$(procs)
	for pid in $pids; do kill -STOP "$pid" 2>/dev/null || true; done
	for _ in $(seq 1 500); do
		running=0
		for pid in $pids; do
			st=$(sed 's/.*) \(.\).*/\1/' "/proc/$pid/stat" 2>/dev/null) || continue
			[ "$st" = T ] || [ "$st" = t ] || running=1
		done
		[ $running -eq 0 ] && return 0
		sleep 0.01
	done
	echo "pg.sh: the server did not stop" >&2
	exit 1
}

resume() {
	local pid
	for pid in $(procs); do kill -CONT "$pid" 2>/dev/null || true; done
}

[ $# -ge 2 ] || usage
cmd=$1
dir=$2
case "$cmd" in
start)
	[ $# -eq 3 ] || [ $# -eq 4 ] || usage
	mkdir -p "$dir"
	dir=$(cd "$dir" && pwd)
	start "$3" "${4:-}"
	;;
stop) stop ;;
pause) pause ;;
resume) resume ;;
db)
	[ $# -eq 3 ] || usage
	psql_admin -c "DROP DATABASE IF EXISTS \"$3\" WITH (FORCE)" \
		-c "CREATE DATABASE \"$3\" OWNER certmilter"
	;;
url)
	[ $# -eq 3 ] || usage
	echo "postgresql://certmilter@127.0.0.1:$(cat "$dir/pg.port")/$3"
	;;
psql)
	[ $# -ge 4 ] || usage
	name=$3
	shift 3
	args=()
	for a in "$@"; do
		case "$a" in -*) args+=("$a") ;; *) args+=(-c "$a") ;; esac
	done
	PGOPTIONS="-c client_min_messages=warning" "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 \
		-h "$dir" -p "$(cat "$dir/pg.port")" -U "${PG_USER:-certmilter}" -d "$name" "${args[@]}"
	;;
watch) # internal: watch DIR PID (start)
	[ $# -eq 3 ] || usage
	watch "$3"
	;;
*) usage ;;
esac
