/*
 * vfy_int.h - inside crypto/verify: the certificates of inbound SignedData
 * and timestamp tokens, decoded once per process (vfy_certs.c).
 */
#ifndef VFY_INT_H
#define VFY_INT_H

#include <stddef.h>

#include <openssl/x509.h>

#include "buf.h"

/* The certificate whose DER is der/len, from the cache or decoded now
 * (and kept): up-ref'd, NULL if it does not decode. */
X509 *vfy_cert_of(const unsigned char *der, size_t len);

/* der/len is a DER ContentInfo holding a SignedData: out gets the same
 * ContentInfo without the SignedData's certificates field, and certs (a
 * stack the caller owns) the certificates it held (vfy_cert_of). Returns 0,
 * or -1 when the encoding is not one the DER reader follows (out and the
 * certificates pushed so far are then the caller's to drop). */
int vfy_strip_certs(const unsigned char *der, size_t len, struct buf *out, STACK_OF(X509) *certs);

/* Drop every cached certificate (tests, and leak checkers at exit). */
void vfy_certs_flush(void);

#endif
