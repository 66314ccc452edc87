#!/usr/bin/python3
"""send.py - submit one message file over SMTP for the integration tests.

  send.py --port PORT --from ADDR --rcpt ADDR [--rcpt ADDR ...]
          [--set-from 'Name <addr>'] [--xclient 'ADDR=192.0.2.1 LOGIN=alice']
          [--raw] [--save FILE] [--no-send] [--host 127.0.0.1] FILE

Matching outputs to inputs: the test id travels in the envelope recipient
(e.g. <plain-7bit-01--cm@sink.example>); the message itself is not touched
except for the two documented edits below.

Edits (both before anything is sent, both written to --save FILE):
  - a leading mbox "From " line is removed: it is not part of an RFC 5322
    message, and Postfix would take it for the first body line;
  - --set-from replaces the top-level From: header (with its continuation
    lines) by "From: VALUE", keeping the line's own end-of-line bytes; when
    there is no From: header, one is inserted as the first header.

Transport: by default every bare CR and bare LF becomes CRLF first (what
smtplib does to a str message; Postfix would also end a line at a bare LF).
--raw sends the bytes as they are.  Either way smtplib dot-stuffs and adds a
final CRLF when missing.
BODY=8BITMIME is declared when the message has any byte above 0x7f.
--xclient sends XCLIENT (Postfix: smtpd_authorized_xclient_hosts) to pose as
another client address or login before MAIL FROM.

Output: the queue id from the server's "250 ... queued as QID" (Postfix) or
"250 2.0.0 QID Message accepted" (Sendmail) reply on
stdout.  Exit 0 on 250, 1 when the server refused (reply on stderr).
"""
import argparse
import re
import smtplib
import sys

HDR_NAME = re.compile(rb"^[\x21-\x39\x3b-\x7e]+[ \t]*:")


def header_end(data):
    """Offset of the first byte after the header block (Postfix's view: the
    block ends at an empty line or at the first line that is not a header
    or a continuation line)."""
    pos = 0
    while pos < len(data):
        nl = data.find(b"\n", pos)
        end = len(data) if nl < 0 else nl + 1
        line = data[pos:end]
        if line in (b"\r\n", b"\n"):
            return pos
        if not (HDR_NAME.match(line) or (pos and line[:1] in b" \t")):
            return pos
        pos = end
    return pos


def set_from(data, value):
    hend = header_end(data)
    pos = 0
    while pos < hend:
        end = data.find(b"\n", pos) + 1 or hend
        line = data[pos:end]
        if re.match(rb"(?i)^from[ \t]*:", line):
            eol = b"\r\n" if line.endswith(b"\r\n") else b"\n"
            stop = end
            while stop < hend and data[stop:stop + 1] in b" \t":
                stop = data.find(b"\n", stop) + 1 or hend
            return data[:pos] + b"From: " + value + eol + data[stop:]
        pos = end
    eol = b"\r\n" if b"\r\n" in data[:hend + 2] else b"\n"
    return b"From: " + value + eol + data


def prepare(data, from_value):
    if data.startswith(b"From "):
        nl = data.find(b"\n")
        data = data[nl + 1:] if nl >= 0 else b""
    if from_value is not None:
        data = set_from(data, from_value.encode("utf-8"))
    return data


def fix_eols(data):
    """What smtplib does to a str message: bare CR, bare LF -> CRLF."""
    return re.sub(rb"\r\n|\n|\r(?!\n)", b"\r\n", data)


def submit(opts, data):
    smtp = smtplib.SMTP(opts.host, opts.port, timeout=120)
    try:
        smtp.ehlo("client.test.example")
        if opts.xclient:
            code, resp = smtp.docmd("XCLIENT", opts.xclient)
            if code != 220:
                return code, resp
            smtp.ehlo("client.test.example")
        mopts = ["BODY=8BITMIME"] if re.search(rb"[\x80-\xff]", data) else []
        code, resp = smtp.mail(opts.sender, mopts)
        if code != 250:
            return code, resp
        for r in opts.rcpt:
            code, resp = smtp.rcpt(r)
            if code not in (250, 251):
                return code, resp
        # smtplib sends bytes as they are (dot-stuffed, final CRLF added).
        return smtp.data(data if opts.raw else fix_eols(data))
    finally:
        try:
            smtp.quit()
        except smtplib.SMTPException:
            smtp.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int)
    ap.add_argument("--from", dest="sender", default="alice@example.com")
    ap.add_argument("--rcpt", action="append", default=[])
    ap.add_argument("--set-from")
    ap.add_argument("--xclient")
    ap.add_argument("--raw", action="store_true")
    ap.add_argument("--save")
    ap.add_argument("--no-send", action="store_true")
    ap.add_argument("file")
    opts = ap.parse_args()
    with open(opts.file, "rb") as f:
        data = prepare(f.read(), opts.set_from)
    if opts.save:
        with open(opts.save, "wb") as f:
            f.write(data)
    if opts.no_send:
        return 0
    if not opts.port or not opts.rcpt:
        ap.error("--port and --rcpt are required unless --no-send")
    try:
        code, resp = submit(opts, data)
    except smtplib.SMTPResponseException as e:
        sys.stderr.write("send.py: %s: %d %s\n" % (opts.file, e.smtp_code,
                                                   e.smtp_error))
        return 1
    except (OSError, smtplib.SMTPException) as e:
        sys.stderr.write("send.py: %s: %s\n" % (opts.file, e))
        return 1
    text = resp.decode("latin-1", "replace")
    if code != 250:
        sys.stderr.write("send.py: %s: %d %s\n" % (opts.file, code, text))
        return 1
    m = re.search(r"queued as ([0-9A-Za-z]+)", text) or \
        re.match(r"2\.0\.0 ([0-9A-Za-z]+) Message accepted", text)
    print(m.group(1) if m else "-")
    return 0


if __name__ == "__main__":
    sys.exit(main())
