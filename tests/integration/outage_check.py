#!/usr/bin/python3
"""outage_check.py - the verdicts of t_outage.sh (see there for the set-up).

  outage_check.py WORK NAME=PORT:LOG...

Reads WORK/phases ("NAME START END" per line, seconds since the epoch),
WORK/stream.jsonl (stream.py), WORK/check.json (sinkcheck.py) and each
instance's certmilter LOG; prints PASS:/FAIL: lines and "#" figures.
"""
import collections
import json
import os
import re
import sys

# forms of a delivery
ENC, TS2, TS0, PLAIN = "encrypted", "signed+2 tokens", "signed+0 tokens", "unchanged"
# what each (instance, kind) may arrive as, and what an attempt made wholly
# inside an outage phase must end in (451, or accepted as FORM)
ALLOWED = {
    ("T", "opp"): {ENC}, ("T", "req"): {ENC}, ("T", "ts"): {TS2},
    ("S", "opp"): {ENC, PLAIN}, ("S", "req"): {ENC}, ("S", "ts"): {TS2, TS0},
    ("A", "opp"): {ENC}, ("A", "req"): {ENC}, ("A", "ts"): {TS2, PLAIN},
}
IN_OUTAGE = {
    ("T", "opp"): 451, ("T", "req"): 451, ("T", "ts"): 451,
    ("S", "opp"): PLAIN, ("S", "req"): 451, ("S", "ts"): TS0,
    ("A", "opp"): 451, ("A", "req"): 451, ("A", "ts"): PLAIN,
}
FULL = {"opp": ENC, "req": ENC, "ts": TS2}


def form(d):
    """The form of one delivery (sinkcheck.py record), or why it is none."""
    if d["form"] == "plain":
        return PLAIN if d["unchanged"] else "plain but modified"
    if d["form"] == "encrypted":
        ok = d.get("inner") == "signed" and d["verified"] and d["signers"] == 2
        return ENC if ok else "encrypted, inside: %s" % (d["error"] or d.get("inner"))
    if not d["verified"] or d["signers"] != 2:
        return "signed, %d signers, verify: %s" % (d["signers"], d["error"])
    return {2: TS2, 0: TS0}.get(d["tokens"], "signed+%d tokens" % d["tokens"])


def audit_lines(log):
    """qid -> the audit line's fields (the last line for that qid)."""
    out = {}
    with open(log, errors="replace") as f:
        for line in f:
            m = re.search(r"([0-9A-Za-z]+): dir=out (.*)", line)
            if m:
                out[m.group(1)] = m.group(2)
    return out


def audit_agrees(fields, frm):
    """Does the audit line say what the sink got?"""
    if "action=accept" not in fields:
        return False
    enc = re.search(r"encrypted=(\d+)/(\d+)", fields)
    ts = re.search(r"ts=(\d+)/(\d+)", fields)
    if frm == ENC:
        return enc is not None and enc.group(1) == enc.group(2) != "0"
    if frm in (TS2, TS0):
        return ts is not None and int(ts.group(1)) == (2 if frm == TS2 else 0) and \
            "signed=vp,v4" in fields
    return frm == PLAIN and "signed=vp" not in fields


def phase_of(t0, t1, phases):
    for name, (a, b) in phases.items():
        if a <= t0 and t1 <= b:
            return name
    return None


class Report:
    def __init__(self):
        self.bad = collections.defaultdict(list)

    def expect(self, name, ok, what):
        if not ok:
            self.bad[name].append(what)

    def verdict(self, name, text):
        if self.bad[name]:
            print("FAIL: %s: %d: %s" % (name, len(self.bad[name]), "; ".join(self.bad[name][:6])))
        else:
            print("PASS: %s" % text)


def main():
    work = sys.argv[1]
    inst = {}
    for a in sys.argv[2:]:
        name, rest = a.split("=", 1)
        port, log = rest.split(":", 1)
        inst[name] = (int(port), audit_lines(log), log)
    phases = {}
    for line in open(os.path.join(work, "phases")):
        n, a, b = line.split()
        phases[n] = (float(a), float(b))
    recs = [json.loads(line) for line in open(os.path.join(work, "stream.jsonl"))]
    seen = json.load(open(os.path.join(work, "check.json")))
    rep = Report()
    fig = collections.defaultdict(collections.Counter)
    inside = collections.Counter()
    c451 = collections.Counter()
    for r in recs:
        i, kind = r["cls"].split("-")
        got = seen.get(r["mid"], [])
        first = r["attempts"][0]
        ph = phase_of(first[0], first[0], phases) or "between"
        f = fig[ph]
        f["sent"] += 1
        f["tempfailed"] += any(a[2] != 250 for a in r["attempts"])
        c451[i] += sum(a[2] == 451 for a in r["attempts"])
        rep.expect("accepted", r["final"] == 250, "%s %s: %s" % (r["mid"], r["cls"], r["final"]))
        rep.expect("exactly once", len(got) == 1, "%s: %d deliveries" % (r["mid"], len(got)))
        if not got:
            continue
        frm = form(got[0])
        f["delivered"] += 1
        f["encrypted"] += frm == ENC
        f["with tokens"] += got[0]["tokens"] > 0
        rep.expect("protection", frm in ALLOWED[(i, kind)],
                   "%s %s delivered %s, allowed %s" % (r["mid"], r["cls"], frm,
                                                       "/".join(sorted(ALLOWED[(i, kind)]))))
        fields = inst[i][1].get(r["qid"] or "-", "")
        rep.expect("audit", audit_agrees(fields, frm),
                   "%s %s delivered %s, audit: %s" % (r["mid"], r["cls"], frm, fields or "none"))
        for a in r["attempts"]:
            ap = phase_of(a[0], a[1], phases)
            if ap is None:
                continue
            want = IN_OUTAGE[(i, kind)] if ap in ("down", "hang") else FULL[kind]
            outcome = a[2] if a[2] != 250 else frm
            inside[(ap, i, kind, outcome)] += 1
            rep.expect("phase " + ap, outcome == want,
                       "%s %s attempt wholly in %s: %s, want %s" % (r["mid"], r["cls"], ap,
                                                                    outcome, want))
    n = len(recs)
    rep.verdict("accepted", "all %d messages accepted in the end" % n)
    rep.verdict("exactly once", "every message delivered exactly once (%d)" % n)
    rep.verdict("protection", "every delivery in a form its rule and failure action allow: "
                "required never unencrypted, T's timestamped never without tokens")
    rep.verdict("audit", "the audit line of every accepted message says what was delivered")
    for ap in ("normal", "down", "hang", "back"):
        text = ", ".join("%s-%s %s x%d" % (k[1], k[2], k[3], v)
                         for k, v in sorted(inside.items(), key=str) if k[0] == ap)
        rep.verdict("phase " + ap, "attempts wholly in %s ended as configured: %s" % (ap, text))
    for ap in ("down", "hang"):  # the outage really hit every configured action
        for key, want in IN_OUTAGE.items():
            if not inside[(ap, key[0], key[1], want)]:
                rep.expect("coverage " + ap, False, "no %s-%s attempt ended %s" % (key + (want,)))
        rep.verdict("coverage " + ap, "%s: every (instance, kind) had attempts ending in its"
                    " configured action" % ap)
    for i, (port, _, log) in sorted(inst.items()):
        temp = sum(1 for line in open(log, errors="replace")
                   if re.search(r": dir=out .*action=tempfail", line))
        rep.expect("451 " + i, temp == c451[i], "%d audit lines action=tempfail, clients saw %d"
                   " 451 replies" % (temp, c451[i]))
        rep.verdict("451 " + i, "instance %s: %d audit lines action=tempfail = %d 451 replies seen"
                    % (i, temp, c451[i]))
    for ap in ("normal", "down", "hang", "back", "between"):
        f = fig[ap]
        print("# phase %-7s sent=%d delivered=%d encrypted=%d with_tokens=%d tempfailed=%d"
              % (ap, f["sent"], f["delivered"], f["encrypted"], f["with tokens"], f["tempfailed"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
