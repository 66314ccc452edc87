/*
 * check_store.c - the certificate store (crypto/store), every case over
 * both backends: a real SQLite file in a temporary folder, and a real
 * PostgreSQL (tests/integration/pg.sh: a private server on 127.0.0.1 from
 * port $CHECK_STORE_PORT, default 34600, on; a database of its own for each
 * case). Schema version present (the SQLite file created 0600), put and
 * get, newest notBefore first, a known certificate only touched, data kept
 * over a reopen, 4 threads putting at once, bad URLs; listing and deleting
 * by fingerprint prefix (a deletion is a change too); the change numbers
 * other nodes poll; the calls counted (store_queries); the shared
 * lookup answers (positive and negative, their lifetimes, negatives
 * dropped for an address); a version 1 database (made with the sqlite3 or
 * psql program) migrated to version 2 with its rows kept.
 * PostgreSQL only: no password in any error text; a server stopped or
 * hanging fails a call within about 3 s and the store works again once it
 * is back; two handles ("nodes") on one database see each other's
 * certificates, changes and lookups; handles opened at once on a new
 * database migrate it once; a forked process leaves the parent's
 * connections alone; a role without CREATE uses a database set up. Without PostgreSQL's programs
 * the PostgreSQL cases are skipped (a SKIP line); if they are there, a server that does not start
 * fails them.
 */
#include <check.h>
#include <glob.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "store.h"
#include "testsrv.h"
#include "xalloc.h"

#ifndef SRCDIR
#define SRCDIR "."
#endif

static char dir[64], url[256], path[128];
static bool on_pg;              /* the case runs on PostgreSQL */
static char pg_dir[64], db[32]; /* the server's folder, the case's database */
static int pg_port, pg_cases;   /* 0: no server */

/* A shell command, formatted; its exit status. */
static int run(const char *fmt, ...) PRINTFLIKE(1, 2);
static int run(const char *fmt, ...)
{
	char cmd[1024];
	va_list ap;
	int rc;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof(cmd), fmt, ap);
	va_end(ap);
	rc = system(cmd);
	return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

static int pg(const char *cmd, const char *arg)
{
	return run("bash '%s/tests/integration/pg.sh' %s '%s' %s", SRCDIR, cmd, pg_dir, arg);
}

static void sqlite_setup(void)
{
	on_pg = false;
	snprintf(dir, sizeof(dir), "/tmp/check_store.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/store.db", dir);
	snprintf(url, sizeof(url), "sqlite://%s", path);
}

static void sqlite_teardown(void)
{
	ck_assert_int_eq(run("rm -rf '%s'", dir), 0);
}

/* The server up and running (a case before may have stopped or paused
 * it), and a new database for the case. */
static void pg_setup(void)
{
	char port[16];

	on_pg = true;
	ck_assert_msg(pg_port > 0, "PostgreSQL did not start (see %s/pg.log)", pg_dir);
	snprintf(port, sizeof(port), "%d", pg_port);
	ck_assert_int_eq(pg("resume", ""), 0);
	ck_assert_int_eq(pg("start", port), 0);
	snprintf(db, sizeof(db), "t%d", ++pg_cases);
	ck_assert_int_eq(pg("db", db), 0);
	snprintf(url, sizeof(url),
	         "postgresql://certmilter@127.0.0.1:%d/%s?sslmode=disable&gssencmode=disable",
	         pg_port, db);
}

static struct store *open_url(const char *u)
{
	cm_err err = {""};
	struct store *s = store_create(&(struct store_opts){u, 0}, &err);

	ck_assert_msg(s != NULL, "%s", err.text);
	return s;
}

static struct store *open_store(void)
{
	return open_url(url);
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

	if (!on_pg) {
		ck_assert_int_eq(stat(path, &st), 0);
		ck_assert_int_eq(st.st_mode & 0777, 0600);
	}
	ck_assert_int_eq(store_queries(s), 0);
	ck_assert_int_eq(store_schema_version(s, &err), STORE_SCHEMA_VERSION);
	ck_assert_int_eq(store_queries(s), 1);
	ck_assert_int_eq(store_queries(NULL), 0);
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

#define THREADS 4
static int per_thread; /* 50, PostgreSQL 20 (valgrind) */

struct worker {
	struct store *s;
	int id, failed;
};

static void *putter(void *arg)
{
	struct worker *w = arg;
	char addr[64], der[64];
	cm_err err = {""};

	for (int i = 0; i < per_thread; i++) {
		snprintf(addr, sizeof(addr), "u%d@partner.example", i % 5);
		snprintf(der, sizeof(der), "CERT-%d-%d", w->id, i);
		if (store_put_cert(w->s, addr, (const unsigned char *)der, strlen(der), i, i + 1,
		                   "harvest", "Q", &err) != 1)
			w->failed++, fprintf(stderr, "put: %s\n", err.text);
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

	per_thread = on_pg ? 20 : 50;
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
		ck_assert_int_eq(n, THREADS * per_thread / 5);
		total += n;
		store_certs_free(c, (size_t)n);
	}
	ck_assert_int_eq(total, THREADS * per_thread);
	store_destroy(s);
}
END_TEST

START_TEST(list_and_delete)
{
	struct store *s = open_store();
	struct store_cert *c;
	struct store_change *ch;
	cm_err err = {""};
	long long last;
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
	last = store_change_last(s, &err);
	ck_assert_int_eq(store_delete_certs(s, "bob@partner.example", fpr, &err), 1);
	/* a deletion is a change too */
	ck_assert_int_eq(store_changes(s, last, 0, &ch, &err), 1);
	ck_assert_str_eq(ch[0].addr, "bob@partner.example");
	store_changes_free(ch, 1);
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

/* A version 1 database, as phase 1 made it (SQLite; PostgreSQL never had
 * one, but its migrations run from any version), opened by this version:
 * migrated to version 2, its certificates kept and served. */
#define V1_SCHEMA                                                                                  \
	"CREATE TABLE schema_version (version INTEGER NOT NULL);"                                  \
	"INSERT INTO schema_version VALUES (1);"                                                   \
	"CREATE TABLE certs (addr TEXT NOT NULL, fpr TEXT NOT NULL, der %s NOT NULL,"              \
	" not_before %s NOT NULL, not_after %s NOT NULL,"                                          \
	" first_seen %s NOT NULL, last_seen %s NOT NULL,"                                          \
	" source TEXT NOT NULL, queue_id TEXT NOT NULL, PRIMARY KEY (addr, fpr));"                 \
	"INSERT INTO certs VALUES ('old@partner.example', 'ab', %s, 5, 6, 7, 8,"                   \
	" 'harvest', 'Q1');"

START_TEST(migrates_version_1)
{
	char sql[1024];
	struct store *s;
	struct store_cert *c;
	cm_err err = {""};
	const char *blob = on_pg ? "BYTEA" : "BLOB", *num = on_pg ? "BIGINT" : "INTEGER";

	snprintf(sql, sizeof(sql), V1_SCHEMA, blob, num, num, num, num,
	         on_pg ? "'\\x4f4c44'" : "X'4f4c44'");
	if (on_pg)
		ck_assert_int_eq(run("bash '%s/tests/integration/pg.sh' psql '%s' %s \"%s\"",
		                     SRCDIR, pg_dir, db, sql),
		                 0);
	else
		ck_assert_int_eq(run("sqlite3 '%s' \"%s\"", path, sql), 0);
	s = open_store();
	ck_assert_int_eq(store_schema_version(s, &err), 2);
	ck_assert_int_eq(store_get_certs(s, "old@partner.example", 0, &c, &err), 1);
	ck_assert_mem_eq(c[0].der, "OLD", 3);
	ck_assert_str_eq(c[0].fpr, "ab");
	ck_assert_int_eq(c[0].last_seen, 8);
	store_certs_free(c, 1);
	ck_assert_int_eq(store_change_last(s, &err), 0);
	store_destroy(s);
}
END_TEST

START_TEST(bad_urls)
{
	cm_err err;

	ck_assert_ptr_null(store_create(&(struct store_opts){"mysql://u:pw@x", 0}, &err));
	ck_assert_ptr_nonnull(strstr(err.text, "neither"));
	ck_assert_ptr_null(strstr(err.text, "pw"));
	ck_assert_ptr_null(store_create(&(struct store_opts){"sqlite://relative.db", 0}, &err));
	ck_assert_ptr_null(
	    store_create(&(struct store_opts){"sqlite:///nonexistent-dir/x/store.db", 0}, &err));
	ck_assert_ptr_null(store_create(&(struct store_opts){"postgresql://[::1", 0}, &err));
	ck_assert_ptr_nonnull(strstr(err.text, "not a PostgreSQL URL"));
}
END_TEST

/* ---- PostgreSQL only ---------------------------------------------------- */

/* The error of opening u; it must fail. */
static void open_fails(const char *u, cm_err *err)
{
	struct store *s = store_create(&(struct store_opts){u, 0}, err);

	ck_assert_msg(s == NULL, "%s opened", u);
	ck_assert_msg(strstr(err->text, "s3cr") == NULL && strstr(err->text, "tPW") == NULL,
	              "password shown: %s", err->text);
}

START_TEST(pg_no_password_shown)
{
	char u[256];
	cm_err err = {""};
	int closed = testsrv_next_port(pg_port + 50);

	/* nothing listens; the password in the user part, %-encoded */
	snprintf(u, sizeof(u), "postgresql://certmilter:s3cr%%65tPW@127.0.0.1:%d/%s", closed, db);
	open_fails(u, &err);
	ck_assert_msg(strstr(err.text, "certmilter:***@127.0.0.1") != NULL, "%s", err.text);
	/* a database that is not there; the password as a parameter */
	snprintf(u, sizeof(u), "postgresql://certmilter@127.0.0.1:%d/nosuchdb?password=s3cretPW",
	         pg_port);
	open_fails(u, &err);
	ck_assert_msg(strstr(err.text, "password=***") != NULL, "%s", err.text);
	ck_assert_msg(strstr(err.text, "nosuchdb") != NULL, "%s", err.text);
	/* a port that is not a number */
	open_fails("postgresql://certmilter:s3cretPW@127.0.0.1:x/db", &err);
	open_fails("postgresql://certmilter:s3cretPW@[::1/db", &err);
	/* a password the server does not ask for (trust) is no obstacle */
	snprintf(u, sizeof(u), "postgresql://certmilter:s3cretPW@127.0.0.1:%d/%s", pg_port, db);
	store_destroy(open_url(u));
}
END_TEST

/* A get: ok (1 certificate) or failed, and how long it took (ms). */
static long timed_get(struct store *s, bool *ok, cm_err *err)
{
	struct timespec t0, t1;
	struct store_cert *c;
	long n;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	n = store_get_certs(s, "bob@partner.example", 0, &c, err);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	*ok = n == 1;
	if (n > 0)
		store_certs_free(c, (size_t)n);
	return (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
}

/* down: "stop" (connections closed, new ones refused) or "pause" (the
 * server hangs): calls fail within about 3 s; once it is back, they
 * succeed again on new connections. */
static void down_and_back(const char *down, const char *up, const char *why)
{
	struct store *s = open_store();
	char port[16];
	cm_err err = {""};
	bool ok;
	long ms;

	snprintf(port, sizeof(port), "%d", pg_port);
	put(s, "bob@partner.example", "CERT-B", 1000, "Q1");
	ck_assert_int_eq(pg(down, ""), 0);
	for (int i = 0; i < 2; i++) {
		ms = timed_get(s, &ok, &err);
		printf("store %s: a call failed after %ld ms: %s\n", down, ms, err.text);
		ck_assert_msg(!ok && ms < 3500, "%s: %s after %ld ms", down, ok ? "ok" : "failed",
		              ms);
		ck_assert_msg(strstr(err.text, why) != NULL, "%s", err.text);
	}
	ck_assert_int_eq(pg(up, strcmp(up, "start") == 0 ? port : ""), 0);
	ms = timed_get(s, &ok, &err);
	ck_assert_msg(ok, "after %s: %s", up, err.text);
	printf("store %s: back, a call took %ld ms\n", up, ms);
	store_destroy(s);
}

START_TEST(pg_stopped_and_back)
{
	down_and_back("stop", "start", "127.0.0.1");
}
END_TEST

START_TEST(pg_hanging_and_back)
{
	down_and_back("pause", "resume", "within 3000 ms");
}
END_TEST

/* Two handles on one database, as two nodes: each sees what the other
 * put, the other's changes and its shared lookups. */
START_TEST(pg_two_nodes)
{
	struct store *a = open_store(), *b = open_store();
	struct store_cert *c;
	struct store_change *ch;
	struct store_lookup l;
	cm_err err = {""};
	long long last = store_change_last(b, &err);

	ck_assert_int_eq(put(a, "bob@partner.example", "CERT-A", 1000, "QA"), 1);
	ck_assert_int_eq(put(b, "bob@partner.example", "CERT-A", 1000, "QB"), 0); /* known */
	ck_assert_int_eq(store_get_certs(b, "bob@partner.example", 0, &c, &err), 1);
	ck_assert_str_eq(c[0].queue_id, "QA");
	store_certs_free(c, 1);
	ck_assert_int_eq(put(b, "amy@partner.example", "CERT-B", 1000, "QB"), 1);
	ck_assert_int_eq(store_changes(a, last, 0, &ch, &err), 2);
	ck_assert_str_eq(ch[0].addr, "bob@partner.example");
	ck_assert_str_eq(ch[1].addr, "amy@partner.example");
	store_changes_free(ch, 2);
	ck_assert_int_eq(store_lookup_put(a, "ldap1", "cid@x",
	                                  &(struct store_lookup){NULL, 0, 150, 200, 0}, &err),
	                 0);
	ck_assert_int_eq(store_lookup_get(b, "ldap1", "cid@x", 100, &l, &err), 1);
	ck_assert_ptr_null(l.der);
	ck_assert_int_eq(store_lookup_forget_negative(b, "cid@x", 100, &err), 1);
	ck_assert_int_eq(store_lookup_get(a, "ldap1", "cid@x", 100, &l, &err), 0);
	store_destroy(a);
	store_destroy(b);
}
END_TEST

/* A process forked from one with a store open (certmilter opens it, then
 * detaches and starts its worker) makes connections of its own, and
 * closing its store leaves the parent's session alone. */
START_TEST(pg_forked)
{
	struct store *s = open_store();
	cm_err err = {""};
	bool ok;
	pid_t pid;
	int status;

	put(s, "bob@partner.example", "CERT-B", 1000, "Q1"); /* one pooled connection */
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		timed_get(s, &ok, &err);
		store_destroy(s);
		_exit(ok ? 0 : 1);
	}
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the child's get failed");
	ck_assert_int_eq(
	    run("for i in $(seq 50); do n=$(bash '%s/tests/integration/pg.sh' psql '%s' "
	        "%s -tA \"SELECT count(*) FROM pg_stat_activity WHERE datname = "
	        "current_database() AND application_name = 'certmilter'\"); "
	        "[ \"$n\" = 1 ] && exit 0; sleep 0.1; done; echo \"sessions: $n\"; "
	        "exit 1",
	        SRCDIR, pg_dir, db),
	    0);
	timed_get(s, &ok, &err);
	ck_assert_msg(ok, "%s", err.text);
	store_destroy(s);
}
END_TEST

/* Once the owner set the schema up, a role that may only read and write
 * its tables (no CREATE) opens the store and uses it. */
START_TEST(pg_least_privilege)
{
	char u[256];
	struct store *s = open_store();

	store_destroy(s);
	ck_assert_int_eq(run("PG_USER=postgres bash '%s/tests/integration/pg.sh' psql '%s' %s "
	                     "'CREATE ROLE rw_%s LOGIN' 'GRANT SELECT ON schema_version TO rw_%s' "
	                     "'GRANT SELECT, INSERT, UPDATE, DELETE ON certs, changes, lookups "
	                     "TO rw_%s' 'GRANT USAGE ON SEQUENCE changes_seq_seq TO rw_%s'",
	                     SRCDIR, pg_dir, db, db, db, db, db),
	                 0);
	snprintf(u, sizeof(u), "postgresql://rw_%s@127.0.0.1:%d/%s?sslmode=disable", db, pg_port,
	         db);
	s = open_url(u);
	ck_assert_int_eq(put(s, "bob@partner.example", "CERT-B", 1000, "Q1"), 1);
	ck_assert_int_eq(put(s, "bob@partner.example", "CERT-B", 1000, "Q2"), 0);
	store_destroy(s);
}
END_TEST

#define OPENERS 4

static void *opener(void *arg)
{
	cm_err err = {""};
	struct store *s = store_create(&(struct store_opts){url, 0}, &err);

	if (s == NULL)
		fprintf(stderr, "opener: %s\n", err.text);
	*(struct store **)arg = s;
	return NULL;
}

/* Handles opened at once on a new database: each waits for the one that
 * migrates, and all see version 2 (a race would fail one: a table exists). */
START_TEST(pg_concurrent_migrations)
{
	struct store *s[OPENERS];
	pthread_t t[OPENERS];
	cm_err err = {""};

	for (int i = 0; i < OPENERS; i++)
		ck_assert_int_eq(pthread_create(&t[i], NULL, opener, &s[i]), 0);
	for (int i = 0; i < OPENERS; i++)
		pthread_join(t[i], NULL);
	for (int i = 0; i < OPENERS; i++) {
		ck_assert_ptr_nonnull(s[i]);
		ck_assert_int_eq(store_schema_version(s[i], &err), STORE_SCHEMA_VERSION);
	}
	ck_assert_int_eq(put(s[0], "bob@partner.example", "CERT", 1, "Q"), 1);
	for (int i = 0; i < OPENERS; i++)
		store_destroy(s[i]);
	ck_assert_int_eq(run("test \"$(bash '%s/tests/integration/pg.sh' psql '%s' %s "
	                     "'SELECT count(*) FROM schema_version' -tA)\" = 2",
	                     SRCDIR, pg_dir, db),
	                 0);
}
END_TEST

/* ---- the suite ---------------------------------------------------------- */

static void add_common(TCase *tc)
{
	tcase_add_test(tc, created_private_with_schema);
	tcase_add_test(tc, newest_first_and_touch);
	tcase_add_test(tc, reopen_keeps);
	tcase_add_test(tc, concurrent_puts);
	tcase_add_test(tc, list_and_delete);
	tcase_add_test(tc, changes_numbered);
	tcase_add_test(tc, shared_lookups);
	tcase_add_test(tc, migrates_version_1);
}

/* The private server, unless PostgreSQL's programs are not installed
 * (false, with a SKIP line). A server that does not start leaves pg_port
 * 0, and every PostgreSQL case fails. */
static bool pg_start(void)
{
	glob_t g;
	const char *env = getenv("CHECK_STORE_PORT");
	bool have = glob("/usr/lib/postgresql/*/bin/initdb", 0, NULL, &g) == 0;
	int port;

	globfree(&g);
	if (!have) {
		printf("SKIP: check_store postgresql: PostgreSQL unavailable "
		       "(no /usr/lib/postgresql/*/bin/initdb; Debian: postgresql)\n");
		return false;
	}
	snprintf(pg_dir, sizeof(pg_dir), "/tmp/check_store_pg.XXXXXX");
	if (mkdtemp(pg_dir) == NULL)
		return true;
	port = testsrv_next_port(env != NULL ? atoi(env) : 34600);
	if (port > 0 && run("bash '%s/tests/integration/pg.sh' start '%s' %d %d", SRCDIR, pg_dir,
	                    port, (int)getpid()) == 0)
		pg_port = port;
	else
		fprintf(stderr, "check_store: PostgreSQL did not start (see %s)\n", pg_dir);
	return true;
}

static void pg_stop(void)
{
	if (pg_port > 0) {
		pg("stop", "");
		run("rm -rf '%s'", pg_dir);
	}
}

static TCase *pg_tcase(void)
{
	TCase *tc = tcase_create("postgresql");

	tcase_set_timeout(tc, 120);
	tcase_add_checked_fixture(tc, pg_setup, NULL);
	add_common(tc);
	tcase_add_test(tc, pg_no_password_shown);
	tcase_add_test(tc, pg_stopped_and_back);
	tcase_add_test(tc, pg_hanging_and_back);
	tcase_add_test(tc, pg_two_nodes);
	tcase_add_test(tc, pg_forked);
	tcase_add_test(tc, pg_least_privilege);
	tcase_add_test(tc, pg_concurrent_migrations);
	return tc;
}

int main(void)
{
	Suite *s = suite_create("store");
	TCase *tc = tcase_create("sqlite");
	SRunner *sr;
	int failed;

	tcase_add_checked_fixture(tc, sqlite_setup, sqlite_teardown);
	add_common(tc);
	tcase_add_test(tc, bad_urls);
	suite_add_tcase(s, tc);
	if (pg_start())
		suite_add_tcase(s, pg_tcase());
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	pg_stop();
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
