#!/usr/bin/env bash
# t_store.sh - the certificate store (SPEC section 13, phase 1: SQLite and
# harvest) through a real Postfix and the real certmilter: a partner
# (rcpt-vp@example.net, a dual-use certificate under the test PKI's public
# CA) signs with openssl cms and sends inbound; the store file, created
# mode 0600, then holds that certificate (read with the sqlite3 CLI and
# compared with openssl's DER of it), with the message's queue id. A
# signer that is not the From: address is not kept. A restart keeps it,
# and alice's reply to the partner leaves encrypted to that certificate
# (the directory source { type = "store"; }): openssl cms -decrypt with the
# partner's key opens it; mail to an address the store does not know
# leaves in clear (encrypt = "opportunistic").
#   ports 47025-47027, milter 47894 (STORE_PORT=B: B+25..B+27, B+894).
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
B=${STORE_PORT:-47000}
PORT_IN=$((B + 25)) PORT_PLAIN=$((B + 26)) SINK_PORT=$((B + 27)) MPORT=$((B + 894))
work=$(mktemp -d /tmp/t_store.XXXXXX)
chmod 755 "$work"
finish() {
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
db=$work/store.db

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
store = { url = "sqlite://$db"; };
directory = { sources = ( { type = "store"; } ); };
EOF
if ! { sink_start "$work/sink" "$SINK_PORT" && cm_start "$work/certmilter.conf" "$MPORT" "$log" &&
	pf_setup "$work/pf" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "inet:127.0.0.1:$MPORT"; }; then
	fail setup "could not start the services"
	t_summary
	exit 1
fi

# send NAME FROM CERT KEY RCPT: a message openssl cms signed, from outside
send() {
	local name=$1 from=$2 cert=$3 key=$4 rcpt=$5 t=300 before
	printf 'Content-Type: text/plain; charset=us-ascii\n\nA signed message from a partner.\n' >"$work/content.txt"
	printf 'From: %s\nTo: %s\nSubject: store test\nDate: %s\nMessage-ID: <%s@partner.example>\n' \
		"$from" "$rcpt" "$(date -R)" "$RANDOM$RANDOM" >"$work/$name.eml"
	openssl cms -sign -in "$work/content.txt" -signer "$cert" -inkey "$key" \
		-certfile "$pki/chain.pem" >>"$work/$name.eml" 2>"$work/$name.err" || return 1
	before=$("$CM_PY" "$CM_INT/sink.py" find "$CM_SINK_DIR" "$rcpt" | grep -c .)
	pf_send --xclient "ADDR=192.0.2.1" "$PORT_IN" "$work/$name.eml" "$from" "$rcpt" \
		>/dev/null 2>>"$work/$name.err" || return 1
	until [ "$("$CM_PY" "$CM_INT/sink.py" find "$CM_SINK_DIR" "$rcpt" | grep -c .)" -gt "$before" ]; do
		[ $((t -= 1)) -gt 0 ] || return 1
		sleep 0.1
	done
}
# send_plain NAME FROM RCPT: a plain message from inside (outbound)
send_plain() {
	local name=$1 from=$2 rcpt=$3 t=300 before
	printf 'From: %s\nTo: %s\nSubject: reply\nDate: %s\nMessage-ID: <%s@example.com>\n\nThe reply, in confidence.\n' \
		"$from" "$rcpt" "$(date -R)" "$RANDOM$RANDOM" >"$work/$name.eml"
	before=$("$CM_PY" "$CM_INT/sink.py" find "$CM_SINK_DIR" "$rcpt" | grep -c .)
	pf_send "$PORT_IN" "$work/$name.eml" "$from" "$rcpt" >/dev/null 2>"$work/$name.err" || return 1
	until [ "$("$CM_PY" "$CM_INT/sink.py" find "$CM_SINK_DIR" "$rcpt" | grep -c .)" -gt "$before" ]; do
		[ $((t -= 1)) -gt 0 ] || return 1
		sleep 0.1
	done
	"$CM_PY" "$CM_INT/sink.py" find "$CM_SINK_DIR" "$rcpt" | xargs ls -t | head -1
}
is_encrypted() {
	grep -qiE '^Content-Type: application/pkcs7-mime; *smime-type=(auth)?enveloped-data' "$1"
}
rows() { sqlite3 "$db" "SELECT count(*) FROM certs WHERE addr = '$1'"; }

# ---- 1. the store is there from the start, private, at schema version 1
expect_eq() { if [ "$2" = "$3" ]; then pass "$1: $3"; else fail "$1" "want $3, got $2"; fi; }
expect_eq "created" "$(stat -c %a "$db" 2>/dev/null)" 600
expect_eq "schema" "$(sqlite3 "$db" 'SELECT max(version) FROM schema_version')" 1
expect_eq "wal" "$(sqlite3 "$db" 'PRAGMA journal_mode')" wal

# ---- 2. a partner's signed message: its dual-use certificate is kept
if send partner rcpt-vp@example.net "$R/rcpt-vp.pem" "$R/rcpt-vp.key" user1@example.com; then
	sleep 0.3
	expect_eq "harvest" "$(rows rcpt-vp@example.net)" 1
	want=$(openssl x509 -in "$R/rcpt-vp.pem" -outform DER | od -An -tx1 | tr -d ' \n')
	got=$(sqlite3 "$db" "SELECT lower(hex(der)) FROM certs WHERE addr = 'rcpt-vp@example.net'")
	if [ -n "$want" ] && [ "$got" = "$want" ]; then
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

# ---- 3. a signer whose certificate does not name the From: address
if send mismatch other@example.net "$R/rcpt-vp.pem" "$R/rcpt-vp.key" user2@example.com; then
	sleep 0.3
	expect_eq "mismatch: nothing kept for other@example.net" "$(rows other@example.net)" 0
	expect_eq "mismatch: still one row in all" "$(sqlite3 "$db" 'SELECT count(*) FROM certs')" 1
else
	fail "mismatch" "not delivered: $(cat "$work/mismatch.err")"
fi

# ---- 4. a restart keeps it
cm_stop
if cm_start "$work/certmilter.conf" "$MPORT" "$log"; then
	expect_eq "restart" "$(rows rcpt-vp@example.net)" 1
else
	fail "restart" "certmilter did not start again: $(tail -3 "$log")"
fi

# ---- 5. alice's reply to the partner: encrypted to the harvested certificate
if out=$(send_plain reply alice@example.com rcpt-vp@example.net) && [ -n "$out" ]; then
	if is_encrypted "$out"; then
		pass "reply: encrypted (enveloped-data)"
		if openssl cms -decrypt -in "$out" -recip "$R/rcpt-vp.pem" -inkey "$R/rcpt-vp.key" \
			-out "$work/reply.dec" 2>"$work/decrypt.err" &&
			grep -q 'The reply, in confidence' "$work/reply.dec"; then
			pass "reply: openssl cms -decrypt with the partner's key gives the text"
		else
			fail "reply" "openssl cms -decrypt failed: $(head -3 "$work/decrypt.err")"
		fi
	else
		fail "reply" "not encrypted: $(grep -m1 "dir=out" "$log")"
	fi
else
	fail "reply" "not delivered: $(cat "$work/reply.err")"
fi
if out=$(send_plain stranger alice@example.com stranger@example.net) && [ -n "$out" ]; then
	if is_encrypted "$out"; then fail "stranger" "encrypted without a certificate"; else
		pass "stranger: no stored certificate, sent in clear (opportunistic)"
	fi
else
	fail "stranger" "not delivered: $(cat "$work/stranger.err")"
fi

cm_check_exit "$log"
t_summary
