/*
 * tsa_int.h - internals of the TSA module (tsa.h is its public header):
 * the request and reply checks (timestamp.c) and the fast path for replies
 * whose certificates were verified before (ts_fast.c).
 */
#ifndef TSA_INT_H
#define TSA_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <openssl/pkcs7.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

#include "cm.h"

/*
 * Requests and replies (timestamp.c): RFC 3161 time-stamp requests and the checks of their
 * replies (RFC 3161; certmilter.conf(5) DUAL SIGNATURES AND TIMESTAMPS). Pure OpenSSL, no network:
 * the transport is crypto/tsa.h.
 *
 * A query is one TimeStampReq: version 1, SHA-256 imprint of a SignerInfo's
 * signature value, a random 64-bit nonce, certReq true, no policy.
 */
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
 * same messages as ts_query_check. On success *chain (if chain is not
 * NULL) is the signer's verified chain, signer first (up-referenced; NULL
 * if none was built); free it with sk_X509_pop_free. */
int ts_query_check_cached(const struct ts_query *q, const unsigned char *resp, size_t resplen,
                          struct ts_cache *c, unsigned char **token, size_t *toklen,
                          STACK_OF(X509) **chain, cm_err *err);
/* Returns NULL. */
struct ts_query *ts_query_free(struct ts_query *q);

/*
 * The fast path (ts_fast.c): the pieces of the fast check of a TimeStampResp whose
 * certificates were verified before (internal to timestamp.c; see
 * ts_query_check_cached in timestamp.h).
 *
 * In OpenSSL 3.0, parsing a certificate decodes its public key through an
 * OSSL_DECODER context, which costs more than the rest of a TimeStampResp;
 * and TS_RESP_verify_response builds the signer's chain again for every
 * token. A TSA sends the same certificates in every token, so the cache
 * keeps, per certificates field (its exact DER bytes), the chain that was
 * verified for it, and the fast path parses the reply without that field.
 */
/* Where the parts of a TimeStampResp lie (offsets into it). */
struct ts_parts {
	size_t token, toklen;   /* the token: a ContentInfo TLV */
	size_t certs, certslen; /* the SignedData's [0] certificates TLV; 0/0: none */
	size_t status;          /* the PKIStatusInfo TLV (it ends at token) */
	size_t explicit0;       /* the ContentInfo's [0] (the OID ends here) */
	size_t sd_body;         /* the contents of the SignedData SEQUENCE */
};

/* Find the token and its certificates field in resp (len bytes), which must
 * be a TimeStampResp with a token in DER as RFC 3161 lays it out. Returns 0,
 * or -1 for anything else (the caller then takes the full path). */
int ts_der_split(const unsigned char *resp, size_t len, struct ts_parts *p);

/* resp without the token's certificates field (the enclosing lengths
 * rewritten); p from ts_der_split with a certificates field. xmalloc'd,
 * *outlen its length. */
unsigned char *ts_der_strip(const unsigned char *resp, size_t len, const struct ts_parts *p,
                            size_t *outlen);

/* The signed token's signature and its ESS signingCertificate(V2), for the
 * signer chain[0] of the verified chain, as TS_RESP_verify_signature checks
 * them without building the chain. true if both are good. */
bool ts_token_signature_ok(PKCS7 *token, STACK_OF(X509) *chain);

/* The TSTInfo's tsa name, if it has one, names signer (its subject or one
 * of its subjectAltNames), as TS_VFY_SIGNER checks it. */
bool ts_tsa_name_ok(TS_TST_INFO *tst, X509 *signer);

/* The cache of verified chains (struct ts_cache, timestamp.h). ts_cache_get
 * returns the chain (up-referenced, signer first) verified for a token
 * whose certificates field is certs (len bytes), if it is still fresh: at
 * most TS_CACHE_TTL seconds old and inside every certificate's validity;
 * else NULL. ts_cache_put remembers chain (up-referenced) for certs. */
#define TS_CACHE_TTL 60
STACK_OF(X509) *ts_cache_get(struct ts_cache *c, const unsigned char *certs, size_t len);
X509_STORE *ts_cache_store(struct ts_cache *c);
/* Intermediates for the signer's path besides the token's certificates
 * (taken over; NULL: none), and the ones set (borrowed; may be NULL). */
void ts_cache_set_intermediates(struct ts_cache *c, STACK_OF(X509) *inter);
STACK_OF(X509) *ts_cache_intermediates(struct ts_cache *c);
void ts_cache_note_hit(struct ts_cache *c);
void ts_cache_put(struct ts_cache *c, const unsigned char *certs, size_t len,
                  STACK_OF(X509) *chain);

#endif
