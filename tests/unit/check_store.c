/*
 * check_store.c - the certificate store's SQLite backend (crypto/store):
 * a real database file in a temporary folder: created 0600, schema version
 * present, put and get, newest notBefore first, a known certificate only
 * touched, data kept over a reopen, 4 threads putting at once, bad URLs;
 * listing and deleting by fingerprint prefix; the change numbers other
 * nodes poll; the shared lookup answers (positive and negative, their
 * lifetimes, negatives dropped for an address); a version 1 file (made
 * with the sqlite3 program) migrated to version 2 with its rows kept.
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

START_TEST(list_and_delete)
{
	struct store *s = open_store();
	struct store_cert *c;
	cm_err err = {""};
	long n;

	put(s, "bob@partner.example", "CERT-B1", 1000, "Q1");
	put(s, "bob@partner.example", "CERT-B2", 2000, "Q2");
	put(s, "amy@partner.example", "CERT-A", 3000, "Q3");
	n = store_list_certs(s, NULL, &c, &err);
	ck_assert_int_eq(n, 3);
	ck_assert_str_eq(c[0].addr, "amy@partner.example");
	ck_assert_str_eq(c[1].addr, "bob@partner.example");
	ck_assert_mem_eq(c[1].der, "CERT-B2", 7); /* newest first within an address */
	ck_assert_int_eq(strlen(c[1].fpr), 64);
	/* a prefix of the fingerprint deletes that one only */
	char fpr[65];
	snprintf(fpr, sizeof(fpr), "%.12s", c[1].fpr);
	store_certs_free(c, (size_t)n);
	ck_assert_int_eq(store_delete_certs(s, "bob@partner.example", fpr, &err), 1);
	ck_assert_int_eq(store_get_certs(s, "bob@partner.example", 0, &c, &err), 1);
	ck_assert_mem_eq(c[0].der, "CERT-B1", 7);
	store_certs_free(c, 1);
	ck_assert_int_eq(store_delete_certs(s, "bob@partner.example", "ZZ'", &err), -1);
	ck_assert_ptr_nonnull(strstr(err.text, "not a fingerprint"));
	ck_assert_int_eq(store_delete_certs(s, "bob@partner.example", "%", &err), -1);
	ck_assert_int_eq(store_delete_certs(s, "bob@partner.example", NULL, &err), 1);
	ck_assert_int_eq(store_list_certs(s, "bob@partner.example", &c, &err), 0);
	ck_assert_int_eq(store_list_certs(s, NULL, &c, &err), 1);
	store_certs_free(c, 1);
	store_destroy(s);
}
END_TEST

START_TEST(changes_numbered)
{
	struct store *s = open_store();
	struct store_change *c;
	cm_err err = {""};
	long long last;

	ck_assert_int_eq(store_change_last(s, &err), 0);
	put(s, "bob@partner.example", "CERT-1", 1, "Q");
	last = store_change_last(s, &err);
	ck_assert_int_gt(last, 0);
	put(s, "bob@partner.example", "CERT-1", 1, "Q"); /* known: no change */
	put(s, "amy@partner.example", "CERT-2", 1, "Q");
	put(s, "cid@partner.example", "CERT-3", 1, "Q");
	ck_assert_int_eq(store_changes(s, last, 0, &c, &err), 2);
	ck_assert_str_eq(c[0].addr, "amy@partner.example");
	ck_assert_str_eq(c[1].addr, "cid@partner.example");
	ck_assert_int_gt(c[1].seq, c[0].seq);
	ck_assert_int_eq(store_change_last(s, &err), c[1].seq);
	store_changes_free(c, 2);
	ck_assert_int_eq(store_changes(s, last, 1, &c, &err), 1);
	store_changes_free(c, 1);
	ck_assert_int_eq(store_changes(s, store_change_last(s, &err), 0, &c, &err), 0);
	store_destroy(s);
}
END_TEST

START_TEST(shared_lookups)
{
	struct store *s = open_store();
	struct store_lookup l;
	cm_err err = {""};

	ck_assert_int_eq(store_lookup_get(s, "src1", "bob@x", 100, &l, &err), 0);
	ck_assert_int_eq(
	    store_lookup_put(s, "src1", "bob@x",
	                     &(struct store_lookup){(unsigned char *)"DER", 3, 150, 200, 5}, &err),
	    0);
	ck_assert_int_eq(store_lookup_put(s, "src1", "amy@x",
	                                  &(struct store_lookup){NULL, 0, 150, 200, 0}, &err),
	                 0);
	ck_assert_int_eq(store_lookup_put(s, "src2", "amy@x",
	                                  &(struct store_lookup){NULL, 0, 150, 200, 0}, &err),
	                 0);
	ck_assert_int_eq(store_lookup_get(s, "src1", "bob@x", 100, &l, &err), 1);
	ck_assert_int_eq(l.len, 3);
	ck_assert_mem_eq(l.der, "DER", 3);
	ck_assert_int_eq(l.fresh_until, 150);
	ck_assert_int_eq(l.stale_until, 200);
	ck_assert_int_eq(l.notes, 5);
	store_lookup_clear(&l);
	ck_assert_int_eq(store_lookup_get(s, "src2", "bob@x", 100, &l, &err), 0); /* per source */
	ck_assert_int_eq(store_lookup_get(s, "src1", "bob@x", 201, &l, &err), 0); /* past stale */
	ck_assert_int_eq(store_lookup_get(s, "src1", "amy@x", 100, &l, &err), 1);
	ck_assert_ptr_null(l.der);
	store_lookup_clear(&l);
	/* replaced */
	ck_assert_int_eq(store_lookup_put(s, "src1", "bob@x",
	                                  &(struct store_lookup){NULL, 0, 300, 400, 0}, &err),
	                 0);
	ck_assert_int_eq(store_lookup_get(s, "src1", "bob@x", 100, &l, &err), 1);
	ck_assert_ptr_null(l.der);
	ck_assert_int_eq(l.stale_until, 400);
	/* amy's negatives (both sources) go; bob's row stays */
	ck_assert_int_eq(store_lookup_forget_negative(s, "amy@x", 100, &err), 2);
	ck_assert_int_eq(store_lookup_get(s, "src1", "amy@x", 100, &l, &err), 0);
	ck_assert_int_eq(store_lookup_get(s, "src1", "bob@x", 100, &l, &err), 1);
	store_lookup_clear(&l);
	/* rows past their stale time go too */
	ck_assert_int_eq(store_lookup_forget_negative(s, "nobody@x", 401, &err), 1);
	store_destroy(s);
}
END_TEST

/* A version 1 file, as phase 1 made it, opened by this version: migrated
 * to version 2, its certificates kept and served. */
START_TEST(migrates_version_1)
{
	char cmd[512];
	struct store *s;
	struct store_cert *c;
	cm_err err = {""};

	snprintf(cmd, sizeof(cmd),
	         "sqlite3 '%s' \"CREATE TABLE schema_version (version INTEGER NOT NULL);"
	         "INSERT INTO schema_version VALUES (1);"
	         "CREATE TABLE certs (addr TEXT NOT NULL, fpr TEXT NOT NULL, der BLOB NOT NULL,"
	         " not_before INTEGER NOT NULL, not_after INTEGER NOT NULL,"
	         " first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL,"
	         " source TEXT NOT NULL, queue_id TEXT NOT NULL, PRIMARY KEY (addr, fpr));"
	         "INSERT INTO certs VALUES ('old@partner.example', 'ab', X'4f4c44', 5, 6, 7, 8,"
	         " 'harvest', 'Q1');\"",
	         path);
	ck_assert_int_eq(system(cmd), 0);
	s = open_store();
	ck_assert_int_eq(store_schema_version(s, &err), 2);
	ck_assert_int_eq(store_get_certs(s, "old@partner.example", 0, &c, &err), 1);
	ck_assert_mem_eq(c[0].der, "OLD", 3);
	ck_assert_str_eq(c[0].fpr, "ab");
	store_certs_free(c, 1);
	ck_assert_int_eq(store_change_last(s, &err), 0);
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
	tcase_add_test(tc, list_and_delete);
	tcase_add_test(tc, changes_numbered);
	tcase_add_test(tc, shared_lookups);
	tcase_add_test(tc, migrates_version_1);
	tcase_add_test(tc, bad_urls);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
