/*
 * check_mime.c - unit tests for crypto/mime/mime.h.
 *
 * Content preservation is judged by an independent reader: Python's email
 * package, through tests/unit/mime_compare.py. Every message of the test
 * corpus (tests/corpus, plus ../shared/corpus when present: testcorpus.h)
 * is split as the MTA would hand it to the milter and run through
 * mime_protection_of and mime_entity; crafted messages cover each
 * conversion rule, the failures, and the multipart/signed assembly.
 */
#define _GNU_SOURCE /* memmem, strndup */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <gmime/gmime.h>

#include "mime.h"
#include "mime_int.h"
#include "testcorpus.h"

#define PYTHON  "/usr/bin/python3"
#define COMPARE SRCDIR "/tests/unit/mime_compare.py"

static char tmpdir[] = "/tmp/check_mime.XXXXXX";
static struct test_corpus corpus;

/* ---- helpers: a message as the MTA hands it over ---- */

struct msg {
	struct mime_header h[512];
	size_t nh;
	struct buf body; /* CRLF */
};

static void msg_free(struct msg *m)
{
	for (size_t i = 0; i < m->nh; i++) {
		free(m->h[i].name);
		free(m->h[i].value);
	}
	buf_free(&m->body);
	m->nh = 0;
}

static bool is_header_line(const char *line, size_t len)
{
	size_t i = 0;

	while (i < len && line[i] > ' ' && line[i] < 127 && line[i] != ':')
		i++;
	return i > 0 && i < len && line[i] == ':';
}

/* name: value, leading white space of the value removed (as the MTA does) */
static void add_header(struct msg *m, const char *line, size_t len)
{
	size_t colon = strcspn(line, ":"), v = colon + 1;

	ck_assert_uint_lt(m->nh, sizeof(m->h) / sizeof(m->h[0]));
	while (v < len && (line[v] == ' ' || line[v] == '\t'))
		v++;
	m->h[m->nh].name = strndup(line, colon);
	m->h[m->nh++].value = strndup(line + v, len - v);
}

/* a continuation line: "\n" + the line, white space and all */
static void continue_header(struct msg *m, const char *line, size_t len)
{
	char *old = m->h[m->nh - 1].value;

	ck_assert_int_gt(asprintf(&m->h[m->nh - 1].value, "%s\n%.*s", old, (int)len, line), 0);
	free(old);
}

/* Headers up to the first empty line or the first line that is no header
 * (Postfix starts the body there), folded with "\n"; a leading mbox "From "
 * line is dropped; body lines end in CRLF, the last one too. */
static void split_message(const char *data, size_t len, struct msg *m)
{
	size_t pos = 0;
	bool in_headers = true;

	memset(m, 0, sizeof(*m));
	if (len >= 5 && memcmp(data, "From ", 5) == 0)
		pos = (const char *)memchr(data, '\n', len) - data + 1;
	while (pos < len) {
		const char *nl = memchr(data + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - data) : len;
		size_t llen = end - pos;

		if (llen > 0 && data[end - 1] == '\r')
			llen--;
		if (in_headers && llen == 0) {
			in_headers = false;
		} else if (in_headers && (data[pos] == ' ' || data[pos] == '\t') && m->nh > 0) {
			continue_header(m, data + pos, llen);
		} else if (in_headers && is_header_line(data + pos, llen)) {
			add_header(m, data + pos, llen);
		} else {
			in_headers = false;
			buf_append(&m->body, data + pos, llen);
			buf_append(&m->body, "\r\n", 2);
		}
		pos = end + 1;
	}
}

static void write_file(const char *path, const void *data, size_t len)
{
	ck_assert(g_file_set_contents(path, data, (gssize)len, NULL));
}

/* Run mime_compare.py with arguments; its exit status. */
static int run_python(const char *args)
{
	char cmd[2048];

	snprintf(cmd, sizeof(cmd), "%s %s %s", PYTHON, COMPARE, args);
	return system(cmd);
}

/* The message as the milter sees it, written out for the Python reader. */
static void write_mta_view(const struct msg *m, const char *path)
{
	struct buf b = {0};

	for (size_t i = 0; i < m->nh; i++) {
		buf_append(&b, m->h[i].name, strlen(m->h[i].name));
		buf_append(&b, ": ", 2);
		for (const char *p = m->h[i].value; *p; p++)
			buf_append(&b, *p == '\n' ? "\r\n" : p, *p == '\n' ? 2 : 1);
		buf_append(&b, "\r\n", 2);
	}
	buf_append(&b, "\r\n", 2);
	buf_append(&b, m->body.data, m->body.len);
	write_file(path, b.data, b.len);
	buf_free(&b);
}

static FILE *body_file(const struct msg *m)
{
	FILE *f = tmpfile();

	ck_assert(f != NULL);
	if (m->body.len)
		ck_assert_uint_eq(fwrite(m->body.data, 1, m->body.len, f), m->body.len);
	return f; /* left at the end on purpose: mime_entity rewinds */
}

/* The spooled buffers of these tests go to a file past 256 bytes, so the
 * corpus also runs through the file side of sbuf. */
static struct sbuf *new_sbuf(void)
{
	struct sbuf_opts o = {tmpdir, 256};

	return sbuf_create(&o);
}

/* The bytes of sb appended to b. */
static void sbuf_to_buf(struct sbuf *sb, struct buf *b)
{
	cm_err err;

	ck_assert_msg(sbuf_slurp(sb, b, &err) == 0, "%s", err.text);
}

/* mime_entity (or mime_entity_as_is) into a struct buf. */
static int entity_buf(const struct mime_header *h, size_t nh, FILE *f, struct buf *ent, bool as_is,
                      cm_err *err)
{
	struct sbuf *sb = new_sbuf();
	int rc =
	    as_is ? mime_entity_as_is(h, nh, f, sb, err) : mime_entity(h, nh, f, sb, NULL, 0, err);

	if (rc < 0)
		ck_assert_uint_eq(sbuf_len(sb), 0);
	sbuf_to_buf(sb, ent);
	sbuf_destroy(sb);
	return rc;
}

static int run_entity(const struct msg *m, struct buf *ent, cm_err *err)
{
	FILE *f = body_file(m);
	int rc;

	memset(ent, 0, sizeof(*ent));
	err->text[0] = '\0';
	rc = entity_buf(m->h, m->nh, f, ent, false, err);
	fclose(f);
	return rc;
}

/* Python's opinion: 0 when the entity preserves the message. */
static int compare_with_python(const struct msg *m, const struct buf *ent)
{
	char orig[256], entf[256], args[600];

	snprintf(orig, sizeof(orig), "%s/orig.eml", tmpdir);
	snprintf(entf, sizeof(entf), "%s/entity.eml", tmpdir);
	write_mta_view(m, orig);
	write_file(entf, ent->data, ent->len);
	snprintf(args, sizeof(args), "entity %s %s", orig, entf);
	return run_python(args);
}

static void python_protection(const struct msg *m, char *out, size_t len)
{
	char orig[256], cmd[1024];
	FILE *p;

	snprintf(orig, sizeof(orig), "%s/orig.eml", tmpdir);
	write_mta_view(m, orig);
	snprintf(cmd, sizeof(cmd), "%s %s protection %s", PYTHON, COMPARE, orig);
	p = popen(cmd, "r");
	ck_assert(p != NULL);
	ck_assert(fgets(out, (int)len, p) != NULL);
	out[strcspn(out, "\n")] = '\0';
	ck_assert_int_eq(pclose(p), 0);
}

/* Every line CRLF, at most 998 octets, no NUL, no bare CR or LF. */
/* The first offence against the wire form (NUL, bare CR or LF, a line
 * over 998 octets) in e, or NULL. Plain code: a ck_assert per byte costs a
 * write(2) each in Check and made the 1.8 MB corpus message take minutes
 * under valgrind. */
static const char *wire_offence(const struct buf *e, size_t *at)
{
	size_t linelen = 0;

	for (size_t i = 0; i < e->len; i++) {
		unsigned char c = e->data[i];

		*at = i;
		if (c == 0)
			return "NUL";
		if (c == '\r') {
			if (i + 1 >= e->len || e->data[i + 1] != '\n')
				return "bare CR";
			linelen = 0;
			i++;
			continue;
		}
		if (c == '\n')
			return "bare LF";
		if (++linelen > 998)
			return "line over 998 octets";
	}
	return NULL;
}

static void assert_wire_safe(const struct buf *e, const char *what)
{
	size_t at = 0;
	const char *offence = wire_offence(e, &at);

	ck_assert_msg(offence == NULL, "%s: %s at %zu", what, offence ? offence : "", at);
}

static bool has_8bit(const struct buf *e)
{
	for (size_t i = 0; i < e->len; i++)
		if (e->data[i] & 0x80)
			return true;
	return false;
}

static bool contains(const struct buf *e, const char *s)
{
	return e->len && memmem(e->data, e->len, s, strlen(s)) != NULL;
}

/* A message from literal text: "\n" line ends, headers then body. */
static void make_msg(struct msg *m, const char *text)
{
	split_message(text, strlen(text), m);
}

/* mime_entity succeeds, the result is wire-safe and Python agrees. */
static void entity_ok(const char *text, struct buf *ent)
{
	struct msg m;
	cm_err err;
	int rc;

	make_msg(&m, text);
	rc = run_entity(&m, ent, &err);
	ck_assert_msg(rc == 0, "mime_entity failed: %s", err.text);
	assert_wire_safe(ent, "entity");
	ck_assert_msg(compare_with_python(&m, ent) == 0, "Python sees different content");
	msg_free(&m);
}

static void entity_fails(const char *text, const char *errpart)
{
	struct msg m;
	struct buf ent;
	cm_err err;

	make_msg(&m, text);
	ck_assert_int_eq(run_entity(&m, &ent, &err), -1);
	ck_assert_msg(strstr(err.text, errpart) != NULL, "err \"%s\" lacks \"%s\"", err.text,
	              errpart);
	ck_assert_uint_eq(ent.len, 0);
	ck_assert_ptr_null(ent.data);
	msg_free(&m);
}

/* ---- the corpus ---- */

static const char *category_protection(const char *base)
{
	static const struct {
		const char *prefix, *prot;
	} map[] = {
	    {"smime-signed-", "smime-signed"},
	    {"smime-opaque-signed-", "smime-opaque"},
	    {"smime-encrypted-", "smime-encrypted"},
	    {"pgp-mime-encrypted-", "pgp-encrypted"},
	    {"plain-7bit-", "plain"},
	    {"smime-nested-double-", "smime-signed"},
	};

	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strncmp(base, map[i].prefix, strlen(map[i].prefix)) == 0)
			return map[i].prot;
	return NULL;
}

/* Broken on purpose: an error is an acceptable answer. */
static bool may_refuse(const char *base)
{
	return strncmp(base, "malformed-", 10) == 0;
}

/* One way of making the entity: rc, bytes, note, and *as_is. way 0: as
 * certmilter does at end of message without a prep; 1: every shortcut off
 * (GMime parses, converts and writes); 2: with a mime_prep fed the body in
 * slices of 1 and 7 bytes, as the milter feeds it while the body arrives. */
struct way {
	int rc;
	struct buf ent;
	char note[256];
	bool as_is;
};

static void entity_way(const struct msg *m, int way, struct way *w)
{
	FILE *f = body_file(m);
	struct sbuf *sb = new_sbuf();
	struct mime_prep *mp = NULL;
	cm_err err;

	memset(w, 0, sizeof(*w));
	mime_entity_no_shortcuts = way == 1;
	if (way == 2) {
		mp = mime_prep_create(m->h, m->nh);
		for (size_t i = 0, n; i < m->body.len; i += n) {
			n = i % 2 ? 7 : 1;
			n = n > m->body.len - i ? m->body.len - i : n;
			mime_prep_feed(mp, (const unsigned char *)m->body.data + i, n);
		}
	}
	w->rc = mime_entity_with(m->h, m->nh, f, mp, sb, w->note, sizeof(w->note), &w->as_is, &err);
	mime_entity_no_shortcuts = false;
	sbuf_to_buf(sb, &w->ent);
	if (way == 2 && w->rc == 0) { /* as_is: exactly the header block and the body */
		size_t hl = 0;
		const char *h = mime_prep_header(mp, &hl);
		bool really =
		    h != NULL && w->ent.len == hl + m->body.len &&
		    memcmp(w->ent.data, h, hl) == 0 &&
		    (m->body.len == 0 || memcmp(w->ent.data + hl, m->body.data, m->body.len) == 0);

		ck_assert_int_eq(w->as_is, really);
	}
	mime_prep_destroy(mp);
	sbuf_destroy(sb);
	fclose(f);
}

/* The shortcuts (the plain leaf taken without GMime, the unchanged tree
 * copied instead of written, the scan taken from the prep) give what the
 * long way gives, byte for byte, note included. Returns whether the
 * entity is the message as it is (way 2's as_is). */
static bool check_shortcuts(const struct msg *m, const char *base)
{
	struct way w[3];
	bool as_is;

	for (int i = 0; i < 3; i++)
		entity_way(m, i, &w[i]);
	for (int i = 1; i < 3; i++) {
		ck_assert_msg(w[i].rc == w[0].rc, "%s: way %d rc %d, way 0 rc %d", base, i, w[i].rc,
		              w[0].rc);
		ck_assert_msg(w[i].ent.len == w[0].ent.len &&
		                  (w[0].ent.len == 0 ||
		                   memcmp(w[i].ent.data, w[0].ent.data, w[0].ent.len) == 0),
		              "%s: way %d made another entity", base, i);
		ck_assert_msg(strcmp(w[i].note, w[0].note) == 0, "%s: note \"%s\" against \"%s\"",
		              base, w[i].note, w[0].note);
	}
	as_is = w[2].as_is;
	for (int i = 0; i < 3; i++)
		buf_free(&w[i].ent);
	return as_is;
}

START_TEST(test_corpus_file)
{
	const char *path = corpus.path[_i];
	const char *base = strrchr(path, '/') + 1;
	const char *cat = category_protection(base);
	char want[64];
	struct msg m;
	struct buf ent;
	cm_err err;
	gsize len;
	char *data;
	enum mime_protection p;
	bool as_is;

	ck_assert(g_file_get_contents(path, &data, &len, NULL));
	split_message(data, len, &m);
	g_free(data);
	python_protection(&m, want, sizeof(want));
	if (cat)
		ck_assert_msg(strcmp(cat, want) == 0, "%s: Python says %s, category %s", base, want,
		              cat);
	p = mime_protection_of(m.h, m.nh);
	ck_assert_msg(strcmp(mime_protection_name(p), want) == 0, "%s: %s, want %s", base,
	              mime_protection_name(p), want);
	if (p != MIME_PLAIN) {
		printf("corpus %-46s %s: passed through\n", base, want);
		msg_free(&m);
		return;
	}
	as_is = check_shortcuts(&m, base);
	if (run_entity(&m, &ent, &err) != 0) {
		ck_assert_msg(may_refuse(base), "%s: mime_entity: %s", base, err.text);
		ck_assert_msg(err.text[0] != '\0', "%s: refused without a reason", base);
		printf("corpus %-46s refused: %s\n", base, err.text);
		msg_free(&m);
		return;
	}
	assert_wire_safe(&ent, base);
	ck_assert_msg(compare_with_python(&m, &ent) == 0, "%s: content not preserved", base);
	printf("corpus %-46s entity of %zu bytes%s%s\n", base, ent.len,
	       has_8bit(&ent) ? " (8-bit inside signed part)" : "", as_is ? " (as it is)" : "");
	buf_free(&ent);
	msg_free(&m);
}
END_TEST

START_TEST(test_corpus_absent)
{
	ck_abort_msg("no message in %s: the test corpus is part of the repository", CORPUS_DIR);
}
END_TEST

/* ---- protection ---- */

START_TEST(test_protection)
{
	static const struct {
		const char *ct;
		enum mime_protection want;
	} cases[] = {
	    {"text/plain", MIME_PLAIN},
	    {"multipart/mixed; boundary=x", MIME_PLAIN},
	    {"multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256; "
	     "boundary=x",
	     MIME_SMIME_SIGNED},
	    {"Multipart/Signed; boundary=x;\n\tprotocol=application/x-pkcs7-signature",
	     MIME_SMIME_SIGNED},
	    {"multipart/signed; protocol=\"APPLICATION/PKCS7-SIGNATURE\"; boundary=x",
	     MIME_SMIME_SIGNED},
	    {"multipart/signed; protocol*=us-ascii''application%2Fpkcs7-signature; boundary=x",
	     MIME_SMIME_SIGNED},
	    {"multipart/signed; protocol*0=\"application/pk\"; protocol*1=\"cs7-signature\"; "
	     "boundary=x",
	     MIME_SMIME_SIGNED},
	    {"multipart/signed; protocol=\"application/pgp-signature\"; boundary=x",
	     MIME_PGP_SIGNED},
	    {"multipart/signed; boundary=x", MIME_PGP_SIGNED},
	    {"multipart/encrypted; protocol=\"application/pgp-encrypted\"; boundary=x",
	     MIME_PGP_ENCRYPTED},
	    {"application/pkcs7-mime; smime-type=signed-data; name=smime.p7m", MIME_SMIME_OPAQUE},
	    {"application/x-pkcs7-mime; smime-type=\"Signed-Data\"", MIME_SMIME_OPAQUE},
	    {"application/pkcs7-mime; smime-type*=''signed-data", MIME_SMIME_OPAQUE},
	    {"application/pkcs7-mime; smime-type=enveloped-data", MIME_SMIME_ENCRYPTED},
	    {"application/pkcs7-mime; name=smime.p7m", MIME_SMIME_ENCRYPTED},
	    {"APPLICATION/X-PKCS7-MIME", MIME_SMIME_ENCRYPTED},
	    {"application/pkcs7-signature", MIME_PLAIN},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct mime_header h[2] = {{"Subject", "x"}, {"content-type", (char *)cases[i].ct}};

		struct mime_header plain_first[2] = {{"Content-Type", "text/plain"}, h[1]};
		struct mime_header plain_last[3] = {h[0], h[1], {"Content-Type", "text/plain"}};
		struct mime_header twice[3] = {h[1], h[0], {"CONTENT-TYPE", (char *)cases[i].ct}};

		ck_assert_msg(mime_protection_of(h, 2) == cases[i].want, "%s -> %s", cases[i].ct,
		              mime_protection_name(mime_protection_of(h, 2)));
		/* fields that disagree: not taken as protected, whichever comes first */
		ck_assert(mime_protection_of(plain_first, 2) == MIME_PLAIN);
		ck_assert(mime_protection_of(plain_last, 3) == MIME_PLAIN);
		/* the same protection twice is still that protection */
		ck_assert(mime_protection_of(twice, 3) == cases[i].want);
	}
	ck_assert_int_eq(mime_protection_of(NULL, 0), MIME_PLAIN);
	ck_assert_str_eq(mime_protection_name(MIME_SMIME_OPAQUE), "smime-opaque");
}
END_TEST

START_TEST(test_content_header)
{
	ck_assert(mime_is_content_header("Content-Type"));
	ck_assert(mime_is_content_header("content-transfer-encoding"));
	ck_assert(mime_is_content_header("CONTENT-ID"));
	ck_assert(mime_is_content_header("Mime-Version"));
	ck_assert(!mime_is_content_header("MIME-Versions"));
	ck_assert(!mime_is_content_header("Content"));
	ck_assert(!mime_is_content_header("X-Content-Type"));
	ck_assert(!mime_is_content_header("Subject"));
}
END_TEST

START_TEST(test_first_address)
{
	static const struct {
		const char *value, *want;
	} cases[] = {
	    {"alice@example.com", "alice@example.com"},
	    {"Alice Example <alice@example.com>", "alice@example.com"},
	    {"\"Example, Alice\" <alice@example.com>, bob@example.com", "alice@example.com"},
	    {"=?utf-8?q?Al=C3=AFce?= <alice@example.com>", "alice@example.com"},
	    {"Team: carol@example.com, dave@example.com;", "carol@example.com"},
	    {"undisclosed-recipients:;, erin@example.com", "erin@example.com"},
	    {"Alice\n\t<alice@example.com>", "alice@example.com"},
	    {"alice@example.com (Alice)", "alice@example.com"},
	    {"", NULL},
	    {"undisclosed-recipients:;", NULL},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *got = mime_first_address(cases[i].value);

		if (cases[i].want == NULL)
			ck_assert_msg(got == NULL, "%s -> %s", cases[i].value, got);
		else
			ck_assert_msg(got && strcmp(got, cases[i].want) == 0, "%s -> %s",
			              cases[i].value, got ? got : "(null)");
		free(got);
	}
}
END_TEST

/* The From: facts outbound_from_ambiguous() judges: mailboxes counted
 * across groups, the first address and its decoded display name. */
START_TEST(test_from_parse)
{
	static const struct {
		const char *value;
		size_t n;
		bool group;
		const char *addr, *name;
	} cases[] = {
	    {"bob@example.com", 1, false, "bob@example.com", NULL},
	    {"Bob Example <bob@example.com>", 1, false, "bob@example.com", "Bob Example"},
	    {"\"alice@example.com\" <bob@example.com>", 1, false, "bob@example.com",
	     "alice@example.com"},
	    {"alice@example.com <bob@example.com>", 1, false, "bob@example.com",
	     "alice@example.com"},
	    {"=?utf-8?q?alice=40example.com?= <bob@example.com>", 1, false, "bob@example.com",
	     "alice@example.com"},
	    {"bob@example.com, alice@example.com", 2, false, "bob@example.com", NULL},
	    {"Bob <bob@example.com>,\n\tAlice <alice@example.com>", 2, false, "bob@example.com",
	     "Bob"},
	    {"Team: bob@example.com;", 1, true, "bob@example.com", NULL},
	    {"Team: bob@example.com, alice@example.com;", 2, true, "bob@example.com", NULL},
	    {"undisclosed-recipients:;", 0, true, NULL, NULL},
	    {"", 0, false, NULL, NULL},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct mime_from f;

		mime_from_parse(cases[i].value, &f);
		ck_assert_msg(f.nmailboxes == cases[i].n && f.group == cases[i].group,
		              "%s: %zu mailboxes, group %d", cases[i].value, f.nmailboxes, f.group);
		ck_assert_msg((f.addr == NULL) == (cases[i].addr == NULL) &&
		                  (f.addr == NULL || strcmp(f.addr, cases[i].addr) == 0),
		              "%s: addr %s", cases[i].value, f.addr ? f.addr : "(null)");
		ck_assert_msg((f.name == NULL) == (cases[i].name == NULL) &&
		                  (f.name == NULL || strcmp(f.name, cases[i].name) == 0),
		              "%s: name %s", cases[i].value, f.name ? f.name : "(null)");
		mime_from_clear(&f);
		ck_assert_ptr_null(f.addr);
	}
}
END_TEST

/* The entity of an already signed message, to envelope: its Content-*
 * fields and body as they are, nothing converted or closed. */
START_TEST(test_entity_as_is)
{
	static const char body[] = "--b\r\nContent-Type: text/plain\r\n\r\n8bit \xc3\xa4\r\n"
	                           "--b\r\nContent-Type: application/pkcs7-signature\r\n\r\nAAAA";
	static const char want_hdr[] =
	    "Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\";\r\n"
	    "\tboundary=\"b\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
	struct mime_header h[] = {
	    {"From", "alice@example.com"},
	    {"MIME-Version", "1.0"},
	    {"Content-Type", "multipart/signed; protocol=\"application/pkcs7-signature\";\n\t"
	                     "boundary=\"b\""},
	    {"Content-Transfer-Encoding", "8bit"},
	};
	struct buf e = {0};
	FILE *fp = tmpfile();
	cm_err err;

	ck_assert_ptr_nonnull(fp);
	fwrite(body, 1, sizeof(body) - 1, fp);
	ck_assert_int_eq(entity_buf(h, 4, fp, &e, true, &err), 0);
	ck_assert_uint_eq(e.len, strlen(want_hdr) + sizeof(body) - 1);
	ck_assert(memcmp(e.data, want_hdr, strlen(want_hdr)) == 0);
	ck_assert(memcmp(e.data + strlen(want_hdr), body, sizeof(body) - 1) == 0);
	buf_free(&e);
	fclose(fp);
}
END_TEST

/* ---- mime_entity, crafted ---- */

/* tmpl with every "<<N*unit>>" replaced by unit repeated N times. */
static char *expand(const char *tmpl)
{
	struct buf b = {0};
	const char *p = tmpl, *m;

	while ((m = strstr(p, "<<")) != NULL) {
		const char *star = strchr(m, '*'), *end = strstr(m, ">>");
		int n = atoi(m + 2);

		buf_append(&b, p, (size_t)(m - p));
		for (int i = 0; i < n; i++)
			buf_append(&b, star + 1, (size_t)(end - star - 1));
		p = end + 2;
	}
	buf_append(&b, p, strlen(p) + 1);
	return (char *)b.data;
}

#define SIGNED_8BIT                                                                                \
	"--sig\r\nContent-Type: text/plain; charset=latin1\r\n"                                    \
	"Content-Transfer-Encoding: 8bit\r\n\r\nsign\xe9\r\nFrom here\r\n"                         \
	"--sig\r\nContent-Type: application/pkcs7-signature\r\n"                                   \
	"Content-Transfer-Encoding: base64\r\n\r\nMIIB\r\n--sig--"

/* A message, what its entity must contain, what it must not; want[0] NULL:
 * nothing to convert, the entity is the Content-* headers and the body. */
static const struct {
	const char *text;
	const char *want[3];
	const char *unwanted;
} entity_cases[] = {
    {"From: a@example.com\nSubject: hi\nMIME-Version: 1.0\n"
     "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\n"
     "Hello\n.\n..dots\nFrom\n",
     {NULL},
     NULL},
    /* close delimiter followed directly by the parent's delimiter (Gmail),
     * preamble, epilogue */
    {"Content-Type: multipart/mixed; boundary=outer\n\npreamble 1\npreamble 2\n"
     "--outer\nContent-Type: multipart/alternative; boundary=inner\n\n"
     "--inner\nContent-Type: text/plain\n\nplain\n--inner\nContent-Type: text/html\n\n"
     "<p>html</p>\n--inner--\n--outer\nContent-Type: application/octet-stream; name=x\n"
     "Content-Transfer-Encoding: base64\n\nAAECAw==\n--outer--\nepilogue\n",
     {NULL},
     NULL},
    /* 8-bit text: quoted-printable, trailing white space encoded */
    {"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
     "caf\xc3\xa9 trailing space \nline\n",
     {"Content-Transfer-Encoding: quoted-printable\r\n", "caf=C3=A9", "space=20\r\n"},
     "8bit"},
    /* labelled 8bit although it is 7bit: relabelled by encoding */
    {"Content-Type: text/plain\nContent-Transfer-Encoding: 8bit\n\nascii only\n",
     {"Content-Transfer-Encoding: quoted-printable\r\n\r\nascii only"},
     "8bit"},
    /* bare CR */
    {"Content-Type: text/plain\n\nbare\rcr\n", {"bare=0Dcr\r\n"}, NULL},
    /* a line over 998 octets: soft line breaks */
    {"Content-Type: text/plain\n\n<<100*abcdefghijklmnopqrstuvwxyz>>\nshort\n",
     {"Content-Transfer-Encoding: quoted-printable\r\n", "=\r\n", "\r\nshort\r\n"},
     NULL},
    /* "From " at a line start: quoted-printable, armored */
    {"Content-Type: text/plain\n\nhello\nFrom me\nFrom\n",
     {"Content-Transfer-Encoding: quoted-printable\r\n", "\r\n=46rom me\r\nFrom\r\n"},
     "\nFrom "},
    /* already quoted-printable: only armored */
    {"Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n"
     "From here=3D\n",
     {"quoted-printable\r\n\r\n=46rom here=3D\r\n"},
     "\nFrom "},
    /* quoted-printable with a long line: encoded again */
    {"Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n"
     "<<400*xx=41>>\n",
     {"Content-Transfer-Encoding: quoted-printable\r\n", "xxAxxA"},
     NULL},
    /* base64 in one long line: wrapped at 76 */
    {"Content-Type: image/png\nContent-Transfer-Encoding: base64\n\n<<500*AbC/>>\n",
     {"Content-Transfer-Encoding: base64\r\n", "AbC/AbC/\r\nAbC/"},
     NULL},
    /* an open delimiter with nothing after it, 7bit: taken as it is */
    {"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nx\n--b\n",
     {NULL},
     NULL},
    /* the same with 8-bit text to convert: the empty last part is kept
     * (Python sees it too) and the multipart closed */
    {"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n\xe9\n--b\n",
     {"=E9\r\n--b\r\n\r\n\r\n--b--\r\n"},
     NULL},
    /* no Content-Type: an explicit one */
    {"Subject: x\n\nplain ascii\n",
     {"Content-Type: text/plain; charset=us-ascii\r\n\r\nplain ascii\r\n"},
     NULL},
    {"Subject: x\nContent-Transfer-Encoding: 8bit\n\nna\xefve\n",
     {"Content-Type: text/plain; charset=us-ascii\r\n", "na=EFve"},
     "unknown-8bit"},
    /* message/rfc822: inner leaf converted, its own label 7bit */
    {"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n"
     "see attached\n--b\nContent-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\n\n"
     "From: x@example.com\nSubject: inner\nContent-Type: text/plain; charset=utf-8\n"
     "Content-Transfer-Encoding: 8bit\n\n\xc3\xbc\xc3\xb6\n--b--\n",
     {"Content-Type: message/rfc822\r\nContent-Transfer-Encoding: 7bit\r\n", "=C3=BC=C3=B6"},
     "8bit"},
    /* no close delimiters, 7bit: taken as it is, none added */
    {"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\none\n"
     "--b\nContent-Type: multipart/alternative; boundary=c\n\n--c\n"
     "Content-Type: text/plain\n\ntwo\n\n",
     {NULL},
     NULL},
    /* the same with 8-bit text to convert: added; the body's last CRLF
     * becomes the delimiter's */
    {"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\none\n"
     "--b\nContent-Type: multipart/alternative; boundary=c\n\n--c\n"
     "Content-Type: text/plain\n\ntw\xf6\n\n",
     {"\r\n--c\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n"
      "\r\ntw=F6\r\n\r\n--c--\r\n--b--\r\n"},
     NULL},
    /* a multipart ended by its parent's delimiter, a header line without
     * colon: 7bit, taken as it is */
    {"Content-Type: multipart/mixed; boundary=o\n\n--o\n"
     "Content-Type: multipart/alternative; boundary=i\n\n--i\nContent-Type: text/plain\n\n"
     "a\n--i\nContent-Type: text/html\n\n<p>b</p>\n--o\nContent-Type: text/plain\n"
     "X-No colon here\n\nFrom c\n--o--\n",
     {NULL},
     NULL},
    /* multipart/signed inside: byte for byte, 8-bit and "From " included,
     * while the 8-bit text beside it is converted */
    {"Content-Type: multipart/mixed; boundary=out\n\n--out\n"
     "Content-Type: text/plain; charset=latin1\nContent-Transfer-Encoding: 8bit\n\n"
     "caf\xe9\n--out\nContent-Type: multipart/signed; boundary=sig;\n"
     " protocol=\"application/pkcs7-signature\"; micalg=sha-256\n\n" SIGNED_8BIT "\n--out--\n",
     {SIGNED_8BIT, "caf=E9"},
     NULL},
};

/* The Content-* headers and the body of a message, as they came. */
static void unchanged(const char *text, struct buf *out)
{
	struct msg m;

	make_msg(&m, text);
	for (size_t i = 0; i < m.nh; i++) {
		if (strncasecmp(m.h[i].name, "Content-", 8) != 0)
			continue;
		buf_append(out, m.h[i].name, strlen(m.h[i].name));
		buf_append(out, ": ", 2);
		buf_append(out, m.h[i].value, strlen(m.h[i].value)); /* none folded here */
		buf_append(out, "\r\n", 2);
	}
	buf_append(out, "\r\n", 2);
	buf_append(out, m.body.data, m.body.len);
	msg_free(&m);
}

START_TEST(test_entity_case)
{
	char *text = expand(entity_cases[_i].text);
	struct buf ent, same = {0};

	entity_ok(text, &ent);
	if (entity_cases[_i].want[0] == NULL) {
		unchanged(text, &same);
		ck_assert_uint_eq(ent.len, same.len);
		ck_assert(memcmp(ent.data, same.data, ent.len) == 0);
		buf_free(&same);
	}
	for (int k = 0; k < 3 && entity_cases[_i].want[k]; k++)
		ck_assert_msg(contains(&ent, entity_cases[_i].want[k]), "case %d lacks %s", _i,
		              entity_cases[_i].want[k]);
	if (entity_cases[_i].unwanted)
		ck_assert_msg(!contains(&ent, entity_cases[_i].unwanted), "case %d has %s", _i,
		              entity_cases[_i].unwanted);
	buf_free(&ent);
	free(text);
}
END_TEST

START_TEST(test_entity_binary_nul)
{
	static const char text[] = "Content-Type: multipart/mixed; boundary=b\n\n--b\n"
	                           "Content-Type: text/plain\n\nhi\n--b\n"
	                           "Content-Type: application/octet-stream\n"
	                           "Content-Transfer-Encoding: binary\n\n\x01\x00\x02\xff\rX\n"
	                           "--b--\n";
	struct msg m;
	struct buf ent;
	cm_err err;

	split_message(text, sizeof(text) - 1, &m);
	ck_assert_int_eq(run_entity(&m, &ent, &err), 0);
	assert_wire_safe(&ent, "binary");
	ck_assert(contains(&ent, "Content-Transfer-Encoding: base64\r\n"));
	ck_assert(contains(&ent, "\r\n\r\nAQAC/w1Y\r\n")); /* 01 00 02 ff 0d 'X' */
	ck_assert_int_eq(compare_with_python(&m, &ent), 0);
	buf_free(&ent);
	msg_free(&m);
}
END_TEST

/* Malformed MIME (a multipart ended by its parent's delimiter) with a NUL
 * byte: the reason names the parser's complaint and the NUL's line. */
START_TEST(test_entity_malformed_nul)
{
	static const char text[] =
	    "Content-Type: multipart/mixed; boundary=o\n\n--o\n"
	    "Content-Type: multipart/alternative; boundary=i\n\n--i\nContent-Type: text/plain\n\n"
	    "a\n--i\nContent-Type: text/html\n\n<p>b</p>\n--o\nContent-Type: text/plain\n"
	    "\nc\0d\n--o--\n";
	struct msg m;
	struct buf ent;
	cm_err err;

	split_message(text, sizeof(text) - 1, &m);
	ck_assert_int_eq(run_entity(&m, &ent, &err), -1);
	ck_assert_msg(strstr(err.text, "multipart ended by its parent's delimiter") != NULL, "%s",
	              err.text);
	/* entity line 17: "c\0d" (line 1 is the Content-Type, 2 the blank line) */
	ck_assert_msg(
	    strstr(err.text, "it cannot be carried as it is: a NUL byte on entity line 17") != NULL,
	    "%s", err.text);
	ck_assert_uint_eq(ent.len, 0);
	msg_free(&m);
}
END_TEST

/* Raw UTF-8 in part headers (a file name, a description) is encoded: RFC
 * 2231 parameters, RFC 2047 words; Python decodes the same file name. */
START_TEST(test_entity_utf8_headers)
{
	struct buf ent;

	entity_ok("Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n"
	          "hi\n--b\nContent-Type: application/pdf; name=\"r\xc3\xa9sum\xc3\xa9.pdf\"\n"
	          "Content-Disposition: attachment;\n filename=\"r\xc3\xa9sum\xc3\xa9 "
	          "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e with a long name that needs folding "
	          "and continuation.pdf\"\n"
	          "Content-Description: \xc3\xa9t\xc3\xa9 report\n"
	          "Content-Transfer-Encoding: base64\n\nAAAA\n--b--\n",
	          &ent);
	ck_assert(!has_8bit(&ent));
	ck_assert(contains(&ent, "filename*"));
	ck_assert(contains(&ent, "=?UTF-8?"));
	buf_free(&ent);
}
END_TEST

/* A message mime_entity must refuse, and a word its error must name. */
static const struct {
	const char *text, *err;
} refusals[] = {
    /* a line over 998 octets inside a signed part */
    {"Content-Type: multipart/mixed; boundary=out\n\n--out\n"
     "Content-Type: multipart/signed; boundary=sig;\n"
     " protocol=\"application/pkcs7-signature\"\n\n--sig\nContent-Type: text/plain\n\n"
     "<<1100*x>>\n--sig\nContent-Type: application/pkcs7-signature\n\nAA==\n--sig--\n"
     "--out--\n",
     "already signed"},
    /* raw 8-bit in a MIME header that is not UTF-8 (Latin-1) */
    {"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: application/pdf\n"
     "Content-Disposition: attachment; filename=\"r\xe9sum\xe9.pdf\"\n"
     "Content-Transfer-Encoding: base64\n\nAAAA\n--b--\n",
     "Content-Disposition\" of part 1: the 8-bit bytes are not UTF-8"},
    /* raw UTF-8 in a structured field, which cannot be encoded */
    {"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n"
     "Content-ID: <r\xc3\xa9@x>\n\nx\n--b--\n",
     "a structured field that cannot be encoded"},
    /* two Content-Type fields, the second with raw UTF-8: GMime would write
     * the first and free the second (fuzz_mime, hdrenc-null-raw-value) */
    {"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n"
     "Content-Type: application/pdf; name=\"r\xc3\xa9sum\xc3\xa9.pdf\"\n\nx\n--b--\n",
     "Content-Type\" of part 1: the part has more than one such field"},
    {"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n"
     "Content-Disposition: inline\n"
     "Content-Disposition: attachment; filename=\"r\xc3\xa9sum\xc3\xa9.pdf\"\n\nx\n--b--\n",
     "Content-Disposition\" of part 1: the part has more than one such field"},
    /* message/partial may not be encoded */
    {"Content-Type: message/partial; id=x; number=1\n\n\xff\n", "message/partial"},
    /* a multipart without parts whose body is 8-bit cannot be encoded */
    {"Content-Type: multipart/mixed\n\n\xe9t\xe9\n", "preamble"},
    /* malformed MIME (a multipart ended by its parent's delimiter) with
     * 8-bit text: neither convertible nor carriable as it is */
    {"Content-Type: multipart/mixed; boundary=o\n\n--o\n"
     "Content-Type: multipart/alternative; boundary=i\n\n--i\nContent-Type: text/plain\n\n"
     "caf\xc3\xa9\n--i\nContent-Type: text/html\n\n<p>b</p>\n--o\nContent-Type: text/plain\n"
     "\nc\n--o--\n",
     "it cannot be carried as it is: 8-bit bytes (first on entity line 9)"},
    /* a header value whose line break is not folding */
    {"Content-Type: text/plain\nContent-Description: a\n\n", NULL},
};

START_TEST(test_entity_refusal)
{
	char *text = expand(refusals[_i].text);

	if (refusals[_i].err) {
		entity_fails(text, refusals[_i].err);
	} else { /* as the MTA would never send it: "\n" without white space */
		struct mime_header h[1] = {{"Content-Description", "a\nb"}};
		struct buf ent = {0};
		cm_err err;
		FILE *f = tmpfile();

		ck_assert_int_eq(entity_buf(h, 1, f, &ent, false, &err), -1);
		ck_assert(strstr(err.text, "line break") != NULL);
		fclose(f);
	}
	free(text);
}
END_TEST

START_TEST(test_entity_rewinds)
{
	struct msg m;
	struct buf ent = {0};
	cm_err err;
	FILE *f;

	make_msg(&m, "Content-Type: text/plain\n\nabc\n");
	f = body_file(&m);
	fseek(f, 2, SEEK_SET);
	ck_assert_int_eq(entity_buf(m.h, m.nh, f, &ent, false, &err), 0);
	ck_assert(contains(&ent, "\r\n\r\nabc\r\n"));
	ck_assert_int_eq(ftell(f), 0);
	fclose(f);
	buf_free(&ent);
	msg_free(&m);
}
END_TEST

/* ---- assembling ---- */

static void der_sample(unsigned char *der, size_t len)
{
	for (size_t i = 0; i < len; i++)
		der[i] = (unsigned char)(i * 7 + 3);
}

/* mime_compare.py signed|pkcs7 on an output: its exit status. */
static int python_output(const char *mode, const struct mime_output *o, const void *entity,
                         size_t elen, const unsigned char *der, size_t derlen)
{
	char body[256], ent[256], derf[256], args[1400];
	struct buf ob = {0};

	snprintf(body, sizeof(body), "%s/out.body", tmpdir);
	snprintf(ent, sizeof(ent), "%s/out.entity", tmpdir);
	snprintf(derf, sizeof(derf), "%s/out.der", tmpdir);
	sbuf_to_buf(o->body, &ob);
	write_file(body, ob.data, ob.len);
	buf_free(&ob);
	write_file(ent, entity, elen);
	write_file(derf, der, derlen);
	snprintf(args, sizeof(args), "%s '%s' '%s' '%s' %s %s %s", mode, o->content_type,
	         o->transfer_encoding ? o->transfer_encoding : "",
	         o->disposition ? o->disposition : "", body, ent, derf);
	return run_python(args);
}

/* Both views of the result: GMime's tree and Python via mime_compare. */
static void check_signed_output(const struct buf *entity, const struct mime_output *o,
                                const unsigned char *der, size_t derlen)
{
	GMimeStream *s;
	GMimeParser *parser;
	GMimeObject *obj;
	struct buf whole = {0};

	ck_assert_ptr_null(o->transfer_encoding);
	ck_assert_ptr_null(o->disposition);
	buf_append(&whole, "Content-Type: ", 14);
	buf_append(&whole, o->content_type, strlen(o->content_type));
	buf_append(&whole, "\r\n\r\n", 4);
	sbuf_to_buf(o->body, &whole);
	s = g_mime_stream_mem_new_with_buffer((const char *)whole.data, whole.len);
	parser = g_mime_parser_new_with_stream(s);
	obj = g_mime_parser_construct_part(parser, NULL);
	ck_assert(GMIME_IS_MULTIPART_SIGNED(obj));
	ck_assert_int_eq(g_mime_multipart_get_count((GMimeMultipart *)obj), 2);
	ck_assert_str_eq(g_mime_object_get_content_type_parameter(obj, "protocol"),
	                 "application/pkcs7-signature");
	ck_assert_str_eq(g_mime_object_get_content_type_parameter(obj, "micalg"), "sha-256");
	g_object_unref(obj);
	g_object_unref(parser);
	g_object_unref(s);
	buf_free(&whole);

	ck_assert_msg(python_output("signed", o, entity->data, entity->len, der, derlen) == 0,
	              "Python disagrees");
}

static void check_header_folding(const char *hdrname, const char *value)
{
	size_t col = strlen(hdrname) + 2;

	for (const char *p = value; *p; p++) {
		if (*p == '\n') {
			ck_assert(p[1] == '\t');
			col = 0;
			continue;
		}
		ck_assert_msg(*p != '\r', "CR in a milter header value");
		ck_assert_msg(++col <= 78, "header line over 78 columns: %s", value);
	}
}

START_TEST(test_build_signed)
{
	static const char *entities[] = {
	    "Content-Type: text/plain\r\n\r\nhello\r\n",
	    "Content-Type: text/plain\r\n\r\nno final newline",
	    "Content-Type: text/plain\r\n\r\n----=_cm_ ----=_cm_0 --\r\n----=_cm_abcdef0123\r\n",
	};
	unsigned char der[1000];
	char previous[128] = "";

	der_sample(der, sizeof(der));
	for (size_t i = 0; i < sizeof(entities) / sizeof(entities[0]); i++) {
		struct buf e = {0}, ob = {0};
		struct sbuf *se = new_sbuf();
		struct mime_output o;
		const char *b;
		char boundary[128];
		cm_err err;

		buf_append(&e, entities[i], strlen(entities[i]));
		ck_assert_int_eq(sbuf_write(se, e.data, e.len, &err), 0);
		ck_assert_msg(mime_build_signed(se, der, sizeof(der), "sha-256", &o, &err) == 0,
		              "%s", err.text);
		sbuf_to_buf(o.body, &ob);
		check_header_folding("Content-Type", o.content_type);
		b = strstr(o.content_type, "boundary=\"");
		ck_assert_ptr_nonnull(b);
		snprintf(boundary, sizeof(boundary), "%.*s", (int)strcspn(b + 10, "\""), b + 10);
		ck_assert_uint_gt(strlen(boundary), 20);
		ck_assert(!contains(&e, boundary));
		ck_assert_str_ne(boundary, previous); /* fresh each time */
		strcpy(previous, boundary);
		ck_assert(contains(&ob, "This is a cryptographically signed message"));
		ck_assert(memmem(ob.data, ob.len, e.data, e.len) != NULL);
		ck_assert(contains(&ob, "Content-Disposition: attachment; filename=smime.p7s"));
		ck_assert(ob.len > 2 && ob.data[ob.len - 1] == '\n');
		check_signed_output(&e, &o, der, sizeof(der));
		mime_output_free(&o);
		sbuf_destroy(se);
		buf_free(&ob);
		buf_free(&e);
	}
}
END_TEST

START_TEST(test_build_pkcs7)
{
	struct sbuf_opts so = {tmpdir, 100};
	unsigned char der[200];
	struct mime_output o;
	struct buf ob = {0};
	cm_err err;

	der_sample(der, sizeof(der));
	ck_assert_int_eq(mime_build_pkcs7(der, sizeof(der), "enveloped-data", &so, &o, &err), 0);
	sbuf_to_buf(o.body, &ob);
	/* "Content-Type: " + this is 80 columns: folded */
	ck_assert_str_eq(o.content_type,
	                 "application/pkcs7-mime; smime-type=enveloped-data;\n\tname=smime.p7m");
	ck_assert_str_eq(o.transfer_encoding, "base64");
	ck_assert_str_eq(o.disposition, "attachment; filename=smime.p7m");
	ck_assert(ob.len > 2 && memcmp(ob.data + ob.len - 2, "\r\n", 2) == 0);
	buf_free(&ob);
	ck_assert_int_eq(python_output("pkcs7", &o, "", 0, der, sizeof(der)), 0);
	mime_output_free(&o);
	ck_assert_ptr_null(o.content_type);
	ck_assert_int_eq(mime_build_pkcs7(der, sizeof(der), "certs-only", &so, &o, &err), 0);
	ck_assert(strstr(o.content_type, "name=smime.p7c") != NULL);
	mime_output_free(&o);
}
END_TEST

/* ---- driver ---- */

static Suite *mime_suite(void)
{
	Suite *s = suite_create("mime");
	TCase *tc = tcase_create("core");
	TCase *cc = tcase_create("corpus");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_protection);
	tcase_add_test(tc, test_content_header);
	tcase_add_test(tc, test_first_address);
	tcase_add_test(tc, test_from_parse);
	tcase_add_test(tc, test_entity_as_is);
	tcase_add_loop_test(tc, test_entity_case, 0,
	                    (int)(sizeof(entity_cases) / sizeof(entity_cases[0])));
	tcase_add_test(tc, test_entity_binary_nul);
	tcase_add_test(tc, test_entity_malformed_nul);
	tcase_add_loop_test(tc, test_entity_refusal, 0,
	                    (int)(sizeof(refusals) / sizeof(refusals[0])));
	tcase_add_test(tc, test_entity_utf8_headers);
	tcase_add_test(tc, test_entity_rewinds);
	tcase_add_test(tc, test_build_signed);
	tcase_add_test(tc, test_build_pkcs7);
	suite_add_tcase(s, tc);

	tcase_set_timeout(cc, 600);
	if (test_corpus_load(&corpus) > corpus.n_extra) {
		printf("corpus: %zu messages (%zu of them from %s)\n", corpus.n, corpus.n_extra,
		       CORPUS_EXTRA_DIR);
		tcase_add_loop_test(cc, test_corpus_file, 0, (int)corpus.n);
	} else
		tcase_add_test(cc, test_corpus_absent);
	suite_add_tcase(s, cc);
	return s;
}

int main(void)
{
	SRunner *sr;
	int failed;
	char cmd[256];

	mime_init();
	if (mkdtemp(tmpdir) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	sr = srunner_create(mime_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	test_corpus_free(&corpus);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		failed++;
	mime_shutdown();
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
