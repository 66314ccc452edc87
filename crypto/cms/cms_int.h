/*
 * cms_int.h - internals of the CMS module (cms.h is its public header):
 * keyfile.c, reading one keystore file: PEM certificates with an optional
 * private key (in the same file or in the sibling NAME.key) or PKCS#12.
 *
 * Every file the keystore reads (and its directories) must belong to root
 * or to the user certmilter runs as and must not be writable by group or
 * others; a file that holds a private key or a password must not be
 * readable by them either. Files that break a rule are refused with a
 * message that names the file, its owner and mode, and the rule. Used by
 * keystore.c; nothing here classifies or indexes.
 */
#ifndef CMS_INT_H
#define CMS_INT_H

#include <stdbool.h>
#include <sys/types.h>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include "cm.h"
#include "cms.h"
#include "sbuf.h"

struct keyfile {
	STACK_OF(X509) *certs; /* every certificate of the file, in file order */
	EVP_PKEY *key;         /* NULL if the file (and its sibling) has none */
	char *key_at;          /* where the key lives: its file, or its pkcs11: URI */
};

/* Who may own the keystore's files: root, the effective user (the one
 * certmilter runs as once it dropped root) and the configured user. */
struct kf_owners {
	uid_t uid[3];
	size_t n;
};
void keyfile_owners(struct kf_owners *o, const char *user);

/* Do owner uid and mode follow the rules for a file (or directory) of
 * that kind? secret: it holds a key or password. If not, err says
 * "WHAT PATH (owner U, mode M): RULE; refused, FIX". */
bool keyfile_safe(const char *what, const char *path, uid_t uid, mode_t mode, bool secret,
                  const struct kf_owners *o, cm_err *err);
/* The same for a path (a directory if dir); 0, or -1 with err. */
int keyfile_check_path(const char *what, const char *path, bool dir, const struct kf_owners *o,
                       cm_err *err);

/* Is NAME (no directory) a keystore file: *.pem, *.crt, *.p12, *.pfx? */
bool keyfile_is_candidate(const char *name);

struct ks_p11;

struct kf_opts {
	const char *p12pass;  /* password of PKCS#12 files, may be NULL */
	const char *passfile; /* its file, for messages */
	const struct kf_owners *owners;
	struct ks_p11 *p11; /* keystore.pkcs11, NULL if not configured */
};

enum { KF_REFUSED = -1, KF_OK = 0, KF_SKIPPED = 1 };

/* Read PATH; PKCS#12 (by extension) is opened with opts->p12pass. Returns
 * KF_OK with kf filled (at least one certificate); KF_SKIPPED (nothing
 * usable in it: a warning in err) or KF_REFUSED (unsafe, unreadable or
 * broken: an error in err) with kf empty. */
int keyfile_read(const char *path, const struct kf_opts *opts, struct keyfile *kf, cm_err *err);
void keyfile_release(struct keyfile *kf);

/* The contents of a secret file (which must follow the rules for secrets;
 * what names it in messages, e.g. "PKCS#12 password file") without its
 * trailing newline (LF or CRLF), xmalloc'd, in *out. Returns 0, or -1 with
 * err. Wipe and free it with keyfile_secret_free. */
int keyfile_secret(const char *what, const char *path, const struct kf_owners *o, char **out,
                   cm_err *err);
char *keyfile_secret_free(char *secret); /* returns NULL */

/*
 * keystore_p11.c: private keys in a PKCS#11 token through libp11 (the
 * EVP_PKEY of p11_wrap.c). A key file (NAME.key, or the key part of a PEM file)
 * may hold, on a line of its own, an RFC 7512 URI "pkcs11:..." instead of
 * a PEM private key; the key is then the token's, and never leaves it.
 */
#define KS_P11_SCHEME "pkcs11:"
/* Does s start with "pkcs11:" (any case)? */
bool ks_p11_is_uri(const char *s);
/* A URI that carries a PIN (pin-value, pin-source), a space or a control
 * character is refused: -1 with err naming path (the key file). */
int ks_p11_uri_check(const char *path, const char *uri, cm_err *err);
/* The process's PKCS#11 context for module (loaded at the first call; a
 * later call naming another module fails: restart to change it), logging
 * in with pin when a key is loaded. NULL + err. */
struct ks_p11 *ks_p11_open(const char *module, const char *pin, cm_err *err);
/* The token's private key uri (of key file path, for messages): an
 * EVP_PKEY whose private operations the token does. cert (or NULL): its
 * certificate, whose public key stands in for one the token does not
 * give (an EC private key without its public point, certificate or
 * public key object on the token). NULL + err. */
EVP_PKEY *ks_p11_key(struct ks_p11 *p, const char *path, const char *uri, X509 *cert, cm_err *err);
struct ks_p11 *ks_p11_close(struct ks_p11 *p); /* returns NULL; keys stay usable */
/* Every certificate with a CKA_ID on the token labelled label: fn(arg,
 * cert, uri), uri naming the token and the CKA_ID without a type (add
 * ";type=private" or ";type=cert"); cert is the token list's (up-ref it to
 * keep it). 0, or -1 + err (no such token, the list failed). */
typedef void (*ks_p11_each_fn)(void *arg, X509 *cert, const char *uri);
int ks_p11_token_each(struct ks_p11 *p, const char *label, ks_p11_each_fn fn, void *arg,
                      cm_err *err);

/*
 * cms_stream.c: content in spooled buffers. A sink BIO appends what is
 * written to it to an sbuf (cms_sink_failed: a write failed, err says
 * why). cms_stream_write writes
 * cms's DER with content as its content (CMS_get0_content: eContent,
 * encryptedContent), which cms itself leaves out; fix, if given, edits
 * the encoding first (the SignerInfos' order).
 */
struct cms_sink {
	BIO *bio; /* what CMS writes to */
	struct sbuf *sb;
	cm_err *err;
	bool failed;
};
struct cms_sink *cms_sink_new(struct sbuf *sb, cm_err *err);
bool cms_sink_failed(const struct cms_sink *cs);
struct cms_sink *cms_sink_free(struct cms_sink *cs); /* returns NULL */
int cms_stream_write(CMS_ContentInfo *cms, int (*fix)(unsigned char *, size_t, const void *),
                     const void *fixarg, struct sbuf *content, cms_write_fn w, void *ctx,
                     cm_err *err);

#endif
