#!/usr/bin/python3
"""revsrv.py - the OCSP responder and CRL server of the revocation tests.

    revsrv.py --port PORT --dir PKI [--parent PID]

PKI is what tests/pki/mkrev.sh made. When ready it prints "listening PORT"
on stdout. SIGTERM stops it, and so does the end of process PID.

    POST /ocsp     an OCSP request (application/ocsp-request): answered by
                   a real responder, `openssl ocsp -index ... -reqin
                   -respout` run per request (not `openssl ocsp -port`,
                   which one idle connection wedges)
    GET /ca.crl    the CRL (DER)
Control (not counted):
    GET /mode?ocsp=M&crl=N
        ocsp: ca (the CA signs; default) | resp (its delegated responder)
              | noeku (a certificate of the CA without id-kp-OCSPSigning)
              | rogue (a responder of another CA with the same name, which
                says every certificate is good) | replay (the last answer
                sent again, whatever was asked) | down (the connection is
                closed without an answer) | 500
        crl:  good (default) | expired | forged (signed by the other CA)
              | down | 404
    GET /stats     "ocsp N\\ncrl N\\n": requests since the last reset
    GET /reset     counters zero, modes default
"""
import argparse
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STATE = {"ocsp": "ca", "crl": "good", "n_ocsp": 0, "n_crl": 0, "last": None}
LOCK = threading.Lock()
PKI = "."

SIGNERS = {  # mode: (index, signer, key, extra certificates in the answer)
    "ca": ("index.txt", "ca.pem", "ca.key", None),
    "resp": ("index.txt", "resp.pem", "resp.key", None),
    "noeku": ("index.txt", "resp-noeku.pem", "resp-noeku.key", None),
    "rogue": ("index-allgood.txt", "rogue-resp.pem", "rogue-resp.key", "rogue-ca.pem"),
}
CRLS = {"good": "ca.crl", "expired": "ca-expired.crl", "forged": "ca-forged.crl"}


def respond(req, mode):
    """The DER answer of openssl ocsp to req, signed as mode says."""
    index, signer, key, other = SIGNERS[mode]
    with tempfile.TemporaryDirectory() as tmp:
        reqf, respf = os.path.join(tmp, "req"), os.path.join(tmp, "resp")
        with open(reqf, "wb") as f:
            f.write(req)
        cmd = ["openssl", "ocsp", "-index", index, "-CA", "ca.pem", "-rsigner", signer,
               "-rkey", key, "-nmin", "10", "-reqin", reqf, "-respout", respf]
        if other:
            cmd += ["-rother", other]
        subprocess.run(cmd, cwd=PKI, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        with open(respf, "rb") as f:
            return f.read()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def send(self, code, body, ctype="application/octet-stream"):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        n = int(self.headers.get("Content-Length", "0"))
        req = self.rfile.read(n)
        if self.path != "/ocsp":
            return self.send(404, b"")
        with LOCK:
            STATE["n_ocsp"] += 1
            mode, last = STATE["ocsp"], STATE["last"]
        if mode == "down":
            self.close_connection = True
            return
        if mode == "500":
            return self.send(500, b"")
        if mode == "replay":
            body = last or b""
        else:
            body = respond(req, mode)
            with LOCK:
                STATE["last"] = body
        self.send(200, body, "application/ocsp-response")

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/ca.crl":
            with LOCK:
                STATE["n_crl"] += 1
                mode = STATE["crl"]
            if mode == "down":
                self.close_connection = True
                return
            if mode not in CRLS:
                return self.send(404, b"")
            with open(os.path.join(PKI, CRLS[mode]), "rb") as f:
                return self.send(200, f.read(), "application/pkix-crl")
        if url.path == "/mode":
            q = urllib.parse.parse_qs(url.query)
            with LOCK:
                for k in ("ocsp", "crl"):
                    if k in q:
                        STATE[k] = q[k][0]
            return self.send(200, b"ok\n", "text/plain")
        if url.path == "/stats":
            with LOCK:
                text = "ocsp %d\ncrl %d\n" % (STATE["n_ocsp"], STATE["n_crl"])
            return self.send(200, text.encode(), "text/plain")
        if url.path == "/reset":
            with LOCK:
                STATE.update(ocsp="ca", crl="good", n_ocsp=0, n_crl=0, last=None)
            return self.send(200, b"ok\n", "text/plain")
        self.send(404, b"")


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a port probe that connects and closes: nothing to report


def watch_parent(pid):
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            os._exit(0)
        time.sleep(1)


def main():
    global PKI
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--dir", required=True)
    ap.add_argument("--parent", type=int)
    args = ap.parse_args()
    PKI = args.dir
    srv = Server(("127.0.0.1", args.port), Handler)
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    if args.parent:
        threading.Thread(target=watch_parent, args=(args.parent,), daemon=True).start()
    print("listening %d" % args.port, flush=True)
    sys.stdout.close()
    srv.serve_forever()


if __name__ == "__main__":
    main()
