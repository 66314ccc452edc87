/*
 * check_cms.c - unit tests for CMS signing (crypto/cms/cms.c) and the DER
 * walker that puts the SignerInfos in order (crypto/cms/der.c).
 *
 * Signatures made with the test PKI (testpki.h) are checked independently
 * with the openssl command line tool: cms -verify, asn1parse and
 * cms -cmsout -print.
 */
#define _GNU_SOURCE /* memmem, strcasestr */
#include <check.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pem.h>

#include "cms.h"
#include "log.h"
#include "testpki.h"
#include "xalloc.h"

#ifndef SRCDIR
#define SRCDIR "."
#endif

/* ---- CMS signing --------------------------------------------------------- */

static const char message[] = "Content-Type: text/plain; charset=us-ascii\r\n"
                              "Content-Transfer-Encoding: 7bit\r\n\r\n"
                              "Hello Bob,\r\nthe numbers are attached.\r\n";

struct fixture {
	X509 *v4, *vp, *enc;
	EVP_PKEY *v4key, *vpkey;
	STACK_OF(X509) *org_chain, *pub_chain;
};

/* The content is spooled to a file past this many bytes. */
static size_t threshold = 1 << 20;

/* Sign and encode in one go (with a digest computed beforehand, pre, if
 * not NULL): what protect.c does without timestamps. */
static int cms_sign_pre(const unsigned char *data, size_t len, const struct cm_signer *signers,
                        size_t nsigners, X509 *enc_pref, const char *digest, bool opaque,
                        const struct cms_hash *pre, unsigned char **der, size_t *derlen,
                        cm_err *err)
{
	struct sbuf *content = sbuf_of(data, len, threshold);
	struct cms_signed *s =
	    cms_sign_start(content, signers, nsigners, enc_pref, digest, opaque, pre, err);
	int rc = -1;

	*der = NULL;
	*derlen = 0;
	if (s != NULL)
		rc = cms_encode(s, der, derlen, err);
	cms_signed_free(s);
	sbuf_destroy(content);
	return rc;
}

static int cms_sign(const unsigned char *data, size_t len, const struct cm_signer *signers,
                    size_t nsigners, X509 *enc_pref, const char *digest, bool opaque,
                    unsigned char **der, size_t *derlen, cm_err *err)
{
	return cms_sign_pre(data, len, signers, nsigners, enc_pref, digest, opaque, NULL, der,
	                    derlen, err);
}

static void fixture_load(struct fixture *f)
{
	f->v4 = load_cert("keys/alice-v4.pem");
	f->vp = load_cert("keys/alice-vp.pem");
	f->enc = load_cert("keys/alice-enc.pem");
	f->v4key = load_key("keys/alice-v4.key");
	f->vpkey = load_key("keys/alice-vp.key");
	f->org_chain = load_certs("org-ca.pem");
	f->pub_chain = load_certs("public-ca.pem");
}

static void fixture_free(struct fixture *f)
{
	X509_free(f->v4);
	X509_free(f->vp);
	X509_free(f->enc);
	EVP_PKEY_free(f->v4key);
	EVP_PKEY_free(f->vpkey);
	sk_X509_pop_free(f->org_chain, X509_free);
	sk_X509_pop_free(f->pub_chain, X509_free);
}

/* Write der and data to testpki_tmp/NAME.der and NAME.dat; 0 if openssl
 * verifies the detached signature against all roots. */
static int verify_detached(const char *name, const unsigned char *der, size_t derlen,
                           const void *data, size_t len)
{
	char d[PATH_MAX], c[PATH_MAX], *roots = pki_path("all-roots.pem");
	int rc;

	snprintf(d, sizeof(d), "%s/%s.der", testpki_tmp, name);
	snprintf(c, sizeof(c), "%s/%s.dat", testpki_tmp, name);
	write_file(d, der, derlen);
	write_file(c, data, len);
	rc = run("openssl cms -verify -binary -inform DER -in '%s' -content '%s' "
	         "-CAfile '%s' -out /dev/null 2>/dev/null",
	         d, c, roots);
	x_free(roots);
	return rc;
}

/* The output of an openssl command run on testpki_tmp/NAME.der. */
static char *openssl_text(const char *name, const char *args)
{
	char d[PATH_MAX], o[PATH_MAX];

	snprintf(d, sizeof(d), "%s/%s.der", testpki_tmp, name);
	snprintf(o, sizeof(o), "%s/%s.txt", testpki_tmp, name);
	ck_assert_int_eq(run("openssl %s -inform DER -in '%s' > '%s'", args, d, o), 0);
	return slurp(o, NULL);
}

static bool contains_ci(const char *hay, const char *needle)
{
	return strcasestr(hay, needle) != NULL;
}

/* [0] IMPLICIT IssuerAndSerialNumber of cert, built independently. */
static unsigned char *enc_pref_value(X509 *cert, size_t *len)
{
	unsigned char *name = NULL, *serial = NULL, *out;
	int nlen = i2d_X509_NAME(X509_get_issuer_name(cert), &name);
	int slen = i2d_ASN1_INTEGER(X509_get0_serialNumber(cert), &serial);
	size_t body = (size_t)nlen + (size_t)slen, h = 0;

	ck_assert(nlen > 0 && slen > 0 && body < 0x10000);
	out = xmalloc(body + 4);
	out[h++] = 0xa0;
	if (body >= 0x100)
		out[h++] = 0x82, out[h++] = (unsigned char)(body >> 8);
	else if (body >= 0x80)
		out[h++] = 0x81;
	out[h++] = (unsigned char)body;
	memcpy(out + h, name, (size_t)nlen);
	memcpy(out + h + nlen, serial, (size_t)slen);
	*len = h + body;
	OPENSSL_free(name);
	OPENSSL_free(serial);
	return out;
}

static CMS_ContentInfo *parse_der(const unsigned char *der, size_t len)
{
	const unsigned char *p = der;
	CMS_ContentInfo *cms = d2i_CMS_ContentInfo(NULL, &p, (long)len);

	ck_assert_ptr_nonnull(cms);
	return cms;
}

START_TEST(test_cms_sign_one)
{
	struct fixture f;
	struct cm_signer s;
	unsigned char *der = NULL, *pref;
	size_t derlen, preflen, len = strlen(message);
	char *asn, *tampered = xstrdup(message);
	cm_err err = {""};
	CMS_ContentInfo *cms;
	STACK_OF(X509) *certs;
	X509 *root = load_cert("org-root.pem");

	fixture_load(&f);
	s = (struct cm_signer){f.v4, f.v4key, f.org_chain};
	ck_assert_msg(cms_sign((const unsigned char *)message, len, &s, 1, f.enc, "sha256", false,
	                       &der, &derlen, &err) == 0,
	              "%s", err.text);
	ck_assert_int_eq(verify_detached("one", der, derlen, message, len), 0);
	tampered[len - 5] ^= 0x01;
	ck_assert_int_ne(verify_detached("one-bad", der, derlen, tampered, len), 0);

	asn = openssl_text("one", "asn1parse");
	ck_assert(contains_ci(asn, ":S/MIME Capabilities"));
	ck_assert(contains_ci(asn, ":aes-256-cbc"));
	ck_assert(contains_ci(asn, ":aes-128-cbc"));
	ck_assert(!contains_ci(asn, "des-") && !contains_ci(asn, ":des") &&
	          !contains_ci(asn, "rc2"));
	ck_assert(contains_ci(asn, "signingCertificateV2"));
	ck_assert(contains_ci(asn, "encrypKeyPref"));
	ck_assert(contains_ci(asn, ":sha256\n"));
	ck_assert(contains_ci(asn, ":signingTime") && contains_ci(asn, ":messageDigest"));

	pref = enc_pref_value(f.enc, &preflen);
	ck_assert_ptr_nonnull(memmem(der, derlen, pref, preflen));
	cms = parse_der(der, derlen);
	ck_assert_int_eq(CMS_is_detached(cms), 1);
	certs = CMS_get1_certs(cms);
	ck_assert(chain_has(certs, f.v4) && chain_has(certs, f.enc));
	ck_assert(chain_has(certs, sk_X509_value(f.org_chain, 0)));
	ck_assert(!chain_has(certs, root));

	sk_X509_pop_free(certs, X509_free);
	CMS_ContentInfo_free(cms);
	OPENSSL_free(der);
	x_free(pref);
	x_free(asn);
	x_free(tampered);
	X509_free(root);
	fixture_free(&f);
}
END_TEST

/* A hash of message[0..len) fed in slices of 1, 7 and the rest bytes. */
static struct cms_hash *hash_sliced(const char *digest, size_t len)
{
	cm_err err = {""};
	struct cms_hash *h = cms_hash_new(digest, &err);

	ck_assert_msg(h != NULL, "%s", err.text);
	cms_hash_update(h, message, 1);
	cms_hash_update(h, message + 1, 7);
	cms_hash_update(h, message + 8, len - 8);
	ck_assert_uint_eq(cms_hash_bytes(h), len);
	return h;
}

/* The digest computed while the content streamed in gives the same
 * SignedData, byte for byte, as hashing the content at signing time; a
 * hash of other bytes or another algorithm is not taken. */
START_TEST(test_cms_prehashed)
{
	struct fixture f;
	struct cm_signer s[2];
	unsigned char *der1 = NULL, *der2 = NULL;
	size_t len1 = 0, len2 = 0, len = strlen(message);
	struct cms_hash *h = hash_sliced("sha256", len);
	cm_err err = {""};
	char *text, *sd;

	fixture_load(&f);
	s[0] = (struct cm_signer){f.vp, f.vpkey, f.pub_chain};
	s[1] = (struct cm_signer){f.v4, f.v4key, f.org_chain};
	for (int tries = 0; tries < 3; tries++) { /* signingTime: both in one second */
		time_t t0 = time(NULL);

		OPENSSL_free(der1);
		OPENSSL_free(der2);
		ck_assert_msg(cms_sign_pre((const unsigned char *)message, len, s, 2, NULL, NULL,
		                           false, NULL, &der1, &len1, &err) == 0 &&
		                  cms_sign_pre((const unsigned char *)message, len, s, 2, NULL,
		                               NULL, false, h, &der2, &len2, &err) == 0,
		              "%s", err.text);
		if (time(NULL) == t0)
			break;
	}
	ck_assert_uint_eq(len1, len2);
	ck_assert_int_eq(memcmp(der1, der2, len1), 0);
	ck_assert_int_eq(verify_detached("prehashed", der2, len2, message, len), 0);
	text = openssl_text("prehashed", "cms -cmsout -print");
	sd = strstr(text, "d.signedData:");
	ck_assert_ptr_nonnull(sd);
	ck_assert_ptr_nonnull(strstr(sd, "version: 1")); /* as CMS_final sets it */
	ck_assert(strstr(sd, "version: 1") < strstr(sd, "digestAlgorithms"));
	ck_assert_int_eq(verify_detached("prehashed", der2, len2, message, len), 0);
	x_free(text);
	OPENSSL_free(der2);
	cms_hash_free(h);

	h = hash_sliced("sha256", len - 1); /* not the whole content: hashed again */
	ck_assert_int_eq(cms_sign_pre((const unsigned char *)message, len, s, 2, NULL, NULL, false,
	                              h, &der2, &len2, &err),
	                 0);
	ck_assert_int_eq(verify_detached("prehashed-short", der2, len2, message, len), 0);
	OPENSSL_free(der2);
	cms_hash_free(h);
	h = hash_sliced("sha384", len); /* another algorithm: hashed again */
	ck_assert_int_eq(cms_sign_pre((const unsigned char *)message, len, s, 2, NULL, "sha256",
	                              false, h, &der2, &len2, &err),
	                 0);
	ck_assert_int_eq(verify_detached("prehashed-384", der2, len2, message, len), 0);
	ck_assert_ptr_null(cms_hash_new("md5", &err));
	ck_assert_ptr_nonnull(strstr(err.text, "md5"));
	OPENSSL_free(der1);
	OPENSSL_free(der2);
	cms_hash_free(h);
	fixture_free(&f);
}
END_TEST

/* The DER of signer si's signed attribute nid. */
static unsigned char *attr_der(CMS_SignerInfo *si, int nid, int *len)
{
	X509_ATTRIBUTE *a = CMS_signed_get_attr(si, CMS_signed_get_attr_by_NID(si, nid, -1));
	unsigned char *der = NULL;

	ck_assert_ptr_nonnull(a);
	*len = i2d_X509_ATTRIBUTE(a, &der);
	ck_assert_int_gt(*len, 0);
	return der;
}

/* The ESS signingCertificateV2 certmilter adds (made once per certificate
 * and digest, then kept) is the one OpenSSL's CMS_CADES adds, for each
 * digest, also when one certificate is used with one digest after another. */
START_TEST(test_cms_ess_as_cades)
{
	static const char *const digests[] = {"sha256", "sha512", "sha256", "sha384"};
	struct fixture f;
	struct cm_signer s;
	cm_err err = {""};

	fixture_load(&f);
	s = (struct cm_signer){f.v4, f.v4key, f.org_chain};
	for (size_t i = 0; i < sizeof(digests) / sizeof(digests[0]); i++) {
		CMS_ContentInfo *ref = CMS_sign(NULL, NULL, NULL, NULL,
		                                CMS_PARTIAL | CMS_DETACHED | CMS_BINARY),
		                *ours;
		CMS_SignerInfo *rsi =
		    CMS_add1_signer(ref, f.v4, f.v4key, EVP_get_digestbyname(digests[i]),
		                    CMS_CADES | CMS_NOSMIMECAP | CMS_BINARY);
		unsigned char *der = NULL, *a, *b;
		size_t derlen;
		int alen, blen;

		ck_assert_ptr_nonnull(rsi);
		ck_assert_msg(cms_sign((const unsigned char *)message, strlen(message), &s, 1, NULL,
		                       digests[i], false, &der, &derlen, &err) == 0,
		              "%s", err.text);
		ours = parse_der(der, derlen);
		a = attr_der(rsi, NID_id_smime_aa_signingCertificateV2, &alen);
		b = attr_der(sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(ours), 0),
		             NID_id_smime_aa_signingCertificateV2, &blen);
		ck_assert_msg(alen == blen && memcmp(a, b, (size_t)alen) == 0, "%s: ESS differs",
		              digests[i]);
		OPENSSL_free(a);
		OPENSSL_free(b);
		OPENSSL_free(der);
		CMS_ContentInfo_free(ours);
		CMS_ContentInfo_free(ref);
	}
	fixture_free(&f);
}
END_TEST

/* Sign with [a, b]; the first SignerInfo must be a's in every reading. */
static void check_order(struct fixture *f, bool vp_first)
{
	struct cm_signer v4 = {f->v4, f->v4key, f->org_chain};
	struct cm_signer vp = {f->vp, f->vpkey, f->pub_chain};
	struct cm_signer s[2] = {vp_first ? vp : v4, vp_first ? v4 : vp};
	const char *name = vp_first ? "vp-v4" : "v4-vp";
	unsigned char *der = NULL;
	size_t derlen, len = strlen(message);
	cm_err err = {""};
	char *text, *sis, *pub, *org;
	CMS_ContentInfo *cms;
	STACK_OF(CMS_SignerInfo) *infos;

	ck_assert_msg(cms_sign((const unsigned char *)message, len, s, 2, f->enc, NULL, false, &der,
	                       &derlen, &err) == 0,
	              "%s", err.text);
	ck_assert_int_eq(verify_detached(name, der, derlen, message, len), 0);
	text = openssl_text(name, "cms -cmsout -print");
	sis = strstr(text, "signerInfos:");
	ck_assert_ptr_nonnull(sis);
	pub = strstr(sis, "CN=Demo Public Email CA");
	org = strstr(sis, "CN=Example Org Issuing CA");
	ck_assert(pub != NULL && org != NULL);
	ck_assert_msg(vp_first ? pub < org : org < pub, "%s: wrong first signer", name);

	cms = parse_der(der, derlen);
	infos = CMS_get0_SignerInfos(cms);
	ck_assert_int_eq(sk_CMS_SignerInfo_num(infos), 2);
	ck_assert_int_eq(CMS_SignerInfo_cert_cmp(sk_CMS_SignerInfo_value(infos, 0), s[0].cert), 0);
	ck_assert_int_eq(CMS_SignerInfo_cert_cmp(sk_CMS_SignerInfo_value(infos, 1), s[1].cert), 0);
	CMS_ContentInfo_free(cms);
	OPENSSL_free(der);
	x_free(text);
}

START_TEST(test_cms_signer_order)
{
	struct fixture f;

	fixture_load(&f);
	check_order(&f, true);
	check_order(&f, false);
	fixture_free(&f);
}
END_TEST

/* Signing in steps: a token added to the second signer only makes its
 * SignerInfo the longer one (DER would sort it last anyway, so add it to
 * the first too in a second round); the order stays the caller's, the
 * signatures still verify, and cms_signature() is what was encoded. */
static void check_token(struct fixture *f, size_t stamped)
{
	struct cm_signer s[2] = {{f->vp, f->vpkey, f->pub_chain}, {f->v4, f->v4key, f->org_chain}};
	unsigned char token[3004], *der = NULL;
	size_t derlen, siglen, len = strlen(message);
	const unsigned char *sig;
	cm_err err = {""};
	struct cms_signed *cs;
	struct sbuf *content;
	CMS_ContentInfo *cms;
	STACK_OF(CMS_SignerInfo) *infos;

	/* SEQUENCE { OCTET STRING (2996 bytes) }, independent of cms.c */
	memset(token, 'T', sizeof(token));
	token[0] = 0x30, token[1] = 0x82, token[2] = 0x0b, token[3] = 0xb8;
	token[4] = 0x04, token[5] = 0x82, token[6] = 0x0b, token[7] = 0xb4;
	content = sbuf_of(message, len, threshold);
	cs = cms_sign_start(content, s, 2, NULL, NULL, false, NULL, &err);
	ck_assert_msg(cs != NULL, "%s", err.text);
	ck_assert_int_eq(cms_add_timestamp(cs, stamped, token, sizeof(token), &err), 0);
	ck_assert_int_eq(cms_encode(cs, &der, &derlen, &err), 0);
	ck_assert_int_eq(verify_detached("token", der, derlen, message, len), 0);
	cms = parse_der(der, derlen);
	infos = CMS_get0_SignerInfos(cms);
	for (int i = 0; i < 2; i++) {
		CMS_SignerInfo *si = sk_CMS_SignerInfo_value(infos, i);
		const ASN1_OCTET_STRING *v = CMS_SignerInfo_get0_signature(si);

		ck_assert_int_eq(CMS_SignerInfo_cert_cmp(si, s[i].cert), 0);
		ck_assert_int_eq(CMS_unsigned_get_attr_count(si), (size_t)i == stamped ? 1 : -1);
		sig = cms_signature(cs, (size_t)i, &siglen);
		ck_assert_uint_eq(siglen, (size_t)ASN1_STRING_length(v));
		ck_assert(memcmp(sig, ASN1_STRING_get0_data(v), siglen) == 0);
	}
	ck_assert_int_ge(CMS_unsigned_get_attr_by_NID(sk_CMS_SignerInfo_value(infos, (int)stamped),
	                                              NID_id_smime_aa_timeStampToken, -1),
	                 0);
	CMS_ContentInfo_free(cms);
	OPENSSL_free(der);
	cms_signed_free(cs);
	sbuf_destroy(content);
}

START_TEST(test_cms_unsigned_token)
{
	struct fixture f;

	fixture_load(&f);
	check_token(&f, 0);
	check_token(&f, 1);
	fixture_free(&f);
}
END_TEST

/* An EC (P-256) signer with an RSA one, EC first. */
START_TEST(test_cms_ec_signer)
{
	X509 *ec = load_cert("keys/grace-v2-ec.pem"), *vp = load_cert("keys/bob-vp.pem");
	EVP_PKEY *eckey = load_key("keys/grace-v2-ec.key"), *vpkey = load_key("keys/bob-vp.key");
	STACK_OF(X509) *org = load_certs("org-ca.pem"), *pub = load_certs("public-ca.pem");
	struct cm_signer s[2] = {{ec, eckey, org}, {vp, vpkey, pub}};
	unsigned char *der = NULL;
	size_t derlen, len = strlen(message);
	cm_err err = {""};
	CMS_ContentInfo *cms;

	ck_assert_msg(cms_sign((const unsigned char *)message, len, s, 2, NULL, "sha512", false,
	                       &der, &derlen, &err) == 0,
	              "%s", err.text);
	ck_assert_int_eq(verify_detached("ec", der, derlen, message, len), 0);
	cms = parse_der(der, derlen);
	ck_assert_int_eq(
	    CMS_SignerInfo_cert_cmp(sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms), 0), ec), 0);
	CMS_ContentInfo_free(cms);
	OPENSSL_free(der);
	X509_free(ec);
	X509_free(vp);
	EVP_PKEY_free(eckey);
	EVP_PKEY_free(vpkey);
	sk_X509_pop_free(org, X509_free);
	sk_X509_pop_free(pub, X509_free);
}
END_TEST

START_TEST(test_cms_opaque_and_options)
{
	struct fixture f;
	struct cm_signer s, bad;
	unsigned char *der = NULL;
	size_t derlen, len = strlen(message);
	cm_err err = {""};
	char path[PATH_MAX], *roots = pki_path("all-roots.pem"), *out, *asn;

	fixture_load(&f);
	s = (struct cm_signer){f.vp, f.vpkey, f.pub_chain};
	ck_assert_int_eq(cms_sign((const unsigned char *)message, len, &s, 1, NULL, "sha384", true,
	                          &der, &derlen, &err),
	                 0);
	snprintf(path, sizeof(path), "%s/opaque.der", testpki_tmp);
	write_file(path, der, derlen);
	ck_assert_int_eq(run("openssl cms -verify -binary -inform DER -in '%s' -CAfile '%s' "
	                     "-out '%s.out' 2>/dev/null",
	                     path, roots, path),
	                 0);
	strcat(path, ".out");
	out = slurp(path, NULL);
	ck_assert_str_eq(out, message);
	asn = openssl_text("opaque", "asn1parse");
	ck_assert(contains_ci(asn, ":sha384\n") && !contains_ci(asn, ":sha256\n"));
	ck_assert(!contains_ci(asn, "encrypKeyPref"));
	OPENSSL_free(der);

	ck_assert_int_eq(cms_sign((const unsigned char *)message, len, &s, 1, NULL, "md5", false,
	                          &der, &derlen, &err),
	                 -1);
	ck_assert_ptr_nonnull(strstr(err.text, "md5"));
	ck_assert_ptr_null(der);
	bad = (struct cm_signer){f.v4, f.vpkey, NULL}; /* key of another cert */
	err.text[0] = '\0';
	ck_assert_int_eq(cms_sign((const unsigned char *)message, len, &bad, 1, NULL, NULL, false,
	                          &der, &derlen, &err),
	                 -1);
	ck_assert(err.text[0] != '\0');
	ck_assert_int_eq(cms_sign((const unsigned char *)message, len, &s, 0, NULL, NULL, false,
	                          &der, &derlen, &err),
	                 -1);
	x_free(out);
	x_free(asn);
	x_free(roots);
	fixture_free(&f);
}
END_TEST

/* OpenSSL's own encoder gives back an encoding of the same length, and the
 * same bytes up to the SignerInfos (which DER would sort, and cms.c puts
 * in the caller's order): der is DER, each length right. */
static void assert_reencodes(const unsigned char *der, size_t derlen, size_t content_end)
{
	CMS_ContentInfo *cms = parse_der(der, derlen);
	unsigned char *again = NULL;
	int len = i2d_CMS_ContentInfo(cms, &again);

	ck_assert_int_eq(len, (int)derlen);
	ck_assert(memcmp(again, der, content_end) == 0);
	OPENSSL_free(again);
	CMS_ContentInfo_free(cms);
}

/* Opaque signed-data with a content larger than the spool threshold: the
 * content is streamed into the encoding from a file, through lengths of
 * 1 to 4 bytes, with the SignerInfos in the caller's order. */
START_TEST(test_cms_opaque_spooled)
{
	static const size_t sizes[] = {0, 100, 200, 70000, 300000};
	struct fixture f;
	struct cm_signer s[2];
	char path[PATH_MAX], *roots = pki_path("all-roots.pem"), *out;
	cm_err err = {""};

	fixture_load(&f);
	s[0] = (struct cm_signer){f.vp, f.vpkey, f.pub_chain};
	s[1] = (struct cm_signer){f.v4, f.v4key, f.org_chain};
	threshold = 4096;
	for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
		char *text = xmalloc(sizes[k] + 1);
		unsigned char *der = NULL;
		size_t derlen = 0, outlen = 0;
		CMS_ContentInfo *cms;

		for (size_t i = 0; i < sizes[k]; i++)
			text[i] = i % 77 == 76 ? '\n' : (char)('a' + (i * 7) % 26);
		text[sizes[k]] = '\0';
		ck_assert_msg(cms_sign((const unsigned char *)text, sizes[k], s, 2, NULL, NULL,
		                       true, &der, &derlen, &err) == 0,
		              "%s", err.text);
		assert_reencodes(der, derlen, sizes[k]); /* the content ends later */
		snprintf(path, sizeof(path), "%s/opaque-%zu.der", testpki_tmp, sizes[k]);
		write_file(path, der, derlen);
		ck_assert_int_eq(
		    run("openssl cms -verify -binary -inform DER -in '%s' -CAfile '%s' "
		        "-out '%s.out' 2>/dev/null",
		        path, roots, path),
		    0);
		strcat(path, ".out");
		out = slurp(path, &outlen);
		ck_assert_uint_eq(outlen, sizes[k]);
		ck_assert(memcmp(out, text, outlen) == 0);
		cms = parse_der(der, derlen); /* the caller's order, not DER's */
		ck_assert_int_eq(CMS_SignerInfo_cert_cmp(
		                     sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms), 0), f.vp),
		                 0);
		CMS_ContentInfo_free(cms);
		x_free(out);
		x_free(text);
		OPENSSL_free(der);
	}
	threshold = 1 << 20;
	x_free(roots);
	fixture_free(&f);
}
END_TEST

/* der_splice against encodings built here byte by byte: SEQUENCE {
 * INTEGER, [0] { SEQUENCE { OID, OCTET STRING leaf } }, OCTET STRING }. */
static size_t nested(unsigned char *out, const unsigned char *leaf, size_t leaflen)
{
	static const unsigned char oid[] = {0x06, 0x03, 0x2a, 0x03, 0x04};
	static const unsigned char tail[] = {0x04, 0x02, 'z', 'z'};
	unsigned char l[8], q[8], c[8], t[8];
	size_t ll = der_put_header(0x04, leaflen, l), n = 0;
	size_t seq = sizeof(oid) + ll + leaflen, ql = der_put_header(0x30, seq, q);
	size_t cl = der_put_header(0xa0, ql + seq, c);
	size_t top = 3 + cl + ql + seq + sizeof(tail), tl = der_put_header(0x30, top, t);

	memcpy(out + n, t, tl), n += tl;
	memcpy(out + n, "\x02\x01\x05", 3), n += 3;
	memcpy(out + n, c, cl), n += cl;
	memcpy(out + n, q, ql), n += ql;
	memcpy(out + n, oid, sizeof(oid)), n += sizeof(oid);
	memcpy(out + n, l, ll), n += ll;
	memcpy(out + n, leaf, leaflen), n += leaflen;
	memcpy(out + n, tail, sizeof(tail)), n += sizeof(tail);
	return n;
}

START_TEST(test_der_splice)
{
	static const size_t sizes[] = {0, 5, 127, 128, 255, 256, 65535, 65536, 1 << 24};
	unsigned char marker[32], small[128], *want = xmalloc((1 << 24) + 64);
	unsigned char *leaf = xcalloc(1, 1 << 24);
	size_t smalllen, soff;

	for (size_t i = 0; i < sizeof(marker); i++)
		marker[i] = (unsigned char)(0xc0 + i);
	smalllen = nested(small, marker, sizeof(marker));
	for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
		struct buf prefix = {0};
		size_t wantlen = nested(want, leaf, sizes[k]);

		ck_assert_int_eq(
		    der_splice(small, smalllen, marker, sizeof(marker), sizes[k], &prefix, &soff),
		    0);
		ck_assert_uint_eq(prefix.len + sizes[k] + smalllen - soff, wantlen);
		ck_assert(memcmp(prefix.data, want, prefix.len) == 0);
		ck_assert(memcmp(small + soff, want + prefix.len + sizes[k], smalllen - soff) == 0);
		buf_free(&prefix);
	}
	{ /* the marker twice, or not a whole leaf: refused */
		struct buf prefix = {0};

		ck_assert_int_eq(der_splice(small, smalllen, marker + 1, 8, 10, &prefix, &soff),
		                 -1);
		ck_assert_int_eq(
		    der_splice(small, smalllen, (const unsigned char *)"zz", 2, 10, &prefix, &soff),
		    0); /* the tail's contents are a whole leaf */
		buf_free(&prefix);
	}
	x_free(want);
	x_free(leaf);
}
END_TEST

START_TEST(test_der_walker)
{
	unsigned char hdr[10], bad[] = {0x30, 0x82, 0x01};
	struct der_tlv t;
	static const unsigned char ci[] = {0x30, 0x03, 0x02, 0x01, 0x01}; /* not SignedData */
	unsigned char copy[sizeof(ci)];
	const unsigned char *sig = ci;
	size_t siglen = 1;

	ck_assert_uint_eq(der_put_header(0x31, 0x7f, hdr), 2);
	ck_assert(hdr[0] == 0x31 && hdr[1] == 0x7f);
	ck_assert_uint_eq(der_put_header(0x31, 0x80, hdr), 3);
	ck_assert(hdr[1] == 0x81 && hdr[2] == 0x80);
	ck_assert_uint_eq(der_put_header(0xa0, 0x1234, hdr), 4);
	ck_assert(hdr[0] == 0xa0 && hdr[1] == 0x82 && hdr[2] == 0x12 && hdr[3] == 0x34);
	ck_assert_uint_eq(der_put_header(0x04, 0x10000, NULL), 5);

	ck_assert_int_eq(der_read(hdr, 4, &t), -1); /* length beyond the buffer */
	ck_assert_int_eq(der_read(bad, sizeof(bad), &t), -1);
	ck_assert_int_eq(der_read(ci, sizeof(ci), &t), 0);
	ck_assert(t.tag == 0x30 && t.hdrlen == 2 && t.len == 3);
	memcpy(copy, ci, sizeof(ci));
	ck_assert_int_eq(der_order_signerinfos(copy, sizeof(copy), &sig, &siglen, 1), -1);
	ck_assert_int_eq(memcmp(copy, ci, sizeof(ci)), 0);
}
END_TEST

static Suite *cms_suite(void)
{
	Suite *s = suite_create("cms");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_der_walker);
	tcase_add_test(tc, test_cms_sign_one);
	tcase_add_test(tc, test_cms_prehashed);
	tcase_add_test(tc, test_cms_ess_as_cades);
	tcase_add_test(tc, test_cms_signer_order);
	tcase_add_test(tc, test_cms_unsigned_token);
	tcase_add_test(tc, test_cms_ec_signer);
	tcase_add_test(tc, test_cms_opaque_and_options);
	tcase_add_test(tc, test_cms_opaque_spooled);
	tcase_add_test(tc, test_der_splice);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr;
	int failed;

	if (testpki_setup(SRCDIR, "check_cms") != 0)
		return 1;
	log_init("check_cms", LOG_USER, true);
	sr = srunner_create(cms_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	testpki_teardown();
	return failed == 0 ? 0 : 1;
}
