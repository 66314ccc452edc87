/*
 * p11_int.h - between keystore_p11.c (the PKCS#11 context, its re-opening
 * after a token failure, the keys addressed by URI) and p11_wrap.c (the
 * EVP_PKEY certmilter holds for a token key: its private operations are
 * handed to the key of the token's current session).
 *
 * The EVP_PKEY the keystore holds never changes; the libp11 key behind it
 * (struct p11_key's "under") belongs to one opening of the module and is
 * found again after a re-opening. p11_acquire and p11_release bracket
 * every private operation: many at once (a shared lock), none while the
 * module is re-opened (the exclusive lock).
 */
#ifndef CERTMILTER_P11_INT_H
#define CERTMILTER_P11_INT_H

#include <stdbool.h>

#include <openssl/evp.h>

struct p11_key;

/* The libp11 key behind k for one private operation, found in the
 * current session if need be (the module re-opened first when a token
 * failure was seen); NULL with an OpenSSL error queued. Every non-NULL
 * return is followed by p11_release(k, key, failed). */
EVP_PKEY *p11_acquire(struct p11_key *k);
/* The operation on key is done; failed: it failed (an error of the
 * module that says the token or its session is gone marks the module for
 * re-opening before the next operation). */
void p11_release(struct p11_key *k, EVP_PKEY *key, bool failed);
/* k is no longer used (the last EVP_PKEY wrapping it is freed). */
void p11_key_free(struct p11_key *k);

/* An EVP_PKEY with under's public key (or pub's, of the same type, when
 * the token gave under none: an EC key without its point) whose private
 * operations go to p11_acquire(k) (RSA: sign and decrypt with any
 * padding; EC: ECDSA and ECDH); it owns k from then on (p11_key_free when
 * it is freed). NULL (k not taken) if under is neither RSA nor EC, or no
 * public key is known. */
EVP_PKEY *p11_wrap(const EVP_PKEY *under, const EVP_PKEY *pub, struct p11_key *k);

#endif
