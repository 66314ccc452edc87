/*
 * classify.h - the class of a certificate, from its own contents
 * (SPEC section 1), and the e-mail addresses it names.
 *
 * Decision ladder, first match wins (documented in certmilter.conf(5)):
 *  1. extendedKeyUsage timeStamping                          -> TSA
 *  2. digitalSignature and keyEncipherment, and the chain
 *     verifies to the public trust store (if one is given)   -> VP
 *  3. keyEncipherment or keyAgreement, no digitalSignature   -> ENCRYPT
 *  4. digitalSignature (signing usage), by subject:
 *       O + person's name + title -> V4;  O -> V3;
 *       person's name -> V2;  otherwise -> V1
 *     person's name = givenName or surname, or a CN that is neither an
 *     e-mail address nor equal to O.
 *  5. anything else                                          -> NONE
 */
#ifndef CLASSIFY_H
#define CLASSIFY_H

#include <openssl/x509.h>

#include "cm.h"

/* public_store may be NULL (then rule 2 never holds); untrusted holds
 * intermediates for building chains (may be NULL). */
enum cm_class classify_cert(X509 *cert, X509_STORE *public_store, STACK_OF(X509) *untrusted);

/* The certificate's addresses: SAN rfc822Names, else the subject's
 * emailAddress. Returned as a NULL-terminated xmalloc'd array of
 * xmalloc'd strings (domain lowercased); free with classify_addrs_free. */
char **classify_addrs(X509 *cert);
void classify_addrs_free(char **addrs);

/* Does the certificate verify (chain, validity now) to store? */
bool classify_chains_to(X509 *cert, X509_STORE *store, STACK_OF(X509) *untrusted);

/* X509_V_OK, or the X509_V_ERR_* code of why cert does not verify to store
 * (X509_V_ERR_UNSPECIFIED when store is NULL). */
int classify_verify_error(X509 *cert, X509_STORE *store, STACK_OF(X509) *untrusted);
/* digitalSignature and keyEncipherment: a Vp candidate. */
bool classify_dual_use(X509 *cert);

/* Load a PEM bundle into a new store (NULL path -> NULL, no error). */
X509_STORE *cm_store_load(const char *path, cm_err *err);

#endif
