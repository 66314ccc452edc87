#!/usr/bin/env bash
# bench/p11token.sh PKI DIR - the keystore of bench/run.sh's p11dualts row
# (issue #18): a SoftHSM2 token in DIR/tokens (DIR/softhsm2.conf; export
# SOFTHSM2_CONF=DIR/softhsm2.conf for certmilter) holding alice's V4 and
# Vp private keys as sensitive objects, and DIR/keys, a copy of PKI/keys
# whose alice-v4.key and alice-vp.key hold pkcs11: URIs instead of the
# keys; DIR/pin is the PIN file. Prints the keystore.pkcs11 group to add
# to the keystore; exit 1 (with why on stderr) if a step fails.
set -euo pipefail
pki=$1 dir=$2
MODULE=${SOFTHSM2_MODULE:-/usr/lib/softhsm/libsofthsm2.so}
rm -rf "$dir/tokens" "$dir/keys"
mkdir -p -m 700 "$dir/tokens"
printf 'directories.tokendir = %s\nobjectstore.backend = file\nlog.level = ERROR\n' \
	"$dir/tokens" >"$dir/softhsm2.conf"
export SOFTHSM2_CONF=$dir/softhsm2.conf
(umask 077 && echo 1234 >"$dir/pin")
softhsm2-util --init-token --free --label bench --pin 1234 --so-pin 5678 >/dev/null
cp -a "$pki/keys" "$dir/keys"
for k in 01:alice-v4 02:alice-vp; do
	id=${k%%:*} name=${k#*:}
	openssl pkey -in "$dir/keys/$name.key" -outform DER -out "$dir/$name.der"
	pkcs11-tool --module "$MODULE" --token-label bench --login --pin 1234 \
		--write-object "$dir/$name.der" --type privkey --id "$id" --label "$name" \
		--usage-sign --usage-decrypt --sensitive >/dev/null 2>"$dir/p11token.err" ||
		{ cat "$dir/p11token.err" >&2; exit 1; }
	rm -f "$dir/$name.der"
	echo "pkcs11:token=bench;id=%$id;type=private" >"$dir/keys/$name.key"
	chmod 600 "$dir/keys/$name.key"
done
echo "pkcs11 = { module = \"$MODULE\"; pin_file = \"$dir/pin\"; };"
