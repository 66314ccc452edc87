#!/usr/bin/python3
"""smtpraw.py - one SMTP transaction with exactly the given bytes, for
t_logsafety.sh (send.py goes through smtplib, which refuses or rewrites
control characters in commands).

  smtpraw.py PORT SPEC

SPEC is a JSON file: {"xclient": "LOGIN=...", "mail": "<a@b>",
"rcpt": ["<c@d>"], "data": "..."}; strings are latin-1 (one byte per
character, so any byte can be written as \\u00XX). "data" is sent as it
is (no line-end fixes), dot-stuffed, ended by CRLF.CRLF.

Prints "queued QID" (250 after DATA) or "refused STAGE CODE TEXT" and
exits 0 either way; 1 on a connection problem.
"""
import json
import re
import socket
import sys


def reply(f):
    lines = []
    while True:
        line = f.readline()
        if not line:
            raise EOFError("connection closed")
        lines.append(line.decode("latin-1").rstrip("\r\n"))
        if line[3:4] != b"-":
            return int(lines[-1][:3]), " ".join(lines)


def main():
    port = int(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as fp:
        spec = json.load(fp)
    s = socket.create_connection(("127.0.0.1", port), timeout=60)
    f = s.makefile("rb")

    def cmd(text):
        s.sendall(text.encode("latin-1") + b"\r\n")
        return reply(f)

    steps = [("banner", None), ("ehlo", "EHLO client.test.example")]
    if spec.get("xclient"):
        steps += [("xclient", "XCLIENT " + spec["xclient"]),
                  ("ehlo2", "EHLO client.test.example")]
    steps.append(("mail", "MAIL FROM:" + spec["mail"]))
    steps += [("rcpt", "RCPT TO:" + r) for r in spec["rcpt"]]
    steps.append(("data", "DATA"))
    for stage, text in steps:
        code, resp = reply(f) if text is None else cmd(text)
        if code >= 400:
            print("refused", stage, resp)
            cmd("QUIT")
            return 0
    data = spec["data"].encode("latin-1")
    data = re.sub(rb"(^|\n)\.", rb"\1..", data)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    s.sendall(data + b".\r\n")
    code, resp = reply(f)
    if code == 250:
        m = re.search(r"queued as ([0-9A-Za-z]+)", resp)
        print("queued", m.group(1) if m else "?")
    else:
        print("refused", "eom", resp)
    try:
        cmd("QUIT")
    except (EOFError, OSError):
        pass
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (OSError, EOFError) as e:
        print("smtpraw.py: %s" % e, file=sys.stderr)
        sys.exit(1)
