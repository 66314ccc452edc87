#!/usr/bin/env bash
# tests/fuzz/build.sh - build the libFuzzer targets out of tree in
# build/fuzz: configure with clang and --enable-fuzzing (everything
# instrumented with -fsanitize=fuzzer-no-link, ASan and UBSan with
# -fno-sanitize-recover=all), make the product libraries and the test TSA,
# then compile and link each tests/fuzz/fuzz_*.c with the compiler, flags,
# include folders and libraries of that build ("make print-fuzz-vars",
# Makefile.am), which add -fsanitize=fuzzer at the link.
#
#   bash tests/fuzz/build.sh          -> build/fuzz/tests/fuzz/fuzz_{milter,config,tsresp,mime,directory,verify}
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
if [ ! -f Makefile ] || [ "$top/configure" -nt Makefile ]; then
	"$top/configure" CC=clang CFLAGS="-g -O1" --enable-werror --enable-fuzzing >configure.out 2>&1 || {
		cat configure.out
		exit 1
	}
fi
cmlibs=(libcmmilter.a libprotect.a libdirectory.a libtsa.a librevocation.a libverify.a libstore.a libcms.a libmime.a libpolicy.a libcommon.a)
make -j"$(nproc)" "${cmlibs[@]}" tests/tsad/tsad >make.out 2>&1 || {
	tail -40 make.out
	exit 1
}
# The flags of this build, word by word (a word may hold spaces).
cc=() cflags=() ldflags=() libs=()
while IFS=' ' read -r kind word; do
	[ -n "$word" ] || continue
	case $kind in
	cc) cc+=("$word") ;;
	cflags) cflags+=("$word") ;;
	ldflags) ldflags+=("$word") ;;
	libs) libs+=("$word") ;;
	esac
done < <(make -s print-fuzz-vars)
if [ ${#cc[@]} -eq 0 ] || [ ${#libs[@]} -eq 0 ]; then
	echo "fuzz build: make print-fuzz-vars printed no compiler or libraries" >&2
	exit 1
fi
# A target is rebuilt when a source, a library or the flags (Makefile,
# written by configure) are newer than it.
for src in "$top"/tests/fuzz/fuzz_*.c; do
	name=$(basename "$src" .c)
	[ "$name" = fuzz_common ] && continue
	bin=tests/fuzz/$name
	extra=() # fuzz_milter: the fake libmilter of the unit tests
	[ "$name" = fuzz_milter ] && extra=("$top/tests/unit/fakemlfi.c")
	if [ ! -x "$bin" ] || [ -n "$(find "$top/tests/fuzz" "$top"/tests/unit/fakemlfi.[ch] \
		"${cmlibs[@]}" Makefile \
		-newer "$bin" \( -name '*.[ch]' -o -name '*.a' -o -name Makefile \) -print -quit)" ]; then
		"${cc[@]}" "${cflags[@]}" "${ldflags[@]}" "$src" "$top/tests/fuzz/fuzz_common.c" "${extra[@]}" \
			"${libs[@]}" -o "$bin" \
			>>make.out 2>&1 || {
			tail -40 make.out
			exit 1
		}
	fi
done
echo "build/fuzz: built $(ls tests/fuzz/ | grep -c '^fuzz_') targets"
