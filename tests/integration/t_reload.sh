#!/usr/bin/env bash
# t_reload.sh - SIGHUP reload and SIGTERM stop under load (certmilter(8)), through
# a real Postfix and the real certmilter:
#   - a background sender submits N messages (one SMTP session each, about
#     10 s); meanwhile the policy changes (alice: sign v4 -> vp,v4) and
#     certmilter gets SIGHUP, later a broken configuration and SIGHUP again;
#   - every message is accepted (no 4xx while reloading) and delivered
#     exactly once; the signed= values of the audit lines switch once, from
#     v4 to vp,v4, and not back after the broken configuration; the log
#     names FILE:LINE: KEY; two messages pass verify.py (1 and 2 signers);
#   - the serving (worker) process is the same before and after;
#   - a worker killed by a signal (crash) is replaced after the back-off, loads the
#     files anew and signs the next message;
#   - SIGTERM while a message is in flight (MAIL and RCPT sent, DATA not
#     yet): certmilter waits for it, the message is delivered signed, and
#     certmilter exits 0.
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
PORT_IN=${PORT_IN:-30025} PORT_PLAIN=${PORT_PLAIN:-30026} SINK_PORT=${SINK_PORT:-30027}
MPORT=${MILTER_PORT:-30894}
N=${RELOAD_MESSAGES:-60}
work=$(mktemp -d /tmp/t_reload.XXXXXX)
chmod 755 "$work"
SENDER_PID=
finish() {
	[ -n "$SENDER_PID" ] && kill "$SENDER_PID" 2>/dev/null
	t_cleanup
	rm -rf "$work"
}
trap finish EXIT
t_need_root reload

cm_simple_setup "$work" || exit 1
conf=$work/certmilter.conf
log=$work/certmilter.log
write_policy() { # sign list for alice, e.g. '"v4"'
	printf '%s\n' 'defaults = { sign = [ "identity" ]; encrypt = "never"; timestamp = "none"; };' \
		"rules = ( { from = \"alice@example.com\"; sign = [ $1 ]; } );" >"$work/policy.new"
	mv "$work/policy.new" "$work/policy.conf" # whole file or nothing
}
write_policy '"v4"'
printf 'From: Alice <alice@example.com>\nTo: bob@sink.example\nSubject: reload test\n\nhello\n' \
	>"$work/msg.eml"
sink_start "$work/sink" "$SINK_PORT" &&
	cm_start "$conf" "$MPORT" "$log" &&
	pf_setup "$work/pf" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "inet:127.0.0.1:$MPORT" || {
	fail setup "could not start the services"
	t_summary
	exit 1
}
worker_pid() { ps -o pid= --ppid "$CM_PID" | tr -d ' ' | head -1; }
worker0=$(worker_pid)

# sender: one message per SMTP session; a refusal is retried (and counted)
sender() {
	local i try qid
	for i in $(seq "$N"); do
		for try in 1 2 3 4 5; do
			if qid=$(pf_send "$PORT_IN" "$work/msg.eml" alice@example.com \
				"m$i@sink.example" 2>>"$work/send.err"); then
				echo "$i $qid" >>"$work/sent"
				break
			fi
			echo "$i try $try refused" >>"$work/refused"
			sleep 1
		done
		sleep 0.05
	done
}
count() { [ -f "$1" ] && wc -l <"$1" || echo 0; }
wait_sent() { # count timeout-seconds
	local t=$(($2 * 10))
	until [ "$(count "$work/sent")" -ge "$1" ]; do
		[ $((t -= 1)) -gt 0 ] || return 1
		sleep 0.1
	done
}
# wait_log REGEX COUNT: until COUNT lines match; prints the milliseconds taken
wait_log() {
	local t0 t=1500
	t0=$(date +%s%N)
	until [ "$(grep -cE "$1" "$log")" -ge "$2" ]; do
		[ $((t -= 1)) -gt 0 ] || return 1
		sleep 0.01
	done
	echo $((($(date +%s%N) - t0) / 1000000))
}

: >"$work/sent"
t_start=$(date +%s%N)
sender &
SENDER_PID=$!

# 1. a new policy, then SIGHUP, a third of the way through
wait_sent $((N / 3)) 60 || fail "sender" "fewer than $((N / 3)) messages sent"
write_policy '"vp", "v4"'
hup1_after=$(count "$work/sent")
kill -HUP "$CM_PID"
if ms=$(wait_log '^certmilter: reloaded ' 1); then
	pass "SIGHUP: reloaded in $ms ms ($(grep -m1 '^certmilter: reloaded ' "$log" | cut -c13-))"
else
	fail "SIGHUP reload" "no 'reloaded' line: $(tail -3 "$log")"
fi
reloaded_after=$(count "$work/sent")

# 2. a broken configuration, then SIGHUP, two thirds of the way through
wait_sent $((2 * N / 3)) 60 || fail "sender" "fewer than $((2 * N / 3)) messages sent"
cp "$conf" "$work/certmilter.conf.good"
echo 'limits = { max_message_size = 5; };' >>"$conf"
badline=$(wc -l <"$conf")
hup2_after=$(count "$work/sent")
kill -HUP "$CM_PID"
if ms=$(wait_log '^certmilter: error: reload failed' 1); then
	pass "broken configuration: reload refused in $ms ms"
else
	fail "broken reload" "no 'reload failed' line: $(tail -3 "$log")"
fi
want="reload failed: $conf:$badline: limits.max_message_size: .*; keeping the configuration in force"
if grep -qE "$want" "$log"; then
	pass "the log names FILE:LINE: KEY: $(grep -m1 'reload failed' "$log" | cut -c13-)"
else
	fail "reload failure message" "want /$want/, got: $(grep 'reload failed' "$log")"
fi

wait "$SENDER_PID"
SENDER_PID=
t_sent=$((($(date +%s%N) - t_start) / 1000000))
sent=$(count "$work/sent")
refused=$(count "$work/refused")
[ "$sent" -eq "$N" ] && pass "$N messages accepted by Postfix in $t_sent ms" ||
	fail "sending" "only $sent of $N accepted: $(tail -2 "$work/send.err")"
[ "$refused" -eq 0 ] && pass "no message refused (4xx) during the reloads" ||
	fail "refusals" "$refused refusals: $(sort -u "$work/send.err" | head -3)"

# every message delivered exactly once
sink_wait "$N" 60
dups=$("$CM_PY" - "$work/sink" "$N" <<-'EOF'
	import collections, json, os, sys
	d, n = sys.argv[1], int(sys.argv[2])
	c = collections.Counter()
	for f in os.listdir(d):
	    if f.endswith(".json"):
	        c.update(json.load(open(os.path.join(d, f)))["rcpts"])
	bad = [f"m{i}:{c[f'm{i}@sink.example']}" for i in range(1, n + 1)
	       if c[f"m{i}@sink.example"] != 1]
	print(" ".join(bad))
EOF
)
if [ -z "$dups" ]; then
	pass "every one of the $N messages delivered exactly once ($(sink_count) at the sink)"
else
	fail "delivery" "not exactly once (message:count): $dups"
fi

# the signed= values: v4 up to the reload, vp,v4 from it on, never back.
# A connection keeps the snapshot it started with: the message being sent
# when the "reloaded" line appeared (reloaded_after + 1) may still be v4;
# the one after it started later and must be vp,v4.
seq_signed=
while read -r i qid; do
	s=$(grep -oE "$qid: dir=out .*signed=[^ ]*" "$log" | sed 's/.*signed=//' | head -1)
	seq_signed+="$i:${s:-none} "
done < <(sort -n "$work/sent")
first_new=$(tr ' ' '\n' <<<"$seq_signed" | grep -m1 ':vp,v4$' | cut -d: -f1)
bad=$(tr ' ' '\n' <<<"$seq_signed" | awk -F: -v k="${first_new:-0}" \
	'NF == 2 && (($1 < k && $2 != "v4") || ($1 >= k && $2 != "vp,v4")) { printf "%s ", $0 }')
echo "# signed= per message: $seq_signed"
if [ -n "$first_new" ] && [ -z "$bad" ] && [ "$first_new" -gt "$hup1_after" ] &&
	[ "$first_new" -le $((reloaded_after + 2)) ]; then
	pass "signed=v4 for messages 1-$((first_new - 1)), vp,v4 from message $first_new (SIGHUP after $hup1_after, reloaded by $reloaded_after)"
else
	fail "policy switch" "first vp,v4 at '${first_new:-none}' (SIGHUP after $hup1_after, reloaded by $reloaded_after); out of line: ${bad:-none}"
fi
after_broken=$(awk -v k="$hup2_after" '$1 > k' "$work/sent" | wc -l)
if [ "$after_broken" -ge 3 ] && [ -n "$first_new" ] && [ -z "$bad" ]; then
	pass "after the broken configuration: the previous one stays in force ($after_broken messages signed vp,v4)"
else
	fail "broken configuration" "only $after_broken messages after it, or signed= changed"
fi

# two of them through the independent verifiers
vf_setup "$work/vstate" "$work/pki" >/dev/null
ref=$(PORT_IN=$PORT_PLAIN pf_send "$PORT_PLAIN" "$work/msg.eml" alice@example.com ref@sink.example) &&
	sink_wait $((N + 1)) 30
ref=$(sink_find ref@sink.example)
for pick in 1:1 "$N":2; do
	i=${pick%:*} n=${pick#*:}
	out=$(sink_find "m$i@sink.example")
	if [ -n "$out" ] && [ -n "$ref" ] && "$CM_PY" "$CM_INT/verify.py" --state "$work/vstate" \
		--name "m$i" --expect-signers "$n" "$out" "$ref" >"$work/verify-$i.out" 2>&1; then
		pass "message $i verified: $n signer(s) (verify.py: $(grep -c '^PASS' "$work/verify-$i.out") checks)"
	else
		fail "verify message $i" "$(grep -m3 '^FAIL' "$work/verify-$i.out" 2>/dev/null)"
	fi
done

worker1=$(worker_pid)
if [ -n "$worker0" ] && [ "$worker0" = "$worker1" ]; then
	pass "the serving process is the same after both reloads (pid $worker1)"
else
	fail "worker pid" "was '$worker0', now '$worker1'"
fi

# a crashed worker is replaced after the back-off; it loads the files anew
cp "$work/certmilter.conf.good" "$conf"
kill -KILL "$worker1" # a crash, as the supervisor sees it (ASan would catch SIGSEGV)
if ms=$(wait_log 'worker process died by signal 9; starting a new one in 1 s' 1) &&
	wait_log '^certmilter: reloaded ' 2 >/dev/null; then
	worker2=$(worker_pid)
	pass "worker killed (SIGKILL, like a crash): replaced (pid $worker1 -> $worker2) after $ms ms + back-off"
else
	fail "crash restart" "$(tail -3 "$log")"
fi
if pf_send "$PORT_IN" "$work/msg.eml" alice@example.com crash@sink.example >/dev/null 2>&1 &&
	sink_wait $((N + 2)) 30 && out=$(sink_find crash@sink.example) &&
	grep -qE "$(pf_qid "$work/pf" crash@sink.example): dir=out .*signed=vp,v4 " "$log"; then
	pass "the new worker signs with the policy from the files (signed=vp,v4)"
else
	fail "after the crash" "not delivered or not signed vp,v4: $(tail -2 "$log")"
fi

# SIGTERM with a message in flight: MAIL and RCPT given, DATA held back
"$CM_PY" - "$PORT_IN" "$work" <<-'EOF' >"$work/slow.out" 2>&1 &
	import os, smtplib, sys, time
	port, work = int(sys.argv[1]), sys.argv[2]
	s = smtplib.SMTP("127.0.0.1", port, timeout=120)
	s.ehlo("slow.test.example")
	s.mail("alice@example.com")
	s.rcpt("inflight@sink.example")
	open(os.path.join(work, "ready"), "w").close()
	while not os.path.exists(os.path.join(work, "go")):
	    time.sleep(0.05)
	msg = open(os.path.join(work, "msg.eml"), "rb").read()
	code, reply = s.data(msg)
	print(code, reply.decode())
	s.quit()
EOF
slow=$!
t=300
until [ -e "$work/ready" ] || [ $((t -= 1)) -le 0 ]; do sleep 0.1; done
t_term=$(date +%s%N)
kill -TERM "$CM_PID"
if ms=$(wait_log 'stopping: waiting for 1 message\(s\) in flight' 1); then
	pass "SIGTERM: certmilter waits for the message in flight (after $ms ms)"
else
	fail "SIGTERM drain" "no 'waiting for 1 message(s)' line: $(tail -3 "$log")"
fi
sleep 1
if kill -0 "$(worker_pid)" 2>/dev/null; then
	pass "still running 1 s later, the message unfinished"
else
	fail "SIGTERM drain" "certmilter is gone before the message in flight ended"
fi
touch "$work/go"
wait "$slow"
wait "$CM_PID"
rc=$?
t_stop=$((($(date +%s%N) - t_term) / 1000000))
CM_PID=
if [ "$rc" -eq 0 ]; then
	pass "certmilter exits 0 after SIGTERM ($t_stop ms, the message in flight included)"
else
	fail "SIGTERM exit" "exit status $rc"
fi
if grep -q '^250 ' "$work/slow.out" && sink_wait $((N + 3)) 30 &&
	out=$(sink_find inflight@sink.example) && [ -n "$out" ] &&
	openssl cms -verify -in "$out" -CAfile "$work/roots.pem" -purpose smimesign \
		-out /dev/null 2>/dev/null; then
	pass "the message in flight was accepted, delivered and signed"
else
	fail "message in flight" "$(cat "$work/slow.out") ${out:-not delivered}"
fi
if grep -qE 'Sanitizer|runtime error:|^==[0-9]+== ' "$log"; then
	fail "certmilter reports" "$(grep -m3 -E 'Sanitizer|runtime error:|^==[0-9]+== ' "$log")"
else
	pass "certmilter log holds no sanitizer or valgrind report"
fi
t_summary
