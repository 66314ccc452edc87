/*
 * check_addr.c - e-mail addresses as certmilter compares and indexes them
 * (common/addr.h): which strings can be an address, case folding (the
 * domain always, the local part only when configured, ASCII only) and
 * equality.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "addr.h"
#include "xalloc.h"

static bool valid(const char *s)
{
	return cm_addr_valid(s, strlen(s));
}

START_TEST(validity)
{
	ck_assert(valid("a@b"));
	ck_assert(valid("first.last+tag@sub.example.com"));
	ck_assert(valid("a@b@c"));                     /* the last '@' splits */
	ck_assert(valid("\xc3\xa4@\xc3\xa4.example")); /* 8-bit bytes are kept */
	ck_assert(!valid(""));
	ck_assert(!valid("alice"));
	ck_assert(!valid("@example.com"));
	ck_assert(!valid("alice@"));
	ck_assert(!valid("a@b@"));
	ck_assert(!valid("al ice@example.com"));
	ck_assert(!valid("alice@exa\tmple.com"));
	ck_assert(!valid("alice@example.com\r"));
	ck_assert(!valid("alice@example.com\x7f"));
	ck_assert(!valid("\x01"
	                 "alice@example.com"));
	/* a NUL inside the counted bytes */
	ck_assert(!cm_addr_valid("alice@example.com\0x", 19));
	/* only len bytes count */
	ck_assert(cm_addr_valid("a@b c", 3));
	ck_assert(!cm_addr_valid("a@b", 2));
}
END_TEST

static void fold_is(const char *in, bool local_ci, const char *want)
{
	char *s = xstrdup(in);

	cm_addr_fold(s, local_ci);
	ck_assert_str_eq(s, want);
	x_free(s);
}

START_TEST(folding)
{
	fold_is("Alice@Example.COM", false, "Alice@example.com");
	fold_is("Alice@Example.COM", true, "alice@example.com");
	fold_is("A@B@C.D", false, "A@B@c.d"); /* the domain follows the last '@' */
	fold_is("A@B@C.D", true, "a@b@c.d");
	fold_is("NOAT", false, "NOAT");
	fold_is("NOAT", true, "noat");
	/* ASCII only: the bytes of a UTF-8 capital stay as they are */
	fold_is("\xc3\x84X@\xc3\x84X.DE", false, "\xc3\x84X@\xc3\x84x.de");
	fold_is("\xc3\x84X@\xc3\x84X.DE", true, "\xc3\x84x@\xc3\x84x.de");
	fold_is("", true, "");
}
END_TEST

START_TEST(keys)
{
	const char *raw = "Bob@Example.ORG and more";
	char *k;

	k = cm_addr_key(raw, strlen("Bob@Example.ORG"), false);
	ck_assert_str_eq(k, "Bob@example.org");
	x_free(k);
	k = cm_addr_key(raw, strlen("Bob@Example.ORG"), true);
	ck_assert_str_eq(k, "bob@example.org");
	x_free(k);
	ck_assert_ptr_null(cm_addr_key(raw, strlen(raw), false)); /* spaces */
	ck_assert_ptr_null(cm_addr_key("bob@", 4, true));
	ck_assert_ptr_null(cm_addr_key("", 0, true));
	ck_assert_ptr_null(cm_addr_key("bob@ex\0ample.org", 16, false));
}
END_TEST

START_TEST(equality)
{
	ck_assert(cm_addr_equal("alice@example.com", "alice@EXAMPLE.com", false));
	ck_assert(!cm_addr_equal("alice@example.com", "Alice@example.com", false));
	ck_assert(cm_addr_equal("alice@example.com", "Alice@Example.com", true));
	ck_assert(!cm_addr_equal("alice@example.com", "alice@example.com.evil", true));
	ck_assert(!cm_addr_equal("alice@example.com", "alicex@example.com", true));
	ck_assert(!cm_addr_equal("alice@example.com", "alic@eexample.com", true));
	ck_assert(!cm_addr_equal("alice", "alice", true)); /* not addresses */
	ck_assert(!cm_addr_equal("alice@example.com", "alice", true));
	/* the last '@' splits: "a@b" is the local part */
	ck_assert(!cm_addr_equal("a@b@c", "a@B@c", false));
	ck_assert(cm_addr_equal("a@b@c", "a@B@C", true));
	ck_assert(!cm_addr_equal("a@b@c", "a@bc", true));
}
END_TEST

/* A key compares equal to what it was made from, and two addresses that
 * compare equal have the same key: a lookup by key finds what equality
 * finds. */
START_TEST(key_agrees_with_equality)
{
	static const char *const addrs[] = {
	    "alice@example.com", "Alice@example.com", "alice@EXAMPLE.COM", "ALICE@Example.Com",
	    "bob@example.com",   "alice@example.org", "a@b@example.com",   "A@B@EXAMPLE.com",
	};
	size_t n = sizeof(addrs) / sizeof(addrs[0]);

	for (int ci = 0; ci < 2; ci++) {
		for (size_t i = 0; i < n; i++) {
			char *ki = cm_addr_key(addrs[i], strlen(addrs[i]), ci);

			ck_assert_ptr_nonnull(ki);
			ck_assert(cm_addr_equal(ki, addrs[i], ci));
			for (size_t j = 0; j < n; j++) {
				char *kj = cm_addr_key(addrs[j], strlen(addrs[j]), ci);

				ck_assert_msg((strcmp(ki, kj) == 0) ==
				                  cm_addr_equal(addrs[i], addrs[j], ci),
				              "%s / %s, local part case-insensitive %d", addrs[i],
				              addrs[j], ci);
				x_free(kj);
			}
			x_free(ki);
		}
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("addr");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_add_test(tc, validity);
	tcase_add_test(tc, folding);
	tcase_add_test(tc, keys);
	tcase_add_test(tc, equality);
	tcase_add_test(tc, key_agrees_with_equality);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
