#!/usr/bin/env bash
# t_store.sh - the certificate store (SPEC section 13: SQLite, harvest, the
# store source, two nodes on one store) through real Postfix instances and
# the real certmilter:
#   - the store file is created mode 0600, WAL, at schema version 2;
#   - harvest refuses a forged signature, a self-signed (untrusted) signer,
#     a signing-only certificate and a signer that is not the From:
#     address: nothing is kept, and the audit line says why
#     (harvested=none:not-verified | none:signing-only | none:not-from);
#   - a partner (rcpt-vp@example.net, dual-use, public CA) signs with
#     openssl cms and sends inbound: its certificate is kept (the DER
#     compared with openssl's, the queue id, harvested=new; the same mail
#     again: harvested=known);
#   - node A had cached "no certificate" for the partner (alice wrote
#     before, in clear); her reply right after the harvest is encrypted:
#     the harvest dropped node A's cached answer (node A reads the store's
#     changes only every hour here, so nothing else did);
#   - node B, a second certmilter behind a second Postfix on the same store
#     file, had cached "no certificate" for rcpt-mix@example.net; node A
#     harvests that partner's certificate; within node B's poll interval
#     (1 s) its reply is encrypted (openssl cms -decrypt with the partner's
#     key). certmilter -S delete then removes it, and node B's next mail to
#     that partner leaves in clear;
#   - an http directory source with shared_cache = true (dirserver.py
#     counting its requests): node A looks up rcpt-enc (found) and
#     ghost (none); node B, which never asked, gets both answers from the
#     store: the directory counts one request for each address;
#   - revocation statuses shared through the store: a files source on both
#     nodes holds rgood@rev.example (tests/pki/mkrev.sh's CA, OCSP at
#     revsrv.py); node A asks the responder, node B takes the status from
#     the store: the responder counts one OCSP request;
#   - certmilter -L shows the stored certificate (its SHA-256 as openssl
#     computes it, where it came from); -S list and -S export print it
#     (the exported PEM is the partner's certificate); -S exit codes;
#   - a restart keeps the store; the reply after it is encrypted; mail to
#     an address the store does not know leaves in clear (opportunistic).
#   ports 47025-47032, milters 47894 and 47895 (STORE_PORT=B: B+25..B+32,
#   B+894, B+895).
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
B=${STORE_PORT:-47000}
PORT_IN=$((B + 25)) PORT_PLAIN=$((B + 26)) SINK_PORT=$((B + 27)) MPORT=$((B + 894))
PORT_IN_B=$((B + 28)) PORT_PLAIN_B=$((B + 29)) MPORT_B=$((B + 895)) HTTP_PORT=$((B + 30))
REV_PORT=$((B + 31)) DOWN_PORT=$((B + 32))
NODEB_PID= DIR_PID= REV_PID=
work=$(mktemp -d /tmp/t_store.XXXXXX)
chmod 755 "$work"
nodeb_stop() {
	[ -n "$NODEB_PID" ] || return 0
	kill -TERM "$NODEB_PID" 2>/dev/null
	wait "$NODEB_PID" 2>/dev/null
	NODEB_PID=
}
finish() {
	nodeb_stop
	[ -z "$DIR_PID" ] || kill "$DIR_PID" 2>/dev/null
	[ -z "$REV_PID" ] || kill "$REV_PID" 2>/dev/null
	t_cleanup
	[ -n "${KEEP_LOG:-}" ] && cp "$log" "$KEEP_LOG"
	rm -rf "$work"
}
trap finish EXIT
t_need_root store
command -v sqlite3 >/dev/null || {
	fail setup "no sqlite3 CLI (tests/deps.sh)"
	t_summary
	exit 1
}
bash "$top/tests/pki/mkpki.sh" "$work/pki" >/dev/null || exit 1
pki=$work/pki
K=$pki/keys
R=$pki/recipients
log=$work/certmilter.log
logb=$work/node-b.log
db=$work/store.db
BIN=$(cm_binary)

# a CA with an OCSP responder, and a recipient of it in a files source
RV=$work/rev
if ! { bash "$top/tests/pki/mkrev.sh" "$RV" "$REV_PORT" "$DOWN_PORT" >/dev/null 2>&1 &&
	bash "$top/tests/pki/revissue.sh" "$RV" rgood rcpt "/CN=Good Recipient" rgood@rev.example; }; then
	fail setup "mkrev.sh / revissue.sh failed"
	t_summary
	exit 1
fi
mkdir -p "$work/files" && cp "$RV/rgood.pem" "$work/files/rgood@rev.example.pem"
"$CM_PY" "$top/tests/pki/revsrv.py" --port "$REV_PORT" --dir "$RV" --parent $$ >"$work/revsrv.log" 2>&1 &
REV_PID=$!

cat >"$work/policy.conf" <<EOF
defaults = { sign = [ "v4", "vp" ]; timestamp = "none"; encrypt = "opportunistic"; };
EOF
cat >"$work/certmilter.conf" <<EOF
policy_file = "$work/policy.conf";
spool_dir = "$work";
outbound = { internal_networks = [ "127.0.0.0/8" ]; };
keystore = { directories = [ "$K" ]; pkcs12_password_file = "$pki/p12pass";
             chain_bundle = "$pki/chain.pem"; };
trust = { organization = "$pki/org-roots.pem"; public = "$pki/public-roots.pem";
          tsa = "$pki/tsa-roots.pem"; };
inbound = { verify = true; };
store = { url = "sqlite://$db"; poll_interval = 3600; };
directory = { sources = ( { type = "store"; },
  { type = "http"; url = "http://127.0.0.1:$HTTP_PORT/pem?email=%{email}";
    trust = "$pki/public-roots.pem"; shared_cache = true; },
  { type = "files"; path = "$work/files"; trust = "$RV/ca.pem"; } ); };
revocation = { mode = "soft"; };
EOF
# the http directory knows rcpt-enc only
mkdir -p "$work/dir" && cp "$R/rcpt-enc.pem" "$work/dir/" &&
	echo "rcpt-enc@example.net rcpt-enc.pem" >"$work/dir/directory.txt"
"$CM_PY" "$CM_INT/dirserver.py" --port "$HTTP_PORT" --map "$work/dir/directory.txt" --parent $$ \
	>"$work/dirserver.log" 2>&1 &
DIR_PID=$!
# node B: the same store, whose changes it reads every second
sed 's/poll_interval = 3600/poll_interval = 1/' "$work/certmilter.conf" >"$work/node-b.conf"
nodeb_start() {
	${CM_WRAPPER:-} "$BIN" -f -c "$work/node-b.conf" -p "inet:$MPORT_B@127.0.0.1" >>"$logb" 2>&1 &
	NODEB_PID=$!
	wait_port "$MPORT_B" 60 "$NODEB_PID"
}
if ! { wait_port "$HTTP_PORT" 10 "$DIR_PID" && wait_port "$REV_PORT" 10 "$REV_PID" && sink_start "$work/sink" "$SINK_PORT" && cm_start "$work/certmilter.conf" "$MPORT" "$log" &&
	nodeb_start &&
	pf_setup "$work/pf" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "inet:127.0.0.1:$MPORT" &&
	pf_setup "$work/pfb" "$PORT_IN_B" "$PORT_PLAIN_B" "$SINK_PORT" "inet:127.0.0.1:$MPORT_B"; }; then
	fail setup "could not start the services"
	t_summary
	exit 1
fi

delivered() { "$CM_PY" "$CM_INT/sink.py" find "$CM_SINK_DIR" "$1" | grep -c .; }
# wait_more RCPT BEFORE: until the sink holds more than BEFORE for RCPT
wait_more() {
	local t=300
	until [ "$(delivered "$1")" -gt "$2" ]; do
		[ $((t -= 1)) -gt 0 ] || return 1
		sleep 0.1
	done
}
# send NAME FROM CERT KEY RCPT [SED]: a message openssl cms signed, from
# outside, through node A; SED (a sed script) changes it after signing
send() {
	local name=$1 from=$2 cert=$3 key=$4 rcpt=$5 edit=${6:-} before
	printf 'Content-Type: text/plain; charset=us-ascii\n\nA signed message from a partner.\n' >"$work/content.txt"
	printf 'From: %s\nTo: %s\nSubject: store test\nDate: %s\nMessage-ID: <%s@partner.example>\n' \
		"$from" "$rcpt" "$(date -R)" "$RANDOM$RANDOM" >"$work/$name.eml"
	openssl cms -sign -in "$work/content.txt" -signer "$cert" -inkey "$key" \
		-certfile "$pki/chain.pem" >>"$work/$name.eml" 2>"$work/$name.err" || return 1
	[ -z "$edit" ] || sed -i "$edit" "$work/$name.eml"
	before=$(delivered "$rcpt")
	pf_send --xclient "ADDR=192.0.2.1" "$PORT_IN" "$work/$name.eml" "$from" "$rcpt" \
		>/dev/null 2>>"$work/$name.err" || return 1
	wait_more "$rcpt" "$before"
}
# send_plain NAME FROM RCPT [PORT]: a plain message from inside (outbound),
# through node A (or the Postfix on PORT); prints the delivered file
send_plain() {
	local name=$1 from=$2 rcpt=$3 port=${4:-$PORT_IN} before
	printf 'From: %s\nTo: %s\nSubject: reply\nDate: %s\nMessage-ID: <%s@example.com>\n\nThe reply, in confidence.\n' \
		"$from" "$rcpt" "$(date -R)" "$RANDOM$RANDOM" >"$work/$name.eml"
	before=$(delivered "$rcpt")
	pf_send "$port" "$work/$name.eml" "$from" "$rcpt" >/dev/null 2>"$work/$name.err" || return 1
	wait_more "$rcpt" "$before" || return 1
	"$CM_PY" "$CM_INT/sink.py" find "$CM_SINK_DIR" "$rcpt" | xargs ls -t | head -1
}
is_encrypted() {
	grep -qiE '^Content-Type: application/pkcs7-mime; *smime-type=(auth)?enveloped-data' "$1"
}
rows() { sqlite3 "$db" "SELECT count(*) FROM certs WHERE addr = '$1'"; }
expect_eq() { if [ "$2" = "$3" ]; then pass "$1: $3"; else fail "$1" "want $3, got $2"; fi; }
# audit RCPT: node A's audit line of the last message delivered to RCPT
audit() {
	local qid
	sleep 0.2
	qid=$(pf_qid "$work/pf" "$1")
	[ -n "$qid" ] && grep -m1 "$qid: dir=" "$log"
}
expect_audit() { # NAME RCPT REGEX
	local line
	line=$(audit "$2")
	if grep -qE "$3" <<<"$line"; then pass "$1: ${line#*: }"; else fail "$1" "want /$3/, got: $line"; fi
}
# decrypts NAME FILE CERT KEY: openssl cms -decrypt with the partner's key
# gives the reply's text
decrypts() {
	if openssl cms -decrypt -in "$2" -recip "$3" -inkey "$4" -out "$work/$1.dec" 2>"$work/$1.derr" &&
		grep -q 'The reply, in confidence' "$work/$1.dec"; then
		pass "$1: openssl cms -decrypt with the partner's key gives the text"
	else
		fail "$1" "openssl cms -decrypt failed: $(head -3 "$work/$1.derr")"
	fi
}
der_hex() { openssl x509 -in "$1" -outform DER | od -An -tx1 | tr -d ' \n'; }
sha256_of() { openssl x509 -in "$1" -noout -fingerprint -sha256 | sed 's/.*=//; s/://g' | tr A-F a-f; }

# ---- 1. the store is there from the start, private, at schema version 2
expect_eq "created" "$(stat -c %a "$db" 2>/dev/null)" 600
expect_eq "schema" "$(sqlite3 "$db" 'SELECT max(version) FROM schema_version')" 2
expect_eq "wal" "$(sqlite3 "$db" 'PRAGMA journal_mode')" wal

# ---- 2. what harvest refuses
# forged: the signed text changed after signing
if send forged rcpt-vp@example.net "$R/rcpt-vp.pem" "$R/rcpt-vp.key" forged@example.com \
	's/from a partner\./from a partneR./'; then
	expect_audit "forged" forged@example.com 'verified=fail[^ ]* .*harvested=none:not-verified'
	expect_eq "forged: nothing kept" "$(rows rcpt-vp@example.net)" 0
else
	fail "forged" "not delivered: $(cat "$work/forged.err")"
fi
# untrusted: a self-signed dual-use certificate naming its From: address
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=Self Signer" \
	-addext "subjectAltName=email:selfie@partner.example" \
	-addext "keyUsage=critical,digitalSignature,keyEncipherment" \
	-addext "extendedKeyUsage=emailProtection" \
	-keyout "$work/selfie.key" -out "$work/selfie.pem" 2>/dev/null
if send selfie selfie@partner.example "$work/selfie.pem" "$work/selfie.key" selfie@example.com; then
	expect_audit "untrusted" selfie@example.com 'harvested=none:not-verified'
	expect_eq "untrusted: nothing kept" "$(rows selfie@partner.example)" 0
else
	fail "untrusted" "not delivered: $(cat "$work/selfie.err")"
fi
# signing-only: a public certificate with digitalSignature only
if send signonly rcpt-sign@example.net "$R/rcpt-sign.pem" "$R/rcpt-sign.key" signonly@example.com; then
	expect_audit "signing-only" signonly@example.com 'verified=pass[^ ]* .*harvested=none:signing-only'
	expect_eq "signing-only: nothing kept" "$(rows rcpt-sign@example.net)" 0
else
	fail "signing-only" "not delivered: $(cat "$work/signonly.err")"
fi
# a signer whose certificate does not name the From: address
if send mismatch other@example.net "$R/rcpt-vp.pem" "$R/rcpt-vp.key" user2@example.com; then
	expect_audit "mismatch" user2@example.com 'harvested=none:not-from'
	expect_eq "mismatch: nothing kept for other@example.net" "$(rows other@example.net)" 0
	expect_eq "mismatch: nothing in the store at all" "$(sqlite3 "$db" 'SELECT count(*) FROM certs')" 0
else
	fail "mismatch" "not delivered: $(cat "$work/mismatch.err")"
fi

# ---- 3. alice writes to the partner before it ever signed: in clear, and
# node A caches "no certificate" for it
if out=$(send_plain before alice@example.com rcpt-vp@example.net) && [ -n "$out" ]; then
	if is_encrypted "$out"; then fail "before" "encrypted without a certificate"; else
		pass "before: no certificate yet, sent in clear"
	fi
else
	fail "before" "not delivered: $(cat "$work/before.err")"
fi

# ---- 4. the partner's signed message: its dual-use certificate is kept
if send partner rcpt-vp@example.net "$R/rcpt-vp.pem" "$R/rcpt-vp.key" user1@example.com; then
	expect_audit "harvest" user1@example.com 'verified=pass[^ ]* .*harvested=new'
	expect_eq "harvest" "$(rows rcpt-vp@example.net)" 1
	got=$(sqlite3 "$db" "SELECT lower(hex(der)) FROM certs WHERE addr = 'rcpt-vp@example.net'")
	if [ "$got" = "$(der_hex "$R/rcpt-vp.pem")" ]; then
		pass "harvest: the DER is the signer's certificate (openssl x509 -outform DER)"
	else
		fail "harvest" "the stored DER is not the signer's certificate"
	fi
	qid=$(pf_qid "$work/pf" user1@example.com)
	expect_eq "harvest: the queue id" \
		"$(sqlite3 "$db" "SELECT queue_id FROM certs WHERE addr = 'rcpt-vp@example.net'")" "$qid"
	expect_eq "harvest: source" \
		"$(sqlite3 "$db" "SELECT source FROM certs WHERE addr = 'rcpt-vp@example.net'")" harvest
else
	fail "harvest" "the partner's message was not delivered: $(cat "$work/partner.err")"
fi
if send again rcpt-vp@example.net "$R/rcpt-vp.pem" "$R/rcpt-vp.key" user3@example.com; then
	expect_audit "harvest again" user3@example.com 'harvested=known'
	expect_eq "harvest again: still one row" "$(rows rcpt-vp@example.net)" 1
else
	fail "harvest again" "not delivered: $(cat "$work/again.err")"
fi

# ---- 5. alice's reply at once, through node A: encrypted (the harvest
# dropped node A's cached "no certificate"; its poll is an hour away)
if out=$(send_plain reply alice@example.com rcpt-vp@example.net) && [ -n "$out" ]; then
	if is_encrypted "$out"; then
		pass "reply: encrypted at once after the harvest"
		decrypts reply "$out" "$R/rcpt-vp.pem" "$R/rcpt-vp.key"
	else
		fail "reply" "not encrypted: $(grep "dir=out" "$log" | tail -1)"
	fi
else
	fail "reply" "not delivered: $(cat "$work/reply.err")"
fi

# ---- 6. two nodes: node B caches "no certificate" for rcpt-mix, node A
# harvests it, node B's reply a poll interval later is encrypted
if out=$(send_plain b-before alice@example.com rcpt-mix@example.net "$PORT_IN_B") && [ -n "$out" ]; then
	if is_encrypted "$out"; then fail "node B before" "encrypted without a certificate"; else
		pass "node B before: no certificate yet, sent in clear"
	fi
else
	fail "node B before" "not delivered: $(cat "$work/b-before.err")"
fi
if send mix rcpt-mix@example.net "$R/rcpt-mix-dual.pem" "$R/rcpt-mix-dual.key" user4@example.com; then
	expect_audit "node A harvests rcpt-mix" user4@example.com 'harvested=new'
else
	fail "node A harvests rcpt-mix" "not delivered: $(cat "$work/mix.err")"
fi
sleep 2.5 # node B's poll_interval is 1 s
if out=$(send_plain b-reply alice@example.com rcpt-mix@example.net "$PORT_IN_B") && [ -n "$out" ]; then
	if is_encrypted "$out"; then
		pass "node B reply: encrypted to the certificate node A harvested"
		decrypts b-reply "$out" "$R/rcpt-mix-dual.pem" "$R/rcpt-mix-dual.key"
	else
		fail "node B reply" "not encrypted: $(grep "dir=out" "$logb" | tail -1)"
	fi
else
	fail "node B reply" "not delivered: $(cat "$work/b-reply.err")"
fi

# ---- 7. an http source with shared_cache: one request per address for
# both nodes (node B has never asked; its answers come from the store)
dir_requests() { curl -s "http://127.0.0.1:$HTTP_PORT/stats" | sed -n 's/^requests //p'; }
curl -s "http://127.0.0.1:$HTTP_PORT/reset" >/dev/null
for node in a b; do
	port=$PORT_IN && [ $node = b ] && port=$PORT_IN_B
	if out=$(send_plain "enc-$node" alice@example.com rcpt-enc@example.net "$port") && [ -n "$out" ] &&
		is_encrypted "$out"; then
		pass "shared, node $node: rcpt-enc encrypted"
		decrypts "enc-$node" "$out" "$R/rcpt-enc.pem" "$R/rcpt-enc.key"
	else
		fail "shared, node $node" "rcpt-enc not encrypted: $(cat "$work/enc-$node.err")"
	fi
	if out=$(send_plain "ghost-$node" alice@example.com ghost@example.net "$port") && [ -n "$out" ] &&
		! is_encrypted "$out"; then
		pass "shared, node $node: ghost (no certificate) in clear"
	else
		fail "shared, node $node" "ghost: $(cat "$work/ghost-$node.err")"
	fi
	expect_eq "shared, after node $node: the directory's requests" "$(dir_requests)" 2
done
expect_eq "shared: the answers kept in the store (found, none)" \
	"$(sqlite3 "$db" "SELECT key || ':' || (der IS NOT NULL) FROM lookups ORDER BY key" | tr '\n' ' ')" \
	"ghost@example.net:0 rcpt-enc@example.net:1 "

# revocation: node A asks the responder, node B takes node A's status
curl -s "http://127.0.0.1:$REV_PORT/reset" >/dev/null
for node in a b; do
	port=$PORT_IN && [ $node = b ] && port=$PORT_IN_B
	if out=$(send_plain "rev-$node" alice@example.com rgood@rev.example "$port") && [ -n "$out" ] &&
		is_encrypted "$out"; then
		pass "shared revocation, node $node: rgood (status good) encrypted"
	else
		fail "shared revocation, node $node" "not encrypted: $(cat "$work/rev-$node.err")"
	fi
done
expect_eq "shared revocation: OCSP requests for both nodes" \
	"$(curl -s "http://127.0.0.1:$REV_PORT/stats" | sed -n 's/^ocsp //p')" 1
expect_eq "shared revocation: the status kept in the store" \
	"$(sqlite3 "$db" "SELECT count(*) FROM lookups WHERE source = 'revocation' AND CAST(der AS TEXT) LIKE '0 1 %'")" 1

# ---- 8. certmilter -L and -S
fpr=$(sha256_of "$R/rcpt-vp.pem")
"$BIN" -c "$work/certmilter.conf" -L rcpt-vp@example.net >"$work/L.out" 2>&1
rc=$?
expect_eq "-L: usable certificate" "$rc" 0
if grep -q "stored 1: sha256 $fpr" "$work/L.out" &&
	grep -q "from: harvest, queue id $qid" "$work/L.out"; then
	pass "-L: the stored certificate, its SHA-256 (openssl's) and queue id"
else
	fail "-L" "$(head -c 600 "$work/L.out")"
fi
"$BIN" -c "$work/certmilter.conf" -S list >"$work/S.out" 2>&1
line=$(grep "^addr=rcpt-vp@example.net " "$work/S.out")
if grep -q "sha256=$fpr .*source=harvest queue_id=$qid " <<<"$line"; then
	pass "-S list: $line"
else
	fail "-S list" "$(cat "$work/S.out")"
fi
expect_eq "-S list: two certificates in all" "$(grep -c '^addr=' "$work/S.out")" 2
"$BIN" -c "$work/certmilter.conf" -S export rcpt-vp@example.net >"$work/export.pem" 2>&1
if [ "$(der_hex "$work/export.pem")" = "$(der_hex "$R/rcpt-vp.pem")" ]; then
	pass "-S export: the partner's certificate (openssl x509 reads it)"
else
	fail "-S export" "$(head -3 "$work/export.pem")"
fi
"$BIN" -c "$work/certmilter.conf" -S delete nobody@example.net >/dev/null 2>&1
expect_eq "-S delete of nothing: exit 1" "$?" 1
"$BIN" -c "$work/certmilter.conf" -S frobnicate >/dev/null 2>&1
expect_eq "-S unknown command: exit 2" "$?" 2
mixfpr=$(sha256_of "$R/rcpt-mix-dual.pem")
"$BIN" -c "$work/certmilter.conf" -S delete rcpt-mix@example.net "${mixfpr:0:12}" >"$work/del.out" 2>&1
expect_eq "-S delete by fingerprint prefix" "$?:$(cat "$work/del.out")" \
	"0:deleted 1 certificate(s) of rcpt-mix@example.net"
expect_eq "-S delete: gone from the store" "$(rows rcpt-mix@example.net)" 0
expect_eq "-S: the store file still belongs to its owner, mode 600" \
	"$(stat -c '%U %a' "$db" "$db-wal" 2>/dev/null | sort -u | tr '\n' ' ')" "root 600 "
sleep 2.5
if out=$(send_plain b-after alice@example.com rcpt-mix@example.net "$PORT_IN_B") && [ -n "$out" ]; then
	if is_encrypted "$out"; then
		fail "node B after delete" "still encrypted: node B kept its cached certificate"
	else
		pass "node B after delete: its cached certificate dropped, sent in clear"
	fi
else
	fail "node B after delete" "not delivered: $(cat "$work/b-after.err")"
fi

# ---- 9. a restart keeps it
cm_stop
if cm_start "$work/certmilter.conf" "$MPORT" "$log"; then
	expect_eq "restart" "$(rows rcpt-vp@example.net)" 1
else
	fail "restart" "certmilter did not start again: $(tail -3 "$log")"
fi
if out=$(send_plain reply2 alice@example.com rcpt-vp@example.net) && [ -n "$out" ]; then
	if is_encrypted "$out"; then
		pass "reply after restart: encrypted (enveloped-data)"
		decrypts reply2 "$out" "$R/rcpt-vp.pem" "$R/rcpt-vp.key"
	else
		fail "reply after restart" "not encrypted: $(grep "dir=out" "$log" | tail -1)"
	fi
else
	fail "reply after restart" "not delivered: $(cat "$work/reply2.err")"
fi
if out=$(send_plain stranger alice@example.com stranger@example.net) && [ -n "$out" ]; then
	if is_encrypted "$out"; then fail "stranger" "encrypted without a certificate"; else
		pass "stranger: no stored certificate, sent in clear (opportunistic)"
	fi
else
	fail "stranger" "not delivered: $(cat "$work/stranger.err")"
fi

nodeb_stop
if grep -qE 'Sanitizer|runtime error:|^==[0-9]+== ' "$logb"; then
	fail "node B reports" "$(grep -m3 -E 'Sanitizer|runtime error:|^==[0-9]+== ' "$logb" | tr '\n' ' ')"
else
	pass "node B's log holds no sanitizer or valgrind report"
fi
cm_check_exit "$log"
t_summary
