#!/usr/bin/env python3
"""metrics_check.py - compare a GET /metrics scrape with the audit lines
certmilter logged in the same run (tests/integration/t_metrics.sh).

  metrics_check.py SCRAPE LOG [--pki DIR] [--tsa-ok]

The scrape is parsed with prometheus_client's OpenMetrics parser (strict:
it refuses a malformed exposition). Then, each on a line of its own,
"PASS: what" or "FAIL: what: detail":
  - messages_total{direction,action} equals the audit lines by dir= and
    action=;
  - signatures_total{class} equals the classes of every signed= field;
  - timestamps_total{result} equals the sums of ts=DONE/WANTED;
  - encryptions_total{outcome} equals the lines with encrypted=
    (accept with some encrypted: encrypted; accept with none: plaintext;
    reject; tempfail) and the "split:" lines;
  - with --pki, certificate_expiry_seconds of every keystore certificate
    equals its notAfter as openssl reads it, within 120 s;
  - with --tsa-ok, tsa_requests_total{outcome="ok"} equals the timestamps
    added (one request per timestamp);
  - with --directory (messages sent one at a time, so no two lookups share
    a request): the directory requests equal the directory cache's misses,
    there were hits, and the lookups gauge reads 0 running, 0 queued.
"""
import collections
import datetime
import glob
import re
import subprocess
import sys
import time

from prometheus_client.openmetrics.parser import text_string_to_metric_families

FIELD = re.compile(r' ([a-z_]+)=("(?:[^"\\]|\\.)*"|\S*)')


def audit_lines(log):
    out = []
    with open(log, encoding="utf-8", errors="replace") as f:
        for line in f:
            if ": dir=" not in line:
                continue
            tail = line[line.index(": dir=") + 1:]
            out.append({k: v.strip('"') for k, v in FIELD.findall(tail)})
    return out


def splits(log):
    with open(log, encoding="utf-8", errors="replace") as f:
        return sum(1 for line in f if "split: <" in line and ": 452 " in line)


def samples(scrape):
    fams = list(text_string_to_metric_families(scrape))
    got = collections.defaultdict(float)
    for fam in fams:
        for s in fam.samples:
            got[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return fams, got


def want_counts(lines, nsplit):
    want = collections.Counter()
    for a in lines:
        action = a.get("action", "accept")
        want[("certmilter_messages_total", (("action", action), ("direction", a["dir"])))] += 1
        for c in filter(None, a.get("signed", "").split(",")):
            want[("certmilter_signatures_total", (("class", c),))] += 1
        if "ts" in a:
            done, wanted = (int(x) for x in a["ts"].split("/"))
            want[("certmilter_timestamps_total", (("result", "done"),))] += done
            want[("certmilter_timestamps_total", (("result", "missing"),))] += wanted - done
        if "encrypted" in a:
            done = int(a["encrypted"].split("/")[0])
            outcome = {"reject": "reject", "tempfail": "tempfail"}.get(
                action, "encrypted" if done > 0 else "plaintext")
            want[("certmilter_encryptions_total", (("outcome", outcome),))] += 1
    want[("certmilter_encryptions_total", (("outcome", "split"),))] += nsplit
    return want


def check_counts(got, want):
    bad = 0
    names = {k[0] for k in want}
    keys = set(want) | {k for k in got if k[0] in names}
    for key in sorted(keys):
        if got.get(key, 0) != want.get(key, 0):
            print("FAIL: %s%s: scraped %g, audit lines say %d"
                  % (key[0], dict(key[1]), got.get(key, 0), want.get(key, 0)))
            bad += 1
    nonzero = sum(1 for k in keys if want.get(k, 0))
    if not bad:
        print("PASS: %d series of messages, signatures, timestamps and encryptions equal "
              "what %d audit lines count (%d of them non-zero)"
              % (len(keys), sum(v for k, v in want.items()
                                if k[0] == "certmilter_messages_total"), nonzero))
    return bad


def check_expiry(got, pki):
    bad = n = 0
    now = time.time()
    for pem in sorted(glob.glob(pki + "/keys/*.pem")):
        txt = subprocess.run(["openssl", "x509", "-in", pem, "-noout", "-serial", "-enddate"],
                             capture_output=True, text=True).stdout
        serial = re.search(r"serial=(\w+)", txt).group(1)
        end = re.search(r"notAfter=(.*)", txt).group(1).strip()
        t = datetime.datetime.strptime(end, "%b %d %H:%M:%S %Y %Z").replace(
            tzinfo=datetime.timezone.utc).timestamp()
        vals = [v for (name, labels), v in got.items()
                if name == "certmilter_certificate_expiry_seconds"
                and dict(labels).get("serial") == serial]
        if not vals:
            continue  # not in force: no key, or not loaded
        n += 1
        if any(abs(v - (t - now)) > 120 for v in vals):
            print("FAIL: expiry of %s (serial %s): scraped %s, openssl %d"
                  % (pem, serial, vals, t - now))
            bad += 1
    if n == 0:
        print("FAIL: expiry: no keystore certificate in the scrape")
        return 1
    if not bad:
        print("PASS: certificate_expiry_seconds of %d keystore certificates equals "
              "openssl's notAfter (within 120 s)" % n)
    return bad


def main():
    scrape = open(sys.argv[1], encoding="utf-8").read()
    lines = audit_lines(sys.argv[2])
    try:
        fams, got = samples(scrape)
    except Exception as e:  # the parser's verdict is the check
        print("FAIL: OpenMetrics parser refuses the scrape: %s" % e)
        return 1
    print("PASS: prometheus_client's OpenMetrics parser reads %d families" % len(fams))
    bad = check_counts(got, want_counts(lines, splits(sys.argv[2])))
    if "--pki" in sys.argv:
        bad += check_expiry(got, sys.argv[sys.argv.index("--pki") + 1])
    if "--tsa-ok" in sys.argv:
        ok = sum(v for (name, labels), v in got.items()
                 if name == "certmilter_tsa_requests_total" and dict(labels)["outcome"] == "ok")
        done = got.get(("certmilter_timestamps_total", (("result", "done"),)), 0)
        if ok == done and ok > 0:
            print("PASS: tsa_requests_total ok (%d) equals the timestamps added" % ok)
        else:
            print("FAIL: tsa_requests_total ok %d, timestamps added %d" % (ok, done))
            bad += 1
    if "--directory" in sys.argv:
        bad += check_directory(got)
    return 1 if bad else 0


def check_directory(got):
    req = sum(v for (name, _), v in got.items() if name == "certmilter_directory_requests_total")
    cache = {dict(l)["result"]: v for (name, l), v in got.items()
             if name == "certmilter_cache_lookups_total" and dict(l)["cache"] == "directory"}
    gauge = {dict(l)["state"]: v for (name, l), v in got.items()
             if name == "certmilter_directory_lookups"}
    if req == cache.get("miss") and req > 0 and cache.get("hit", 0) > 0 and \
            gauge == {"running": 0, "queued": 0}:
        print("PASS: %d directory requests = the cache's misses; %d hits; "
              "lookups in flight 0" % (req, cache["hit"]))
        return 0
    print("FAIL: directory: requests %g, cache %s, gauge %s" % (req, cache, gauge))
    return 1


if __name__ == "__main__":
    sys.exit(main())
