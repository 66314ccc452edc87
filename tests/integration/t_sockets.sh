#!/usr/bin/env bash
# t_sockets.sh - certmilter serves Postfix on each socket kind of certmilter(8):
# unix:/path, inet:PORT@127.0.0.1 and inet6:PORT@::1. For each, one message
# through a real Postfix must come out signed (openssl cms -verify).
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
PORT_IN=${PORT_IN:-24025} PORT_PLAIN=${PORT_PLAIN:-24026} SINK_PORT=${SINK_PORT:-24027}
MPORT=${MILTER_PORT:-24894}
work=$(mktemp -d /tmp/t_sockets.XXXXXX)
chmod 755 "$work"
CM_SOCK_PID=
finish() {
	[ -n "$CM_SOCK_PID" ] && kill "$CM_SOCK_PID" 2>/dev/null
	t_cleanup
	rm -rf "$work"
}
trap finish EXIT
t_need_root sockets

# the unix socket is 0660 (socket_mode): Postfix connects through the group
cm_simple_setup "$work" "socket_group = \"postfix\";" || exit 1
printf 'From: Alice <alice@example.com>\nTo: bob@sink.example\nSubject: socket test\n\nhello\n' \
	>"$work/msg.eml"
sink_start "$work/sink" "$SINK_PORT" || exit 1

n=0
# certmilter socket, Postfix's name for the same socket, how to wait for it
for kind in unix inet inet6; do
	case $kind in
	unix) cm="unix:$work/certmilter.sock" pf="unix:$work/certmilter.sock" ;;
	inet) cm="inet:$MPORT@127.0.0.1" pf="inet:127.0.0.1:$MPORT" ;;
	inet6) cm="inet6:$MPORT@::1" pf="inet:[::1]:$MPORT" ;;
	esac
	"$(cm_binary)" -f -c "$work/certmilter.conf" -p "$cm" >>"$work/certmilter-$kind.log" 2>&1 &
	CM_SOCK_PID=$!
	for _ in $(seq 50); do
		if [ $kind = unix ]; then [ -S "$work/certmilter.sock" ] && break
		else ss -ltn | grep -q ":$MPORT " && break; fi
		sleep 0.1
	done
	pf_setup "$work/pf-$kind" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "$pf" || {
		fail "$kind postfix" "could not start Postfix"
		continue
	}
	n=$((n + 1))
	if pf_send "$PORT_IN" "$work/msg.eml" alice@example.com "$kind@sink.example" \
		>/dev/null 2>"$work/send-$kind.err" && sink_wait "$n" 30; then
		out=$(sink_find "$kind@sink.example")
		if openssl cms -verify -in "$out" -CAfile "$work/roots.pem" -purpose smimesign \
			-out /dev/null 2>"$work/verify-$kind.err"; then
			pass "$kind socket ($cm): message signed and verified"
		else
			fail "$kind socket" "not verified: $(cat "$work/verify-$kind.err")"
		fi
	else
		fail "$kind socket ($cm)" "not delivered: $(cat "$work/send-$kind.err")"
		n=$(sink_count)
	fi
	pf_stop "$work/pf-$kind"
	kill "$CM_SOCK_PID" 2>/dev/null
	wait "$CM_SOCK_PID" 2>/dev/null
	CM_SOCK_PID=
done
t_summary
