#!/usr/bin/env bash
# bench/run.sh - the benchmark of issue #7: one loopback Postfix relaying to
# smtp-sink, driven by smtp-source, and the same stream through each
# configuration, one after another:
#
#   none       Postfix with no milter
#   opendkim   Postfix + OpenDKIM (Debian's opendkim), RSA-2048 signing
#   single     certmilter, one signer (identity: V4)
#   dual       certmilter, dual signature (Vp + V4)
#   dualts     certmilter, dual signature + RFC 3161 timestamps (tests/tsad)
#   dualts-ec  the same, the TSA signing with ECDSA P-256 (tsad -k ec, its
#              own instance) instead of RSA-2048: on this machine the TSA
#              competes with Postfix and certmilter for the CPU, while a
#              real TSA is a remote service; this row shows how much of the
#              dualts row's cost is the local TSA's
#   dualts-ecsig  dualts with alice's V4 and Vp certificates on EC P-256
#              keys instead of RSA-2048 (bench/eckeys.sh; issue #17 item 5):
#              what ECDSA signer keys make of the CPU per message
#   p11dualts  dualts with alice's V4 and Vp keys in a SoftHSM2 token
#              (bench/p11token.sh; keystore.pkcs11, issue #18): the cost of
#              a token key beside the file keys of dualts
#   dualtsenc  dualts + encryption to a cached recipient: run only when
#              certmilter encrypts (audit field encrypted=); otherwise the
#              row says "n/a (issue #4)"
#
# then the same configurations again with bench/milterdrive speaking the
# milter protocol directly (no MTA), and two milter-only rows of inbound
# mail (issue #15), from a client outside outbound.internal_networks
# (milterdrive -a 192.0.2.1):
#
#   inverify   certmilter with inbound.verify, fed the message the dualts
#              milter made of the row's size (milterdrive -n 1 -o, checked
#              with openssl cms -verify), to someone@example.com
#   indecrypt  inbound.verify and inbound.decrypt, fed the message the
#              dualtsenc milter made (encrypted to bob@example.com, whose
#              key pair bob-vp is in the keystore), to bob@example.com
#
# Each must verify (decrypt) every message: milterdrive's verified=N
# (decrypted=N) and the audit lines' verified=pass:vp,v4 (decrypted=yes).
# Under the milter-only table, their CPU per message as a ratio to the
# dualts row of the same size (issue #15: verifying a dual + timestamps
# 10 KB message takes at most half the CPU of signing it).
# Prints the tables (markdown) and writes them to bench/results-DATE.md
# (--quick: DIR/results-quick.md; --out FILE).
#
#   bash bench/run.sh [-n N] [-s SIZES] [-c C] [--quick] [--no-build]
#                     [--no-install] [--out FILE] [--only CONFIGS]
#
#   -n N       messages per row (default 500)
#   -s SIZES   body sizes, e.g. "2k 10k 100k 1m" (default)
#   -c C       concurrent SMTP sessions / milter connections (default 20)
#   --quick    N=20, sizes 10k, C=4 (the CI check, tests/integration/t_bench.sh)
#
# Without --quick (and unless REVOCATION=0) bench/revocation.sh then runs
# with -n N and its table is added: revocation.mode off against soft with
# every cache warm (issue #14); and bench/metrics.sh (unless METRICS=0):
# the same stream without the endpoint, with it idle and with it scraped
# (issue #19);
# and bench/store.sh (unless STORE=0): the store's queries per message with
# a warm cache (issue #16).
# Also without --quick: when dualts and dualtsunix both run (and unless
# LATENCY=0), the two rows again through Postfix at 10k with C=4 after the
# Postfix table's rows, in a table "Latency at C=4" (issue #17 item 5: the
# inet socket's certmilter ms p50 against the unix socket's); and last
# (unless PROFILE=0) bench/profile.sh (--help): instructions (valgrind
# --tool=callgrind) and system calls (strace -f -c) per dual-signed 10 KB
# message besides the RSA private-key operations, milter only (issue #17
# item 1; a few minutes), its tables added.
# The report ends with the targets of issue #17 that the run measured, each
# with its figures and "met" or "NOT met".
#   --only     configurations to run, e.g. "none dualts" (default: all);
#              inverify and indecrypt start the dualts and dualtsenc
#              milters that make their input, without their rows
#
# One Postfix instance with one smtpd port per configuration: every row
# shares the queue, cleanup, qmgr, SMTP client, sink and their tuning, and
# differs only in the smtpd_milters of the port smtp-source talks to. The
# queue is drained between rows, so rows never overlap.
#
# Per row: messages/s = N / (first SMTP connection .. last message
# delivered to the sink, from Postfix's maillog); accept/s = N / the time
# smtp-source needed; the milter's CPU time per message from
# /proc/PID/stat (utime+stime, all threads) before and after; its peak RSS
# (VmHWM, reset through /proc/PID/clear_refs before the row); certmilter's
# time per message (p50/p99 of ms= in the audit lines: MAIL FROM to the
# end of its work at end of message). Every certmilter row must show in its
# audit lines that each message was signed as configured (signed=..., ts=2/2
# for timestamps); a row where that is not so is an ERROR, not a result.
# Rows with timestamps also show the TSA's CPU time per message (column
# "TSA CPU ms/msg": utime+stime of the tsad process serving that row, from
# /proc/PID/stat before and after, / N; "-" for rows without a TSA); it is
# CPU that a remote TSA would not take from this machine.
#
# Environment: BENCH_DIR (default /var/lib/certmilter-bench; its dkim/
# subdirectory is root-only, OpenDKIM refuses keys elsewhere), BENCH_PORT
# (first of the TCP ports used, default 25000; +25..+34 smtpd, +50 sink,
# +60 TSA (RSA), +61 TSA (ECDSA), +101..+110 milters; the defaults of this
# and of the scripts run after the matrix are below Linux's ephemeral port
# range, 32768-60999: the matrix's own tens of thousands of connections
# once held the port bench/metrics.sh wanted), CERTMILTER (binary; implies --no-build;
# milterdrive and tsad are taken from beside it).
# Exit status: 0 when every row ran and every certmilter row was signed
# (inbound rows: verified, decrypted).
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/tests/integration/lib.sh"
export LC_ALL=C

CMDLINE=$*
N=500 SIZES="2k 10k 100k 1m" C=20 QUICK=0 BUILD=1 INSTALL=1 OUT= ONLY=
while [ $# -gt 0 ]; do
	case $1 in
	-n) N=$2; shift 2 ;;
	-s) SIZES=$2; shift 2 ;;
	-c) C=$2; shift 2 ;;
	--quick) QUICK=1; N=20 SIZES=10k C=4; shift ;;
	--no-build) BUILD=0; shift ;;
	--no-install) INSTALL=0; shift ;;
	--out) OUT=$2; shift 2 ;;
	--only) ONLY=$2; shift 2 ;;
	-h | --help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
	*) echo "run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
	esac
done
D=${BENCH_DIR:-/var/lib/certmilter-bench}
B=${BENCH_PORT:-25000}
SINK_PORT=$((B + 50)) TSA_PORT=$((B + 60)) TSA_EC_PORT=$((B + 61))
FROM=alice@example.com RCPT=bob@partner.example ENC_RCPT=bob@example.com
IN_RCPT=someone@example.com IN_ADDR=192.0.2.1
CONFIGS="none opendkim single dual dualts dualts-ecsig p11dualts dualts-ec dualtsenc dualtsunix"
CM_CONFIGS="single dual dualts dualts-ecsig p11dualts dualts-ec dualtsenc dualtsunix"
IN_CONFIGS="inverify indecrypt" # milter only, inbound
declare -A LABEL=([none]="Postfix, no milter" [opendkim]="Postfix + OpenDKIM (RSA-2048)"
	[single]="certmilter, single signer (V4)" [dual]="certmilter, dual (Vp + V4)"
	[dualts]="certmilter, dual + timestamps" [p11dualts]="certmilter, dual + timestamps, keys in SoftHSM2"
	[dualts-ecsig]="certmilter, dual + timestamps, EC P-256 signer keys"
	[dualts-ec]="certmilter, dual + timestamps, ECDSA TSA" [dualtsenc]="certmilter, dual + ts + encryption"
	[dualtsunix]="certmilter, dual + timestamps, unix socket"
	[inverify]="certmilter, inbound: verify dual + timestamps"
	[indecrypt]="certmilter, inbound: decrypt (+ verify)")
declare -A SPORT=([none]=$((B + 25)) [opendkim]=$((B + 26)) [single]=$((B + 27))
	[dual]=$((B + 28)) [dualts]=$((B + 29)) [dualtsenc]=$((B + 30)) [dualtsunix]=$((B + 31))
	[dualts-ec]=$((B + 32)) [p11dualts]=$((B + 33)) [dualts-ecsig]=$((B + 34)))
declare -A MPORT=([opendkim]=$((B + 101)) [single]=$((B + 102)) [dual]=$((B + 103))
	[dualts]=$((B + 104)) [dualtsenc]=$((B + 105)) [dualts-ec]=$((B + 106))
	[inverify]=$((B + 107)) [indecrypt]=$((B + 108)) [p11dualts]=$((B + 109))
	[dualts-ecsig]=$((B + 110)))
# the milter's socket as libmilter (MSOCK) and as Postfix (PFSOCK) write it;
# dualtsunix is dualts on a unix-domain socket (no Nagle, no delayed ACKs)
declare -A MSOCK PFSOCK
for _n in "${!MPORT[@]}"; do
	MSOCK[$_n]="inet:${MPORT[$_n]}@127.0.0.1" PFSOCK[$_n]="inet:127.0.0.1:${MPORT[$_n]}"
done
MSOCK[dualtsunix]="unix:$D/cm-dualtsunix/milter.sock" PFSOCK[dualtsunix]="unix:$D/cm-dualtsunix/milter.sock"
# what the audit line of every message of a row must contain (each word;
# A|B: either)
declare -A EXPECT=([single]="signed=v4 action=accept" [dual]="signed=vp,v4 action=accept"
	[dualts]="signed=vp,v4 ts=2/2 action=accept"
	[dualtsenc]="signed=vp,v4 ts=2/2 encrypted=1/1 action=accept"
	[dualtsunix]="signed=vp,v4 ts=2/2 action=accept"
	[dualts-ec]="signed=vp,v4 ts=2/2 action=accept" [p11dualts]="signed=vp,v4 ts=2/2 action=accept"
	[dualts-ecsig]="signed=vp,v4 ts=2/2 action=accept"
	[inverify]="dir=in verified=pass:vp,v4|verified=pass:v4,vp decrypted=- action=accept"
	[indecrypt]="dir=in verified=pass:vp,v4|verified=pass:v4,vp decrypted=yes action=accept")
# the configuration whose milter makes an inbound row's message
declare -A SOURCE=([inverify]=dualts [indecrypt]=dualtsenc)
declare -A PID NA  # milter pids; configurations that cannot run, with why
declare -A R       # results, R[key/field]
ERRORS=0
LAT_C=4 # the concurrency of the latency step
SINK_PID=
CLK=$(getconf CLK_TCK)

log() { echo "== $*" >&2; }
die() {
	echo "run.sh: $*" >&2
	exit 1
}
wanted() { [ -z "$ONLY" ] || [[ " $ONLY " == *" $1 "* ]]; }
# needed NAME: a configuration to set up: wanted, or the source of a wanted
# inbound row
needed() { wanted "$1" || { [ "$1" = dualts ] && wanted inverify; } ||
	{ [ "$1" = dualtsenc ] && wanted indecrypt; }; }
is_cm() { [[ $1 != none && $1 != opendkim ]]; }
is_in() { [[ " $IN_CONFIGS " == *" $1 "* ]]; }
bytes_of() { # 10k -> 10240
	case $1 in
	*[kK]) echo $((${1%?} * 1024)) ;;
	*[mM]) echo $((${1%?} * 1048576)) ;;
	*) echo "$1" ;;
	esac
}

# ------------------------------------------------------------- set-up

install_deps() {
	[ "$INSTALL" = 1 ] || return 0
	if ! command -v smtp-source >/dev/null || ! command -v postconf >/dev/null; then
		bash "$top/tests/deps.sh" >&2 || die "tests/deps.sh failed"
	fi
	if ! command -v opendkim >/dev/null || ! command -v opendkim-genkey >/dev/null; then
		log "installing opendkim opendkim-tools"
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q opendkim opendkim-tools >&2 ||
			log "apt-get install opendkim failed; the OpenDKIM rows will be n/a"
	fi
}

find_binaries() {
	if [ -n "${CERTMILTER:-}" ]; then
		BIN=$CERTMILTER
	else
		[ "$BUILD" = 1 ] && { bash "$top/tests/build.sh" gcc >&2 || die "build failed"; }
		BIN=$top/build/gcc/certmilter
	fi
	BLD=$(dirname "$BIN")
	MDRIVE=$BLD/bench/milterdrive TSAD=$BLD/tests/tsad/tsad
	local f
	for f in "$BIN" "$MDRIVE" "$TSAD"; do
		[ -x "$f" ] || die "no $f (build first: bash tests/build.sh gcc)"
	done
}

stop_all() {
	local name pid
	for name in "${!PID[@]}"; do
		pid=${PID[$name]}
		kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	done
	PID=()
	[ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null && wait "$SINK_PID" 2>/dev/null
	SINK_PID=
	tsad_stop
	[ -d "$D/postfix/conf" ] && pf_stop "$D/postfix"
}

# wait_sock SPEC SECONDS PID: wait_port for inet:PORT@HOST or unix:PATH
wait_sock() {
	local spec=$1 t=$(($2 * 10))
	case $spec in
	inet:*) spec=${spec#inet:} && wait_port "${spec%@*}" "$2" "$3" ;;
	unix:*)
		while [ ! -S "${spec#unix:}" ]; do
			kill -0 "$3" 2>/dev/null && [ $t -gt 0 ] || return 1
			sleep 0.1
			t=$((t - 1))
		done
		;;
	esac
}

# start_bg NAME SOCKET CMD...: start a daemon, remember its pid, wait for
# SOCKET. Three tries: our ports lie in the kernel's ephemeral range, where
# an outgoing connection of anything on the machine may hold one briefly.
start_bg() {
	local name=$1 sock=$2 try
	shift 2
	for try in 1 2 3; do
		"$@" >>"$D/$name.log" 2>&1 </dev/null &
		PID[$name]=$!
		wait_sock "$sock" 30 "${PID[$name]}" && return 0
		kill "${PID[$name]}" 2>/dev/null
		wait "${PID[$name]}" 2>/dev/null
		unset "PID[$name]"
		log "$name did not start (try $try): $(tail -1 "$D/$name.log")"
		sleep 2
	done
	return 1
}

setup_dkim() {
	command -v opendkim >/dev/null || {
		NA[opendkim]="n/a (opendkim not installed)"
		return 0
	}
	# OpenDKIM refuses keys and configuration under a directory others may
	# write to: $D is 0755 root, dkim/ 0700.
	mkdir -m 700 "$D/dkim"
	opendkim-genkey -b 2048 -d example.com -s bench -D "$D/dkim" || die "opendkim-genkey failed"
	cat >"$D/dkim/opendkim.conf" <<-EOF
		Mode                s
		Domain              example.com
		Selector            bench
		KeyFile             $D/dkim/bench.private
		Socket              inet:${MPORT[opendkim]}@127.0.0.1
		Canonicalization    relaxed/simple
		SignatureAlgorithm  rsa-sha256
		InternalHosts       127.0.0.1
		Syslog              no
		Background          no
	EOF
	chmod 600 "$D/dkim/opendkim.conf"
	start_bg opendkim "${MSOCK[opendkim]}" opendkim -f -x "$D/dkim/opendkim.conf" ||
		die "opendkim did not start"
}

# The policy of each certmilter configuration.
cm_policy() {
	case $1 in
	single) echo 'defaults = { sign = [ "identity" ]; timestamp = "none"; encrypt = "never"; };' ;;
	dualtsunix | dualts-ec | dualts-ecsig | p11dualts | inverify | indecrypt)
		cm_policy dualts | head -1 ;;
	dual) echo 'defaults = { sign = [ "vp", "identity" ]; timestamp = "none"; encrypt = "never"; };' ;;
	dualts) echo 'defaults = { sign = [ "vp", "identity" ]; timestamp = "all"; encrypt = "never"; };' ;;
	dualtsenc) echo 'defaults = { sign = [ "vp", "identity" ]; timestamp = "all";
	  encrypt = "required"; missing_certificate = "reject"; };' ;;
	esac
	echo 'rules = ( { from = "*@example.com"; } );'
}

setup_cm() { # name
	local name=$1 w=$D/cm-$1 tport=$TSA_PORT keys=$D/pki/keys p11=
	[ "$name" = dualts-ec ] && tport=$TSA_EC_PORT
	mkdir -p "$w"
	if [ "$name" = p11dualts ]; then # alice's keys in a token; only certmilter reads SOFTHSM2_CONF
		p11=$(bash "$top/bench/p11token.sh" "$D/pki" "$w") || die "bench/p11token.sh failed"
		keys=$w/keys
		export SOFTHSM2_CONF=$w/softhsm2.conf
	fi
	if [ "$name" = dualts-ecsig ]; then # alice's signer certificates on EC P-256 keys
		bash "$top/bench/eckeys.sh" "$D/pki" "$w" || die "bench/eckeys.sh failed"
		keys=$w/keys
	fi
	cm_policy "$name" >"$w/policy.conf"
	cat >"$w/certmilter.conf" <<-EOF
		policy_file = "$w/policy.conf";
		spool_dir   = "$w";
		outbound = { internal_networks = [ "127.0.0.0/8" ]; };
		keystore = { directories = [ "$keys" ]; pkcs12_password_file = "$D/pki/p12pass";
		             chain_bundle = "$D/pki/chain.pem"; $p11 };
		trust = { organization = "$D/pki/org-roots.pem"; public = "$D/pki/public-roots.pem";
		          tsa = "$D/pki/tsa-roots.pem"; };
		tsa = { urls = [ "http://127.0.0.1:$tport/ok" ]; timeout = 5; };
	EOF
	case $name in
	inverify) echo 'inbound = { verify = true; };' >>"$w/certmilter.conf" ;;
	indecrypt) echo 'inbound = { verify = true; decrypt = true; };' >>"$w/certmilter.conf" ;;
	esac
	if [ "$name" = dualtsenc ]; then
		# the recipient's certificate from a files directory, then the cache
		mkdir -p "$w/recipients"
		cp "$D/pki/keys/bob-vp.pem" "$w/recipients/$ENC_RCPT.pem"
		cat "$D/pki/public-roots.pem" "$D/pki/chain.pem" >"$w/dirtrust.pem"
		cat >>"$w/certmilter.conf" <<-EOF
			directory = { sources = ( { type = "files"; path = "$w/recipients";
			                            trust = "$w/dirtrust.pem"; } );
			              cache = { size = 1000; positive_ttl = 3600; }; };
		EOF
	fi
	if ! "$BIN" -n -c "$w/certmilter.conf" >"$w/checkconf.log" 2>&1; then
		[ "$name" = dualtsenc ] && {
			NA[$name]="n/a (issue #4)"
			return 0
		}
		is_in "$name" && {
			NA[$name]="n/a (no inbound.${name#in} in this certmilter: issue #15)"
			return 0
		}
		cat "$w/checkconf.log" >&2
		die "certmilter -n rejects $w/certmilter.conf"
	fi
	start_bg "cm-$name" "${MSOCK[$name]}" "$BIN" -f -c "$w/certmilter.conf" \
		-p "${MSOCK[$name]}" || die "certmilter ($name) did not start"
	# Postfix's smtpd runs as postfix and needs write permission to connect
	[[ ${MSOCK[$name]} != unix:* ]] || chmod 666 "${MSOCK[$name]#unix:}"
}

setup_postfix() {
	local name m
	pf_setup "$D/postfix" "${SPORT[opendkim]}" "${SPORT[none]}" "$SINK_PORT" \
		"inet:127.0.0.1:${MPORT[opendkim]}" || die "pf_setup failed"
	for name in $CM_CONFIGS; do
		echo "127.0.0.1:${SPORT[$name]} inet n - n - - smtpd -o syslog_name=pf-bench/$name" \
			"-o smtpd_milters=${PFSOCK[$name]}" >>"$D/postfix/conf/master.cf"
	done
	# Do not slow down smtpd when arrivals outpace deliveries: the rows
	# measure how fast mail gets in and out, not Postfix's flow control.
	postconf -c "$D/postfix/conf" -e in_flow_delay=0 syslog_name=pf-bench
	script -qec "postfix -c '$D/postfix/conf' reload" /dev/null >>"$D/postfix/start.log" 2>&1
	for name in $CONFIGS; do
		wait_port "${SPORT[$name]}" 20 || die "smtpd not listening on ${SPORT[$name]}"
	done
}

sink_run() { # [dump dir]
	[ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null && wait "$SINK_PID" 2>/dev/null
	local dump=()
	[ -n "${1:-}" ] && dump=(-d "$1/%M.")
	smtp-sink -u nobody "${dump[@]}" "127.0.0.1:$SINK_PORT" 256 >>"$D/sink.log" 2>&1 &
	SINK_PID=$!
	wait_port "$SINK_PORT" 10 "$SINK_PID" || die "smtp-sink did not start"
}

# ------------------------------------------------------------ measuring

mpid() { # the pid of a configuration's milter, if it has one
	case $1 in
	none) ;;
	opendkim) echo "${PID[opendkim]:-}" ;;
	# certmilter's supervisor forks the worker that does the work: measure
	# the worker (the supervisor's CPU time and RSS stay near zero)
	*) [ -n "${PID[cm-$1]:-}" ] && pgrep -P "${PID[cm-$1]}" | head -1 ;;
	esac
}
cpu_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"; }
tsa_pid() { # the pid of the TSA a configuration uses, if it uses one
	case $1 in
	dualts-ec) echo "${PID[tsad-ec]:-}" ;;
	dualts* | p11dualts) echo "$CM_TSAD_PID" ;;
	esac
}
# tsa_before NAME / tsa_after NAME KEY N: the TSA's CPU ms per message
tsa_before() {
	TPID=$(tsa_pid "$1") TSA0=
	[ -z "$TPID" ] || TSA0=$(cpu_ticks "$TPID")
}
tsa_after() {
	R[$2/tcpu]=-
	[ -n "$TSA0" ] || return 0
	R[$2/tcpu]=$(awk -v a="$TSA0" -v b="$(cpu_ticks "$TPID")" -v n="$3" -v hz="$CLK" \
		'BEGIN { printf "%.2f", (b - a) * 1000 / hz / n }')
}
sent_count() { grep -c 'status=sent' "$D/postfix/maillog"; }
trouble_count() { grep -cE 'status=(deferred|bounced)|milter-reject' "$D/postfix/maillog"; }
now() { date +%s.%N; }
rcpt_of() {
	case $1 in
	dualtsenc | indecrypt) echo "$ENC_RCPT" ;;
	inverify) echo "$IN_RCPT" ;;
	*) echo "$RCPT" ;;
	esac
}
cm_log() { echo "$D/cm-$1.log"; }
audit_lines() { grep -c ': dir=' "$(cm_log "$1")"; }

# wait_delivered COUNT SECONDS: until Postfix's maillog shows COUNT deliveries
wait_delivered() {
	local want=$1 t=$(($2 * 10))
	while [ "$(sent_count)" -lt "$want" ]; do
		[ $t -le 0 ] && return 1
		sleep 0.1
		t=$((t - 1))
	done
}

# audit_check NAME FROM-LINE KEY: the audit lines of a row, each must hold
# every word of EXPECT[NAME]; sets R[KEY/signed], R[KEY/p50], R[KEY/p99].
audit_check() {
	local name=$1 from=$2 key=$3 f=$D/rows/${3//\//_}.audit
	grep ': dir=' "$(cm_log "$name")" | tail -n +$((from + 1)) >"$f"
	R[$key/signed]=$(awk -v want="${EXPECT[$name]}" '
		{ n = split(want, w, " "); ok = 1
		  for (i = 1; i <= n; i++) {
			m = split(w[i], alt, "|"); any = 0
			for (j = 1; j <= m; j++) if (index(" " $0 " ", " " alt[j] " ")) any = 1
			if (!any) ok = 0
		  }
		  good += ok }
		END { print good + 0 }' "$f")
	read -r "R[$key/p50]" "R[$key/p99]" < <(sed -n 's/.* ms=\([0-9]*\).*/\1/p' "$f" | sort -n |
		awk '{ v[NR] = $1 } END { if (!NR) { print "- -"; exit }
			r50 = int(NR * 0.50 + 0.999999); r99 = int(NR * 0.99 + 0.999999)
			print v[r50], v[r99] }')
	R[$key/audited]=$(wc -l <"$f")
}

# milter_before PID / milter_after PID KEY: CPU per message and peak RSS
milter_before() {
	[ -n "$1" ] || return 0
	echo 5 >"/proc/$1/clear_refs" 2>/dev/null # reset VmHWM to the current RSS
	CPU0=$(cpu_ticks "$1")
}
milter_after() {
	local pid=$1 key=$2 n=$3
	[ -n "$pid" ] || {
		R[$key/cpu]=- R[$key/rss]=-
		return 0
	}
	R[$key/cpu]=$(awk -v a="$CPU0" -v b="$(cpu_ticks "$pid")" -v n="$n" -v hz="$CLK" \
		'BEGIN { printf "%.2f", (b - a) * 1000 / hz / n }')
	R[$key/rss]=$(awk '/^VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status")
}

# row_verdict NAME KEY N: a certmilter row must have N audit lines, all signed
row_verdict() {
	local name=$1 key=$2 n=$3
	is_cm "$name" || return 0
	if [ "${R[$key/audited]}" -ne "$n" ] || [ "${R[$key/signed]}" -ne "$n" ]; then
		R[$key/err]="ERROR: ${R[$key/signed]} of $n audit lines show '${EXPECT[$name]}' (${R[$key/audited]} lines; $D/rows/${key//\//_}.audit)"
	fi
}

# run_row NAME SIZE [CONC [PREFIX]]: N messages through Postfix's port for
# NAME, CONC (default C) SMTP sessions at a time; results in
# R[PREFIX/NAME/SIZE/...] (default PREFIX mta)
run_row() {
	local name=$1 size=$2 conc=${3:-$C} key=${4:-mta}/$1/$2 bytes pid a0 s0 d0 t0 t1 t2 rc
	bytes=$(bytes_of "$size")
	pid=$(mpid "$name")
	log "Postfix: $name, $size, N=$N, C=$conc"
	is_cm "$name" && a0=$(audit_lines "$name")
	s0=$(sent_count) d0=$(trouble_count)
	milter_before "$pid"
	tsa_before "$name"
	t0=$(now)
	smtp-source -s "$conc" -m "$N" -l "$bytes" -f "$FROM" -t "$(rcpt_of "$name")" \
		"127.0.0.1:${SPORT[$name]}" >"$D/rows/${key//\//_}.source.log" 2>&1
	rc=$?
	t1=$(now)
	wait_delivered $((s0 + N)) $((120 + N * (bytes / 1048576 + 1))) ||
		R[$key/err]="ERROR: only $(($(sent_count) - s0)) of $N delivered"
	t2=$(now)
	milter_after "$pid" "$key" "$N"
	tsa_after "$name" "$key" "$N"
	[ "$rc" -eq 0 ] || R[$key/err]="ERROR: smtp-source exit $rc: $(tail -1 "$D/rows/${key//\//_}.source.log")"
	[ "$(trouble_count)" -eq "$d0" ] || R[$key/err]="ERROR: deferred/bounced/rejected mail, see $D/postfix/maillog"
	R[$key/rate]=$(awk -v n="$N" -v a="$t0" -v b="$t2" 'BEGIN { printf "%.1f", n / (b - a) }')
	R[$key/accept]=$(awk -v n="$N" -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", n / (b - a) }')
	R[$key/secs]=$(awk -v a="$t0" -v b="$t2" 'BEGIN { printf "%.1f", b - a }')
	if is_cm "$name"; then
		audit_check "$name" "$a0" "$key"
		row_verdict "$name" "$key" "$N"
	fi
	[ -z "${R[$key/err]:-}" ] || ERRORS=$((ERRORS + 1))
}

# make_input NAME SIZE: the message of an inbound row, as the milter of its
# SOURCE configuration changes a message of SIZE (milterdrive -n 1 -o);
# prints its file name, or what went wrong (exit 1)
make_input() {
	local name=$1 src=${SOURCE[$1]} f=$D/rows/input_$1_$2.eml out
	out=$("$MDRIVE" -q -p "${MSOCK[$src]}" -n 1 -c 1 -s "$(bytes_of "$2")" -f "$FROM" \
		-t "$(rcpt_of "$name")" -o "$f" 2>&1)
	if [[ $out != *" signed=1 "* ]]; then
		echo "ERROR: the $src milter did not make the input: $out"
		return 1
	fi
	case $name in
	inverify) openssl cms -verify -in "$f" -CAfile "$D/roots.pem" -purpose smimesign \
		-out /dev/null 2>>"$D/rows/input.log" ;;
	indecrypt) grep -qi '^Content-Type: application/pkcs7-mime' "$f" ;;
	esac || {
		echo "ERROR: the input $f is not what $src makes (see $D/rows/input.log)"
		return 1
	}
	echo "$f"
}

# drive_row NAME SIZE: N messages straight into the milter (bench/milterdrive);
# an inbound row's each from IN_ADDR, its input made first (make_input)
drive_row() {
	local name=$1 size=$2 key=drv/$1/$2 bytes pid a0 out msg=() want=signed f
	bytes=$(bytes_of "$size")
	pid=$(mpid "$name")
	log "milterdrive: $name, $size, N=$N, C=$C"
	msg=(-s "$bytes")
	if is_in "$name"; then
		f=$(make_input "$name" "$size") || {
			R[$key/err]=$f
			ERRORS=$((ERRORS + 1))
			return 0
		}
		msg=(-m "$f" -a "$IN_ADDR")
		want="verified" && [ "$name" = indecrypt ] && want="decrypted verified"
	fi
	is_cm "$name" && a0=$(audit_lines "$name")
	milter_before "$pid"
	tsa_before "$name"
	out=$("$MDRIVE" -q -p "${MSOCK[$name]}" -n "$N" -c "$C" "${msg[@]}" \
		-f "$FROM" -t "$(rcpt_of "$name")" 2>&1)
	milter_after "$pid" "$key" "$N"
	tsa_after "$name" "$key" "$N"
	echo "$out" >"$D/rows/${key//\//_}.drive.log"
	for f in rate p50_ms p99_ms signed failed verified decrypted; do
		R[$key/d_$f]=$(sed -n "s/.* $f=\([0-9.]*\).*/\1/p" <<<"$out")
	done
	R[$key/rate]=${R[$key/d_rate]}
	R[$key/d_count]=${R[$key/d_${want%% *}]}
	[ -n "${R[$key/rate]}" ] || R[$key/err]="ERROR: milterdrive: $(tail -1 <<<"$out")"
	[ "${R[$key/d_failed]:-1}" = 0 ] || R[$key/err]="ERROR: milterdrive: ${R[$key/d_failed]:-?} failed"
	for f in $want; do
		[ "${R[$key/d_$f]:-0}" = "$N" ] || R[$key/err]="ERROR: milterdrive: only ${R[$key/d_$f]:-0} of $N $f"
	done
	if is_cm "$name"; then
		audit_check "$name" "$a0" "$key"
		row_verdict "$name" "$key" "$N"
	fi
	[ -z "${R[$key/err]:-}" ] || ERRORS=$((ERRORS + 1))
}

# ----------------------------------------------------- the sanity check

# One message through each configuration into a dumping sink: OpenDKIM's
# must carry a DKIM-Signature, certmilter's must be S/MIME signed (and
# verify with openssl), the no-milter one must be neither. dualtsenc runs
# only if its audit line says the message was encrypted.
sanity_one() { # name file
	local name=$1 f=$2
	case $name in
	none) ! grep -qiE '^(DKIM-Signature:|Content-Type: multipart/signed)' "$f" ;;
	opendkim) grep -qi '^DKIM-Signature: .*a=rsa-sha256' "$f" ||
		grep -qi '^DKIM-Signature:' "$f" ;;
	dualtsenc) grep -qi 'application/pkcs7-mime' "$f" ;;
	*) grep -qi '^Content-Type: multipart/signed' "$f" &&
		openssl cms -verify -in "$f" -CAfile "$D/roots.pem" -purpose smimesign \
			-out /dev/null 2>>"$D/sanity.log" ;;
	esac
}

sanity() {
	local dump=$D/sanity name f sent a0 n=0
	mkdir -m 777 "$dump"
	cat "$D/pki/org-roots.pem" "$D/pki/public-roots.pem" >"$D/roots.pem"
	sink_run "$dump"
	sent=$(sent_count)
	for name in $CONFIGS; do
		wanted "$name" && [ -z "${NA[$name]:-}" ] || continue
		smtp-source -m 1 -l 2048 -f "$FROM" -t "$(rcpt_of "$name")" -S "sanity $name" \
			"127.0.0.1:${SPORT[$name]}" >>"$D/sanity.log" 2>&1 || die "sanity: $name: smtp-source failed"
		n=$((n + 1))
	done
	wait_delivered $((sent + n)) 60 || die "sanity: not delivered, see $D/postfix/maillog"
	for name in $CONFIGS; do
		wanted "$name" && [ -z "${NA[$name]:-}" ] || continue
		f=$(grep -l "^Subject: sanity $name\$" "$dump"/* | head -1)
		[ -n "$f" ] || die "sanity: $name: no message in $dump"
		if [ "$name" = dualtsenc ] && ! grep -q ' encrypted=' "$(cm_log "$name")"; then
			NA[$name]="n/a (issue #4)"
			kill "${PID[cm-$name]}" && wait "${PID[cm-$name]}" 2>/dev/null
			unset "PID[cm-$name]"
			continue
		fi
		sanity_one "$name" "$f" || die "sanity: $name: $f is not what $name makes (see $D/sanity.log)"
		if is_cm "$name"; then
			a0=$(($(audit_lines "$name") - 1))
			audit_check "$name" "$a0" "sanity/$name"
			[ "${R[sanity/$name/signed]}" = 1 ] ||
				die "sanity: $name: audit line lacks '${EXPECT[$name]}': $(cat "$D/rows/sanity_$name.audit")"
		fi
		log "sanity: $name ok"
	done
	sink_run # no dumping from here on
}

# ---------------------------------------------------------------- report

ratio() { # a b -> a/b with 2 decimals, or -
	awk -v a="${1:--}" -v b="${2:--}" 'BEGIN { if (a == "-" || b == "-" || b + 0 == 0) print "-";
		else printf "%.2f", a / b }'
}

table_mta() {
	local size name key cell
	echo "| size | configuration | msg/s | × no milter | × OpenDKIM | accept msg/s | milter CPU ms/msg | TSA CPU ms/msg | milter peak RSS MB | certmilter ms p50 / p99 | signed |"
	echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
	for size in $SIZES; do
		for name in $CONFIGS; do
			wanted "$name" || continue
			key=mta/$name/$size
			if [ -n "${NA[$name]:-}" ]; then
				echo "| $size | ${LABEL[$name]} | ${NA[$name]} | | | | | | | | |"
				continue
			fi
			if [ -n "${R[$key/err]:-}" ]; then
				echo "| $size | ${LABEL[$name]} | ${R[$key/err]} | | | | | | | | |"
				continue
			fi
			cell="-"
			is_cm "$name" && cell="${R[$key/p50]} / ${R[$key/p99]}"
			printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$size" \
				"${LABEL[$name]}" "${R[$key/rate]}" \
				"$(ratio "${R[$key/rate]}" "${R[mta/none/$size/rate]:-}")" \
				"$(ratio "${R[$key/rate]}" "${R[mta/opendkim/$size/rate]:-}")" \
				"${R[$key/accept]}" "${R[$key/cpu]}" "${R[$key/tcpu]}" "${R[$key/rss]}" "$cell" \
				"$(is_cm "$name" && echo "${R[$key/signed]}/$N" || echo -)"
		done
	done
}

table_drive() {
	local size name key cell
	echo "| size | configuration | msg/s | × OpenDKIM | milter CPU ms/msg | TSA CPU ms/msg | milter peak RSS MB | latency p50 / p99 ms | certmilter ms p50 / p99 | signed (inbound: verified, decrypted) |"
	echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---|"
	for size in $SIZES; do
		for name in $CONFIGS $IN_CONFIGS; do
			[ "$name" != none ] && wanted "$name" || continue
			key=drv/$name/$size
			if [ -n "${NA[$name]:-}" ] || [ -n "${R[$key/err]:-}" ]; then
				echo "| $size | ${LABEL[$name]#Postfix + } | ${NA[$name]:-${R[$key/err]}} | | | | | | | |"
				continue
			fi
			cell="-"
			is_cm "$name" && cell="${R[$key/p50]} / ${R[$key/p99]}"
			printf '| %s | %s | %s | %s | %s | %s | %s | %s / %s | %s | %s |\n' "$size" \
				"${LABEL[$name]#Postfix + }" "${R[$key/rate]}" \
				"$(ratio "${R[$key/rate]}" "${R[drv/opendkim/$size/rate]:-}")" \
				"${R[$key/cpu]}" "${R[$key/tcpu]}" "${R[$key/rss]}" "${R[$key/d_p50_ms]}" "${R[$key/d_p99_ms]}" \
				"$cell" "${R[$key/d_count]}/$N"
		done
	done
}

# The inbound rows' milter CPU per message against dualts' (same size, run).
in_ratios() {
	local size name a b
	for size in $SIZES; do
		for name in $IN_CONFIGS; do
			a=${R[drv/$name/$size/cpu]:-} b=${R[drv/dualts/$size/cpu]:-}
			wanted "$name" && [ -z "${NA[$name]:-}" ] && [ -z "${R[drv/$name/$size/err]:-}" ] ||
				continue
			echo "- $size: $name CPU / dualts CPU = ${a:--} / ${b:--} ms/msg = $(ratio "$a" "$b")"
		done
	done
}

# The rows of the latency step: dualts (inet) and dualtsunix again through
# Postfix, 10k, LAT_C sessions (issue #17 item 5), in R[mtaLAT_C/NAME/10k/...]
latency_wanted() {
	[ "$QUICK" != 1 ] && [ "${LATENCY:-1}" != 0 ] && wanted dualts && wanted dualtsunix &&
		[ -z "${NA[dualts]:-}" ] && [ -z "${NA[dualtsunix]:-}" ]
}

table_latency() {
	local name key
	echo "| configuration | msg/s | certmilter ms p50 / p99 | signed |"
	echo "|---|---:|---:|---|"
	for name in dualts dualtsunix; do
		key=mta$LAT_C/$name/10k
		[ -n "${R[$key/rate]:-}${R[$key/err]:-}" ] || continue
		if [ -n "${R[$key/err]:-}" ]; then
			echo "| ${LABEL[$name]} | ${R[$key/err]} | | |"
			continue
		fi
		echo "| ${LABEL[$name]} | ${R[$key/rate]} | ${R[$key/p50]} / ${R[$key/p99]} | ${R[$key/signed]}/$N |"
	done
}

# val KEY FIELD: R[KEY/FIELD] of a row that ran without error; nothing when
# the row did not run, failed or has no such figure
val() { [ -z "${R[$1/err]:-}" ] && [ "${R[$1/$2]:-}" != - ] && echo "${R[$1/$2]:-}"; }
# vs TEXT A B OP LIMIT UNIT [MORE]: "- TEXT: A vs B UNIT = (A/B)× → met", met
# when A/B is at most (OP le) or at least (OP ge) LIMIT; nothing when A or B
# is missing
vs() {
	[ -n "$2" ] && [ -n "$3" ] || return 0
	awk -v t="$1" -v a="$2" -v b="$3" -v op="$4" -v l="$5" -v u="$6" -v more="${7:-}" 'BEGIN {
		if (b + 0 == 0) { r = "-"; ok = 0 }
		else { x = a / b; r = sprintf("%.2f", x); ok = op == "le" ? x <= l : x >= l }
		printf "- %s: %s vs %s %s = %s× → %s%s\n", t, a, b, u, r, ok ? "met" : "NOT met", more }'
}
met() { # X OP LIMIT: met / NOT met (OP le, lt, ge)
	awk -v x="$1" -v op="$2" -v l="$3" 'BEGIN {
		ok = op == "le" ? x <= l : op == "lt" ? x < l : x >= l; print ok ? "met" : "NOT met" }'
}

# The targets of issue #17 (1-6), where this run measured what they need;
# then further figures of this run against other rows.
targets() {
	local a b k name t
	local -A W=([mta]="through Postfix" [drv]="milter only")
	# 1: instructions and system calls per message (bench/profile.sh)
	[ -s "$D/profile.targets" ] && cat "$D/profile.targets"
	# 2: certmilter CPU per message against OpenDKIM's, 10k
	for k in mta drv; do
		vs "dual CPU ≤ 0.5 × OpenDKIM (10k, ${W[$k]})" "$(val "$k/dual/10k" cpu)" \
			"$(val "$k/opendkim/10k" cpu)" le 0.5 ms/msg
		t=$(val "$k/dualts/10k" tcpu)
		vs "dualts CPU ≤ 0.6 × OpenDKIM (10k, ${W[$k]}, TSA CPU excluded)" "$(val "$k/dualts/10k" cpu)" \
			"$(val "$k/opendkim/10k" cpu)" le 0.6 ms/msg "${t:+ (local TSA CPU: $t ms/msg)}"
	done
	# 3: 1 MB messages, CPU and milter-only msg/s against OpenDKIM's
	for k in mta drv; do
		for name in dual dualts; do
			vs "$name CPU ≤ 1.0 × OpenDKIM (1m, ${W[$k]})" "$(val "$k/$name/1m" cpu)" \
				"$(val "$k/opendkim/1m" cpu)" le 1.0 ms/msg
		done
	done
	for name in dual dualts; do
		vs "$name msg/s ≥ 1.0 × OpenDKIM (1m, milter only)" "$(val "drv/$name/1m" rate)" \
			"$(val drv/opendkim/1m rate)" ge 1.0 msg/s
	done
	# 4: msg/s through Postfix against OpenDKIM's, 10k
	vs "dual msg/s ≥ 1.3 × OpenDKIM (10k, through Postfix)" "$(val mta/dual/10k rate)" \
		"$(val mta/opendkim/10k rate)" ge 1.3 msg/s
	t=$(val mta/dualts-ec/10k tcpu)
	vs "dualts-ec (dual + timestamps, ECDSA TSA) msg/s ≥ 1.2 × OpenDKIM (10k, through Postfix)" \
		"$(val mta/dualts-ec/10k rate)" "$(val mta/opendkim/10k rate)" ge 1.2 msg/s \
		"${t:+ (local TSA CPU: $t ms/msg)}"
	# 5: inet against unix socket at C=LAT_C (the latency step)
	a=$(val "mta$LAT_C/dualts/10k" p50) b=$(val "mta$LAT_C/dualtsunix/10k" p50)
	[ -n "$a" ] && [ -n "$b" ] && echo "- dualts (inet socket) certmilter ms p50 within 2 ms of dualtsunix (unix socket) (10k, through Postfix, C=$LAT_C): $a vs $b ms = $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%+d", a - b }') ms → $(met "$(awk -v a="$a" -v b="$b" 'BEGIN { d = a - b; print d < 0 ? -d : d }')" le 2) (p99: ${R[mta$LAT_C/dualts/10k/p99]} vs ${R[mta$LAT_C/dualtsunix/10k/p99]} ms)"
	# 6: peak RSS, C sessions of 1 MB encrypted
	for k in mta drv; do
		a=$(val "$k/dualtsenc/1m" rss)
		[ -n "$a" ] && echo "- dualtsenc peak RSS < 64 MB ($C sessions × 1 MB, encrypted, ${W[$k]}): $a MB → $(met "$a" lt 64)"
	done
	# further figures
	a=${R[mta/p11dualts/10k/cpu]:-} b=${R[mta/dualts/10k/cpu]:-}
	[ -n "$a" ] && [ -n "$b" ] && echo "- keys in SoftHSM2 (p11dualts) against file keys (dualts), certmilter CPU per message at 10k through Postfix: $a vs $b ms/msg = $(ratio "$a" "$b")×; msg/s ${R[mta/p11dualts/10k/rate]:-} vs ${R[mta/dualts/10k/rate]:-}"
	a=${R[mta/dualts-ecsig/10k/cpu]:-}
	[ -n "$a" ] && [ -n "$b" ] && echo "- EC P-256 signer keys (dualts-ecsig) against RSA-2048 (dualts), certmilter CPU per message at 10k through Postfix: $a vs $b ms/msg = $(ratio "$a" "$b")×; msg/s ${R[mta/dualts-ecsig/10k/rate]:-} vs ${R[mta/dualts/10k/rate]:-}"
	a=${R[drv/inverify/10k/cpu]:-} b=${R[drv/dualts/10k/cpu]:-}
	[ -n "$a" ] && [ -n "$b" ] && [ -z "${R[drv/inverify/10k/err]:-}" ] &&
		echo "- verifying a dual + timestamps 10k message (inverify) ≤ 0.5 × the CPU of signing it (dualts), milter only: $a vs $b ms/msg = $(ratio "$a" "$b")× → $(awk -v x="$(ratio "$a" "$b")" 'BEGIN { print (x != "-" && x <= 0.5 ? "met" : "NOT met") }')"
	return 0
}

# A script run after the matrix failed: counted, and said in the report.
sub_failed() {
	ERRORS=$((ERRORS + 1))
	echo "ERROR: bench/$1 failed (its messages are above)" | tee -a "$OUT" >&2
}

report() {
	echo "# certmilter benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo
	echo "- machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GB RAM, $(uname -r)"
	echo "- command: \`bash bench/run.sh $CMDLINE\` (N=$N messages per row, C=$C, sizes: $SIZES)"
	echo "- certmilter $(git -C "$top" describe --always --dirty 2>/dev/null || echo '?'), $(postconf -d -h mail_version 2>/dev/null | sed 's/^/Postfix /'), $(opendkim -V 2>/dev/null | head -1 | sed 's/.*Filter v/OpenDKIM /')"
	echo "- load before: $UPTIME0"
	echo "- load after:  $UPTIME1"
	echo "- wall time: $(($(date +%s) - START)) s"
	echo
	echo "## Through Postfix (smtp-source → smtpd [milter] → smtp-sink)"
	echo
	table_mta
	if [ -n "$(table_latency | sed 1,2d)" ]; then
		echo
		echo "### Latency at C=$LAT_C (through Postfix, 10k)"
		echo
		echo "dualts (inet socket) and dualtsunix (unix socket) again, $LAT_C SMTP sessions, N=$N."
		echo
		table_latency
	fi
	echo
	echo "## Milter only (bench/milterdrive → milter, no MTA)"
	echo
	table_drive
	if [ -n "$(in_ratios)" ]; then
		echo
		echo "Inbound rows, milter CPU per message / the dualts row's (same size):"
		echo
		in_ratios
	fi
}

# The targets section: last, after the parts that add their tables (and the
# profile whose figures target 1 takes)
report_targets() {
	echo
	echo "## Targets"
	echo
	echo "Issue #17 (1-6), where this run measured what they need; then further figures:"
	echo
	targets
}

# ------------------------------------------------------------------ main

main() {
	local name size
	[ "$(id -u)" -eq 0 ] || die "needs root (a private Postfix instance)"
	START=$(date +%s)
	UPTIME0=$(uptime | sed 's/^ *//')
	install_deps
	find_binaries
	trap 'stop_all' EXIT
	# whatever an earlier run of this script left behind in $D
	for name in "$D"/*.pid; do [ -f "$name" ] && kill "$(cat "$name")" 2>/dev/null; done
	[ -d "$D/postfix/conf" ] && pf_stop "$D/postfix"
	rm -rf "$D"
	mkdir -p "$D/rows"
	chmod 755 "$D"
	log "PKI, OpenDKIM key, milters, TSA, Postfix in $D"
	bash "$top/tests/pki/mkpki.sh" "$D/pki" >/dev/null || die "mkpki.sh failed"
	tsad_start "$TSAD" "$TSA_PORT" "$D/pki" "$D/tsad.log" || die "tsad did not start"
	if wanted dualts-ec; then
		start_bg tsad-ec "inet:$TSA_EC_PORT@127.0.0.1" "$TSAD" -k ec -p "$TSA_EC_PORT" \
			-d "$D/pki" || die "tsad -k ec did not start"
	fi
	wanted opendkim && setup_dkim
	for name in $CM_CONFIGS $IN_CONFIGS; do
		needed "$name" && setup_cm "$name"
	done
	setup_postfix
	sanity
	for name in $IN_CONFIGS; do # no input without the milter that makes it
		[ -n "${NA[${SOURCE[$name]}]:-}" ] && [ -z "${NA[$name]:-}" ] &&
			NA[$name]="n/a (${SOURCE[$name]}: ${NA[${SOURCE[$name]}]})"
	done
	for size in $SIZES; do
		for name in $CONFIGS; do
			wanted "$name" && [ -z "${NA[$name]:-}" ] && run_row "$name" "$size"
		done
	done
	if latency_wanted; then # issue #17 item 5: inet against unix at C=LAT_C
		for name in dualts dualtsunix; do
			run_row "$name" 10k "$LAT_C" "mta$LAT_C"
		done
	fi
	for size in $SIZES; do
		for name in $CONFIGS $IN_CONFIGS; do
			[ "$name" != none ] && wanted "$name" && [ -z "${NA[$name]:-}" ] &&
				drive_row "$name" "$size"
		done
	done
	UPTIME1=$(uptime | sed 's/^ *//')
	[ -n "$OUT" ] || if [ "$QUICK" = 1 ]; then OUT=$D/results-quick.md; else
		OUT=$top/bench/results-$(date +%Y%m%d-%H%M).md; fi
	report | tee "$OUT"
	# what revocation checking costs with its caches warm (issue #14): its
	# own PKI, responder and message stream, off and soft side by side
	if [ "$QUICK" != 1 ] && [ "${REVOCATION:-1}" = 1 ]; then
		echo | tee -a "$OUT"
		CERTMILTER=$BIN bash "$top/bench/revocation.sh" -n "$N" | tee -a "$OUT" ||
			sub_failed revocation.sh
	fi
	# what a scraped metrics endpoint costs the mail path (issue #19)
	if [ "$QUICK" != 1 ] && [ "${METRICS:-1}" = 1 ]; then
		echo | tee -a "$OUT"
		CERTMILTER=$BIN bash "$top/bench/metrics.sh" -n "$N" | tee -a "$OUT" ||
			sub_failed metrics.sh
	fi
	# what the certificate store costs with the caches warm (issue #16)
	if [ "$QUICK" != 1 ] && [ "${STORE:-1}" = 1 ]; then
		echo | tee -a "$OUT"
		CERTMILTER=$BIN bash "$top/bench/store.sh" -n "$N" | tee -a "$OUT" ||
			sub_failed store.sh
	fi
	# instructions and system calls per message (issue #17 item 1)
	rm -f "$D/profile.targets"
	if [ "$QUICK" != 1 ] && [ "${PROFILE:-1}" = 1 ]; then
		echo | tee -a "$OUT"
		bash "$top/bench/profile.sh" -b "$BIN" -d "$D/profile" -k "$D/pki" \
			-r "$D/profile.targets" | tee -a "$OUT" || sub_failed profile.sh
	fi
	report_targets | tee -a "$OUT"
	log "written to $OUT; $ERRORS row(s) with errors"
	[ "$ERRORS" -eq 0 ]
}
main
