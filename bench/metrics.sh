#!/usr/bin/env bash
# bench/metrics.sh - what a scraped metrics endpoint costs the mail path
# (issue #19: "1,000 scrapes during a 10,000-message load: no message
# slower than without the endpoint"). Three rows, side by side, their
# rounds interleaved (the order rotates each round, so that the noise of a
# shared machine hits every row alike):
#
#   off      a certmilter without metrics.listen (no HTTP thread)
#   idle     a second certmilter with metrics.listen set, nobody scraping
#   scraped  the same as idle while bench/scrape GETs /metrics at a fixed
#            rate over one kept-alive connection: at least one scrape per
#            EVERY messages (default 10: 1,000 scrapes in 10,000
#            messages): 1.1 x the messages/s of the unscraped rounds so
#            far (of the warm-ups before the first) / EVERY
#
# Each message is dual-signed (Vp + V4) and encrypted to bob;
# bench/milterdrive speaks the milter protocol (no MTA). Per row: messages/s
# (over its rounds), the worker's CPU per message (/proc/PID/stat
# utime+stime, all threads, the HTTP thread included: its rendering is the
# cost), the time per message (milterdrive: connect to final reply) p50,
# p99 and max over all messages of the row's rounds and p50/p99 of each
# round (the spread between rounds of one row is the yardstick of noise),
# and the scrapes served (200s). The scraper's own CPU per scrape is
# printed: it shares the cores. Every message must be in an audit line
# with action=accept and every scrape must get 200, else it is an ERROR,
# not a result.
#
#   bash bench/metrics.sh [-n N] [-c C] [-s SIZE] [--rounds R] [--every E]
#                         [--out FILE]
#
# Defaults: N 10000, C 4, SIZE 10k, ROUNDS 3, EVERY 10. Ports
# BENCH_MET_PORT (default 25400), +1 (metrics), +2 (the off certmilter).
# CERTMILTER (default build/gcc/certmilter; milterdrive and scrape in
# bench/ beside it).
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/tests/integration/lib.sh"
N=10000 C=4 SIZE=10k ROUNDS=3 EVERY=10 OUT=
while [ $# -gt 0 ]; do
	case $1 in
	-n) N=$2 && shift ;;
	-c) C=$2 && shift ;;
	-s) SIZE=$2 && shift ;;
	--rounds) ROUNDS=$2 && shift ;;
	--every) EVERY=$2 && shift ;;
	--out) OUT=$2 && shift ;;
	*) echo "usage: $0 [-n N] [-c C] [-s SIZE] [--rounds R] [--every E] [--out FILE]" >&2 && exit 2 ;;
	esac
	shift
done
MPORT=${BENCH_MET_PORT:-25400} LOAD0=$(cut -d" " -f1-3 /proc/loadavg)
MET=$((MPORT + 1)) OPORT=$((MPORT + 2))
CM=${CERTMILTER:-$top/build/gcc/certmilter}
DRIVE=$(dirname "$CM")/bench/milterdrive
SCRAPE=$(dirname "$CM")/bench/scrape
for b in "$DRIVE" "$SCRAPE"; do
	[ -x "$b" ] || {
		echo "ERROR: no $b (bash tests/build.sh gcc builds it)" >&2
		exit 1
	}
done
bytes() { case $1 in *k) echo $((${1%k} * 1000)) ;; *m) echo $((${1%m} * 1000000)) ;; *) echo "$1" ;; esac; }
w=$(mktemp -d /tmp/bench-met.XXXXXX)
chmod 755 "$w"
SCRAPER= PID_ON= PID_OFF=
finish() {
	[ -n "$SCRAPER" ] && kill "$SCRAPER" 2>/dev/null
	CM_PID=$PID_ON CM_LOG= && cm_stop
	CM_PID=$PID_OFF CM_LOG= && cm_stop
	[ -n "${BENCH_KEEP:-}" ] || rm -rf "$w"
}
trap finish EXIT

cm_simple_setup "$w" "metrics = { listen = \"127.0.0.1:$MET\"; };" || exit 1
printf 'defaults = { sign = [ "vp", "identity" ]; timestamp = "none"; encrypt = "opportunistic"; };\n' \
	>"$w/policy.conf"
mkdir -p "$w/off"
sed -e "s|^\( *spool_dir = \).*|\1\"$w/off\";|" -e '/^ *metrics = /d' "$w/certmilter.conf" >"$w/off.conf"
grep -q metrics "$w/off.conf" && {
	echo "ERROR: off.conf still sets metrics" >&2
	exit 1
}
cm_start "$w/certmilter.conf" "$MPORT" "$w/on.log" || exit 1
PID_ON=$CM_PID
cm_start "$w/off.conf" "$OPORT" "$w/off.log" || exit 1
PID_OFF=$CM_PID
CM_PID=
worker() { ps -o pid= --ppid "$1" | tr -d ' ' | head -1; }
W_ON=$(worker "$PID_ON") W_OFF=$(worker "$PID_OFF")
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)
drive() { # port messages [latency file]
	"$DRIVE" -p "inet:$1@127.0.0.1" -n "$2" -c "$C" -s "$(bytes "$SIZE")" \
		-f alice@example.com -t bob@example.com ${3:+-l "$3"}
}
field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<" $2"; }
declare -A msgs secs ticks scrapes sfail scpu p50 p99 pmax
rate_sum=0 rate_n=0 warm=1
for p in "$MPORT" "$OPORT"; do # warm-up, and the first estimate of msgs/s
	out=$(drive "$p" 300) || {
		echo "ERROR: warm-up: $out" >&2
		exit 1
	}
	rate_sum=$(awk -v a="$rate_sum" -v b="$(field rate "$out")" 'BEGIN { print a + b }')
	rate_n=$((rate_n + 1))
done
round() { # row round
	local row=$1 port=$MPORT wpid=$W_ON log=$w/on.log t0 c0 out n0 srate sout
	[ "$row" = off ] && port=$OPORT wpid=$W_OFF log=$w/off.log
	if [ "$row" = scraped ]; then
		srate=$(awk -v s="$rate_sum" -v n="$rate_n" -v e="$EVERY" 'BEGIN { printf "%.2f", 1.1 * s / n / e }')
		"$SCRAPE" -u "127.0.0.1:$MET" -r "$srate" >"$w/scrape.out" &
		SCRAPER=$!
	fi
	n0=$(grep -c 'action=accept' "$log")
	c0=$(cpu "$wpid")
	out=$(drive "$port" "$N" "$w/lat.$row.$2")
	ticks[$row]=$((${ticks[$row]:-0} + $(cpu "$wpid") - c0))
	if [ -n "$SCRAPER" ]; then
		kill -TERM "$SCRAPER"
		wait "$SCRAPER"
		SCRAPER=
		sout=$(cat "$w/scrape.out")
		scrapes[$row]=$((${scrapes[$row]:-0} + $(field ok "$sout")))
		sfail[$row]=$((${sfail[$row]:-0} + $(field failed "$sout")))
		scpu[$row]=$(awk -v a="${scpu[$row]:-0}" -v b="$(field cpu_ms "$sout")" 'BEGIN { print a + b }')
		echo "round $2 scraped: $sout (rate asked $srate/s)" >>"$w/scrape.log"
	fi
	sleep 0.5
	if [ $(($(grep -c 'action=accept' "$log") - n0)) -ne "$N" ] || [ "$(field failed "$out")" != 0 ]; then
		echo "ERROR: $row: not every message was accepted: $out" >&2
		exit 1
	fi
	if [ "$row" != scraped ]; then # the estimate: the unscraped rounds, not the warm-ups
		[ "$warm" = 1 ] && rate_sum=0 rate_n=0 warm=0
		rate_sum=$(awk -v a="$rate_sum" -v b="$(field rate "$out")" 'BEGIN { print a + b }')
		rate_n=$((rate_n + 1))
	fi
	msgs[$row]=$((${msgs[$row]:-0} + N))
	secs[$row]=$(awk -v a="${secs[$row]:-0}" -v b="$(field seconds "$out")" 'BEGIN { print a + b }')
	p50[$row]="${p50[$row]:-}/$(field p50_ms "$out")"
	p99[$row]="${p99[$row]:-}/$(field p99_ms "$out")"
	pmax[$row]="${pmax[$row]:-}/$(field max_ms "$out")"
}
rows=(off idle scraped)
for ((r = 0; r < ROUNDS; r++)); do
	for ((i = 0; i < 3; i++)); do
		round "${rows[$(((i + r) % 3))]}" "$r"
	done
done
pooled() { # row: p50 p99 max of all its messages
	sort -n "$w"/lat."$1".* | awk '{ v[NR] = $1 } END {
		i50 = int(NR * 0.50 + 0.999999); i99 = int(NR * 0.99 + 0.999999)
		printf "%.1f %.1f %.1f", v[i50], v[i99], v[NR] }'
}
{
	echo "# bench/metrics.sh: $ROUNDS rounds x $N messages of $SIZE per row, C=$C, dual-signed + encrypted, one scrape per $EVERY messages in the scraped row, rounds interleaved, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), load before: $LOAD0"
	printf '%-8s %8s %10s %20s %17s %17s %17s %7s\n' row msgs/s cpu_ms/msg "p50/p99/max_ms(all)" \
		"p50_ms(rounds)" "p99_ms(rounds)" "max_ms(rounds)" scrapes
	for row in "${rows[@]}"; do
		read -r a b c <<<"$(pooled "$row")"
		printf '%-8s %8.1f %10.3f %20s %17s %17s %17s %7s\n' "$row" \
			"$(awk -v m="${msgs[$row]}" -v s="${secs[$row]}" 'BEGIN { print m / s }')" \
			"$(awk -v t="${ticks[$row]}" -v m="${msgs[$row]}" -v hz="$hz" 'BEGIN { print t * 1000 / hz / m }')" \
			"$a/$b/$c" "${p50[$row]#/}" "${p99[$row]#/}" "${pmax[$row]#/}" "${scrapes[$row]:-0}"
	done
	read -r o50 o99 _ <<<"$(pooled off)"
	read -r s50 s99 _ <<<"$(pooled scraped)"
	read -r i50 i99 _ <<<"$(pooled idle)"
	awk -v s50="$s50" -v o50="$o50" -v s99="$s99" -v o99="$o99" -v i50="$i50" -v i99="$i99" \
		-v st="${ticks[scraped]}" -v ot="${ticks[off]}" -v it="${ticks[idle]}" 'BEGIN {
		printf "scraped/off: p50 %.3f, p99 %.3f, worker cpu/msg %.3f; idle/off: p50 %.3f, p99 %.3f, cpu %.3f\n",
			s50 / o50, s99 / o99, st / ot, i50 / o50, i99 / o99, it / ot }'
	for row in "${rows[@]}"; do # the yardstick: the spread of one row between rounds
		tr '/' '\n' <<<"${p50[$row]#/}" | sort -n | sed -n '1p;$p' | paste -sd' ' |
			awk -v r="$row" '{ printf "%s: p50 between rounds %.1f..%.1f ms", r, $1, $2 }'
		tr '/' '\n' <<<"${p99[$row]#/}" | sort -n | sed -n '1p;$p' | paste -sd' ' |
			awk '{ printf ", p99 %.1f..%.1f ms\n", $1, $2 }'
	done
	awk -v c="${scpu[scraped]:-0}" -v n="${scrapes[scraped]:-0}" -v f="${sfail[scraped]:-0}" \
		'BEGIN { printf "the scraper (bench/scrape, one process, one kept-alive connection): %d scrapes served, %d failed, %.3f ms of its own CPU per scrape\n", n, f, n ? c / n : 0 }'
	cat "$w/scrape.log"
} | tee ${OUT:+"$OUT"}
[ "${sfail[scraped]:-0}" -eq 0 ] || {
	echo "ERROR: ${sfail[scraped]} scrapes failed" >&2
	exit 1
}
