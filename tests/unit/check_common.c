/*
 * check_common.c - the small primitives of common/: cm_append (lists in a
 * fixed buffer, cut off safely) and cm_now_ms (the monotonic millisecond
 * clock).
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "clock.h"
#include "cm.h"
#include "metrics.h"
#include "sbuf.h"

START_TEST(append_list)
{
	char buf[64] = "";

	cm_append(buf, sizeof(buf), "; ", "%s", "first");
	ck_assert_str_eq(buf, "first"); /* no separator before the first item */
	cm_append(buf, sizeof(buf), "; ", "%s: %d", "second", 2);
	ck_assert_str_eq(buf, "first; second: 2");
	cm_append(buf, sizeof(buf), NULL, "<%s>", "x");
	ck_assert_str_eq(buf, "first; second: 2<x>");
	cm_append(buf, sizeof(buf), ",", "%s", "");
	ck_assert_str_eq(buf, "first; second: 2<x>,");
}
END_TEST

START_TEST(append_truncates)
{
	char buf[12];
	char big[32];

	memset(big, 'z', sizeof(big));
	buf[0] = '\0';
	memcpy(big, "abc", 4);
	cm_append(big, 8, "; ", "%s", "defgh"); /* 7 characters fit in 8 bytes */
	ck_assert_str_eq(big, "abc; de");
	ck_assert_int_eq(big[8], 'z'); /* nothing written past size */
	cm_append(big, 8, "; ", "%s", "more");
	ck_assert_str_eq(big, "abc; de");
	/* the separator alone is cut off too */
	strcpy(buf, "0123456789");
	cm_append(buf, sizeof(buf), "; ", "%s", "x");
	ck_assert_str_eq(buf, "0123456789;");
	/* a buffer of one byte holds only the NUL; of none, nothing */
	cm_append(buf, 1, "; ", "%s", "x");
	ck_assert_str_eq(buf, "");
	buf[0] = 'q';
	cm_append(buf, 0, "; ", "%s", "x");
	ck_assert_int_eq(buf[0], 'q');
}
END_TEST

/* dst without a NUL in its size bytes is cut to size - 1 first. */
START_TEST(append_unterminated)
{
	char buf[6] = {'a', 'b', 'c', 'd', 'e', 'f'};

	cm_append(buf, 4, ",", "%s", "x");
	ck_assert_str_eq(buf, "abc");
	ck_assert_int_eq(buf[4], 'e');
}
END_TEST

static long ts_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

START_TEST(clock_monotonic_ms)
{
	long before = ts_ms();
	long t0 = cm_now_ms();
	long after = ts_ms();
	struct timespec nap = {0, 30 * 1000000L};
	long t1;

	/* CLOCK_MONOTONIC in milliseconds, not some other clock or unit */
	ck_assert_int_le(before, t0);
	ck_assert_int_le(t0, after);
	nanosleep(&nap, NULL);
	t1 = cm_now_ms();
	ck_assert_int_ge(t1 - t0, 30);
	ck_assert_int_lt(t1 - t0, 5000);
}
END_TEST

static bool has_line(const struct buf *b, const char *line)
{
	size_t n = strlen(line);

	for (size_t i = 0; i + n <= b->len; i++)
		if ((i == 0 || b->data[i - 1] == '\n') && memcmp(b->data + i, line, n) == 0 &&
		    (i + n == b->len || b->data[i + n] == '\n'))
			return true;
	return false;
}

/* Counters from audit records; a hostile label value escaped; at most 64
 * request series, the rest under "other"; the text ends in "# EOF". */
START_TEST(metrics_text)
{
	struct audit_rec r = {.dir = "out",
	                      .action = "accept",
	                      .signed_classes = "vp,v4",
	                      .ts_wanted = 2,
	                      .ts_done = 1,
	                      .enc_asked = true,
	                      .enc_done = 1,
	                      .enc_total = 1};
	struct buf b = {0};
	char src[32];

	metrics_reset();
	metrics_audit(&r);
	metrics_audit(&r);
	r.action = "tempfail";
	metrics_audit(&r);
	metrics_request(MET_TSA, "http://t/\"x\"\\\n", "ok", 20);
	for (int i = 0; i < 100; i++) {
		snprintf(src, sizeof(src), "src%d", i);
		metrics_request(MET_DIRECTORY, src, "found", 3000);
	}
	metrics_render(&b, NULL, NULL);
	buf_append(&b, "", 1);
	ck_assert(has_line(&b, "certmilter_messages_total{direction=\"out\",action=\"accept\"} 2"));
	ck_assert(
	    has_line(&b, "certmilter_messages_total{direction=\"out\",action=\"tempfail\"} 1"));
	ck_assert(has_line(&b, "certmilter_signatures_total{class=\"vp\"} 3"));
	ck_assert(has_line(&b, "certmilter_timestamps_total{result=\"missing\"} 3"));
	ck_assert(has_line(&b, "certmilter_encryptions_total{outcome=\"encrypted\"} 2"));
	ck_assert(has_line(&b, "certmilter_encryptions_total{outcome=\"tempfail\"} 1"));
	ck_assert(has_line(&b, "certmilter_tsa_requests_total{source=\"http://t/\\\"x\\\"\\\\\\n\","
	                       "outcome=\"ok\"} 1"));
	ck_assert(has_line(&b, "certmilter_tsa_request_duration_seconds_bucket{source=\"http://t/"
	                       "\\\"x\\\"\\\\\\n\",le=\"0.025\"} 1"));
	ck_assert(has_line(&b, "certmilter_directory_requests_total{source=\"other\","
	                       "outcome=\"found\"} 40"));
	ck_assert(has_line(&b, "certmilter_directory_request_duration_seconds_bucket{source="
	                       "\"src0\",le=\"2.5\"} 0"));
	ck_assert(strcmp((char *)b.data + b.len - 7, "# EOF\n") == 0);
	buf_free(&b);
	metrics_reset();
}
END_TEST

/* An sbuf written in slices of every size from 1 to 9 bytes (the way a
 * milter gets a body) across its threshold holds the bytes in order:
 * read back by offset across the point where it went to a file, as a
 * FILE, slurped, copied, and again after it is truncated. */
START_TEST(sbuf_slices)
{
	struct sbuf_opts o = {"/tmp", 100};
	unsigned char want[1000], got[1000];
	cm_err err;

	for (size_t i = 0; i < sizeof(want); i++)
		want[i] = (unsigned char)(i * 31 + i / 3);
	for (size_t slice = 1; slice <= 9; slice++) {
		struct sbuf *sb = sbuf_create(&o), *copy = sbuf_create(&o);
		struct buf all = {0};
		FILE *fp;

		for (size_t off = 0; off < sizeof(want); off += slice) {
			size_t n = sizeof(want) - off < slice ? sizeof(want) - off : slice;

			ck_assert_int_eq(sbuf_write(sb, want + off, n, &err), 0);
			ck_assert(sbuf_on_disk(sb) == (off + n > o.threshold));
		}
		ck_assert_uint_eq(sbuf_len(sb), sizeof(want));
		ck_assert_int_eq(sbuf_read(sb, 95, got, 10, &err),
		                 10); /* spans the old threshold */
		ck_assert(memcmp(got, want + 95, 10) == 0);
		ck_assert_int_eq(sbuf_read(sb, 995, got, 10, &err), 5);
		ck_assert_int_eq(sbuf_read(sb, 1000, got, 10, &err), 0);
		fp = sbuf_stream(sb, &err);
		ck_assert_ptr_nonnull(fp);
		ck_assert_uint_eq(fread(got, 1, sizeof(got), fp), sizeof(got));
		ck_assert(memcmp(got, want, sizeof(want)) == 0);
		ck_assert_int_eq(sbuf_write(sb, "x", 1, &err), 0); /* after reading: appended */
		ck_assert_int_eq(sbuf_read(sb, 1000, got, 10, &err), 1);
		ck_assert_int_eq(got[0], 'x');
		ck_assert_int_eq(sbuf_copy(copy, sb, &err), 0);
		ck_assert_int_eq(sbuf_slurp(copy, &all, &err), 0);
		ck_assert_uint_eq(all.len, sizeof(want) + 1);
		ck_assert(memcmp(all.data, want, sizeof(want)) == 0);
		sbuf_truncate(sb);
		ck_assert_uint_eq(sbuf_len(sb), 0);
		ck_assert_int_eq(sbuf_puts(sb, "again", &err), 0);
		fp = sbuf_stream(sb, &err);
		ck_assert_uint_eq(fread(got, 1, sizeof(got), fp), 5);
		ck_assert(memcmp(got, "again", 5) == 0);
		buf_free(&all);
		sbuf_destroy(copy);
		sbuf_destroy(sb);
	}
}
END_TEST

/* An empty sbuf reads as empty, also as a FILE; a missing directory is a
 * clear error once the threshold is passed, not before. */
START_TEST(sbuf_edges)
{
	struct sbuf_opts o = {"/nonexistent/certmilter", 4};
	struct sbuf *sb = sbuf_create(&o);
	unsigned char c;
	cm_err err = {""};
	FILE *fp = sbuf_stream(sb, &err);

	ck_assert_ptr_nonnull(fp);
	ck_assert_uint_eq(fread(&c, 1, 1, fp), 0);
	ck_assert_int_eq(sbuf_write(sb, "1234", 4, &err), 0);
	ck_assert_int_eq(sbuf_write(sb, "5", 1, &err), -1);
	ck_assert_ptr_nonnull(
	    strstr(err.text, "cannot create spool file in /nonexistent/certmilter"));
	ck_assert_uint_eq(sbuf_len(sb), 4);
	sbuf_destroy(sb);
}
END_TEST

int main(void)
{

	Suite *s = suite_create("common");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_add_test(tc, append_list);
	tcase_add_test(tc, append_truncates);
	tcase_add_test(tc, append_unterminated);
	tcase_add_test(tc, clock_monotonic_ms);
	tcase_add_test(tc, sbuf_slices);
	tcase_add_test(tc, metrics_text);
	tcase_add_test(tc, sbuf_edges);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
