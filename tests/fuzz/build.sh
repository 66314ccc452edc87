#!/usr/bin/env bash
# tests/fuzz/build.sh - build the libFuzzer targets out of tree in
# build/fuzz: the product libraries and the test TSA with clang
# -fsanitize=fuzzer-no-link,address,undefined, then each tests/fuzz/fuzz_*.c
# linked with -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all.
#
#   bash tests/fuzz/build.sh          -> build/fuzz/tests/fuzz/fuzz_{milter,config,tsresp,mime,directory}
#
# Run them with tests/fuzz/run.sh (README.md there).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
if [ ! -x configure ] || [ configure.ac -nt configure ] || [ Makefile.am -nt Makefile.in ]; then
	autoreconf -fi >/dev/null 2>&1 || autoreconf -fi
fi
out=$top/build/fuzz
mkdir -p "$out/tests/fuzz"
cd "$out"
SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
if [ ! -f Makefile ] || [ "$top/configure" -nt Makefile ]; then
	"$top/configure" CC=clang CFLAGS="-g -O1 -fsanitize=fuzzer-no-link" \
		--enable-werror --enable-sanitizers >configure.out 2>&1 || {
		cat configure.out
		exit 1
	}
fi
cmlibs=(libcmmilter.a libprotect.a libdirectory.a libtsa.a libcms.a libmime.a libpolicy.a libcommon.a)
make -j"$(nproc)" "${cmlibs[@]}" tests/tsad/tsad >make.out 2>&1 || {
	tail -40 make.out
	exit 1
}
pcs="gmime-3.0 libcrypto libconfig libcurl"
cflags=(-std=gnu11 -g -O1 $SAN -fsanitize=fuzzer -Wall -Wextra -Werror -Wshadow -Wformat=2
	-Wstrict-prototypes -Wmissing-prototypes -Wno-unused-parameter
	-I"$top/common" -I"$top/policy" -I"$top/crypto" -I"$top/crypto/mime" -I"$top/crypto/cms"
	-I"$top/crypto/tsa" -I"$top/crypto/directory" -I"$top/milter" -I"$top/tests/fuzz" -I"$top/tests/unit"
	-DSRCDIR="\"$top\"" $(pkg-config --cflags $pcs))
libs=("${cmlibs[@]}" $(pkg-config --libs $pcs) -lmilter -lpthread)
for src in "$top"/tests/fuzz/fuzz_*.c; do
	name=$(basename "$src" .c)
	[ "$name" = fuzz_common ] && continue
	bin=tests/fuzz/$name
	extra=() # fuzz_milter: the fake libmilter of the unit tests
	[ "$name" = fuzz_milter ] && extra=("$top/tests/unit/fakemlfi.c")
	if [ ! -x "$bin" ] || [ -n "$(find "$top/tests/fuzz" "$top"/tests/unit/fakemlfi.[ch] \
		"${cmlibs[@]}" \
		-newer "$bin" \( -name '*.[ch]' -o -name '*.a' \) -print -quit)" ]; then
		clang "${cflags[@]}" "$src" "$top/tests/fuzz/fuzz_common.c" "${extra[@]}" "${libs[@]}" -o "$bin" \
			>>make.out 2>&1 || {
			tail -40 make.out
			exit 1
		}
	fi
done
echo "build/fuzz: built $(ls tests/fuzz/ | grep -c '^fuzz_') targets"
