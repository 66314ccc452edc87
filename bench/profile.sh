#!/usr/bin/env bash
# bench/profile.sh - what one dual-signed message costs certmilter besides
# the RSA private-key operations (issue #17 item 1): machine instructions
# (valgrind --tool=callgrind) and system calls (strace -f -c) per message,
# milter only (bench/milterdrive on a unix socket, no MTA), the `dual`
# configuration of bench/run.sh (Vp + V4, no timestamps, no encryption).
#
#   bash bench/profile.sh [-b CERTMILTER] [-d DIR] [-k PKIDIR] [-n N] [-c C]
#                         [-s BYTES] [-r FILE]
#
#   -b CERTMILTER  the binary (default build/gcc/certmilter); milterdrive is
#                  taken from beside it (bench/milterdrive)
#   -d DIR         work directory, removed and rebuilt (default
#                  $PROFILE_DIR or /var/lib/certmilter-profile)
#   -k PKIDIR      an existing tests/pki/mkpki.sh PKI (read only; default:
#                  DIR/pki, made with tests/pki/mkpki.sh)
#   -n N           messages of the big runs (default 200)
#   -c C           milter connections (default 4)
#   -s BYTES       message size in bytes (default 10240)
#   -r FILE        write the two target lines to FILE (bench/run.sh) instead
#                  of at the end
#
# callgrind: certmilter under valgrind --tool=callgrind, its supervisor and
# the worker it forks each writing DIR/callgrind.out.PID; the worker's is
# the one with the most instructions. Two runs, 1 and N+1 messages: per
# message = (total(N+1) - total(1)) / N, which leaves out start-up and
# shut-down. The RSA private-key operations: the inclusive cost of the
# first of rsa_ossl_private_encrypt, RSA_private_encrypt, RSA_sign,
# EVP_PKEY_sign that callgrind_annotate --inclusive=yes lists (one only:
# they call one another), the same difference / N. Target: at most 1.5 M
# instructions per message besides them. Then the top inclusive functions
# besides the RSA private-key operations, per message the same way (a
# function that calls them is shown with their cost taken off; addresses
# without a symbol and callgrind's recursion levels, NAME'2, left out).
#
# strace: certmilter under strace -f -c, N and 1 messages; per message =
# (calls(N) - calls(1)) / (N - 1), in all and per system call. Target: at
# most 60 per message.
#
# Prints markdown. Exit status 0 when both measurements were made (whether
# or not the targets are met); needs root (like bench/run.sh), valgrind,
# callgrind_annotate and strace.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
export LC_ALL=C

BIN=$top/build/gcc/certmilter D=${PROFILE_DIR:-/var/lib/certmilter-profile} PKI=
N=200 C=4 BYTES=10240 TFILE=
while [ $# -gt 0 ]; do
	case $1 in
	-b) BIN=$2; shift 2 ;;
	-d) D=$2; shift 2 ;;
	-k) PKI=$2; shift 2 ;;
	-n) N=$2; shift 2 ;;
	-c) C=$2; shift 2 ;;
	-s) BYTES=$2; shift 2 ;;
	-r) TFILE=$2; shift 2 ;;
	-h | --help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
	*) echo "profile.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
	esac
done
FROM=alice@example.com RCPT=bob@partner.example
MDRIVE=$(dirname "$BIN")/bench/milterdrive
SOCK=$D/milter.sock
CMPID=

log() { echo "== profile: $*" >&2; }
die() {
	echo "profile.sh: $*" >&2
	exit 1
}
[ "$(id -u)" -eq 0 ] || die "needs root"
{ [[ $N =~ ^[0-9]+$ ]] && [ "$N" -ge 2 ]; } || die "-n N: at least 2"
[[ $BYTES =~ ^[0-9]+$ ]] || die "-s takes a byte count, e.g. 10240"
for f in "$BIN" "$MDRIVE"; do
	[ -x "$f" ] || die "no $f (build first: bash tests/build.sh gcc)"
done
for f in valgrind callgrind_annotate strace; do
	command -v "$f" >/dev/null || die "$f is not installed (apt-get install valgrind strace)"
done

stop_cm() { # stop the certmilter started last (through its tool) and wait
	[ -n "$CMPID" ] || return 0
	local pid=$CMPID t=600
	CMPID=
	# under strace, $! is strace: signal its child, the supervisor (strace
	# would detach on SIGTERM and leave it running); under valgrind, $! is
	# the supervisor itself
	if [ -n "${CMSUP:-}" ]; then kill "$CMSUP" 2>/dev/null; else kill "$pid" 2>/dev/null; fi
	while kill -0 "$pid" 2>/dev/null && [ $t -gt 0 ]; do
		sleep 0.1
		t=$((t - 1))
	done
	kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	return 0
}
trap 'stop_cm' EXIT

# run_cm TAG N TOOL...: certmilter under TOOL, N messages through it, stopped;
# its log in DIR/TAG.log, milterdrive's in DIR/TAG.drive
run_cm() {
	local tag=$1 n=$2 t=1200 out
	shift 2
	rm -f "$SOCK"
	"$@" "$BIN" -f -c "$D/certmilter.conf" -p "unix:$SOCK" >"$D/$tag.log" 2>&1 </dev/null &
	CMPID=$! CMSUP=
	while [ ! -S "$SOCK" ]; do
		{ kill -0 "$CMPID" 2>/dev/null && [ $t -gt 0 ]; } || die "$tag: certmilter did not start: $(tail -3 "$D/$tag.log")"
		sleep 0.1
		t=$((t - 1))
	done
	[ "$1" = strace ] && CMSUP=$(pgrep -P "$CMPID" | head -1)
	out=$("$MDRIVE" -q -p "unix:$SOCK" -n "$n" -c "$C" -s "$BYTES" -f "$FROM" -t "$RCPT" 2>&1)
	echo "$out" >"$D/$tag.drive"
	stop_cm
	[[ $out == *" signed=$n "* && $out == *" failed=0 "* ]] ||
		die "$tag: not all $n messages signed: $out"
}

# ------------------------------------------------------------- set-up

rm -rf "$D"
mkdir -p "$D"
chmod 755 "$D"
if [ -z "$PKI" ]; then
	PKI=$D/pki
	log "PKI in $PKI"
	bash "$top/tests/pki/mkpki.sh" "$PKI" >/dev/null || die "mkpki.sh failed"
fi
# bench/run.sh's `dual` (cm_policy, setup_cm)
cat >"$D/policy.conf" <<-EOF
	defaults = { sign = [ "vp", "identity" ]; timestamp = "none"; encrypt = "never"; };
	rules = ( { from = "*@example.com"; } );
EOF
cat >"$D/certmilter.conf" <<-EOF
	policy_file = "$D/policy.conf";
	spool_dir   = "$D";
	outbound = { internal_networks = [ "127.0.0.0/8" ]; };
	keystore = { directories = [ "$PKI/keys" ]; pkcs12_password_file = "$PKI/p12pass";
	             chain_bundle = "$PKI/chain.pem"; };
	trust = { organization = "$PKI/org-roots.pem"; public = "$PKI/public-roots.pem";
	          tsa = "$PKI/tsa-roots.pem"; };
EOF
"$BIN" -n -c "$D/certmilter.conf" >"$D/checkconf.log" 2>&1 ||
	die "certmilter -n rejects $D/certmilter.conf: $(tail -3 "$D/checkconf.log")"

mil() { awk -v x="$1" 'BEGIN { printf "%.2f M", x / 1e6 }'; }
verdict() { # X OP LIMIT -> met / NOT met
	awk -v x="$1" -v op="$2" -v l="$3" 'BEGIN { ok = op == "le" ? x <= l : x >= l
		print ok ? "met" : "NOT met" }'
}

# ---------------------------------------------------------- callgrind

# the worker's file of a run: the one with the most instructions
cg_file() {
	local f best="" max=-1 v
	for f in "$D/$1"/callgrind.out.*; do
		v=$(awk '/^(summary|totals):/ { print $2; exit }' "$f")
		[ -n "$v" ] && [ "$v" -gt "$max" ] && max=$v best=$f
	done
	echo "$best"
}
cg_total() { awk '/^(summary|totals):/ { print $2; exit }' "$1"; }
# the lines of callgrind_annotate --inclusive=yes: "IR (PCT) FILE:FUNCTION [OBJECT]"
# cg_incl FILE FUNCTION: the inclusive Ir of FUNCTION (0 if not listed)
# ("( 6.06%)" has a blank inside: the fields are taken after the percentage)
cg_incl() {
	awk -v fn="$2" 'match($0, /^ *[0-9,]+ +\( *[0-9.]+%\) +/) {
			v = $1; rest = substr($0, RLENGTH + 1); split(rest, w, " ")
			g = w[1]; sub(/.*:/, "", g)
			if (g == fn) { gsub(",", "", v); print v; found = 1; exit } }
		END { if (!found) print 0 }' "$1.incl"
}

callgrind() {
	local n tag f f1 fN t1 tn rsa1 rsan fn="" total rsa rest
	for n in 1 $((N + 1)); do
		tag=cg$n
		mkdir -p "$D/$tag"
		log "callgrind, $n message(s) of $BYTES bytes, C=$C"
		run_cm "$tag" "$n" valgrind --tool=callgrind --callgrind-out-file="$D/$tag/callgrind.out.%p"
		f=$(cg_file "$tag")
		[ -n "$f" ] || die "$tag: no callgrind output in $D/$tag"
		callgrind_annotate --inclusive=yes --threshold=100 --auto=no "$f" >"$f.incl" 2>/dev/null ||
			die "callgrind_annotate $f failed"
		[ "$n" = 1 ] && f1=$f
	done
	fN=$f
	t1=$(cg_total "$f1") tn=$(cg_total "$fN")
	for fn in rsa_ossl_private_encrypt RSA_private_encrypt RSA_sign EVP_PKEY_sign ""; do
		[ -n "$fn" ] || break
		[ "$(cg_incl "$fN" "$fn")" != 0 ] && break
	done
	[ -n "$fn" ] || die "no RSA private-key function in $fN.incl (grep -i rsa)"
	rsa1=$(cg_incl "$f1" "$fn") rsan=$(cg_incl "$fN" "$fn")
	total=$(((tn - t1) / N)) rsa=$(((rsan - rsa1) / N))
	rest=$((total - rsa))
	CG_LINE="- instructions per dual-signed $BYTES-byte message besides the RSA private-key operations (callgrind, milter only) ≤ 1.5 M: $(mil "$rest") (total $(mil "$total") − RSA $(mil "$rsa")) → $(verdict "$rest" le 1500000)"
	echo "### Instructions per message (valgrind --tool=callgrind)"
	echo
	echo "certmilter \`dual\` (Vp + V4), unix socket, bench/milterdrive -n 1 and -n $((N + 1)), -c $C, -s $BYTES; the worker's totals; per message = (N=$((N + 1)) − N=1) / $N. RSA private-key operations: the inclusive cost of \`$fn\`."
	echo
	echo "| | instructions per message |"
	echo "|---|---:|"
	echo "| total | $(mil "$total") |"
	echo "| RSA private-key operations ($fn) | $(mil "$rsa") |"
	echo "| besides RSA | $(mil "$rest") |"
	echo "| target: besides RSA ≤ 1.5 M | $(verdict "$rest" le 1500000) |"
	echo
	echo "Profile excerpt: the functions besides the RSA private-key operations, inclusive instructions per message ((N=$((N + 1)) − N=1) / $N); for a function that calls them (its cost is at least theirs), its cost minus theirs:"
	echo
	echo "| instructions per message | function | object |"
	echo "|---:|---|---|"
	awk -v n="$N" -v rsa="$rsa" '
		function rec(rest,   v, w, fn, obj) {
			v = $1; gsub(",", "", v); split(rest, w, " ")
			fn = w[1]; sub(/.*:/, "", fn)
			obj = w[2]; gsub(/^\[|\]$/, "", obj); sub(/.*\//, "", obj)
			if (fn ~ /^0x|\x27/ || (FILENAME SUBSEP fn) in seen) return
			seen[FILENAME, fn] = 1
			if (FILENAME == first) base[fn] = v; else { cost[fn] = v; where[fn] = obj }
		}
		FNR == 1 && first == "" { first = FILENAME }
		match($0, /^ *[0-9,]+ +\( *[0-9.]+%\) +[^ ]+ \[/) {
			rec(substr($0, match($0, /^ *[0-9,]+ +\( *[0-9.]+%\) +/) ? RLENGTH + 1 : 1)) }
		END {
			for (fn in cost) {
				d = (cost[fn] - base[fn]) / n
				if (fn ~ /[Rr][Ss][Aa]|^BN_|^bn_|DigestSign|PKEY_sign|SignerInfo_sign|mod_exp/) continue
				if (d >= rsa) { d -= rsa; fn2 = fn " (besides RSA)" } else fn2 = fn
				if (d >= 20000) printf "%d\t%s\t%s\n", d, fn2, where[fn]
			}
		}' "$f1.incl" "$fN.incl" | sort -k1,1nr | head -16 |
		awk -F '\t' '{ printf "| %.3f M | `%s` | %s |\n", $1 / 1e6, $2, $3 }'
	echo
}

# -------------------------------------------------------------- strace

st_calls() { # FILE: "syscall calls" per line and "total calls"
	awk '$1 ~ /^[0-9.]+$/ && NF >= 5 { print $NF, $4 }' "$1"
}

strace_part() {
	local n total
	for n in 1 "$N"; do
		log "strace -f -c, $n message(s) of $BYTES bytes, C=$C"
		run_cm "st$n" "$n" strace -f -c -o "$D/strace.$n"
		[ -s "$D/strace.$n" ] || die "no strace summary $D/strace.$n"
	done
	join <(st_calls "$D/strace.1" | sort) <(st_calls "$D/strace.$N" | sort) -a 2 -e 0 -o 0,1.2,2.2 |
		awk -v d=$((N - 1)) '{ printf "%s %.2f %d %d\n", $1, ($3 - $2) / d, $2, $3 }' |
		sort -k2,2gr >"$D/strace.per-msg"
	total=$(awk '$1 == "total" { print $2 }' "$D/strace.per-msg")
	[ -n "$total" ] || die "no total in $D/strace.$N"
	ST_LINE="- system calls per dual-signed $BYTES-byte message (strace -f -c, milter only) ≤ 60: $total → $(verdict "$total" le 60)"
	echo "### System calls per message (strace -f -c)"
	echo
	echo "certmilter \`dual\`, unix socket, bench/milterdrive -n 1 and -n $N, -c $C, -s $BYTES; supervisor and worker (strace -f); per message = (N=$N − N=1) / $((N - 1))."
	echo
	echo "| system call | per message | N=1 | N=$N |"
	echo "|---|---:|---:|---:|"
	awk '$1 == "total" { printf "| **all** | **%s** | %s | %s |\n", $2, $3, $4 }' "$D/strace.per-msg"
	awk '$1 != "total" && $2 > 0 && shown++ < 12 { printf "| %s | %s | %s | %s |\n", $1, $2, $3, $4 }' \
		"$D/strace.per-msg"
	echo "| target: all ≤ 60 | $(verdict "$total" le 60) | | |"
	echo
}

echo "## Profile: one dual-signed message, milter only (bench/profile.sh)"
echo
callgrind
strace_part
# the targets: into FILE for bench/run.sh's Targets section, else here
if [ -n "$TFILE" ]; then
	printf '%s\n%s\n' "$CG_LINE" "$ST_LINE" >"$TFILE"
else
	echo "$CG_LINE"
	echo "$ST_LINE"
fi
