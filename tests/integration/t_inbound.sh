#!/usr/bin/env bash
# t_inbound.sh - inbound mail (certmilter.conf(5) INBOUND MAIL; SPEC section
# 12) through a real Postfix, the real certmilter and a real TSA: messages
# signed by certmilter itself (V4 + Vp with timestamps, as SignerInfos and
# nested; V1, V2, V3, V4 without), by gpgsm, by openssl cms
# (multipart and opaque, V2 and V3, nested V4 inside Vp), an expired signer
# with a token from before expiry (tests/tsad /past/), tampered, under an
# untrusted root, by a signer that is not the From: address, encrypted by
# openssl (AES-CBC and AES-GCM, RSA and EC recipients, signed inside) and
# carrying forged result fields, each sent from an outside client address.
# What is checked comes from outside certmilter: the names and serials of
# the certificates from openssl x509, the delivered content against the
# bytes that were encrypted, and the signatures still verifying with
# openssl cms after delivery.
#   ports 45025-45030, milter 45894 (INBOUND_PORT=B: B+25..B+30, B+894).
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
B=${INBOUND_PORT:-45000} # ports B+25..B+30, milter B+894
PORT_IN=$((B + 25)) PORT_PLAIN=$((B + 26)) SINK_PORT=$((B + 27)) TSA_PORT=$((B + 28)) MPORT=$((B + 894))
TSAD=${TSAD:-$(dirname "$(cm_binary)")/tests/tsad/tsad}
work=$(mktemp -d /tmp/t_inbound.XXXXXX)
chmod 755 "$work"
finish() {
	t_cleanup
	[ -d "$work/gnupg" ] && GNUPGHOME=$work/gnupg gpgconf --kill all 2>/dev/null
	rm -rf "$work"
}
trap finish EXIT
t_need_root inbound
if [ ! -x "$TSAD" ]; then
	fail setup "no test TSA at $TSAD (set TSAD)"
	t_summary
	exit 1
fi
bash "$top/tests/pki/mkpki.sh" "$work/pki" >/dev/null || exit 1
pki=$work/pki
K=$pki/keys
log=$work/certmilter.log
cat "$pki/org-roots.pem" "$pki/public-roots.pem" >"$work/roots.pem"

# dana@example.com: an EC P-256 encrypting certificate of the organization
# (keyAgreement), made here, in the keystore for decryption.
cat >"$work/ec.ext" <<EOF
basicConstraints = critical, CA:FALSE
keyUsage = critical, keyAgreement
extendedKeyUsage = emailProtection
subjectAltName = email:dana@example.com
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
EOF
openssl ecparam -name prime256v1 -genkey -noout -out "$K/dana-enc.key" 2>/dev/null &&
	chmod 600 "$K/dana-enc.key" &&
	openssl req -new -key "$K/dana-enc.key" -subj "/O=Example Org/CN=Dana Example" -out "$work/dana.csr" &&
	openssl x509 -req -in "$work/dana.csr" -CA "$pki/org-ca.pem" -CAkey "$pki/org-ca.key" \
		-CAcreateserial -days 30 -extfile "$work/ec.ext" -out "$K/dana-enc.pem" 2>/dev/null || exit 1
# an S/MIME signer under a root in no trust bundle
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/rogue.key" -out "$work/rogue.pem" -days 30 \
	-subj "/CN=Rogue Signer" -addext "keyUsage=critical,digitalSignature" \
	-addext "extendedKeyUsage=emailProtection" -addext "subjectAltName=email:rogue@outside.example" \
	2>/dev/null || exit 1

cat >"$work/policy.conf" <<EOF
defaults = { sign = [ "v4", "vp" ]; timestamp = "all"; encrypt = "never"; };
rules = ( { from = "alice@example.com"; },
          { from = "*@example.com"; sign = [ "identity" ]; timestamp = "none"; } );
EOF
cat >"$work/certmilter.conf" <<EOF
policy_file = "$work/policy.conf";
spool_dir = "$work";
outbound = { internal_networks = [ "127.0.0.0/8" ]; };
keystore = { directories = [ "$K" ]; pkcs12_password_file = "$pki/p12pass";
             chain_bundle = "$pki/chain.pem"; };
trust = { organization = "$pki/org-roots.pem"; public = "$pki/public-roots.pem";
          tsa = "$pki/tsa-roots.pem"; };
tsa = { urls = [ "http://127.0.0.1:$TSA_PORT/ok" ]; };
inbound = { verify = true; decrypt = true; };
EOF
if ! { sink_start "$work/sink" "$SINK_PORT" && tsad_start "$TSAD" "$TSA_PORT" "$pki" "$work/tsad.log" &&
	cm_start "$work/certmilter.conf" "$MPORT" "$log" &&
	pf_setup "$work/pf" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "inet:127.0.0.1:$MPORT"; }; then
	fail setup "could not start the services"
	t_summary
	exit 1
fi

OUTSIDE="ADDR=192.0.2.1"
# deliver NAME FILE FROM RCPT... [--inside]: send from an outside client,
# print the stored path
deliver() {
	local name=$1 file=$2 from=$3 path t=300 x=(--xclient "$OUTSIDE")
	shift 3
	[ "${1:-}" = --inside ] && {
		x=()
		shift
	}
	local before
	before=$("$CM_PY" "$CM_INT/sink.py" find "$CM_SINK_DIR" "$1" | grep -c .)
	pf_send "${x[@]}" "$PORT_IN" "$file" "$from" "$@" >/dev/null 2>"$work/$name.err" || return 1
	until [ "$("$CM_PY" "$CM_INT/sink.py" find "$CM_SINK_DIR" "$1" | grep -c .)" -gt "$before" ]; do
		[ $((t -= 1)) -gt 0 ] || return 1
		sleep 0.1
	done
	path=$("$CM_PY" "$CM_INT/sink.py" find "$CM_SINK_DIR" "$1" | xargs ls -t | head -1)
	echo "$path"
}
# fields FILE NAME: every NAME: field of the top-level header, unfolded, one per line
fields() {
	awk -v want="$(tr 'A-Z' 'a-z' <<<"$2")" '
		/^\r?$/ { if (cur != "") print cur; exit }
		/^[ \t]/ { if (cur != "") { sub(/^[ \t]+/, " "); cur = cur $0 }; next }
		{ if (cur != "") print cur; cur = ""
		  n = index($0, ":"); if (tolower(substr($0, 1, n - 1)) == want) cur = substr($0, n + 1) }
	' "$1" | tr -d '\r' | sed 's/^ //'
}
audit_of() { # RCPT: the audit line of the last message delivered to RCPT
	local qid
	sleep 0.2
	qid=$(pf_qid "$work/pf" "$1")
	[ -n "$qid" ] && grep -m1 "$qid: dir=" "$log"
}
subject_attr() { # CERT ATTR: the attribute's value (openssl's reading)
	openssl x509 -in "$1" -noout -subject -nameopt sep_multiline,utf8,sname |
		sed -n "s/^ *$2=//p" | head -1
}
serial_of() { openssl x509 -in "$1" -noout -serial | sed 's/serial=//'; }
mkmsg() { # FILE FROM [SUBJECT]
	printf 'From: %s\nTo: someone@example.com\nSubject: %s\nDate: %s\nMessage-ID: <%s@outside.example>\n' \
		"$2" "${3:-inbound test}" "$(date -R)" "$RANDOM$RANDOM" >"$1"
}
# smime_sign OUT FROM CERT KEY [openssl options]: a message with headers
# whose body openssl cms -sign made (multipart/signed unless -nodetach)
smime_sign() {
	local out=$1 from=$2 cert=$3 key=$4
	shift 4
	printf 'Content-Type: text/plain; charset=us-ascii\n\nInbound test body, line one.\nline two.\n' >"$work/content.txt"
	mkmsg "$out" "$from"
	openssl cms -sign -in "$work/content.txt" -signer "$cert" -inkey "$key" -certfile "$pki/chain.pem" \
		"$@" >>"$out" 2>"$work/sign.err"
}
ar_of() { fields "$1" Authentication-Results; }
ids_of() { fields "$1" Certmilter-Identity; }
expect() { # NAME CONDITION-TEXT COMMAND...: pass if the command succeeds
	local name=$1 what=$2
	shift 2
	if "$@"; then pass "$name: $what"; else fail "$name" "$what: not so"; fi
}

printf 'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nSecret text, gr\xc3\xbc\xc3\x9fe.\nSecond line.\n' >"$work/secret.ent"

# ---- 1. signed by certmilter itself: V4 + Vp, both timestamped
# (with a forged Certmilter-Identity, which goes from outbound mail too)
mkmsg "$work/plain.eml" "Alice Example <alice@example.com>" "signed by certmilter"
printf 'Certmilter-Identity: class=v4; addr=ceo@example.com; name="The CEO"\n\nHello from Alice.\n' \
	>>"$work/plain.eml"
out=$(deliver self-out "$work/plain.eml" alice@example.com --inside self-out@sink.example)
if [ -z "$out" ] || ! grep -q 'multipart/signed' "$out"; then
	fail "certmilter-signed" "the outbound message was not signed: $(tail -3 "$log")"
else
	expect "outbound" "a forged Certmilter-Identity is removed from outbound mail too" \
		test -z "$(ids_of "$out")"
	out=$(deliver self "$out" alice@example.com self@example.com)
	ar=$(ar_of "$out")
	id=$(ids_of "$out" | grep 'class=v4')
	idp=$(ids_of "$out" | grep 'class=vp')
	expect "dual+ts" "Authentication-Results of mx.test.example ({j}) with two smime=pass: $ar" \
		test "$(grep -c '' <<<"$ar")" = 1 -a "$(grep -o 'smime=pass' <<<"$ar" | wc -l)" = 2
	expect "dual+ts" "A-R starts with the authserv-id mx.test.example" grep -q '^mx.test.example;' <<<"$ar"
	for c in alice-v4 alice-vp; do
		expect "dual+ts" "$c: body.smime-serial=$(serial_of "$K/$c.pem") (openssl x509 -serial)" \
			grep -q "body.smime-serial=$(serial_of "$K/$c.pem")" <<<"$ar"
	done
	expect "dual+ts" "issuers: \"Example Org Issuing CA\" and \"Demo Public Email CA\"" \
		grep -q 'body.smime-issuer="Example Org Issuing CA".*body.smime-issuer="Demo Public Email CA"\|body.smime-issuer="Demo Public Email CA".*body.smime-issuer="Example Org Issuing CA"' <<<"$ar"
	want="class=v4; trust=organization; addr=alice@example.com; name=\"$(subject_attr "$K/alice-v4.pem" CN)\"; title=\"$(subject_attr "$K/alice-v4.pem" title)\"; org=\"$(subject_attr "$K/alice-v4.pem" O)\"; locality=\"$(subject_attr "$K/alice-v4.pem" L), $(subject_attr "$K/alice-v4.pem" C)\"; time="
	expect "dual+ts" "V4 identity as in the certificate: $id" test "${id:0:${#want}}" = "$want"
	ts=${id##*time=}
	ts_s=$(date -d "$ts" +%s 2>/dev/null || echo 0)
	expect "dual+ts" "time= is the token's genTime, within the last 2 minutes ($ts)" \
		test $(($(date +%s) - ts_s)) -ge 0 -a $(($(date +%s) - ts_s)) -lt 120
	expect "dual+ts" "Vp identity: class=vp; trust=public ($idp)" \
		grep -q '^class=vp; trust=public; addr=alice@example.com' <<<"$idp"
	expect "dual+ts" "the delivered signature still verifies (openssl cms -verify)" \
		openssl cms -verify -in "$out" -CAfile "$work/roots.pem" -purpose smimesign -out /dev/null 2>/dev/null
	expect "dual+ts" "audit: dir=in verified=pass:vp,v4 or pass:v4,vp decrypted=-" \
		grep -qE 'dir=in .*verified=pass:(vp,v4|v4,vp) decrypted=- ' <<<"$(audit_of self@example.com)"
fi

# ---- 1b. signed by certmilter, one identity class each, no timestamp:
# dave V1, carol V2, bob V3 (erin V4 from a PKCS#12 file)
for c in "dave v1" "carol v2" "bob v3" "erin v4"; do
	set -- $c
	mkmsg "$work/$1.eml" "$1@example.com" "signed by certmilter, $2"
	printf '\nHello from %s.\n' "$1" >>"$work/$1.eml"
	out=$(deliver "$1-out" "$work/$1.eml" "$1@example.com" --inside "$1-out@sink.example")
	out=$(deliver "$1-in" "$out" "$1@example.com" "$1-in@example.com")
	expect "certmilter-signed $2" "identity class=$2 for $1@example.com, no time=: $(ids_of "$out")" \
		test -n "$(ids_of "$out" | grep "^class=$2; trust=organization; addr=$1@example.com" | grep -v 'time=')"
done

# ---- 2. openssl cms: bob V3 (multipart), carol V2 (opaque)
smime_sign "$work/bob.eml" "bob@example.com" "$K/bob-v3.pem" "$K/bob-v3.key"
out=$(deliver bob "$work/bob.eml" bob@example.com bob@example.com)
id=$(ids_of "$out")
expect "openssl V3" "smime=pass for bob@example.com: $(ar_of "$out")" \
	grep -q 'smime=pass body.smime-identifier=bob@example.com' <<<"$(ar_of "$out")"
expect "openssl V3" "identity class=v3 with org and locality, no name (CN is the address): $id" \
	test "$id" = "class=v3; trust=organization; addr=bob@example.com; org=\"Example Org\"; locality=\"Hamburg, DE\""
smime_sign "$work/carol.eml" "Carol Person <carol@example.com>" "$K/carol-v2.pem" "$K/carol-v2.pem" -nodetach
out=$(deliver carol "$work/carol.eml" carol@example.com carol@example.com)
id=$(ids_of "$out")
want="class=v2; trust=organization; addr=carol@example.com; name=\"$(subject_attr "$K/carol-v2.pem" GN) $(subject_attr "$K/carol-v2.pem" SN)\"; locality=\"Munich, DE\""
expect "openssl V2 opaque" "identity: $id" test "$id" = "$want"
expect "openssl V2 opaque" "still application/pkcs7-mime (opaque is not unwrapped)" \
	grep -qi '^Content-Type: application/.*pkcs7-mime' "$out"

# ---- gpgsm (GnuPG): bob V3 signs (multipart/signed made here around its
# detached signature), and encrypts to alice
export GNUPGHOME=$work/gnupg
mkdir -m 700 "$GNUPGHOME"
printf 'disable-crl-checks\ndisable-dirmngr\n' >"$GNUPGHOME/gpgsm.conf"
for r in org-root public-root; do
	echo "$(openssl x509 -in "$pki/$r.pem" -noout -fingerprint -sha1 | cut -d= -f2) S"
done >"$GNUPGHOME/trustlist.txt"
openssl pkcs12 -export -legacy -in "$K/bob-v3.pem" -inkey "$K/bob-v3.key" -passout pass:x \
	-out "$work/bob.p12" 2>/dev/null
gpgsm --batch --import "$pki/all-roots.pem" "$pki/chain.pem" "$K/alice-enc.pem" >/dev/null 2>&1
printf 'x\n' | gpgsm --batch --pinentry-mode loopback --passphrase-fd 0 --import "$work/bob.p12" \
	>/dev/null 2>&1
printf 'Content-Type: text/plain; charset=us-ascii\r\n\r\nSigned with gpgsm.\r\n' >"$work/g.ent"
if printf 'x\n' | gpgsm --batch --pinentry-mode loopback --passphrase-fd 0 -u bob@example.com \
	--detach-sign "$work/g.ent" >"$work/g.sig" 2>"$work/gpgsm.err"; then
	mkmsg "$work/gpgsm.eml" "bob@example.com"
	{
		printf 'MIME-Version: 1.0\nContent-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="gsm"\n\n'
		printf -- '--gsm\r\n'
		cat "$work/g.ent"
		printf '\r\n--gsm\r\nContent-Type: application/pkcs7-signature; name=smime.p7s\r\nContent-Transfer-Encoding: base64\r\n\r\n'
		base64 -w 64 "$work/g.sig"
		printf -- '--gsm--\n'
	} >>"$work/gpgsm.eml"
	out=$(deliver gpgsm "$work/gpgsm.eml" bob@example.com gpgsm@example.com)
	expect "gpgsm-signed" "smime=pass for bob, class=v3 identity: $(ids_of "$out")" \
		grep -q '^class=v3; trust=organization; addr=bob@example.com' <<<"$(ids_of "$out")"
else
	fail "gpgsm-signed" "gpgsm --detach-sign: $(tail -2 "$work/gpgsm.err")"
fi
if gpgsm --batch -r alice@example.com --encrypt "$work/secret.ent" >"$work/g.enc" 2>"$work/gpgsm.err"; then
	mkmsg "$work/gpgsm-enc.eml" "partner@outside.example"
	{
		printf 'MIME-Version: 1.0\nContent-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\n'
		printf 'Content-Transfer-Encoding: base64\n\n'
		base64 -w 64 "$work/g.enc"
	} >>"$work/gpgsm-enc.eml"
	GPGSM_ENC=$work/gpgsm-enc.eml
else
	fail "gpgsm-encrypted" "gpgsm --encrypt: $(tail -2 "$work/gpgsm.err")"
fi

# ---- 3. nested: alice V4 inside, alice Vp around it (openssl cms twice)
printf 'Content-Type: text/plain; charset=us-ascii\n\nNested body.\n' >"$work/content.txt"
openssl cms -sign -in "$work/content.txt" -signer "$K/alice-v4.pem" -inkey "$K/alice-v4.key" \
	-certfile "$pki/chain.pem" | grep -v '^MIME-Version:' >"$work/inner.ent"
mkmsg "$work/nested.eml" "alice@example.com"
openssl cms -sign -in "$work/inner.ent" -signer "$K/alice-vp.pem" -inkey "$K/alice-vp.key" \
	-certfile "$pki/chain.pem" >>"$work/nested.eml"
out=$(deliver nested "$work/nested.eml" alice@example.com nested@example.com)
expect "nested" "two smime=pass (outer Vp, inner V4): $(ar_of "$out")" \
	test "$(grep -o 'smime=pass' <<<"$(ar_of "$out")" | wc -l)" = 2
expect "nested" "identities class=vp then class=v4" \
	test "$(ids_of "$out" | cut -d';' -f1 | tr '\n' ' ')" = "class=vp class=v4 "
expect "nested" "audit verified=pass:vp,v4" grep -q 'verified=pass:vp,v4 ' <<<"$(audit_of nested@example.com)"

# ---- 3b. frank's certificate expired yesterday (valid from 30 days ago):
# his signature with a token from two days ago (tests/tsad /past/) passes,
# with that time; the same signature without the token is neutral
printf 'Content-Type: text/plain; charset=us-ascii\r\n\r\nSigned before it expired.\r\n' >"$work/f.ent"
expired_msg() { # OUT [TSA-PATH]: frank's multipart/signed, with a token from TSA-PATH
	openssl cms -sign -binary -in "$work/f.ent" -signer "$K/frank-v1.pem" -inkey "$K/frank-v1.key" \
		-certfile "$pki/chain.pem" -outform DER -out "$work/f.p7s" 2>/dev/null || return 1
	if [ -n "${2:-}" ]; then
		"$CM_PY" "$CM_INT/cmstool.py" sig "$work/f.p7s" 0 >"$work/f.sig" &&
			openssl ts -query -data "$work/f.sig" -sha256 -cert -out "$work/f.tsq" 2>/dev/null &&
			curl -s --max-time 10 -H 'Content-Type: application/timestamp-query' \
				--data-binary "@$work/f.tsq" -o "$work/f.tsr" "http://127.0.0.1:$TSA_PORT/$2" &&
			openssl ts -reply -in "$work/f.tsr" -token_out -out "$work/f.tok" 2>/dev/null &&
			"$CM_PY" "$CM_INT/cmstool.py" add "$work/f.p7s" 0 "$work/f.tok" >"$work/f.p7s2" &&
			mv "$work/f.p7s2" "$work/f.p7s" || return 1
	fi
	mkmsg "$1" "frank@example.com"
	{
		printf 'MIME-Version: 1.0\nContent-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="fx"\n\n'
		printf -- '--fx\r\n'
		cat "$work/f.ent"
		printf '\r\n--fx\r\nContent-Type: application/pkcs7-signature; name=smime.p7s\r\nContent-Transfer-Encoding: base64\r\n\r\n'
		base64 -w 64 "$work/f.p7s"
		printf -- '--fx--\n'
	} >>"$1"
}
if expired_msg "$work/expired-ts.eml" past/172800 && expired_msg "$work/expired.eml"; then
	out=$(deliver expired-ts "$work/expired-ts.eml" frank@example.com expired-ts@example.com)
	id=$(ids_of "$out")
	t=$(date -d "${id##*time=}" +%s 2>/dev/null || echo 0)
	off=$(($(date +%s) - 172800 - t))
	expect "expired signer, token from before expiry" "pass, class=v1, time= two days ago (off by ${off#-} s): $id" \
		test -n "$(grep '^class=v1; trust=organization; addr=frank@example.com; time=' <<<"$id")" \
		-a "${off#-}" -lt 120
	out=$(deliver expired "$work/expired.eml" frank@example.com expired@example.com)
	expect "expired signer, no token" "smime=neutral (certificate expired), no identity: $(ar_of "$out")" \
		test -n "$(ar_of "$out" | grep 'smime=neutral reason=".*expired')" -a -z "$(ids_of "$out")"
else
	fail "expired signer" "could not make frank's signed messages (tests/tsad /past/, cmstool.py)"
fi

# ---- 4. tampered, untrusted, another signer than From:
sed 's/line two\./line 2./' "$work/bob.eml" >"$work/tampered.eml"
out=$(deliver tampered "$work/tampered.eml" bob@example.com tampered@example.com)
expect "tampered" "smime=fail: $(ar_of "$out")" grep -q '^mx.test.example; smime=fail ' <<<"$(ar_of "$out")"
expect "tampered" "no identity" test -z "$(ids_of "$out")"
expect "tampered" "audit verified=fail" grep -q 'verified=fail ' <<<"$(audit_of tampered@example.com)"
smime_sign "$work/rogue.eml" "rogue@outside.example" "$work/rogue.pem" "$work/rogue.key"
out=$(deliver rogue "$work/rogue.eml" rogue@outside.example rogue@example.com)
expect "untrusted root" "smime=neutral: $(ar_of "$out")" grep -q 'smime=neutral ' <<<"$(ar_of "$out")"
expect "untrusted root" "no identity" test -z "$(ids_of "$out")"
smime_sign "$work/mismatch.eml" "alice@example.com" "$K/bob-v3.pem" "$K/bob-v3.key"
out=$(deliver mismatch "$work/mismatch.eml" alice@example.com mismatch@example.com)
expect "From: mismatch" "smime=pass reason=\"from-mismatch\" for bob: $(ar_of "$out")" \
	grep -q 'smime=pass reason="from-mismatch" body.smime-identifier=bob@example.com' <<<"$(ar_of "$out")"
expect "From: mismatch" "no identity" test -z "$(ids_of "$out")"

# ---- 5. forged result fields
{
	printf 'Authentication-Results: mx.test.example; smime=pass body.smime-identifier=ceo@example.com\n'
	printf 'Authentication-Results: other.example; dkim=pass header.d=outside.example\n'
	printf 'Authentication-Results: mx.test.example; dkim=pass header.d=example.com\n'
	printf 'Certmilter-Identity: class=v4; trust=organization; addr=ceo@example.com; name="The CEO"\n'
	printf 'Authentication-Results: (comment) MX.TEST.EXAMPLE;\n\tspf=none; smime = pass\n'
	cat "$work/bob.eml"
} >"$work/forged.eml"
out=$(deliver forged "$work/forged.eml" bob@example.com forged@example.com)
expect "forged" "one A-R of mx.test.example left, ours (bob's pass): $(ar_of "$out" | tr '\n' '|')" \
	test "$(ar_of "$out" | grep -ci 'mx.test.example')" = 1 -a "$(ar_of "$out" | grep -c 'ceo@\|dkim=pass header.d=example.com')" = 0
expect "forged" "the other.example A-R is kept" grep -q '^other.example; dkim=pass' <<<"$(ar_of "$out")"
expect "forged" "only our identity (bob's)" test "$(ids_of "$out" | grep -c .)" = 1 -a "$(ids_of "$out" | grep -c 'CEO')" = 0
mkmsg "$work/forged2.eml" "ceo@example.com"
printf 'Certmilter-Identity: class=v4; addr=ceo@example.com\n\nunsigned\n' >>"$work/forged2.eml"
out=$(deliver forged2 "$work/forged2.eml" ceo@example.com forged2@example.com)
expect "forged, unsigned" "no Certmilter-Identity, no A-R added" test -z "$(ids_of "$out")$(ar_of "$out")"
expect "forged, unsigned" "audit verified=none" grep -q 'verified=none ' <<<"$(audit_of forged2@example.com)"

# ---- 6. decryption
encrypt() { # NAME CERT [openssl options] -> WORK/NAME.eml
	local name=$1 cert=$2
	shift 2
	mkmsg "$work/$name.eml" "partner@outside.example"
	openssl cms -encrypt -in "$work/secret.ent" -binary "$@" "$cert" >>"$work/$name.eml" 2>"$work/$name.encerr"
}
decrypted_ok() { # FILE: the delivered entity is secret.ent (CRLF aside)
	local got
	got=$(awk 'f; /^\r?$/ && !f { f = 1 }' "$1" | tr -d '\r')
	test "$got" = "$(sed -n '/^$/,$p' "$work/secret.ent" | sed 1d)" &&
		grep -q '^Content-Type: text/plain; charset=utf-8' "$1" && ! grep -qi 'pkcs7-mime' "$1" &&
		test "$(grep -c '^MIME-Version: 1.0' "$1")" = 1
}
for c in "cbc alice-enc -aes256 alice" "gcm bob-vp -aes-128-gcm bob" "ec dana-enc -aes256 dana"; do
	set -- $c
	rcpt=$4@example.com
	encrypt "enc-$1" "$K/$2.pem" "$3"
	out=$(deliver "enc-$1" "$work/enc-$1.eml" partner@outside.example "$rcpt")
	expect "decrypt $1 ($2, $3)" "the delivered content equals what was encrypted" decrypted_ok "$out"
	expect "decrypt $1" "audit decrypted=yes" grep -q 'decrypted=yes' <<<"$(audit_of "$rcpt")"
done
if [ -n "${GPGSM_ENC:-}" ]; then
	out=$(deliver gpgsm-enc "$GPGSM_ENC" partner@outside.example alice@example.com)
	expect "decrypt gpgsm-encrypted" "the delivered content equals what was encrypted" decrypted_ok "$out"
fi
encrypt enc-two "$K/alice-enc.pem" -aes256
out=$(deliver enc-two "$work/enc-two.eml" partner@outside.example alice@example.com x@example.net)
expect "decrypt, 2nd recipient without key" "passes encrypted" grep -qi '^Content-Type: application/.*pkcs7-mime' "$out"
expect "decrypt, 2nd recipient without key" "audit decrypted=no with the reason: $(audit_of x@example.net | grep -o 'reason=.*')" \
	grep -q 'decrypted=no .*reason="not decrypted: recipient <x@example.net> holds no key' <<<"$(audit_of x@example.net)"
# the envelope adds dana, whose key is in the keystore but to whom the
# sender did not encrypt: dana must not get the clear text
out=$(deliver enc-bcc "$work/enc-two.eml" partner@outside.example alice@example.com dana@example.com)
expect "decrypt, 2nd recipient not encrypted to" "passes encrypted" \
	grep -qi '^Content-Type: application/.*pkcs7-mime' "$out"
expect "decrypt, 2nd recipient not encrypted to" "reason names dana" \
	grep -q 'decrypted=no .*reason="not decrypted: not encrypted to a key of recipient <dana@example.com>' \
	<<<"$(audit_of dana@example.com)"
# signed (carol, opaque) then encrypted to alice: decrypted, then verified
openssl cms -sign -in "$work/secret.ent" -signer "$K/carol-v2.pem" -inkey "$K/carol-v2.pem" \
	-certfile "$pki/chain.pem" -crlfeol | grep -av '^MIME-Version:' >"$work/signed.ent"
mkmsg "$work/sigenc.eml" "carol@example.com"
openssl cms -encrypt -binary -in "$work/signed.ent" -aes256 "$K/alice-enc.pem" >>"$work/sigenc.eml"
out=$(deliver sigenc "$work/sigenc.eml" carol@example.com alice@example.com)
expect "signed inside encrypted" "decrypted=yes verified=pass:v2" \
	grep -q 'verified=pass:v2 decrypted=yes' <<<"$(audit_of alice@example.com)"
expect "signed inside encrypted" "delivered multipart/signed verifies (openssl cms -verify)" \
	openssl cms -verify -in "$out" -CAfile "$pki/org-roots.pem" -purpose smimesign -out /dev/null 2>/dev/null

# ---- 6b. nested by certmilter itself (signing.dual = "nested"): the Vp
# signature around the V4 one, both with timestamps, sent back in
printf 'signing = { dual = "nested"; };\n' >>"$work/certmilter.conf"
cm_stop
cm_start "$work/certmilter.conf" "$MPORT" "$log"
out=$(deliver nested-out "$work/plain.eml" alice@example.com --inside nested-out@sink.example)
if [ -n "$out" ] && grep -q 'multipart/signed' "$out"; then
	out=$(deliver nested-self "$out" alice@example.com nested-self@example.com)
	expect "certmilter nested" "two smime=pass, identities class=vp then class=v4, each with time=: $(ids_of "$out" | cut -c1-40 | tr '\n' '|')" \
		test "$(ids_of "$out" | grep 'time=' | cut -d';' -f1 | tr '\n' ' ')" = "class=vp class=v4 " \
		-a "$(grep -o 'smime=pass' <<<"$(ar_of "$out")" | wc -l)" = 2
	expect "certmilter nested" "audit verified=pass:vp,v4" \
		grep -q 'verified=pass:vp,v4 ' <<<"$(audit_of nested-self@example.com)"
else
	fail "certmilter nested" "the outbound message was not signed: $(tail -2 "$log")"
fi

# ---- 7. revocation of the signer (tests/pki/revsrv.py: openssl ocsp and
# CRLs over http): soft mode, a good and a revoked signer; hard mode with
# the responder and the CRL down: temperror, the message still delivered
R=$work/rev
REV_PORT=$((B + 29))
if bash "$top/tests/pki/mkrev.sh" "$R" "$REV_PORT" $((B + 30)) >/dev/null 2>&1 &&
	for n in sgood srevoked sdown; do
		bash "$top/tests/pki/revissue.sh" "$R" "$n" own "/O=Partner Org/CN=Signer $n" "$n@partner.example" || exit 1
	done &&
	openssl ca -config "$R/openssl.cnf" -revoke "$R/srevoked.pem" -crl_reason keyCompromise 2>/dev/null; then
	"$CM_PY" "$top/tests/pki/revsrv.py" --port "$REV_PORT" --dir "$R" --parent $$ >"$work/revsrv.log" 2>&1 &
	REV_PID=$!
	wait_port "$REV_PORT" 10 "$REV_PID"
	cat "$pki/org-roots.pem" "$R/ca.pem" >"$work/org-rev.pem"
	sed -i "s|organization = \"$pki/org-roots.pem\"|organization = \"$work/org-rev.pem\"|" "$work/certmilter.conf"
	cm_stop
	cm_start "$work/certmilter.conf" "$MPORT" "$log"
	for n in sgood srevoked; do
		smime_sign "$work/$n.eml" "$n@partner.example" "$R/$n.pem" "$R/$n.key"
		out=$(deliver "$n" "$work/$n.eml" "$n@partner.example" "$n@example.com")
		ar=$(ar_of "$out")
		if [ $n = sgood ]; then
			expect "revocation, soft" "a good signer: smime=pass and an identity: $ar" \
				test -n "$(ids_of "$out")" -a -n "$(grep 'smime=pass' <<<"$ar")"
		else
			expect "revocation, soft" "a revoked signer: smime=fail, revoked: $ar" \
				grep -q 'smime=fail reason="the signer.s certificate is revoked' <<<"$ar"
			expect "revocation, soft" "no identity for it" test -z "$(ids_of "$out")"
		fi
	done
	curl -s "http://127.0.0.1:$REV_PORT/mode?ocsp=down&crl=down" >/dev/null
	printf 'revocation = { mode = "hard"; timeout = 2; };\n' >>"$work/certmilter.conf"
	cm_stop
	cm_start "$work/certmilter.conf" "$MPORT" "$log"
	smime_sign "$work/sdown.eml" "sdown@partner.example" "$R/sdown.pem" "$R/sdown.key"
	out=$(deliver sdown "$work/sdown.eml" sdown@partner.example sdown@example.com)
	expect "revocation, hard, responder down" "smime=temperror, delivered: $(ar_of "$out")" \
		grep -q 'smime=temperror reason="revocation status unknown' <<<"$(ar_of "$out")"
	expect "revocation, hard, responder down" "audit verified=temperror action=accept" \
		grep -q 'verified=temperror decrypted=- action=accept' <<<"$(audit_of sdown@example.com)"
	kill "$REV_PID" 2>/dev/null
else
	fail "revocation" "mkrev.sh / revissue.sh failed"
fi

cm_check_exit "$log"
t_summary
