#!/usr/bin/env bash
# t_checkconf.sh - certmilter -n on the contrib example (paths pointed at the
# test PKI) lists every keystore address with its class and expiry and exits
# 0; broken configurations and policies exit 1 naming file, line and key.
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
CERTMILTER=${CERTMILTER:-$top/build/gcc/certmilter}
work=$(mktemp -d /tmp/t_checkconf.XXXXXX)
trap 'rm -rf "$work"' EXIT
P=0 F=0
pass() { P=$((P + 1)); echo "PASS: $*"; }
fail() { F=$((F + 1)); echo "FAIL: $*"; }

bash "$top/tests/pki/mkpki.sh" "$work/pki" >/dev/null
# the example's ldap source names a bundle of the partner's intermediates
cp "$work/pki/public-ca.pem" "$work/pki/partner-intermediates.pem"
sed -e "s|/etc/certmilter/policy.conf|$top/contrib/policy.conf|" \
	-e "s|/etc/certmilter|$work/pki|g" "$top/contrib/certmilter.conf" >"$work/example.conf"

out=$("$CERTMILTER" -n -c "$work/example.conf" 2>&1)
rc=$?
if [ $rc -eq 0 ]; then pass "-n on the contrib example exits 0"; else fail "-n on the contrib example exits $rc: $out"; fi
# its ldap:// source is reached in clear: a warning (issue 20, finding 4)
if grep -q "^warning: $work/example.conf: directory.sources\[3\]: ldap://ldap.example.net/.* is cleartext: an attacker on the path can answer \"no certificate\"" <<<"$out" &&
	! grep -q 'directory.sources\[2\]: https://' <<<"$out"; then
	pass "-n warns about the cleartext ldap:// source (not the https:// one)"
else
	fail "-n does not warn about the cleartext ldap:// source: $(grep -i cleartext <<<"$out")"
fi

# Each certificate the PKI issued with a key, by design of tests/pki/mkpki.sh:
# file, address, class. Expiry read from the certificate with openssl.
while read -r file addr class; do
	pem="$work/pki/keys/$file"
	[ -f "$pem" ] || { fail "-n: test PKI lacks $file"; continue; }
	exp=$(date -u -d "$(openssl x509 -in "$pem" -noout -enddate | cut -d= -f2)" +%Y-%m-%d)
	if grep -Eq "^ +$addr +$class +(key|cert-only) expires $exp" <<<"$out"; then
		pass "-n lists $addr $class expiring $exp"
	else
		fail "-n does not list $addr $class expiring $exp"
	fi
done <<'LIST'
alice-v4.pem alice@example.com v4
alice-vp.pem alice@example.com vp
alice-enc.pem alice@example.com encrypting
bob-v3.pem bob@example.com v3
bob-vp.pem bob@example.com vp
carol-v2.pem carol@example.com v2
dave-v1-new.pem dave@example.com v1
grace-v2-ec.pem grace@example.com v2
LIST
# which step of the class ladder decided (certmilter.conf(5) CERTIFICATE CLASSES)
for want in 'alice@example.com +vp .*\(class by dual use \(digitalSignature \+ keyEncipherment, RSA\) chaining to trust.public\)$' \
	'alice@example.com +v4 .*\(class by subject: O, a person.s name and a title\)$' \
	'carol@example.com +v2 .*\(class by subject: a person.s name, no O\)$'; do
	if grep -Eq "^ +$want" <<<"$out"; then
		pass "-n names the deciding rule: $want"
	else
		fail "-n does not name the rule /$want/: $(grep -E '^ +(alice|carol)@' <<<"$out")"
	fi
done
if grep -q "frank@example.com" <<<"$out"; then
	fail "-n lists frank's expired / not yet valid certificates"
else
	pass "-n leaves out expired and not-yet-valid certificates"
fi

# Broken files: each must exit 1 and name FILE:LINE: KEY.
check_bad() { # name conf-text expected-regex [policy-text]
	local name=$1 text=$2 want=$3 pol=${4:-}
	printf '%s\n' "$text" >"$work/$name.conf"
	if [ -n "$pol" ]; then
		printf '%s\n' "$pol" >"$work/$name.policy"
	fi
	local o rc
	o=$("$CERTMILTER" -n -c "$work/$name.conf" 2>&1)
	rc=$?
	if [ $rc -eq 1 ] && grep -Eq "$want" <<<"$o"; then
		pass "-n $name: exit 1, $(head -1 <<<"$o" | cut -c1-100)"
	else
		fail "-n $name: exit $rc, wanted /$want/, got: $o"
	fi
}
base="policy_file = \"$work/good.policy\";"
printf 'rules = ( { from = "*@example.com"; } );\n' >"$work/good.policy"
check_bad unknown-key "$base
socket = \"inet:1@127.0.0.1\";
no_such_key = 1;" "$work/unknown-key.conf:3: no_such_key"
check_bad unknown-nested "$base
tsa = {
  timeout = 5;
  urls_typo = [ \"http://x/\" ];
};" "$work/unknown-nested.conf:4: tsa.urls_typo"
check_bad wrong-type "$base
tsa = { timeout = \"five\"; };" "$work/wrong-type.conf:2: tsa.timeout"
check_bad out-of-range "$base
limits = { max_message_size = 10; };" "$work/out-of-range.conf:2: limits.max_message_size"
check_bad bad-pattern "policy_file = \"$work/bad-pattern.policy\";" \
	"$work/bad-pattern.policy:3: (rules.*)?from" \
	"rules = (
  { from = \"*@example.com\"; },
  { from = \"bob*@example.com\"; }
);"
check_bad syntax "$base
socket = = 1;
user = \"x\";" "$work/syntax.conf:2: syntax error"

# a directory source without a trust bundle would use any certificate that
# names the address (issue 20, finding 4)
check_bad http-without-trust "$base
directory = { sources = (
  { type = \"keystore\"; },
  { type = \"http\"; url = \"http://127.0.0.1:9/?e=%{email}\"; }
); };" "$work/http-without-trust.conf:4: directory.sources\[2\].trust: required with type \"http\""
check_bad ldap-without-trust "$base
directory = { sources = (
  { type = \"ldap\"; url = \"ldaps://127.0.0.1:9/ou=x?mail?sub?(mail=%{email})\"; }
); };" "$work/ldap-without-trust.conf:3: directory.sources\[1\].trust: required with type \"ldap\""

check_bad tsa-without-trust "$base
tsa = { urls = [ \"http://127.0.0.1:9/\" ]; };" "$work/tsa-without-trust.conf:2: tsa.urls: needs trust.tsa"

# Keystore files other users could change or read (issue 20, finding 9):
# each is an error of -n (exit 1) naming the file, its owner and mode, and
# the rule. A copy of the keys per case.
me=$(id -un)
keystore_case() { # name: $work/NAME/keys (a copy of the PKI's keys), NAME.conf
	rm -rf "$work/$1"
	mkdir -m 700 "$work/$1"
	cp -a "$work/pki/keys" "$work/$1/keys"
	cp -a "$work/pki/p12pass" "$work/$1/p12pass"
	KS_CONF="$base
keystore = { directories = [ \"$work/$1/keys\" ]; pkcs12_password_file = \"$work/$1/p12pass\"; };"
}
keystore_case writable-key
chmod 620 "$work/writable-key/keys/alice-v4.key"
check_bad writable-key "$KS_CONF" \
	"^error: key file $work/writable-key/keys/alice-v4.key \(owner $me, mode 0620\): writable by group or others; refused, chmod go-w it"
keystore_case writable-cert
chmod 664 "$work/writable-cert/keys/bob-v3.pem"
check_bad writable-cert "$KS_CONF" \
	"^error: certificate file $work/writable-cert/keys/bob-v3.pem \(owner $me, mode 0664\): writable by group or others"
keystore_case readable-pass
chmod 644 "$work/readable-pass/p12pass"
check_bad readable-pass "$KS_CONF" \
	"PKCS#12 password file $work/readable-pass/p12pass \(owner $me, mode 0644\): readable by group or others; refused, chmod 600 it"
keystore_case writable-dir
chmod 775 "$work/writable-dir/keys"
check_bad writable-dir "$KS_CONF" \
	"keystore directory $work/writable-dir/keys \(owner $me, mode 0775\): writable by group or others"

# Warnings (exit 0): dual-use certificates that do not chain to trust.public
# (here: the organization's roots, so alice's and bob's Vp are not Vp), the
# classes a rule names that then no address holds, timestamps asked for
# without a TSA.
printf 'defaults = { sign = [ "vp", "v4" ]; timestamp = "all"; };\n' >"$work/warn.policy"
cat >"$work/warn.conf" <<EOF
policy_file = "$work/warn.policy";
keystore = { directories = [ "$work/pki/keys" ]; pkcs12_password_file = "$work/pki/p12pass";
             chain_bundle = "$work/pki/chain.pem"; };
trust = { organization = "$work/pki/org-roots.pem"; public = "$work/pki/org-roots.pem"; };
EOF
out=$("$CERTMILTER" -n -c "$work/warn.conf" 2>&1)
rc=$?
[ $rc -eq 0 ] && pass "-n with warnings exits 0" || fail "-n with warnings exits $rc: $out"
for who in alice bob; do
	if grep -Eq "^warning: $who@example.com \(.*/$who-vp.pem\): dual-use certificate does not chain to trust.public" <<<"$out"; then
		pass "-n warns that $who's dual-use certificate does not chain to trust.public"
	else
		fail "-n does not warn about $who-vp.pem: $out"
	fi
done
if grep -Eq "^warning: $work/warn.policy:1: defaults names class vp, which no keystore address holds" <<<"$out"; then
	pass "-n warns that no address holds class vp"
else
	fail "-n does not warn about class vp: $out"
fi
if grep -Eq "^warning: $work/warn.policy:1: defaults asks for timestamps \(all\) but tsa.urls is empty" <<<"$out"; then
	pass "-n warns about timestamps without a TSA"
else
	fail "-n does not warn about timestamps without tsa.urls: $out"
fi
if grep -q "warning: .*carol.*dual-use" <<<"$out"; then
	fail "-n warns about carol, whose V2 certificate is not dual use"
else
	pass "-n does not warn about signing-only certificates"
fi

echo "$P passed, $F failed"
[ $F -eq 0 ]
