#!/usr/bin/env bash
# bench/store.sh - what the certificate store costs the mail path (issue
# #16): one certmilter with a store (SQLite), its changes read every
# second, the sources keystore, store and an http directory with
# shared_cache (tests/integration/dirserver.py), side by side in rounds:
#
#   keystore   mail to bob@example.com, whose certificate the keystore
#              source answers (the store is not asked)
#   warm       mail to rcpt-enc@example.net, whose certificate the http
#              source answered once (and the store keeps for the other
#              nodes): every message after the first is served by the
#              in-memory cache
#
# Each message is dual-signed (Vp + V4) and encrypted (bench/milterdrive,
# no MTA). Per row: messages/s, the worker's CPU per message, p50/p99 per
# message, and the store's queries per message: certmilter_store_queries_total
# (GET /metrics) before and after the row, over N. The target: 0 with a warm
# cache (the watch thread's one query per second of poll_interval is
# counted too, and shows as a fraction). Every message must be in an audit
# line with action=accept encrypted=1/1, else it is an ERROR.
#
#   bash bench/store.sh [-n N] [-c C] [-s SIZE] [--rounds R] [--out FILE]
#
#   --pg       the store in a private PostgreSQL (tests/integration/pg.sh)
#              instead of SQLite
#
# Defaults: N 2000, C 4, SIZE 10k, ROUNDS 3. Ports BENCH_STORE_PORT (default
# 25500): +0 milter, +1 metrics, +2 directory, +3 PostgreSQL. CERTMILTER
# (default build/gcc/certmilter; milterdrive beside it).
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/tests/integration/lib.sh"
N=2000 C=4 SIZE=10k ROUNDS=3 OUT= PG=0
while [ $# -gt 0 ]; do
	case $1 in
	-n) N=$2 && shift ;;
	-c) C=$2 && shift ;;
	-s) SIZE=$2 && shift ;;
	--rounds) ROUNDS=$2 && shift ;;
	--out) OUT=$2 && shift ;;
	--pg) PG=1 ;;
	*) echo "usage: $0 [-n N] [-c C] [-s SIZE] [--rounds R] [--out FILE]" >&2 && exit 2 ;;
	esac
	shift
done
P=${BENCH_STORE_PORT:-25500}
MPORT=$P MET=$((P + 1)) HTTP=$((P + 2)) PGPORT=$((P + 3))
CM=${CERTMILTER:-$top/build/gcc/certmilter}
export CERTMILTER=$CM
DRIVE=$(dirname "$CM")/bench/milterdrive
bytes() { case $1 in *k) echo $((${1%k} * 1000)) ;; *m) echo $((${1%m} * 1000000)) ;; *) echo "$1" ;; esac; }
w=$(mktemp -d /tmp/bench-store.XXXXXX)
chmod 755 "$w"
DIR_PID=
finish() {
	[ -n "$DIR_PID" ] && kill "$DIR_PID" 2>/dev/null
	cm_stop
	[ "$PG" = 0 ] || bash "$CM_INT/pg.sh" stop "$w/pg" >/dev/null 2>&1
	[ -n "${BENCH_KEEP:-}" ] || rm -rf "$w"
}
trap finish EXIT

url=sqlite://$w/store.db kind=SQLite
if [ "$PG" = 1 ]; then
	bash "$CM_INT/pg.sh" start "$w/pg" "$PGPORT" $$ >/dev/null && bash "$CM_INT/pg.sh" db "$w/pg" cm >/dev/null ||
		exit 1
	url=$(bash "$CM_INT/pg.sh" url "$w/pg" cm) kind=PostgreSQL
fi
cm_simple_setup "$w" "metrics = { listen = \"127.0.0.1:$MET\"; };
store = { url = \"$url\"; poll_interval = 1; };
directory = { sources = ( { type = \"keystore\"; }, { type = \"store\"; },
  { type = \"http\"; url = \"http://127.0.0.1:$HTTP/pem?email=%{email}\";
    trust = \"$w/pki/public-roots.pem\"; shared_cache = true; } ); };" || exit 1
printf 'defaults = { sign = [ "vp", "identity" ]; timestamp = "none"; encrypt = "opportunistic"; };\n' \
	>"$w/policy.conf"
"$CM_PY" "$CM_INT/dirserver.py" --port "$HTTP" --map "$w/pki/recipients/directory.txt" --parent $$ \
	>"$w/dirserver.log" 2>&1 &
DIR_PID=$!
wait_port "$HTTP" 10 "$DIR_PID" || exit 1
cm_start "$w/certmilter.conf" "$MPORT" "$w/certmilter.log" || exit 1
worker=$(cm_worker_pid)
cpu() { awk '{print $14 + $15}' "/proc/$worker/stat"; }
queries() { curl -s "http://127.0.0.1:$MET/metrics" | sed -n 's/^certmilter_store_queries_total //p'; }
hz=$(getconf CLK_TCK)
declare -A rcpt=([keystore]=bob@example.com [warm]=rcpt-enc@example.net)
declare -A msgs secs ticks q p50 p99
round() { # row
	local t0 c0 q0 out n0
	n0=$(grep -c 'action=accept' "$w/certmilter.log")
	q0=$(queries)
	c0=$(cpu)
	out=$("$DRIVE" -p "inet:$MPORT@127.0.0.1" -n "$N" -c "$C" -s "$(bytes "$SIZE")" \
		-f alice@example.com -t "${rcpt[$1]}")
	ticks[$1]=$((${ticks[$1]:-0} + $(cpu) - c0))
	q[$1]=$((${q[$1]:-0} + $(queries) - q0))
	sleep 0.5
	if [ $(($(grep -c 'encrypted=1/1 .*action=accept' "$w/certmilter.log") - n0)) -ne "$N" ]; then
		echo "ERROR: $1: not every message was encrypted and accepted: $out" >&2
		exit 1
	fi
	msgs[$1]=$((${msgs[$1]:-0} + N))
	secs[$1]=$(awk -v a="${secs[$1]:-0}" -v o="$out" 'BEGIN { split(o, f, "seconds="); split(f[2], g, " "); print a + g[1] }')
	p50[$1]="${p50[$1]:-} $(sed -n 's/.*p50_ms=\([0-9.]*\).*/\1/p' <<<"$out")"
	p99[$1]="${p99[$1]:-} $(sed -n 's/.*p99_ms=\([0-9.]*\).*/\1/p' <<<"$out")"
}
for r in keystore warm; do # warm-up: the caches, and the store's answer kept
	"$DRIVE" -p "inet:$MPORT@127.0.0.1" -n 50 -c "$C" -s "$(bytes "$SIZE")" -f alice@example.com \
		-t "${rcpt[$r]}" >/dev/null
done
for ((r = 0; r < ROUNDS; r++)); do
	round keystore
	round warm
done
{
	echo "# bench/store.sh: $ROUNDS rounds x $N messages of $SIZE, C=$C, dual-signed + encrypted, $kind store, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
	printf '%-9s %9s %12s %16s %16s %12s %14s\n' row msgs/s cpu_ms/msg "p50_ms(rounds)" "p99_ms(rounds)" \
		store_queries queries/msg
	for row in keystore warm; do
		printf '%-9s %9.1f %12.3f %16s %16s %12s %14.4f\n' "$row" \
			"$(awk -v m="${msgs[$row]}" -v s="${secs[$row]}" 'BEGIN { print m / s }')" \
			"$(awk -v t="${ticks[$row]}" -v m="${msgs[$row]}" -v hz="$hz" 'BEGIN { print t * 1000 / hz / m }')" \
			"$(tr ' ' '/' <<<"${p50[$row]# }")" "$(tr ' ' '/' <<<"${p99[$row]# }")" "${q[$row]}" \
			"$(awk -v a="${q[$row]}" -v m="${msgs[$row]}" 'BEGIN { print a / m }')"
	done
	awk -v a="${ticks[warm]}" -v b="${ticks[keystore]}" 'BEGIN { printf "worker cpu warm/keystore: %.3f\n", a / b }'
	echo "directory requests (dirserver): $(curl -s "http://127.0.0.1:$HTTP/stats" | sed -n 's/^requests //p')"
} | tee ${OUT:+"$OUT"}
