#!/usr/bin/python3
"""verify.py - check one certmilter output with independent verifiers.

  verify.py --setup STATE --trust TRUST
      Once per run: STATE/roots.pem (TRUST/all-roots.pem, or TRUST itself
      when it is a file), STATE/gnupg (gpgsm keybox with the roots, each in
      trustlist.txt as "FINGERPRINT S", CRL checks and dirmngr off) and
      STATE/nss (NSS database, roots trusted "C,C,C").

  verify.py --state STATE [--name NAME] [--unchanged] [--tamper]
            [--mta-host mx.test.example] [--ignore-header NAME ...]
            [--expect-signers N] [--expect-first TEXT] [--expect-ts N]
            [--expect-ekp] [--ts-verify TSA_CAFILE] [--nested] [--as-is]
            [--skip CHECK[=REASON] ...] [--keep] OUT REF
      OUT is the message as delivered on the milter path, REF the same
      input delivered on the reference path (no milter) of the same Postfix.

Output: one line per check, "PASS: NAME CHECK" or "FAIL: NAME CHECK: why"
("SKIP: NAME CHECK: REASON (would be ...)" for a --skip CHECK), plus
"  # ..." information lines.  Exit status 1 when any check failed.

Checks for a signed output (default):
  mime-structure   top level multipart/signed, protocol
                   "application/pkcs7-signature", micalg sha-256, one
                   MIME-Version: 1.0, one Content-Type, exactly two parts
  mime-p7s         part 2: application/pkcs7-signature name=smime.p7s,
                   base64 in 76-column lines, Content-Disposition attachment;
                   filename=smime.p7s
  mime-canonical   part 1 (exact bytes between the delimiters): CRLF only,
                   7bit (no byte > 127, no NUL), no line over 998 octets
  openssl          openssl cms -verify -in OUT (the S/MIME message itself,
                   as a receiver does), roots only (-CAfile, no system
                   store), -purpose smimesign; signer subjects as info
  gpgsm            gpgsm --verify p7s part1: every signature NEWSIG ->
                   GOODSIG + VALIDSIG + TRUST_FULLY; no BADSIG, ERRSIG, ...
  nss              cmsutil -D -c part1: every signerN.status=GoodSignature
                   (cmsutil exits 0 even on a bad digest: output is parsed)
  cms-attributes   each SignerInfo: digest SHA-256, signed attributes
                   contentType, messageDigest, signingTime, SMIMECapabilities,
                   ESS signingCertificateV2 (info: encryptionKeyPreference,
                   timestamp tokens, signer order)
  content          every leaf (walk order, into message/rfc822) of part 1
                   against REF: content type, charset (text/*: default
                   us-ascii), filename, decoded bytes (text/*: CRLF->LF);
                   non-Content headers of embedded messages equal
  nested-protected (only when REF has any) every multipart/signed,
                   multipart/encrypted, application/(x-)pkcs7-mime entity
                   nested in REF appears byte for byte in part 1
  as-is            (--as-is) part 1 is REF's content entity exactly: its
                   Content-* fields raw and in order, an empty line, the
                   body (line ends aside): malformed 7-bit MIME signed as it is
  headers          top-level header fields other than Content-* and
                   MIME-Version: same raw bytes, same order
  tamper-openssl, tamper-gpgsm, tamper-nss  (--tamper)
                   one byte of part 1 changed: each verifier must reject it
  ts-verify        (--ts-verify TSA_CAFILE) every timestamp token verifies
                   with openssl ts -verify against its SignerInfo's
                   signature value, and fails for that value with one byte
                   changed
  signers, first-signer, timestamps, key-preference  (only with --expect-*)
                   number of SignerInfos; the regular expression TEXT
                   found in the first one's subject (RFC 2253 order, e.g.
                   '^CN=alice@example.com$': Vp first); N SignerInfos
                   with a timestamp token; every SignerInfo names an
                   SMIMEEncryptionKeyPreference

With --nested (signing.dual = nested): part 1 of the outer layer must itself
be a multipart/signed entity (no MIME-Version); the checks above run on it
again, named inner-*, and content/nested-protected compare its part 1 with
REF. The --expect-* checks apply to the outer layer.

With --unchanged (input already S/MIME or PGP/MIME protected):
  unchanged        OUT equals REF byte for byte
Both modes drop, on both sides, the Received: fields the test Postfix added
("by MTA-HOST (Postfix)"): they carry each path's own queue id and
recipient.  The test Postfix adds nothing else (local_header_rewrite_clients
is empty, so no Message-ID/Date/From is added), so nothing else is ignored
unless --ignore-header says so.
"""
import base64
import email
import email.message
import email.policy
import email.utils
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile

import der  # tests/integration/der.py

HDR_NAME = re.compile(rb"^([\x21-\x39\x3b-\x7e]+)[ \t]*:")
PROTECTED = ("multipart/signed", "multipart/encrypted",
             "application/pkcs7-mime", "application/x-pkcs7-mime")

# ------------------------------------------------------------- raw MIME


def split_head(data):
    """(list of raw header fields, offset of the body).  The header block
    ends at an empty line or at the first line that is neither a header nor
    a continuation (what Postfix's cleanup does)."""
    fields, pos = [], 0
    while pos < len(data):
        nl = data.find(b"\n", pos)
        end = len(data) if nl < 0 else nl + 1
        line = data[pos:end]
        if line in (b"\r\n", b"\n"):
            return fields, end
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += line
        elif HDR_NAME.match(line):
            fields.append(line)
        else:
            return fields, pos
        pos = end
    return fields, pos


def field_name(field):
    m = HDR_NAME.match(field)
    return m.group(1).decode("latin-1").lower() if m else ""


def field_value(field):
    return field.split(b":", 1)[1].decode("latin-1")


def parse_ctype(fields):
    """Content-Type of a header list as an email.message.Message (params)."""
    m = email.message.Message()
    for f in fields:
        if field_name(f) == "content-type":
            m["Content-Type"] = re.sub(r"\r?\n", "", field_value(f)).strip()
    return m


def param(msg, name, header="content-type"):
    """A parameter's value as a str, RFC 2231 forms collapsed; '' if none."""
    v = msg.get_param(name, header=header)
    return email.utils.collapse_rfc2231_value(v) if v is not None else ""


def split_multipart(body, boundary):
    """Exact byte ranges of the parts of a multipart body: the CRLF before a
    delimiter belongs to the delimiter.  Returns (parts, closed)."""
    delim = b"--" + boundary
    starts, pos, closed = [], 0, False
    line_re = re.compile(rb"[ \t]*\r?\n")
    while pos <= len(body):
        nl = body.find(b"\n", pos)
        end = len(body) if nl < 0 else nl + 1
        line = body[pos:end]
        if line.startswith(delim):
            rest = line[len(delim):]
            is_close = rest.startswith(b"--")
            if is_close:
                rest = rest[2:]
            if line_re.fullmatch(rest) or rest.strip(b" \t") == b"":
                cut = pos
                if cut >= 2 and body[cut - 2:cut] == b"\r\n":
                    cut -= 2
                elif cut >= 1 and body[cut - 1:cut] == b"\n":
                    cut -= 1
                starts.append((pos, end, cut))
                if is_close:
                    closed = True
                    break
        if nl < 0:
            break
        pos = end
    parts = [(starts[i][1], starts[i + 1][2]) for i in range(len(starts) - 1)]
    return parts, closed


# ------------------------------------------------------------ reporting


class Report:
    def __init__(self, name, skips=None):
        self.name, self.failed = name, 0
        self.skips = skips or {}

    def skipped(self, check, result):
        if check not in self.skips:
            return False
        print("SKIP: %s %s: %s (would be %s)" % (self.name, check,
                                                  self.skips[check], result))
        return True

    def ok(self, check, info=None):
        if self.skipped(check, "PASS"):
            return
        print("PASS: %s %s" % (self.name, check))
        if info:
            self.info(info)

    def bad(self, check, why):
        why = " ".join(str(why).split())
        if self.skipped(check, "FAIL: " + why[:200]):
            return
        self.failed += 1
        print("FAIL: %s %s: %s" % (self.name, check, why[:600]))

    def check(self, check, why):
        """why: None/'' = pass, else the failure reason."""
        if why:
            self.bad(check, why)
        else:
            self.ok(check)

    @staticmethod
    def info(text):
        for line in str(text).splitlines():
            print("  # " + line)


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          **kw)


# ---------------------------------------------------------------- setup


def pem_certs(path):
    with open(path, "rb") as f:
        text = f.read()
    return re.findall(rb"-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----",
                      text, re.S)


def setup(state, trust):
    roots = os.path.join(trust, "all-roots.pem") if os.path.isdir(trust) \
        else trust
    os.makedirs(state, exist_ok=True)
    shutil.copyfile(roots, os.path.join(state, "roots.pem"))
    certs = pem_certs(roots)
    if not certs:
        sys.exit("verify.py: no certificates in %s" % roots)
    gh = os.path.join(state, "gnupg")
    shutil.rmtree(gh, ignore_errors=True)
    os.makedirs(gh, mode=0o700)
    with open(os.path.join(gh, "gpgsm.conf"), "w") as f:
        f.write("disable-crl-checks\ndisable-dirmngr\n")
    env = dict(os.environ, GNUPGHOME=gh)
    r = run(["gpgsm", "--batch", "--import", roots], env=env)
    if r.returncode != 0:
        sys.exit("verify.py: gpgsm --import: %s" % r.stderr.decode())
    with open(os.path.join(gh, "trustlist.txt"), "w") as f:
        for pem in certs:
            derb = base64.b64decode(b"".join(pem.splitlines()[1:-1]))
            fp = hashlib.sha1(derb).hexdigest().upper()
            f.write(":".join(fp[i:i + 2] for i in range(0, 40, 2)) + " S\n")
    nss = os.path.join(state, "nss")
    shutil.rmtree(nss, ignore_errors=True)
    os.makedirs(nss)
    r = run(["certutil", "-N", "--empty-password", "-d", "sql:" + nss])
    if r.returncode != 0:
        sys.exit("verify.py: certutil -N: %s" % r.stderr.decode())
    for i, pem in enumerate(certs):
        r = run(["certutil", "-A", "-d", "sql:" + nss, "-n", "root%d" % i,
                 "-t", "C,C,C", "-a"], input=pem + b"\n")
        if r.returncode != 0:
            sys.exit("verify.py: certutil -A: %s" % r.stderr.decode())
    print("verify.py: trust set up in %s (%d roots)" % (state, len(certs)))
    return 0


# ------------------------------------------------------------ structure


class Signed:
    """The pieces of a multipart/signed message, from its raw bytes."""

    def __init__(self, data):
        self.data = data
        self.fields, self.body_at = split_head(data)
        self.ctype = parse_ctype(self.fields)
        self.part1 = self.p7s_fields = self.p7s_b64 = None
        self.part1_range = None
        self.parts = []

    def split(self):
        b = param(self.ctype, "boundary")
        if not b:
            return "no boundary parameter"
        body = self.data[self.body_at:]
        self.parts, closed = split_multipart(body, b.encode("latin-1"))
        if len(self.parts) != 2:
            return "%d body parts, want 2" % len(self.parts)
        if not closed:
            return "no close delimiter"
        s, e = self.parts[0]
        self.part1 = body[s:e]
        self.part1_range = (self.body_at + s, self.body_at + e)
        s, e = self.parts[1]
        self.p7s_fields, at = split_head(body[s:e])
        self.p7s_b64 = body[s + at:e]
        return None


def check_structure(rep, sg, prefix=""):
    """prefix "inner-": the inner layer of a nested signature, an entity
    without MIME-Version."""
    why = []
    if sg.ctype.get_content_type() != "multipart/signed":
        why.append("Content-Type %s" % sg.ctype.get_content_type())
    proto = param(sg.ctype, "protocol").lower()
    if proto != "application/pkcs7-signature":
        why.append("protocol=%r" % proto)
    micalg = param(sg.ctype, "micalg").lower()
    if micalg != "sha-256":
        why.append("micalg=%r" % micalg)
    names = [field_name(f) for f in sg.fields]
    if names.count("content-type") != 1:
        why.append("%d Content-Type fields" % names.count("content-type"))
    mv = [f for f in sg.fields if field_name(f) == "mime-version"]
    if not prefix and (len(mv) != 1 or field_value(mv[0]).strip() != "1.0"):
        why.append("MIME-Version fields: %r" % mv)
    if not why:
        err = sg.split()
        if err:
            why.append(err)
    rep.check(prefix + "mime-structure", "; ".join(why))
    return not why


def check_p7s(rep, sg, prefix=""):
    why = []
    ct = parse_ctype(sg.p7s_fields)
    if ct.get_content_type() != "application/pkcs7-signature":
        why.append("part 2 is %s" % ct.get_content_type())
    if param(ct, "name") != "smime.p7s":
        why.append("name=%r" % param(ct, "name"))
    m = email.message.Message()
    for f in sg.p7s_fields:
        if field_name(f) in ("content-disposition",
                             "content-transfer-encoding"):
            m[field_name(f)] = re.sub(r"\r?\n", "", field_value(f)).strip()
    if (m.get("content-transfer-encoding") or "").lower() != "base64":
        why.append("Content-Transfer-Encoding %r"
                   % m.get("content-transfer-encoding"))
    if m.get_content_disposition() != "attachment" or \
            param(m, "filename", "content-disposition") != "smime.p7s":
        why.append("Content-Disposition %r" % m.get("content-disposition"))
    lines = sg.p7s_b64.split(b"\r\n")
    while lines and lines[-1] == b"":
        lines.pop()
    if any(len(x) != 76 for x in lines[:-1]) or \
            (lines and not 0 < len(lines[-1]) <= 76):
        why.append("base64 lines not 76 columns: %s"
                   % sorted(set(len(x) for x in lines)))
    try:
        sg.p7s = base64.b64decode(b"".join(lines), validate=True)
    except ValueError as e:
        why.append("base64: %s" % e)
        sg.p7s = b""
    rep.check(prefix + "mime-p7s", "; ".join(why))
    return bool(sg.p7s)


def check_canonical(rep, part1, prefix=""):
    why = []
    if re.search(rb"\r(?!\n)|(?<!\r)\n", part1):
        why.append("bare CR or LF")
    m = re.search(rb"[\x80-\xff\x00]", part1)
    if m:
        why.append("8-bit or NUL byte at offset %d" % m.start())
    longest = max(len(x) for x in part1.split(b"\r\n"))
    if longest > 998:
        why.append("line of %d octets" % longest)
    rep.check(prefix + "mime-canonical", "; ".join(why))


# --------------------------------------------------------------- crypto


class Verifiers:
    """The three independent verifiers, over files in a scratch dir."""

    def __init__(self, state, tmp):
        self.state, self.tmp = state, tmp
        self.roots = os.path.join(state, "roots.pem")
        self.env = dict(os.environ, GNUPGHOME=os.path.join(state, "gnupg"))

    def write(self, name, data):
        path = os.path.join(self.tmp, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def openssl(self, msg_path):
        """-> (error or None, signer subjects)"""
        signers = os.path.join(self.tmp, "signers.pem")
        r = run(["openssl", "cms", "-verify", "-in", msg_path,
                 "-CAfile", self.roots, "-no-CApath", "-no-CAstore",
                 "-purpose", "smimesign", "-signer", signers,
                 "-out", os.devnull])
        if r.returncode != 0:
            return ("exit %d: %s" % (r.returncode, r.stderr.decode(
                "utf-8", "replace").strip().splitlines()[:3]), [])
        subjects = []
        for pem in pem_certs(signers):
            x = run(["openssl", "x509", "-noout", "-subject",
                     "-nameopt", "RFC2253"], input=pem)
            subjects.append(x.stdout.decode().strip().replace(
                "subject=", "", 1))
        return None, subjects

    def gpgsm(self, sig_path, data_path):
        r = run(["gpgsm", "--batch", "--status-fd", "1", "--verify",
                 sig_path, data_path], env=self.env)
        sigs, cur = [], None
        for line in r.stdout.decode("utf-8", "replace").splitlines():
            w = line.split()
            if len(w) < 2 or w[0] != "[GNUPG:]":
                continue
            if w[1] == "NEWSIG":
                cur = set()
                sigs.append(cur)
            elif cur is not None:
                cur.add(w[1])
        bad = {"BADSIG", "ERRSIG", "EXPSIG", "EXPKEYSIG", "REVKEYSIG",
               "TRUST_UNDEFINED", "TRUST_NEVER", "TRUST_MARGINAL"}
        why = []
        if not sigs:
            why.append("no signature (exit %d: %s)" % (
                r.returncode, r.stderr.decode("utf-8", "replace")[-200:]))
        for i, s in enumerate(sigs):
            want = {"GOODSIG", "VALIDSIG", "TRUST_FULLY"}
            if not want <= s or s & bad:
                why.append("signature %d: %s" % (i, " ".join(sorted(s))))
        if r.returncode != 0 and not why:
            why.append("exit %d" % r.returncode)
        return "; ".join(why) or None, len(sigs)

    def nss(self, sig_path, data_path):
        r = run(["cmsutil", "-D", "-i", sig_path, "-c", data_path, "-n",
                 "-h", "2", "-d", "sql:" + os.path.join(self.state, "nss")])
        out = r.stdout.decode("utf-8", "replace")
        m = re.search(r"nsigners=(\d+)", out)
        status = re.findall(r"signer(\d+)\.status=(\w+)", out)
        if r.returncode != 0 or not m or int(m.group(1)) == 0:
            return "exit %d: %s %s" % (r.returncode, out.strip(),
                                       r.stderr.decode()[-200:]), 0
        n = int(m.group(1))
        badst = ["signer%s=%s" % s for s in status if s[1] != "GoodSignature"]
        if len(status) != n or badst:
            return "nsigners=%d, %s" % (n, ", ".join(badst) or out), n
        return None, n


def check_crypto(rep, sg, vf, prefix=""):
    """openssl, gpgsm, nss over one (possibly tampered) message."""
    msg = vf.write(prefix + "msg.eml", sg.data)
    sig = vf.write(prefix + "sig.p7s", sg.p7s)
    data = vf.write(prefix + "part1", sg.part1)
    o_err, subjects = vf.openssl(msg)
    g_err, g_n = vf.gpgsm(sig, data)
    n_err, n_n = vf.nss(sig, data)
    return (o_err, subjects), (g_err, g_n), (n_err, n_n)


def report_crypto(rep, sg, vf, prefix=""):
    (o_err, subjects), (g_err, g_n), (n_err, n_n) = check_crypto(
        rep, sg, vf, prefix)
    rep.check(prefix + "openssl", o_err)
    for s in subjects:
        rep.info("openssl signer: " + s)
    rep.check(prefix + "gpgsm", g_err)
    rep.check(prefix + "nss", n_err)
    rep.info("gpgsm signatures: %d, nss signers: %d" % (g_n, n_n))


def tamper_bytes(part1):
    """part1 with one content byte changed (the last letter or digit of the
    body; a header byte when the body has none)."""
    _f, at = split_head(part1)
    for lo in (at, 0):
        for i in range(len(part1) - 1, lo - 1, -1):
            c = part1[i:i + 1]
            if c.isalnum():
                new = c.swapcase() if c.isalpha() else \
                    b"%d" % ((int(c) + 1) % 10)
                return part1[:i] + new + part1[i + 1:]
    return part1 + b" "


def check_tamper(rep, sg, vf, prefix=""):
    bad = tamper_bytes(sg.part1)
    s, e = sg.part1_range
    t = Signed(sg.data[:s] + bad + sg.data[e:])
    t.split()
    t.p7s = sg.p7s
    (o_err, _), (g_err, _), (n_err, _) = check_crypto(
        rep, t, vf, prefix + "tampered-")
    for name, err in (("openssl", o_err), ("gpgsm", g_err), ("nss", n_err)):
        rep.check(prefix + "tamper-" + name,
                  None if err else "accepted a tampered part 1")


def ts_verify(vf, si, ca):
    """openssl ts -verify of each token of si against its signature value,
    and against that value with one byte changed (must fail)."""
    why = []
    sig = vf.write("sigvalue", si["signature"])
    bad = bytearray(si["signature"])
    bad[len(bad) // 2] ^= 0x01
    badsig = vf.write("sigvalue-changed", bytes(bad))
    for j, tok in enumerate(si["tokens"]):
        path = vf.write("token%d.der" % j, tok)
        for data, want in ((sig, 0), (badsig, 1)):
            r = run(["openssl", "ts", "-verify", "-data", data, "-in", path,
                     "-token_in", "-CAfile", ca])
            if (r.returncode != 0) != bool(want):
                why.append("token %d %s: exit %d %s" % (
                    j, "changed value accepted" if want else "rejected",
                    r.returncode, r.stderr.decode("utf-8", "replace")[-160:]))
    return why


def check_attributes(rep, sg, opts, vf=None, prefix=""):
    try:
        infos = der.signer_infos(sg.p7s)
    except (IndexError, ValueError) as e:
        rep.bad("cms-attributes", "cannot parse SignedData: %r" % e)
        return
    need = ["contentType", "messageDigest", "signingTime",
            "smimeCapabilities", "signingCertificateV2"]
    why = []
    for i, si in enumerate(infos):
        missing = [a for a in need if a not in si["signed"]]
        if si["digest"] != "sha256":
            why.append("signer %d digest %s" % (i, si["digest"]))
        if missing:
            why.append("signer %d lacks %s" % (i, ",".join(missing)))
        rep.info("signer[%d] %s ekp=%s ts=%d" % (
            i, si["subject"],
            "yes" if "encryptionKeyPreference" in si["signed"] else "no",
            si["unsigned"].count("timeStampToken")))
    if not infos:
        why.append("no SignerInfo")
    rep.check(prefix + "cms-attributes", "; ".join(why))
    if opts.get("ts_ca") and vf is not None:
        tw = []
        for i, si in enumerate(infos):
            tw += ["signer %d %s" % (i, w) for w in ts_verify(
                vf, si, opts["ts_ca"])]
        n = sum(len(si["tokens"]) for si in infos)
        rep.check(prefix + "ts-verify", "; ".join(tw))
        rep.info("%d timestamp tokens verified with openssl ts -verify" % n)
    if prefix:
        return
    if opts.get("signers") is not None:
        rep.check("signers", None if len(infos) == opts["signers"] else
                  "%d SignerInfos, want %d" % (len(infos), opts["signers"]))
    if opts.get("first") is not None:
        first = infos[0]["subject"] if infos else ""
        rep.check("first-signer", None if re.search(opts["first"], first) else
                  "first SignerInfo is %r" % first)
    if opts.get("ekp"):
        n = sum(1 for si in infos if "encryptionKeyPreference" in si["signed"])
        rep.check("key-preference", None if infos and n == len(infos) else
                  "%d of %d SignerInfos name an encryption key preference"
                  % (n, len(infos)))
    if opts.get("ts") is not None:
        n = sum(1 for si in infos if "timeStampToken" in si["unsigned"])
        rep.check("timestamps", None if n == opts["ts"] else
                  "%d SignerInfos with a timestamp, want %d" % (n, opts["ts"]))


# ------------------------------------------------------ content, headers


def other_headers(msg):
    return [(k.lower(), re.sub(r"\r?\n", "\n", str(v))) for k, v in msg.items()
            if not k.lower().startswith("content-")
            and k.lower() != "mime-version"]


def readable(msg):
    """msg's header fields as a reader takes them: raw UTF-8 bytes (held by
    compat32 as surrogate escapes) as the text they are."""
    m = email.message.Message()
    for name, value in msg._headers:
        if isinstance(value, str):
            try:
                value = value.encode("utf-8", "surrogateescape").decode("utf-8")
            except UnicodeError:
                pass
        m[name] = value
    return m


def walk(msg, out, path="1"):
    """Flatten a parsed message into comparable records, in walk order."""
    ct = msg.get_content_type()
    if msg.is_multipart():
        out.append((path, "container", ct))
        if msg.get_content_maintype() == "message":
            for sub in msg.get_payload():
                out.append((path + ".1", "embedded headers",
                            other_headers(sub)))
                walk(sub, out, path + ".1")
        else:
            for i, sub in enumerate(msg.get_payload(), 1):
                walk(sub, out, "%s.%d" % (path, i))
        return out
    charset = msg.get_content_charset()
    if charset is None and msg.get_content_maintype() == "text":
        charset = "us-ascii"
    try:
        filename = readable(msg).get_filename()
    except (ValueError, LookupError) as e:
        filename = "<error %r>" % e
    data = msg.get_payload(decode=True) or b""
    if msg.get_content_maintype() == "text":
        data = data.replace(b"\r\n", b"\n")
    out.append((path, "type", ct))
    out.append((path, "charset", charset))
    out.append((path, "filename", filename))
    out.append((path, "bytes", data))
    return out


def first_diff(a, b):
    i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]),
             min(len(a), len(b)))
    return "at offset %d (len %d vs %d): %r vs %r" % (
        i, len(a), len(b), a[max(0, i - 20):i + 30], b[max(0, i - 20):i + 30])


def check_content(rep, part1, ref):
    pol = email.policy.compat32
    got = walk(email.message_from_bytes(part1, policy=pol), [])
    want = walk(email.message_from_bytes(ref, policy=pol), [])
    why = None
    for g, w in zip(got, want):
        if g[:2] != w[:2]:
            why = "structure differs: output %s %s, reference %s %s" % (
                g[0], g[1], w[0], w[1])
        elif g[2] != w[2]:
            what = first_diff(g[2], w[2]) if g[1] == "bytes" else \
                "%r vs reference %r" % (g[2], w[2])
            why = "part %s %s: %s" % (g[0], g[1], what)
        if why:
            break
    if not why and len(got) != len(want):
        why = "%d records, reference %d" % (len(got), len(want))
    rep.check("content", why)
    if not why:
        rep.info("%d leaves equal" % sum(1 for g in got if g[1] == "bytes"))


def protected_entities(entity, out, depth=0):
    """Raw bytes of the S/MIME or PGP/MIME entities nested in entity."""
    fields, at = split_head(entity)
    ct = parse_ctype(fields)
    body = entity[at:]
    if depth and ct.get_content_type() in PROTECTED:
        out.append(entity)
    elif ct.get_content_maintype() == "multipart" and depth < 50:
        b = param(ct, "boundary")
        parts = split_multipart(body, b.encode("latin-1"))[0] if b else []
        for s, e in parts:
            protected_entities(body[s:e], out, depth + 1)
    elif ct.get_content_type() == "message/rfc822" and depth < 50:
        protected_entities(body, out, depth + 1)
    return out


def check_nested(rep, part1, ref):
    """Signed or encrypted parts inside the message must stay byte for byte
    as they were, or their own signatures break (certmilter.conf(5): never sign or
    encrypt again what already is protected)."""
    nested = protected_entities(ref, [])
    if not nested:
        return
    lost = [i for i, ent in enumerate(nested) if ent not in part1]
    rep.check("nested-protected", "%d of %d nested signed/encrypted parts "
              "not byte-identical in part 1" % (len(lost), len(nested))
              if lost else None)


def top_fields(data, opts):
    """The top-level header fields that must be left exactly as they were."""
    marker = b"by " + opts["mta"].encode() + b" (Postfix)"
    fields, _ = split_head(data)
    keep = []
    for f in fields:
        n = field_name(f)
        if n.startswith("content-") or n == "mime-version" or \
                n in opts["ignore"] or (n == "received" and marker in f):
            continue
        keep.append(f)
    return keep


def check_headers(rep, out, ref, opts):
    got, want = top_fields(out, opts), top_fields(ref, opts)
    why = None
    for i, (g, w) in enumerate(zip(got, want)):
        if g != w:
            why = "field %d: %r, reference %r" % (i, g[:120], w[:120])
            break
    if not why and len(got) != len(want):
        extra = got[len(want):] or want[len(got):]
        why = "%d fields, reference %d (first extra: %r)" % (
            len(got), len(want), extra[0][:120])
    rep.check("headers", why)


def ref_entity(ref):
    """The content entity of REF as it is: its Content-* header fields, raw
    and in order (a Content-Type for text/plain us-ascii first when it has
    none), an empty line and the body; line ends LF."""
    fields, off = split_head(ref)
    content = [f for f in fields if field_name(f).startswith("content-")]
    if not any(field_name(f) == "content-type" for f in content):
        content.insert(0, b"Content-Type: text/plain; charset=us-ascii\n")
    return (b"".join(content) + b"\n" + ref[off:]).replace(b"\r\n", b"\n")


def check_as_is(rep, part1, ref):
    """--as-is: part 1 is REF's content entity byte for byte (CRLF aside)."""
    got, want = part1.replace(b"\r\n", b"\n"), ref_entity(ref)
    rep.check("as-is", None if got == want else first_diff(got, want))


def drop_mta_received(data, opts):
    marker = b"by " + opts["mta"].encode() + b" (Postfix)"
    fields, _ = split_head(data)
    rest = data[sum(len(f) for f in fields):]
    keep = [f for f in fields
            if not (field_name(f) == "received" and marker in f)]
    return b"".join(keep) + rest


def check_unchanged(rep, out, ref, opts):
    a, b = drop_mta_received(out, opts), drop_mta_received(ref, opts)
    rep.check("unchanged", None if a == b else first_diff(a, b))


# ----------------------------------------------------------------- main


def parse_args(argv):
    opts = {"mta": "mx.test.example", "ignore": set(), "unchanged": False,
            "tamper": False, "signers": None, "first": None, "ts": None,
            "name": None, "state": None, "files": [], "keep": False,
            "ekp": False, "skip": {}, "nested": False, "ts_ca": None,
            "as_is": False}
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ("--unchanged", "--tamper", "--keep", "--nested"):
            opts[a[2:]] = True
        elif a == "--as-is":
            opts["as_is"] = True
        elif a == "--expect-ekp":
            opts["ekp"] = True
        elif a == "--skip":
            i += 1
            check, _, why = argv[i].partition("=")
            opts["skip"][check] = why or "skipped on request"
        elif a in ("--state", "--name", "--mta-host", "--ignore-header",
                   "--expect-signers", "--expect-first", "--expect-ts",
                   "--setup", "--trust", "--ts-verify"):
            i += 1
            v = argv[i]
            key = {"--mta-host": "mta", "--expect-signers": "signers",
                   "--expect-first": "first", "--expect-ts": "ts",
                   "--ts-verify": "ts_ca"}.get(
                       a, a[2:])
            if key == "ignore-header":
                opts["ignore"].add(v.lower())
            elif key in ("signers", "ts"):
                opts[key] = int(v)
            else:
                opts[key] = v
        else:
            opts["files"].append(a)
        i += 1
    return opts


def check_layer(rep, sg, vf, opts, prefix):
    """One multipart/signed layer: structure, crypto, attributes. True when
    its part 1 could be split out."""
    if not check_structure(rep, sg, prefix):
        rep.info("not a multipart/signed entity: other checks not run")
        return False
    have_p7s = check_p7s(rep, sg, prefix)
    check_canonical(rep, sg.part1, prefix)
    if have_p7s:
        report_crypto(rep, sg, vf, prefix)
        check_attributes(rep, sg, opts, vf, prefix)
        if opts["tamper"]:
            check_tamper(rep, sg, vf, prefix)
    return True


def verify(opts):
    out_path, ref_path = opts["files"]
    rep = Report(opts["name"] or os.path.basename(out_path), opts["skip"])
    with open(out_path, "rb") as f:
        out = f.read()
    with open(ref_path, "rb") as f:
        ref = f.read()
    if opts["unchanged"]:
        check_unchanged(rep, out, ref, opts)
        return rep.failed
    tmp = tempfile.mkdtemp(prefix="v.", dir=opts["state"])
    try:
        vf = Verifiers(opts["state"], tmp)
        sg = Signed(out)
        if check_layer(rep, sg, vf, opts, ""):
            inner = sg.part1
            if opts["nested"]:
                sg = Signed(sg.part1)
                inner = sg.part1 if check_layer(rep, sg, vf, opts,
                                                "inner-") else None
            if inner is not None:
                if opts["as_is"]:
                    check_as_is(rep, inner, ref)
                check_content(rep, inner, ref)
                check_nested(rep, inner, ref)
        check_headers(rep, out, ref, opts)
    finally:
        if opts["keep"]:
            rep.info("scratch files kept in " + tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return rep.failed


def main(argv):
    opts = parse_args(argv[1:])
    if opts.get("setup"):
        if not opts.get("trust"):
            sys.exit("verify.py: --setup needs --trust")
        return setup(opts["setup"], opts["trust"])
    if not opts["state"] or len(opts["files"]) != 2:
        sys.stderr.write(__doc__)
        return 2
    return 1 if verify(opts) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
