#!/usr/bin/env bash
# contrib/demo.sh - README command 1: on a fresh Debian 12 machine, as root,
# install what is missing, build, make a demo PKI (organization CA, a
# "public" CA, a TSA), start a loopback Postfix wired to certmilter, send a
# sample message, show it and what openssl says about its signature, and
# leave certmilter and the demo Postfix running.
#
#   bash contrib/demo.sh         run the demo
#   bash contrib/demo.sh stop    stop what the demo left running
set -euo pipefail
umask 022 # certmilter refuses configuration and trust files others may write
top=$(cd "$(dirname "$0")/.." && pwd)
D=${DEMO_DIR:-/var/lib/certmilter-demo}
PORT_IN=10025 PORT_PLAIN=10026 SINK_PORT=10027 TSA_PORT=10028
# the milter socket: a unix socket only root and Postfix (group postfix, the
# default socket_group) may connect to, in a directory only root may write
SOCK=$D/run/certmilter.sock

. "$top/tests/integration/lib.sh"

stop_demo() {
	[ -f "$D/certmilter.pid" ] && kill "$(cat "$D/certmilter.pid")" 2>/dev/null
	[ -f "$D/sink.pid" ] && kill "$(cat "$D/sink.pid")" 2>/dev/null
	[ -f "$D/tsad.pid" ] && kill "$(cat "$D/tsad.pid")" 2>/dev/null
	# also whatever an earlier demo left without a pid file
	pkill -f -- "-c $D/certmilter.conf" 2>/dev/null
	pkill -f -- "sink.py serve --dir $D/sink" 2>/dev/null
	[ -d "$D/postfix" ] && pf_stop "$D/postfix"
	rm -f "$D/certmilter.pid" "$D/sink.pid" "$D/tsad.pid"
	for _ in $(seq 50); do
		pgrep -f -- "-c $D/certmilter.conf" >/dev/null || port_listening "$SINK_PORT" || return 0
		sleep 0.1
	done
	echo "demo: certmilter or port $SINK_PORT still in use by another program" >&2
	return 1
}
# (called in a || list, so set -e does not end the script inside it)
if [ "${1:-}" = stop ]; then
	stop_demo || exit 1
	echo "demo stopped"
	exit 0
fi

echo "== installing what is missing and building"
bash "$top/tests/deps.sh"
bash "$top/tests/build.sh" gcc
BIN="$top/build/gcc/certmilter"

stop_demo || exit 1
rm -rf "$D"
mkdir -p "$D"
mkdir -m 0755 "$D/run"
echo "== demo PKI in $D/pki"
bash "$top/tests/pki/mkpki.sh" "$D/pki" >/dev/null

cat >"$D/policy.conf" <<POL
# Demo policy: sign everything from example.com with the sender's publicly
# trusted certificate (first, for Thunderbird) and the best identity
# certificate they hold, each signature with an RFC 3161 timestamp.
defaults = { sign = [ "vp", "identity" ]; timestamp = "all"; encrypt = "never"; };
rules = ( { from = "*@example.com"; } );
POL
cat >"$D/certmilter.conf" <<CONF
socket          = "unix:$SOCK";
pid_file        = "$D/certmilter.pid";
policy_file     = "$D/policy.conf";
spool_dir       = "$D";
outbound = { internal_networks = [ "127.0.0.0/8" ]; };
keystore = {
  directories          = [ "$D/pki/keys" ];
  pkcs12_password_file = "$D/pki/p12pass";
  chain_bundle         = "$D/pki/chain.pem";
};
trust = {
  organization = "$D/pki/org-roots.pem";
  public       = "$D/pki/public-roots.pem";
  tsa          = "$D/pki/tsa-roots.pem";
};
tsa = { urls = [ "http://127.0.0.1:$TSA_PORT/" ]; timeout = 5; };
CONF

echo "== starting the demo TSA (tests/tsad) on 127.0.0.1:$TSA_PORT"
setsid "$top/build/gcc/tests/tsad/tsad" -p "$TSA_PORT" -d "$D/pki" >>"$D/tsad.log" 2>&1 </dev/null &
echo $! >"$D/tsad.pid"
wait_port "$TSA_PORT" 10 "$!" || { cat "$D/tsad.log"; exit 1; }

echo "== certmilter -n"
"$BIN" -n -c "$D/certmilter.conf"

echo "== starting certmilter (daemon, log in syslog and $D/certmilter.log)"
setsid "$BIN" -f -c "$D/certmilter.conf" >>"$D/certmilter.log" 2>&1 </dev/null &
cm_pid=$!
for _ in $(seq 150); do
	grep -q ' serving$' "$D/certmilter.log" 2>/dev/null && break
	kill -0 "$cm_pid" 2>/dev/null || break
	sleep 0.1
done
if ! [ -S "$SOCK" ] || ! kill -0 "$cm_pid" 2>/dev/null; then
	cat "$D/certmilter.log"
	exit 1
fi

echo "== starting the demo Postfix on 127.0.0.1:$PORT_IN, relaying to a sink on $SINK_PORT"
mkdir -p "$D/sink"
setsid "$CM_PY" "$CM_INT/sink.py" serve --dir "$D/sink" --port "$SINK_PORT" \
	>>"$D/sink.log" 2>&1 </dev/null &
echo $! >"$D/sink.pid"
wait_port "$SINK_PORT" 10 "$!" || { cat "$D/sink.log"; exit 1; }
pf_setup "$D/postfix" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "unix:$SOCK"

cat >"$D/sample.eml" <<'MSG'
From: Alice Example <alice@example.com>
To: Bob Partner <bob@partner.example>
Subject: Quarterly figures
Date: Sat, 28 Nov 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello Bob,

the figures are attached in spirit. Grüße aus Berlin!

Alice
MSG
echo "== sending $D/sample.eml from alice@example.com"
pf_send "$PORT_IN" "$D/sample.eml" alice@example.com bob@partner.example >/dev/null
CM_SINK_DIR="$D/sink"
sink_wait 1 60 || { echo "no delivery; see $D/postfix/maillog"; exit 1; }
out=$(ls "$D"/sink/*.eml | head -1)

echo "== the message as delivered ($out), signature shortened"
awk '{ sub(/\r$/, "") } /^Content-Description: S\/MIME/ { sig = 1 }
	sig && /^[A-Za-z0-9+\/=]+$/ { if (++b == 3) print "... (base64 signature)"; if (b >= 3) next }
	{ print }' "$out"
echo "== openssl cms -verify (organization and public roots trusted)"
cat "$D/pki/org-roots.pem" "$D/pki/public-roots.pem" >"$D/roots.pem"
openssl cms -verify -in "$out" -CAfile "$D/roots.pem" -purpose smimesign \
	-signer "$D/signer.pem" -out /dev/null
awk -v d="$D" '/BEGIN CERT/ { n++ } { print > (d "/signer-" n ".pem") }' "$D/signer.pem"
for f in "$D"/signer-*.pem; do
	echo "signer: $(openssl x509 -in "$f" -noout -subject -nameopt oneline | sed 's/^subject=//')"
	echo "        issued by $(openssl x509 -in "$f" -noout -issuer -nameopt oneline | sed 's/^issuer=//')"
done
echo "== the timestamp tokens (openssl ts -verify against each signature value)"
"$CM_PY" -c '
import email, email.policy, sys
sys.path.insert(0, sys.argv[3])
import der
m = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.compat32)
p7s = m.get_payload()[1].get_payload(decode=True)
for i, si in enumerate(der.signer_infos(p7s)):
    for tok in si["tokens"]:
        open("%s/sig%d.bin" % (sys.argv[2], i), "wb").write(si["signature"])
        open("%s/token%d.der" % (sys.argv[2], i), "wb").write(tok)
' "$out" "$D" "$CM_INT"
for tok in "$D"/token*.der; do
	[ -f "$tok" ] || continue
	i=${tok##*/token}
	i=${i%.der}
	when=$(openssl ts -reply -in "$tok" -token_in -text 2>/dev/null | sed -n 's/^Time stamp: //p')
	printf 'signer %s: timestamp %s, ' "$i" "$when"
	openssl ts -verify -data "$D/sig$i.bin" -in "$tok" -token_in -CAfile "$D/pki/tsa-roots.pem" 2>&1 | tail -1
done
audit=$(grep ': dir=' "$D/certmilter.log" | tail -1)
echo "audit:  $audit"
echo "classes, in encoding order: $(sed -n 's/.* signed=\([^ ]*\).*/\1/p' <<<"$audit")"
echo
echo "certmilter is running (pid $(cat "$D/certmilter.pid")) with $D/certmilter.conf on unix:$SOCK;"
echo "the demo Postfix listens on 127.0.0.1:$PORT_IN. Stop both: bash contrib/demo.sh stop"
