#!/usr/bin/env bash
# bench/metrics.sh - what a busy metrics endpoint costs the mail path
# (issue #19): the same message stream through one certmilter (metrics.listen
# set), rounds alternating between no scraper and curl scraping GET /metrics
# in a loop, side by side.
#
# Each message is dual-signed (Vp + V4) and encrypted to bob;
# bench/milterdrive speaks the milter protocol (no MTA). Per row, summed
# over its rounds: messages/s, the worker's CPU per message
# (/proc/PID/stat utime+stime, all threads, the HTTP thread included: its
# rendering is the cost), milterdrive's p50 and p99 time per message, and
# the scrapes served. The scraper's own CPU (curl started per scrape) is
# printed too: on a small machine it competes with certmilter for the
# cores, which shows in msgs/s and p50, not in certmilter's CPU per
# message. Every message must be in an audit line with
# action=accept, else it is an ERROR, not a result.
#
#   bash bench/metrics.sh [-n N] [-c C] [-s SIZE] [--rounds R] [--out FILE]
#
# Defaults: N 2000, C 4, SIZE 10k, ROUNDS 3. Ports BENCH_MET_PORT (default
# 35400) and +1. CERTMILTER (default build/gcc/certmilter; milterdrive
# beside it).
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/tests/integration/lib.sh"
N=2000 C=4 SIZE=10k ROUNDS=3 OUT=
while [ $# -gt 0 ]; do
	case $1 in
	-n) N=$2 && shift ;;
	-c) C=$2 && shift ;;
	-s) SIZE=$2 && shift ;;
	--rounds) ROUNDS=$2 && shift ;;
	--out) OUT=$2 && shift ;;
	*) echo "usage: $0 [-n N] [-c C] [-s SIZE] [--rounds R] [--out FILE]" >&2 && exit 2 ;;
	esac
	shift
done
MPORT=${BENCH_MET_PORT:-35400} MET=$((${BENCH_MET_PORT:-35400} + 1))
CM=${CERTMILTER:-$top/build/gcc/certmilter}
DRIVE=$(dirname "$CM")/bench/milterdrive
bytes() { case $1 in *k) echo $((${1%k} * 1000)) ;; *m) echo $((${1%m} * 1000000)) ;; *) echo "$1" ;; esac; }
w=$(mktemp -d /tmp/bench-met.XXXXXX)
chmod 755 "$w"
SCRAPER=
finish() {
	[ -n "$SCRAPER" ] && kill "$SCRAPER" 2>/dev/null
	cm_stop
	[ -n "${BENCH_KEEP:-}" ] || rm -rf "$w"
}
trap finish EXIT

cm_simple_setup "$w" "metrics = { listen = \"127.0.0.1:$MET\"; };" || exit 1
printf 'defaults = { sign = [ "vp", "identity" ]; timestamp = "none"; encrypt = "opportunistic"; };\n' \
	>"$w/policy.conf"
cm_start "$w/certmilter.conf" "$MPORT" "$w/certmilter.log" || exit 1
worker=$(cm_worker_pid)
cpu() { awk '{print $14 + $15}' "/proc/$worker/stat"; }
hz=$(getconf CLK_TCK)
declare -A msgs secs ticks scrapes p50 p99 sticks
round() { # row
	local t0 c0 out n0
	rm -f "$w/scrapes"
	if [ "$1" = scraped ]; then
		(
			n=0
			while :; do
				curl -s -o /dev/null "http://127.0.0.1:$MET/metrics" && n=$((n + 1))
				echo "$n" >"$w/scrapes"
			done
		) &
		SCRAPER=$!
	fi
	n0=$(grep -c 'action=accept' "$w/certmilter.log")
	c0=$(cpu)
	out=$("$DRIVE" -p "inet:$MPORT@127.0.0.1" -n "$N" -c "$C" -s "$(bytes "$SIZE")" \
		-f alice@example.com -t bob@example.com)
	ticks[$1]=$((${ticks[$1]:-0} + $(cpu) - c0))
	if [ -n "$SCRAPER" ]; then
		sticks[$1]=$((${sticks[$1]:-0} + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$SCRAPER/stat")))
		kill "$SCRAPER" 2>/dev/null
		wait "$SCRAPER" 2>/dev/null
		SCRAPER=
		scrapes[$1]=$((${scrapes[$1]:-0} + $(cat "$w/scrapes" 2>/dev/null || echo 0)))
	fi
	sleep 0.5
	if [ $(($(grep -c 'action=accept' "$w/certmilter.log") - n0)) -ne "$N" ]; then
		echo "ERROR: $1: not every message was accepted: $out" >&2
		exit 1
	fi
	msgs[$1]=$((${msgs[$1]:-0} + N))
	secs[$1]=$(awk -v a="${secs[$1]:-0}" -v o="$out" 'BEGIN { split(o, f, "seconds="); split(f[2], g, " "); print a + g[1] }')
	p50[$1]="${p50[$1]:-} $(sed -n 's/.*p50_ms=\([0-9.]*\).*/\1/p' <<<"$out")"
	p99[$1]="${p99[$1]:-} $(sed -n 's/.*p99_ms=\([0-9.]*\).*/\1/p' <<<"$out")"
}
"$DRIVE" -p "inet:$MPORT@127.0.0.1" -n 50 -c "$C" -s "$(bytes "$SIZE")" -f alice@example.com \
	-t bob@example.com >/dev/null # warm-up
for ((r = 0; r < ROUNDS; r++)); do
	round quiet
	round scraped
done
{
	echo "# bench/metrics.sh: $ROUNDS rounds x $N messages of $SIZE, C=$C, dual-signed + encrypted, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
	printf '%-8s %9s %12s %16s %16s %8s\n' row msgs/s cpu_ms/msg "p50_ms(rounds)" "p99_ms(rounds)" scrapes
	for row in quiet scraped; do
		printf '%-8s %9.1f %12.3f %16s %16s %8s\n' "$row" \
			"$(awk -v m="${msgs[$row]}" -v s="${secs[$row]}" 'BEGIN { print m / s }')" \
			"$(awk -v t="${ticks[$row]}" -v m="${msgs[$row]}" -v hz="$hz" 'BEGIN { print t * 1000 / hz / m }')" \
			"$(tr ' ' '/' <<<"${p50[$row]# }")" "$(tr ' ' '/' <<<"${p99[$row]# }")" "${scrapes[$row]:-0}"
	done
	awk -v a="${ticks[scraped]}" -v b="${ticks[quiet]}" 'BEGIN { printf "worker cpu scraped/quiet: %.3f\n", a / b }'
	awk -v t="${sticks[scraped]:-0}" -v n="${scrapes[scraped]:-1}" -v hz="$hz" \
		'BEGIN { printf "the scraper (curl processes) took %.1f ms of CPU per scrape, on the same cores\n", t * 1000 / hz / n }'
} | tee ${OUT:+"$OUT"}
