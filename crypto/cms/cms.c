/*
 * cms.c - CMS SignedData over bytes the caller canonicalized (RFC 8551).
 *
 * One SignedData, one SignerInfo per signer, built with OpenSSL's CMS API
 * in these steps: a partial SignedData (CMS_PARTIAL, CMS_BINARY), then
 * CMS_add1_signer per signer (CAdES: ESS signingCertificateV2, the value
 * CMS_CADES would add, kept with the certificate once made; our own
 * SMIMECapabilities instead of OpenSSL's list with DES/3DES/RC2; the
 * SMIMEEncryptionKeyPreference attribute), then the content's digest,
 * computed once (or while the content streamed in: cms_hash), as every
 * SignerInfo's messageDigest with contentType id-data, and
 * CMS_SignerInfo_sign: what CMS_final does, without hashing the content
 * again for each signer. DER sorts the SignerInfos SET, so after encoding
 * the SignerInfos are put back in the order the caller gave (der.h); the
 * signatures stay valid because they do not cover that SET.
 */
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/ess.h>
#include <openssl/objects.h>

#include "cms.h"
#include "cms_int.h"
#include "log.h"
#include "xalloc.h"

#define CMS_MAX_SIGNERS 8

/* SMIMECapabilities, most preferred first: AES-CBC only, which every
 * S/MIME client decrypts. */
static const int smime_caps[] = {NID_aes_256_cbc, NID_aes_192_cbc, NID_aes_128_cbc};

static const EVP_MD *digest_by_name(const char *name)
{
	static const char *const allowed[] = {"sha256", "sha384", "sha512"};

	if (name == NULL)
		name = "sha256";
	for (size_t i = 0; i < sizeof(allowed) / sizeof(allowed[0]); i++)
		if (strcasecmp(name, allowed[i]) == 0)
			return EVP_get_digestbyname(allowed[i]);
	return NULL;
}

/* Add cert to the SignedData's certificates unless already there. */
static int add_cert_once(CMS_ContentInfo *cms, X509 *cert)
{
	STACK_OF(X509) *have = CMS_get1_certs(cms);
	bool present = false;
	int rc = 0;

	for (int i = 0; !present && i < sk_X509_num(have); i++)
		present = X509_cmp(sk_X509_value(have, i), cert) == 0;
	sk_X509_pop_free(have, X509_free);
	if (!present && CMS_add1_cert(cms, cert) != 1)
		rc = -1;
	return rc;
}

static int add_caps(CMS_SignerInfo *si)
{
	STACK_OF(X509_ALGOR) *caps = NULL;
	int rc = -1;

	for (size_t i = 0; i < sizeof(smime_caps) / sizeof(smime_caps[0]); i++)
		if (CMS_add_simple_smimecap(&caps, smime_caps[i], -1) != 1)
			goto out;
	if (CMS_add_smimecap(si, caps) == 1)
		rc = 0;
out:
	sk_X509_ALGOR_pop_free(caps, X509_ALGOR_free);
	return rc;
}

/* SMIMEEncryptionKeyPreference (RFC 8551 2.5.3), the issuerAndSerialNumber
 * choice: [0] IMPLICIT SEQUENCE { issuer Name, serialNumber INTEGER }. */
static int add_enc_pref(CMS_SignerInfo *si, X509 *enc)
{
	const X509_NAME *issuer = X509_get_issuer_name(enc);
	const ASN1_INTEGER *serial = X509_get0_serialNumber(enc);
	int nlen = i2d_X509_NAME(issuer, NULL);
	int slen = i2d_ASN1_INTEGER(serial, NULL);
	unsigned char *buf, *p;
	size_t hdr, total;
	int rc = -1;

	if (nlen <= 0 || slen <= 0)
		return -1;
	hdr = der_put_header(0xa0, (size_t)nlen + (size_t)slen, NULL);
	total = hdr + (size_t)nlen + (size_t)slen;
	buf = xmalloc(total);
	der_put_header(0xa0, (size_t)nlen + (size_t)slen, buf);
	p = buf + hdr;
	if (i2d_X509_NAME(issuer, &p) == nlen && i2d_ASN1_INTEGER(serial, &p) == slen &&
	    CMS_signed_add1_attr_by_NID(si, NID_id_smime_aa_encrypKeyPref, V_ASN1_SEQUENCE, buf,
	                                (int)total) == 1)
		rc = 0;
	x_free(buf);
	return rc;
}

/* ESS signingCertificateV2 (CAdES): the attribute value OpenSSL's
 * CMS_CADES would add (OSSL_ESS_signing_cert_v2_new_init, DER), made once
 * per certificate and digest and kept with the certificate (ex_data, freed
 * with it): making it hashes the certificate and copies its names. */
struct ess_der {
	int md_type;
	int len;
	unsigned char der[];
};

static int ess_index = -1;
static pthread_once_t ess_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t ess_lock = PTHREAD_MUTEX_INITIALIZER;

static void ess_free(void *parent, void *ptr, CRYPTO_EX_DATA *ad, int idx, long argl, void *argp)
{
	(void)parent;
	(void)ad;
	(void)idx;
	(void)argl;
	(void)argp;
	free(ptr);
}

static void ess_init(void)
{
	ess_index = X509_get_ex_new_index(0, NULL, NULL, NULL, ess_free);
	if (ess_index < 0)
		msg_panic("cannot register the X509 ex_data of certmilter");
}

/* The ESS value of cert for md, made now if not kept yet (ess_lock held). */
static const struct ess_der *ess_of(X509 *cert, const EVP_MD *md)
{
	struct ess_der *e = X509_get_ex_data(cert, ess_index), *old = e;
	ESS_SIGNING_CERT_V2 *sc;
	unsigned char *der = NULL;
	int len;

	if (e != NULL && e->md_type == EVP_MD_get_type(md))
		return e;
	if ((sc = OSSL_ESS_signing_cert_v2_new_init(md, cert, NULL, 1)) == NULL)
		return NULL;
	len = i2d_ESS_SIGNING_CERT_V2(sc, &der);
	ESS_SIGNING_CERT_V2_free(sc);
	if (len <= 0)
		return NULL;
	e = xmalloc(sizeof(*e) + (size_t)len);
	e->md_type = EVP_MD_get_type(md);
	e->len = len;
	memcpy(e->der, der, (size_t)len);
	OPENSSL_free(der);
	if (X509_set_ex_data(cert, ess_index, e) != 1) {
		free(e);
		return NULL;
	}
	free(old);
	return e;
}

static int add_ess(CMS_SignerInfo *si, X509 *cert, const EVP_MD *md)
{
	const struct ess_der *e;
	int rc = -1;

	pthread_once(&ess_once, ess_init);
	pthread_mutex_lock(&ess_lock);
	if ((e = ess_of(cert, md)) != NULL &&
	    CMS_signed_add1_attr_by_NID(si, NID_id_smime_aa_signingCertificateV2, V_ASN1_SEQUENCE,
	                                e->der, e->len) == 1)
		rc = 0;
	pthread_mutex_unlock(&ess_lock);
	return rc;
}

static CMS_SignerInfo *add_signer(CMS_ContentInfo *cms, const struct cm_signer *s, const EVP_MD *md,
                                  X509 *enc_pref, size_t idx, cm_err *err)
{
	CMS_SignerInfo *si;
	char what[64];

	snprintf(what, sizeof(what), "signer %zu", idx + 1);
	if (s->cert == NULL || s->key == NULL) {
		cm_err_set(err, "%s: certificate or key missing", what);
		return NULL;
	}
	si = CMS_add1_signer(cms, s->cert, s->key, md, CMS_NOSMIMECAP | CMS_BINARY);
	if (si == NULL) {
		cm_err_openssl(err, what);
		return NULL;
	}
	if (add_ess(si, s->cert, md) != 0 || add_caps(si) != 0 ||
	    (enc_pref != NULL && add_enc_pref(si, enc_pref) != 0)) {
		cm_err_openssl(err, "cannot add signed attributes");
		return NULL;
	}
	for (int i = 0; i < sk_X509_num(s->chain); i++) {
		if (add_cert_once(cms, sk_X509_value(s->chain, i)) != 0) {
			cm_err_openssl(err, "cannot add chain certificate");
			return NULL;
		}
	}
	return si;
}

struct cms_signed {
	CMS_ContentInfo *cms;
	CMS_SignerInfo *si[CMS_MAX_SIGNERS]; /* in the caller's order */
	size_t n;
	struct sbuf *content; /* opaque: the content to encode; NULL: detached */
};

/* The signature values, in the caller's order. */
struct sig_order {
	const unsigned char *sig[CMS_MAX_SIGNERS];
	size_t siglen[CMS_MAX_SIGNERS];
	size_t n;
};

static void sig_order_of(const struct cms_signed *s, struct sig_order *o)
{
	for (size_t i = 0; i < s->n; i++) {
		const ASN1_OCTET_STRING *v = CMS_SignerInfo_get0_signature(s->si[i]);

		o->sig[i] = ASN1_STRING_get0_data(v);
		o->siglen[i] = (size_t)ASN1_STRING_length(v);
	}
	o->n = s->n;
}

static int put_in_order(unsigned char *der, size_t len, const void *arg)
{
	const struct sig_order *o = arg;

	return der_order_signerinfos(der, len, o->sig, o->siglen, o->n);
}

/* Encode as DER with the SignerInfos in the caller's order (detached). */
static int encode_ordered(const struct cms_signed *s, unsigned char **der, size_t *derlen,
                          cm_err *err)
{
	struct sig_order o;
	unsigned char *buf = NULL, *p;
	int len;

	sig_order_of(s, &o);
	len = i2d_CMS_ContentInfo(s->cms, NULL);
	if (len <= 0 || (buf = OPENSSL_malloc((size_t)len)) == NULL) {
		cm_err_openssl(err, "cannot encode SignedData");
		return -1;
	}
	p = buf;
	if (i2d_CMS_ContentInfo(s->cms, &p) != len) {
		OPENSSL_free(buf);
		cm_err_openssl(err, "cannot encode SignedData");
		return -1;
	}
	if (put_in_order(buf, (size_t)len, &o) != 0) {
		OPENSSL_free(buf);
		cm_err_set(err, "cannot put the SignerInfos in order");
		return -1;
	}
	*der = buf;
	*derlen = (size_t)len;
	return 0;
}

static int check_args(size_t nsigners, const EVP_MD *md, const char *digest, cm_err *err)
{
	if (nsigners == 0 || nsigners > CMS_MAX_SIGNERS) {
		cm_err_set(err, "cannot sign: %zu signers", nsigners);
		return -1;
	}
	if (md == NULL) {
		cm_err_set(err, "unsupported digest \"%s\" (sha256, sha384, sha512)", digest);
		return -1;
	}
	return 0;
}

struct cms_hash {
	EVP_MD_CTX *ctx;
	const EVP_MD *md;
	uint64_t bytes;
};

struct cms_hash *cms_hash_new(const char *digest, cm_err *err)
{
	const EVP_MD *md = digest_by_name(digest);
	struct cms_hash *h;

	if (md == NULL) {
		cm_err_set(err, "unsupported digest \"%s\" (sha256, sha384, sha512)", digest);
		return NULL;
	}
	h = xcalloc(1, sizeof(*h));
	h->md = md;
	if ((h->ctx = EVP_MD_CTX_new()) == NULL || EVP_DigestInit_ex(h->ctx, md, NULL) != 1)
		msg_panic("cannot start a %s digest", digest);
	return h;
}

void cms_hash_update(struct cms_hash *h, const void *p, size_t n)
{
	if (n > 0 && EVP_DigestUpdate(h->ctx, p, n) != 1)
		msg_panic("EVP_DigestUpdate failed");
	h->bytes += n;
}

uint64_t cms_hash_bytes(const struct cms_hash *h)
{
	return h->bytes;
}

struct cms_hash *cms_hash_free(struct cms_hash *h)
{
	if (h != NULL) {
		EVP_MD_CTX_free(h->ctx);
		free(h);
	}
	return NULL;
}

static int hash_piece(void *ctx, const unsigned char *p, size_t n)
{
	cms_hash_update(ctx, p, n);
	return 0;
}

/* The digest of content: pre's value when it hashed content with md, else
 * one pass over content. 0, or -1 + err. */
static int content_digest(struct sbuf *content, const EVP_MD *md, const struct cms_hash *pre,
                          unsigned char *out, unsigned *outlen, cm_err *err)
{
	struct cms_hash h = {EVP_MD_CTX_new(), md, 0};
	int rc = -1;

	if (h.ctx == NULL)
		msg_panic("out of memory");
	if (pre != NULL && EVP_MD_get_type(pre->md) == EVP_MD_get_type(md) &&
	    pre->bytes == sbuf_len(content)) {
		if (EVP_MD_CTX_copy_ex(h.ctx, pre->ctx) != 1)
			goto fail;
	} else if (EVP_DigestInit_ex(h.ctx, md, NULL) != 1) {
		goto fail;
	} else if (sbuf_each(content, hash_piece, &h, err) < 0) {
		goto out; /* err says why */
	}
	if (EVP_DigestFinal_ex(h.ctx, out, outlen) == 1)
		rc = 0;
fail:
	if (rc < 0)
		cm_err_openssl(err, "cannot hash the content");
out:
	EVP_MD_CTX_free(h.ctx);
	return rc;
}

/* CMS_final's work with the digest given: the SignedData's version (as
 * CMS_dataInit sets it), then per signer messageDigest, contentType and
 * the signature over the signed attributes (signingTime added). */
static int sign_with_digest(struct cms_signed *s, const unsigned char *md, unsigned mdlen,
                            cm_err *err)
{
	BIO *chain = CMS_dataInit(s->cms, NULL);

	if (chain == NULL) {
		cm_err_openssl(err, "cannot start SignedData");
		return -1;
	}
	BIO_free_all(chain);
	for (size_t i = 0; i < s->n; i++)
		if (CMS_signed_add1_attr_by_NID(s->si[i], NID_pkcs9_messageDigest,
		                                V_ASN1_OCTET_STRING, md, (int)mdlen) != 1 ||
		    CMS_signed_add1_attr_by_NID(s->si[i], NID_pkcs9_contentType, V_ASN1_OBJECT,
		                                OBJ_nid2obj(NID_pkcs7_data), -1) != 1 ||
		    CMS_SignerInfo_sign(s->si[i]) != 1) {
			cm_err_openssl(err, "cannot sign");
			return -1;
		}
	return 0;
}

/* Always signed detached: only the digest of the content is needed. An
 * opaque encoding puts the content in afterwards (cms_write). */
struct cms_signed *cms_sign_start(struct sbuf *content, const struct cm_signer *signers,
                                  size_t nsigners, X509 *enc_pref, const char *digest, bool opaque,
                                  const struct cms_hash *pre, cm_err *err)
{
	unsigned flags = CMS_BINARY | CMS_PARTIAL | CMS_DETACHED;
	const EVP_MD *md = digest_by_name(digest);
	unsigned char value[EVP_MAX_MD_SIZE];
	unsigned vlen = 0;
	struct cms_signed *s = NULL;

	if (check_args(nsigners, md, digest, err) < 0)
		return NULL;
	s = xmalloc(sizeof(*s));
	memset(s, 0, sizeof(*s));
	s->content = opaque ? content : NULL;
	if ((s->cms = CMS_sign(NULL, NULL, NULL, NULL, flags)) == NULL) {
		cm_err_openssl(err, "cannot start SignedData");
		goto fail;
	}
	for (s->n = 0; s->n < nsigners; s->n++)
		if ((s->si[s->n] = add_signer(s->cms, &signers[s->n], md, enc_pref, s->n, err)) ==
		    NULL)
			goto fail;
	if (enc_pref != NULL && add_cert_once(s->cms, enc_pref) != 0) {
		cm_err_openssl(err, "cannot add the encryption certificate");
		goto fail;
	}
	if (content_digest(content, md, pre, value, &vlen, err) < 0 ||
	    sign_with_digest(s, value, vlen, err) < 0)
		goto fail;
	return s;
fail:
	ERR_clear_error();
	return cms_signed_free(s);
}

const unsigned char *cms_signature(const struct cms_signed *s, size_t i, size_t *len)
{
	const ASN1_OCTET_STRING *v;

	if (i >= s->n)
		msg_panic("cms_signature: signer %zu of %zu", i, s->n);
	v = CMS_SignerInfo_get0_signature(s->si[i]);
	*len = (size_t)ASN1_STRING_length(v);
	return ASN1_STRING_get0_data(v);
}

int cms_add_timestamp(struct cms_signed *s, size_t i, const unsigned char *token, size_t len,
                      cm_err *err)
{
	if (i >= s->n)
		msg_panic("cms_add_timestamp: signer %zu of %zu", i, s->n);
	if (len > INT_MAX || CMS_unsigned_add1_attr_by_NID(s->si[i], NID_id_smime_aa_timeStampToken,
	                                                   V_ASN1_SEQUENCE, token, (int)len) != 1) {
		cm_err_openssl(err, "cannot add the timestamp token");
		return -1;
	}
	return 0;
}

int cms_encode(const struct cms_signed *s, unsigned char **der, size_t *derlen, cm_err *err)
{
	struct buf b = {0};
	int rc;

	*der = NULL;
	*derlen = 0;
	if (s->content == NULL) {
		rc = encode_ordered(s, der, derlen, err);
	} else if ((rc = cms_write(s, buf_append_cb, &b, err)) == 0) {
		*der = OPENSSL_memdup(b.data, b.len);
		*derlen = b.len;
		if (*der == NULL)
			msg_panic("out of memory");
	}
	buf_free(&b);
	ERR_clear_error();
	return rc;
}

int cms_write(const struct cms_signed *s, cms_write_fn w, void *ctx, cm_err *err)
{
	unsigned char *der = NULL;
	size_t derlen = 0;
	struct sig_order o;
	int rc;

	if (s->content != NULL) {
		sig_order_of(s, &o);
		rc = cms_stream_write(s->cms, put_in_order, &o, s->content, w, ctx, err);
	} else if ((rc = encode_ordered(s, &der, &derlen, err)) == 0) {
		rc = w(ctx, der, derlen);
	}
	OPENSSL_free(der);
	ERR_clear_error();
	return rc;
}

struct cms_signed *cms_signed_free(struct cms_signed *s)
{
	if (s != NULL) {
		CMS_ContentInfo_free(s->cms);
		free(s);
	}
	return NULL;
}
