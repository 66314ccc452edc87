#!/usr/bin/env bash
# t_revocation.sh - revocation of recipients' and the organization's own
# certificates (certmilter.conf(5) REVOCATION), through a real Postfix, the
# real certmilter, a real HTTP directory (dirserver.py) and a real OCSP
# responder and CRL server (tests/pki/revsrv.py: `openssl ca` database,
# `openssl ocsp` per request):
#   - soft mode: a good recipient is encrypted to (openssl cms -decrypt with
#     its key works); a revoked one is never encrypted to (missing= and
#     revoked= in the audit line, also from the cache); with the responder
#     and the CRL down, soft mode still encrypts (rev=unknown);
#   - the matrix, each in soft and hard mode with the audit line: a
#     delegated responder, the CRL alone (good); a responder certificate
#     without id-kp-OCSPSigning, a rogue responder, a replayed answer, an
#     expired CRL, a forged CRL, HTTP errors (unknown);
#   - hard mode, responder and CRL down: the certificate is not used and the
#     lookup is unavailable: failure.revocation decides (tempfail: 451,
#     never clear text; accept: delivered unchanged), not failure.directory;
#   - certmilter -L prints the status and where it came from;
#   - alice's own V4 certificate revoked in the CA's database while
#     certmilter runs: the periodic check (revocation.recheck_interval)
#     takes it out of use without a reload, her next mail is not signed
#     with it; -n says it is not used; after a reload it stays unused.
# Ports: 34025-34029, milter 34894 (REV_PORT 34028, DOWN_PORT 34029).
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
PORT_IN=34025 PORT_PLAIN=34026 SINK_PORT=34027 REV_PORT=34028 DOWN_PORT=34029
HTTP_PORT=34030 TSA_GOOD=34031 TSA_BAD=34032 MPORT=34894 MET_PORT=34108
TSAD=${TSAD:-$(dirname "$(cm_binary)")/tests/tsad/tsad}
work=$(mktemp -d /tmp/t_revocation.XXXXXX)
chmod 755 "$work"
REV_PID= DIR_PID= TSA_PIDS=()
finish() {
	[ -n "$REV_PID" ] && kill "$REV_PID" 2>/dev/null
	[ -n "$DIR_PID" ] && kill "$DIR_PID" 2>/dev/null
	[ ${#TSA_PIDS[@]} -gt 0 ] && kill "${TSA_PIDS[@]}" 2>/dev/null
	t_cleanup
	rm -rf "$work"
}
trap finish EXIT
t_need_root revocation

R=$work/rev
log=$work/certmilter.log
bash "$top/tests/pki/mkrev.sh" "$R" "$REV_PORT" "$DOWN_PORT" >/dev/null 2>&1 || {
	fail setup "mkrev.sh failed"
	t_summary
	exit 1
}
# certificates with e-mail addresses, issued from the same CA database
issue() { bash "$top/tests/pki/revissue.sh" "$R" "$@"; } # name ext subject [email]
ok=1
issue rgood rcpt "/CN=Good Recipient" rgood@rev.example || ok=0
issue rrevoked rcpt "/CN=Revoked Recipient" rrevoked@rev.example || ok=0
issue alice-v4 own "/O=Example Org/CN=Alice Example/title=Engineer" alice@example.com || ok=0
issue tsa-good tsa "/O=Rev Test/CN=Rev Good TSA" || ok=0
issue tsa-bad tsa "/O=Rev Test/CN=Rev Revoked TSA" || ok=0
for c in rrevoked tsa-bad; do
	openssl ca -config "$R/openssl.cnf" -revoke "$R/$c.pem" -crl_reason keyCompromise 2>/dev/null || ok=0
done
# tsad's PKI directory: its normal signer (tsa) the good TSA, its -k ec
# signer (tsa-ec) the revoked one
mkdir -p "$work/tsapki"
tsad_pki "$work/tsapki" "$R/tsa-good.pem" "$R/tsa-good.key" "$R/tsa-bad.pem" "$R/tsa-bad.key" || ok=0
openssl ca -config "$R/openssl.cnf" -gencrl -crldays 30 -out "$R/ca.crl.pem" 2>/dev/null &&
	openssl crl -in "$R/ca.crl.pem" -outform DER -out "$R/ca.crl" || ok=0
printf 'rgood@rev.example rgood.pem\nrrevoked@rev.example rrevoked.pem\n' >"$R/directory.txt"
mkdir -m 700 "$work/keys"
cp "$R/alice-v4.pem" "$R/alice-v4.key" "$work/keys/"
chmod 600 "$work/keys/"*
[ $ok -eq 1 ] || {
	fail setup "could not issue the test certificates"
	t_summary
	exit 1
}

write_conf() { # mode [failure group settings]
	cat >"$work/policy.conf" <<-EOF
		defaults = { sign = [ "v4" ]; timestamp = "${TS:-none}";
		             encrypt = "${ENC:-opportunistic}"; missing_certificate = "${MISSING:-plaintext}"; };
	EOF
	cat >"$work/certmilter.conf" <<-EOF
		policy_file = "$work/policy.conf";
		spool_dir = "$work";
		outbound = { internal_networks = [ "127.0.0.0/8" ]; };
		keystore = { directories = [ "$work/keys" ]; };
		trust = { organization = "$R/ca.pem"; tsa = "$R/ca.pem"; };
		tsa = { urls = [ ${TSA_URLS:-} ]; timeout = 5; };
		encryption = { to_sender = false; };
		revocation = { mode = "$1"; timeout = 2; recheck_interval = 10; };
		metrics = { listen = "127.0.0.1:$MET_PORT"; };
		directory = { sources = ( { type = "keystore"; },
		  { type = "http"; url = "http://127.0.0.1:$HTTP_PORT/pem?email=%{email}"; timeout = 5;
		    trust = "$R/ca.pem"; } ); };
		failure = { ${2:-} };
	EOF
}
revmode() { curl -s "http://127.0.0.1:$REV_PORT/mode?$1" >/dev/null; }

setup() {
	"$CM_PY" "$top/tests/pki/revsrv.py" --port "$REV_PORT" --dir "$R" --parent $$ \
		>"$work/revsrv.log" 2>&1 &
	REV_PID=$!
	wait_port "$REV_PORT" 10 "$REV_PID" || return 1
	"$CM_PY" "$CM_INT/dirserver.py" --port "$HTTP_PORT" --map "$R/directory.txt" \
		>"$work/dirserver.log" 2>&1 &
	DIR_PID=$!
	wait_port "$HTTP_PORT" 10 "$DIR_PID" || return 1
	"$TSAD" -p "$TSA_GOOD" -d "$work/tsapki" >"$work/tsad-good.log" 2>&1 &
	TSA_PIDS+=($!)
	wait_port "$TSA_GOOD" 10 "${TSA_PIDS[0]}" || return 1
	"$TSAD" -p "$TSA_BAD" -d "$work/tsapki" -k ec >"$work/tsad-bad.log" 2>&1 &
	TSA_PIDS+=($!)
	wait_port "$TSA_BAD" 10 "${TSA_PIDS[1]}" || return 1
	sink_start "$work/sink" "$SINK_PORT" || return 1
	write_conf soft
	cm_start "$work/certmilter.conf" "$MPORT" "$log" || return 1
	pf_setup "$work/pf" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "inet:127.0.0.1:$MPORT" || return 1
}
if ! setup; then
	fail setup "could not start the services"
	t_summary
	exit 1
fi

N=0
send() { # name rcpt: OUT = the delivered copy
	local before
	{
		printf 'From: Alice Example <alice@example.com>\nTo: %s\n' "$2"
		printf 'Subject: revocation test %s\n\nThe figures for %s: 4711.\n' "$1" "$1"
	} >"$work/$1.eml"
	before=$(sink_count)
	OUT=
	if pf_send "$PORT_IN" "$work/$1.eml" alice@example.com "$2" >/dev/null 2>"$work/$1.err" &&
		sink_wait $((before + 1)) 30; then
		OUT=$(grep -lE "^Subject: revocation test $1"$'\r?$' "$CM_SINK_DIR"/*.eml 2>/dev/null | tail -1)
	fi
	[ -n "$OUT" ] || fail "$1 delivered" "$(cat "$work/$1.err")"
}
hard_send() { # name: pf_send; ERR = its error output, "" if accepted
	{
		printf 'From: Alice Example <alice@example.com>\nTo: rgood@rev.example\n'
		printf 'Subject: revocation test %s\n\nThe figures for %s: 4711.\n' "$1" "$1"
	} >"$work/$1.eml"
	ERR=
	pf_send "$PORT_IN" "$work/$1.eml" alice@example.com rgood@rev.example >/dev/null 2>"$work/$1.err" ||
		ERR=$(cat "$work/$1.err")
}
decrypts() { # name key
	if [ -n "$OUT" ] && openssl cms -decrypt -in "$OUT" -inkey "$R/$2.key" -out "$work/$1.dec" 2>"$work/$1.decerr" &&
		grep -q "The figures for $1" "$work/$1.dec"; then
		pass "$1: encrypted, openssl cms -decrypt with $2's key works"
	else
		fail "$1 decrypt" "$(head -2 "$work/$1.decerr" 2>/dev/null)"
	fi
}
clear_text() { # name
	if [ -n "$OUT" ] && ! grep -qi 'application/pkcs7-mime' "$OUT"; then
		pass "$1: not encrypted"
	else
		fail "$1" "encrypted (or not delivered)"
	fi
}

send good rgood@rev.example
decrypts good rgood
cm_expect_audit good 'signed=v4 .*encrypted=1/1 cipher=[^ ]+ action=accept'
send revoked rrevoked@rev.example
clear_text revoked
cm_expect_audit revoked 'encrypted=0/1 missing=<rrevoked@rev.example> revoked=<rrevoked@rev.example> action=accept'
send revoked2 rrevoked@rev.example # from the cache: the note too
cm_expect_audit revoked2 'missing=<rrevoked@rev.example> revoked=<rrevoked@rev.example> '
# GET /metrics (issue #19): the checks above asked the responder (ocsp,
# good and revoked), each after a miss of the revocation cache (the second
# revoked came from the directory's cache)
scrape=$(curl -s "http://127.0.0.1:$MET_PORT/metrics")
if grep -qE '^certmilter_revocation_requests_total\{source="ocsp",outcome="good"\} [1-9]' <<<"$scrape" &&
	grep -qE '^certmilter_revocation_requests_total\{source="ocsp",outcome="revoked"\} [1-9]' <<<"$scrape" &&
	grep -qE '^certmilter_revocation_request_duration_seconds_count\{source="ocsp"\} [1-9]' <<<"$scrape" &&
	grep -qE '^certmilter_cache_lookups_total\{cache="revocation",result="miss"\} 3$' <<<"$scrape"; then
	pass "metrics: revocation requests by outcome (ocsp good, revoked), their latency, 3 cache misses"
else
	fail "metrics: revocation" "$(grep revocation <<<"$scrape" | grep -v '^#' | tr '\n' ' ')"
fi
L=$("$(cm_binary)" -c "$work/certmilter.conf" -L rrevoked@rev.example 2>&1)
if grep -qE '^    revocation: revoked \(ocsp\): ' <<<"$L" && grep -q '^result: no usable certificate' <<<"$L"; then
	pass "-L: $(grep -m1 'revocation:' <<<"$L" | cut -c1-120)"
else
	fail "-L revoked" "$(tr '\n' '|' <<<"$L")"
fi
L=$("$(cm_binary)" -c "$work/certmilter.conf" -L rgood@rev.example 2>&1)
if grep -qE '^    revocation: good \(ocsp' <<<"$L" && grep -q '^result: usable certificate' <<<"$L"; then
	pass "-L: $(grep -m1 'revocation:' <<<"$L" | cut -c1-120)"
else
	fail "-L good" "$(tr '\n' '|' <<<"$L")"
fi

# the TSA's certificate (issue 14): a token signed by a revoked TSA
# certificate is not used (ts_error says why, failure.tsa decides: tempfail
# by default); with the good TSA after it, the failover gives the token
tsa_conf() { # URLS
	TS=all TSA_URLS=$1 write_conf soft
	kill -HUP "$CM_PID"
	sleep 1
}
tsa_conf "\"http://127.0.0.1:$TSA_GOOD/\""
send tsgood rgood@rev.example
cm_expect_audit tsgood 'signed=v4 ts=1/1 encrypted=1/1'
tsa_conf "\"http://127.0.0.1:$TSA_BAD/\""
hard_send tsbad
if grep -q '451 4.7.0' <<<"$ERR"; then
	pass "TSA certificate revoked: no timestamp, failure.tsa tempfail: 451 4.7.0"
else
	fail "tsbad" "not 451 4.7.0: ${ERR:-accepted}"
fi
cm_expect_audit tsbad 'ts=0/1 ts_error="http://127.0.0.1:'"$TSA_BAD"'/: TSA certificate revoked \(ocsp\): .*action=tempfail'
tsa_conf "\"http://127.0.0.1:$TSA_BAD/\", \"http://127.0.0.1:$TSA_GOOD/\""
send tsfailover rgood@rev.example
cm_expect_audit tsfailover 'signed=v4 ts=1/1 encrypted=1/1'
if [ -n "$OUT" ] && openssl cms -decrypt -in "$OUT" -inkey "$R/rgood.key" 2>/dev/null >"$work/tsfailover.dec" &&
	openssl cms -verify -in "$work/tsfailover.dec" -CAfile "$R/ca.pem" -no-CApath -no-CAstore \
		-purpose any -out /dev/null 2>/dev/null; then
	pass "tsfailover: decrypts and its signature verifies (openssl cms)"
else
	fail "tsfailover verify" "openssl cms -decrypt/-verify failed"
fi
write_conf soft
kill -HUP "$CM_PID"
sleep 1

# the revocation matrix through Postfix: each kind of answer, in soft and
# hard mode, with the audit line. good: encrypted in both (no rev=); unknown:
# soft encrypts with rev=unknown, hard refuses (failure.revocation, 451)
matrix_case() { # name revsrv-mode good|unknown
	revmode "$2"
	write_conf soft
	kill -HUP "$CM_PID" # a new snapshot: empty caches
	sleep 1
	send "m-$1-soft" rgood@rev.example
	if [ "$3" = good ]; then
		cm_expect_audit "m-$1-soft" 'encrypted=1/1 cipher=[^ ]+ action=accept'
	else
		cm_expect_audit "m-$1-soft" 'encrypted=1/1 cipher=[^ ]+ rev=unknown action=accept'
	fi
	write_conf hard
	kill -HUP "$CM_PID"
	sleep 1
	if [ "$3" = good ]; then
		send "m-$1-hard" rgood@rev.example
		cm_expect_audit "m-$1-hard" 'encrypted=1/1 cipher=[^ ]+ action=accept'
		return
	fi
	hard_send "m-$1-hard"
	if grep -q '451 4.7.0' <<<"$ERR"; then
		pass "m-$1-hard: 451 4.7.0 (failure.revocation), never sent in clear"
	else
		fail "m-$1-hard" "not 451 4.7.0: ${ERR:-accepted}"
	fi
	cm_expect_audit "m-$1-hard" 'action=tempfail reason=.*revocation: unknown, not used \(hard mode\)'
}
matrix_case delegated-responder 'ocsp=resp&crl=down' good
matrix_case crl-only 'ocsp=down&crl=good' good
matrix_case responder-without-eku 'ocsp=noeku&crl=down' unknown
matrix_case rogue-responder 'ocsp=rogue&crl=down' unknown
matrix_case replayed-answer 'ocsp=replay&crl=down' unknown
matrix_case expired-crl 'ocsp=down&crl=expired' unknown
matrix_case forged-crl 'ocsp=down&crl=forged' unknown
matrix_case responder-500 'ocsp=500&crl=404' unknown
# revoked, in hard mode (the OCSP answer) and through the CRL alone (soft)
revmode 'ocsp=ca&crl=good'
write_conf hard
kill -HUP "$CM_PID"
sleep 1
send m-revoked-hard rrevoked@rev.example
clear_text m-revoked-hard
cm_expect_audit m-revoked-hard 'encrypted=0/1 missing=<rrevoked@rev.example> revoked=<rrevoked@rev.example> action=accept'
revmode 'ocsp=down&crl=good'
write_conf soft
kill -HUP "$CM_PID"
sleep 1
send m-revoked-crl rrevoked@rev.example
clear_text m-revoked-crl
cm_expect_audit m-revoked-crl 'encrypted=0/1 missing=<rrevoked@rev.example> revoked=<rrevoked@rev.example> action=accept'
L=$("$(cm_binary)" -c "$work/certmilter.conf" -L rrevoked@rev.example 2>&1)
if grep -qE '^    revocation: revoked \(crl\)' <<<"$L"; then
	pass "-L, the CRL alone: $(grep -m1 'revocation:' <<<"$L" | cut -c1-120)"
else
	fail "-L revoked crl" "$(tr '\n' '|' <<<"$L")"
fi
revmode 'ocsp=ca&crl=good'
write_conf soft

# responder and CRL down: soft mode uses the certificate, hard mode does not
revmode 'ocsp=down&crl=down'
kill -HUP "$CM_PID" # a new snapshot: empty caches
sleep 1
send softdown rgood@rev.example
decrypts softdown rgood
cm_expect_audit softdown 'encrypted=1/1 cipher=[^ ]+ rev=unknown action=accept'
send softdown2 rgood@rev.example # from the cache: the note too
cm_expect_audit softdown2 'encrypted=1/1 cipher=[^ ]+ rev=unknown action=accept'
# hard mode: failure.revocation decides, not failure.directory
write_conf hard 'directory = "accept"; revocation = "tempfail";'
kill -HUP "$CM_PID"
sleep 1
hard_send hardrev
if grep -q '451 4.7.0' <<<"$ERR"; then
	pass "hard mode, failure.revocation tempfail (failure.directory accept): 451 4.7.0"
else
	fail "hardrev" "not 451 4.7.0: ${ERR:-accepted}"
fi
cm_expect_audit hardrev 'action=tempfail reason=.*revocation: unknown, not used \(hard mode\)'
write_conf hard 'directory = "tempfail"; revocation = "accept";'
kill -HUP "$CM_PID"
sleep 1
before=$(sink_count)
hard_send hardaccept
if [ -z "$ERR" ] && sink_wait $((before + 1)) 30; then
	pass "hard mode, failure.revocation accept (failure.directory tempfail): delivered unchanged"
else
	fail "hardaccept" "${ERR:-not delivered}"
fi
cm_expect_audit hardaccept 'signed= encrypted=0/1 action=accept reason=.*revocation: unknown, not used'
# under encrypt = "required" an accept would deliver it in clear: tempfail
ENC=required MISSING=tempfail write_conf hard 'directory = "tempfail"; revocation = "accept";'
n0=$(grep -c 'reloaded ' "$log")
kill -HUP "$CM_PID"
sleep 1
[ "$(grep -c 'reloaded ' "$log")" -gt "$n0" ] || fail "hardrequired reload" "$(grep -E 'reload' "$log" | tail -1)"
hard_send hardrequired
if grep -q '451 4.7.0' <<<"$ERR"; then
	pass "hard mode, failure.revocation accept, encrypt required: 451 4.7.0, never in clear"
else
	fail "hardrequired" "not 451 4.7.0: ${ERR:-accepted}"
fi
cm_expect_audit hardrequired 'action=tempfail reason=.*revocation: unknown, not used'
write_conf hard
kill -HUP "$CM_PID"
sleep 1
{
	printf 'From: Alice Example <alice@example.com>\nTo: rgood@rev.example\n'
	printf 'Subject: revocation test harddown\n\nThe figures for harddown: 4711.\n'
} >"$work/harddown.eml"
if pf_send "$PORT_IN" "$work/harddown.eml" alice@example.com rgood@rev.example >/dev/null 2>"$work/harddown.err"; then
	fail harddown "accepted: hard mode with the status unknown must end in failure.revocation (tempfail)"
elif grep -q '451 4.7.0' "$work/harddown.err"; then
	pass "harddown: refused with 451 4.7.0 (failure.revocation), never sent in clear"
else
	fail harddown "not with 451 4.7.0: $(cat "$work/harddown.err")"
fi
cm_expect_audit harddown 'action=tempfail reason=.*revocation: unknown, not used \(hard mode\)'
L=$("$(cm_binary)" -c "$work/certmilter.conf" -L rgood@rev.example 2>&1)
rc=$?
if [ $rc -eq 2 ] && grep -qE 'revocation: unknown, not used \(hard mode\)' <<<"$L"; then
	pass "-L hard, responder down: $(grep -m1 'revocation:' <<<"$L" | cut -c1-120)"
else
	fail "-L hard down" "$(tr '\n' '|' <<<"$L")"
fi
revmode 'ocsp=ca&crl=good'

# alice's own V4 certificate revoked while certmilter runs: the periodic
# check (revocation.recheck_interval = 10) takes it out of use, no reload
write_conf soft
kill -HUP "$CM_PID"
sleep 1
send ownbefore rgood@rev.example
cm_expect_audit ownbefore 'signed=v4 '
openssl ca -config "$R/openssl.cnf" -revoke "$R/alice-v4.pem" -crl_reason keyCompromise 2>/dev/null
t0=$(date +%s)
until grep -qE "keystore: alice@example.com \(.*alice-v4.pem\): v4 certificate revoked .*: it is not used" "$log" ||
	[ $(($(date +%s) - t0)) -gt 30 ]; do
	sleep 0.5
done
if grep -qE "keystore: alice@example.com \(.*alice-v4.pem\): v4 certificate revoked .*: it is not used" "$log"; then
	pass "periodic check: alice's V4 taken out of use $(($(date +%s) - t0)) s after its revocation, without a reload"
else
	fail "periodic check" "no 'v4 certificate revoked ... it is not used' line within 30 s"
fi
send ownrevoked rgood@rev.example
cm_expect_audit ownrevoked 'signed= '
if [ -n "$OUT" ] && ! grep -q 'multipart/signed' "$OUT" &&
	! openssl cms -decrypt -in "$OUT" -inkey "$R/rgood.key" 2>/dev/null | grep -q 'multipart/signed'; then
	pass "ownrevoked: not signed with the revoked V4 (no reload)"
else
	fail "ownrevoked" "signed with a revoked certificate (or not delivered)"
fi
out=$("$(cm_binary)" -n -c "$work/certmilter.conf" 2>&1)
if grep -qE "^warning: alice@example.com \(.*alice-v4.pem\): v4 certificate revoked .*: it is not used" <<<"$out"; then
	pass "-n: $(grep -m1 'it is not used' <<<"$out" | cut -c1-140)"
else
	fail "-n own revoked" "$(grep -iE 'revoc|alice' <<<"$out" | head -5 | tr '\n' '|')"
fi
kill -HUP "$CM_PID"
sleep 1
send ownreload rgood@rev.example
cm_expect_audit ownreload 'signed= '
n=$(grep -cE "keystore: alice@example.com \(.*alice-v4.pem\): v4 certificate revoked" "$log")
if [ "$n" -eq 2 ]; then
	pass "the revoked V4 logged once by the periodic checks and once by the reload ($n lines)"
else
	fail "revoked V4 log lines" "$n lines, want 2 (one per keystore load or first finding)"
fi
cm_check_exit "$log"
t_summary
