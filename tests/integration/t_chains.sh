#!/usr/bin/env bash
# t_chains.sh - recipients' certificates as real directories serve them:
# the end-entity certificate alone (certmilter.conf(5) DIRECTORY SOURCES,
# keystore.chain_bundle, directory.sources.intermediates,
# directory.fetch_issuers), through a real Postfix, the real certmilter, a
# real HTTP directory (dirserver.py), a real slapd and a real HTTP server
# (python3 -m http.server) publishing the issuing CA at the URL the
# certificate's Authority Information Access names; and certmilter -L
# (certmilter(8)).
#
# Every source's trust bundle holds the public root alone, never the
# issuing CA ("Demo Public Email CA").
#
#   matrix      http PEM, http DER and ldap (userCertificate;binary), each
#               with the issuing CA found only (a) in keystore.chain_bundle,
#               (b) in the source's intermediates, (c) through AIA
#               caIssuers: encrypted, and openssl cms -decrypt with the
#               recipient's key gives the entity; (c) fetched the issuer
#               from the AIA server once per certmilter (cached)
#   negative    the leaf alone and its issuer nowhere (rcpt-enc has no
#               AIA), or AIA not allowed (directory.fetch_issuers = false):
#               signed, not encrypted, missing=<...>
#   -L          found (exit 0, the path with where each certificate came
#               from, "revocation: not checked: no OCSP responder ..."), refused (exit 1 with the
#               reason: signing-only usage; a chain that cannot be built),
#               unavailable (the directory down: exit 2, why)
#
# environment: CERTMILTER; ports 39025-39027 (Postfix, sink), 39100 (http
#   directory), 39101 (nothing listens), 39180 (AIA), 39389 (ldap),
#   milter 39894.
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
PORT_IN=39025 PORT_PLAIN=39026 SINK_PORT=39027 HTTP_PORT=39100 DEAD_PORT=39101
AIA_PORT=39180 LDAP_PORT=39389 MPORT=39894
work=$(mktemp -d /tmp/t_chains.XXXXXX)
chmod 755 "$work"
DIR_PID= AIA_PID=
finish() {
	t_cleanup
	[ -n "$DIR_PID" ] && kill "$DIR_PID" 2>/dev/null
	[ -n "$AIA_PID" ] && kill "$AIA_PID" 2>/dev/null
	bash "$CM_INT/slapd.sh" stop "$work/slapd" >/dev/null 2>&1
	rm -rf "$work"
}
trap finish EXIT
t_need_root chains

bash "$top/tests/pki/mkpki.sh" "$work/pki" >/dev/null || exit 1
pki=$work/pki R=$work/pki/recipients
log=$work/certmilter.log
HTTP="http://127.0.0.1:$HTTP_PORT"
LDAP_URL="ldap://127.0.0.1:$LDAP_PORT/ou=people,dc=example,dc=net?userCertificate;binary?sub?(mail=%{email})"
# the keystore's chain bundle without the public issuing CA (the sender's
# identity certificate still has its chain)
cp "$pki/org-ca.pem" "$work/org-chain.pem"
cp "$pki/public-ca.pem" "$work/partner-intermediates.pem"

# write_conf FILE SOURCE WHERE [extra directory keys]: SOURCE pem | der |
# ldap | dead; WHERE bundle (chain.pem with the issuing CA) | inter (the
# source's intermediates) | aia (neither)
write_conf() {
	local file=$1 src chain=$work/org-chain.pem inter=
	case $3 in
	bundle) chain=$pki/chain.pem ;;
	inter) inter="intermediates = \"$work/partner-intermediates.pem\";" ;;
	esac
	case $2 in
	pem | der) src="{ type = \"http\"; url = \"$HTTP/$2?email=%{email}\"; timeout = 5; trust = \"$pki/public-roots.pem\"; $inter }" ;;
	dead) src="{ type = \"http\"; url = \"http://127.0.0.1:$DEAD_PORT/der?email=%{email}\"; timeout = 2; trust = \"$pki/public-roots.pem\"; }" ;;
	ldap) src="{ type = \"ldap\"; url = \"$LDAP_URL\"; timeout = 5; trust = \"$pki/public-roots.pem\"; $inter }" ;;
	esac
	cat >"$work/policy.conf" <<-EOF
		defaults = { sign = [ "identity" ]; timestamp = "none";
		             encrypt = "opportunistic"; missing_certificate = "plaintext"; };
	EOF
	cat >"$file" <<-EOF
		policy_file = "$work/policy.conf";
		spool_dir = "$work";
		outbound = { internal_networks = [ "127.0.0.0/8" ]; };
		keystore = { directories = [ "$pki/keys" ]; pkcs12_password_file = "$pki/p12pass";
		             chain_bundle = "$chain"; };
		trust = { organization = "$pki/org-roots.pem"; public = "$pki/public-roots.pem"; };
		encryption = { to_sender = false; };
		directory = { sources = ( { type = "keystore"; }, $src ); ${4:-} };
	EOF
}
conf() {
	cm_stop
	write_conf "$work/certmilter.conf" "$@"
	cm_start "$work/certmilter.conf" "$MPORT" "$log"
}
aia_fetches() { grep -c 'GET /public-ca.der' "$work/aia.log"; }

setup() {
	"$CM_PY" "$CM_INT/dirserver.py" --port "$HTTP_PORT" --map "$R/directory.txt" \
		>"$work/dirserver.log" 2>&1 &
	DIR_PID=$!
	wait_port "$HTTP_PORT" 10 "$DIR_PID" || return 1
	"$CM_PY" -u -m http.server --bind 127.0.0.1 --directory "$R" "$AIA_PORT" \
		>"$work/aia.log" 2>&1 &
	AIA_PID=$!
	wait_port "$AIA_PORT" 10 "$AIA_PID" || return 1
	bash "$CM_INT/slapd.sh" start "$work/slapd" "$LDAP_PORT" "$R/directory.txt" >/dev/null || return 1
	sink_start "$work/sink" "$SINK_PORT" || return 1
	conf pem bundle || return 1
	pf_setup "$work/pf" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "inet:127.0.0.1:$MPORT" || return 1
}
if ! setup; then
	fail setup "could not start the services"
	t_summary
	exit 1
fi

N=0
# send NAME RCPT: one message through the milter; OUT = its delivery
send() {
	local before
	N=$((N + 1))
	{
		printf 'From: Alice Example <alice@example.com>\nTo: %s\n' "$2"
		printf 'Subject: chains test %s\nMessage-ID: <%s.%d@example.com>\n\n' "$1" "$1" "$$"
		printf 'The figures for %s: 4711, 0815.\n' "$1"
	} >"$work/$1.eml"
	before=$(sink_count)
	OUT=
	if pf_send "$PORT_IN" "$work/$1.eml" alice@example.com "$2" >/dev/null 2>"$work/$1.err" &&
		sink_wait $((before + 1)) 30; then
		OUT=$(grep -lE "^Subject: chains test $1"$'\r?$' "$CM_SINK_DIR"/*.eml 2>/dev/null | tail -1)
	fi
}
audit_last() { grep -E ': dir=out ' "$log" | tail -1; }
expect_audit() { # name regex
	local line
	sleep 0.2
	line=$(audit_last)
	if grep -qE "$2" <<<"$line"; then
		pass "$1 audit: ${line#*: }"
	else
		fail "$1 audit" "want /$2/, got: $line"
	fi
}
is_encrypted() {
	grep -qiE '^Content-Type: application/pkcs7-mime; *smime-type=enveloped-data' "$1"
}
# encrypted_to NAME RCPT-CERT: OUT is encrypted and RCPT-CERT's key decrypts it
encrypted_to() {
	if [ -z "$OUT" ] || ! is_encrypted "$OUT"; then
		fail "$1 encrypted" "not enveloped-data: ${OUT:-nothing delivered} $(cat "$work/$1.err" 2>/dev/null)"
		return
	fi
	if openssl cms -decrypt -in "$OUT" -recip "$R/$2.pem" -inkey "$R/$2.key" \
		-out "$work/$1.dec" 2>"$work/$1.dec.err" &&
		grep -q "The figures for $1" "$work/$1.dec"; then
		pass "$1: encrypted, openssl cms -decrypt with $2's key gives the entity"
	else
		fail "$1 decrypt" "$(head -2 "$work/$1.dec.err")"
	fi
}
not_encrypted() { # name
	if [ -n "$OUT" ] && ! is_encrypted "$OUT" && grep -qi '^Content-Type: multipart/signed' "$OUT"; then
		pass "$1: signed, not encrypted"
	else
		fail "$1 not encrypted" "${OUT:-nothing delivered}"
	fi
}

# ------------------------------------------------------------------ matrix
for src in pem der ldap; do
	for where in bundle inter aia; do
		rcpt=rcpt-enc
		[ $where = aia ] && rcpt=rcpt-aia
		conf $src $where || {
			fail "$src/$where" "certmilter did not start"
			continue
		}
		f0=$(aia_fetches)
		send "$src-$where" "$rcpt@example.net"
		encrypted_to "$src-$where" $rcpt
		expect_audit "$src-$where" "encrypted=1/1 cipher=aes-256-cbc"
		if [ $where = aia ]; then
			if [ $(($(aia_fetches) - f0)) -eq 1 ]; then
				pass "$src-aia: the issuer fetched from its caIssuers URL once"
			else
				fail "$src-aia fetch" "$(($(aia_fetches) - f0)) fetches of /public-ca.der"
			fi
			# ------------------------------------------- negative
			send "$src-none" rcpt-enc@example.net
			not_encrypted "$src-none: leaf alone, its issuer nowhere"
			expect_audit "$src-none" 'encrypted=0/1 missing=<rcpt-enc@example.net> action=accept'
		fi
	done
done
conf der aia "fetch_issuers = false;"
f0=$(aia_fetches)
send noaia rcpt-aia@example.net
not_encrypted "fetch_issuers = false: leaf with AIA"
expect_audit noaia 'encrypted=0/1 missing=<rcpt-aia@example.net> action=accept'
if [ "$(aia_fetches)" -eq "$f0" ]; then
	pass "fetch_issuers = false: no AIA request"
else
	fail "fetch_issuers = false" "the AIA server was asked"
fi
cm_stop

# ---------------------------------------------------------------------- -L
bin=$(cm_binary)
# lookup NAME WANT-RC ADDR SOURCE WHERE [extra]: certmilter -L; L = output
lookup() {
	local name=$1 want=$2 rc
	write_conf "$work/lookup-$name.conf" "$4" "$5" "${6:-}"
	L=$("$bin" -c "$work/lookup-$name.conf" -L "$3" 2>"$work/lookup-$name.err")
	rc=$?
	printf '%s\n' "$L" >"$work/lookup-$name.out"
	if [ $rc -eq "$want" ]; then
		pass "-L $name: exit $rc"
	else
		fail "-L $name exit" "want $want, got $rc: $(tail -3 "$work/lookup-$name.err")"
	fi
}
has() { # name regex...
	local name=$1 re
	shift
	for re in "$@"; do
		if grep -qE -- "$re" <<<"$L"; then
			pass "-L $name: /$re/"
		else
			fail "-L $name" "no line /$re/ in: $(tr '\n' '|' <<<"$L")"
		fi
	done
}
lookup found 0 rcpt-aia@example.net der aia
has found '^source 2: http http://127.0.0.1:39100/der\?email=%\{email\}$' \
	'^  answer: 1 certificate\(s\)$' '^    subject:  CN = Recipient AIA$' \
	'^    serial:   [0-9A-F]+$' '^    issuer:   O = Demo Public Trust, CN = Demo Public Email CA$' \
	'^    notAfter: ' '^    usage: ok$' '^    address: ok$' '^    chain: ok' \
	'^      path\[0\]: CN = Recipient AIA  \(from the answer\)$' \
	"^      path\[1\]: O = Demo Public Trust, CN = Demo Public Email CA  \(from AIA caIssuers http://127.0.0.1:$AIA_PORT/public-ca.der\)$" \
	"^      path\[2\]: O = Demo Public Trust, CN = Demo Public Root CA  \(from the source's trust bundle\)$" \
	'^    revocation: not checked: no OCSP responder or CRL distribution point \(http\)$' '^    => usable$' \
	'^result: usable certificate, from directory.sources\[2\]$'
lookup inter 0 rcpt-enc@example.net ldap inter
has inter '^      path\[1\]: O = Demo Public Trust, CN = Demo Public Email CA  \(from directory.sources\[2\].intermediates\)$'
lookup bundle 0 rcpt-enc@example.net pem bundle
has bundle '^      path\[1\]: O = Demo Public Trust, CN = Demo Public Email CA  \(from keystore.chain_bundle\)$'
lookup signing 1 rcpt-sign@example.net pem bundle
has signing '^    usage: RSA key without keyEncipherment$' \
	'^    => not used: RSA key without keyEncipherment$' '^result: no usable certificate$'
lookup nochain 1 rcpt-enc@example.net der aia
has nochain "^    chain: does not verify to the source's trust bundle: unable to get local issuer certificate$" \
	'^    revocation: not checked$' '^result: no usable certificate$'
lookup down 2 rcpt-enc@example.net dead aia
has down "^  answer: unavailable: http://127.0.0.1:$DEAD_PORT/der\?email=rcpt-enc%40example.net: connection refused$" \
	'^result: no usable certificate \(a source was unavailable\)$'
lookup nobody 1 nobody@example.net pem bundle
has nobody '^  answer: 0 certificate\(s\) \(no certificate\)$'

t_summary
