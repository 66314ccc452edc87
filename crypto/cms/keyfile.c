/*
 * keyfile.c - reading one keystore file, and the rules every file the
 * keystore reads must follow (see cms_int.h).
 *
 * Files are read whole through one descriptor, so the owner and mode that
 * are checked are those of the file that is read. Every file must belong
 * to root or to the user certmilter runs as and must not be writable by
 * group or others; a file that holds a private key or a password must
 * also not be readable by them. PEM blocks are dispatched by their label:
 * certificates are collected, a private key is taken only if the file
 * passes those rules and the key is not encrypted, anything else is
 * ignored. A key file may instead hold an RFC 7512 pkcs11: URI on a line of
 * its own: the key is then loaded from the token (keystore_p11.c), and the
 * file need only be safe from writing by others (the URI is no secret). Buffers that held key
 * material are wiped. Nothing here logs: every refusal is returned as text for the caller to log
 * (and for certmilter -n to print).
 */
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>

#include "cms.h"
#include "cms_int.h"
#include "log.h"
#include "xalloc.h"

#define KF_MAX_FILE (4L * 1024 * 1024) /* larger files are not key material */

/* A read file: its bytes (NUL-terminated), owner and mode. */
struct kf_buf {
	char *buf;
	size_t len;
	uid_t uid;
	mode_t mode;
};

/* ---- who may own the files, and how they may be protected ---- */

static void owners_add(struct kf_owners *o, uid_t uid)
{
	for (size_t i = 0; i < o->n; i++)
		if (o->uid[i] == uid)
			return;
	o->uid[o->n++] = uid;
}

void keyfile_owners(struct kf_owners *o, const char *user)
{
	struct passwd pw, *res = NULL;
	char pwbuf[4096];

	memset(o, 0, sizeof(*o));
	owners_add(o, 0);
	owners_add(o, geteuid());
	if (user != NULL && *user != '\0' &&
	    getpwnam_r(user, &pw, pwbuf, sizeof(pwbuf), &res) == 0 && res != NULL)
		owners_add(o, pw.pw_uid);
}

/* The user name of uid, or "uid N". */
static const char *user_name(uid_t uid, char *buf, size_t len)
{
	struct passwd pw, *res = NULL;
	char pwbuf[4096];

	if (getpwuid_r(uid, &pw, pwbuf, sizeof(pwbuf), &res) == 0 && res != NULL)
		snprintf(buf, len, "%s", pw.pw_name);
	else
		snprintf(buf, len, "uid %lu", (unsigned long)uid);
	return buf;
}

/* "root or certmilter": the owners o allows, by name. */
static void owners_text(const struct kf_owners *o, char *buf, size_t len)
{
	char name[64];
	size_t used = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < o->n && used < len; i++) {
		snprintf(buf + used, len - used, "%s%s", i == 0 ? "" : " or ",
		         user_name(o->uid[i], name, sizeof(name)));
		used = strlen(buf);
	}
}

bool keyfile_safe(const char *what, const char *path, uid_t uid, mode_t mode, bool secret,
                  const struct kf_owners *o, cm_err *err)
{
	char owner[64], allowed[200];
	const char *rule = NULL, *fix = NULL;
	bool owned = false;

	for (size_t i = 0; i < o->n; i++)
		owned = owned || o->uid[i] == uid;
	owners_text(o, allowed, sizeof(allowed));
	if (!owned) {
		rule = "owned by another user";
		fix = allowed;
	} else if ((mode & (S_IWGRP | S_IWOTH)) != 0) {
		rule = "writable by group or others";
		fix = "chmod go-w it";
	} else if (secret && (mode & (S_IRGRP | S_IROTH)) != 0) {
		rule = "readable by group or others";
		fix = "chmod 600 it";
	}
	if (rule == NULL)
		return true;
	user_name(uid, owner, sizeof(owner));
	if (!owned)
		cm_err_set(err, "%s %s (owner %s, mode %04o): %s; refused: it must belong to %s",
		           what, path, owner, (unsigned)(mode & 07777), rule, fix);
	else
		cm_err_set(err, "%s %s (owner %s, mode %04o): %s; refused, %s", what, path, owner,
		           (unsigned)(mode & 07777), rule, fix);
	return false;
}

int keyfile_check_path(const char *what, const char *path, bool dir, const struct kf_owners *o,
                       cm_err *err)
{
	struct stat st;
	int fd = open(path, O_RDONLY | O_CLOEXEC | (dir ? O_DIRECTORY : 0));

	if (fd < 0 || fstat(fd, &st) != 0) {
		cm_err_set(err, "cannot read %s %s: %s", what, path, strerror(errno));
		if (fd >= 0)
			close(fd);
		return -1;
	}
	close(fd);
	return keyfile_safe(what, path, st.st_uid, st.st_mode, false, o, err) ? 0 : -1;
}

int cm_file_check(const char *what, const char *path, bool dir, const char *user, cm_err *err)
{
	struct kf_owners o;

	keyfile_owners(&o, user);
	return keyfile_check_path(what, path, dir, &o, err);
}

/* ---- reading ---- */

static void buf_release(struct kf_buf *f)
{
	if (f->buf != NULL)
		OPENSSL_cleanse(f->buf, f->len);
	f->buf = x_free(f->buf);
	f->len = 0;
}

/* Read a regular file; owner and mode come from the open descriptor.
 * Returns 0, or -1 with errno set (EFBIG if too large, EINVAL if not a
 * regular file). */
static int buf_read(const char *path, struct kf_buf *f)
{
	struct stat st;
	ssize_t n;
	int fd, saved;

	memset(f, 0, sizeof(*f));
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	if (fstat(fd, &st) != 0)
		goto fail;
	errno = S_ISREG(st.st_mode) ? EFBIG : EINVAL;
	if (!S_ISREG(st.st_mode) || st.st_size > KF_MAX_FILE)
		goto fail;
	f->uid = st.st_uid;
	f->mode = st.st_mode & 07777;
	f->buf = xmalloc((size_t)st.st_size + 1);
	while (f->len < (size_t)st.st_size) {
		n = read(fd, f->buf + f->len, (size_t)st.st_size - f->len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			errno = n == 0 ? EIO : errno;
			goto fail;
		}
		f->len += (size_t)n;
	}
	f->buf[f->len] = '\0';
	close(fd);
	return 0;
fail:
	saved = errno;
	buf_release(f);
	close(fd);
	errno = saved;
	return -1;
}

static bool has_ext(const char *name, const char *const *exts)
{
	const char *dot = strrchr(name, '.');

	if (dot == NULL || dot == name || strchr(dot, '/') != NULL)
		return false;
	for (; *exts != NULL; exts++)
		if (strcasecmp(dot + 1, *exts) == 0)
			return true;
	return false;
}

static const char *const pem_exts[] = {"pem", "crt", NULL};
static const char *const p12_exts[] = {"p12", "pfx", NULL};

bool keyfile_is_candidate(const char *name)
{
	return name[0] != '.' && (has_ext(name, pem_exts) || has_ext(name, p12_exts));
}

/* What reading one file needs: its name and bytes, the rules, and where a
 * refusal is written. */
struct kf_read {
	const char *path;
	const struct kf_buf *f;
	const struct kf_owners *owners;
	struct ks_p11 *p11;
	cm_err *err;
};

/* One PEM block: a certificate is pushed to certs, a key stored in *key.
 * Returns 0, or -1 if the file must be refused (err set). */
static int pem_block(const struct kf_read *r, const char *name, const char *header,
                     const unsigned char *data, long len, STACK_OF(X509) *certs, EVP_PKEY **key)
{
	const unsigned char *p = data;
	X509 *cert;

	if (strcmp(name, PEM_STRING_X509) == 0 || strcmp(name, PEM_STRING_X509_OLD) == 0) {
		cert = d2i_X509(NULL, &p, len);
		if (cert == NULL || sk_X509_push(certs, cert) <= 0) {
			X509_free(cert);
			cm_err_set(r->err, "%s: unreadable certificate; file skipped", r->path);
			return -1;
		}
		return 0;
	}
	if (strstr(name, "PRIVATE KEY") == NULL)
		return 0; /* parameters and such: not ours */
	if (!keyfile_safe("key file", r->path, r->f->uid, r->f->mode, true, r->owners, r->err))
		return -1;
	if (*key != NULL || strstr(name, "ENCRYPTED") != NULL || strstr(header, "ENCRYPTED")) {
		cm_err_set(r->err, "%s: %s; file skipped", r->path,
		           *key != NULL ? "more than one private key"
		                        : "encrypted private key (protect the file instead)");
		return -1;
	}
	*key = d2i_AutoPrivateKey(NULL, &p, len);
	if (*key == NULL) {
		cm_err_set(r->err, "%s: unreadable private key; file skipped", r->path);
		return -1;
	}
	return 0;
}

/* Parse every PEM block of r->f. Returns 0 or -1 (refused, err set). */
static int pem_parse(const struct kf_read *r, STACK_OF(X509) *certs, EVP_PKEY **key)
{
	BIO *bio = BIO_new_mem_buf(r->f->buf, (int)r->f->len);
	char *name = NULL, *header = NULL;
	unsigned char *data = NULL;
	long len;
	int rc = 0;

	if (bio == NULL)
		msg_panic("out of memory");
	while (rc == 0 && PEM_read_bio(bio, &name, &header, &data, &len) == 1) {
		rc = pem_block(r, name, header, data, len, certs, key);
		OPENSSL_free(name);
		OPENSSL_free(header);
		OPENSSL_clear_free(data, (size_t)len);
	}
	BIO_free(bio);
	ERR_clear_error();
	return rc;
}

/* The pkcs11: URI on a line of its own in r->f, xmalloc'd; NULL if none. */
static char *uri_line(const struct kf_read *r)
{
	const char *p = r->f->buf, *end;
	size_t len;

	for (; p != NULL && *p != '\0'; p = strchr(p, '\n'), p = p != NULL ? p + 1 : NULL) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (!ks_p11_is_uri(p))
			continue;
		end = strchr(p, '\n');
		len = end != NULL ? (size_t)(end - p) : strlen(p);
		while (len > 0 && (p[len - 1] == '\r' || p[len - 1] == ' ' || p[len - 1] == '\t'))
			len--;
		return xstrndup(p, len);
	}
	return NULL;
}

/* A key file that holds a pkcs11: URI instead of a PEM key: the token's
 * key into kf. Returns 0 (no URI, or loaded) or -1 (refused, err set). */
static int token_key(const struct kf_read *r, struct keyfile *kf)
{
	char *uri = uri_line(r);

	if (uri == NULL)
		return 0;
	if (kf->key != NULL) {
		cm_err_set(r->err, "%s: more than one private key; file skipped", r->path);
		goto fail;
	}
	if (!keyfile_safe("key file", r->path, r->f->uid, r->f->mode, false, r->owners, r->err) ||
	    ks_p11_uri_check(r->path, uri, r->err) != 0)
		goto fail;
	if (r->p11 == NULL) {
		cm_err_set(r->err,
		           "key file %s holds a pkcs11: URI but keystore.pkcs11.module is not "
		           "set; skipped",
		           r->path);
		goto fail;
	}
	if ((kf->key = ks_p11_key(r->p11, r->path, uri, sk_X509_value(kf->certs, 0), r->err)) ==
	    NULL)
		goto fail;
	kf->key_at = uri;
	return 0;
fail:
	x_free(uri);
	return -1;
}

/* The sibling NAME.key of NAME.pem/NAME.crt. Returns 0 (none, or loaded
 * into kf) or -1 (refused, err set). */
static int sibling_key(const struct kf_read *r, struct keyfile *kf)
{
	const char *dot = strrchr(r->path, '.');
	size_t stem = dot != NULL ? (size_t)(dot - r->path) : strlen(r->path);
	char *kpath = xmalloc(stem + 5);
	STACK_OF(X509) *none = sk_X509_new_null();
	struct kf_read kr = *r;
	struct kf_buf f;
	int rc = 0;

	if (none == NULL)
		msg_panic("out of memory");
	memcpy(kpath, r->path, stem);
	memcpy(kpath + stem, ".key", 5);
	if (buf_read(kpath, &f) != 0) {
		if (errno != ENOENT) {
			cm_err_set(r->err, "cannot read key file %s: %s; %s skipped", kpath,
			           strerror(errno), r->path);
			rc = -1;
		}
		goto out;
	}
	kr.path = kpath;
	kr.f = &f;
	rc = pem_parse(&kr, none, &kf->key);
	if (rc == 0)
		rc = token_key(&kr, kf);
	if (rc == 0 && kf->key == NULL) {
		cm_err_set(r->err, "key file %s holds no private key; %s skipped", kpath, r->path);
		rc = -1;
	}
	if (rc == 0 && kf->key_at == NULL)
		kf->key_at = xstrdup(kpath);
	buf_release(&f);
out:
	sk_X509_pop_free(none, X509_free);
	x_free(kpath);
	return rc;
}

static int read_pem(const struct kf_read *r, struct keyfile *kf)
{
	if (pem_parse(r, kf->certs, &kf->key) != 0)
		return KF_REFUSED;
	if (sk_X509_num(kf->certs) == 0) {
		cm_err_set(r->err, "%s holds no certificate; skipped", r->path);
		return KF_SKIPPED;
	}
	if (token_key(r, kf) != 0)
		return KF_REFUSED;
	if (kf->key == NULL && sibling_key(r, kf) != 0)
		return KF_REFUSED;
	if (kf->key != NULL && kf->key_at == NULL)
		kf->key_at = xstrdup(r->path);
	return KF_OK;
}

static int read_p12(const struct kf_read *r, const char *pass, const char *passfile,
                    struct keyfile *kf)
{
	const unsigned char *p = (const unsigned char *)r->f->buf;
	PKCS12 *p12 = NULL;
	X509 *cert = NULL;
	STACK_OF(X509) *ca = NULL;
	int rc = KF_REFUSED;

	if (!keyfile_safe("PKCS#12 file", r->path, r->f->uid, r->f->mode, true, r->owners, r->err))
		return KF_REFUSED;
	p12 = d2i_PKCS12(NULL, &p, (long)r->f->len);
	if (p12 == NULL) {
		cm_err_set(r->err, "%s is not a PKCS#12 file; skipped", r->path);
		goto out;
	}
	if (PKCS12_parse(p12, pass, &kf->key, &cert, &ca) != 1) {
		cm_err_set(r->err, "cannot open PKCS#12 file %s (wrong password in %s?); skipped",
		           r->path,
		           passfile != NULL ? passfile : "no keystore.pkcs12_password_file");
		goto out;
	}
	if (cert != NULL && sk_X509_push(kf->certs, cert) <= 0)
		msg_panic("out of memory");
	cert = NULL;
	while (sk_X509_num(ca) > 0)
		if (sk_X509_push(kf->certs, sk_X509_shift(ca)) <= 0)
			msg_panic("out of memory");
	rc = KF_OK;
	if (kf->key != NULL)
		kf->key_at = xstrdup(r->path);
	if (sk_X509_num(kf->certs) == 0) {
		cm_err_set(r->err, "%s holds no certificate; skipped", r->path);
		rc = KF_SKIPPED;
	}
out:
	X509_free(cert);
	sk_X509_pop_free(ca, X509_free);
	PKCS12_free(p12);
	ERR_clear_error();
	return rc;
}

int keyfile_read(const char *path, const struct kf_opts *opts, struct keyfile *kf, cm_err *err)
{
	const char *slash = strrchr(path, '/');
	bool p12 = has_ext(slash != NULL ? slash + 1 : path, p12_exts);
	struct kf_buf f;
	struct kf_read r = {path, &f, opts->owners, opts->p11, err};
	int rc;

	kf->key = NULL;
	kf->key_at = NULL;
	if ((kf->certs = sk_X509_new_null()) == NULL)
		msg_panic("out of memory");
	if (buf_read(path, &f) != 0) {
		cm_err_set(err, "cannot read %s: %s; skipped", path,
		           errno == EINVAL ? "not a regular file" : strerror(errno));
		keyfile_release(kf);
		return KF_REFUSED;
	}
	if (!keyfile_safe(p12 ? "PKCS#12 file" : "certificate file", path, f.uid, f.mode, false,
	                  opts->owners, err))
		rc = KF_REFUSED;
	else if (p12)
		rc = read_p12(&r, opts->p12pass, opts->passfile, kf);
	else
		rc = read_pem(&r, kf);
	buf_release(&f);
	if (rc != KF_OK)
		keyfile_release(kf);
	return rc;
}

void keyfile_release(struct keyfile *kf)
{
	sk_X509_pop_free(kf->certs, X509_free);
	EVP_PKEY_free(kf->key);
	kf->key_at = x_free(kf->key_at);
	kf->certs = NULL;
	kf->key = NULL;
}

int keyfile_secret(const char *what, const char *path, const struct kf_owners *o, char **out,
                   cm_err *err)
{
	struct kf_buf f;
	size_t len;

	*out = NULL;
	if (buf_read(path, &f) != 0) {
		cm_err_set(err, "cannot read %s: %s", path, strerror(errno));
		return -1;
	}
	if (!keyfile_safe(what, path, f.uid, f.mode, true, o, err)) {
		buf_release(&f);
		return -1;
	}
	len = strlen(f.buf);
	if (len > 0 && f.buf[len - 1] == '\n')
		len--;
	if (len > 0 && f.buf[len - 1] == '\r')
		len--;
	*out = xstrndup(f.buf, len);
	buf_release(&f);
	return 0;
}

char *keyfile_secret_free(char *secret)
{
	if (secret != NULL)
		OPENSSL_cleanse(secret, strlen(secret));
	return x_free(secret);
}
