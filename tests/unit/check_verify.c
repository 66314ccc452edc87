/*
 * check_verify.c - inbound signature verification (crypto/verify), on
 * SignedData made by cms.c and by the openssl tool (independent), with the
 * test PKI (tests/pki/mkpki.sh): each SignerInfo judged on its own.
 */
#include <check.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/pem.h>
#include <openssl/sha.h>
#include <openssl/ts.h>
#include <openssl/x509v3.h>
#include <sys/resource.h>
#include <syslog.h>
#include <time.h>

#include "cms.h"
#include "log.h"
#include "testpki.h"
#include "verify.h"
#include "xalloc.h"

static const char message[] = "Content-Type: text/plain\r\n\r\nSigned, then checked.\r\n";

struct fx {
	X509 *v4, *vp;
	EVP_PKEY *v4key, *vpkey;
	STACK_OF(X509) *org_chain, *pub_chain, *inter;
	X509_STORE *org, *pub;
	struct vfy_opts o;
};

static X509_STORE *store_of(const char *rel)
{
	char *path = pki_path(rel);
	cm_err err;
	X509_STORE *s = cm_store_load(path, &err);

	ck_assert_msg(s != NULL, "%s", err.text);
	x_free(path);
	return s;
}

static void fx_load(struct fx *f)
{
	memset(f, 0, sizeof(*f));
	f->v4 = load_cert("keys/alice-v4.pem");
	f->vp = load_cert("keys/alice-vp.pem");
	f->v4key = load_key("keys/alice-v4.key");
	f->vpkey = load_key("keys/alice-vp.key");
	f->org_chain = load_certs("org-ca.pem");
	f->pub_chain = load_certs("public-ca.pem");
	f->org = store_of("org-roots.pem");
	f->pub = store_of("public-roots.pem");
	f->o = (struct vfy_opts){f->org, f->pub, NULL, NULL, {X509_PURPOSE_SMIME_SIGN, 2048, 256},
	                         0,      0};
}

static void fx_free(struct fx *f)
{
	X509_free(f->v4);
	X509_free(f->vp);
	EVP_PKEY_free(f->v4key);
	EVP_PKEY_free(f->vpkey);
	sk_X509_pop_free(f->org_chain, X509_free);
	sk_X509_pop_free(f->pub_chain, X509_free);
	X509_STORE_free(f->org);
	X509_STORE_free(f->pub);
}

/* Vp then V4 over text, detached or opaque: the DER (OPENSSL_malloc'd). */
static unsigned char *sign_dual(struct fx *f, const char *text, bool opaque, size_t *len)
{
	struct cm_signer s[2] = {{f->vp, f->vpkey, f->pub_chain}, {f->v4, f->v4key, f->org_chain}};
	struct sbuf *content = sbuf_of(text, strlen(text), 1 << 20);
	struct cms_signed *cs;
	unsigned char *der = NULL;
	cm_err err;

	cs = cms_sign_start(content, s, 2, NULL, NULL, opaque, NULL, &err);
	ck_assert_msg(cs != NULL, "%s", err.text);
	ck_assert_int_eq(cms_encode(cs, &der, len, &err), 0);
	cms_signed_free(cs);
	sbuf_destroy(content);
	return der;
}

static void check(struct fx *f, const unsigned char *der, size_t len, const char *content,
                  struct vfy_report *r, struct sbuf *out)
{
	struct sbuf *c = content ? sbuf_of(content, strlen(content), 1 << 20) : NULL;

	vfy_signed(der, len, c, &f->o, r, out);
	sbuf_destroy(c);
}

/* Both signers pass, each with its own trust and class. */
START_TEST(test_dual_pass)
{
	struct fx f;
	struct vfy_report r;
	size_t len;
	unsigned char *der;

	fx_load(&f);
	der = sign_dual(&f, message, false, &len);
	check(&f, der, len, message, &r, NULL);
	ck_assert_int_eq(r.res, VFY_PASS);
	ck_assert_uint_eq(r.n, 2);
	ck_assert_msg(r.s[0].res == VFY_PASS, "vp: %s", r.s[0].why);
	ck_assert_msg(r.s[1].res == VFY_PASS, "v4: %s", r.s[1].why);
	ck_assert(r.s[0].public_trust && !r.s[1].public_trust);
	ck_assert_int_eq(r.s[0].cls, CM_CLASS_VP);
	ck_assert_int_eq(r.s[1].cls, CM_CLASS_V4);
	ck_assert_int_eq(X509_cmp(r.s[1].cert, f.v4), 0);
	ck_assert_int_eq(r.s[0].ts_time, 0);
	vfy_report_free(&r);
	OPENSSL_free(der);
	fx_free(&f);
}
END_TEST

/* One changed byte: both fail; trust.public missing: the Vp signer is
 * neutral, the V4 one still passes. */
START_TEST(test_tampered_and_untrusted)
{
	struct fx f;
	struct vfy_report r;
	size_t len;
	unsigned char *der;
	char changed[sizeof(message)];

	fx_load(&f);
	der = sign_dual(&f, message, false, &len);
	memcpy(changed, message, sizeof(message));
	changed[30] ^= 1;
	check(&f, der, len, changed, &r, NULL);
	ck_assert(r.s[0].res == VFY_FAIL && r.s[1].res == VFY_FAIL);
	vfy_report_free(&r);
	f.o.pub = NULL;
	check(&f, der, len, message, &r, NULL);
	ck_assert_msg(r.s[0].res == VFY_NEUTRAL, "vp: %s", vfy_result_name(r.s[0].res));
	ck_assert_ptr_nonnull(strstr(r.s[0].why, "chain"));
	ck_assert(r.s[1].res == VFY_PASS);
	vfy_report_free(&r);
	OPENSSL_free(der);
	fx_free(&f);
}
END_TEST

/* Opaque: verified, and its content written out unchanged. */
START_TEST(test_opaque)
{
	struct fx f;
	struct vfy_report r;
	struct sbuf_opts so = {testpki_tmp, 1 << 20};
	struct sbuf *out = sbuf_create(&so);
	struct buf got = {0};
	size_t len;
	unsigned char *der;
	cm_err err;

	fx_load(&f);
	der = sign_dual(&f, message, true, &len);
	check(&f, der, len, NULL, &r, out);
	ck_assert(r.res == VFY_PASS && r.s[0].res == VFY_PASS && r.s[1].res == VFY_PASS);
	ck_assert_int_eq(sbuf_slurp(out, &got, &err), 0);
	ck_assert_uint_eq(got.len, strlen(message));
	ck_assert(memcmp(got.data, message, got.len) == 0);
	vfy_report_free(&r);
	/* detached bytes given for an opaque signature: permerror */
	check(&f, der, len, message, &r, NULL);
	ck_assert_int_eq(r.res, VFY_PERMERROR);
	vfy_report_free(&r);
	buf_free(&got);
	sbuf_destroy(out);
	OPENSSL_free(der);
	fx_free(&f);
}
END_TEST

/* Garbage, a truncated DER, too many SignerInfos: permerror, no signer. */
START_TEST(test_permerror)
{
	struct fx f;
	struct vfy_report r;
	size_t len;
	unsigned char *der;

	fx_load(&f);
	check(&f, (const unsigned char *)"garbage", 7, message, &r, NULL);
	ck_assert(r.res == VFY_PERMERROR && r.n == 0);
	vfy_report_free(&r);
	der = sign_dual(&f, message, false, &len);
	check(&f, der, len / 2, message, &r, NULL);
	ck_assert(r.res == VFY_PERMERROR && r.n == 0);
	vfy_report_free(&r);
	f.o.max_signers = 1;
	check(&f, der, len, message, &r, NULL);
	ck_assert(r.res == VFY_PERMERROR && r.n == 0);
	ck_assert_ptr_nonnull(strstr(r.why, "2 SignerInfos"));
	vfy_report_free(&r);
	OPENSSL_free(der);
	fx_free(&f);
}
END_TEST

/* A signature made by the openssl tool, not by cms.c. */
START_TEST(test_openssl_signed)
{
	struct fx f;
	struct vfy_report r;
	char msg[PATH_MAX], sig[PATH_MAX], *cert = pki_path("keys/alice-v4.pem");
	char *key = pki_path("keys/alice-v4.key"), *chain = pki_path("org-ca.pem"), *der;
	size_t len = 0;

	fx_load(&f);
	snprintf(msg, sizeof(msg), "%s/ext.txt", testpki_tmp);
	snprintf(sig, sizeof(sig), "%s/ext.der", testpki_tmp);
	write_file(msg, message, strlen(message));
	ck_assert_int_eq(run("openssl cms -sign -binary -in '%s' -signer '%s' -inkey '%s' "
	                     "-certfile '%s' -outform DER -out '%s' 2>/dev/null",
	                     msg, cert, key, chain, sig),
	                 0);
	der = slurp(sig, &len);
	check(&f, (unsigned char *)der, len, message, &r, NULL);
	ck_assert(r.res == VFY_PASS && r.n == 1);
	ck_assert_msg(r.s[0].res == VFY_PASS, "%s", r.s[0].why);
	ck_assert_int_eq(r.s[0].cls, CM_CLASS_V4);
	vfy_report_free(&r);
	x_free(der);
	x_free(cert);
	x_free(key);
	x_free(chain);
	fx_free(&f);
}
END_TEST

/* An RFC 3161 token over the bytes of file data, made by the openssl tool
 * with the test PKI's TSA certificate: its DER in *len bytes (xmalloc'd). */
static char *openssl_token(const char *data, size_t *len)
{
	char cnf[PATH_MAX], q[PATH_MAX], tok[PATH_MAX], serial[PATH_MAX];
	char *tsa = pki_path("tsa.pem"), *key = pki_path("tsa.key"), *der, *text;

	snprintf(cnf, sizeof(cnf), "%s/ts.cnf", testpki_tmp);
	snprintf(serial, sizeof(serial), "%s/ts.serial", testpki_tmp);
	snprintf(q, sizeof(q), "%s/ts.tsq", testpki_tmp);
	snprintf(tok, sizeof(tok), "%s/ts.tok", testpki_tmp);
	write_file(serial, "01\n", 3);
	text = xmalloc(2 * PATH_MAX);
	snprintf(text, 2 * PATH_MAX,
	         "[ tsa ]\ndefault_tsa = t\n[ t ]\nserial = %s\ndefault_policy = 1.2.3.4.1\n"
	         "digests = sha256\nsigner_digest = sha256\ness_cert_id_alg = sha256\n",
	         serial);
	write_file(cnf, text, strlen(text));
	ck_assert_int_eq(
	    run("openssl ts -query -data '%s' -sha256 -no_nonce -cert -out '%s' 2>/dev/null "
	        "&& openssl ts -reply -queryfile '%s' -signer '%s' -inkey '%s' "
	        "-config '%s' -token_out -out '%s' 2>/dev/null",
	        data, q, q, tsa, key, cnf, tok),
	    0);
	der = slurp(tok, len);
	x_free(text);
	x_free(tsa);
	x_free(key);
	return der;
}

/* A token over the Vp SignerInfo's signature (openssl ts): its genTime is
 * the signer's time; the V4 signer has none; the same token on the V4
 * signer (another signature) is not taken. */
START_TEST(test_timestamp)
{
	struct fx f;
	struct cm_signer s[2];
	struct sbuf *content = sbuf_of(message, strlen(message), 1 << 20);
	struct cms_signed *cs;
	struct vfy_report r;
	unsigned char *der = NULL;
	const unsigned char *sig;
	size_t len, siglen, toklen;
	char path[PATH_MAX], *tok;
	time_t now = time(NULL);
	X509_STORE *tsa;
	cm_err err;

	fx_load(&f);
	s[0] = (struct cm_signer){f.vp, f.vpkey, f.pub_chain};
	s[1] = (struct cm_signer){f.v4, f.v4key, f.org_chain};
	tsa = f.o.tsa = store_of("tsa-roots.pem");
	cs = cms_sign_start(content, s, 2, NULL, NULL, false, NULL, &err);
	ck_assert_msg(cs != NULL, "%s", err.text);
	sig = cms_signature(cs, 0, &siglen);
	snprintf(path, sizeof(path), "%s/sig0", testpki_tmp);
	write_file(path, sig, siglen);
	tok = openssl_token(path, &toklen);
	ck_assert_int_eq(cms_add_timestamp(cs, 0, (unsigned char *)tok, toklen, &err), 0);
	ck_assert_int_eq(cms_add_timestamp(cs, 1, (unsigned char *)tok, toklen, &err), 0);
	ck_assert_int_eq(cms_encode(cs, &der, &len, &err), 0);
	check(&f, der, len, message, &r, NULL);
	ck_assert(r.s[0].res == VFY_PASS && r.s[1].res == VFY_PASS);
	ck_assert_msg(r.s[0].ts_time >= now - 120 && r.s[0].ts_time <= now + 120, "genTime %lld",
	              (long long)r.s[0].ts_time);
	ck_assert_int_eq(r.s[1].ts_time, 0); /* its imprint is of the other signature */
	vfy_report_free(&r);
	f.o.tsa = NULL; /* no trust.tsa: tokens are not looked at */
	check(&f, der, len, message, &r, NULL);
	ck_assert_int_eq(r.s[0].ts_time, 0);
	vfy_report_free(&r);
	X509_STORE_free(tsa);
	OPENSSL_free(der);
	x_free(tok);
	cms_signed_free(cs);
	sbuf_destroy(content);
	fx_free(&f);
}
END_TEST

/* The TSA's clock for token_at(). */
static int tsa_clock(TS_RESP_CTX *ctx, void *data, long *sec, long *usec)
{
	(void)ctx;
	*sec = (long)*(const time_t *)data;
	*usec = 0;
	return 1;
}

/* A token over sig whose genTime is at, signed in-process by the test
 * PKI's TSA (the openssl tool takes the clock's time): DER, OPENSSL_malloc'd. */
static unsigned char *token_at(const unsigned char *sig, size_t siglen, time_t at, size_t *len)
{
	X509 *cert = load_cert("tsa.pem");
	EVP_PKEY *key = load_key("tsa.key");
	TS_RESP_CTX *ctx = TS_RESP_CTX_new();
	TS_REQ *req = TS_REQ_new();
	TS_MSG_IMPRINT *mi = TS_MSG_IMPRINT_new();
	X509_ALGOR *alg = X509_ALGOR_new();
	ASN1_OBJECT *policy = OBJ_txt2obj("1.2.3.4.1", 1);
	unsigned char d[32], *der = NULL;
	BIO *in = BIO_new(BIO_s_mem()), *out = BIO_new(BIO_s_mem());
	TS_RESP *resp;
	int n;

	SHA256(sig, siglen, d);
	X509_ALGOR_set0(alg, OBJ_nid2obj(NID_sha256), V_ASN1_NULL, NULL);
	ck_assert(TS_MSG_IMPRINT_set_algo(mi, alg) && TS_MSG_IMPRINT_set_msg(mi, d, sizeof(d)));
	ck_assert(TS_REQ_set_version(req, 1) && TS_REQ_set_msg_imprint(req, mi) &&
	          TS_REQ_set_cert_req(req, 1));
	ck_assert(i2d_TS_REQ_bio(in, req) > 0);
	ck_assert(TS_RESP_CTX_set_signer_cert(ctx, cert) && TS_RESP_CTX_set_signer_key(ctx, key) &&
	          TS_RESP_CTX_set_def_policy(ctx, policy) &&
	          TS_RESP_CTX_add_md(ctx, EVP_sha256()) &&
	          TS_RESP_CTX_set_signer_digest(ctx, EVP_sha256()));
	TS_RESP_CTX_set_time_cb(ctx, tsa_clock, &at);
	resp = TS_RESP_create_response(ctx, in);
	ck_assert(resp != NULL && TS_RESP_get_token(resp) != NULL);
	ck_assert((n = i2d_PKCS7(TS_RESP_get_token(resp), &der)) > 0);
	*len = (size_t)n;
	TS_RESP_free(resp);
	BIO_free(in);
	BIO_free(out);
	ASN1_OBJECT_free(policy);
	X509_ALGOR_free(alg);
	TS_MSG_IMPRINT_free(mi);
	TS_REQ_free(req);
	TS_RESP_CTX_free(ctx);
	EVP_PKEY_free(key);
	X509_free(cert);
	return der;
}

/* frank's certificate expired yesterday (valid from 30 days ago): with a
 * token from two days ago its signature passes, checked at the token's
 * genTime; without a token, or with a token from now, it is neutral. */
START_TEST(test_expired_with_token)
{
	struct fx f;
	X509 *frank = load_cert("keys/frank-v1.pem");
	EVP_PKEY *key = load_key("keys/frank-v1.key");
	struct cm_signer s = {frank, key, NULL};
	struct sbuf *content = sbuf_of(message, strlen(message), 1 << 20);
	time_t then = time(NULL) - 2 * 86400, now = time(NULL);
	const time_t when[3] = {0, then, now};
	enum vfy_result want[3] = {VFY_NEUTRAL, VFY_PASS, VFY_NEUTRAL};
	cm_err err;

	fx_load(&f);
	f.o.tsa = store_of("tsa-roots.pem");
	f.o.intermediates = f.org_chain;
	for (int i = 0; i < 3; i++) {
		struct cms_signed *cs =
		    cms_sign_start(content, &s, 1, NULL, NULL, false, NULL, &err);
		unsigned char *der = NULL, *tok = NULL;
		const unsigned char *sig;
		size_t len, siglen, toklen;
		struct vfy_report r;

		ck_assert_msg(cs != NULL, "%s", err.text);
		sig = cms_signature(cs, 0, &siglen);
		if (when[i] != 0) {
			tok = token_at(sig, siglen, when[i], &toklen);
			ck_assert_int_eq(cms_add_timestamp(cs, 0, tok, toklen, &err), 0);
		}
		ck_assert_int_eq(cms_encode(cs, &der, &len, &err), 0);
		check(&f, der, len, message, &r, NULL);
		ck_assert_uint_eq(r.n, 1);
		ck_assert_msg(r.s[0].res == want[i], "token %d: %s (%s)", i,
		              vfy_result_name(r.s[0].res), r.s[0].why);
		if (i == 1) {
			ck_assert_int_eq(r.s[0].ts_time, then);
			ck_assert_int_eq(r.s[0].cls, CM_CLASS_V1);
			ck_assert_ptr_nonnull(r.s[0].issuer);
		}
		vfy_report_free(&r);
		OPENSSL_free(der);
		OPENSSL_free(tok);
		cms_signed_free(cs);
	}
	X509_STORE_free(f.o.tsa);
	sbuf_destroy(content);
	EVP_PKEY_free(key);
	X509_free(frank);
	fx_free(&f);
}
END_TEST

/* ---- hostile SignedData: many SignerInfos, a certificate bomb ---- */

/* One DER element: where it starts, its content and its total size. */
struct el {
	const unsigned char *start, *c;
	long clen, total;
	int tag, cls;
};

static void el_next(const unsigned char **p, long *left, struct el *e)
{
	const unsigned char *q = *p;

	ck_assert((ASN1_get_object(&q, &e->clen, &e->tag, &e->cls, *left) & 0x80) == 0);
	e->start = *p;
	e->c = q;
	e->total = (long)(q - *p) + e->clen;
	*p += e->total;
	*left -= e->total;
}

/* Append a constructed element (tag, class) holding n bytes of c. */
static void put(struct buf *b, int tag, int cls, const void *c, size_t n)
{
	unsigned char h[16], *p = h;

	ASN1_put_object(&p, 1, (int)n, tag, cls);
	buf_append(b, h, (size_t)(p - h));
	buf_append(b, c, n);
}

/* n certificates like org-ca.pem, each with its own serial (so its own
 * signature no longer holds): DER, one after the other. */
static void cert_bomb(struct buf *b, size_t n)
{
	X509 *ca = load_cert("org-ca.pem");

	for (size_t i = 0; i < n; i++) {
		X509 *x = X509_dup(ca);
		ASN1_INTEGER *serial = ASN1_INTEGER_new();
		unsigned char *der = NULL;
		int len;

		ck_assert(x != NULL && serial != NULL && ASN1_INTEGER_set(serial, 1000 + (long)i));
		ck_assert(X509_set_serialNumber(x, serial) == 1);
		ck_assert((len = i2d_X509(x, &der)) > 0);
		buf_append(b, der, (size_t)len);
		OPENSSL_free(der);
		ASN1_INTEGER_free(serial);
		X509_free(x);
	}
	X509_free(ca);
}

/* The SignedData der with its first SignerInfo repeated nsigners times
 * (0: as is) and extra certificates after its own: a new DER in out. */
static void inflate(const unsigned char *der, long len, size_t nsigners, const struct buf *extra,
                    struct buf *out)
{
	const unsigned char *p = der;
	long left = len;
	struct el ci, oid, x0, sd, k, si;
	struct buf body = {0}, set = {0}, t1 = {0}, t2 = {0};

	el_next(&p, &left, &ci);
	p = ci.c, left = ci.clen;
	el_next(&p, &left, &oid);
	el_next(&p, &left, &x0);
	p = x0.c, left = x0.clen;
	el_next(&p, &left, &sd);
	for (p = sd.c, left = sd.clen; left > 0;) {
		el_next(&p, &left, &k);
		buf_reset(&set);
		if (k.cls == V_ASN1_CONTEXT_SPECIFIC && k.tag == 0) { /* certificates */
			buf_append(&set, k.c, (size_t)k.clen);
			buf_append(&set, extra->data, extra->len);
			put(&body, 0, V_ASN1_CONTEXT_SPECIFIC, set.data, set.len);
		} else if (left == 0 && nsigners > 0) { /* signerInfos, the last */
			const unsigned char *q = k.c;
			long l = k.clen;

			el_next(&q, &l, &si);
			for (size_t i = 0; i < nsigners; i++)
				buf_append(&set, si.start, (size_t)si.total);
			put(&body, V_ASN1_SET, V_ASN1_UNIVERSAL, set.data, set.len);
		} else {
			buf_append(&body, k.start, (size_t)k.total);
		}
	}
	put(&t1, V_ASN1_SEQUENCE, V_ASN1_UNIVERSAL, body.data, body.len);
	buf_append(&t2, oid.start, (size_t)oid.total);
	put(&t2, 0, V_ASN1_CONTEXT_SPECIFIC, t1.data, t1.len);
	buf_reset(out);
	put(out, V_ASN1_SEQUENCE, V_ASN1_UNIVERSAL, t2.data, t2.len);
	buf_free(&body);
	buf_free(&set);
	buf_free(&t1);
	buf_free(&t2);
}

/* The process's peak RSS in KB (VmHWM); reset: from now on (clear_refs 5,
 * Linux 4.0), so that the peak is the call's, not the DER's making. */
static long peak_rss_kb(bool reset)
{
	FILE *fp = fopen(reset ? "/proc/self/clear_refs" : "/proc/self/status", reset ? "w" : "r");
	char line[256];
	long kb = -1;

	if (fp == NULL)
		return -1;
	if (reset)
		fputs("5", fp);
	else
		while (fgets(line, sizeof(line), fp) != NULL)
			if (sscanf(line, "VmHWM: %ld kB", &kb) == 1)
				break;
	fclose(fp);
	return kb;
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* vfy_signed on der, timed: seconds; prints the figures. */
static double timed(struct fx *f, const struct buf *der, const char *what, struct vfy_report *r)
{
	long rss0, peak;
	double t0, took;

	peak_rss_kb(true);
	rss0 = peak_rss_kb(false);
	t0 = now_s();
	check(f, der->data, der->len, message, r, NULL);
	took = now_s() - t0;
	peak = peak_rss_kb(false);
	printf("check_verify: %s (%zu bytes of DER): %s (%s) in %.3f s, peak RSS %ld KB "
	       "(+%ld KB)\n",
	       what, der->len, vfy_result_name(r->res), r->why, took, peak, peak - rss0);
	fflush(stdout);
	return took;
}

/* Under valgrind (LD_PRELOAD holds its vgpreload), which runs every unit
 * program again ~50 times slower? */
static bool under_valgrind(void)
{
	const char *pre = getenv("LD_PRELOAD");

	return pre != NULL && strstr(pre, "vgpreload") != NULL;
}

/* 10,000 SignerInfos: permerror before any is looked at; 5,000
 * certificates (a bomb; 500 under valgrind, where 5,000 take 24 s):
 * permerror before any chain is built. Each within 2 s (the figures
 * printed are ~0.1 s and ~0.5 s here), 60 s under valgrind. */
START_TEST(test_hostile_sizes)
{
	struct fx f;
	struct vfy_report r;
	struct buf none = {0}, bomb = {0}, der = {0};
	size_t len, ncerts = under_valgrind() ? 500 : 5000;
	double bound = under_valgrind() ? 60.0 : 2.0;
	char what[64];
	unsigned char *one;

	fx_load(&f);
	one = sign_dual(&f, message, false, &len);
	inflate(one, (long)len, 10000, &none, &der);
	ck_assert_double_lt(timed(&f, &der, "10000 SignerInfos", &r), bound);
	ck_assert_int_eq(r.res, VFY_PERMERROR);
	ck_assert_uint_eq(r.n, 0);
	ck_assert_ptr_nonnull(strstr(r.why, "10000 SignerInfos"));
	vfy_report_free(&r);
	cert_bomb(&bomb, ncerts);
	inflate(one, (long)len, 0, &bomb, &der);
	snprintf(what, sizeof(what), "%zu extra certificates", ncerts);
	ck_assert_double_lt(timed(&f, &der, what, &r), bound);
	ck_assert_int_eq(r.res, VFY_PERMERROR);
	ck_assert_uint_eq(r.n, 0);
	/* counted as they are cut out: none past the 64th is decoded */
	ck_assert_ptr_nonnull(strstr(r.why, "more than 64 certificates"));
	vfy_report_free(&r);
	buf_free(&bomb);
	buf_free(&der);
	OPENSSL_free(one);
	fx_free(&f);
}
END_TEST

static Suite *verify_suite(void)
{
	Suite *s = suite_create("verify");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_dual_pass);
	tcase_add_test(tc, test_tampered_and_untrusted);
	tcase_add_test(tc, test_opaque);
	tcase_add_test(tc, test_permerror);
	tcase_add_test(tc, test_openssl_signed);
	tcase_add_test(tc, test_timestamp);
	tcase_add_test(tc, test_expired_with_token);
	tcase_add_test(tc, test_hostile_sizes);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr;
	int failed;

	if (testpki_setup(SRCDIR, "check_verify") != 0)
		return 1;
	log_init("check_verify", LOG_USER, true);
	sr = srunner_create(verify_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	testpki_teardown();
	return failed == 0 ? 0 : 1;
}
