/*
 * check_mimescan.c - unit tests of the byte scanner of crypto/mime/mime_sink.c
 * (mime_scan_bytes), whose fast path counts runs of ordinary bytes a
 * machine word at a time: on many generated inputs, cut into chunks at
 * random places, every counter must equal that of a plain byte-by-byte
 * reference written here from the definition in mime_int.h; and of the
 * CRLF stream (mime_crlf_new), whose output must equal that of GMime's
 * unix2dos filter for the same input, however the writes are cut.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "mime_int.h"

/* The definition, one byte at a time. */
static void ref_scan(struct mime_scan *s, const unsigned char *p, size_t n)
{
	static const char from[] = "From ";

	for (size_t i = 0; i < n; i++) {
		unsigned char c = p[i];
		bool end = false;

		s->bytes++;
		if (s->prev_cr) {
			s->prev_cr = false;
			if (c == '\n') {
				end = true;
			} else if (s->bare_cr++ == 0) {
				s->first_bare_cr = s->lines + 1;
			}
		}
		if (!end && c == '\r') {
			s->prev_cr = true;
			continue;
		}
		if (!end && c == '\n') {
			if (s->bare_lf++ == 0)
				s->first_bare_lf = s->lines + 1;
			end = true;
		}
		if (end) {
			s->lines++;
			s->linelen = 0;
			s->from_pos = 0;
			continue;
		}
		s->linelen++;
		s->maxline = s->linelen > s->maxline ? s->linelen : s->maxline;
		if (s->linelen == MIME_MAX_LINE + 1 && s->first_long == 0)
			s->first_long = s->lines + 1;
		if (c == 0 && s->nnul++ == 0)
			s->first_nul = s->lines + 1;
		if ((c & 0x80) && s->n8bit++ == 0)
			s->first_8bit = s->lines + 1;
		if (s->from_pos >= 0)
			s->from_pos = c != (unsigned char)from[s->from_pos] ? -1
			              : ++s->from_pos == 5                  ? (s->from_lines++, -1)
			                                                    : s->from_pos;
	}
}

/* A text of n bytes: mostly ordinary, with long lines, "From " lines, CRLF,
 * bare CR/LF, NUL and 8-bit bytes at random places. */
static unsigned char *gen(size_t n, unsigned seed)
{
	static const char *const bits[] = {"\r\n", "\r\nFrom ", "\n",      "\r",
	                                   "From", "\r\nFro",   "\r\n\r\n"};
	unsigned char *p = malloc(n);

	srand(seed);
	for (size_t i = 0; i < n;) {
		int r = rand() % 1000;

		if (r < 15) {
			const char *b = bits[rand() % 7];

			for (size_t k = 0; b[k] && i < n; k++)
				p[i++] = (unsigned char)b[k];
		} else if (r < 17) {
			p[i++] = 0;
		} else if (r < 19) {
			p[i++] = (unsigned char)(0x80 | rand());
		} else if (r < 20) { /* a line longer than MIME_MAX_LINE */
			for (size_t k = 0; k < 1100 && i < n; k++)
				p[i++] = 'x';
		} else {
			p[i++] = (unsigned char)(' ' + rand() % 95);
		}
	}
	return p;
}

static void assert_same(const struct mime_scan *a, const struct mime_scan *b)
{
	ck_assert_uint_eq(a->bytes, b->bytes);
	ck_assert_uint_eq(a->lines, b->lines);
	ck_assert_uint_eq(a->n8bit, b->n8bit);
	ck_assert_uint_eq(a->nnul, b->nnul);
	ck_assert_uint_eq(a->bare_cr, b->bare_cr);
	ck_assert_uint_eq(a->bare_lf, b->bare_lf);
	ck_assert_uint_eq(a->from_lines, b->from_lines);
	ck_assert_uint_eq(a->first_8bit, b->first_8bit);
	ck_assert_uint_eq(a->first_nul, b->first_nul);
	ck_assert_uint_eq(a->first_bare_cr, b->first_bare_cr);
	ck_assert_uint_eq(a->first_bare_lf, b->first_bare_lf);
	ck_assert_uint_eq(a->first_long, b->first_long);
	ck_assert_uint_eq(a->linelen, b->linelen);
	ck_assert_uint_eq(a->maxline, b->maxline);
	ck_assert_int_eq(a->from_pos, b->from_pos);
	ck_assert(a->prev_cr == b->prev_cr);
}

START_TEST(test_scan_equals_reference)
{
	size_t n = 20000 + (size_t)_i * 3001;
	unsigned char *p = gen(n, (unsigned)_i + 1);
	struct mime_scan fast, ref;

	mime_scan_init(&fast);
	mime_scan_init(&ref);
	ref_scan(&ref, p, n);
	for (size_t i = 0; i < n;) { /* chunks of 1..300 bytes */
		size_t len = 1 + (size_t)rand() % 300;

		len = len > n - i ? n - i : len;
		mime_scan_bytes(&fast, p + i, len);
		i += len;
	}
	assert_same(&fast, &ref);
	/* the generator did make every kind of byte */
	ck_assert(ref.n8bit > 0 && ref.nnul > 0 && ref.bare_cr > 0 && ref.bare_lf > 0);
	ck_assert(ref.from_lines > 0 && ref.first_long > 0);
	free(p);
}
END_TEST

/* A clean text in one chunk: all fast path. */
START_TEST(test_scan_clean)
{
	const char *t = "From here\r\nplain line\r\nFrom \r\nend";
	struct mime_scan s, ref;

	mime_scan_init(&s);
	mime_scan_init(&ref);
	mime_scan_bytes(&s, (const unsigned char *)t, strlen(t));
	ref_scan(&ref, (const unsigned char *)t, strlen(t));
	assert_same(&s, &ref);
	ck_assert_uint_eq(s.lines, 3);
	ck_assert_uint_eq(s.from_lines, 2);
	ck_assert_uint_eq(s.maxline, 10);
	ck_assert(mime_scan_is_7bit_clean(&s));
}
END_TEST

/* Lines of MIME_MAX_LINE - 1 .. + 2 octets, in one chunk and cut before
 * the last octet: only those longer than MIME_MAX_LINE count as long. */
START_TEST(test_scan_line_limit)
{
	size_t len = MIME_MAX_LINE - 1 + (size_t)(_i / 2);
	unsigned char *p = malloc(len + 3);
	struct mime_scan s, ref;

	memset(p, 'x', len);
	memcpy(p + len, "\r\ny", 3);
	mime_scan_init(&s);
	mime_scan_init(&ref);
	if (_i % 2) {
		mime_scan_bytes(&s, p, len - 1);
		mime_scan_bytes(&s, p + len - 1, 4);
	} else {
		mime_scan_bytes(&s, p, len + 3);
	}
	ref_scan(&ref, p, len + 3);
	assert_same(&s, &ref);
	ck_assert_uint_eq(s.first_long, len > MIME_MAX_LINE ? 1 : 0);
	ck_assert_uint_eq(s.maxline, len);
	free(p);
}
END_TEST

/* Everything written to stream, as one GByteArray-backed memory stream. */
static GByteArray *write_cut(GMimeStream *(*wrap)(GMimeStream *), const unsigned char *p, size_t n,
                             GMimeStream **mem_out)
{
	GMimeStream *mem = g_mime_stream_mem_new();
	GMimeStream *w = wrap(mem);

	for (size_t i = 0; i < n;) {
		size_t len = 1 + (size_t)rand() % 200;

		len = len > n - i ? n - i : len;
		ck_assert_int_eq(g_mime_stream_write(w, (const char *)p + i, len), (ssize_t)len);
		i += len;
	}
	ck_assert_int_eq(g_mime_stream_flush(w), 0);
	g_object_unref(w);
	*mem_out = mem;
	return g_mime_stream_mem_get_byte_array((GMimeStreamMem *)mem);
}

static GMimeStream *gmime_unix2dos(GMimeStream *target)
{
	GMimeStream *fs = g_mime_stream_filter_new(target);
	GMimeFilter *f = g_mime_filter_unix2dos_new(FALSE);

	g_mime_stream_filter_add((GMimeStreamFilter *)fs, f);
	g_object_unref(f);
	return fs;
}

START_TEST(test_crlf_equals_unix2dos)
{
	size_t n = 5000 + (size_t)_i * 1777;
	unsigned char *p = gen(n, (unsigned)_i + 100);
	GMimeStream *m1, *m2;
	GByteArray *ours = write_cut(mime_crlf_new, p, n, &m1);
	GByteArray *ref = write_cut(gmime_unix2dos, p, n, &m2);

	ck_assert_uint_gt(ref->len, n); /* there were bare LFs to convert */
	ck_assert_uint_eq(ours->len, ref->len);
	ck_assert_mem_eq(ours->data, ref->data, ref->len);
	g_object_unref(m1);
	g_object_unref(m2);
	free(p);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("mimescan");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	g_mime_init();
	tcase_add_loop_test(tc, test_scan_equals_reference, 0, 20);
	tcase_add_test(tc, test_scan_clean);
	tcase_add_loop_test(tc, test_scan_line_limit, 0, 8);
	tcase_add_loop_test(tc, test_crlf_equals_unix2dos, 0, 10);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	g_mime_shutdown();
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
