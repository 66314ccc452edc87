/*
 * check_mime.c - unit tests for crypto/mime.h.
 *
 * Content preservation is judged by an independent reader: Python's email
 * package, through tests/unit/mime_compare.py. Every message of the shared
 * corpus (CORPUS_DIR) is split as the MTA would hand it to the milter and
 * run through mime_protection_of and mime_entity; crafted messages cover
 * each conversion rule, the failures, and the multipart/signed assembly.
 */
#define _GNU_SOURCE /* memmem, strndup */
#include <check.h>
#include <dirent.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <gmime/gmime.h>

#include "mime.h"

#ifndef SRCDIR
#define SRCDIR "."
#endif
#ifndef CORPUS_DIR
#define CORPUS_DIR SRCDIR "/../shared/corpus"
#endif
#define PYTHON  "/usr/bin/python3"
#define COMPARE SRCDIR "/tests/unit/mime_compare.py"

static char tmpdir[] = "/tmp/check_mime.XXXXXX";
static glob_t corpus;

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

static void add_header(struct msg *m, const char *line, size_t len)
{
	const char *colon = memchr(line, ':', len);
	const char *v = colon + 1, *end = line + len;

	ck_assert_uint_lt(m->nh, sizeof(m->h) / sizeof(m->h[0]));
	while (v < end && (*v == ' ' || *v == '\t'))
		v++;
	m->h[m->nh].name = strndup(line, (size_t)(colon - line));
	m->h[m->nh].value = strndup(v, (size_t)(end - v));
	m->nh++;
}

static void continue_header(struct msg *m, const char *line, size_t len)
{
	char *old = m->h[m->nh - 1].value;
	size_t olen = strlen(old);
	char *v = malloc(olen + len + 2);

	memcpy(v, old, olen);
	v[olen] = '\n';
	memcpy(v + olen + 1, line, len);
	v[olen + 1 + len] = '\0';
	free(old);
	m->h[m->nh - 1].value = v;
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

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *data;
	long n;

	ck_assert_msg(f != NULL, "cannot open %s", path);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	data = malloc((size_t)n + 1);
	ck_assert_uint_eq(fread(data, 1, (size_t)n, f), (size_t)n);
	data[n] = '\0';
	fclose(f);
	*len = (size_t)n;
	return data;
}

static void write_file(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	ck_assert(f != NULL);
	ck_assert_uint_eq(fwrite(data, 1, len, f), len);
	ck_assert_int_eq(fclose(f), 0);
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

static int run_entity(const struct msg *m, struct buf *ent, cm_err *err)
{
	FILE *f = body_file(m);
	int rc;

	memset(ent, 0, sizeof(*ent));
	err->text[0] = '\0';
	rc = mime_entity(m->h, m->nh, f, ent, err);
	fclose(f);
	return rc;
}

/* Python's opinion: 0 when the entity preserves the message. */
static int compare_with_python(const struct msg *m, const struct buf *ent)
{
	char orig[256], entf[256], cmd[1024];

	snprintf(orig, sizeof(orig), "%s/orig.eml", tmpdir);
	snprintf(entf, sizeof(entf), "%s/entity.eml", tmpdir);
	write_mta_view(m, orig);
	write_file(entf, ent->data, ent->len);
	snprintf(cmd, sizeof(cmd), "%s %s entity %s %s", PYTHON, COMPARE, orig, entf);
	return system(cmd);
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
static void assert_wire_safe(const struct buf *e, const char *what)
{
	size_t linelen = 0;

	for (size_t i = 0; i < e->len; i++) {
		unsigned char c = e->data[i];

		ck_assert_msg(c != 0, "%s: NUL at %zu", what, i);
		if (c == '\r') {
			ck_assert_msg(i + 1 < e->len && e->data[i + 1] == '\n',
			              "%s: bare CR at %zu", what, i);
			linelen = 0;
			i++;
			continue;
		}
		ck_assert_msg(c != '\n', "%s: bare LF at %zu", what, i);
		ck_assert_msg(++linelen <= 998, "%s: line over 998 octets at %zu", what, i);
	}
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

static bool ends_with(const struct buf *e, const char *s)
{
	size_t n = strlen(s);

	return e->len >= n && memcmp(e->data + e->len - n, s, n) == 0;
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

/* Broken on purpose: an error is an acceptable answer. eol-mixed-smime-01
 * ends in an open delimiter with no part after it. */
static bool may_refuse(const char *base)
{
	return strncmp(base, "malformed-", 10) == 0 || strcmp(base, "eol-mixed-smime-01.eml") == 0;
}

START_TEST(test_corpus_file)
{
	const char *path = corpus.gl_pathv[_i];
	const char *base = strrchr(path, '/') + 1;
	const char *cat = category_protection(base);
	char want[64];
	struct msg m;
	struct buf ent;
	cm_err err;
	size_t len;
	char *data = read_file(path, &len);
	enum mime_protection p;

	split_message(data, len, &m);
	free(data);
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
	if (run_entity(&m, &ent, &err) != 0) {
		ck_assert_msg(may_refuse(base), "%s: mime_entity: %s", base, err.text);
		ck_assert_msg(err.text[0] != '\0', "%s: refused without a reason", base);
		printf("corpus %-46s refused: %s\n", base, err.text);
		msg_free(&m);
		return;
	}
	assert_wire_safe(&ent, base);
	ck_assert_msg(compare_with_python(&m, &ent) == 0, "%s: content not preserved", base);
	printf("corpus %-46s entity of %zu bytes%s\n", base, ent.len,
	       has_8bit(&ent) ? " (8-bit inside signed part)" : "");
	buf_free(&ent);
	msg_free(&m);
}
END_TEST

START_TEST(test_corpus_absent)
{
	printf("corpus absent, skipped (%s)\n", CORPUS_DIR);
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

		ck_assert_msg(mime_protection_of(h, 2) == cases[i].want, "%s -> %s", cases[i].ct,
		              mime_protection_name(mime_protection_of(h, 2)));
	}
}
END_TEST

START_TEST(test_protection_first_header)
{
	struct mime_header h[3] = {
	    {"Content-Type", "text/plain"},
	    {"Content-Type", "multipart/signed; protocol=\"application/pkcs7-signature\"; "
	                     "boundary=x"},
	};

	ck_assert_int_eq(mime_protection_of(h, 2), MIME_PLAIN);
	ck_assert_int_eq(mime_protection_of(h + 1, 1), MIME_SMIME_SIGNED);
	ck_assert_int_eq(mime_protection_of(h, 0), MIME_PLAIN);
	ck_assert_str_eq(mime_protection_name(MIME_PGP_ENCRYPTED), "pgp-encrypted");
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

/* ---- mime_entity, crafted ---- */

START_TEST(test_entity_unchanged_7bit)
{
	const char *text = "From: a@example.com\nSubject: hi\nMIME-Version: 1.0\n"
	                   "Content-Type: text/plain; charset=us-ascii\n"
	                   "Content-Transfer-Encoding: 7bit\n\nHello\n.\n..dots\nFrom\n";
	const char *want =
	    "Content-Type: text/plain; charset=us-ascii\r\n"
	    "Content-Transfer-Encoding: 7bit\r\n\r\nHello\r\n.\r\n..dots\r\nFrom\r\n";
	struct buf ent;

	entity_ok(text, &ent);
	ck_assert_uint_eq(ent.len, strlen(want));
	ck_assert(memcmp(ent.data, want, ent.len) == 0);
	buf_free(&ent);
}
END_TEST

/* Close delimiter followed directly by the parent's delimiter (Gmail),
 * a preamble, an epilogue: all kept byte for byte. */
START_TEST(test_entity_unchanged_nested)
{
	const char *text = "Content-Type: multipart/mixed; boundary=outer\n\n"
	                   "preamble line 1\npreamble line 2\n"
	                   "--outer\nContent-Type: multipart/alternative; boundary=inner\n\n"
	                   "--inner\nContent-Type: text/plain\n\nplain\n"
	                   "--inner\nContent-Type: text/html\n\n<p>html</p>\n"
	                   "--inner--\n"
	                   "--outer\nContent-Type: application/octet-stream; name=x.bin\n"
	                   "Content-Transfer-Encoding: base64\n\nAAECAw==\n"
	                   "--outer--\nepilogue\n";
	struct buf ent;
	struct msg m;

	entity_ok(text, &ent);
	make_msg(&m, text);
	ck_assert_uint_eq(ent.len, strlen("Content-Type: multipart/mixed; boundary=outer\r\n\r\n") +
	                               m.body.len);
	ck_assert(memcmp(ent.data + ent.len - m.body.len, m.body.data, m.body.len) == 0);
	msg_free(&m);
	buf_free(&ent);
}
END_TEST

START_TEST(test_entity_8bit_text)
{
	struct buf ent;

	entity_ok("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
	          "caf\xc3\xa9 trailing space \nline\n",
	          &ent);
	ck_assert(contains(&ent, "Content-Transfer-Encoding: quoted-printable\r\n"));
	ck_assert(contains(&ent, "caf=C3=A9"));
	ck_assert(contains(&ent, "space=20\r\n"));
	ck_assert(!has_8bit(&ent));
	buf_free(&ent);
}
END_TEST

START_TEST(test_entity_labelled_8bit_only)
{
	struct buf ent;

	entity_ok("Content-Type: text/plain\nContent-Transfer-Encoding: 8bit\n\nascii only\n",
	          &ent);
	ck_assert(contains(&ent, "Content-Transfer-Encoding: quoted-printable\r\n"));
	buf_free(&ent);
}
END_TEST

START_TEST(test_entity_long_line)
{
	char *text = malloc(3000);
	struct buf ent;
	size_t n = (size_t)sprintf(text, "Content-Type: text/plain\n\n");

	for (int i = 0; i < 2500; i++)
		text[n++] = (char)('a' + i % 26);
	strcpy(text + n, "\nshort\n");
	entity_ok(text, &ent);
	ck_assert(contains(&ent, "Content-Transfer-Encoding: quoted-printable"));
	ck_assert(contains(&ent, "=\r\n"));
	free(text);
	buf_free(&ent);
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

START_TEST(test_entity_bare_cr)
{
	struct buf ent;

	entity_ok("Content-Type: text/plain\n\nbare\rcr\n", &ent);
	ck_assert(contains(&ent, "bare=0Dcr\r\n"));
	buf_free(&ent);
}
END_TEST

START_TEST(test_entity_from_armor)
{
	struct buf ent;

	entity_ok("Content-Type: text/plain\n\nhello\nFrom me\nFrom\n", &ent);
	ck_assert(contains(&ent, "Content-Transfer-Encoding: quoted-printable\r\n"));
	ck_assert(contains(&ent, "\r\n=46rom me\r\n"));
	ck_assert(!contains(&ent, "\nFrom "));
	buf_free(&ent);
	/* already QP, otherwise fine: armored, nothing else changes */
	entity_ok("Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n"
	          "From here=3D\n",
	          &ent);
	ck_assert(contains(&ent, "\r\n\r\n=46rom here=3D\r\n"));
	buf_free(&ent);
}
END_TEST

START_TEST(test_entity_no_content_type)
{
	struct buf ent;

	entity_ok("Subject: x\n\nplain ascii\n", &ent);
	ck_assert(ent.len > 44 &&
	          memcmp(ent.data, "Content-Type: text/plain; charset=us-ascii\r\n", 44) == 0);
	buf_free(&ent);
	entity_ok("Subject: x\nContent-Transfer-Encoding: 8bit\n\nna\xefve\n", &ent);
	ck_assert(contains(&ent, "charset=unknown-8bit"));
	ck_assert(contains(&ent, "na=EFve"));
	buf_free(&ent);
}
END_TEST

START_TEST(test_entity_qp_long_line)
{
	char *text = malloc(4000);
	struct buf ent;
	size_t n = (size_t)sprintf(text, "Content-Type: text/plain\n"
	                                 "Content-Transfer-Encoding: quoted-printable\n\n");

	for (int i = 0; i < 1200; i++)
		n += (size_t)sprintf(text + n, i % 3 ? "x" : "=41");
	strcpy(text + n, "\n");
	entity_ok(text, &ent);
	ck_assert(contains(&ent, "Content-Transfer-Encoding: quoted-printable\r\n"));
	free(text);
	buf_free(&ent);
}
END_TEST

START_TEST(test_entity_base64_long_line)
{
	char *text = malloc(4000);
	struct buf ent;
	size_t n = (size_t)sprintf(text, "Content-Type: image/png\n"
	                                 "Content-Transfer-Encoding: base64\n\n");

	for (int i = 0; i < 500; i++)
		n += (size_t)sprintf(text + n, "AbC/");
	strcpy(text + n, "\n");
	entity_ok(text, &ent);
	ck_assert(contains(&ent, "Content-Transfer-Encoding: base64\r\n"));
	ck_assert(contains(&ent, "AbC/AbC/\r\nAbC/")); /* re-wrapped at 76 */
	free(text);
	buf_free(&ent);
}
END_TEST

/* multipart/signed inside a mixed: copied byte for byte, 8-bit and all,
 * while the 8-bit text beside it is converted. */
START_TEST(test_entity_inner_signed)
{
	static const char inner[] =
	    "--sig\r\nContent-Type: text/plain; charset=latin1\r\n"
	    "Content-Transfer-Encoding: 8bit\r\n\r\nsign\xe9\r\nFrom here\r\n"
	    "--sig\r\nContent-Type: application/pkcs7-signature\r\n"
	    "Content-Transfer-Encoding: base64\r\n\r\nMIIB\r\n--sig--";
	char text[2048];
	struct buf ent;

	snprintf(text, sizeof(text),
	         "Content-Type: multipart/mixed; boundary=out\n\n--out\n"
	         "Content-Type: text/plain; charset=latin1\nContent-Transfer-Encoding: 8bit\n\n"
	         "caf\xe9\n--out\nContent-Type: multipart/signed; boundary=sig;\n"
	         " protocol=\"application/pkcs7-signature\"; micalg=sha-256\n\n%s\n--out--\n",
	         inner);
	entity_ok(text, &ent);
	ck_assert(contains(&ent, inner));
	ck_assert(contains(&ent, "caf=E9"));
	buf_free(&ent);
}
END_TEST

START_TEST(test_entity_inner_signed_unsafe)
{
	char *text = malloc(4000);
	size_t n = (size_t)sprintf(text, "Content-Type: multipart/mixed; boundary=out\n\n--out\n"
	                                 "Content-Type: multipart/signed; boundary=sig;\n"
	                                 " protocol=\"application/pkcs7-signature\"\n\n--sig\n"
	                                 "Content-Type: text/plain\n\n");

	for (int i = 0; i < 1100; i++)
		text[n++] = 'x';
	strcpy(text + n, "\n--sig\nContent-Type: application/pkcs7-signature\n\nAA==\n--sig--\n"
	                 "--out--\n");
	entity_fails(text, "already signed");
	free(text);
}
END_TEST

START_TEST(test_entity_8bit_header)
{
	entity_fails("Content-Type: multipart/mixed; boundary=b\n\n--b\n"
	             "Content-Type: application/pdf\n"
	             "Content-Disposition: attachment; filename=\"r\xc3\xa9sum\xc3\xa9.pdf\"\n"
	             "Content-Transfer-Encoding: base64\n\nAAAA\n--b--\n",
	             "Content-Disposition");
}
END_TEST

START_TEST(test_entity_missing_close)
{
	struct buf ent;

	entity_ok("Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n"
	          "one\n--b\nContent-Type: multipart/alternative; boundary=c\n\n--c\n"
	          "Content-Type: text/plain\n\ntwo\n\n",
	          &ent);
	/* the last CRLF of the body becomes the delimiter's */
	ck_assert(ends_with(&ent, "\r\n--c\r\nContent-Type: text/plain\r\n\r\n"
	                          "two\r\n\r\n--c--\r\n--b--\r\n"));
	buf_free(&ent);
}
END_TEST

START_TEST(test_entity_rfc822)
{
	struct buf ent;

	entity_ok("Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n"
	          "see attached\n--b\nContent-Type: message/rfc822\n"
	          "Content-Transfer-Encoding: 8bit\n\n"
	          "From: x@example.com\nSubject: inner\nContent-Type: text/plain; charset=utf-8\n"
	          "Content-Transfer-Encoding: 8bit\n\n\xc3\xbc\xc3\xb6\n--b--\n",
	          &ent);
	ck_assert(contains(&ent, "Content-Type: message/rfc822\r\nContent-Transfer-Encoding: "
	                         "7bit\r\n"));
	ck_assert(contains(&ent, "=C3=BC=C3=B6"));
	buf_free(&ent);
}
END_TEST

START_TEST(test_entity_refusals)
{
	/* message/partial may not be encoded */
	entity_fails("Content-Type: message/partial; id=x; number=1\n\n\xff\n", "message/partial");
	/* an open delimiter with nothing after it: GMime would drop a part */
	entity_fails(
	    "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n"
	    "x\n--b\n",
	    "malformed MIME");
	/* a multipart without parts whose body is 8-bit cannot be encoded */
	entity_fails("Content-Type: multipart/mixed\n\n\xe9t\xe9\n", "preamble");
}
END_TEST

/* The FILE position does not matter, and a failure leaves no output. */
START_TEST(test_entity_rewinds)
{
	struct msg m;
	struct buf ent = {0};
	cm_err err;
	FILE *f;

	make_msg(&m, "Content-Type: text/plain\n\nabc\n");
	f = body_file(&m);
	fseek(f, 2, SEEK_SET);
	ck_assert_int_eq(mime_entity(m.h, m.nh, f, &ent, &err), 0);
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

/* Both views of the result: GMime's tree and Python via mime_compare. */
static void check_signed_output(const struct buf *entity, const struct mime_output *o,
                                const unsigned char *der, size_t derlen)
{
	char body[256], ent[256], derf[256], cmd[2048];
	GMimeStream *s;
	GMimeParser *parser;
	GMimeObject *obj;
	struct buf whole = {0};

	ck_assert_ptr_null(o->transfer_encoding);
	ck_assert_ptr_null(o->disposition);
	buf_append(&whole, "Content-Type: ", 14);
	buf_append(&whole, o->content_type, strlen(o->content_type));
	buf_append(&whole, "\r\n\r\n", 4);
	buf_append(&whole, o->body.data, o->body.len);
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

	snprintf(body, sizeof(body), "%s/signed.body", tmpdir);
	snprintf(ent, sizeof(ent), "%s/signed.entity", tmpdir);
	snprintf(derf, sizeof(derf), "%s/signed.der", tmpdir);
	write_file(body, o->body.data, o->body.len);
	write_file(ent, entity->data, entity->len);
	write_file(derf, der, derlen);
	snprintf(cmd, sizeof(cmd), "%s %s signed '%s' %s %s %s", PYTHON, COMPARE, o->content_type,
	         body, ent, derf);
	ck_assert_msg(system(cmd) == 0, "Python disagrees");
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

static size_t offset_after(const struct buf *b, const char *s)
{
	const unsigned char *p = memmem(b->data, b->len, s, strlen(s));

	ck_assert_ptr_nonnull(p);
	return (size_t)(p - b->data) + strlen(s);
}

/* base64 from offset from up to the next "-": lines of at most 76. */
static void check_base64_lines(const struct buf *b, size_t from)
{
	size_t linelen = 0;

	for (size_t i = from; i < b->len && b->data[i] != '-'; i++) {
		if (b->data[i] == '\r') {
			ck_assert(linelen <= 76);
			linelen = 0;
			i++;
		} else {
			linelen++;
		}
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

	der_sample(der, sizeof(der));
	for (size_t i = 0; i < sizeof(entities) / sizeof(entities[0]); i++) {
		struct buf e = {0};
		struct mime_output o;
		const char *b;
		char boundary[128];

		buf_append(&e, entities[i], strlen(entities[i]));
		mime_build_signed(&e, der, sizeof(der), "sha-256", &o);
		check_header_folding("Content-Type", o.content_type);
		b = strstr(o.content_type, "boundary=\"");
		ck_assert_ptr_nonnull(b);
		snprintf(boundary, sizeof(boundary), "%.*s", (int)strcspn(b + 10, "\""), b + 10);
		ck_assert_uint_gt(strlen(boundary), 20);
		ck_assert(!contains(&e, boundary));
		ck_assert(contains(&o.body, "This is a cryptographically signed message"));
		ck_assert(memmem(o.body.data, o.body.len, e.data, e.len) != NULL);
		ck_assert(contains(&o.body, "Content-Disposition: attachment; filename=smime.p7s"));
		check_base64_lines(&o.body, offset_after(&o.body, "Signature\r\n\r\n"));
		ck_assert(o.body.len > 2 && o.body.data[o.body.len - 1] == '\n');
		check_signed_output(&e, &o, der, sizeof(der));
		mime_output_free(&o);
		buf_free(&e);
	}
}
END_TEST

START_TEST(test_build_signed_fresh_boundary)
{
	struct buf e = {0};
	struct mime_output a, b;
	unsigned char der[10] = {1, 2, 3};

	buf_append(&e, "Content-Type: text/plain\r\n\r\nx\r\n", 31);
	mime_build_signed(&e, der, sizeof(der), "sha-256", &a);
	mime_build_signed(&e, der, sizeof(der), "sha-256", &b);
	ck_assert_str_ne(a.content_type, b.content_type);
	mime_output_free(&a);
	mime_output_free(&b);
	buf_free(&e);
}
END_TEST

START_TEST(test_build_pkcs7)
{
	unsigned char der[200];
	struct mime_output o;
	GMimeStream *s;
	GMimeStream *out;
	GMimeFilter *f;
	GByteArray *ba;

	der_sample(der, sizeof(der));
	mime_build_pkcs7(der, sizeof(der), "enveloped-data", &o);
	/* "Content-Type: " + this is 80 columns: folded */
	ck_assert_str_eq(o.content_type,
	                 "application/pkcs7-mime; smime-type=enveloped-data;\n\tname=smime.p7m");
	ck_assert_str_eq(o.transfer_encoding, "base64");
	ck_assert_str_eq(o.disposition, "attachment; filename=smime.p7m");
	check_base64_lines(&o.body, 0);
	ck_assert(o.body.len > 2 && memcmp(o.body.data + o.body.len - 2, "\r\n", 2) == 0);
	/* decode with GMime's base64 decoder */
	s = g_mime_stream_mem_new();
	out = g_mime_stream_filter_new(s);
	f = g_mime_filter_basic_new(GMIME_CONTENT_ENCODING_BASE64, FALSE);
	g_mime_stream_filter_add((GMimeStreamFilter *)out, f);
	g_mime_stream_write(out, (const char *)o.body.data, o.body.len);
	g_mime_stream_flush(out);
	ba = g_mime_stream_mem_get_byte_array((GMimeStreamMem *)s);
	ck_assert_uint_eq(ba->len, sizeof(der));
	ck_assert(memcmp(ba->data, der, sizeof(der)) == 0);
	g_object_unref(f);
	g_object_unref(out);
	g_object_unref(s);
	mime_output_free(&o);
	ck_assert_ptr_null(o.content_type);
	mime_build_pkcs7(der, sizeof(der), "certs-only", &o);
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
	char pattern[1024];

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_protection);
	tcase_add_test(tc, test_protection_first_header);
	tcase_add_test(tc, test_content_header);
	tcase_add_test(tc, test_first_address);
	tcase_add_test(tc, test_entity_unchanged_7bit);
	tcase_add_test(tc, test_entity_unchanged_nested);
	tcase_add_test(tc, test_entity_8bit_text);
	tcase_add_test(tc, test_entity_labelled_8bit_only);
	tcase_add_test(tc, test_entity_long_line);
	tcase_add_test(tc, test_entity_binary_nul);
	tcase_add_test(tc, test_entity_bare_cr);
	tcase_add_test(tc, test_entity_from_armor);
	tcase_add_test(tc, test_entity_no_content_type);
	tcase_add_test(tc, test_entity_qp_long_line);
	tcase_add_test(tc, test_entity_base64_long_line);
	tcase_add_test(tc, test_entity_inner_signed);
	tcase_add_test(tc, test_entity_inner_signed_unsafe);
	tcase_add_test(tc, test_entity_8bit_header);
	tcase_add_test(tc, test_entity_missing_close);
	tcase_add_test(tc, test_entity_rfc822);
	tcase_add_test(tc, test_entity_refusals);
	tcase_add_test(tc, test_entity_rewinds);
	tcase_add_test(tc, test_build_signed);
	tcase_add_test(tc, test_build_signed_fresh_boundary);
	tcase_add_test(tc, test_build_pkcs7);
	suite_add_tcase(s, tc);

	tcase_set_timeout(cc, 600);
	snprintf(pattern, sizeof(pattern), "%s/*.eml", CORPUS_DIR);
	if (glob(pattern, 0, NULL, &corpus) == 0 && corpus.gl_pathc > 0)
		tcase_add_loop_test(cc, test_corpus_file, 0, (int)corpus.gl_pathc);
	else
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
	globfree(&corpus);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		failed++;
	mime_shutdown();
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
