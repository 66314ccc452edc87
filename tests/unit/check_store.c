/*
 * check_store.c - the certificate store's SQLite backend (crypto/store):
 * a real database file in a temporary folder: created 0600, schema version
 * present, put and get, newest notBefore first, a known certificate only
 * touched, data kept over a reopen, 4 threads putting at once, bad URLs.
 */
#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store.h"
#include "xalloc.h"

static char dir[64], url[128], path[128];

static void setup(void)
{
	snprintf(dir, sizeof(dir), "/tmp/check_store.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/store.db", dir);
	snprintf(url, sizeof(url), "sqlite://%s", path);
}

static void teardown(void)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}

static struct store *open_store(void)
{
	cm_err err = {""};
	struct store *s = store_create(&(struct store_opts){url, 0}, &err);

	ck_assert_msg(s != NULL, "%s", err.text);
	return s;
}

static int put(struct store *s, const char *addr, const char *der, time_t nb, const char *qid)
{
	cm_err err = {""};
	int rc = store_put_cert(s, addr, (const unsigned char *)der, strlen(der), nb, nb + 86400,
	                        "harvest", qid, &err);

	ck_assert_msg(rc >= 0, "%s", err.text);
	return rc;
}

START_TEST(created_private_with_schema)
{
	struct store *s = open_store();
	struct stat st;
	cm_err err;

	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	ck_assert_int_eq(store_schema_version(s, &err), STORE_SCHEMA_VERSION);
	store_destroy(s);
}
END_TEST

START_TEST(newest_first_and_touch)
{
	struct store *s = open_store();
	struct store_cert *c;
	cm_err err;

	ck_assert_int_eq(put(s, "bob@partner.example", "CERT-NEW", 2000, "Q1"), 1);
	ck_assert_int_eq(put(s, "bob@partner.example", "CERT-OLD", 1000, "Q2"), 1);
	ck_assert_int_eq(put(s, "bob@partner.example", "CERT-NEW", 2000, "Q3"), 0);
	ck_assert_int_eq(put(s, "carol@partner.example", "CERT-C", 500, NULL), 1);
	ck_assert_int_eq(store_get_certs(s, "bob@partner.example", 0, &c, &err), 2);
	ck_assert_int_eq(c[0].len, 8);
	ck_assert_mem_eq(c[0].der, "CERT-NEW", 8);
	ck_assert_str_eq(c[0].queue_id, "Q1"); /* the first message that brought it */
	ck_assert_str_eq(c[0].source, "harvest");
	ck_assert_int_eq(c[0].not_before, 2000);
	ck_assert_int_eq(c[0].not_after, 2000 + 86400);
	ck_assert(c[0].first_seen <= c[0].last_seen && c[0].first_seen > 0);
	ck_assert_mem_eq(c[1].der, "CERT-OLD", 8);
	store_certs_free(c, 2);
	ck_assert_int_eq(store_get_certs(s, "bob@partner.example", 1, &c, &err), 1);
	store_certs_free(c, 1);
	ck_assert_int_eq(store_get_certs(s, "nobody@partner.example", 0, &c, &err), 0);
	ck_assert_ptr_null(c);
	store_destroy(s);
}
END_TEST

START_TEST(reopen_keeps)
{
	struct store *s = open_store();
	struct store_cert *c;
	cm_err err;

	put(s, "dave@partner.example", "CERT-D", 42, "QD");
	store_destroy(s);
	s = open_store();
	ck_assert_int_eq(store_schema_version(s, &err), STORE_SCHEMA_VERSION);
	ck_assert_int_eq(store_get_certs(s, "dave@partner.example", 0, &c, &err), 1);
	ck_assert_mem_eq(c[0].der, "CERT-D", 6);
	store_certs_free(c, 1);
	store_destroy(s);
}
END_TEST

#define THREADS    4
#define PER_THREAD 50

struct worker {
	struct store *s;
	int id, failed;
};

static void *putter(void *arg)
{
	struct worker *w = arg;
	char addr[64], der[64];
	cm_err err;

	for (int i = 0; i < PER_THREAD; i++) {
		snprintf(addr, sizeof(addr), "u%d@partner.example", i % 5);
		snprintf(der, sizeof(der), "CERT-%d-%d", w->id, i);
		if (store_put_cert(w->s, addr, (const unsigned char *)der, strlen(der), i, i + 1,
		                   "harvest", "Q", &err) != 1)
			w->failed++;
	}
	return NULL;
}

START_TEST(concurrent_puts)
{
	struct store *s = open_store();
	struct worker w[THREADS];
	pthread_t t[THREADS];
	struct store_cert *c;
	long total = 0, n;
	cm_err err;

	for (int i = 0; i < THREADS; i++) {
		w[i] = (struct worker){s, i, 0};
		ck_assert_int_eq(pthread_create(&t[i], NULL, putter, &w[i]), 0);
	}
	for (int i = 0; i < THREADS; i++) {
		pthread_join(t[i], NULL);
		ck_assert_int_eq(w[i].failed, 0);
	}
	for (int i = 0; i < 5; i++) {
		char addr[64];

		snprintf(addr, sizeof(addr), "u%d@partner.example", i);
		n = store_get_certs(s, addr, 0, &c, &err);
		ck_assert_int_eq(n, THREADS * PER_THREAD / 5);
		total += n;
		store_certs_free(c, (size_t)n);
	}
	ck_assert_int_eq(total, THREADS * PER_THREAD);
	store_destroy(s);
}
END_TEST

START_TEST(bad_urls)
{
	cm_err err;

	ck_assert_ptr_null(store_create(&(struct store_opts){"mysql://x", 0}, &err));
	ck_assert_ptr_null(store_create(&(struct store_opts){"sqlite://relative.db", 0}, &err));
	ck_assert_ptr_null(store_create(&(struct store_opts){"postgresql://db/cm", 0}, &err));
	ck_assert_ptr_nonnull(strstr(err.text, "PostgreSQL"));
	ck_assert_ptr_null(
	    store_create(&(struct store_opts){"sqlite:///nonexistent-dir/x/store.db", 0}, &err));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("store");
	TCase *tc = tcase_create("sqlite");
	SRunner *sr;
	int failed;

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, created_private_with_schema);
	tcase_add_test(tc, newest_first_and_touch);
	tcase_add_test(tc, reopen_keeps);
	tcase_add_test(tc, concurrent_puts);
	tcase_add_test(tc, bad_urls);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
