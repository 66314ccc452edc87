#!/usr/bin/env bash
# t_keyrefusal.sh - a keystore file refused for its permissions is an error
# everywhere, never a sender silently left without a key (certmilter(8),
# certmilter.conf(5) KEYSTORE), through a real Postfix and certmilter:
#   - with good files, alice's message is signed (audit signed=v4);
#   - her V4 key made group-writable, SIGHUP: the reload fails naming the
#     file, the configuration in force stays, and her next message is still
#     signed with V4;
#   - certmilter -n exits 1 naming the file;
#   - a start with that file fails (exit status not 0) with the same
#     message, before listening; with the mode fixed it starts and signs;
#   - the other files that decide what certmilter trusts or does (the
#     configuration, policy, login map, trust bundles, a directory source's
#     trust, intermediates and path, escrow certificates): each writable by
#     others or owned by another user makes -n exit 1 naming the key and
#     the file; a reload with such a trust.public fails and the
#     configuration in force keeps signing.
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
PORT_IN=${PORT_IN:-31025} PORT_PLAIN=${PORT_PLAIN:-31026} SINK_PORT=${SINK_PORT:-31027}
MPORT=${MILTER_PORT:-31894}
work=$(mktemp -d /tmp/t_keyrefusal.XXXXXX)
chmod 755 "$work"
finish() {
	t_cleanup
	rm -rf "$work"
}
trap finish EXIT
t_need_root keyrefusal

cm_simple_setup "$work" || exit 1
conf=$work/certmilter.conf
log=$work/certmilter.log
key=$work/pki/keys/alice-v4.key
printf 'defaults = { sign = [ "identity" ]; encrypt = "never"; timestamp = "none"; };\n' \
	>"$work/policy.conf"
printf 'From: Alice <alice@example.com>\nTo: bob@sink.example\nSubject: key refusal\n\nhello\n' \
	>"$work/msg.eml"
[ -f "$key" ] || {
	fail setup "the test PKI has no $key"
	t_summary
	exit 1
}
sink_start "$work/sink" "$SINK_PORT" &&
	cm_start "$conf" "$MPORT" "$log" &&
	pf_setup "$work/pf" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "inet:127.0.0.1:$MPORT" || {
	fail setup "could not start the services"
	t_summary
	exit 1
}

# send N: message N through the milter path; its audit line must say signed=v4
signed_v4() {
	local n=$1 qid line
	if ! pf_send "$PORT_IN" "$work/msg.eml" alice@example.com "m$n@sink.example" \
		>/dev/null 2>"$work/send.err"; then
		fail "message $n" "refused: $(cat "$work/send.err")"
		return
	fi
	sink_wait "$n" 30 || fail "message $n" "not delivered"
	qid=$(pf_qid "$work/pf" "m$n@sink.example")
	line=$(grep -E "(^|[^0-9A-Za-z])${qid:-NOQID}: dir=out" "$log" | tail -1)
	if grep -q ' signed=v4 ' <<<"$line"; then
		pass "message $n signed with alice's V4 ($2)"
	else
		fail "message $n" "not signed with V4 ($2): ${line:-no audit line}"
	fi
}
signed_v4 1 "good files"

want="key file $key \(owner [a-z0-9_-]+, mode 0620\): writable by group or others; refused"
chmod 620 "$key"
kill -HUP "$CM_PID"
t=100
until grep -q 'reload failed' "$log" || [ $t -le 0 ]; do
	sleep 0.1
	t=$((t - 1))
done
if grep -qE "reload failed: keystore: $want.*; keeping the configuration in force" "$log"; then
	pass "reload with a refused key file fails naming it: $(grep -m1 'reload failed' "$log" | cut -c13-160)"
else
	fail "reload" "no 'reload failed: keystore: key file ...' line: $(grep -E 'reload|refused' "$log" | tail -3)"
fi
signed_v4 2 "after the refused reload, the old configuration in force"

out=$("$(cm_binary)" -n -c "$conf" 2>&1)
rc=$?
if [ $rc -eq 1 ] && grep -qE "^error: $want" <<<"$out"; then
	pass "-n exits 1 naming the file"
else
	fail "-n" "exit $rc: $(grep -E 'error|refused' <<<"$out" | head -3)"
fi

cm_stop
: >"$work/start.log"
timeout 30 "$(cm_binary)" -f -c "$conf" -p "inet:$MPORT@127.0.0.1" >"$work/start.log" 2>&1
rc=$?
if [ $rc -ne 0 ] && [ $rc -ne 124 ] && grep -qE "keystore: $want" "$work/start.log"; then
	pass "start with a refused key file fails (exit $rc) naming it"
else
	fail "start" "exit $rc: $(tail -3 "$work/start.log")"
fi

chmod 600 "$key"
if cm_start "$conf" "$MPORT" "$log"; then
	pass "with the mode fixed certmilter starts"
	signed_v4 3 "mode fixed"
else
	fail "restart" "certmilter did not start with the mode fixed"
fi
# ---- the other files that decide what certmilter trusts or does (issue 20
# finding 9): the configuration, policy_file, outbound.login_map, trust.*,
# a directory source's trust, intermediates and path, encryption.escrow.
# Each made writable by others, or given to an owner that is neither root
# nor the user certmilter runs as: -n exits 1 naming the key and the file.
mkdir -m 755 "$work/rcpts"
cat "$work/pki/public-roots.pem" "$work/pki/public-ca.pem" >"$work/dirtrust.pem"
cp "$work/pki/chain.pem" "$work/inter.pem"
: >"$work/logins"
fconf=$work/files.conf
sed 's|^\(\s*\)outbound = {|\1outbound = { login_map = "'"$work"'/logins";|' "$conf" >"$fconf"
cat >>"$fconf" <<-CONF
	directory = { sources = ( { type = "files"; path = "$work/rcpts"; trust = "$work/dirtrust.pem";
	                            intermediates = "$work/inter.pem"; } ); };
	encryption = { escrow = [ "$work/pki/recipients/rcpt-enc.pem" ]; };
CONF
out=$("$(cm_binary)" -n -c "$fconf" 2>&1)
rc=$?
if [ $rc -eq 0 ] && grep -q "login_map" "$fconf"; then
	pass "-n accepts the files as they are (root's, mode 0644 or 0755)"
else
	fail "-n baseline" "exit $rc: $(grep -E 'error' <<<"$out" | head -3)"
fi
# refused KEY PATH HOW ARG RULE: after "HOW ARG PATH" -n must fail naming
# KEY, PATH and RULE; PATH gets its owner and mode back
refused() {
	local key=$1 path=$2 how=$3 arg=$4 rule=$5 old_mode old_uid out rc
	old_mode=$(stat -c %a "$path") old_uid=$(stat -c %u "$path")
	"$how" "$arg" "$path"
	out=$("$(cm_binary)" -n -c "$fconf" 2>&1)
	rc=$?
	chown "$old_uid" "$path"
	chmod "$old_mode" "$path"
	if [ $rc -eq 1 ] && grep -qF "certmilter: $key $path (owner " <<<"$out" &&
		grep -qF "$rule" <<<"$out"; then
		pass "-n refuses $key ($how $arg): $(grep -m1 -F "certmilter: $key" <<<"$out" | cut -c1-170)"
	else
		fail "-n $key ($how $arg)" "exit $rc: $(grep -E 'error|refused' <<<"$out" | head -2)"
	fi
}
refused "configuration file" "$fconf" chmod 666 "writable by group or others; refused, chmod go-w it"
refused policy_file "$work/policy.conf" chown 54321 "owned by another user; refused: it must belong to root"
refused outbound.login_map "$work/logins" chmod 620 "writable by group or others"
refused trust.organization "$work/pki/org-roots.pem" chown 54321 "owned by another user"
refused trust.public "$work/pki/public-roots.pem" chmod 664 "writable by group or others"
refused "directory.sources[1].trust" "$work/dirtrust.pem" chmod 646 "writable by group or others"
refused "directory.sources[1].intermediates" "$work/inter.pem" chown 54321 "owned by another user"
refused "directory.sources[1].path" "$work/rcpts" chmod 777 "writable by group or others"
refused encryption.escrow "$work/pki/recipients/rcpt-enc.pem" chmod 666 "writable by group or others"

# a reload with a group-writable trust.public fails and the configuration
# in force keeps signing
chmod 664 "$work/pki/public-roots.pem"
n0=$(grep -c 'reload failed' "$log")
kill -HUP "$CM_PID"
t=100
until [ "$(grep -c 'reload failed' "$log")" -gt "$n0" ] || [ $t -le 0 ]; do
	sleep 0.1
	t=$((t - 1))
done
if grep 'reload failed' "$log" | tail -1 |
	grep -qF "trust.public $work/pki/public-roots.pem (owner root, mode 0664): writable by group or others"; then
	pass "reload with a group-writable trust.public fails naming it"
else
	fail "reload trust.public" "$(grep -E 'reload' "$log" | tail -2)"
fi
signed_v4 4 "after the refused reload of trust.public"
chmod 644 "$work/pki/public-roots.pem"
cm_check_exit "$log"
t_summary
