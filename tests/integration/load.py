#!/usr/bin/python3
"""load.py - load driver and checker for t_load.sh (issue #6, part 5).

  load.py prepare --corpus DIR --out DIR [--skip 'NAME ...'] [--max-bytes N]
      DIR/NAME.eml for every corpus message certmilter signs, prepared as
      send.py --no-send --set-from 'Alice Example <alice@example.com>'
      does it (mbox From line dropped, From: replaced). Left out and
      counted: inputs already S/MIME or PGP/MIME at the top level
      (emusign.py's is_protected: certmilter passes them through), the
      names in --skip (refused by design), files over --max-bytes. Prints
      "# N inputs (K KB); left out: ...".

  load.py send --port PORT --inputs DIR --n N --c C --manifest FILE
               [--seed S] [--pid-file F | --pid PID] [--rss-out FILE]
      Send N messages over C concurrent SMTP sessions (one thread and one
      connection each, many transactions per connection) to 127.0.0.1:PORT.
      Message k's body is DIR/NAME.eml (prepared by send.py --no-send
      --set-from, chosen at random with seed S among the files of DIR,
      which hold only inputs certmilter signs) with every line ending made
      CRLF (what send.py does) and one header field "X-Load-Id: load-k"
      put first; envelope MAIL FROM:<alice@example.com>, RCPT
      TO:<load-k@sink.example>. A 4xx reply (or a lost connection) is
      retried after a pause (RSET, or a new connection), up to 50 times;
      a 5xx reply is final (the message counts as lost). FILE gets one line
      per message: "k NAME STATUS TRIES" (STATUS 250, or the last code).
      While it runs, a thread samples VmHWM and VmRSS of the certmilter
      supervisor (PID, or the pid in F) and of all its children every
      0.25 s; --rss-out gets a JSON summary (peak VmHWM of every process,
      the worker pids seen, VmRSS of the worker at every 10 % of the run).
      Prints one JSON line: sent, accepted, rejected, retries, seconds.

  load.py refs --port PORT --inputs DIR
      Send every input once, as it is, to ref-NAME@sink.example (over 4
      sessions): the reference copies, delivered without a milter.

  load.py check --sink DIR --refs DIR --inputs DIR --manifest FILE
                --roots PEM [--jobs J] [--mta-host mx.test.example]
                [--cut-ok 'NAME ...']
      Match the sink's messages (sink.py: NNNNNN.eml + .json) to the
      manifest and check every one, in J processes:
        - delivered once (envelope recipient load-k@sink.example), with
          X-Load-Id: load-k at the top (the same message);
        - multipart/signed with two parts (verify.py's Signed);
        - openssl cms -verify -in MSG -CAfile PEM -no-CApath -no-CAstore
          -purpose smimesign (every signature verifies over part 1);
        - its top-level header fields (other than Content-*, MIME-Version,
          X-Load-Id and the test Postfix's own Received:) are those of the
          input's reference copy in --refs DIR, byte for byte (verify.py's
          top_fields and check_headers rule); for the inputs named in
          --cut-ok a field may instead be the reference's cut short after
          a whole line (see t_load.sh: Postfix does that to a 130 KB To:);
        - its part 1 carries the input's content: verify.py's content
          comparison (every leaf's type, charset, filename and decoded
          bytes, embedded messages' headers) of part 1 against the sent
          input. That comparison runs once per distinct (input, sha256 of
          part 1): a part 1 byte-identical to one that passed for the same
          input passes too.
      Prints "FAIL: ..." lines for the first problems (at most 20 per kind)
      and one JSON line: sent, delivered, verified, corrupted, lost,
      duplicated, unknown, distinct_part1. Exit 1 on any problem.

  load.py negative --sink DIR --manifest FILE --out DIR --manifest-out FILE
      The negative control: a copy of the first 20 messages with faults
      that check must report (lost 1, duplicated 1, unverified 1,
      corrupted 2: a wrong X-Load-Id, the signed body of another input).

stdlib + verify.py (same directory); run with /usr/bin/python3.
"""
import hashlib
import json
import multiprocessing
import os
import queue
import random
import re
import smtplib
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import emusign  # noqa: E402  tests/integration/emusign.py
import send as sendpy  # noqa: E402  tests/integration/send.py
import verify  # noqa: E402  tests/integration/verify.py

MAX_TRIES = 50


def opts_of(argv):
    opts = {}
    for i in range(0, len(argv) - 1, 2):
        opts[argv[i].lstrip("-").replace("-", "_")] = argv[i + 1]
    return opts


def fix_eols(data):
    """What send.py (and smtplib for a str) does: bare CR, LF -> CRLF."""
    return re.sub(rb"\r\n|\n|\r(?!\n)", b"\r\n", data)


def load_inputs(directory):
    inputs = {}
    for n in sorted(os.listdir(directory)):
        if n.endswith(".eml"):
            with open(os.path.join(directory, n), "rb") as f:
                inputs[n[:-4]] = fix_eols(f.read())
    return inputs


def message(inputs, name, k):
    """Message k as it goes over the wire (smtplib adds a final CRLF when
    there is none), before the dot-stuffing."""
    data = b"X-Load-Id: load-%d\r\n" % k + inputs[name]
    return data if data.endswith(b"\r\n") else data + b"\r\n"


# --------------------------------------------------------------- prepare


def prepare(argv):
    o = opts_of(argv)
    skip = set(o.get("skip", "").split())
    limit = int(o.get("max_bytes") or 0)
    os.makedirs(o["out"], exist_ok=True)
    n = size = nprot = nskip = nbig = 0
    for f in sorted(os.listdir(o["corpus"])):
        if not f.endswith(".eml"):
            continue
        with open(os.path.join(o["corpus"], f), "rb") as fh:
            raw = fh.read()
        data = sendpy.prepare(raw, "Alice Example <alice@example.com>")
        if f[:-4] in skip:
            nskip += 1
        elif limit and len(raw) > limit:
            nbig += 1
        elif emusign.is_protected(data):
            nprot += 1
        else:
            with open(os.path.join(o["out"], f), "wb") as fh:
                fh.write(data)
            n, size = n + 1, size + len(data)
    print("# %d inputs (%d KB); left out: %d already protected (passed "
          "through unchanged), %d refused by design (%s), %d over "
          "LOAD_MAX_BYTES" % (n, size // 1024, nprot, nskip,
                              " ".join(sorted(skip)), nbig))
    return 0 if n else 1


# ------------------------------------------------------------------ send


def read_status(pid):
    vals = {}
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith(("VmHWM:", "VmRSS:")):
                    vals[line[:5]] = int(line.split()[1])
    except OSError:
        return None
    return vals


def children(pid):
    kids = []
    try:
        for t in os.listdir("/proc/%d/task" % pid):
            with open("/proc/%d/task/%s/children" % (pid, t)) as f:
                kids += [int(x) for x in f.read().split()]
    except OSError:
        pass
    return kids


class RssSampler(threading.Thread):
    def __init__(self, pid, progress):
        super().__init__(daemon=True)
        self.pid, self.progress = pid, progress
        self.hwm, self.workers, self.marks = {}, [], {}
        self.stop = threading.Event()

    def sample(self):
        for p in [self.pid] + children(self.pid):
            st = read_status(p)
            if not st:
                continue
            self.hwm[p] = max(self.hwm.get(p, 0), st.get("VmHWM", 0))
            if p != self.pid:
                if p not in self.workers:
                    self.workers.append(p)
                done = self.progress()
                for mark in range(10, 101, 10):
                    if done >= mark and mark not in self.marks:
                        self.marks[mark] = st.get("VmRSS", 0)

    def run(self):
        while not self.stop.wait(0.25):
            self.sample()
        self.sample()

    def summary(self):
        return {"peak_hwm_kb": max(self.hwm.values(), default=0),
                "hwm_kb": {str(p): v for p, v in self.hwm.items()},
                "workers": self.workers,
                "worker_rss_kb_at_pct": {str(k): v for k, v in
                                         sorted(self.marks.items())}}


class Sender:
    """plan: one (envelope recipient, message bytes) function argument per
    message: job(k) -> (rcpt, data)."""

    def __init__(self, port, job, n):
        self.port, self.job, self.plan = port, job, range(n)
        self.todo = queue.Queue()
        for k in range(n):
            self.todo.put(k)
        self.result = {}  # k -> (code, tries)
        self.lock = threading.Lock()
        self.retries = 0

    def progress(self):
        return 100 * len(self.result) // max(1, len(self.plan))

    def connect(self):
        smtp = smtplib.SMTP("127.0.0.1", self.port, timeout=300)
        smtp.ehlo("load.test.example")
        return smtp

    def one(self, smtp, k):
        """One transaction: the final reply code."""
        rcpt, data = self.job(k)
        mopts = ["BODY=8BITMIME"] if re.search(rb"[\x80-\xff]", data) else []
        code, _ = smtp.mail("alice@example.com", mopts)
        if code == 250:
            code, _ = smtp.rcpt(rcpt)
        if code in (250, 251):
            code, _ = smtp.data(data)
        elif code < 500:
            smtp.rset()
        return code

    def worker(self):
        smtp, tries = None, {}
        while True:
            try:
                k = self.todo.get_nowait()
            except queue.Empty:
                break
            while True:
                tries[k] = tries.get(k, 0) + 1
                try:
                    smtp = smtp or self.connect()
                    code = self.one(smtp, k)
                except (OSError, smtplib.SMTPException):
                    code = 421
                    if smtp:
                        smtp.close()
                    smtp = None
                if code == 250 or code >= 500 or tries[k] >= MAX_TRIES:
                    break
                with self.lock:
                    self.retries += 1
                time.sleep(0.5)
            with self.lock:
                self.result[k] = (code, tries[k])
        if smtp:
            try:
                smtp.quit()
            except (OSError, smtplib.SMTPException):
                smtp.close()


def refs(argv):
    """Every input once to ref-NAME@sink.example (the reference path)."""
    o = opts_of(argv)
    inputs = load_inputs(o["inputs"])
    names = sorted(inputs)
    snd = Sender(int(o["port"]), lambda k: ("ref-%s@sink.example" % names[k],
                                            inputs[names[k]]), len(names))
    threads = [threading.Thread(target=snd.worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    bad = [names[k] for k in range(len(names)) if snd.result[k][0] != 250]
    print("# %d reference copies sent%s" % (len(names) - len(bad), bad and
          ", refused: " + " ".join(bad) or ""))
    return 1 if bad else 0


def send(argv):
    o = opts_of(argv)
    inputs = load_inputs(o["inputs"])
    n, c = int(o["n"]), int(o["c"])
    rnd = random.Random(int(o.get("seed", "1")))
    names = sorted(inputs)
    plan = [rnd.choice(names) for _ in range(n)]
    snd = Sender(int(o["port"]), lambda k: ("load-%d@sink.example" % k,
                                            message(inputs, plan[k], k)), n)
    pid = int(o["pid"]) if "pid" in o else None
    if "pid_file" in o:
        with open(o["pid_file"]) as f:
            pid = int(f.read().split()[0])
    sampler = RssSampler(pid, snd.progress) if pid else None
    if sampler:
        sampler.start()
    start = time.time()
    threads = [threading.Thread(target=snd.worker) for _ in range(c)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    secs = time.time() - start
    if sampler:
        sampler.stop.set()
        sampler.join()
        with open(o["rss_out"], "w") as f:
            json.dump(sampler.summary(), f)
    with open(o["manifest"], "w") as f:
        for k in range(n):
            code, tries = snd.result.get(k, (0, 0))
            f.write("%d %s %d %d\n" % (k, plan[k], code, tries))
    acc = sum(1 for r in snd.result.values() if r[0] == 250)
    print(json.dumps({"sent": n, "accepted": acc, "rejected": n - acc,
                      "retries": snd.retries, "seconds": round(secs, 1),
                      "bytes": sum(len(inputs[x]) for x in plan)}))
    return 0


# ----------------------------------------------------------------- check

W = {}  # per worker process: inputs, roots, opts


def init_worker(inputs_dir, roots, mta, refs, cut):
    W["cut"] = cut
    W["inputs"] = load_inputs(inputs_dir)
    W["roots"] = roots
    W["opts"] = {"mta": mta, "ignore": {"x-load-id"}}
    W["refs"] = {}
    for name, path in refs.items():
        with open(path, "rb") as f:
            W["refs"][name] = verify.top_fields(f.read(), W["opts"])


def headers_differ(got, want, cut_ok):
    """None when the top-level fields are the reference's; with cut_ok, a
    field may also be a shorter prefix of the reference's (whole lines)."""
    if want is None:
        return "no reference copy"
    if len(got) != len(want):
        return "%d top-level header fields, reference %d" % (len(got), len(want))
    for i, (g, w) in enumerate(zip(got, want)):
        if g != w and not (cut_ok and w.startswith(g) and g.endswith(b"\n")):
            return "top-level header field %d differs: %r, reference %r" % (
                i, g[:80], w[:80])
    return None


def check_one(job):
    """(k, name, path) -> (k, signature verified, problem kind or None, why,
    sha256 of part 1 when there is no problem)"""
    k, name, path = job
    with open(path, "rb") as f:
        data = f.read()
    fields, _ = verify.split_head(data)
    ids = [verify.field_value(x).strip() for x in fields
           if verify.field_name(x) == "x-load-id"]
    if ids != ["load-%d" % k]:
        return k, False, "corrupted", "X-Load-Id %r, want load-%d" % (ids, k), None
    sg = verify.Signed(data)
    if sg.ctype.get_content_type() != "multipart/signed":
        return k, False, "corrupted", "not signed: %s" % sg.ctype.get_content_type(), None
    why = sg.split()
    if why:
        return k, False, "corrupted", why, None
    r = subprocess.run(["openssl", "cms", "-verify", "-in", path,
                        "-CAfile", W["roots"], "-no-CApath", "-no-CAstore",
                        "-purpose", "smimesign", "-out", os.devnull],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if r.returncode != 0:
        return k, False, "unverified", r.stderr.decode("utf-8", "replace")[:200], None
    why = headers_differ(verify.top_fields(data, W["opts"]),
                         W["refs"].get(name), name in W["cut"])
    if why:
        return k, True, "corrupted", why, None
    return k, True, None, None, hashlib.sha256(sg.part1).hexdigest()


def content_ok(data, ref):
    """verify.py's content comparison: None when equal, else why."""
    class Rep:
        why = None

        def check(self, check, why):
            Rep.why = why

        def info(self, text):
            pass
    verify.check_content(Rep(), data, ref)
    return Rep.why


def read_manifest(path):
    plan = {}
    with open(path) as f:
        for line in f:
            k, name, code, tries = line.split()
            plan[int(k)] = (name, int(code), int(tries))
    return plan


def delivered(sink):
    """({k: [paths]}, [unknown paths], {input name: reference copy})"""
    got, unknown, refs = {}, [], {}
    for n in sorted(os.listdir(sink)):
        if not n.endswith(".json"):
            continue
        with open(os.path.join(sink, n)) as f:
            env = json.load(f)
        path = os.path.join(sink, n[:-5] + ".eml")
        if len(env["rcpts"]) == 1 and env["rcpts"][0].startswith("ref-"):
            refs[env["rcpts"][0][4:].rsplit("@", 1)[0]] = path
            continue
        m = [re.fullmatch(r"load-(\d+)@sink\.example", r) for r in env["rcpts"]]
        if len(m) != 1 or not m[0]:
            unknown.append(path)
            continue
        got.setdefault(int(m[0].group(1)), []).append(path)
    return got, unknown, refs


class Tally:
    def __init__(self):
        self.n, self.shown = {}, {}

    def bad(self, kind, why):
        self.n[kind] = self.n.get(kind, 0) + 1
        if self.shown.get(kind, 0) < 20:
            self.shown[kind] = self.shown.get(kind, 0) + 1
            print("FAIL: %s: %s" % (kind, why))


def check_all(o, plan, got, refs, tally):
    inputs = load_inputs(o["inputs"])
    jobs = [(k, plan[k][0], paths[0]) for k, paths in sorted(got.items())
            if k in plan]
    verified, seen = 0, {}
    with multiprocessing.Pool(int(o.get("jobs", "2")), init_worker,
                              (o["inputs"], o["roots"],
                               o.get("mta_host", "mx.test.example"),
                               refs, set(o.get("cut_ok", "").split()))) as pool:
        for k, ok, kind, why, digest in pool.imap_unordered(check_one, jobs, 8):
            verified += ok
            if kind:
                tally.bad(kind, "load-%d (%s, %s): %s" % (k, plan[k][0], got[k][0], why))
                continue
            key = (plan[k][0], digest)
            if key not in seen:
                with open(got[k][0], "rb") as f:
                    sg = verify.Signed(f.read())
                sg.split()
                seen[key] = content_ok(sg.part1, message(inputs, plan[k][0], k))
            if seen[key]:
                tally.bad("corrupted", "load-%d (%s): content: %s" % (k, plan[k][0], seen[key]))
    return verified, len(seen)


def check(argv):
    o = opts_of(argv)
    plan = read_manifest(o["manifest"])
    got, unknown, late = delivered(o["sink"])
    refs = delivered(o["refs"])[2]
    tally = Tally()
    unknown += late.values()
    for path in unknown:
        tally.bad("unknown", "%s: not one load-N recipient" % path)
    for k, (name, code, tries) in sorted(plan.items()):
        if code != 250:
            tally.bad("lost", "load-%d (%s): refused, last reply %d after %d tries" % (k, name, code, tries))
        elif k not in got:
            tally.bad("lost", "load-%d (%s): accepted, never delivered" % (k, name))
    for k, paths in sorted(got.items()):
        if k not in plan:
            tally.bad("unknown", "load-%d was never sent: %s" % (k, paths[0]))
        elif len(paths) > 1:
            tally.bad("duplicated", "load-%d delivered %d times" % (k, len(paths)))
    verified, distinct = check_all(o, plan, got, refs, tally)
    summary = {"sent": len(plan), "delivered": sum(len(p) for p in got.values()) + len(unknown),
               "verified": verified, "distinct_part1": distinct}
    for kind in ("corrupted", "unverified", "lost", "duplicated", "unknown"):
        summary[kind] = tally.n.get(kind, 0)
    print(json.dumps(summary))
    return 1 if tally.n else 0


# -------------------------------------------------------------- negative


def negative(argv):
    """A broken copy of the first 20 messages: check must find each fault."""
    o = opts_of(argv)
    plan = read_manifest(o["manifest"])
    got = delivered(o["sink"])[0]
    ks = [k for k in range(20) if k in got]
    os.makedirs(o["out"])
    with open(o["manifest_out"], "w") as f:
        for k in range(20):
            f.write("%d %s %d %d\n" % ((k,) + plan[k]))
    msgs = {}
    for k in ks:
        with open(got[k][0], "rb") as f:
            msgs[k] = f.read()
    # k 0: lost; k 1: delivered twice; k 2: one byte of part 1 changed
    # (signature fails); k 3: X-Load-Id of another message; k 4: headers
    # of k 4, body (Content-Type, signed part 1, signature) of a message
    # of another input: verifies, but the content is not k 4's input's
    del msgs[0]
    sg = verify.Signed(msgs[2])
    sg.split()
    at = sg.part1_range[1] - 20
    while not msgs[2][at:at + 1].isalpha():
        at -= 1
    msgs[2] = msgs[2][:at] + bytes([msgs[2][at] ^ 0x20]) + msgs[2][at + 1:]
    msgs[3] = msgs[3].replace(b"X-Load-Id: load-3\r\n", b"X-Load-Id: load-19\r\n", 1)
    j = next(j for j in range(5, 20) if plan[j][0] != plan[4][0])
    f4 = verify.split_head(msgs[4])[0]
    fj, at = verify.split_head(msgs[j])
    keep = lambda fs, content: [x for x in fs if (verify.field_name(x).startswith(
        "content-") or verify.field_name(x) == "mime-version") == content]
    msgs[4] = b"".join(keep(f4, False) + keep(fj, True)) + b"\r\n" + msgs[j][at:]
    n = 0
    for k, data in sorted(msgs.items()) + [(1, msgs[1])]:
        n += 1
        base = os.path.join(o["out"], "%06d" % n)
        with open(base + ".eml", "wb") as f:
            f.write(data)
        with open(base + ".json", "w") as f:
            json.dump({"rcpts": ["load-%d@sink.example" % k]}, f)
    print("# negative control: load-0 lost, load-1 twice, load-2 one byte of "
          "part 1 changed, load-3 X-Load-Id load-19, load-4 with the body of "
          "load-%d (%s, not %s)" % (j, plan[j][0], plan[4][0]))
    return 0


def main(argv):
    if len(argv) > 1 and argv[1] == "prepare":
        return prepare(argv[2:])
    if len(argv) > 1 and argv[1] == "refs":
        return refs(argv[2:])
    if len(argv) > 1 and argv[1] == "negative":
        return negative(argv[2:])
    if len(argv) > 1 and argv[1] == "send":
        return send(argv[2:])
    if len(argv) > 1 and argv[1] == "check":
        return check(argv[2:])
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
