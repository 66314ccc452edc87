#!/usr/bin/python3
"""stream.py - a stream of numbered messages from concurrent SMTP clients
that retry on 4xx, for the crash and outage tests (t_crash.sh, t_outage.sh).

  stream.py --out FILE --tag TAG --class NAME:PORT:RCPT [--class ...]
            [--count N | --stop-file F] [--clients C] [--from ADDR]
            [--pause S] [--retry-delay S] [--give-up S] [--body-lines N]
            [--window W] [--rate R]

Message i (from 1) belongs to class (i-1) % len(classes): it is submitted
to 127.0.0.1:PORT for envelope recipient RCPT, with the headers
"Subject: TAG i NAME" and "Message-ID: <TAG.i@stream.test>" and a body
that body(TAG, i, lines) (below) rebuilds exactly, so that a test can tell
an unchanged delivery from a modified one.

Each of C client threads takes the next number (at most R new messages a
second in all with --rate), else a message that is due to be retried, and
submits it (one SMTP session per attempt). A 4xx
reply at any step, or a connection that fails or closes, puts the message
back to be retried --retry-delay seconds later (like an MTA's queue: the
client goes on with other messages meanwhile), up to --give-up seconds
after its first attempt. A 5xx ends the message.  New numbers are taken
until N were taken (--count) or the file F exists (--stop-file), and
only while fewer than W messages (--window, 0 = no limit) are being tried
or waiting to be retried; each client pauses --pause seconds between
attempts.

FILE gets one JSON line per message when it ends: {"i", "cls", "port",
"rcpt", "mid", "qid" (the "queued as" id of the accepted attempt, or
null), "first" (time of the first attempt), "final" (250, the 5xx code, or "gave-up"), "attempts": [[start,
end, code, text], ...]} with times in seconds since the epoch and code an
SMTP reply code or "conn" (a connection failure).  The last line on stdout
is "sent=N accepted=N tempfails=K conn_errors=E".

stdlib only; run with /usr/bin/python3.
"""
import argparse
import json
import os
import re
import smtplib
import socket
import sys
import threading
import time


def body(tag, i, lines):
    """The body of message i (CRLF lines), also used by the checkers."""
    out = ["Stream message %s %d." % (tag, i)]
    for k in range(lines):
        out.append("line %04d of message %d: the quick brown fox jumps over "
                   "the lazy dog" % (k, i))
    return "\r\n".join(out) + "\r\n"


def message(opts, i, cls):
    head = ("From: Alice Example <%s>\r\nTo: <%s>\r\nSubject: %s %d %s\r\n"
            "Message-ID: <%s.%d@stream.test>\r\nDate: %s\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n"
            "\r\n" % (opts.sender, cls[2], opts.tag, i, cls[0], opts.tag, i,
                      time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime())))
    return (head + body(opts.tag, i, opts.body_lines)).encode("ascii")


def attempt(opts, cls, data):
    """One SMTP session: (code, text); code 250 = accepted."""
    try:
        s = smtplib.SMTP("127.0.0.1", cls[1], timeout=60)
    except OSError as e:
        return "conn", str(e)
    try:
        code, resp = s.ehlo("stream.test.example")
        if code != 250:
            return code, resp.decode("latin-1")
        code, resp = s.mail(opts.sender)
        if code != 250:
            return code, resp.decode("latin-1")
        code, resp = s.rcpt(cls[2])
        if code not in (250, 251):
            return code, resp.decode("latin-1")
        code, resp = s.data(data)
        return code, resp.decode("latin-1")
    except smtplib.SMTPResponseException as e:
        return e.smtp_code, e.smtp_error.decode("latin-1", "replace")
    except (OSError, smtplib.SMTPException) as e:
        return "conn", str(e)
    finally:
        try:
            s.quit()
        except (OSError, smtplib.SMTPException):
            s.close()


class Stream:
    """Numbers to send and messages to retry, shared by the clients."""

    def __init__(self, opts):
        self.opts = opts
        self.lock = threading.Lock()
        self.next = 0
        self.retry = []  # [due, rec, data], a message waiting to be retried
        self.busy = 0    # clients in an attempt
        self.t0 = time.time()
        self.out = open(opts.out, "w")
        self.counts = {"sent": 0, "accepted": 0, "tempfails": 0, "conn": 0}

    def new_rec(self):
        """The next new message, or None when no more are to be taken."""
        opts = self.opts
        if opts.count and self.next >= opts.count:
            return None
        if opts.stop_file and os.path.exists(opts.stop_file):
            return None
        if opts.window and len(self.retry) + self.busy >= opts.window:
            return None
        self.next += 1
        i = self.next
        cls = opts.classes[(i - 1) % len(opts.classes)]
        rec = {"i": i, "cls": cls[0], "port": cls[1], "rcpt": cls[2],
               "mid": "%s.%d@stream.test" % (opts.tag, i), "qid": None,
               "final": None, "attempts": [], "first": time.time()}
        return [0, rec, message(opts, i, cls)]

    def more(self):
        """May new numbers still be taken?"""
        opts = self.opts
        if opts.count:
            return self.next < opts.count
        return not os.path.exists(opts.stop_file)

    def take(self):
        """A due retry, else a new message; None when everything ended."""
        while True:
            with self.lock:
                now = time.time()
                self.retry.sort(key=lambda r: r[0])
                item = None
                if not self.opts.rate or now >= self.t0 + self.next / self.opts.rate:
                    item = self.new_rec()
                if item is None and self.retry and self.retry[0][0] <= now:
                    item = self.retry.pop(0)
                if item is not None:
                    self.busy += 1
                    return item
                if not self.retry and not self.busy and not self.more():
                    return None
            time.sleep(0.05)

    def one(self, item):
        opts, rec, data = self.opts, item[1], item[2]
        cls = (rec["cls"], rec["port"], rec["rcpt"])
        t0 = time.time()
        code, text = attempt(opts, cls, data)
        rec["attempts"].append([t0, time.time(), code, text])
        if code == 250:
            m = re.search(r"queued as ([0-9A-Za-z]+)", text)
            rec["qid"], rec["final"] = (m.group(1) if m else "-"), 250
        elif code != "conn" and not 400 <= code < 500:
            rec["final"] = code
        elif time.time() - rec["first"] > opts.give_up:
            rec["final"] = "gave-up"
        with self.lock:
            self.busy -= 1
            if code == "conn":
                self.counts["conn"] += 1
            elif 400 <= code < 500:
                self.counts["tempfails"] += 1
            if rec["final"] is None:
                item[0] = time.time() + opts.retry_delay
                self.retry.append(item)
                return
            self.counts["sent"] += 1
            self.counts["accepted"] += rec["final"] == 250
            self.out.write(json.dumps(rec) + "\n")
            self.out.flush()

    def client(self):
        while True:
            item = self.take()
            if item is None:
                return
            self.one(item)
            time.sleep(self.opts.pause)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--tag", required=True)
    ap.add_argument("--class", dest="classes", action="append", required=True)
    ap.add_argument("--count", type=int, default=0)
    ap.add_argument("--stop-file")
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--from", dest="sender", default="alice@example.com")
    ap.add_argument("--pause", type=float, default=0.0)
    ap.add_argument("--window", type=int, default=0)
    ap.add_argument("--rate", type=float, default=0.0)
    ap.add_argument("--retry-delay", type=float, default=0.5)
    ap.add_argument("--give-up", type=float, default=120.0)
    ap.add_argument("--body-lines", type=int, default=20)
    opts = ap.parse_args()
    classes = []
    for c in opts.classes:
        name, port, rcpt = c.split(":", 2)
        classes.append((name, int(port), rcpt))
    opts.classes = classes
    if not opts.count and not opts.stop_file:
        ap.error("--count or --stop-file")
    socket.setdefaulttimeout(60)
    st = Stream(opts)
    threads = [threading.Thread(target=st.client) for _ in range(opts.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    st.out.close()
    c = st.counts
    print("sent=%d accepted=%d tempfails=%d conn_errors=%d" %
          (c["sent"], c["accepted"], c["tempfails"], c["conn"]))
    return 0 if c["sent"] == c["accepted"] else 1


if __name__ == "__main__":
    sys.exit(main())
