#!/usr/bin/env bash
# tests/fuzz/run.sh [SECONDS] [TARGET...] - build the fuzz targets, make a
# test PKI and the seed corpora, replay tests/fuzz/regressions/<target>/,
# then run each target SECONDS (default $FUZZ_SECONDS, else 60; tests/run.sh
# gives 40), FUZZ_JOBS (default: the number of CPUs) at a time, each in one
# process, and print, per target, executions and crashes from libFuzzer's
# final statistics:
#
#   PASS: fuzz_mime replay: 1 regression inputs
#   PASS: fuzz_mime: 19178 executions in 60 s, 0 crashes
#
# Findings go to build/fuzz/findings/<target>-<time>/ (crash-*, leak-*,
# timeout-*, oom-*), the growing corpus to build/fuzz/corpus/<target>/, the
# log to build/fuzz/logs/<target>.log. Reproduce a finding with
#   FUZZ_PKI=build/fuzz/pki build/fuzz/tests/fuzz/fuzz_<target> FILE
# (FUZZ_VERBOSE=1: the milter/tsresp outcome per input). Last line:
# "N passed, N failed". FUZZ_TSA_PORT: the test TSA's port for the seeds
# (default 36100).
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
secs=${1:-${FUZZ_SECONDS:-60}}
shift || true
targets=("${@:-milter config tsresp mime directory verify}")
read -ra targets <<<"${targets[*]}"
out=$top/build/fuzz
PASSED=0
FAILED=0
pass() { PASSED=$((PASSED + 1)); echo "PASS: $*"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL: $*"; }

bash tests/fuzz/build.sh || { fail "fuzz build"; echo "$PASSED passed, $FAILED failed"; exit 1; }
if [ -z "${FUZZ_PKI:-}" ]; then
	bash tests/pki/mkpki.sh "$out/pki" >/dev/null || { fail "fuzz: mkpki.sh"; exit 1; }
	export FUZZ_PKI=$out/pki
fi
bash tests/fuzz/seeds.sh "$out/seeds" "$FUZZ_PKI" || fail "fuzz seeds"
mkdir -p "$out/logs" "$out/findings"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:halt_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$top/tests/lsan.supp:print_suppressions=0"

maxlen() {
	case $1 in
	milter | mime | directory) echo 65536 ;;
	*) echo 16384 ;;
	esac
}

# One target: replay its regressions, then fuzz it; PASS:/FAIL: lines to
# stdout (the caller collects them in a file per target).
fuzz_one() {
	local t=$1 bin=$out/tests/fuzz/fuzz_$1 log=$out/logs/$1.log reg find_dir start rc took
	local execs crashes line
	reg=(tests/fuzz/regressions/"$t"/*)
	if [ -e "${reg[0]}" ]; then
		if "$bin" "${reg[@]}" >"$out/logs/$t-replay.log" 2>&1; then
			echo "PASS: fuzz_$t replay: ${#reg[@]} regression inputs"
		else
			echo "FAIL: fuzz_$t replay: $(grep -m1 -E 'ERROR|REQUIRE|runtime error' "$out/logs/$t-replay.log")"
		fi
	fi
	find_dir=$out/findings/$t-$(date +%Y%m%d-%H%M%S)
	mkdir -p "$find_dir" "$out/corpus/$t"
	start=$(date +%s)
	"$bin" -max_total_time="$secs" -timeout=30 -rss_limit_mb=3072 -max_len="$(maxlen "$t")" \
		-print_final_stats=1 -artifact_prefix="$find_dir/" \
		"$out/corpus/$t" "$out/seeds/$t" >"$log" 2>&1
	rc=$?
	took=$(($(date +%s) - start))
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	crashes=$(find "$find_dir" -type f | wc -l)
	rmdir "$find_dir" 2>/dev/null
	line="fuzz_$t: ${execs:-0} executions in $took s, $crashes crashes"
	if [ "$rc" -eq 0 ] && [ "$crashes" -eq 0 ]; then
		echo "PASS: $line"
	else
		echo "FAIL: $line (exit $rc; $find_dir; $(grep -m1 -E 'ERROR:|REQUIRE|runtime error' "$log"))"
	fi
}

# FUZZ_JOBS targets at a time (default: the number of CPUs), results in
# the order of the targets.
jobs=${FUZZ_JOBS:-$(nproc)}
for t in "${targets[@]}"; do
	while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n; done
	fuzz_one "$t" >"$out/logs/$t.result" 2>&1 &
done
wait
for t in "${targets[@]}"; do
	while IFS= read -r l; do
		case $l in
		PASS:*) pass "${l#PASS: }" ;;
		FAIL:*) fail "${l#FAIL: }" ;;
		*) echo "$l" ;;
		esac
	done <"$out/logs/$t.result"
done
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
