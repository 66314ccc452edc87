#!/bin/bash
#
# mkrev.sh OUTDIR PORT DOWNPORT - the small PKI of the revocation tests
# (tests/unit/check_revocation.c, served by tests/pki/revsrv.py).
#
# Needs bash and the openssl command line tool (OpenSSL 3.0: -crl_lastupdate
# and -crl_nextupdate). EC P-256 keys, so it takes a second; OUTDIR is
# removed and rebuilt. The certificates name http://127.0.0.1:PORT/ocsp
# (Authority Information Access, OCSP) and http://127.0.0.1:PORT/ca.crl
# (CRL distribution point), so the PKI is made for the ports of a run.
#
#   ca.pem/.key          "Rev Test CA", an `openssl ca` database in OUTDIR
#                        (index.txt, serial, crlnumber, openssl.cnf)
#   good.pem             valid, in the index
#   revoked.pem          revoked (keyCompromise)
#   unknown.pem          issued by ca, then dropped from the index: the
#                        responder answers "unknown", the CRL does not list it
#   down.pem             valid; its OCSP responder is 127.0.0.1:DOWNPORT,
#                        where nothing listens; its CRL is the one above
#   bare.pem             valid, neither OCSP responder nor CRL point
#   other.pem            issued by rogue-ca (to pair with ca.pem: not its issuer)
#   resp.pem/.key        delegated responder: issued by ca, id-kp-OCSPSigning
#   resp-noeku.pem/.key  issued by ca, emailProtection only (not a responder)
#   rogue-ca.pem/.key    another CA with the same name "Rev Test CA"
#   rogue-resp.pem/.key  issued by rogue-ca, id-kp-OCSPSigning
#   index-allgood.txt    the index with every certificate valid (what a
#                        forged responder says)
#   ca.crl               CRL of ca (DER), nextUpdate in 30 days: revoked.pem
#   ca-expired.crl       CRL of ca, nextUpdate yesterday
#   ca-forged.crl        CRL with ca's name, signed by rogue-ca, empty
#
# openssl.cnf also has the extension sections rcpt (a recipient's
# encrypting certificate), own (a sender's signing certificate) and tsa,
# each naming the responder and the CRL, for tests/pki/revissue.sh.
set -euo pipefail

if [ $# -ne 3 ]; then
	echo "usage: $0 OUTDIR PORT DOWNPORT" >&2
	exit 2
fi
out=$1 port=$2 down=$3
umask 077
rm -rf -- "$out"
mkdir -p -- "$out"
cd -- "$out"

conf() { # DIR: the openssl.cnf of the CA database in DIR
	cat <<EOF
[req]
distinguished_name = dn
[dn]
[ca]
default_ca = rev
[rev]
dir = $1
database = \$dir/index.txt
new_certs_dir = \$dir/newcerts
certificate = \$dir/ca.pem
private_key = \$dir/ca.key
serial = \$dir/serial
crlnumber = \$dir/crlnumber
default_md = sha256
default_days = 730
default_crl_days = 30
policy = pol
unique_subject = no
copy_extensions = copy
[pol]
commonName = supplied
[pol_any]
organizationName = optional
commonName = supplied
title = optional
[ca_ext]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[leaf]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, keyAgreement
extendedKeyUsage = emailProtection
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
authorityInfoAccess = OCSP;URI:http://127.0.0.1:$port/ocsp
crlDistributionPoints = URI:http://127.0.0.1:$port/ca.crl
[leaf_down]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, keyAgreement
extendedKeyUsage = emailProtection
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
authorityInfoAccess = OCSP;URI:http://127.0.0.1:$down/ocsp
crlDistributionPoints = URI:http://127.0.0.1:$port/ca.crl
[leaf_bare]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, keyAgreement
extendedKeyUsage = emailProtection
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[resp]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature
extendedKeyUsage = OCSPSigning
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[resp_noeku]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature
extendedKeyUsage = emailProtection
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[rcpt]
basicConstraints = critical, CA:false
keyUsage = critical, keyAgreement
extendedKeyUsage = emailProtection
authorityInfoAccess = OCSP;URI:http://127.0.0.1:$port/ocsp
crlDistributionPoints = URI:http://127.0.0.1:$port/ca.crl
[own]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = emailProtection
authorityInfoAccess = OCSP;URI:http://127.0.0.1:$port/ocsp
crlDistributionPoints = URI:http://127.0.0.1:$port/ca.crl
[tsa]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature
extendedKeyUsage = critical, timeStamping
authorityInfoAccess = OCSP;URI:http://127.0.0.1:$port/ocsp
crlDistributionPoints = URI:http://127.0.0.1:$port/ca.crl
EOF
}

key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }

# ca DIR: a self-signed "Rev Test CA" with its database in DIR
mkca() {
	mkdir -p "$1/newcerts"
	conf "$PWD/$1" >"$1/openssl.cnf"
	: >"$1/index.txt"
	echo 1000 >"$1/serial"
	echo 01 >"$1/crlnumber"
	key "$1/ca.key"
	openssl req -x509 -new -key "$1/ca.key" -subj "/CN=Rev Test CA" -days 3650 \
		-config "$1/openssl.cnf" -extensions ca_ext -out "$1/ca.pem"
}

# issue DIR NAME EXT: NAME.pem/.key in the current folder, issued by the CA of DIR
issue() {
	key "$2.key"
	openssl req -new -key "$2.key" -subj "/CN=$2" -config "$1/openssl.cnf" -out "$2.csr"
	openssl ca -batch -notext -config "$1/openssl.cnf" -extensions "$3" -in "$2.csr" \
		-out "$2.pem" 2>/dev/null
	rm -f "$2.csr"
}

mkca .
mkca rogue
cp rogue/ca.pem rogue-ca.pem
cp rogue/ca.key rogue-ca.key
issue . good leaf
issue . revoked leaf
issue . unknown leaf
issue . down leaf_down
issue . bare leaf_bare
issue . resp resp
issue . resp-noeku resp_noeku
issue rogue rogue-resp resp
issue rogue other leaf

openssl ca -config openssl.cnf -revoke revoked.pem -crl_reason keyCompromise 2>/dev/null
serial=$(openssl x509 -in unknown.pem -noout -serial | cut -d= -f2)
grep -v "	$serial	" index.txt >index.tmp && mv index.tmp index.txt
awk -F'\t' 'BEGIN { OFS = "\t" } { $1 = "V"; $3 = ""; print }' index.txt >index-allgood.txt

openssl ca -config openssl.cnf -gencrl -crldays 30 -out ca.crl.pem 2>/dev/null
openssl crl -in ca.crl.pem -outform DER -out ca.crl
openssl ca -config openssl.cnf -gencrl -out expired.pem 2>/dev/null \
	-crl_lastupdate "$(date -u -d '-2 days' +%Y%m%d%H%M%SZ)" \
	-crl_nextupdate "$(date -u -d '-1 day' +%Y%m%d%H%M%SZ)"
openssl crl -in expired.pem -outform DER -out ca-expired.crl
openssl ca -config rogue/openssl.cnf -gencrl -crldays 30 -out forged.pem 2>/dev/null
openssl crl -in forged.pem -outform DER -out ca-forged.crl
rm -f expired.pem forged.pem
