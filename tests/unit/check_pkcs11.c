/*
 * check_pkcs11.c - unit tests for keys in a PKCS#11 token
 * (crypto/cms/keystore_p11.c, p11_wrap.c, certmilter.conf(5)
 * keystore.pkcs11) with a real SoftHSM2 token made in the test's
 * directory: alice's V4 and Vp keys imported as sensitive,
 * non-extractable objects, the keystore's key files holding pkcs11: URIs.
 * The keys load (and give no private value out); eight threads sign with
 * both at once (dual) and every signature verifies; mail encrypted to the
 * Vp certificate opens with the token's key (PKCS#1 v1.5 and OAEP); an EC
 * key alone on the token (its public point from the certificate file)
 * signs and opens mail (ECDH); a URI may be the key part of a PEM file;
 * keystore.pkcs11.token indexes a certificate stored on the token with
 * its key; URIs carrying a PIN, and URIs without a module, are refused;
 * the token lost makes signing fail with the module's error, which
 * cm_pkcs11_failed() notes, and the token back signs again in the same
 * process with the same keystore, eight threads at once (the module
 * re-opened).
 */
#include <check.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/cms.h>
#include <openssl/core_names.h>
#include <openssl/err.h>

#include "cms.h"
#include "sbuf.h"
#include "testpki.h"
#include "xalloc.h"

#ifndef SRCDIR
#define SRCDIR "."
#endif

#define MODULE   "/usr/lib/softhsm/libsofthsm2.so"
#define NTHREADS 8
#define NSIGN    15

static char ksdir[PATH_MAX], pinfile[PATH_MAX];
static const char content[] = "Content-Type: text/plain\r\n\r\nsigned by a token\r\n";

/* The token (SOFTHSM2_CONF names a directory of this run) with alice's V4
 * (id 01) and Vp (id 02) keys; a keystore directory with her certificates
 * and URI key files. 0, or -1 after printing why. */
static int token_setup(void)
{
	char conf[PATH_MAX];
	FILE *fp;
	int rc;

	snprintf(conf, sizeof(conf), "%s/softhsm2.conf", testpki_tmp);
	fp = fopen(conf, "w");
	if (fp == NULL)
		return -1;
	fprintf(fp,
	        "directories.tokendir = %s/tokens\nobjectstore.backend = file\n"
	        "log.level = ERROR\n",
	        testpki_tmp);
	fclose(fp);
	setenv("SOFTHSM2_CONF", conf, 1);
	snprintf(ksdir, sizeof(ksdir), "%s/ks", testpki_tmp);
	snprintf(pinfile, sizeof(pinfile), "%s/pin", testpki_tmp);
	rc = run(
	    "set -e; cd %s; mkdir -m 700 tokens ks; umask 077; echo 1234 >pin;"
	    "softhsm2-util --init-token --free --label cmtest --pin 1234 --so-pin 5678 >/dev/null;"
	    "for k in 01:alice-v4 02:alice-vp; do n=${k#*:};"
	    " openssl pkey -in %s/keys/$n.key -outform DER -out $n.der;"
	    " pkcs11-tool --module %s --token-label cmtest --login --pin 1234 --write-object $n.der"
	    "  --type privkey --id ${k%%:*} --label $n --usage-sign --usage-decrypt --sensitive"
	    "  >/dev/null 2>&1; rm $n.der; cp %s/keys/$n.pem ks/; done;"
	    "echo 'pkcs11:token=cmtest;object=alice-v4;type=private' >ks/alice-v4.key;"
	    "printf '# the Vp key\\npkcs11:token=cmtest;id=%%%%02;type=private\\r\\n' "
	    ">ks/alice-vp.key;"
	    "openssl pkey -in %s/keys/bob-v3.key -outform DER -out b.der;"
	    "openssl x509 -in %s/keys/bob-v3.pem -outform DER -out b.crt;"
	    "for o in 'b.der --type privkey --sensitive' 'b.crt --type cert'; do"
	    " pkcs11-tool --module %s --token-label cmtest --login --pin 1234 --write-object $o"
	    "  --id 03 --label bob-v3 >/dev/null 2>&1; done; rm b.der b.crt",
	    testpki_tmp, testpki_dir, MODULE, testpki_dir, testpki_dir, testpki_dir, MODULE);
	if (rc != 0)
		fprintf(stderr, "check_pkcs11: making the SoftHSM2 token failed (%d)\n", rc);
	return rc == 0 ? 0 : -1;
}

static struct keystore *load_token(const char *dir, const char *module, const char *token,
                                   cm_err *err)
{
	const char *dirs[1] = {dir};
	char roots[PATH_MAX], chain[PATH_MAX];
	struct ks_opts o = {.directories = dirs,
	                    .ndirectories = 1,
	                    .min_rsa_bits = 2048,
	                    .pkcs11_module = module,
	                    .pkcs11_pin_file = module != NULL ? pinfile : NULL,
	                    .pkcs11_token = token};

	snprintf(roots, sizeof(roots), "%s/public-roots.pem", testpki_dir);
	o.public_roots = roots;
	snprintf(chain, sizeof(chain), "%s/chain.pem", testpki_dir);
	o.chain_bundle = chain;
	return keystore_load(&o, err);
}

static struct keystore *load(const char *dir, const char *module, cm_err *err)
{
	return load_token(dir, module, NULL, err);
}

/* Both keys come from the token; -n's key_at names the URI; the key
 * gives no private exponent out. */
START_TEST(test_load)
{
	cm_err err = {""};
	struct keystore *ks = load(ksdir, MODULE, &err);
	const struct ks_entry *v4, *vp;
	BIGNUM *d = NULL;

	ck_assert_msg(ks != NULL, "%s", err.text);
	ck_assert_ptr_null(keystore_refusal(ks, 0));
	v4 = keystore_find(ks, "alice@example.com", CM_CLASS_V4);
	vp = keystore_find(ks, "alice@example.com", CM_CLASS_VP);
	ck_assert_ptr_nonnull(v4);
	ck_assert_ptr_nonnull(vp);
	ck_assert_ptr_nonnull(v4->key);
	ck_assert_str_eq(v4->key_at, "pkcs11:token=cmtest;object=alice-v4;type=private");
	ck_assert_str_eq(vp->key_at, "pkcs11:token=cmtest;id=%02;type=private");
	ck_assert_int_eq(X509_check_private_key(vp->cert, vp->key), 1);
	ck_assert_int_ne(EVP_PKEY_get_bn_param(v4->key, OSSL_PKEY_PARAM_RSA_D, &d), 1);
	BN_free(d);
	ERR_clear_error();
	keystore_free(ks);
}
END_TEST

struct signer_arg {
	const struct keystore *ks;
	int ok;
};

/* NSIGN dual signatures (Vp, V4), each verified. */
static void *sign_loop(void *p)
{
	struct signer_arg *a = p;
	const struct ks_entry *vp = keystore_find(a->ks, "alice@example.com", CM_CLASS_VP);
	const struct ks_entry *v4 = keystore_find(a->ks, "alice@example.com", CM_CLASS_V4);
	struct cm_signer s[2] = {{vp->cert, vp->key, vp->chain}, {v4->cert, v4->key, v4->chain}};

	for (int i = 0; i < NSIGN; i++) {
		struct sbuf *sb = sbuf_of(content, sizeof(content) - 1, 1 << 20);
		cm_err err = {""};
		struct cms_signed *cs = cms_sign_start(sb, s, 2, NULL, NULL, false, NULL, &err);
		unsigned char *der = NULL;
		const unsigned char *p8;
		size_t len = 0;
		CMS_ContentInfo *ci = NULL;
		BIO *in = BIO_new_mem_buf(content, sizeof(content) - 1);

		if (cs != NULL && cms_encode(cs, &der, &len, &err) == 0) {
			p8 = der;
			ci = d2i_CMS_ContentInfo(NULL, &p8, (long)len);
		}
		if (ci != NULL && sk_CMS_SignerInfo_num(CMS_get0_SignerInfos(ci)) == 2 &&
		    CMS_verify(ci, NULL, NULL, in, NULL, CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY) ==
		        1)
			a->ok++;
		else
			fprintf(stderr, "sign %d: %s\n", i, err.text);
		CMS_ContentInfo_free(ci);
		BIO_free(in);
		OPENSSL_free(der);
		cms_signed_free(cs);
		sbuf_destroy(sb);
	}
	ERR_clear_error();
	return NULL;
}

/* NTHREADS threads sign with the token's keys at once. */
START_TEST(test_sign_threads)
{
	cm_err err = {""};
	struct keystore *ks = load(ksdir, MODULE, &err);
	pthread_t t[NTHREADS];
	struct signer_arg a[NTHREADS];

	ck_assert_msg(ks != NULL, "%s", err.text);
	ck_assert_msg(keystore_refusal(ks, 0) == NULL, "%s", keystore_refusal(ks, 0));
	ck_assert_ptr_nonnull(keystore_find(ks, "alice@example.com", CM_CLASS_VP));
	ck_assert_ptr_nonnull(keystore_find(ks, "alice@example.com", CM_CLASS_V4));
	for (int i = 0; i < NTHREADS; i++) {
		a[i] = (struct signer_arg){ks, 0};
		ck_assert_int_eq(pthread_create(&t[i], NULL, sign_loop, &a[i]), 0);
	}
	for (int i = 0; i < NTHREADS; i++) {
		ck_assert_int_eq(pthread_join(t[i], NULL), 0);
		ck_assert_int_eq(a[i].ok, NSIGN);
	}
	keystore_free(ks);
}
END_TEST

static int to_sbuf(void *ctx, const unsigned char *p, size_t len)
{
	cm_err err;

	return sbuf_write(ctx, p, len, &err);
}

/* Mail encrypted to alice's Vp certificate (PKCS#1 v1.5 and OAEP) opens
 * with the token's key. */
START_TEST(test_decrypt)
{
	cm_err err = {""};
	struct keystore *ks = load(ksdir, MODULE, &err);
	struct cm_signer keys[4];
	const struct ks_entry *vp;
	size_t n, used = 99;

	ck_assert_msg(ks != NULL, "%s", err.text);
	vp = keystore_find(ks, "alice@example.com", CM_CLASS_VP);
	n = keystore_decrypt_keys(ks, "alice@example.com", keys, 4);
	ck_assert_uint_eq(n, 2);
	for (int oaep = 0; oaep < 2; oaep++) {
		struct cms_enc_opts eo = {CM_CIPHER_AES256_CBC, oaep == 1};
		struct sbuf *plain = sbuf_of(content, sizeof(content) - 1, 1 << 20);
		struct sbuf *der = sbuf_of("", 0, 1 << 20), *out = sbuf_of("", 0, 1 << 20);
		X509 *rcpt = vp->cert;
		char got[sizeof(content)];

		ck_assert_int_eq(cms_encrypt(plain, &rcpt, 1, &eo, to_sbuf, der, &err), 0);
		ck_assert_msg(cms_decrypt(der, keys, n, out, &used, &err) == 0, "%s", err.text);
		ck_assert_ptr_eq(keys[used].key, vp->key);
		ck_assert_uint_eq(sbuf_len(out), sizeof(content) - 1);
		ck_assert_int_eq(sbuf_read(out, 0, got, sizeof(got), &err),
		                 (ssize_t)sizeof(content) - 1);
		ck_assert_mem_eq(got, content, sizeof(content) - 1);
		sbuf_destroy(plain);
		sbuf_destroy(der);
		sbuf_destroy(out);
	}
	keystore_free(ks);
}
END_TEST

/* An EC P-256 key on the token (ec-dual's, digitalSignature and
 * keyAgreement) without its public point, certificate or public key
 * object there: the certificate file's public key stands in. It signs
 * (ECDSA through the wrapper's sign_sig) and mail encrypted to it (ECDH
 * key agreement) opens. */
START_TEST(test_ec)
{
	char dir[PATH_MAX];
	cm_err err = {""};
	struct keystore *ks;
	const struct ks_entry *e;
	struct cm_signer sg, keys[4];
	struct sbuf *sb = sbuf_of(content, sizeof(content) - 1, 1 << 20);
	struct sbuf *der = sbuf_of("", 0, 1 << 20), *out = sbuf_of("", 0, 1 << 20);
	struct cms_signed *cs;
	struct cms_enc_opts eo = {CM_CIPHER_AES256_CBC, false};
	unsigned char *sig = NULL;
	const unsigned char *p8;
	size_t len = 0, n, used = 99;
	CMS_ContentInfo *ci = NULL;
	BIO *in = BIO_new_mem_buf(content, sizeof(content) - 1);
	X509 *rcpt;

	snprintf(dir, sizeof(dir), "%s/ks-ec", testpki_tmp);
	ck_assert_int_eq(
	    run("set -e; mkdir -m 700 %s; cd %s; umask 077; cp %s/br/ec-dual-vp.pem .;"
	        "openssl pkey -in %s/br/ec-dual-vp.key -outform DER -out k.der;"
	        "pkcs11-tool --module %s --token-label cmtest --login --pin 1234 --write-object "
	        "k.der"
	        " --type privkey --id 06 --label ec-dual --usage-sign --usage-derive --sensitive"
	        " >/dev/null 2>&1; rm k.der;"
	        "echo 'pkcs11:token=cmtest;id=%%06;type=private' >ec-dual-vp.key",
	        dir, dir, testpki_dir, testpki_dir, MODULE),
	    0);
	ks = load(dir, MODULE, &err);
	ck_assert_msg(ks != NULL, "%s", err.text);
	ck_assert_msg(keystore_refusal(ks, 0) == NULL, "%s", keystore_refusal(ks, 0));
	e = keystore_find(ks, "ec-dual@example.com", CM_CLASS_VP);
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(EVP_PKEY_get_base_id(e->key), EVP_PKEY_EC);
	ck_assert_int_eq(X509_check_private_key(e->cert, e->key), 1);
	sg = (struct cm_signer){e->cert, e->key, e->chain};
	cs = cms_sign_start(sb, &sg, 1, NULL, NULL, false, NULL, &err);
	ck_assert_msg(cs != NULL && cms_encode(cs, &sig, &len, &err) == 0, "%s", err.text);
	p8 = sig;
	ci = d2i_CMS_ContentInfo(NULL, &p8, (long)len);
	ck_assert_ptr_nonnull(ci);
	ck_assert_int_eq(
	    CMS_verify(ci, NULL, NULL, in, NULL, CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY), 1);
	rcpt = e->cert;
	n = keystore_decrypt_keys(ks, "ec-dual@example.com", keys, 4);
	ck_assert_uint_eq(n, 1);
	ck_assert_int_eq(cms_encrypt(sb, &rcpt, 1, &eo, to_sbuf, der, &err), 0);
	ck_assert_msg(cms_decrypt(der, keys, n, out, &used, &err) == 0, "%s", err.text);
	ck_assert_uint_eq(used, 0);
	ck_assert_uint_eq(sbuf_len(out), sizeof(content) - 1);
	CMS_ContentInfo_free(ci);
	BIO_free(in);
	OPENSSL_free(sig);
	cms_signed_free(cs);
	sbuf_destroy(sb);
	sbuf_destroy(der);
	sbuf_destroy(out);
	keystore_free(ks);
}
END_TEST

/* The URI may be the key part of the PEM file itself: certificate blocks
 * and, on a line of its own, the URI. */
START_TEST(test_uri_in_pem)
{
	char dir[PATH_MAX];
	cm_err err = {""};
	struct keystore *ks;
	const struct ks_entry *e;

	snprintf(dir, sizeof(dir), "%s/ks-pem", testpki_tmp);
	ck_assert_int_eq(run("mkdir -m 700 %s && (cat %s/alice-v4.pem; echo; echo "
	                     "'  pkcs11:token=cmtest;object=alice-v4;type=private  ') >%s/v4.pem",
	                     dir, ksdir, dir),
	                 0);
	ks = load(dir, MODULE, &err);
	ck_assert_msg(ks != NULL, "%s", err.text);
	ck_assert_msg(keystore_refusal(ks, 0) == NULL, "%s", keystore_refusal(ks, 0));
	e = keystore_find(ks, "alice@example.com", CM_CLASS_V4);
	ck_assert_ptr_nonnull(e);
	ck_assert_ptr_nonnull(e->key);
	ck_assert_str_eq(e->key_at, "pkcs11:token=cmtest;object=alice-v4;type=private");
	keystore_free(ks);
}
END_TEST

/* keystore.pkcs11.token: bob's V3 certificate on the token is indexed with
 * the token's key of its CKA_ID and signs; a token that is not there makes
 * the keystore unusable. */
START_TEST(test_token_index)
{
	char dir[PATH_MAX];
	cm_err err = {""};
	struct keystore *ks;
	const struct ks_entry *e;
	struct sbuf *sb = sbuf_of(content, sizeof(content) - 1, 1 << 20);
	struct cm_signer sg;
	struct cms_signed *cs;

	snprintf(dir, sizeof(dir), "%s/ks-empty", testpki_tmp);
	ck_assert_int_eq(mkdir(dir, 0700), 0);
	ks = load_token(dir, MODULE, "cmtest", &err);
	ck_assert_msg(ks != NULL, "%s", err.text);
	ck_assert_uint_eq(keystore_count(ks), 1);
	e = keystore_find(ks, "bob@example.com", CM_CLASS_V3);
	ck_assert_ptr_nonnull(e);
	ck_assert_ptr_nonnull(e->key);
	ck_assert_str_eq(e->path, "pkcs11:token=cmtest;id=%03;type=cert");
	ck_assert_str_eq(e->key_at, "pkcs11:token=cmtest;id=%03;type=private");
	sg = (struct cm_signer){e->cert, e->key, e->chain};
	cs = cms_sign_start(sb, &sg, 1, NULL, NULL, false, NULL, &err);
	ck_assert_msg(cs != NULL, "%s", err.text);
	cms_signed_free(cs);
	sbuf_destroy(sb);
	keystore_free(ks);
	/* a certificate and key added to the token later: the next load sees them */
	ck_assert_int_eq(
	    run("set -e; cd %s; umask 077; openssl pkey -in %s/keys/dave-v1-new.key -outform DER "
	        "-out d.der; openssl x509 -in %s/keys/dave-v1-new.pem -outform DER -out d.crt;"
	        "for o in 'd.der --type privkey --sensitive' 'd.crt --type cert'; do"
	        " pkcs11-tool --module %s --token-label cmtest --login --pin 1234 --write-object $o"
	        "  --id 04 --label dave-v1 >/dev/null 2>&1; done; rm d.der d.crt",
	        testpki_tmp, testpki_dir, testpki_dir, MODULE),
	    0);
	ks = load_token(dir, MODULE, "cmtest", &err);
	ck_assert_msg(ks != NULL, "%s", err.text);
	ck_assert_uint_eq(keystore_count(ks), 2);
	ck_assert_ptr_nonnull(keystore_find(ks, "dave@example.com", CM_CLASS_V1));
	keystore_free(ks);
	ck_assert_ptr_null(load_token(dir, MODULE, "no-such-token", &err));
	ck_assert_msg(strstr(err.text, "no token labelled \"no-such-token\"") != NULL, "%s",
	              err.text);
}
END_TEST

/* A URI that carries a PIN is refused; so is one without a module; a
 * module without a PIN file fails the load. */
START_TEST(test_refusals)
{
	char dir[PATH_MAX];
	cm_err err = {""};
	struct keystore *ks;

	snprintf(dir, sizeof(dir), "%s/ks-pin", testpki_tmp);
	ck_assert_int_eq(
	    run("mkdir -m 700 %s && cp %s/alice-v4.pem %s/ && echo "
	        "'pkcs11:token=cmtest;object=alice-v4?pin-value=1234' >%s/alice-v4.key",
	        dir, ksdir, dir, dir),
	    0);
	ks = load(dir, MODULE, &err);
	ck_assert_msg(ks != NULL, "%s", err.text);
	ck_assert_ptr_nonnull(keystore_refusal(ks, 0));
	ck_assert_msg(strstr(keystore_refusal(ks, 0), "carries a PIN") != NULL, "%s",
	              keystore_refusal(ks, 0));
	ck_assert_ptr_null(strstr(keystore_refusal(ks, 0), "1234"));
	keystore_free(ks);

	ks = load(ksdir, NULL, &err);
	ck_assert_ptr_nonnull(ks);
	ck_assert_msg(strstr(keystore_refusal(ks, 0), "keystore.pkcs11.module is not set") != NULL,
	              "%s", keystore_refusal(ks, 0));
	keystore_free(ks);

	ck_assert_int_eq(chmod(pinfile, 0640), 0);
	ck_assert_ptr_null(load(ksdir, MODULE, &err));
	ck_assert_msg(strstr(err.text, "keystore.pkcs11.pin_file") != NULL, "%s", err.text);
	ck_assert_int_eq(chmod(pinfile, 0600), 0);
}
END_TEST

/* The token lost (its directory moved away): signing fails with the
 * module's error, which marks the module for re-opening
 * (cm_pkcs11_failed()). The token
 * back: the same keystore, its EVP_PKEYs unchanged, signs again at once
 * in this process (the module re-opened, the keys found anew), with
 * threads signing at once as before, and the mark is gone. */
START_TEST(test_lost_token)
{
	cm_err err = {""};
	struct keystore *ks = load(ksdir, MODULE, &err);
	const struct ks_entry *vp;
	char tokens[PATH_MAX], away[PATH_MAX];
	struct cm_signer sg;
	struct sbuf *sb = sbuf_of(content, sizeof(content) - 1, 1 << 20);
	struct cms_signed *cs;
	pthread_t t[NTHREADS];
	struct signer_arg a[NTHREADS];

	ck_assert_msg(ks != NULL, "%s", err.text);
	vp = keystore_find(ks, "alice@example.com", CM_CLASS_VP);
	ck_assert_ptr_nonnull(vp);
	sg = (struct cm_signer){vp->cert, vp->key, vp->chain};
	ck_assert(!cm_pkcs11_failed());
	snprintf(tokens, sizeof(tokens), "%s/tokens", testpki_tmp);
	snprintf(away, sizeof(away), "%s/tokens.away", testpki_tmp);
	ck_assert_int_eq(rename(tokens, away), 0);
	cs = cms_sign_start(sb, &sg, 1, NULL, NULL, false, NULL, &err);
	ck_assert_int_eq(rename(away, tokens), 0);
	ck_assert_ptr_null(cs);
	ck_assert_msg(strstr(err.text, "PKCS#11 module") != NULL, "%s", err.text);
	ck_assert(cm_pkcs11_failed());
	for (int i = 0; i < NTHREADS; i++) {
		a[i] = (struct signer_arg){ks, 0};
		ck_assert_int_eq(pthread_create(&t[i], NULL, sign_loop, &a[i]), 0);
	}
	for (int i = 0; i < NTHREADS; i++) {
		ck_assert_int_eq(pthread_join(t[i], NULL), 0);
		ck_assert_int_eq(a[i].ok, NSIGN);
	}
	ck_assert(!cm_pkcs11_failed());
	sbuf_destroy(sb);
	keystore_free(ks);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("pkcs11");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	if (access(MODULE, R_OK) != 0) {
		printf("SKIP: check_pkcs11: no SoftHSM2 module %s (install softhsm2, opensc)\n",
		       MODULE);
		return 77;
	}
	if (testpki_setup(SRCDIR, "check_pkcs11") != 0 || token_setup() != 0)
		return 1;
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_load);
	tcase_add_test(tc, test_sign_threads);
	tcase_add_test(tc, test_decrypt);
	tcase_add_test(tc, test_ec);
	tcase_add_test(tc, test_uri_in_pem);
	tcase_add_test(tc, test_token_index);
	tcase_add_test(tc, test_refusals);
	tcase_add_test(tc, test_lost_token);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	testpki_teardown();
	return failed == 0 ? 0 : 1;
}
