/*
 * check_policy.c - unit tests of the policy file (policy/policy.c):
 * patterns, first-match decisions on the certmilter-policy(5) example, merged
 * defaults, all-recipients semantics of `to`, case rules, subdomains,
 * shadowed rules, and each kind of error with its exact FILE:LINE: KEY.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "policy.h"

#ifndef SRCDIR
#define SRCDIR "."
#endif
#define DATA SRCDIR "/tests/unit/data"

/* Line number of the n-th (1-based) line of path containing needle. */
static int find_line(const char *path, const char *needle, int n)
{
	char buf[1024];
	int line = 0;
	FILE *fp = fopen(path, "r");

	ck_assert_msg(fp != NULL, "cannot open %s", path);
	while (fgets(buf, sizeof(buf), fp) != NULL) {
		line++;
		if (strstr(buf, needle) != NULL && --n == 0)
			break;
	}
	fclose(fp);
	ck_assert_msg(n == 0, "%s: \"%s\" not found", path, needle);
	return line;
}

static struct policy *load(const char *path)
{
	cm_err err;
	struct policy *pol = policy_load(path, &err);

	ck_assert_msg(pol != NULL, "%s", err.text);
	return pol;
}

static void assert_sign(const struct policy_rule *r, size_t n, enum cm_class a, enum cm_class b,
                        enum cm_class c)
{
	enum cm_class want[] = {a, b, c};

	ck_assert_uint_eq(r->nsign, n);
	for (size_t i = 0; i < n; i++)
		ck_assert_msg(r->sign[i] == want[i], "rule %d: sign[%zu] is %s, want %s", r->index,
		              i, cm_class_name(r->sign[i]), cm_class_name(want[i]));
}

START_TEST(test_pattern_valid)
{
	static const char *const good[] = {
	    "user@domain.example", "*@example.com", "*@*.example.com", "*",
	    "a.b+c@x.y",           "bob@localhost", "*@EXAMPLE.COM",   "o'neil@x-y.example",
	};
	static const char *const bad[] = {
	    "*bob@x", "bob*@x", "a@b@c",   "@x",   "",        "bob",     "bob@",
	    "*@*",    "*@*.",   "bob@*.x", "*@.x", "*@x..y",  "*@x.",    "*@*x.com",
	    "b ob@x", "*@x y",  "**",      "*@",   "*@*.*.x", "<bob@x>", "bob@[127.0.0.1]",
	};

	for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++)
		ck_assert_msg(policy_pattern_valid(good[i]), "\"%s\" should be valid", good[i]);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ck_assert_msg(!policy_pattern_valid(bad[i]), "\"%s\" should be invalid", bad[i]);
	ck_assert(!policy_pattern_valid(NULL));
}
END_TEST

START_TEST(test_pattern_match)
{
	static const struct {
		const char *pat, *addr;
		bool ci, want;
	} t[] = {
	    {"bob@example.com", "bob@example.com", false, true},
	    {"bob@example.com", "bob@EXAMPLE.Com", false, true},
	    {"BOB@Example.com", "BOB@example.COM", false, true},
	    {"bob@example.com", "Bob@example.com", false, false},
	    {"bob@example.com", "Bob@example.com", true, true},
	    {"Bob@example.com", "bob@example.com", true, true},
	    {"bob@example.com", "bob@example.org", false, false},
	    {"bob@example.com", "bobby@example.com", false, false},
	    {"bob@example.com", "bo@example.com", false, false},
	    {"bob@example.com", "bob@sub.example.com", false, false},
	    {"*@example.com", "x@example.com", false, true},
	    {"*@example.com", "X@Example.COM", false, true},
	    {"*@example.com", "x@sub.example.com", false, false},
	    {"*@example.com", "x@badexample.com", false, false},
	    {"*@example.com", "example.com", false, false},
	    {"*@example.com", "", false, false},
	    {"*@*.example.com", "x@sub.example.com", false, true},
	    {"*@*.example.com", "x@a.b.example.com", false, true},
	    {"*@*.example.com", "x@SUB.Example.COM", false, true},
	    {"*@*.example.com", "x@example.com", false, false},
	    {"*@*.example.com", "x@badexample.com", false, false},
	    {"*@*.example.com", "x@.example.com", false, false},
	    {"*@*.example.com", "x@example.com.evil", false, false},
	    {"*", "anything", false, true},
	    {"*", "x@y.z", false, true},
	    {"*", "", false, true},
	    {"*bob@example.com", "xbob@example.com", false, false}, /* invalid pattern */
	};

	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		ck_assert_msg(policy_pattern_match(t[i].pat, t[i].addr, t[i].ci) == t[i].want,
		              "\"%s\" vs \"%s\" (ci %d): want %d", t[i].pat, t[i].addr, t[i].ci,
		              t[i].want);
	ck_assert(!policy_pattern_match("*", NULL, false));
	ck_assert(!policy_pattern_match("bob@example.com", NULL, false));
}
END_TEST

static const char *const spec_files[] = {DATA "/policy_spec.conf", SRCDIR "/contrib/policy.conf"};

static int decide(const struct policy *pol, const char *from, bool ci, size_t n, const char *r1,
                  const char *r2)
{
	const char *rcpts[] = {r1, r2};
	struct msg_facts f = {.from = from,
	                      .sender = "bounce@example.com",
	                      .auth = "someone",
	                      .rcpts = rcpts,
	                      .nrcpts = n,
	                      .lp_case_insensitive = ci};
	const struct policy_rule *r = policy_decide(pol, &f);

	ck_assert_ptr_nonnull(r);
	return r->index;
}

/* certmilter-policy(5)'s example: as printed there, and as in contrib/. */
START_TEST(test_spec_example)
{
	struct policy *pol = load(spec_files[_i]);
	const struct policy_rule *r = pol->rules;

	ck_assert_uint_eq(pol->nrules, 4);
	for (int i = 0; i < 4; i++) {
		ck_assert_int_eq(r[i].index, i + 1);
		ck_assert_int_eq(r[i].line, find_line(spec_files[_i], "  { from = ", i + 1));
	}
	/* 1: ceo, whatever the recipients */
	ck_assert_int_eq(decide(pol, "ceo@example.com", false, 1, "x@partner.example", NULL), 1);
	ck_assert_int_eq(decide(pol, "ceo@example.com", false, 0, NULL, NULL), 1);
	ck_assert_int_eq(decide(pol, "ceo@EXAMPLE.COM", false, 1, "x@other.org", NULL), 1);
	/* local part compared as written unless asked otherwise */
	ck_assert_int_eq(decide(pol, "CEO@example.com", false, 1, "x@other.org", NULL), 3);
	ck_assert_int_eq(decide(pol, "CEO@example.com", true, 1, "x@other.org", NULL), 1);
	/* 2: every recipient at the partner */
	ck_assert_int_eq(decide(pol, "bob@example.com", false, 1, "a@partner.example", NULL), 2);
	ck_assert_int_eq(
	    decide(pol, "bob@example.com", false, 2, "a@partner.example", "b@PARTNER.example"), 2);
	/* ... not when one is elsewhere, or at a subdomain, or there are none */
	ck_assert_int_eq(
	    decide(pol, "bob@example.com", false, 2, "a@partner.example", "c@other.example"), 3);
	ck_assert_int_eq(
	    decide(pol, "bob@example.com", false, 2, "c@other.example", "a@partner.example"), 3);
	ck_assert_int_eq(decide(pol, "bob@example.com", false, 1, "a@sub.partner.example", NULL),
	                 3);
	ck_assert_int_eq(decide(pol, "bob@example.com", false, 0, NULL, NULL), 3);
	/* 4: lab.example.com itself, not its subdomains */
	ck_assert_int_eq(decide(pol, "x@lab.example.com", false, 1, "a@partner.example", NULL), 4);
	ck_assert_int_eq(decide(pol, "x@sub.lab.example.com", false, 1, "y@z.org", NULL), 0);
	/* nothing matches: the defaults */
	ck_assert_int_eq(decide(pol, "x@other.org", false, 1, "a@partner.example", NULL), 0);
	ck_assert_int_eq(decide(pol, NULL, false, 1, "a@partner.example", NULL), 0);
	ck_assert_ptr_eq(policy_decide(pol, &(struct msg_facts){.from = "x@other.org"}),
	                 &pol->defaults);
	policy_free(pol);
}
END_TEST

/* The actions of the example's rules, with the defaults merged in. */
START_TEST(test_spec_actions)
{
	struct policy *pol = load(spec_files[_i]);
	const struct policy_rule *r = pol->rules;

	assert_sign(&r[0], 2, CM_CLASS_V4, CM_CLASS_VP, 0);
	ck_assert_int_eq(r[0].encrypt, CM_ENC_REQUIRED);
	ck_assert_int_eq(r[0].missing_certificate, CM_MISS_REJECT);
	ck_assert_int_eq(r[0].timestamp, CM_TS_ALL);
	ck_assert_int_eq(r[0].require, CM_REQ_NONE);
	ck_assert_str_eq(r[0].from, "ceo@example.com");
	ck_assert_ptr_null(r[0].to);
	ck_assert_ptr_null(r[0].sender);
	ck_assert_ptr_null(r[0].auth);
	assert_sign(&r[1], 2, CM_CLASS_VP, CM_CLASS_IDENTITY, 0);
	ck_assert_int_eq(r[1].encrypt, CM_ENC_REQUIRED);
	ck_assert_int_eq(r[1].missing_certificate, CM_MISS_TEMPFAIL);
	ck_assert_str_eq(r[1].to, "*@partner.example");
	assert_sign(&r[2], 2, CM_CLASS_VP, CM_CLASS_IDENTITY, 0);
	ck_assert_int_eq(r[2].encrypt, CM_ENC_OPPORTUNISTIC);
	ck_assert_int_eq(r[2].missing_certificate, CM_MISS_PLAINTEXT);
	ck_assert_int_eq(r[2].timestamp, CM_TS_ALL);
	assert_sign(&r[3], 0, 0, 0, 0);
	ck_assert_int_eq(r[3].encrypt, CM_ENC_NEVER);
	ck_assert_int_eq(pol->defaults.index, 0);
	ck_assert_int_eq(pol->defaults.line, find_line(spec_files[_i], "defaults = {", 1));
	ck_assert_uint_eq(policy_shadowed(pol, NULL, NULL), 0);
	policy_free(pol);
}
END_TEST

START_TEST(test_defaults_merged)
{
	struct policy *pol = load(DATA "/policy_defaults.conf");
	const struct policy_rule *d = &pol->defaults, *r = pol->rules;

	assert_sign(d, 1, CM_CLASS_V3, 0, 0);
	ck_assert_int_eq(d->timestamp, CM_TS_FIRST);
	ck_assert_int_eq(d->encrypt, CM_ENC_NEVER);
	ck_assert_int_eq(d->missing_certificate, CM_MISS_PLAINTEXT); /* built in */
	ck_assert_int_eq(d->require, CM_REQ_TEMPFAIL);
	ck_assert_uint_eq(pol->nrules, 3);
	/* 1 sets nothing */
	assert_sign(&r[0], 1, CM_CLASS_V3, 0, 0);
	ck_assert_int_eq(r[0].timestamp, CM_TS_FIRST);
	ck_assert_int_eq(r[0].encrypt, CM_ENC_NEVER);
	ck_assert_int_eq(r[0].missing_certificate, CM_MISS_PLAINTEXT);
	ck_assert_int_eq(r[0].require, CM_REQ_TEMPFAIL);
	/* 2 sets sign and timestamp */
	assert_sign(&r[1], 0, 0, 0, 0);
	ck_assert_int_eq(r[1].timestamp, CM_TS_NONE);
	ck_assert_int_eq(r[1].encrypt, CM_ENC_NEVER);
	ck_assert_int_eq(r[1].require, CM_REQ_TEMPFAIL);
	/* 3 sets all but timestamp */
	assert_sign(&r[2], 3, CM_CLASS_IDENTITY, CM_CLASS_VP, CM_CLASS_V1);
	ck_assert_int_eq(r[2].timestamp, CM_TS_FIRST);
	ck_assert_int_eq(r[2].encrypt, CM_ENC_REQUIRED);
	ck_assert_int_eq(r[2].missing_certificate, CM_MISS_SPLIT);
	ck_assert_int_eq(r[2].require, CM_REQ_REJECT);
	/* the defaults themselves were not changed by the rules */
	assert_sign(d, 1, CM_CLASS_V3, 0, 0);
	ck_assert_int_eq(d->encrypt, CM_ENC_NEVER);
	policy_free(pol);
}
END_TEST

static void assert_builtin(const struct policy_rule *r)
{
	assert_sign(r, 2, CM_CLASS_VP, CM_CLASS_IDENTITY, 0);
	ck_assert_int_eq(r->encrypt, CM_ENC_OPPORTUNISTIC);
	ck_assert_int_eq(r->missing_certificate, CM_MISS_PLAINTEXT);
	ck_assert_int_eq(r->require, CM_REQ_NONE);
}

START_TEST(test_builtin_defaults)
{
	struct policy *pol = load(DATA "/policy_nodefaults.conf");
	const char *rc[] = {"x@b.example"};
	struct msg_facts f = {.rcpts = rc, .nrcpts = 1};

	assert_builtin(&pol->defaults);
	ck_assert_int_eq(pol->defaults.timestamp, CM_TS_ALL);
	ck_assert_int_eq(pol->defaults.line, 0);
	assert_builtin(&pol->rules[0]);
	ck_assert_int_eq(pol->rules[0].timestamp, CM_TS_NONE);
	assert_builtin(&pol->rules[1]);
	ck_assert_int_eq(pol->rules[1].timestamp, CM_TS_ALL);
	/* a rule with only `to` matches a message without From: */
	ck_assert_ptr_eq(policy_decide(pol, &f), &pol->rules[1]);
	pol = policy_free(pol);

	pol = load(DATA "/policy_empty.conf");
	ck_assert_uint_eq(pol->nrules, 0);
	assert_builtin(&pol->defaults);
	ck_assert_ptr_eq(policy_decide(pol, &f), &pol->defaults);
	policy_free(pol);
}
END_TEST

static int decide_full(const struct policy *pol, const char *from, const char *sender,
                       const char *auth, bool ci, size_t n, const char *r1, const char *r2)
{
	const char *rcpts[] = {r1, r2};
	struct msg_facts f = {.from = from,
	                      .sender = sender,
	                      .auth = auth,
	                      .rcpts = rcpts,
	                      .nrcpts = n,
	                      .lp_case_insensitive = ci};

	return policy_decide(pol, &f)->index;
}

START_TEST(test_first_match)
{
	struct policy *pol = load(DATA "/policy_order.conf");
	const char *ex = "alice@example.com", *p1 = "x@a.partner.example",
	           *p2 = "y@partner.example";

	ck_assert_uint_eq(pol->nrules, 7);
	/* auth = "*" matches any login, but no login at all */
	ck_assert_int_eq(decide_full(pol, ex, ex, "alice", false, 1, p1, NULL), 1);
	ck_assert_int_eq(decide_full(pol, ex, ex, NULL, false, 1, p1, NULL), 3);
	/* sender: the envelope, checked before later rules */
	ck_assert_int_eq(decide_full(pol, ex, "bounces@example.com", NULL, false, 1, p1, NULL), 2);
	ck_assert_int_eq(decide_full(pol, ex, "Bounces@example.com", NULL, false, 1, p1, NULL), 3);
	ck_assert_int_eq(decide_full(pol, ex, "Bounces@example.com", NULL, true, 1, p1, NULL), 2);
	/* to = "*@*.partner.example": every recipient, subdomains only */
	ck_assert_int_eq(decide_full(pol, ex, ex, NULL, false, 2, p1, "z@b.c.partner.example"), 3);
	ck_assert_int_eq(decide_full(pol, ex, ex, NULL, false, 2, p1, p2), 5);
	ck_assert_int_eq(decide_full(pol, ex, ex, NULL, false, 1, p2, NULL), 5);
	/* local part case */
	ck_assert_int_eq(decide_full(pol, "Bob@example.com", ex, NULL, false, 1, p2, NULL), 4);
	ck_assert_int_eq(decide_full(pol, "bob@example.com", ex, NULL, false, 1, p2, NULL), 5);
	ck_assert_int_eq(decide_full(pol, "bob@example.com", ex, NULL, true, 1, p2, NULL), 4);
	/* subdomains of example.com, not example.com itself (that is 5) */
	ck_assert_int_eq(decide_full(pol, "x@dept.example.com", ex, NULL, false, 1, p2, NULL), 6);
	/* sender = "*" matches the null sender; no From: never matches from */
	ck_assert_int_eq(decide_full(pol, NULL, "", NULL, false, 1, p2, NULL), 7);
	ck_assert_int_eq(decide_full(pol, "x@other.org", "", NULL, false, 1, p2, NULL), 7);
	ck_assert_int_eq(decide_full(pol, NULL, NULL, NULL, false, 1, p2, NULL), 0);
	assert_sign(&pol->rules[6], 0, 0, 0, 0);
	policy_free(pol);
}
END_TEST

struct shadow_log {
	int rule[32], by[32];
	size_t n;
};

static void record(const struct policy_rule *rule, const struct policy_rule *by, void *arg)
{
	struct shadow_log *log = arg;

	ck_assert_uint_lt(log->n, 32);
	log->rule[log->n] = rule->index;
	log->by[log->n] = by->index;
	log->n++;
}

START_TEST(test_shadowed)
{
	static const int want[][2] = {{2, 1},  {4, 3},   {6, 1},   {7, 3},
	                              {10, 9}, {12, 11}, {15, 13}, {16, 13}};
	size_t nwant = sizeof(want) / sizeof(want[0]);
	struct policy *pol = load(DATA "/policy_shadow.conf");
	struct shadow_log log = {.n = 0};

	ck_assert_uint_eq(pol->nrules, 16);
	ck_assert_uint_eq(policy_shadowed(pol, record, &log), nwant);
	ck_assert_uint_eq(log.n, nwant);
	for (size_t i = 0; i < nwant; i++) {
		ck_assert_msg(log.rule[i] == want[i][0] && log.by[i] == want[i][1],
		              "report %zu: rule %d by %d, want rule %d by %d", i, log.rule[i],
		              log.by[i], want[i][0], want[i][1]);
	}
	ck_assert_uint_eq(policy_shadowed(pol, NULL, NULL), nwant);
	policy_free(pol);
}
END_TEST

START_TEST(test_names)
{
	ck_assert_str_eq(cm_timestamp_name(CM_TS_ALL), "all");
	ck_assert_str_eq(cm_timestamp_name(CM_TS_FIRST), "first");
	ck_assert_str_eq(cm_timestamp_name(CM_TS_NONE), "none");
	ck_assert_str_eq(cm_encrypt_name(CM_ENC_NEVER), "never");
	ck_assert_str_eq(cm_encrypt_name(CM_ENC_OPPORTUNISTIC), "opportunistic");
	ck_assert_str_eq(cm_encrypt_name(CM_ENC_REQUIRED), "required");
	ck_assert_str_eq(cm_missing_name(CM_MISS_PLAINTEXT), "plaintext");
	ck_assert_str_eq(cm_missing_name(CM_MISS_REJECT), "reject");
	ck_assert_str_eq(cm_missing_name(CM_MISS_TEMPFAIL), "tempfail");
	ck_assert_str_eq(cm_missing_name(CM_MISS_SPLIT), "split");
}
END_TEST

START_TEST(test_missing_file)
{
	cm_err err;

	ck_assert_ptr_null(policy_load(DATA "/no-such-policy.conf", &err));
	ck_assert_str_eq(err.text,
	                 DATA "/no-such-policy.conf: cannot open: No such file or directory");
	ck_assert_ptr_null(policy_free(NULL));
}
END_TEST

static const struct {
	const char *file;
	const char *key; /* NULL: syntax error, no key */
	const char *problem;
} bad[] = {
    {"policy_bad_unknown_top.conf", "rule", "unknown key"},
    {"policy_bad_unknown_rule.conf", "rules[2].form", "unknown key"},
    {"policy_bad_unknown_defaults.conf", "defaults.encrypted", "unknown key"},
    {"policy_bad_cond_defaults.conf", "defaults.from", "not allowed in defaults"},
    {"policy_bad_type_sign.conf", "rules[1].sign", "must be a list"},
    {"policy_bad_type_cond.conf", "rules[1].to", "must be a string"},
    {"policy_bad_enum.conf", "rules[2].encrypt", "\"always\" is not one of"},
    {"policy_bad_enum_require.conf", "defaults.require", "\"accept\" is not one of"},
    {"policy_bad_class.conf", "rules[1].sign", "\"encrypting\" is not a signer class"},
    {"policy_bad_class_tsa.conf", "defaults.sign", "\"tsa\" is not a signer class"},
    {"policy_bad_class_unknown.conf", "rules[1].sign", "\"v5\" is not a signer class"},
    {"policy_bad_class_dup.conf", "rules[1].sign", "\"VP\" is listed twice"},
    {"policy_bad_pattern.conf", "rules[2].from", "\"*bob@example.com\" is not a pattern"},
    {"policy_bad_pattern_to.conf", "rules[1].to", "\"a@b@c\" is not a pattern"},
    {"policy_bad_pattern_sub.conf", "rules[1].sender", "is not a pattern"},
    {"policy_bad_plaintext.conf", "rules[2].encrypt", "plaintext\" is only allowed"},
    {"policy_bad_plaintext_rule.conf", "rules[1].missing_certificate", "only allowed"},
    {"policy_bad_plaintext_defaults.conf", "defaults.encrypt", "only allowed"},
    {"policy_bad_rules_type.conf", "rules", "must be a list"},
    {"policy_bad_rule_elem.conf", "rules[2]", "must be a group"},
    {"policy_bad_syntax.conf", NULL, "syntax error"},
};

START_TEST(test_errors)
{
	char path[4096], want[4200];
	struct policy *pol;
	cm_err err;
	int line;

	snprintf(path, sizeof(path), "%s/%s", DATA, bad[_i].file);
	line = find_line(path, "ERROR-HERE", 1);
	memset(&err, 0, sizeof(err));
	pol = policy_load(path, &err);
	ck_assert_msg(pol == NULL, "%s loaded", path);
	if (bad[_i].key != NULL)
		snprintf(want, sizeof(want), "%s:%d: %s: ", path, line, bad[_i].key);
	else
		snprintf(want, sizeof(want), "%s:%d: ", path, line);
	ck_assert_msg(strncmp(err.text, want, strlen(want)) == 0, "got \"%s\", want \"%s...\"",
	              err.text, want);
	ck_assert_msg(strstr(err.text + strlen(want), bad[_i].problem) != NULL,
	              "got \"%s\", want \"%s\"", err.text, bad[_i].problem);
}
END_TEST

static Suite *policy_suite(void)
{
	Suite *s = suite_create("policy");
	TCase *tc = tcase_create("core");
	int nspec = (int)(sizeof(spec_files) / sizeof(spec_files[0]));

	tcase_add_test(tc, test_pattern_valid);
	tcase_add_test(tc, test_pattern_match);
	tcase_add_loop_test(tc, test_spec_example, 0, nspec);
	tcase_add_loop_test(tc, test_spec_actions, 0, nspec);
	tcase_add_test(tc, test_defaults_merged);
	tcase_add_test(tc, test_builtin_defaults);
	tcase_add_test(tc, test_first_match);
	tcase_add_test(tc, test_shadowed);
	tcase_add_test(tc, test_names);
	tcase_add_test(tc, test_missing_file);
	tcase_add_loop_test(tc, test_errors, 0, (int)(sizeof(bad) / sizeof(bad[0])));
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(policy_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
