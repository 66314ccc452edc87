#!/usr/bin/python3
"""sinkcheck.py - batch check of what the sink (sink.py) received from a
stream (stream.py), for t_crash.sh and t_outage.sh.

  sinkcheck.py --sink DIR --roots PEM --out FILE [--jobs N]
               [--key RCPT=CERT:KEY ...] [--tag TAG --body-lines N]

For every DIR/*.eml (complete: its .json exists) it finds the Message-ID
and classifies the delivery:
  signed     multipart/signed (or opaque signed-data): openssl cms -verify
             against PEM (-purpose smimesign) must pass; "signers" is the
             number of signer certificates openssl reports, "tokens" the
             number of id-aa-timeStampToken attributes in the SignedData
  encrypted  application/pkcs7-mime enveloped-data: decrypted with the
             --key of its envelope recipient (openssl cms -decrypt), the
             entity inside is checked as "signed" above
  plain      neither; "unchanged" says whether the body is byte for byte
             the one stream.py sent (stream.body(TAG, i, N))
FILE gets {"Message-ID": [delivery, ...]} as JSON, each delivery {"file",
"form", "verified", "signers", "tokens", "unchanged", "error"}.
"""
import argparse
import concurrent.futures
import email
import email.policy
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import stream  # noqa: E402  (body())

TS_OID = bytes.fromhex("060b2a864886f70d010910020e")  # 1.2.840.113549.1.9.16.2.14


def p7_of(raw):
    """The SignedData (DER) of a signed entity, or None."""
    m = email.message_from_bytes(raw, policy=email.policy.compat32)
    if m.is_multipart():
        for part in m.get_payload():
            if "pkcs7-signature" in part.get_content_type():
                return part.get_payload(decode=True)
        return None
    if "pkcs7-mime" in m.get_content_type():
        return m.get_payload(decode=True)
    return None


def check_signed(raw, roots, res):
    p7 = p7_of(raw)
    res["tokens"] = p7.count(TS_OID) if p7 else 0
    with tempfile.NamedTemporaryFile(suffix=".pem") as signers:
        r = subprocess.run(["openssl", "cms", "-verify", "-CAfile", roots,
                            "-purpose", "smimesign", "-signer", signers.name,
                            "-out", "/dev/null"], input=raw,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        res["verified"] = r.returncode == 0
        if r.returncode != 0:
            res["error"] = r.stderr.decode("latin-1")[-300:]
        with open(signers.name, "rb") as f:
            res["signers"] = f.read().count(b"-----BEGIN CERTIFICATE-----")


def form_of(msg):
    ct = (msg.get("Content-Type") or "").lower()
    if "multipart/signed" in ct or "signed-data" in ct:
        return "signed"
    if "enveloped-data" in ct:
        return "encrypted"
    return "plain"


def one(path, opts):
    with open(path, "rb") as f:
        raw = f.read()
    with open(path[:-4] + ".json") as f:
        env = json.load(f)
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    mid = (msg.get("Message-ID") or "").strip().strip("<>")
    res = {"file": path, "form": form_of(msg), "verified": False, "signers": 0,
           "tokens": 0, "unchanged": False, "error": None, "rcpts": env["rcpts"]}
    if res["form"] == "signed":
        check_signed(raw, opts.roots, res)
    elif res["form"] == "encrypted":
        key = opts.keys.get(env["rcpts"][0])
        if key is None:
            res["error"] = "no key for %s" % env["rcpts"][0]
            return mid, res
        r = subprocess.run(["openssl", "cms", "-decrypt", "-recip", key[0],
                            "-inkey", key[1]], input=raw,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if r.returncode != 0 or not r.stdout:
            res["error"] = "decrypt: " + r.stderr.decode("latin-1")[-300:]
            return mid, res
        inner = r.stdout.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        res["inner"] = form_of(email.message_from_bytes(inner, policy=email.policy.compat32))
        if res["inner"] == "signed":
            check_signed(inner, opts.roots, res)
    else:
        m = re.match(r"(.*)\.(\d+)@stream\.test$", mid)
        if m and opts.tag:
            want = stream.body(m.group(1), int(m.group(2)), opts.body_lines).encode()
            got = raw[raw.index(b"\r\n\r\n") + 4:]
            res["unchanged"] = got == want
    return mid, res


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sink", required=True)
    ap.add_argument("--roots", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--key", action="append", default=[])
    ap.add_argument("--tag")
    ap.add_argument("--body-lines", type=int, default=20)
    opts = ap.parse_args()
    opts.keys = {}
    for k in opts.key:
        rcpt, files = k.split("=", 1)
        opts.keys[rcpt] = files.split(":", 1)
    paths = sorted(os.path.join(opts.sink, f) for f in os.listdir(opts.sink)
                   if f.endswith(".eml") and
                   os.path.exists(os.path.join(opts.sink, f[:-4] + ".json")))
    out = {}
    with concurrent.futures.ThreadPoolExecutor(opts.jobs) as ex:
        for mid, res in ex.map(lambda p: one(p, opts), paths):
            out.setdefault(mid, []).append(res)
    with open(opts.out, "w") as f:
        json.dump(out, f, indent=1)
    print("checked %d deliveries, %d Message-IDs" % (len(paths), len(out)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
