# lib.sh - shared bash functions for the certmilter integration tests.
#
# Source it from a test script (bash, run as root):
#
#   . "$top/tests/integration/lib.sh"
#   trap t_cleanup EXIT
#
# What it provides:
#   pass NAME | fail NAME REASON | skip NAME REASON | t_summary
#       Report lines "PASS: name", "FAIL: name: reason", "SKIP: name: reason";
#       t_summary prints "N skipped" (when any) and, last, "N passed, N failed"
#       and returns 1 when anything failed.
#   pf_setup DIR PORT_IN PORT_PLAIN SINK_PORT MILTER [PORT_SUBMIT] / pf_stop DIR
#       A private Postfix instance under DIR (conf/, queue/, data/, maillog):
#       127.0.0.1:PORT_IN runs smtpd with smtpd_milters=MILTER (empty MILTER
#       = no milter), 127.0.0.1:PORT_PLAIN runs smtpd without any milter (the
#       reference path), optional 127.0.0.1:PORT_SUBMIT like PORT_IN but with
#       milter_macro_daemon_name=ORIGINATING (a submission service).
#       Everything is relayed to [127.0.0.1]:SINK_PORT.  Clients in
#       127.0.0.0/8 may relay anywhere; others (XCLIENT ADDR=) only to
#       sink.example, example.com, example.net.  main.cf in DIR/conf: add
#       parameters with "postconf -c DIR/conf -e ..." + "postfix -c DIR/conf
#       reload" if a test needs more.
#   pf_qid DIR RCPT            queue id of the delivered message for RCPT,
#                              read from DIR/maillog
#   sink_start DIR PORT / sink_stop / sink_wait COUNT TIMEOUT / sink_find RCPT
#       Byte-exact SMTP sink (sink.py): one DIR/NNNNNN.eml + .json per message.
#   pf_send [--set-from V] [--xclient V] [--raw] [--retry-452] [--save F] PORT FILE FROM RCPT...
#       Submit FILE (send.py); prints the queue id.  The test id travels in
#       the envelope recipient, the message is not modified (see send.py).
#       --xclient 'LOGIN=alice' makes Postfix hand the milter
#       {auth_authen}=alice (no SASL set-up needed); --xclient
#       'ADDR=192.0.2.1' poses as an outside client (inbound mail).
#   cm_start CONF PORT LOGFILE / cm_stop
#       certmilter -f -c CONF -p inet:PORT@127.0.0.1, stderr appended to
#       LOGFILE; waits until PORT listens.  Binary: $CERTMILTER.  cm_stop
#       keeps a copy of LOGFILE in build/test-logs/certmilter/ and the
#       private key lines and PKCS#12 password of the test PKI that CONF
#       used in build/test-secrets/ (same name), for t_logsafety.sh.
#   cm_audit_count LOGFILE QID number of audit lines "QID: dir=" in LOGFILE
#   cm_pids / cm_worker_pid    every certmilter process (supervisor first) /
#                              the worker; cm_kill_all: SIGKILL them all at
#                              once (a crash of the whole daemon; count in
#                              CM_KILLED), then
#                              cm_start again with the same arguments
#   pf_add_smtpd DIR PORT MILTER NAME   one more smtpd on 127.0.0.1:PORT
#                              with smtpd_milters=MILTER (postfix reload)
#   pf_drain DIR TIMEOUT       postqueue -f until the queue is empty
#   stream.py / sinkcheck.py   many numbered messages from concurrent
#                              clients that retry on 4xx / the batch check
#                              of what the sink got (t_crash, t_outage)
#   vf_setup STATEDIR TRUSTDIR / vf_cleanup
#       One-time gpgsm + NSS trust set-up for verify.py (--state STATEDIR).
#   tsad_start BIN PORT PKI LOG / tsad_stop   the test TSA (tests/tsad)
#   t_cleanup                  stop everything this library started
#   corpus_files               the test messages, one path a line: every
#                              $CORPUS/*.eml (default tests/corpus, in the
#                              repository), then every $CORPUS_EXTRA/*.eml
#                              (default ../shared/corpus beside the
#                              repository, when it exists; CORPUS_EXTRA=
#                              for none) whose file name $CORPUS lacks
#   corpus_manifest            their MANIFEST.tsv lines (file, category,
#                              source, licence, notes), no header
#   corpus_link DIR            DIR/NAME.eml, a symlink to each of them
#   corpus_expect NAME         sets CM_EXPECT to the outcome EXPECT.tsv of
#                              the corpus gives NAME ("refused", "as-is") and
#                              CM_EXPECT_REASON to its reason; both empty:
#                              the default (signed, or passed through when
#                              protected at the top level)
#
# Nothing here needs more than bash, coreutils, iproute2 (ss), util-linux
# (script, flock), postfix, openssl, gpgsm, libnss3-tools and /usr/bin/python3.

# certmilter refuses configuration and trust files others may write
umask 022

CM_PY=/usr/bin/python3
export PYTHONDONTWRITEBYTECODE=1 # no __pycache__ in the source tree
CM_INT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CM_TOP=$(cd "$CM_INT/../.." && pwd)
CM_PF_DIRS=()
CM_SINK_PID=
CM_SINK_DIR=
CM_PID=
CM_LOG=
CM_CONF=
CM_VF_STATE=
T_PASS=0
T_FAIL=0
T_SKIP=0
CM_CORPUS=${CORPUS:-$CM_TOP/tests/corpus}
CM_CORPUS_EXTRA=${CORPUS_EXTRA-$CM_TOP/../shared/corpus}
CM_EXPECT= CM_EXPECT_REASON=

# ---------------------------------------------------------------- reporting

pass() {
	T_PASS=$((T_PASS + 1))
	echo "PASS: $1"
}

fail() {
	T_FAIL=$((T_FAIL + 1))
	echo "FAIL: $1: $(tr '\n' ' ' <<<"${2:-failed}")"
}

skip() {
	T_SKIP=$((T_SKIP + 1))
	echo "SKIP: $1: ${2:-skipped}"
}

t_summary() {
	[ "$T_SKIP" -gt 0 ] && echo "$T_SKIP skipped"
	echo "$T_PASS passed, $T_FAIL failed"
	[ "$T_FAIL" -eq 0 ]
}

# t_need_root LABEL [WHY]: not root: skip the whole test (exit 0) and say why
t_need_root() {
	[ "$(id -u)" -eq 0 ] && return 0
	skip "$1" "needs root (${2:-private Postfix instance})"
	t_summary
	exit 0
}

# Relay the PASS:/FAIL:/SKIP: lines of a sub-tool (on stdin) and count them.
t_count_lines() {
	local line
	while IFS= read -r line; do
		case $line in
		PASS:*) T_PASS=$((T_PASS + 1)) ;;
		FAIL:*) T_FAIL=$((T_FAIL + 1)) ;;
		SKIP:*) T_SKIP=$((T_SKIP + 1)) ;;
		esac
		printf '%s\n' "$line"
	done
}

# ------------------------------------------------------------------ corpus

corpus_files() {
	local f seen=" "
	for f in "$CM_CORPUS"/*.eml; do
		[ -f "$f" ] || continue
		echo "$f"
		seen+="${f##*/} "
	done
	[ -n "$CM_CORPUS_EXTRA" ] && [ -d "$CM_CORPUS_EXTRA" ] || return 0
	for f in "$CM_CORPUS_EXTRA"/*.eml; do
		[ -f "$f" ] && [[ $seen != *" ${f##*/} "* ]] && echo "$f"
	done
	return 0
}

corpus_manifest() {
	local m=() d
	for d in "$CM_CORPUS" "$CM_CORPUS_EXTRA"; do
		[ -n "$d" ] && [ -r "$d/MANIFEST.tsv" ] && m+=("$d/MANIFEST.tsv")
	done
	[ ${#m[@]} -gt 0 ] || return 0
	awk -F'\t' 'FNR > 1 && !seen[$1]++' "${m[@]}"
}

corpus_link() {
	local f
	mkdir -p "$1"
	while IFS= read -r f; do
		ln -sf "$f" "$1/${f##*/}"
	done < <(corpus_files)
}

corpus_expect() {
	local d line
	CM_EXPECT= CM_EXPECT_REASON=
	for d in "$CM_CORPUS" "$CM_CORPUS_EXTRA"; do
		[ -n "$d" ] && [ -r "$d/EXPECT.tsv" ] || continue
		line=$(awk -F'\t' -v f="$1.eml" '$1 == f { print $2 "\t" $3; exit }' "$d/EXPECT.tsv")
		if [ -n "$line" ]; then
			CM_EXPECT=${line%%$'\t'*} CM_EXPECT_REASON=${line#*$'\t'}
			return 0
		fi
	done
}

# ------------------------------------------------------------------ helpers

# port_listening PORT: true when something listens on 127.0.0.1:PORT.
port_listening() {
	[ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]
}

# wait_port PORT SECONDS [PID]: wait until PORT listens; give up early when
# PID (the process that should open it) has died.
wait_port() {
	local port=$1 t=$(($2 * 10)) pid=${3:-}
	while [ $t -gt 0 ]; do
		port_listening "$port" && return 0
		if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
			return 1
		fi
		sleep 0.1
		t=$((t - 1))
	done
	return 1
}

# ----------------------------------------------------------------- postfix

CM_PF_MAIN=/etc/postfix/main.cf
CM_PF_LOCK=/etc/postfix/.certmilter-tests.lock

# Add (op=add) or remove (op=del) a directory in alternate_config_directories
# of the default main.cf.  flock serializes concurrent test runs; postconf -e
# rewrites the file through a temporary file and rename.
pf_altconf() {
	local op=$1 conf=$2
	(
		flock -w 30 9 || exit 1
		if [ ! -f "$CM_PF_MAIN" ]; then
			[ "$op" = del ] && exit 0
			# Debian's "No configuration": the default instance has no
			# main.cf.  Write a minimal one that only serves to allow the
			# test instances; its inet services stay disabled in case
			# someone starts the default instance with it.
			cat >"$CM_PF_MAIN.tmp.$$" <<-EOF
				# Created by certmilter's tests/integration/lib.sh: there was
				# no /etc/postfix/main.cf ("No configuration").  It only lists
				# test instances; the default instance listens nowhere.
				compatibility_level = 3.6
				master_service_disable = inet
				alternate_config_directories =
			EOF
			mv "$CM_PF_MAIN.tmp.$$" "$CM_PF_MAIN"
		fi
		local cur new d
		cur=$(postconf -c /etc/postfix -h alternate_config_directories 2>/dev/null)
		new=
		for d in ${cur//,/ }; do
			[ "$d" = "$conf" ] || new="$new $d"
		done
		[ "$op" = add ] && new="$new $conf"
		new=${new# }
		[ "$new" = "$cur" ] && exit 0
		postconf -c /etc/postfix -e "alternate_config_directories = $new"
	) 9>>"$CM_PF_LOCK"
}

pf_write_main() { # dir sink_port
	local dir=$1 sport=$2
	cat >"$dir/conf/main.cf" <<-EOF
		# certmilter integration test instance (tests/integration/lib.sh)
		compatibility_level = 3.6
		queue_directory = $dir/queue
		data_directory = $dir/data
		mail_owner = postfix
		setgid_group = postdrop
		syslog_name = pf-cmtest
		maillog_file = $dir/maillog
		maillog_file_prefixes = $dir
		inet_interfaces = loopback-only
		inet_protocols = all
		myhostname = mx.test.example
		mydomain = test.example
		myorigin = \$myhostname
		mydestination =
		local_recipient_maps =
		# All mail goes to the sink.  Clients in mynetworks may send
		# anywhere; other clients (XCLIENT ADDR=..., for inbound tests)
		# only to the relay domains.
		relay_domains = sink.example, example.com, example.net
		relay_recipient_maps =
		relayhost = [127.0.0.1]:$sport
		alias_maps =
		alias_database =
		mynetworks = 127.0.0.0/8 [::1]/128
		smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination
		smtpd_recipient_restrictions =
		smtpd_authorized_xclient_hosts = 127.0.0.0/8
		smtputf8_enable = no
		message_size_limit = 104857600
		mailbox_size_limit = 0
		biff = no
		milter_protocol = 6
		milter_default_action = tempfail
		queue_run_delay = 1s
		minimal_backoff_time = 1s
		maximal_backoff_time = 2s
		delay_warning_time = 0
		# The reference copy must be what the milter saw: do not let the
		# SMTP client fold long lines or convert 8bit to quoted-printable,
		# and do not rewrite headers or add missing ones (Message-ID, Date,
		# From, To) differently on the two paths.
		smtp_line_length_limit = 0
		disable_mime_output_conversion = yes
		local_header_rewrite_clients =
		remote_header_rewrite_domain =
		always_add_missing_headers = no
	EOF
}

pf_write_master() { # dir port_in port_plain milter [port_submit]
	local dir=$1 pin=$2 pplain=$3 milter=$4 psub=${5:-}
	cat >"$dir/conf/master.cf" <<-EOF
		# certmilter integration test instance: no chroot anywhere.
		# service type private unpriv chroot wakeup maxproc command
		127.0.0.1:$pin inet n - n - - smtpd -o syslog_name=pf-cmtest/in -o smtpd_milters=$milter
		127.0.0.1:$pplain inet n - n - - smtpd -o syslog_name=pf-cmtest/plain -o smtpd_milters=
		pickup unix n - n 60 1 pickup
		cleanup unix n - n - 0 cleanup
		qmgr unix n - n 300 1 qmgr
		rewrite unix - - n - - trivial-rewrite
		bounce unix - - n - 0 bounce
		defer unix - - n - 0 bounce
		trace unix - - n - 0 bounce
		verify unix - - n - 1 verify
		flush unix n - n 1000? 0 flush
		proxymap unix - - n - - proxymap
		smtp unix - - n - - smtp
		relay unix - - n - - smtp
		showq unix n - n - - showq
		error unix - - n - - error
		retry unix - - n - - error
		discard unix - - n - - discard
		local unix - n n - - local
		anvil unix - - n - 1 anvil
		scache unix - - n - 1 scache
		postlog unix-dgram n - n - 1 postlogd
	EOF
	[ -n "$psub" ] && cat >>"$dir/conf/master.cf" <<-EOF
		127.0.0.1:$psub inet n - n - - smtpd -o syslog_name=pf-cmtest/submit -o smtpd_milters=$milter -o milter_macro_daemon_name=ORIGINATING
	EOF
	return 0
}

pf_setup() {
	local dir=$1 pin=$2 pplain=$3 sport=$4 milter=${5:-} psub=${6:-}
	mkdir -p "$dir/conf" "$dir/queue" "$dir/data" || return 1
	chmod 755 "$dir" "$dir/conf" "$dir/queue"
	chown postfix "$dir/data" && chmod 700 "$dir/data"
	pf_write_main "$dir" "$sport"
	pf_write_master "$dir" "$pin" "$pplain" "$milter" "$psub"
	: >"$dir/maillog"
	pf_altconf add "$dir/conf" || {
		echo "pf_setup: cannot edit $CM_PF_MAIN" >&2
		return 1
	}
	CM_PF_DIRS+=("$dir")
	# postfix(1) prints fatal errors only to a terminal: give it one.
	if ! script -qec "postfix -c '$dir/conf' start" /dev/null \
		>"$dir/start.log" 2>&1; then
		echo "pf_setup: postfix start failed:" >&2
		cat "$dir/start.log" "$dir/maillog" >&2
		return 1
	fi
	if ! wait_port "$pin" 20 || ! wait_port "$pplain" 5 ||
		{ [ -n "$psub" ] && ! wait_port "$psub" 5; }; then
		echo "pf_setup: smtpd not listening on $pin/$pplain" >&2
		cat "$dir/start.log" "$dir/maillog" >&2
		return 1
	fi
}

pf_stop() {
	local dir=$1 pid t=100 d keep=()
	[ -f "$dir/conf/main.cf" ] || return 0
	pid=$(tr -d ' ' <"$dir/queue/pid/master.pid" 2>/dev/null)
	script -qec "postfix -c '$dir/conf' stop" /dev/null >>"$dir/start.log" 2>&1
	while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ $t -gt 0 ]; do
		sleep 0.1
		t=$((t - 1))
	done
	[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null &&
		script -qec "postfix -c '$dir/conf' abort" /dev/null >/dev/null 2>&1
	pf_altconf del "$dir/conf"
	for d in "${CM_PF_DIRS[@]}"; do
		[ "$d" = "$dir" ] || keep+=("$d")
	done
	CM_PF_DIRS=("${keep[@]}")
}

# pf_add_smtpd DIR PORT MILTER NAME: one more smtpd on 127.0.0.1:PORT with
# smtpd_milters=MILTER (syslog name pf-cmtest/NAME); reloads Postfix.
pf_add_smtpd() {
	local dir=$1 port=$2 milter=$3 name=$4
	echo "127.0.0.1:$port inet n - n - - smtpd -o syslog_name=pf-cmtest/$name -o smtpd_milters=$milter" \
		>>"$dir/conf/master.cf"
	script -qec "postfix -c '$dir/conf' reload" /dev/null >>"$dir/start.log" 2>&1
	wait_port "$port" 20
}

# pf_drain DIR TIMEOUT: flush the queue until it is empty (deferred mail
# is retried at once); false when it is not empty after TIMEOUT seconds.
pf_drain() {
	local dir=$1 t=$(($2 * 2))
	while [ $t -gt 0 ]; do
		postqueue -c "$dir/conf" -p 2>/dev/null | grep -q '^Mail queue is empty' && return 0
		postqueue -c "$dir/conf" -f >/dev/null 2>&1
		sleep 0.5
		t=$((t - 1))
	done
	return 1
}

# pf_qid DIR RCPT: queue id of the message delivered (status=sent) to RCPT.
pf_qid() {
	grep -F "to=<$2>," "$1/maillog" | grep -F 'status=sent' |
		sed -n 's/.*\]: \([0-9A-Za-z]*\): to=<.*/\1/p' | tail -1
}

# -------------------------------------------------------------------- sink

sink_start() {
	CM_SINK_DIR=$1
	mkdir -p "$CM_SINK_DIR"
	"$CM_PY" "$CM_INT/sink.py" serve --dir "$CM_SINK_DIR" --port "$2" \
		2>>"$CM_SINK_DIR.log" &
	CM_SINK_PID=$!
	wait_port "$2" 10 "$CM_SINK_PID" || {
		echo "sink_start: sink did not start on port $2" >&2
		cat "$CM_SINK_DIR.log" >&2
		return 1
	}
}

sink_stop() {
	[ -n "$CM_SINK_PID" ] || return 0
	kill "$CM_SINK_PID" 2>/dev/null
	wait "$CM_SINK_PID" 2>/dev/null
	CM_SINK_PID=
}

sink_count() {
	local f n=0
	for f in "$CM_SINK_DIR"/*.json; do
		[ -e "$f" ] && n=$((n + 1))
	done
	echo "$n"
}

# sink_wait COUNT TIMEOUT: wait until the sink holds COUNT messages.
sink_wait() {
	local want=$1 t=$(($2 * 10))
	while [ "$(sink_count)" -lt "$want" ]; do
		[ $t -le 0 ] && return 1
		sleep 0.1
		t=$((t - 1))
	done
}

# sink_find RCPT: path of the stored .eml for envelope recipient RCPT.
sink_find() {
	"$CM_PY" "$CM_INT/sink.py" find "$CM_SINK_DIR" "$1" | tail -1
}

# -------------------------------------------------------------------- send

pf_send() {
	local opts=()
	while :; do
		case ${1:-} in
		--set-from | --xclient | --save)
			opts+=("$1" "$2")
			shift 2
			;;
		--raw | --retry-452)
			opts+=("$1")
			shift
			;;
		*) break ;;
		esac
	done
	local port=$1 file=$2 from=$3 r
	shift 3
	for r in "$@"; do
		opts+=(--rcpt "$r")
	done
	"$CM_PY" "$CM_INT/send.py" --port "$port" --from "$from" "${opts[@]}" "$file"
}

# -------------------------------------------------------------- certmilter

cm_binary() {
	if [ -n "${CERTMILTER:-}" ]; then
		echo "$CERTMILTER"
		return
	fi
	local c
	for c in ./certmilter "$CM_TOP/build/gcc/certmilter" "$CM_TOP/certmilter"; do
		[ -x "$c" ] && {
			echo "$c"
			return
		}
	done
	echo ./certmilter
}

cm_start() {
	local conf=$1 port=$2 log=$3 bin
	bin=$(cm_binary)
	[ -x "$bin" ] || {
		echo "cm_start: no certmilter binary at $bin (set CERTMILTER)" >&2
		return 1
	}
	# CM_WRAPPER: e.g. "valgrind -q --log-file=..." to run it under a tool
	${CM_WRAPPER:-} "$bin" -f -c "$conf" -p "inet:$port@127.0.0.1" >>"$log" 2>&1 &
	CM_PID=$!
	CM_LOG=$log CM_CONF=$conf
	wait_port "$port" 60 "$CM_PID" || {
		echo "cm_start: certmilter not listening on $port; log:" >&2
		tail -20 "$log" >&2
		cm_stop
		return 1
	}
}

cm_stop() {
	[ -n "$CM_PID" ] || return 0
	local t=100
	kill -TERM "$CM_PID" 2>/dev/null
	while kill -0 "$CM_PID" 2>/dev/null && [ $t -gt 0 ]; do
		sleep 0.1
		t=$((t - 1))
	done
	kill -KILL "$CM_PID" 2>/dev/null
	wait "$CM_PID" 2>/dev/null
	CM_RC=$? # exit status, for cm_check_exit
	CM_PID=
	cm_keep_log
}

# Copy certmilter's log to build/test-logs/certmilter/NAME.log and the
# secrets of the PKI its configuration names (the directory of
# pkcs12_password_file: the password, the base64 lines of every private key)
# to build/test-secrets/NAME.txt, for t_logsafety.sh.
CM_KEPT=0
cm_keep_log() {
	[ -n "${CM_LOG:-}" ] && [ -f "$CM_LOG" ] || return 0
	local name keep=$CM_TOP/build/test-logs/certmilter sec=$CM_TOP/build/test-secrets p12
	CM_KEPT=$((CM_KEPT + 1))
	name=$(basename "$0" .sh)-$$-$CM_KEPT
	mkdir -p "$keep" "$sec" && cp "$CM_LOG" "$keep/$name.log"
	p12=$(sed -n 's/.*pkcs12_password_file *= *"\([^"]*\)".*/\1/p' "$CM_CONF" | head -1)
	if [ -n "$p12" ] && [ -f "$p12" ]; then
		(
			umask 077
			cat "$p12"
			find "$(dirname "$p12")" -type f \( -name '*.key' -o -name '*.pem' \) -exec \
				awk '/-END .*PRIVATE KEY-/ { k = 0 } k { print } /-BEGIN .*PRIVATE KEY-/ { k = 1 }' {} +
		) >"$sec/$name.txt"
	fi
	CM_LOG=
}

# cm_simple_setup WORK [CONFIG-LINES]: a test PKI in WORK/pki, WORK/roots.pem
# (organization + public roots), a policy signing with the identity
# certificate, and WORK/certmilter.conf (internal: 127.0.0.0/8 and ::1) with
# CONFIG-LINES appended.
cm_simple_setup() {
	local w=$1
	bash "$CM_TOP/tests/pki/mkpki.sh" "$w/pki" >/dev/null || return 1
	cat "$w/pki/org-roots.pem" "$w/pki/public-roots.pem" >"$w/roots.pem"
	printf 'defaults = { sign = [ "identity" ]; encrypt = "never"; };\n' >"$w/policy.conf"
	cat >"$w/certmilter.conf" <<-EOF
		policy_file = "$w/policy.conf";
		spool_dir = "$w";
		outbound = { internal_networks = [ "127.0.0.0/8", "::1/128" ]; };
		keystore = { directories = [ "$w/pki/keys" ]; pkcs12_password_file = "$w/pki/p12pass";
		             chain_bundle = "$w/pki/chain.pem"; };
		trust = { organization = "$w/pki/org-roots.pem"; public = "$w/pki/public-roots.pem"; };
		${2:-}
	EOF
}

# cm_check_exit LOGFILE: stop certmilter; it must exit 0 on SIGTERM and its
# log must hold no sanitizer or valgrind report.
cm_check_exit() {
	cm_stop
	if [ "${CM_RC:-0}" -eq 0 ]; then
		pass "certmilter exits 0 on SIGTERM"
	else
		fail "certmilter exit" "exit status $CM_RC after SIGTERM"
	fi
	if grep -qE 'Sanitizer|runtime error:|^==[0-9]+== ' "$1"; then
		fail "certmilter reports" "$(grep -m3 -E 'Sanitizer|runtime error:|^==[0-9]+== ' "$1" | tr '\n' ' ')"
	else
		pass "certmilter log holds no sanitizer or valgrind report"
	fi
}

# cm_pids: the supervisor ($CM_PID) and all its descendants.
cm_pids() {
	[ -n "$CM_PID" ] || return 0
	local todo=("$CM_PID") p c
	while [ ${#todo[@]} -gt 0 ]; do
		p=${todo[0]}
		todo=("${todo[@]:1}")
		echo "$p"
		for c in $(ps -o pid= --ppid "$p" 2>/dev/null); do
			todo+=("$c")
		done
	done
}

cm_worker_pid() {
	[ -n "$CM_PID" ] && ps -o pid= --ppid "$CM_PID" | tr -d ' ' | head -1
}

# cm_kill_all: SIGKILL every certmilter process at once (no clean-up can
# run); CM_KILLED = how many were killed, CM_LEFT = how many of them still
# exist 2 s later (0 expected).  The log stays (cm_start appends).
cm_kill_all() {
	local pids
	pids=$(cm_pids)
	[ -n "$pids" ] || return 1
	# shellcheck disable=SC2086
	{
		kill -KILL $pids
		wait "$CM_PID"
	} 2>/dev/null
	CM_PID=
	CM_KILLED=$(wc -w <<<"$pids")
	local p t=20
	while [ $t -gt 0 ]; do # the worker is not our child: poll
		CM_LEFT=0
		for p in $pids; do
			# a zombie has died; reaping an orphan is init's business (this
			# machine's init was seen to take over 2 s)
			kill -0 "$p" 2>/dev/null && [ "$(sed 's/.*) \(.\).*/\1/' "/proc/$p/stat" 2>/dev/null)" != Z ] &&
				CM_LEFT=$((CM_LEFT + 1))
		done
		[ "$CM_LEFT" -eq 0 ] && break
		sleep 0.1
		t=$((t - 1))
	done
}

# cm_expect_audit NAME REGEX: the last outbound audit line of $CM_LOG
# matches REGEX (a pass naming the line, or a fail showing it).
cm_expect_audit() {
	local line
	sleep 0.2
	line=$(grep -E ': dir=out ' "$CM_LOG" | tail -1)
	if grep -qE "$2" <<<"$line"; then
		pass "$1 audit: ${line#*: }"
	else
		fail "$1 audit" "want /$2/, got: $line"
	fi
}

cm_audit_count() {
	grep -cE "(^|[^0-9A-Za-z])$2: dir=" "$1"
}

# ------------------------------------------------------------------ verify

vf_setup() {
	CM_VF_STATE=$1
	"$CM_PY" "$CM_INT/verify.py" --setup "$CM_VF_STATE" --trust "$2"
}

vf_cleanup() {
	[ -n "$CM_VF_STATE" ] || return 0
	[ -d "$CM_VF_STATE/gnupg" ] &&
		gpgconf --homedir "$CM_VF_STATE/gnupg" --kill all 2>/dev/null
	CM_VF_STATE=
}

# --------------------------------------------------------------------- tsa

# tsad_pki DIR CERT KEY [EC_CERT EC_KEY]: a PKI directory for tsad whose
# signer (tsa) is CERT/KEY and, given, whose -k ec signer is EC_CERT/EC_KEY;
# the other signers tsad loads come from tests/pki/mkpki.sh's PKI (made in
# DIR/pki). Returns non-zero if something is missing.
tsad_pki() {
	local dir=$1 f
	bash "$CM_TOP/tests/pki/mkpki.sh" "$dir/pki" >/dev/null 2>&1 || return 1
	for f in tsa-rogue tsa-noekp tsa-inter; do
		cp "$dir/pki/$f.pem" "$dir/pki/$f.key" "$dir/" || return 1
	done
	cp "$2" "$dir/tsa.pem" && cp "$3" "$dir/tsa.key" || return 1
	[ $# -lt 5 ] || { cp "$4" "$dir/tsa-ec.pem" && cp "$5" "$dir/tsa-ec.key"; }
}

# tsad_start BINARY PORT PKIDIR LOGFILE / tsad_stop: the test TSA
# (tests/tsad/tsad), every behaviour chosen by the URL path (/ok, /500,
# /hang, /imprint, /nonce, /untrusted, ...; see tsad.c).
CM_TSAD_PID=
tsad_start() {
	[ -x "$1" ] || {
		echo "tsad_start: no test TSA at $1" >&2
		return 1
	}
	"$1" -p "$2" -d "$3" >>"$4" 2>&1 &
	CM_TSAD_PID=$!
	wait_port "$2" 20 "$CM_TSAD_PID" || {
		echo "tsad_start: not listening on $2: $(tail -3 "$4")" >&2
		return 1
	}
}

tsad_stop() {
	[ -n "$CM_TSAD_PID" ] || return 0
	kill "$CM_TSAD_PID" 2>/dev/null
	wait "$CM_TSAD_PID" 2>/dev/null
	CM_TSAD_PID=
}

# ------------------------------------------------------------------ cleanup

t_cleanup() {
	local d
	cm_stop
	for d in "${CM_PF_DIRS[@]}"; do
		pf_stop "$d"
	done
	sink_stop
	tsad_stop
	vf_cleanup
}
