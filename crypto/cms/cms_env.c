/*
 * cms_env.c - CMS (Auth)EnvelopedData for the recipients' certificates
 * (cms_env.h), on OpenSSL's CMS API: a partial structure, one
 * RecipientInfo per distinct certificate (KeyTransRecipientInfo for RSA,
 * with OAEP parameters when asked; KeyAgreeRecipientInfo for EC), then
 * CMS_final over the content, the ciphertext into a spooled buffer, and the
 * encoding written around it (cms_stream.c).
 */
#include <limits.h>
#include <string.h>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include "cms.h"
#include "cms_int.h"
#include "log.h"

#define CMS_ENV_MAX_RCPTS 1000

static const char *const cipher_names[] = {"aes-256-cbc", "aes-128-cbc", "aes-256-gcm",
                                           "aes-128-gcm"};

const char *cm_cipher_name(enum cm_cipher c)
{
	return (unsigned)c < sizeof(cipher_names) / sizeof(cipher_names[0]) ? cipher_names[c] : "?";
}

bool cm_cipher_is_aead(enum cm_cipher c)
{
	return c == CM_CIPHER_AES256_GCM || c == CM_CIPHER_AES128_GCM;
}

static const EVP_CIPHER *cipher_of(enum cm_cipher c)
{
	switch (c) {
	case CM_CIPHER_AES128_CBC:
		return EVP_aes_128_cbc();
	case CM_CIPHER_AES256_GCM:
		return EVP_aes_256_gcm();
	case CM_CIPHER_AES128_GCM:
		return EVP_aes_128_gcm();
	case CM_CIPHER_AES256_CBC:
	default:
		return EVP_aes_256_cbc();
	}
}

static bool seen_before(X509 *const *rcpts, size_t i)
{
	for (size_t j = 0; j < i; j++)
		if (X509_cmp(rcpts[j], rcpts[i]) == 0)
			return true;
	return false;
}

/* One RecipientInfo; OAEP (SHA-256) for RSA when asked. */
static int add_recipient(CMS_ContentInfo *cms, X509 *cert, bool oaep, cm_err *err)
{
	EVP_PKEY *pk = X509_get0_pubkey(cert);
	bool rsa = pk != NULL && EVP_PKEY_is_a(pk, "RSA");
	CMS_RecipientInfo *ri;
	EVP_PKEY_CTX *pctx;
	char subject[256];

	X509_NAME_oneline(X509_get_subject_name(cert), subject, sizeof(subject));
	ri = CMS_add1_recipient_cert(cms, cert, rsa && oaep ? CMS_KEY_PARAM : 0);
	if (ri == NULL) {
		cm_err_openssl(err, subject);
		return -1;
	}
	if (!(rsa && oaep))
		return 0;
	pctx = CMS_RecipientInfo_get0_pkey_ctx(ri);
	if (pctx == NULL || EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_OAEP_PADDING) <= 0 ||
	    EVP_PKEY_CTX_set_rsa_oaep_md(pctx, EVP_sha256()) <= 0 ||
	    EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, EVP_sha256()) <= 0) {
		cm_err_openssl(err, "cannot set RSA-OAEP");
		return -1;
	}
	return 0;
}

/* The recipients and the cipher: a partial structure, content detached so
 * that CMS_final writes the ciphertext to the caller's BIO. */
static CMS_ContentInfo *start(X509 *const *rcpts, size_t n, const struct cms_enc_opts *opts,
                              cm_err *err)
{
	CMS_ContentInfo *cms = CMS_encrypt(NULL, NULL, cipher_of(opts->cipher),
	                                   CMS_PARTIAL | CMS_BINARY | CMS_DETACHED);

	if (cms == NULL) {
		cm_err_openssl(err, "cannot start EnvelopedData");
		return NULL;
	}
	for (size_t i = 0; i < n; i++)
		if (!seen_before(rcpts, i) &&
		    add_recipient(cms, rcpts[i], opts->rsa_oaep, err) < 0) {
			CMS_ContentInfo_free(cms);
			return NULL;
		}
	return cms;
}

int cms_encrypt(struct sbuf *content, X509 *const *rcpts, size_t n, const struct cms_enc_opts *opts,
                cms_write_fn w, void *ctx, cm_err *err)
{
	struct sbuf *cipher = NULL;
	struct cms_sink *sink = NULL;
	CMS_ContentInfo *cms = NULL;
	BIO *in = NULL;
	int rc = -1;

	if (n == 0 || n > CMS_ENV_MAX_RCPTS) {
		cm_err_set(err, "cannot encrypt: %zu recipients", n);
		return -1;
	}
	if ((cms = start(rcpts, n, opts, err)) == NULL ||
	    (in = cms_source_bio(content, err)) == NULL)
		goto out;
	cipher = sbuf_create(sbuf_options(content));
	sink = cms_sink_new(cipher, err);
	if (CMS_final(cms, in, sink->bio, CMS_BINARY) != 1 || cms_sink_failed(sink)) {
		if (!cms_sink_failed(sink))
			cm_err_openssl(err, "cannot encrypt");
		goto out;
	}
	rc = cms_stream_write(cms, NULL, NULL, cipher, w, ctx, err);
out:
	BIO_free(in);
	cms_sink_free(sink);
	sbuf_destroy(cipher);
	CMS_ContentInfo_free(cms);
	ERR_clear_error();
	return rc;
}

STACK_OF(X509) *cms_certs_load(const char *const *files, size_t n, cm_err *err)
{
	STACK_OF(X509) *out = sk_X509_new_null(), *one;

	if (out == NULL)
		msg_panic("out of memory");
	for (size_t i = 0; i < n; i++) {
		one = cm_pem_certs(files[i], "escrow certificate file", err);
		if (one == NULL) {
			sk_X509_pop_free(out, X509_free);
			return NULL;
		}
		for (int j = 0; j < sk_X509_num(one); j++)
			if (sk_X509_push(out, sk_X509_value(one, j)) <= 0)
				msg_panic("out of memory");
		sk_X509_free(one); /* its certificates are out's now */
	}
	return out;
}
