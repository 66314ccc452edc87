/*
 * check_inspect.c - what an inbound result looks like (crypto/inspect_fmt.c):
 * the Authentication-Results value (RFC 8601, RFC 7281), the
 * Certmilter-Identity value (SPEC section 12), the audit's verified= word,
 * and which arriving fields are forgeries of ours. The expected texts are
 * written from the SPEC's examples, not taken from the code's output.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#include "inspect.h"
#include "log.h"

static struct inspect_signer signer(enum vfy_result res, enum cm_class cls, bool from_match)
{
	struct inspect_signer s;

	memset(&s, 0, sizeof(s));
	s.res = res;
	s.cls = cls;
	s.from_match = from_match;
	s.addr = "alice@example.com";
	s.serial = "1001";
	s.issuer = "Example Org Issuing CA";
	return s;
}

START_TEST(test_spec_examples)
{
	struct inspect_signer s = signer(VFY_PASS, CM_CLASS_V4, true);
	struct inspect_res r = {.s = &s, .n = 1};
	char *ar, *id;

	s.name = "Alice Example";
	s.title = "Head of Sales";
	s.org = "Example Org";
	s.locality = "Berlin, DE";
	s.ts_time = 1796277123; /* 2026-12-03T05:52:03Z */
	ar = inspect_ar_value(&r, "mx.example.com");
	ck_assert_str_eq(ar,
	                 "mx.example.com;\n\tsmime=pass body.smime-identifier=alice@example.com "
	                 "body.smime-serial=1001 body.smime-issuer=\"Example Org Issuing CA\"");
	id = inspect_identity_value(&s);
	ck_assert_str_eq(id,
	                 "class=v4; trust=organization; addr=alice@example.com; "
	                 "name=\"Alice Example\"; title=\"Head of Sales\"; org=\"Example Org\"; "
	                 "locality=\"Berlin, DE\"; time=2026-12-03T05:52:03Z");
	free(ar);
	free(id);
}
END_TEST

START_TEST(test_no_identity)
{
	struct inspect_signer s[3] = {signer(VFY_PASS, CM_CLASS_VP, false),
	                              signer(VFY_FAIL, CM_CLASS_NONE, true),
	                              signer(VFY_NEUTRAL, CM_CLASS_NONE, true)};
	struct inspect_res r = {.s = s, .n = 3};
	char *ar;

	snprintf(s[1].why, sizeof(s[1].why), "the signature does not match the content");
	for (int i = 0; i < 3; i++)
		ck_assert_ptr_null(inspect_identity_value(&s[i]));
	ar = inspect_ar_value(&r, "mx");
	ck_assert_ptr_nonnull(
	    strstr(ar, "smime=pass reason=\"from-mismatch\" body.smime-identifier="));
	ck_assert_ptr_nonnull(
	    strstr(ar, ";\n\tsmime=fail reason=\"the signature does not match the content\" "));
	ck_assert_ptr_nonnull(strstr(ar, ";\n\tsmime=neutral "));
	free(ar);
}
END_TEST

/* A hostile subject cannot end the quoted string, add a field or a line. */
START_TEST(test_hostile_text)
{
	struct inspect_signer s = signer(VFY_PASS, CM_CLASS_V2, true);
	char *id;

	s.name = "Eve\"; class=v4; org=\"Bank\r\nX-Evil: 1\\";
	s.org = "Stra\xc3\x9f"
	        "e \xff\xfe";
	id = inspect_identity_value(&s);
	ck_assert_ptr_null(strchr(id, '\r'));
	ck_assert_ptr_null(strchr(id, '\n'));
	ck_assert_ptr_nonnull(
	    strstr(id, "name=\"Eve\\\"; class=v4; org=\\\"Bank??X-Evil: 1\\\\\";"));
	ck_assert_ptr_nonnull(strstr(id, "org=\"Stra\xc3\x9f"
	                                 "e ??\""));
	free(id);
}
END_TEST

START_TEST(test_verified_word)
{
	struct inspect_signer s[2] = {signer(VFY_PASS, CM_CLASS_V4, true),
	                              signer(VFY_PASS, CM_CLASS_VP, true)};
	struct inspect_res r = {.s = s, .n = 2};
	char w[64], *ar;

	inspect_verified(&r, w, sizeof(w));
	ck_assert_str_eq(w, "pass:v4,vp");
	s[1].res = VFY_NEUTRAL;
	inspect_verified(&r, w, sizeof(w));
	ck_assert_str_eq(w, "pass:v4");
	s[0].res = VFY_NEUTRAL;
	inspect_verified(&r, w, sizeof(w));
	ck_assert_str_eq(w, "neutral");
	s[1].res = VFY_TEMPERROR;
	inspect_verified(&r, w, sizeof(w));
	ck_assert_str_eq(w, "temperror");
	s[0].res = VFY_FAIL;
	inspect_verified(&r, w, sizeof(w));
	ck_assert_str_eq(w, "fail");
	r.n = 0;
	inspect_verified(&r, w, sizeof(w));
	ck_assert_str_eq(w, "none");
	r.structure_error = true;
	inspect_verified(&r, w, sizeof(w));
	ck_assert_str_eq(w, "permerror");
	ar = inspect_ar_value(&r, "mx");
	ck_assert_ptr_nonnull(strstr(ar, "smime=permerror reason="));
	free(ar);
}
END_TEST

START_TEST(test_forged)
{
	const char *id = "mx.example.com";

	ck_assert(inspect_ar_is_ours("mx.example.com; smime=pass", id));
	ck_assert(inspect_ar_is_ours("MX.Example.COM;smime=fail", id));
	ck_assert(
	    inspect_ar_is_ours(" (c) mx.example.com (more) ; dkim=pass;\n\tsmime (x) = pass", id));
	ck_assert(inspect_ar_is_ours("mx.example.com 1; smime=pass", id)); /* with a version */
	ck_assert(inspect_ar_is_ours("mx.example.com; dkim=pass header.d=x", id));
	ck_assert(inspect_ar_is_ours("mx.example.com; none", id));
	ck_assert(!inspect_ar_is_ours("other.example; smime=pass", id));
	ck_assert(!inspect_ar_is_ours("mx.example.com.evil; smime=pass", id));
	ck_assert(!inspect_ar_is_ours("", id));
	ck_assert(!inspect_ar_is_ours("mx.example.com; smime=pass", ""));
	ck_assert(!inspect_ar_is_ours("mx.example.comx; smime=pass", id));
	ck_assert(!inspect_ar_is_ours("(unterminated mx.example.com; smime=pass", id));
}
END_TEST

static Suite *inspect_suite(void)
{
	Suite *s = suite_create("inspect");
	TCase *tc = tcase_create("fmt");

	tcase_add_test(tc, test_spec_examples);
	tcase_add_test(tc, test_no_identity);
	tcase_add_test(tc, test_hostile_text);
	tcase_add_test(tc, test_verified_word);
	tcase_add_test(tc, test_forged);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr;
	int failed;

	log_init("check_inspect", LOG_USER, true);
	sr = srunner_create(inspect_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
