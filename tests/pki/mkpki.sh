#!/bin/bash
#
# mkpki.sh OUTDIR - build the throwaway test PKI used by the unit tests,
# the integration tests and the demo.
#
# Needs only bash and the openssl command line tool (OpenSSL 3.0). OUTDIR
# is removed and rebuilt on every run, and its layout is always the same:
#
#   org-root.pem/.key      "Example Org Root CA"
#   org-ca.pem/.key        "Example Org Issuing CA" (signed by org-root)
#   public-root.pem/.key   "Demo Public Root CA"
#   public-ca.pem/.key     "Demo Public Email CA" (signed by public-root)
#   tls-ca.pem/.key        "Demo TLS Server CA" (signed by public-root, EKU
#                          serverAuth only: it certifies no S/MIME certificate)
#   tsa-root.pem/.key      "Demo TSA Root CA"
#   tsa.pem/.key           time-stamping certificate (signed by tsa-root)
#   tsa-ec.pem/.key        the same with an EC P-256 key (tests/tsad -k ec)
#   tsa-noekp.pem/.key     signed by tsa-root, no timeStamping EKU (tests/tsad)
#   tsa-rogue-root.pem/.key "Rogue TSA Root CA", in no trust bundle
#   tsa-rogue.pem/.key     time-stamping certificate under tsa-rogue-root
#   tsa-ca.pem/.key        "Demo TSA Issuing CA" (signed by tsa-root)
#   tsa-inter.pem/.key     time-stamping certificate under tsa-ca (tests/tsad
#                          /inter: a token without the intermediate)
#   org-roots.pem public-roots.pem tsa-roots.pem all-roots.pem   trust bundles
#   chain.pem              org-ca + public-ca (intermediates)
#   p12pass                PKCS#12 password (mode 0600)
#   keys/                  end-entity certificates and keys (mode 0700)
#   bad/                   mallory-v1.pem + mallory-v1.key, key mode 0644
#   recipients/            directory test recipients (certificate + key each,
#                          see the last block) and directory.txt, the lines
#                          "ADDRESS FILE..." a test directory publishes;
#                          public-ca.der for the AIA test server
#   br/                    certificates with the CA/Browser Forum S/MIME
#                          Baseline Requirements policy OIDs, and EC P-256
#                          dual-use ones (classification tests)
#
# Every certificate passes OpenSSL's X509_V_FLAG_X509_STRICT checks
# (critical basicConstraints, SKID and AKID) and has an RSA-2048 or EC P-256
# key, except rcpt-weak (RSA-1024), which certmilter must refuse.
# End-entity certificates carry SAN email, EKU emailProtection and a critical
# keyUsage. See the ee calls below for each one's subject and usage; all are
# valid for 730 days from now except frank's (one expired, one not yet
# valid) and henry-v1-soon (expires in 10 days).
#
# MKPKI_CACHE=DIR (tests/run.sh sets it): the first run stores its PKI in
# DIR under a key made of this script's hash and today's date (the
# validity periods count from today); later runs copy it from there
# (cp -a: modes and owners kept) instead of generating ~30 RSA keys again.
set -euo pipefail

if [ $# -ne 1 ] || [ -z "$1" ]; then
	echo "usage: $0 OUTDIR" >&2
	exit 2
fi

umask 077
if [ -n "${MKPKI_CACHE:-}" ]; then
	cached=$MKPKI_CACHE/$(sha256sum <"$0" | cut -c1-16)-$(date -u +%Y%m%d)
	if [ ! -f "$cached/.complete" ]; then
		MKPKI_CACHE='' bash "$0" "$1"
		mkdir -p -- "$MKPKI_CACHE"
		tmp=$(mktemp -d "$MKPKI_CACHE/.new.XXXXXX")
		cp -a -- "$1/." "$tmp/"
		touch "$tmp/.complete"
		# another run may have stored it meanwhile: keep the first
		mv -T -- "$tmp" "$cached" 2>/dev/null || rm -rf -- "$tmp"
		exit 0
	fi
	rm -rf -- "$1"
	mkdir -p -- "$1"
	cp -a -- "$cached/." "$1/"
	rm -f -- "$1/.complete"
	exit 0
fi
rm -rf -- "$1"
mkdir -p -- "$1"
OUT=$(cd -- "$1" && pwd)
WORK="$OUT/.work"
mkdir -p "$WORK/new" "$OUT/keys" "$OUT/bad"
: >"$WORK/index.txt"
echo 1000 >"$WORK/serial"

# Dates for openssl ca (UTCTime, YYMMDDHHMMSSZ).
stamp() {
	date -u -d "$1" +%y%m%d%H%M%SZ
}
CA_START=$(stamp '-60 days')
CA_END=$(stamp '+3650 days')
EE_END=$(stamp '+730 days')

cat >"$WORK/openssl.cnf" <<EOF
[ ca ]
default_ca = ca_test

[ ca_test ]
database        = $WORK/index.txt
new_certs_dir   = $WORK/new
serial          = $WORK/serial
default_md      = sha256
policy          = policy_any
unique_subject  = no
email_in_dn     = yes
copy_extensions = none

[ policy_any ]
commonName = supplied

[ req ]
distinguished_name = req_dn
prompt             = no

[ req_dn ]
CN = unused

[ root ]
basicConstraints       = critical,CA:true
keyUsage               = critical,keyCertSign,cRLSign
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always

[ inter ]
basicConstraints       = critical,CA:true,pathlen:0
keyUsage               = critical,keyCertSign,cRLSign
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always

[ inter_tls ]
basicConstraints       = critical,CA:true,pathlen:0
keyUsage               = critical,keyCertSign,cRLSign
extendedKeyUsage       = serverAuth
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always

[ tsa ]
basicConstraints       = critical,CA:false
keyUsage               = critical,digitalSignature,nonRepudiation
extendedKeyUsage       = critical,timeStamping
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always

[ tsa_noekp ]
basicConstraints       = critical,CA:false
keyUsage               = critical,digitalSignature,nonRepudiation
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always

[ ee ]
basicConstraints       = critical,CA:false
keyUsage               = critical,\$ENV::KU
extendedKeyUsage       = emailProtection
subjectAltName         = email:\$ENV::EMAIL
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always

[ ee_aia ]
basicConstraints       = critical,CA:false
keyUsage               = critical,\$ENV::KU
extendedKeyUsage       = emailProtection
subjectAltName         = email:\$ENV::EMAIL
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always
authorityInfoAccess    = caIssuers;URI:\$ENV::AIA

[ ee_br ]
basicConstraints       = critical,CA:false
keyUsage               = critical,\$ENV::KU
extendedKeyUsage       = emailProtection
subjectAltName         = email:\$ENV::EMAIL
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always
certificatePolicies    = \$ENV::POL
EOF

# The [ ee* ] sections read these; every openssl run parses those sections.
export KU=digitalSignature EMAIL=nobody@example.invalid AIA=http://127.0.0.1/ POL=2.5.29.32.0

# newkey FILE [ec|rsa1024]: a fresh RSA-2048 (or EC P-256, or RSA-1024)
# key, mode 0600.
newkey() {
	if [ "${2:-}" = ec ]; then
		openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 \
			-out "$1" 2>/dev/null
	else
		openssl genpkey -algorithm RSA -pkeyopt \
			"rsa_keygen_bits:$([ "${2:-}" = rsa1024 ] && echo 1024 || echo 2048)" \
			-out "$1" 2>/dev/null
	fi
	chmod 600 "$1"
}

# sign BASE ISSUER EXT SUBJECT START END: certificate BASE.pem for key
# BASE.key, signed by ISSUER.pem/.key ("self" = self-signed).
sign() {
	local base=$1 issuer=$2 ext=$3 subj=$4 start=$5 end=$6
	local -a who

	openssl req -new -config "$WORK/openssl.cnf" -key "$base.key" \
		-subj "$subj" -out "$WORK/req.csr"
	if [ "$issuer" = self ]; then
		who=(-selfsign -keyfile "$base.key")
	else
		who=(-cert "$issuer.pem" -keyfile "$issuer.key")
	fi
	if ! openssl ca -batch -notext -preserveDN -config "$WORK/openssl.cnf" \
		"${who[@]}" -extensions "$ext" -startdate "$start" \
		-enddate "$end" -in "$WORK/req.csr" -out "$base.pem" \
		2>"$WORK/ca.log"; then
		cat "$WORK/ca.log" >&2
		exit 1
	fi
	chmod 644 "$base.pem"
}

# ca NAME ISSUER SUBJECT [EXT]: a root (ISSUER "self") or intermediate CA.
ca() {
	local ext=${4:-inter} issuer=$OUT/$2

	if [ "$2" = self ]; then
		ext=root
		issuer=self
	fi
	newkey "$OUT/$1.key"
	sign "$OUT/$1" "$issuer" "$ext" "$3" "$CA_START" "$CA_END"
}

# ee DIR/NAME ISSUER EMAIL KEYUSAGE SUBJECT [START [END [ec [EXT]]]]
ee() {
	local base=$1 issuer=$OUT/$2
	newkey "$base.key" "${8:-}"
	KU=$4 EMAIL=$3 sign "$base" "$issuer" "${9:-ee}" "$5" "${6:-$(stamp now)}" \
		"${7:-$EE_END}"
}

ca org-root self "/O=Example Org/CN=Example Org Root CA"
ca org-ca org-root "/O=Example Org/CN=Example Org Issuing CA"
ca public-root self "/O=Demo Public Trust/CN=Demo Public Root CA"
ca public-ca public-root "/O=Demo Public Trust/CN=Demo Public Email CA"
ca tls-ca public-root "/O=Demo Public Trust/CN=Demo TLS Server CA" inter_tls
ca tsa-root self "/O=Demo Time/CN=Demo TSA Root CA"
newkey "$OUT/tsa.key"
sign "$OUT/tsa" "$OUT/tsa-root" tsa "/O=Demo Time/CN=Demo Time Stamping Authority" \
	"$CA_START" "$EE_END"
newkey "$OUT/tsa-ec.key" ec
sign "$OUT/tsa-ec" "$OUT/tsa-root" tsa "/O=Demo Time/CN=Demo Time Stamping Authority EC" \
	"$CA_START" "$EE_END"

# For the test TSA (tests/tsad): one certificate the TSA trust bundle must
# refuse for its usage, one under a root that is in no bundle.
newkey "$OUT/tsa-noekp.key"
sign "$OUT/tsa-noekp" "$OUT/tsa-root" tsa_noekp \
	"/O=Demo Time/CN=Demo TSA without timeStamping" "$CA_START" "$EE_END"
ca tsa-rogue-root self "/O=Rogue Time/CN=Rogue TSA Root CA"
ca tsa-ca tsa-root "/O=Demo Time/CN=Demo TSA Issuing CA"
newkey "$OUT/tsa-inter.key"
sign "$OUT/tsa-inter" "$OUT/tsa-ca" tsa "/O=Demo Time/CN=Demo TSA under an intermediate" \
	"$CA_START" "$EE_END"
newkey "$OUT/tsa-rogue.key"
sign "$OUT/tsa-rogue" "$OUT/tsa-rogue-root" tsa "/O=Rogue Time/CN=Rogue Time Stamping Authority" \
	"$CA_START" "$EE_END"

cat "$OUT/org-root.pem" >"$OUT/org-roots.pem"
cat "$OUT/public-root.pem" >"$OUT/public-roots.pem"
cat "$OUT/tsa-root.pem" >"$OUT/tsa-roots.pem"
cat "$OUT/org-ca.pem" "$OUT/public-ca.pem" >"$OUT/chain.pem"
cat "$OUT/org-root.pem" "$OUT/public-root.pem" "$OUT/tsa-root.pem" >"$OUT/all-roots.pem"
chmod 644 "$OUT"/*.pem

K=$OUT/keys
SIGN=digitalSignature
SIGNNR=digitalSignature,nonRepudiation
DUAL=digitalSignature,keyEncipherment

# alice: V4 identity, Vp (public, dual use) and an encrypting certificate.
ee "$K/alice-v4" org-ca alice@example.com "$SIGNNR" \
	"/C=DE/L=Berlin/O=Example Org/CN=Alice Example/title=Head of Sales"
ee "$K/alice-vp" public-ca alice@example.com "$DUAL" "/CN=alice@example.com"
ee "$K/alice-enc" org-ca alice@example.com keyEncipherment \
	"/C=DE/L=Berlin/O=Example Org/CN=Alice Example"

# bob: V3 (organization, no person's name) and Vp.
ee "$K/bob-v3" org-ca bob@example.com "$SIGN" \
	"/O=Example Org/L=Hamburg/C=DE/CN=bob@example.com"
ee "$K/bob-vp" public-ca bob@example.com "$DUAL" "/CN=bob@example.com"

# carol: V2 (person, no O), written as one combined PEM (cert + key).
ee "$WORK/carol-v2" org-ca carol@example.com "$SIGN" \
	"/CN=Carol Person/givenName=Carol/surname=Person/L=Munich/C=DE"
cat "$WORK/carol-v2.pem" "$WORK/carol-v2.key" >"$K/carol-v2.pem"
chmod 600 "$K/carol-v2.pem"

# dave: V1 rollover; the newer notBefore must win.
ee "$K/dave-v1-old" org-ca dave@example.com "$SIGNNR" "/CN=dave@example.com" \
	"$(stamp '-2 days')"
ee "$K/dave-v1-new" org-ca dave@example.com "$SIGNNR" "/CN=dave@example.com"

# erin: V4 in a PKCS#12 file (AES-256 PBE, with the issuing CA).
openssl rand -hex 16 >"$OUT/p12pass"
chmod 600 "$OUT/p12pass"
ee "$WORK/erin-v4" org-ca erin@example.com "$SIGNNR" \
	"/C=DE/L=Berlin/O=Example Org/CN=Erin Example/title=Engineer"
openssl pkcs12 -export -in "$WORK/erin-v4.pem" -inkey "$WORK/erin-v4.key" \
	-certfile "$OUT/org-ca.pem" -name erin@example.com \
	-passout "file:$OUT/p12pass" -keypbe AES-256-CBC -certpbe AES-256-CBC \
	-macalg sha256 -out "$K/erin-v4.p12"
chmod 600 "$K/erin-v4.p12"

# frank: one expired, one not yet valid.
ee "$K/frank-v1" org-ca frank@example.com "$SIGN" "/CN=frank@example.com" \
	"$(stamp '-30 days')" "$(stamp '-1 day')"
ee "$K/frank-v1-future" org-ca frank@example.com "$SIGN" "/CN=frank@example.com" \
	"$(stamp '+10 days')" "$(stamp '+400 days')"

# grace: EC P-256 V2 signing certificate.
ee "$K/grace-v2-ec" org-ca grace@example.com "$SIGN" \
	"/CN=Grace Person/L=Cologne/C=DE" "" "" ec

# mallory: a key readable by others, which the keystore must refuse.
ee "$OUT/bad/mallory-v1" org-ca mallory@example.com "$SIGN" "/CN=mallory@example.com"
chmod 644 "$OUT/bad/mallory-v1.key"

# henry: a V1 certificate that expires in 10 days (certmilter -n lists it,
# the daemon warns about it at start and daily).
ee "$K/henry-v1-soon" org-ca henry@example.com "$SIGN" "/CN=henry@example.com" \
	"$(stamp '-20 days')" "$(stamp '+10 days')"

# ---- Directory recipients (issue 4): certificates a directory publishes
# for outside recipients, each NAME.pem with its NAME.key, under
# public-ca unless said otherwise. directory.txt says which address
# publishes which files (the files, http and ldap test directories).
R=$OUT/recipients
mkdir -p "$R"
ENC=keyEncipherment
# encrypting-only RSA; dual use (Vp); EC P-256 key agreement
ee "$R/rcpt-enc" public-ca rcpt-enc@example.net "$ENC" "/CN=Recipient Enc"
ee "$R/rcpt-vp" public-ca rcpt-vp@example.net "$DUAL" "/CN=rcpt-vp@example.net"
ee "$R/rcpt-ec" public-ca rcpt-ec@example.net keyAgreement "/CN=Recipient EC" "" "" ec
# never to be used: signing only; expired; names another address
ee "$R/rcpt-sign" public-ca rcpt-sign@example.net "$SIGN" "/CN=Recipient Sign"
ee "$R/rcpt-expired" public-ca rcpt-expired@example.net "$ENC" "/CN=Recipient Expired" \
	"$(stamp '-30 days')" "$(stamp '-1 day')"
ee "$R/rcpt-other" public-ca someone-else@example.net "$ENC" "/CN=Recipient Other"
# two encrypting certificates for one address: the newer notBefore wins
ee "$R/rcpt-two-old" public-ca rcpt-two@example.net "$ENC" "/CN=Recipient Two" \
	"$(stamp '-2 days')"
ee "$R/rcpt-two-new" public-ca rcpt-two@example.net "$ENC" "/CN=Recipient Two"
# encrypting-only (older) beats dual use (newer)
ee "$R/rcpt-mix-enc" public-ca rcpt-mix@example.net "$ENC" "/CN=Recipient Mix" \
	"$(stamp '-2 days')"
ee "$R/rcpt-mix-dual" public-ca rcpt-mix@example.net "$DUAL" "/CN=Recipient Mix"
# encrypting, but under the organization's CA (not in a public trust bundle)
ee "$R/rcpt-org" org-ca rcpt-org@example.net "$ENC" "/CN=Recipient Org"
# an address with characters that URLs and LDAP filters must escape
ee "$R/rcpt-odd" public-ca 'odd*(x)\y+z@example.net' "$ENC" "/CN=Recipient Odd"
# never to be used either: under a CA for TLS servers only (published with
# that CA); an RSA-1024 key
ee "$R/rcpt-tlsca" tls-ca rcpt-tlsca@example.net "$ENC" "/CN=Recipient TLS CA"
ee "$R/rcpt-weak" public-ca rcpt-weak@example.net "$ENC" "/CN=Recipient Weak" "" "" rsa1024
# nor a self-signed one, as an attacker could publish (an http directory in
# clear, a source without trust)
newkey "$R/rcpt-self.key"
KU=$ENC EMAIL=rcpt-self@example.net sign "$R/rcpt-self" self ee "/CN=Recipient Self" \
	"$(stamp now)" "$EE_END"
# a leaf-only answer whose issuer is found only through its Authority
# Information Access caIssuers URL (tests/integration/t_chains.sh serves
# public-ca.der there, loopback port 39180)
AIA=http://127.0.0.1:39180/public-ca.der ee "$R/rcpt-aia" public-ca rcpt-aia@example.net \
	"$ENC" "/CN=Recipient AIA" "" "" "" ee_aia
openssl x509 -in "$OUT/public-ca.pem" -outform DER -out "$R/public-ca.der"
cp "$OUT/public-ca.pem" "$R/public-ca.pem"
cp "$OUT/tls-ca.pem" "$R/tls-ca.pem"
cat >"$R/directory.txt" <<'EOF2'
# ADDRESS FILE...: what the test directories publish for each address
# (files relative to this directory; PEM, first certificate first).
rcpt-enc@example.net rcpt-enc.pem
rcpt-vp@example.net rcpt-vp.pem public-ca.pem
rcpt-ec@example.net rcpt-ec.pem
rcpt-sign@example.net rcpt-sign.pem
rcpt-expired@example.net rcpt-expired.pem
rcpt-other@example.net rcpt-other.pem
rcpt-two@example.net rcpt-two-old.pem rcpt-two-new.pem
rcpt-mix@example.net rcpt-mix-dual.pem rcpt-mix-enc.pem
rcpt-org@example.net rcpt-org.pem
odd*(x)\y+z@example.net rcpt-odd.pem
rcpt-tlsca@example.net rcpt-tlsca.pem tls-ca.pem
rcpt-weak@example.net rcpt-weak.pem
rcpt-self@example.net rcpt-self.pem
rcpt-aia@example.net rcpt-aia.pem
EOF2
chmod 755 "$R"
chmod 644 "$R"/*.pem "$R/directory.txt" "$R/public-ca.der"
chmod 600 "$R"/*.key

# ---- S/MIME Baseline Requirements (classification tests): the policy OID
# 2.23.140.1.5.G.N decides the identity level whatever the subject says
# (each subject here would give another class by the subject rules); EC
# P-256 dual use (digitalSignature + keyAgreement) under the public CA (Vp)
# and under the organization's CA (not Vp: V1 by its subject).
B=$OUT/br
mkdir -p "$B"
POL=2.23.140.1.5.1.2 ee "$B/br-mailbox" org-ca br-mailbox@example.com "$SIGN" \
	"/C=DE/L=Berlin/O=Example Org/CN=Brenda Example/title=Clerk" "" "" "" ee_br
POL=2.23.140.1.5.2.3 ee "$B/br-org" org-ca br-org@example.com "$SIGN" \
	"/CN=br-org@example.com" "" "" "" ee_br
POL=2.23.140.1.5.3.1 ee "$B/br-sponsor" org-ca br-sponsor@example.com "$SIGN" \
	"/CN=br-sponsor@example.com" "" "" "" ee_br
POL=2.23.140.1.5.4.2 ee "$B/br-individual" org-ca br-individual@example.com "$SIGN" \
	"/O=Example Org/L=Berlin/C=DE/CN=br-individual@example.com" "" "" "" ee_br
ee "$B/ec-dual-vp" public-ca ec-dual@example.com digitalSignature,keyAgreement \
	"/CN=ec-dual@example.com" "" "" ec
ee "$B/ec-dual-org" org-ca ec-dual-org@example.com digitalSignature,keyAgreement \
	"/CN=ec-dual-org@example.com" "" "" ec
chmod 755 "$B"
chmod 644 "$B"/*.pem
chmod 600 "$B"/*.key

chmod 700 "$K" "$OUT/bad"
chmod 600 "$K"/*.key
rm -rf "$WORK"
