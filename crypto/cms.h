/*
 * cms.h - CMS SignedData over bytes the caller canonicalized (RFC 8551).
 *
 * SHA-256 by default; signed attributes contentType, signingTime,
 * messageDigest, SMIMECapabilities (AES only, no DES/3DES/RC2),
 * ESS signingCertificateV2, and SMIMEEncryptionKeyPreference naming
 * enc_pref when given (that certificate is then included). Each signer's
 * chain is included. The SignerInfos appear in the encoding in the order
 * given (DER's SET sorting is undone on purpose).
 *
 * Signing in steps, for timestamps: cms_sign_start() signs; cms_signature()
 * gives each signature value (what a timestamp is requested for);
 * cms_add_timestamp() adds a token as the unsigned attribute
 * id-aa-timeStampToken; cms_encode() writes the DER, SignerInfos in order.
 */
#ifndef CMS_H
#define CMS_H

#include <stddef.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include "cm.h"

struct cm_signer {
	X509 *cert;
	EVP_PKEY *key;
	STACK_OF(X509) *chain; /* may be NULL */
};

/* Detached (or, with opaque, encapsulated) SignedData as DER in *der
 * (OPENSSL_malloc'd, free with OPENSSL_free). Returns 0, or -1 and err. */
int cms_sign(const unsigned char *data, size_t len, const struct cm_signer *signers,
             size_t nsigners, X509 *enc_pref, const char *digest, bool opaque, unsigned char **der,
             size_t *derlen, cm_err *err);

struct cms_signed;

/* Sign; the result is not yet encoded. NULL + err on failure. */
struct cms_signed *cms_sign_start(const unsigned char *data, size_t len,
                                  const struct cm_signer *signers, size_t nsigners, X509 *enc_pref,
                                  const char *digest, bool opaque, cm_err *err);
/* The signature value of signer i (the caller's order); owned by s. */
const unsigned char *cms_signature(const struct cms_signed *s, size_t i, size_t *len);
/* Add an RFC 3161 token (DER ContentInfo) to signer i. 0 or -1 + err. */
int cms_add_timestamp(struct cms_signed *s, size_t i, const unsigned char *token, size_t len,
                      cm_err *err);
/* DER in *der (OPENSSL_malloc'd). 0 or -1 + err. */
int cms_encode(const struct cms_signed *s, unsigned char **der, size_t *derlen, cm_err *err);
struct cms_signed *cms_signed_free(struct cms_signed *s); /* returns NULL */

/* For cms.c and cms_env.c: err = what + ": " + the first queued OpenSSL
 * error (just what if none is queued); clears the queue. */
void cms_ossl_err(cm_err *err, const char *what);

#endif
