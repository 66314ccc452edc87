#!/usr/bin/env bash
# bench/eckeys.sh PKI DIR - the keystore of bench/run.sh's dualts-ecsig row
# (issue #17 item 5): DIR/keys, a copy of PKI/keys (tests/pki/mkpki.sh)
# whose alice-v4 and alice-vp are EC P-256 key pairs instead of RSA-2048,
# issued by the same CAs (org-ca, public-ca) with the same subjects and
# extensions as mkpki.sh gives the RSA ones (the Vp's keyEncipherment
# becomes keyAgreement, what an EC key does). Exit 1 if a step fails.
set -euo pipefail
pki=$1 dir=$2
rm -rf "$dir/keys"
cp -a "$pki/keys" "$dir/keys"
# NAME CA KEYUSAGE SUBJECT
issue() {
	local name=$1 ca=$2 ku=$3 subj=$4 k=$dir/keys/$1
	openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$k.key" 2>/dev/null
	chmod 600 "$k.key"
	printf '%s\n' "basicConstraints = critical,CA:false" "keyUsage = critical,$ku" \
		"extendedKeyUsage = emailProtection" "subjectAltName = email:alice@example.com" \
		"subjectKeyIdentifier = hash" "authorityKeyIdentifier = keyid:always" >"$dir/$name.ext"
	openssl req -new -key "$k.key" -subj "$subj" -out "$dir/$name.csr" 2>/dev/null
	openssl x509 -req -in "$dir/$name.csr" -CA "$pki/$ca.pem" -CAkey "$pki/$ca.key" \
		-set_serial "0x$(openssl rand -hex 8)" -days 365 -sha256 -extfile "$dir/$name.ext" \
		-out "$k.pem" 2>/dev/null
	rm -f "$dir/$name.csr" "$dir/$name.ext"
}
issue alice-v4 org-ca digitalSignature,nonRepudiation \
	"/C=DE/L=Berlin/O=Example Org/CN=Alice Example/title=Head of Sales"
issue alice-vp public-ca digitalSignature,keyAgreement "/CN=alice@example.com"
