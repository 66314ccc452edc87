/*
 * cms_dec.c - opening inbound CMS EnvelopedData and AuthEnvelopedData
 * (RFC 5652, RFC 5083) with the organization's own keys (cms.h,
 * cms_decrypt).
 *
 * The recipients are matched here, not by OpenSSL: each key is looked for
 * among the RecipientInfos (KeyTransRecipientInfo by issuerAndSerialNumber
 * or subjectKeyIdentifier; KeyAgreeRecipientInfo by each
 * RecipientEncryptedKey), and only a RecipientInfo that names a key is
 * opened, with that key alone. OpenSSL's own matching would, without a
 * certificate, try every recipient and, for RSA key transport, report
 * success whatever happened (its countermeasure against the Million
 * Message Attack, which then decrypts with a random key); with our own
 * match a key that does not open its RecipientInfo is an error that says
 * so. The content is decrypted through a sink BIO (cms_stream.c) into a
 * spooled buffer, in pieces.
 */
#include <stdio.h>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/objects.h>

#include "cms.h"
#include "cms_int.h"

/* The RecipientInfo (and, for key agreement, the RecipientEncryptedKey)
 * that names a certificate. */
struct dec_match {
	CMS_RecipientInfo *ri;
	CMS_RecipientEncryptedKey *rek; /* NULL for key transport */
};

/* The DER of der as a ContentInfo holding (Auth)EnvelopedData; NULL + err. */
static CMS_ContentInfo *parse(struct sbuf *der, cm_err *err)
{
	BIO *in = cms_source_bio(der, err);
	CMS_ContentInfo *cms;
	char type[80];
	int nid;

	if (in == NULL)
		return NULL;
	cms = d2i_CMS_bio(in, NULL);
	BIO_free(in);
	if (cms == NULL) {
		cm_err_openssl(err, "not a CMS ContentInfo (bad or truncated DER)");
		return NULL;
	}
	nid = OBJ_obj2nid(CMS_get0_type(cms));
	if (nid != NID_pkcs7_enveloped && nid != NID_id_smime_ct_authEnvelopedData) {
		OBJ_obj2txt(type, sizeof(type), CMS_get0_type(cms), 0);
		cm_err_set(err, "not an EnvelopedData or AuthEnvelopedData (content type %s)",
		           type);
		CMS_ContentInfo_free(cms);
		return NULL;
	}
	return cms;
}

/* Does a RecipientInfo of cms name cert? The first that does in *m. */
static bool find_recipient(CMS_ContentInfo *cms, X509 *cert, struct dec_match *m)
{
	STACK_OF(CMS_RecipientInfo) *ris = CMS_get0_RecipientInfos(cms);
	STACK_OF(CMS_RecipientEncryptedKey) *reks;

	for (int i = 0; i < sk_CMS_RecipientInfo_num(ris); i++) {
		m->ri = sk_CMS_RecipientInfo_value(ris, i);
		m->rek = NULL;
		switch (CMS_RecipientInfo_type(m->ri)) {
		case CMS_RECIPINFO_TRANS:
			if (CMS_RecipientInfo_ktri_cert_cmp(m->ri, cert) == 0)
				return true;
			break;
		case CMS_RECIPINFO_AGREE:
			reks = CMS_RecipientInfo_kari_get0_reks(m->ri);
			for (int j = 0; j < sk_CMS_RecipientEncryptedKey_num(reks); j++) {
				m->rek = sk_CMS_RecipientEncryptedKey_value(reks, j);
				if (CMS_RecipientEncryptedKey_cert_cmp(m->rek, cert) == 0)
					return true;
			}
			break;
		default: /* KEK, password, other: never ours */
			break;
		}
	}
	ERR_clear_error();
	return false;
}

/* Open the matched RecipientInfo with key: the content-encryption key is
 * then set in cms. 0, or -1 with err. The key is lent to cms for the call
 * only. */
static int open_recipient(CMS_ContentInfo *cms, const struct dec_match *m,
                          const struct cm_signer *k, cm_err *err)
{
	char subject[256], what[320];
	int ok;

	if (m->rek == NULL) {
		if (EVP_PKEY_up_ref(k->key) != 1) {
			cm_err_openssl(err, "cannot use the key");
			return -1;
		}
		CMS_RecipientInfo_set0_pkey(m->ri, k->key);
		ok = CMS_RecipientInfo_decrypt(cms, m->ri);
		CMS_RecipientInfo_set0_pkey(m->ri, NULL); /* drops our reference */
	} else {
		ok = CMS_RecipientInfo_kari_set0_pkey_and_peer(m->ri, k->key, NULL) == 1 &&
		     CMS_RecipientInfo_kari_decrypt(cms, m->ri, m->rek) == 1;
		CMS_RecipientInfo_kari_set0_pkey(m->ri, NULL);
	}
	if (ok == 1)
		return 0;
	X509_NAME_oneline(X509_get_subject_name(k->cert), subject, sizeof(subject));
	snprintf(what, sizeof(what), "the key of %s does not open the RecipientInfo that names it",
	         subject);
	cm_err_openssl(err, what);
	return -1;
}

/* Open cms with the first key a RecipientInfo names (a later one if that
 * key fails). 0 with *used, 1 when no key is named, -1 with err. */
static int open_with(CMS_ContentInfo *cms, const struct cm_signer *keys, size_t n, size_t *used,
                     cm_err *err)
{
	struct dec_match m;
	bool named = false;

	for (size_t i = 0; i < n; i++) {
		if (keys[i].cert == NULL || keys[i].key == NULL ||
		    !find_recipient(cms, keys[i].cert, &m))
			continue;
		named = true;
		if (open_recipient(cms, &m, &keys[i], err) == 0) {
			*used = i;
			return 0;
		}
	}
	if (named)
		return -1;
	cm_err_set(err, "no RecipientInfo names any of the %zu key%s", n, n == 1 ? "" : "s");
	return 1;
}

/* The content of cms, opened, into out. 0, or -1 with err (out emptied). */
static int decrypt_content(CMS_ContentInfo *cms, struct sbuf *out, cm_err *err)
{
	bool aead = OBJ_obj2nid(CMS_get0_type(cms)) == NID_id_smime_ct_authEnvelopedData;
	struct cms_sink *sink = cms_sink_new(out, err);
	int rc = 0;

	if (CMS_decrypt(cms, NULL, NULL, NULL, sink->bio, CMS_BINARY) != 1 ||
	    cms_sink_failed(sink)) {
		if (!cms_sink_failed(sink))
			cm_err_openssl(err, aead ? "cannot decrypt the content (authentication tag "
			                           "does not match, or damaged content)"
			                         : "cannot decrypt the content");
		sbuf_truncate(out);
		rc = -1;
	}
	cms_sink_free(sink);
	return rc;
}

/* Does a RecipientInfo of cms name one of the n keys? */
static bool names_any(CMS_ContentInfo *cms, const struct cm_signer *keys, size_t n)
{
	struct dec_match m;

	for (size_t i = 0; i < n; i++)
		if (keys[i].cert != NULL && keys[i].key != NULL &&
		    find_recipient(cms, keys[i].cert, &m))
			return true;
	return false;
}

int cms_decrypt(struct sbuf *der, const struct cm_signer *keys, size_t n, struct sbuf *out,
                size_t *used, cm_err *err)
{
	CMS_ContentInfo *cms = NULL;
	size_t which = 0;
	int rc = -1;

	if ((cms = parse(der, err)) == NULL)
		goto out;
	if ((rc = open_with(cms, keys, n, &which, err)) != 0)
		goto out;
	if ((rc = decrypt_content(cms, out, err)) == 0 && used != NULL)
		*used = which;
out:
	CMS_ContentInfo_free(cms);
	ERR_clear_error();
	return rc;
}

int cms_decrypt_for(struct sbuf *der, const struct cm_keyset *sets, size_t nsets, struct sbuf *out,
                    size_t *unnamed, cm_err *err)
{
	CMS_ContentInfo *cms = NULL;
	size_t which;
	int rc = -1;

	if (nsets == 0 || (cms = parse(der, err)) == NULL)
		goto out;
	for (size_t i = 1; i < nsets; i++)
		if (!names_any(cms, sets[i].keys, sets[i].n)) {
			*unnamed = i;
			cm_err_set(err, "no RecipientInfo names any of the %zu key%s", sets[i].n,
			           sets[i].n == 1 ? "" : "s");
			rc = 1;
			goto out;
		}
	if ((rc = open_with(cms, sets[0].keys, sets[0].n, &which, err)) == 1)
		*unnamed = 0;
	else if (rc == 0)
		rc = decrypt_content(cms, out, err);
out:
	CMS_ContentInfo_free(cms);
	ERR_clear_error();
	return rc;
}
