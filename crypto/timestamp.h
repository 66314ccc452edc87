/*
 * timestamp.h - RFC 3161 time-stamp requests and the checks of their
 * replies (SPEC section 5, "Timestamps"). Pure OpenSSL, no network: the
 * transport is crypto/tsa.h.
 *
 * A query is one TimeStampReq: version 1, SHA-256 imprint of a SignerInfo's
 * signature value, a random 64-bit nonce, certReq true, no policy.
 */
#ifndef TIMESTAMP_H
#define TIMESTAMP_H

#include <stddef.h>
#include <openssl/x509.h>

#include "cm.h"

struct ts_query;

/* A request for the signature value sig (siglen bytes). NULL + err only if
 * OpenSSL fails (no randomness, out of memory). */
struct ts_query *ts_query_new(const unsigned char *sig, size_t siglen, cm_err *err);
/* DER of the TimeStampReq (owned by q). */
const unsigned char *ts_query_der(const struct ts_query *q, size_t *len);
/*
 * Check a TimeStampResp (resp, resplen bytes) against the request: status
 * granted (or grantedWithMods), imprint and nonce equal to the request's,
 * version 1, token signature valid and consistent with its ESS
 * signingCertificate(V2), signer chaining to store (not NULL) with a
 * critical timeStamping extendedKeyUsage. On success returns 0 and *token =
 * DER of the token (the ContentInfo), OPENSSL_malloc'd, *toklen its length.
 * On failure returns -1, *token = NULL, and err says what is wrong, e.g.
 * "not a TimeStampResp", "TSA refused: status 2 (rejection; ...)",
 * "imprint differs", "nonce differs", "token signer not trusted: ...".
 */
int ts_query_check(const struct ts_query *q, const unsigned char *resp, size_t resplen,
                   X509_STORE *store, unsigned char **token, size_t *toklen, cm_err *err);
/*
 * The verified TSA signers of one client, shared by its threads: a reply
 * whose token carries exactly the certificates of a token verified less
 * than a minute ago is checked without parsing those certificates again
 * and without building their chain again (its signature, its ESS
 * signingCertificate(V2), status, version, imprint and nonce are checked as
 * always). store: the trust anchors (up-referenced, may be NULL).
 */
struct ts_cache;
struct ts_cache *ts_cache_new(X509_STORE *store);
struct ts_cache *ts_cache_free(struct ts_cache *c);
/* How many replies the cache let through the fast path (for tests). */
unsigned long ts_cache_hits(struct ts_cache *c);
/* ts_query_check against c's store, through c. The same result and the
 * same messages as ts_query_check. */
int ts_query_check_cached(const struct ts_query *q, const unsigned char *resp, size_t resplen,
                          struct ts_cache *c, unsigned char **token, size_t *toklen, cm_err *err);
/* Returns NULL. */
struct ts_query *ts_query_free(struct ts_query *q);

#endif
