/*
 * rev_int.h - the parts of the revocation client (revocation.h), for its
 * own files only: the client's state, a small LRU cache keyed by string,
 * the size-limited http fetch, the OCSP query and the CRL check.
 */
#ifndef REV_INT_H
#define REV_INT_H

#include <pthread.h>
#include <stddef.h>
#include <time.h>
#include <openssl/x509.h>

#include "buf.h"
#include "revocation.h"

#define REV_LEEWAY 300 /* seconds of clock skew allowed on thisUpdate / nextUpdate */

/* ---- rev_lru.c: string key -> value, least recently used evicted ---- */
struct rev_lru;
/* max entries (0: stores nothing); free_val frees a value evicted or replaced. */
struct rev_lru *rev_lru_new(size_t max, void (*free_val)(void *));
struct rev_lru *rev_lru_free(struct rev_lru *l); /* returns NULL */
/* The value of key if present and not expired at now (else NULL; an
 * expired one is dropped). Marks it recently used. */
void *rev_lru_get(struct rev_lru *l, const char *key, time_t now);
/* Store val under key until expires (replacing an older value); when max
 * is 0 val is freed at once. */
void rev_lru_put(struct rev_lru *l, const char *key, void *val, time_t expires);

/* ---- the client (rev_client.c) ---- */
struct rev_client {
	struct rev_opts o;
	pthread_mutex_t lock; /* the caches and the counters */
	struct rev_lru *results;
	struct rev_lru *crls; /* X509_CRL *, key "URL|issuer fingerprint" */
	struct rev_stats stats;
	time_t shared_paused; /* the store failed: not asked before this time */
};

/* An answer from OCSP or a CRL. */
struct rev_answer {
	enum rev_status status; /* GOOD or REVOKED */
	time_t revoked_at;
	int crl_reason;
	time_t next_update; /* 0: none given */
};

/* ---- rev_http.c ---- */
/* Is url one this client fetches (http://, or https:// if allowed;
 * printable ASCII, no spaces)? */
bool rev_url_ok(const struct rev_client *c, const char *url);
/* GET url (post NULL) or POST post as application/ocsp-request; the 200
 * answer in out (capped at max bytes). No later than deadline_ms (0: only
 * the timeout). 0, or -1 + why. */
int rev_http(const struct rev_client *c, const char *url, const void *post, size_t postlen,
             long max, long deadline_ms, struct buf *out, cm_err *why);
/* url as printable text for reasons and logs. */
char *rev_url_text(char *dst, size_t len, const char *url);

/* ---- rev_ocsp.c ---- */
/* Ask the OCSP responders of cert. 1 with a valid GOOD or REVOKED answer
 * in a; 0 if none gave one (reasons appended to why, "" if the
 * certificate names no responder). */
int rev_ocsp(struct rev_client *c, X509 *cert, X509 *issuer, long deadline_ms, struct rev_answer *a,
             char *why, size_t whylen);

/* ---- rev_crl.c ---- */
/* Look cert up in the CRLs of its distribution points (cached). As rev_ocsp. */
int rev_crl(struct rev_client *c, X509 *cert, X509 *issuer, long deadline_ms, struct rev_answer *a,
            char *why, size_t whylen);
/* The hex SHA-256 fingerprint of x (65 bytes with the NUL). */
void rev_fingerprint(X509 *x, char out[65]);
/* Counter helper: ++*counter under the client's lock. */
void rev_count(struct rev_client *c, unsigned long *counter);

#endif
