#!/usr/bin/python3
"""manpages.py - compare the man pages with what the code knows.

  manpages.py config DUMP PAGE
      DUMP is the output of "dump_schema config" (the schema table of
      policy/config_keys.h), PAGE doc/certmilter.conf.5.  Both directions:
      every schema row must be documented in the KEYS section with the same
      type, default, range (integers) and choices (enumerations) and with
      the schema's description; every key the KEYS section documents must
      be a schema row.
  manpages.py policy-keys PAGE
      Print the keys that doc/certmilter-policy.5 documents (CONDITIONS
      and ACTIONS sections), one a line.
  manpages.py policy DUMP PAGE POLICY_C
      DUMP is "dump_schema policy KEY..." for those keys and a canary.
      Each documented key must be what the loader says (condition or
      action) with the same choices and built-in default; every key name
      policy.c compares a rule setting with must be documented.
  manpages.py version PAGE VERSION
      The .TH line of PAGE must name "certmilter VERSION".

Output: "PASS: PAGE KEY" / "FAIL: PAGE KEY: why" per key.  Exit 1 on FAIL.

Man page convention (one entry per key, greppable):

    .TP
    .B tsa.timeout
    Type: integer; default: 5; range: 1\\(en300.
    .br
    Seconds to wait for each TSA request.

Types: string, integer, boolean, list of strings, enumeration (followed by
"; choices: a, b, c"), list of groups; a group is a ".SS NAME" heading
followed by its description.  "default: none" means no default.  Defaults
are written as libconfig values ("tempfail" with its quotes, [ ... ]).
"""
import re
import sys

TYPES = {"string": "string", "integer": "integer", "boolean": "boolean",
         "list of strings": "strlist", "enumeration": "enum",
         "list of groups": "list", "group": "group",
         # policy file only
         "pattern": "pattern", "list of classes": "classlist"}
TYPE_LINE = re.compile(
    r"^Type: (?P<type>[a-z ]+); default: (?P<default>.*?)"
    r"(?:; range: (?P<min>-?[0-9]+)\\\(en(?P<max>-?[0-9]+))?"
    r"(?:; choices: (?P<choices>[^;]*))?\.$")
FAILED = 0


def report(page, key, why):
    global FAILED
    if why:
        FAILED += 1
        print("FAIL: %s %s: %s" % (page, key, why))
    else:
        print("PASS: %s %s" % (page, key))


def unroff(s):
    """roff text to plain text, enough for what these pages use."""
    s = re.sub(r"\\f[BIRP]", "", s)
    for a, b in (("\\(dq", '"'), ("\\(en", "\u2013"), ("\\-", "-"),
                 ("\\&", ""), ("\\e", "\\")):
        s = s.replace(a, b)
    return s


def macro_text(line):
    """Text of a font macro line (.B, .BR, .I ...), else None."""
    m = re.match(r"^\.(B|I|BR|RB|BI|IB|IR|RI) ?(.*)$", line)
    if not m:
        return None
    args = re.findall(r'"([^"]*)"|(\S+)', m.group(2))
    return "".join(a or b for a, b in args)


def section(lines, title):
    """Lines of section .SH TITLE, without the .SH line."""
    out, inside = [], False
    for line in lines:
        if line.startswith(".SH"):
            inside = line[3:].strip().strip('"') == title
            continue
        if inside:
            out.append(line)
    return out


def entries(lines):
    """{key: {"kind": "group"|"key", "type": LINE or None, "text": str}}
    from the .SS headings and .TP/.B entries of a section."""
    out, order, cur = {}, [], None
    i = 0
    while i < len(lines):
        line = lines[i]
        name = None
        if line.startswith(".SS "):
            name, kind = line[4:].strip(), "group"
        elif line == ".TP" and i + 1 < len(lines) and \
                lines[i + 1].startswith(".B "):
            name, kind = lines[i + 1][3:].strip(), "key"
            i += 1
        elif line.startswith((".SH", ".TP", ".PP", ".IP")):
            cur = None
        elif cur is not None and not line.startswith(".br") \
                and not line.startswith(".\\\""):
            if line.startswith("Type: ") and cur["type"] is None \
                    and not cur["text"]:
                cur["type"] = line
            else:
                text = macro_text(line) if line.startswith(".") else line
                cur["text"] += " " + (text or "")
        if name is not None:
            name = unroff(name)
            if name in out:
                report(PAGE, name, "documented twice")
            cur = {"kind": kind, "type": None, "text": ""}
            out[name] = cur
            order.append(name)
        i += 1
    for e in out.values():
        e["text"] = " ".join(unroff(e["text"]).split())
    return out


def parse_type(line):
    """(type, default, min, max, choices) of a Type: line, or a reason."""
    m = TYPE_LINE.match(line or "")
    if not m:
        return "no line \"Type: ...; default: ....\" after the key"
    t = TYPES.get(m.group("type"))
    if t is None:
        return "unknown type \"%s\"" % m.group("type")
    choices = m.group("choices")
    if choices is not None:
        choices = "|".join(unroff(c).strip() for c in choices.split(","))
    return (t, unroff(m.group("default")), m.group("min"), m.group("max"),
            choices)


def compare_row(row, doc, sysconfdir):
    """Why the documented entry doc differs from schema row, or None."""
    name, typ, dflt, lo, hi, choices, desc = row
    if typ == "group":
        if doc["kind"] != "group":
            return "a group in the schema: document it as .SS %s" % name
        if desc not in doc["text"]:
            return "description differs from the schema's: %r" % desc
        return None
    if doc["kind"] != "key":
        return "a key in the schema, a .SS group heading in the page"
    got = parse_type(doc["type"])
    if isinstance(got, str):
        return got
    mtype, mdflt, mlo, mhi, mchoices = got
    want_dflt = "none" if dflt == "-" else dflt
    if sysconfdir != "/etc" and want_dflt.startswith('"' + sysconfdir + "/"):
        want_dflt = '"/etc/' + want_dflt[len(sysconfdir) + 2:]
    if mtype != typ:
        return "type %s in the schema, %s in the page" % (typ, mtype)
    if mdflt != want_dflt:
        return "default %s in the schema, %s in the page" % (want_dflt, mdflt)
    want_range = (lo, hi) if typ == "integer" else (None, None)
    if (mlo, mhi) != want_range:
        return "range %s in the schema, %s in the page" % (
            "%s\u2013%s" % want_range if typ == "integer" else "none",
            "%s\u2013%s" % (mlo, mhi) if mlo is not None else "none")
    want_choices = choices if typ == "enum" else None
    if mchoices != want_choices:
        return "choices %s in the schema, %s in the page" % (
            want_choices, mchoices)
    if desc not in doc["text"]:
        return "description differs from the schema's: %r" % desc
    return None


def check_config(dump, page):
    sysconfdir, rows = "/etc", []
    with open(dump) as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if fields[0] == "#sysconfdir":
                sysconfdir = fields[1]
            elif len(fields) == 7:
                rows.append(fields)
            else:
                report(PAGE, fields[0], "dump line has %d fields" % len(fields))
    with open(page) as f:
        docs = entries(section(f.read().split("\n"), "KEYS"))
    if len(rows) < 10:
        report(PAGE, "schema", "only %d schema rows dumped" % len(rows))
    for row in rows:
        doc = docs.pop(row[0], None)
        if doc is None:
            report(PAGE, row[0], "in the schema, not documented in KEYS")
        else:
            report(PAGE, row[0], compare_row(row, doc, sysconfdir))
    for name in docs:
        report(PAGE, name, "documented in KEYS, but not a key of the schema")


def policy_docs(page):
    with open(page) as f:
        lines = f.read().split("\n")
    docs = entries(section(lines, "CONDITIONS"))
    acts = entries(section(lines, "ACTIONS"))
    for k in set(docs) & set(acts):
        report(PAGE, k, "documented as condition and as action")
    for e in docs.values():
        e["section"] = "condition"
    for e in acts.values():
        e["section"] = "action"
    docs.update(acts)
    return docs


def policy_default(typ, code_dflt):
    if typ == "classlist":
        return "[ %s ]" % ", ".join('"%s"' % c for c in code_dflt.split("|"))
    return '"%s"' % code_dflt


def compare_policy(name, doc, code):
    if code[0] == "unknown":
        return "documented, but the policy loader does not know it"
    if code[0] != doc["section"]:
        return "the loader takes it as %s, the page lists it under %ss" % (
            code[0], doc["section"])
    got = parse_type(doc["type"])
    if isinstance(got, str):
        return got
    mtype, mdflt, mlo, _, mchoices = got
    if code[0] == "condition":
        if (mtype, mdflt, mchoices) != ("pattern", "none", None):
            return "a condition: want \"Type: pattern; default: none.\""
        return None
    choices, dflt = code[1], code[2]
    want_type = "classlist" if name == "sign" else "enum"
    if mtype != want_type or mlo is not None:
        return "type %s in the code, %s in the page" % (want_type, mtype)
    if mchoices != choices:
        return "choices %s in the code, %s in the page" % (choices, mchoices)
    if mdflt != policy_default(mtype, dflt):
        return "built-in default %s in the code, %s in the page" % (
            policy_default(mtype, dflt), mdflt)
    return None


def check_policy(dump, page, policy_c):
    docs = policy_docs(page)
    code = {}
    with open(dump) as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            code[fields[0]] = fields[1:]
    for name, doc in docs.items():
        report(PAGE, name, compare_policy(name, doc, code.get(name, ["unknown"])))
    canaries = [k for k, v in code.items() if k not in docs]
    for k in canaries:
        report(PAGE, "canary " + k, None if code[k] == ["unknown"] else
               "undocumented key %s accepted by the loader" % k)
    with open(policy_c) as f:
        src = f.read()
    for k in sorted(set(re.findall(r'strcmp\(name, "([a-z_]+)"\)', src))):
        if k in ("defaults", "rules"):
            continue
        if k not in docs:
            report(PAGE, k, "policy.c knows this key; the page does not")


def check_version(page, version):
    with open(page) as f:
        th = [l for l in f if l.startswith(".TH ")]
    want = '"certmilter %s"' % version
    report(PAGE, "version", None if th and want in th[0] else
           "the .TH line does not name %s (configure.ac): %s" % (
               want, th[0].strip() if th else "no .TH"))


def main(argv):
    global PAGE
    cmd = argv[1] if len(argv) > 1 else ""
    if cmd == "config" and len(argv) == 4:
        PAGE = "certmilter.conf(5)"
        check_config(argv[2], argv[3])
    elif cmd == "policy-keys" and len(argv) == 3:
        PAGE = "certmilter-policy(5)"
        print("\n".join(policy_docs(argv[2])))
    elif cmd == "policy" and len(argv) == 5:
        PAGE = "certmilter-policy(5)"
        check_policy(argv[2], argv[3], argv[4])
    elif cmd == "version" and len(argv) == 4:
        PAGE = argv[2].rsplit("/", 1)[-1]
        check_version(argv[2], argv[3])
    else:
        sys.stderr.write(__doc__)
        return 2
    return 1 if FAILED else 0


PAGE = "?"
if __name__ == "__main__":
    sys.exit(main(sys.argv))
