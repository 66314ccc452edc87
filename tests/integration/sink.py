#!/usr/bin/python3
"""sink.py - byte-exact SMTP sink for the certmilter integration tests.

Why not smtp-sink(1): its -d dumps end every line with LF, drop bare CR
characters ("a\\rb" is written as "ab") and append an empty line, so the
bytes a verifier sees are not the bytes Postfix sent.  This sink stores the
DATA exactly as received (CRLF kept, only the SMTP dot-stuffing undone).

  sink.py serve --dir DIR --port PORT [--host 127.0.0.1]
      Accept SMTP on HOST:PORT.  Every transaction becomes DIR/NNNNNN.eml
      (the message bytes) and then DIR/NNNNNN.json (the envelope: helo,
      mail_from, mail_params, rcpts, rcpt_params, size, time).  The .json is
      renamed into place last, so a .json means a complete .eml.
  sink.py find DIR RCPT      print the .eml path(s) whose envelope has RCPT
  sink.py count DIR          print the number of complete messages
  sink.py envelope FILE      print the envelope of FILE (.eml or .json)
  sink.py split DUMP ENVOUT MSGOUT
      Split an smtp-sink(1) -d dump file into its envelope (the X-* records,
      as JSON) and the message; lossy, see above: LF endings become CRLF.

stdlib only; run with /usr/bin/python3.
"""
import json
import os
import socketserver
import sys
import threading
import time

SEQ_LOCK = threading.Lock()
SEQ = [0]


def next_name(directory):
    with SEQ_LOCK:
        SEQ[0] += 1
        return os.path.join(directory, "%06d" % SEQ[0])


def addr_of(arg):
    """'FROM:<a@b> SIZE=1' -> ('a@b', ['SIZE=1'])"""
    arg = arg.split(":", 1)[1].strip() if ":" in arg else arg
    if arg.startswith("<"):
        end = arg.find(">")
        if end < 0:
            return arg[1:], []
        return arg[1:end], arg[end + 1:].split()
    parts = arg.split()
    return (parts[0] if parts else ""), parts[1:]


class Handler(socketserver.StreamRequestHandler):
    timeout = 120

    def reply(self, text):
        self.wfile.write(text.encode() + b"\r\n")
        self.wfile.flush()

    def handle(self):
        self.reply("220 sink.test ESMTP certmilter-test-sink")
        env = self.fresh(None)
        while True:
            line = self.rfile.readline(65536)
            if not line:
                return
            cmd = line.decode("latin-1").rstrip("\r\n")
            verb = cmd[:4].upper()
            if verb in ("EHLO", "HELO"):
                env = self.fresh(cmd[5:].strip())
                if verb == "EHLO":
                    self.reply("250-sink.test\r\n250-PIPELINING\r\n250-SIZE 0"
                               "\r\n250-8BITMIME\r\n250 ENHANCEDSTATUSCODES")
                else:
                    self.reply("250 sink.test")
            elif verb == "MAIL":
                env = self.fresh(env["helo"])
                env["mail_from"], env["mail_params"] = addr_of(cmd[5:])
                self.reply("250 2.1.0 Ok")
            elif verb == "RCPT":
                rcpt, params = addr_of(cmd[5:])
                env["rcpts"].append(rcpt)
                env["rcpt_params"].append(params)
                self.reply("250 2.1.5 Ok")
            elif verb == "DATA":
                if not env["rcpts"]:
                    self.reply("554 5.5.1 Error: no valid recipients")
                    continue
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                if not self.data(env):
                    return
                env = self.fresh(env["helo"])
            elif verb == "RSET":
                env = self.fresh(env["helo"])
                self.reply("250 2.0.0 Ok")
            elif verb == "NOOP":
                self.reply("250 2.0.0 Ok")
            elif verb == "QUIT":
                self.reply("221 2.0.0 Bye")
                return
            else:
                self.reply("502 5.5.2 Error: command not recognized")

    @staticmethod
    def fresh(helo):
        return {"helo": helo, "mail_from": None, "mail_params": [],
                "rcpts": [], "rcpt_params": []}

    def data(self, env):
        chunks = []
        at_bol = True  # readline() may return part of a very long line
        while True:
            line = self.rfile.readline(1 << 20)
            if not line:
                return False
            if at_bol and line in (b".\r\n", b".\n"):
                break
            if at_bol and line.startswith(b"."):
                line = line[1:]
            at_bol = line.endswith(b"\n")
            chunks.append(line)
        msg = b"".join(chunks)
        base = next_name(self.server.directory)
        with open(base + ".eml.tmp", "wb") as f:
            f.write(msg)
        os.rename(base + ".eml.tmp", base + ".eml")
        env.update(size=len(msg), time=time.time(),
                   client=self.client_address[0])
        with open(base + ".json.tmp", "w") as f:
            json.dump(env, f)
        os.rename(base + ".json.tmp", base + ".json")
        self.reply("250 2.0.0 Ok: stored as %s" % os.path.basename(base))
        return True


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


def serve(args):
    opts = dict(zip(args[::2], args[1::2]))
    directory, port = opts["--dir"], int(opts["--port"])
    os.makedirs(directory, exist_ok=True)
    # Continue numbering after files left by an earlier run in DIR.
    olds = [int(n[:6]) for n in os.listdir(directory)
            if n.endswith(".json") and n[:6].isdigit()]
    SEQ[0] = max(olds, default=0)
    srv = Server((opts.get("--host", "127.0.0.1"), port), Handler)
    srv.directory = directory
    srv.serve_forever()


def completed(directory):
    return sorted(os.path.join(directory, n) for n in os.listdir(directory)
                  if n.endswith(".json"))


def find(directory, rcpt):
    hits = []
    for js in completed(directory):
        with open(js) as f:
            env = json.load(f)
        if any(r.lower() == rcpt.lower() for r in env["rcpts"]):
            hits.append(js[:-5] + ".eml")
    for h in hits:
        print(h)
    return 0 if hits else 1


def split_smtp_sink(dump, envout, msgout):
    with open(dump, "rb") as f:
        data = f.read()
    env = {"rcpts": [], "records": []}
    pos = 0
    while True:
        nl = data.index(b"\n", pos)
        line = data[pos:nl].decode("latin-1")
        pos = nl + 1
        if line.startswith("X-"):
            env["records"].append(line)
            if line.startswith("X-Rcpt-Args: "):
                env["rcpts"].append(addr_of(line[13:])[0])
            elif line.startswith("X-Mail-Args: "):
                env["mail_from"] = addr_of(line[13:])[0]
            continue
        if line.startswith("Received: "):  # 3 lines, smtp-sink's own
            for _ in range(2):
                pos = data.index(b"\n", pos) + 1
        break
    msg = data[pos:]
    if msg.endswith(b"\n\n"):
        msg = msg[:-1]  # the empty line smtp-sink appends
    with open(envout, "w") as f:
        json.dump(env, f, indent=1)
    with open(msgout, "wb") as f:
        f.write(msg.replace(b"\n", b"\r\n"))
    return 0


def main(argv):
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 2
    cmd = argv[1]
    if cmd == "serve":
        return serve(argv[2:])
    if cmd == "find" and len(argv) == 4:
        return find(argv[2], argv[3])
    if cmd == "count" and len(argv) == 3:
        print(len(completed(argv[2])))
        return 0
    if cmd == "envelope" and len(argv) == 3:
        base = argv[2].rsplit(".", 1)[0]
        with open(base + ".json") as f:
            print(json.dumps(json.load(f), indent=1))
        return 0
    if cmd == "split" and len(argv) == 5:
        return split_smtp_sink(argv[2], argv[3], argv[4])
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
