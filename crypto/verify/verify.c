/*
 * verify.c - every SignerInfo of an inbound SignedData (verify.h).
 *
 * OpenSSL's CMS_verify answers for all signers at once. Here the content
 * goes once through the digest BIOs of CMS_dataInit, and then each
 * SignerInfo is checked on its own: CMS_SignerInfo_verify (the signature
 * over the signed attributes) and CMS_SignerInfo_verify_content (the
 * messageDigest against the digest of the content). The chain is built
 * with X509_STORE_CTX (S/MIME signing purpose, X509_STRICT), at the
 * genTime of a token verified against trust.tsa when there is one.
 */
#include <string.h>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/ts.h>
#include <openssl/x509v3.h>

#include "log.h"
#include "verify.h"
#include "vfy_int.h"
#include "xalloc.h"

#define DEFAULT_MAX_SIGNERS 16
#define DEFAULT_MAX_CERTS   64

static const char *const names[] = {"none", "pass", "fail", "neutral", "temperror", "permerror"};

const char *vfy_result_name(enum vfy_result r)
{
	return (unsigned)r < sizeof(names) / sizeof(names[0]) ? names[r] : "?";
}

static void set(struct vfy_signer *s, enum vfy_result res, const char *why)
{
	s->res = res;
	snprintf(s->why, sizeof(s->why), "%s", why);
}

/* ---- decoding ---- */

/* The DER of a ContentInfo without its certificates (into certs, from the
 * cache) when the DER reader follows it, else the whole of it: d2i fn. */
static void *parse_stripped(const unsigned char *der, size_t len, STACK_OF(X509) *certs, size_t max,
                            bool *too_many, void *(*d2i)(const unsigned char **, long))
{
	struct buf cut = {0};
	const unsigned char *p;
	void *obj;
	int rc;

	*too_many = false;
	if (len == 0 || len >= (1u << 30))
		return NULL;
	if ((rc = vfy_strip_certs(der, len, max, &cut, certs)) == 0) {
		p = cut.data;
		obj = d2i(&p, (long)cut.len);
	} else if (rc == -2) {
		obj = NULL; /* more than max certificates: none decoded past it */
		*too_many = true;
	} else {
		while (sk_X509_num(certs) > 0)
			X509_free(sk_X509_pop(certs));
		p = der;
		obj = d2i(&p, (long)len);
	}
	buf_free(&cut);
	return obj;
}

static void *d2i_cms(const unsigned char **p, long len)
{
	return d2i_CMS_ContentInfo(NULL, p, len);
}

static void *d2i_p7(const unsigned char **p, long len)
{
	return d2i_PKCS7(NULL, p, len);
}

/* ---- the timestamp token ---- */

/* The token's messageImprint: the digest of this SignerInfo's signature? */
static bool imprint_matches(TS_TST_INFO *info, CMS_SignerInfo *si)
{
	TS_MSG_IMPRINT *mi = TS_TST_INFO_get_msg_imprint(info);
	X509_ALGOR *alg = TS_MSG_IMPRINT_get_algo(mi);
	ASN1_OCTET_STRING *want = TS_MSG_IMPRINT_get_msg(mi);
	const ASN1_OCTET_STRING *sig = CMS_SignerInfo_get0_signature(si);
	const EVP_MD *md = EVP_get_digestbyobj(alg->algorithm);
	unsigned char d[EVP_MAX_MD_SIZE];
	unsigned dlen = 0;

	return md != NULL &&
	       EVP_Digest(ASN1_STRING_get0_data(sig), (size_t)ASN1_STRING_length(sig), d, &dlen, md,
	                  NULL) == 1 &&
	       (int)dlen == ASN1_STRING_length(want) &&
	       memcmp(d, ASN1_STRING_get0_data(want), dlen) == 0;
}

/* The token's signature and its signer's chain to trust.tsa. */
static bool token_signed(PKCS7 *tok, const struct vfy_opts *o, STACK_OF(X509) *untrusted,
                         STACK_OF(X509) *cut)
{
	TS_VERIFY_CTX *ctx = TS_VERIFY_CTX_new();
	STACK_OF(X509) *certs = X509_chain_up_ref(cut);
	bool ok;

	if (ctx == NULL || certs == NULL || !X509_STORE_up_ref(o->tsa) ||
	    !X509_add_certs(certs, untrusted, X509_ADD_FLAG_UP_REF))
		msg_panic("out of memory");
	TS_VERIFY_CTX_set_flags(ctx, TS_VFY_SIGNATURE | TS_VFY_VERSION);
	TS_VERIFY_CTX_set_store(ctx, o->tsa); /* the context's reference now */
	TS_VERIFY_CTX_set_certs(ctx, certs);  /* and certs */
	ok = TS_RESP_verify_token(ctx, tok) == 1;
	TS_VERIFY_CTX_free(ctx);
	return ok;
}

/* genTime of a token in si's unsigned attributes that holds; 0 if none. */
static time_t token_time(CMS_SignerInfo *si, const struct vfy_opts *o, STACK_OF(X509) *untrusted)
{
	int idx = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1);
	ASN1_TYPE *t;
	const unsigned char *p;
	PKCS7 *tok = NULL;
	TS_TST_INFO *info = NULL;
	STACK_OF(X509) *cut = NULL;
	bool too_many;
	struct tm tm;
	time_t when = 0;

	if (idx < 0 || o->tsa == NULL)
		return 0;
	t = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, idx), 0);
	if (t == NULL || t->type != V_ASN1_SEQUENCE)
		return 0;
	p = t->value.sequence->data;
	if ((cut = sk_X509_new_null()) == NULL)
		msg_panic("out of memory");
	if ((tok = parse_stripped(p, (size_t)t->value.sequence->length, cut, DEFAULT_MAX_CERTS,
	                          &too_many, d2i_p7)) == NULL ||
	    (info = PKCS7_to_TS_TST_INFO(tok)) == NULL)
		goto out;
	if (imprint_matches(info, si) && token_signed(tok, o, untrusted, cut) &&
	    ASN1_TIME_to_tm(TS_TST_INFO_get_time(info), &tm) == 1)
		when = timegm(&tm);
out:
	TS_TST_INFO_free(info);
	PKCS7_free(tok);
	sk_X509_pop_free(cut, X509_free);
	return when;
}

/* ---- the signer's chain ---- */

/* X509_V_OK, or why cert does not chain to store (at time at, 0: now);
 * on X509_V_OK *issuer (up-ref'd) is the certificate that issued cert. */
static int chain_error(X509 *cert, X509_STORE *store, STACK_OF(X509) *untrusted,
                       const struct vfy_opts *o, time_t at, X509 **issuer)
{
	X509_STORE_CTX *ctx;
	int err;

	if (store == NULL)
		return X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY;
	if ((*issuer = vfy_path_known(cert, store, &o->req, at != 0 ? at : time(NULL))) != NULL)
		return X509_V_OK;
	if ((ctx = X509_STORE_CTX_new()) == NULL ||
	    !X509_STORE_CTX_init(ctx, store, cert, untrusted))
		msg_panic("out of memory");
	X509_STORE_CTX_set_purpose(ctx, o->req.purpose ? o->req.purpose : X509_PURPOSE_SMIME_SIGN);
	X509_STORE_CTX_set_flags(ctx, X509_V_FLAG_X509_STRICT);
	if (at != 0)
		X509_STORE_CTX_set_time(ctx, 0, at);
	err = X509_verify_cert(ctx) == 1 ? X509_V_OK : X509_STORE_CTX_get_error(ctx);
	if (err == X509_V_OK) {
		STACK_OF(X509) *path = X509_STORE_CTX_get0_chain(ctx);

		*issuer = sk_X509_value(path, sk_X509_num(path) > 1 ? 1 : 0);
		X509_up_ref(*issuer);
		vfy_path_remember(cert, store, &o->req, path);
	}
	X509_STORE_CTX_free(ctx);
	return err;
}

static void judge_chain(struct vfy_signer *s, STACK_OF(X509) *untrusted, const struct vfy_opts *o)
{
	int org = chain_error(s->cert, o->org, untrusted, o, s->ts_time, &s->issuer);
	int pub = org == X509_V_OK
	              ? org
	              : chain_error(s->cert, o->pub, untrusted, o, s->ts_time, &s->issuer);
	char why[200];

	if (org != X509_V_OK && pub != X509_V_OK) {
		snprintf(why, sizeof(why), "signature holds; chain: %s",
		         X509_verify_cert_error_string(o->org != NULL ? org : pub));
		set(s, VFY_NEUTRAL, why);
		return;
	}
	if (!classify_key_strong(s->cert, &o->req)) {
		set(s, VFY_NEUTRAL,
		    "signature holds; the signer's key is weaker than trust.min_*_bits");
		return;
	}
	s->public_trust = org != X509_V_OK;
	/* the class ladder's step 2 (dual use + a chain to trust.public) with
	 * the chain just verified, at the token's time; the other steps from
	 * the certificate alone (classify_cert without a public store) */
	s->cls = s->public_trust && classify_dual_use(s->cert)
	             ? CM_CLASS_VP
	             : classify_cert(s->cert, NULL, untrusted, &o->req);
	set(s, VFY_PASS, "");
}

/* ---- the SignerInfos ---- */

/* Push the content through the digests (and to out); false on a read error. */
static bool digest_content(BIO *chain, struct sbuf *out, cm_err *err)
{
	unsigned char buf[16384];
	int n;

	while ((n = BIO_read(chain, buf, sizeof(buf))) > 0)
		if (out != NULL && sbuf_write(out, buf, (size_t)n, err) < 0)
			return false;
	return true;
}

/* The certificate an SMIMEEncryptionKeyPreference attribute (RFC 8551
 * 2.5.3) names by issuerAndSerialNumber ([0] IMPLICIT { Name, INTEGER }),
 * among certs; a new reference or NULL. */
static X509 *enc_pref_cert(CMS_SignerInfo *si, STACK_OF(X509) *certs)
{
	int idx = CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_encrypKeyPref, -1);
	ASN1_TYPE *t = idx >= 0 ? X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(si, idx), 0) : NULL;
	unsigned char *der = NULL;
	const unsigned char *p;
	long len;
	int tag, cls, n;
	X509_NAME *name = NULL;
	ASN1_INTEGER *serial = NULL;
	X509 *hit = NULL;

	if (t == NULL || (n = i2d_ASN1_TYPE(t, &der)) <= 0)
		goto out;
	p = der;
	if ((ASN1_get_object(&p, &len, &tag, &cls, n) & 0x80) || tag != 0 ||
	    cls != V_ASN1_CONTEXT_SPECIFIC || len > n - (p - der))
		goto out;
	if ((name = d2i_X509_NAME(NULL, &p, len)) == NULL ||
	    (serial = d2i_ASN1_INTEGER(NULL, &p, n - (p - der))) == NULL)
		goto out;
	for (int i = 0; i < sk_X509_num(certs) && hit == NULL; i++) {
		X509 *c = sk_X509_value(certs, i);

		if (X509_NAME_cmp(X509_get_issuer_name(c), name) == 0 &&
		    ASN1_INTEGER_cmp(X509_get0_serialNumber(c), serial) == 0 && X509_up_ref(c))
			hit = c;
	}
out:
	X509_NAME_free(name);
	ASN1_INTEGER_free(serial);
	OPENSSL_free(der);
	ERR_clear_error();
	return hit;
}

static void judge_signer(CMS_SignerInfo *si, BIO *chain, STACK_OF(X509) *untrusted,
                         const struct vfy_opts *o, struct vfy_signer *s)
{
	X509 *signer = NULL;

	CMS_SignerInfo_get0_algs(si, NULL, &signer, NULL, NULL);
	if (signer == NULL) {
		set(s, VFY_PERMERROR, "the signer's certificate is not in the SignedData");
		return;
	}
	X509_up_ref(signer);
	s->cert = signer;
	if ((CMS_signed_get_attr_count(si) >= 0 && CMS_SignerInfo_verify(si) != 1) ||
	    CMS_SignerInfo_verify_content(si, chain) != 1) {
		set(s, VFY_FAIL, "the signature does not match the content");
		ERR_clear_error();
		return;
	}
	s->ts_time = token_time(si, o, untrusted);
	judge_chain(s, untrusted, o);
	if (s->res == VFY_PASS)
		s->enc_pref = enc_pref_cert(si, untrusted);
	ERR_clear_error();
}

static CMS_ContentInfo *parse(const unsigned char *der, size_t len, STACK_OF(X509) *certs,
                              const struct vfy_opts *o, struct vfy_report *r)
{
	size_t maxc = o->max_certs ? o->max_certs : DEFAULT_MAX_CERTS;
	bool too_many;
	CMS_ContentInfo *cms = parse_stripped(der, len, certs, maxc, &too_many, d2i_cms);

	if (cms == NULL || OBJ_obj2nid(CMS_get0_type(cms)) != NID_pkcs7_signed) {
		r->res = VFY_PERMERROR;
		if (too_many)
			snprintf(r->why, sizeof(r->why),
			         "more than %zu certificates (at most %zu are "
			         "looked at)",
			         maxc, maxc);
		else
			snprintf(r->why, sizeof(r->why), "not a CMS SignedData");
		CMS_ContentInfo_free(cms);
		return NULL;
	}
	return cms;
}

/* The SignedData's certificates (those cut out of it too) and the
 * intermediates given, for chains. */
static STACK_OF(X509) *untrusted_of(CMS_ContentInfo *cms, STACK_OF(X509) *cut,
                                    const struct vfy_opts *o)
{
	STACK_OF(X509) *u = CMS_get1_certs(cms);

	if (u == NULL && (u = sk_X509_new_null()) == NULL)
		msg_panic("out of memory");
	if (!X509_add_certs(u, cut, X509_ADD_FLAG_UP_REF) ||
	    !X509_add_certs(u, o->intermediates, X509_ADD_FLAG_UP_REF))
		msg_panic("out of memory");
	return u;
}

/* The content BIO: the detached bytes, or NULL for the content inside. */
static int content_bio(CMS_ContentInfo *cms, struct sbuf *content, BIO **in, cm_err *err)
{
	*in = NULL;
	if ((content != NULL) != CMS_is_detached(cms)) {
		cm_err_set(err, content != NULL ? "a detached signature holds content"
		                                : "an opaque signature without content");
		return -1;
	}
	if (content == NULL)
		return 0;
	return (*in = cms_source_bio(content, err)) != NULL ? 0 : -1;
}

static void verify_all(CMS_ContentInfo *cms, STACK_OF(X509) *cut, BIO *chain,
                       const struct vfy_opts *o, struct vfy_report *r)
{
	STACK_OF(CMS_SignerInfo) *sis = CMS_get0_SignerInfos(cms);
	STACK_OF(X509) *untrusted = untrusted_of(cms, cut, o);

	CMS_set1_signers_certs(cms, untrusted, 0);
	ERR_clear_error();
	r->n = (size_t)sk_CMS_SignerInfo_num(sis);
	r->s = xcalloc(r->n, sizeof(*r->s));
	for (size_t i = 0; i < r->n; i++)
		judge_signer(sk_CMS_SignerInfo_value(sis, (int)i), chain, untrusted, o, &r->s[i]);
	sk_X509_pop_free(untrusted, X509_free);
}

/* Within the bounds of o (1 to max_signers SignerInfos, at most max_certs
 * certificates)? Else r says why. Checked before any chain is built or
 * any signature computed: a certificate bomb costs its parsing only. */
static bool within_bounds(CMS_ContentInfo *cms, STACK_OF(X509) *cut, const struct vfy_opts *o,
                          struct vfy_report *r)
{
	size_t max = o->max_signers ? o->max_signers : DEFAULT_MAX_SIGNERS;
	size_t maxc = o->max_certs ? o->max_certs : DEFAULT_MAX_CERTS;
	int n = sk_CMS_SignerInfo_num(CMS_get0_SignerInfos(cms));
	STACK_OF(X509) *certs = CMS_get1_certs(cms);
	int nc = (sk_X509_num(certs) > 0 ? sk_X509_num(certs) : 0) + sk_X509_num(cut);

	sk_X509_pop_free(certs, X509_free);
	r->res = VFY_PERMERROR;
	if (n <= 0 || (size_t)n > max)
		snprintf(r->why, sizeof(r->why), "%d SignerInfos (1 to %zu are checked)", n, max);
	else if (nc > 0 && (size_t)nc > maxc)
		snprintf(r->why, sizeof(r->why), "%d certificates (at most %zu are looked at)", nc,
		         maxc);
	else
		r->res = VFY_NONE;
	return r->res == VFY_NONE;
}

void vfy_signed(const unsigned char *der, size_t len, struct sbuf *content,
                const struct vfy_opts *o, struct vfy_report *r, struct sbuf *out)
{
	STACK_OF(X509) *cut = sk_X509_new_null();
	CMS_ContentInfo *cms;
	BIO *in = NULL, *chain = NULL;
	cm_err err = {""};

	memset(r, 0, sizeof(*r));
	if (cut == NULL)
		msg_panic("out of memory");
	if ((cms = parse(der, len, cut, o, r)) == NULL || !within_bounds(cms, cut, o, r))
		goto out;
	if (content_bio(cms, content, &in, &err) < 0 || (chain = CMS_dataInit(cms, in)) == NULL ||
	    !digest_content(chain, out, &err)) {
		r->res = VFY_PERMERROR;
		snprintf(r->why, sizeof(r->why), "%s",
		         err.text[0] ? err.text : "unsupported digest or structure");
		goto out;
	}
	verify_all(cms, cut, chain, o, r);
	r->res = VFY_PASS;
out:
	while (chain != NULL && chain != in) { /* the digest BIOs CMS_dataInit pushed */
		BIO *next = BIO_pop(chain);

		BIO_free(chain);
		chain = next;
	}
	BIO_free(in);
	CMS_ContentInfo_free(cms);
	sk_X509_pop_free(cut, X509_free);
	ERR_clear_error();
}

void vfy_report_free(struct vfy_report *r)
{
	for (size_t i = 0; i < r->n; i++) {
		X509_free(r->s[i].cert);
		X509_free(r->s[i].issuer);
		X509_free(r->s[i].enc_pref);
	}
	free(r->s);
	memset(r, 0, sizeof(*r));
}
