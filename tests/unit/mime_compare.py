#!/usr/bin/python3
"""mime_compare.py - an independent MIME reading for check_mime (Python's email).

  mime_compare.py protection MESSAGE
      print the top-level protection of MESSAGE as certmilter names it
      (plain, smime-signed, smime-opaque, smime-encrypted, pgp-signed,
      pgp-encrypted), decided from the first Content-Type header.

  mime_compare.py entity ORIGINAL ENTITY
      exit 0 when ENTITY (a content entity: Content-* headers and body)
      carries the same content as ORIGINAL (the message as the MTA gave it):
      same tree of content types, and for every leaf in walk order the same
      filename, charset and decoded bytes (text: CRLF and LF count as equal,
      nothing else is normalized); headers other than
      Content-Transfer-Encoding unchanged; every multipart/signed or
      multipart/encrypted inside copied byte for byte; no 8-bit byte outside
      those; every Content-Transfer-Encoding outside them 7bit, base64 or
      quoted-printable. Prints what differs and exits 1 otherwise.

  mime_compare.py signed|pkcs7 CONTENT_TYPE CTE DISPOSITION BODY ENTITY DER
      the headers (values folded with "\n") + BODY must make a message that
      signed: is a multipart/signed whose first part is exactly the bytes of
      ENTITY and whose second part is application/pkcs7-signature decoding
      to the bytes of DER; pkcs7: is application/pkcs7-mime, filename
      smime.p7m, decoding to the bytes of DER. Base64 lines at most 76.
"""
import email
import email.message
import email.policy
import email.utils
import re
import sys

SIGNED = ("multipart/signed", "multipart/encrypted")


def parse(data):
    return email.message_from_bytes(data, policy=email.policy.compat32)


def param(msg, name):
    value = msg.get_param(name)
    if value is None:
        return None
    return email.utils.collapse_rfc2231_value(value).strip().lower()


def protection(msg):
    ctype = msg.get_content_type()
    if ctype == "multipart/signed":
        if param(msg, "protocol") in ("application/pkcs7-signature",
                                      "application/x-pkcs7-signature"):
            return "smime-signed"
        return "pgp-signed"
    if ctype == "multipart/encrypted":
        return "pgp-encrypted"
    if ctype in ("application/pkcs7-mime", "application/x-pkcs7-mime"):
        if param(msg, "smime-type") == "signed-data":
            return "smime-opaque"
        return "smime-encrypted"
    return "plain"


def walk(msg, inside=False):
    """(part, inside_signed) in walk order."""
    yield msg, inside
    if msg.is_multipart():
        inner = inside or msg.get_content_type() in SIGNED
        for sub in msg.get_payload():
            yield from walk(sub, inner)


def headers(part, top):
    items = []
    for name, value in part.items():
        low = name.lower()
        if low == "content-transfer-encoding":
            continue
        if top and not low.startswith("content-"):
            continue
        items.append((low, value))
    return items


def unescape(text):
    """A compat32 string that held raw 8-bit bytes (surrogate escapes) as
    the UTF-8 text those bytes are."""
    if not isinstance(text, str):
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8")
    except UnicodeError:
        return text


def readable(part):
    """part's header fields as a reader takes them: raw UTF-8 bytes (held as
    surrogate escapes by compat32) as the text they are."""
    m = email.message.Message()
    for name, value in part._headers:
        m[name] = unescape(value)
    return m


def decoded_headers(part, top):
    """headers() with the values as a reader decodes them: RFC 2047 words,
    RFC 2231 parameters and raw UTF-8 alike (certmilter encodes raw UTF-8
    in part headers; what they say must not change)."""
    items = []
    part = readable(part)
    for low, value in headers(part, top):
        if low in ("content-type", "content-disposition"):
            params = part.get_params(header=low) or []
            value = [(unescape(k).lower(), unescape(email.utils.collapse_rfc2231_value(v)))
                     for k, v in params]
        else:
            value = unescape(str(email.header.make_header(
                email.header.decode_header(unescape(value)))))
            value = " ".join(value.split())
        items.append((low, value))
    return items


def signed_chunks(raw, msg):
    """Raw bytes of each multipart/signed|encrypted body below the top."""
    chunks = []
    for part, _ in walk(msg):
        if part is msg or part.get_content_type() not in SIGNED:
            continue
        b = re.escape(part.get_boundary().encode())
        m = re.search(rb"(?:^|\r\n)(--" + b + rb"\r\n.*?\r\n--" + b + rb"--)", raw, re.S)
        if m:
            chunks.append(m.group(1))
    return chunks


def leaf_problems(where, o, e, top_synth):
    out = []
    if readable(o).get_filename() != readable(e).get_filename():
        out.append("%s: filename %r != %r" % (where, o.get_filename(), e.get_filename()))
    od, ed = o.get_payload(decode=True) or b"", e.get_payload(decode=True) or b""
    if top_synth:
        want = "us-ascii"  # the RFC 2045 default the original had implicitly
        if e.get_content_charset() != want:
            out.append("%s: made-up charset %r, want %r" % (where, e.get_content_charset(), want))
    elif o.get_param("charset") != e.get_param("charset"):
        out.append("%s: charset %r != %r" % (where, o.get_param("charset"), e.get_param("charset")))
    if o.get_content_maintype() == "text":
        od, ed = od.replace(b"\r\n", b"\n"), ed.replace(b"\r\n", b"\n")
    if od != ed:
        at = next((i for i in range(min(len(od), len(ed))) if od[i] != ed[i]), min(len(od), len(ed)))
        out.append("%s: decoded content differs at byte %d (%d vs %d bytes): %r != %r"
                   % (where, at, len(od), len(ed), od[at:at + 30], ed[at:at + 30]))
    return out


def compare_entity(orig_raw, ent_raw):
    orig, ent = parse(orig_raw), parse(ent_raw)
    onodes, enodes = list(walk(orig)), list(walk(ent))
    otypes = [p.get_content_type() for p, _ in onodes]
    etypes = [p.get_content_type() for p, _ in enodes]
    if otypes != etypes:
        return ["structure differs: %s != %s" % (otypes, etypes)]
    problems = []
    synth = orig.get("content-type") is None
    for i, ((o, inside), (e, _)) in enumerate(zip(onodes, enodes)):
        where = "node %d (%s)" % (i, otypes[i])
        oh, eh = headers(o, i == 0), headers(e, i == 0)
        if synth and i == 0:
            eh = [h for h in eh if h[0] != "content-type"]
        if oh != eh and decoded_headers(o, i == 0) != decoded_headers(e, i == 0)[:len(oh)]:
            problems.append("%s: headers %r != %r" % (where, oh, eh))
        cte = (e.get("content-transfer-encoding") or "7bit").strip().lower()
        if not inside and cte not in ("7bit", "base64", "quoted-printable"):
            problems.append("%s: Content-Transfer-Encoding %s" % (where, cte))
        if o.is_multipart() != e.is_multipart():
            problems.append("%s: multipart in one, not the other" % where)
        elif not o.is_multipart():
            problems += leaf_problems(where, o, e, synth and i == 0)
    rest = ent_raw
    for chunk in signed_chunks(orig_raw, orig):
        if chunk not in ent_raw:
            problems.append("a signed/encrypted part was not copied byte for byte")
        rest = rest.replace(chunk, b"")
    if any(c >= 128 for c in rest):
        problems.append("8-bit bytes outside signed/encrypted parts")
    return problems


def output_message(ctype, cte, disp, body):
    head = b""
    for name, value in ((b"Content-Type", ctype), (b"Content-Transfer-Encoding", cte),
                        (b"Content-Disposition", disp)):
        if value:
            head += name + b": " + value.replace(b"\n", b"\r\n") + b"\r\n"
    return parse(head + b"\r\n" + body)


def base64_lines(raw):
    return ["base64 line of %d characters" % len(line)
            for line in raw.split(b"\r\n") if len(line) > 76]


def check_pkcs7(msg, body, der):
    problems = base64_lines(body)
    if msg.get_content_type() != "application/pkcs7-mime":
        problems.append("content type %s" % msg.get_content_type())
    if msg.get_filename() != "smime.p7m" or msg.get_param("name") != "smime.p7m":
        problems.append("file name %r" % msg.get_filename())
    if msg.get_payload(decode=True) != der:
        problems.append("does not decode to the DER")
    return problems


def check_signed(msg, body, entity, der):
    problems = []
    if msg.get_content_type() != "multipart/signed" or len(msg.get_payload()) != 2:
        return ["not a two-part multipart/signed"]
    if param(msg, "protocol") != "application/pkcs7-signature":
        problems.append("protocol is %r" % param(msg, "protocol"))
    b = msg.get_boundary().encode()
    if b in entity:
        problems.append("boundary occurs in the entity")
    start = body.index(b"--" + b + b"\r\n") + len(b) + 4
    end = body.index(b"\r\n--" + b + b"\r\n", start)
    if body[start:end] != entity:
        problems.append("first part is not the entity byte for byte")
    problems += base64_lines(body[body.index(b"Signature\r\n\r\n"):])
    sig = msg.get_payload(1)
    if sig.get_content_type() != "application/pkcs7-signature":
        problems.append("second part is %s" % sig.get_content_type())
    if sig.get_payload(decode=True) != der:
        problems.append("signature does not decode to the DER")
    return problems


def main(argv):
    if len(argv) == 3 and argv[1] == "protection":
        print(protection(parse(open(argv[2], "rb").read())))
        return 0
    if len(argv) == 4 and argv[1] == "entity":
        problems = compare_entity(open(argv[2], "rb").read(), open(argv[3], "rb").read())
    elif len(argv) == 8 and argv[1] in ("signed", "pkcs7"):
        body, entity, der = (open(f, "rb").read() for f in argv[5:8])
        msg = output_message(*(a.encode() for a in argv[2:5]), body)
        if argv[1] == "signed":
            problems = check_signed(msg, body, entity, der)
        else:
            problems = check_pkcs7(msg, body, der)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for p in problems:
        print("mime_compare: " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
