#!/usr/bin/env bash
# tests/build.sh VARIANT - configure and build certmilter out of tree in
# build/VARIANT:
#   gcc    gcc, -Werror (the normal build)
#   asan   clang, -Werror, AddressSanitizer + UndefinedBehaviorSanitizer
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
variant=${1:-gcc}
cd "$top"
if [ ! -x configure ] || [ configure.ac -nt configure ] || [ Makefile.am -nt Makefile.in ]; then
	autoreconf -fi >/dev/null 2>&1 || autoreconf -fi
fi
mkdir -p "build/$variant"
cd "build/$variant"
case "$variant" in
gcc) args=(CC=gcc --enable-werror) ;;
asan) args=(CC=clang --enable-werror --enable-sanitizers) ;;
*) echo "unknown variant $variant" >&2; exit 2 ;;
esac
if [ ! -f Makefile ] || [ "$top/configure" -nt Makefile ]; then
	"$top/configure" "${args[@]}" >configure.out 2>&1 || { cat configure.out; exit 1; }
fi
make -j"$(nproc)" >make.out 2>&1 || { cat make.out; exit 1; }
make -j"$(nproc)" check TESTS= >>make.out 2>&1 || { tail -50 make.out; exit 1; }
echo "build/$variant: built"
