/*
 * ts_fast.h - the pieces of the fast check of a TimeStampResp whose
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
#ifndef TS_FAST_H
#define TS_FAST_H

#include <stdbool.h>
#include <stddef.h>
#include <openssl/pkcs7.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

#include "timestamp.h"

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
void ts_cache_note_hit(struct ts_cache *c);
void ts_cache_put(struct ts_cache *c, const unsigned char *certs, size_t len,
                  STACK_OF(X509) *chain);

#endif
