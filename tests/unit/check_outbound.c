/*
 * check_outbound.c - outbound detection and the From-versus-login check,
 * with and without outbound.login_map.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "loginmap.h"
#include "outbound.h"

static struct cm_config *cfg;

static void setup(void)
{
	cfg = config_defaults();
}

static void teardown(void)
{
	cfg = config_unref(cfg);
}

START_TEST(direction)
{
	struct conn_facts f = {NULL, false, NULL, false};

	ck_assert(!outbound_is(cfg, &f));
	f.daemon = "ORIGINATING";
	ck_assert(outbound_is(cfg, &f));
	f.daemon = "originating"; /* {daemon_name} is compared exactly */
	ck_assert(!outbound_is(cfg, &f));
	f.daemon = "";
	f.auth = "alice";
	ck_assert(outbound_is(cfg, &f));
	f.auth = "";
	ck_assert(!outbound_is(cfg, &f));
	f.internal = true;
	ck_assert(outbound_is(cfg, &f));
}
END_TEST

/* A local submission (no client address) is outbound only with
 * outbound.local_is_internal, whatever else its facts say. */
START_TEST(local_submission)
{
	struct conn_facts f = {"alice", true, "ORIGINATING", true};

	ck_assert(!cfg->outbound.local_is_internal); /* the default */
	ck_assert(!outbound_is(cfg, &f));
	f.auth = NULL;
	f.internal = false;
	f.daemon = NULL;
	ck_assert(!outbound_is(cfg, &f));
	cfg->outbound.local_is_internal = true;
	ck_assert(outbound_is(cfg, &f));
	f.local = false; /* the key is about local submissions only */
	ck_assert(!outbound_is(cfg, &f));
}
END_TEST

START_TEST(login_itself)
{
	ck_assert(outbound_login_may_send(cfg, NULL, "alice@example.com", "alice@EXAMPLE.com"));
	ck_assert(!outbound_login_may_send(cfg, NULL, "alice@example.com", "Alice@example.com"));
	ck_assert(outbound_login_may_send(cfg, NULL, "alice", "alice@example.com"));
	ck_assert(!outbound_login_may_send(cfg, NULL, "alice", "alicex@example.com"));
	ck_assert(!outbound_login_may_send(cfg, NULL, "alic", "alice@example.com"));
	ck_assert(!outbound_login_may_send(cfg, NULL, "mallory", "alice@example.com"));
	ck_assert(!outbound_login_may_send(cfg, NULL, "alice", NULL));
	ck_assert(
	    !outbound_login_may_send(cfg, NULL, "alice@example.com", "alice@example.com.evil"));
}
END_TEST

static struct login_map *map_from(const char *text, cm_err *err)
{
	char path[] = "/tmp/check_outbound.XXXXXX";
	int fd = mkstemp(path);
	FILE *fp = fdopen(fd, "w");
	struct login_map *map;

	fputs(text, fp);
	fclose(fp);
	map = login_map_load(path, err);
	unlink(path);
	return map;
}

START_TEST(login_map)
{
	cm_err err;
	struct login_map *map = map_from("# comment\n\nalice  sales@example.com\tboss@example.com\n"
	                                 "bot *@*.example.com\n",
	                                 &err);

	ck_assert_msg(map != NULL, "%s", err.text);
	ck_assert(outbound_login_may_send(cfg, map, "alice", "sales@example.com"));
	ck_assert(outbound_login_may_send(cfg, map, "alice", "boss@Example.COM"));
	ck_assert(outbound_login_may_send(cfg, map, "alice", "alice@example.com"));
	ck_assert(!outbound_login_may_send(cfg, map, "alice", "ceo@example.com"));
	ck_assert(outbound_login_may_send(cfg, map, "bot", "x@lab.example.com"));
	ck_assert(!outbound_login_may_send(cfg, map, "bot", "x@example.com"));
	ck_assert(!outbound_login_may_send(cfg, map, "mallory", "sales@example.com"));
	ck_assert(!outbound_login_may_send(cfg, map, "Alice", "sales@example.com"));
	login_map_free(map);
}
END_TEST

START_TEST(login_map_bad_pattern)
{
	cm_err err;
	struct login_map *map = map_from("alice sales@example.com\nbob bob*@example.com\n", &err);

	ck_assert_ptr_null(map);
	ck_assert_ptr_nonnull(strstr(err.text, ":2: outbound.login_map: \"bob*@example.com\""));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("outbound");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, direction);
	tcase_add_test(tc, local_submission);
	tcase_add_test(tc, login_itself);
	tcase_add_test(tc, login_map);
	tcase_add_test(tc, login_map_bad_pattern);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
