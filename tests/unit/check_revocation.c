/*
 * check_revocation.c - unit tests for the revocation client
 * (crypto/revocation/revocation.h) against a real OCSP responder and CRL
 * server: tests/pki/revsrv.py (`openssl ocsp -index -reqin -respout` per
 * request, CRLs made by `openssl ca -gencrl`) over the PKI of
 * tests/pki/mkrev.sh, made for the ports of the run (from
 * $CHECK_REVOCATION_PORT, default 34400, on; run it inside `unshare -n`).
 *
 * The matrix: good, revoked, unknown, responder down (CRL fallback, and
 * both down), expired and forged CRL, answers signed by an unauthorized
 * key, a replayed answer (wrong nonce), each in soft and hard mode (the
 * status and what the caller does with it, rev_verdict), with the requests
 * the server counted. Then the caches (a second check makes no request; a
 * CRL is shared by the certificates of its CA; failures are cached),
 * mode off, the deadline, the size limit, threads.
 */
#include <check.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <curl/curl.h>
#include <openssl/pem.h>

#include "clock.h"
#include "revocation.h"
#include "testpki.h"
#include "testsrv.h"

#ifndef SRCDIR
#define SRCDIR "."
#endif

static char tmpdir[] = "/tmp/check_revocation.XXXXXX";
static char pki[PATH_MAX];
static int port, downport;
static pid_t srv = -1;
static X509 *ca, *good, *revoked, *unknown, *down, *bare, *other;

/* ---- the server -------------------------------------------------------- */

static void srv_get(const char *path, char *buf, size_t len)
{
	char url[256];

	snprintf(url, sizeof(url), "http://127.0.0.1:%d%s", port, path);
	testsrv_get(url, buf, len);
}

static void set_mode(const char *ocsp, const char *crl)
{
	char path[128], buf[64];

	srv_get("/reset", buf, sizeof(buf));
	snprintf(path, sizeof(path), "/mode?ocsp=%s&crl=%s", ocsp, crl);
	srv_get(path, buf, sizeof(buf));
}

/* The requests the server received since the last set_mode. */
static void counts(long *ocsp, long *crl)
{
	char buf[128];

	srv_get("/stats", buf, sizeof(buf));
	ck_assert_int_eq(sscanf(buf, "ocsp %ld\ncrl %ld", ocsp, crl), 2);
}

static struct rev_client *client(enum rev_mode mode, long cache)
{
	const struct rev_opts o = {
	    .mode = mode,
	    .timeout = 3,
	    .cache_ttl = 3600,
	    .failure_ttl = 60,
	    .cache_size = cache,
	    .crl_cache_size = cache,
	    .max_response = 65536,
	    .max_crl = 1 << 20,
	};
	cm_err err = {""};
	struct rev_client *c = rev_client_new(&o, &err);

	ck_assert_msg(c != NULL, "rev_client_new: %s", err.text);
	return c;
}

static X509 *cert(const char *name)
{
	char path[PATH_MAX];
	FILE *f;
	X509 *x;

	snprintf(path, sizeof(path), "%s/%s.pem", pki, name);
	f = fopen(path, "r");
	x = f != NULL ? PEM_read_X509(f, NULL, NULL, NULL) : NULL;
	if (f != NULL)
		fclose(f);
	if (x == NULL)
		fprintf(stderr, "check_revocation: cannot read %s\n", path);
	return x;
}

/* ---- the matrix ------------------------------------------------------------ */

struct rcase {
	const char *name, *ocsp, *crl; /* server modes */
	X509 **cert;
	enum rev_status status;
	enum rev_source source;
	const char *why; /* in the reason; NULL: nothing asserted */
	long n_ocsp, n_crl;
};

static const struct rcase cases[] = {
    {"good", "ca", "good", &good, REV_GOOD, REV_SRC_OCSP, "good by ocsp", 1, 0},
    {"good, delegated responder", "resp", "good", &good, REV_GOOD, REV_SRC_OCSP, NULL, 1, 0},
    {"revoked", "ca", "good", &revoked, REV_REVOKED, REV_SRC_OCSP, "revoked by ocsp", 1, 0},
    {"revoked, delegated", "resp", "good", &revoked, REV_REVOKED, REV_SRC_OCSP, NULL, 1, 0},
    {"unknown, no CRL", "ca", "down", &unknown, REV_UNKNOWN, REV_SRC_NONE, "does not know", 1, 1},
    {"unknown, CRL", "ca", "good", &unknown, REV_GOOD, REV_SRC_CRL, "does not know", 1, 1},
    {"responder refused", "ca", "good", &down, REV_GOOD, REV_SRC_CRL, "connection refused", 0, 1},
    {"responder silent", "down", "good", &revoked, REV_REVOKED, REV_SRC_CRL, "ocsp http", 1, 1},
    {"responder 500", "500", "good", &good, REV_GOOD, REV_SRC_CRL, "HTTP status 500", 1, 1},
    {"both down", "down", "down", &down, REV_UNKNOWN, REV_SRC_NONE, "crl http", 0, 1},
    {"expired CRL", "down", "expired", &good, REV_UNKNOWN, REV_SRC_NONE, "expired", 1, 1},
    {"forged CRL", "down", "forged", &revoked, REV_UNKNOWN, REV_SRC_NONE, "not by the issuer", 1,
     1},
    {"rogue responder", "rogue", "down", &revoked, REV_UNKNOWN, REV_SRC_NONE,
     "not signed by the CA", 1, 1},
    {"rogue responder, CRL", "rogue", "good", &revoked, REV_REVOKED, REV_SRC_CRL,
     "not signed by the CA", 1, 1},
    {"responder without OCSPSigning", "noeku", "down", &good, REV_UNKNOWN, REV_SRC_NONE,
     "not signed by the CA", 1, 1},
    {"no responder, no CRL", "ca", "good", &bare, REV_UNKNOWN, REV_SRC_NONE,
     "no OCSP responder or CRL", 0, 0},
    {"wrong issuer", "ca", "good", &other, REV_UNKNOWN, REV_SRC_NONE, "did not issue", 0, 0},
};
#define NCASES (int)(sizeof(cases) / sizeof(cases[0]))

static void assert_verdict(enum rev_mode mode, enum rev_status st)
{
	enum rev_verdict v = rev_verdict(mode, st);

	if (st == REV_GOOD)
		ck_assert_int_eq(v, REV_USE);
	else if (st == REV_REVOKED)
		ck_assert_int_eq(v, REV_REFUSE);
	else
		ck_assert_int_eq(v, mode == REV_MODE_HARD ? REV_FAIL : REV_USE_UNKNOWN);
}

/* _i: case i / 2, soft (even) or hard (odd) */
START_TEST(test_matrix)
{
	const struct rcase *k = &cases[_i / 2];
	enum rev_mode mode = _i % 2 ? REV_MODE_HARD : REV_MODE_SOFT;
	struct rev_client *c = client(mode, 100);
	struct rev_result r;
	long n_ocsp, n_crl;

	set_mode(k->ocsp, k->crl);
	ck_assert_int_eq(rev_check(c, *k->cert, ca, 0, &r), k->status);
	ck_assert_msg(r.status == k->status && r.source == k->source, "%s (%s): %s by %s: %s",
	              k->name, rev_mode_name(mode), rev_status_name(r.status),
	              rev_source_name(r.source), r.reason);
	if (k->why != NULL)
		ck_assert_msg(strstr(r.reason, k->why) != NULL, "%s: reason \"%s\" lacks \"%s\"",
		              k->name, r.reason, k->why);
	if (r.status == REV_REVOKED) {
		ck_assert_int_eq(r.crl_reason, 1); /* keyCompromise */
		ck_assert(r.revoked_at > 0);
	}
	ck_assert(!r.cached);
	ck_assert(r.no_pointer == (*k->cert == bare));
	counts(&n_ocsp, &n_crl);
	ck_assert_msg(n_ocsp == k->n_ocsp && n_crl == k->n_crl, "%s: %ld ocsp, %ld crl requests",
	              k->name, n_ocsp, n_crl);
	assert_verdict(mode, r.status);
	rev_client_free(c);
}
END_TEST

/* A responder that replays an earlier answer: its nonce is not ours. */
START_TEST(test_replay)
{
	enum rev_mode mode = _i ? REV_MODE_HARD : REV_MODE_SOFT;
	struct rev_client *c = client(mode, 0);
	struct rev_result r;
	char buf[16];

	set_mode("ca", "down");
	ck_assert_int_eq(rev_check(c, good, ca, 0, &r), REV_GOOD);
	/* that answer again, for the same certificate and for a revoked one */
	srv_get("/mode?ocsp=replay", buf, sizeof(buf));
	ck_assert_int_eq(rev_check(c, good, ca, 0, &r), REV_UNKNOWN);
	ck_assert_msg(strstr(r.reason, "nonce mismatch") != NULL, "%s", r.reason);
	assert_verdict(mode, r.status);
	ck_assert_int_eq(rev_check(c, revoked, ca, 0, &r), REV_UNKNOWN);
	ck_assert_msg(strstr(r.reason, "nonce mismatch") != NULL, "%s", r.reason);
	srv_get("/mode?crl=good", buf, sizeof(buf));
	ck_assert_int_eq(rev_check(c, revoked, ca, 0, &r), REV_REVOKED);
	ck_assert_int_eq(r.source, REV_SRC_CRL);
	rev_client_free(c);
}
END_TEST

/* ---- caches ------------------------------------------------------------------ */

/* What one answer from the cache costs (printed for bench/RESULTS.md, not
 * asserted: a figure, not a timed test); every check must be a hit. */
static void cache_hit_cost(struct rev_client *c)
{
	enum { N = 20000 };
	struct rev_result r;
	struct rev_stats st0, st1;
	long t0;

	rev_stats(c, &st0);
	t0 = cm_now_ms();
	for (int i = 0; i < N; i++)
		ck_assert_int_eq(rev_check(c, good, ca, 0, &r), REV_GOOD);
	printf("check_revocation: a cached status costs %.2f us per rev_check (%d checks)\n",
	       (double)(cm_now_ms() - t0) * 1000.0 / N, N);
	rev_stats(c, &st1);
	ck_assert_int_eq(st1.cache_hits - st0.cache_hits, N);
}

START_TEST(test_cache)
{
	struct rev_client *c = client(REV_MODE_SOFT, 100);
	struct rev_result r;
	struct rev_stats st;
	long n_ocsp, n_crl;

	set_mode("ca", "good");
	ck_assert_int_eq(rev_check(c, good, ca, 0, &r), REV_GOOD);
	ck_assert(!r.cached);
	ck_assert_int_eq(rev_check(c, good, ca, 0, &r), REV_GOOD);
	ck_assert(r.cached);
	ck_assert_int_eq(rev_check(c, revoked, ca, 0, &r), REV_REVOKED);
	ck_assert_int_eq(rev_check(c, revoked, ca, 0, &r), REV_REVOKED);
	ck_assert(r.cached);
	counts(&n_ocsp, &n_crl);
	ck_assert_int_eq(n_ocsp, 2); /* one per certificate */
	ck_assert_int_eq(n_crl, 0);
	rev_stats(c, &st);
	ck_assert_int_eq(st.checks, 4);
	ck_assert_int_eq(st.cache_hits, 2);
	cache_hit_cost(c);
	rev_client_free(c);
}
END_TEST

/* ---- statuses shared by nodes (rev_opts.shared): a table the two
 * clients share stands for the store ---- */

#define SHARED_MAX 8
struct shared_table {
	char key[SHARED_MAX][256];
	struct rev_result res[SHARED_MAX];
	time_t until[SHARED_MAX];
	int n, gets, puts;
	bool down; /* get and put fail, as a store that is down */
};

static int table_get(void *arg, const char *key, struct rev_result *res, time_t *until)
{
	struct shared_table *t = arg;

	t->gets++;
	if (t->down)
		return -1;
	for (int i = 0; i < t->n; i++)
		if (strcmp(t->key[i], key) == 0) {
			*res = t->res[i];
			*until = t->until[i];
			return 1;
		}
	return 0;
}

static void table_put(void *arg, const char *key, const struct rev_result *res, time_t until)
{
	struct shared_table *t = arg;

	t->puts++;
	if (t->down || t->n == SHARED_MAX)
		return;
	snprintf(t->key[t->n], sizeof(t->key[t->n]), "%s", key);
	t->res[t->n] = *res;
	t->until[t->n++] = until;
}

static struct rev_client *shared_client(struct shared_table *t)
{
	struct rev_opts o = {.mode = REV_MODE_SOFT,
	                     .timeout = 3,
	                     .cache_ttl = 3600,
	                     .failure_ttl = 60,
	                     .cache_size = 100,
	                     .crl_cache_size = 100,
	                     .max_response = 65536,
	                     .max_crl = 1 << 20,
	                     .shared = {table_get, table_put, t}};
	cm_err err = {""};
	struct rev_client *c = rev_client_new(&o, &err);

	ck_assert_msg(c != NULL, "rev_client_new: %s", err.text);
	return c;
}

/* Node A asks the responder and tells the table; node B, with nothing in
 * its own cache, asks no responder: the status (revoked too) is the
 * table's. An unknown status is not shared. A table that fails is not
 * asked again for REV_SHARED_PAUSE seconds; the responders are. */
START_TEST(test_shared)
{
	struct shared_table t = {0};
	struct rev_client *a = shared_client(&t), *b = shared_client(&t);
	struct rev_result r;
	struct rev_stats st;
	long n_ocsp, n_crl;

	set_mode("ca", "good");
	ck_assert_int_eq(rev_check(a, good, ca, 0, &r), REV_GOOD);
	ck_assert_int_eq(rev_check(a, revoked, ca, 0, &r), REV_REVOKED);
	ck_assert_int_eq(t.puts, 2);
	ck_assert_int_eq(rev_check(b, good, ca, 0, &r), REV_GOOD);
	ck_assert(r.cached && r.shared);
	ck_assert_int_eq(r.source, REV_SRC_OCSP);
	ck_assert_int_eq(rev_check(b, revoked, ca, 0, &r), REV_REVOKED);
	ck_assert(r.shared);
	ck_assert_int_eq(rev_check(b, revoked, ca, 0, &r), REV_REVOKED); /* its own cache now */
	counts(&n_ocsp, &n_crl);
	ck_assert_int_eq(n_ocsp, 2); /* node A's two */
	rev_stats(b, &st);
	ck_assert_int_eq(st.shared_hits, 2);
	ck_assert_int_eq(t.gets, 4); /* a: 2 misses, b: 2 misses; b's third is its own */
	set_mode("down", "down");
	ck_assert_int_eq(rev_check(a, unknown, ca, 0, &r), REV_UNKNOWN);
	ck_assert_int_eq(t.puts, 2); /* unknown stays local */
	rev_client_free(a);
	rev_client_free(b);
	/* the table down: asked once, then paused; the responder answers */
	memset(&t, 0, sizeof(t));
	t.down = true;
	a = shared_client(&t);
	set_mode("ca", "good");
	ck_assert_int_eq(rev_check(a, good, ca, 0, &r), REV_GOOD);
	ck_assert(!r.cached);
	ck_assert_int_eq(rev_check(a, revoked, ca, 0, &r), REV_REVOKED);
	ck_assert_int_eq(t.gets, 1);
	ck_assert_int_eq(t.puts, 0);
	rev_client_free(a);
}
END_TEST

/* One CRL serves every certificate of its CA. */
START_TEST(test_crl_shared)
{
	struct rev_client *c = client(REV_MODE_HARD, 100);
	struct rev_result r;
	struct rev_stats st;
	long n_ocsp, n_crl;

	set_mode("down", "good");
	ck_assert_int_eq(rev_check(c, good, ca, 0, &r), REV_GOOD);
	ck_assert_int_eq(rev_check(c, revoked, ca, 0, &r), REV_REVOKED);
	ck_assert_int_eq(r.source, REV_SRC_CRL);
	ck_assert_int_eq(rev_check(c, down, ca, 0, &r), REV_GOOD);
	ck_assert_int_eq(rev_check(c, unknown, ca, 0, &r), REV_GOOD);
	counts(&n_ocsp, &n_crl);
	ck_assert_int_eq(n_crl, 1);
	ck_assert_int_eq(n_ocsp, 3); /* down.pem's responder is not this server */
	rev_stats(c, &st);
	ck_assert_int_eq(st.crl_requests, 1);
	ck_assert_int_eq(st.crl_cache_hits, 3);
	rev_client_free(c);
}
END_TEST

/* A status that could not be learned is kept too (failure_ttl). */
START_TEST(test_failure_cached)
{
	struct rev_client *c = client(REV_MODE_HARD, 100);
	struct rev_result r;
	long n_ocsp, n_crl;

	set_mode("down", "down");
	ck_assert_int_eq(rev_check(c, good, ca, 0, &r), REV_UNKNOWN);
	ck_assert_int_eq(rev_check(c, good, ca, 0, &r), REV_UNKNOWN);
	ck_assert(r.cached);
	counts(&n_ocsp, &n_crl);
	ck_assert_int_eq(n_ocsp, 1);
	ck_assert_int_eq(n_crl, 1);
	rev_client_free(c);
}
END_TEST

/* ---- options ------------------------------------------------------------------ */

START_TEST(test_mode_off)
{
	struct rev_client *c = client(REV_MODE_OFF, 100);
	struct rev_result r;
	long n_ocsp, n_crl;

	set_mode("ca", "good");
	ck_assert_int_eq(rev_check(c, revoked, ca, 0, &r), REV_GOOD);
	ck_assert_int_eq(r.source, REV_SRC_NONE);
	ck_assert_int_eq(rev_verdict(REV_MODE_OFF, REV_UNKNOWN), REV_USE);
	counts(&n_ocsp, &n_crl);
	ck_assert_int_eq(n_ocsp + n_crl, 0);
	rev_client_free(c);
}
END_TEST

/* A deadline already passed: no request, unknown, and not cached. */
START_TEST(test_deadline)
{
	struct rev_client *c = client(REV_MODE_HARD, 100);
	struct rev_result r;
	long n_ocsp, n_crl;

	set_mode("ca", "good");
	ck_assert_int_eq(rev_check(c, good, ca, cm_now_ms() - 1, &r), REV_UNKNOWN);
	ck_assert_msg(strstr(r.reason, "deadline passed") != NULL, "%s", r.reason);
	counts(&n_ocsp, &n_crl);
	ck_assert_int_eq(n_ocsp + n_crl, 0);
	ck_assert_int_eq(rev_check(c, good, ca, cm_now_ms() + 5000, &r), REV_GOOD);
	ck_assert(!r.cached);
	rev_client_free(c);
}
END_TEST

/* An answer larger than max_response is refused; the CRL (larger cap) answers. */
START_TEST(test_size_limit)
{
	const struct rev_opts o = {REV_MODE_HARD, 3, 3600, 60, 0, 0, 200, 1 << 20, false, {0}};
	const struct rev_opts tiny = {REV_MODE_HARD, 3, 3600, 60, 0, 0, 200, 100, false, {0}};
	cm_err err = {""};
	struct rev_client *c = rev_client_new(&o, &err);
	struct rev_result r;

	set_mode("resp", "good"); /* with the responder's certificate: > 200 bytes */
	ck_assert_int_eq(rev_check(c, revoked, ca, 0, &r), REV_REVOKED);
	ck_assert_int_eq(r.source, REV_SRC_CRL);
	ck_assert_msg(strstr(r.reason, "larger than 200 bytes") != NULL, "%s", r.reason);
	rev_client_free(c);
	c = rev_client_new(&tiny, &err);
	ck_assert_int_eq(rev_check(c, revoked, ca, 0, &r), REV_UNKNOWN);
	ck_assert_msg(strstr(r.reason, "larger than 100 bytes") != NULL, "%s", r.reason);
	rev_client_free(c);
	ck_assert_ptr_null(rev_client_new(&(struct rev_opts){.timeout = 0}, &err));
}
END_TEST

static void *worker(void *arg)
{
	struct rev_client *c = arg;
	struct rev_result r;
	long bad = 0;

	for (int i = 0; i < 20; i++) {
		bad += rev_check(c, good, ca, 0, &r) != REV_GOOD;
		bad += rev_check(c, revoked, ca, 0, &r) != REV_REVOKED;
	}
	return (void *)bad;
}

START_TEST(test_threads)
{
	struct rev_client *c = client(REV_MODE_HARD, 100);
	pthread_t t[8];
	long n_ocsp, n_crl;
	void *bad;

	set_mode("ca", "good");
	for (int i = 0; i < 8; i++)
		ck_assert_int_eq(pthread_create(&t[i], NULL, worker, c), 0);
	for (int i = 0; i < 8; i++) {
		ck_assert_int_eq(pthread_join(t[i], &bad), 0);
		ck_assert_int_eq((long)bad, 0);
	}
	counts(&n_ocsp, &n_crl);
	ck_assert_int_le(n_ocsp, 16); /* at most each thread's first check of each */
	ck_assert_int_ge(n_ocsp, 2);
	rev_client_free(c);
}
END_TEST

/* ---- setup --------------------------------------------------------------- */

static pid_t srv_start(void)
{
	char prog[PATH_MAX], portarg[16], parent[16];
	char *argv[] = {"python3", prog, "--port", portarg, "--dir", pki, "--parent", parent, NULL};

	snprintf(prog, sizeof(prog), "%s/tests/pki/revsrv.py", SRCDIR);
	snprintf(portarg, sizeof(portarg), "%d", port);
	snprintf(parent, sizeof(parent), "%d", (int)getpid());
	return testsrv_start("/usr/bin/python3", argv);
}

/* Free ports, the PKI for them, the server. */
static int setup(void)
{
	const char *env = getenv("CHECK_REVOCATION_PORT");
	int base = env != NULL ? atoi(env) : 34400;

	if (mkdtemp(tmpdir) == NULL)
		return -1;
	snprintf(pki, sizeof(pki), "%s/pki", tmpdir);
	downport = testsrv_next_port(base);
	for (int p = downport + 1; srv <= 0 && p < base + 100; p++) {
		if ((port = testsrv_next_port(p)) < 0)
			break;
		if (run("bash '%s/tests/pki/mkrev.sh' '%s' %d %d", SRCDIR, pki, port, downport) !=
		    0)
			return -1;
		srv = srv_start();
	}
	if (srv <= 0) {
		fprintf(stderr, "check_revocation: cannot start revsrv.py\n");
		return -1;
	}
	ca = cert("ca");
	good = cert("good");
	revoked = cert("revoked");
	unknown = cert("unknown");
	down = cert("down");
	bare = cert("bare");
	other = cert("other");
	return ca && good && revoked && unknown && down && bare && other ? 0 : -1;
}

static void teardown(void)
{
	X509 *all[] = {ca, good, revoked, unknown, down, bare, other};

	if (srv > 0)
		testsrv_stop(srv);
	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++)
		X509_free(all[i]);
	if (getenv("TESTPKI_KEEP") == NULL)
		run("rm -rf '%s'", tmpdir);
}

static Suite *revocation_suite(void)
{
	Suite *s = suite_create("revocation");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, test_matrix, 0, 2 * NCASES);
	tcase_add_loop_test(tc, test_replay, 0, 2);
	tcase_add_test(tc, test_cache);
	tcase_add_test(tc, test_crl_shared);
	tcase_add_test(tc, test_shared);
	tcase_add_test(tc, test_failure_cached);
	tcase_add_test(tc, test_mode_off);
	tcase_add_test(tc, test_deadline);
	tcase_add_test(tc, test_size_limit);
	tcase_add_test(tc, test_threads);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr;
	int failed = 1;

	curl_global_init(CURL_GLOBAL_DEFAULT);
	if (setup() == 0) {
		sr = srunner_create(revocation_suite());
		srunner_run_all(sr, CK_NORMAL);
		failed = srunner_ntests_failed(sr);
		srunner_free(sr);
	}
	teardown();
	curl_global_cleanup();
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
