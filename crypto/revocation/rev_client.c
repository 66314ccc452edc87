/*
 * rev_client.c - the revocation client (revocation.h): options, the
 * status cache, and rev_check, which asks OCSP first, then the CRL
 * (rev_ocsp.c, rev_crl.c), and caches what it learned: a known status
 * until the answer's nextUpdate (at most cache_ttl; an OCSP answer without
 * nextUpdate REV_NO_NEXT_TTL seconds), a revocation for cache_ttl, an
 * unknown status for failure_ttl, so that a responder that is down is not
 * asked again for every message.
 */
#include <stdio.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/x509v3.h>

#include "clock.h"
#include "metrics.h"
#include "rev_int.h"
#include "xalloc.h"

#define REV_NO_NEXT_TTL 300

void rev_count(struct rev_client *c, unsigned long *counter)
{
	pthread_mutex_lock(&c->lock);
	(*counter)++;
	pthread_mutex_unlock(&c->lock);
}

static void crl_free(void *p)
{
	X509_CRL_free(p);
}

struct rev_client *rev_client_new(const struct rev_opts *opts, cm_err *err)
{
	struct rev_client *c;

	if (opts->timeout < 1 || opts->cache_ttl < 0 || opts->failure_ttl < 0 ||
	    opts->cache_size < 0 || opts->crl_cache_size < 0 || opts->max_response < 1 ||
	    opts->max_crl < 1) {
		cm_err_set(err, "revocation: options out of range");
		return NULL;
	}
	c = xcalloc(1, sizeof(*c));
	c->o = *opts;
	pthread_mutex_init(&c->lock, NULL);
	c->results = rev_lru_new((size_t)opts->cache_size, free);
	c->crls = rev_lru_new((size_t)opts->crl_cache_size, crl_free);
	return c;
}

struct rev_client *rev_client_free(struct rev_client *c)
{
	if (c == NULL)
		return NULL;
	rev_lru_free(c->results);
	rev_lru_free(c->crls);
	pthread_mutex_destroy(&c->lock);
	return x_free(c);
}

/* The status cache's key: the issuer's fingerprint and the serial. */
static void result_key(X509 *cert, X509 *issuer, char *key, size_t len)
{
	BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), NULL);
	char *hex = bn != NULL ? BN_bn2hex(bn) : NULL;
	char fp[65];

	rev_fingerprint(issuer, fp);
	snprintf(key, len, "%s:%s", fp, hex != NULL ? hex : "?");
	OPENSSL_free(hex);
	BN_free(bn);
}

/* Until when res may be served from the cache. */
static time_t result_until(const struct rev_client *c, const struct rev_result *res,
                           const struct rev_answer *a, time_t now)
{
	time_t until;

	if (res->status == REV_UNKNOWN)
		return now + c->o.failure_ttl;
	if (res->status == REV_REVOKED)
		return now + c->o.cache_ttl;
	until = a->next_update != 0 ? a->next_update : now + REV_NO_NEXT_TTL;
	return until < now + c->o.cache_ttl ? until : now + c->o.cache_ttl;
}

/* Ask OCSP, then the CRL; res filled (reason: the failures before the answer). */
static void ask(struct rev_client *c, X509 *cert, X509 *issuer, long deadline_ms,
                struct rev_result *res, struct rev_answer *a)
{
	char why[sizeof(res->reason)] = "";

	if (rev_ocsp(c, cert, issuer, deadline_ms, a, why, sizeof(why)))
		res->source = REV_SRC_OCSP;
	else if (rev_crl(c, cert, issuer, deadline_ms, a, why, sizeof(why)))
		res->source = REV_SRC_CRL;
	if (res->source == REV_SRC_NONE) {
		res->status = REV_UNKNOWN;
		res->no_pointer = why[0] == '\0';
		snprintf(res->reason, sizeof(res->reason), "%s",
		         why[0] ? why : "no OCSP responder or CRL distribution point (http)");
	} else {
		res->status = a->status;
		res->revoked_at = a->revoked_at;
		res->crl_reason = a->crl_reason;
		cm_append(res->reason, sizeof(res->reason), NULL, "%s by %s",
		          rev_status_name(a->status), rev_source_name(res->source));
		if (why[0] != '\0')
			cm_append(res->reason, sizeof(res->reason), " after ", "%s", why);
	}
	for (char *p = res->reason; *p != '\0'; p++) /* OpenSSL's texts: printable too */
		if ((unsigned char)*p < 0x20 || (unsigned char)*p >= 0x7f)
			*p = '?';
}

/* Whether the store may be asked now; lock not held. */
static bool shared_usable(struct rev_client *c, time_t now)
{
	bool ok;

	if (c->o.shared.get == NULL)
		return false;
	pthread_mutex_lock(&c->lock);
	ok = now >= c->shared_paused;
	pthread_mutex_unlock(&c->lock);
	return ok;
}

static void shared_failed(struct rev_client *c, time_t now)
{
	pthread_mutex_lock(&c->lock);
	c->shared_paused = now + REV_SHARED_PAUSE;
	pthread_mutex_unlock(&c->lock);
}

/* A status another node learned: into res and the status cache. */
static bool shared_hit(struct rev_client *c, const char *key, time_t now, struct rev_result *res)
{
	struct rev_result *copy;
	time_t until = 0;
	int rc;

	if (!shared_usable(c, now))
		return false;
	rc = c->o.shared.get(c->o.shared.arg, key, res, &until);
	if (rc < 0)
		shared_failed(c, now);
	if (rc != 1 || (res->status != REV_GOOD && res->status != REV_REVOKED) || until <= now)
		return false;
	res->cached = res->shared = true;
	copy = xmalloc(sizeof(*copy));
	*copy = *res;
	pthread_mutex_lock(&c->lock);
	c->stats.cache_hits++;
	c->stats.shared_hits++;
	rev_lru_put(c->results, key, copy,
	            until < now + c->o.cache_ttl ? until : now + c->o.cache_ttl);
	pthread_mutex_unlock(&c->lock);
	return true;
}

static void shared_tell(struct rev_client *c, const char *key, const struct rev_result *res,
                        time_t until, time_t now)
{
	if (res->status != REV_UNKNOWN && shared_usable(c, now) && c->o.shared.put != NULL)
		c->o.shared.put(c->o.shared.arg, key, res, until);
}

static enum rev_status check(struct rev_client *c, X509 *cert, X509 *issuer, long deadline_ms,
                             struct rev_result *res, bool fresh)
{
	struct rev_answer a = {.crl_reason = -1};
	struct rev_result *hit, *copy;
	time_t now = time(NULL);
	char key[256];
	long t0;

	memset(res, 0, sizeof(*res));
	res->crl_reason = -1;
	if (c->o.mode == REV_MODE_OFF) {
		snprintf(res->reason, sizeof(res->reason), "not checked (revocation.mode = off)");
		return res->status = REV_GOOD;
	}
	rev_count(c, &c->stats.checks);
	if (X509_check_issued(issuer, cert) != X509_V_OK) {
		snprintf(res->reason, sizeof(res->reason), "the issuer given did not issue it");
		return res->status = REV_UNKNOWN;
	}
	result_key(cert, issuer, key, sizeof(key));
	pthread_mutex_lock(&c->lock);
	hit = fresh ? NULL : rev_lru_get(c->results, key, now);
	if (hit != NULL) {
		*res = *hit;
		res->cached = true;
		c->stats.cache_hits++;
	}
	pthread_mutex_unlock(&c->lock);
	if (hit == NULL && !fresh && shared_hit(c, key, now, res))
		hit = res;
	metrics_cache(MET_REVOCATION, hit != NULL);
	if (hit != NULL)
		return res->status;
	memset(res, 0, sizeof(*res));
	res->crl_reason = -1;
	t0 = cm_now_ms();
	ask(c, cert, issuer, deadline_ms, res, &a);
	metrics_request(MET_REVOCATION, rev_source_name(res->source), rev_status_name(res->status),
	                cm_now_ms() - t0);
	/* unknown because this caller's deadline ran out: says nothing of the responders */
	if (res->status == REV_UNKNOWN && deadline_ms != 0 && cm_now_ms() >= deadline_ms)
		return res->status;
	copy = xmalloc(sizeof(*copy));
	*copy = *res;
	pthread_mutex_lock(&c->lock);
	rev_lru_put(c->results, key, copy, result_until(c, res, &a, now));
	pthread_mutex_unlock(&c->lock);
	shared_tell(c, key, res, result_until(c, res, &a, now), now);
	return res->status;
}

enum rev_status rev_check(struct rev_client *c, X509 *cert, X509 *issuer, long deadline_ms,
                          struct rev_result *res)
{
	return check(c, cert, issuer, deadline_ms, res, false);
}

enum rev_status rev_check_fresh(struct rev_client *c, X509 *cert, X509 *issuer, long deadline_ms,
                                struct rev_result *res)
{
	return check(c, cert, issuer, deadline_ms, res, true);
}

enum rev_verdict rev_verdict(enum rev_mode mode, enum rev_status status)
{
	if (mode == REV_MODE_OFF || status == REV_GOOD)
		return REV_USE;
	if (status == REV_REVOKED)
		return REV_REFUSE;
	return mode == REV_MODE_HARD ? REV_FAIL : REV_USE_UNKNOWN;
}

const char *rev_status_name(enum rev_status s)
{
	return s == REV_GOOD ? "good" : s == REV_REVOKED ? "revoked" : "unknown";
}

const char *rev_mode_name(enum rev_mode m)
{
	return m == REV_MODE_OFF ? "off" : m == REV_MODE_SOFT ? "soft" : "hard";
}

const char *rev_source_name(enum rev_source s)
{
	return s == REV_SRC_OCSP ? "ocsp" : s == REV_SRC_CRL ? "crl" : "none";
}

void rev_stats(struct rev_client *c, struct rev_stats *out)
{
	pthread_mutex_lock(&c->lock);
	*out = c->stats;
	pthread_mutex_unlock(&c->lock);
}
