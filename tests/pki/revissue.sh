#!/bin/bash
#
# revissue.sh PKI NAME EXT SUBJECT [EMAIL] - one more certificate from the
# CA of tests/pki/mkrev.sh's PKI: PKI/NAME.pem and PKI/NAME.key (EC P-256),
# with the extensions of section EXT of PKI/openssl.cnf (rcpt, own, tsa,
# ...), SUBJECT as the subject (O, CN, title) and, with EMAIL, the
# subjectAltName email:EMAIL. The certificate is in the CA's database, so
# `openssl ca -config PKI/openssl.cnf -revoke PKI/NAME.pem` revokes it.
set -euo pipefail

if [ $# -lt 4 ] || [ $# -gt 5 ]; then
	echo "usage: $0 PKI NAME EXT SUBJECT [EMAIL]" >&2
	exit 2
fi
pki=$1 name=$2 ext=$3 subject=$4 email=${5:-}
san=()
[ -n "$email" ] && san=(-addext "subjectAltName = email:$email")
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$pki/$name.key" 2>/dev/null
openssl req -new -key "$pki/$name.key" -subj "/CN=x" "${san[@]}" -config "$pki/openssl.cnf" \
	-out "$pki/$name.csr"
openssl ca -batch -notext -config "$pki/openssl.cnf" -policy pol_any -extensions "$ext" \
	-subj "$subject" -in "$pki/$name.csr" -out "$pki/$name.pem" 2>/dev/null
