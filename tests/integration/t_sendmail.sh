#!/usr/bin/env bash
# t_sendmail.sh - certmilter behind a real Sendmail (README.md: "a Sendmail .mc
# line"), with the INPUT_MAIL_FILTER line of contrib/sendmail.mc itself.
#
# Debian's sendmail-bin conflicts with postfix (both are the MTA), and
# postfix must stay installed for the other tests.  So Sendmail is not
# installed: "apt-get download" fetches sendmail-bin, sendmail-base,
# sendmail-cf and the two libraries sendmail needs that a Postfix system
# lacks (libwrap0, liblockfile1) into $SM_CACHE (default
# /var/cache/certmilter-tests/sendmail, kept between runs), "dpkg -x"
# unpacks them there, and sendmail runs from that tree as root with its own
# sendmail.cf (-C), built with m4 from sendmail-cf's cf.m4:
#   127.0.0.1:PORT_IN     Name=MTA-cm, the milters of contrib/sendmail.mc
#   127.0.0.1:PORT_PLAIN  Name=MTA-plain, InputMailFilters= (none): the
#                         reference path
#   everything relayed to the sink, [127.0.0.1]:SINK_PORT (SMART_HOST);
#   own queue, pid file, aliases and service.switch (hosts from
#   /etc/hosts, no DNS) under the work directory.
# The contrib file is included with only its socket (the default unix
# socket, S=local:/run/certmilter/certmilter.sock) changed to
# S=inet:MILTER_PORT@127.0.0.1.
#
# Checks: one message from 127.0.0.1 (internal, so outbound) through each
# path; the milter copy verified by verify.py against the reference copy
# (openssl, gpgsm, NSS, MIME structure, signed attributes, content,
# headers, tampering) with two signers, Vp first; one audit line for
# Sendmail's queue id; and F=T of the contrib line: with certmilter
# stopped, Sendmail answers 4xx and delivers nothing.
#
# SKIP (not FAIL) when not root or when the packages cannot be downloaded
# (no network, no apt lists); the reason is printed.
# environment: CERTMILTER, PORT_IN PORT_PLAIN SINK_PORT MILTER_PORT
#   (31025 31026 31027 31894), SM_CACHE, KEEP=1 keeps the work directory.
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
PORT_IN=${PORT_IN:-31025}
PORT_PLAIN=${PORT_PLAIN:-31026}
SINK_PORT=${SINK_PORT:-31027}
MILTER_PORT=${MILTER_PORT:-31894}
SM_CACHE=${SM_CACHE:-/var/cache/certmilter-tests/sendmail}
SM_PKGS=(sendmail-bin sendmail-base sendmail-cf libwrap0 liblockfile1)
SM_PID=
started=$(date +%s)

t_need_root sendmail "Sendmail daemon on loopback ports"
work=$(mktemp -d /tmp/t_sendmail.XXXXXX)
chmod 755 "$work"
finish() {
	[ -n "$SM_PID" ] && kill "$SM_PID" 2>/dev/null
	t_cleanup
	if [ "${KEEP:-0}" = 1 ]; then echo "# work directory kept: $work"; else rm -rf "$work"; fi
}
trap finish EXIT
trap 'exit 130' INT TERM

# ------------------------------------------------------------ get sendmail

# sm_run ARGS: sendmail in a UTS namespace of its own whose host name is
# mx.test.example.  Before it reads sendmail.cf (and its service.switch),
# sendmail canonifies a host name without a dot through DNS, MX included:
# with this machine's name "vm" and no DNS answering, that alone took 60 s.
sm_run() {
	unshare --uts sh -c 'hostname mx.test.example && exec "$@"' sh "$SM_BIN" "$@"
}

# sm_fetch: SM_ROOT = the unpacked packages; on failure prints why.
sm_fetch() {
	local stamp=$SM_CACHE/root/.unpacked d
	mkdir -p "$SM_CACHE" || return 1
	if [ ! -f "$stamp" ]; then
		(
			cd "$SM_CACHE" || exit 1
			# apt-get download writes as _apt when it can; the cache is root's
			apt-get -q download "${SM_PKGS[@]}" >download.log 2>&1 || {
				apt-get -q update >>download.log 2>&1 &&
					apt-get -q download "${SM_PKGS[@]}" >>download.log 2>&1
			} || {
				echo "apt-get download ${SM_PKGS[*]} failed: $(grep -E '^(E|Err):' download.log | tail -2 | tr '\n' ' ')"
				exit 1
			}
			rm -rf root && mkdir root || exit 1
			for d in *.deb; do
				dpkg -x "$d" root || exit 1
			done
			touch root/.unpacked
		) || return 1
	fi
	SM_ROOT=$SM_CACHE/root
	SM_BIN=$SM_ROOT/usr/libexec/sendmail/sendmail
	[ -x "$SM_BIN" ] && [ -f "$SM_ROOT/usr/share/sendmail/cf/m4/cf.m4" ] || {
		echo "no sendmail binary or cf.m4 in $SM_ROOT"
		return 1
	}
	# setgid smmsp would make the loader ignore LD_LIBRARY_PATH (libwrap0,
	# liblockfile1 live in the unpacked tree); it runs as root anyway.
	chmod g-s "$SM_BIN"
	export LD_LIBRARY_PATH=$SM_ROOT/usr/lib/x86_64-linux-gnu:$SM_ROOT/lib/x86_64-linux-gnu
	unshare --uts true 2>/dev/null || {
		echo "unshare --uts fails here; without a host name with a dot, sendmail asks DNS for $(hostname) at every start (60 s each without DNS)"
		return 1
	}
	sm_run -d0.1 -bt </dev/null >"$work/sm-version.txt" 2>&1
	grep -q '^Version 8\.' "$work/sm-version.txt" || {
		echo "sendmail does not run: $(head -3 "$work/sm-version.txt" | tr '\n' ' ')"
		return 1
	}
}
if ! why=$(sm_fetch); then
	skip sendmail "Sendmail unavailable: $why"
	t_summary
	exit 0
fi
SM_ROOT=$SM_CACHE/root
SM_BIN=$SM_ROOT/usr/libexec/sendmail/sendmail
export LD_LIBRARY_PATH=$SM_ROOT/usr/lib/x86_64-linux-gnu:$SM_ROOT/lib/x86_64-linux-gnu
echo "# $(head -1 "$work/sm-version.txt") from $SM_ROOT, after $(($(date +%s) - started)) s"

for p in $PORT_IN $PORT_PLAIN $SINK_PORT $MILTER_PORT; do
	if port_listening "$p"; then
		fail setup "port $p is already in use (set PORT_IN/PORT_PLAIN/SINK_PORT/MILTER_PORT)"
		t_summary
		exit 1
	fi
done

# ------------------------------------------------------------- sendmail.cf

# The contrib lines, with only the socket changed.
contrib=$top/contrib/sendmail.mc
sed "s|S=local:/run/certmilter/certmilter\.sock|S=inet:$MILTER_PORT@127.0.0.1|" "$contrib" >"$work/certmilter.m4"
if ! grep -q "^INPUT_MAIL_FILTER(\`certmilter', \`S=inet:$MILTER_PORT@127.0.0.1, F=T" \
	"$work/certmilter.m4"; then
	fail "contrib/sendmail.mc" "no INPUT_MAIL_FILTER(\`certmilter', \`S=local:/run/certmilter/certmilter.sock, F=T...) line"
	t_summary
	exit 1
fi

sm_write_cf() {
	mkdir -p "$work/mqueue" && chmod 700 "$work/mqueue"
	printf 'hosts files\naliases files\n' >"$work/service.switch"
	: >"$work/aliases"
	cat >"$work/test.mc" <<-EOF
		divert(-1)
		include(\`$SM_ROOT/usr/share/sendmail/cf/m4/cf.m4')
		divert(0)dnl
		VERSIONID(\`certmilter tests/integration/t_sendmail.sh')dnl
		OSTYPE(\`linux')dnl
		define(\`confDOMAIN_NAME', \`mx.test.example')dnl
		define(\`QUEUE_DIR', \`$work/mqueue')dnl
		define(\`confPID_FILE', \`$work/sendmail.pid')dnl
		define(\`STATUS_FILE', \`$work/statistics')dnl
		define(\`ALIAS_FILE', \`$work/aliases')dnl
		define(\`confSERVICE_SWITCH_FILE', \`$work/service.switch')dnl
		define(\`confHOSTS_FILE', \`/etc/hosts')dnl
		define(\`confDONT_PROBE_INTERFACES', \`True')dnl
		define(\`confTO_IDENT', \`0')dnl
		define(\`confLOG_LEVEL', \`9')dnl
		define(\`SMART_HOST', \`esmtp:[127.0.0.1]')dnl
		define(\`ESMTP_MAILER_ARGS', \`TCP \$h $SINK_PORT')dnl
		define(\`RELAY_MAILER_ARGS', \`TCP \$h $SINK_PORT')dnl
		define(\`SMTP_MAILER_ARGS', \`TCP \$h $SINK_PORT')dnl
		FEATURE(\`nocanonify')dnl
		FEATURE(\`accept_unresolvable_domains')dnl
		FEATURE(\`no_default_msa')dnl
		DAEMON_OPTIONS(\`Family=inet, Addr=127.0.0.1, Port=$PORT_IN, Name=MTA-cm')dnl
		DAEMON_OPTIONS(\`Family=inet, Addr=127.0.0.1, Port=$PORT_PLAIN, Name=MTA-plain, InputMailFilters=')dnl
		include(\`$work/certmilter.m4')dnl
		MAILER(\`smtp')dnl
	EOF
	m4 "$work/test.mc" >"$work/sendmail.cf" 2>"$work/m4.err" &&
		grep -q "^Xcertmilter, S=inet:$MILTER_PORT@127.0.0.1, F=T" "$work/sendmail.cf"
}

sm_start() {
	# -bd daemon, -q1s queue runs (its log goes to syslog)
	sm_run -C"$work/sendmail.cf" -bd -q1s >"$work/sendmail.out" 2>&1 || return 1
	wait_port "$PORT_IN" 10 && wait_port "$PORT_PLAIN" 5 || return 1
	SM_PID=$(head -1 "$work/sendmail.pid" 2>/dev/null)
}

# ------------------------------------------------------------------ set-up

setup() {
	cm_simple_setup "$work" "failure = { default = \"tempfail\"; };" || return 1
	cat >"$work/policy.conf" <<-EOF
		# t_sendmail.sh: as t_corpus.sh, two signers, Vp first, no TSA
		defaults = { sign = [ "vp", "identity" ]; timestamp = "none"; encrypt = "never"; };
	EOF
	vf_setup "$work/vstate" "$work/pki" >/dev/null || return 1
	sink_start "$work/sink" "$SINK_PORT" || return 1
	cm_start "$work/certmilter.conf" "$MILTER_PORT" "$work/certmilter.log" || return 1
	sm_write_cf || {
		echo "m4 could not build sendmail.cf: $(cat "$work/m4.err")" >&2
		return 1
	}
	sm_start || {
		echo "sendmail did not start: $(tail -5 "$work/sendmail.out")" >&2
		return 1
	}
}
if ! setup; then
	fail setup "could not start the test services (see above)"
	t_summary
	exit 1
fi
pass "Sendmail with contrib/sendmail.mc's INPUT_MAIL_FILTER listens on $PORT_IN and $PORT_PLAIN"
echo "# set-up done after $(($(date +%s) - started)) s"

# ------------------------------------------------------------------ submit

msg=$work/msg.eml
cat >"$msg" <<-EOF
	From: Alice Example <alice@example.com>
	To: Bob <bob@sink.example>
	Subject: certmilter through Sendmail
	Date: Sat, 28 Nov 2026 12:00:00 +0000
	Message-ID: <t-sendmail-1@example.com>
	MIME-Version: 1.0
	Content-Type: text/plain; charset=us-ascii

	Hello Bob,

	this message went through Sendmail and certmilter.
EOF
sent=0
for path in cm ref; do
	port=$PORT_IN
	[ $path = ref ] && port=$PORT_PLAIN
	if pf_send "$port" "$msg" alice@example.com "sendmail--$path@sink.example" \
		>"$work/$path.qid" 2>"$work/$path.err"; then
		sent=$((sent + 1))
	else
		fail "submit $path" "$(cat "$work/$path.err")"
	fi
done
if ! sink_wait "$sent" 60; then
	fail delivery "only $(sink_count) of $sent messages reached the sink in 60 s"
fi
out=$(sink_find "sendmail--cm@sink.example")
ref=$(sink_find "sendmail--ref@sink.example")
if [ -n "$out" ] && [ -n "$ref" ]; then
	pass "both copies delivered through Sendmail"
	# Sendmail's own Received: fields differ per path; nothing else may.
	"$CM_PY" "$CM_INT/verify.py" --state "$work/vstate" --name sendmail \
		--ignore-header received --tamper --expect-signers 2 \
		--expect-first CN=alice@example.com --expect-ekp "$out" "$ref" \
		>"$work/verify.out" 2>"$work/verify.err"
	rc=$?
	t_count_lines <"$work/verify.out"
	if [ $rc -ne 0 ] && ! grep -q '^FAIL:' "$work/verify.out"; then
		fail "sendmail verify.py" "exit $rc: $(tail -3 "$work/verify.err")"
	fi
else
	fail delivered "milter copy ${out:-missing}, reference ${ref:-missing}"
fi

# one audit line for Sendmail's queue id (the {i} macro at end of message)
qid=$(cat "$work/cm.qid" 2>/dev/null)
if [ -n "$qid" ] && [ "$qid" != - ] && [ "$(cm_audit_count "$work/certmilter.log" "$qid")" -eq 1 ]; then
	pass "one audit line for Sendmail queue id $qid"
else
	fail "audit line" "queue id '$qid': $(cm_audit_count "$work/certmilter.log" "${qid:-NOQUEUEID}") audit lines"
fi
if [ "$(grep -c ': dir=' "$work/certmilter.log")" -eq 1 ] && [ -n "$ref" ] &&
	! grep -qi '^content-type: multipart/signed' "$ref"; then
	pass "the reference path (InputMailFilters=) bypassed certmilter"
else
	fail "reference path" "certmilter saw it too, or its copy is signed"
fi
cm_check_exit "$work/certmilter.log"

# ------------------------------------------------- F=T: certmilter is down

# certmilter is stopped now: F=T must make Sendmail answer 4xx, not pass the
# mail on unsigned.
n=$(sink_count)
if pf_send "$PORT_IN" "$msg" alice@example.com "sendmail--down@sink.example" \
	>/dev/null 2>"$work/down.err"; then
	fail "F=T" "Sendmail accepted the message with certmilter down"
elif grep -qE ': 4[0-9][0-9] ' "$work/down.err"; then
	pass "F=T: certmilter down, Sendmail answers $(grep -oE ': 4[0-9][0-9] [0-9.]*' "$work/down.err" | head -1 | cut -c3-)"
else
	fail "F=T" "not a 4xx answer: $(cat "$work/down.err")"
fi
sleep 2
if [ "$(sink_count)" -eq "$n" ]; then
	pass "F=T: nothing delivered while certmilter is down"
else
	fail "F=T" "a message reached the sink while certmilter was down"
fi
echo "# done after $(($(date +%s) - started)) s"
t_summary
