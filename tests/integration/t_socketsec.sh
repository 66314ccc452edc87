#!/usr/bin/env bash
# t_socketsec.sh - who can have mail signed through certmilter, tried as a
# local attacker would (issue #20, findings 2 and 3):
#   default socket   with no socket keys in the configuration (/run a
#                    private tmpfs, /run/certmilter root's, mode 0755, as
#                    systemd makes it), user nobody running a milter client
#                    (bench/milterdrive: alice's From:, its own text) cannot
#                    connect; a process of the MTA's group (postfix) can and
#                    gets the message signed;
#   hold-up          40 connections that send half a packet and stall are
#                    closed by certmilter after milter_timeout (2 s), the
#                    worker's threads go back to their number before, and
#                    the next message is signed;
#   directory        a socket directory owned by another user, writable by
#                    every user or by a group, or under a directory of
#                    another user: certmilter does not start and names it,
#                    and -n says the same;
#   symlink race     a socket directory owned by the service user, who swaps
#                    the new socket for a symbolic link to a file of root's
#                    the moment it is created (sockpeer.py race, woken by
#                    inotify): over 6 starts the file keeps owner and mode;
#   local submission through a real Postfix's sendmail(1), pickup and
#                    non_smtpd_milters ("localhost", 127.0.0.1, port 0):
#                    unsigned, dir=in, by default (while SMTP from 127.0.0.1
#                    is signed), signed with outbound.local_is_internal.
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
PORT_IN=${PORT_IN:-32025} PORT_PLAIN=${PORT_PLAIN:-32026} SINK_PORT=${SINK_PORT:-32027}
MPORT=${MILTER_PORT:-32894}
USER_NAME=certmilter
FROM=alice@example.com

# drive SOCKET [setpriv options]: one message from alice through SOCKET with
# bench/milterdrive, as the user setpriv makes (default: as is).
drive() {
	local sock=$1
	shift
	if [ $# -gt 0 ]; then
		setpriv "$@" "$work/milterdrive" -p "$sock" -n 1 -c 1 -f "$FROM" -t bob@partner.example 2>&1
	else
		"$work/milterdrive" -p "$sock" -n 1 -c 1 -f "$FROM" -t bob@partner.example 2>&1
	fi
}
AS_NOBODY=(--reuid=nobody --regid=nogroup --clear-groups)
AS_MTA_GROUP=(--reuid=nobody --regid=nogroup --groups=postfix)

# ------------------------------------------- default socket (own namespace)

# Run by the script itself under "unshare -m": /run is a private tmpfs.
default_socket_inner() {
	local log=$work/default.log sock pid t=100
	: >"$log"
	mount -t tmpfs -o mode=0755 t_socketsec /run && mkdir -m 0755 /run/certmilter || {
		echo "FAIL: default socket: cannot make a private /run/certmilter"
		return
	}
	"$(cm_binary)" -f -c "$work/default.conf" >>"$log" 2>&1 &
	pid=$!
	until grep -q ' serving$' "$log" || ! kill -0 "$pid" 2>/dev/null || [ $((t -= 1)) -eq 0 ]; do
		sleep 0.1
	done
	sock=$(sed -n 's/^certmilter: starting certmilter [^ ]* on //p' "$log" | head -1)
	if [ -z "$sock" ]; then
		echo "FAIL: default socket: certmilter did not start: $(tail -3 "$log")"
		return
	fi
	echo "# the default socket: $sock"
	local out
	out=$(drive "$sock" "${AS_NOBODY[@]}")
	if grep -q 'signed=1' <<<"$out"; then
		echo "FAIL: default socket: user nobody had a message signed as $FROM through $sock: $out"
	elif [[ $sock == unix:* ]] && grep -q 'Permission denied' <<<"$out"; then
		echo "PASS: default socket $sock: user nobody cannot connect ($(grep -o 'connect: [^;]*' <<<"$out" | head -1))"
	else
		echo "FAIL: default socket: user nobody: $out"
	fi
	out=$(drive "$sock" "${AS_MTA_GROUP[@]}")
	if grep -q 'signed=1' <<<"$out"; then
		echo "PASS: default socket: a process of group postfix (the MTA's) connects, message signed"
	else
		echo "FAIL: default socket: group postfix: $out"
	fi
	[[ $sock == unix:* ]] &&
		echo "# $(stat -c 'mode %a, owner %U, group %G' "${sock#unix:}") (socket_mode, socket_group defaults)"
	kill "$pid"
	wait "$pid"
}

if [ "${1:-}" = --default-socket-ns ]; then
	work=$2
	default_socket_inner
	exit 0
fi

work=$(mktemp -d /tmp/t_socketsec.XXXXXX)
chmod 755 "$work"
finish() {
	t_cleanup
	rm -rf "$work"
}
trap finish EXIT
t_need_root socketsec "private mount namespace, other users, private Postfix instance"
if ! id "$USER_NAME" >/dev/null 2>&1; then
	useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin \
		"$USER_NAME" || {
		fail setup "cannot create the system user $USER_NAME"
		t_summary
		exit 1
	}
	echo "# created the system user $USER_NAME"
fi
mdrive=${MILTERDRIVE:-$(dirname "$(cm_binary)")/bench/milterdrive}
[ -x "$mdrive" ] || {
	fail setup "no $mdrive (make builds it)"
	t_summary
	exit 1
}
install -m 755 "$mdrive" "$work/milterdrive" # reachable by nobody
cm_simple_setup "$work" || exit 1
# The keystore's files must belong to root or to the service user: the
# starts as root (no user key) read $work/pki, owned by root; those with
# user = certmilter read a copy owned by that user (user_conf).
cp -a "$work/pki" "$work/pki-user" && chown -R "$USER_NAME:" "$work/pki-user"
base_conf=$(cat "$work/certmilter.conf")
user_conf=${base_conf//"$work/pki/"/"$work/pki-user/"}

# No socket, socket_mode, socket_group or user key: the defaults.
printf '%s\n' "$base_conf" >"$work/default.conf"
unshare -m --propagation private bash "$0" --default-socket-ns "$work" | t_count_lines

# ---------------------------------------------------------------- hold-up

# start_cm CONF LOG: certmilter -f in the background as CM_PID; true once its
# worker serves, false (with the log's tail) when it exits or 10 s pass.
start_cm() {
	local t=100
	touch "$2"
	"$(cm_binary)" -f -c "$1" >>"$2" 2>&1 &
	CM_PID=$! CM_LOG=$2 CM_CONF=$1
	until grep -q ' serving$' "$2"; do
		if ! kill -0 "$CM_PID" 2>/dev/null || [ $((t -= 1)) -eq 0 ]; then
			cm_stop
			return 1
		fi
		sleep 0.1
	done
}
threads() { ls "/proc/$1/task" 2>/dev/null | wc -l; }

mkdir -m 755 "$work/run"
sock=unix:$work/run/certmilter.sock
printf '%s\nsocket = "%s";\nmilter_timeout = 2;\n' "$base_conf" "$sock" >"$work/holdup.conf"
if start_cm "$work/holdup.conf" "$work/holdup.log"; then
	worker=$(cm_worker_pid)
	before=$(threads "$worker")
	setpriv "${AS_MTA_GROUP[@]}" "$CM_PY" "$CM_INT/sockpeer.py" stall "$sock" 40 15 0.02 \
		>"$work/stall.out" 2>&1 &
	stall=$!
	for _ in $(seq 50); do
		grep -q '^held\|^connect' "$work/stall.out" && break
		sleep 0.1
	done
	during=$(threads "$worker")
	sleep 5 # milter_timeout is 2 s; the stalled connections are still open
	after=$(threads "$worker")
	kill "$stall" 2>/dev/null
	wait "$stall" 2>/dev/null
	closed=$(grep -o '^closed.*' "$work/stall.out")
	echo "# worker threads: $before before, $during with 40 stalled connections, $after 5 s later; $closed"
	if [ "$during" -lt $((before + 20)) ]; then
		fail "hold-up" "the stalled connections did not take threads ($before -> $during): $(cat "$work/stall.out")"
	elif [ "$after" -le $((before + 2)) ] && grep -qE '^closed 40 of 40 after [0-4]\.' "$work/stall.out"; then
		pass "hold-up: 40 half-sent packets closed after milter_timeout = 2 s, threads $during -> $after (before: $before)"
	else
		fail "hold-up" "threads $before -> $during -> $after, ${closed:-none closed} (milter_timeout = 2)"
	fi
	out=$(drive "$sock")
	grep -q 'signed=1' <<<"$out" && pass "hold-up: the next message is signed" ||
		fail "hold-up: next message" "$out"
	cm_stop
else
	fail "hold-up" "certmilter did not start: $(tail -3 "$work/holdup.log")"
fi

# -------------------------------------------------------------- directory

# refused NAME DIR REGEX: certmilter with its socket in DIR must not start,
# and its error (and that of -n) must match REGEX.
refused() {
	local name=$1 dir=$2 want=$3 log=$work/dir-$1.log rc
	printf '%s\nuser = "%s";\nsocket = "unix:%s/certmilter.sock";\n' "$user_conf" "$USER_NAME" \
		"$dir" >"$work/dir-$name.conf"
	timeout 20 "$(cm_binary)" -f -c "$work/dir-$name.conf" >"$log" 2>&1
	rc=$?
	if [ $rc -eq 1 ] && grep -qE "error: $want" "$log" && [ ! -e "$dir/certmilter.sock" ]; then
		pass "directory $name: not started, $(grep -oE "error: $want.*" "$log" | cut -c8-140)"
	else
		fail "directory $name" "exit $rc, want /$want/: $(grep -v 'warning:\|keystore:' "$log" | tail -3)"
	fi
	if "$(cm_binary)" -n -c "$work/dir-$name.conf" >"$log.n" 2>&1; then
		fail "directory $name: -n" "exit 0"
	elif grep -qE "$want" "$log.n"; then
		pass "directory $name: -n exits 1 naming it"
	else
		fail "directory $name: -n" "$(grep -v 'warning:\|keystore:' "$log.n" | tail -2)"
	fi
}
d=$work/d-other && mkdir -m 755 "$d" && chown nobody "$d"
refused other-owner "$d" "socket directory $d is owned by nobody"
d=$work/d-world && mkdir -m 777 "$d"
refused world-writable "$d" "socket directory $d is writable by every user \\(mode 0777\\)"
d=$work/d-group && mkdir -m 775 "$d" && chgrp postfix "$d"
refused group-writable "$d" "socket directory $d is writable by group postfix \\(mode 0775\\)"
d=$work/d-above && mkdir -m 755 "$d" "$d/run" && chown nobody "$d"
refused above "$d/run" "directory above the socket $d is owned by nobody"

# ---------------------------------------------------------- symlink race

race=$work/race
mkdir -m 755 "$race" && chown "$USER_NAME:" "$race" # allowed: the service user's
echo "not for anyone else" >"$work/target" && chmod 600 "$work/target"
printf '%s\nuser = "%s";\nsocket = "unix:%s/certmilter.sock";\n' "$user_conf" "$USER_NAME" \
	"$race" >"$work/race.conf"
swaps=0 changed=0 started=0 refusals=0
for try in $(seq 6); do
	rm -f "$race/certmilter.sock" "$race/.sockpeer-link"
	setpriv --reuid="$USER_NAME" --regid="$USER_NAME" --clear-groups \
		"$CM_PY" "$CM_INT/sockpeer.py" race "$race" certmilter.sock "$work/target" 15 \
		>"$work/racer.out" 2>&1 &
	racer=$!
	sleep 0.3 # the racer is watching
	: >"$work/race.log"
	if start_cm "$work/race.conf" "$work/race.log"; then
		started=$((started + 1))
		cm_stop
	fi
	grep -q 'was replaced after it was created' "$work/race.log" && refusals=$((refusals + 1))
	kill "$racer" 2>/dev/null
	wait "$racer" 2>/dev/null
	swaps=$((swaps + $(grep -c '^swap$' "$work/racer.out")))
	st=$(stat -c '%a %U %G' "$work/target")
	if [ "$st" != "600 root root" ]; then
		changed=$((changed + 1))
		echo "# try $try: the target became $st"
		chown root:root "$work/target" && chmod 600 "$work/target"
	fi
done
if [ "$swaps" -eq 0 ]; then
	fail "symlink race" "the racer never swapped the socket: $(cat "$work/racer.out")"
elif [ "$changed" -eq 0 ]; then
	pass "symlink race: $swaps swaps in 6 starts ($started served, $refusals refused: socket replaced), the root-owned target kept mode 600 root:root"
else
	fail "symlink race" "the root-owned target changed owner or mode in $changed of 6 starts"
fi

# ------------------------------------------------------ local submission

log=$work/local.log
sink_start "$work/sink" "$SINK_PORT" &&
	cm_start "$work/certmilter.conf" "$MPORT" "$log" &&
	pf_setup "$work/pf" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "inet:127.0.0.1:$MPORT" &&
	postconf -c "$work/pf/conf" -e "non_smtpd_milters = inet:127.0.0.1:$MPORT" &&
	script -qec "postfix -c '$work/pf/conf' reload" /dev/null >>"$work/pf/start.log" 2>&1 || {
	fail setup "could not start Postfix, the sink and certmilter"
	t_summary
	exit 1
}
printf 'From: Alice <%s>\nTo: bob@sink.example\nSubject: local\n\nhello\n' "$FROM" >"$work/msg.eml"
# arrive RCPT: the stored message for RCPT (waits up to 30 s)
arrive() {
	local path t=300
	until path=$(sink_find "$1") && [ -n "$path" ]; do
		[ $((t -= 1)) -gt 0 ] || return 1
		sleep 0.1
	done
	echo "$path"
}
local_send() { # rcpt: sendmail(1) of the test instance, as root
	sendmail -C "$work/pf/conf" -f "$FROM" "$1" <"$work/msg.eml"
}
signed() {
	openssl cms -verify -in "$1" -CAfile "$work/roots.pem" -purpose smimesign -out /dev/null 2>/dev/null
}
audit_of() { # rcpt: the audit line of its message
	local qid
	qid=$(pf_qid "$work/pf" "$1")
	[ -n "$qid" ] && grep -E "(^|[^0-9A-Za-z])$qid: dir=" "$log"
}

pf_send "$PORT_IN" "$work/msg.eml" "$FROM" smtp1@sink.example >/dev/null 2>&1
local_send local1@sink.example
if out=$(arrive smtp1@sink.example) && signed "$out"; then
	pass "local submission: SMTP from 127.0.0.1 (internal network) is signed"
else
	fail "local submission: SMTP control" "not delivered or not signed: ${out:-missing}"
fi
sleep 0.3
if out=$(arrive local1@sink.example) && ! signed "$out" && ! grep -qi 'multipart/signed' "$out" &&
	audit_of local1@sink.example | grep -q ' dir=in '; then
	pass "local submission (sendmail -> pickup, no client address): delivered unsigned, $(audit_of local1@sink.example | grep -o 'dir=in.*' | cut -c1-60)"
else
	fail "local submission" "want unsigned and dir=in: ${out:-not delivered}; audit: $(audit_of local1@sink.example)"
fi

sed -i 's/^outbound = { /outbound = { local_is_internal = true; /' "$work/certmilter.conf"
n=$(grep -c '^certmilter: reloaded ' "$log")
kill -HUP "$CM_PID"
for _ in $(seq 100); do
	[ "$(grep -c '^certmilter: reloaded ' "$log")" -gt "$n" ] && break
	sleep 0.05
done
local_send local2@sink.example
if out=$(arrive local2@sink.example) && signed "$out" &&
	audit_of local2@sink.example | grep -q ' dir=out '; then
	pass "local submission with outbound.local_is_internal = true: signed, dir=out"
else
	fail "local_is_internal = true" "not signed: ${out:-not delivered}; audit: $(audit_of local2@sink.example); $(tail -2 "$log")"
fi
cm_check_exit "$log"
t_summary
