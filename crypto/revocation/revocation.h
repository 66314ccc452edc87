/*
 * revocation.h - is a certificate revoked? (certmilter.conf(5) REVOCATION)
 *
 * OCSP (RFC 6960) at the responder of the certificate's Authority
 * Information Access, else the CRL of its CRL distribution point (RFC
 * 5280), both over http with libcurl. An OCSP answer counts only if it
 * carries our nonce (or none), is signed by the issuing CA or by a
 * responder certificate that CA issued with id-kp-OCSPSigning, and is
 * current (thisUpdate / nextUpdate); a CRL only if the issuing CA signed
 * it and its nextUpdate has not passed. Results are cached (until the
 * answer's nextUpdate, at most cache_ttl; a status that could not be
 * learned for failure_ttl), and so are CRLs (by URL and issuer, shared by
 * every certificate of that CA).
 *
 * Thread-safe: one client serves the directory thread and every worker.
 * The caller builds the path and hands in the certificate with its issuer.
 * curl_global_init must have been called before the first client is made.
 */
#ifndef REVOCATION_H
#define REVOCATION_H

#include <stdbool.h>
#include <time.h>
#include <openssl/x509.h>

#include "cm.h"

/* revocation.mode, in the order of its choices. */
enum rev_mode {
	REV_MODE_OFF = 0, /* nothing is checked; every certificate counts as good */
	REV_MODE_SOFT,    /* a status that cannot be learned counts as good */
	REV_MODE_HARD     /* ... ends in failure.revocation */
};

enum rev_status {
	REV_GOOD = 0, /* not revoked (or mode off) */
	REV_REVOKED,
	REV_UNKNOWN /* no valid answer: reason says why */
};

enum rev_source { REV_SRC_NONE = 0, REV_SRC_OCSP, REV_SRC_CRL };

/* Statuses shared by the nodes of a cluster (the certificate store, SPEC
 * section 13): asked when the status cache misses, told every status
 * learned from a responder (good or revoked; unknown stays local). get
 * returns 1 (res and *until filled), 0 (none kept) or -1 (the store
 * failed: it is not asked again for REV_SHARED_PAUSE seconds). */
struct rev_result;
struct rev_shared {
	int (*get)(void *arg, const char *key, struct rev_result *res, time_t *until);
	void (*put)(void *arg, const char *key, const struct rev_result *res, time_t until);
	void *arg;
};
#define REV_SHARED_PAUSE 30

struct rev_opts {
	enum rev_mode mode;
	long timeout;             /* seconds per OCSP or CRL request, >= 1 */
	long cache_ttl;           /* seconds a known status is kept at most */
	long failure_ttl;         /* seconds an unknown status is kept */
	long cache_size;          /* statuses kept; 0: none */
	long crl_cache_size;      /* CRLs kept; 0: none */
	long max_response;        /* largest OCSP response, bytes */
	long max_crl;             /* largest CRL, bytes */
	bool allow_https;         /* also https:// responders and CRLs (default: http only) */
	struct rev_shared shared; /* get NULL: no shared statuses */
};

/* What rev_check found. */
struct rev_result {
	enum rev_status status;
	enum rev_source source; /* where the status came from (NONE: unknown, mode off) */
	bool cached;            /* answered from the status cache, no request */
	bool shared;            /* ... and that status came from another node (the store) */
	bool no_pointer;        /* UNKNOWN because cert names no http OCSP responder or CRL */
	time_t revoked_at;      /* REVOKED: revocation time (0 if not given) */
	int crl_reason;         /* REVOKED: CRLReason code, -1 if not given */
	char reason[600];       /* printable: what was asked and what went wrong */
};

struct rev_client;

/* A client per opts (copied). NULL + err if the options are out of range. */
struct rev_client *rev_client_new(const struct rev_opts *opts, cm_err *err);
/* Returns NULL. No rev_check may be running. */
struct rev_client *rev_client_free(struct rev_client *c);

/*
 * The revocation status of cert, issued by issuer (the caller checked the
 * path; rev_check checks again that issuer issued cert). deadline_ms is a
 * cm_now_ms() time: no request runs past it (0: only the timeouts). Fills
 * res and returns res->status. Mode off: REV_GOOD, no request.
 */
enum rev_status rev_check(struct rev_client *c, X509 *cert, X509 *issuer, long deadline_ms,
                          struct rev_result *res);
/* rev_check without the cached status: the responders are asked (the
 * answer is cached for the next rev_check); for the periodic check of the
 * organization's own certificates. */
enum rev_status rev_check_fresh(struct rev_client *c, X509 *cert, X509 *issuer, long deadline_ms,
                                struct rev_result *res);

/* What the caller does with a status under a mode. */
enum rev_verdict {
	REV_USE = 0,     /* good */
	REV_USE_UNKNOWN, /* soft mode, status unknown: use it, audit rev=unknown */
	REV_REFUSE,      /* revoked: never use it (audit revoked=) */
	REV_FAIL         /* hard mode, status unknown: failure.revocation */
};
enum rev_verdict rev_verdict(enum rev_mode mode, enum rev_status status);

/* "good", "revoked", "unknown"; "off", "soft", "hard"; "none", "ocsp", "crl". */
const char *rev_status_name(enum rev_status s);
const char *rev_mode_name(enum rev_mode m);
const char *rev_source_name(enum rev_source s);

/* Counters since the client was made, for tests and -v. */
struct rev_stats {
	unsigned long checks, cache_hits, ocsp_requests, crl_requests, crl_cache_hits;
	unsigned long shared_hits; /* of the cache hits, statuses from the store */
};
void rev_stats(struct rev_client *c, struct rev_stats *out);

#endif
