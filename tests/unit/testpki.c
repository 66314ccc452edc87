/*
 * testpki.c - shared helpers for the unit tests that need the test PKI
 * (see testpki.h).
 */
#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include "testpki.h"
#include "xalloc.h"

char testpki_tmp[256];
char testpki_dir[PATH_MAX];

int testpki_setup(const char *srcdir, const char *prog)
{
	char cmd[3 * PATH_MAX];

	snprintf(testpki_tmp, sizeof(testpki_tmp), "/tmp/%s.XXXXXX", prog);
	if (mkdtemp(testpki_tmp) == NULL) {
		perror("mkdtemp");
		return -1;
	}
	snprintf(testpki_dir, sizeof(testpki_dir), "%s/pki", testpki_tmp);
	snprintf(cmd, sizeof(cmd), "bash '%s/tests/pki/mkpki.sh' '%s' >/dev/null", srcdir,
	         testpki_dir);
	if (system(cmd) != 0) {
		fprintf(stderr, "%s: %s failed\n", prog, cmd);
		return -1;
	}
	return 0;
}

void testpki_teardown(void)
{
	char cmd[PATH_MAX + 16];

	if (testpki_tmp[0] == '\0')
		return;
	if (getenv("TESTPKI_KEEP") != NULL) {
		fprintf(stderr, "TESTPKI_KEEP: kept %s\n", testpki_tmp);
		return;
	}
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", testpki_tmp);
	if (system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", testpki_tmp);
}

char *pki_path(const char *rel)
{
	char *p = xmalloc(strlen(testpki_dir) + strlen(rel) + 2);

	sprintf(p, "%s/%s", testpki_dir, rel);
	return p;
}

X509 *load_cert(const char *rel)
{
	char *path = pki_path(rel);
	FILE *fp = fopen(path, "r");
	X509 *cert;

	ck_assert_msg(fp != NULL, "cannot open %s", path);
	cert = PEM_read_X509(fp, NULL, NULL, NULL);
	ck_assert_msg(cert != NULL, "no certificate in %s", path);
	fclose(fp);
	x_free(path);
	return cert;
}

EVP_PKEY *load_key(const char *rel)
{
	char *path = pki_path(rel);
	FILE *fp = fopen(path, "r");
	EVP_PKEY *key;

	ck_assert_msg(fp != NULL, "cannot open %s", path);
	key = PEM_read_PrivateKey(fp, NULL, NULL, NULL);
	ck_assert_msg(key != NULL, "no key in %s", path);
	fclose(fp);
	x_free(path);
	return key;
}

STACK_OF(X509) *load_certs(const char *rel)
{
	char *path = pki_path(rel);
	FILE *fp = fopen(path, "r");
	STACK_OF(X509) *sk = sk_X509_new_null();
	X509 *c;

	ck_assert_msg(fp != NULL, "cannot open %s", path);
	while ((c = PEM_read_X509(fp, NULL, NULL, NULL)) != NULL)
		sk_X509_push(sk, c);
	ERR_clear_error();
	fclose(fp);
	x_free(path);
	return sk;
}

bool chain_has(STACK_OF(X509) *chain, X509 *cert)
{
	for (int i = 0; i < sk_X509_num(chain); i++)
		if (X509_cmp(sk_X509_value(chain, i), cert) == 0)
			return true;
	return false;
}

bool ends_with(const char *s, const char *tail)
{
	size_t a = strlen(s), b = strlen(tail);

	return a >= b && strcmp(s + a - b, tail) == 0;
}

char *slurp(const char *path, size_t *lenp)
{
	FILE *fp = fopen(path, "rb");
	char *buf = xmalloc(1);
	size_t len = 0, n;
	char chunk[4096];

	ck_assert_msg(fp != NULL, "cannot open %s", path);
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0) {
		buf = xrealloc(buf, len + n + 1);
		memcpy(buf + len, chunk, n);
		len += n;
	}
	buf[len] = '\0';
	fclose(fp);
	if (lenp != NULL)
		*lenp = len;
	return buf;
}

void write_file(const char *path, const void *buf, size_t len)
{
	FILE *fp = fopen(path, "wb");

	ck_assert_ptr_nonnull(fp);
	ck_assert_uint_eq(fwrite(buf, 1, len, fp), len);
	fclose(fp);
}

/* Run a shell command; returns its exit status. */
int run(const char *fmt, ...)
{
	char cmd[4 * PATH_MAX];
	va_list ap;
	int rc;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof(cmd), fmt, ap);
	va_end(ap);
	rc = system(cmd);
	return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

EVP_PKEY *testpki_rsa(int bits)
{
	EVP_PKEY *key = EVP_RSA_gen((unsigned)bits);

	ck_assert_ptr_nonnull(key);
	return key;
}

EVP_PKEY *testpki_ec(const char *curve)
{
	EVP_PKEY *key = EVP_EC_gen(curve);

	ck_assert_msg(key != NULL, "no EC key on %s", curve);
	return key;
}

static X509_NAME *parse_name(const char *subj)
{
	X509_NAME *name = X509_NAME_new();
	char *s = xstrdup(subj), *save = NULL;

	for (char *kv = strtok_r(s, "/", &save); kv != NULL; kv = strtok_r(NULL, "/", &save)) {
		char *eq = strchr(kv, '=');

		ck_assert_ptr_nonnull(eq);
		*eq = '\0';
		ck_assert_int_eq(X509_NAME_add_entry_by_txt(name, kv, MBSTRING_UTF8,
		                                            (unsigned char *)eq + 1, -1, -1, 0),
		                 1);
	}
	x_free(s);
	return name;
}

static void add_ext(X509 *x, X509V3_CTX *ctx, int nid, const char *value)
{
	X509_EXTENSION *ext;

	if (value == NULL)
		return;
	ext = X509V3_EXT_conf_nid(NULL, ctx, nid, value);
	ck_assert_msg(ext != NULL, "extension %s = %s", OBJ_nid2sn(nid), value);
	X509_add_ext(x, ext, -1);
	X509_EXTENSION_free(ext);
}

X509 *testpki_issue(const struct tp_cert *t)
{
	static long serial = 5000;
	X509 *x = X509_new();
	X509_NAME *name = parse_name(t->subj);
	X509V3_CTX ctx;

	X509_set_version(x, 2);
	ASN1_INTEGER_set(X509_get_serialNumber(x), serial++);
	X509_set_subject_name(x, name);
	X509_set_issuer_name(x, t->issuer ? X509_get_subject_name(t->issuer) : name);
	X509_gmtime_adj(X509_getm_notBefore(x), t->from);
	X509_gmtime_adj(X509_getm_notAfter(x), t->to);
	X509_set_pubkey(x, t->key);
	X509V3_set_ctx_nodb(&ctx);
	X509V3_set_ctx(&ctx, t->issuer ? t->issuer : x, x, NULL, NULL, 0);
	add_ext(x, &ctx, NID_basic_constraints, t->bc);
	add_ext(x, &ctx, NID_key_usage, t->ku);
	add_ext(x, &ctx, NID_ext_key_usage, t->eku);
	add_ext(x, &ctx, NID_subject_alt_name, t->san);
	add_ext(x, &ctx, NID_subject_key_identifier, "hash");
	add_ext(x, &ctx, NID_authority_key_identifier, "keyid:always");
	ck_assert_int_gt(X509_sign(x, t->ikey ? t->ikey : t->key, EVP_sha256()), 0);
	X509_NAME_free(name);
	return x;
}

void testpki_write(const char *path, X509 *cert, EVP_PKEY *key, unsigned mode)
{
	FILE *fp = fopen(path, "w");

	ck_assert_msg(fp != NULL, "cannot write %s", path);
	ck_assert_int_eq(PEM_write_X509(fp, cert), 1);
	if (key != NULL)
		ck_assert_int_eq(PEM_write_PrivateKey(fp, key, NULL, NULL, 0, NULL, NULL), 1);
	fclose(fp);
	ck_assert_int_eq(chmod(path, (mode_t)mode), 0);
}

struct sbuf *sbuf_of(const void *p, size_t n, size_t threshold)
{
	struct sbuf_opts o = {testpki_tmp, threshold};
	struct sbuf *sb = sbuf_create(&o);
	cm_err err;

	ck_assert_msg(sbuf_write(sb, p, n, &err) == 0, "%s", err.text);
	return sb;
}
