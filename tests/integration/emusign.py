#!/usr/bin/python3
"""emusign.py - stand-in for certmilter in `t_corpus.sh --no-milter`.

  emusign.py protected FILE
      Print "protected" (exit 0) when FILE's top-level Content-Type (as
      Python's email parser reads it) is multipart/signed,
      multipart/encrypted or application/(x-)pkcs7-mime, else "plain"
      (exit 1).  Independent of certmilter.
  emusign.py nested FILE
      Print how many signed/encrypted entities are nested in FILE (exit 1
      when none).
  emusign.py sign --pki DIR [--break KIND] IN OUT
      Sign IN (a message as delivered by the test Postfix) the way RFC 8551 and certmilter.conf(5)
      describes, with `openssl cms -sign` and alice-vp + alice-v4 from the
      test PKI: the content entity (Content-* headers + body) gets 7bit
      leaves (8bit/binary text -> quoted-printable, other -> base64, also
      for lines over 998 octets), canonical CRLF, and becomes part 1 of a
      multipart/signed; all other header fields stay as they were.
      --break makes a deliberately wrong output, to prove that verify.py
      notices: content (first leaf's decoded bytes changed before signing),
      header (first two non-Content fields swapped), structure
      (micalg=sha-1), nested (case of one header-name letter changed inside a
      nested signed or encrypted part), untrusted (signed by a fresh self-signed certificate
      for alice@example.com), unchanged (one body byte of IN changed, not
      signed).
      For protected inputs OUT is IN unchanged (unless --break unchanged).
      Exit 3 (OUT still written) when 8-bit bytes sit outside any leaf
      (e.g. in the preamble of a multipart whose boundary never occurs):
      the emulator cannot make such an entity 7bit.

Only for testing the test harness; stdlib + openssl.
"""
import base64
import email
import email.policy
import os
import quopri
import re
import subprocess
import sys
import tempfile

from verify import (PROTECTED, field_name, param, parse_ctype,
                    protected_entities, split_head, split_multipart)

BOUNDARY = b"----=_cmtest_emusign_7f3a"
EXIT = 0  # 3: the entity could not be made 7bit


def is_protected(data):
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    return msg.get_content_type() in PROTECTED


def crlf(data):
    return re.sub(rb"\r\n|\n|\r(?!\n)", b"\r\n", data)


class Walker:
    def __init__(self, kind):
        self.break_content = kind == "content"
        self.break_nested = kind == "nested"

    def entity(self, data):
        """A MIME entity (Content-* headers + body) with 7bit leaves."""
        fields, at = split_head(data)
        body = data[at:]
        sep = data[sum(len(f) for f in fields):at]
        ct = parse_ctype(fields)
        if ct.get_content_type() in PROTECTED:
            if self.break_nested:
                # First letter of its first header name, case swapped: the
                # bytes change, the meaning (and every leaf) does not.
                self.break_nested = False
                data = data[:1].swapcase() + data[1:]
            return data  # nested signed/encrypted: leave every byte
        if ct.get_content_maintype() == "multipart":
            return data[:at] + self.multipart(body, ct)
        if ct.get_content_type() == "message/rfc822":
            return data[:at] + self.entity(body)  # header fields kept
        return self.leaf(fields, sep, body, ct)

    def multipart(self, body, ct):
        b = param(ct, "boundary")
        if not b:
            return body
        parts, _ = split_multipart(body, b.encode("latin-1"))
        out, pos = [], 0
        for s, e in parts:
            out.append(body[pos:s])
            out.append(self.entity(body[s:e]))
            pos = e
        out.append(body[pos:])
        return b"".join(out)

    def leaf(self, fields, sep, body, ct):
        cte = ""
        for f in fields:
            if field_name(f) == "content-transfer-encoding":
                cte = f.split(b":", 1)[1].strip().lower().decode("latin-1")
        if self.break_content:
            self.break_content = False
            if cte == "base64":
                body = base64.encodebytes(
                    base64.b64decode(body) + b"X").replace(b"\n", b"\r\n")
            else:
                body = b"X" + body
        long_line = any(len(x) > 998 for x in body.split(b"\r\n"))
        if not (re.search(rb"[\x80-\xff\x00]", body) or long_line):
            return b"".join(fields) + sep + body
        if cte in ("base64", "quoted-printable"):
            # Labelled encoded but dirty: decode as verify.py's parser does.
            raw = email.message_from_bytes(
                b"".join(fields) + sep + body,
                policy=email.policy.compat32).get_payload(decode=True) or b""
        else:
            raw = body
        keep = [f for f in fields
                if field_name(f) != "content-transfer-encoding"]
        if ct.get_content_maintype() == "text":
            enc = b"quoted-printable"
            body = crlf(quopri.encodestring(raw.replace(b"\r\n", b"\n")))
        else:
            enc = b"base64"
            body = base64.encodebytes(raw).replace(b"\n", b"\r\n")
        keep.append(b"Content-Transfer-Encoding: " + enc + b"\r\n")
        return b"".join(keep) + b"\r\n" + body


def self_signed(tmp):
    """A throwaway self-signed signing certificate for alice (untrusted)."""
    cert, key = os.path.join(tmp, "self.pem"), os.path.join(tmp, "self.key")
    r = subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
         "-keyout", key, "-out", cert, "-days", "30", "-subj",
         "/CN=alice@example.com", "-addext",
         "subjectAltName=email:alice@example.com", "-addext",
         "keyUsage=critical,digitalSignature", "-addext",
         "extendedKeyUsage=emailProtection"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        sys.exit("emusign: openssl req: " + r.stderr.decode())
    return [(cert, key)]


def openssl_sign(entity, pki, untrusted):
    keys = os.path.join(pki, "keys")
    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, "entity")
        with open(inp, "wb") as f:
            f.write(entity)
        cmd = ["openssl", "cms", "-sign", "-binary", "-in", inp,
               "-md", "sha256", "-cades", "-outform", "DER"]
        if untrusted:
            signers = self_signed(tmp)
        else:
            cmd += ["-certfile", os.path.join(pki, "chain.pem")]
            signers = [(os.path.join(keys, w + ".pem"),
                        os.path.join(keys, w + ".key"))
                       for w in ("alice-vp", "alice-v4")]
        for cert, key in signers:
            cmd += ["-signer", cert, "-inkey", key]
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if r.returncode != 0:
            sys.exit("emusign: openssl cms -sign: " + r.stderr.decode())
        return r.stdout


def sign(data, pki, kind):
    fields, at = split_head(data)
    sep = data[sum(len(f) for f in fields):at]
    outer = [f for f in fields if not field_name(f).startswith("content-")
             and field_name(f) != "mime-version"]
    content = [f for f in fields if field_name(f).startswith("content-")]
    if not any(field_name(f) == "content-type" for f in content):
        content.insert(0, b"Content-Type: text/plain; charset=us-ascii\r\n")
    entity = crlf(Walker(kind).entity(
        b"".join(content) + (sep or b"\r\n") + data[at:]))
    if re.search(rb"[\x80-\xff\x00]", entity):
        sys.stderr.write("emusign.py: 8-bit bytes outside any MIME leaf "
                         "(preamble, epilogue or unparsable multipart)\n")
        global EXIT
        EXIT = 3
    p7s = base64.b64encode(openssl_sign(entity, pki, kind == "untrusted"))
    b64 = b"\r\n".join(p7s[i:i + 76] for i in range(0, len(p7s), 76))
    if kind == "header":
        i = next(k for k, f in enumerate(outer)
                 if field_name(f) != "received")
        outer[i:i + 2] = outer[i:i + 2][::-1]
    micalg = b"sha-1" if kind == "structure" else b"sha-256"
    head = b"".join(outer) + (
        b"MIME-Version: 1.0\r\n"
        b"Content-Type: multipart/signed; protocol=\"application/"
        b"pkcs7-signature\"; micalg=" + micalg + b";\r\n\tboundary=\"" +
        BOUNDARY + b"\"\r\n\r\n")
    return (head + b"This is a cryptographically signed message.\r\n\r\n--" +
            BOUNDARY + b"\r\n" + entity + b"\r\n--" + BOUNDARY + b"\r\n"
            b"Content-Type: application/pkcs7-signature; name=smime.p7s\r\n"
            b"Content-Transfer-Encoding: base64\r\n"
            b"Content-Disposition: attachment; filename=smime.p7s\r\n\r\n" +
            b64 + b"\r\n--" + BOUNDARY + b"--\r\n")


def main(argv):
    if len(argv) == 3 and argv[1] == "nested":
        with open(argv[2], "rb") as f:
            n = len(protected_entities(f.read(), []))
        print(n)
        return 0 if n else 1
    if len(argv) == 3 and argv[1] == "protected":
        with open(argv[2], "rb") as f:
            prot = is_protected(f.read())
        print("protected" if prot else "plain")
        return 0 if prot else 1
    args, pki, kind = argv[2:], None, None
    while args and args[0].startswith("--"):
        if args[0] == "--pki":
            pki = args[1]
        elif args[0] == "--break":
            kind = args[1]
        args = args[2:]
    if len(argv) < 2 or argv[1] != "sign" or len(args) != 2 or not pki:
        sys.stderr.write(__doc__)
        return 2
    with open(args[0], "rb") as f:
        data = f.read()
    if kind == "unchanged":
        _f, at = split_head(data)
        i = at + (len(data) - at) // 2
        out = data[:i] + (b"#" if data[i:i + 1] != b"#" else b"%") + \
            data[i + 1:]
    elif is_protected(data):
        out = data
    else:
        out = sign(data, pki, kind)
    with open(args[1], "wb") as f:
        f.write(out)
    return EXIT


if __name__ == "__main__":
    sys.exit(main(sys.argv))
