/*
 * keystore.h - the organization's own certificates and keys, indexed by
 * address and class (SPEC section 2).
 *
 * Loaded from directories of PEM (cert+key, or cert with key in a sibling
 * file NAME.key) and PKCS#12 files. Per address and class the certificate
 * with the latest notBefore wins. Expired and not-yet-valid certificates are
 * skipped with a warning; private key files readable by group or others are
 * refused. Immutable once loaded.
 */
#ifndef KEYSTORE_H
#define KEYSTORE_H

#include <time.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include "cm.h"
#include "config.h"

struct ks_entry {
	X509 *cert;
	EVP_PKEY *key;         /* NULL for certificates without a key */
	STACK_OF(X509) *chain; /* intermediates, not the root; never NULL */
	enum cm_class cls;
	char *path; /* file it came from */
	time_t not_before, not_after;
};

struct keystore;

/* Load per cfg->keystore and cfg->trust. Problems with single files are
 * logged (msg_warn/msg_error) and the file skipped; err and NULL only for
 * failures that make the whole keystore unusable (unreadable directory,
 * unreadable trust bundle or password file). */
struct keystore *keystore_load(const struct cm_config *cfg, cm_err *err);
struct keystore *keystore_free(struct keystore *ks); /* returns NULL */

/* The entry for addr and cls; CM_CLASS_IDENTITY = best of V4..V1.
 * Address comparison per SPEC section 1. NULL if none. */
const struct ks_entry *keystore_find(const struct keystore *ks, const char *addr,
                                     enum cm_class cls);

/* Every (address, entry) pair, ordered by address then class. */
void keystore_foreach(const struct keystore *ks,
                      void (*fn)(const char *addr, const struct ks_entry *e, void *arg), void *arg);
size_t keystore_count(const struct keystore *ks); /* addresses */

/* Does any address hold a certificate of cls (IDENTITY: any of V1..V4)? */
bool keystore_has_class(const struct keystore *ks, enum cm_class cls);

#endif
