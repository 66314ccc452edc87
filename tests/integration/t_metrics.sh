#!/usr/bin/env bash
# t_metrics.sh - GET /metrics (certmilter.conf(5) METRICS) with the real
# certmilter, a real Postfix, the test TSA (tsad), curl and
# prometheus_client's OpenMetrics parser:
#
#   counts        the corpus flows through Postfix (From: alice, to bob,
#                 who has a certificate: signed, timestamped, encrypted;
#                 the messages the corpus refuses: tempfail), plus one
#                 message split (missing_certificate split, a recipient
#                 without a certificate: 452, retried), while curl scrapes
#                 in a loop; then one scrape: the parser accepts it, and
#                 each message, signature, timestamp and encryption counter
#                 equals what the audit lines of the run count
#                 (metrics_check.py); the TSA requests equal the timestamps;
#                 the expiry gauge of every keystore certificate equals
#                 openssl's notAfter; every scrape of the loop got 200
#   protocol      POST: 405; another path: 404; a malformed request: 400,
#                 and the next scrape still works
#   load          1,000 scrapes by bench/scrape (one kept-alive connection,
#                 200 a second) while bench/milterdrive sends messages
#                 straight to the milter in batches of 50 (200 at most):
#                 every scrape 200
#                 (under valgrind, tests/run.sh: the issue's "no leak")
#   access        -n refuses a non-loopback metrics.listen without
#                 metrics.allow; a second certmilter on 0.0.0.0 with allow
#                 10.9.9.0/24,
#                 reached from 10.9.9.9 (allowed: 200), from 10.8.8.8
#                 (refused: no HTTP answer) and from loopback (200); a
#                 unix socket path serves too (mode 0660)
#
# tests/run.sh also runs it with every certmilter under valgrind (CM_WRAPPER),
# the scrape loop included. Needs root (the access part adds 10.9.9.9 and 10.8.8.8 to lo: run it in a
# network namespace of its own, as tests/run.sh does). environment: CERTMILTER, TSAD; ports 44025-44028, milter
# 44894-44895, metrics 44108-44109.
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
PORT_IN=44025 PORT_PLAIN=44026 SINK_PORT=44027 TSA_PORT=44028 MPORT=44894 MPORT2=44895
MET=44108 MET2=44109
TSAD=${TSAD:-$(dirname "$(cm_binary)")/tests/tsad/tsad}
if [ "${1:-}" = --access ]; then
	work=$CM_T_METRICS_WORK # the caller's, which it removes
else
	work=$(mktemp -d /tmp/t_metrics.XXXXXX)
	chmod 755 "$work"
fi
LOOP_PID=
finish() {
	[ -n "$LOOP_PID" ] && kill "$LOOP_PID" 2>/dev/null
	t_cleanup
	tsad_stop
	rm -rf "$work"
}
[ "${1:-}" = --access ] || trap finish EXIT
t_need_root metrics
"$CM_PY" -c 'import prometheus_client' 2>/dev/null || {
	skip metrics "python3-prometheus-client unavailable (tests/deps.sh installs it)"
	t_summary
	exit 0
}

pki=$work/pki
log=$work/certmilter.log
conf() { # file milter-port metrics-lines
	cat >"$1" <<-EOF
		policy_file = "$work/policy.conf";
		spool_dir = "$work";
		outbound = { internal_networks = [ "127.0.0.0/8" ]; };
		keystore = { directories = [ "$pki/keys" ]; pkcs12_password_file = "$pki/p12pass";
		             chain_bundle = "$pki/chain.pem"; };
		trust = { organization = "$pki/org-roots.pem"; public = "$pki/public-roots.pem";
		          tsa = "$pki/tsa-roots.pem"; };
		tsa = { urls = [ "http://127.0.0.1:$TSA_PORT/ok" ]; timeout = 5; };
		metrics = { $3 };
	EOF
}
# ---- access, in a network namespace (t_metrics.sh --access)
access() {
	local log2=$work/certmilter2.log u2 c
	ip link set lo up
	if ! { ip addr add 10.9.9.9/32 dev lo && ip addr add 10.8.8.8/32 dev lo; }; then
		skip "access" "cannot add addresses to lo here (unavailable)"
		return
	fi
	conf "$work/open.conf" "$MPORT2" "listen = \"0.0.0.0:$MET2\"; allow = [ \"10.9.9.0/24\" ];"
	cm_start "$work/open.conf" "$MPORT2" "$log2" || {
		fail "access: start" "$(tail -3 "$log2")"
		return
	}
	wait_port "$MET2" 60 "$CM_PID"
	u2=http://10.9.9.9:$MET2/metrics
	[ "$(code --interface 10.9.9.9 "$u2")" = 200 ] && pass "access: from 10.9.9.9 (allowed): 200" ||
		fail "access: allowed" "$(code --interface 10.9.9.9 "$u2")"
	c=$(code --max-time 5 --interface 10.8.8.8 "$u2")
	[ "$c" = 000 ] && pass "access: from 10.8.8.8 (not allowed): refused, no HTTP answer" ||
		fail "access: not allowed" "HTTP $c"
	[ "$(code "http://127.0.0.1:$MET2/metrics")" = 200 ] && pass "access: from loopback: 200" ||
		fail "access: loopback" "$(code "http://127.0.0.1:$MET2/metrics")"
	cm_check_exit "$log2"
}
code() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
if [ "${1:-}" = --access ]; then
	access
	exit 0
fi

cat >"$work/policy.conf" <<-EOF
	defaults = { sign = [ "identity" ]; timestamp = "all"; encrypt = "opportunistic";
	             missing_certificate = "split"; };
EOF
if ! { bash "$top/tests/pki/mkpki.sh" "$pki" >/dev/null &&
	conf "$work/certmilter.conf" "$MPORT" "listen = \"127.0.0.1:$MET\";" &&
	sink_start "$work/sink" "$SINK_PORT" && tsad_start "$TSAD" "$TSA_PORT" "$pki" "$work/tsad.log" &&
	cm_start "$work/certmilter.conf" "$MPORT" "$log" &&
	pf_setup "$work/pf" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "inet:127.0.0.1:$MPORT"; }; then
	fail setup "could not start the services"
	t_summary
	exit 1
fi
URL=http://127.0.0.1:$MET/metrics

# ---- counts: the corpus through Postfix while curl scrapes in a loop
(
	ok=0 bad=0
	while [ ! -e "$work/stop-loop" ]; do
		if [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL")" = 200 ]; then
			ok=$((ok + 1))
		else
			bad=$((bad + 1))
		fi
		echo "$ok $bad" >"$work/loop.count"
	done
) &
LOOP_PID=$!
sent=0
while IFS= read -r f; do
	pf_send --set-from alice@example.com "$PORT_IN" "$f" alice@example.com bob@example.com \
		>/dev/null 2>&1
	sent=$((sent + 1))
done < <(corpus_files)
printf 'From: Alice <alice@example.com>\nTo: x@split.example\nSubject: split\n\nsplit\n' \
	>"$work/split.eml"
pf_send --retry-452 "$PORT_IN" "$work/split.eml" alice@example.com bob@example.com \
	nobody@split.example >/dev/null 2>&1
touch "$work/stop-loop"
wait "$LOOP_PID"
LOOP_PID=
read -r scrapes scrape_bad <"$work/loop.count"
if [ "${scrapes:-0}" -gt 0 ] && [ "${scrape_bad:-1}" -eq 0 ]; then
	pass "counts: $scrapes scrapes while $sent corpus messages flowed, every one 200"
else
	fail "counts: scrapes" "${scrapes:-0} answered 200, ${scrape_bad:-?} did not"
fi
sleep 1 # the last audit lines
curl -s "$URL" >"$work/scrape.txt"
"$CM_PY" "$CM_INT/metrics_check.py" "$work/scrape.txt" "$log" --pki "$pki" --tsa-ok --directory \
	>"$work/check.out" 2>&1
while IFS= read -r line; do
	case $line in
	PASS:*) pass "counts: ${line#PASS: }" ;;
	FAIL:*) fail "counts" "${line#FAIL: }" ;;
	*) fail "counts: metrics_check.py" "$line" ;;
	esac
done <"$work/check.out"
grep -q 'outcome="split"} [1-9]' "$work/scrape.txt" &&
	pass "counts: the split recipient is counted" ||
	fail "counts: split" "$(grep 'outcome="split"' "$work/scrape.txt")"

# contrib's alert rules: valid YAML, and every metric their expressions name
# is one the endpoint serves
if out=$("$CM_PY" - "$top/contrib/certmilter-alerts.yml" "$top/contrib/prometheus.yml" \
	"$work/scrape.txt" <<'PY'
import re, sys, yaml
rules = yaml.safe_load(open(sys.argv[1]))["groups"][0]["rules"]
yaml.safe_load(open(sys.argv[2]))
served = set(re.findall(r"^(certmilter_[a-z_]+)", open(sys.argv[3]).read(), re.M))
names = set()
for r in rules:
    names |= set(re.findall(r"certmilter_[a-z_]+", r["expr"]))
missing = names - served
print("%d rules naming %s" % (len(rules), " ".join(sorted(names))) if not missing
      else "not served: %s" % " ".join(sorted(missing)))
sys.exit(1 if missing or len(rules) != 3 else 0)
PY
); then
	pass "contrib: alert rules and scrape job parse; $out"
else
	fail "contrib: alert rules" "$out"
fi

# ---- protocol
[ "$(code -X POST "$URL")" = 405 ] && pass "protocol: POST /metrics: 405" ||
	fail "protocol: POST" "$(code -X POST "$URL")"
[ "$(code "http://127.0.0.1:$MET/other")" = 404 ] && pass "protocol: GET /other: 404" ||
	fail "protocol: /other" "$(code "http://127.0.0.1:$MET/other")"
reply=$("$CM_PY" - "$MET" <<'PY'
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5)
s.sendall(b"GARBAGE \x01\x02 nonsense\r\n\r\n")
print(s.recv(100).split(b"\r\n")[0].decode(errors="replace"))
PY
)
if [[ $reply == *" 400 "* ]]; then
	pass "protocol: a malformed request: $reply"
else
	fail "protocol: malformed request" "got '$reply'"
fi
[ "$(code "$URL")" = 200 ] && pass "protocol: the next scrape: 200" ||
	fail "protocol: next scrape" "$(code "$URL")"

# ---- load: 1,000 scrapes while messages flow (under valgrind: no leak)
load() {
	local bin scr drv spid src sout msgs=0 out
	bin=$(dirname "$(cm_binary)")
	scr=$bin/bench/scrape drv=$bin/bench/milterdrive
	if [ ! -x "$scr" ] || [ ! -x "$drv" ]; then
		skip "load" "no $scr or $drv (bash tests/build.sh builds them)"
		return
	fi
	"$scr" -u "127.0.0.1:$MET" -r 200 -n 1000 >"$work/scrape.out" 2>&1 &
	spid=$!
	while kill -0 "$spid" 2>/dev/null && [ "$msgs" -lt 200 ]; do
		out=$("$drv" -p "inet:$MPORT@127.0.0.1" -n 50 -c 4 -s 10000 -f alice@example.com \
			-t bob@example.com -q 2>&1) || {
			fail "load: milterdrive" "$out"
			break
		}
		msgs=$((msgs + 50))
	done
	wait "$spid"
	src=$?
	sout=$(cat "$work/scrape.out")
	if [ "$src" -eq 0 ] && [[ $sout == *" ok=1000 failed=0 "* ]] && [ "$msgs" -ge 50 ]; then
		pass "load: 1000 scrapes by bench/scrape, every one 200, over $(sed -n 's/.*connections=\([0-9]*\).*/\1/p' <<<"$sout") connection(s) in $(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' <<<"$sout") s, while $msgs messages went to the milter (milterdrive)"
	else
		fail "load" "$msgs messages; scrape exit $src: $sout"
	fi
}
load
cm_check_exit "$log"

# ---- access
conf "$work/open.conf" "$MPORT2" "listen = \"0.0.0.0:$MET2\";"
if out=$("$(cm_binary)" -n -c "$work/open.conf" 2>&1); then
	fail "access: -n" "a non-loopback listen without allow passed: $out"
elif grep -q 'metrics.listen: "0.0.0.0:.*" is not a loopback address: set metrics.allow' <<<"$out"; then
	pass "access: -n refuses 0.0.0.0 without metrics.allow: $(grep -m1 metrics.listen <<<"$out")"
else
	fail "access: -n message" "$out"
fi
# The rest in a network namespace of its own, where the loopback interface
# can take two addresses outside 127.0.0.0/8 (clients that are not
# "loopback" by their address); its PASS and FAIL lines are counted here.
if unshare -n true 2>/dev/null; then
	while IFS= read -r line; do
		case $line in
		PASS:*) pass "${line#PASS: }" ;;
		FAIL:*) fail "${line#FAIL: }" "" ;;
		SKIP:*) skip "${line#SKIP: }" "" ;;
		esac
	done < <(unshare -n env CM_T_METRICS_WORK="$work" bash "$0" --access 2>&1)
else
	skip "access" "cannot make a network namespace here (unavailable)"
fi
conf "$work/unix.conf" "$MPORT2" "listen = \"$work/metrics.sock\";"
cm_start "$work/unix.conf" "$MPORT2" "$work/certmilter3.log"
for _ in $(seq 50); do [ -S "$work/metrics.sock" ] && break; sleep 0.1; done
mode=$(stat -c %a "$work/metrics.sock" 2>/dev/null)
if [ "$(code --unix-socket "$work/metrics.sock" http://x/metrics)" = 200 ] && [ "$mode" = 660 ]; then
	pass "access: a unix socket serves GET /metrics (mode $mode)"
else
	fail "access: unix socket" "mode ${mode:-none}, $(code --unix-socket "$work/metrics.sock" http://x/metrics)"
fi
cm_check_exit "$work/certmilter3.log"
t_summary
