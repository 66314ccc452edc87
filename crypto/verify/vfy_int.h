/*
 * vfy_int.h - inside crypto/verify: the certificates of inbound SignedData
 * and timestamp tokens, decoded once per process (vfy_certs.c).
 */
#ifndef VFY_INT_H
#define VFY_INT_H

#include <stddef.h>

#include <openssl/x509.h>

#include "buf.h"
#include "cms.h"

/* The certificate whose DER is der/len, from the cache or decoded now
 * (and kept): up-ref'd, NULL if it does not decode. */
X509 *vfy_cert_of(const unsigned char *der, size_t len);

/* der/len is a DER ContentInfo holding a SignedData: out gets the same
 * ContentInfo without the SignedData's certificates field, and certs (a
 * stack the caller owns) the certificates it held (vfy_cert_of). Returns 0;
 * -2 when it holds more than max certificates (none past max is decoded);
 * -1 when the encoding is not one the DER reader follows. On error out and
 * the certificates pushed so far are the caller's to drop. */
int vfy_strip_certs(const unsigned char *der, size_t len, size_t max, struct buf *out,
                    STACK_OF(X509) *certs);

/* A path from leaf to store verified before for req and valid at time at
 * (the same certificate and store objects: both come from caches, and the
 * slot holds references so the pointers are not reused): its issuer,
 * up-ref'd; NULL if none is known. Only verified paths are kept, so a
 * hit is what X509_verify_cert would say again: the signatures on the path
 * do not change, only the time, which is checked against the window in
 * which every certificate of the path is valid. */
X509 *vfy_path_known(X509 *leaf, X509_STORE *store, const struct cm_chain_req *req, time_t at);
/* Keep path (leaf first), verified for req, for vfy_path_known. */
void vfy_path_remember(X509 *leaf, X509_STORE *store, const struct cm_chain_req *req,
                       STACK_OF(X509) *path);

/* Drop every cached certificate and path (tests, leak checkers at exit). */
void vfy_certs_flush(void);

#endif
