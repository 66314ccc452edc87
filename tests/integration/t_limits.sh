#!/usr/bin/env bash
# t_limits.sh - every limit of certmilter.conf(5) "limits", through a real
# Postfix and the real certmilter. For each of max_headers,
# max_header_bytes, max_mime_depth, max_mime_parts, max_line_length and
# max_message_size, with small configured values:
#   just under the limit   delivered signed, openssl cms -verify passes
#                          (bodies over 4096 bytes spooled to disk)
#   just over, tempfail    451 4.7.0 to the client, nothing delivered, the
#                          audit reason names the limit and its value
#   just over, accept      (after SIGHUP with failure.* = accept) delivered
#                          byte for byte as sent, audit reason as above
# and the 1.8 MB MIME torture message of the corpus (depth 6) refused for
# max_mime_depth = 4, with the time certmilter took (ms= of its audit line).
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
PORT_IN=${PORT_IN:-42025} PORT_PLAIN=${PORT_PLAIN:-42026} SINK_PORT=${SINK_PORT:-42027}
MPORT=${MILTER_PORT:-42094} PORT_SUB=${PORT_SUB:-42028}
TORTURE=$CM_TOP/tests/corpus/malformed-deep-nesting-mime-torture-01.eml
work=$(mktemp -d /tmp/t_limits.XXXXXX)
chmod 755 "$work"
finish() {
	t_cleanup
	rm -rf "$work"
}
trap finish EXIT
t_need_root limits

LIMITS="max_message_size = 20000; spool_threshold = 4096; max_headers = 20; max_header_bytes = 2048;
	max_mime_depth = 4; max_mime_parts = 10; max_line_length = 1000;"
limits_conf() { # action
	cm_simple_setup "$work" "limits = { $LIMITS };
		failure = { malformed = \"$1\"; oversize = \"$1\"; };"
}
limits_conf tempfail || exit 1
log=$work/certmilter.log
sink_start "$work/sink" "$SINK_PORT" &&
	cm_start "$work/certmilter.conf" "$MPORT" "$log" &&
	pf_setup "$work/pf" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "inet:127.0.0.1:$MPORT" "$PORT_SUB" || {
	fail setup "could not start the services"
	t_summary
	exit 1
}

hdrs() { # count: that many header fields (From, To, Subject and X-N)
	printf 'From: Alice <alice@example.com>\nTo: bob@sink.example\nSubject: limits\n'
	for i in $(seq 4 "$1"); do printf 'X-%d: %d\n' "$i" "$i"; done
}
nest() { # levels: multiparts nested that deep, each with a text part
	local i
	for i in $(seq 1 "$1"); do
		printf -- '--b%d\nContent-Type: text/plain\n\ntext %d\n' "$i" "$i"
		[ "$i" -lt "$1" ] && printf -- '--b%d\nContent-Type: multipart/mixed; boundary="b%d"\n\n' "$i" $((i + 1))
	done
	for i in $(seq "$1" -1 1); do printf -- '--b%d--\n' "$i"; done
}
parts() { # n: a multipart/mixed of n text parts (n + 1 MIME entities)
	printf -- '--p\nContent-Type: text/plain\n\npart\n%.0s' $(seq "$1")
	printf -- '--p--\n'
}
mime_msg() { # body-generator arg
	hdrs 3
	printf 'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="%s"\n\n' "$1"
	shift
	"$@"
}
line_msg() { # bytes: one body line that long
	hdrs 3
	printf '\nfirst\n%s\nlast\n' "$(head -c "$1" /dev/zero | tr '\0' x)"
}
size_msg() { # bytes: a body of that many bytes, CRLF counted
	local k=$(($1 / 100 - 1))
	hdrs 3
	printf '\n'
	printf '%098d\n' $(seq "$k") # 100 bytes a line with CRLF
	head -c $(($1 - k * 100 - 2)) /dev/zero | tr '\0' y
	printf '\n'
}
reload() { # sed-expression: edit the configuration, SIGHUP, wait
	local n
	n=$(grep -c 'reloaded' "$log")
	sed -i "$1" "$work/certmilter.conf"
	kill -HUP "$CM_PID"
	for _ in $(seq 100); do [ "$(grep -c 'reloaded' "$log")" -gt "$n" ] && return 0; sleep 0.1; done
	fail reload "no new reload line in the log after $1"
}
hbytes_msg() { # total: header bytes, NAME ": " VALUE CRLF each
	local want=$1
	{
		hdrs 3
		printf 'X-Pad: \n'
	} >"$work/hb.tmp"
	"$CM_PY" - "$work/hb.tmp" "$want" <<-'EOF'
		import sys
		lines = open(sys.argv[1]).read().splitlines()
		n = sum(len(l) + 2 for l in lines)   # NAME ": " VALUE, CRLF
		pad = int(sys.argv[2]) - n
		lines[-1] += "p" * pad
		sys.stdout.write("\n".join(lines) + "\n\nheader bytes\n")
	EOF
}

# deliver NAME FILE: send to NAME@sink.example, print where it was stored
deliver() {
	local path t=200
	pf_send "$PORT_IN" "$2" alice@example.com "$1@sink.example" >/dev/null 2>"$work/$1.err" || return 1
	until path=$(sink_find "$1@sink.example") && [ -n "$path" ]; do
		[ $((t -= 1)) -gt 0 ] || return 1
		sleep 0.1
	done
	echo "$path"
}
signed() { openssl cms -verify -in "$1" -CAfile "$work/roots.pem" -purpose smimesign -out /dev/null 2>/dev/null; }
audit_for() { # rcpt regex name
	local qid
	sleep 0.2
	qid=$(grep -F "to=<$1>" "$work/pf/maillog" | sed -n 's/.*\]: \([0-9A-F]*\): .*/\1/p' | tail -1)
	[ -n "$qid" ] || qid=$(grep -B3 -F "<$1>" "$work/pf/maillog" | sed -n 's/.*\]: \([0-9A-F]*\): .*/\1/p' | tail -1)
	if [ -n "$qid" ] && grep -qE "$qid: $2" "$log"; then
		pass "$3: audit line $(grep -oE "$qid: dir=.*" "$log" | grep -oE 'action=.*' | cut -c1-110)"
	else
		fail "$3 audit line" "no /$qid: $2/ in the log: $(grep -E "$qid: " "$log")"
	fi
}
# the delivered copy minus Postfix's Received: field equals the input (CRLF)
unchanged() { # delivered input
	"$CM_PY" - "$1" "$2" <<-'EOF'
		import sys
		out = open(sys.argv[1], "rb").read()
		inp = open(sys.argv[2], "rb").read().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
		while out.lower().startswith(b"received:"):
		    end = out.index(b"\r\n")
		    while out[end + 2:end + 3] in (b" ", b"\t"):
		        end = out.index(b"\r\n", end + 2)
		    out = out[end + 2:]
		sys.exit(0 if out == inp else 1)
	EOF
}

# Postfix does not show the milter the Received: field it adds: what
# certmilter counts are the fields sent (the pairs below pin that down)
# name  key  reason-regex  under-generator  over-generator
CASES=(
	"headers|limits.max_headers|more header fields than limits\\.max_headers \\(20\\)|hdrs 20|hdrs 21"
	"hbytes|limits.max_header_bytes|header fields together larger than limits\\.max_header_bytes \\(2048\\)|hbytes_msg 2048|hbytes_msg 2049"
	"depth|limits.max_mime_depth|MIME nesting deeper than limits\\.max_mime_depth \\(4\\)|mime_msg b1 nest 4|mime_msg b1 nest 5"
	"parts|limits.max_mime_parts|more MIME parts than limits\\.max_mime_parts \\(10\\)|mime_msg p parts 9|mime_msg p parts 10"
	"line|limits.max_line_length|body line longer than limits\\.max_line_length \\(1000\\)|line_msg 1000|line_msg 1001"
	"size|limits.max_message_size|message larger than limits\\.max_message_size \\(20000\\)|size_msg 20000|size_msg 20001"
)
for c in "${CASES[@]}"; do
	IFS='|' read -r name key why under over <<<"$c"
	{ $under; } >"$work/$name-under.eml"
	[ "$name" = headers ] && printf '\nbody\n' >>"$work/$name-under.eml"
	{ $over; } >"$work/$name-over.eml"
	[ "$name" = headers ] && printf '\nbody\n' >>"$work/$name-over.eml"
	out=$(deliver "$name-under" "$work/$name-under.eml")
	if [ -n "$out" ] && signed "$out"; then
		pass "$key: just under the limit, signed and verified"
	else
		fail "$key under" "not delivered or not signed: ${out:-missing} $(cat "$work/$name-under.err")"
	fi
	if pf_send "$PORT_IN" "$work/$name-over.eml" alice@example.com "$name-over@sink.example" \
		>/dev/null 2>"$work/$name-over.err"; then
		fail "$key over, tempfail" "accepted"
	elif grep -q "451 4.7.0" "$work/$name-over.err"; then
		pass "$key: just over, tempfail: 451 4.7.0"
	else
		fail "$key over, tempfail" "not 451 4.7.0: $(cat "$work/$name-over.err")"
	fi
	sleep 0.3
	[ -z "$(sink_find "$name-over@sink.example")" ] && pass "$key: over, tempfail: nothing delivered" ||
		fail "$key over, tempfail" "delivered"
	audit_for "$name-over@sink.example" "dir=out .*action=tempfail reason=\"$why\"" "$key over, tempfail"
done

# failure.* = accept, reloaded with SIGHUP: the same over-limit messages
# pass unchanged
reload 's/"tempfail"/"accept"/g'
for c in "${CASES[@]}"; do
	IFS='|' read -r name key why under over <<<"$c"
	out=$(deliver "$name-acc" "$work/$name-over.eml")
	if [ -n "$out" ] && unchanged "$out" "$work/$name-over.eml"; then
		pass "$key: just over, accept: delivered byte for byte as sent"
	else
		fail "$key over, accept" "not delivered, or changed: ${out:-missing}"
	fi
	audit_for "$name-acc@sink.example" "dir=out .*action=accept reason=\"$why\"" "$key over, accept"
done
# the MIME torture message (depth 6, 52 MIME entities, 1.8 MB), with room
# for its size and parts
reload 's/"accept"/"tempfail"/g; s/max_message_size = 20000/max_message_size = 4000000/; s/max_mime_parts = 10;/max_mime_parts = 1000;/' 
if [ ! -r "$TORTURE" ]; then
	fail torture "no $TORTURE (tests/corpus is part of the repository)"
else
	t0=$(date +%s%N)
	pf_send --set-from alice@example.com "$PORT_IN" "$TORTURE" alice@example.com torture@sink.example >/dev/null 2>"$work/torture.err"
	t1=$(date +%s%N)
	if grep -q "451 4.7.0" "$work/torture.err"; then
		pass "torture message refused 451 4.7.0, $(((t1 - t0) / 1000000)) ms for the whole SMTP transaction"
	else
		fail "torture" "not refused with 451: $(cat "$work/torture.err")"
	fi
	audit_for torture@sink.example 'dir=out .*action=tempfail reason="MIME nesting deeper than limits\.max_mime_depth \(4\)"' torture
	echo "# torture audit line: $(grep -E 'reason="MIME nesting' "$log" | tail -1 | grep -oE 'ms=[0-9]+')"
fi

cm_check_exit "$log"
t_summary
