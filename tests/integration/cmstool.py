#!/usr/bin/python3
"""cmstool.py - two edits of a DER CMS SignedData for the tests, which the
openssl tool cannot make: a SignerInfo's signature value, and a SignerInfo
with an RFC 3161 token added to its unsigned attributes.

  cmstool.py sig DER I          SignerInfo I's signature value, to stdout
  cmstool.py add DER I TOKEN    DER with TOKEN (a DER ContentInfo) added to
                                SignerInfo I as id-aa-timeStampToken, to stdout

Definite lengths only (what openssl cms -outform DER writes).
Used by tests/fuzz/seeds.sh and tests/integration/t_inbound.sh.
"""
import sys
def tlv(b, s):
    n, h = b[s + 1], s + 2
    if n == 0x80:
        sys.exit("indefinite length")
    if n & 0x80:
        n, h = int.from_bytes(b[h:h + (n & 0x7F)], "big"), h + (n & 0x7F)
    return b[s], h, h + n
def kids(b, s, e):
    out = []
    while s < e:
        out.append((s, tlv(b, s)[2]))
        s = out[-1][1]
    return out
def enc(tag, c):
    n = len(c)
    ln = bytes([n]) if n < 128 else bytes([0x80 | ((n.bit_length() + 7) // 8)]) + n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([tag]) + ln + c
def edit(b, s, path, fn):
    tag, h, e = tlv(b, s)
    if not path:
        return fn(b[s:e])
    parts = [b[x:y] for x, y in kids(b, h, e)]
    parts[path[0]] = edit(b, kids(b, h, e)[path[0]][0], path[1:], fn)
    return enc(tag, b"".join(parts))
TSTOKEN = bytes.fromhex("06 0b 2a 86 48 86 f7 0d 01 09 10 02 0e")
def add(tok):
    def fn(si):
        tag, h, e = tlv(si, 0)
        parts = [si[x:y] for x, y in kids(si, h, e)]
        attr = enc(0x30, TSTOKEN + enc(0x31, tok))
        if parts[-1][0] == 0xA1:
            parts[-1] = enc(0xA1, parts[-1][tlv(parts[-1], 0)[1]:] + attr)
        else:
            parts.append(enc(0xA1, attr))
        return enc(tag, b"".join(parts))
    return fn
mode, der, i = sys.argv[1], open(sys.argv[2], "rb").read(), int(sys.argv[3])
path = [1, 0, -1, i]  # ContentInfo: [0] SignedData signerInfos[i]
if mode == "sig":
    def fn(si):
        ks = kids(si, tlv(si, 0)[1], len(si))
        x, y = [k for k in ks if si[k[0]] == 0x04][0]
        sys.stdout.buffer.write(si[tlv(si, x)[1]:y])
        return si
    edit(der, 0, path, fn)
else:
    sys.stdout.buffer.write(edit(der, 0, path, add(open(sys.argv[4], "rb").read())))
