#!/usr/bin/env bash
# t_logsafety.sh - certmilter(8) AUDIT LOG "no secret is ever logged" and "nothing from the
# network can forge a log line", checked on real logs.
#
# 1. Its own run: a test PKI, certmilter with -v -v behind
#    a private Postfix, and messages (smtpraw.py, exact bytes) whose bodies
#    carry unique markers and whose From:, Subject:, envelope addresses and
#    XCLIENT login carry CR, LF, NUL, ESC, DEL and fake audit lines
#    ("FORGED: dir=out ..."), and a MAIL FROM whose quoted local part reads
#    like audit fields (<"x> rcpts=0 action=reject ..."@evil.example>,
#    inbound and outbound). Then in certmilter's log: no control
#    character at all; every line holding FORGED is the audit line of a
#    real queue id; exactly one audit line per message Postfix accepted or
#    refused at end of data; one action= in the hostile sender's lines; no
#    body marker.
# 2. The whole suite, run last by tests/run.sh: every audit line of
#    this run and of the certmilter logs kept under build/test-logs must
#    split into " key=value" fields (certmilter(8)) with no key twice;
#    every file under
#    build/test-logs (unit, integration, valgrind logs and the certmilter
#    logs lib.sh's cm_stop keeps in build/test-logs/certmilter/) must hold
#    no private key line and no PKCS#12 password of any test PKI used
#    (build/test-secrets/, kept by cm_stop, plus this run's), and the kept
#    certmilter logs no body line of the test corpus (lib.sh corpus_files:
#    tests/corpus, plus ../shared/corpus when present; its longest body
#    line per message) nor this run's markers.
# Prints the figures: files and lines scanned, secrets and markers searched.
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/tests/integration/lib.sh"
PORT_IN=${PORT_IN:-36025} PORT_PLAIN=${PORT_PLAIN:-36026} SINK_PORT=${SINK_PORT:-36027}
MPORT=${MILTER_PORT:-36894}
work=$(mktemp -d /tmp/t_logsafety.XXXXXX)
chmod 755 "$work"
finish() {
	t_cleanup
	rm -rf "$work"
}
trap finish EXIT
t_need_root logsafety

cm_simple_setup "$work" "limits = { max_message_size = 20000; };" || exit 1
log=$work/certmilter.log
# -v -v: certmilter's most verbose logging (getopt takes options after the rest)
printf '#!/bin/sh\nexec "$@" -v -v\n' >"$work/vv.sh"
chmod 755 "$work/vv.sh"
CM_WRAPPER="$work/vv.sh"
sink_start "$work/sink" "$SINK_PORT" &&
	cm_start "$work/certmilter.conf" "$MPORT" "$log" &&
	pf_setup "$work/pf" "$PORT_IN" "$PORT_PLAIN" "$SINK_PORT" "inet:127.0.0.1:$MPORT" || {
	fail setup "could not start the services"
	t_summary
	exit 1
}

# The messages: one JSON spec each (smtpraw.py), the markers in markers.txt.
"$CM_PY" - "$work" <<'PY'
import base64, json, os, secrets, sys
w = sys.argv[1]
os.makedirs(w + "/specs")
m1 = "BODYMARKER-" + secrets.token_hex(12)
m2 = "ATTACHMARKER-" + secrets.token_hex(12)
b64 = base64.b64encode((m2 + " attachment text\n").encode()).decode()
markers = [m1, m2, b64]
forge = "\r\nFORGED: dir=out from=<x@y> rcpts=1 action=accept ms=0"
def body(extra=""):
    return ("MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
            "--b1\r\nContent-Type: text/plain\r\n\r\n" + m1 + "\r\nsecond line " + m1 + "\r\n"
            "--b1\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + b64 + "\r\n--b1--\r\n" + extra)
def spec(name, hdrs, mail="<alice@example.com>", rcpt=None, xclient=None, data=None):
    d = {"mail": mail, "rcpt": rcpt or ["<%s@sink.example>" % name],
         "data": data if data is not None else hdrs + body()}
    if xclient:
        d["xclient"] = xclient
    json.dump(d, open("%s/specs/%s.json" % (w, name), "w"))
std = "From: Alice <alice@example.com>\r\nTo: bob@sink.example\r\nSubject: log safety\r\n"
spec("plain", std)
spec("subject-cr", "From: Alice <alice@example.com>\r\nSubject: a\rFORGED: dir=out x\x1b[31m\x7f\x08\r\n")
spec("subject-nul", "From: Alice <alice@example.com>\r\nSubject: before\x00FORGED: dir=out\r\n")
spec("from-ctl", "From: \"Ev\x01il\rFORGED: dir=out\" <al\x1bice@example.com>\r\nSubject: x\r\n")
spec("from-forged-addr", "From: <alice@example.com\rFORGED: dir=out>\r\nSubject: x\r\n")
spec("env-ctl", std, mail="<ev\x01il\x1b[2J\x7f@example.com>", rcpt=["<env-ctl\x1b@sink.example>"])
spec("env-ctl-rcpt", std, rcpt=["<env-ctl-rcpt+\x01\x7f@sink.example>"])
spec("login-crlf", std, xclient="LOGIN=mallory+0D+0AFORGED:+20dir=out+20action=accept")
spec("login-ctl", std, xclient="LOGIN=mal+00lory+1B[31m+7F+09x")
spec("login-ok-ctl-subject", "From: Alice <alice@example.com>\r\nSubject: \x1b]0;title\x07" + forge + "\r\n",
     xclient="LOGIN=alice@example.com")
# a quoted local part (RFC 5321) that reads like more audit fields
hostile = '<"x> rcpts=0 action=reject reason=spoofed x"@evil.example>'
spec("env-quoted-in", std, mail=hostile, xclient="ADDR=192.0.2.1")
spec("env-quoted-out", std, mail=hostile)
spec("malformed", "From: Alice <alice@example.com>\r\nMIME-Version: 1.0\r\n"
     "Content-Type: multipart/mixed; boundary=\"zz\"\r\n", data=None)
spec("oversize", std, data=std + "\r\n" + (m1 + " padding padding padding\r\n") * 700)
# the malformed one: a part with a bare CR in its headers and no close delimiter
d = json.load(open(w + "/specs/malformed.json"))
d["data"] = ("From: Alice <alice@example.com>\r\nMIME-Version: 1.0\r\n"
             "Content-Type: multipart/mixed; boundary=\"zz\"\r\n\r\n--zz\r\n"
             "Content-Type: text/plain\rX: y\r\n\r\n" + m1 + "\r\x00\r\n--zz\r\n" + m1)
json.dump(d, open(w + "/specs/malformed.json", "w"))
open(w + "/markers.txt", "w").write("\n".join(markers) + "\n")
PY

declare -A QID
for f in "$work"/specs/*.json; do
	name=$(basename "$f" .json)
	res=$("$CM_PY" "$CM_INT/smtpraw.py" "$PORT_IN" "$f" 2>&1)
	echo "# $name: $(printf %s "$res" | tr -c '[:print:]' '?' | cut -c1-150)"
	case $res in queued*) QID[$name]=${res#queued } ;; esac
done
sleep 1
cm_check_exit "$log"

# Queue ids Postfix gave the messages that reached the milter's end of
# message: queued ones, and those refused at end of data (milter-reject).
ids=$(sed -n 's/.*\]: \([0-9A-F]\{6,\}\): milter-reject: END-OF-MESSAGE.*/\1/p' "$work/pf/maillog")
ids="$ids ${QID[*]}"
n_ids=$(wc -w <<<"$ids")

# 1a. no control characters in certmilter's log
if LC_ALL=C grep -qP '[\x00-\x08\x0a-\x1f\x7f]' <(tr -d '\n' <"$log"); then
	fail "no control characters in certmilter's log" "$(LC_ALL=C grep -naP '[\x00-\x08\x0b-\x1f\x7f]' "$log" | head -3 | cat -v)"
else
	pass "no control characters in certmilter's log ($(wc -l <"$log") lines)"
fi
# 1b. FORGED only inside the audit lines of real queue ids
bad=$(grep -F FORGED "$log" | grep -vE '^certmilter: [0-9A-F]{6,}: dir=out ' |
	head -3)
notours=$(grep -F FORGED "$log" | sed -n 's/^certmilter: \([0-9A-F]*\): dir=.*/\1/p' |
	while read -r q; do grep -qw "$q" <<<"$ids" || echo "$q"; done)
nf=$(grep -cF FORGED "$log")
if [ -z "$bad" ] && [ -z "$notours" ] && [ "$nf" -gt 0 ]; then
	pass "forged text only inside real audit lines ($nf lines)"
else
	fail "forged log line" "${bad:-none forged} / unknown ids: ${notours:-none} / $nf lines"
fi
# 1c. one audit line per message that reached end of data
miss=
for q in $ids; do
	[ "$(cm_audit_count "$log" "$q")" -eq 1 ] || miss="$miss $q"
done
if [ -z "$miss" ] && [ "$n_ids" -ge 6 ]; then
	pass "exactly one audit line for each of $n_ids messages"
else
	fail "audit lines" "not one line for:${miss:- (only $n_ids messages)}"
fi
# 1d. the hostile quoted local parts reached certmilter (Postfix accepts
# them) and each of their audit lines has one action= and one from=
for name in env-quoted-in env-quoted-out; do
	q=${QID[$name]:-}
	line=$(grep -E "^certmilter: $q: dir=" "$log" 2>/dev/null)
	if [ -z "$q" ] || [ -z "$line" ]; then
		fail "$name" "not queued or no audit line (Postfix: ${q:-refused})"
	elif [ "$(grep -o ' action=' <<<"$line" | wc -l)" -eq 1 ] &&
		[ "$(grep -o ' from=' <<<"$line" | wc -l)" -eq 1 ] &&
		[ "$(grep -o ' rcpts=' <<<"$line" | wc -l)" -eq 1 ]; then
		pass "$name: one action=, from=, rcpts= in: ${line#certmilter: }"
	else
		fail "$name" "fields injected: $line"
	fi
done

# 1e. the signed message was signed (the test exercised the signing path)
if [ -n "${QID[plain]:-}" ] && grep -qE "${QID[plain]}: dir=out .*signed=v4" "$log"; then
	pass "the plain message was signed"
else
	fail "plain message" "not signed: $(grep -E "${QID[plain]:-none}: " "$log")"
fi

# 2. every audit line of the suite (this run and the certmilter logs cm_stop
# kept) splits into " key=value" fields as certmilter(8) documents them, each
# key at most once
"$CM_PY" - "$log" "$top/build/test-logs" >"$work/audit.out" <<'PY'
import glob, os, re, sys
AUDIT = re.compile(rb"^certmilter: (\S+): (dir=.*)$")
FIELD = re.compile(rb' ([a-z_]+)=("(?:[^"\\]|\\.)*"|(?:[^ "\\]|\\.)*)')
files = [sys.argv[1]] + sorted(glob.glob(os.path.join(sys.argv[2], "certmilter", "*")))
n = bad = 0
for path in files:
    for raw in open(path, "rb"):
        m = AUDIT.match(raw.rstrip(b"\n"))
        if not m:
            continue
        n += 1
        rest, pos, keys = b" " + m.group(2), 0, []
        while pos < len(rest):
            f = FIELD.match(rest, pos)
            if not f:
                break
            keys.append(f.group(1))
            pos = f.end()
        dup = sorted({k for k in keys if keys.count(k) > 1})
        if pos != len(rest) or dup:
            bad += 1
            if bad <= 3:
                print("BAD %s: %s%s" % (os.path.basename(path),
                      "keys twice: %s; " % b",".join(dup).decode() if dup else "",
                      raw.decode("utf-8", "replace").strip()[:300]))
print("%d %d %d" % (n, bad, len(files)))
PY
read -r n_audit n_bad n_files < <(tail -1 "$work/audit.out")
if [ "${n_bad:-1}" -eq 0 ] && [ "${n_audit:-0}" -ge 10 ]; then
	pass "every audit line splits into key=value fields, each key once: $n_audit lines in $n_files logs"
else
	fail "audit line fields" "$n_bad of $n_audit lines: $(head -3 "$work/audit.out")"
fi

# 3. secrets and markers over the whole suite's logs
pkis=("$work/pki")
cat "$work/pki/p12pass" >"$work/secrets.txt"
find "$work/pki" -type f \( -name '*.key' -o -name '*.pem' \) -exec \
	awk '/-END .*PRIVATE KEY-/ { k = 0 } k { print } /-BEGIN .*PRIVATE KEY-/ { k = 1 }' {} + \
	>>"$work/secrets.txt"
nsec_files=1
for s in "$top"/build/test-secrets/*.txt; do
	[ -f "$s" ] || continue
	cat "$s" >>"$work/secrets.txt"
	nsec_files=$((nsec_files + 1))
done
sort -u "$work/secrets.txt" | awk 'length($0) >= 16' >"$work/secrets.u"
nsec=$(wc -l <"$work/secrets.u")
cp "$log" "$work/own-certmilter.log"
files=("$work/own-certmilter.log")
while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$top/build/test-logs" -type f -print0 2>/dev/null)
lines=$(cat "${files[@]}" | wc -l)
hits=$(LC_ALL=C grep -lF -f "$work/secrets.u" "${files[@]}" 2>/dev/null)
if [ -z "$hits" ] && [ "$nsec" -gt 100 ]; then
	pass "no key material: ${#files[@]} log files, $lines lines, $nsec key lines and passwords of $nsec_files test PKIs"
else
	fail "key material in logs" "$nsec secrets; found in: ${hits:-none}"
fi

# corpus body lines + this run's markers, in certmilter's logs only
mapfile -t corpus < <(corpus_files)
"$CM_PY" - "${corpus[@]}" >"$work/bodylines.txt" <<'PY'
import re, sys
for f in sys.argv[1:]:
    d = open(f, "rb").read().replace(b"\r\n", b"\n")
    parts = d.split(b"\n\n", 1)
    if len(parts) < 2:
        continue
    best = b""
    for line in parts[1].split(b"\n"):
        line = line.strip()
        if line.startswith(b"--") or not re.search(rb"[a-z].*[a-z]", line) or b"\x00" in line:
            continue
        if len(line) > len(best):
            best = line
    if len(best) >= 32:
        sys.stdout.buffer.write(best[:200] + b"\n")
PY
nbody=$(wc -l <"$work/bodylines.txt")
cat "$work/markers.txt" >>"$work/bodylines.txt"
nmark=$(wc -l <"$work/bodylines.txt")
cmlogs=("$work/own-certmilter.log")
while IFS= read -r -d '' f; do cmlogs+=("$f"); done < <(find "$top/build/test-logs" -type f \( -path '*/certmilter/*' -o -name 'valgrind-certmilter*' \) -print0 2>/dev/null)
cmlines=$(cat "${cmlogs[@]}" | wc -l)
hits=$(LC_ALL=C grep -lF -f "$work/bodylines.txt" "${cmlogs[@]}" 2>/dev/null)
if [ -z "$hits" ] && [ "${#corpus[@]}" -ge 100 ] && [ $((nbody * 2)) -ge "${#corpus[@]}" ] &&
	[ "$nmark" -gt "$nbody" ]; then
	pass "no message body text: ${#cmlogs[@]} certmilter logs, $cmlines lines, $nbody corpus body lines of ${#corpus[@]} messages, $((nmark - nbody)) markers"
else
	fail "body text in certmilter logs" "$nbody corpus body lines of ${#corpus[@]} messages, $((nmark - nbody)) markers; found in: ${hits:-none}"
fi
t_summary
