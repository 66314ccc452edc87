#!/usr/bin/env bash
# tests/lint.sh - style checks: clang-format clean, no C function body
# longer than 80 lines (a function that long has a part with a name of its
# own), and the include rules between modules that the build's include
# folders (Makefile.am) cannot see. One PASS:/FAIL: line per check
# (tests/run.sh counts them), details below a FAIL.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
# The C files git tracks; in an unpacked tarball (no git), those of the
# source folders.
files=$(git ls-files '*.c' '*.h' 2>/dev/null)
[ -n "$files" ] || files=$(find common policy crypto milter tests bench -name '*.[ch]' 2>/dev/null | sort)
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

# The includes. Makefile.am gives each module only the include folders it
# may use, so most includes against the direction fail to compile; these
# checks catch what -I cannot (an include relative to the file's folder,
# an internal header of a module whose public header may be used) and the
# rest again, so that lint names the rule:
#   folders     own headers are included as "name.h": no folder in a quoted
#               include, no <name.h> that would find a header of the tree
#   internal    a *_int.h only from its own folder (and tests/: the unit
#               tests test internals)
#   direction   a file includes only headers of the modules its module may
#               use (the tables below; doc/ARCHITECTURE.md)
#   cycles      no header includes itself through others
# A file's module is that of the longest folder in the table below that
# holds it. A header that is not in the tree is configure's output (listed
# there) or an error.
modules='
common/            common
policy/            policy
crypto/mime/       mime
crypto/cms/        cms
crypto/tsa/        tsa
crypto/directory/  directory
crypto/revocation/ revocation
crypto/verify/     verify
crypto/store/      store
crypto/            protect
milter/            milter
tests/             tests
bench/             tests
cm_autoconf.h      autoconf
'
# module: the modules whose headers it may include ("*": any).
allowed='
common     common
policy     common policy
mime       common mime
cms        common cms
revocation common cms revocation
verify     common cms verify
store      common cms store
tsa        common cms revocation tsa
directory  common cms revocation store directory
protect    common policy mime cms revocation tsa directory verify store protect
milter     common policy mime cms revocation tsa directory verify store protect milter autoconf
tests      *
'
includes=$(awk -v files="$files" -v modules="$modules" -v allowed="$allowed" '
	function dirof(p) { return p ~ /\// ? substr(p, 1, match(p, /\/[^\/]*$/)) : "" }
	# a/b/../c -> a/c, ./a -> a
	function norm(p,    n, i, k, part, out) {
		n = split(p, part, "/"); k = 0
		for (i = 1; i <= n; i++) {
			if (part[i] == "." || part[i] == "") continue
			if (part[i] == ".." && k > 0) { k--; continue }
			out[++k] = part[i]
		}
		p = out[1]; for (i = 2; i <= k; i++) p = p "/" out[i]
		return p
	}
	# The tree file a quoted include of name from file f finds: first in
	# the folder of f (as the compiler does), else the one file of the tree
	# whose path ends in /name (through some -I folder); "" if none.
	function resolve(f, name,    p, hit, n, t) {
		p = norm(dirof(f) name)
		if (p in tree) return p
		n = 0
		for (t in tree)
			if (t == name || substr(t, length(t) - length(name)) == "/" name) { hit = t; n++ }
		return n == 1 ? hit : ""
	}
	# The module of a file, "" if none.
	function moduleof(p,    best, prefix) {
		best = ""
		for (prefix in module)
			if ((p == prefix || index(p, prefix) == 1 && prefix ~ /\/$/) && length(prefix) > length(best)) best = prefix
		return best == "" ? "" : module[best]
	}
	function may(m, target) { return may_use[m] == "*" || index(" " may_use[m] " ", " " target " ") }
	# Depth-first search for cycles: a file still on the stack that is
	# included again closes one.
	function visit(f,    i, j, k, c) {
		state[f] = 1; stack[++depth] = f
		for (i = 1; i <= nedge[f]; i++) {
			j = edge[f, i]
			if (state[j] == 1) {
				for (k = depth; stack[k] != j; k--) ;
				for (c = j; ++k <= depth; ) c = c " -> " stack[k]
				print "cycles\t" c " -> " j
			} else if (state[j] == 0)
				visit(j)
		}
		depth--; state[f] = 2
	}
	BEGIN {
		n = split(files, list, "\n")
		for (i = 1; i <= n; i++)
			if (list[i] != "") tree[list[i]] = 1
		n = split(modules, lines, "\n") # module["crypto/cms/"] = "cms"
		for (i = 1; i <= n; i++)
			if (split(lines[i], w, " ") == 2) module[w[1]] = w[2]
		n = split(allowed, lines, "\n") # may_use["tsa"] = "common cms tsa"
		for (i = 1; i <= n; i++) {
			if ((k = index(lines[i], " ")) == 0) continue
			rest = substr(lines[i], k)
			gsub(/^ +| +$/, "", rest)
			may_use[substr(lines[i], 1, k - 1)] = rest
		}
	}
	# Each include: the checks, and an edge of the include graph.
	/^[ \t]*#[ \t]*include[ \t]*["<]/ {
		line = $0; sub(/^[ \t]*#[ \t]*include[ \t]*/, "", line)
		quoted = substr(line, 1, 1) == "\""
		name = substr(line, 2); sub(/[">].*/, "", name)
		at = FILENAME ":" FNR ": #include " substr(line, 1, length(name) + 2)
		if (!quoted) {
			if ((target = resolve("", name)) == "") next # a system header
			print "folders\t" at ": a header of the tree, included with <>"
		} else {
			if (name ~ /\//) print "folders\t" at ": a folder in a quoted include"
			target = resolve(FILENAME, name)
			if (target == "" && (name in module)) target = name # configure output
			if (target == "") { print "direction\t" at ": no such header in the tree"; next }
		}
		if (target ~ /_int\.h$/ && dirof(target) != dirof(FILENAME) && FILENAME !~ /^tests\//)
			print "internal\t" at ": internal header of " dirof(target) " (" target ")"
		from = moduleof(FILENAME); to = moduleof(target)
		if (from == "") print "direction\t" FILENAME ": in no module (add its folder to tests/lint.sh)"
		else if (to == "") print "direction\t" at ": " target " is in no module (add its folder to tests/lint.sh)"
		else if (!may(from, to))
			print "direction\t" at ": " target " is " to ", and " from " may include only " may_use[from]
		if (target in tree) edge[FILENAME, ++nedge[FILENAME]] = target
	}
	END { for (f in tree) if (state[f] == 0) visit(f) }
' $files | sort -u)
report() { # CHECK "what it checks"
	local bad
	bad=$(sed -n "s/^$1\t/  /p" <<<"$includes")
	if [ -z "$bad" ]; then
		echo "PASS: includes: $2"
	else
		echo "FAIL: includes: $2:"
		echo "$bad"
	fi
}
report folders 'own headers as "name.h", without folder'
report internal 'internal headers (*_int.h) only from their own folder and tests/'
report direction 'only headers of allowed modules (common <- policy, mime; common <- cms <- revocation <- tsa, directory; all <- protect <- milter)'
report cycles 'no include cycle'
