#!/usr/bin/env bash
# t_bigmsg.sh - large messages are built in spooled buffers, never whole in
# memory (certmilter.conf(5) limits.spool_threshold; security issue #20,
# finding 6: a 45 MB 8-bit body used to drive the worker to 724 MB), through
# a real Postfix and the real certmilter:
#
#   sign + encrypt     a 40 MB 8-bit body (converted to quoted-printable),
#                      signed (identity) and encrypted to bob: bob's key
#                      decrypts it (openssl cms -decrypt), the signature
#                      verifies (openssl cms -verify), and the verified text,
#                      decoded, is the body sent, byte for byte; the worker's
#                      peak RSS (VmHWM) stays under BIGMSG_RSS_BOUND_KB
#   opaque             the same 40 MB as opaque signed-data (signing.form =
#                      "opaque", after a reload): verifies, same text, same
#                      bound
#   spool_dir full     spool_dir on a 3 MB tmpfs, 1.2 MB message, threshold
#                      64 KB: the output cannot be written; 451 4.7.0 to the
#                      client, nothing delivered, the audit reason names the
#                      spool file and "No space left", and the next small
#                      message is signed (the worker kept serving)
#
# The bound: RSS does not grow with the message. Measured (gcc build) for
# the 40 MB body (42 MB as sent): VmHWM 10.3 MB (sign + encrypt, 2.8 s) and
# 11.3 MB (opaque, 2.7 s) with the output spooled; before (f26c39f) 186 MB
# (2.6 s) and 268 MB (3.0 s) (it held the output in memory, so the full
# spool_dir case does not apply to it).
# BIGMSG_RSS_BOUND_KB = 64 MB leaves room for the libraries and a loaded
# machine, and is far under one copy of the message.
#
# environment: CERTMILTER; ports 43025-43027, milter 43894.
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
PORT_IN=43025 PORT_PLAIN=43026 SINK_PORT=43027 MPORT=43894
BIGMSG_MB=${BIGMSG_MB:-40}
BIGMSG_RSS_BOUND_KB=${BIGMSG_RSS_BOUND_KB:-65536}
work=$(mktemp -d /tmp/t_bigmsg.XXXXXX)
chmod 755 "$work"
finish() {
	t_cleanup
	mountpoint -q "$work/full" && umount "$work/full"
	rm -rf "$work"
}
trap finish EXIT
t_need_root bigmsg

RCPT=bob@example.com
pki=$work/pki
log=$work/certmilter.log
# conf FORM SPOOL_DIR THRESHOLD: write the configuration
conf() {
	cat >"$work/certmilter.conf" <<-EOF
		policy_file = "$work/policy.conf";
		spool_dir = "$2";
		outbound = { internal_networks = [ "127.0.0.0/8" ]; };
		keystore = { directories = [ "$pki/keys" ]; pkcs12_password_file = "$pki/p12pass";
		             chain_bundle = "$pki/chain.pem"; };
		trust = { organization = "$pki/org-roots.pem"; public = "$pki/public-roots.pem"; };
		signing = { form = "$1"; };
		limits = { max_message_size = 60000000; spool_threshold = $3;
		           max_line_length = 998; };
	EOF
}
cat >"$work/policy.conf" <<-EOF
	defaults = { sign = [ "identity" ]; timestamp = "none"; encrypt = "opportunistic"; };
	rules = ( { to = "carol@example.net"; encrypt = "never"; } );
EOF
if ! { bash "$top/tests/pki/mkpki.sh" "$pki" >/dev/null &&
	cat "$pki/org-roots.pem" "$pki/public-roots.pem" >"$work/roots.pem" &&
	conf multipart "$work" 1048576 && cm_start "$work/certmilter.conf" "$MPORT" "$log" &&
	sink_start "$work/sink" "$SINK_PORT" &&
	pf_setup "$work/pf" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "inet:127.0.0.1:$MPORT"; }; then
	fail setup "could not start the services"
	t_summary
	exit 1
fi

# The body: 8-bit text (Latin-1 letters), lines of 72 characters, $1 MB.
"$CM_PY" - "$work/body.txt" "$BIGMSG_MB" <<'PY'
import sys
line = ("Gr\xfc\xdfe aus K\xf6ln, \xe9t\xe9 \xe0 Paris " * 3)[:72].encode("latin-1") + b"\n"
n = int(float(sys.argv[2]) * 1024 * 1024) // (len(line) + 9)
with open(sys.argv[1], "wb") as f:
    for i in range(n):
        f.write(b"%08d " % i + line)
PY
# msg NAME TO < body: $work/NAME.eml
msg() {
	{
		printf 'From: Alice <alice@example.com>\nTo: %s\nSubject: big %s\n' "$2" "$1"
		printf 'MIME-Version: 1.0\nContent-Type: text/plain; charset=iso-8859-1\n'
		printf 'Content-Transfer-Encoding: 8bit\n\n'
		cat
	} >"$work/$1.eml"
}
# send NAME TO: ERR (the refusal, empty when accepted), OUT (the delivery)
send() {
	local t=600
	OUT=
	if pf_send "$PORT_IN" "$work/$1.eml" alice@example.com "$2" >/dev/null 2>"$work/$1.err"; then
		ERR=
		while [ -z "$OUT" ] && [ $((t -= 1)) -gt 0 ]; do
			sleep 0.2
			OUT=$(grep -l "^Subject: big $1"$'\r'"\?$" "$CM_SINK_DIR"/*.eml 2>/dev/null | head -1)
		done
	else
		ERR=$(tr '\n' ' ' <"$work/$1.err")
		sleep 0.5
		OUT=$(grep -l "^Subject: big $1"$'\r'"\?$" "$CM_SINK_DIR"/*.eml 2>/dev/null | head -1)
	fi
}
# peak NAME: the worker's VmHWM within the bound
peak() {
	local pid kb
	pid=$(cm_worker_pid)
	kb=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$pid/status" 2>/dev/null)
	echo "# $1: worker VmHWM ${kb:-?} kB for a $BIGMSG_MB MB body"
	if [ -n "$kb" ] && [ "$kb" -le "$BIGMSG_RSS_BOUND_KB" ]; then
		pass "$1: worker peak RSS $kb kB <= $BIGMSG_RSS_BOUND_KB kB"
	else
		fail "$1: worker peak RSS" "VmHWM ${kb:-?} kB, bound $BIGMSG_RSS_BOUND_KB kB"
	fi
}
# same_text NAME FILE: FILE (a MIME entity, QP) decodes to body.txt
same_text() {
	if "$CM_PY" - "$2" "$work/body.txt" <<'PY'; then
import email, email.policy, sys
with open(sys.argv[1], "rb") as f:
    m = email.message_from_binary_file(f, policy=email.policy.compat32)
got = m.get_payload(decode=True).replace(b"\r\n", b"\n")
want = open(sys.argv[2], "rb").read()
sys.exit(0 if got == want else 1)
PY
		pass "$1: the signed text, decoded, is the body sent ($(stat -c %s "$work/body.txt") bytes)"
	else
		fail "$1: signed text" "differs from the body sent"
	fi
}

# ---- sign + encrypt, 40 MB
msg enc "$RCPT" <"$work/body.txt"
send enc "$RCPT"
if [ -n "$OUT" ] && grep -qiE '^Content-Type: application/pkcs7-mime; *smime-type=enveloped-data' "$OUT" &&
	openssl cms -decrypt -in "$OUT" -recip "$pki/keys/bob-vp.pem" -inkey "$pki/keys/bob-vp.key" \
		-out "$work/enc.dec" 2>"$work/enc.decerr"; then
	pass "enc: encrypted, bob's key decrypts it ($(stat -c %s "$OUT") bytes delivered)"
	if openssl cms -verify -in "$work/enc.dec" -CAfile "$work/roots.pem" -purpose any \
		-out "$work/enc.content" 2>/dev/null; then
		pass "enc: the decrypted entity's signature verifies (openssl cms -verify)"
		same_text enc "$work/enc.content"
	else
		fail "enc: signature" "openssl cms -verify failed"
	fi
else
	fail "enc" "not encrypted to bob: ${OUT:-nothing delivered} ${ERR:-} $(head -c 300 "$work/enc.decerr" 2>/dev/null)"
fi
cm_expect_audit enc 'signed=v[1-4] .*encrypted=1/1 .*action=accept'
peak enc
rm -f "$work"/enc.* "$CM_SINK_DIR"/*

# ---- opaque, 40 MB (reload)
conf opaque "$work" 1048576
kill -HUP "$CM_PID"
sleep 2
msg opaque carol@example.net <"$work/body.txt"
send opaque carol@example.net
if [ -n "$OUT" ] && grep -qiE '^Content-Type: application/pkcs7-mime; *smime-type=signed-data' "$OUT" &&
	openssl cms -verify -in "$OUT" -CAfile "$work/roots.pem" -purpose any \
		-out "$work/opaque.content" 2>/dev/null; then
	pass "opaque: opaque signed-data, openssl cms -verify passes ($(stat -c %s "$OUT") bytes)"
	same_text opaque "$work/opaque.content"
else
	fail "opaque" "not opaque signed-data that verifies: ${OUT:-nothing delivered} ${ERR:-}"
fi
cm_expect_audit opaque 'signed=v[1-4] .*action=accept'
peak opaque
rm -f "$work"/opaque.* "$CM_SINK_DIR"/*

# ---- spool_dir full: the output cannot be written
mkdir -p "$work/full"
if mount -t tmpfs -o size=3m tmpfs "$work/full" 2>/dev/null; then
	chmod 1777 "$work/full"
	conf multipart "$work/full" 65536
	kill -HUP "$CM_PID"
	sleep 2
	head -c 1200000 "$work/body.txt" | msg full "$RCPT"
	send full "$RCPT"
	if [ -n "$ERR" ] && grep -q '451 4.7.0' <<<"$ERR" && [ -z "$OUT" ]; then
		pass "full: spool_dir full: 451 4.7.0, nothing delivered"
	else
		fail "full" "want 451 4.7.0 and no delivery; reply '${ERR:-250}', delivered: ${OUT:-nothing}"
	fi
	cm_expect_audit full 'action=tempfail.*(No space left|spool)'
	printf 'small\n' | msg small "$RCPT"
	send small "$RCPT"
	if [ -n "$OUT" ] && grep -qi 'smime-type=enveloped-data' "$OUT"; then
		pass "full: the next small message is signed and encrypted (the worker kept serving)"
	else
		fail "full: next message" "${OUT:-nothing delivered} ${ERR:-}"
	fi
else
	skip "full" "cannot mount a tmpfs here (unavailable)"
fi

cm_check_exit "$log"
t_summary
