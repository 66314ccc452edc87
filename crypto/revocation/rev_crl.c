/*
 * rev_crl.c - the CRL check of the revocation client (RFC 5280; see
 * rev_int.h): the http URIs of the certificate's CRL distribution points
 * (full names only; a point with a cRLIssuer or reasons is skipped), each
 * CRL fetched (DER, or PEM), its issuer name, signature (by the issuing
 * CA, which must be allowed to sign CRLs), lastUpdate and nextUpdate
 * checked (an expired CRL is no answer), then cached by URL and issuer
 * until its nextUpdate (at most cache_ttl), so every certificate of the
 * CA shares it. Delta CRLs are not used.
 */
#include <stdio.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include "cms.h"
#include "rev_int.h"

void rev_fingerprint(X509 *x, char out[65])
{
	unsigned char md[32];
	unsigned n = 0;

	out[0] = '\0';
	if (!X509_digest(x, EVP_sha256(), md, &n))
		return;
	for (unsigned i = 0; i < n && i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", md[i]);
}

/* Is crl a current complete CRL signed by issuer? 0, or -1 + why. */
static int crl_valid(X509_CRL *crl, X509 *issuer, time_t now, cm_err *why)
{
	EVP_PKEY *pk = X509_get0_pubkey(issuer);
	const ASN1_TIME *next = X509_CRL_get0_nextUpdate(crl);
	char date[32];
	time_t t;

	if (X509_NAME_cmp(X509_CRL_get_issuer(crl), X509_get_subject_name(issuer)) != 0) {
		cm_err_set(why, "a CRL of another issuer");
		return -1;
	}
	if ((X509_get_extension_flags(issuer) & EXFLAG_KUSAGE) &&
	    !(X509_get_key_usage(issuer) & KU_CRL_SIGN)) {
		cm_err_set(why, "the issuer may not sign CRLs (keyUsage)");
		return -1;
	}
	if (pk == NULL || X509_CRL_verify(crl, pk) != 1) {
		ERR_clear_error();
		cm_err_set(why, "signature not by the issuer");
		return -1;
	}
	if (X509_CRL_get_ext_by_NID(crl, NID_delta_crl, -1) >= 0) {
		cm_err_set(why, "a delta CRL");
		return -1;
	}
	if (cm_asn1_time(X509_CRL_get0_lastUpdate(crl), now + REV_LEEWAY + 1) > now + REV_LEEWAY) {
		cm_err_set(why, "not yet valid (lastUpdate)");
		return -1;
	}
	if (next == NULL) {
		cm_err_set(why, "no nextUpdate");
		return -1;
	}
	t = cm_asn1_time(next, 0);
	if (t < now) {
		strftime(date, sizeof(date), "%Y-%m-%dT%H:%M:%SZ", gmtime(&(time_t){t}));
		cm_err_set(why, "expired (nextUpdate %s)", date);
		return -1;
	}
	return 0;
}

static X509_CRL *crl_parse(const struct buf *body)
{
	const unsigned char *p = body->data;
	X509_CRL *crl = d2i_X509_CRL(NULL, &p, (long)body->len);
	BIO *b;

	if (crl != NULL || body->len < 10 || memcmp(body->data, "-----BEGIN", 10) != 0)
		return crl;
	b = BIO_new_mem_buf(body->data, (int)body->len);
	crl = b != NULL ? PEM_read_bio_X509_CRL(b, NULL, NULL, NULL) : NULL;
	BIO_free(b);
	return crl;
}

/* The valid CRL at url for issuer (a new reference), from the cache or
 * fetched; NULL + why. */
static X509_CRL *crl_get(struct rev_client *c, const char *url, X509 *issuer, long deadline_ms,
                         cm_err *why)
{
	char fp[65], *key;
	time_t now = time(NULL), until;
	struct buf body = {0};
	X509_CRL *crl;
	size_t n;

	rev_fingerprint(issuer, fp);
	n = strlen(url) + sizeof(fp) + 2;
	key = OPENSSL_malloc(n);
	if (key == NULL)
		return NULL;
	snprintf(key, n, "%s|%s", url, fp);
	pthread_mutex_lock(&c->lock);
	crl = rev_lru_get(c->crls, key, now);
	if (crl != NULL) {
		X509_CRL_up_ref(crl);
		c->stats.crl_cache_hits++;
	}
	pthread_mutex_unlock(&c->lock);
	if (crl != NULL)
		goto out;
	rev_count(c, &c->stats.crl_requests);
	if (rev_http(c, url, NULL, 0, c->o.max_crl, deadline_ms, &body, why) != 0)
		goto out;
	crl = crl_parse(&body);
	if (crl == NULL) {
		ERR_clear_error();
		cm_err_set(why, "not a CRL");
		goto out;
	}
	if (crl_valid(crl, issuer, now, why) != 0) {
		X509_CRL_free(crl);
		crl = NULL;
		goto out;
	}
	until = cm_asn1_time(X509_CRL_get0_nextUpdate(crl), now);
	if (until > now + c->o.cache_ttl)
		until = now + c->o.cache_ttl;
	pthread_mutex_lock(&c->lock);
	X509_CRL_up_ref(crl);
	rev_lru_put(c->crls, key, crl, until);
	pthread_mutex_unlock(&c->lock);
out:
	buf_free(&body);
	OPENSSL_free(key);
	return crl;
}

/* What crl says of cert, into a. */
static void crl_lookup(X509_CRL *crl, X509 *cert, struct rev_answer *a)
{
	X509_REVOKED *rev = NULL;
	ASN1_ENUMERATED *code;

	a->next_update = cm_asn1_time(X509_CRL_get0_nextUpdate(crl), 0);
	a->status = REV_GOOD;
	a->revoked_at = 0;
	a->crl_reason = -1;
	if (X509_CRL_get0_by_cert(crl, &rev, cert) != 1 || rev == NULL)
		return; /* 2: removeFromCRL */
	a->status = REV_REVOKED;
	a->revoked_at = cm_asn1_time(X509_REVOKED_get0_revocationDate(rev), 0);
	code = X509_REVOKED_get_ext_d2i(rev, NID_crl_reason, NULL, NULL);
	if (code != NULL)
		a->crl_reason = (int)ASN1_ENUMERATED_get(code);
	ASN1_ENUMERATED_free(code);
}

/* Try each URI of one distribution point; 1 if one answered. */
static int crl_point(struct rev_client *c, DIST_POINT *dp, X509 *cert, X509 *issuer,
                     long deadline_ms, struct rev_answer *a, char *why, size_t whylen)
{
	GENERAL_NAMES *names;
	char text[256];

	if (dp->CRLissuer != NULL || dp->reasons != NULL || dp->distpoint == NULL ||
	    dp->distpoint->type != 0)
		return 0;
	names = dp->distpoint->name.fullname;
	for (int i = 0; i < sk_GENERAL_NAME_num(names); i++) {
		GENERAL_NAME *gn = sk_GENERAL_NAME_value(names, i);
		const char *url;
		X509_CRL *crl;
		cm_err e = {""};

		if (gn->type != GEN_URI)
			continue;
		url = (const char *)ASN1_STRING_get0_data(gn->d.uniformResourceIdentifier);
		if ((size_t)ASN1_STRING_length(gn->d.uniformResourceIdentifier) != strlen(url) ||
		    !rev_url_ok(c, url)) {
			cm_err_set(&e, "URL not fetched (not plain http)");
			crl = NULL;
		} else {
			crl = crl_get(c, url, issuer, deadline_ms, &e);
		}
		if (crl != NULL) {
			crl_lookup(crl, cert, a);
			X509_CRL_free(crl);
			return 1;
		}
		cm_append(why, whylen, "; ", "crl %s: %s", rev_url_text(text, sizeof(text), url),
		          e.text);
	}
	return 0;
}

int rev_crl(struct rev_client *c, X509 *cert, X509 *issuer, long deadline_ms, struct rev_answer *a,
            char *why, size_t whylen)
{
	STACK_OF(DIST_POINT) *dps = X509_get_ext_d2i(cert, NID_crl_distribution_points, NULL, NULL);
	int found = 0;

	for (int i = 0; i < sk_DIST_POINT_num(dps) && !found; i++)
		found = crl_point(c, sk_DIST_POINT_value(dps, i), cert, issuer, deadline_ms, a, why,
		                  whylen);
	sk_DIST_POINT_pop_free(dps, DIST_POINT_free);
	return found;
}
