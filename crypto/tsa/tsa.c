/*
 * tsa.c - the RFC 3161 TSA client on libcurl (see tsa.h).
 *
 * One tsa_stamp call runs its n requests in one curl multi handle. The
 * multi handles (with their easy handles) live in a pool: a call takes an
 * idle one or makes a new one and gives it back afterwards, so the
 * connections in its connection cache are reused by the next call, from
 * whatever thread. libcurl 7.88 does not support sharing a connection cache
 * (CURL_LOCK_DATA_CONNECT) between concurrent threads, so only the DNS
 * cache and the TLS session cache are in the share handle, under one
 * pthread mutex per kind of data. The pool grows to the largest number of
 * concurrent calls seen, and so does the number of TSA connections.
 *
 * Each request tries the URLs in order; the first reply that passes
 * ts_query_check wins (through the client's cache of verified TSA chains,
 * ts_query_check_cached). Replies are capped at tsa.max_response while they
 * arrive. Bodies are never logged.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <curl/curl.h>
#include <openssl/crypto.h>
#include <openssl/x509.h>

#include "cms.h"
#include "buf.h"
#include "clock.h"
#include "log.h"
#include "metrics.h"
#include "tsa_int.h"
#include "tsa.h"
#include "xalloc.h"

struct tsa_session { /* a multi handle and its easy handles */
	CURLM *multi;
	CURL *easy[TSA_MAX_STAMPS];
	struct tsa_session *next;
};

struct tsa_client {
	char **urls;
	size_t nurls;
	long timeout; /* seconds */
	long max_response;
	X509_STORE *store;            /* NULL: no trust bundle */
	tsa_revocation_fn revocation; /* NULL: the TSA certificate is not checked */
	void *revocation_arg;
	struct ts_cache *verified; /* the TSA chains verified so far */
	CURLSH *share;
	pthread_mutex_t share_lock[CURL_LOCK_DATA_LAST];
	struct curl_slist *headers;
	pthread_mutex_t pool_lock;
	struct tsa_session *idle;
};

struct tsa_xfer { /* one request of a tsa_stamp call */
	struct tsa_client *c;
	struct ts_query *q;
	CURL *easy;
	size_t url; /* the URL being tried */
	struct buf resp;
	long t0_ms; /* when the attempt began (cm_now_ms) */
	char errbuf[CURL_ERROR_SIZE];
	char fails[sizeof(((cm_err *)0)->text)]; /* "URL: problem; ..." */
	unsigned char *token;
	size_t toklen;
	bool done;
};

/* ---- the share handle's locks ---------------------------------------- */

static void share_lock(CURL *h, curl_lock_data data, curl_lock_access access, void *userp)
{
	struct tsa_client *c = userp;

	if ((unsigned)data < CURL_LOCK_DATA_LAST)
		pthread_mutex_lock(&c->share_lock[data]);
}

static void share_unlock(CURL *h, curl_lock_data data, void *userp)
{
	struct tsa_client *c = userp;

	if ((unsigned)data < CURL_LOCK_DATA_LAST)
		pthread_mutex_unlock(&c->share_lock[data]);
}

static void share_init(struct tsa_client *c)
{
	for (int i = 0; i < CURL_LOCK_DATA_LAST; i++)
		pthread_mutex_init(&c->share_lock[i], NULL);
	c->share = curl_share_init();
	if (c->share == NULL || curl_share_setopt(c->share, CURLSHOPT_LOCKFUNC, share_lock) ||
	    curl_share_setopt(c->share, CURLSHOPT_UNLOCKFUNC, share_unlock) ||
	    curl_share_setopt(c->share, CURLSHOPT_USERDATA, c) ||
	    curl_share_setopt(c->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS) ||
	    curl_share_setopt(c->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION))
		msg_panic("curl_share_init/setopt failed (was curl_global_init called?)");
}

/* ---- client ---------------------------------------------------------- */

struct tsa_client *tsa_client_new(const struct tsa_opts *opts, cm_err *err)
{
	struct tsa_client *c = xcalloc(1, sizeof(*c));

	if (opts->trust != NULL) {
		c->store = cm_store_load(opts->trust, err);
		if (c->store == NULL)
			return x_free(c);
	}
	c->verified = ts_cache_new(c->store);
	if (opts->intermediates != NULL) {
		STACK_OF(X509) *inter = cm_pem_certs(opts->intermediates, "chain bundle", err);

		if (inter == NULL) {
			ts_cache_free(c->verified);
			X509_STORE_free(c->store);
			return x_free(c);
		}
		ts_cache_set_intermediates(c->verified, inter);
	}
	c->nurls = opts->nurls;
	c->urls = xcalloc(c->nurls + 1, sizeof(char *));
	for (size_t i = 0; i < c->nurls; i++)
		c->urls[i] = xstrdup(opts->urls[i]);
	c->timeout = opts->timeout;
	c->max_response = opts->max_response;
	c->revocation = opts->revocation;
	c->revocation_arg = opts->revocation_arg;
	share_init(c);
	c->headers = curl_slist_append(NULL, "Content-Type: application/timestamp-query");
	c->headers = curl_slist_append(c->headers, "Accept: application/timestamp-reply");
	c->headers = curl_slist_append(c->headers, "Expect:");
	if (c->headers == NULL)
		msg_panic("curl_slist_append failed");
	pthread_mutex_init(&c->pool_lock, NULL);
	return c;
}

static void session_free(struct tsa_session *s)
{
	for (size_t i = 0; i < TSA_MAX_STAMPS; i++)
		if (s->easy[i] != NULL)
			curl_easy_cleanup(s->easy[i]);
	curl_multi_cleanup(s->multi);
	x_free(s);
}

struct tsa_client *tsa_client_free(struct tsa_client *c)
{
	struct tsa_session *s;

	if (c == NULL)
		return NULL;
	while ((s = c->idle) != NULL) {
		c->idle = s->next;
		session_free(s);
	}
	curl_share_cleanup(c->share);
	for (int i = 0; i < CURL_LOCK_DATA_LAST; i++)
		pthread_mutex_destroy(&c->share_lock[i]);
	pthread_mutex_destroy(&c->pool_lock);
	curl_slist_free_all(c->headers);
	for (size_t i = 0; i < c->nurls; i++)
		x_free(c->urls[i]);
	x_free(c->urls);
	ts_cache_free(c->verified);
	X509_STORE_free(c->store);
	return x_free(c);
}

/* ---- sessions -------------------------------------------------------- */

/* The options every transfer of the client has in common. */
static CURL *easy_new(struct tsa_client *c)
{
	CURL *e = curl_easy_init();
	long ms = c->timeout * 1000;

	if (e == NULL || curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L) ||
	    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https") ||
	    curl_easy_setopt(e, CURLOPT_SHARE, c->share) ||
	    curl_easy_setopt(e, CURLOPT_HTTPHEADER, c->headers) ||
	    curl_easy_setopt(e, CURLOPT_USERAGENT, "certmilter") ||
	    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, ms) ||
	    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, ms) ||
	    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)c->max_response) ||
	    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, buf_write_capped))
		msg_panic("curl_easy_init/setopt failed");
	return e;
}

static struct tsa_session *session_get(struct tsa_client *c)
{
	struct tsa_session *s;

	pthread_mutex_lock(&c->pool_lock);
	s = c->idle;
	if (s != NULL)
		c->idle = s->next;
	pthread_mutex_unlock(&c->pool_lock);
	if (s != NULL)
		return s;
	s = xcalloc(1, sizeof(*s));
	s->multi = curl_multi_init();
	if (s->multi == NULL)
		msg_panic("curl_multi_init failed");
	return s;
}

static void session_put(struct tsa_client *c, struct tsa_session *s)
{
	pthread_mutex_lock(&c->pool_lock);
	s->next = c->idle;
	c->idle = s;
	pthread_mutex_unlock(&c->pool_lock);
}

/* ---- one request ----------------------------------------------------- */

/* Point x's easy handle at its current URL and add it to multi. */
static void attempt(struct tsa_xfer *x, CURLM *multi)
{
	size_t qlen;
	const unsigned char *q = ts_query_der(x->q, &qlen);

	buf_reset(&x->resp);
	x->errbuf[0] = '\0';
	x->t0_ms = cm_now_ms();
	if (curl_easy_setopt(x->easy, CURLOPT_URL, x->c->urls[x->url]) ||
	    curl_easy_setopt(x->easy, CURLOPT_POSTFIELDS, q) ||
	    curl_easy_setopt(x->easy, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)qlen) ||
	    curl_easy_setopt(x->easy, CURLOPT_WRITEDATA, &x->resp) ||
	    curl_easy_setopt(x->easy, CURLOPT_PRIVATE, x) ||
	    curl_easy_setopt(x->easy, CURLOPT_ERRORBUFFER, x->errbuf) ||
	    curl_multi_add_handle(multi, x->easy))
		msg_panic("curl_easy_setopt/curl_multi_add_handle failed");
}

/* What went wrong with a transfer that libcurl did not complete. */
static void curl_problem(const struct tsa_xfer *x, CURLcode rc, char *buf, size_t len)
{
	long oserr = 0;

	if (x->resp.too_big || rc == CURLE_FILESIZE_EXCEEDED) {
		snprintf(buf, len, "reply larger than tsa.max_response (%ld bytes)",
		         x->c->max_response);
	} else if (rc == CURLE_OPERATION_TIMEDOUT) {
		snprintf(buf, len, "timed out after %ld s", x->c->timeout);
	} else if (rc == CURLE_COULDNT_CONNECT &&
	           curl_easy_getinfo(x->easy, CURLINFO_OS_ERRNO, &oserr) == CURLE_OK &&
	           oserr == ECONNREFUSED) {
		snprintf(buf, len, "connection refused");
	} else {
		snprintf(buf, len, "%s", x->errbuf[0] ? x->errbuf : curl_easy_strerror(rc));
	}
}

/* The token of x passed every check: is its signer (chain[0]) revoked?
 * Then the token is dropped and buf says why. */
static void signer_revoked(struct tsa_xfer *x, STACK_OF(X509) *chain, char *buf, size_t len)
{
	char why[512] = "";
	int rc;

	if (x->c->revocation == NULL || chain == NULL || sk_X509_num(chain) < 1)
		return;
	rc = x->c->revocation(sk_X509_value(chain, 0), chain, x->c->revocation_arg, why,
	                      sizeof(why));
	if (rc != 1 && rc != 2)
		return;
	OPENSSL_free(x->token);
	x->token = NULL;
	x->toklen = 0;
	snprintf(buf, len, "TSA certificate %s", why);
}

/* The problem with a completed attempt ("" if it gave a token). */
static void judge(struct tsa_xfer *x, CURLcode rc, long status, char *buf, size_t len)
{
	char *ctype = NULL;
	cm_err e = {""};
	STACK_OF(X509) *chain = NULL;

	buf[0] = '\0';
	if (rc != CURLE_OK) {
		curl_problem(x, rc, buf, len);
		return;
	}
	if (status != 200) {
		snprintf(buf, len, "HTTP status %ld", status);
		return;
	}
	if (ts_query_check_cached(x->q, x->resp.data, x->resp.len, x->c->verified, &x->token,
	                          &x->toklen, &chain, &e) == 0) {
		signer_revoked(x, chain, buf, len);
		sk_X509_pop_free(chain, X509_free);
		return;
	}
	curl_easy_getinfo(x->easy, CURLINFO_CONTENT_TYPE, &ctype);
	if (ctype != NULL && strncasecmp(ctype, "application/timestamp-reply", 27) != 0 &&
	    strncmp(e.text, "not a TimeStampResp", 19) == 0) {
		char esc[128];

		log_escape(esc, sizeof(esc), ctype, strlen(ctype));
		snprintf(buf, len, "%s, Content-Type %s", e.text, esc);
	} else {
		snprintf(buf, len, "%s", e.text);
	}
}

/* An attempt is over: keep the token, or note the problem and try the next
 * URL. Returns true if the transfer was started again. */
static bool finish(struct tsa_xfer *x, CURLcode rc, CURLM *multi)
{
	const char *url = x->c->urls[x->url];
	long status = 0;
	char problem[600];

	curl_easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &status);
	curl_multi_remove_handle(multi, x->easy);
	/* x lives on tsa_stamp's stack: let the handle forget it */
	curl_easy_setopt(x->easy, CURLOPT_ERRORBUFFER, NULL);
	judge(x, rc, status, problem, sizeof(problem));
	metrics_request(MET_TSA, url, problem[0] ? "error" : "ok", cm_now_ms() - x->t0_ms);
	msg_debug("tsa: POST %s: status %ld, %zu bytes, %ld ms%s%s", url, status, x->resp.len,
	          cm_now_ms() - x->t0_ms, problem[0] ? ": " : "", problem);
	if (problem[0] == '\0') {
		x->done = true;
		return false;
	}
	cm_append(x->fails, sizeof(x->fails), "; ", "%s: %s", url, problem);
	if (++x->url >= x->c->nurls) {
		x->done = true;
		return false;
	}
	attempt(x, multi);
	return true;
}

/* Drive the multi handle until every transfer is done. */
static void run(CURLM *multi, struct tsa_xfer *x, size_t n)
{
	size_t pending = 0;
	int running, left;
	CURLMsg *m;

	for (size_t i = 0; i < n; i++)
		pending += !x[i].done;
	while (pending > 0) {
		bool restarted = false;

		if (curl_multi_perform(multi, &running) != CURLM_OK)
			msg_panic("curl_multi_perform failed");
		while ((m = curl_multi_info_read(multi, &left)) != NULL) {
			struct tsa_xfer *t = NULL;

			if (m->msg != CURLMSG_DONE)
				continue;
			curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, (char **)&t);
			if (finish(t, m->data.result, multi))
				restarted = true;
			else
				pending--;
		}
		if (pending > 0 && !restarted)
			curl_multi_poll(multi, NULL, 0, 1000, NULL);
	}
}

/* ---- tsa_stamp ------------------------------------------------------- */

static bool stamp_preflight(struct tsa_client *c, size_t n, cm_err *err)
{
	if (n > TSA_MAX_STAMPS) {
		cm_err_set(err, "%zu signatures to timestamp, at most %d", n, TSA_MAX_STAMPS);
		return false;
	}
	if (c->nurls == 0) {
		cm_err_set(err, "no TSA configured");
		return false;
	}
	if (c->store == NULL) {
		cm_err_set(err, "no TSA trust bundle (trust.tsa) configured");
		return false;
	}
	return n > 0;
}

size_t tsa_stamp(struct tsa_client *c, size_t n, const unsigned char *const *sig,
                 const size_t *siglen, unsigned char **tokens, size_t *toklens, cm_err *err)
{
	struct tsa_xfer x[TSA_MAX_STAMPS];
	struct tsa_session *s;
	size_t stamped = 0, i;
	const char *last = NULL;

	cm_err_set(err, "%s", "");
	for (i = 0; i < n && i < TSA_MAX_STAMPS; i++) {
		tokens[i] = NULL;
		toklens[i] = 0;
	}
	if (!stamp_preflight(c, n, err))
		return 0;
	s = session_get(c);
	memset(x, 0, sizeof(x));
	for (i = 0; i < n; i++) {
		cm_err e = {""};

		x[i].c = c;
		x[i].resp.max = (size_t)c->max_response;
		if (s->easy[i] == NULL)
			s->easy[i] = easy_new(c);
		x[i].easy = s->easy[i];
		x[i].q = ts_query_new(sig[i], siglen[i], &e);
		if (x[i].q == NULL) {
			snprintf(x[i].fails, sizeof(x[i].fails), "%s", e.text);
			x[i].done = true;
		} else {
			attempt(&x[i], s->multi);
		}
	}
	run(s->multi, x, n);
	for (i = 0; i < n; i++) {
		tokens[i] = x[i].token;
		toklens[i] = x[i].toklen;
		stamped += x[i].token != NULL;
		if (x[i].token == NULL)
			last = x[i].fails;
		ts_query_free(x[i].q);
		buf_free(&x[i].resp);
	}
	if (last != NULL)
		cm_err_set(err, "%s", last);
	session_put(c, s);
	return stamped;
}
