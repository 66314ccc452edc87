/*
 * keyfile.c - reading one keystore file (see keyfile.h).
 *
 * Files are read whole through one descriptor, so the mode that is checked
 * is the mode of the file that is read. PEM blocks are dispatched by their
 * label: certificates are collected, a private key is taken only if the
 * file is private (mode without group/other read bits) and not encrypted,
 * anything else is ignored. Buffers that held key material are wiped.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>

#include "cms_int.h"
#include "log.h"
#include "xalloc.h"

#define KF_MAX_FILE (4L * 1024 * 1024) /* larger files are not key material */

/* A read file: its bytes (NUL-terminated) and its mode. */
struct kf_buf {
	char *buf;
	size_t len;
	mode_t mode;
};

static void buf_release(struct kf_buf *f)
{
	if (f->buf != NULL)
		OPENSSL_cleanse(f->buf, f->len);
	f->buf = x_free(f->buf);
	f->len = 0;
}

/* Read a regular file; its mode comes from the open descriptor. Returns 0,
 * or -1 with errno set (EFBIG if too large, EINVAL if not a regular file). */
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

/* May a file with this mode hold a private key? Logs the refusal. */
static bool key_mode_ok(const char *path, mode_t mode)
{
	if ((mode & (S_IRGRP | S_IROTH)) == 0)
		return true;
	msg_error("key file %s is readable by others (mode %04o); refused, chmod 600 it", path,
	          (unsigned)mode);
	return false;
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

/* One PEM block: a certificate is pushed to certs, a key stored in *key.
 * Returns 0, or -1 if the file must be refused. */
static int pem_block(const char *path, mode_t mode, const char *name, const char *header,
                     const unsigned char *data, long len, STACK_OF(X509) *certs, EVP_PKEY **key)
{
	const unsigned char *p = data;
	X509 *cert;

	if (strcmp(name, PEM_STRING_X509) == 0 || strcmp(name, PEM_STRING_X509_OLD) == 0) {
		cert = d2i_X509(NULL, &p, len);
		if (cert == NULL || sk_X509_push(certs, cert) <= 0) {
			X509_free(cert);
			msg_error("%s: unreadable certificate; file skipped", path);
			return -1;
		}
		return 0;
	}
	if (strstr(name, "PRIVATE KEY") == NULL)
		return 0; /* parameters and such: not ours */
	if (!key_mode_ok(path, mode))
		return -1;
	if (*key != NULL || strstr(name, "ENCRYPTED") != NULL || strstr(header, "ENCRYPTED")) {
		msg_error("%s: %s; file skipped", path,
		          *key != NULL ? "more than one private key"
		                       : "encrypted private key (protect the file instead)");
		return -1;
	}
	*key = d2i_AutoPrivateKey(NULL, &p, len);
	if (*key == NULL) {
		msg_error("%s: unreadable private key; file skipped", path);
		return -1;
	}
	return 0;
}

/* Parse every PEM block of f. Returns 0 or -1 (refused, logged). */
static int pem_parse(const char *path, const struct kf_buf *f, STACK_OF(X509) *certs,
                     EVP_PKEY **key)
{
	BIO *bio = BIO_new_mem_buf(f->buf, (int)f->len);
	char *name = NULL, *header = NULL;
	unsigned char *data = NULL;
	long len;
	int rc = 0;

	if (bio == NULL)
		msg_panic("out of memory");
	while (rc == 0 && PEM_read_bio(bio, &name, &header, &data, &len) == 1) {
		rc = pem_block(path, f->mode, name, header, data, len, certs, key);
		OPENSSL_free(name);
		OPENSSL_free(header);
		OPENSSL_clear_free(data, (size_t)len);
	}
	BIO_free(bio);
	ERR_clear_error();
	return rc;
}

/* The sibling NAME.key of NAME.pem/NAME.crt. Returns 0 (none, or loaded
 * into *key) or -1 (refused, logged). */
static int sibling_key(const char *path, EVP_PKEY **key)
{
	const char *dot = strrchr(path, '.');
	size_t stem = dot != NULL ? (size_t)(dot - path) : strlen(path);
	char *kpath = xmalloc(stem + 5);
	STACK_OF(X509) *none = sk_X509_new_null();
	struct kf_buf f;
	int rc = 0;

	if (none == NULL)
		msg_panic("out of memory");
	memcpy(kpath, path, stem);
	memcpy(kpath + stem, ".key", 5);
	if (buf_read(kpath, &f) != 0) {
		if (errno != ENOENT) {
			msg_error("cannot read key file %s: %s; %s skipped", kpath, strerror(errno),
			          path);
			rc = -1;
		}
		goto out;
	}
	rc = pem_parse(kpath, &f, none, key);
	if (rc == 0 && *key == NULL) {
		msg_error("key file %s holds no private key; %s skipped", kpath, path);
		rc = -1;
	}
	buf_release(&f);
out:
	sk_X509_pop_free(none, X509_free);
	x_free(kpath);
	return rc;
}

static int read_pem(const char *path, const struct kf_buf *f, struct keyfile *kf)
{
	if (pem_parse(path, f, kf->certs, &kf->key) != 0)
		return -1;
	if (sk_X509_num(kf->certs) == 0) {
		msg_warn("%s holds no certificate; skipped", path);
		return -1;
	}
	if (kf->key == NULL && sibling_key(path, &kf->key) != 0)
		return -1;
	return 0;
}

static int read_p12(const char *path, const struct kf_buf *f, const char *pass,
                    const char *passfile, struct keyfile *kf)
{
	const unsigned char *p = (const unsigned char *)f->buf;
	PKCS12 *p12 = NULL;
	X509 *cert = NULL;
	STACK_OF(X509) *ca = NULL;
	int rc = -1;

	if (!key_mode_ok(path, f->mode))
		return -1;
	p12 = d2i_PKCS12(NULL, &p, (long)f->len);
	if (p12 == NULL) {
		msg_error("%s is not a PKCS#12 file; skipped", path);
		goto out;
	}
	if (PKCS12_parse(p12, pass, &kf->key, &cert, &ca) != 1) {
		msg_error("cannot open PKCS#12 file %s (wrong password in %s?); skipped", path,
		          passfile != NULL ? passfile : "no keystore.pkcs12_password_file");
		goto out;
	}
	if (cert != NULL && sk_X509_push(kf->certs, cert) <= 0)
		msg_panic("out of memory");
	cert = NULL;
	while (sk_X509_num(ca) > 0)
		if (sk_X509_push(kf->certs, sk_X509_shift(ca)) <= 0)
			msg_panic("out of memory");
	if (sk_X509_num(kf->certs) == 0)
		msg_warn("%s holds no certificate; skipped", path);
	else
		rc = 0;
out:
	X509_free(cert);
	sk_X509_pop_free(ca, X509_free);
	PKCS12_free(p12);
	ERR_clear_error();
	return rc;
}

int keyfile_read(const char *path, const char *p12pass, const char *passfile, struct keyfile *kf)
{
	const char *slash = strrchr(path, '/');
	struct kf_buf f;
	int rc;

	kf->key = NULL;
	if ((kf->certs = sk_X509_new_null()) == NULL)
		msg_panic("out of memory");
	if (buf_read(path, &f) != 0) {
		msg_error("cannot read %s: %s; skipped", path,
		          errno == EINVAL ? "not a regular file" : strerror(errno));
		keyfile_release(kf);
		return -1;
	}
	if (has_ext(slash != NULL ? slash + 1 : path, p12_exts))
		rc = read_p12(path, &f, p12pass, passfile, kf);
	else
		rc = read_pem(path, &f, kf);
	buf_release(&f);
	if (rc != 0)
		keyfile_release(kf);
	return rc;
}

void keyfile_release(struct keyfile *kf)
{
	sk_X509_pop_free(kf->certs, X509_free);
	EVP_PKEY_free(kf->key);
	kf->certs = NULL;
	kf->key = NULL;
}

int keyfile_secret(const char *path, char **out, cm_err *err)
{
	struct kf_buf f;
	size_t len;

	*out = NULL;
	if (buf_read(path, &f) != 0) {
		cm_err_set(err, "cannot read %s: %s", path, strerror(errno));
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
