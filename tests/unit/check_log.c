/*
 * check_log.c - log_escape() and the audit line: nothing from the network can
 * forge a log line, and the certmilter(8) AUDIT LOG fields come in their order.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "log.h"

START_TEST(escape_controls)
{
	char out[128];
	const char in[] = "a\r\nb\tc\0d\x1b[31m\\\"";

	log_escape(out, sizeof(out), in, sizeof(in) - 1);
	ck_assert_str_eq(out, "a\\r\\nb\\tc\\x00d\\x1b[31m\\\\\\\"");
	for (const char *p = out; *p; p++)
		ck_assert_int_ge((unsigned char)*p, 0x20);
}
END_TEST

START_TEST(escape_utf8)
{
	char out[128];
	const char good[] = "J\xc3\xbcrgen";         /* valid UTF-8 stays */
	const char bad[] = "x\xc3(\xff\xed\xa0\x80"; /* invalid, surrogate */

	log_escape(out, sizeof(out), good, strlen(good));
	ck_assert_str_eq(out, good);
	log_escape(out, sizeof(out), bad, strlen(bad));
	ck_assert_str_eq(out, "x\\xc3(\\xff\\xed\\xa0\\x80");
}
END_TEST

START_TEST(escape_truncates)
{
	char out[12];
	const char in[] = "0123456789abcdefghij";

	log_escape(out, sizeof(out), in, strlen(in));
	ck_assert_uint_lt(strlen(out), sizeof(out));
	ck_assert_ptr_nonnull(strstr(out, "..."));
	ck_assert_int_eq(strncmp(out, "0123", 4), 0);
}
END_TEST

START_TEST(audit_fields_in_order)
{
	char line[1024];
	struct audit_rec rec = {.qid = "4QzXk12abc",
	                        .dir = "out",
	                        .from = "alice@example.com",
	                        .auth = "alice",
	                        .rcpts = 3,
	                        .rule = 2,
	                        .signed_classes = "vp,v4",
	                        .action = "accept",
	                        .size = 1234,
	                        .ms = 14};

	audit_format(&rec, line, sizeof(line));
	ck_assert_str_eq(line, "4QzXk12abc: dir=out from=<alice@example.com> auth=alice rcpts=3 "
	                       "rule=2 signed=vp,v4 action=accept size=1234 ms=14");
}
END_TEST

/* The revocation notes come after missing=, revoked= only when set. */
START_TEST(audit_revocation_notes)
{
	char line[1024];
	struct audit_rec rec = {.qid = "Q2",
	                        .dir = "out",
	                        .from = "alice@example.com",
	                        .rcpts = 2,
	                        .rule = 0,
	                        .signed_classes = "v4",
	                        .enc_asked = true,
	                        .enc_done = 0,
	                        .enc_total = 2,
	                        .missing = "<a@x.example>,<b@x.example>",
	                        .revoked = "<b@x.example>",
	                        .rev_unknown = true,
	                        .action = "accept",
	                        .size = 10,
	                        .ms = 1};

	audit_format(&rec, line, sizeof(line));
	ck_assert_str_eq(line, "Q2: dir=out from=<alice@example.com> rcpts=2 rule=0 signed=v4 "
	                       "encrypted=0/2 missing=<a@x.example>,<b@x.example> "
	                       "revoked=<b@x.example> rev=unknown action=accept size=10 ms=1");
	rec.revoked = "";
	rec.rev_unknown = false;
	audit_format(&rec, line, sizeof(line));
	ck_assert_msg(strstr(line, "revoked=") == NULL && strstr(line, " rev=") == NULL, "%s",
	              line);
}
END_TEST

START_TEST(audit_signed_always_outbound)
{
	char line[1024];
	struct audit_rec rec = {.qid = "Q1",
	                        .dir = "out",
	                        .from = "bob@example.com",
	                        .rule = -1,
	                        .action = "accept",
	                        .size = -1};

	audit_format(&rec, line, sizeof(line));
	ck_assert_msg(strstr(line, " signed= ") != NULL, "no empty signed= in: %s", line);
	rec.dir = "in";
	audit_format(&rec, line, sizeof(line));
	ck_assert_msg(strstr(line, "signed=") == NULL, "signed= on an inbound line: %s", line);
	ck_assert_msg(strstr(line, "harvested=") == NULL, "harvested= without a value: %s", line);
	rec.verified = "pass:vp";
	rec.harvested = "none:not-from";
	audit_format(&rec, line, sizeof(line));
	ck_assert_str_eq(line, "Q1: dir=in from=<bob@example.com> rcpts=0 verified=pass:vp "
	                       "decrypted=- harvested=none:not-from action=accept ms=0");
}
END_TEST

START_TEST(audit_escapes_network_values)
{
	char line[1024];
	struct audit_rec rec = {.qid = NULL,
	                        .dir = "out",
	                        .from = "x@y\r\nfake: dir=out",
	                        .auth = "a b",
	                        .rcpts = 1,
	                        .rule = -1,
	                        .action = "tempfail",
	                        .reason = "bad \"thing\"\n",
	                        .size = -1,
	                        .ms = 0};

	audit_format(&rec, line, sizeof(line));
	ck_assert_ptr_null(strchr(line, '\n'));
	ck_assert_ptr_null(strchr(line, '\r'));
	ck_assert_str_eq(line,
	                 "NOQUEUE: dir=out from=<x@y\\r\\nfake:\\x20dir=out> auth=\"a b\" rcpts=1 "
	                 "signed= action=tempfail reason=\"bad \\\"thing\\\"\\n\" ms=0");
}
END_TEST

/* Split an audit line as certmilter(8) documents it: "QUEUEID:" then
 * " key=value" fields, value "..." (backslash escapes), <word> or a word.
 * Returns the number of fields, or -1 when the line does not split so;
 * keys[] get the names. */
static int split_line(const char *line, char keys[][32], int max)
{
	const char *p = strchr(line, ':');
	int n = 0;

	if (p == NULL || strchr(line, ' ') < p)
		return -1;
	for (p++; *p; n++) {
		size_t k;

		if (*p++ != ' ' || n >= max)
			return -1;
		k = strspn(p, "abcdefghijklmnopqrstuvwxyz_");
		if (k == 0 || k >= 32 || p[k] != '=')
			return -1;
		memcpy(keys[n], p, k);
		keys[n][k] = '\0';
		p += k + 1;
		if (*p == '"') {
			for (p++; *p && *p != '"'; p++)
				if (*p == '\\' && p[1])
					p++;
			if (*p++ != '"')
				return -1;
		} else {
			p += strcspn(p, " ");
		}
	}
	return n;
}

static void assert_keys_once(const char *line)
{
	char keys[32][32];
	int n = split_line(line, keys, 32);

	ck_assert_msg(n > 0, "does not split: %s", line);
	for (int i = 0; i < n; i++)
		for (int j = i + 1; j < n; j++)
			ck_assert_msg(strcmp(keys[i], keys[j]) != 0, "key %s twice: %s", keys[i],
			              line);
}

/* A quoted local part may hold spaces, '>' and "key=value" text: it must
 * stay inside from=<...>, as must a queue id or a login with spaces. */
START_TEST(audit_no_field_injection)
{
	char line[4096], big[3000];
	struct audit_rec rec = {.qid = "Q1 dir=in",
	                        .dir = "in",
	                        .from =
	                            "\"x> rcpts=0 action=reject reason=spoofed x\"@evil.example",
	                        .auth = "mal action=accept",
	                        .rcpts = 1,
	                        .rule = -1,
	                        .missing = "<a b@c> action=x",
	                        .action = "accept",
	                        .reason = "",
	                        .size = 10,
	                        .ms = 1};

	audit_format(&rec, line, sizeof(line));
	assert_keys_once(line);
	ck_assert_ptr_nonnull(strstr(line, "from=<\\\"x\\x3e\\x20rcpts=0"));
	/* very long values are cut, the fields after them stay */
	memset(big, 'r', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	rec.from = rec.auth = rec.missing = rec.ts_error = rec.reason = big;
	rec.action = "tempfail";
	audit_format(&rec, line, sizeof(line));
	assert_keys_once(line);
	ck_assert_ptr_nonnull(strstr(line, " action=tempfail reason=\""));
	ck_assert_ptr_nonnull(strstr(line, " ms=1"));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("log");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_add_test(tc, escape_controls);
	tcase_add_test(tc, escape_utf8);
	tcase_add_test(tc, escape_truncates);
	tcase_add_test(tc, audit_fields_in_order);
	tcase_add_test(tc, audit_revocation_notes);
	tcase_add_test(tc, audit_signed_always_outbound);
	tcase_add_test(tc, audit_escapes_network_values);
	tcase_add_test(tc, audit_no_field_injection);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
