#!/usr/bin/python3
"""dirserver.py - a test HTTP certificate directory (stdlib only).

    dirserver.py --port PORT --map DIR/directory.txt [--parent PID]

Serves the certificates that directory.txt (tests/pki/mkpki.sh, lines
"ADDRESS FILE...", files PEM and relative to it) lists per address. When
ready it prints "listening PORT" on stdout. SIGTERM stops it (exit 0), and
so does the end of process PID (--parent: a test that crashed).

Lookups (the address in the query parameter "email"):
    GET /pem?email=A     every certificate of A, PEM (200), 404 if A is unknown
    GET /der?email=A     A's first certificate, DER
    GET /p7c?email=A     every certificate of A, PKCS#7 certs-only, DER
    GET /p7pem?email=A   the same PKCS#7, PEM ("-----BEGIN PKCS7-----")
    GET /empty?email=A   204, whatever A is
Control (not counted as lookups):
    GET /mode/M          M = normal | 500 | 404 | garbage | hang | slow; for slow,
                         ?ms=N (default 1500) delays every answer
    GET /stats           "requests N\\nconnections N\\nmax_concurrent N\\n" since
                         the last reset (max_concurrent: most lookups answered
                         at the same time)
    GET /requests        the request targets of the lookups, one per line
    GET /reset           zero the counters, forget the targets, mode normal
Modes apply to lookups: 500 answers HTTP 500, 404 "no certificate" for
every address (what an attacker on a cleartext path can answer), garbage a 200 with a body
that is no certificate, hang holds the request (until the mode changes,
at most 60 s) and closes without an answer.
"""
import argparse
import base64
import os
import signal
import socket
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

OID_DATA = bytes.fromhex("06092a864886f70d010701")
OID_SIGNED = bytes.fromhex("06092a864886f70d010702")


def der_len(n):
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def tlv(tag, content):
    return bytes([tag]) + der_len(len(content)) + content


def pkcs7_certs_only(certs):
    """A ContentInfo SignedData without signers, carrying certs (DER)."""
    signed = (tlv(0x02, b"\x01") + tlv(0x31, b"") + tlv(0x30, OID_DATA) +
              tlv(0xA0, b"".join(certs)) + tlv(0x31, b""))
    return tlv(0x30, OID_SIGNED + tlv(0xA0, tlv(0x30, signed)))


def pem_blocks(text):
    """The DER of every CERTIFICATE block of a PEM text."""
    out, cur = [], None
    for line in text.splitlines():
        if line.startswith("-----BEGIN CERTIFICATE-----"):
            cur = []
        elif line.startswith("-----END CERTIFICATE-----") and cur is not None:
            out.append(base64.b64decode("".join(cur)))
            cur = None
        elif cur is not None:
            cur.append(line.strip())
    return out


def pem_armor(label, der):
    b64 = base64.b64encode(der).decode()
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    return ("-----BEGIN %s-----\n%s\n-----END %s-----\n" %
            (label, "\n".join(lines), label)).encode()


def load_map(path):
    """{address: (pem_bytes, [der...])} from directory.txt."""
    base = os.path.dirname(os.path.abspath(path))
    table = {}
    with open(path, encoding="utf-8") as fp:
        for line in fp:
            words = line.split()
            if not words or words[0].startswith("#"):
                continue
            pem = b""
            for name in words[1:]:
                with open(os.path.join(base, name), "rb") as f:
                    pem += f.read()
            table[words[0]] = (pem, pem_blocks(pem.decode()))
    return table


class State:
    def __init__(self, table):
        self.table = table
        self.lock = threading.Lock()
        self.mode = "normal"
        self.slow_ms = 1500
        self.requests = 0
        self.connections = 0
        self.active = 0  # lookups begun since the last reset, being answered now
        self.max_active = 0
        self.epoch = 0  # resets so far: lookups begun before one do not count
        self.targets = []

    def reset(self):
        with self.lock:
            self.mode, self.requests, self.connections = "normal", 0, 0
            self.epoch += 1
            self.active = self.max_active = 0
            self.targets = []


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state = None  # set in main

    def log_message(self, fmt, *args):
        pass

    def setup(self):
        super().setup()
        # headers and body leave at once (no Nagle / delayed ACK stall)
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.state.lock:
            self.state.connections += 1

    def reply(self, status, body=b"", ctype="text/plain"):
        self.send_response(status)
        if status != 204:
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
        try:
            self.end_headers()
            if status != 204:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (timeout, deadline)

    def control(self, path, query):
        st = self.state
        if path.startswith("/mode/"):
            with st.lock:
                st.mode = path[6:]
                st.slow_ms = int(query.get("ms", ["1500"])[0])
            return self.reply(200, b"ok\n")
        if path == "/stats":
            with st.lock:
                body = "requests %d\nconnections %d\nmax_concurrent %d\n" % (
                    st.requests,
                    st.connections,
                    st.max_active,
                )
            return self.reply(200, body.encode())
        if path == "/requests":
            with st.lock:
                body = "".join(t + "\n" for t in st.targets)
            return self.reply(200, body.encode())
        if path == "/reset":
            st.reset()
            return self.reply(200, b"ok\n")
        return self.reply(404, b"no such control path\n")

    def hang(self):
        st = self.state
        t0 = time.monotonic()
        while time.monotonic() - t0 < 60:
            with st.lock:
                if st.mode != "hang":
                    break
            time.sleep(0.05)
        self.close_connection = True

    def lookup(self, path, query):
        st = self.state
        with st.lock:
            st.requests += 1
            st.active += 1
            st.max_active = max(st.max_active, st.active)
            st.targets.append(self.path)
            epoch = st.epoch
        try:
            return self.answer(path, query)
        finally:
            with st.lock:
                if epoch == st.epoch:
                    st.active -= 1

    def answer(self, path, query):
        st = self.state
        with st.lock:
            mode, slow = st.mode, st.slow_ms
        if mode == "hang":
            return self.hang()
        if mode == "slow":
            time.sleep(slow / 1000.0)
        if mode == "500":
            return self.reply(500, b"internal error\n")
        if mode == "404":
            return self.reply(404, b"no certificate\n")
        if mode == "garbage":
            return self.reply(200, b"this is not a certificate\n", "application/pkix-cert")
        if path == "/empty":
            return self.reply(204)
        addr = query.get("email", [""])[0]
        if addr not in st.table:
            return self.reply(404, b"no certificate\n")
        pem, ders = st.table[addr]
        if path == "/pem":
            return self.reply(200, pem, "application/x-pem-file")
        if path == "/der":
            return self.reply(200, ders[0], "application/pkix-cert")
        p7 = pkcs7_certs_only(ders)
        if path == "/p7c":
            return self.reply(200, p7, "application/pkcs7-mime")
        return self.reply(200, pem_armor("PKCS7", p7), "application/x-pem-file")

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/pem", "/der", "/p7c", "/p7pem", "/empty"):
            return self.lookup(url.path, query)
        return self.control(url.path, query)


def watch(pid, server):
    """Stop serving once process pid is gone."""
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            server.shutdown()
            return
        time.sleep(1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--map", required=True)
    ap.add_argument("--parent", type=int)
    args = ap.parse_args()
    Handler.state = State(load_map(args.map))
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(0))
    if args.parent:
        threading.Thread(target=watch, args=(args.parent, server), daemon=True).start()
    print("listening %d" % args.port, flush=True)
    try:
        server.serve_forever(poll_interval=0.1)
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
