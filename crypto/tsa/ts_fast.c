/*
 * ts_fast.c - the fast check of TimeStampResps whose certificates were
 * verified before: the DER split of a reply, the reply without its
 * certificates, the token's signature check for a known chain, and the
 * cache of verified chains (see ts_fast.h and timestamp.h).
 */
#include <pthread.h>
#include <string.h>
#include <time.h>

#include <openssl/asn1.h>
#include <openssl/ess.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509v3.h>

#include "cms.h"
#include "log.h"
#include "tsa_int.h"
#include "xalloc.h"

#define CACHE_SLOTS 8

/* id-signedData, 1.2.840.113549.1.7.2, as a whole TLV */
static const unsigned char oid_signed_data[] = {0x06, 0x09, 0x2a, 0x86, 0x48, 0x86,
                                                0xf7, 0x0d, 0x01, 0x07, 0x02};

/* ---- DER ------------------------------------------------------------- */

/* The TLV at *pos (before end) with tag; *pos moves past it. */
static int next(const unsigned char *der, size_t *pos, size_t end, unsigned char tag,
                struct der_tlv *t)
{
	if (*pos >= end || der_read(der + *pos, end - *pos, t) != 0 || t->tag != tag)
		return -1;
	*pos += t->hdrlen + t->len;
	return 0;
}

/* Enter the TLV at *pos with tag, which must end exactly at end. */
static int enter_last(const unsigned char *der, size_t *pos, size_t end, unsigned char tag)
{
	struct der_tlv t;

	if (*pos >= end || der_read(der + *pos, end - *pos, &t) != 0 || t.tag != tag ||
	    *pos + t.hdrlen + t.len != end)
		return -1;
	*pos += t.hdrlen;
	return 0;
}

/* The SignedData's fields: version, digestAlgorithms, encapContentInfo,
 * [0] certificates?, [1] crls?, signerInfos, and nothing after. */
static int split_signed_data(const unsigned char *der, size_t pos, size_t end, struct ts_parts *p)
{
	struct der_tlv t;

	if (next(der, &pos, end, 0x02, &t) || next(der, &pos, end, 0x31, &t) ||
	    next(der, &pos, end, 0x30, &t))
		return -1;
	p->certs = p->certslen = 0;
	if (pos < end && der[pos] == 0xa0) {
		p->certs = pos;
		if (next(der, &pos, end, 0xa0, &t))
			return -1;
		p->certslen = pos - p->certs;
	}
	if (pos < end && der[pos] == 0xa1 && next(der, &pos, end, 0xa1, &t))
		return -1;
	if (next(der, &pos, end, 0x31, &t) || pos != end)
		return -1;
	return 0;
}

int ts_der_split(const unsigned char *resp, size_t len, struct ts_parts *p)
{
	size_t pos = 0;
	struct der_tlv t;

	if (enter_last(resp, &pos, len, 0x30))
		return -1;
	p->status = pos;
	if (next(resp, &pos, len, 0x30, &t))
		return -1;
	p->token = pos;
	p->toklen = len - pos;
	if (enter_last(resp, &pos, len, 0x30) || len - pos < sizeof(oid_signed_data) ||
	    memcmp(resp + pos, oid_signed_data, sizeof(oid_signed_data)) != 0)
		return -1;
	pos += sizeof(oid_signed_data);
	p->explicit0 = pos;
	if (enter_last(resp, &pos, len, 0xa0) || enter_last(resp, &pos, len, 0x30))
		return -1;
	p->sd_body = pos;
	return split_signed_data(resp, pos, len, p);
}

unsigned char *ts_der_strip(const unsigned char *resp, size_t len, const struct ts_parts *p,
                            size_t *outlen)
{
	size_t sd = len - p->sd_body - p->certslen;      /* SignedData contents */
	size_t e0 = der_put_header(0x30, sd, NULL) + sd; /* [0] contents */
	size_t oidlen = sizeof(oid_signed_data), tok, all, n = 0;
	unsigned char *out;

	tok = oidlen + der_put_header(0xa0, e0, NULL) + e0;
	all = (p->token - p->status) + der_put_header(0x30, tok, NULL) + tok;
	*outlen = der_put_header(0x30, all, NULL) + all;
	out = xmalloc(*outlen);
	n += der_put_header(0x30, all, out + n);
	memcpy(out + n, resp + p->status, p->token - p->status);
	n += p->token - p->status;
	n += der_put_header(0x30, tok, out + n);
	memcpy(out + n, oid_signed_data, oidlen);
	n += oidlen;
	n += der_put_header(0xa0, e0, out + n);
	n += der_put_header(0x30, sd, out + n);
	memcpy(out + n, resp + p->sd_body, p->certs - p->sd_body);
	n += p->certs - p->sd_body;
	memcpy(out + n, resp + p->certs + p->certslen, len - p->certs - p->certslen);
	n += len - p->certs - p->certslen;
	if (n != *outlen)
		msg_panic("ts_der_strip: %zu bytes written, %zu computed", n, *outlen);
	return out;
}

/* ---- the token's signature --------------------------------------------- */

/* The ESS signingCertificate(V2) attributes of si against chain. */
static bool ess_ok(PKCS7_SIGNER_INFO *si, STACK_OF(X509) *chain)
{
	ASN1_TYPE *a1 = PKCS7_get_signed_attribute(si, NID_id_smime_aa_signingCertificate);
	ASN1_TYPE *a2 = PKCS7_get_signed_attribute(si, NID_id_smime_aa_signingCertificateV2);
	ESS_SIGNING_CERT *ss = NULL;
	ESS_SIGNING_CERT_V2 *ssv2 = NULL;
	bool ok = false;

	if (a1 != NULL &&
	    (ss = ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(ESS_SIGNING_CERT), a1)) == NULL)
		goto out;
	if (a2 != NULL &&
	    (ssv2 = ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(ESS_SIGNING_CERT_V2), a2)) == NULL)
		goto out;
	ok = OSSL_ESS_check_signing_certs(ss, ssv2, chain, 1) > 0;
out:
	ESS_SIGNING_CERT_free(ss);
	ESS_SIGNING_CERT_V2_free(ssv2);
	return ok;
}

/* The signature of si over the token's content, by signer. */
static bool signature_ok(PKCS7 *token, PKCS7_SIGNER_INFO *si, X509 *signer)
{
	BIO *bio = PKCS7_dataInit(token, NULL);
	char buf[4096];
	bool ok = false;

	if (bio == NULL)
		return false;
	while (BIO_read(bio, buf, sizeof(buf)) > 0)
		continue;
	ok = PKCS7_signatureVerify(bio, token, si, signer) > 0;
	BIO_free_all(bio);
	return ok;
}

bool ts_token_signature_ok(PKCS7 *token, STACK_OF(X509) *chain)
{
	STACK_OF(PKCS7_SIGNER_INFO) *sis;
	STACK_OF(X509) *signers = NULL;
	PKCS7_SIGNER_INFO *si;
	bool ok = false;

	if (!PKCS7_type_is_signed(token) || (sis = PKCS7_get_signer_info(token)) == NULL ||
	    sk_PKCS7_SIGNER_INFO_num(sis) != 1 || PKCS7_get_detached(token))
		return false;
	si = sk_PKCS7_SIGNER_INFO_value(sis, 0);
	/* the signer the SignerInfo names must be the verified one */
	signers = PKCS7_get0_signers(token, chain, 0);
	if (signers == NULL || sk_X509_num(signers) != 1 ||
	    sk_X509_value(signers, 0) != sk_X509_value(chain, 0))
		goto out;
	ok = ess_ok(si, chain) && signature_ok(token, si, sk_X509_value(chain, 0));
out:
	sk_X509_free(signers);
	return ok;
}

bool ts_tsa_name_ok(TS_TST_INFO *tst, X509 *signer)
{
	GENERAL_NAME *name = TS_TST_INFO_get_tsa(tst);
	GENERAL_NAMES *alt = NULL;
	int idx = -1;
	bool found = false;

	if (name == NULL)
		return true;
	if (name->type == GEN_DIRNAME &&
	    X509_NAME_cmp(name->d.dirn, X509_get_subject_name(signer)) == 0)
		return true;
	while (!found &&
	       (alt = X509_get_ext_d2i(signer, NID_subject_alt_name, NULL, &idx)) != NULL) {
		for (int i = 0; i < sk_GENERAL_NAME_num(alt) && !found; i++)
			found = GENERAL_NAME_cmp(sk_GENERAL_NAME_value(alt, i), name) == 0;
		GENERAL_NAMES_free(alt);
	}
	return found;
}

/* ---- the cache --------------------------------------------------------- */

struct ts_slot {
	unsigned char *der; /* the certificates field; NULL: slot unused */
	size_t len;
	STACK_OF(X509) *chain;
	time_t at;         /* when the chain was verified */
	time_t not_before; /* the latest notBefore of the chain */
	time_t not_after;  /* the earliest notAfter */
};

struct ts_cache {
	X509_STORE *store;
	STACK_OF(X509) *inter; /* tsa_opts.intermediates */
	pthread_mutex_t lock;
	struct ts_slot slot[CACHE_SLOTS];
	size_t victim; /* the slot ts_cache_put replaces next when all are used */
	unsigned long hits;
};

struct ts_cache *ts_cache_new(X509_STORE *store)
{
	struct ts_cache *c = xcalloc(1, sizeof(*c));

	if (store != NULL && X509_STORE_up_ref(store))
		c->store = store;
	pthread_mutex_init(&c->lock, NULL);
	return c;
}

static void slot_clear(struct ts_slot *s)
{
	s->der = x_free(s->der);
	sk_X509_pop_free(s->chain, X509_free);
	s->chain = NULL;
}

struct ts_cache *ts_cache_free(struct ts_cache *c)
{
	if (c == NULL)
		return NULL;
	for (size_t i = 0; i < CACHE_SLOTS; i++)
		slot_clear(&c->slot[i]);
	pthread_mutex_destroy(&c->lock);
	X509_STORE_free(c->store);
	sk_X509_pop_free(c->inter, X509_free);
	return x_free(c);
}

X509_STORE *ts_cache_store(struct ts_cache *c)
{
	return c->store;
}

void ts_cache_set_intermediates(struct ts_cache *c, STACK_OF(X509) *inter)
{
	sk_X509_pop_free(c->inter, X509_free);
	c->inter = inter;
}

STACK_OF(X509) *ts_cache_intermediates(struct ts_cache *c)
{
	return c->inter;
}

unsigned long ts_cache_hits(struct ts_cache *c)
{
	unsigned long n;

	pthread_mutex_lock(&c->lock);
	n = c->hits;
	pthread_mutex_unlock(&c->lock);
	return n;
}

void ts_cache_note_hit(struct ts_cache *c)
{
	pthread_mutex_lock(&c->lock);
	c->hits++;
	pthread_mutex_unlock(&c->lock);
}

STACK_OF(X509) *ts_cache_get(struct ts_cache *c, const unsigned char *certs, size_t len)
{
	STACK_OF(X509) *chain = NULL;
	time_t now = time(NULL);

	pthread_mutex_lock(&c->lock);
	for (size_t i = 0; i < CACHE_SLOTS; i++) {
		struct ts_slot *s = &c->slot[i];

		if (s->der == NULL || s->len != len || memcmp(s->der, certs, len) != 0)
			continue;
		if (now >= s->at && now - s->at < TS_CACHE_TTL && now >= s->not_before &&
		    now < s->not_after)
			chain = X509_chain_up_ref(s->chain);
		break;
	}
	pthread_mutex_unlock(&c->lock);
	return chain;
}

void ts_cache_put(struct ts_cache *c, const unsigned char *certs, size_t len, STACK_OF(X509) *chain)
{
	struct ts_slot *s = NULL;
	time_t now = time(NULL);

	pthread_mutex_lock(&c->lock);
	for (size_t i = 0; i < CACHE_SLOTS && s == NULL; i++)
		if (c->slot[i].der != NULL && c->slot[i].len == len &&
		    memcmp(c->slot[i].der, certs, len) == 0)
			s = &c->slot[i];
	for (size_t i = 0; i < CACHE_SLOTS && s == NULL; i++)
		if (c->slot[i].der == NULL)
			s = &c->slot[i];
	if (s == NULL) {
		s = &c->slot[c->victim];
		c->victim = (c->victim + 1) % CACHE_SLOTS;
	}
	slot_clear(s);
	s->der = xmalloc(len);
	memcpy(s->der, certs, len);
	s->len = len;
	s->chain = X509_chain_up_ref(chain);
	s->at = now;
	s->not_before = 0;
	s->not_after = now + TS_CACHE_TTL;
	for (int i = 0; i < sk_X509_num(chain); i++) {
		time_t nb = cm_asn1_time(X509_get0_notBefore(sk_X509_value(chain, i)), now + 1);
		time_t na = cm_asn1_time(X509_get0_notAfter(sk_X509_value(chain, i)), now);

		s->not_before = nb > s->not_before ? nb : s->not_before;
		s->not_after = na < s->not_after ? na : s->not_after;
	}
	pthread_mutex_unlock(&c->lock);
}
