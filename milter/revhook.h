/*
 * revhook.h - the revocation check of recipients' certificates, as the
 * directory's hook (directory.h dir_revocation_fn; revhook.c).
 */
#ifndef REVHOOK_H
#define REVHOOK_H

#include <stddef.h>

#include <openssl/x509.h>

#include "revocation.h"

/* The hook's argument: lives in the runtime snapshot, with the client. */
struct revhook {
	struct rev_client *rev;
	enum rev_mode mode;
	long timeout; /* revocation.timeout, seconds */
};

/* dir_revocation_fn: 0 good, -1 unknown and used (soft), -2 not checked
 * (the certificate names no OCSP responder or CRL point: used), 1 revoked,
 * 2 unknown in hard mode (the lookup unavailable); why says which and from
 * where. */
int revhook_check(X509 *cert, STACK_OF(X509) *path, void *arg, char *why, size_t len);

#endif
