/*
 * check_encrypt.c - unit tests for CMS (Auth)EnvelopedData
 * (crypto/cms/cms_env.c): every output is decrypted with the openssl command
 * line tool by each intended recipient's key, a key that was not a
 * recipient must fail, and the algorithms are read back with
 * openssl cms -cmsout -print.
 */
#define _GNU_SOURCE /* strcasestr */
#include <check.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/cms.h>

#include "cms.h"
#include "testpki.h"
#include "xalloc.h"

#ifndef SRCDIR
#define SRCDIR "."
#endif

static const char entity[] = "Content-Type: multipart/signed; boundary=\"b\"\r\n\r\n"
                             "--b\r\nContent-Type: text/plain\r\n\r\nsecret figures\r\n--b--\r\n";

/* The content is spooled to a file past this many bytes. */
static size_t threshold = 1 << 20;

/* OpenSSL's own encoder gives back the same bytes: the streamed encoding
 * is DER, every length right. */
static void assert_reencodes(const struct buf *der)
{
	const unsigned char *p = der->data;
	CMS_ContentInfo *cms = d2i_CMS_ContentInfo(NULL, &p, (long)der->len);
	unsigned char *again = NULL;
	int len;

	ck_assert_ptr_nonnull(cms);
	len = i2d_CMS_ContentInfo(cms, &again);
	ck_assert_int_eq(len, (int)der->len);
	ck_assert(memcmp(again, der->data, der->len) == 0);
	OPENSSL_free(again);
	CMS_ContentInfo_free(cms);
}

/* Encrypt entity to the certificates (paths under the PKI or absolute). */
static char *encrypt_to(const char *name, const char *const *certs, size_t n,
                        const struct cms_enc_opts *o)
{
	X509 *x[8];
	struct buf der = {0};
	struct sbuf *content = sbuf_of(entity, strlen(entity), threshold);
	cm_err err = {""};
	char *path = xmalloc(PATH_MAX);

	ck_assert(n <= 8);
	for (size_t i = 0; i < n; i++)
		x[i] = load_cert(certs[i]);
	ck_assert_msg(cms_encrypt(content, x, n, o, buf_append_cb, &der, &err) == 0, "%s",
	              err.text);
	assert_reencodes(&der);
	snprintf(path, PATH_MAX, "%s/%s.der", testpki_tmp, name);
	write_file(path, der.data, der.len);
	buf_free(&der);
	sbuf_destroy(content);
	for (size_t i = 0; i < n; i++)
		X509_free(x[i]);
	return path;
}

/* 0 when openssl decrypts der with cert/key to exactly entity. */
static int decrypt_with(const char *der, const char *cert, const char *key)
{
	char out[PATH_MAX], *c = pki_path(cert), *k = pki_path(key), *got;
	size_t len = 0;
	int rc;

	snprintf(out, sizeof(out), "%s.out", der);
	unlink(out);
	rc = run("openssl cms -decrypt -binary -inform DER -in '%s' -recip '%s' -inkey '%s' "
	         "-out '%s' 2>/dev/null",
	         der, c, k, out);
	if (rc == 0) {
		got = slurp(out, &len);
		rc = len == strlen(entity) && memcmp(got, entity, len) == 0 ? 0 : 99;
		x_free(got);
	}
	x_free(c);
	x_free(k);
	return rc;
}

static char *print_of(const char *der)
{
	char out[PATH_MAX];

	snprintf(out, sizeof(out), "%s.txt", der);
	ck_assert_int_eq(run("openssl cms -cmsout -print -inform DER -in '%s' > '%s'", der, out),
	                 0);
	return slurp(out, NULL);
}

static size_t count(const char *hay, const char *needle)
{
	size_t n = 0;

	for (const char *p = hay; (p = strstr(p, needle)) != NULL; p++)
		n++;
	return n;
}

START_TEST(test_rsa_default)
{
	static const char *const to[] = {"keys/alice-enc.pem", "keys/bob-vp.pem",
	                                 "keys/alice-enc.pem"};
	struct cms_enc_opts o = {CM_CIPHER_AES256_CBC, false};
	char *der = encrypt_to("rsa", to, 3, &o), *txt = print_of(der);

	ck_assert_int_eq(decrypt_with(der, "keys/alice-enc.pem", "keys/alice-enc.key"), 0);
	ck_assert_int_eq(decrypt_with(der, "keys/bob-vp.pem", "keys/bob-vp.key"), 0);
	ck_assert_int_ne(decrypt_with(der, "keys/bob-v3.pem", "keys/bob-v3.key"), 0);
	ck_assert_ptr_nonnull(strstr(txt, "aes-256-cbc"));
	ck_assert_ptr_nonnull(strstr(txt, "rsaEncryption"));
	ck_assert_ptr_null(strstr(txt, "rsaesOaep"));
	ck_assert_uint_eq(count(txt, "d.ktri:"), 2); /* the duplicate once */
	x_free(txt);
	x_free(der);
}
END_TEST

START_TEST(test_oaep_aes128)
{
	static const char *const to[] = {"keys/alice-enc.pem"};
	struct cms_enc_opts o = {CM_CIPHER_AES128_CBC, true};
	char *der = encrypt_to("oaep", to, 1, &o), *txt = print_of(der);

	ck_assert_int_eq(decrypt_with(der, "keys/alice-enc.pem", "keys/alice-enc.key"), 0);
	ck_assert_ptr_nonnull(strstr(txt, "rsaesOaep"));
	ck_assert_ptr_nonnull(strstr(txt, "sha256"));
	ck_assert_ptr_nonnull(strstr(txt, "aes-128-cbc"));
	x_free(txt);
	x_free(der);
}
END_TEST

START_TEST(test_gcm_auth_enveloped)
{
	static const char *const to[] = {"keys/alice-enc.pem"};
	struct cms_enc_opts o = {CM_CIPHER_AES256_GCM, false};
	char *der = encrypt_to("gcm", to, 1, &o), *txt = print_of(der);

	ck_assert(cm_cipher_is_aead(o.cipher) && !cm_cipher_is_aead(CM_CIPHER_AES128_CBC));
	ck_assert_int_eq(decrypt_with(der, "keys/alice-enc.pem", "keys/alice-enc.key"), 0);
	ck_assert_ptr_nonnull(strcasestr(txt, "authEnvelopedData"));
	ck_assert_ptr_nonnull(strstr(txt, "aes-256-gcm"));
	x_free(txt);
	x_free(der);
}
END_TEST

/* An EC P-256 key-agreement certificate made here with the openssl tool. */
START_TEST(test_ec_recipient)
{
	char *dir = pki_path("ec-rcpt"), *der, *txt;
	const char *to[2] = {"ec-rcpt/ec.pem", "keys/alice-enc.pem"};
	struct cms_enc_opts o = {CM_CIPHER_AES256_CBC, true}; /* OAEP: RSA only */

	ck_assert_int_eq(run("mkdir -p '%s' && openssl req -x509 -newkey ec -pkeyopt "
	                     "ec_paramgen_curve:P-256 -nodes -keyout '%s/ec.key' -out '%s/ec.pem' "
	                     "-subj /CN=ec@example.net -addext keyUsage=critical,keyAgreement "
	                     "-days 2 2>/dev/null",
	                     dir, dir, dir),
	                 0);
	der = encrypt_to("ec", to, 2, &o);
	txt = print_of(der);
	ck_assert_int_eq(decrypt_with(der, "ec-rcpt/ec.pem", "ec-rcpt/ec.key"), 0);
	ck_assert_int_eq(decrypt_with(der, "keys/alice-enc.pem", "keys/alice-enc.key"), 0);
	ck_assert_ptr_nonnull(strstr(txt, "d.kari:"));
	ck_assert_ptr_nonnull(strstr(txt, "rsaesOaep"));
	x_free(txt);
	x_free(der);
	x_free(dir);
}
END_TEST

/* 2 MB spooled past a 64 KB threshold, CBC and GCM: the encoding is
 * streamed around the ciphertext, and openssl decrypts it to the same
 * bytes. Sizes around the block size check the length computed for the
 * padding. */
START_TEST(test_spooled_large)
{
	static const size_t sizes[] = {15, 16, 17, 2u << 20};
	static const enum cm_cipher ciphers[] = {CM_CIPHER_AES256_CBC, CM_CIPHER_AES128_GCM};
	X509 *x = load_cert("keys/alice-enc.pem");
	char path[PATH_MAX], *c = pki_path("keys/alice-enc.pem"),
	                     *k = pki_path("keys/alice-enc.key");

	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++)
		for (size_t j = 0; j < 2; j++) {
			struct cms_enc_opts o = {ciphers[j], false};
			char *text = xmalloc(sizes[i]), *got;
			struct sbuf *content;
			struct buf der = {0};
			size_t len = 0;
			cm_err err = {""};

			for (size_t b = 0; b < sizes[i]; b++)
				text[b] = (char)(b * 131 + b / 7);
			content = sbuf_of(text, sizes[i], 65536);
			ck_assert(sbuf_on_disk(content) == (sizes[i] > 65536));
			ck_assert_msg(cms_encrypt(content, &x, 1, &o, buf_append_cb, &der, &err) ==
			                  0,
			              "%s", err.text);
			assert_reencodes(&der);
			snprintf(path, sizeof(path), "%s/big-%zu-%zu.der", testpki_tmp, i, j);
			write_file(path, der.data, der.len);
			ck_assert_int_eq(
			    run("openssl cms -decrypt -binary -inform DER -in '%s' -recip "
			        "'%s' -inkey '%s' -out '%s.out' 2>/dev/null",
			        path, c, k, path),
			    0);
			strcat(path, ".out");
			got = slurp(path, &len);
			ck_assert_uint_eq(len, sizes[i]);
			ck_assert(memcmp(got, text, len) == 0);
			x_free(got);
			x_free(text);
			buf_free(&der);
			sbuf_destroy(content);
		}
	X509_free(x);
	x_free(c);
	x_free(k);
}
END_TEST

START_TEST(test_errors)
{
	struct cms_enc_opts o = {CM_CIPHER_AES256_CBC, false};
	struct sbuf *content = sbuf_of(entity, strlen(entity), threshold);
	struct buf der = {0};
	cm_err err = {""};

	ck_assert_int_eq(cms_encrypt(content, NULL, 0, &o, buf_append_cb, &der, &err), -1);
	ck_assert_uint_eq(der.len, 0);
	sbuf_destroy(content);
	ck_assert_ptr_nonnull(strstr(err.text, "0 recipients"));
	ck_assert_str_eq(cm_cipher_name(CM_CIPHER_AES128_GCM), "aes-128-gcm");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("encrypt");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	if (testpki_setup(SRCDIR, "check_encrypt") != 0)
		return 1;
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_rsa_default);
	tcase_add_test(tc, test_oaep_aes128);
	tcase_add_test(tc, test_gcm_auth_enveloped);
	tcase_add_test(tc, test_ec_recipient);
	tcase_add_test(tc, test_errors);
	tcase_add_test(tc, test_spooled_large);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	testpki_teardown();
	return failed == 0 ? 0 : 1;
}
