#!/usr/bin/env bash
# t_bench.sh - the benchmark command works (issue #7): bench/run.sh --quick
# (N=20, 10k, C=4) completes, and every certmilter row, through Postfix and
# milter-only, proves from its audit lines that all 20 messages were signed
# as configured; the inbound rows (issue #15) that all 20 were verified,
# and decrypted. The numbers themselves are not checked (not pass/fail).
#
# environment: CERTMILTER (the build whose milterdrive and tsad are used);
#   ports 35500-35999 (BENCH_PORT=35500), BENCH_DIR /var/lib/certmilter-bench-t.
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
work=$(mktemp -d /tmp/t_bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
t_need_root bench

start=$(date +%s)
BENCH_DIR=/var/lib/certmilter-bench-t BENCH_PORT=35500 CERTMILTER=$(cm_binary) \
	timeout 300 bash "$top/bench/run.sh" --quick --out "$work/results.md" >"$work/run.log" 2>&1
rc=$?
secs=$(($(date +%s) - start))
touch "$work/results.md"
if [ "$rc" -eq 0 ]; then
	pass "bench/run.sh --quick completes ($secs s)"
else
	fail "bench/run.sh --quick" "exit $rc: $(grep -E 'run.sh:|ERROR' "$work/run.log" | head -3)"
fi
if [ "$secs" -le 120 ]; then
	pass "quick run under 120 s"
else
	fail "quick run time" "$secs s"
fi

# every certmilter row of both tables: "| 10k | certmilter, ... | 20/20 |"
rows=$(grep -c '^| 10k | certmilter' "$work/results.md")
signed=$(grep '^| 10k | certmilter' "$work/results.md" | grep -c '| 20/20 |$')
na=$(grep '^| 10k | certmilter' "$work/results.md" | grep -c '| n/a (')
if [ "$rows" -ge 8 ] && [ $((signed + na)) -eq "$rows" ] && [ "$signed" -ge 8 ]; then
	pass "every certmilter row signed 20/20 ($signed rows, $na n/a)"
else
	fail "certmilter rows" "$signed of $rows rows signed 20/20, $na n/a: $(grep -m2 ERROR "$work/results.md")"
fi
for t in "certmilter, inbound: verify dual + timestamps" "certmilter, inbound: decrypt (+ verify)"; do
	if grep -F "| 10k | $t |" "$work/results.md" | grep -q '| 20/20 |$'; then
		pass "inbound row 20/20: $t"
	else
		fail "inbound row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
for t in "Postfix, no milter" "Postfix + OpenDKIM (RSA-2048)" "OpenDKIM (RSA-2048)"; do
	if awk -F'|' -v t=" $t " '$3 == t && $4 ~ /^ [0-9.]+ $/ { ok = 1 } END { exit !ok }' \
		"$work/results.md"; then
		pass "row with a rate: $t"
	else
		fail "row: $t" "$(grep -F "| $t |" "$work/results.md" | head -1)"
	fi
done
t_summary
