#!/usr/bin/env bash
# t_corpus.sh - every message of the test corpus through a real Postfix
# with certmilter, each output checked by independent verifiers (verify.py:
# openssl, gpgsm, NSS cmsutil, MIME structure, content and headers against a
# reference copy of the same input that took the no-milter path).
#
# usage: t_corpus.sh [--no-milter] [--keep]
#   (default)      the real certmilter ($CERTMILTER) on the milter path.
#   --no-milter    no milter at all: the "signed output" is made by
#                  emusign.py (openssl cms -sign) from the copy delivered on
#                  the milter path; proves the harness, and with tampered
#                  copies and negative controls that every check can fail.
#   --keep         keep the work directory (printed) for inspection.
# environment: CERTMILTER (binary), CORPUS (default tests/corpus) and
#   CORPUS_EXTRA (default ../shared/corpus, when present: its messages
#   whose names CORPUS lacks are added; CORPUS_EXTRA= for none),
#   PORT_IN PORT_PLAIN SINK_PORT MILTER_PORT TSA_PORT (25025 25026 25027
#   28894 25028), PKI (an existing tests/pki/mkpki.sh output to reuse),
#   TSAD (the test TSA; default tests/tsad/tsad beside $CERTMILTER),
#   KEYSTORE_EXTRA (more keys of the keystore group, e.g. a pkcs11 = {...};
#   of t_pkcs11.sh, whose PKI holds alice's keys in a token).
# What is signed how (defaults: the shipped policy's dual signature):
#   SIGN       policy sign list            '"vp", "identity"'
#   TIMESTAMP  policy timestamp            first (the Vp SignerInfo)
#   DUAL       signing.dual                signerinfos
#   SENDER     the From: and MAIL FROM     "Alice Example <alice@example.com>"
#   EXPECT     verify.py --expect-* options for that sender and policy
#              (default: 2 signers, Vp first, key preference, 1 token)
#   NAMES      space-separated corpus names to send (default: all)
#   LABEL      prefix for the PASS/FAIL names (default none)
#
# Per input message NAME, both copies with the top-level From: header
# replaced by SENDER, "Alice Example <alice@example.com>" (the signing key is looked
# up by the From: address; corpus messages come from anybody) and a leading
# mbox "From " line removed: envelope MAIL FROM:<alice@example.com>,
# submitted from 127.0.0.1 (an internal network, so outbound),
# RCPT TO:<NAME--cm@sink.example> on PORT_IN (milter) and
# <NAME--ref@sink.example> on PORT_PLAIN (reference).  Inputs whose top-level
# type is multipart/signed, multipart/encrypted or application/(x-)pkcs7-mime
# (Python's email parser decides, not certmilter) must come out unchanged;
# those EXPECT.tsv of the corpus says "refused" (the reason read from the
# input, not from certmilter) must get 451 4.7.0; all others signed by
# alice's Vp and V4 certificates, Vp first.  Exactly one
# audit line "QID: dir=" per message in certmilter's log, QID taken from the
# Postfix maillog.
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"

MODE=milter KEEP=0
for a in "$@"; do
	case $a in
	--no-milter) MODE=emu ;;
	--keep) KEEP=1 ;;
	*)
		echo "usage: $0 [--no-milter] [--keep]" >&2
		exit 2
		;;
	esac
done
PORT_IN=${PORT_IN:-25025}
PORT_PLAIN=${PORT_PLAIN:-25026}
SINK_PORT=${SINK_PORT:-25027}
MILTER_PORT=${MILTER_PORT:-28894}
TSA_PORT=${TSA_PORT:-25028}
SENDER=${SENDER:-Alice Example <alice@example.com>}
SENDER_ADDR=$(sed -E 's/.*<([^>]*)>.*/\1/' <<<"$SENDER")
SIGN=${SIGN:-\"vp\", \"identity\"}
TIMESTAMP=${TIMESTAMP:-first}
DUAL=${DUAL:-signerinfos}
LABEL=${LABEL:-}
TSAD=${TSAD:-$(dirname "$(cm_binary)")/tests/tsad/tsad}
started=$(date +%s)
elapsed() { echo $(($(date +%s) - started)); }

t_need_root corpus
mapfile -t corpus < <(corpus_files)
if [ ${#corpus[@]} -eq 0 ]; then
	fail corpus "no message in $CM_CORPUS (tests/corpus is part of the repository)"
	t_summary
	exit 1
fi
n_extra=$(printf '%s\n' "${corpus[@]}" | grep -vc "^$CM_CORPUS/")
echo "# corpus: ${#corpus[@]} messages, $n_extra of them from ${CM_CORPUS_EXTRA:-no extra directory}"
if [ $MODE = milter ] && [ ! -x "$(cm_binary)" ]; then
	fail setup "no certmilter binary at $(cm_binary) (set CERTMILTER, or use --no-milter)"
	t_summary
	exit 1
fi

work=$(mktemp -d /tmp/t_corpus.XXXXXX)
chmod 755 "$work"
finish() {
	t_cleanup
	if [ $KEEP -eq 1 ]; then
		echo "# work directory kept: $work"
	else
		rm -rf "$work"
	fi
}
trap finish EXIT
trap 'exit 130' INT TERM

ports="$PORT_IN $PORT_PLAIN $SINK_PORT"
[ $MODE != emu ] && ports="$ports $MILTER_PORT $TSA_PORT"
for p in $ports; do
	if port_listening "$p"; then
		fail setup "port $p is already in use (set PORT_IN/PORT_PLAIN/SINK_PORT/MILTER_PORT)"
		t_summary
		exit 1
	fi
done

# ------------------------------------------------------------------ set-up

write_config() {
	mkdir -p "$work/spool"
	cat >"$work/policy.conf" <<-EOF
		# t_corpus.sh: sign everything from example.com; no directory in
		# this test.
		defaults = {
		  sign = [ $SIGN ];
		  timestamp = "$TIMESTAMP";
		  encrypt = "never";
		  missing_certificate = "plaintext";
		};
		rules = ( { from = "*@example.com"; } );
	EOF
	cat >"$work/certmilter.conf" <<-EOF
		socket = "inet:$MILTER_PORT@127.0.0.1";
		pid_file = "$work/certmilter.pid";
		syslog_facility = "mail";
		policy_file = "$work/policy.conf";
		spool_dir = "$work/spool";
		outbound = {
		  internal_networks = [ "127.0.0.0/8" ];
		  daemons = [ "ORIGINATING" ];
		};
		keystore = {
		  directories = [ "$pki/keys" ];
		  pkcs12_password_file = "$pki/p12pass";
		  chain_bundle = "$pki/chain.pem";
		  ${KEYSTORE_EXTRA:-}
		};
		trust = {
		  organization = "$pki/org-roots.pem";
		  public = "$pki/public-roots.pem";
		  tsa = "$pki/tsa-roots.pem";
		};
		tsa = { urls = [ "http://127.0.0.1:$TSA_PORT/ok" ]; timeout = 10; };
		signing = { dual = "$DUAL"; };
		limits = { max_message_size = 52428800; };
		failure = { default = "tempfail"; tsa = "tempfail"; };
	EOF
}

setup() {
	if [ -n "${PKI:-}" ]; then
		pki=$PKI
	elif bash "$top/tests/pki/mkpki.sh" "$work/pki" >"$work/mkpki.log" 2>&1; then
		pki=$work/pki
	else
		echo "tests/pki/mkpki.sh failed: $(tail -3 "$work/mkpki.log")" >&2
		return 1
	fi
	vf_setup "$work/vstate" "$pki" >/dev/null || return 1
	sink_start "$work/sink" "$SINK_PORT" || return 1
	local milter=
	if [ $MODE != emu ]; then
		tsad_start "$TSAD" "$TSA_PORT" "$pki" "$work/tsad.log" || return 1
		write_config
		cm_start "$work/certmilter.conf" "$MILTER_PORT" "$work/certmilter.log" ||
			return 1
		milter=inet:127.0.0.1:$MILTER_PORT
	fi
	pf_setup "$work/pf" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "$milter"
}
if ! setup; then
	fail setup "could not start the test services (see above)"
	t_summary
	exit 1
fi
echo "# mode $MODE, set-up done after $(elapsed) s"

# ------------------------------------------------------------------ submit

# Inputs whose content a 7bit signed entity cannot preserve (EXPECT.tsv of
# the corpus: "refused"): certmilter must refuse them with the configured
# action (failure.malformed, tempfail: 451 4.7.0) and say why in the audit
# line, never send them unsigned or changed. The reasons in EXPECT.tsv come
# from reading the inputs, not from certmilter.
# Those EXPECT.tsv says "as-is" (malformed 7-bit MIME) must be signed with
# their content entity exactly as it was (verify.py --as-is) and an audit
# line that says so.
declare -A REFUSED=() ASIS=()
for f in "${corpus[@]}"; do
	name=$(basename "$f" .eml)
	corpus_expect "$name"
	[ "$CM_EXPECT" = refused ] && REFUSED[$name]=$CM_EXPECT_REASON
	[ "$CM_EXPECT" = as-is ] && ASIS[$name]=$CM_EXPECT_REASON
done
for name in ${NAMES:-}; do
	[[ " ${corpus[*]##*/} " == *" $name.eml "* ]] || fail "$LABEL$name" "not in the corpus (NAMES)"
done

refused_one() { # name: the milter path was refused; check reply and audit line
	local name=$1 qid
	if grep -q "451 4.7.0" "$work/in/$name.cm.err"; then
		pass "$name refused with 451 4.7.0 (${REFUSED[$name]})"
	else
		fail "$name refused" "not with 451 4.7.0: $(cat "$work/in/$name.cm.err")"
	fi
	sleep 0.2
	qid=$(grep -F "to=<$name--cm@sink.example>" "$work/pf/maillog" | grep -F milter-reject |
		sed -n 's/.*\]: \([0-9A-Za-z]*\): milter-reject.*/\1/p' | tail -1)
	if [ -n "$qid" ] && grep -qE "$qid: dir=out .*action=tempfail reason=\"content cannot be signed" \
		"$work/certmilter.log"; then
		pass "$name audit line says tempfail and why"
	else
		fail "$name refused audit" "no audit line with action=tempfail for queue id '$qid'"
	fi
}

mkdir -p "$work/in" "$work/out"
names=()
sent=0
for f in "${corpus[@]}"; do
	name=$(basename "$f" .eml)
	[ -n "${NAMES:-}" ] && [[ " $NAMES " != *" $name "* ]] && continue
	in=$work/in/$name.eml
	"$CM_PY" "$CM_INT/send.py" --no-send --set-from "$SENDER" --save "$in" "$f"
	ok=1
	for path in cm ref; do
		port=$PORT_IN
		[ $path = ref ] && port=$PORT_PLAIN
		if ! pf_send "$port" "$in" "$SENDER_ADDR" "$name--$path@sink.example" \
			>"$work/in/$name.$path.qid" 2>"$work/in/$name.$path.err"; then
			if [ $path = cm ] && [ -n "${REFUSED[$name]:-}" ] && [ $MODE = milter ]; then
				refused_one "$name"
			else
				fail "$name submit-$path" "$(cat "$work/in/$name.$path.err")"
			fi
			ok=0
		elif [ $path = cm ] && [ -n "${REFUSED[$name]:-}" ] && [ $MODE = milter ]; then
			fail "$name refused" "accepted, but its content cannot be preserved: ${REFUSED[$name]}"
			ok=0
		else
			sent=$((sent + 1))
		fi
	done
	[ $ok -eq 1 ] && names+=("$name")
done
echo "# $sent copies submitted after $(elapsed) s"
if ! sink_wait "$sent" 90; then
	fail delivery "only $(sink_count) of $sent messages reached the sink in 90 s"
fi

# ------------------------------------------------------------------ verify

# --expect-* encode certmilter-policy(5) and RFC 8551 for this policy: two signers, Vp first, and
# alice has an encrypting certificate, so every SignerInfo names it.
# TIMESTAMP=first: the first SignerInfo (Vp) carries the one token, which
# must verify with openssl ts -verify against its signature value.
if [ -n "${EXPECT:-}" ]; then
	read -ra expect <<<"$EXPECT"
else
	expect=(--expect-signers 2 --expect-first '^CN=alice@example.com$' --expect-ekp --expect-ts 1)
fi
expect+=(--ts-verify "$pki/tsa-roots.pem")
[ $MODE = emu ] && expect=(--expect-signers 2)

verify_one() { # name
	local name=$1 out ref rc mode=()
	out=$(sink_find "$name--cm@sink.example")
	ref=$(sink_find "$name--ref@sink.example")
	if [ -z "$out" ] || [ -z "$ref" ]; then
		fail "$LABEL$name delivered" "output ${out:-missing}, reference ${ref:-missing}"
		return
	fi
	if "$CM_PY" "$CM_INT/emusign.py" protected "$work/in/$name.eml" >/dev/null; then
		mode=(--unchanged)
	elif [ -n "${ASIS[$name]:-}" ] && [ $MODE = milter ]; then
		mode=(--as-is)
	elif [ $MODE = emu ]; then
		"$CM_PY" "$CM_INT/emusign.py" sign --pki "$pki" "$out" \
			"$work/out/$name.eml" 2>"$work/emusign.err"
		[ $? -eq 3 ] && mode=(--skip "mime-canonical=$(cat "$work/emusign.err")")
		out=$work/out/$name.eml
	fi
	"$CM_PY" "$CM_INT/verify.py" --state "$work/vstate" --name "$LABEL$name" \
		--tamper "${expect[@]}" "${mode[@]}" "$out" "$ref" \
		>"$work/verify.out" 2>"$work/verify.err"
	rc=$?
	t_count_lines <"$work/verify.out"
	if [ $rc -ne 0 ] && ! grep -q '^FAIL:' "$work/verify.out"; then
		fail "$LABEL$name verify.py" "exit $rc: $(tail -3 "$work/verify.err")"
	fi
}

audit_one() { # name
	local name=$1 qid n
	qid=$(pf_qid "$work/pf" "$name--cm@sink.example")
	n=$(cm_audit_count "$work/certmilter.log" "${qid:-NOQUEUEID}")
	if [ -n "$qid" ] && [ "$n" -eq 1 ]; then
		pass "$LABEL$name audit-line"
	else
		fail "$LABEL$name audit-line" "queue id '$qid': $n audit lines"
	fi
	[ -n "${ASIS[$name]:-}" ] && [ $MODE = milter ] || return 0
	if grep -E "$qid: dir=out .*action=accept" "$work/certmilter.log" |
		grep -q "7bit content taken as it is"; then
		pass "$LABEL$name audit-line says taken as it is"
	else
		fail "$LABEL$name audit as-is" "no accepted audit line noting '7bit content taken as it is'"
	fi
}

for name in "${names[@]}"; do
	verify_one "$name"
	[ $MODE != emu ] && audit_one "$name"
done

# ------------------------------------------------- negative controls (emu)

# Each check must be able to fail: emusign.py --break makes a wrong output,
# verify.py must report FAIL for exactly the checks that were broken.
negative() { # name kind "check..." [verify options]
	local name=$1 kind=$2 want=$3 ref out res got
	shift 3
	ref=$(sink_find "$name--ref@sink.example")
	out=$work/out/$name.break-$kind.eml
	"$CM_PY" "$CM_INT/emusign.py" sign --pki "$pki" --break "$kind" \
		"$(sink_find "$name--cm@sink.example")" "$out"
	res=$("$CM_PY" "$CM_INT/verify.py" --state "$work/vstate" --name "$name" \
		"$@" "$out" "$ref")
	got=$(sed -n "s/^FAIL: $name \([^:]*\):.*/\1/p" <<<"$res" | tr '\n' ' ')
	if [ "${got% }" = "$want" ]; then
		pass "$name negative-control-${kind/none/$want} (verify.py rejects: $(grep "^FAIL:" <<<"$res" |
			head -1 | sed "s/^FAIL: $name //" | cut -c1-80))"
	else
		fail "$name negative-control-$kind" "verify.py failed '${got% }', want '$want': $(grep '^FAIL:' <<<"$res" | tr '\n' ' ')"
	fi
}
if [ $MODE = emu ]; then
	prot='' nested='' plain=()
	for name in "${names[@]}"; do
		if "$CM_PY" "$CM_INT/emusign.py" protected "$work/in/$name.eml" >/dev/null; then
			[ -n "$prot" ] || prot=$name
		else
			plain+=("$name")
			[ -z "$nested" ] &&
				"$CM_PY" "$CM_INT/emusign.py" nested "$work/in/$name.eml" >/dev/null &&
				nested=$name
		fi
	done
	for name in "${plain[@]:0:3}"; do
		negative "$name" content content
		negative "$name" header headers
		negative "$name" structure mime-structure
	done
	negative "${plain[0]}" none first-signer --expect-first NO-SUCH-SIGNER
	negative "${plain[0]}" untrusted "openssl gpgsm nss"
	[ -n "$prot" ] && negative "$prot" unchanged unchanged --unchanged
	[ -n "$nested" ] && negative "$nested" nested nested-protected
fi

[ $MODE = milter ] && cm_check_exit "$work/certmilter.log"
echo "# ${#names[@]} messages, mode $MODE, $(elapsed) s"
t_summary
