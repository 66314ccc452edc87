#!/usr/bin/env bash
# tests/fuzz/seeds.sh OUT PKI - write the seed corpora of the fuzz targets
# into OUT/<target> (nothing here is committed: the seeds are made from
# tests/corpus (plus ../shared/corpus when present), contrib,
# tests/unit/data and the test TSA each run).
#
#   milter  the corpus *.eml (up to 256 KB), the top-level From:
#           set to alice@example.com (she has keys), behind the 5 control
#           bytes fuzz_milter.c reads (flags + slice sizes), the flags
#           rotating through plain, nested, authenticated, refused and
#           aborted; plus the regressions
#   mime    the corpus *.eml as they are; plus the regressions
#   config  contrib/*.conf, tests/unit/data/*.conf; plus the regressions
#   tsresp  replies of tests/tsad (PKI = the target's $FUZZ_PKI) to the
#           target's fixed query for /ok /nonce /imprint /untrusted /noekp
#           /rejection /garbage; plus the regressions
#   directory  the test PKI's recipient certificates (PKI/recipients) as a
#           directory answers: PEM, DER, PKCS#7 certs-only (DER and PEM) of
#           each address's certificates (directory.txt) and PEM with the
#           chain (the DER ones also stand for LDAP attribute values);
#           plus the regressions
#   verify  SignedData of openssl cms -sign with the test PKI's signers
#           (alice-v4, alice-vp, both, grace's EC key, frank's not yet
#           valid certificate, no certificates), detached and opaque,
#           some with tokens of tests/tsad (/ok, /untrusted) added to a
#           SignerInfo; truncated copies; framed for fuzz_verify.c (flags,
#           content length, content, DER); plus the regressions
#
# Environment: FUZZ_TSA_PORT (default 36100), FUZZ_BIN (default
# build/fuzz).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
out=$1 pki=$2
bin=${FUZZ_BIN:-$top/build/fuzz}
. "$top/tests/integration/lib.sh" # corpus_files
port=${FUZZ_TSA_PORT:-36100}
rm -rf "$out"
mkdir -p "$out"/{milter,mime,config,tsresp,directory,verify}

# milter and mime
flags=('\x00\x40\x10\x80\x00' '\x04\x07\x30\x01\xff' '\x01\x02\x03\x05\x08'
	'\x18\x40\x40\x40\x40' '\x80\x11\x22\x33\x44' '\x05\x00\x00\x00\x00')
i=0
mapfile -t corpus < <(corpus_files)
[ ${#corpus[@]} -gt 0 ] || { echo "no message in $CM_CORPUS" >&2; exit 1; }
for f in "${corpus[@]}"; do
	[ "$(stat -c %s "$f")" -le 262144 ] || continue
	b=$(basename "$f")
	cp "$f" "$out/mime/$b"
	{
		printf "${flags[$((i % ${#flags[@]}))]}"
		/usr/bin/python3 - "$f" <<-'PY'
			import re, sys
			d = open(sys.argv[1], "rb").read()
			if d.startswith(b"From "):
			    d = d.split(b"\n", 1)[1]
			d = re.sub(rb"(?mi)^From:.*(\r?\n[ \t].*)*", b"From: Alice Example <alice@example.com>", d, count=1)
			sys.stdout.buffer.write(d)
		PY
	} >"$out/milter/$b"
	i=$((i + 1))
done

# config
cp "$top"/contrib/*.conf "$top"/tests/unit/data/*.conf "$out/config/"

# tsresp: the test TSA's answers to the target's query
ASAN_OPTIONS=detect_leaks=0 FUZZ_PKI=$pki FUZZ_WRITE_QUERY=$out/query.der \
	"$bin/tests/fuzz/fuzz_tsresp" -runs=0 >"$out/tsresp.log" 2>&1
ASAN_OPTIONS=detect_leaks=0 "$bin/tests/tsad/tsad" -p "$port" -d "$pki" >>"$out/tsresp.log" 2>&1 &
tsad=$!
trap 'kill $tsad 2>/dev/null; wait $tsad 2>/dev/null' EXIT
for t in $(seq 50); do
	curl -s -o /dev/null "http://127.0.0.1:$port/stats" && break
	sleep 0.1
done
for p in ok nonce imprint untrusted noekp rejection garbage; do
	curl -s --max-time 10 -H 'Content-Type: application/timestamp-query' \
		--data-binary "@$out/query.der" -o "$out/tsresp/$p.der" "http://127.0.0.1:$port/$p" ||
		echo "seeds.sh: tsad /$p failed" >&2
done

# verify: openssl cms -sign with the test PKI's signers, framed as
# fuzz_verify.c reads them (flags, content length, content, DER)
v=$out/verify
w=$out/verify-work
mkdir -p "$w"
printf 'Content-Type: text/plain\r\n\r\nSigned, then checked.\r\n' >"$w/content"
K=$pki/keys
# sign OUT [-nodetach|-nocerts|...] -- SIGNER...: DER in $w/OUT.der
sign() {
	local name=$1 opts=() s
	shift
	while [ "$1" != -- ]; do opts+=("$1"); shift; done
	shift
	for s in "$@"; do opts+=(-signer "$K/$s.pem" -inkey "$K/$s.key"); done
	openssl cms -sign -binary -md sha256 -in "$w/content" -certfile "$pki/chain.pem" \
		"${opts[@]}" -outform DER -out "$w/$name.der"
}
# frame FLAGS DER OUT: the input of fuzz_verify (byte 0 FLAGS in hex)
frame() {
	{
		printf "\\x$1\\x$(printf %02x "$(stat -c %s "$w/content")")"
		cat "$w/content" "$2"
	} >"$3"
}
# sigtool sig|add DER I [TOKEN]: SignerInfo I's signature to stdout, or
# the DER with TOKEN added to SignerInfo I's unsigned attributes
sigtool() {
	/usr/bin/python3 "$top/tests/integration/cmstool.py" "$@"
}
# stamp IN I TSAPATH OUT: IN with a token of the test TSA (/TSAPATH) over
# SignerInfo I's signature
stamp() {
	sigtool sig "$w/$1.der" "$2" >"$w/sig.bin"
	openssl ts -query -data "$w/sig.bin" -sha256 -cert -out "$w/q.tsq" 2>/dev/null
	curl -s --max-time 10 -H 'Content-Type: application/timestamp-query' \
		--data-binary "@$w/q.tsq" -o "$w/resp.der" "http://127.0.0.1:$port/$3" &&
		openssl ts -reply -in "$w/resp.der" -token_out -out "$w/tok.der" 2>/dev/null &&
		sigtool add "$w/$1.der" "$2" "$w/tok.der" >"$w/$4.der"
}
if {
	sign v4 -- alice-v4 && sign vp -nodetach -- alice-vp &&
		sign dual -- alice-vp alice-v4 && sign dual-opaque -nodetach -- alice-vp alice-v4 &&
		sign ec -- grace-v2-ec && sign nocerts -nocerts -- alice-v4 &&
		sign future -- frank-v1-future
} 2>"$w/openssl.log"; then
	frame 00 "$w/v4.der" "$v/detached-v4"
	frame 01 "$w/vp.der" "$v/opaque-vp"
	frame 03 "$w/vp.der" "$v/opaque-vp-out"
	frame 00 "$w/dual.der" "$v/detached-dual"
	frame 04 "$w/dual.der" "$v/detached-dual-max1"
	frame 03 "$w/dual-opaque.der" "$v/opaque-dual-out"
	frame 00 "$w/ec.der" "$v/detached-ec"
	frame 00 "$w/nocerts.der" "$v/detached-nocerts"
	frame 00 "$w/future.der" "$v/detached-future"
	frame 01 "$w/v4.der" "$v/detached-as-opaque"
	if stamp dual 0 ok dual-ts && stamp dual-ts 1 untrusted dual-ts2 && stamp vp 0 ok vp-ts; then
		frame 00 "$w/dual-ts.der" "$v/detached-dual-token"
		frame 00 "$w/dual-ts2.der" "$v/detached-dual-token-untrusted"
		frame 03 "$w/vp-ts.der" "$v/opaque-vp-token"
	else
		echo "seeds.sh: no timestamp token for the verify seeds" >&2
	fi
	for f in detached-v4 opaque-vp detached-dual detached-dual-token; do
		[ -f "$v/$f" ] || continue
		n=$(stat -c %s "$v/$f")
		head -c $((n / 2)) "$v/$f" >"$v/$f-half"
		head -c $((n - 1)) "$v/$f" >"$v/$f-less1"
		head -c $((n * 9 / 10)) "$v/$f" >"$v/$f-ninetenths"
	done
else
	echo "seeds.sh: openssl cms -sign failed: $(head -3 "$w/openssl.log")" >&2
fi
rm -rf "$w"

# directory: http bodies (PEM, DER, PKCS#7) ...
R=$pki/recipients
d=$out/directory
for f in "$R"/*.pem; do
	b=$(basename "$f" .pem)
	cp "$f" "$d/$b.pem"
	openssl x509 -in "$f" -outform DER -out "$d/$b.der"
	cat "$f" "$pki/chain.pem" >"$d/$b-chain.pem"
done
n=0
while read -r addr files; do
	case "$addr" in '' | '#'*) continue ;; esac
	n=$((n + 1))
	args=()
	for f in $files; do args+=(-certfile "$R/$f"); done
	openssl crl2pkcs7 -nocrl "${args[@]}" -outform DER -out "$d/p7-$n.der"
	openssl crl2pkcs7 -nocrl "${args[@]}" -out "$d/p7-$n.pem"
done <"$R/directory.txt"
find "$d" -type f -size 0 -delete

for t in milter mime config tsresp directory verify; do
	[ -d "$top/tests/fuzz/regressions/$t" ] && cp "$top/tests/fuzz/regressions/$t"/* "$out/$t/" 2>/dev/null
	echo "seeds: $t $(ls "$out/$t" | wc -l) files"
done
