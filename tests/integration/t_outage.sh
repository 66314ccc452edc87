#!/usr/bin/env bash
# t_outage.sh - directory and TSA outages under load (certmilter.conf(5) DIRECTORY SOURCES; certmilter(8) FAILURES: "nothing
# is lost and nothing leaves less protected than the policy says"),
# through a real Postfix, three certmilter instances, the HTTP directory
# (dirserver.py) and the test TSA (tests/tsad).
#
# One policy, three kinds of message (the recipient picks the rule):
#   opp  to rcpt-enc@example.net: encrypt opportunistic (the defaults)
#   req  to rcpt-vp@example.net:  encrypt required, missing_certificate tempfail
#   ts   to rcpt-ec@example.net:  timestamp all, encrypt never
# all signed by Vp + V4; no directory cache (TTLs 0, no stale_if_error),
# tsa.timeout 1 s, directory.deadline 2 s.  Three instances, each behind
# its own smtpd port, differ in the failure actions:
#   T  failure.directory tempfail, failure.tsa tempfail
#   S  failure.directory accept,   failure.tsa sign-without
#   A  failure.directory tempfail, failure.tsa accept
# stream.py sends the nine (instance, kind) classes round robin from
# concurrent clients that retry on 4xx while the phases pass:
#   normal  everything answers
#   down    the directory and the TSA are stopped (ports closed)
#   hang    both run again but are stopped with SIGSTOP (no answer)
#   back    SIGCONT; the stream ends a few seconds later
# Checked per message (the audit line of its accepted attempt + what the
# sink got, sinkcheck.py):
#   - every message is delivered exactly once in the end;
#   - what arrived is one of the forms its instance and rule allow:
#     encrypted (decrypts with the recipient's key, inside signed by two
#     signers, openssl cms -verify passes), signed with 2 tokens, signed
#     with 0 tokens (S, ts only), or unchanged (S opp, A ts only) - so a
#     required message never arrives unencrypted and a ts message of T
#     never without tokens;
#   - an attempt made wholly inside an outage phase ends in the configured
#     action (T: 451; S: opp unchanged, req 451, ts signed without tokens;
#     A: opp and req 451, ts unchanged); one wholly inside normal or back is
#     accepted and fully protected;
#   - each instance's audit lines with action=tempfail are as many as the
#     451 replies its clients saw, and the audit line of each accepted
#     message agrees with what was delivered.
# Figures per phase: sent/delivered/encrypted/with tokens/tempfailed.
#
# environment: CERTMILTER, TSAD (default tests/tsad/tsad beside it),
#   OUTAGE_PHASE (seconds per phase, default 6), OUTAGE_CLIENTS (16),
#   OUTAGE_RATE (new messages a second, 7);
#   ports 43125-43131, milters 43194-43196.
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
PORT_IN=43125 PORT_PLAIN=43126 SINK_PORT=43127 HTTP_PORT=43130 TSA_PORT=43131
declare -A SPORT=([T]=43125 [S]=43128 [A]=43129) MPORT=([T]=43194 [S]=43195 [A]=43196)
declare -A FDIR=([T]=tempfail [S]=accept [A]=tempfail) FTSA=([T]=tempfail [S]=sign-without [A]=accept)
declare -A PID=() LOG=() CONF=()
PHASE=${OUTAGE_PHASE:-6} CLIENTS=${OUTAGE_CLIENTS:-16} RATE=${OUTAGE_RATE:-7}
TSAD=${TSAD:-$(dirname "$(cm_binary)")/tests/tsad/tsad}
work=$(mktemp -d /tmp/t_outage.XXXXXX)
chmod 755 "$work"
DIR_PID= STREAM_PID=
# use NAME: make instance NAME the one lib.sh's cm_* functions act on
use() { CM_PID=${PID[$1]:-} CM_LOG=${LOG[$1]} CM_CONF=${CONF[$1]}; }
finish() {
	[ -n "$STREAM_PID" ] && kill "$STREAM_PID" 2>/dev/null
	[ -n "$DIR_PID" ] && kill -CONT "$DIR_PID" 2>/dev/null && kill "$DIR_PID" 2>/dev/null
	[ -n "$CM_TSAD_PID" ] && kill -CONT "$CM_TSAD_PID" 2>/dev/null
	local i
	for i in T S A; do
		[ -n "${LOG[$i]:-}" ] && use "$i" && cm_stop
	done
	t_cleanup
	rm -rf "$work"
}
trap finish EXIT
t_need_root outage
if [ ! -x "$TSAD" ]; then
	fail setup "no test TSA at $TSAD (set TSAD)"
	t_summary
	exit 1
fi
bash "$top/tests/pki/mkpki.sh" "$work/pki" >/dev/null || exit 1
pki=$work/pki R=$work/pki/recipients
cat "$pki/public-roots.pem" "$pki/public-ca.pem" >"$work/dirtrust.pem"
cat "$pki/org-roots.pem" "$pki/public-roots.pem" >"$work/roots.pem"
cat >"$work/policy.conf" <<EOF
defaults = { sign = [ "vp", "identity" ]; timestamp = "none"; encrypt = "opportunistic";
             missing_certificate = "plaintext"; };
rules = (
  { to = "rcpt-vp@example.net"; encrypt = "required"; missing_certificate = "tempfail"; },
  { to = "rcpt-ec@example.net"; encrypt = "never"; timestamp = "all"; }
);
EOF

instance() { # NAME: write its configuration, start it
	local n=$1 d=$work/$1
	mkdir -p "$d"
	CONF[$n]=$d/certmilter.conf LOG[$n]=$d/certmilter.log
	cat >"${CONF[$n]}" <<-EOF
		policy_file = "$work/policy.conf";
		spool_dir = "$d";
		outbound = { internal_networks = [ "127.0.0.0/8" ]; };
		keystore = { directories = [ "$pki/keys" ]; pkcs12_password_file = "$pki/p12pass";
		             chain_bundle = "$pki/chain.pem"; };
		trust = { organization = "$pki/org-roots.pem"; public = "$pki/public-roots.pem";
		          tsa = "$pki/tsa-roots.pem"; };
		tsa = { urls = [ "http://127.0.0.1:$TSA_PORT/ok" ]; timeout = 1; };
		directory = { sources = ( { type = "http"; url = "http://127.0.0.1:$HTTP_PORT/pem?email=%{email}";
		                            timeout = 2; trust = "$work/dirtrust.pem"; } );
		              deadline = 2;
		              cache = { positive_ttl = 0; negative_ttl = 0; stale_if_error = 0; }; };
		failure = { directory = "${FDIR[$n]}"; tsa = "${FTSA[$n]}"; };
	EOF
	cm_start "${CONF[$n]}" "${MPORT[$n]}" "${LOG[$n]}" || return 1
	PID[$n]=$CM_PID
}
dir_start() {
	"$CM_PY" "$CM_INT/dirserver.py" --port "$HTTP_PORT" --map "$R/directory.txt" \
		--parent $$ >>"$work/dirserver.log" 2>&1 &
	DIR_PID=$!
	wait_port "$HTTP_PORT" 10 "$DIR_PID"
}
dir_stop() {
	kill "$DIR_PID" 2>/dev/null
	wait "$DIR_PID" 2>/dev/null
	DIR_PID=
}
setup() {
	echo "# $(date +%T) starting the services"
	sink_start "$work/sink" "$SINK_PORT" || return 1
	dir_start || return 1
	tsad_start "$TSAD" "$TSA_PORT" "$pki" "$work/tsad.log" || return 1
	instance T && instance S && instance A || return 1
	pf_setup "$work/pf" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "inet:127.0.0.1:${MPORT[T]}" || return 1
	pf_add_smtpd "$work/pf" "${SPORT[S]}" "inet:127.0.0.1:${MPORT[S]}" S &&
		pf_add_smtpd "$work/pf" "${SPORT[A]}" "inet:127.0.0.1:${MPORT[A]}" A
}
if ! setup; then
	fail setup "could not start the services"
	t_summary
	exit 1
fi

classes=()
for i in T S A; do
	classes+=(--class "$i-opp:${SPORT[$i]}:rcpt-enc@example.net"
		--class "$i-req:${SPORT[$i]}:rcpt-vp@example.net"
		--class "$i-ts:${SPORT[$i]}:rcpt-ec@example.net")
done
now() { date +%s.%N; }
t0=$(date +%s%N)
"$CM_PY" "$CM_INT/stream.py" --out "$work/stream.jsonl" --tag outage --stop-file "$work/stop" \
	--clients "$CLIENTS" --rate "$RATE" --retry-delay 0.5 --give-up 120 "${classes[@]}" \
	>"$work/stream.out" 2>"$work/stream.err" &
STREAM_PID=$!
# normal
p0=$(now)
sleep "$PHASE"
echo "normal $p0 $(now)" >"$work/phases"
# down: both stopped, their ports closed
dir_stop
tsad_stop
p0=$(now)
sleep "$PHASE"
echo "down $p0 $(now)" >>"$work/phases"
# hang: both run again but do not answer
dir_start && tsad_start "$TSAD" "$TSA_PORT" "$pki" "$work/tsad.log" &&
	kill -STOP "$DIR_PID" "$CM_TSAD_PID" || fail "hang" "could not restart the directory or the TSA"
p0=$(now)
sleep "$PHASE"
echo "hang $p0 $(now)" >>"$work/phases"
# back: answering again (1 s for the requests held meanwhile)
kill -CONT "$DIR_PID" "$CM_TSAD_PID"
sleep 1
p0=$(now)
sleep "$PHASE"
touch "$work/stop"
wait "$STREAM_PID"
STREAM_PID=
echo "back $p0 $(now)" >>"$work/phases"
echo "# stream: $(tail -1 "$work/stream.out") in $((($(date +%s%N) - t0) / 1000000)) ms"

echo "# $(date +%T) draining the queue"
accepted=$(grep -c '"final": 250' "$work/stream.jsonl")
pf_drain "$work/pf" 60 || fail "queue" "the Postfix queue did not drain"
sink_wait "$accepted" 30
echo "# $(date +%T) checking $(sink_count) deliveries"
"$CM_PY" "$CM_INT/sinkcheck.py" --sink "$work/sink" --roots "$work/roots.pem" \
	--out "$work/check.json" --tag outage \
	--key "rcpt-enc@example.net=$R/rcpt-enc.pem:$R/rcpt-enc.key" \
	--key "rcpt-vp@example.net=$R/rcpt-vp.pem:$R/rcpt-vp.key" >"$work/check.out" 2>&1 ||
	cat "$work/check.out"
t_count_lines < <("$CM_PY" "$CM_INT/outage_check.py" "$work" \
	"T=${SPORT[T]}:${LOG[T]}" "S=${SPORT[S]}:${LOG[S]}" "A=${SPORT[A]}:${LOG[A]}")

if ! kill -0 "${PID[T]}" || ! kill -0 "${PID[S]}" || ! kill -0 "${PID[A]}"; then
	fail "instances" "a certmilter instance is gone"
fi
for i in T S A; do
	use "$i"
	echo "# instance $i:"
	cm_check_exit "${LOG[$i]}"
	PID[$i]=
done
t_summary
