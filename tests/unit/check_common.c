/*
 * check_common.c - the small primitives of common/: cm_append (lists in a
 * fixed buffer, cut off safely) and cm_now_ms (the monotonic millisecond
 * clock).
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clock.h"
#include "cm.h"

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
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
