/*
 * tsa.h - the RFC 3161 Time-Stamp Authority client (certmilter.conf(5) DUAL SIGNATURES AND
 * TIMESTAMPS): POSTs TimeStampReqs over HTTP(S) with libcurl, fails over between the configured
 * TSAs and checks every reply (crypto/timestamp.h).
 *
 * Thread-safe: one client serves every milter thread. Connections are
 * reused across calls and threads (a pool of curl multi handles, each with
 * its connection cache; DNS and TLS sessions shared by a locked share
 * handle). curl_global_init must have been called before the first client
 * is made.
 */
#ifndef TSA_H
#define TSA_H

#include <stddef.h>

#include "cm.h"

#define TSA_MAX_STAMPS 8 /* signature values per tsa_stamp call */

struct tsa_client;

/* What tsa_client_new reads. Borrowed for the call only: the client copies
 * the URLs and keeps no pointer into the options. */
/* The revocation check of the TSA certificate of a token that passed every
 * other check, with its verified path (signer first): 0 good, 1 revoked, 2
 * status unknown and not to be relied on (hard mode), -1 unknown and used,
 * -2 not checked; why (len bytes) says what was found. A token whose
 * signer is revoked (1) or unknown in hard mode (2) is not used: the URL
 * counts as failed ("TSA certificate revoked ..."). */
typedef int (*tsa_revocation_fn)(X509 *cert, STACK_OF(X509) *path, void *arg, char *why,
                                 size_t len);

struct tsa_opts {
	const char *const *urls; /* nurls http:// or https:// URLs, tried in order */
	size_t nurls;
	long timeout;      /* seconds per request, >= 1 */
	long max_response; /* largest reply accepted, bytes, >= 1 */
	const char *trust; /* PEM roots the TSA's certificate must chain to; NULL: none */
	/* PEM intermediates for the TSA certificate's path, for replies whose
	 * token does not carry them (keystore.chain_bundle); NULL: none */
	const char *intermediates;
	tsa_revocation_fn revocation; /* NULL: the TSA certificate is not checked */
	void *revocation_arg;
};

/* A client per opts. NULL + err if the trust bundle cannot be read. With
 * no URLs every stamp fails with "no TSA configured"; with URLs but no
 * trust bundle, with "no TSA trust bundle (trust.tsa) configured". */
struct tsa_client *tsa_client_new(const struct tsa_opts *opts, cm_err *err);
/* Returns NULL. No tsa_stamp may be running. */
struct tsa_client *tsa_client_free(struct tsa_client *c);

/*
 * Timestamp n (<= TSA_MAX_STAMPS) signature values, the n requests sent
 * concurrently. For each i, tokens[i]/toklens[i] is the token DER
 * (OPENSSL_malloc'd, free with OPENSSL_free) or NULL/0 on failure. Returns
 * how many were stamped. err is emptied, then, if a request failed, holds
 * the failures of the last failing one: one "URL: problem" per URL tried,
 * joined with "; ". A request that succeeds after failover leaves no text
 * in err (its failed attempts are logged at debug level).
 */
size_t tsa_stamp(struct tsa_client *c, size_t n, const unsigned char *const *sig,
                 const size_t *siglen, unsigned char **tokens, size_t *toklens, cm_err *err);

#endif
