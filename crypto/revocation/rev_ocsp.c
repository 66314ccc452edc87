/*
 * rev_ocsp.c - the OCSP query of the revocation client (RFC 6960; see
 * rev_int.h): one request per responder URL of the certificate's
 * Authority Information Access, with a nonce, POSTed over http. An answer
 * counts only if
 *   - its nonce is ours (a responder that sends none is accepted: many
 *     public CAs serve pre-signed answers; a different one is a replay),
 *   - it is signed by the issuing CA itself, or by a responder certificate
 *     that CA issued with id-kp-OCSPSigning (OCSP_basic_verify with the
 *     issuer as the only trust anchor, no explicit trust, no certificate
 *     of the answer trusted),
 *   - it speaks of this certificate, and thisUpdate / nextUpdate hold now
 *     (REV_LEEWAY seconds of skew).
 * A responder that answers "unknown" gives no answer: the CRL is asked.
 */
#include <stdio.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/ocsp.h>

#include "cms.h"
#include "rev_int.h"

/* Is bs signed by issuer or by a responder issuer delegated? 0, or -1 + why. */
static int ocsp_verify(OCSP_BASICRESP *bs, X509 *issuer, cm_err *why)
{
	X509_STORE *st = X509_STORE_new();
	STACK_OF(X509) *certs = sk_X509_new_null();
	int ret = -1;

	if (st == NULL || certs == NULL || !X509_STORE_add_cert(st, issuer) ||
	    !sk_X509_push(certs, issuer)) {
		cm_err_openssl(why, "out of memory");
		goto out;
	}
	/* the issuer is the only anchor, even when it is an intermediate */
	X509_STORE_set_flags(st, X509_V_FLAG_PARTIAL_CHAIN);
	ERR_clear_error();
	if (OCSP_basic_verify(bs, certs, st, OCSP_NOEXPLICIT) <= 0) {
		cm_err_openssl(why, "not signed by the CA or a responder it authorized");
		goto out;
	}
	ret = 0;
out:
	sk_X509_free(certs);
	X509_STORE_free(st);
	return ret;
}

/* The status bs gives for id. 0 with a filled, or -1 + why. */
static int ocsp_status(OCSP_BASICRESP *bs, OCSP_CERTID *id, struct rev_answer *a, cm_err *why)
{
	ASN1_GENERALIZEDTIME *rev = NULL, *thisupd = NULL, *nextupd = NULL;
	int status = -1, reason = -1;

	if (!OCSP_resp_find_status(bs, id, &status, &reason, &rev, &thisupd, &nextupd)) {
		cm_err_set(why, "the answer is not about this certificate");
		return -1;
	}
	ERR_clear_error();
	if (!OCSP_check_validity(thisupd, nextupd, REV_LEEWAY, -1)) {
		cm_err_openssl(why, "answer not current (thisUpdate/nextUpdate)");
		return -1;
	}
	if (status == V_OCSP_CERTSTATUS_UNKNOWN) {
		cm_err_set(why, "the responder does not know the certificate");
		return -1;
	}
	a->status = status == V_OCSP_CERTSTATUS_REVOKED ? REV_REVOKED : REV_GOOD;
	a->revoked_at = status == V_OCSP_CERTSTATUS_REVOKED ? cm_asn1_time(rev, 0) : 0;
	a->crl_reason = status == V_OCSP_CERTSTATUS_REVOKED ? reason : -1;
	a->next_update = nextupd != NULL ? cm_asn1_time(nextupd, 0) : 0;
	return 0;
}

/* Check the DER answer body to req about id. 0 with a filled, or -1 + why. */
static int ocsp_judge(const struct buf *body, OCSP_REQUEST *req, OCSP_CERTID *id, X509 *issuer,
                      struct rev_answer *a, cm_err *why)
{
	const unsigned char *p = body->data;
	OCSP_RESPONSE *resp = d2i_OCSP_RESPONSE(NULL, &p, (long)body->len);
	OCSP_BASICRESP *bs = NULL;
	int ret = -1, st;

	if (resp == NULL) {
		cm_err_set(why, "not an OCSP response");
		goto out;
	}
	st = OCSP_response_status(resp);
	if (st != OCSP_RESPONSE_STATUS_SUCCESSFUL) {
		cm_err_set(why, "responder status %s", OCSP_response_status_str(st));
		goto out;
	}
	bs = OCSP_response_get1_basic(resp);
	if (bs == NULL) {
		cm_err_set(why, "no basic OCSP response");
		goto out;
	}
	if (OCSP_check_nonce(req, bs) == 0) {
		cm_err_set(why, "nonce mismatch (a replayed answer)");
		goto out;
	}
	if (ocsp_verify(bs, issuer, why) != 0 || ocsp_status(bs, id, a, why) != 0)
		goto out;
	ret = 0;
out:
	OCSP_BASICRESP_free(bs);
	OCSP_RESPONSE_free(resp);
	return ret;
}

/* One request to url. 0 with a filled, or -1 + why. */
static int ocsp_one(struct rev_client *c, const char *url, X509 *cert, X509 *issuer,
                    long deadline_ms, struct rev_answer *a, cm_err *why)
{
	OCSP_CERTID *id = OCSP_cert_to_id(EVP_sha1(), cert, issuer);
	OCSP_REQUEST *req = OCSP_REQUEST_new();
	OCSP_CERTID *rid = id != NULL ? OCSP_CERTID_dup(id) : NULL;
	unsigned char *der = NULL;
	struct buf body = {0};
	int derlen, ret = -1;

	if (id == NULL || req == NULL || rid == NULL || !OCSP_request_add0_id(req, rid)) {
		OCSP_CERTID_free(rid);
		cm_err_openssl(why, "cannot make the OCSP request");
		goto out;
	}
	if (!OCSP_request_add1_nonce(req, NULL, -1) ||
	    (derlen = i2d_OCSP_REQUEST(req, &der)) <= 0) {
		cm_err_openssl(why, "cannot make the OCSP request");
		goto out;
	}
	rev_count(c, &c->stats.ocsp_requests);
	if (rev_http(c, url, der, (size_t)derlen, c->o.max_response, deadline_ms, &body, why) != 0)
		goto out;
	ret = ocsp_judge(&body, req, id, issuer, a, why);
out:
	buf_free(&body);
	OPENSSL_free(der);
	OCSP_REQUEST_free(req);
	OCSP_CERTID_free(id);
	return ret;
}

int rev_ocsp(struct rev_client *c, X509 *cert, X509 *issuer, long deadline_ms, struct rev_answer *a,
             char *why, size_t whylen)
{
	STACK_OF(OPENSSL_STRING) *urls = X509_get1_ocsp(cert);
	char text[256];
	cm_err e;
	int found = 0;

	for (int i = 0; i < sk_OPENSSL_STRING_num(urls) && !found; i++) {
		const char *url = sk_OPENSSL_STRING_value(urls, i);

		e.text[0] = '\0';
		if (!rev_url_ok(c, url))
			cm_err_set(&e, "URL not fetched (not plain http)");
		else if (ocsp_one(c, url, cert, issuer, deadline_ms, a, &e) == 0)
			found = 1;
		if (!found)
			cm_append(why, whylen, "; ", "ocsp %s: %s",
			          rev_url_text(text, sizeof(text), url), e.text);
	}
	X509_email_free(urls);
	return found;
}
