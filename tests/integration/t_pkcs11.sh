#!/usr/bin/env bash
# t_pkcs11.sh - signing and decryption keys in a PKCS#11 token
# (certmilter.conf(5) keystore.pkcs11), through a real Postfix and
# certmilter, with a real SoftHSM2 token made in the test's directory:
#   - alice's V4 and Vp private keys are imported into the token as
#     sensitive objects; the token shows them not extractable
#     (pkcs11-tool --list-objects) and refuses to read them out;
#   - her key files keys/alice-v4.key and keys/alice-vp.key hold pkcs11:
#     URIs, the PEM keys are gone from the keystore;
#   - certmilter -n shows the URIs as where her keys live, without the PIN;
#   - a message from alice is signed dual (Vp + V4) and openssl cms -verify
#     accepts both signatures; ten sent at once all come out signed (the
#     worker threads share the token);
#   - an inbound message encrypted to her Vp certificate (whose key is on
#     the token only) is decrypted (inbound.decrypt);
#   - the token lost (its directory moved away): messages get 451
#     (failure.default) and their audit lines name the module's error; the
#     token back, with no operator action, the next message is signed and
#     verifies, by the same worker process (the module re-opened in it);
#   - then a reload (SIGHUP) in that worker loads the token keys anew and
#     the next message is signed;
#   - a corpus subset signed dual and nested by the token's keys, with
#     timestamps (the test TSA), each message checked by openssl cms,
#     gpgsm and NSS cmsutil and each token by openssl ts -verify
#     (t_corpus.sh, verify.py);
#   - a key file whose URI carries a PIN is refused (-n exits 1);
#   - keystore.pkcs11.token: a certificate stored on the token is indexed
#     with the token's key of its CKA_ID.
# ports 46025-46027, milter 46894; the corpus runs 46035-46038, milter
# 46895; TSAD (default tests/tsad/tsad beside $CERTMILTER).
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
PORT_IN=46025 PORT_PLAIN=46026 SINK_PORT=46027 MPORT=46894
MODULE=${SOFTHSM2_MODULE:-/usr/lib/softhsm/libsofthsm2.so}
work=$(mktemp -d /tmp/t_pkcs11.XXXXXX)
chmod 755 "$work"
finish() {
	t_cleanup
	rm -rf "$work"
}
trap finish EXIT
t_need_root pkcs11
for tool in softhsm2-util pkcs11-tool; do
	command -v "$tool" >/dev/null || {
		fail setup "no $tool (tests/deps.sh installs softhsm2 and opensc)"
		t_summary
		exit 1
	}
done
[ -r "$MODULE" ] || {
	fail setup "no SoftHSM2 module $MODULE"
	t_summary
	exit 1
}

cm_simple_setup "$work" 'inbound = { decrypt = true; };' || exit 1
K=$work/pki/keys
conf=$work/certmilter.conf
log=$work/certmilter.log

# ---- the token: SOFTHSM2_CONF names a token directory of this run.
# certmilter runs as root here; a daemon running as its own user needs
# the token directory (and its files) readable and writable by that user.
export SOFTHSM2_CONF=$work/softhsm2.conf
mkdir -m 700 "$work/tokens"
printf 'directories.tokendir = %s\nobjectstore.backend = file\nlog.level = ERROR\n' \
	"$work/tokens" >"$SOFTHSM2_CONF"
(umask 077 && echo 1234 >"$work/pin")
p11() { pkcs11-tool --module "$MODULE" --token-label certmilter --login --pin 1234 "$@"; }
if softhsm2-util --init-token --free --label certmilter --pin 1234 --so-pin 5678 >/dev/null; then
	pass "SoftHSM2 token initialized"
else
	fail setup "softhsm2-util --init-token failed"
	t_summary
	exit 1
fi
for k in 01:alice-v4 02:alice-vp; do
	id=${k%%:*} name=${k#*:}
	openssl pkey -in "$K/$name.key" -outform DER -out "$work/$name.der"
	if p11 --write-object "$work/$name.der" --type privkey --id "$id" --label "$name" \
		--usage-sign --usage-decrypt --sensitive >"$work/import.log" 2>&1; then
		pass "$name's key imported into the token (id $id)"
	else
		fail "import $name" "$(tail -2 "$work/import.log")"
	fi
	rm -f "$work/$name.der"
done
echo 'pkcs11:token=certmilter;object=alice-v4;type=private' >"$K/alice-v4.key"
echo 'pkcs11:token=certmilter;id=%02;type=private' >"$K/alice-vp.key"
chmod 600 "$K/alice-v4.key" "$K/alice-vp.key"
if grep -q 'PRIVATE KEY' "$K/alice-v4.key" "$K/alice-vp.key"; then
	fail setup "a PEM key is still in alice's key files"
else
	pass "alice's key files hold pkcs11: URIs only"
fi

objs=$(p11 --list-objects --type privkey 2>/dev/null)
n=$(grep -c '^Private Key Object' <<<"$objs")
access=$(grep 'Access:' <<<"$objs" | sort -u | tr '\n' ' ')
if [ "$n" -eq 2 ] && grep -q 'sensitive' <<<"$access" && ! grep -qE '(:|,) *extractable' <<<"$access"; then
	pass "both token keys: sensitive, CKA_EXTRACTABLE false (Access:$access)"
else
	fail "token keys" "$n private keys, Access: $access"
fi
if p11 --read-object --type privkey --id 01 -o "$work/out.der" >/dev/null 2>&1 && [ -s "$work/out.der" ]; then
	fail "token keys" "pkcs11-tool read alice's V4 key out of the token"
else
	pass "the token refuses to give alice's V4 key out"
fi

# ---- the configuration: keystore.pkcs11
sed -i 's|^\(\s*\)keystore = {|\1keystore = { pkcs11 = { module = "'"$MODULE"'"; pin_file = "'"$work"'/pin"; };|' "$conf"
printf 'defaults = { sign = [ "vp", "identity" ]; encrypt = "never"; timestamp = "none"; };\n' \
	>"$work/policy.conf"

out=$("$(cm_binary)" -n -c "$conf" 2>&1)
rc=$?
uri4='pkcs11:token=certmilter;object=alice-v4;type=private'
urip='pkcs11:token=certmilter;id=%02;type=private'
# keyline ADDR CLASS: the "key at" line under that entry
keyline() { grep -A1 -E "^ +$1 +$2 +key " <<<"$out" | sed -n 's/^ *key at //p'; }
if [ $rc -eq 0 ] && [ "$(keyline alice@example.com v4)" = "$uri4" ] &&
	[ "$(keyline alice@example.com vp)" = "$urip" ]; then
	pass "-n shows alice's V4 and Vp keys at their pkcs11: URIs"
else
	fail "-n" "exit $rc: $(grep -E 'alice|error' <<<"$out" | head -4)"
fi
if grep -q 1234 <<<"$out"; then
	fail "-n" "the output holds the PIN"
else
	pass "-n output holds no PIN"
fi
if [ "$(keyline bob@example.com v3)" = "$K/bob-v3.key" ]; then
	pass "-n shows a file key at its key file"
else
	fail "-n" "bob's V3 key not shown at $K/bob-v3.key: $(grep bob <<<"$out" | head -2)"
fi

if ! { sink_start "$work/sink" "$SINK_PORT" && cm_start "$conf" "$MPORT" "$log" &&
	pf_setup "$work/pf" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "inet:127.0.0.1:$MPORT"; }; then
	fail setup "could not start the services"
	t_summary
	exit 1
fi

# ---- outbound: dual signature with both keys on the token
cat "$work/pki/org-roots.pem" "$work/pki/public-roots.pem" >"$work/roots.pem"
mkmsg() { # FILE TO SUBJECT
	printf 'From: Alice <alice@example.com>\nTo: %s\nSubject: %s\nMessage-ID: <%s@example.com>\n\nSigned by a token.\n' \
		"$2" "$3" "$RANDOM$RANDOM" >"$1"
}
mkmsg "$work/m1.eml" bob@sink.example "token signed"
if pf_send "$PORT_IN" "$work/m1.eml" alice@example.com m1@sink.example >/dev/null 2>"$work/send.err" &&
	sink_wait 1 30; then
	f=$(sink_find m1@sink.example)
	if openssl cms -verify -in "$f" -CAfile "$work/roots.pem" -purpose any -out /dev/null \
		2>"$work/verify.err"; then
		pass "openssl cms -verify accepts the message signed with the token's keys"
	else
		fail "verify" "$(head -3 "$work/verify.err")"
	fi
	nsig=$(openssl cms -cmsout -print -in "$f" 2>/dev/null | grep -c 'signatureAlgorithm:')
	if [ "$nsig" -eq 2 ]; then
		pass "two SignerInfos (Vp and V4)"
	else
		fail "dual" "$nsig SignerInfos"
	fi
	cm_expect_audit m1@sink.example ' signed=vp,v4 ' "audit signed=vp,v4"
else
	fail "message 1" "not delivered: $(cat "$work/send.err")"
fi

# ten at once: the worker threads share the token
t0=$(date +%s%N)
pids=()
for i in $(seq 2 11); do
	mkmsg "$work/m$i.eml" bob@sink.example "token signed $i"
	pf_send "$PORT_IN" "$work/m$i.eml" alice@example.com "m$i@sink.example" >/dev/null 2>&1 &
	pids+=($!)
done
for p in "${pids[@]}"; do
	wait "$p"
done
if sink_wait 11 60; then
	bad=0
	for i in $(seq 2 11); do
		f=$(sink_find "m$i@sink.example")
		openssl cms -verify -in "$f" -CAfile "$work/roots.pem" -purpose any -out /dev/null \
			2>/dev/null || bad=$((bad + 1))
	done
	if [ $bad -eq 0 ]; then
		pass "ten messages sent at once: all signed by the token's keys and verified ($((($(date +%s%N) - t0) / 1000000)) ms)"
	else
		fail "concurrent" "$bad of 10 do not verify"
	fi
else
	fail "concurrent" "$(($(sink_count) - 1)) of 10 delivered"
fi

# ---- inbound: a message encrypted to alice's Vp certificate (key on the token only)
printf 'Content-Type: text/plain; charset=us-ascii\n\nSecret for the token.\n' >"$work/secret.ent"
printf 'From: partner@outside.example\nTo: alice@example.com\nSubject: to the token\nMessage-ID: <%s@outside.example>\n' \
	"$RANDOM$RANDOM" >"$work/enc.eml"
openssl cms -encrypt -in "$work/secret.ent" -binary -aes256 "$K/alice-vp.pem" >>"$work/enc.eml"
n0=$(sink_count)
if pf_send --xclient "ADDR=192.0.2.1" "$PORT_IN" "$work/enc.eml" partner@outside.example alice@example.com \
	>/dev/null 2>"$work/send.err" && sink_wait $((n0 + 1)) 30; then
	f=$(sink_find alice@example.com)
	if grep -q '^Secret for the token.' "$f" && ! grep -qi 'pkcs7-mime' "$f"; then
		pass "inbound mail encrypted to the Vp certificate decrypted with the token's key"
	else
		fail "decrypt" "delivered still encrypted or altered: $(head -c 300 "$f" | tr '\n' ' ')"
	fi
	sleep 0.2
	line=$(grep -E ': dir=in ' "$log" | tail -1)
	if grep -q ' decrypted=yes' <<<"$line"; then
		pass "audit: ${line#*: }"
	else
		fail "decrypt audit" "want decrypted=yes, got: $line"
	fi
else
	fail "decrypt" "not delivered: $(cat "$work/send.err")"
fi

# ---- the token lost (its directory moved away), then back: each message
# gets failure.default (451) with the module's error in the audit line;
# with the token back, the next message is signed again by the same worker
# process, which re-opened the module itself: no SIGHUP, no new process
lost_t0=$(date +%s%N)
wpid=$(cm_worker_pid)
mv "$work/tokens" "$work/tokens.away"
for i in 1 2; do
	# message 2 a second later: the module is re-opened for it, which
	# fails with the token still away (SoftHSM2's C_Initialize fails
	# without its token directory)
	[ "$i" = 2 ] && sleep 1.1
	mkmsg "$work/lost$i.eml" bob@sink.example "token lost $i"
	if pf_send "$PORT_IN" "$work/lost$i.eml" alice@example.com "lost$i@sink.example" >/dev/null 2>"$work/send.err"; then
		fail "token lost $i" "the message was accepted"
	elif grep -q ': 451 ' "$work/send.err"; then
		pass "token lost: message $i gets 451 (failure.default)"
	else
		fail "token lost $i" "want 451: $(cat "$work/send.err")"
	fi
	# the first names the module's error; the next, the token still lost
	cm_expect_audit "token lost, message $i:" \
		"action=tempfail .*$([ "$i" = 1 ] && echo 'PKCS#11 module::Object handle invalid' || echo 'PKCS#11 token::')"
done
mv "$work/tokens.away" "$work/tokens"
sleep 1.1 # after a re-opening that did not help, the next one a second later
n0=$(sink_count)
mkmsg "$work/back.eml" bob@sink.example "token back"
if pf_send "$PORT_IN" "$work/back.eml" alice@example.com back@sink.example >/dev/null 2>"$work/send.err" &&
	sink_wait $((n0 + 1)) 30; then
	f=$(sink_find back@sink.example)
	if openssl cms -verify -in "$f" -CAfile "$work/roots.pem" -purpose any -out /dev/null \
		2>"$work/verify.err"; then
		pass "token back: the next message is signed by the token's keys and verifies, no operator action ($((($(date +%s%N) - lost_t0) / 1000000)) ms for lost + back)"
	else
		fail "token back" "$(head -3 "$work/verify.err")"
	fi
	cm_expect_audit back@sink.example ' signed=vp,v4 ' "token back:"
else
	fail "token back" "not delivered: $(cat "$work/send.err")"
fi
if [ "$(cm_worker_pid)" = "$wpid" ] && grep -q 'keystore.pkcs11: the module .* cannot be loaded again' "$log" &&
	grep -q 'keystore.pkcs11: the module .* re-opened' "$log" &&
	! grep -q 'SIGHUP\|reloaded' "$log"; then
	pass "the same worker process ($wpid) tried to re-open the module with the token away, then re-opened it; no reload, no restart"
else
	fail "token back" "worker $(cm_worker_pid) (was $wpid): $(grep -E 'pkcs11|reload' "$log" | tail -3 | tr '\n' ' ')"
fi

# ---- a reload in that worker (the module re-opened in it): the keys are
# loaded anew from the token and the next message is signed and verifies
kill -HUP "$CM_PID"
t=100
until grep -qE 'reloaded |reload failed' "$log" || [ $t -le 0 ]; do
	sleep 0.1
	t=$((t - 1))
done
n0=$(sink_count)
mkmsg "$work/reload.eml" bob@sink.example "after a reload"
if grep -q 'reloaded ' "$log" && ! grep -q 'reload failed' "$log" &&
	pf_send "$PORT_IN" "$work/reload.eml" alice@example.com reload@sink.example >/dev/null 2>"$work/send.err" &&
	sink_wait $((n0 + 1)) 30 &&
	openssl cms -verify -in "$(sink_find reload@sink.example)" -CAfile "$work/roots.pem" -purpose any \
		-out /dev/null 2>"$work/verify.err"; then
	pass "SIGHUP after the re-opening: reloaded, the next message signed by the token's keys and verified"
	cm_expect_audit "after the reload:" ' signed=vp,v4 '
else
	fail "reload" "$(grep -E 'reload' "$log" | tail -2 | tr '\n' ' ') $(cat "$work/send.err" "$work/verify.err" 2>/dev/null | head -3)"
fi

# ---- a corpus subset signed with the token's keys and stamped, checked by
# independent verifiers: t_corpus.sh on this run's PKI (alice's key files
# hold the URIs only, so nothing is signed unless the token signs) and the
# test TSA, timestamp = all: verify.py checks each message with openssl
# cms, gpgsm and NSS cmsutil, both SignerInfos (Vp first), and each
# SignerInfo's RFC 3161 token with openssl ts -verify against its
# signature value; then signing.dual = nested, both layers stamped.
SUBSET="plain-7bit-01 8bit-utf8-body-cm-03 multipart-mixed-attachment-pdf-01 message-rfc822-01 long-lines-01"
TSAD=${TSAD:-$(dirname "$(cm_binary)")/tests/tsad/tsad}
p11_extra='pkcs11 = { module = "'"$MODULE"'"; pin_file = "'"$work"'/pin"; };'
corpus_p11() { # label, then VAR=value settings for t_corpus.sh
	local label=$1
	shift
	env "$@" LABEL="p11-$label/" PKI="$work/pki" TSAD="$TSAD" KEYSTORE_EXTRA="$p11_extra" \
		TIMESTAMP=all NAMES="$SUBSET" PORT_IN=46035 PORT_PLAIN=46036 SINK_PORT=46037 \
		MILTER_PORT=46895 TSA_PORT=46038 bash "$top/tests/integration/t_corpus.sh" \
		>"$work/corpus-$label.log" 2>&1
	t_count_lines < <(grep -E '^(PASS|FAIL|SKIP): ' "$work/corpus-$label.log")
	echo "# p11-$label: $(tail -1 "$work/corpus-$label.log")"
}
if [ -x "$TSAD" ]; then
	corpus_p11 dual EXPECT="--expect-signers 2 --expect-first ^CN=alice@example.com$ --expect-ekp --expect-ts 2"
	corpus_p11 nested DUAL=nested \
		EXPECT="--nested --expect-signers 1 --expect-first ^CN=alice@example.com$ --expect-ekp --expect-ts 1"
	# every message of the subset passed each verifier (a verifier that
	# did not run leaves no PASS line)
	for run in dual nested; do
		for v in openssl gpgsm nss ts-verify; do
			c=$(grep -cE "^PASS: p11-$run/[^ ]+ $v\$" "$work/corpus-$run.log")
			if [ "$c" -eq "$(wc -w <<<"$SUBSET")" ]; then
				pass "corpus subset ($c messages, $run, token keys, timestamp = all): $v accepts every one"
			else
				fail "corpus $run $v" "$c of $(wc -w <<<"$SUBSET") messages pass"
			fi
		done
	done
else
	fail "corpus" "no test TSA at $TSAD (set TSAD)"
fi

# ---- a URI that carries a PIN is refused
cp "$K/alice-v4.key" "$work/alice-v4.key.uri"
echo 'pkcs11:token=certmilter;object=alice-v4;type=private?pin-value=1234' >"$K/alice-v4.key"
out=$("$(cm_binary)" -n -c "$conf" 2>&1)
rc=$?
if [ $rc -eq 1 ] && grep -q "^error: key file $K/alice-v4.key: its pkcs11: URI carries a PIN" <<<"$out"; then
	pass "-n refuses a key file whose URI carries a PIN (exit 1)"
else
	fail "PIN in URI" "exit $rc: $(grep -E 'error' <<<"$out" | head -2)"
fi
cp "$work/alice-v4.key.uri" "$K/alice-v4.key"

# ---- keystore.pkcs11.token: dave's newest V1 certificate and key only on
# the token (id 04), his files gone: -n indexes the token's pair
openssl pkey -in "$K/dave-v1-new.key" -outform DER -out "$work/d.der"
openssl x509 -in "$K/dave-v1-new.pem" -outform DER -out "$work/d.crt"
p11 --write-object "$work/d.der" --type privkey --id 04 --label dave-v1 --sensitive >/dev/null 2>&1
p11 --write-object "$work/d.crt" --type cert --id 04 --label dave-v1 >/dev/null 2>&1
rm -f "$work/d.der" "$work/d.crt" "$K/dave-v1-new.pem" "$K/dave-v1-new.key"
sed 's|pin_file = "'"$work"'/pin";|& token = "certmilter";|' "$conf" >"$work/token.conf"
out=$("$(cm_binary)" -n -c "$work/token.conf" 2>&1)
rc=$?
if [ $rc -eq 0 ] && grep -qE '^ +dave@example.com +v1 +key .* pkcs11:token=certmilter;id=%04;type=cert ' <<<"$out" &&
	[ "$(keyline dave@example.com v1)" = 'pkcs11:token=certmilter;id=%04;type=private' ]; then
	pass "keystore.pkcs11.token: -n indexes dave's certificate on the token with its key"
else
	fail "token index" "exit $rc: $(grep -A1 -E 'dave|error' <<<"$out" | head -4)"
fi

cm_check_exit "$log"
t_summary
