/*
 * check_timestamp.c - unit tests for RFC 3161 timestamps: the requests and
 * reply checks (crypto/tsa/timestamp.c) and the libcurl TSA client
 * (crypto/tsa/tsa.c), against the test TSA tests/tsad/tsad.
 *
 * Tokens are verified independently with `openssl ts -verify`. tsad is
 * started from BUILDDIR on the first free port from $CHECK_TIMESTAMP_PORT
 * (default 32100) on, with the test PKI (tests/pki/mkpki.sh). Its /stats
 * counters show how many connections the client opened. A second tsad
 * (-k ec, the next free port) signs with the ECDSA P-256 TSA certificate.
 */
#include <check.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/ts.h>

#include "cms.h"
#include "testpki.h"
#include "testsrv.h"
#include "tsa_int.h"
#include "tsa.h"
#include "xalloc.h"

#ifndef SRCDIR
#define SRCDIR "."
#endif
#ifndef BUILDDIR
#define BUILDDIR "."
#endif

static pid_t tsad_pid;
static int tsad_port;
static pid_t ec_pid; /* tsad -k ec */
static int ec_port;
static int closed_port; /* nothing listens there */

/* ---- helpers ------------------------------------------------------------ */

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* "http://127.0.0.1:PORT" + path, xmalloc'd. */
static char *url(const char *path)
{
	char buf[128];

	snprintf(buf, sizeof(buf), "http://127.0.0.1:%d%s", tsad_port, path);
	return xstrdup(buf);
}

/* A client for the given URLs (NULL-terminated, xmalloc'd; freed here). */
static struct tsa_client *client_for(char **urls, int timeout, long max_response)
{
	struct tsa_opts o = {(const char *const *)urls, 0,    timeout, max_response,
	                     pki_path("tsa-roots.pem"), NULL, NULL,    NULL};
	struct tsa_client *c;
	cm_err err = {""};

	while (urls[o.nurls] != NULL)
		o.nurls++;
	c = tsa_client_new(&o, &err);
	ck_assert_msg(c != NULL, "tsa_client_new: %s", err.text);
	for (size_t i = 0; i < o.nurls; i++)
		x_free(urls[i]);
	x_free((char *)o.trust);
	return c;
}

/* A client for one path of tsad. */
static struct tsa_client *client1(const char *path, int timeout)
{
	char *urls[] = {url(path), NULL};

	return client_for(urls, timeout, 65536);
}

static void random_sig(unsigned char *sig, size_t len)
{
	ck_assert_int_eq(RAND_bytes(sig, (int)len), 1);
}

/* Stamp one random signature value; returns the token (or NULL). */
static unsigned char *stamp1(struct tsa_client *c, unsigned char sig[256], size_t *toklen,
                             cm_err *err)
{
	const unsigned char *sigs[1] = {sig};
	size_t lens[1] = {256};
	unsigned char *tok[1];
	size_t n;

	random_sig(sig, 256);
	n = tsa_stamp(c, 1, sigs, lens, tok, toklen, err);
	ck_assert_uint_eq(n, tok[0] != NULL ? 1 : 0);
	return tok[0];
}

/* `openssl ts -verify` of token over data; 0 if it verifies. */
static int cli_verify(const unsigned char *tok, size_t toklen, const unsigned char *data,
                      size_t len)
{
	char t[PATH_MAX], d[PATH_MAX];

	snprintf(t, sizeof(t), "%s/token.der", testpki_tmp);
	snprintf(d, sizeof(d), "%s/sig.bin", testpki_tmp);
	write_file(t, tok, toklen);
	write_file(d, data, len);
	return run("openssl ts -verify -data '%s' -in '%s' -token_in -CAfile '%s/tsa-roots.pem' "
	           "-untrusted '%s/tsa.pem' >/dev/null 2>&1",
	           d, t, testpki_dir, testpki_dir);
}

/* GET path from tsad on a connection of its own; the body. */
static void http_get(const char *path, char buf[256])
{
	char *u = url(path);

	testsrv_get(u, buf, 256);
	x_free(u);
}

/* tsad's counters. The GET /stats connection itself is not counted in
 * *conns (it is one more accepted connection than the client's). */
static void stats(long *conns, long *reqs)
{
	char buf[256];

	http_get("/stats", buf);
	ck_assert_msg(sscanf(buf, "connections %ld\nrequests %ld", conns, reqs) == 2, "stats: %s",
	              buf);
	*conns -= 1;
}

/* ---- timestamp.c without the network -------------------------------------- */

START_TEST(test_query_der)
{
	unsigned char sig[100], want[32];
	const unsigned char *der, *p;
	size_t len, len2;
	cm_err err = {""};
	struct ts_query *q, *q2;
	TS_REQ *req, *req2;
	ASN1_OCTET_STRING *msg;

	random_sig(sig, sizeof(sig));
	q = ts_query_new(sig, sizeof(sig), &err);
	q2 = ts_query_new(sig, sizeof(sig), &err);
	ck_assert_ptr_nonnull(q);
	p = der = ts_query_der(q, &len);
	req = d2i_TS_REQ(NULL, &p, (long)len);
	ck_assert_ptr_nonnull(req);
	ck_assert_ptr_eq(p, der + len);
	ck_assert_int_eq(TS_REQ_get_version(req), 1);
	ck_assert_int_eq(TS_REQ_get_cert_req(req), 1);
	ck_assert_ptr_null(TS_REQ_get_policy_id(req));
	msg = TS_MSG_IMPRINT_get_msg(TS_REQ_get_msg_imprint(req));
	ck_assert_int_eq(EVP_Digest(sig, sizeof(sig), want, NULL, EVP_sha256(), NULL), 1);
	ck_assert_int_eq(ASN1_STRING_length(msg), 32);
	ck_assert_mem_eq(ASN1_STRING_get0_data(msg), want, 32);
	ck_assert_ptr_nonnull(TS_REQ_get_nonce(req));
	/* a second query for the same value has another nonce */
	p = ts_query_der(q2, &len2);
	req2 = d2i_TS_REQ(NULL, &p, (long)len2);
	ck_assert_int_ne(ASN1_INTEGER_cmp(TS_REQ_get_nonce(req), TS_REQ_get_nonce(req2)), 0);
	TS_REQ_free(req);
	TS_REQ_free(req2);
	ts_query_free(q);
	ts_query_free(q2);
}
END_TEST

START_TEST(test_check_not_resp)
{
	unsigned char sig[32] = {1}, *tok = (unsigned char *)"x";
	size_t toklen = 1, len;
	cm_err err = {""};
	struct ts_query *q = ts_query_new(sig, sizeof(sig), &err);
	char *roots = pki_path("tsa-roots.pem");
	X509_STORE *store = cm_store_load(roots, &err);
	const unsigned char *der = ts_query_der(q, &len);

	ck_assert_ptr_nonnull(store);
	/* a TimeStampReq is not a TimeStampResp */
	ck_assert_int_eq(ts_query_check(q, der, len, store, &tok, &toklen, &err), -1);
	ck_assert_ptr_null(tok);
	ck_assert_uint_eq(toklen, 0);
	ck_assert_msg(strstr(err.text, "not a TimeStampResp") != NULL, "%s", err.text);
	X509_STORE_free(store);
	ts_query_free(q);
	x_free(roots);
}
END_TEST

/* ---- the client against tsad ------------------------------------------- */

START_TEST(test_ok)
{
	struct tsa_client *c = client1("/ok", 5);
	unsigned char sig[256], *tok;
	size_t toklen;
	cm_err err = {"stale"};

	tok = stamp1(c, sig, &toklen, &err);
	ck_assert_msg(tok != NULL, "no token: %s", err.text);
	ck_assert_str_eq(err.text, "");
	ck_assert_int_eq(cli_verify(tok, toklen, sig, sizeof(sig)), 0);
	sig[17] ^= 0x40;
	ck_assert_int_ne(cli_verify(tok, toklen, sig, sizeof(sig)), 0);
	OPENSSL_free(tok);
	tsa_client_free(c);
}
END_TEST

/* The revocation hook of tsa_opts: answers *arg (one of the hook's return
 * values), and remembers the subject it was asked about. */
static char hook_subject[256];
static int hook_calls;

static int fake_revocation(X509 *cert, STACK_OF(X509) *path, void *arg, char *why, size_t len)
{
	int rc = *(int *)arg;

	hook_calls++;
	X509_NAME_oneline(X509_get_subject_name(cert), hook_subject, sizeof(hook_subject));
	ck_assert_int_ge(sk_X509_num(path), 2); /* the signer and at least its issuer */
	snprintf(why, len, "%s (fake)", rc == 1 ? "revoked" : rc == 2 ? "unknown" : "good");
	return rc;
}

/* A token whose TSA certificate the hook says is revoked (1) or unknown in
 * hard mode (2) is not used: the stamp fails naming it; good (0), unknown
 * and used (-1) and not checked (-2) give the token. Every stamp asks the
 * hook, also when the chain comes from the verified-chain cache. */
START_TEST(test_revocation_hook)
{
	static const int answers[] = {1, 2, 0, -1, -2};
	char *urls[] = {url("/"), NULL};
	struct tsa_opts o = {
	    (const char *const *)urls, 1,   5, 65536, pki_path("tsa-roots.pem"), NULL,
	    fake_revocation,           NULL};

	for (size_t i = 0; i < sizeof(answers) / sizeof(answers[0]); i++) {
		int answer = answers[i];
		cm_err err = {""};
		struct tsa_client *c;
		unsigned char sig[256], *tok;
		size_t toklen;

		o.revocation_arg = &answer;
		c = tsa_client_new(&o, &err);
		ck_assert_msg(c != NULL, "%s", err.text);
		for (int round = 0; round < 2; round++) { /* the second through the cache */
			hook_calls = 0;
			tok = stamp1(c, sig, &toklen, &err);
			ck_assert_int_eq(hook_calls, 1);
			ck_assert_msg(strstr(hook_subject, "Time Stamping") != NULL,
			              "asked about %s", hook_subject);
			if (answer == 1 || answer == 2) {
				ck_assert_ptr_null(tok);
				ck_assert_msg(
				    strstr(err.text, answer == 1
				                         ? "TSA certificate revoked (fake)"
				                         : "TSA certificate unknown (fake)"),
				    "answer %d: %s", answer, err.text);
			} else {
				ck_assert_msg(tok != NULL, "answer %d: %s", answer, err.text);
				OPENSSL_free(tok);
			}
		}
		tsa_client_free(c);
	}
	x_free(urls[0]);
	x_free((char *)o.trust);
}
END_TEST

/* A token whose TSA certificate is issued by an intermediate the token
 * does not carry: refused without intermediates, accepted (every time: the
 * verified-chain cache too) with tsa_opts.intermediates holding it. */
START_TEST(test_intermediate_elsewhere)
{
	char *urls[] = {url("/inter"), NULL};
	struct tsa_client *c = client1("/inter", 5);
	struct tsa_opts o = {(const char *const *)urls, 1,    5,   65536, pki_path("tsa-roots.pem"),
	                     pki_path("tsa-ca.pem"),    NULL, NULL};
	unsigned char sig[256], *tok;
	size_t toklen;
	cm_err err = {""};

	tok = stamp1(c, sig, &toklen, &err);
	ck_assert(tok == NULL);
	ck_assert_msg(strstr(err.text, "token signer not trusted: unable to get local issuer") !=
	                  NULL,
	              "%s", err.text);
	tsa_client_free(c);
	c = tsa_client_new(&o, &err);
	ck_assert_msg(c != NULL, "%s", err.text);
	for (int i = 0; i < 3; i++) {
		tok = stamp1(c, sig, &toklen, &err);
		ck_assert_msg(tok != NULL, "no token with the intermediate: %s", err.text);
		OPENSSL_free(tok);
	}
	tsa_client_free(c);
	x_free(urls[0]);
	x_free((char *)o.trust);
	x_free((char *)o.intermediates);
	/* an unreadable intermediates bundle fails the client */
	o.intermediates = "/nonexistent/chain.pem";
	o.trust = NULL;
	ck_assert(tsa_client_new(&o, &err) == NULL);
	ck_assert_msg(strstr(err.text, "/nonexistent/chain.pem") != NULL, "%s", err.text);
}
END_TEST

/* A token from the ECDSA P-256 TSA: the client accepts it, it verifies
 * with openssl against tsa-roots.pem, and it is signed with ECDSA. */
START_TEST(test_ok_ec)
{
	char buf[128], t[PATH_MAX], d[PATH_MAX];
	char *urls[] = {buf, NULL};
	struct tsa_client *c;
	unsigned char sig[256], *tok;
	size_t toklen;
	cm_err err = {""};

	snprintf(buf, sizeof(buf), "http://127.0.0.1:%d/ok", ec_port);
	urls[0] = xstrdup(buf);
	c = client_for(urls, 5, 65536);
	tok = stamp1(c, sig, &toklen, &err);
	ck_assert_msg(tok != NULL, "no token from tsad -k ec: %s", err.text);
	snprintf(t, sizeof(t), "%s/token-ec.der", testpki_tmp);
	snprintf(d, sizeof(d), "%s/sig-ec.bin", testpki_tmp);
	write_file(t, tok, toklen);
	write_file(d, sig, sizeof(sig));
	ck_assert_int_eq(run("openssl ts -verify -data '%s' -in '%s' -token_in -CAfile "
	                     "'%s/tsa-roots.pem' >/dev/null 2>&1",
	                     d, t, testpki_dir),
	                 0);
	ck_assert_int_eq(run("openssl cms -cmsout -print -inform DER -in '%s' | "
	                     "grep -q 'algorithm: ecdsa-with-SHA256'",
	                     t),
	                 0);
	OPENSSL_free(tok);
	tsa_client_free(c);
}
END_TEST

static const struct fault {
	const char *path;
	const char *word; /* the error text must hold it */
	int timeout;
} faults[] = {
    {"/500", "HTTP status 500", 5},
    {"/imprint", "imprint differs", 5},
    {"/nonce", "nonce differs", 5},
    {"/untrusted", "not trusted: unable to get local issuer", 5},
    {"/noekp", "timeStamping", 5},
    {"/garbage", "not a TimeStampResp", 5},
    {"/big", "larger than tsa.max_response (65536 bytes)", 5},
    {"/bigstream", "larger than tsa.max_response (65536 bytes)", 5},
    /* the test TSA (OpenSSL's responder) refuses SHA-512 with this text */
    {"/rejection",
     "TSA refused: status 2 (rejection; \"Message digest algorithm is not supported.\"; badAlg)",
     5},
    {"/hang", "timed out after 1 s", 1},
    {"/slow/3000", "timed out after 1 s", 1},
    {"/nosuchpath", "HTTP status 404", 5},
};

START_TEST(test_fault)
{
	const struct fault *f = &faults[_i];
	struct tsa_client *c = client1(f->path, f->timeout);
	unsigned char sig[256], *tok;
	size_t toklen = 99;
	cm_err err = {""};
	char *u = url(f->path);
	double t0 = now_s(), took;

	tok = stamp1(c, sig, &toklen, &err);
	took = now_s() - t0;
	ck_assert_msg(tok == NULL, "%s gave a token", f->path);
	ck_assert_uint_eq(toklen, 0);
	ck_assert_msg(strncmp(err.text, u, strlen(u)) == 0 && strstr(err.text, f->word) != NULL,
	              "%s: error \"%s\" does not name \"%s\"", f->path, err.text, f->word);
	ck_assert_msg(took < f->timeout + 1.0, "%s took %.2f s", f->path, took);
	x_free(u);
	tsa_client_free(c);
}
END_TEST

START_TEST(test_failover)
{
	char closed[64];
	unsigned char sig[256], *tok;
	size_t toklen;
	cm_err err = {""};
	struct tsa_client *c;

	snprintf(closed, sizeof(closed), "http://127.0.0.1:%d/", closed_port);
	{
		char *urls[] = {xstrdup(closed), url("/500"), url("/ok"), NULL};

		c = client_for(urls, 5, 65536);
	}
	tok = stamp1(c, sig, &toklen, &err);
	ck_assert_msg(tok != NULL, "no token: %s", err.text);
	ck_assert_str_eq(err.text, ""); /* success after failover: no error text */
	ck_assert_int_eq(cli_verify(tok, toklen, sig, sizeof(sig)), 0);
	OPENSSL_free(tok);
	tsa_client_free(c);
}
END_TEST

/* Every URL fails: each is named with its own problem, in order. */
START_TEST(test_failover_all_fail)
{
	char want[512], closed[64];
	unsigned char sig[256], *tok;
	size_t toklen;
	cm_err err = {""};
	struct tsa_client *c;

	snprintf(closed, sizeof(closed), "http://127.0.0.1:%d/", closed_port);
	{
		char *urls[] = {xstrdup(closed), url("/500"), url("/nonce"), NULL};

		c = client_for(urls, 5, 65536);
	}
	tok = stamp1(c, sig, &toklen, &err);
	ck_assert_ptr_null(tok);
	snprintf(want, sizeof(want),
	         "%s: connection refused; http://127.0.0.1:%d/500: HTTP status 500; "
	         "http://127.0.0.1:%d/nonce: nonce differs",
	         closed, tsad_port, tsad_port);
	ck_assert_msg(strncmp(err.text, want, strlen(want)) == 0, "got \"%s\"", err.text);
	tsa_client_free(c);
}
END_TEST

START_TEST(test_not_configured)
{
	struct tsa_opts o = {NULL, 0, 5, 65536, NULL, NULL, NULL, NULL}; /* the defaults */
	struct tsa_client *c;
	cm_err err = {""};
	unsigned char sig[256], *tok;
	size_t toklen;
	char *roots;

	c = tsa_client_new(&o, &err);
	ck_assert_ptr_nonnull(c);
	tok = stamp1(c, sig, &toklen, &err);
	ck_assert_ptr_null(tok);
	ck_assert_str_eq(err.text, "no TSA configured");
	tsa_client_free(c);
	o.trust = roots = pki_path("no-such-roots.pem");
	ck_assert_ptr_null(tsa_client_new(&o, &err));
	ck_assert_msg(strstr(err.text, "no-such-roots.pem") != NULL, "%s", err.text);
	x_free(roots);
}
END_TEST

/* n = 2: each token is for its own signature value only; both requests
 * are in flight at once (2 x 3 s in well under 6 s: the margin leaves room
 * for valgrind on a loaded machine). */
START_TEST(test_two)
{
	struct tsa_client *c = client1("/slow/3000", 10);
	unsigned char s0[256], s1[300], *tok[2];
	const unsigned char *sigs[2] = {s0, s1};
	size_t lens[2] = {sizeof(s0), sizeof(s1)}, toklen[2];
	cm_err err = {""};
	double t0;

	random_sig(s0, sizeof(s0));
	random_sig(s1, sizeof(s1));
	t0 = now_s();
	ck_assert_uint_eq(tsa_stamp(c, 2, sigs, lens, tok, toklen, &err), 2);
	ck_assert_msg(now_s() - t0 < 5.0, "took %.2f s: not concurrent", now_s() - t0);
	ck_assert_ptr_nonnull(tok[0]);
	ck_assert_ptr_nonnull(tok[1]);
	ck_assert_int_eq(cli_verify(tok[0], toklen[0], s0, sizeof(s0)), 0);
	ck_assert_int_eq(cli_verify(tok[1], toklen[1], s1, sizeof(s1)), 0);
	ck_assert_int_ne(cli_verify(tok[0], toklen[0], s1, sizeof(s1)), 0);
	ck_assert_int_ne(cli_verify(tok[1], toklen[1], s0, sizeof(s0)), 0);
	OPENSSL_free(tok[0]);
	OPENSSL_free(tok[1]);
	tsa_client_free(c);
}
END_TEST

START_TEST(test_reuse_sequential)
{
	struct tsa_client *c = client1("/ok", 5);
	unsigned char sig[256], *tok;
	size_t toklen;
	cm_err err = {""};
	long conns, reqs;
	char buf[256];

	http_get("/reset", buf);
	for (int i = 0; i < 20; i++) {
		tok = stamp1(c, sig, &toklen, &err);
		ck_assert_msg(tok != NULL, "stamp %d: %s", i, err.text);
		OPENSSL_free(tok);
	}
	stats(&conns, &reqs);
	fprintf(stderr, "check_timestamp: 20 sequential stamps: %ld requests, %ld connections\n",
	        reqs, conns);
	ck_assert_int_eq(reqs, 20);
	ck_assert_int_le(conns, 2);
	tsa_client_free(c);
}
END_TEST

struct worker {
	struct tsa_client *c;
	int ok;
	cm_err err;
};

static void *worker_run(void *arg)
{
	struct worker *w = arg;

	for (int i = 0; i < 10; i++) {
		unsigned char sig[256], *tok[1];
		const unsigned char *sigs[1] = {sig};
		size_t lens[1] = {sizeof(sig)}, toklen[1];
		cm_err err = {""};

		RAND_bytes(sig, sizeof(sig));
		if (tsa_stamp(w->c, 1, sigs, lens, tok, toklen, &err) == 1)
			w->ok++;
		else
			w->err = err;
		OPENSSL_free(tok[0]);
	}
	return NULL;
}

/* 8 threads x 10 stamps: one client, at most one connection per thread
 * (the pool holds at most as many sessions as calls ran at once). */
START_TEST(test_reuse_threads)
{
	struct tsa_client *c = client1("/ok", 5);
	struct worker w[8];
	pthread_t tid[8];
	long conns, reqs;
	char buf[256];

	http_get("/reset", buf);
	memset(w, 0, sizeof(w));
	for (int i = 0; i < 8; i++) {
		w[i].c = c;
		ck_assert_int_eq(pthread_create(&tid[i], NULL, worker_run, &w[i]), 0);
	}
	for (int i = 0; i < 8; i++)
		pthread_join(tid[i], NULL);
	for (int i = 0; i < 8; i++)
		ck_assert_msg(w[i].ok == 10, "thread %d: %d stamps: %s", i, w[i].ok, w[i].err.text);
	stats(&conns, &reqs);
	fprintf(stderr, "check_timestamp: 8 threads x 10 stamps: %ld requests, %ld connections\n",
	        reqs, conns);
	ck_assert_int_eq(reqs, 80);
	ck_assert_int_le(conns, 8);
	tsa_client_free(c);
}
END_TEST

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* The time of one /ok stamp over loopback, median of 100 (printed for the
 * benchmark); a generous bound so that a pathological slowdown fails. */
START_TEST(test_latency)
{
	struct tsa_client *c = client1("/ok", 5);
	double t[100];
	unsigned char sig[256], *tok;
	size_t toklen;
	cm_err err = {""};

	for (int i = 0; i < 100; i++) {
		double t0 = now_s();

		tok = stamp1(c, sig, &toklen, &err);
		t[i] = (now_s() - t0) * 1000.0;
		ck_assert_msg(tok != NULL, "%s", err.text);
		OPENSSL_free(tok);
	}
	qsort(t, 100, sizeof(t[0]), cmp_double);
	fprintf(stderr, "check_timestamp: /ok stamp: median %.2f ms, min %.2f, max %.2f\n",
	        (t[49] + t[50]) / 2, t[0], t[99]);
	ck_assert_msg(t[50] < 250.0, "median %.1f ms", t[50]);
	tsa_client_free(c);
}
END_TEST

/* ---- the cache of verified TSA chains ------------------------------------ */

struct body {
	unsigned char *p;
	size_t len;
};

static size_t collect_body(char *data, size_t size, size_t nmemb, void *userp)
{
	struct body *b = userp;
	size_t n = size * nmemb;

	b->p = xrealloc(b->p, b->len + n);
	memcpy(b->p + b->len, data, n);
	b->len += n;
	return n;
}

/* POST q to tsad's path; the reply (xmalloc'd). */
static unsigned char *post(const char *path, const struct ts_query *q, size_t *len)
{
	char *u = url(path);
	CURL *e = curl_easy_init();
	struct curl_slist *h = curl_slist_append(NULL, "Content-Type: application/timestamp-query");
	struct body b = {NULL, 0};
	size_t qlen;
	const unsigned char *der = ts_query_der(q, &qlen);

	curl_easy_setopt(e, CURLOPT_URL, u);
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, h);
	curl_easy_setopt(e, CURLOPT_POSTFIELDS, der);
	curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE, (long)qlen);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, collect_body);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, &b);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	ck_assert_int_eq(curl_easy_perform(e), CURLE_OK);
	curl_easy_cleanup(e);
	curl_slist_free_all(h);
	x_free(u);
	*len = b.len;
	return b.p;
}

static X509_STORE *tsa_store(void)
{
	char *roots = pki_path("tsa-roots.pem");
	cm_err err = {""};
	X509_STORE *store = cm_store_load(roots, &err);

	ck_assert_ptr_nonnull(store);
	x_free(roots);
	return store;
}

/* Good replies: the first is checked in full, the next ones through the
 * cache; every token is the one the full check gives and verifies. */
START_TEST(test_cache_good)
{
	X509_STORE *store = tsa_store();
	struct ts_cache *c = ts_cache_new(store);

	for (unsigned long i = 0; i < 3; i++) {
		unsigned char sig[256], *reply, *tok, *tok2;
		size_t len, toklen, toklen2;
		cm_err err = {""};
		struct ts_query *q;

		random_sig(sig, sizeof(sig));
		q = ts_query_new(sig, sizeof(sig), &err);
		reply = post("/ok", q, &len);
		ck_assert_int_eq(ts_query_check_cached(q, reply, len, c, &tok, &toklen, NULL, &err),
		                 0);
		ck_assert_uint_eq(ts_cache_hits(c), i);
		ck_assert_int_eq(ts_query_check(q, reply, len, store, &tok2, &toklen2, &err), 0);
		ck_assert_uint_eq(toklen, toklen2);
		ck_assert_mem_eq(tok, tok2, toklen);
		ck_assert_int_eq(cli_verify(tok, toklen, sig, sizeof(sig)), 0);
		OPENSSL_free(tok);
		OPENSSL_free(tok2);
		x_free(reply);
		ts_query_free(q);
	}
	ts_cache_free(c);
	X509_STORE_free(store);
}
END_TEST

/* Bad replies after a good one: the cache lets none of them through, and
 * says what is wrong exactly as the full check does. */
static const struct bad {
	const char *path;
	int flip;   /* flip the byte this far from the end (0: none) */
	bool other; /* a reply to another query */
	const char *word;
} bads[] = {
    {"/ok", 1, false, "signature does not verify"}, {"/ok", 0, true, "differs"},
    {"/imprint", 0, false, "imprint differs"},      {"/nonce", 0, false, "nonce differs"},
    {"/untrusted", 0, false, "not trusted"},        {"/noekp", 0, false, "timeStamping"},
    {"/rejection", 0, false, "rejection"},
};

START_TEST(test_cache_bad)
{
	const struct bad *b = &bads[_i];
	X509_STORE *store = tsa_store();
	struct ts_cache *c = ts_cache_new(store);
	unsigned char sig[256], *reply, *tok;
	size_t len, toklen;
	cm_err err = {""}, err2 = {""};
	struct ts_query *q, *q2;

	random_sig(sig, sizeof(sig));
	q = ts_query_new(sig, sizeof(sig), &err);
	q2 = ts_query_new(sig, sizeof(sig), &err);
	reply = post("/ok", q, &len); /* fills the cache */
	ck_assert_int_eq(ts_query_check_cached(q, reply, len, c, &tok, &toklen, NULL, &err), 0);
	OPENSSL_free(tok);
	x_free(reply);
	reply = post(b->path, b->other ? q2 : q, &len);
	if (b->flip)
		reply[len - (size_t)b->flip] ^= 0x01;
	ck_assert_int_eq(ts_query_check_cached(q, reply, len, c, &tok, &toklen, NULL, &err), -1);
	ck_assert_ptr_null(tok);
	ck_assert_uint_eq(ts_cache_hits(c), 0);
	ck_assert_int_eq(ts_query_check(q, reply, len, store, &tok, &toklen, &err2), -1);
	ck_assert_str_eq(err.text, err2.text);
	ck_assert_msg(strstr(err.text, b->word) != NULL, "%s: \"%s\"", b->path, err.text);
	x_free(reply);
	ts_query_free(q);
	ts_query_free(q2);
	ts_cache_free(c);
	X509_STORE_free(store);
}
END_TEST

/* The DER split and strip of the fast path on every truncation and every
 * byte flip of a real reply: never out of bounds (run under ASan), a
 * truncation is never split, and a stripped reply is the reply less its
 * certificates field (length headers aside) and splits without one. */
START_TEST(test_split_mutations)
{
	unsigned char sig[256], *reply;
	size_t len, outlen;
	cm_err err = {""};
	struct ts_query *q;
	struct ts_parts parts, again;

	random_sig(sig, sizeof(sig));
	q = ts_query_new(sig, sizeof(sig), &err);
	reply = post("/ok", q, &len);
	ck_assert_int_eq(ts_der_split(reply, len, &parts), 0);
	ck_assert_uint_gt(parts.certslen, 0);
	for (size_t n = 0; n < len; n++)
		ck_assert_int_eq(ts_der_split(reply, n, &again), -1);
	for (size_t i = 0; i <= len; i++) {
		if (i < len)
			reply[i] ^= 0xff;
		if (ts_der_split(reply, len, &parts) == 0 && parts.certslen > 0) {
			unsigned char *out = ts_der_strip(reply, len, &parts, &outlen);

			ck_assert_uint_le(outlen, len - parts.certslen);
			ck_assert_uint_ge(outlen + 12, len - parts.certslen);
			ck_assert_int_eq(ts_der_split(out, outlen, &again), 0);
			ck_assert_uint_eq(again.certslen, 0);
			x_free(out);
		}
		if (i < len)
			reply[i] ^= 0xff;
	}
	x_free(reply);
	ts_query_free(q);
}
END_TEST

/* ---- tsad ---------------------------------------------------------------- */

/* Start tsad -k key on port; returns its pid once it said "listening",
 * or -1. */
static pid_t tsad_start(int port, const char *key)
{
	char prog[PATH_MAX], portarg[16], logf[PATH_MAX], keyarg[8];
	char *argv[] = {"tsad", "-p", portarg, "-d", testpki_dir, "-l", logf, "-k", keyarg, NULL};

	snprintf(prog, sizeof(prog), "%s/tests/tsad/tsad", BUILDDIR);
	snprintf(portarg, sizeof(portarg), "%d", port);
	snprintf(keyarg, sizeof(keyarg), "%s", key);
	snprintf(logf, sizeof(logf), "%s/tsad-%s.log", testpki_tmp, key);
	return testsrv_start(prog, argv);
}

static int tsad_setup(void)
{
	const char *env = getenv("CHECK_TIMESTAMP_PORT");
	int base = env != NULL ? atoi(env) : 32100;

	for (int port = base; port < base + 40 && tsad_pid <= 0; port++) {
		if (!testsrv_port_closed(port))
			continue;
		if (closed_port == 0) {
			closed_port = port; /* keep one closed port for the failover tests */
			continue;
		}
		tsad_pid = tsad_start(port, "rsa");
		tsad_port = port;
	}
	for (int port = tsad_port + 1; port < base + 40 && tsad_pid > 0 && ec_pid <= 0; port++) {
		if (!testsrv_port_closed(port))
			continue;
		ec_pid = tsad_start(port, "ec");
		ec_port = port;
	}
	if (tsad_pid <= 0 || ec_pid <= 0)
		fprintf(stderr, "check_timestamp: cannot start %s/tests/tsad/tsad\n", BUILDDIR);
	return tsad_pid > 0 && ec_pid > 0 ? 0 : -1;
}

/* Stop tsad; under the sanitizers its exit status reports its leaks. */
static int tsad_stop(pid_t pid)
{
	int status = testsrv_stop(pid);

	if (status != 0) {
		fprintf(stderr, "check_timestamp: tsad did not exit cleanly (exit status %d)\n",
		        status);
		return -1;
	}
	return 0;
}

static Suite *timestamp_suite(void)
{
	Suite *s = suite_create("timestamp");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_query_der);
	tcase_add_test(tc, test_check_not_resp);
	tcase_add_test(tc, test_ok);
	tcase_add_test(tc, test_ok_ec);
	tcase_add_test(tc, test_intermediate_elsewhere);
	tcase_add_test(tc, test_revocation_hook);
	tcase_add_loop_test(tc, test_fault, 0, (int)(sizeof(faults) / sizeof(faults[0])));
	tcase_add_test(tc, test_failover);
	tcase_add_test(tc, test_failover_all_fail);
	tcase_add_test(tc, test_not_configured);
	tcase_add_test(tc, test_two);
	tcase_add_test(tc, test_reuse_sequential);
	tcase_add_test(tc, test_reuse_threads);
	tcase_add_test(tc, test_latency);
	tcase_add_test(tc, test_cache_good);
	tcase_add_test(tc, test_split_mutations);
	tcase_add_loop_test(tc, test_cache_bad, 0, (int)(sizeof(bads) / sizeof(bads[0])));
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr;
	int failed = 1;

	curl_global_init(CURL_GLOBAL_DEFAULT);
	if (testpki_setup(SRCDIR, "check_timestamp") != 0 || tsad_setup() != 0)
		goto out;
	sr = srunner_create(timestamp_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
out:
	if (tsad_pid > 0 && tsad_stop(tsad_pid) != 0)
		failed++;
	if (ec_pid > 0 && tsad_stop(ec_pid) != 0)
		failed++;
	testpki_teardown();
	curl_global_cleanup();
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
