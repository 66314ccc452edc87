#!/usr/bin/env bash
# t_dual.sh - dual signatures and RFC 3161 timestamps (certmilter.conf(5) CERTIFICATE CLASSES; certmilter-policy(5); RFC 8551, certmilter.conf(5) DUAL SIGNATURES AND TIMESTAMPS; certmilter(8) FAILURES)
# through a real Postfix, the real certmilter and a real TSA (tests/tsad),
# every output checked by openssl cms, gpgsm and NSS cmsutil (verify.py),
# every timestamp token by openssl ts -verify against its SignerInfo's
# signature value.
#
# 1. t_corpus.sh again with other senders and policies:
#      v4first/  one message of each corpus category (DUAL_FULL=1: the
#                whole corpus), alice, sign [v4, vp], timestamp all:
#                V4 first in the DER, two tokens
#      bob/      V3 + Vp, sign [vp, identity]: Vp first, two tokens
#      carol/    V2 only: one signer, sign_missing=vp
#      dave/     V1 only: one signer
#      nested/   signing.dual nested: Vp outside, V4 inside, both stamped
#    (t_corpus.sh itself runs the whole corpus with [vp, identity], Vp
#    first, timestamp first.)
# 2. Trust: with only the public root trusted, openssl rejects a
#    signerinfos message (one signer is untrusted) and accepts the outer
#    signature of a nested one.
# 3. TSA faults, each with its configured failure.tsa: HTTP 500, a hang
#    past tsa.timeout, a token for another imprint, another nonce, signed
#    by an untrusted TSA, by a certificate without the timeStamping EKU; a
#    dead first URL and a good second one. Each: the SMTP outcome, the
#    delivered message (or none), and the audit line ts=N/M ts_error=...
# 4. Size: the SignedData of a 10 KB message signed by V4 + Vp with two
#    tokens, chains included, must stay under 12 KB.
#
# environment: CERTMILTER, TSAD (default tests/tsad/tsad beside it),
#   CORPUS, CORPUS_EXTRA (lib.sh corpus_files); SKIP_CORPUS=1 runs 2.-4. only; DUAL_FULL=1 sends the whole
#   corpus in v4first/; ports 33025-33029, milter 33894 (1. in two lanes:
#   33035-33038 and 33045-33048, milters 33895 and 33896); KEEP_WORK=1
#   keeps the work directory (/tmp/t_dual.*).
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
PORT_IN=33025 PORT_PLAIN=33026 SINK_PORT=33027 TSA_PORT=33028 MPORT=33894 DEAD_PORT=33029
TSAD=${TSAD:-$(dirname "$(cm_binary)")/tests/tsad/tsad}
SUBSET="plain-7bit-01 8bit-utf8-body-cm-03 multipart-mixed-attachment-pdf-01 message-rfc822-01
nested-multipart-thunderbird-01 long-lines-01 smime-nested-signed-in-mixed-02 eol-bare-lf-applemail-01"
SUBSET=$(tr '\n' ' ' <<<"$SUBSET")
# v4first/: the first message of each MANIFEST category; all with DUAL_FULL=1
V4FIRST=""
if [ "${DUAL_FULL:-0}" != 1 ]; then
	V4FIRST=$(corpus_manifest | awk -F'\t' '!seen[$2]++ { sub(/\.eml$/, "", $1); printf "%s ", $1 }')
fi
work=$(mktemp -d /tmp/t_dual.XXXXXX)
chmod 755 "$work"
LANES=()
finish() {
	t_cleanup
	[ ${#LANES[@]} -eq 0 ] || wait "${LANES[@]}"
	[ -n "${KEEP_WORK:-}" ] || rm -rf "$work"
}
trap finish EXIT
t_need_root dual
if [ ! -x "$TSAD" ]; then
	fail setup "no test TSA at $TSAD (set TSAD)"
	t_summary
	exit 1
fi
bash "$top/tests/pki/mkpki.sh" "$work/pki" >/dev/null || exit 1
pki=$work/pki

# ------------------------------------------------- 1. senders and policies

# The five runs go in two lanes in the background, each lane on ports of
# its own (lane 1: 33035-33038, milter 33895; lane 2: 33045-33048, milter
# 33896), while 2.-4. run on the ports above; their lines are counted
# after 2.-4. (corpus_count), in this order.
corpus_run() { # lane, label, then VAR=value settings for t_corpus.sh
	local lane=$1 base=$((33025 + 10 * $1)) label=$2
	shift 2
	env "$@" LABEL="$label/" PKI="$pki" TSAD="$TSAD" PORT_IN=$base PORT_PLAIN=$((base + 1)) \
		SINK_PORT=$((base + 2)) MILTER_PORT=$((MPORT + lane)) TSA_PORT=$((base + 3)) \
		bash "$CM_INT/t_corpus.sh" >"$work/$label.log" 2>&1
}
corpus_count() { # label
	grep -E '^(PASS|FAIL|SKIP): ' "$work/$1.log" >"$work/$1.lines"
	t_count_lines <"$work/$1.lines"
	echo "# $1: $(tail -1 "$work/$1.log")"
}
[ "${SKIP_CORPUS:-0}" = 1 ] || {
	{
		corpus_run 1 v4first SIGN='"v4", "vp"' TIMESTAMP=all NAMES="$V4FIRST" \
			EXPECT="--expect-signers 2 --expect-first title=Head.of.Sales --expect-ekp --expect-ts 2"
		corpus_run 1 nested DUAL=nested TIMESTAMP=all NAMES="$SUBSET" \
			EXPECT="--nested --expect-signers 1 --expect-first ^CN=alice@example.com$ --expect-ekp --expect-ts 1"
	} &
	LANES+=($!)
	{
		corpus_run 2 bob SENDER="Bob Example <bob@example.com>" TIMESTAMP=all NAMES="$SUBSET" \
			EXPECT="--expect-signers 2 --expect-first ^CN=bob@example.com$ --expect-ts 2"
		corpus_run 2 carol SENDER="Carol Person <carol@example.com>" TIMESTAMP=all NAMES="$SUBSET" \
			EXPECT="--expect-signers 1 --expect-first GN=Carol --expect-ts 1"
		corpus_run 2 dave SENDER="Dave <dave@example.com>" TIMESTAMP=all NAMES="$SUBSET" \
			EXPECT="--expect-signers 1 --expect-first ^CN=dave@example.com$ --expect-ts 1"
	} &
	LANES+=($!)
}

# ------------------------------------------------ 2.-4. one Postfix, restarts

log=$work/certmilter.log
cat "$pki/org-roots.pem" "$pki/public-roots.pem" >"$work/roots.pem"
cat >"$work/policy.conf" <<EOF
defaults = { sign = [ "v4", "vp" ]; timestamp = "all"; encrypt = "never"; };
EOF
# conf URLS FAILURE [TIMEOUT [DUAL]]: write the configuration; start
# certmilter the first time, then reload it (SIGHUP: every setting here
# takes effect on a reload, and a reload costs ~0.1 s where a stop waits
# up to libmilter's 5 s poll)
conf() {
	local n t=200
	cat >"$work/certmilter.conf" <<-EOF
		policy_file = "$work/policy.conf";
		spool_dir = "$work";
		outbound = { internal_networks = [ "127.0.0.0/8" ]; };
		keystore = { directories = [ "$pki/keys" ]; pkcs12_password_file = "$pki/p12pass";
		             chain_bundle = "$pki/chain.pem"; };
		trust = { organization = "$pki/org-roots.pem"; public = "$pki/public-roots.pem";
		          tsa = "$pki/tsa-roots.pem"; };
		tsa = { urls = [ $1 ]; timeout = ${3:-5}; };
		signing = { dual = "${4:-signerinfos}"; };
		failure = { tsa = "$2"; };
	EOF
	if [ -z "$CM_PID" ]; then
		cm_start "$work/certmilter.conf" "$MPORT" "$log"
		return
	fi
	n=$(grep -c '^certmilter: reload' "$log")
	kill -HUP "$CM_PID"
	until [ "$(grep -c '^certmilter: reload' "$log")" -gt "$n" ]; do
		[ $((t -= 1)) -gt 0 ] || break
		sleep 0.05
	done
	if ! tail -n +"$((n + 1))" <(grep '^certmilter: reload' "$log") | grep -q '^certmilter: reloaded '; then
		fail "reload" "no 'reloaded' line for $*: $(tail -2 "$log")"
		return 1
	fi
}
tsa_url() { echo "\"http://127.0.0.1:$TSA_PORT/$1\""; }
if ! { sink_start "$work/sink" "$SINK_PORT" && tsad_start "$TSAD" "$TSA_PORT" "$pki" "$work/tsad.log" &&
	conf "$(tsa_url ok)" tempfail &&
	pf_setup "$work/pf" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "inet:127.0.0.1:$MPORT"; }; then
	fail setup "could not start the services"
	t_summary
	exit 1
fi

mkmsg() { # file body-bytes
	{
		printf 'From: Alice Example <alice@example.com>\nTo: x@sink.example\nSubject: dual test\n'
		printf 'Date: %s\nMessage-ID: <%s@example.com>\n\n' "$(date -R)" "$RANDOM$RANDOM"
		head -c "$2" /dev/urandom | base64 -w 72
	} >"$1"
}
# send NAME [BYTES]: one message to NAME@sink.example through the milter
# and to NAME-ref@sink.example on the reference path; sets SMTP_ERR, OUT
# and REF (paths or "")
wait_find() {
	local t=100 p
	until p=$(sink_find "$1") && [ -n "$p" ]; do
		[ $((t -= 1)) -gt 0 ] || break
		sleep 0.1
	done
	echo "$p"
}
send() {
	OUT=
	mkmsg "$work/$1.eml" "${2:-2000}"
	pf_send "$PORT_PLAIN" "$work/$1.eml" alice@example.com "$1-ref@sink.example" >/dev/null 2>&1
	REF=$(wait_find "$1-ref@sink.example")
	if ! pf_send "$PORT_IN" "$work/$1.eml" alice@example.com "$1@sink.example" \
		>/dev/null 2>"$work/$1.err"; then
		SMTP_ERR=$(tr '\n' ' ' <"$work/$1.err")
		return 0
	fi
	SMTP_ERR=
	OUT=$(wait_find "$1@sink.example")
}
audit_of() { # rcpt: the audit line of the message for rcpt (delivered or refused), polled for up to 3 s
	local qid line t=60
	while :; do
		qid=$(grep -F "to=<$1>" "$work/pf/maillog" | sed -n 's/.*\]: \([0-9A-F]*\): .*/\1/p' | tail -1)
		line=$([ -n "$qid" ] && grep -oE "$qid: dir=.*" "$log" | tail -1)
		[ -n "$line" ] || [ $((t -= 1)) -le 0 ] && break
		sleep 0.05
	done
	echo "$line"
}
expect_audit() { # name regex
	local line
	line=$(audit_of "$1@sink.example")
	if grep -qE "$2" <<<"$line"; then
		pass "$1 audit line: ${line:0:220}"
	else
		fail "$1 audit line" "want /$2/, got: ${line:-none}"
	fi
}
verify_out() { # name verify.py options...
	local name=$1
	shift
	if [ -z "$OUT" ]; then
		fail "$name delivered" "nothing delivered (${SMTP_ERR:-no error})"
		return
	fi
	"$CM_PY" "$CM_INT/verify.py" --state "$work/vstate" --name "$name" "$@" \
		--ts-verify "$pki/tsa-roots.pem" "$OUT" "$REF" >"$work/$name.verify"
	t_count_lines <"$work/$name.verify"
}
expect_tempfail() { # name
	if [ -n "$SMTP_ERR" ] && grep -q '451 4.7.0' <<<"$SMTP_ERR" && [ -z "$(sink_find "$1@sink.example")" ]; then
		pass "$1 refused with 451 4.7.0, nothing delivered: the client keeps the message"
	else
		fail "$1 tempfail" "reply '${SMTP_ERR:-250 accepted}', delivered '$(sink_find "$1@sink.example")'"
	fi
}
vf_setup "$work/vstate" "$pki" >/dev/null
V2=(--expect-signers 2 --expect-first title=Head.of.Sales --expect-ekp)

# failover: a dead first URL, a good second one
conf "\"http://127.0.0.1:$DEAD_PORT/\", $(tsa_url ok)" tempfail
send failover
verify_out failover --tamper "${V2[@]}" --expect-ts 2
expect_audit failover 'signed=v4,vp ts=2/2 action=accept'
failover_out=$OUT

# 2. trust: only the public root
only_public() { openssl cms -verify -in "$1" -CAfile "$pki/public-roots.pem" -no-CApath -no-CAstore \
	-purpose smimesign -out /dev/null 2>/dev/null; }
if [ -n "$failover_out" ] && ! only_public "$failover_out"; then
	pass "signerinfos: openssl rejects the message when only the public root is trusted (V4 is untrusted)"
else
	fail "signerinfos public-only" "openssl accepted it, or nothing delivered"
fi
conf "$(tsa_url ok)" tempfail 5 nested
send nested
verify_out nested --tamper --nested --expect-signers 1 --expect-first '^CN=alice@example.com$' --expect-ts 1
expect_audit nested 'signed=vp,v4 ts=2/2 action=accept'
if [ -n "$OUT" ] && only_public "$OUT"; then
	pass "nested: openssl accepts the outer Vp signature with only the public root trusted"
else
	fail "nested public-only" "openssl rejected the outer signature, or nothing delivered"
fi

# 3. faults
conf "$(tsa_url 500)" tempfail
send f500
expect_tempfail f500
expect_audit f500 'ts=0/2 ts_error="[^"]*500[^"]*" action=tempfail'

conf "$(tsa_url hang)" sign-without 1
start=$(date +%s%N)
send hang
ms=$((($(date +%s%N) - start) / 1000000))
verify_out hang "${V2[@]}" --expect-ts 0
expect_audit hang 'signed=v4,vp ts=0/2 ts_error="[^"]*(timed out|[Tt]imeout)[^"]*" action=accept'
if [ "$ms" -lt 6000 ]; then
	pass "hang: tsa.timeout 1 s bounds the wait (message took $ms ms for two signers)"
else
	fail "hang timeout" "the message took $ms ms"
fi

conf "$(tsa_url imprint)" tempfail
send imprint
expect_tempfail imprint
expect_audit imprint 'ts=0/2 ts_error="[^"]*imprint[^"]*" action=tempfail'

conf "$(tsa_url nonce)" accept
send nonce
if [ -n "$OUT" ] && [ -n "$REF" ] && cmp -s <(sed '1,/^\r\?$/d' "$OUT") <(sed '1,/^\r\?$/d' "$REF"); then
	pass "nonce: failure.tsa accept delivers the message unchanged"
else
	fail "nonce accept" "not delivered unchanged (${OUT:-nothing delivered})"
fi
expect_audit nonce 'ts=0/2 ts_error="[^"]*nonce[^"]*" action=accept'

conf "$(tsa_url untrusted)" sign-without
send untrusted
verify_out untrusted "${V2[@]}" --expect-ts 0
expect_audit untrusted 'signed=v4,vp ts=0/2 ts_error="[^"]*" action=accept'

conf "$(tsa_url noekp)" tempfail
send noekp
expect_tempfail noekp
expect_audit noekp 'ts=0/2 ts_error="[^"]*" action=tempfail'

# 4. size of the SignedData for a 10 KB message, V4 + Vp, two tokens
conf "$(tsa_url ok)" tempfail
send size10k 7500 # 7500 random bytes are 10 KB of base64 lines
if [ -n "$OUT" ]; then
	size=$(stat -c %s "$work/size10k.eml")
	p7s=$("$CM_PY" - "$OUT" <<-'EOF'
		import base64, email, email.policy, sys
		m = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.compat32)
		print(len(m.get_payload()[1].get_payload(decode=True)))
	EOF
	)
	if [ "${p7s:-99999}" -lt 12288 ]; then
		pass "size: SignedData for a $size-byte message (V4 + Vp, chains, 2 tokens) is $p7s bytes (< 12 KB)"
	else
		fail "size" "SignedData is ${p7s:-?} bytes for a $size-byte message"
	fi
	verify_out size10k "${V2[@]}" --expect-ts 2
else
	fail "size delivered" "nothing delivered: $SMTP_ERR"
fi

cm_check_exit "$log"
if [ ${#LANES[@]} -gt 0 ]; then
	wait "${LANES[@]}"
	for label in v4first bob carol dave nested; do
		corpus_count "$label"
	done
	LANES=()
fi
t_summary
