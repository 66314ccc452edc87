/*
 * check_outbound.c - outbound detection, the From-versus-login check (with
 * and without outbound.login_map and outbound.login_domains) and the From:
 * fields that must not be signed (several fields or mailboxes, another
 * address in the display name).
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

/* outbound.login_domains = the given domains (NULL-terminated). */
static void set_domains(const char *const *d)
{
	struct cm_strlist *l = &cfg->outbound.login_domains;

	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->n = 0;
	while (d[l->n] != NULL)
		l->n++;
	l->v = calloc(l->n + 1, sizeof(char *));
	for (size_t i = 0; i < l->n; i++)
		l->v[i] = strdup(d[i]);
}

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
	static const char *const dom[] = {"example.com", NULL};

	set_domains(dom);
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
	set_domains((const char *const[]){"example.com", NULL});
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

/* A login without '@' signs only within outbound.login_domains: by default
 * nowhere, so that "alice" cannot sign as alice@other-tenant.example. */
START_TEST(login_domains)
{
	static const char *const none[] = {NULL};
	static const char *const two[] = {"example.com", "Example.ORG", NULL};
	cm_err err;
	struct login_map *map = map_from("alice alice@other.example\n", &err);

	ck_assert_msg(map != NULL, "%s", err.text);
	set_domains(none);
	ck_assert(!outbound_login_may_send(cfg, NULL, "alice", "alice@example.com"));
	ck_assert(!outbound_login_may_send(cfg, NULL, "alice", "alice@other.example"));
	/* the login map still gives what it lists */
	ck_assert(outbound_login_may_send(cfg, map, "alice", "alice@other.example"));
	ck_assert(!outbound_login_may_send(cfg, map, "alice", "alice@example.com"));
	/* a login with '@' is not affected */
	ck_assert(outbound_login_may_send(cfg, NULL, "alice@other.example", "alice@other.example"));
	set_domains(two);
	ck_assert(outbound_login_may_send(cfg, NULL, "alice", "alice@example.com"));
	ck_assert(outbound_login_may_send(cfg, NULL, "alice", "alice@EXAMPLE.com"));
	ck_assert(outbound_login_may_send(cfg, NULL, "alice", "alice@example.org"));
	ck_assert(!outbound_login_may_send(cfg, NULL, "alice", "alice@other.example"));
	ck_assert(!outbound_login_may_send(cfg, NULL, "alice", "alice@sub.example.com"));
	ck_assert(!outbound_login_may_send(cfg, NULL, "alice", "alice@example.com.evil"));
	ck_assert(!outbound_login_may_send(cfg, NULL, "alice", "bob@example.com"));
	login_map_free(map);
}
END_TEST

struct from_row {
	size_t nfields, nmailboxes;
	bool group;
	const char *addr, *name;
	bool ambiguous;
};

/* One row per case, written from the rule: one From: field with one
 * mailbox, and no address-like text in the display name but its own. */
static const struct from_row from_rows[] = {
    {1, 1, false, "bob@example.com", NULL, false},
    {1, 1, false, "bob@example.com", "Bob Example", false},
    {1, 1, false, "bob@example.com", "bob@example.com", false},
    {1, 1, false, "bob@example.com", "BOB@Example.COM", false},
    {1, 1, false, "bob@example.com", "Bob (bob@example.com)", false},
    {1, 1, false, "bob@example.com", "@bob on chat", false},
    {0, 0, false, NULL, NULL, false},
    {2, 1, false, "bob@example.com", NULL, true},
    {3, 1, false, "bob@example.com", "Bob", true},
    {1, 2, false, "bob@example.com", NULL, true},
    {1, 1, true, "bob@example.com", NULL, true},
    {1, 0, true, NULL, NULL, true},
    {1, 1, false, "bob@example.com", "alice@example.com", true},
    {1, 1, false, "bob@example.com", "Alice <alice@example.com>", true},
    {1, 1, false, "bob@example.com", "bob@example.com alice@example.com", true},
    {1, 1, false, "bob@example.com", "\"alice@example.com\"", true},
    {1, 1, false, "bob@example.com",
     "alice\xef\xbc\xa0"
     "example.com",
     true},
    {1, 1, false, "bob@example.com",
     "alice\xef\xb9\xab"
     "example.com",
     true},
    {1, 1, false, "bob@example.com", "bob@example.com.evil", true},
};

START_TEST(from_ambiguous)
{
	const struct from_row *r = &from_rows[_i];
	struct from_facts f = {r->nfields, r->nmailboxes, r->group, r->addr, r->name};
	const char *why = outbound_from_ambiguous(&f);

	ck_assert_msg((why != NULL) == r->ambiguous, "fields=%zu mailboxes=%zu name=%s: %s",
	              r->nfields, r->nmailboxes, r->name ? r->name : "(none)",
	              why ? why : "not ambiguous");
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
	tcase_add_test(tc, login_domains);
	tcase_add_loop_test(tc, from_ambiguous, 0, (int)(sizeof(from_rows) / sizeof(from_rows[0])));
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
