#!/usr/bin/env bash
# tests/run.sh - README command 2: install what is missing, build, and run
# the whole test suite. The last line is "N passed, N failed".
#
#   1. gcc build with -Werror; style checks (clang-format, function length)
#   2. unit tests (Check), then the same under valgrind
#   3. integration: real Postfix + real certmilter + corpus + verifiers
#      (every tests/integration/t_*.sh; t_load.sh at its CI size LOAD_N=500)
#   4. clang ASan+UBSan build: unit tests and the integration test again
#   5. the integration test with certmilter under valgrind
#   6. make distcheck (tests/distcheck.sh)
#   7. the fuzz targets (tests/fuzz/run.sh): regressions replayed, then each
#      target 40 s (FUZZ_SECONDS), one PASS/FAIL per target
#   8. last, t_logsafety.sh: its own control-character messages, then
#      every log of the steps above scanned for key material and body text
#
# A test file or unit program that ran no check at all is a failure, unless
# it printed a SKIP line whose reason is a fact of the machine (not root,
# Sendmail unavailable, no network for a download). Every SKIP line is
# listed on the line before the last ("skipped: FILE: reason; ...").
#
# Environment: QUICK=1 skips the valgrind, sanitizer and fuzz passes and
# distcheck.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
export LC_ALL=C.UTF-8
# the files the tests write (configurations, policies, bundles) must not be
# writable by group or others, or certmilter refuses them
umask 022

PASSED=0
FAILED=0
SKIPS=()
# the reasons a whole test file may skip for: facts of the machine
MACHINE_SKIP='needs root|unavailable|no network'
logdir="$top/build/test-logs"

pass() { PASSED=$((PASSED + 1)); echo "PASS: $*"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL: $*"; }

# Run one unit program; its output to LOG, its exit status to LOG.rc.
unit_run() {
	local out=$1 prog=$2
	shift 2
	CK_FORK=no "$@" "$prog" >"$out" 2>&1
	echo $? >"$out.rc"
}

# Count Check's "NN%: Checks: N, Failures: F, Errors: E" for one program.
unit_tally() {
	local label=$1 prog=$2 out=$3
	local rc line n f e
	rc=$(cat "$out.rc" 2>/dev/null || echo 127)
	line=$(grep -E '^[0-9]+%: Checks: ' "$out" | tail -1)
	if [ -z "$line" ]; then
		fail "$label $(basename "$prog"): no result (exit $rc), see $out"
		return
	fi
	n=$(sed -E 's/.*Checks: ([0-9]+).*/\1/' <<<"$line")
	f=$(sed -E 's/.*Failures: ([0-9]+).*/\1/' <<<"$line")
	e=$(sed -E 's/.*Errors: ([0-9]+).*/\1/' <<<"$line")
	if [ "$n" -eq 0 ]; then
		fail "$label $(basename "$prog"): ran no check (exit $rc), see $out"
		return
	fi
	PASSED=$((PASSED + n - f - e))
	FAILED=$((FAILED + f + e))
	if [ "$rc" -ne 0 ] || [ $((f + e)) -ne 0 ]; then
		echo "FAIL: $label $(basename "$prog"): $line (exit $rc)"
		grep -E ':[EF]:' "$out" | head -20
		[ "$rc" -ne 0 ] && [ $((f + e)) -eq 0 ] && FAILED=$((FAILED + 1))
	else
		echo "ok: $label $(basename "$prog"): $line"
	fi
}

# Every unit program of build DIR, UNIT_JOBS (default: the number of CPUs)
# at a time (each starts its servers on its own ports), then the tally in
# a fixed order.
unit_all() {
	local label=$1 dir=$2 jobs=${UNIT_JOBS:-$(nproc)} progs=() prog
	shift 2
	for prog in "$dir"/tests/unit/check_*; do
		[ -x "$prog" ] && [ "${prog%.c}" = "$prog" ] && progs+=("$prog")
	done
	for prog in "${progs[@]}"; do
		while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n; done
		unit_run "$logdir/$label-$(basename "$prog").log" "$prog" "$@" &
	done
	wait
	for prog in "${progs[@]}"; do
		unit_tally "$label" "$prog" "$logdir/$label-$(basename "$prog").log"
	done
}

# Run an integration script; count its PASS:/FAIL: lines.
integ() {
	local label=$1 script=$2 out
	shift 2
	out="$logdir/$label-$(basename "$script" .sh).log"
	env "$@" bash "$script" >"$out" 2>&1
	local rc=$?
	local p f
	p=$(grep -c '^PASS: ' "$out")
	f=$(grep -c '^FAIL: ' "$out")
	PASSED=$((PASSED + p))
	FAILED=$((FAILED + f))
	grep -E '^(FAIL|SKIP): ' "$out" | sed "s/^/$label: /" | head -40
	local skip
	while IFS= read -r skip; do
		SKIPS+=("$label $(basename "$script"): ${skip#SKIP: }")
	done < <(grep '^SKIP: ' "$out")
	if [ $((p + f)) -eq 0 ] && [ "$rc" -eq 0 ]; then
		if grep -E '^SKIP: ' "$out" | grep -qE "$MACHINE_SKIP"; then
			echo "skipped: $label $(basename "$script"): $(grep -m1 '^SKIP: ' "$out")"
		else
			fail "$label $(basename "$script"): ran no check and gave no reason of the machine (SKIP: ... $MACHINE_SKIP), see $out"
		fi
	elif [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		fail "$label $(basename "$script"): exit $rc without a FAIL line, see $out"
		tail -20 "$out"
	else
		echo "$([ "$f" -eq 0 ] && echo ok || echo FAILED): $label $(basename "$script"): $p passed, $f failed"
	fi
}

bash tests/deps.sh || { fail "deps: apt-get install failed"; echo "$PASSED passed, $FAILED failed"; exit 1; }
mkdir -p "$logdir"
# certmilter logs and test PKI secrets kept by lib.sh's cm_stop (step 7)
rm -rf "$logdir/certmilter" "$top/build/test-secrets"
# The tests listen on fixed loopback ports 25000-47999, partly inside the
# kernel's ephemeral range (32768-60999): a client socket of one test (say
# Postfix connecting to its milter) could hold a port the next test wants
# to listen on. Reserve the range for the run; the old value comes back
# at exit.
reserved=/proc/sys/net/ipv4/ip_local_reserved_ports
if [ -w "$reserved" ]; then
	old_reserved=$(cat "$reserved")
	restore_reserved() { echo "$old_reserved" >"$reserved"; }
	trap restore_reserved EXIT
	echo "${old_reserved:+$old_reserved,}25000-47999" >"$reserved" ||
		echo "note: could not reserve ports 25000-47999 ($reserved)"
fi
# one test PKI for the whole run, copied by tests/pki/mkpki.sh (~10 s of
# CPU each time it is generated; the suite asks for it ~50 times)
export MKPKI_CACHE="$top/build/pki-cache"
rm -rf "$MKPKI_CACHE"

if bash tests/build.sh gcc; then pass "build gcc -Werror"; else fail "build gcc -Werror"; fi
bash tests/lint.sh >"$logdir/lint.log" 2>&1
grep -E '^(PASS|FAIL): ' "$logdir/lint.log"
PASSED=$((PASSED + $(grep -c '^PASS: ' "$logdir/lint.log")))
FAILED=$((FAILED + $(grep -c '^FAIL: ' "$logdir/lint.log")))

unit_all unit build/gcc
if [ "${QUICK:-0}" != 1 ]; then
	unit_all valgrind build/gcc valgrind -q --error-exitcode=99 --leak-check=full \
		--show-leak-kinds=definite --errors-for-leak-kinds=definite --suppressions="$top/tests/valgrind.supp"
fi
for t in tests/integration/t_*.sh; do
	[ "$t" = tests/integration/t_logsafety.sh ] && continue # last, below
	integ integ "$t" CERTMILTER="$top/build/gcc/certmilter"
done

if [ "${QUICK:-0}" != 1 ]; then
	if bash tests/build.sh asan; then pass "build clang asan+ubsan -Werror"; else fail "build clang asan+ubsan"; fi
	export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:halt_on_error=1"
	export LSAN_OPTIONS="suppressions=$top/tests/lsan.supp:print_suppressions=0"
	export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
	unit_all asan build/asan
	integ asan tests/integration/t_corpus.sh CERTMILTER="$top/build/asan/certmilter"
	unset ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS
	integ valgrind tests/integration/t_corpus.sh CERTMILTER="$top/build/gcc/certmilter" \
		CM_WRAPPER="valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --suppressions=$top/tests/valgrind.supp --log-file=$logdir/valgrind-certmilter.%p.log"
	integ valgrind tests/integration/t_metrics.sh CERTMILTER="$top/build/gcc/certmilter" \
		CM_WRAPPER="valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --suppressions=$top/tests/valgrind.supp --log-file=$logdir/valgrind-certmilter.%p.log"
	if cat "$logdir"/valgrind-certmilter.*.log 2>/dev/null | grep -q .; then
		fail "valgrind: certmilter under valgrind reported errors (see $logdir/valgrind-certmilter.*.log)"
	else
		pass "valgrind: certmilter under valgrind reported nothing"
	fi
	# 40 s per target: six targets two at a time are three rounds (2 min)
	integ fuzz tests/fuzz/run.sh FUZZ_SECONDS=40
fi
# 6. the release tarball: make distcheck (VPATH, read-only srcdir, -Werror)
if [ "${QUICK:-0}" != 1 ]; then
	if bash tests/distcheck.sh >"$logdir/distcheck.log" 2>&1; then
		pass "make distcheck: $(tail -1 "$logdir/distcheck.log")"
	else
		fail "make distcheck (see $logdir/distcheck.log)"
		tail -20 "$logdir/distcheck.log"
	fi
fi

# 8. last: every log above scanned for key material and body text
integ integ tests/integration/t_logsafety.sh CERTMILTER="$top/build/gcc/certmilter"

if [ ${#SKIPS[@]} -gt 0 ]; then
	skipped=$(printf '%s; ' "${SKIPS[@]}")
	echo "skipped: ${skipped%; }"
fi
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
