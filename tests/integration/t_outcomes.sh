#!/usr/bin/env bash
# t_outcomes.sh - one outcome of certmilter.conf(5) OUTBOUND AND INBOUND; certmilter(8) FAILURES; certmilter(8) AUDIT LOG per case, through a real Postfix
# and the real certmilter, each with its audit line:
#   inbound client           delivered byte-identical to the reference, dir=in
#   outside client on the    signed: {daemon_name} ORIGINATING is outbound
#   submission service
#   login may not sign From  delivered unsigned, reason names the login
#   login may sign From      delivered signed, auth= in the audit line
#   sender without a cert    delivered unsigned, reason says so
#   over max_message_size    refused 451 4.7.0 (failure.oversize), audited,
#                            and the next message is still signed
#   two top-level Content-   signed: multipart/signed first, text/plain
#   Type fields that differ  last is not "already protected"; a message
#                            whose only Content-Type is multipart/signed
#                            passes unchanged with protected=smime-signed
#   ambiguous From: (login   delivered unsigned, reason says why: two From:
#   bob@example.com)         fields (bob first, alice second), two mailboxes,
#                            "alice@example.com" <bob@example.com>
#   login without '@'        signs LOGIN@DOMAIN only for the domains of
#                            outbound.login_domains: none by default, not
#                            bob@example.com with [ "example.org" ] (another
#                            tenant of the keystore), yes with [ "example.com" ]
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
PORT_IN=${PORT_IN:-23025} PORT_PLAIN=${PORT_PLAIN:-23026} SINK_PORT=${SINK_PORT:-23027}
MPORT=${MILTER_PORT:-23894} PORT_SUB=${PORT_SUB:-23028}
work=$(mktemp -d /tmp/t_outcomes.XXXXXX)
chmod 755 "$work"
finish() {
	t_cleanup
	rm -rf "$work"
}
trap finish EXIT
t_need_root outcomes

cm_simple_setup "$work" "limits = { max_message_size = 20000; spool_threshold = 1024; };" || exit 1
log=$work/certmilter.log
sink_start "$work/sink" "$SINK_PORT" &&
	cm_start "$work/certmilter.conf" "$MPORT" "$log" &&
	pf_setup "$work/pf" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "inet:127.0.0.1:$MPORT" "$PORT_SUB" || {
	fail setup "could not start the services"
	t_summary
	exit 1
}

mkmsg() { # file from-address [body-bytes]
	{
		printf 'From: Someone <%s>\nTo: bob@sink.example\nSubject: outcome test\n\n' "$2"
		printf 'line of text\n%.0s' $(seq "${3:-3}")
	} >"$1"
}
# audit LINE-REGEX for the message delivered (or refused) to RCPT
audit_for() { # rcpt regex name
	local qid
	sleep 0.3
	qid=$(grep -F "to=<$1>" "$work/pf/maillog" | sed -n 's/.*\]: \([0-9A-F]*\): .*/\1/p' | tail -1)
	if [ -n "$qid" ] && grep -qE "$qid: $2" "$log"; then
		pass "$3 audit line: $(grep -oE "$qid: dir=.*" "$log" | cut -c1-140)"
	else
		fail "$3 audit line" "no /$qid: $2/ in the log: $(grep -E "$qid: " "$log")"
	fi
}
deliver() { # name rcpt file from [send options]: send, wait, print the stored path
	local name=$1 rcpt=$2 file=$3 from=$4 path t=300
	shift 4
	pf_send "$@" "$PORT_IN" "$file" "$from" "$rcpt" >/dev/null 2>"$work/$name.err" || return 1
	until path=$(sink_find "$rcpt") && [ -n "$path" ]; do
		[ $((t -= 1)) -gt 0 ] || return 1
		sleep 0.1
	done
	echo "$path"
}
signed() { openssl cms -verify -in "$1" -CAfile "$work/roots.pem" -purpose smimesign -out /dev/null 2>/dev/null; }

# inbound: unchanged, compared with the same message on the milter-less path
mkmsg "$work/in.eml" alice@example.com
out=$(deliver inbound in@sink.example "$work/in.eml" someone@outside.example --xclient "ADDR=192.0.2.1")
ref=$(PORT_IN=$PORT_PLAIN deliver ref ref@sink.example "$work/in.eml" someone@outside.example)
if [ -n "$out" ] && cmp -s <(grep -v '^Received:\|^	' "$out") <(grep -v '^Received:\|^	' "$ref"); then
	pass "inbound message delivered unchanged"
else
	fail "inbound" "output ${out:-missing} differs from the reference"
fi
audit_for in@sink.example "dir=in from=<someone@outside.example> rcpts=1 verified=- decrypted=- action=accept" inbound

# an outside address, but through the submission service (daemon name)
out=$(PORT_IN=$PORT_SUB deliver submit submit@sink.example "$work/in.eml" alice@example.com --xclient "ADDR=192.0.2.1")
if [ -n "$out" ] && signed "$out"; then
	pass "outside client on the ORIGINATING service: signed and verified"
else
	fail "daemon name" "not delivered or not signed: ${out:-missing}"
fi
audit_for submit@sink.example "dir=out .*signed=v4 action=accept" "daemon name"

# authenticated login that may not sign as alice
out=$(deliver mismatch mismatch@sink.example "$work/in.eml" alice@example.com --xclient "LOGIN=mallory")
if [ -n "$out" ] && ! grep -q "multipart/signed" "$out"; then
	pass "login mallory sending as alice: delivered unsigned"
else
	fail "login mismatch" "not delivered, or signed: ${out:-missing}"
fi
audit_for mismatch@sink.example 'dir=out .*auth=mallory .*action=accept reason="From <alice@example.com> is not an address login mallory may sign for \(a login without .@. needs outbound.login_domains\)"' "login mismatch"

# authenticated login that may sign as alice
out=$(deliver login login@sink.example "$work/in.eml" alice@example.com --xclient "LOGIN=alice@example.com")
if [ -n "$out" ] && signed "$out"; then pass "login alice: signed and verified"; else fail "login alice" "not signed"; fi
audit_for login@sink.example "dir=out .*auth=alice@example.com .*signed=v4 action=accept" "login alice"

# a sender with no certificate
mkmsg "$work/nocert.eml" nobody@example.com
out=$(deliver nocert nocert@sink.example "$work/nocert.eml" nobody@example.com)
if [ -n "$out" ] && ! grep -q "multipart/signed" "$out"; then
	pass "sender without a certificate: delivered unsigned"
else
	fail "no certificate" "not delivered, or signed"
fi
audit_for nocert@sink.example 'dir=out .*sign_missing=identity action=accept reason="sender has no signing certificate"' "no certificate"

# over the size limit, then a normal message on the same certmilter
mkmsg "$work/big.eml" alice@example.com 3000
if pf_send "$PORT_IN" "$work/big.eml" alice@example.com big@sink.example >/dev/null 2>"$work/big.err"; then
	fail "oversize" "accepted a message over limits.max_message_size"
elif grep -q "451 4.7.0" "$work/big.err"; then
	pass "oversize message refused with 451 4.7.0"
else
	fail "oversize" "refused, but not with 451 4.7.0: $(cat "$work/big.err")"
fi
audit_for big@sink.example 'dir=out .*action=tempfail reason="message larger than limits.max_message_size \(20000\)"' oversize
out=$(deliver after after@sink.example "$work/in.eml" alice@example.com)
if [ -n "$out" ] && signed "$out"; then pass "after the refusal the next message is signed"; else fail "after oversize" "not signed"; fi
# Content-Type fields that disagree are not "already protected"
ctmsg() { # file, then the Content-Type values
	local f=$1
	shift
	{
		printf 'From: Alice <alice@example.com>\nTo: bob@sink.example\nSubject: two types\n'
		printf 'MIME-Version: 1.0\n'
		for v in "$@"; do printf 'Content-Type: %s\n' "$v"; done
		printf '\nnot really signed\n'
	} >"$f"
}
sig='multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="b"'
ctmsg "$work/twoct.eml" "$sig" "text/plain"
out=$(deliver twoct twoct@sink.example "$work/twoct.eml" alice@example.com)
if [ -n "$out" ] && signed "$out"; then
	pass "multipart/signed then text/plain Content-Type: signed and verified"
else
	fail "two Content-Types" "not delivered or not signed: ${out:-missing}"
fi
audit_for twoct@sink.example "dir=out .*signed=v4 action=accept" "two Content-Types"
ctmsg "$work/onect.eml" "$sig"
out=$(deliver onect onect@sink.example "$work/onect.eml" alice@example.com)
if [ -n "$out" ] && ! signed "$out" && grep -q 'not really signed' "$out"; then
	pass "only multipart/signed: passed unchanged (taken as already protected)"
else
	fail "one Content-Type" "not delivered, or signed: ${out:-missing}"
fi
audit_for onect@sink.example "dir=out .*protected=smime-signed action=accept" "already protected"

# From: fields a signature must not vouch for; login bob@example.com may
# sign as bob, and every one of these shows bob somewhere
frommsg() { # file, then the From: values
	local f=$1
	shift
	{
		for v in "$@"; do printf 'From: %s\n' "$v"; done
		printf 'To: someone@sink.example\nSubject: who is it\n\nwhich sender do you see?\n'
	} >"$f"
}
ambiguous() { # name reason-regex, then the From: values
	local name=$1 why=$2 out
	shift 2
	frommsg "$work/$name.eml" "$@"
	out=$(deliver "$name" "$name@sink.example" "$work/$name.eml" bob@example.com --xclient "LOGIN=bob@example.com")
	if [ -n "$out" ] && ! grep -qi "multipart/signed" "$out" && grep -q 'which sender' "$out"; then
		pass "$name: delivered unsigned"
	else
		fail "$name" "not delivered, or signed as bob: ${out:-missing}"
	fi
	audit_for "$name@sink.example" "dir=out .*auth=bob@example.com .*action=accept reason=\"From: not signed: $why\"" "$name"
}
frommsg "$work/bobonly.eml" "Bob <bob@example.com>"
out=$(deliver bobonly bobonly@sink.example "$work/bobonly.eml" bob@example.com --xclient "LOGIN=bob@example.com")
if [ -n "$out" ] && signed "$out"; then pass "login bob, From: bob only: signed"; else fail "bob only" "not signed"; fi
ambiguous twofrom "more than one From: field" "Bob <bob@example.com>" "Alice <alice@example.com>"
ambiguous twobox "more than one mailbox in From:" "Bob <bob@example.com>, Alice <alice@example.com>"
ambiguous dispname "From: display name holds an address other than the mailbox's" '"alice@example.com" <bob@example.com>'

# a login without '@': only within outbound.login_domains
login_domains() { # the list, as libconfig: restart certmilter with it
	cm_stop
	sed -i "s|^outbound = { \(.*\) };\$|outbound = { \1 login_domains = $1; };|" "$work/certmilter.conf"
	sed -i "s|login_domains = \[[^]]*\]; login_domains|login_domains|" "$work/certmilter.conf"
	cm_start "$work/certmilter.conf" "$MPORT" "$log"
}
frommsg "$work/bare.eml" "Bob <bob@example.com>"
out=$(deliver bare0 bare0@sink.example "$work/bare.eml" bob@example.com --xclient "LOGIN=bob")
if [ -n "$out" ] && ! grep -qi "multipart/signed" "$out"; then
	pass "login bob, no login_domains: bob@example.com not signed"
else
	fail "login without @" "signed as bob@example.com with outbound.login_domains empty"
fi
audit_for bare0@sink.example "dir=out .*auth=bob .*reason=\"From <bob@example.com> is not an address login bob may sign for \(a login without .@. needs outbound.login_domains\)\"" "login without @"
if login_domains '[ "example.org" ]'; then
	out=$(deliver bare1 bare1@sink.example "$work/bare.eml" bob@example.com --xclient "LOGIN=bob")
	if [ -n "$out" ] && ! grep -qi "multipart/signed" "$out"; then
		pass "login bob of example.org: bob@example.com (another tenant) not signed"
	else
		fail "login_domains other tenant" "signed as bob@example.com"
	fi
else
	fail "login_domains" "certmilter does not start with outbound.login_domains"
fi
if login_domains '[ "Example.COM" ]'; then
	out=$(deliver bare2 bare2@sink.example "$work/bare.eml" bob@example.com --xclient "LOGIN=bob")
	if [ -n "$out" ] && signed "$out"; then
		pass "login bob, login_domains example.com: signed as bob@example.com"
	else
		fail "login_domains" "not signed with login_domains = [ \"Example.COM\" ]"
	fi
	audit_for bare2@sink.example "dir=out .*auth=bob .*signed=v3 action=accept" "login_domains"
fi
cm_check_exit "$log"
t_summary
