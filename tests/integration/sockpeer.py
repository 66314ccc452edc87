#!/usr/bin/python3
"""sockpeer.py - a local user against certmilter's unix socket (t_socketsec.sh).

  sockpeer.py stall SOCKET N SECONDS [INTERVAL]
      Open N connections to SOCKET (unix:PATH or inet:PORT@HOST), INTERVAL
      seconds apart (default 0), and send on each the first 9 bytes of a
      17-byte SMFIC_OPTNEG packet, then stall.
      Prints "held N" once all are open (or "connect: ERROR" and exits 1),
      then waits up to SECONDS for the milter to close them and prints
      "closed K of N after S s" (S with one decimal).
  sockpeer.py race DIR NAME TARGET SECONDS
      The owner of DIR swapping the socket DIR/NAME for a symbolic link to
      TARGET (renamed over it) each time DIR/NAME is created, for SECONDS.
      Prints "swap" after each.
"""
import ctypes
import os
import select
import socket
import struct
import sys
import time

IN_CREATE = 0x100


def connect(spec):
    if spec.startswith("unix:"):
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.connect(spec[5:])
        return s
    port, host = spec[len("inet:"):].split("@")
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect((host, int(port)))
    return s


def stall(spec, n, seconds, interval):
    # SMFIC_OPTNEG: length 13, 'O', version 6, actions, protocol: 17 bytes
    packet = struct.pack("!IcIII", 13, b"O", 6, 0x1FF, 0x1FFFFF)
    conns = []
    try:
        for _ in range(n):
            s = connect(spec)
            s.sendall(packet[:9])
            conns.append(s)
            time.sleep(interval)
    except OSError as e:
        print("connect: %s" % e.strerror, flush=True)
        return 1
    print("held %d" % n, flush=True)
    start = time.monotonic()
    open_ = set(conns)
    while open_ and time.monotonic() - start < seconds:
        ready, _, _ = select.select(list(open_), [], [], 0.2)
        for s in ready:
            try:
                data = s.recv(4096)
            except OSError:
                data = b""
            if not data:
                open_.discard(s)
    print("closed %d of %d after %.1f s" % (n - len(open_), n,
                                              time.monotonic() - start), flush=True)
    return 0


def race(d, name, target, seconds):
    """Woken by inotify (IN_CREATE in DIR) when bind() creates the socket,
    rename a ready symbolic link over it: one system call after the wake-up."""
    libc = ctypes.CDLL(None, use_errno=True)
    fd = libc.inotify_init1(os.O_NONBLOCK)
    if fd < 0 or libc.inotify_add_watch(fd, d.encode(), IN_CREATE) < 0:
        print("inotify: %s" % os.strerror(ctypes.get_errno()), flush=True)
        return 1
    path = os.path.join(d, name)
    tmp = os.path.join(d, ".sockpeer-link")
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if not os.path.lexists(tmp):
            os.symlink(target, tmp)
        ready, _, _ = select.select([fd], [], [], 0.1)
        if not ready:
            continue
        try:
            events = os.read(fd, 4096)
        except BlockingIOError:
            continue
        off = 0
        while off + 16 <= len(events):
            _, mask, _, nlen = struct.unpack_from("iIII", events, off)
            ename = events[off + 16:off + 16 + nlen].rstrip(b"\0").decode()
            off += 16 + nlen
            if ename == name and mask & IN_CREATE:
                try:
                    os.rename(tmp, path)
                    print("swap", flush=True)
                except OSError:
                    pass
    os.close(fd)
    return 0


def main():
    a = sys.argv[1:]
    if len(a) in (4, 5) and a[0] == "stall":
        return stall(a[1], int(a[2]), float(a[3]), float(a[4]) if len(a) == 5 else 0)
    if len(a) == 5 and a[0] == "race":
        return race(a[1], a[2], a[3], float(a[4]))
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
