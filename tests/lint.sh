#!/usr/bin/env bash
# tests/lint.sh - style checks: clang-format clean, and no C function body
# longer than 80 lines (a function that long has a part with a name of its own).
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
files=$(git ls-files '*.c' '*.h' 2>/dev/null || find common policy crypto milter tests -name '*.[ch]')
if out=$(clang-format --dry-run -Werror $files 2>&1) && [ -z "$out" ]; then
	echo "PASS: clang-format"
else
	echo "FAIL: clang-format: $(grep -c 'error:' <<<"$out") places differ from .clang-format"
	head -20 <<<"$out"
fi
long=$(for f in $files; do
	awk -v f="$f" '
		/^[A-Za-z_].*\(/ { sig = $0 }
		/^\{/ { start = NR; name = sig }
		/^\}/ && start { if (NR - start > 80) printf "%s:%d %d lines %s\n", f, start, NR - start, name; start = 0 }
	' "$f"
done)
if [ -z "$long" ]; then
	echo "PASS: function length <= 80 lines"
else
	echo "FAIL: function length: functions over 80 lines:"
	echo "$long"
fi
