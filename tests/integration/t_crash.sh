#!/usr/bin/env bash
# t_crash.sh - crash and restart under load (certmilter(8) FAILURES "nothing is lost"),
# through a real Postfix (milter_default_action = tempfail) and the real
# certmilter signing every message with two signers (Vp + V4):
#
#   whole   stream.py sends CRASH_N numbered messages from CRASH_CLIENTS
#           concurrent SMTP clients that retry on 4xx; meanwhile every
#           certmilter process (supervisor and worker) is killed with
#           SIGKILL, twice, and started again 1.5 s later each time;
#   worker  CRASH_WN more messages while only the worker is killed, twice:
#           the supervisor (same pid) starts a new one after its back-off.
#
# Then the queue is drained (postqueue -f until empty) and every message
# sent must be at the sink exactly once (by Message-ID: no loss, no
# duplicate), signed by two signers, and pass openssl cms -verify against
# the test PKI's roots (sinkcheck.py, a batch). The kills must have hit the
# stream: messages were sent before and after each one, and the clients saw
# 4xx or Postfix logged milter failures.  Figures:
#   "<phase>: sent=N delivered=N duplicates=0 verified=N tempfails_seen=K"
#
# environment: CERTMILTER; CRASH_N (default 300), CRASH_WN (300),
#   CRASH_CLIENTS (6); ports 43025-43027, milter 43094.
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
PORT_IN=43025 PORT_PLAIN=43026 SINK_PORT=43027 MPORT=43094
N=${CRASH_N:-300} WN=${CRASH_WN:-300} CLIENTS=${CRASH_CLIENTS:-6}
work=$(mktemp -d /tmp/t_crash.XXXXXX)
chmod 755 "$work"
STREAM_PID=
finish() {
	[ -n "$STREAM_PID" ] && kill "$STREAM_PID" 2>/dev/null
	t_cleanup
	rm -rf "$work"
}
trap finish EXIT
t_need_root crash

cm_simple_setup "$work" || exit 1
printf '%s\n' 'defaults = { sign = [ "identity" ]; encrypt = "never"; timestamp = "none"; };' \
	'rules = ( { from = "alice@example.com"; sign = [ "vp", "v4" ]; } );' >"$work/policy.conf"
conf=$work/certmilter.conf log=$work/certmilter.log
if ! { sink_start "$work/sink" "$SINK_PORT" && cm_start "$conf" "$MPORT" "$log" &&
	pf_setup "$work/pf" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "inet:127.0.0.1:$MPORT"; }; then
	fail setup "could not start the services"
	t_summary
	exit 1
fi

lines() { [ -f "$1" ] && wc -l <"$1" || echo 0; }
# wait_done FILE COUNT: until stream.py finished COUNT messages (60 s + 0.1 s a message)
wait_done() {
	local t=$((600 + N + WN))
	until [ "$(lines "$1")" -ge "$2" ]; do
		kill -0 "$STREAM_PID" 2>/dev/null || return 1
		[ $((t -= 1)) -gt 0 ] || return 1
		sleep 0.1
	done
}
# stream TAG COUNT: start the clients in the background
stream() {
	"$CM_PY" "$CM_INT/stream.py" --out "$work/$1.jsonl" --tag "$1" --count "$2" \
		--clients "$CLIENTS" --window $((2 * CLIENTS)) --retry-delay 0.3 --give-up 120 \
		--class "c:$PORT_IN:$1@sink.example" >"$work/$1.out" 2>"$work/$1.err" &
	STREAM_PID=$!
}
milter_errors() { grep -cE 'milter inet:127.0.0.1:'"$MPORT"': (can.t read|read error|connect|error)|Milter service' "$work/pf/maillog"; }

# ------------------------------------------------- whole: every process
echo "# $(date +%T) stream whole"
t0=$(date +%s%N)
stream whole "$N"
kills=
for frac in 25 60; do
	wait_done "$work/whole.jsonl" $((N * frac / 100)) || break
	before=$(lines "$work/whole.jsonl")
	cm_kill_all
	k=$CM_KILLED
	[ "$CM_LEFT" -eq 0 ] || fail "kill" "$CM_LEFT certmilter processes outlived SIGKILL"
	sleep 1.5
	cm_start "$conf" "$MPORT" "$log" || fail "restart" "certmilter did not start again"
	kills+="$before:$k "
done
wait "$STREAM_PID"
STREAM_PID=
whole_ms=$((($(date +%s%N) - t0) / 1000000))
echo "# whole: $(tail -1 "$work/whole.out") in $whole_ms ms; kills (messages done before:processes killed): $kills"
ok=1
for kk in $kills; do
	[ "${kk#*:}" -ge 2 ] && [ "${kk%:*}" -gt 0 ] && [ "${kk%:*}" -lt "$N" ] || ok=0
done
if [ "$ok" = 1 ] && [ "$(wc -w <<<"$kills")" -eq 2 ]; then
	pass "whole: supervisor and worker killed twice mid-stream (messages done before each kill:processes killed: $kills)"
else
	fail "whole kills" "kills '$kills' (want 2, each >= 2 processes, mid-stream)"
fi

# ---------------------------------------------------- worker: supervisor stays
sup0=$CM_PID
died0=$(grep -c 'worker process died by signal 9' "$log")
stream worker "$WN"
wkills=
for frac in 30 65; do
	wait_done "$work/worker.jsonl" $((WN * frac / 100)) || break
	# the supervisor replaces a killed worker after 1 s: wait for the new one
	for _ in $(seq 50); do
		w=$(cm_worker_pid)
		[ -n "$w" ] && break
		sleep 0.1
	done
	before=$(lines "$work/worker.jsonl")
	[ -n "$w" ] && kill -KILL "$w" && wkills+="$before "
	sleep 0.5
done
wait "$STREAM_PID"
STREAM_PID=
died=$(($(grep -c 'worker process died by signal 9' "$log") - died0))
echo "# worker: $(tail -1 "$work/worker.out"); kills after $wkills messages"
if [ "$died" -eq 2 ] && [ "$CM_PID" = "$sup0" ] && kill -0 "$sup0" && [ -n "$(cm_worker_pid)" ]; then
	pass "worker: killed twice mid-stream (after $wkills messages), the supervisor (pid $sup0) started a new one each time"
else
	fail "worker kills" "$died 'died by signal 9' lines, supervisor $sup0 -> ${CM_PID:-none}, worker '$(cm_worker_pid)'"
fi

# ------------------------------------------------------------ the deliveries
total=$((N + WN))
echo "# $(date +%T) draining the queue"
pf_drain "$work/pf" 60 || fail "queue" "the Postfix queue did not drain: $(postqueue -c "$work/pf/conf" -p | tail -1)"
sink_wait "$total" 30
echo "# $(date +%T) checking $(sink_count) deliveries"
"$CM_PY" "$CM_INT/sinkcheck.py" --sink "$work/sink" --roots "$work/roots.pem" \
	--out "$work/check.json" --tag x >"$work/check.out" 2>&1 || cat "$work/check.out"
t_count_lines < <("$CM_PY" - "$work" "$(milter_errors)" <<-'EOF'

	import json, os, sys
	work, milter_errors = sys.argv[1], int(sys.argv[2])
	seen = json.load(open(os.path.join(work, "check.json")))
	known = set()
	for phase in ("whole", "worker"):
	    recs = [json.loads(l) for l in open(os.path.join(work, phase + ".jsonl"))]
	    sent = len(recs)
	    accepted = sum(r["final"] == 250 for r in recs)
	    k = sum(1 for r in recs for a in r["attempts"] if a[2] != 250)
	    delivered = dup = verified = 0
	    lost, bad = [], []
	    for r in recs:
	        known.add(r["mid"])
	        got = seen.get(r["mid"], [])
	        if not got:
	            lost.append(r["i"])
	            continue
	        delivered += 1
	        dup += len(got) - 1
	        for d in got:
	            if d["form"] == "signed" and d["verified"] and d["signers"] == 2:
	                verified += 1
	            else:
	                bad.append("%d:%s/%s/%d %s" % (r["i"], d["form"], d["verified"],
	                                               d["signers"], (d["error"] or "")[:80]))
	    print("# %s: sent=%d delivered=%d duplicates=%d verified=%d tempfails_seen=%d"
	          % (phase, sent, delivered, dup, verified, k))
	    tag = "%s: sent=%d accepted=%d" % (phase, sent, accepted)
	    print(("PASS: %s: every message accepted by Postfix in the end" % tag)
	          if accepted == sent else ("FAIL: %s: not accepted: %s" % (tag,
	          [r["i"] for r in recs if r["final"] != 250][:20])))
	    if not lost and dup == 0:
	        print("PASS: %s: every message delivered exactly once (sent=%d delivered=%d duplicates=0)"
	              % (phase, sent, delivered))
	    else:
	        print("FAIL: %s: delivery: lost %s, %d duplicates" % (phase, lost[:20], dup))
	    if not bad and verified == sent:
	        print("PASS: %s: every delivered message is signed by Vp + V4 and openssl cms -verify passes (verified=%d)"
	              % (phase, verified))
	    else:
	        print("FAIL: %s: signatures: %d verified of %d; bad: %s" % (phase, verified, sent, bad[:5]))
	    if phase == "whole":
	        if k > 0 or milter_errors > 0:
	            print("PASS: whole: the kills hit the stream: clients saw %d refusals (4xx or dropped"
	                  " connection), Postfix logged %d milter failures" % (k, milter_errors))
	        else:
	            print("FAIL: whole: no client saw a 4xx and Postfix logged no milter failure")
	        print("sent=%d delivered=%d duplicates=%d verified=%d tempfails_seen=%d"
	              % (sent, delivered, dup, verified, k))
	stray = [m for m in seen if m not in known]
	print(("PASS: nothing else at the sink" if not stray else
	       "FAIL: sink: deliveries not sent by the stream: %s" % stray[:5]))
EOF
)
if grep -qE 'Sanitizer|runtime error:|^==[0-9]+== ' "$log"; then
	fail "certmilter reports" "$(grep -m3 -E 'Sanitizer|runtime error:|^==[0-9]+== ' "$log")"
else
	pass "certmilter log holds no sanitizer or valgrind report"
fi
t_summary
