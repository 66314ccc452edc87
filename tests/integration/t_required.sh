#!/usr/bin/env bash
# t_required.sh - certmilter.conf(5) OUTBOUND AND INBOUND "under encrypt = required every outcome is
# encrypted or refused", through a real Postfix and the real certmilter:
# every early exit of end of message, with every failure action set to
# accept (the setting that used to deliver such mail in clear).
#
# Policy: sign identity, encrypt required, missing_certificate reject; the
# recipient is bob@example.com, whose Vp certificate the keystore source
# finds. Each message has its own Subject (it stays readable outside the
# envelope); a delivery is "encrypted" when bob's key decrypts it with
# openssl cms -decrypt, "refused" when the client got 4xx/5xx and the sink
# holds nothing with that Subject. Nothing may arrive in clear.
#
#   plain (control)          signed, then encrypted
#   fake multipart/signed    encrypted as it is: the decrypted entity is the
#                            sent Content-Type and body, byte for byte
#   real S/MIME signature    encrypted as it is; the decrypted entity still
#                            verifies (openssl cms -verify)
#   S/MIME / PGP encrypted   passed unchanged (it is encrypted)
#   from mismatch (accept)   not signed, encrypted; not to the From:'s own
#                            certificate (the sender is not alice)
#   two From: fields         not signed, encrypted
#   failure.tsa accept       451 4.7.0 (TSA down)
#   failure.malformed accept 451 4.7.0 (a line over max_line_length; an
#                            8-bit Content-Type parameter)
#   failure.oversize accept  451 4.7.0
#   failure.default accept   451 4.7.0: 1001 recipients, more than one
#                            EnvelopedData holds
#   from_mismatch reject     550 5.7.1
#
# environment: CERTMILTER; ports 38025-38027, milter 38894, 38999 (no TSA).
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
PORT_IN=38025 PORT_PLAIN=38026 SINK_PORT=38027 MPORT=38894 DEAD_TSA=38999
work=$(mktemp -d /tmp/t_required.XXXXXX)
chmod 755 "$work"
finish() {
	t_cleanup
	rm -rf "$work"
}
trap finish EXIT
t_need_root required

RCPT=bob@example.com
pki=$work/pki
log=$work/certmilter.log
conf() { # from_mismatch: write the configuration, (re)start certmilter
	cm_stop
	cat >"$work/certmilter.conf" <<-EOF
		policy_file = "$work/policy.conf";
		spool_dir = "$work";
		outbound = { internal_networks = [ "127.0.0.0/8" ]; from_mismatch = "$1"; };
		keystore = { directories = [ "$pki/keys" ]; pkcs12_password_file = "$pki/p12pass";
		             chain_bundle = "$pki/chain.pem"; };
		trust = { organization = "$pki/org-roots.pem"; public = "$pki/public-roots.pem";
		          tsa = "$pki/tsa-roots.pem"; };
		tsa = { urls = [ "http://127.0.0.1:$DEAD_TSA/" ]; timeout = 2; };
		limits = { max_message_size = 20000; max_line_length = 998; };
		failure = { default = "accept"; tsa = "accept"; malformed = "accept";
		            oversize = "accept"; directory = "accept"; };
		directory = { max_lookups_per_message = 2000; }; # "many" reaches failure.default
	EOF
	cat >"$work/policy.conf" <<-EOF
		defaults = { sign = [ "identity" ]; timestamp = "none"; encrypt = "required";
		             missing_certificate = "reject"; };
		rules = ( { sender = "tsa@example.com"; timestamp = "all"; } );
	EOF
	cm_start "$work/certmilter.conf" "$MPORT" "$log"
}
if ! { bash "$top/tests/pki/mkpki.sh" "$pki" >/dev/null &&
	cat "$pki/org-roots.pem" "$pki/public-roots.pem" >"$work/roots.pem" &&
	conf accept && sink_start "$work/sink" "$SINK_PORT" &&
	pf_setup "$work/pf" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "inet:127.0.0.1:$MPORT"; }; then
	fail setup "could not start the services"
	t_summary
	exit 1
fi
# more recipients than one EnvelopedData takes, in one transaction
postconf -c "$work/pf/conf" -e smtpd_recipient_limit=2000 &&
	script -qec "postfix -c '$work/pf/conf' reload" /dev/null >/dev/null 2>&1

# msg NAME [header lines...] < body: $work/NAME.eml with From: alice,
# To: bob and "Subject: required NAME" (unless the headers give a From:)
msg() {
	local name=$1 h
	shift
	{
		printf '%s\n' "$@" | grep -qi '^From:' || printf 'From: Alice <alice@example.com>\n'
		printf 'To: %s\nSubject: required %s\n' "$RCPT" "$name"
		for h in "$@"; do printf '%s\n' "$h"; done
		printf '\n'
		cat
	} >"$work/$name.eml"
}
# send NAME [pf_send options] [--from ENVFROM] [--rcpts N]: sets ERR (the
# refusal, empty when accepted) and OUT (the delivery with this Subject)
send() {
	local name=$1 from=alice@example.com n=1 opts=() rcpts=() t=100 f
	shift
	while [ $# -gt 0 ]; do
		case $1 in
		--from) from=$2 ;;
		--rcpts) n=$2 ;;
		*) opts+=("$1" "$2") ;;
		esac
		shift 2
	done
	for ((f = 0; f < n; f++)); do rcpts+=("$RCPT"); done
	OUT=
	if pf_send "${opts[@]}" "$PORT_IN" "$work/$name.eml" "$from" "${rcpts[@]}" \
		>/dev/null 2>"$work/$name.err"; then
		ERR=
		while [ -z "$OUT" ] && [ $((t -= 1)) -gt 0 ]; do
			sleep 0.1
			OUT=$(grep -l "^Subject: required $name"$'\r'"\?$" "$CM_SINK_DIR"/*.eml 2>/dev/null | head -1)
		done
	else
		ERR=$(tr '\n' ' ' <"$work/$name.err")
		sleep 0.5
		OUT=$(grep -l "^Subject: required $name"$'\r'"\?$" "$CM_SINK_DIR"/*.eml 2>/dev/null | head -1)
	fi
}
# decrypt KEY: the entity of $OUT for $pki/keys/KEY.pem, on stdout
decrypt() {
	openssl cms -decrypt -in "$OUT" -recip "$pki/keys/$1.pem" -inkey "$pki/keys/$1.key" 2>/dev/null
}
# encrypted NAME WHAT: $OUT is enveloped-data that bob's key opens; the
# entity goes to $work/NAME.dec
encrypted() {
	if [ -n "$OUT" ] && grep -qiE '^Content-Type: application/pkcs7-mime; *smime-type=enveloped-data' "$OUT" &&
		decrypt bob-vp >"$work/$1.dec" && [ -s "$work/$1.dec" ]; then
		pass "$1: $2: encrypted, bob's key decrypts it"
		return 0
	fi
	fail "$1: $2" "not encrypted to bob: ${OUT:-nothing delivered} ${ERR:-}"
	return 1
}
refused() { # name what code
	if [ -n "$ERR" ] && grep -q "$3" <<<"$ERR" && [ -z "$OUT" ]; then
		pass "$1: $2: refused with $3, nothing delivered"
	else
		fail "$1: $2" "want $3 and no delivery; reply '${ERR:-250}', delivered: ${OUT:-nothing}"
	fi
}
lf() { tr -d '\r' <"$1"; }

# control: a plain message is signed, then encrypted
printf 'plain text\n' | msg plain
send plain
if encrypted plain "plain message" &&
	openssl cms -verify -in "$work/plain.dec" -CAfile "$work/roots.pem" -purpose smimesign \
		-out /dev/null 2>/dev/null; then
	pass "plain: the decrypted entity is signed and verifies"
else
	fail "plain signed" "the decrypted entity does not verify"
fi
cm_expect_audit plain 'signed=v4 encrypted=1/1 cipher=aes-256-cbc action=accept'

# a fake multipart/signed (no signature in it) is encrypted as it is
sig='multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="b"'
printf 'not really signed\n' | msg fakesig 'MIME-Version: 1.0' "Content-Type: $sig"
send fakesig
if encrypted fakesig "fake multipart/signed" &&
	cmp -s <(lf "$work/fakesig.dec") <(printf 'Content-Type: %s\n\nnot really signed\n' "$sig"); then
	pass "fakesig: the decrypted entity is the sent Content-Type and body"
else
	fail "fakesig entity" "$(head -c 300 "$work/fakesig.dec" 2>/dev/null | tr '\n' ' ')"
fi
cm_expect_audit fakesig 'encrypted=1/1 cipher=aes-256-cbc protected=smime-signed action=accept reason="already signed; encrypted as it is"'

# a real S/MIME signature made by the client: enveloped unchanged, it still verifies
printf 'Signed by the client itself.\nLine two.\n' >"$work/content.txt"
openssl cms -sign -in "$work/content.txt" -text -signer "$pki/keys/alice-v4.pem" \
	-inkey "$pki/keys/alice-v4.key" -certfile "$pki/chain.pem" -out "$work/signed.mime" 2>/dev/null
{
	printf 'From: Alice <alice@example.com>\nTo: %s\nSubject: required realsig\n' "$RCPT"
	cat "$work/signed.mime"
} >"$work/realsig.eml"
send realsig
if encrypted realsig "client-signed S/MIME" &&
	openssl cms -verify -in "$work/realsig.dec" -CAfile "$work/roots.pem" -purpose smimesign \
		-out "$work/realsig.txt" 2>/dev/null && grep -q 'Signed by the client itself' "$work/realsig.txt"; then
	pass "realsig: the client's signature inside still verifies"
else
	fail "realsig verify" "the enveloped signed entity does not verify"
fi
cm_expect_audit realsig 'encrypted=1/1 .*protected=smime-signed action=accept'

# already encrypted: S/MIME enveloped-data and PGP/MIME pass unchanged
openssl cms -encrypt -in "$work/content.txt" -aes256 -out "$work/enc.mime" "$pki/keys/bob-vp.pem" 2>/dev/null
{
	printf 'From: Alice <alice@example.com>\nTo: %s\nSubject: required smimeenc\n' "$RCPT"
	cat "$work/enc.mime"
} >"$work/smimeenc.eml"
send smimeenc
if [ -n "$OUT" ] && cmp -s <(lf "$OUT" | sed '1,/^$/d') <(lf "$work/enc.mime" | sed '1,/^$/d') &&
	decrypt bob-vp | grep -q 'Signed by the client'; then
	pass "smimeenc: S/MIME enveloped-data passed unchanged"
else
	fail "smimeenc" "not delivered unchanged: ${OUT:-nothing} ${ERR:-}"
fi
cm_expect_audit smimeenc 'protected=smime-encrypted action=accept'
printf -- '--p\nContent-Type: application/pgp-encrypted\n\nVersion: 1\n--p\nContent-Type: application/octet-stream\n\n-----BEGIN PGP MESSAGE-----\nhQEMA0\n-----END PGP MESSAGE-----\n--p--\n' |
	msg pgpenc 'MIME-Version: 1.0' 'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="p"'
send pgpenc
if [ -n "$OUT" ] && cmp -s <(lf "$OUT" | sed '1,/^$/d') <(sed '1,/^$/d' "$work/pgpenc.eml"); then
	pass "pgpenc: PGP/MIME encrypted passed unchanged"
else
	fail "pgpenc" "not delivered unchanged: ${OUT:-nothing} ${ERR:-}"
fi
cm_expect_audit pgpenc 'protected=pgp-encrypted action=accept'

# a forged "already encrypted" label is no encryption: the body is checked
# (CMS ContentInfo of enveloped-data; an armored PGP MESSAGE), and plain
# text under such a label is signed and encrypted like any message
printf 'this is not encrypted at all\n' | base64 |
	msg fakeenc 'MIME-Version: 1.0' 'Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m' \
		'Content-Transfer-Encoding: base64'
send fakeenc
if encrypted fakeenc "fake S/MIME enveloped-data" &&
	openssl cms -verify -in "$work/fakeenc.dec" -CAfile "$work/roots.pem" -purpose smimesign \
		-out /dev/null 2>/dev/null; then
	pass "fakeenc: the decrypted entity is signed and verifies"
else
	fail "fakeenc signed" "the decrypted entity does not verify"
fi
cm_expect_audit fakeenc 'signed=v4 encrypted=1/1 cipher=aes-256-cbc action=accept'
printf -- '--p\nContent-Type: application/pgp-encrypted\n\nVersion: 1\n--p\nContent-Type: application/octet-stream\n\nplain words, no PGP\n--p--\n' |
	msg fakepgp 'MIME-Version: 1.0' 'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary="p"'
send fakepgp
if encrypted fakepgp "fake PGP/MIME encrypted" && grep -q 'plain words, no PGP' "$work/fakepgp.dec"; then
	pass "fakepgp: the forged PGP/MIME message was encrypted with its text inside"
else
	fail "fakepgp entity" "the decrypted entity does not hold the text"
fi
cm_expect_audit fakepgp 'encrypted=1/1 cipher=aes-256-cbc action=accept'

# a From: the login may not sign for: not signed, but encrypted
printf 'mallory writes as alice\n' | msg mismatch
send mismatch --xclient LOGIN=mallory
if encrypted mismatch "from mismatch, from_mismatch accept" &&
	! grep -qi 'multipart/signed' "$work/mismatch.dec" && grep -q 'mallory writes' "$work/mismatch.dec"; then
	pass "mismatch: the entity is not signed"
else
	fail "mismatch entity" "signed, or not the content"
fi
if [ -n "$OUT" ] && decrypt alice-enc >/dev/null; then
	fail "mismatch to_sender" "alice's own certificate can decrypt mallory's message"
else
	pass "mismatch: not encrypted to alice's own certificate (she did not send it)"
fi
cm_expect_audit mismatch 'auth=mallory .*encrypted=1/1 cipher=aes-256-cbc action=accept reason="From <alice@example.com> is not an address login mallory may sign for'

# two From: fields: never signed, still encrypted
printf 'who sent this?\n' | msg twofrom 'From: Bob <bob@example.com>' 'From: Alice <alice@example.com>'
send twofrom
if encrypted twofrom "two From: fields" && ! grep -qi 'multipart/signed' "$work/twofrom.dec"; then
	pass "twofrom: the entity is not signed"
else
	fail "twofrom entity" "signed"
fi
cm_expect_audit twofrom 'encrypted=1/1 .*reason="From: not signed: more than one From: field"'

# failure.tsa accept: no TSA answers -> tempfail, not the message unchanged
printf 'needs a timestamp\n' | msg tsa
send tsa --from tsa@example.com
refused tsa "failure.tsa accept" "451 4.7.0"
cm_expect_audit tsa 'action=tempfail reason="no timestamp: .*; accept would deliver it in clear, encrypt = required: tempfail"'

# failure.malformed accept: a limit, and content that cannot be preserved
{
	printf 'short line\n'
	head -c 1200 /dev/zero | tr '\0' x
	printf '\n'
} | msg longline
send longline
refused longline "failure.malformed accept (max_line_length)" "451 4.7.0"
cm_expect_audit longline 'action=tempfail reason="body line longer than limits.max_line_length \(998\); accept would deliver'
printf 'text\n' | msg hdr8bit 'MIME-Version: 1.0' $'Content-Type: text/plain; name="\xe4.txt"'
send hdr8bit
refused hdr8bit "failure.malformed accept (8-bit Content-Type)" "451 4.7.0"
cm_expect_audit hdr8bit 'action=tempfail reason="content cannot be signed: .*; accept would deliver'

# failure.oversize accept
for ((i = 0; i < 800; i++)); do printf 'line %d of a message over max_message_size\n' "$i"; done | msg big
send big
refused big "failure.oversize accept" "451 4.7.0"
cm_expect_audit big 'action=tempfail reason="message larger than limits.max_message_size \(20000\); accept would deliver'

# failure.default accept: more recipients than one EnvelopedData takes
printf 'to very many\n' | msg many
send many --rcpts 1001
refused many "failure.default accept (1001 recipients)" "451 4.7.0"
cm_expect_audit many 'rcpts=1001 .*action=tempfail reason="encryption failed: .*; accept would deliver'

# the same certmilter still signs and encrypts after all that
printf 'after\n' | msg after
send after
encrypted after "a plain message after the refusals" && cm_expect_audit after 'signed=v4 encrypted=1/1'

# from_mismatch reject: refused
conf reject || fail "restart" "certmilter did not start again"
printf 'mallory again\n' | msg mismatchrej
send mismatchrej --xclient LOGIN=mallory
refused mismatchrej "from_mismatch reject" "550 5.7.1"
cm_expect_audit mismatchrej 'auth=mallory .*action=reject reason="From <alice@example.com> is not'

cm_check_exit "$log"
t_summary
