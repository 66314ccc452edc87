#!/usr/bin/env bash
# t_manpages.sh - the man pages against the code (tests/integration/manpages.py
# does the comparing):
#   - certmilter.conf(5): every row of the schema table (dumped by the real
#     code, tests/unit/dump_schema) is documented in KEYS with the same
#     type, default, range, choices and description, and every key KEYS
#     documents is a row of the table;
#   - certmilter-policy(5): every condition and action it documents is one
#     the policy loader takes as such, with the documented choices and
#     built-in default; an undocumented canary key is refused; every rule
#     key policy/policy.c compares with is documented;
#   - the three pages render with "man -l --warnings" and "groff -ww -z"
#     without a warning,
#     and their .TH lines name the version of configure.ac, as does the
#     first entry of CHANGELOG.md;
#   - certmilter -V names the version of configure.ac and the OpenSSL,
#     GMime, libcurl and libmilter versions the system has.
#
# environment: CERTMILTER (binary; dump_schema is looked for in the same
# build directory, tests/unit/dump_schema), DUMP_SCHEMA (to override).
# Needs no root and no network; about one second.
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
export LC_ALL=C.UTF-8

bin=$(cm_binary)
dump=${DUMP_SCHEMA:-$(dirname "$bin")/tests/unit/dump_schema}
work=$(mktemp -d /tmp/t_manpages.XXXXXX)
trap 'rm -rf "$work"' EXIT
version=$(sed -n 's/^AC_INIT(\[certmilter\], \[\([^]]*\)\].*/\1/p' "$top/configure.ac")

# --------------------------------------------------------- schema and pages

# manpages.py ARGS...: relay its PASS:/FAIL: lines; a crash is a FAIL too.
manpages() {
	"$CM_PY" "$CM_INT/manpages.py" "$@" >"$work/mp.out" 2>"$work/mp.err"
	local rc=$?
	t_count_lines <"$work/mp.out"
	if [ $rc -ne 0 ] && ! grep -q '^FAIL: ' "$work/mp.out"; then
		fail "manpages.py $1" "exit $rc: $(tail -3 "$work/mp.err")"
	fi
}

if [ ! -x "$dump" ]; then
	fail dump_schema "no $dump (make check builds it; set DUMP_SCHEMA)"
else
	if "$dump" config >"$work/config.dump" 2>"$work/dump.err"; then
		manpages config "$work/config.dump" "$top/doc/certmilter.conf.5"
	else
		fail "dump_schema config" "$(cat "$work/dump.err")"
	fi
	mapfile -t pkeys < <("$CM_PY" "$CM_INT/manpages.py" policy-keys \
		"$top/doc/certmilter-policy.5")
	[ ${#pkeys[@]} -ge 5 ] || fail "certmilter-policy(5) keys" "only ${#pkeys[*]} found"
	if "$dump" policy "${pkeys[@]}" no_such_key >"$work/policy.dump" 2>"$work/dump.err"; then
		manpages policy "$work/policy.dump" "$top/doc/certmilter-policy.5" \
			"$top/policy/policy.c"
	else
		fail "dump_schema policy" "$(cat "$work/dump.err")"
	fi
fi

# ------------------------------------------------------- rendering, version

for page in certmilter.8 certmilter.conf.5 certmilter-policy.5; do
	f=$top/doc/$page
	# man -l --warnings runs groff with -ww for the terminal, groff -ww -z
	# formats for the typesetter (it also sees unknown fonts); any output on
	# stderr is a warning
	if MANWIDTH=80 man --warnings -E UTF-8 -l "$f" >"$work/page.txt" 2>"$work/page.err" &&
		groff -man -ww -z "$f" 2>>"$work/page.err" &&
		[ ! -s "$work/page.err" ] && [ -s "$work/page.txt" ]; then
		pass "$page renders without warnings ($(wc -l <"$work/page.txt") lines)"
	else
		fail "$page renders" "$(head -5 "$work/page.err")"
	fi
	manpages version "$f" "$version"
done

first=$(grep -m1 '^## ' "$top/CHANGELOG.md" 2>/dev/null)
if [ "${first#\#\# $version }" != "$first" ] || [ "$first" = "## $version" ]; then
	pass "CHANGELOG.md: first entry $version (configure.ac)"
else
	fail "CHANGELOG.md" "first entry \"$first\", configure.ac says $version"
fi

# -------------------------------------------------------------- certmilter -V

vers() { # NAME VERSION: certmilter -V names the library NAME at VERSION
	if [ -z "$2" ]; then
		fail "-V $1" "the system does not say which version it has"
	elif grep -qwF -- "$1 $2" "$work/V.out"; then
		pass "certmilter -V names $1 $2"
	else
		fail "-V $1" "no \"$1 $2\" in: $(tr '\n' ' ' <"$work/V.out")"
	fi
}
if [ -x "$bin" ] && "$bin" -V >"$work/V.out" 2>&1; then
	if [ "$(head -1 "$work/V.out")" = "certmilter $version" ]; then
		pass "certmilter -V: certmilter $version (configure.ac)"
	else
		fail "-V version" "first line \"$(head -1 "$work/V.out")\", configure.ac says $version"
	fi
	# what the system says; "OpenSSL 3.0.15 3 Sep 2024" -> "OpenSSL 3.0.15"
	vers OpenSSL "$(openssl version | awk '{print $2}')"
	vers GMime "$(pkg-config --modversion gmime-3.0 2>/dev/null)"
	vers libcurl "$(pkg-config --modversion libcurl 2>/dev/null)"
	vers libmicrohttpd "$(pkg-config --modversion libmicrohttpd 2>/dev/null)"
	# libmilter has no .pc file; smfi_version() is the library's own version
	# (1.0.1 in Sendmail 8.17), which names the file the binary loads:
	# libmilter.so.1.0.1
	vers libmilter "$(ldd "$bin" | sed -n 's/.*=> \([^ ]*libmilter\.so[^ ]*\) .*/\1/p' |
		xargs -r readlink -f | sed -n 's/.*libmilter\.so\.//p')"
else
	fail "certmilter -V" "$bin -V failed: $(cat "$work/V.out" 2>/dev/null)"
fi
t_summary
