/*
 * testpki.h - shared helpers for the unit tests that need the test PKI
 * (tests/pki/mkpki.sh): a temporary directory, the PKI built into it, and
 * small loaders and file helpers. Failures are Check assertions.
 */
#ifndef TESTPKI_H
#define TESTPKI_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include "cm.h"
#include "sbuf.h"

extern char testpki_tmp[256];      /* everything a test run writes */
extern char testpki_dir[PATH_MAX]; /* testpki_tmp/pki */

/* Make testpki_tmp and run mkpki.sh (from srcdir) into testpki_dir.
 * Returns 0, or -1 after printing why. Call before srunner_run_all. */
int testpki_setup(const char *srcdir, const char *prog);
void testpki_teardown(void); /* removes testpki_tmp unless $TESTPKI_KEEP is set */

char *pki_path(const char *rel);  /* xmalloc'd testpki_dir/rel */
X509 *load_cert(const char *rel); /* first certificate of a PEM */
EVP_PKEY *load_key(const char *rel);
STACK_OF(X509) *load_certs(const char *rel); /* all certificates of a PEM */

bool chain_has(STACK_OF(X509) *chain, X509 *cert);
bool ends_with(const char *s, const char *tail);
char *slurp(const char *path, size_t *lenp); /* xmalloc'd, NUL-terminated */
void write_file(const char *path, const void *buf, size_t len);
/* Run a shell command; returns its exit status (-1 if it did not exit). */
int run(const char *fmt, ...) PRINTFLIKE(1, 2);

/* A certificate made in memory (testpki_issue): extension values as in
 * openssl.cnf, NULL = no such extension. SKID and AKID are always added. */
struct tp_cert {
	const char *subj; /* "/K=V/K=V" */
	EVP_PKEY *key;    /* the subject's key */
	X509 *issuer;     /* NULL: self-signed */
	EVP_PKEY *ikey;   /* the issuer's key (NULL if self-signed) */
	long from, to;    /* validity, seconds from now */
	const char *bc, *ku, *eku, *san;
};
X509 *testpki_issue(const struct tp_cert *t);
EVP_PKEY *testpki_rsa(int bits);
EVP_PKEY *testpki_ec(const char *curve); /* "P-256", "P-384", "secp192k1"... */
/* PATH: the certificate, then the key if not NULL; chmod mode. */
void testpki_write(const char *path, X509 *cert, EVP_PKEY *key, unsigned mode);

/* An sbuf holding the n bytes of p, spooled to a file in testpki_tmp past
 * threshold bytes. */
struct sbuf *sbuf_of(const void *p, size_t n, size_t threshold);

#endif
