#!/usr/bin/env bash
# bench/revocation.sh - what revocation checking costs per message once its
# caches are warm (issue #14): the same message stream through certmilter
# with revocation.mode = off and = soft, one after the other, side by side.
#
# Every certificate involved names a real OCSP responder and CRL
# (tests/pki/mkrev.sh, served by tests/pki/revsrv.py: `openssl ocsp` per
# request): the sender's V4 (checked at load), the recipient's encrypting
# certificate (found in a files source, checked at lookup, then cached with
# the answer) and the TSA's certificate (checked for every token through
# the revocation cache). Each message is signed with V4, timestamped by
# tests/tsad and encrypted to the recipient; bench/milterdrive speaks the
# milter protocol (no MTA).
#
# Per row, after WARM messages that fill the caches: messages/s, the
# worker's CPU time per message (/proc/PID/stat utime+stime, all threads,
# before and after), and the OCSP and CRL requests the responder served
# from the start through the warm-up (soft: the checks happen) and during
# the timed messages (the claim: none). The two modes alternate ROUNDS
# times and each row sums its rounds. Every round must show in its audit
# lines that each message was signed, timestamped and encrypted, else it
# is an ERROR, not a result.
#
#   bash bench/revocation.sh [-n N] [-c C] [-s SIZE] [--warm W] [--rounds R]
#                            [--out FILE]
#
# Defaults: N 500, C 4, SIZE 10k, WARM 20, ROUNDS 3. Ports BENCH_REV_PORT (default
# 25300) .. +3. CERTMILTER (default build/gcc/certmilter; milterdrive and
# tsad are taken from beside it). Exit 0 when both rows ran and were
# protected as configured.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/tests/integration/lib.sh"
N=500 C=4 SIZE=10k WARM=20 ROUNDS=3 OUT=
while [ $# -gt 0 ]; do
	case $1 in
	-n) N=$2 && shift ;;
	-c) C=$2 && shift ;;
	-s) SIZE=$2 && shift ;;
	--warm) WARM=$2 && shift ;;
	--rounds) ROUNDS=$2 && shift ;;
	--out) OUT=$2 && shift ;;
	*) echo "usage: $0 [-n N] [-c C] [-s SIZE] [--warm W] [--rounds R] [--out FILE]" >&2 && exit 2 ;;
	esac
	shift
done
base=${BENCH_REV_PORT:-25300}
REV_PORT=$base DOWN_PORT=$((base + 1)) TSA_PORT=$((base + 2)) MPORT=$((base + 3))
CM=${CERTMILTER:-$top/build/gcc/certmilter}
DRIVE=$(dirname "$CM")/bench/milterdrive TSAD=$(dirname "$CM")/tests/tsad/tsad
bytes() { case $1 in *k) echo $((${1%k} * 1000)) ;; *m) echo $((${1%m} * 1000000)) ;; *) echo "$1" ;; esac; }
w=$(mktemp -d /tmp/bench-rev.XXXXXX)
chmod 755 "$w"
PIDS=()
finish() {
	[ ${#PIDS[@]} -gt 0 ] && kill "${PIDS[@]}" 2>/dev/null
	pkill -f -- "-c $w/certmilter.conf" 2>/dev/null
	[ -n "${BENCH_KEEP:-}" ] || rm -rf "$w"
}
trap finish EXIT
for f in "$CM" "$DRIVE" "$TSAD"; do
	[ -x "$f" ] || { echo "revocation bench: $f missing (bash tests/build.sh gcc)" >&2 && exit 1; }
done

# ---- the PKI: the revocation tests' CA, with a recipient, a sender's V4
# and a TSA, each naming the responder and the CRL
R=$w/rev
bash "$top/tests/pki/mkrev.sh" "$R" "$REV_PORT" "$DOWN_PORT" >/dev/null 2>&1 || exit 1
issue() { bash "$top/tests/pki/revissue.sh" "$R" "$@"; } # name ext subject [email]
issue rgood rcpt "/CN=Good Recipient" rgood@rev.example &&
	issue alice-v4 own "/O=Example Org/CN=Alice Example/title=Engineer" alice@example.com &&
	issue tsa-good tsa "/O=Rev Test/CN=Rev Bench TSA" || exit 1
mkdir -m 700 "$w/keys" && cp "$R/alice-v4.pem" "$R/alice-v4.key" "$w/keys/"
mkdir -m 755 "$w/rcpts" && cp "$R/rgood.pem" "$w/rcpts/rgood@rev.example.pem"
mkdir "$w/tsapki" && tsad_pki "$w/tsapki" "$R/tsa-good.pem" "$R/tsa-good.key" || exit 1

"$CM_PY" "$top/tests/pki/revsrv.py" --port "$REV_PORT" --dir "$R" --parent $$ >"$w/revsrv.log" 2>&1 &
PIDS+=($!)
"$TSAD" -p "$TSA_PORT" -d "$w/tsapki" >"$w/tsad.log" 2>&1 &
PIDS+=($!)
wait_port "$REV_PORT" 10 "${PIDS[0]}" && wait_port "$TSA_PORT" 10 "${PIDS[1]}" || exit 1
revstats() { curl -fsS "http://127.0.0.1:$REV_PORT/stats" | awk '{ n += $2 } END { print n }'; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# round MODE: one configuration; prints "MODE NS TICKS WARM_REQUESTS REQUESTS"
round() {
	local mode=$1 sup worker t0 t1 c0 c1 r0 r1 rw ok out
	cat >"$w/policy.conf" <<-EOF
		defaults = { sign = [ "v4" ]; timestamp = "all"; encrypt = "opportunistic";
		             missing_certificate = "plaintext"; };
	EOF
	cat >"$w/certmilter.conf" <<-EOF
		policy_file = "$w/policy.conf";
		spool_dir = "$w";
		outbound = { internal_networks = [ "127.0.0.0/8" ]; };
		keystore = { directories = [ "$w/keys" ]; };
		trust = { organization = "$R/ca.pem"; tsa = "$R/ca.pem"; };
		tsa = { urls = [ "http://127.0.0.1:$TSA_PORT/" ]; };
		encryption = { to_sender = false; };
		revocation = { mode = "$mode"; };
		directory = { sources = ( { type = "files"; path = "$w/rcpts"; trust = "$R/ca.pem"; } ); };
	EOF
	: >"$w/$mode.log"
	rw=$(revstats)
	"$CM" -f -c "$w/certmilter.conf" -p "inet:$MPORT@127.0.0.1" >"$w/$mode.log" 2>&1 &
	sup=$!
	wait_port "$MPORT" 10 "$sup" || { echo "ERROR $mode: certmilter did not start" && return 1; }
	worker=$(pgrep -P "$sup" | head -1)
	"$DRIVE" -p "inet:$MPORT@127.0.0.1" -n "$WARM" -c 2 -s "$(bytes "$SIZE")" -f alice@example.com \
		-t rgood@rev.example -q >/dev/null
	r0=$(revstats) c0=$(cpu_ticks "$worker") t0=$(date +%s%N)
	out=$("$DRIVE" -p "inet:$MPORT@127.0.0.1" -n "$N" -c "$C" -s "$(bytes "$SIZE")" \
		-f alice@example.com -t rgood@rev.example -q)
	t1=$(date +%s%N) c1=$(cpu_ticks "$worker") r1=$(revstats)
	kill "$sup"
	wait "$sup" 2>/dev/null
	ok=$(grep -c ' signed=v4 ts=1/1 encrypted=1/1 ' "$w/$mode.log")
	if [ "$ok" -ne $((N + WARM)) ]; then
		echo "ERROR $mode: $ok of $((N + WARM)) messages signed, timestamped and encrypted ($out)"
		return 1
	fi
	echo "$mode $((t1 - t0)) $((c1 - c0)) $((r0 - rw)) $((r1 - r0))"
}

: >"$w/rounds"
for i in $(seq "$ROUNDS"); do
	for mode in off soft; do
		r=$(round "$mode") || { echo "$r" && exit 1; }
		echo "$r" >>"$w/rounds"
	done
done
{
	echo "# revocation, caches warm: $ROUNDS rounds of $N messages of $SIZE per mode, $C at a"
	echo "# time (each after $WARM to warm up); $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs"
	echo
	echo "| revocation.mode | messages/s | worker CPU ms/msg | OCSP+CRL requests: start and warm-up / timed run |"
	echo "|---|---|---|---|"
	awk -v n="$N" -v hz="$(getconf CLK_TCK)" '
		{ ns[$1] += $2; ticks[$1] += $3; warm[$1] += $4; req[$1] += $5; k[$1]++ }
		END {
			for (i = 1; i <= 2; i++) {
				m = i == 1 ? "off" : "soft"
				cpu[m] = ticks[m] * 1000 / hz / (n * k[m])
				printf "| %s | %.1f | %.3f | %d / %d |\n", m, n * k[m] / (ns[m] / 1e9), cpu[m],
					warm[m], req[m]
			}
			printf "\nsoft / off, worker CPU per message: %.3f (%+.1f %%)\n", cpu["soft"] / cpu["off"],
				(cpu["soft"] / cpu["off"] - 1) * 100
		}' "$w/rounds"
} | tee ${OUT:+"$OUT"}
