/*
 * cms.h - CMS SignedData over bytes the caller canonicalized (RFC 8551).
 *
 * SHA-256 by default; signed attributes contentType, signingTime,
 * messageDigest, SMIMECapabilities (AES only, no DES/3DES/RC2),
 * ESS signingCertificateV2, and SMIMEEncryptionKeyPreference naming
 * enc_pref when given (that certificate is then included). Each signer's
 * chain is included. The SignerInfos appear in the encoding in the order
 * given (DER's SET sorting is undone on purpose).
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

#endif
