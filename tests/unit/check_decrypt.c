/*
 * check_decrypt.c - unit tests for inbound decryption: cms_decrypt
 * (crypto/cms/cms_dec.c) on EnvelopedData and AuthEnvelopedData made by the
 * openssl command line tool and by cms_encrypt (AES-CBC and AES-GCM; RSA
 * with PKCS#1 v1.5 and OAEP, by issuerAndSerialNumber and by
 * subjectKeyIdentifier; EC P-256 key agreement), which key opened it,
 * recipients that are not ours, tampered and broken input, content spooled
 * to disk; and keystore_decrypt_keys (crypto/cms/keystore.c): superseded and
 * expired key pairs kept for decrypting only.
 */
#include <check.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/cms.h>

#include "cms.h"
#include "testpki.h"
#include "xalloc.h"

#ifndef SRCDIR
#define SRCDIR "."
#endif

/* Every sbuf of these tests spools to disk past this many bytes. */
#define THRESHOLD 16

/* 8-bit bytes, a NUL and CRLF: -binary and our own code must keep them. */
static const char content[] = "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                              "Gr\xc3\xbc\xc3\x9f"
                              "e\r\n\0binary\xff\r\n";
#define CONTENT_LEN (sizeof(content) - 1)

/* A key pair of the test PKI (keys/NAME.pem, keys/NAME.key). */
static struct cm_signer pair(const char *name)
{
	char pem[PATH_MAX], key[PATH_MAX];

	snprintf(pem, sizeof(pem), "keys/%s.pem", name);
	snprintf(key, sizeof(key), "keys/%s.key", name);
	return (struct cm_signer){load_cert(pem), load_key(key), NULL};
}

static void pair_free(struct cm_signer *k)
{
	X509_free(k->cert);
	EVP_PKEY_free(k->key);
}

/* A self-signed EC P-256 key-agreement pair; its certificate written to
 * testpki_tmp/NAME.pem for the openssl tool. */
static struct cm_signer ec_pair(const char *name)
{
	EVP_PKEY *key = testpki_ec("P-256");
	struct tp_cert t = {.subj = "/CN=ec-rcpt@example.net",
	                    .key = key,
	                    .from = -3600,
	                    .to = 86400,
	                    .ku = "critical,keyAgreement",
	                    .san = "email:ec-rcpt@example.net"};
	X509 *x = testpki_issue(&t);
	char path[PATH_MAX];

	snprintf(path, sizeof(path), "%s/%s.pem", testpki_tmp, name);
	testpki_write(path, x, NULL, 0644);
	return (struct cm_signer){x, key, NULL};
}

/* The openssl tool encrypts len bytes of p; args name the cipher and the
 * recipients ("-recip FILE [-keyopt ...]" each). The DER in *der. */
static void cli_encrypt(const char *name, const char *args, const void *p, size_t len,
                        struct buf *der)
{
	char in[PATH_MAX], out[PATH_MAX], *bytes;
	size_t n = 0;

	snprintf(in, sizeof(in), "%s/%s.in", testpki_tmp, name);
	snprintf(out, sizeof(out), "%s/%s.der", testpki_tmp, name);
	write_file(in, p, len);
	ck_assert_msg(run("openssl cms -encrypt -binary -outform DER -in '%s' -out '%s' %s", in,
	                  out, args) == 0,
	              "openssl cms -encrypt %s", args);
	bytes = slurp(out, &n);
	buf_append(der, bytes, n);
	x_free(bytes);
}

/* cms_encrypt of len bytes of p to the n certificates. */
static void own_encrypt(X509 *const *to, size_t n, enum cm_cipher c, bool oaep, const void *p,
                        size_t len, struct buf *der)
{
	struct cms_enc_opts o = {c, oaep};
	struct sbuf *sb = sbuf_of(p, len, THRESHOLD);
	cm_err err = {""};

	ck_assert_msg(cms_encrypt(sb, to, n, &o, buf_append_cb, der, &err) == 0, "%s", err.text);
	sbuf_destroy(sb);
}

/* cms_decrypt of der with the n keys: its result; the content in got
 * (empty unless 0), *used as cms_decrypt left it (99 if untouched). */
static int decrypt(const struct buf *der, const struct cm_signer *keys, size_t n, size_t *used,
                   struct buf *got, cm_err *err)
{
	struct sbuf *in = sbuf_of(der->data, der->len, THRESHOLD);
	struct sbuf *out = sbuf_of("", 0, THRESHOLD);
	cm_err serr = {""};
	int rc;

	*used = 99;
	rc = cms_decrypt(in, keys, n, out, used, err);
	if (rc != 0)
		ck_assert_uint_eq(sbuf_len(out), 0);
	ck_assert_msg(sbuf_slurp(out, got, &serr) == 0, "%s", serr.text);
	sbuf_destroy(out);
	sbuf_destroy(in);
	return rc;
}

/* der opens with keys, key want_used doing it, to exactly len bytes of p. */
static void expect_open(const struct buf *der, const struct cm_signer *keys, size_t n,
                        size_t want_used, const void *p, size_t len)
{
	struct buf got = {0};
	size_t used;
	cm_err err = {""};

	ck_assert_msg(decrypt(der, keys, n, &used, &got, &err) == 0, "%s", err.text);
	ck_assert_uint_eq(used, want_used);
	ck_assert_uint_eq(got.len, len);
	ck_assert(len == 0 || memcmp(got.data, p, len) == 0);
	buf_free(&got);
}

/* der does not open with keys: cms_decrypt returns want with an err that
 * holds what. */
static void expect_fail(const struct buf *der, const struct cm_signer *keys, size_t n, int want,
                        const char *what)
{
	struct buf got = {0};
	size_t used;
	cm_err err = {""};

	ck_assert_int_eq(decrypt(der, keys, n, &used, &got, &err), want);
	ck_assert_uint_eq(used, 99);
	ck_assert_uint_eq(got.len, 0);
	ck_assert_msg(strstr(err.text, what) != NULL, "err \"%s\" lacks \"%s\"", err.text, what);
	buf_free(&got);
}

/* openssl cms -encrypt to alice-enc: AES-256-CBC and AES-128-GCM (RFC
 * 5083), PKCS#1 v1.5 and OAEP, by issuer and serial and by key id. */
START_TEST(test_cli_rsa)
{
	static const char *const ciphers[] = {"-aes-256-cbc", "-aes-128-gcm"};
	static const char *const keyopts[] = {"", "-keyopt rsa_padding_mode:oaep"};
	struct cm_signer k = pair("alice-enc");
	char *cert = pki_path("keys/alice-enc.pem"), args[2 * PATH_MAX], name[32];

	for (size_t c = 0; c < 2; c++)
		for (size_t o = 0; o < 2; o++)
			for (size_t id = 0; id < 2; id++) {
				struct buf der = {0};

				snprintf(args, sizeof(args), "%s %s -recip '%s' %s", ciphers[c],
				         id ? "-keyid" : "", cert, keyopts[o]);
				snprintf(name, sizeof(name), "cli-rsa-%zu%zu%zu", c, o, id);
				cli_encrypt(name, args, content, CONTENT_LEN, &der);
				expect_open(&der, &k, 1, 0, content, CONTENT_LEN);
				buf_free(&der);
			}
	x_free(cert);
	pair_free(&k);
}
END_TEST

/* openssl cms -encrypt to an EC P-256 certificate (key agreement). */
START_TEST(test_cli_ec)
{
	static const char *const ciphers[] = {"-aes-256-cbc", "-aes-128-gcm"};
	struct cm_signer k = ec_pair("ec-cli");
	char args[2 * PATH_MAX], name[32];

	for (size_t c = 0; c < 2; c++)
		for (size_t id = 0; id < 2; id++) {
			struct buf der = {0};

			snprintf(args, sizeof(args), "%s %s -recip '%s/ec-cli.pem'", ciphers[c],
			         id ? "-keyid" : "", testpki_tmp);
			snprintf(name, sizeof(name), "cli-ec-%zu%zu", c, id);
			cli_encrypt(name, args, content, CONTENT_LEN, &der);
			expect_open(&der, &k, 1, 0, content, CONTENT_LEN);
			buf_free(&der);
		}
	pair_free(&k);
}
END_TEST

/* cms_encrypt to an RSA and an EC recipient, every cipher, both paddings:
 * each of the two opens it alone. */
START_TEST(test_own)
{
	static const enum cm_cipher ciphers[] = {CM_CIPHER_AES256_CBC, CM_CIPHER_AES128_CBC,
	                                         CM_CIPHER_AES256_GCM, CM_CIPHER_AES128_GCM};
	struct cm_signer k[2] = {pair("alice-enc"), ec_pair("ec-own")};
	X509 *to[2] = {k[0].cert, k[1].cert};

	for (size_t c = 0; c < 4; c++)
		for (int oaep = 0; oaep < 2; oaep++) {
			struct buf der = {0};

			own_encrypt(to, 2, ciphers[c], oaep, content, CONTENT_LEN, &der);
			expect_open(&der, &k[0], 1, 0, content, CONTENT_LEN);
			expect_open(&der, &k[1], 1, 0, content, CONTENT_LEN);
			expect_open(&der, k, 2, 0, content, CONTENT_LEN);
			buf_free(&der);
		}
	pair_free(&k[0]);
	pair_free(&k[1]);
}
END_TEST

/* Two recipients, bob-v3 and alice-enc; our keys bob-vp (no recipient)
 * and alice-enc: the second opens it. No key of ours named: 1. */
START_TEST(test_which_key)
{
	struct cm_signer k[2] = {pair("bob-vp"), pair("alice-enc")}, bob = pair("bob-v3");
	char *c1 = pki_path("keys/bob-v3.pem"), *c2 = pki_path("keys/alice-enc.pem");
	char args[3 * PATH_MAX];
	struct buf der = {0};

	snprintf(args, sizeof(args), "-aes-256-cbc -recip '%s' -recip '%s'", c1, c2);
	cli_encrypt("two", args, content, CONTENT_LEN, &der);
	expect_open(&der, k, 2, 1, content, CONTENT_LEN);
	expect_open(&der, &bob, 1, 0, content, CONTENT_LEN);
	expect_fail(&der, k, 1, 1, "no RecipientInfo names any of the 1 key");
	expect_fail(&der, k, 0, 1, "no RecipientInfo names");
	buf_free(&der);
	der = (struct buf){0};
	own_encrypt(&bob.cert, 1, CM_CIPHER_AES128_GCM, false, content, CONTENT_LEN, &der);
	expect_fail(&der, k, 2, 1, "no RecipientInfo names any of the 2 keys");
	buf_free(&der);
	x_free(c1);
	x_free(c2);
	pair_free(&k[0]);
	pair_free(&k[1]);
	pair_free(&bob);
}
END_TEST

/* cms_decrypt_for: a message to bob-v3 and alice-enc opens for the sets
 * [bob, alice] and [alice, bob]; with a recipient whose keys it does not
 * name (bob-vp), it returns 1 naming that set, and out stays empty. */
START_TEST(test_decrypt_for)
{
	struct cm_signer bob = pair("bob-v3"), alice = pair("alice-enc"), other = pair("bob-vp");
	char *c1 = pki_path("keys/bob-v3.pem"), *c2 = pki_path("keys/alice-enc.pem");
	char args[3 * PATH_MAX];
	struct buf der = {0}, got = {0};
	struct cm_keyset sets[3][2] = {
	    {{&bob, 1}, {&alice, 1}}, {{&alice, 1}, {&bob, 1}}, {{&alice, 1}, {&other, 1}}};
	const struct cm_keyset wrong_first[2] = {{&other, 1}, {&alice, 1}};

	snprintf(args, sizeof(args), "-aes-256-cbc -recip '%s' -recip '%s'", c1, c2);
	cli_encrypt("for", args, content, CONTENT_LEN, &der);
	for (int i = 0; i < 4; i++) {
		struct sbuf *in = sbuf_of(der.data, der.len, THRESHOLD);
		struct sbuf *out = sbuf_of("", 0, THRESHOLD);
		size_t unnamed = 99;
		cm_err err = {""};
		int rc = cms_decrypt_for(in, i < 3 ? sets[i] : wrong_first, 2, out, &unnamed, &err);

		buf_reset(&got);
		ck_assert_int_eq(sbuf_slurp(out, &got, &err), 0);
		if (i < 2) {
			ck_assert_msg(rc == 0, "set %d: %s", i, err.text);
			ck_assert(got.len == CONTENT_LEN &&
			          memcmp(got.data, content, CONTENT_LEN) == 0);
		} else {
			ck_assert_int_eq(rc, 1);
			ck_assert_uint_eq(unnamed, i == 2 ? 1 : 0);
			ck_assert_uint_eq(got.len, 0);
		}
		sbuf_destroy(out);
		sbuf_destroy(in);
	}
	buf_free(&got);
	buf_free(&der);
	x_free(c1);
	x_free(c2);
	pair_free(&bob);
	pair_free(&alice);
	pair_free(&other);
}
END_TEST

/* Where the contents of the first TLV with this header start in der. */
static size_t find_tlv(const struct buf *der, const unsigned char *hdr, size_t hlen)
{
	for (size_t i = 0; i + hlen <= der->len; i++)
		if (memcmp(der->data + i, hdr, hlen) == 0)
			return i + hlen;
	ck_abort_msg("no such TLV");
	return 0;
}

/* A changed GCM tag or ciphertext fails the authentication; a changed
 * RSA encryptedKey means the named key does not open it. */
START_TEST(test_tampered)
{
	static const unsigned char enckey[] = {0x04, 0x82, 0x01, 0x00}; /* RSA-2048 */
	struct cm_signer k = pair("alice-enc");
	struct buf der = {0};
	size_t at;

	own_encrypt(&k.cert, 1, CM_CIPHER_AES128_GCM, false, content, CONTENT_LEN, &der);
	der.data[der.len - 1] ^= 1; /* the tag: the last field */
	expect_fail(&der, &k, 1, -1, "authentication tag");
	der.data[der.len - 1] ^= 1;
	expect_open(&der, &k, 1, 0, content, CONTENT_LEN);
	der.data[der.len - 30] ^= 0x80; /* the ciphertext, before the 16-byte tag */
	expect_fail(&der, &k, 1, -1, "cannot decrypt the content");
	buf_free(&der);

	for (int oaep = 0; oaep < 2; oaep++) {
		der = (struct buf){0};
		own_encrypt(&k.cert, 1, CM_CIPHER_AES256_CBC, oaep, content, CONTENT_LEN, &der);
		at = find_tlv(&der, enckey, sizeof(enckey));
		der.data[at + 100] ^= 0x55;
		expect_fail(&der, &k, 1, -1, "does not open the RecipientInfo");
		buf_free(&der);
	}
	pair_free(&k);
}
END_TEST

/* Garbage, nothing, a truncated encoding, a SignedData, a certificate: -1
 * with err, no crash (the ASan build runs this too). */
START_TEST(test_broken)
{
	struct cm_signer k = pair("alice-enc");
	char *cert = pki_path("keys/bob-v3.pem"), *key = pki_path("keys/bob-v3.key");
	char in[PATH_MAX], out[PATH_MAX], *bytes;
	struct buf der = {0}, cut = {0}, junk = {0};
	size_t n = 0;

	for (size_t i = 0; i < 1000; i++)
		buf_append(&junk, &(char){(char)(i * 37 + 11)}, 1);
	expect_fail(&junk, &k, 1, -1, "not a CMS ContentInfo");
	expect_fail(&cut, &k, 1, -1, "not a CMS ContentInfo");
	own_encrypt(&k.cert, 1, CM_CIPHER_AES256_CBC, false, content, CONTENT_LEN, &der);
	for (size_t len = 1; len < der.len; len += len < 64 ? 1 : 37) {
		buf_reset(&cut);
		buf_append(&cut, der.data, len);
		expect_fail(&cut, &k, 1, -1, "not a CMS ContentInfo");
	}
	buf_free(&der);
	der = (struct buf){0};

	snprintf(in, sizeof(in), "%s/signed.in", testpki_tmp);
	snprintf(out, sizeof(out), "%s/signed.der", testpki_tmp);
	write_file(in, content, CONTENT_LEN);
	ck_assert_int_eq(run("openssl cms -sign -binary -nodetach -outform DER -in '%s' -out '%s' "
	                     "-signer '%s' -inkey '%s'",
	                     in, out, cert, key),
	                 0);
	bytes = slurp(out, &n);
	buf_append(&der, bytes, n);
	expect_fail(&der, &k, 1, -1,
	            "not an EnvelopedData or AuthEnvelopedData (content type "
	            "pkcs7-signedData)");
	buf_reset(&der);
	x_free(bytes);
	n = (size_t)i2d_X509(k.cert, NULL);
	bytes = xmalloc(n);
	ck_assert_int_eq(i2d_X509(k.cert, &(unsigned char *){(unsigned char *)bytes}), (int)n);
	buf_append(&der, bytes, n);
	expect_fail(&der, &k, 1, -1, "not a CMS ContentInfo");
	x_free(bytes);
	buf_free(&der);
	buf_free(&cut);
	buf_free(&junk);
	x_free(cert);
	x_free(key);
	pair_free(&k);
}
END_TEST

/* Content far past the threshold, and sizes around the block size,
 * through spooled buffers both ways; an empty content too. */
START_TEST(test_spooled)
{
	static const size_t sizes[] = {0, 1, 15, 16, 17, 300000};
	struct cm_signer k[2] = {pair("alice-enc"), ec_pair("ec-big")};
	char args[2 * PATH_MAX], name[32], *cert = pki_path("keys/alice-enc.pem");

	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		unsigned char *text = xmalloc(sizes[i] + 1);
		struct buf der = {0};

		for (size_t b = 0; b < sizes[i]; b++)
			text[b] = (unsigned char)(b * 131 + b / 7);
		own_encrypt(&k[1].cert, 1, CM_CIPHER_AES256_GCM, false, text, sizes[i], &der);
		expect_open(&der, k, 2, 1, text, sizes[i]);
		buf_reset(&der);
		snprintf(args, sizeof(args), "-aes-256-cbc -recip '%s'", cert);
		snprintf(name, sizeof(name), "big-%zu", i);
		cli_encrypt(name, args, text, sizes[i], &der);
		expect_open(&der, k, 2, 0, text, sizes[i]);
		buf_free(&der);
		x_free(text);
	}
	x_free(cert);
	pair_free(&k[0]);
	pair_free(&k[1]);
}
END_TEST

/* The output goes to disk past the threshold: check it went there. */
START_TEST(test_spooled_on_disk)
{
	struct cm_signer k = pair("alice-enc");
	size_t len = 100000;
	unsigned char *text = xmalloc(len);
	struct sbuf *in, *out;
	struct buf der = {0}, got = {0};
	cm_err err = {""};

	memset(text, 'x', len);
	own_encrypt(&k.cert, 1, CM_CIPHER_AES128_CBC, true, text, len, &der);
	in = sbuf_of(der.data, der.len, THRESHOLD);
	out = sbuf_of("", 0, THRESHOLD);
	ck_assert(sbuf_on_disk(in));
	ck_assert_msg(cms_decrypt(in, &k, 1, out, NULL, &err) == 0, "%s", err.text);
	ck_assert(sbuf_on_disk(out));
	ck_assert_int_eq(sbuf_slurp(out, &got, &err), 0);
	ck_assert_uint_eq(got.len, len);
	ck_assert(memcmp(got.data, text, len) == 0);
	buf_free(&got);
	buf_free(&der);
	sbuf_destroy(in);
	sbuf_destroy(out);
	x_free(text);
	pair_free(&k);
}
END_TEST

/* ---- keystore_decrypt_keys ------------------------------------------- */

/* An encryption certificate for addr valid from..to (seconds from now),
 * written with its key (if with_key) to dir/file. */
static X509 *ks_file(const char *dir, const char *file, const char *addr, long from, long to,
                     bool with_key)
{
	EVP_PKEY *key = testpki_rsa(2048);
	char subj[128], san[128], path[PATH_MAX];
	struct tp_cert t = {.subj = subj, .key = key, .from = from, .to = to};
	X509 *x;

	snprintf(subj, sizeof(subj), "/CN=%s", addr);
	snprintf(san, sizeof(san), "email:%s", addr);
	t.ku = "critical,keyEncipherment";
	t.san = san;
	x = testpki_issue(&t);
	snprintf(path, sizeof(path), "%s/%s", dir, file);
	testpki_write(path, x, with_key ? key : NULL, 0600);
	EVP_PKEY_free(key);
	return x;
}

/* old, new and expired encryption certificates for one address: find
 * gives the newest, decrypt_keys all three, newest first; an expired
 * certificate without a key is not kept; an address with only an expired
 * key is for decrypting only. */
START_TEST(test_keystore_decrypt_keys)
{
	const long day = 86400;
	char dir[PATH_MAX];
	const char *dirs[1] = {dir};
	struct ks_opts o = {.directories = dirs, .ndirectories = 1, .min_rsa_bits = 2048};
	struct cm_signer out[4];
	X509 *old, *new, *exp, *gone;
	struct keystore *ks;
	const struct ks_entry *e;
	cm_err err = {""};

	snprintf(dir, sizeof(dir), "%s/ks-dec", testpki_tmp);
	ck_assert_int_eq(mkdir(dir, 0700), 0);
	old = ks_file(dir, "a-old.pem", "Dec@example.com", -200 * day, 200 * day, true);
	new = ks_file(dir, "b-new.pem", "Dec@example.com", -10 * day, 300 * day, true);
	exp = ks_file(dir, "c-expired.pem", "dec@example.com", -400 * day, -day, true);
	gone = ks_file(dir, "d-expired-nokey.pem", "Dec@example.com", -300 * day, -2 * day, false);
	X509_free(ks_file(dir, "e-only-expired.pem", "late@example.com", -90 * day, -day, true));
	o.local_part_ci = true;
	ks = keystore_load(&o, &err);
	ck_assert_msg(ks != NULL, "%s", err.text);
	e = keystore_find(ks, "dec@example.com", CM_CLASS_ENCRYPT);
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(X509_cmp(e->cert, new), 0);
	ck_assert_uint_eq(keystore_count(ks), 1); /* late@ is for decrypting only */
	ck_assert_ptr_null(keystore_find(ks, "late@example.com", CM_CLASS_ENCRYPT));
	ck_assert(keystore_has_class(ks, CM_CLASS_ENCRYPT));

	ck_assert_uint_eq(keystore_decrypt_keys(ks, "DEC@Example.COM", out, 4), 3);
	ck_assert_int_eq(X509_cmp(out[0].cert, new), 0);
	ck_assert_int_eq(X509_cmp(out[1].cert, old), 0);
	ck_assert_int_eq(X509_cmp(out[2].cert, exp), 0);
	for (int i = 0; i < 3; i++) {
		ck_assert_int_eq(X509_check_private_key(out[i].cert, out[i].key), 1);
		ck_assert_ptr_null(out[i].chain);
	}
	ck_assert_uint_eq(keystore_decrypt_keys(ks, "dec@example.com", out, 1), 3);
	ck_assert_int_eq(X509_cmp(out[0].cert, new), 0);
	ck_assert_uint_eq(keystore_decrypt_keys(ks, "late@example.com", out, 4), 1);
	ck_assert_uint_eq(keystore_decrypt_keys(ks, "nobody@example.com", out, 4), 0);
	ck_assert_uint_eq(keystore_decrypt_keys(ks, "dec@example.org", out, 4), 0);
	ck_assert_uint_eq(keystore_decrypt_keys(NULL, "dec@example.com", out, 4), 0);

	/* mail encrypted to the expired certificate still opens */
	{
		struct buf der = {0};

		own_encrypt(&exp, 1, CM_CIPHER_AES128_GCM, true, content, CONTENT_LEN, &der);
		ck_assert_uint_eq(keystore_decrypt_keys(ks, "dec@example.com", out, 4), 3);
		expect_open(&der, out, 3, 2, content, CONTENT_LEN);
		buf_free(&der);
	}
	keystore_free(ks);

	/* local parts compared exactly: Dec@ and dec@ are two addresses */
	o.local_part_ci = false;
	ks = keystore_load(&o, &err);
	ck_assert_msg(ks != NULL, "%s", err.text);
	ck_assert_uint_eq(keystore_decrypt_keys(ks, "Dec@EXAMPLE.com", out, 4), 2);
	ck_assert_uint_eq(keystore_decrypt_keys(ks, "dec@example.com", out, 4), 1);
	ck_assert_int_eq(X509_cmp(out[0].cert, exp), 0);
	keystore_free(ks);
	X509_free(old);
	X509_free(new);
	X509_free(exp);
	X509_free(gone);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("decrypt");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	if (testpki_setup(SRCDIR, "check_decrypt") != 0)
		return 1;
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_cli_rsa);
	tcase_add_test(tc, test_cli_ec);
	tcase_add_test(tc, test_own);
	tcase_add_test(tc, test_which_key);
	tcase_add_test(tc, test_decrypt_for);
	tcase_add_test(tc, test_tampered);
	tcase_add_test(tc, test_broken);
	tcase_add_test(tc, test_spooled);
	tcase_add_test(tc, test_spooled_on_disk);
	tcase_add_test(tc, test_keystore_decrypt_keys);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	testpki_teardown();
	return failed == 0 ? 0 : 1;
}
