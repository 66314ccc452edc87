#!/usr/bin/env bash
# t_privileges.sh - certmilter started as root with user = "certmilter" and
# a unix socket (certmilter.conf(5) keystore; certmilter.conf(5) OUTBOUND AND INBOUND; certmilter(8)), through a real Postfix:
#   - both processes (supervisor and worker) run as certmilter, with its
#     groups only; the pid file holds the supervisor's pid, written as root;
#   - the socket has socket_mode 0660, owner certmilter, group socket_group
#     (postfix); Postfix (user postfix) connects and the mail is signed;
#   - the keystore is parsed only after the switch for good (strace: no
#     keystore file is opened before setuid(certmilter));
#   - a reload after the switch reads the keystore as certmilter;
#   - a key file of mode 0644 in the keystore is refused, naming the file,
#     its owner and mode: -n says so as an error and exits 1, the start
#     fails; with the file taken away, that sender's mail leaves unsigned;
#   - -n lists the certificate that expires in 10 days with its class,
#     serial and notAfter; the daemon logs a warning for it;
#   - SIGTERM: exit status 0.
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
PORT_IN=${PORT_IN:-30125} PORT_PLAIN=${PORT_PLAIN:-30126} SINK_PORT=${SINK_PORT:-30127}
USER_NAME=certmilter
work=$(mktemp -d /tmp/t_privileges.XXXXXX)
chmod 755 "$work"
finish() {
	t_cleanup
	rm -rf "$work"
}
trap finish EXIT
t_need_root privileges "user switch, private Postfix instance"
if ! id "$USER_NAME" >/dev/null 2>&1; then
	useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin \
		"$USER_NAME" || {
		fail setup "cannot create the system user $USER_NAME"
		t_summary
		exit 1
	}
	echo "# created the system user $USER_NAME"
fi

run=$work/run # like systemd's RuntimeDirectory: root's, mode 0755
sock=$run/certmilter.sock
mkdir -m 755 "$run" "$work/spool"
cm_simple_setup "$work" "user = \"$USER_NAME\";
socket = \"unix:$sock\"; socket_mode = \"0660\"; socket_group = \"postfix\";
pid_file = \"$run/certmilter.pid\";" || exit 1
sed -i "s|^spool_dir = .*|spool_dir = \"$work/spool\";|" "$work/certmilter.conf"
# a key readable by everyone, which the keystore must refuse
cp "$work/pki/bad/mallory-v1.pem" "$work/pki/bad/mallory-v1.key" "$work/pki/keys/"
chmod 644 "$work/pki/keys/mallory-v1.key"
# the keys belong to the user certmilter runs as (it reads them on reload)
chown -R "$USER_NAME:" "$work/pki" "$work/spool"
log=$work/certmilter.log
msg() { printf 'From: %s\nTo: bob@sink.example\nSubject: privileges\n\nhello\n' "$1" >"$2"; }
msg alice@example.com "$work/alice.eml"
msg mallory@example.com "$work/mallory.eml"

# -n: the certificate that expires in 10 days
henry=$work/pki/keys/henry-v1-soon.pem
serial=$(openssl x509 -in "$henry" -noout -serial | cut -d= -f2)
not_after=$(date -u -d "$(openssl x509 -in "$henry" -noout -enddate | cut -d= -f2)" +%Y-%m-%dT%H:%M:%SZ)
"$(cm_binary)" -n -c "$work/certmilter.conf" >"$work/check.out" 2>"$work/check.err"
rc=$?
line=$(grep -A20 '^certificates expiring within 30 days: ' "$work/check.out" | grep 'henry@example.com')
if grep -q '^certificates expiring within 30 days: 1$' "$work/check.out" &&
	grep -qE "henry@example.com +v1 +serial $serial +notAfter $not_after \(in (9|10) days\)" <<<"$line"; then
	pass "-n lists the expiring certificate: $(tr -s ' ' <<<"$line" | cut -c1-110)"
else
	fail "-n expiry section" "rc $rc, want henry v1 serial $serial notAfter $not_after: $(grep -A3 expiring "$work/check.out")"
fi
refusal="key file $work/pki/keys/mallory-v1.key (owner $USER_NAME, mode 0644): readable by group or others; refused, chmod 600 it"
if [ $rc -eq 1 ] && grep -qxF "error: $refusal" "$work/check.out"; then
	pass "-n: the refused key file is an error (exit 1): $refusal"
else
	fail "-n refused key" "rc $rc, want 1 and 'error: $refusal': $(grep -i mallory "$work/check.out")"
fi

# The keystore is parsed only once root is gone for good (real, effective
# and saved uid): strace shows no keystore file opened before the setuid()
# to the user. The start fails after the keystore (a missing escrow file),
# so nothing keeps running under strace.
if command -v strace >/dev/null; then
	{ cat "$work/certmilter.conf"; echo "encryption = { escrow = [ \"$work/none.pem\" ]; };"; } >"$work/strace.conf"
	strace -f -o "$work/strace.out" -e trace=setuid,setresuid,openat \
		"$(cm_binary)" -f -c "$work/strace.conf" -p "unix:$work/strace.sock" >/dev/null 2>&1
	first_key=$(grep -n "openat(.*$work/pki/keys/" "$work/strace.out" | head -1 | cut -d: -f1)
	drop=$(grep -nE "setuid\($(id -u "$USER_NAME")\) += 0" "$work/strace.out" | head -1 | cut -d: -f1)
	if [ -n "$first_key" ] && [ -n "$drop" ] && [ "$drop" -lt "$first_key" ] &&
		grep -q 'setuid(0) *= -1 EPERM' "$work/strace.out"; then
		pass "keystore parsed after setuid($USER_NAME) for good (strace lines $drop < $first_key)"
	else
		fail "keystore as root" "setuid line '${drop:-none}', first keystore open line '${first_key:-none}': $(grep -E 'setuid|setresuid' "$work/strace.out" | head -5)"
	fi
else
	skip "keystore after setuid" "no strace"
fi

# a refused key file stops the start, naming it (certmilter(8)); then the
# file is taken away and the daemon starts without mallory's key
timeout 30 "$(cm_binary)" -f -c "$work/certmilter.conf" >"$work/refused-start.log" 2>&1
rc=$?
if [ $rc -ne 0 ] && [ $rc -ne 124 ] && grep -qF "keystore: $refusal" "$work/refused-start.log"; then
	pass "start with the refused key file fails (exit $rc) naming it"
else
	fail "refused key at start" "exit $rc: $(tail -3 "$work/refused-start.log")"
fi
rm -f "$work/pki/keys/mallory-v1.key" "$work/pki/keys/mallory-v1.pem"

sink_start "$work/sink" "$SINK_PORT" || exit 1
"$(cm_binary)" -f -c "$work/certmilter.conf" >>"$log" 2>&1 &
CM_PID=$!
for _ in $(seq 100); do
	[ -S "$sock" ] && break
	sleep 0.1
done
sleep 0.3
worker=$(ps -o pid= --ppid "$CM_PID" | tr -d ' ' | head -1)
[ -S "$sock" ] && [ -n "$worker" ] || {
	fail setup "certmilter did not start: $(tail -5 "$log")"
	t_summary
	exit 1
}

# processes, groups, pid file, socket
users="$(ps -o user= -p "$CM_PID" | tr -d ' ') $(ps -o user= -p "$worker" | tr -d ' ')"
[ "$users" = "$USER_NAME $USER_NAME" ] && pass "supervisor and worker run as $USER_NAME" ||
	fail "process user" "supervisor and worker run as: $users"
want_groups=$(id -G "$USER_NAME" | tr ' ' '\n' | sort -n | tr '\n' ' ')
have_groups=$(sed -n 's/^Groups:\t*//p' "/proc/$worker/status" | tr ' ' '\n' | grep . | sort -n | tr '\n' ' ')
gids=$(sed -n 's/^Gid:\t*//p' "/proc/$worker/status" | tr '\t' ' ')
if [ "$have_groups" = "$want_groups" ] && ! grep -qw 0 <<<"$gids"; then
	pass "worker groups are $USER_NAME's ($have_groups), gid ${gids%% *}, no group of root's"
else
	fail "groups" "groups '$have_groups' (want '$want_groups'), gids '$gids'"
fi
pf=$(stat -c '%a %U' "$run/certmilter.pid" 2>/dev/null)
if [ "$(cat "$run/certmilter.pid" 2>/dev/null)" = "$CM_PID" ] && [ "$pf" = "644 root" ]; then
	pass "pid file holds the supervisor's pid $CM_PID, written as root (mode 644)"
else
	fail "pid file" "'$(cat "$run/certmilter.pid" 2>/dev/null)' ($pf), supervisor $CM_PID"
fi
st=$(stat -c '%a %U %G' "$sock")
[ "$st" = "660 $USER_NAME postfix" ] && pass "socket mode, owner, group: $st" ||
	fail "socket permissions" "got '$st', want '660 $USER_NAME postfix'"

# Postfix (as user postfix) through the unix socket
pf_setup "$work/pf" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "unix:$sock" || {
	fail setup "could not start Postfix"
	t_summary
	exit 1
}
deliver() { # rcpt file from: send, wait, print the stored path
	local path t=300
	pf_send "$PORT_IN" "$2" "$3" "$1" >/dev/null 2>>"$work/send.err" || return 1
	until path=$(sink_find "$1") && [ -n "$path" ]; do
		[ $((t -= 1)) -gt 0 ] || return 1
		sleep 0.1
	done
	echo "$path"
}
signed() {
	openssl cms -verify -in "$1" -CAfile "$work/roots.pem" -purpose smimesign -out /dev/null 2>/dev/null
}
out=$(deliver a1@sink.example "$work/alice.eml" alice@example.com)
if [ -n "$out" ] && signed "$out"; then
	pass "Postfix connects through the 0660 socket (group postfix): message signed"
else
	fail "unix socket" "not delivered or not signed: ${out:-missing} $(tail -2 "$work/send.err")"
fi

# mallory's key taken away: her mail leaves unsigned, audited
out=$(deliver m1@sink.example "$work/mallory.eml" mallory@example.com)
if [ -n "$out" ] && ! signed "$out" && grep -q 'reason="sender has no signing certificate"' "$log"; then
	pass "mail from the address without a key leaves unsigned, audited"
else
	fail "refused key" "mallory's mail signed, missing or not audited: ${out:-missing}"
fi

# expiry warning of the running daemon
if grep -qE "warning: certificate of henry@example.com \(v1, serial $serial\) expires $not_after, in (9|10) days: $henry" "$log"; then
	pass "daemon warns about the expiring certificate at start"
else
	fail "expiry warning" "$(grep -i henry "$log")"
fi

# a reload as the user (the keystore must be readable by it)
n=$(grep -c '^certmilter: reloaded ' "$log")
kill -HUP "$CM_PID"
for _ in $(seq 100); do
	[ "$(grep -c '^certmilter: reloaded ' "$log")" -gt "$n" ] && break
	sleep 0.05
done
if [ "$(grep -c '^certmilter: reloaded ' "$log")" -gt "$n" ] &&
	out=$(deliver a2@sink.example "$work/alice.eml" alice@example.com) && signed "$out"; then
	pass "reload as $USER_NAME: $(grep '^certmilter: reloaded ' "$log" | tail -1 | cut -c13-); next message signed"
else
	fail "reload as $USER_NAME" "$(tail -3 "$log")"
fi
[ "$(ps -o pid= --ppid "$CM_PID" | tr -d ' ' | head -1)" = "$worker" ] &&
	pass "same worker after the reload" || fail "worker" "the worker process changed"

cm_check_exit "$log"
[ -e "$run/certmilter.pid" ] && echo "# pid file stays: $run is root's (as systemd's RuntimeDirectory, removed at stop)"
t_summary
