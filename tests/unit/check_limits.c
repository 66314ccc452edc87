/*
 * check_limits.c - unit tests for crypto/mime/mime.h (mime_limits.c), the streaming
 * counter of MIME depth, MIME parts and line length.
 *
 * Expected counts come from two independent places: messages built here
 * whose structure is known by construction, and GMime's own parse of every
 * message of the test corpus (tests/corpus, plus ../shared/corpus when
 * present: testcorpus.h), walked object by object. Each
 * input is also fed in slices of every size from 1 byte up, and the counts
 * and the verdict must not depend on the slicing.
 */
#define _GNU_SOURCE
#include <check.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <gmime/gmime.h>

#include "mime.h"
#include "testcorpus.h"

#define TORTURE CORPUS_DIR "/malformed-deep-nesting-mime-torture-01.eml"

static const struct mime_limits lots = {1000, 1000000, 100000000};

struct result {
	enum mime_limit_hit hit;
	struct mime_counts c;
};

/* Count body (of n bytes) in slices of size step (0: all at once). */
static struct result run(const struct mime_limits *lim, const char *ct, const char *body, size_t n,
                         size_t step)
{
	struct mime_counter *mc = mime_counter_create(lim, ct);
	struct result r;

	for (size_t off = 0; off < n;) {
		size_t k = step == 0 || n - off < step ? n - off : step;

		mime_counter_feed(mc, (const unsigned char *)body + off, k);
		off += k;
	}
	r.hit = mime_counter_finish(mc);
	mime_counter_counts(mc, &r.c);
	mime_counter_destroy(mc);
	return r;
}

/* Same result for every slice size in 1..max_step and all at once. */
static struct result run_sliced(const struct mime_limits *lim, const char *ct, const char *body,
                                size_t n, size_t max_step)
{
	struct result whole = run(lim, ct, body, n, 0);

	for (size_t step = 1; step <= max_step; step++) {
		struct result r = run(lim, ct, body, n, step);

		ck_assert_msg(
		    r.hit == whole.hit && r.c.depth == whole.c.depth &&
		        r.c.parts == whole.c.parts && r.c.max_line == whole.c.max_line,
		    "slices of %zu: hit %d depth %ld parts %ld line %zu, at once: %d %ld %ld "
		    "%zu",
		    step, r.hit, r.c.depth, r.c.parts, r.c.max_line, whole.hit, whole.c.depth,
		    whole.c.parts, whole.c.max_line);
	}
	return whole;
}

static struct result run_str(const struct mime_limits *lim, const char *ct, const char *body)
{
	return run_sliced(lim, ct, body, strlen(body), strlen(body) + 1);
}

/* k nested multipart/mixed levels, each with a text part; the innermost
 * holds only text: depth k, 2k entities. */
static char *nested(int k, const char *eol)
{
	GString *s = g_string_new(NULL);

	for (int i = 1; i <= k; i++) {
		g_string_append_printf(s, "--b%d%s", i, eol);
		g_string_append_printf(s, "Content-Type: text/plain%s%stext %d%s", eol, eol, i,
		                       eol);
		if (i < k)
			g_string_append_printf(
			    s, "--b%d%sContent-Type: multipart/mixed;%s boundary=\"b%d\"%s%s", i,
			    eol, eol, i + 1, eol, eol);
	}
	for (int i = k; i >= 1; i--)
		g_string_append_printf(s, "--b%d--%s", i, eol);
	return g_string_free(s, FALSE);
}

START_TEST(plain_text)
{
	struct result r = run_str(&lots, NULL, "hello\r\n\r\nworld\r\n");

	ck_assert_int_eq(r.hit, MIME_LIMIT_NONE);
	ck_assert_int_eq(r.c.depth, 0);
	ck_assert_int_eq(r.c.parts, 1);
	ck_assert_uint_eq(r.c.max_line, 5);
	/* a multipart type in a text part's body means nothing */
	r = run_str(&lots, "text/plain",
	            "Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n");
	ck_assert_int_eq(r.c.depth, 0);
	ck_assert_int_eq(r.c.parts, 1);
}
END_TEST

START_TEST(nesting_known)
{
	for (int k = 1; k <= 12; k++) {
		char *body = nested(k, k % 2 ? "\r\n" : "\n");
		struct result r = run_str(&lots, "multipart/mixed; boundary=b1", body);

		ck_assert_int_eq(r.hit, MIME_LIMIT_NONE);
		ck_assert_int_eq(r.c.depth, k);
		ck_assert_int_eq(r.c.parts, 2 * k);
		g_free(body);
	}
}
END_TEST

START_TEST(message_rfc822_and_digest)
{
	const char *fwd =
	    "--m\r\nContent-Type: text/plain\r\n\r\nsee below\r\n"
	    "--m\r\nContent-Type: message/rfc822\r\n\r\n"
	    "From: a@b\r\nContent-Type: multipart/alternative; boundary=\"a\"\r\n\r\n"
	    "--a\r\n\r\nplain\r\n--a\r\nContent-Type: text/html\r\n\r\n<p>\r\n--a--\r\n"
	    "--m--\r\n";
	/* digest parts without Content-Type are messages */
	const char *digest = "--d\r\n\r\nFrom: x@y\r\nSubject: 1\r\n\r\none\r\n"
	                     "--d\r\n\r\nFrom: x@y\r\nSubject: 2\r\n\r\ntwo\r\n--d--\r\n";
	struct result r = run_str(&lots, "multipart/mixed; boundary=m", fwd);

	/* mixed > message/rfc822 part > alternative; mixed, text, the part,
	 * the message's alternative, plain, html */
	ck_assert_int_eq(r.c.depth, 3);
	ck_assert_int_eq(r.c.parts, 6);
	r = run_str(&lots, "multipart/digest; boundary=d", digest);
	ck_assert_int_eq(r.c.depth, 2);
	ck_assert_int_eq(r.c.parts, 5);
}
END_TEST

START_TEST(delimiters)
{
	/* trailing blanks after a delimiter still make one; other text not; an
	 * outer delimiter closes the inner multipart; the epilogue is text */
	const char *body = "--o \t\r\nContent-Type: multipart/mixed; boundary=i\r\n\r\n"
	                   "--i\r\n\r\na\r\n--ix\r\n--i x\r\n-- i\r\n"
	                   "--o\r\n\r\nb\r\n--o--\r\n--o\r\n";
	struct result r = run_str(&lots, "multipart/mixed; boundary=o", body);

	/* o, its first part (multipart i), i's part, o's second part */
	ck_assert_int_eq(r.c.depth, 2);
	ck_assert_int_eq(r.c.parts, 4);
	/* a delimiter followed by a long run of blanks, past what a line keeps */
	GString *s = g_string_new("--o");
	g_string_append_printf(s, "%*s\r\n\r\nx\r\n--o--\r\n", 5000, "");
	r = run_sliced(&lots, "multipart/mixed; boundary=o", s->str, s->len, 70);
	ck_assert_int_eq(r.c.parts, 2);
	g_string_free(s, TRUE);
}
END_TEST

START_TEST(depth_limit)
{
	struct mime_limits lim = lots;
	char *body = nested(10, "\r\n");

	lim.max_depth = 10;
	ck_assert_int_eq(run_str(&lim, "multipart/mixed; boundary=b1", body).hit, MIME_LIMIT_NONE);
	lim.max_depth = 9;
	struct result r = run_str(&lim, "multipart/mixed; boundary=b1", body);
	ck_assert_int_eq(r.hit, MIME_LIMIT_DEPTH);
	ck_assert_int_eq(r.c.depth, 10);
	ck_assert_str_eq(mime_limit_key(r.hit), "limits.max_mime_depth");
	g_free(body);
}
END_TEST

START_TEST(parts_limit)
{
	struct mime_limits lim = lots;
	GString *s = g_string_new(NULL);

	for (int i = 0; i < 50; i++)
		g_string_append(s, "--p\r\nContent-Type: text/plain\r\n\r\nx\r\n");
	g_string_append(s, "--p--\r\n");
	lim.max_parts = 51;
	ck_assert_int_eq(run_str(&lim, "multipart/mixed; boundary=p", s->str).hit, MIME_LIMIT_NONE);
	lim.max_parts = 50;
	struct result r = run_str(&lim, "multipart/mixed; boundary=p", s->str);
	ck_assert_int_eq(r.hit, MIME_LIMIT_PARTS);
	ck_assert_int_eq(r.c.parts, 51);
	ck_assert_str_eq(mime_limit_key(r.hit), "limits.max_mime_parts");
	g_string_free(s, TRUE);
}
END_TEST

START_TEST(line_limit)
{
	struct mime_limits lim = lots;
	char line[64];

	lim.max_line = 40;
	memset(line, 'x', sizeof(line));
	/* exactly 40 bytes: CRLF, bare LF, last line without line end */
	const char *ends[] = {"\r\n", "\n", ""};
	for (size_t e = 0; e < 3; e++) {
		char body[128];

		snprintf(body, sizeof(body), "a\r\n%.40s%sb\r\n", line, ends[e]);
		if (*ends[e] == '\0')
			snprintf(body, sizeof(body), "a\r\n%.40s", line);
		ck_assert_int_eq(run_str(&lim, NULL, body).hit, MIME_LIMIT_NONE);
		snprintf(body, sizeof(body), "a\r\n%.41s%s", line, ends[e]);
		struct result r = run_str(&lim, NULL, body);
		ck_assert_int_eq(r.hit, MIME_LIMIT_LINE);
		ck_assert_uint_eq(r.c.max_line, 41);
		ck_assert_str_eq(mime_limit_key(r.hit), "limits.max_line_length");
	}
	/* a CR not followed by LF is part of the line */
	ck_assert_int_eq(run_str(&lim, NULL, "0123456789012345678901234567890123456789\r\r\n").hit,
	                 MIME_LIMIT_LINE);
	ck_assert_int_eq(run_str(&lim, NULL, "012345678901234567890123456789012345678\r\r\n").hit,
	                 MIME_LIMIT_NONE);
}
END_TEST

/* ---- the corpus, against GMime's own parse ---- */

static void gm_count(GMimeObject *o, long level, struct mime_counts *c)
{
	c->parts++;
	if (GMIME_IS_MULTIPART(o)) {
		int n = g_mime_multipart_get_count((GMimeMultipart *)o);

		c->depth = level + 1 > c->depth ? level + 1 : c->depth;
		for (int i = 0; i < n; i++)
			gm_count(g_mime_multipart_get_part((GMimeMultipart *)o, i), level + 1, c);
	} else if (GMIME_IS_MESSAGE_PART(o)) {
		GMimeMessage *msg = g_mime_message_part_get_message((GMimeMessagePart *)o);
		GMimeObject *body = msg ? g_mime_message_get_mime_part(msg) : NULL;

		c->depth = level + 1 > c->depth ? level + 1 : c->depth;
		if (body)
			gm_count(body, level + 1, c);
	}
}

static char *slurp(const char *path, size_t *len)
{
	gchar *data = NULL;

	ck_assert_msg(g_file_get_contents(path, &data, len, NULL), "cannot read %s", path);
	return data;
}

/* The last Content-Type value of the header block, unfolded (NULL if none);
 * *body_off receives where the body starts. */
static char *top_content_type(const char *msg, size_t len, size_t *body_off)
{
	char *ct = NULL;
	const char *p = msg, *end = msg + len;

	if (strncmp(p, "From ", 5) == 0)
		p = memchr(p, '\n', (size_t)(end - p)) + 1;
	while (p < end && *p != '\n' && !(*p == '\r' && p + 1 < end && p[1] == '\n')) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		const char *next = eol ? eol + 1 : end;

		if (strncasecmp(p, "Content-Type:", 13) == 0) {
			const char *q = next;
			while (q < end && (*q == ' ' || *q == '\t'))
				q = (memchr(q, '\n', (size_t)(end - q)) ?: end - 1) + 1;
			g_free(ct);
			ct = g_strndup(p + 13, (size_t)(q - p - 13));
			g_strdelimit(ct, "\r\n", ' ');
		}
		p = next;
	}
	p = memchr(p, '\n', (size_t)(end - p));
	*body_off = p ? (size_t)(p + 1 - msg) : len;
	return ct;
}

static struct mime_counts gmime_counts(const char *msg, size_t len)
{
	GMimeStream *st = g_mime_stream_mem_new_with_buffer(msg, len);
	GMimeParser *parser = g_mime_parser_new_with_stream(st);
	GMimeParserOptions *po = g_mime_parser_options_new();
	struct mime_counts c = {0, 0, 0};
	GMimeMessage *m;

	g_mime_parser_options_set_parameter_compliance_mode(po, GMIME_RFC_COMPLIANCE_LOOSE);
	g_mime_parser_set_format(parser, strncmp(msg, "From ", 5) == 0 ? GMIME_FORMAT_MBOX
	                                                               : GMIME_FORMAT_MESSAGE);
	m = g_mime_parser_construct_message(parser, po);
	ck_assert_ptr_nonnull(m);
	gm_count(g_mime_message_get_mime_part(m), 0, &c);
	g_object_unref(m);
	g_mime_parser_options_free(po);
	g_object_unref(parser);
	g_object_unref(st);
	return c;
}

/* Several Content-Type fields: GMime goes by the last one, and so must the
 * counter, or a text/plain first field would hide a deep structure. */
START_TEST(duplicate_content_type)
{
	const char *body =
	    "--x\r\nContent-Type: text/plain\r\n"
	    "Content-Type: multipart/mixed; boundary=y\r\n\r\n"
	    "--y\r\n\r\nin\r\n--y\r\n\r\nin2\r\n--y--\r\n--x\r\n\r\nlast\r\n--x--\r\n";
	const char *tops[][2] = {{"text/plain", "multipart/mixed; boundary=x"},
	                         {"multipart/mixed; boundary=x", "text/plain"}};
	const long want[][2] = {{2, 5}, {0, 1}};

	for (int i = 0; i < 2; i++) {
		char *msg =
		    g_strdup_printf("From: a@b\r\nContent-Type: %s\r\nContent-Type: %s\r\n\r\n%s",
		                    tops[i][0], tops[i][1], body);
		size_t off;
		char *ct = top_content_type(msg, strlen(msg), &off);
		struct mime_counts gm = gmime_counts(msg, strlen(msg));
		struct result r = run_str(&lots, ct, msg + off);

		ck_assert_int_eq(gm.depth, want[i][0]);
		ck_assert_int_eq(gm.parts, want[i][1]);
		ck_assert_int_eq(r.c.depth, want[i][0]);
		ck_assert_int_eq(r.c.parts, want[i][1]);
		g_free(ct);
		g_free(msg);
	}
}
END_TEST

/* Inputs built to make a line scanner and GMime disagree: each must give
 * GMime's counts (a lower count would let GMime parse past the limits). */
START_TEST(adversarial_matches_gmime)
{
	GString *pad = g_string_new(NULL);
	const char *inner =
	    "Content-Type: multipart/mixed; boundary=z\r\n\r\n--z\r\n\r\na\r\n"
	    "--z\r\nContent-Type: multipart/mixed; boundary=w\r\n\r\n--w\r\n\r\nb\r\n"
	    "--w--\r\n--z--\r\n";
	char *cases[12];
	int n = 0, bad = 0;

	g_string_append_len(pad, "", 0);
	for (int i = 0; i < 3000; i++)
		g_string_append_c(pad, 'N');
	/* a header name longer than a line prefix */
	cases[n++] = g_strdup_printf("--x\r\n%s: v\r\n%s--x--\r\n", pad->str, inner);
	/* a header value longer than a line prefix */
	cases[n++] = g_strdup_printf("--x\r\nX-Long: %s\r\n%s--x--\r\n", pad->str, inner);
	/* a Content-Type longer than what is kept of it, boundary last */
	cases[n++] = g_strdup_printf("--x\r\nContent-Type: multipart/mixed; a=\"%s%s%s\";\r\n"
	                             " boundary=z\r\n\r\n--z\r\n\r\na\r\n--z--\r\n--x--\r\n",
	                             pad->str, pad->str, pad->str);
	/* a line without colon among the part headers */
	cases[n++] = g_strdup_printf("--x\r\nX-A: 1\r\nno colon here\r\n%s--x--\r\n", inner);
	/* a boundary longer than a line prefix */
	cases[n++] = g_strdup_printf("--x\r\nContent-Type: multipart/mixed; boundary=\"%s\"\r\n\r\n"
	                             "--%s\r\n\r\na\r\n--%s\r\n\r\nb\r\n--%s--\r\n--x--\r\n",
	                             pad->str, pad->str, pad->str, pad->str);
	/* header continuation line first, folded Content-Type */
	cases[n++] = g_strdup_printf("--x\r\n continued\r\nContent-Type:\r\n multipart/mixed;\r\n"
	                             "\tboundary=z\r\n\r\n--z\r\n\r\na\r\n--z--\r\n--x--\r\n");
	/* a header line with blanks before the colon */
	cases[n++] = g_strdup_printf("--x\r\nContent-Type : multipart/mixed; boundary=z\r\n\r\n"
	                             "--z\r\n\r\na\r\n--z--\r\n--x--\r\n");
	/* a line without colon first; after a Content-Type line */
	cases[n++] = g_strdup_printf("--x\r\nno colon\r\n%s--x--\r\n", inner);
	cases[n++] = g_strdup_printf("--x\r\nContent-Type: multipart/mixed;\r\nboundary=z\r\n\r\n"
	                             "--z\r\n\r\na\r\n--z--\r\n--x--\r\n");
	/* an attached message whose first line is no header */
	cases[n++] = g_strdup_printf("--x\r\nContent-Type: message/rfc822\r\n\r\nFrom a@b Mon\r\n"
	                             "Subject: s\r\n%s--x--\r\n",
	                             inner);
	/* an empty boundary */
	cases[n++] = g_strdup_printf("--x\r\nContent-Type: multipart/mixed; boundary=\"\"\r\n\r\n"
	                             "--\r\n\r\na\r\n--\r\n\r\nb\r\n----\r\n--x--\r\n");
	for (int i = 0; i < n; i++) {
		char *msg = g_strdup_printf(
		    "From: a@b\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n%s", cases[i]);
		size_t off;
		char *ct = top_content_type(msg, strlen(msg), &off);
		struct mime_counts gm = gmime_counts(msg, strlen(msg));
		struct result r = run_sliced(&lots, ct, msg + off, strlen(msg) - off, 3);

		if (r.c.depth != gm.depth || r.c.parts != gm.parts) {
			printf("# case %d: depth %ld parts %ld, GMime: depth %ld parts %ld\n", i,
			       r.c.depth, r.c.parts, gm.depth, gm.parts);
			bad++;
		}
		g_free(ct);
		g_free(msg);
		g_free(cases[i]);
	}
	g_string_free(pad, TRUE);
	ck_assert_int_eq(bad, 0);
}
END_TEST

/* ---- random structures, against GMime ---- */

static unsigned rnd_state;

static unsigned rnd(unsigned n)
{
	rnd_state = rnd_state * 1103515245u + 12345u;
	return (rnd_state >> 16) % n;
}

static const char *eol(void)
{
	return rnd(4) ? "\r\n" : "\n";
}

/* Some text lines, sometimes near misses of the open boundaries, sometimes
 * an open boundary itself (which ends the part early, as it would GMime). */
static void noise(GString *s, const char *const *open, int nopen)
{
	for (unsigned i = rnd(4); i > 0; i--) {
		const char *b = nopen ? open[rnd((unsigned)nopen)] : "none";

		switch (rnd(8)) {
		case 0:
			g_string_append_printf(s, "--%s%s%s", b, rnd(2) ? "x" : " y", eol());
			break;
		case 1:
			if (rnd(4) == 0)
				g_string_append_printf(s, "--%s%s%s", b, rnd(2) ? "--" : "  ",
				                       eol());
			break;
		case 2:
			g_string_append_printf(s, "Content-Type: multipart/mixed; boundary=%s%s", b,
			                       eol());
			break;
		default:
			g_string_append_printf(s, "text %u%s", rnd(1000), eol());
		}
	}
}

static void gen_entity(GString *s, int level, const char **open, int nopen, int *next);

static void gen_multipart_body(GString *s, const char *b, int level, const char **open, int nopen,
                               int *next)
{
	unsigned parts = rnd(4);

	open[nopen] = b;
	noise(s, open, nopen + 1);
	for (unsigned i = 0; i < parts; i++) {
		g_string_append_printf(s, "--%s%s%s", b, rnd(5) ? "" : " \t", eol());
		gen_entity(s, level + 1, open, nopen + 1, next);
	}
	if (rnd(5))
		g_string_append_printf(s, "--%s--%s", b, eol());
	noise(s, open, nopen);
}

/* Headers and body of one entity. */
static void gen_entity(GString *s, int level, const char **open, int nopen, int *next)
{
	unsigned kind = level >= 6 ? 0 : rnd(4); /* text, multipart, message, no boundary */
	char b[32];

	snprintf(b, sizeof(b), "b%d", (*next)++);
	if (rnd(6) == 0)
		g_string_append_printf(s, "Content-Type: text/plain%s", eol());
	if (rnd(6) == 0)
		g_string_append_printf(s, "no colon%s", eol());
	if (kind == 1 && rnd(3) == 0)
		g_string_append_printf(s, "Content-Type: multipart/mixed;%s\tboundary=\"%s\"%s",
		                       eol(), b, eol());
	else if (kind == 1)
		g_string_append_printf(s, "Content-Type: multipart/%s; boundary=%s%s",
		                       rnd(3) ? "mixed" : "digest", b, eol());
	else if (kind == 2 && rnd(4) == 0)
		g_string_append_printf(
		    s, "Content-Type: message/rfc2822%sContent-Transfer-Encoding: %s%s", eol(),
		    rnd(2) ? "base64" : "7bit", eol());
	else if (kind == 2)
		g_string_append_printf(s, "Content-Type: message/rfc822%s", eol());
	else if (rnd(8) == 0)
		g_string_append_printf(s, "Content-Type: garbage%s", eol());
	else if (kind == 3)
		g_string_append_printf(s, "Content-Type: multipart/related%s", eol());
	g_string_append_printf(s, "X-Level: %d%s%s", level, eol(), eol());
	if (kind == 1)
		gen_multipart_body(s, b, level, open, nopen, next);
	else if (kind == 2)
		gen_entity(s, level + 1, open, nopen, next);
	else
		noise(s, open, nopen);
}

START_TEST(random_matches_gmime)
{
	int bad = 0;

	for (unsigned seed = 1; seed <= 400; seed++) {
		const char *open[64];
		GString *s = g_string_new(
		    "From: a@b\r\nContent-Type: multipart/mixed; boundary=top\r\n\r\n");
		int next = 0;
		size_t off;
		char *ct;
		struct mime_counts gm;
		struct result r;

		rnd_state = seed;
		gen_multipart_body(s, "top", 0, open, 0, &next);
		ct = top_content_type(s->str, s->len, &off);
		gm = gmime_counts(s->str, s->len);
		r = run_sliced(&lots, ct, s->str + off, s->len - off, 7);
		if (r.c.depth != gm.depth || r.c.parts != gm.parts) {
			printf("# seed %u: depth %ld parts %ld, GMime: depth %ld parts %ld\n", seed,
			       r.c.depth, r.c.parts, gm.depth, gm.parts);
			bad++;
		}
		g_free(ct);
		g_string_free(s, TRUE);
	}
	ck_assert_int_eq(bad, 0);
}
END_TEST

START_TEST(corpus_matches_gmime)
{
	struct test_corpus g;
	int n = 0;

	test_corpus_load(&g);
	for (size_t i = 0; i < g.n; i++) {
		size_t len, off;
		char *msg = slurp(g.path[i], &len);
		char *ct = top_content_type(msg, len, &off);
		struct mime_counts want = gmime_counts(msg, len);
		/* every slice size up to 97 bytes; 1 to 3 for the large ones */
		size_t step = len - off > 4096 ? 3 : 97;
		struct result r = run_sliced(&lots, ct, msg + off, len - off, step);

		ck_assert_msg(r.c.depth == want.depth && r.c.parts == want.parts,
		              "%s: depth %ld parts %ld, GMime: depth %ld parts %ld", g.path[i],
		              r.c.depth, r.c.parts, want.depth, want.parts);
		g_free(ct);
		g_free(msg);
		n++;
	}
	printf("# corpus: %d messages, %zu of them from %s\n", n, g.n_extra, CORPUS_EXTRA_DIR);
	ck_assert_int_ge(n, 100);
	test_corpus_free(&g);
}
END_TEST

START_TEST(torture_message)
{
	size_t len, off;
	char *msg = slurp(TORTURE, &len);
	char *ct = top_content_type(msg, len, &off);
	struct mime_counts want = gmime_counts(msg, len);
	struct mime_limits lim = lots;
	struct timespec t0, t1;
	struct result r;

	r = run(&lim, ct, msg + off, len - off, 1); /* one byte at a time */
	ck_assert_int_eq(r.hit, MIME_LIMIT_NONE);
	ck_assert_int_eq(r.c.depth, want.depth);
	ck_assert_int_eq(r.c.parts, want.parts);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	r = run(&lim, ct, msg + off, len - off, 4096);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("# torture message: %zu body bytes, depth %ld, %ld parts, longest line %zu, "
	       "counted in %.2f ms\n",
	       len - off, r.c.depth, r.c.parts, r.c.max_line,
	       (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6);
	/* one level less than it has, or one part less: refused, in every slicing */
	lim.max_depth = want.depth - 1;
	for (size_t step = 1; step < 100000; step = step * 3 + 1)
		ck_assert_int_eq(run(&lim, ct, msg + off, len - off, step).hit, MIME_LIMIT_DEPTH);
	lim = lots;
	lim.max_parts = want.parts - 1;
	ck_assert_int_eq(run(&lim, ct, msg + off, len - off, 1).hit, MIME_LIMIT_PARTS);
	g_free(ct);
	g_free(msg);
}
END_TEST

/* A million nested multiparts: stops at the limit, memory stays small. */
START_TEST(pathological_depth)
{
	struct mime_limits lim = lots;
	GString *s = g_string_new(NULL);
	struct result r;

	for (int i = 0; i < 200000; i++)
		g_string_append_printf(
		    s, "--%d\r\nContent-Type: multipart/mixed; boundary=%d\r\n\r\n", i, i + 1);
	lim.max_depth = 32;
	r = run(&lim, "multipart/mixed; boundary=0", s->str, s->len, 1);
	ck_assert_int_eq(r.hit, MIME_LIMIT_DEPTH);
	ck_assert_int_eq(r.c.depth, 33);
	lim.max_depth = 1000;
	r = run(&lim, "multipart/mixed; boundary=0", s->str, s->len, 65536);
	ck_assert_int_eq(r.hit, MIME_LIMIT_DEPTH);
	ck_assert_int_eq(r.c.depth, 1001);
	g_string_free(s, TRUE);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("limits");
	TCase *tc = tcase_create("counter");
	SRunner *sr;
	int failed;

	mime_init();
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, plain_text);
	tcase_add_test(tc, nesting_known);
	tcase_add_test(tc, message_rfc822_and_digest);
	tcase_add_test(tc, delimiters);
	tcase_add_test(tc, depth_limit);
	tcase_add_test(tc, parts_limit);
	tcase_add_test(tc, line_limit);
	tcase_add_test(tc, duplicate_content_type);
	tcase_add_test(tc, adversarial_matches_gmime);
	tcase_add_test(tc, random_matches_gmime);
	/* tests/corpus is part of the repository and of the release tarball */
	tcase_add_test(tc, corpus_matches_gmime);
	tcase_add_test(tc, torture_message);
	tcase_add_test(tc, pathological_depth);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	mime_shutdown();
	return failed ? 1 : 0;
}
