/*
 * check_smime.c - unit tests for the inbound S/MIME structure of
 * crypto/mime/mime.h (mime_smime.c): multipart/signed split into the
 * signed bytes and the signature, pkcs7-mime bodies decoded, entities split
 * into fields and body. The split of a message the openssl tool signed is
 * checked by the openssl tool: the signature must verify over the bytes
 * taken out, and must not over one byte changed.
 */
#define _GNU_SOURCE /* fmemopen */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include "mime.h"
#include "testcorpus.h"
#include "testpki.h"
#include "xalloc.h"

#define CT_SIGNED                                                                                  \
	"multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256; "             \
	"boundary=\"b0\""
#define SIG_HEAD                                                                                   \
	"Content-Type: application/pkcs7-signature; name=smime.p7s\r\n"                            \
	"Content-Transfer-Encoding: base64\r\n\r\n"

static const char part1[] = "Content-Type: text/plain; charset=us-ascii\r\n"
                            "\r\n"
                            "Signed text.\r\n"
                            "--b0X is no delimiter\r\n"
                            "--b0-\r\n"
                            "--b0 x\r\n"
                            "--b0--x\r\n"
                            " --b0\r\n"
                            "last line\r\n";

/* ---- helpers ---- */

/* base64 of n bytes, CRLF after every width characters (0: none). */
static char *b64(const unsigned char *p, size_t n, size_t width)
{
	size_t len = 4 * ((n + 2) / 3);
	char *flat = xmalloc(len + 1), *out = xmalloc(3 * len + 3), *o = out;

	EVP_EncodeBlock((unsigned char *)flat, p, (int)n);
	for (size_t i = 0; i < len; i++) {
		*o++ = flat[i];
		if (width && (i + 1) % width == 0) {
			*o++ = '\r';
			*o++ = '\n';
		}
	}
	*o = '\0';
	free(flat);
	return out;
}

struct split {
	int rc;
	struct buf content, sig;
	bool on_disk;
	cm_err err;
};

/* mime_signed_split of body under Content-Type ct, spooling past
 * threshold bytes. */
static void split(const char *ct, const void *body, size_t n, size_t threshold, size_t max,
                  struct split *r)
{
	struct mime_header h[] = {{(char *)"MIME-Version", (char *)"1.0"},
	                          {(char *)"Content-Type", (char *)ct}};
	struct sbuf_opts o = {testpki_tmp, threshold};
	struct sbuf *content = sbuf_create(&o);
	FILE *f = fmemopen((void *)body, n, "r");

	memset(r, 0, sizeof(*r));
	ck_assert_ptr_nonnull(f);
	fseek(f, 0, SEEK_END); /* the callee rewinds */
	r->rc = mime_signed_split(h, 2, f, content, &r->sig, max, &r->err);
	r->on_disk = sbuf_on_disk(content);
	ck_assert_int_eq(sbuf_slurp(content, &r->content, &r->err), 0);
	sbuf_destroy(content);
	fclose(f);
}

static void split_free(struct split *r)
{
	buf_free(&r->content);
	buf_free(&r->sig);
}

static void assert_bytes(const struct buf *b, const void *want, size_t n)
{
	ck_assert_uint_eq(b->len, n);
	ck_assert_msg(n == 0 || memcmp(b->data, want, n) == 0, "bytes differ");
}

/* A multipart/signed body: preamble, part, signature part of sig. */
static char *signed_body(const char *delim, const char *close, const char *part,
                         const unsigned char *sig, size_t siglen, size_t width)
{
	char *s = b64(sig, siglen, width), *body;

	ck_assert_int_gt(asprintf(&body,
	                          "This is an S/MIME signed message.\r\n%s\r\n%s\r\n%s\r\n" SIG_HEAD
	                          "%s\r\n%s\r\nepilogue\r\n--b0\r\nthird part\r\n",
	                          delim, part, delim, s, close),
	                 0);
	free(s);
	return body;
}

static const unsigned char fake_der[] = {0x30, 0x80, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86,
                                         0xf7, 0x0d, 0x01, 0x07, 0x02, 0x0d, 0x0a, 0x00};

/* ---- mime_signed_split ---- */

START_TEST(test_split_basic)
{
	char *body = signed_body("--b0", "--b0--", part1, fake_der, sizeof(fake_der), 76);
	struct split r;

	split(CT_SIGNED, body, strlen(body), 1 << 20, 0, &r);
	ck_assert_msg(r.rc == 0, "%s", r.err.text);
	assert_bytes(&r.content, part1, strlen(part1));
	assert_bytes(&r.sig, fake_der, sizeof(fake_der));
	ck_assert(!r.on_disk);
	split_free(&r);
	free(body);
}
END_TEST

START_TEST(test_split_padding)
{
	char *body = signed_body("--b0 \t ", "--b0--\t", part1, fake_der, sizeof(fake_der), 64);
	struct split r;

	split(CT_SIGNED, body, strlen(body), 1 << 20, 0, &r);
	ck_assert_msg(r.rc == 0, "%s", r.err.text);
	assert_bytes(&r.content, part1, strlen(part1));
	assert_bytes(&r.sig, fake_der, sizeof(fake_der));
	split_free(&r);
	free(body);
}
END_TEST

/* The part ends without CRLF of its own, and the first delimiter opens
 * the body (no preamble); a bare LF or a CR inside a line stays. */
START_TEST(test_split_exact_bytes)
{
	static const char body[] = "--b0\r\nContent-Type: text/plain\r\n\r\nno end\rx\ny\r\r\n"
	                           "--b0\r\nContent-Transfer-Encoding: binary\r\n\r\n"
	                           "\x30\r\n\x01\r\n--b0--";
	static const char want[] = "Content-Type: text/plain\r\n\r\nno end\rx\ny\r";
	struct split r;

	split(CT_SIGNED, body, sizeof(body) - 1, 1 << 20, 0, &r);
	ck_assert_msg(r.rc == 0, "%s", r.err.text);
	assert_bytes(&r.content, want, sizeof(want) - 1);
	assert_bytes(&r.sig, "\x30\r\n\x01", 4); /* binary: the CRLF before "--b0--" is not in it */
	split_free(&r);
}
END_TEST

/* Quoted boundaries with specials and RFC 2231 continuations. */
START_TEST(test_split_boundary_forms)
{
	static const char *cts[] = {
	    "multipart/signed; protocol=\"application/pkcs7-signature\";\n\tboundary=\"=_a b:c\"",
	    "multipart/signed; boundary*0=\"=_a \"; boundary*1=\"b:c\"; protocol=x",
	    "multipart/signed; boundary*=us-ascii''%3D_a%20b%3Ac"};
	char *body = signed_body("--=_a b:c", "--=_a b:c--", part1, fake_der, sizeof(fake_der), 76);

	for (size_t i = 0; i < sizeof(cts) / sizeof(cts[0]); i++) {
		struct split r;

		split(cts[i], body, strlen(body), 1 << 20, 0, &r);
		ck_assert_msg(r.rc == 0, "%s: %s", cts[i], r.err.text);
		assert_bytes(&r.content, part1, strlen(part1));
		assert_bytes(&r.sig, fake_der, sizeof(fake_der));
		split_free(&r);
	}
	free(body);
}
END_TEST

static void split_fails(const char *ct, const char *body, size_t max, const char *why)
{
	struct split r;

	split(ct, body, strlen(body), 1 << 20, max, &r);
	ck_assert_int_eq(r.rc, -1);
	ck_assert_msg(strstr(r.err.text, why) != NULL, "error \"%s\", not \"%s\"", r.err.text, why);
	ck_assert_uint_eq(r.content.len, 0);
	ck_assert_uint_eq(r.sig.len, 0);
	split_free(&r);
}

START_TEST(test_split_errors)
{
	char *body = signed_body("--b0", "--b0--", part1, fake_der, sizeof(fake_der), 76);

	split_fails("multipart/signed; protocol=x", body, 0, "boundary");
	split_fails("multipart/signed; boundary=\"\"", body, 0, "boundary");
	split_fails("multipart/signed; boundary=other", body, 0, "fewer than two");
	split_fails(CT_SIGNED, "--b0\r\none part\r\n--b0--\r\n--b0\r\nafter close\r\n", 0,
	            "fewer than two");
	split_fails(CT_SIGNED, "--b0\r\none part, no end\r\n--b0X\r\n", 0, "fewer than two");
	split_fails(CT_SIGNED, "--b0\r\np\r\n--b0\r\n" SIG_HEAD "MIIB!!==\r\n--b0--\r\n", 0,
	            "base64");
	split_fails(CT_SIGNED, "--b0\r\np\r\n--b0\r\n" SIG_HEAD "MIIB=A==\r\n--b0--\r\n", 0,
	            "base64");
	split_fails(CT_SIGNED, "--b0\r\np\r\n--b0\r\n" SIG_HEAD "MIIBA\r\n--b0--\r\n", 0, "base64");
	split_fails(CT_SIGNED,
	            "--b0\r\np\r\n--b0\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
	            "=30\r\n--b0--\r\n",
	            0, "quoted-printable");
	split_fails(CT_SIGNED, "--b0\r\np\r\n--b0\r\n" SIG_HEAD "\r\n--b0--\r\n", 0, "empty");
	split_fails(CT_SIGNED, body, sizeof(fake_der) - 1, "over 15 bytes");
	free(body);
}
END_TEST

/* Padding past what is held is refused rather than misread. */
START_TEST(test_split_long_padding)
{
	char *pad = xmalloc(5000), *body;

	memset(pad, ' ', 4999);
	pad[4999] = '\0';
	ck_assert_int_gt(asprintf(&body, "--b0\r\np\r\n--b0%s\r\nx\r\n", pad), 0);
	split_fails(CT_SIGNED, body, 0, "padding");
	free(body);
	free(pad);
}
END_TEST

/* Signatures in base64 lines of 64 and 76 characters, and in one line. */
START_TEST(test_split_base64_lines)
{
	static const size_t widths[] = {64, 76, 0, 4, 1};
	unsigned char sig[3001];

	RAND_bytes(sig, sizeof(sig));
	for (size_t i = 0; i < sizeof(widths) / sizeof(widths[0]); i++) {
		for (size_t n = sizeof(sig) - 2; n <= sizeof(sig); n++) {
			char *body = signed_body("--b0", "--b0--", part1, sig, n, widths[i]);
			struct split r;

			split(CT_SIGNED, body, strlen(body), 1 << 20, 0, &r);
			ck_assert_msg(r.rc == 0, "width %zu: %s", widths[i], r.err.text);
			assert_bytes(&r.sig, sig, n);
			split_free(&r);
			free(body);
		}
	}
}
END_TEST

/* A first part of 3 MB (one line of 1 MB in it) spooled past a threshold
 * of 16 bytes. */
START_TEST(test_split_spooled)
{
	size_t n = 3 * 1024 * 1024;
	char *part = xmalloc(n + 1), *body;
	struct split r;

	for (size_t i = 0; i < n; i++)
		part[i] = i % 100 == 98 ? '\r' : i % 100 == 99 ? '\n' : (char)('a' + i % 26);
	memset(part + 1000, 'L', 1024 * 1024);
	part[n] = '\0';
	body = signed_body("--b0", "--b0--", part, fake_der, sizeof(fake_der), 76);
	split(CT_SIGNED, body, strlen(body), 16, 0, &r);
	ck_assert_msg(r.rc == 0, "%s", r.err.text);
	ck_assert(r.on_disk);
	assert_bytes(&r.content, part, n);
	assert_bytes(&r.sig, fake_der, sizeof(fake_der));
	split_free(&r);
	free(body);
	free(part);
}
END_TEST

/* The delimiter (and the CRLF before it) across the edge of the reader's
 * 64 KiB chunks, at every offset. */
START_TEST(test_split_chunk_edges)
{
	static const char head[] = "This is an S/MIME signed message.\r\n--b0 \r\n";
	size_t edge = 65536 - (sizeof(head) - 1);

	for (size_t n = edge - 12; n <= edge + 2; n++) {
		char *part = xmalloc(n + 1), *body;
		struct split r;

		memset(part, 'x', n);
		part[n] = '\0';
		body = signed_body("--b0 ", "--b0--", part, fake_der, sizeof(fake_der), 76);
		ck_assert(strncmp(body, head, sizeof(head) - 1) == 0);
		split(CT_SIGNED, body, strlen(body), 16, 0, &r);
		ck_assert_msg(r.rc == 0, "%zu: %s", n, r.err.text);
		assert_bytes(&r.content, part, n);
		assert_bytes(&r.sig, fake_der, sizeof(fake_der));
		split_free(&r);
		free(body);
		free(part);
	}
}
END_TEST

/* ---- mime_entity_split ---- */

struct esplit {
	int rc;
	struct mime_header *h;
	size_t n;
	struct buf body;
	cm_err err;
};

static void esplit(const char *entity, size_t len, size_t threshold, struct esplit *r)
{
	struct sbuf *e = sbuf_of(entity, len, threshold), *body = sbuf_of("", 0, threshold);

	memset(r, 0, sizeof(*r));
	r->rc = mime_entity_split(e, &r->h, &r->n, body, &r->err);
	ck_assert_int_eq(sbuf_slurp(body, &r->body, &r->err), 0);
	sbuf_destroy(e);
	sbuf_destroy(body);
}

static void esplit_free(struct esplit *r)
{
	mime_headers_free(r->h, r->n);
	buf_free(&r->body);
}

static void assert_field(const struct esplit *r, size_t i, const char *name, const char *value)
{
	ck_assert_uint_lt(i, r->n);
	ck_assert_str_eq(r->h[i].name, name);
	ck_assert_str_eq(r->h[i].value, value);
}

START_TEST(test_entity_split_lf_and_crlf)
{
	static const char *eol[] = {"\n", "\r\n"};

	for (int big = 0; big < 2; big++) {
		for (size_t i = 0; i < 2; i++) {
			const char *e = eol[i];
			char *entity;
			struct esplit r;

			ck_assert_int_gt(
			    asprintf(&entity,
			             "Content-Type: text/plain;%s\tcharset=\"us-ascii\"%s"
			             "X-Empty:%s  continued%sContent-Transfer-Encoding :  7bit%s%s"
			             "body%sKey: not a header\r\n\r\n%s",
			             e, e, e, e, e, e, e, e),
			    0);
			esplit(entity, strlen(entity), big ? 8 : 1 << 20, &r);
			ck_assert_msg(r.rc == 0, "%s", r.err.text);
			ck_assert_uint_eq(r.n, 3);
			assert_field(&r, 0, "Content-Type", "text/plain;\n\tcharset=\"us-ascii\"");
			assert_field(&r, 1, "X-Empty", "\n  continued");
			assert_field(&r, 2, "Content-Transfer-Encoding", "7bit");
			assert_bytes(&r.body, strstr(entity, "body"),
			             strlen(strstr(entity, "body")));
			esplit_free(&r);
			free(entity);
		}
	}
}
END_TEST

START_TEST(test_entity_split_edges)
{
	struct esplit r;

	esplit("Content-Type: a/b\r\nX: y", 23, 1 << 20, &r); /* no blank line */
	ck_assert_msg(r.rc == 0, "%s", r.err.text);
	ck_assert_uint_eq(r.n, 2);
	assert_field(&r, 1, "X", "y");
	ck_assert_uint_eq(r.body.len, 0);
	esplit_free(&r);

	esplit("\r\nContent-Type: a/b\r\n", 21, 1 << 20, &r); /* no header */
	ck_assert_int_eq(r.rc, 0);
	ck_assert_uint_eq(r.n, 0);
	assert_bytes(&r.body, "Content-Type: a/b\r\n", 19);
	esplit_free(&r);

	esplit("A: 1\r\n\r\n", 8, 1 << 20, &r); /* empty body */
	ck_assert_int_eq(r.rc, 0);
	ck_assert_uint_eq(r.n, 1);
	ck_assert_uint_eq(r.body.len, 0);
	esplit_free(&r);

	esplit("A: 1\r\n\r", 7, 1 << 20, &r); /* a blank line without LF at the end */
	ck_assert_msg(r.rc == 0, "%s", r.err.text);
	ck_assert_uint_eq(r.n, 1);
	ck_assert_uint_eq(r.body.len, 0);
	esplit_free(&r);

	esplit("A: 1\r\n\r\n\0\r\n\r\nx", 14, 1 << 20, &r); /* the body as it is */
	ck_assert_int_eq(r.rc, 0);
	assert_bytes(&r.body, "\0\r\n\r\nx", 6);
	esplit_free(&r);
}
END_TEST

START_TEST(test_entity_split_errors)
{
	static const char *bad[] = {" continuation first\r\n\r\n", "A: 1\r\nno colon\r\n\r\n",
	                            ": no name\r\n\r\n", "A: 1\r\nB\0: 2\r\n\r\n"};
	struct esplit r;
	char *many = xmalloc(1001 * 8 + 3);
	size_t len = 0;

	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		esplit(bad[i], i == 3 ? 15 : strlen(bad[i]), 1 << 20, &r);
		ck_assert_msg(r.rc == -1, "%s", bad[i]);
		ck_assert_ptr_null(r.h);
		ck_assert_uint_eq(r.n, 0);
		ck_assert(strstr(r.err.text, "neither") != NULL);
		esplit_free(&r);
	}
	for (int i = 0; i < 1001; i++)
		len += (size_t)sprintf(many + len, "X: %03d\r\n", i % 1000);
	memcpy(many + len, "\r\n", 3);
	esplit(many, len + 2, 1 << 20, &r);
	ck_assert_int_eq(r.rc, -1);
	ck_assert(strstr(r.err.text, "1000") != NULL);
	esplit_free(&r);
	esplit(many + 8, len - 6, 1 << 20, &r); /* 1000 are fine */
	ck_assert_msg(r.rc == 0, "%s", r.err.text);
	ck_assert_uint_eq(r.n, 1000);
	esplit_free(&r);
	free(many);
}
END_TEST

/* ---- mime_pkcs7_decode, mime_smime_type ---- */

static int decode(const char *cte, const void *body, size_t n, struct buf *out, cm_err *err)
{
	struct mime_header h[] = {
	    {(char *)"Content-Type", (char *)"application/pkcs7-mime; smime-type=signed-data"},
	    {(char *)"Content-Transfer-Encoding", (char *)cte}};
	struct sbuf *sb = sbuf_of("", 0, 16);
	FILE *f = fmemopen((void *)body, n, "r");
	int rc = mime_pkcs7_decode(h, cte ? 2 : 1, f, sb, err);

	ck_assert_int_eq(sbuf_slurp(sb, out, err), 0);
	sbuf_destroy(sb);
	fclose(f);
	return rc;
}

START_TEST(test_pkcs7_decode)
{
	unsigned char bin[1000];
	char *text;
	struct buf out = {0};
	cm_err err;

	RAND_bytes(bin, sizeof(bin));
	text = b64(bin, sizeof(bin), 76);
	ck_assert_msg(decode(" Base64 ", text, strlen(text), &out, &err) == 0, "%s", err.text);
	assert_bytes(&out, bin, sizeof(bin));
	buf_reset(&out);
	ck_assert_int_eq(decode("binary", bin, sizeof(bin), &out, &err), 0);
	assert_bytes(&out, bin, sizeof(bin));
	buf_reset(&out);
	ck_assert_int_eq(decode(NULL, bin, sizeof(bin), &out, &err), 0);
	assert_bytes(&out, bin, sizeof(bin));
	buf_reset(&out);
	text[100] = '*';
	ck_assert_int_eq(decode("base64", text, strlen(text), &out, &err), -1);
	ck_assert_uint_eq(out.len, 0);
	ck_assert_int_eq(decode("x-unknown", bin, sizeof(bin), &out, &err), -1);
	ck_assert_int_eq(decode("quoted-printable", "=30", 3, &out, &err), -1);
	buf_free(&out);
	free(text);
}
END_TEST

START_TEST(test_smime_type)
{
	struct mime_header h[] = {
	    {(char *)"Content-Type", (char *)"application/pkcs7-mime; smime-type=signed-data"},
	    {(char *)"Subject", (char *)"x"},
	    {(char *)"content-type",
	     (char *)"application/x-pkcs7-mime;\n\tsmime-type=\"authEnveloped-data\"; "
	             "name=smime.p7m"}};
	char *t = mime_smime_type(h, 3);

	ck_assert_str_eq(t, "authEnveloped-data");
	free(t);
	t = mime_smime_type(h, 1);
	ck_assert_str_eq(t, "signed-data");
	free(t);
	ck_assert_ptr_null(mime_smime_type(h + 1, 1));
	h[0].value = (char *)"application/pkcs7-mime; name=smime.p7m";
	ck_assert_ptr_null(mime_smime_type(h, 1));
}
END_TEST

/* ---- against the openssl tool ---- */

static char *tmp_path(const char *name)
{
	char *p;

	ck_assert_int_gt(asprintf(&p, "%s/%s", testpki_tmp, name), 0);
	return p;
}

/* The Content-Type value and the body of the message openssl wrote. */
static char *message_parts(char *msg, char **body)
{
	char *end = strstr(msg, "\r\n\r\n"), *ct = strstr(msg, "Content-Type: ");

	ck_assert_ptr_nonnull(end);
	ck_assert_ptr_nonnull(ct);
	ck_assert(ct < end);
	*body = end + 4;
	ct += strlen("Content-Type: ");
	return strndup(ct, (size_t)(strstr(ct, "\r\n") - ct));
}

static int verify(const char *sig, const char *content)
{
	return run("openssl cms -verify -binary -inform DER -in '%s' -content '%s' -noverify "
	           "-out /dev/null 2>/dev/null",
	           sig, content);
}

START_TEST(test_openssl_signed)
{
	EVP_PKEY *key = testpki_rsa(2048);
	struct tp_cert t = {"/CN=Signer/emailAddress=signer@example.org",
	                    key,
	                    NULL,
	                    NULL,
	                    -60,
	                    3600,
	                    NULL,
	                    NULL,
	                    NULL,
	                    NULL};
	X509 *cert = testpki_issue(&t);
	char *signer = tmp_path("signer.pem"), *in = tmp_path("in.eml"), *out = tmp_path("out.eml");
	char *cpath = tmp_path("content.bin"), *spath = tmp_path("sig.der"), *msg, *body, *ct;
	size_t len;
	struct split r;

	testpki_write(signer, cert, key, 0600);
	write_file(in, part1, strlen(part1));
	ck_assert_int_eq(
	    run("openssl cms -sign -crlfeol -md sha256 -signer '%s' -in '%s' -out '%s'", signer, in,
	        out),
	    0);
	msg = slurp(out, &len);
	ct = message_parts(msg, &body);
	ck_assert(strstr(ct, "multipart/signed") != NULL);
	split(ct, body, len - (size_t)(body - msg), 16, 0, &r);
	ck_assert_msg(r.rc == 0, "%s", r.err.text);
	assert_bytes(&r.content, part1, strlen(part1));
	write_file(cpath, r.content.data, r.content.len);
	write_file(spath, r.sig.data, r.sig.len);
	ck_assert_int_eq(verify(spath, cpath), 0);
	r.content.data[20] ^= 1; /* one bit off: the signature must not verify */
	write_file(cpath, r.content.data, r.content.len);
	ck_assert_int_ne(verify(spath, cpath), 0);
	split_free(&r);
	free(ct);
	free(msg);
	free(signer);
	free(in);
	free(out);
	free(cpath);
	free(spath);
	X509_free(cert);
	EVP_PKEY_free(key);
}
END_TEST

/* An opaque signature: openssl's application/pkcs7-mime body decodes to
 * DER the openssl tool reads. */
START_TEST(test_openssl_opaque)
{
	EVP_PKEY *key = testpki_rsa(2048);
	struct tp_cert t = {"/CN=Signer", key, NULL, NULL, -60, 3600, NULL, NULL, NULL, NULL};
	X509 *cert = testpki_issue(&t);
	char *signer = tmp_path("signer2.pem"), *in = tmp_path("in2.eml"),
	     *out = tmp_path("out2.eml");
	char *dpath = tmp_path("opaque.der"), *msg, *body, *ct;
	struct mime_header h[2] = {{(char *)"Content-Type", NULL},
	                           {(char *)"Content-Transfer-Encoding", (char *)"base64"}};
	struct buf opaque = {0};
	cm_err err;
	char *type;
	size_t len;

	testpki_write(signer, cert, key, 0600);
	write_file(in, part1, strlen(part1));
	ck_assert_int_eq(run("openssl cms -sign -nodetach -crlfeol -signer '%s' -in '%s' -out '%s'",
	                     signer, in, out),
	                 0);
	msg = slurp(out, &len);
	h[0].value = ct = message_parts(msg, &body);
	type = mime_smime_type(h, 2);
	ck_assert_str_eq(type, "signed-data");
	ck_assert_msg(decode("base64", body, len - (size_t)(body - msg), &opaque, &err) == 0, "%s",
	              err.text);
	write_file(dpath, opaque.data, opaque.len);
	ck_assert_int_eq(run("openssl cms -verify -inform DER -in '%s' -noverify -out '%s' "
	                     "2>/dev/null",
	                     dpath, in),
	                 0);
	free(type);
	buf_free(&opaque);
	free(ct);
	free(msg);
	free(signer);
	free(in);
	free(out);
	free(dpath);
	X509_free(cert);
	EVP_PKEY_free(key);
}
END_TEST

/* Every multipart/signed S/MIME message of the test corpus, as the MTA
 * hands it over (CRLF, a leading mbox "From " line dropped), split into
 * fields and body by mime_entity_split and the body by mime_signed_split:
 * the signature verifies over the bytes taken out when the openssl tool
 * verifies the message file. */
static void corpus_message(const char *path, struct sbuf *msg)
{
	size_t len, i = 0;
	char *raw = slurp(path, &len);
	cm_err err;

	if (strncmp(raw, "From ", 5) == 0)
		i = (size_t)(strchr(raw, '\n') - raw) + 1;
	for (; i < len; i++) {
		if (raw[i] == '\n' && (i == 0 || raw[i - 1] != '\r'))
			ck_assert_int_eq(sbuf_write(msg, "\r", 1, &err), 0);
		ck_assert_int_eq(sbuf_write(msg, raw + i, 1, &err), 0);
	}
	free(raw);
}

/* 1 when the message is S/MIME multipart/signed and verifies, else 0. */
static int corpus_verify(const char *path)
{
	struct sbuf *msg = sbuf_of("", 0, 1 << 20), *body = sbuf_of("", 0, 1 << 20);
	char *cpath = tmp_path("corpus.bin"), *spath = tmp_path("corpus.der");
	struct mime_header *h;
	size_t nh;
	struct split r = {0};
	int found = 0;

	corpus_message(path, msg);
	if (mime_entity_split(msg, &h, &nh, body, &r.err) < 0) { /* malformed-header-*.eml */
		h = NULL;
		nh = 0;
	}
	if (mime_protection_of(h, nh) == MIME_SMIME_SIGNED) {
		struct sbuf *content = sbuf_of("", 0, 16);
		FILE *f = sbuf_stream(body, &r.err);

		ck_assert_ptr_nonnull(f);
		r.rc = mime_signed_split(h, nh, f, content, &r.sig, 0, &r.err);
		ck_assert_msg(r.rc == 0, "%s: %s", path, r.err.text);
		ck_assert_int_eq(sbuf_slurp(content, &r.content, &r.err), 0);
		write_file(cpath, r.content.data, r.content.len);
		write_file(spath, r.sig.data, r.sig.len);
		/* as the openssl tool judges the message as it is (the signature
		 * of smime-signed-applemail-03.eml is cut short) */
		found = run("openssl cms -verify -noverify -in '%s' -out /dev/null 2>/dev/null",
		            path) == 0;
		ck_assert_msg((verify(spath, cpath) == 0) == found, "%s: openssl says %s", path,
		              found ? "valid" : "invalid");
		sbuf_destroy(content);
	}
	split_free(&r);
	mime_headers_free(h, nh);
	sbuf_destroy(msg);
	sbuf_destroy(body);
	free(cpath);
	free(spath);
	return found;
}

START_TEST(test_corpus_signed)
{
	struct test_corpus c;
	int n = 0;

	ck_assert_uint_gt(test_corpus_load(&c), 0);
	for (size_t i = 0; i < c.n; i++)
		n += corpus_verify(c.path[i]);
	ck_assert_int_ge(n, 4);
	test_corpus_free(&c);
}
END_TEST

static Suite *smime_suite(void)
{
	Suite *s = suite_create("smime");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_split_basic);
	tcase_add_test(tc, test_split_padding);
	tcase_add_test(tc, test_split_exact_bytes);
	tcase_add_test(tc, test_split_boundary_forms);
	tcase_add_test(tc, test_split_errors);
	tcase_add_test(tc, test_split_long_padding);
	tcase_add_test(tc, test_split_base64_lines);
	tcase_add_test(tc, test_split_spooled);
	tcase_add_test(tc, test_split_chunk_edges);
	tcase_add_test(tc, test_entity_split_lf_and_crlf);
	tcase_add_test(tc, test_entity_split_edges);
	tcase_add_test(tc, test_entity_split_errors);
	tcase_add_test(tc, test_pkcs7_decode);
	tcase_add_test(tc, test_smime_type);
	tcase_add_test(tc, test_openssl_signed);
	tcase_add_test(tc, test_openssl_opaque);
	tcase_add_test(tc, test_corpus_signed);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr;
	int failed;

	snprintf(testpki_tmp, sizeof(testpki_tmp), "/tmp/check_smime.XXXXXX");
	if (mkdtemp(testpki_tmp) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	mime_init();
	sr = srunner_create(smime_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	mime_shutdown();
	testpki_teardown();
	return failed == 0 ? 0 : 1;
}
