"""der.py - just enough DER to list the SignerInfos of a CMS SignedData.

signer_infos(der_bytes) -> list of dicts, in encoding order:
  {"digest": OID, "signed": [OID...], "unsigned": [OID...],
   "subject": "CN=...,O=...", "serial": int, "signature": bytes,
   "tokens": [DER of each id-aa-timeStampToken value]}
Used by verify.py; stdlib only.
"""

OIDS = {
    "1.2.840.113549.1.9.3": "contentType",
    "1.2.840.113549.1.9.4": "messageDigest",
    "1.2.840.113549.1.9.5": "signingTime",
    "1.2.840.113549.1.9.15": "smimeCapabilities",
    "1.2.840.113549.1.9.16.2.47": "signingCertificateV2",
    "1.2.840.113549.1.9.16.2.12": "signingCertificate",
    "1.2.840.113549.1.9.16.2.11": "encryptionKeyPreference",
    "1.3.6.1.4.1.311.16.4": "msOEEncryptionKeyPreference",
    "1.2.840.113549.1.9.16.2.14": "timeStampToken",
    "2.16.840.1.101.3.4.2.1": "sha256",
    "2.16.840.1.101.3.4.2.2": "sha384",
    "2.16.840.1.101.3.4.2.3": "sha512",
    "1.3.14.3.2.26": "sha1",
}
NAMES = {"2.5.4.3": "CN", "2.5.4.4": "SN", "2.5.4.5": "serialNumber",
         "2.5.4.6": "C", "2.5.4.7": "L", "2.5.4.8": "ST", "2.5.4.10": "O",
         "2.5.4.11": "OU", "2.5.4.12": "title", "2.5.4.42": "GN",
         "1.2.840.113549.1.9.1": "emailAddress"}


def tlv(buf, pos):
    """(tag, content_start, end) of the element at pos."""
    tag = buf[pos]
    n = buf[pos + 1]
    pos += 2
    if n & 0x80:
        k = n & 0x7F
        n = int.from_bytes(buf[pos:pos + k], "big")
        pos += k
    return tag, pos, pos + n


def children(buf, start, end):
    out = []
    while start < end:
        tag, cs, ce = tlv(buf, start)
        out.append((tag, cs, ce, start))
        start = ce
    return out


def oid(raw):
    first = raw[0]
    parts = [min(first // 40, 2), first - 40 * min(first // 40, 2)]
    v = 0
    for b in raw[1:]:
        v = (v << 7) | (b & 0x7F)
        if not b & 0x80:
            parts.append(v)
            v = 0
    return ".".join(str(p) for p in parts)


def name_str(buf, s, e):
    out = []
    for _t, rs, re_, _ in children(buf, s, e):  # RDN SETs
        for _t2, as_, ae, _ in children(buf, rs, re_):  # AttributeTypeAndValue
            (t1, o1, o2, _), (_t3, v1, v2, _) = children(buf, as_, ae)[:2]
            key = NAMES.get(oid(buf[o1:o2]), oid(buf[o1:o2]))
            out.append("%s=%s" % (key, buf[v1:v2].decode("utf-8", "replace")))
    return ",".join(out)


def cert_ids(buf, cs, ce):
    """{(issuer_der, serial): subject} for the certificates SET."""
    ids = {}
    for tag, s, e, _ in children(buf, cs, ce):
        if tag != 0x30:
            continue
        tbs = children(buf, *children(buf, s, e)[0][1:3])
        i = 1 if tbs[0][0] == 0xA0 else 0
        serial = int.from_bytes(buf[tbs[i][1]:tbs[i][2]], "big", signed=True)
        issuer = buf[tbs[i + 2][3]:tbs[i + 2][2]]
        ids[(issuer, serial)] = name_str(buf, tbs[i + 4][1], tbs[i + 4][2])
    return ids


def attr_oids(buf, s, e):
    return [OIDS.get(oid(buf[a[1]:a[2]]), oid(buf[a[1]:a[2]]))
            for a in (children(buf, cs, ce)[0]
                      for _t, cs, ce, _ in children(buf, s, e))]


def attr_values(buf, s, e, want):
    """DER of every value of the attributes with OID name want."""
    out = []
    for _t, cs, ce, _ in children(buf, s, e):
        a = children(buf, cs, ce)
        if OIDS.get(oid(buf[a[0][1]:a[0][2]])) != want:
            continue
        for _t2, _vs, ve, vstart in children(buf, a[1][1], a[1][2]):
            out.append(bytes(buf[vstart:ve]))
    return out


def signer_infos(buf):
    _t, s, e = tlv(buf, 0)  # ContentInfo
    ci = children(buf, s, e)
    _t, s, e = tlv(buf, ci[1][1])  # [0] EXPLICIT -> SignedData SEQUENCE
    sd = children(buf, s, e)
    certs = {}
    for tag, cs, ce, _ in sd[3:-1]:
        if tag == 0xA0:
            certs = cert_ids(buf, cs, ce)
    out = []
    for _t, s, e, _ in children(buf, sd[-1][1], sd[-1][2]):
        si = children(buf, s, e)
        info = {"signed": [], "unsigned": [], "subject": "?", "serial": None,
                "signature": b"", "tokens": []}
        sid = si[1]
        if sid[0] == 0x30:  # IssuerAndSerialNumber
            iss, ser = children(buf, sid[1], sid[2])[:2]
            info["serial"] = int.from_bytes(buf[ser[1]:ser[2]], "big",
                                            signed=True)
            info["subject"] = certs.get((buf[iss[3]:iss[2]], info["serial"]),
                                        "?")
        alg = children(buf, si[2][1], si[2][2])[0]
        info["digest"] = OIDS.get(oid(buf[alg[1]:alg[2]]),
                                  oid(buf[alg[1]:alg[2]]))
        for tag, cs, ce, _ in si[3:]:
            if tag == 0xA0:
                info["signed"] = attr_oids(buf, cs, ce)
            elif tag == 0xA1:
                info["unsigned"] = attr_oids(buf, cs, ce)
                info["tokens"] = attr_values(buf, cs, ce, "timeStampToken")
            elif tag == 0x04:
                info["signature"] = bytes(buf[cs:ce])
        out.append(info)
    return out
