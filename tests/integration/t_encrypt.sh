#!/usr/bin/env bash
# t_encrypt.sh - encryption to the recipients the certificate directory
# knows (RFC 8551 "Encrypted"; certmilter.conf(5) DIRECTORY SOURCES, FAILURES) through a real Postfix, the real
# certmilter, a real HTTP directory (dirserver.py) and a real slapd.
#
# Every encrypted delivery is decrypted with openssl cms -decrypt by each
# intended recipient's key (and with gpgsm --decrypt by one), a key that was
# not a recipient must fail, and the decrypted signed entity is checked by
# verify.py (openssl, gpgsm, NSS; content and headers against the same
# message on the milter-less path).
#
#   http, opportunistic   RSA encrypting-only + Vp dual use + EC P-256:
#                         encrypted to all (+ the sender's own certificate);
#                         signing-only / expired certificates are never used:
#                         signed, not encrypted, missing=<...>; nor are one
#                         under a CA for TLS servers only and an RSA-1024 one
#                         (chains verified for smimeencrypt, key sizes), nor
#                         a self-signed one (every source has a trust bundle)
#   cache                 the same recipients again: 0 directory requests
#   ldap, required        encrypted (AES-256-GCM, authEnveloped-data), also
#                         to an escrow certificate; one without a certificate
#                         (or with a self-signed one): 550 5.7.1 (reject) /
#                         451 4.7.1 (tempfail)
#   split                 one message to a recipient with and one without a
#                         certificate arrives as two deliveries (the client
#                         retries the 452 4.5.3 one), one encrypted, one not
#   faults                directory 500 / garbage: failure.directory
#                         (tempfail 451 4.7.0, or accept = unchanged); a hang
#                         ends after directory.deadline; stale_if_error
#                         serves a cached certificate while it answers 500,
#                         and while it (in clear: forgeable) answers 404
#   caps                  directory.max_lookups_per_message 3: 4 recipients
#                         are refused with failure.directory (451, also
#                         under required), 3 lookups made; 3 are encrypted
#   cancel                directory.max_in_flight 1: a lookup dropped by RSET
#                         frees its slot at once, and is not cached
#   timing                a lookup slower than the transfer adds at most the
#                         deadline; a cached lookup adds nothing measurable
#
# environment: CERTMILTER; ports 37025-37027, 37100 (http), 37389 (ldap),
#   milter 37894.
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
PORT_IN=37025 PORT_PLAIN=37026 SINK_PORT=37027 HTTP_PORT=37100 LDAP_PORT=37389 MPORT=37894
work=$(mktemp -d /tmp/t_encrypt.XXXXXX)
chmod 755 "$work"
DIR_PID=
finish() {
	t_cleanup
	[ -n "$DIR_PID" ] && kill "$DIR_PID" 2>/dev/null
	bash "$CM_INT/slapd.sh" stop "$work/slapd" >/dev/null 2>&1
	[ -d "$work/gnupg" ] && gpgconf --homedir "$work/gnupg" --kill all 2>/dev/null
	rm -rf "$work"
}
trap finish EXIT
t_need_root encrypt

bash "$top/tests/pki/mkpki.sh" "$work/pki" >/dev/null || exit 1
pki=$work/pki R=$work/pki/recipients
log=$work/certmilter.log
HTTP="http://127.0.0.1:$HTTP_PORT"
LDAP_URL="ldap://127.0.0.1:$LDAP_PORT/ou=people,dc=example,dc=net?userCertificate;binary?sub?(mail=%{email})"
# the directory sources' trust: the public root with its email CA (the
# directories answer with the end-entity certificate alone)
cat "$pki/public-roots.pem" "$pki/public-ca.pem" >"$work/dirtrust.pem"

# conf SOURCE ENCRYPT MISSING [extra config lines]: (re)start certmilter
conf() {
	local src
	case $1 in
	http) src="{ type = \"http\"; url = \"$HTTP/pem?email=%{email}\"; timeout = 5; trust = \"$work/dirtrust.pem\"; }" ;;
	ldap) src="{ type = \"ldap\"; url = \"$LDAP_URL\"; timeout = 5; trust = \"$work/dirtrust.pem\"; }" ;;
	esac
	cm_stop
	cat >"$work/policy.conf" <<-EOF
		defaults = { sign = [ "vp", "identity" ]; timestamp = "none";
		             encrypt = "$2"; missing_certificate = "$3"; };
	EOF
	cat >"$work/certmilter.conf" <<-EOF
		policy_file = "$work/policy.conf";
		spool_dir = "$work";
		outbound = { internal_networks = [ "127.0.0.0/8" ]; };
		keystore = { directories = [ "$pki/keys" ]; pkcs12_password_file = "$pki/p12pass";
		             chain_bundle = "$pki/chain.pem"; };
		trust = { organization = "$pki/org-roots.pem"; public = "$pki/public-roots.pem"; };
		directory = { sources = ( $src ); ${4:-} };
		${5:-}
	EOF
	cm_start "$work/certmilter.conf" "$MPORT" "$log"
}
dirmode() { curl -fsS "$HTTP/mode/$1" >/dev/null; }
dirstat() { curl -fsS "$HTTP/stats" | sed -n 's/^requests //p'; }

setup() {
	"$CM_PY" "$CM_INT/dirserver.py" --port "$HTTP_PORT" --map "$R/directory.txt" \
		>"$work/dirserver.log" 2>&1 &
	DIR_PID=$!
	wait_port "$HTTP_PORT" 10 "$DIR_PID" || return 1
	bash "$CM_INT/slapd.sh" start "$work/slapd" "$LDAP_PORT" "$R/directory.txt" >/dev/null || return 1
	sink_start "$work/sink" "$SINK_PORT" || return 1
	conf http opportunistic plaintext || return 1
	pf_setup "$work/pf" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "inet:127.0.0.1:$MPORT" || return 1
	vf_setup "$work/vstate" "$pki" >/dev/null || return 1
	cat "$pki/org-roots.pem" "$pki/public-roots.pem" >"$work/roots.pem"
	# gpgsm with rcpt-enc's key (a PKCS#12 it can read: 3DES/SHA-1)
	mkdir -m 700 "$work/gnupg"
	echo allow-loopback-pinentry >"$work/gnupg/gpg-agent.conf"
	openssl pkcs12 -export -in "$R/rcpt-enc.pem" -inkey "$R/rcpt-enc.key" -passout pass:test \
		-keypbe PBE-SHA1-3DES -certpbe PBE-SHA1-3DES -macalg sha1 -out "$work/rcpt-enc.p12" &&
		echo test | GNUPGHOME=$work/gnupg gpgsm --batch --pinentry-mode loopback \
			--passphrase-fd 0 --import "$work/rcpt-enc.p12" >/dev/null 2>&1
}
if ! setup; then
	fail setup "could not start the services"
	t_summary
	exit 1
fi

N=0
# send NAME [--retry-452] RCPT...: the message through the milter (and to
# ref-NAME@sink.example on the reference path); sets SMTP_ERR, OUTS (the
# new deliveries of the milter path, in order), REF, MS (client time)
send() {
	local name=$1 before t0 t=100 opts=()
	shift
	[ "$1" = --retry-452 ] && opts=(--retry-452) && shift
	N=$((N + 1))
	{
		printf 'From: Alice Example <alice@example.com>\nTo: %s\n' "$*"
		printf 'Subject: encrypt test %s\nMessage-ID: <%s.%d@example.com>\n\n' "$name" "$name" "$$"
		printf 'The figures for %s: 4711, 0815.\nGr\303\274\303\237e\n' "$name"
	} >"$work/$name.eml"
	pf_send "$PORT_PLAIN" "$work/$name.eml" alice@example.com "ref-$name@sink.example" >/dev/null
	until REF=$(sink_find "ref-$name@sink.example") && [ -n "$REF" ]; do
		[ $((t -= 1)) -gt 0 ] || break
		sleep 0.1
	done
	before=$(sink_count)
	t0=$(date +%s%N)
	if pf_send "${opts[@]}" "$PORT_IN" "$work/$name.eml" alice@example.com "$@" \
		>"$work/$name.qid" 2>"$work/$name.err"; then
		SMTP_ERR=
	else
		SMTP_ERR=$(tr '\n' ' ' <"$work/$name.err")
	fi
	MS=$((($(date +%s%N) - t0) / 1000000))
	OUTS=()
	local want=$(($(wc -w <"$work/$name.qid")))
	[ -z "$SMTP_ERR" ] && sink_wait $((before + want)) 30
	local f
	for f in $(ls "$CM_SINK_DIR"/*.eml 2>/dev/null | sort | tail -n +$((before + 1))); do
		grep -q "^Subject: encrypt test $name" "$f" && OUTS+=("$f")
	done
}
audit_last() { grep -E ': dir=out ' "$log" | tail -1; }
expect_audit() { # name regex
	local line
	sleep 0.2
	line=$(audit_last)
	if grep -qE "$2" <<<"$line"; then
		pass "$1 audit: ${line#*: }"
	else
		fail "$1 audit" "want /$2/, got: $line"
	fi
}
is_encrypted() {
	grep -qiE '^Content-Type: application/pkcs7-mime; *smime-type=(auth)?enveloped-data' "$1"
}
# decrypt OUT NAME-OF-CERT (under $R or $pki/keys): the entity on stdout
decrypt() {
	local c=$R/$2.pem k=$R/$2.key
	[ -f "$c" ] || c=$pki/keys/$2.pem k=$pki/keys/$2.key
	openssl cms -decrypt -in "$1" -recip "$c" -inkey "$k" 2>/dev/null
}
# rebuild: OUT's header fields but the Content-* ones, then the decrypted entity
rebuild() {
	"$CM_PY" - "$1" "$2" >"$3" <<-'EOF'
		import re, sys
		out = open(sys.argv[1], "rb").read()
		ent = open(sys.argv[2], "rb").read().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
		head = out[:out.index(b"\r\n\r\n") + 2]
		fields = re.split(rb"\r\n(?![ \t])", head)
		keep = [f for f in fields if f and not re.match(rb"(?i)(content-|mime-version)", f)]
		sys.stdout.buffer.write(b"\r\n".join(keep) + b"\r\nMIME-Version: 1.0\r\n" + ent)
	EOF
}
# check_encrypted NAME OUT KEYS...: each key decrypts, verify.py on the result
check_encrypted() {
	local name=$1 out=$2 k first=
	shift 2
	if ! is_encrypted "$out"; then
		fail "$name encrypted" "not application/pkcs7-mime enveloped-data: $(grep -i '^Content-Type' "$out")"
		return
	fi
	for k in "$@"; do
		if decrypt "$out" "$k" >"$work/$name.$k.dec" && [ -s "$work/$name.$k.dec" ]; then
			pass "$name: $k decrypts"
			[ -n "$first" ] || first=$k
		else
			fail "$name decrypt" "$k cannot decrypt"
		fi
	done
	if decrypt "$out" bob-v3 >/dev/null; then
		fail "$name not for others" "bob's key (not a recipient) decrypts"
	else
		pass "$name: a key that is not a recipient cannot decrypt"
	fi
	[ -n "$first" ] || return
	rebuild "$out" "$work/$name.$first.dec" "$work/$name.inner.eml"
	"$CM_PY" "$CM_INT/verify.py" --state "$work/vstate" --name "$name/inner" --tamper \
		--expect-signers 2 --expect-first '^CN=alice@example.com$' --ignore-header mime-version \
		"$work/$name.inner.eml" "$REF" >"$work/$name.verify"
	t_count_lines <"$work/$name.verify"
}
gpgsm_decrypts() { # name out: gpgsm with rcpt-enc's key gives openssl's entity
	sed '1,/^\r\?$/d' "$2" | tr -d '\r' | base64 -d >"$work/$1.p7m" 2>/dev/null
	echo test | GNUPGHOME=$work/gnupg gpgsm --batch --pinentry-mode loopback --passphrase-fd 0 \
		--decrypt "$work/$1.p7m" >"$work/$1.gpgsm" 2>"$work/$1.gpgsm.err"
	if cmp -s <(tr -d '\r' <"$work/$1.gpgsm") <(tr -d '\r' <"$work/$1.rcpt-enc.dec"); then
		pass "$1: gpgsm --decrypt with rcpt-enc's key gives the same entity"
	else
		fail "$1 gpgsm" "$(tail -2 "$work/$1.gpgsm.err")"
	fi
}
plain_signed() { # name out: signed, not encrypted, verifies
	if [ -n "$2" ] && ! is_encrypted "$2" &&
		openssl cms -verify -in "$2" -CAfile "$work/roots.pem" -out /dev/null 2>/dev/null; then
		pass "$1: signed, not encrypted"
	else
		fail "$1 signed only" "${2:-nothing delivered} ${SMTP_ERR:-}"
	fi
}

# ------------------------------------------------------ http, opportunistic
send three rcpt-enc@example.net rcpt-vp@example.net rcpt-ec@example.net
check_encrypted three "${OUTS[0]:-/dev/null}" rcpt-enc rcpt-vp rcpt-ec alice-enc
[ -n "${OUTS[0]:-}" ] && gpgsm_decrypts three "${OUTS[0]}"
expect_audit three 'signed=vp,v4 encrypted=3/3 cipher=aes-256-cbc action=accept'

send signonly rcpt-enc@example.net rcpt-sign@example.net
plain_signed signonly "${OUTS[0]:-}"
expect_audit signonly 'encrypted=0/2 missing=<rcpt-sign@example.net> action=accept'
send expired rcpt-expired@example.net
plain_signed expired "${OUTS[0]:-}"
expect_audit expired 'encrypted=0/1 missing=<rcpt-expired@example.net>'
send chain rcpt-tlsca@example.net rcpt-weak@example.net
plain_signed "chain (TLS server CA, RSA-1024)" "${OUTS[0]:-}"
expect_audit chain 'encrypted=0/2 missing=<rcpt-tlsca@example.net>,<rcpt-weak@example.net> action=accept'
if grep -q "directory.sources\[1\]: http://127.0.0.1:$HTTP_PORT/pem?email=%{email} is cleartext" "$log"; then
	pass "the start warns that the http:// source is cleartext"
else
	fail "cleartext warning" "none in the log"
fi
send selfsigned rcpt-self@example.net
plain_signed "self-signed recipient (opportunistic)" "${OUTS[0]:-}"
expect_audit selfsigned 'encrypted=0/1 missing=<rcpt-self@example.net> action=accept'

curl -fsS "$HTTP/reset" >/dev/null
send cached rcpt-enc@example.net rcpt-vp@example.net rcpt-ec@example.net
if [ "$(dirstat)" = 0 ] && [ -n "${OUTS[0]:-}" ] && is_encrypted "${OUTS[0]}"; then
	pass "cache: the same recipients again make 0 directory requests ($(audit_last | grep -o 'ms=[0-9]*'))"
else
	fail "cache" "$(dirstat) requests"
fi

# --------------------------------------------------------- ldap, required
conf ldap required reject "" "encryption = { escrow = [ \"$R/rcpt-org.pem\" ]; cipher = \"aes-256-gcm\"; };"
send ldap rcpt-enc@example.net rcpt-vp@example.net
check_encrypted ldap "${OUTS[0]:-/dev/null}" rcpt-enc rcpt-vp alice-enc rcpt-org
expect_audit ldap 'encrypted=2/2 cipher=aes-256-gcm action=accept'
send ldapreject rcpt-enc@example.net nobody@example.net
if grep -q '550 5.7.1' <<<"$SMTP_ERR" && grep -q 'nobody@example.net' <<<"$SMTP_ERR" && [ ${#OUTS[@]} -eq 0 ]; then
	pass "required + reject: 550 5.7.1 naming the recipient without a certificate"
else
	fail "required reject" "reply '${SMTP_ERR:-250}', ${#OUTS[@]} deliveries"
fi
expect_audit ldapreject 'encrypted=0/2 missing=<nobody@example.net> action=reject'
send ldapself rcpt-self@example.net
if grep -q '550 5.7.1' <<<"$SMTP_ERR" && grep -q 'rcpt-self@example.net' <<<"$SMTP_ERR" && [ ${#OUTS[@]} -eq 0 ]; then
	pass "required + reject: a self-signed recipient certificate counts as none: 550 5.7.1"
else
	fail "required self-signed" "reply '${SMTP_ERR:-250}', ${#OUTS[@]} deliveries"
fi
conf ldap required tempfail
send ldaptemp nobody@example.net
if grep -q '451 4.7.1' <<<"$SMTP_ERR" && [ ${#OUTS[@]} -eq 0 ]; then
	pass "required + tempfail: 451 4.7.1, nothing delivered"
else
	fail "required tempfail" "reply '${SMTP_ERR:-250}'"
fi

# ------------------------------------------------------------------ split
conf http opportunistic split
send split --retry-452 rcpt-enc@example.net nobody@example.net
enc=0 plain=0
for f in "${OUTS[@]}"; do
	if is_encrypted "$f"; then enc=$((enc + 1)); else plain=$((plain + 1)); fi
done
if [ ${#OUTS[@]} -eq 2 ] && [ $enc -eq 1 ] && [ $plain -eq 1 ]; then
	pass "split: two deliveries, one encrypted (rcpt-enc), one signed only (nobody)"
	for f in "${OUTS[@]}"; do
		is_encrypted "$f" && check_encrypted split "$f" rcpt-enc alice-enc
	done
else
	fail "split" "${#OUTS[@]} deliveries ($enc encrypted, $plain not): ${SMTP_ERR:-}"
fi

# ------------------------------------------------------------------ faults
for mode in 500 garbage; do
	conf http opportunistic plaintext
	dirmode "$mode"
	send "dir$mode" rcpt-two@example.net
	if grep -q '451 4.7.0' <<<"$SMTP_ERR" && [ ${#OUTS[@]} -eq 0 ]; then
		pass "directory $mode: 451 4.7.0 (failure.directory tempfail), the client keeps the message"
	else
		fail "directory $mode" "reply '${SMTP_ERR:-250}', ${#OUTS[@]} deliveries"
	fi
	expect_audit "dir$mode" 'action=tempfail reason="directory unavailable for <rcpt-two@example.net>: http'
	dirmode normal
done
conf http opportunistic plaintext "" 'failure = { directory = "accept"; };'
dirmode 500
send diraccept rcpt-two@example.net
if [ -n "${OUTS[0]:-}" ] && cmp -s <(sed '1,/^\r\?$/d' "${OUTS[0]}") <(sed '1,/^\r\?$/d' "$REF"); then
	pass "directory 500 with failure.directory accept: delivered unchanged"
else
	fail "directory accept" "not delivered unchanged"
fi
dirmode normal

conf http opportunistic plaintext "deadline = 2;"
dirmode hang
send hang rcpt-mix@example.net
if grep -q '451 4.7.0' <<<"$SMTP_ERR" && [ "$MS" -lt 4500 ]; then
	pass "directory hangs: ended after $MS ms with 451 (directory.deadline 2 s)"
else
	fail "directory hang" "$MS ms, reply '${SMTP_ERR:-250}'"
fi
dirmode normal

conf http opportunistic plaintext "cache = { positive_ttl = 1; stale_if_error = 3600; };"
send warm rcpt-ec@example.net
sleep 1.5
dirmode 500
send stale rcpt-ec@example.net
if [ -n "${OUTS[0]:-}" ] && is_encrypted "${OUTS[0]}" && decrypt "${OUTS[0]}" rcpt-ec >/dev/null; then
	pass "stale_if_error: the cached certificate is used while the directory answers 500"
else
	fail "stale_if_error" "${OUTS[0]:-nothing delivered} ${SMTP_ERR:-}"
fi
dirmode 404 # what an attacker on the cleartext path can answer
send stale404 rcpt-ec@example.net
if [ -n "${OUTS[0]:-}" ] && is_encrypted "${OUTS[0]}" && decrypt "${OUTS[0]}" rcpt-ec >/dev/null &&
	grep -q 'a cleartext source answered "no certificate"; keeping the cached certificate' "$log"; then
	pass "a cleartext 404 does not evict the cached certificate: encrypted to rcpt-ec"
else
	fail "cleartext 404" "${OUTS[0]:-nothing delivered} $(audit_last)"
fi
dirmode normal

# -------------------------------------------------------------------- caps
# directory.max_lookups_per_message = 3 (issue 20): a fourth recipient is not
# looked up and counts as directory unavailable (never clear text): 451, the
# audit line says why, the directory saw 3 requests; 3 recipients: encrypted
for enc in "opportunistic plaintext" "required tempfail"; do
	conf http $enc "max_lookups_per_message = 3;" || fail "cap conf" "certmilter did not start"
	enc=${enc% *}
	r0=$(dirstat) a0=$(grep -c ': dir=out ' "$log")
	send "cap4$enc" rcpt-enc@example.net rcpt-vp@example.net rcpt-ec@example.net rcpt-two@example.net
	r1=$(dirstat)
	if grep -qE '451 4\.7\.[0-9].*max_lookups_per_message' <<<"$SMTP_ERR" && [ ${#OUTS[@]} -eq 0 ]; then
		pass "cap $enc: 4 recipients over 3 lookups: ${SMTP_ERR#*451} (failure.directory), nothing delivered"
	else
		fail "cap $enc" "reply '${SMTP_ERR:-250}', ${#OUTS[@]} deliveries"
	fi
	sleep 0.2
	[ "$(grep -c ': dir=out ' "$log")" -eq $((a0 + 1)) ] || fail "cap $enc audit" "no new audit line"
	expect_audit "cap4$enc" 'action=tempfail reason="directory unavailable for <rcpt-two@example.net>: more than 3 recipients to look up \(directory\.max_lookups_per_message\)'
	if [ $((r1 - r0)) -eq 3 ]; then
		pass "cap $enc: the directory saw 3 requests for 4 recipients"
	else
		fail "cap $enc requests" "$((r1 - r0)) directory requests, want 3"
	fi
done
send cap3 rcpt-enc@example.net rcpt-vp@example.net rcpt-ec@example.net
check_encrypted cap3 "${OUTS[0]:-/dev/null}" rcpt-enc rcpt-vp rcpt-ec alice-enc
expect_audit cap3 'encrypted=3/3 .*action=accept'

# ------------------------------------------------------------------ cancel
# directory.max_in_flight = 1, deadline 2 s (issue 20): a transaction ended
# by RSET drops its lookup (5 s at the directory) at once, so the next
# message's lookup does not wait behind it past the deadline; nothing of the
# dropped one is cached
conf http opportunistic plaintext "max_in_flight = 1; deadline = 2;" ||
	fail "cancel conf" "certmilter did not start"
dirmode "slow?ms=5000"
r0=$(dirstat)
if "$CM_PY" - "$PORT_IN" "$HTTP/stats" <<'PYEOF'; then
import smtplib, sys, time, urllib.request
def requests():
    with urllib.request.urlopen(sys.argv[2]) as r:
        return int(r.read().decode().split()[1])
s = smtplib.SMTP("127.0.0.1", int(sys.argv[1]), timeout=30)
s.ehlo("client.example")
s.mail("alice@example.com")
n = requests()
s.rcpt("rcpt-ec@example.net")  # its lookup begins here
t = time.monotonic()
while requests() == n and time.monotonic() - t < 5:  # running at the directory
    time.sleep(0.05)
s.rset()
s.quit()
PYEOF
	sleep 0.5
	dirmode normal
	send cancel1 rcpt-enc@example.net
	if [ -z "$SMTP_ERR" ] && [ ${#OUTS[@]} -eq 1 ]; then
		pass "cancel: after RSET the next message's lookup was not held behind the dropped one"
		check_encrypted cancel1 "${OUTS[0]}" rcpt-enc alice-enc
	else
		fail "cancel" "reply '${SMTP_ERR:-250}', ${#OUTS[@]} deliveries $(audit_last)"
	fi
	r1=$(dirstat)
	send cancel2 rcpt-ec@example.net
	if [ $(($(dirstat) - r1)) -eq 1 ] && [ $((r1 - r0)) -eq 2 ]; then
		pass "cancel: the dropped lookup left nothing in the cache (rcpt-ec asked again)"
	else
		fail "cancel cache" "requests: $r0 -> $r1 -> $(dirstat)"
	fi
else
	fail "cancel session" "MAIL/RCPT/RSET through Postfix failed"
fi
dirmode normal

# ------------------------------------------------------------------ timing
conf http opportunistic plaintext "deadline = 5;"
curl -fsS "$HTTP/mode/slow?ms=1500" >/dev/null
send slow rcpt-vp@example.net
slow_ms=$MS
dirmode normal
send fast rcpt-vp@example.net
fast_ms=$MS
if [ -n "${OUTS[0]:-}" ] && [ "$slow_ms" -ge 1400 ] && [ "$slow_ms" -lt 5000 ]; then
	pass "timing: a 1.5 s lookup: message took $slow_ms ms (< deadline 5 s); cached: $fast_ms ms"
else
	fail "timing" "slow $slow_ms ms, cached $fast_ms ms"
fi

cm_check_exit "$log"
t_summary
