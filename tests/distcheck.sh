#!/usr/bin/env bash
# tests/distcheck.sh - release check: "make distcheck" from a VPATH build
# directory (build/dist): the tarball builds with -Werror and passes
# "make check" from a read-only source directory. Then the tarball itself:
# every file git tracks is in it (except .ci/ and .gitignore, which are
# about this repository, not the release), and no build output is.
# Prints what is wrong; exit status 0 when all is well. Two jobs (make -j2:
# the build and the unit programs run in parallel).
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
version=$(sed -n 's/^AC_INIT(\[certmilter\], \[\([^]]*\)\].*/\1/p' configure.ac)
if [ ! -x configure ] || [ configure.ac -nt configure ] || [ Makefile.am -nt Makefile.in ]; then
	autoreconf -fi >/dev/null 2>&1 || autoreconf -fi || exit 1
fi
rm -rf build/dist
mkdir -p build/dist
cd build/dist || exit 1
if ! ../../configure >configure.out 2>&1; then
	echo "distcheck: configure failed:"
	tail -20 configure.out
	exit 1
fi
if ! make -j2 distcheck >distcheck.out 2>&1; then
	echo "distcheck: make distcheck failed (build/dist/distcheck.out):"
	grep -E '^(FAIL|ERROR|XPASS):|error' distcheck.out | head -20
	tail -30 distcheck.out
	exit 1
fi
grep -E '^# (TOTAL|PASS|FAIL|ERROR):' distcheck.out
tarball=certmilter-$version.tar.gz
[ -f "$tarball" ] || {
	echo "distcheck: no $tarball"
	exit 1
}
tar tzf "$tarball" | sed -n "s|^certmilter-$version/||p" | grep -v '/$' | sort >tar.list
bad=0
if git -C "$top" rev-parse --git-dir >/dev/null 2>&1; then
	git -C "$top" ls-files | grep -vE '^(\.ci/|\.gitignore$)' | sort >git.list
	missing=$(comm -23 git.list tar.list)
	if [ -n "$missing" ]; then
		echo "distcheck: tracked files missing from $tarball (add them to EXTRA_DIST):"
		echo "$missing"
		bad=1
	fi
fi
outputs=$(grep -E '(^|/)(\.deps|\.dirstamp|__pycache__)(/|$)|\.(o|a|Po|log|trs)$|^tests/unit/(check_[a-z_]*|dump_schema)$|^certmilter$' tar.list)
if [ -n "$outputs" ]; then
	echo "distcheck: build outputs in $tarball:"
	echo "$outputs"
	bad=1
fi
echo "distcheck: $tarball, $(wc -l <tar.list) files"
exit $bad
