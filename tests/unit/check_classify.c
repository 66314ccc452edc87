/*
 * check_classify.c - unit tests for certificate classification and the
 * keystore (crypto/cms/classify.c, keystore.c, keyfile.c), and the
 * OpenSSL helpers they read files with (ossl.c).
 *
 * main() builds the test PKI with tests/pki/mkpki.sh into a temporary
 * directory (testpki.h); the expected classes are those of the ladder in
 * classify.h applied to the subjects and usages mkpki.sh writes.
 */
#include <check.h>
#include <fcntl.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include "cms.h"
#include "log.h"
#include "testpki.h"
#include "xalloc.h"

#ifndef SRCDIR
#define SRCDIR "."
#endif

/* ---- helpers ---------------------------------------------------------- */

/* Keystore options with the strings they point to; NULL = unset. */
struct ks_test {
	struct ks_opts o;
	char *dir, *org, *pub, *chain, *pass;
};

static struct ks_test *kt_new(const char *dir, const char *org, const char *pub, const char *chain,
                              const char *pass)
{
	struct ks_test *kt = xcalloc(1, sizeof(*kt));

	kt->dir = dir[0] == '/' ? xstrdup(dir) : pki_path(dir);
	kt->org = org ? pki_path(org) : NULL;
	kt->pub = pub ? pki_path(pub) : NULL;
	kt->chain = chain ? pki_path(chain) : NULL;
	kt->pass = pass ? pki_path(pass) : NULL;
	kt->o = (struct ks_opts){.directories = (const char *const *)&kt->dir,
	                         .ndirectories = 1,
	                         .pkcs12_password_file = kt->pass,
	                         .chain_bundle = kt->chain,
	                         .org_roots = kt->org,
	                         .public_roots = kt->pub,
	                         .min_rsa_bits = 2048, /* the configuration's defaults */
	                         .min_ec_bits = 256};
	return kt;
}

static struct ks_test *kt_full(const char *dir)
{
	return kt_new(dir, "org-roots.pem", "public-roots.pem", "chain.pem", "p12pass");
}

static void kt_free(struct ks_test *kt)
{
	x_free(kt->dir);
	x_free(kt->org);
	x_free(kt->pub);
	x_free(kt->chain);
	x_free(kt->pass);
	x_free(kt);
}

/* Capture what the code under test logs to stderr. */
static int capture_saved = -1;
static char capture_file[PATH_MAX];

static void capture_start(void)
{
	int fd;

	snprintf(capture_file, sizeof(capture_file), "%s/log.XXXXXX", testpki_tmp);
	fd = mkstemp(capture_file);
	ck_assert_int_ge(fd, 0);
	fflush(stderr);
	capture_saved = dup(2);
	dup2(fd, 2);
	close(fd);
}

static char *capture_end(void)
{
	char *text;

	fflush(stderr);
	dup2(capture_saved, 2);
	close(capture_saved);
	text = slurp(capture_file, NULL);
	unlink(capture_file);
	fputs(text, stderr); /* still show it */
	return text;
}

/* A self-signed certificate for ladder edge cases. subj is "/K=V/K=V";
 * ku, san and eku are openssl extension values or NULL. */
static X509 *mkcert(const char *subj, const char *ku, const char *san, const char *eku)
{
	static EVP_PKEY *key;
	X509 *x = X509_new();
	X509_NAME *name = X509_NAME_new();
	char *s = xstrdup(subj), *save = NULL;
	const char *vals[] = {ku, san, eku};
	const int nids[] = {NID_key_usage, NID_subject_alt_name, NID_ext_key_usage};
	X509V3_CTX ctx;

	if (key == NULL)
		key = EVP_EC_gen("P-256");
	ck_assert_ptr_nonnull(key);
	for (char *kv = strtok_r(s, "/", &save); kv != NULL; kv = strtok_r(NULL, "/", &save)) {
		char *eq = strchr(kv, '=');

		*eq = '\0';
		ck_assert_int_eq(X509_NAME_add_entry_by_txt(name, kv, MBSTRING_UTF8,
		                                            (unsigned char *)eq + 1, -1, -1, 0),
		                 1);
	}
	X509_set_version(x, 2);
	ASN1_INTEGER_set(X509_get_serialNumber(x), 7);
	X509_set_subject_name(x, name);
	X509_set_issuer_name(x, name);
	X509_gmtime_adj(X509_getm_notBefore(x), -3600);
	X509_gmtime_adj(X509_getm_notAfter(x), 86400);
	X509_set_pubkey(x, key);
	X509V3_set_ctx_nodb(&ctx);
	X509V3_set_ctx(&ctx, x, x, NULL, NULL, 0);
	for (int i = 0; i < 3; i++) {
		X509_EXTENSION *ext;

		if (vals[i] == NULL)
			continue;
		ext = X509V3_EXT_conf_nid(NULL, &ctx, nids[i], vals[i]);
		ck_assert_ptr_nonnull(ext);
		X509_add_ext(x, ext, -1);
		X509_EXTENSION_free(ext);
	}
	ck_assert_int_gt(X509_sign(x, key, EVP_sha256()), 0);
	X509_NAME_free(name);
	x_free(s);
	return x;
}

/* ---- classification ---------------------------------------------------- */

/* As the keystore verifies Vp chains, with the default minimums. */
static const struct cm_chain_req sign_req = {X509_PURPOSE_SMIME_SIGN, 2048, 256};
static const struct cm_chain_req enc_req = {X509_PURPOSE_SMIME_ENCRYPT, 2048, 256};

static enum cm_class class_of(const char *rel, X509_STORE *store, STACK_OF(X509) *untrusted)
{
	X509 *c = load_cert(rel);
	enum cm_class cls = classify_cert(c, store, untrusted, &sign_req);

	X509_free(c);
	return cls;
}

START_TEST(test_classify_pki)
{
	cm_err err = {""};
	char *path = pki_path("public-roots.pem");
	X509_STORE *pub = cm_store_load(path, &err);
	STACK_OF(X509) *chain = load_certs("chain.pem");
	static const struct {
		const char *file;
		enum cm_class with_store, without_store;
	} t[] = {
	    {"keys/alice-v4.pem", CM_CLASS_V4, CM_CLASS_V4},
	    {"keys/alice-vp.pem", CM_CLASS_VP, CM_CLASS_V1}, /* rule 2 fails, CN is an address */
	    {"keys/alice-enc.pem", CM_CLASS_ENCRYPT, CM_CLASS_ENCRYPT},
	    {"keys/bob-v3.pem", CM_CLASS_V3, CM_CLASS_V3},
	    {"keys/bob-vp.pem", CM_CLASS_VP, CM_CLASS_V1},
	    {"keys/carol-v2.pem", CM_CLASS_V2, CM_CLASS_V2},
	    {"keys/dave-v1-old.pem", CM_CLASS_V1, CM_CLASS_V1},
	    {"keys/dave-v1-new.pem", CM_CLASS_V1, CM_CLASS_V1},
	    {"keys/frank-v1.pem", CM_CLASS_V1, CM_CLASS_V1}, /* validity is not a class */
	    {"keys/grace-v2-ec.pem", CM_CLASS_V2, CM_CLASS_V2},
	    {"bad/mallory-v1.pem", CM_CLASS_V1, CM_CLASS_V1},
	    {"tsa.pem", CM_CLASS_TSA, CM_CLASS_TSA},
	    {"org-ca.pem", CM_CLASS_NONE, CM_CLASS_NONE},
	    {"public-root.pem", CM_CLASS_NONE, CM_CLASS_NONE},
	};

	ck_assert_msg(pub != NULL, "%s", err.text);
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		enum cm_class a = class_of(t[i].file, pub, chain);
		enum cm_class b = class_of(t[i].file, NULL, chain);

		ck_assert_msg(a == t[i].with_store, "%s: %s, want %s", t[i].file, cm_class_name(a),
		              cm_class_name(t[i].with_store));
		ck_assert_msg(b == t[i].without_store, "%s without store: %s, want %s", t[i].file,
		              cm_class_name(b), cm_class_name(t[i].without_store));
	}
	/* without the intermediates the Vp chain cannot be built */
	ck_assert_int_eq(class_of("keys/alice-vp.pem", pub, NULL), CM_CLASS_V1);
	X509_STORE_free(pub);
	sk_X509_pop_free(chain, X509_free);
	x_free(path);
}
END_TEST

/* The S/MIME Baseline Requirements policy OIDs decide the identity level
 * against the subject (each br/ subject alone would give another class);
 * EC dual use (digitalSignature + keyAgreement) is Vp when it chains to
 * the public roots; the rule that decided is named. */
START_TEST(test_classify_br_and_ec_dual)
{
	cm_err err = {""};
	char *path = pki_path("public-roots.pem");
	X509_STORE *pub = cm_store_load(path, &err);
	STACK_OF(X509) *chain = load_certs("chain.pem");
	static const struct {
		const char *file;
		int level;
		enum cm_class cls, by_subject;
		const char *rule;
	} t[] = {
	    {"br/br-mailbox.pem", 1, CM_CLASS_V1, CM_CLASS_V4, "2.23.140.1.5.1 (S/MIME BR mailbox"},
	    {"br/br-org.pem", 2, CM_CLASS_V3, CM_CLASS_V1,
	     "2.23.140.1.5.2 (S/MIME BR organization"},
	    {"br/br-sponsor.pem", 3, CM_CLASS_V4, CM_CLASS_V1, "2.23.140.1.5.3 (S/MIME BR sponsor"},
	    {"br/br-individual.pem", 4, CM_CLASS_V2, CM_CLASS_V3,
	     "2.23.140.1.5.4 (S/MIME BR individual"},
	    {"br/ec-dual-vp.pem", 0, CM_CLASS_VP, CM_CLASS_V1, "keyAgreement, EC) chaining"},
	    {"br/ec-dual-org.pem", 0, CM_CLASS_V1, CM_CLASS_V1, "subject: no O, no person"},
	    {"keys/alice-vp.pem", 0, CM_CLASS_VP, CM_CLASS_V1, "keyEncipherment, RSA) chaining"},
	    {"keys/alice-v4.pem", 0, CM_CLASS_V4, CM_CLASS_V4, "subject: O, a person's name and"},
	    {"recipients/rcpt-ec.pem", 0, CM_CLASS_ENCRYPT, CM_CLASS_ENCRYPT, "without digital"},
	    {"tsa.pem", 0, CM_CLASS_TSA, CM_CLASS_TSA, "timeStamping"},
	};

	ck_assert_msg(pub != NULL, "%s", err.text);
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		X509 *c = load_cert(t[i].file);
		const char *rule = NULL;
		enum cm_class cls = classify_cert_rule(c, pub, chain, &sign_req, &rule);

		ck_assert_msg(cls == t[i].cls, "%s: %s, want %s", t[i].file, cm_class_name(cls),
		              cm_class_name(t[i].cls));
		ck_assert_msg(rule != NULL && strstr(rule, t[i].rule) != NULL, "%s: rule %s",
		              t[i].file, rule ? rule : "NULL");
		ck_assert_int_eq(classify_br_level(c), t[i].level);
		/* without the public roots, Vp falls back to the identity rules */
		cls = classify_cert(c, NULL, chain, &sign_req);
		if (t[i].cls == CM_CLASS_VP)
			ck_assert_msg(cls == t[i].by_subject, "%s without store: %s", t[i].file,
			              cm_class_name(cls));
		X509_free(c);
	}
	/* the EC dual-use certificate is a Vp candidate, key agreement alone is not */
	X509 *ec = load_cert("br/ec-dual-vp.pem"), *agree = load_cert("recipients/rcpt-ec.pem");
	ck_assert(classify_dual_use(ec));
	ck_assert(!classify_dual_use(agree));
	X509_free(ec);
	X509_free(agree);
	X509_STORE_free(pub);
	sk_X509_pop_free(chain, X509_free);
	x_free(path);
}
END_TEST

/* The keystore records the deciding rule of each entry (certmilter -n). */
START_TEST(test_keystore_br_rules)
{
	struct ks_test *kt = kt_new("br", "org-roots.pem", "public-roots.pem", "chain.pem", NULL);
	cm_err err = {""};
	struct keystore *ks = keystore_load(&kt->o, &err);
	const struct ks_entry *e;

	ck_assert_msg(ks != NULL, "%s", err.text);
	e = keystore_find(ks, "br-sponsor@example.com", CM_CLASS_V4);
	ck_assert(e != NULL && e->rule != NULL && strstr(e->rule, "sponsor") != NULL);
	e = keystore_find(ks, "br-mailbox@example.com", CM_CLASS_V1);
	ck_assert(e != NULL && strstr(e->rule, "mailbox") != NULL);
	ck_assert(keystore_find(ks, "br-mailbox@example.com", CM_CLASS_V4) == NULL);
	e = keystore_find(ks, "ec-dual@example.com", CM_CLASS_VP);
	ck_assert(e != NULL && strstr(e->rule, "EC") != NULL);
	e = keystore_find(ks, "ec-dual-org@example.com", CM_CLASS_V1);
	ck_assert(e != NULL && strstr(e->rule, "subject") != NULL);
	keystore_free(ks);
	kt_free(kt);
}
END_TEST

START_TEST(test_classify_ladder_edges)
{
	static const struct {
		const char *subj, *ku, *eku;
		enum cm_class want;
	} t[] = {
	    {"/CN=x@example.com", "keyAgreement", NULL, CM_CLASS_ENCRYPT},
	    {"/CN=x@example.com", "keyAgreement,digitalSignature", NULL, CM_CLASS_V1},
	    {"/CN=x@example.com", NULL, NULL, CM_CLASS_NONE}, /* no keyUsage */
	    {"/CN=x@example.com", "nonRepudiation", NULL, CM_CLASS_NONE},
	    {"/CN=x@example.com", "keyEncipherment", "timeStamping", CM_CLASS_TSA},
	    {"/O=Org/CN=Ann Person", "digitalSignature", NULL, CM_CLASS_V3},     /* no title */
	    {"/O=Org/CN=Org/title=Boss", "digitalSignature", NULL, CM_CLASS_V3}, /* CN == O */
	    {"/O=Org/CN=x@example.com/title=Boss", "digitalSignature", NULL, CM_CLASS_V3},
	    {"/O=Org/SN=Person/title=Boss", "digitalSignature", NULL, CM_CLASS_V4},
	    {"/O=Org/GN=Ann/title=Boss", "digitalSignature", NULL, CM_CLASS_V4},
	    {"/SN=Person/C=DE", "digitalSignature", NULL, CM_CLASS_V2},
	    {"/CN=Ann Person/L=Berlin", "digitalSignature", NULL, CM_CLASS_V2},
	    {"/emailAddress=x@example.com", "digitalSignature", NULL, CM_CLASS_V1},
	    {"/CN=x@example.com/C=DE", "digitalSignature,keyEncipherment", NULL, CM_CLASS_V1},
	};

	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		X509 *x = mkcert(t[i].subj, t[i].ku, "email:x@example.com", t[i].eku);
		enum cm_class got = classify_cert(x, NULL, NULL, &sign_req);

		ck_assert_msg(got == t[i].want, "%s ku=%s: %s, want %s", t[i].subj, t[i].ku,
		              cm_class_name(got), cm_class_name(t[i].want));
		X509_free(x);
	}
	ck_assert_int_eq(classify_cert(NULL, NULL, NULL, NULL), CM_CLASS_NONE);
}
END_TEST

static void check_addrs(X509 *x, const char *const *want)
{
	char **got = classify_addrs(x);
	size_t i;

	ck_assert_ptr_nonnull(got);
	for (i = 0; want[i] != NULL; i++) {
		ck_assert_msg(got[i] != NULL, "address %zu missing (want %s)", i, want[i]);
		ck_assert_str_eq(got[i], want[i]);
	}
	ck_assert_msg(got[i] == NULL, "unexpected extra address %s", got[i]);
	classify_addrs_free(got);
}

START_TEST(test_classify_addrs)
{
	X509 *alice = load_cert("keys/alice-v4.pem");
	X509 *mixed = mkcert("/CN=Alice Example/emailAddress=other@example.org", "digitalSignature",
	                     "email:Alice.X@EXAMPLE.Com,DNS:www.example.com,"
	                     "email:Alice.X@example.com,email:b@Sub.Example.NET",
	                     NULL);
	X509 *subj = mkcert("/CN=Zed/emailAddress=Zed@Example.ORG", "digitalSignature", NULL, NULL);
	X509 *none = mkcert("/CN=Nobody", "digitalSignature", "DNS:x.example", NULL);
	const char *w_alice[] = {"alice@example.com", NULL};
	/* SAN wins over emailAddress; domain lowercased, local part kept;
	 * the duplicate collapses; DNS names are not addresses */
	const char *w_mixed[] = {"Alice.X@example.com", "b@sub.example.net", NULL};
	const char *w_subj[] = {"Zed@example.org", NULL};
	const char *w_none[] = {NULL};

	check_addrs(alice, w_alice);
	check_addrs(mixed, w_mixed);
	check_addrs(subj, w_subj);
	check_addrs(none, w_none);
	check_addrs(NULL, w_none);
	X509_free(alice);
	X509_free(mixed);
	X509_free(subj);
	X509_free(none);
}
END_TEST

START_TEST(test_chains_and_stores)
{
	cm_err err = {""};
	char *org_path = pki_path("org-roots.pem"), *pass = pki_path("p12pass");
	X509_STORE *org = cm_store_load(org_path, &err);
	STACK_OF(X509) *chain = load_certs("chain.pem");
	X509 *v4 = load_cert("keys/alice-v4.pem"), *vp = load_cert("keys/alice-vp.pem");
	X509 *expired = load_cert("keys/frank-v1.pem");
	X509 *future = load_cert("keys/frank-v1-future.pem");

	ck_assert_msg(org != NULL, "%s", err.text);
	ck_assert(classify_chains_to(v4, org, chain, &sign_req));
	ck_assert(classify_chains_to(v4, org, chain, NULL));
	ck_assert(!classify_chains_to(v4, org, chain, &enc_req));  /* a signing certificate */
	ck_assert(!classify_chains_to(v4, org, NULL, &sign_req));  /* intermediate needed */
	ck_assert(!classify_chains_to(vp, org, chain, &sign_req)); /* other root */
	ck_assert(!classify_chains_to(expired, org, chain, NULL));
	ck_assert(!classify_chains_to(future, org, chain, NULL));
	ck_assert(!classify_chains_to(v4, NULL, chain, NULL));

	ck_assert_ptr_null(cm_store_load(NULL, &err));
	err.text[0] = '\0';
	ck_assert_ptr_null(cm_store_load("/nonexistent/roots.pem", &err));
	ck_assert_ptr_nonnull(strstr(err.text, "/nonexistent/roots.pem"));
	err.text[0] = '\0';
	ck_assert_ptr_null(cm_store_load(pass, &err)); /* no certificate in it */
	ck_assert_ptr_nonnull(strstr(err.text, "p12pass"));

	X509_STORE_free(org);
	sk_X509_pop_free(chain, X509_free);
	X509_free(v4);
	X509_free(vp);
	X509_free(expired);
	X509_free(future);
	x_free(org_path);
	x_free(pass);
}
END_TEST

/* The OpenSSL helpers of ossl.c: PEM bundles, ASN.1 times, error text. */
START_TEST(test_pem_bundles)
{
	cm_err err = {""};
	char *chain_path = pki_path("chain.pem"), *pass = pki_path("p12pass");
	char *mixed = xmalloc(strlen(testpki_tmp) + 16);
	STACK_OF(X509) *want = load_certs("chain.pem"), *got;
	char *a = slurp(chain_path, NULL);
	char *text = xmalloc(strlen(a) + 200);

	/* every certificate, in file order, as testpki's own loader reads them */
	got = cm_pem_certs(chain_path, "chain bundle", &err);
	ck_assert_msg(got != NULL, "%s", err.text);
	ck_assert_int_eq(sk_X509_num(got), 2);
	ck_assert_int_eq(sk_X509_num(got), sk_X509_num(want));
	for (int i = 0; i < sk_X509_num(got); i++)
		ck_assert_int_eq(X509_cmp(sk_X509_value(got, i), sk_X509_value(want, i)), 0);
	sk_X509_pop_free(got, X509_free);

	/* other PEM blocks between the certificates are passed over */
	snprintf(text, strlen(a) + 200, "-----BEGIN JUNK-----\nAAAA\n-----END JUNK-----\n%s", a);
	snprintf(mixed, strlen(testpki_tmp) + 16, "%s/mixed.pem", testpki_tmp);
	write_file(mixed, text, strlen(text));
	got = cm_pem_certs(mixed, "chain bundle", &err);
	ck_assert_msg(got != NULL && sk_X509_num(got) == 2, "%s", err.text);
	sk_X509_pop_free(got, X509_free);

	/* the messages name the file and its use */
	ck_assert_ptr_null(cm_pem_certs("/nonexistent/x.pem", "escrow certificate file", &err));
	ck_assert_str_eq(err.text, "cannot read escrow certificate file /nonexistent/x.pem");
	ck_assert_ptr_null(cm_pem_certs(pass, "trust bundle", &err));
	ck_assert_ptr_nonnull(strstr(err.text, "trust bundle "));
	ck_assert(ends_with(err.text, "p12pass holds no PEM certificate"));
	ck_assert_int_eq(ERR_peek_error(), 0); /* nothing left queued */

	sk_X509_pop_free(want, X509_free);
	x_free(text);
	x_free(a);
	x_free(mixed);
	x_free(chain_path);
	x_free(pass);
}
END_TEST

START_TEST(test_asn1_time_and_err_text)
{
	ASN1_TIME *t = ASN1_TIME_new();
	cm_err err = {""};
	time_t when = 1700000000; /* 2023-11-14 22:13:20 UTC */

	ck_assert_ptr_nonnull(ASN1_TIME_set(t, when));
	ck_assert_int_eq(cm_asn1_time(t, 7), when);
	ck_assert_int_eq(cm_asn1_time(NULL, 7), 7);
	ck_assert_int_eq(ASN1_STRING_set(t, "20231114", 8), 1); /* a UTCTime of month 23 */
	ck_assert_int_eq(cm_asn1_time(t, 9), 9);
	ASN1_TIME_free(t);
	ERR_clear_error();

	/* the first queued error, then the queue is empty */
	ERR_raise(ERR_LIB_X509, X509_R_CERT_ALREADY_IN_HASH_TABLE);
	ERR_raise(ERR_LIB_X509, X509_R_KEY_VALUES_MISMATCH);
	cm_err_openssl(&err, "cannot add");
	ck_assert_msg(strncmp(err.text, "cannot add: error:", 18) == 0, "%s", err.text);
	ck_assert_ptr_nonnull(strstr(err.text, "cert already in hash table"));
	ck_assert_ptr_null(strstr(err.text, "values mismatch"));
	ck_assert_int_eq(ERR_peek_error(), 0);
	cm_err_openssl(&err, "nothing queued");
	ck_assert_str_eq(err.text, "nothing queued");
}
END_TEST

/* ---- chain requirements (purpose, key sizes, strict) ------------------- */

/* A small PKI made in memory: a root, intermediates that differ in one
 * point each, and leaves under them. */
struct mini {
	EVP_PKEY *root_key, *key2048, *key1024, *ec256, *ec192;
	X509 *root, *i_email, *i_tls, *i_weak, *i_noncrit, *i_noeku;
	X509_STORE *store;
};

static X509 *mini_ca(struct mini *m, const char *cn, EVP_PKEY *key, const char *bc, const char *eku)
{
	struct tp_cert t = {cn,    key,   m->root, m->root_key,
	                    -3600, 86400, bc,      "critical,keyCertSign,cRLSign",
	                    eku,   NULL};

	return testpki_issue(&t);
}

static void mini_setup(struct mini *m)
{
	struct tp_cert root = {"/CN=Mini Root",
	                       NULL,
	                       NULL,
	                       NULL,
	                       -3600,
	                       86400,
	                       "critical,CA:true",
	                       "critical,keyCertSign,cRLSign",
	                       NULL,
	                       NULL};
	const char *bc = "critical,CA:true,pathlen:0";

	m->root_key = root.key = testpki_rsa(2048);
	m->key2048 = testpki_rsa(2048);
	m->key1024 = testpki_rsa(1024);
	m->ec256 = testpki_ec("P-256");
	m->ec192 = testpki_ec("P-192");
	m->root = testpki_issue(&root);
	m->i_email = mini_ca(m, "/CN=Mini Email CA", m->key2048, bc, "emailProtection");
	m->i_noeku = mini_ca(m, "/CN=Mini Any CA", m->key2048, bc, NULL);
	m->i_tls = mini_ca(m, "/CN=Mini TLS CA", m->key2048, bc, "serverAuth,clientAuth");
	m->i_weak = mini_ca(m, "/CN=Mini Weak CA", m->key1024, bc, "emailProtection");
	m->i_noncrit = mini_ca(m, "/CN=Mini Lax CA", m->key2048, "CA:true", "emailProtection");
	m->store = X509_STORE_new();
	X509_STORE_add_cert(m->store, m->root);
}

static void mini_free(struct mini *m)
{
	X509 *certs[] = {m->root, m->i_email, m->i_tls, m->i_weak, m->i_noncrit, m->i_noeku};
	EVP_PKEY *keys[] = {m->root_key, m->key2048, m->key1024, m->ec256, m->ec192};

	for (size_t i = 0; i < sizeof(certs) / sizeof(certs[0]); i++)
		X509_free(certs[i]);
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		EVP_PKEY_free(keys[i]);
	X509_STORE_free(m->store);
}

/* A leaf for x@example.com under ca (whose key is the 2048-bit one, or the
 * 1024-bit one for i_weak). */
static X509 *mini_leaf(struct mini *m, X509 *ca, EVP_PKEY *key, const char *ku, const char *eku)
{
	struct tp_cert t = {"/CN=x@example.com",
	                    key,
	                    ca,
	                    ca == m->i_weak ? m->key1024 : m->key2048,
	                    -3600,
	                    86400,
	                    "critical,CA:false",
	                    ku,
	                    eku,
	                    "email:x@example.com"};

	return testpki_issue(&t);
}

/* The verification result of leaf under ca for req. */
static int mini_verify(struct mini *m, X509 *leaf, X509 *ca, const struct cm_chain_req *req)
{
	STACK_OF(X509) *untrusted = sk_X509_new_null();
	int rc;

	sk_X509_push(untrusted, ca);
	rc = classify_verify_error(leaf, m->store, untrusted, req);
	sk_X509_free(untrusted);
	return rc;
}

#define DUAL "critical,digitalSignature,keyEncipherment"

/* An intermediate restricted to other purposes certifies no S/MIME
 * certificate; without a purpose (as before) it did. */
START_TEST(test_chain_purpose)
{
	struct mini m;
	X509 *dual_e, *dual_t, *dual_n, *ec_e, *ec_tls;

	mini_setup(&m);
	dual_e = mini_leaf(&m, m.i_email, m.key2048, DUAL, "emailProtection");
	dual_t = mini_leaf(&m, m.i_tls, m.key2048, DUAL, "emailProtection");
	dual_n = mini_leaf(&m, m.i_noeku, m.key2048, DUAL, NULL);
	ec_e = mini_leaf(&m, m.i_email, m.ec256, "critical,keyAgreement", "emailProtection");
	ec_tls = mini_leaf(&m, m.i_email, m.ec256, "critical,keyAgreement", "serverAuth");
	ck_assert_int_eq(mini_verify(&m, dual_e, m.i_email, &sign_req), X509_V_OK);
	ck_assert_int_eq(mini_verify(&m, dual_e, m.i_email, &enc_req), X509_V_OK);
	ck_assert_int_eq(mini_verify(&m, dual_n, m.i_noeku, &enc_req), X509_V_OK);
	ck_assert_int_eq(mini_verify(&m, dual_t, m.i_tls, NULL), X509_V_OK);
	ck_assert_int_eq(mini_verify(&m, dual_t, m.i_tls, &enc_req), X509_V_ERR_INVALID_PURPOSE);
	ck_assert_int_eq(mini_verify(&m, dual_t, m.i_tls, &sign_req), X509_V_ERR_INVALID_PURPOSE);
	/* EC keys agree keys: smimeencrypt's keyEncipherment is not asked */
	ck_assert_int_eq(mini_verify(&m, ec_e, m.i_email, &enc_req), X509_V_OK);
	ck_assert_int_eq(mini_verify(&m, ec_e, m.i_email, &sign_req), X509_V_ERR_INVALID_PURPOSE);
	ck_assert_int_eq(mini_verify(&m, ec_tls, m.i_email, &enc_req), X509_V_ERR_INVALID_PURPOSE);
	/* a dual-use certificate under the TLS CA is not Vp */
	{
		STACK_OF(X509) *u = sk_X509_new_null();

		sk_X509_push(u, m.i_tls);
		ck_assert_int_eq(classify_cert(dual_t, m.store, u, &sign_req), CM_CLASS_V1);
		sk_X509_pop(u);
		sk_X509_push(u, m.i_email);
		ck_assert_int_eq(classify_cert(dual_e, m.store, u, &sign_req), CM_CLASS_VP);
		sk_X509_free(u);
	}
	X509_free(dual_e);
	X509_free(dual_t);
	X509_free(dual_n);
	X509_free(ec_e);
	X509_free(ec_tls);
	mini_free(&m);
}
END_TEST

/* Keys under the minimum, in the leaf or a CA, and the strict checks. */
START_TEST(test_chain_keys_and_strict)
{
	struct mini m;
	const struct cm_chain_req lax = {X509_PURPOSE_SMIME_ENCRYPT, 1024, 160};
	X509 *weak, *under_weak, *ec192, *lax_ca;

	mini_setup(&m);
	weak = mini_leaf(&m, m.i_email, m.key1024, DUAL, "emailProtection");
	under_weak = mini_leaf(&m, m.i_weak, m.key2048, DUAL, "emailProtection");
	ec192 = mini_leaf(&m, m.i_email, m.ec192, "critical,keyAgreement", "emailProtection");
	lax_ca = mini_leaf(&m, m.i_noncrit, m.key2048, DUAL, "emailProtection");
	ck_assert_int_eq(mini_verify(&m, weak, m.i_email, &enc_req), X509_V_ERR_EE_KEY_TOO_SMALL);
	ck_assert_int_eq(mini_verify(&m, weak, m.i_email, &lax), X509_V_OK);
	ck_assert_int_eq(mini_verify(&m, weak, m.i_email, NULL), X509_V_OK);
	ck_assert_int_eq(mini_verify(&m, under_weak, m.i_weak, &sign_req),
	                 X509_V_ERR_CA_KEY_TOO_SMALL);
	ck_assert_int_eq(mini_verify(&m, under_weak, m.i_weak, &lax), X509_V_OK);
	ck_assert_int_eq(mini_verify(&m, ec192, m.i_email, &enc_req), X509_V_ERR_EE_KEY_TOO_SMALL);
	ck_assert_int_eq(mini_verify(&m, ec192, m.i_email, &lax), X509_V_OK);
	ck_assert(!classify_key_strong(weak, &enc_req));
	ck_assert(classify_key_strong(weak, &lax));
	ck_assert(classify_key_strong(weak, NULL));
	/* a CA whose basicConstraints is not critical: refused by the strict
	 * checks, which the lax verification of before did not make */
	ck_assert_int_eq(mini_verify(&m, lax_ca, m.i_noncrit, &enc_req),
	                 X509_V_ERR_CA_BCONS_NOT_CRITICAL);
	X509_free(weak);
	X509_free(under_weak);
	X509_free(ec192);
	X509_free(lax_ca);
	mini_free(&m);
}
END_TEST

/* ---- keystore ---------------------------------------------------------- */

static const struct ks_entry *find_ok(struct keystore *ks, const char *addr, enum cm_class cls,
                                      const char *file)
{
	const struct ks_entry *e = keystore_find(ks, addr, cls);

	ck_assert_msg(e != NULL, "%s/%s not found", addr, cm_class_name(cls));
	ck_assert_msg(ends_with(e->path, file), "%s/%s: got %s, want %s", addr, cm_class_name(cls),
	              e->path, file);
	ck_assert_msg(e->key != NULL, "%s: no key", e->path);
	ck_assert_int_eq(X509_check_private_key(e->cert, e->key), 1);
	ck_assert_ptr_nonnull(e->chain);
	return e;
}

START_TEST(test_keystore_load)
{
	struct ks_test *kt = kt_full("keys");
	cm_err err = {""};
	struct keystore *ks;
	const struct ks_entry *e;
	char *log;

	capture_start();
	ks = keystore_load(&kt->o, &err);
	log = capture_end();
	ck_assert_msg(ks != NULL, "%s", err.text);
	find_ok(ks, "alice@example.com", CM_CLASS_IDENTITY, "/keys/alice-v4.pem");
	find_ok(ks, "alice@example.com", CM_CLASS_V4, "/keys/alice-v4.pem");
	find_ok(ks, "alice@example.com", CM_CLASS_VP, "/keys/alice-vp.pem");
	find_ok(ks, "alice@example.com", CM_CLASS_ENCRYPT, "/keys/alice-enc.pem");
	find_ok(ks, "bob@example.com", CM_CLASS_IDENTITY, "/keys/bob-v3.pem");
	find_ok(ks, "bob@example.com", CM_CLASS_VP, "/keys/bob-vp.pem");
	e = find_ok(ks, "carol@example.com", CM_CLASS_IDENTITY, "/keys/carol-v2.pem");
	ck_assert_int_eq(e->cls, CM_CLASS_V2);
	e = find_ok(ks, "dave@example.com", CM_CLASS_IDENTITY, "/keys/dave-v1-new.pem");
	ck_assert_int_eq(e->cls, CM_CLASS_V1);
	e = find_ok(ks, "erin@example.com", CM_CLASS_IDENTITY, "/keys/erin-v4.p12");
	ck_assert_int_eq(e->cls, CM_CLASS_V4);
	e = find_ok(ks, "grace@example.com", CM_CLASS_IDENTITY, "/keys/grace-v2-ec.pem");
	ck_assert_int_eq(e->cls, CM_CLASS_V2);
	ck_assert_int_eq(EVP_PKEY_get_base_id(e->key), EVP_PKEY_EC);

	ck_assert_ptr_null(keystore_find(ks, "frank@example.com", CM_CLASS_IDENTITY));
	ck_assert_ptr_null(keystore_find(ks, "bob@example.com", CM_CLASS_V4));
	ck_assert_ptr_null(keystore_find(ks, "nobody@example.com", CM_CLASS_IDENTITY));
	ck_assert_ptr_nonnull(strstr(log, "frank-v1.pem expired on"));
	ck_assert_ptr_nonnull(strstr(log, "; kept for decrypting only"));
	{ /* kept, with its key, for decrypting mail sent before it expired */
		struct cm_signer dec[2];

		ck_assert_uint_eq(keystore_decrypt_keys(ks, "frank@example.com", dec, 2), 1);
		ck_assert_ptr_nonnull(dec[0].key);
		ck_assert(ends_with(keystore_find(ks, "dave@example.com", CM_CLASS_V1)->path,
		                    "/keys/dave-v1-new.pem"));
		ck_assert_uint_eq(keystore_decrypt_keys(ks, "dave@example.com", dec, 2), 2);
	}
	ck_assert_ptr_nonnull(strstr(log, "frank-v1-future.pem is not valid before"));
	ck_assert_ptr_null(strstr(log, "refused"));

	e = find_ok(ks, "henry@example.com", CM_CLASS_IDENTITY, "/keys/henry-v1-soon.pem");
	ck_assert_int_eq(e->cls, CM_CLASS_V1); /* expires in 10 days: still in force */

	ck_assert_uint_eq(keystore_count(ks), 7); /* alice bob carol dave erin grace henry */
	ck_assert(keystore_has_class(ks, CM_CLASS_VP));
	ck_assert(keystore_has_class(ks, CM_CLASS_V4));
	ck_assert(keystore_has_class(ks, CM_CLASS_ENCRYPT));
	ck_assert(keystore_has_class(ks, CM_CLASS_IDENTITY));
	ck_assert(!keystore_has_class(ks, CM_CLASS_TSA));
	x_free(log);
	keystore_free(ks);
	kt_free(kt);
}
END_TEST

START_TEST(test_keystore_chains)
{
	struct ks_test *kt = kt_full("keys");
	cm_err err = {""};
	struct keystore *ks = keystore_load(&kt->o, &err);
	X509 *org_ca = load_cert("org-ca.pem"), *org_root = load_cert("org-root.pem");
	X509 *pub_ca = load_cert("public-ca.pem"), *pub_root = load_cert("public-root.pem");
	const struct ks_entry *e;

	ck_assert_msg(ks != NULL, "%s", err.text);
	e = keystore_find(ks, "alice@example.com", CM_CLASS_V4);
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(sk_X509_num(e->chain), 1);
	ck_assert(chain_has(e->chain, org_ca));
	ck_assert(!chain_has(e->chain, org_root));
	e = keystore_find(ks, "alice@example.com", CM_CLASS_VP);
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(sk_X509_num(e->chain), 1);
	ck_assert(chain_has(e->chain, pub_ca));
	ck_assert(!chain_has(e->chain, pub_root));
	ck_assert(!chain_has(e->chain, org_ca));
	keystore_free(ks);
	kt_free(kt);

	/* No roots, no bundle: a chain from the file's own extra certs. */
	kt = kt_new("keys", NULL, NULL, NULL, "p12pass");
	ks = keystore_load(&kt->o, &err);
	ck_assert_msg(ks != NULL, "%s", err.text);
	e = keystore_find(ks, "erin@example.com", CM_CLASS_V4);
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(sk_X509_num(e->chain), 1);
	ck_assert(chain_has(e->chain, org_ca));
	e = keystore_find(ks, "alice@example.com", CM_CLASS_V4);
	ck_assert_int_eq(sk_X509_num(e->chain), 0);
	/* without public roots nothing is Vp; alice-vp is a V1 then */
	ck_assert_ptr_null(keystore_find(ks, "alice@example.com", CM_CLASS_VP));
	ck_assert(!keystore_has_class(ks, CM_CLASS_VP));
	find_ok(ks, "alice@example.com", CM_CLASS_V1, "/keys/alice-vp.pem");
	find_ok(ks, "alice@example.com", CM_CLASS_IDENTITY, "/keys/alice-v4.pem");
	keystore_free(ks);
	kt_free(kt);
	X509_free(org_ca);
	X509_free(org_root);
	X509_free(pub_ca);
	X509_free(pub_root);
}
END_TEST

START_TEST(test_keystore_address_case)
{
	struct ks_test *kt = kt_full("keys");
	cm_err err = {""};
	struct keystore *ks = keystore_load(&kt->o, &err);

	ck_assert_msg(ks != NULL, "%s", err.text);
	ck_assert_ptr_nonnull(keystore_find(ks, "alice@EXAMPLE.com", CM_CLASS_IDENTITY));
	ck_assert_ptr_nonnull(keystore_find(ks, "alice@Example.Com", CM_CLASS_VP));
	ck_assert_ptr_null(keystore_find(ks, "Alice@example.com", CM_CLASS_IDENTITY));
	ck_assert_ptr_null(keystore_find(ks, "ALICE@EXAMPLE.COM", CM_CLASS_IDENTITY));
	keystore_free(ks);

	kt->o.local_part_ci = true;
	ks = keystore_load(&kt->o, &err);
	ck_assert_msg(ks != NULL, "%s", err.text);
	ck_assert_ptr_nonnull(keystore_find(ks, "Alice@example.com", CM_CLASS_IDENTITY));
	ck_assert_ptr_nonnull(keystore_find(ks, "ALICE@EXAMPLE.COM", CM_CLASS_V4));
	ck_assert_ptr_nonnull(keystore_find(ks, "alice@example.com", CM_CLASS_V4));
	keystore_free(ks);
	kt_free(kt);
}
END_TEST

struct walk {
	char last[256];
	enum cm_class last_cls;
	int calls;
};

static void walk_fn(const char *addr, const struct ks_entry *e, void *arg)
{
	struct walk *w = arg;
	int c = strcmp(w->last, addr);

	ck_assert_msg(c < 0 || (c == 0 && w->last_cls < e->cls), "foreach out of order at %s",
	              addr);
	snprintf(w->last, sizeof(w->last), "%s", addr);
	w->last_cls = e->cls;
	w->calls++;
}

START_TEST(test_keystore_foreach)
{
	struct ks_test *kt = kt_full("keys");
	cm_err err = {""};
	struct keystore *ks = keystore_load(&kt->o, &err);
	struct walk w = {"", CM_CLASS_NONE, 0};

	ck_assert_msg(ks != NULL, "%s", err.text);
	keystore_foreach(ks, walk_fn, &w);
	/* alice v4+vp+enc, bob v3+vp, carol, dave, erin, grace, henry */
	ck_assert_int_eq(w.calls, 10);
	ck_assert_str_eq(w.last, "henry@example.com");
	keystore_free(ks);
	kt_free(kt);
	ck_assert_ptr_null(keystore_free(NULL));
	ck_assert_uint_eq(keystore_count(NULL), 0);
}
END_TEST

static void copy_file(const char *from_rel, const char *to, mode_t mode)
{
	char *from = pki_path(from_rel);
	size_t len;
	char *buf = slurp(from, &len);
	int fd = open(to, O_WRONLY | O_CREAT | O_TRUNC, 0600);

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, buf, len), (ssize_t)len);
	close(fd);
	chmod(to, mode);
	x_free(buf);
	x_free(from);
}

/* A fresh directory under testpki_tmp; returns its path (static buffer). */
static const char *fresh_dir(const char *name)
{
	static char dir[PATH_MAX];
	char cmd[PATH_MAX + 16];

	snprintf(dir, sizeof(dir), "%s/%s", testpki_tmp, name);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
	ck_assert_int_eq(mkdir(dir, 0700), 0);
	return dir;
}

static void join(char *out, size_t len, const char *dir, const char *file)
{
	snprintf(out, len, "%s/%s", dir, file);
}

START_TEST(test_keystore_refuses_readable_keys)
{
	struct ks_test *kt = kt_full("bad");
	cm_err err = {""};
	struct keystore *ks;
	char *log, path[PATH_MAX];
	const char *dir;

	capture_start();
	ks = keystore_load(&kt->o, &err);
	log = capture_end();
	ck_assert_msg(ks != NULL, "%s", err.text);
	ck_assert_ptr_null(keystore_find(ks, "mallory@example.com", CM_CLASS_IDENTITY));
	ck_assert_uint_eq(keystore_count(ks), 0);
	ck_assert_msg(strstr(log, "/bad/mallory-v1.key (owner "), "log: %s", log);
	ck_assert_msg(strstr(log, ", mode 0644): readable by group or others; refused, chmod 600"),
	              "log: %s", log);
	ck_assert_ptr_nonnull(strstr(keystore_refusal(ks, 0), "/bad/mallory-v1.key (owner "));
	ck_assert_ptr_null(keystore_refusal(ks, 1));
	keystore_free(ks);
	kt_free(kt);
	x_free(log);

	/* group-readable combined PEM and PKCS#12 are refused too */
	dir = fresh_dir("groupread");
	join(path, sizeof(path), dir, "carol.pem");
	copy_file("keys/carol-v2.pem", path, 0640);
	join(path, sizeof(path), dir, "erin.pfx");
	copy_file("keys/erin-v4.p12", path, 0604);
	kt = kt_full(dir);
	capture_start();
	ks = keystore_load(&kt->o, &err);
	log = capture_end();
	ck_assert_msg(ks != NULL, "%s", err.text);
	ck_assert_uint_eq(keystore_count(ks), 0);
	ck_assert_ptr_nonnull(strstr(log, "key file "));
	ck_assert_ptr_nonnull(strstr(log, "/carol.pem (owner "));
	ck_assert_ptr_nonnull(strstr(log, ", mode 0640): readable by group or others; refused"));
	ck_assert_ptr_nonnull(strstr(log, "PKCS#12 file "));
	ck_assert_ptr_nonnull(strstr(log, "/erin.pfx (owner "));
	ck_assert_ptr_nonnull(strstr(log, ", mode 0604): readable by group or others; refused"));
	keystore_free(ks);
	kt_free(kt);
	x_free(log);
}
END_TEST

START_TEST(test_keystore_keyless_and_rollover)
{
	const char *dir = fresh_dir("keyless");
	struct ks_test *kt;
	cm_err err = {""};
	struct keystore *ks;
	const struct ks_entry *e;
	char path[PATH_MAX];

	/* a certificate alone (public, mode 0644 is fine) is indexed without key */
	join(path, sizeof(path), dir, "alice-enc.crt");
	copy_file("keys/alice-enc.pem", path, 0644);
	/* the newer dave without its key loses to the older one with key */
	join(path, sizeof(path), dir, "dave-new.pem");
	copy_file("keys/dave-v1-new.pem", path, 0644);
	join(path, sizeof(path), dir, "dave-old.pem");
	copy_file("keys/dave-v1-old.pem", path, 0644);
	join(path, sizeof(path), dir, "dave-old.key");
	copy_file("keys/dave-v1-old.key", path, 0600);
	join(path, sizeof(path), dir, "notes.txt"); /* not a keystore file */
	copy_file("keys/alice-v4.key", path, 0644);
	kt = kt_full(dir);
	ks = keystore_load(&kt->o, &err);
	ck_assert_msg(ks != NULL, "%s", err.text);
	e = keystore_find(ks, "alice@example.com", CM_CLASS_ENCRYPT);
	ck_assert_ptr_nonnull(e);
	ck_assert_ptr_null(e->key);
	ck_assert(ends_with(e->path, "/alice-enc.crt"));
	e = keystore_find(ks, "dave@example.com", CM_CLASS_V1);
	ck_assert_ptr_nonnull(e);
	ck_assert(ends_with(e->path, "/dave-old.pem"));
	ck_assert_ptr_nonnull(e->key);
	ck_assert_uint_eq(keystore_count(ks), 2);
	keystore_free(ks);
	kt_free(kt);
}
END_TEST

/* The newer notBefore wins whatever the file order: here the older file
 * sorts first (in keys/ the newer one does). */
START_TEST(test_keystore_rollover_order)
{
	const char *dir = fresh_dir("rollover");
	static const char *const files[][2] = {
	    {"keys/dave-v1-old.pem", "dave-a.pem"},
	    {"keys/dave-v1-old.key", "dave-a.key"},
	    {"keys/dave-v1-new.pem", "dave-b.pem"},
	    {"keys/dave-v1-new.key", "dave-b.key"},
	};
	struct ks_test *kt;
	cm_err err = {""};
	struct keystore *ks;
	char path[PATH_MAX];

	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		join(path, sizeof(path), dir, files[i][1]);
		copy_file(files[i][0], path, 0600);
	}
	kt = kt_full(dir);
	ks = keystore_load(&kt->o, &err);
	ck_assert_msg(ks != NULL, "%s", err.text);
	find_ok(ks, "dave@example.com", CM_CLASS_IDENTITY, "/dave-b.pem");
	keystore_free(ks);
	kt_free(kt);
}
END_TEST

START_TEST(test_keystore_fatal_errors)
{
	struct ks_test *kt = kt_full("keys");
	cm_err err = {""};
	char *log;

	x_free(kt->dir);
	kt->dir = xstrdup("/nonexistent/keys");
	ck_assert_ptr_null(keystore_load(&kt->o, &err));
	ck_assert_ptr_nonnull(strstr(err.text, "/nonexistent/keys"));
	kt_free(kt);

	kt = kt_new("keys", "org-roots.pem", "no-such-roots.pem", NULL, NULL);
	ck_assert_ptr_null(keystore_load(&kt->o, &err));
	ck_assert_ptr_nonnull(strstr(err.text, "no-such-roots.pem"));
	kt_free(kt);

	kt = kt_new("keys", NULL, NULL, NULL, "no-such-pass");
	ck_assert_ptr_null(keystore_load(&kt->o, &err));
	ck_assert_ptr_nonnull(strstr(err.text, "no-such-pass"));
	kt_free(kt);

	/* a wrong password loses one file, not the keystore */
	kt = kt_new("keys", NULL, NULL, NULL, "org-ca.key");
	capture_start();
	struct keystore *ks = keystore_load(&kt->o, &err);
	log = capture_end();
	ck_assert_msg(ks != NULL, "%s", err.text);
	ck_assert_ptr_null(keystore_find(ks, "erin@example.com", CM_CLASS_IDENTITY));
	ck_assert_ptr_nonnull(keystore_find(ks, "alice@example.com", CM_CLASS_IDENTITY));
	ck_assert_ptr_nonnull(strstr(log, "erin-v4.p12"));
	keystore_free(ks);
	kt_free(kt);
	x_free(log);
}
END_TEST

/* "WHAT DIR/FILE (owner ME, mode MODE): RULE" is in text. */
static void assert_refused(const char *text, const char *what, const char *dir, const char *file,
                           const char *owner, const char *mode_rule)
{
	char want[2 * PATH_MAX];

	snprintf(want, sizeof(want), "%s %s%s%s (owner %s, mode %s", what, dir, file[0] ? "/" : "",
	         file, owner, mode_rule);
	ck_assert_msg(strstr(text, want) != NULL, "want \"%s\" in: %s", want, text);
}

static const char *my_name(void)
{
	struct passwd *pw = getpwuid(geteuid());

	ck_assert_ptr_nonnull(pw);
	return pw->pw_name;
}

/* Files other users can write are refused (a key file only readable by its
 * owner but writable by the group, too); safe files beside them load. */
START_TEST(test_keystore_writable_files)
{
	const char *dir = fresh_dir("writable");
	static const struct {
		const char *from, *to;
		mode_t mode;
	} files[] = {
	    {"keys/alice-v4.pem", "alice-v4.pem", 0664},
	    {"keys/alice-v4.key", "alice-v4.key", 0600},
	    {"keys/bob-v3.pem", "bob-v3.pem", 0644},
	    {"keys/bob-v3.key", "bob-v3.key", 0620},
	    {"keys/carol-v2.pem", "carol.pem", 0602},
	    {"keys/dave-v1-new.pem", "dave.pem", 0644},
	    {"keys/dave-v1-new.key", "dave.key", 0600},
	};
	struct ks_test *kt;
	struct keystore *ks;
	cm_err err = {""};
	char path[PATH_MAX], *log;

	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		join(path, sizeof(path), dir, files[i].to);
		copy_file(files[i].from, path, files[i].mode);
	}
	kt = kt_full(dir);
	capture_start();
	ks = keystore_load(&kt->o, &err);
	log = capture_end();
	ck_assert_msg(ks != NULL, "%s", err.text);
	ck_assert_ptr_null(keystore_find(ks, "alice@example.com", CM_CLASS_IDENTITY));
	ck_assert_ptr_null(keystore_find(ks, "bob@example.com", CM_CLASS_IDENTITY));
	ck_assert_ptr_null(keystore_find(ks, "carol@example.com", CM_CLASS_IDENTITY));
	ck_assert_ptr_nonnull(keystore_find(ks, "dave@example.com", CM_CLASS_V1));
	assert_refused(keystore_refusal(ks, 0), "certificate file", dir, "alice-v4.pem", my_name(),
	               "0664): writable by group or others; refused, chmod go-w it");
	assert_refused(keystore_refusal(ks, 1), "key file", dir, "bob-v3.key", my_name(),
	               "0620): writable by group or others; refused, chmod go-w it");
	assert_refused(keystore_refusal(ks, 2), "certificate file", dir, "carol.pem", my_name(),
	               "0602): writable by group or others");
	ck_assert_ptr_null(keystore_refusal(ks, 3));
	assert_refused(log, "key file", dir, "bob-v3.key", my_name(), "0620): writable");
	keystore_free(ks);
	kt_free(kt);
	x_free(log);
}
END_TEST

/* A file or directory that belongs to another user than root or the
 * configured user is refused (needs root to give files away). */
START_TEST(test_keystore_other_owner)
{
	const char *dir = fresh_dir("owner");
	struct passwd *nobody = getpwnam("nobody");
	struct ks_test *kt;
	struct keystore *ks;
	cm_err err = {""};
	char pem[PATH_MAX], key[PATH_MAX];

	if (geteuid() != 0 || nobody == NULL)
		return; /* cannot chown: nothing to test */
	join(pem, sizeof(pem), dir, "dave.pem");
	copy_file("keys/dave-v1-new.pem", pem, 0644);
	join(key, sizeof(key), dir, "dave.key");
	copy_file("keys/dave-v1-new.key", key, 0600);
	ck_assert_int_eq(chown(key, nobody->pw_uid, nobody->pw_gid), 0);
	kt = kt_full(dir);
	ks = keystore_load(&kt->o, &err);
	ck_assert_msg(ks != NULL, "%s", err.text);
	ck_assert_ptr_null(keystore_find(ks, "dave@example.com", CM_CLASS_V1));
	assert_refused(keystore_refusal(ks, 0), "key file", dir, "dave.key", "nobody",
	               "0600): owned by another user; refused: it must belong to root");
	keystore_free(ks);

	/* the user certmilter runs as may own them */
	kt->o.user = (char *)"nobody";
	ks = keystore_load(&kt->o, &err);
	ck_assert_msg(ks != NULL, "%s", err.text);
	ck_assert_ptr_nonnull(keystore_find(ks, "dave@example.com", CM_CLASS_V1));
	ck_assert_ptr_null(keystore_refusal(ks, 0));
	keystore_free(ks);

	/* the directory too */
	kt->o.user = NULL;
	ck_assert_int_eq(chown(dir, nobody->pw_uid, nobody->pw_gid), 0);
	ck_assert_ptr_null(keystore_load(&kt->o, &err));
	assert_refused(err.text, "keystore directory", dir, "", "nobody",
	               "0700): owned by another user; refused");
	kt_free(kt);
}
END_TEST

/* An unsafe keystore directory, password file or chain bundle makes the
 * whole keystore unusable (the daemon does not start, -n exits 1). */
START_TEST(test_keystore_unsafe_dir_and_secrets)
{
	const char *dir = fresh_dir("unsafedir");
	char pass[PATH_MAX], chain[PATH_MAX], path[PATH_MAX];
	struct ks_test *kt;
	struct keystore *ks;
	cm_err err = {""};

	join(path, sizeof(path), dir, "dave.pem");
	copy_file("keys/dave-v1-new.pem", path, 0644);
	kt = kt_full(dir);
	ck_assert_int_eq(chmod(dir, 0770), 0);
	ck_assert_ptr_null(keystore_load(&kt->o, &err));
	assert_refused(err.text, "keystore directory", dir, "", my_name(),
	               "0770): writable by group or others; refused, chmod go-w it");
	ck_assert_int_eq(chmod(dir, 01777), 0); /* sticky does not help */
	ck_assert_ptr_null(keystore_load(&kt->o, &err));
	ck_assert_int_eq(chmod(dir, 0755), 0);

	snprintf(pass, sizeof(pass), "%s/p12pass-0644", testpki_tmp);
	copy_file("p12pass", pass, 0644);
	x_free(kt->pass);
	kt->o.pkcs12_password_file = kt->pass = xstrdup(pass);
	ck_assert_ptr_null(keystore_load(&kt->o, &err));
	assert_refused(err.text, "PKCS#12 password file", pass, "", my_name(),
	               "0644): readable by group or others; refused, chmod 600 it");
	ck_assert_int_eq(chmod(pass, 0600), 0);
	ks = keystore_load(&kt->o, &err);
	ck_assert_msg(ks != NULL, "%s", err.text);
	keystore_free(ks);

	snprintf(chain, sizeof(chain), "%s/chain-0646.pem", testpki_tmp);
	copy_file("chain.pem", chain, 0646);
	x_free(kt->chain);
	kt->o.chain_bundle = kt->chain = xstrdup(chain);
	ck_assert_ptr_null(keystore_load(&kt->o, &err));
	assert_refused(err.text, "chain bundle", chain, "", my_name(),
	               "0646): writable by group or others; refused");
	kt_free(kt);
}
END_TEST

/* Write DIR/NAME.pem: a certificate for addr issued by org-ca, valid for
 * secs more seconds, with its key. */
static void short_lived(const char *dir, const char *name, const char *subj, const char *addr,
                        long secs)
{
	X509 *ca = load_cert("org-ca.pem");
	EVP_PKEY *cakey = load_key("org-ca.key"), *key = testpki_ec("P-256");
	char san[256], path[PATH_MAX];
	struct tp_cert t = {subj,
	                    key,
	                    ca,
	                    cakey,
	                    -60,
	                    secs,
	                    "critical,CA:false",
	                    "critical,digitalSignature",
	                    "emailProtection",
	                    san};
	X509 *x;

	snprintf(san, sizeof(san), "email:%s", addr);
	x = testpki_issue(&t);
	snprintf(path, sizeof(path), "%s/%s.pem", dir, name);
	testpki_write(path, x, key, 0600);
	X509_free(x);
	X509_free(ca);
	EVP_PKEY_free(cakey);
	EVP_PKEY_free(key);
}

/* A certificate that expires after the load is no longer found (without a
 * reload); "identity" falls back to the next class still valid. */
START_TEST(test_keystore_expires_after_load)
{
	const char *dir = fresh_dir("expiring");
	struct ks_test *kt;
	struct keystore *ks;
	const struct ks_entry *e;
	cm_err err = {""};

	short_lived(dir, "ivan-v4", "/O=Example Org/CN=Ivan Example/title=Clerk",
	            "ivan@example.com", 3);
	short_lived(dir, "ivan-v1", "/CN=ivan@example.com", "ivan@example.com", 3600);
	kt = kt_full(dir);
	ks = keystore_load(&kt->o, &err);
	ck_assert_msg(ks != NULL, "%s", err.text);
	e = keystore_find(ks, "ivan@example.com", CM_CLASS_IDENTITY);
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(e->cls, CM_CLASS_V4);
	ck_assert_ptr_nonnull(keystore_find(ks, "ivan@example.com", CM_CLASS_V4));
	while (time(NULL) <= e->not_after)
		sleep(1);
	ck_assert_ptr_null(keystore_find(ks, "ivan@example.com", CM_CLASS_V4));
	e = keystore_find(ks, "ivan@example.com", CM_CLASS_IDENTITY);
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(e->cls, CM_CLASS_V1);
	ck_assert(ends_with(e->path, "/ivan-v1.pem"));
	keystore_free(ks);
	kt_free(kt);
}
END_TEST

/* ---- main ---------------------------------------------------------------- */

static Suite *classify_suite(void)
{
	Suite *s = suite_create("classify");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_classify_pki);
	tcase_add_test(tc, test_classify_ladder_edges);
	tcase_add_test(tc, test_classify_br_and_ec_dual);
	tcase_add_test(tc, test_keystore_br_rules);
	tcase_add_test(tc, test_classify_addrs);
	tcase_add_test(tc, test_chains_and_stores);
	tcase_add_test(tc, test_pem_bundles);
	tcase_add_test(tc, test_asn1_time_and_err_text);
	tcase_add_test(tc, test_chain_purpose);
	tcase_add_test(tc, test_chain_keys_and_strict);
	tcase_add_test(tc, test_keystore_load);
	tcase_add_test(tc, test_keystore_chains);
	tcase_add_test(tc, test_keystore_address_case);
	tcase_add_test(tc, test_keystore_foreach);
	tcase_add_test(tc, test_keystore_refuses_readable_keys);
	tcase_add_test(tc, test_keystore_keyless_and_rollover);
	tcase_add_test(tc, test_keystore_rollover_order);
	tcase_add_test(tc, test_keystore_fatal_errors);
	tcase_add_test(tc, test_keystore_writable_files);
	tcase_add_test(tc, test_keystore_other_owner);
	tcase_add_test(tc, test_keystore_unsafe_dir_and_secrets);
	tcase_add_test(tc, test_keystore_expires_after_load);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr;
	int failed;

	if (testpki_setup(SRCDIR, "check_classify") != 0)
		return 1;
	log_init("check_classify", LOG_USER, true);
	sr = srunner_create(classify_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	testpki_teardown();
	return failed == 0 ? 0 : 1;
}
