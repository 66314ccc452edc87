/*
 * cms_int.h - internals of the CMS module (cms.h is its public header):
 * keyfile.c, reading one keystore file: PEM certificates with an optional
 * private key (in the same file or in the sibling NAME.key) or PKCS#12.
 *
 * A file that holds a private key must not be readable by group or others;
 * such files are refused with a message that names the file and its mode.
 * Used by keystore.c; nothing here classifies or indexes.
 */
#ifndef CMS_INT_H
#define CMS_INT_H

#include <stdbool.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include "cm.h"

struct keyfile {
	STACK_OF(X509) *certs; /* every certificate of the file, in file order */
	EVP_PKEY *key;         /* NULL if the file (and its sibling) has none */
};

/* Is NAME (no directory) a keystore file: *.pem, *.crt, *.p12, *.pfx? */
bool keyfile_is_candidate(const char *name);

/* Read PATH; PKCS#12 (by extension) is opened with p12pass, which may be
 * NULL; passfile names its source for messages. Returns 0 with kf filled
 * (at least one certificate), or -1 if the file is skipped or refused: the
 * reason is logged. */
int keyfile_read(const char *path, const char *p12pass, const char *passfile, struct keyfile *kf);
void keyfile_release(struct keyfile *kf);

/* The contents of a secret file without its trailing newline (LF or
 * CRLF), xmalloc'd, in *out. Returns 0, or -1 with err. Wipe and free it with keyfile_secret_free.
 */
int keyfile_secret(const char *path, char **out, cm_err *err);
char *keyfile_secret_free(char *secret); /* returns NULL */

#endif
