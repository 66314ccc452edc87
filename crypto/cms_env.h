/*
 * cms_env.h - CMS EnvelopedData and AuthEnvelopedData over bytes the
 * caller prepared (the signed MIME entity; SPEC section 5, "Encrypted").
 *
 * Content cipher AES-256-CBC by default, AES-128-CBC, or AES-GCM in
 * AuthEnvelopedData (RFC 5083). Key transport for RSA recipients with
 * PKCS#1 v1.5 by default or RSAES-OAEP (SHA-256, MGF1 SHA-256); key
 * agreement (ECDH, OpenSSL's default KDF and key wrap) for EC recipients.
 */
#ifndef CMS_ENV_H
#define CMS_ENV_H

#include <stdbool.h>
#include <stddef.h>
#include <openssl/x509.h>

#include "cm.h"

const char *cm_cipher_name(enum cm_cipher c); /* "aes-256-cbc", ... */
bool cm_cipher_is_aead(enum cm_cipher c);     /* AuthEnvelopedData */

struct cms_enc_opts {
	enum cm_cipher cipher;
	bool rsa_oaep;
};

/* Encrypt data to every certificate in rcpts (n >= 1, duplicates are
 * encrypted to once). *der (OPENSSL_malloc'd) is the DER ContentInfo.
 * Returns 0, or -1 with err naming the certificate or step that failed. */
int cms_encrypt(const unsigned char *data, size_t len, X509 *const *rcpts, size_t n,
                const struct cms_enc_opts *opts, unsigned char **der, size_t *derlen, cm_err *err);

#endif
