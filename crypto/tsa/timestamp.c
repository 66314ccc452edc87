/*
 * timestamp.c - RFC 3161 TimeStampReq construction and TimeStampResp checks
 * (see timestamp.h).
 *
 * TS_RESP_verify_response in OpenSSL 3.0 does report an imprint mismatch
 * and a nonce mismatch with different reason codes, but only after the
 * signature and chain checks and only through the error queue. So that the
 * audit line names the problem exactly, the reply is checked here step by
 * step first (parse, status, TSTInfo version/imprint/nonce, signer chain
 * and purpose) and then once more as a whole by TS_RESP_verify_response,
 * which also checks the signature and the ESS signingCertificate(V2).
 */
#include <limits.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs7.h>
#include <openssl/rand.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

#include "cms.h"
#include "log.h"
#include "tsa_int.h"
#include "xalloc.h"

struct ts_query {
	TS_REQ *req;
	unsigned char *der; /* OPENSSL_malloc'd */
	size_t derlen;
	unsigned char imprint[32];
};

/* ---- the request ----------------------------------------------------- */

static int set_imprint(TS_REQ *req, const unsigned char imprint[32])
{
	TS_MSG_IMPRINT *mi = TS_MSG_IMPRINT_new();
	X509_ALGOR *alg = X509_ALGOR_new();
	int ok = 0;

	if (mi == NULL || alg == NULL)
		goto out;
	X509_ALGOR_set_md(alg, EVP_sha256());
	ok = TS_MSG_IMPRINT_set_algo(mi, alg) &&
	     TS_MSG_IMPRINT_set_msg(mi, (unsigned char *)imprint, 32) &&
	     TS_REQ_set_msg_imprint(req, mi);
out:
	X509_ALGOR_free(alg);
	TS_MSG_IMPRINT_free(mi);
	return ok ? 0 : -1;
}

/* A random positive 64-bit nonce. */
static int set_nonce(TS_REQ *req)
{
	unsigned char raw[8];
	BIGNUM *bn = NULL;
	ASN1_INTEGER *nonce = NULL;
	int ok = 0;

	if (RAND_bytes(raw, sizeof(raw)) != 1)
		goto out;
	bn = BN_bin2bn(raw, sizeof(raw), NULL);
	if (bn == NULL || (nonce = BN_to_ASN1_INTEGER(bn, NULL)) == NULL)
		goto out;
	ok = TS_REQ_set_nonce(req, nonce);
out:
	ASN1_INTEGER_free(nonce);
	BN_free(bn);
	return ok ? 0 : -1;
}

struct ts_query *ts_query_new(const unsigned char *sig, size_t siglen, cm_err *err)
{
	struct ts_query *q = xcalloc(1, sizeof(*q));
	unsigned char *der = NULL;
	int len;

	if (EVP_Digest(sig, siglen, q->imprint, NULL, EVP_sha256(), NULL) != 1)
		goto fail;
	q->req = TS_REQ_new();
	if (q->req == NULL || !TS_REQ_set_version(q->req, 1) ||
	    set_imprint(q->req, q->imprint) < 0 || set_nonce(q->req) < 0 ||
	    !TS_REQ_set_cert_req(q->req, 1))
		goto fail;
	len = i2d_TS_REQ(q->req, &der);
	if (len <= 0)
		goto fail;
	q->der = der;
	q->derlen = (size_t)len;
	return q;
fail:
	cm_err_openssl(err, "cannot build a TimeStampReq");
	return ts_query_free(q);
}

const unsigned char *ts_query_der(const struct ts_query *q, size_t *len)
{
	*len = q->derlen;
	return q->der;
}

struct ts_query *ts_query_free(struct ts_query *q)
{
	if (q == NULL)
		return NULL;
	TS_REQ_free(q->req);
	OPENSSL_free(q->der);
	return x_free(q);
}

/* ---- the reply: status ------------------------------------------------ */

static const char *const status_names[] = {
    "granted", "grantedWithMods",   "rejection",
    "waiting", "revocationWarning", "revocationNotification",
};

static const struct {
	int bit;
	const char *name;
} failure_names[] = {
    {TS_INFO_BAD_ALG, "badAlg"},
    {TS_INFO_BAD_REQUEST, "badRequest"},
    {TS_INFO_BAD_DATA_FORMAT, "badDataFormat"},
    {TS_INFO_TIME_NOT_AVAILABLE, "timeNotAvailable"},
    {TS_INFO_UNACCEPTED_POLICY, "unacceptedPolicy"},
    {TS_INFO_UNACCEPTED_EXTENSION, "unacceptedExtension"},
    {TS_INFO_ADD_INFO_NOT_AVAILABLE, "addInfoNotAvailable"},
    {TS_INFO_SYSTEM_FAILURE, "systemFailure"},
};

/* "rejection; \"text\"; badAlg" - the status, its free text (escaped: it
 * came from the network) and its failure bits. */
static void describe_status(const TS_STATUS_INFO *si, long status, char *buf, size_t n)
{
	const STACK_OF(ASN1_UTF8STRING) *text = TS_STATUS_INFO_get0_text(si);
	const ASN1_BIT_STRING *fi = TS_STATUS_INFO_get0_failure_info(si);
	char esc[256];

	buf[0] = '\0';
	cm_append(buf, n, NULL, "%s",
	          status >= 0 && status < 6 ? status_names[status] : "unknown status");
	for (int i = 0; i < sk_ASN1_UTF8STRING_num(text); i++) {
		const ASN1_UTF8STRING *s = sk_ASN1_UTF8STRING_value(text, i);

		log_escape(esc, sizeof(esc), (const char *)ASN1_STRING_get0_data(s),
		           (size_t)ASN1_STRING_length(s));
		cm_append(buf, n, "; ", "\"%s\"", esc);
	}
	for (size_t i = 0; fi != NULL && i < sizeof(failure_names) / sizeof(failure_names[0]); i++)
		if (ASN1_BIT_STRING_get_bit(fi, failure_names[i].bit))
			cm_append(buf, n, "; ", "%s", failure_names[i].name);
}

static int check_status(TS_RESP *resp, cm_err *err)
{
	const TS_STATUS_INFO *si = TS_RESP_get_status_info(resp);
	long status = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(si));
	char what[512];

	if (status == TS_STATUS_GRANTED || status == TS_STATUS_GRANTED_WITH_MODS) {
		if (TS_RESP_get_token(resp) == NULL || TS_RESP_get_tst_info(resp) == NULL) {
			cm_err_set(err, "TSA granted but sent no token");
			return -1;
		}
		return 0;
	}
	describe_status(si, status, what, sizeof(what));
	cm_err_set(err, "TSA refused: status %ld (%s)", status, what);
	return -1;
}

/* ---- the reply: TSTInfo ---------------------------------------------- */

static int check_tstinfo(const struct ts_query *q, TS_RESP *resp, cm_err *err)
{
	TS_TST_INFO *tst = TS_RESP_get_tst_info(resp);
	TS_MSG_IMPRINT *mi = TS_TST_INFO_get_msg_imprint(tst);
	X509_ALGOR *alg = TS_MSG_IMPRINT_get_algo(mi);
	ASN1_OCTET_STRING *msg = TS_MSG_IMPRINT_get_msg(mi);
	const ASN1_INTEGER *want = TS_REQ_get_nonce(q->req);
	const ASN1_INTEGER *got = TS_TST_INFO_get_nonce(tst);
	const ASN1_OBJECT *obj;

	if (TS_TST_INFO_get_version(tst) != 1) {
		cm_err_set(err, "token version %ld, not 1", TS_TST_INFO_get_version(tst));
		return -1;
	}
	X509_ALGOR_get0(&obj, NULL, NULL, alg);
	if (OBJ_obj2nid(obj) != NID_sha256) {
		cm_err_set(err, "imprint differs (digest algorithm is not SHA-256)");
		return -1;
	}
	if (ASN1_STRING_length(msg) != (int)sizeof(q->imprint) ||
	    memcmp(ASN1_STRING_get0_data(msg), q->imprint, sizeof(q->imprint)) != 0) {
		cm_err_set(err, "imprint differs from the request's");
		return -1;
	}
	if (got == NULL) {
		cm_err_set(err, "nonce missing from the token");
		return -1;
	}
	if (ASN1_INTEGER_cmp(want, got) != 0) {
		cm_err_set(err, "nonce differs from the request's");
		return -1;
	}
	return 0;
}

/* ---- the reply: signer ----------------------------------------------- */

/* The certificates the token carries, then the configured intermediates
 * (inter, may be NULL) for a path the token does not carry whole,
 * up-referenced (never NULL). */
static STACK_OF(X509) *token_certs(PKCS7 *token, STACK_OF(X509) *inter)
{
	STACK_OF(X509) *certs = NULL;

	if (PKCS7_type_is_signed(token) && token->d.sign->cert != NULL)
		certs = X509_chain_up_ref(token->d.sign->cert);
	if (certs == NULL && (certs = sk_X509_new_null()) == NULL)
		msg_panic("out of memory");
	for (int i = 0; i < sk_X509_num(inter); i++)
		if (X509_up_ref(sk_X509_value(inter, i)) != 1 ||
		    sk_X509_push(certs, sk_X509_value(inter, i)) <= 0)
			msg_panic("out of memory");
	return certs;
}

/* Chain and purpose of the signer, for a precise message; the signature
 * itself is checked by TS_RESP_verify_response afterwards. *chain (if not
 * NULL): the verified chain, signer first. */
static int check_signer(PKCS7 *token, STACK_OF(X509) *certs, X509_STORE *store,
                        STACK_OF(X509) **chain, cm_err *err)
{
	STACK_OF(X509) *signers = NULL;
	X509_STORE_CTX *ctx = NULL;
	int rc = -1, verr;

	if (!PKCS7_type_is_signed(token) ||
	    (signers = PKCS7_get0_signers(token, certs, 0)) == NULL || sk_X509_num(signers) != 1) {
		cm_err_set(err, "token carries no signer certificate");
		goto out;
	}
	ctx = X509_STORE_CTX_new();
	if (ctx == NULL || !X509_STORE_CTX_init(ctx, store, sk_X509_value(signers, 0), certs))
		msg_panic("X509_STORE_CTX_init failed");
	X509_STORE_CTX_set_purpose(ctx, X509_PURPOSE_TIMESTAMP_SIGN);
	if (X509_verify_cert(ctx) == 1) {
		if (chain != NULL)
			*chain = X509_STORE_CTX_get1_chain(ctx);
		rc = 0;
		goto out;
	}
	verr = X509_STORE_CTX_get_error(ctx);
	if (verr == X509_V_ERR_INVALID_PURPOSE)
		cm_err_set(
		    err, "token signer not trusted: %s (no critical timeStamping extendedKeyUsage)",
		    X509_verify_cert_error_string(verr));
	else
		cm_err_set(err, "token signer not trusted: %s",
		           X509_verify_cert_error_string(verr));
out:
	X509_STORE_CTX_free(ctx);
	sk_X509_free(signers);
	return rc;
}

/* Everything once more through OpenSSL's own verifier. */
static int verify_all(const struct ts_query *q, TS_RESP *resp, STACK_OF(X509) *certs,
                      X509_STORE *store, cm_err *err)
{
	TS_VERIFY_CTX *vctx = TS_REQ_to_TS_VERIFY_CTX(q->req, NULL);
	unsigned long e;
	int rc = -1;

	if (vctx == NULL)
		msg_panic("TS_REQ_to_TS_VERIFY_CTX failed");
	TS_VERIFY_CTX_add_flags(vctx, TS_VFY_SIGNATURE | TS_VFY_SIGNER | TS_VFY_VERSION);
	X509_STORE_up_ref(store); /* set_store takes ownership in 3.0 */
	TS_VERIFY_CTX_set_store(vctx, store);
	TS_VERIFY_CTX_set_certs(vctx, X509_chain_up_ref(certs)); /* owned by vctx */
	ERR_clear_error(); /* what is queued after the call is the call's */
	if (TS_RESP_verify_response(vctx, resp) == 1) {
		rc = 0;
		goto out;
	}
	e = ERR_peek_last_error();
	if (ERR_GET_LIB(e) == ERR_LIB_TS && ERR_GET_REASON(e) == TS_R_SIGNATURE_FAILURE)
		cm_err_set(err, "token signature does not verify");
	else if (ERR_GET_LIB(e) == ERR_LIB_TS &&
	         ERR_GET_REASON(e) == TS_R_ESS_SIGNING_CERTIFICATE_ERROR)
		cm_err_set(err, "token signingCertificate does not name its signer");
	else
		cm_err_openssl(err, "token does not verify");
out:
	TS_VERIFY_CTX_free(vctx);
	return rc;
}

/* ts_query_check; *chain (if not NULL): the signer's verified chain. */
static int check_full(const struct ts_query *q, const unsigned char *resp, size_t resplen,
                      X509_STORE *store, STACK_OF(X509) *inter, unsigned char **token,
                      size_t *toklen, STACK_OF(X509) **chain, cm_err *err)
{
	const unsigned char *p = resp;
	TS_RESP *r = NULL;
	STACK_OF(X509) *certs = NULL;
	unsigned char *der = NULL;
	int len, rc = -1;

	*token = NULL;
	*toklen = 0;
	if (resplen > (size_t)LONG_MAX || (r = d2i_TS_RESP(NULL, &p, (long)resplen)) == NULL ||
	    p != resp + resplen) {
		cm_err_set(err, "not a TimeStampResp (%zu bytes)", resplen);
		goto out;
	}
	if (check_status(r, err) < 0 || check_tstinfo(q, r, err) < 0)
		goto out;
	certs = token_certs(TS_RESP_get_token(r), inter);
	if (check_signer(TS_RESP_get_token(r), certs, store, chain, err) < 0 ||
	    verify_all(q, r, certs, store, err) < 0)
		goto out;
	len = i2d_PKCS7(TS_RESP_get_token(r), &der);
	if (len <= 0)
		msg_panic("i2d_PKCS7 of a parsed token failed");
	*token = der;
	*toklen = (size_t)len;
	rc = 0;
out:
	if (rc < 0 && chain != NULL && *chain != NULL) {
		sk_X509_pop_free(*chain, X509_free);
		*chain = NULL;
	}
	sk_X509_pop_free(certs, X509_free);
	TS_RESP_free(r);
	ERR_clear_error();
	return rc;
}

int ts_query_check(const struct ts_query *q, const unsigned char *resp, size_t resplen,
                   X509_STORE *store, unsigned char **token, size_t *toklen, cm_err *err)
{
	return check_full(q, resp, resplen, store, NULL, token, toklen, NULL, err);
}

/* ---- the reply: through the cache ------------------------------------ */

/* Status, version, imprint and nonce once more through OpenSSL's verifier
 * (the signature is checked by ts_token_signature_ok). */
static bool fields_ok(const struct ts_query *q, TS_RESP *resp)
{
	TS_VERIFY_CTX *vctx = TS_REQ_to_TS_VERIFY_CTX(q->req, NULL);
	bool ok;

	if (vctx == NULL)
		msg_panic("TS_REQ_to_TS_VERIFY_CTX failed");
	/* TS_VFY_SIGNER needs the signer TS_VFY_SIGNATURE finds: checked by
	 * ts_tsa_name_ok instead */
	TS_VERIFY_CTX_set_flags(vctx, (TS_VERIFY_CTX_add_flags(vctx, TS_VFY_VERSION) &
	                               ~(TS_VFY_SIGNER | TS_VFY_SIGNATURE)));
	ok = TS_RESP_verify_response(vctx, resp) == 1;
	TS_VERIFY_CTX_free(vctx);
	return ok;
}

/* The fast path: true and the token if resp (split as p) passes every
 * check with the verified chain; false if it does not or may not, and the
 * full check is to decide (and to say why). */
static bool check_fast(const struct ts_query *q, const unsigned char *resp, size_t resplen,
                       const struct ts_parts *parts, STACK_OF(X509) *chain, unsigned char **token,
                       size_t *toklen)
{
	size_t len;
	unsigned char *stripped = ts_der_strip(resp, resplen, parts, &len);
	const unsigned char *p = stripped;
	TS_RESP *r = d2i_TS_RESP(NULL, &p, (long)len);
	cm_err ignored = {""};
	bool ok = false;

	if (r == NULL || p != stripped + len || check_status(r, &ignored) < 0 ||
	    check_tstinfo(q, r, &ignored) < 0 || !fields_ok(q, r) ||
	    !ts_tsa_name_ok(TS_RESP_get_tst_info(r), sk_X509_value(chain, 0)) ||
	    !ts_token_signature_ok(TS_RESP_get_token(r), chain))
		goto out;
	/* the token as the TSA sent it, certificates included */
	*token = OPENSSL_malloc(parts->toklen);
	if (*token == NULL)
		msg_panic("out of memory");
	memcpy(*token, resp + parts->token, parts->toklen);
	*toklen = parts->toklen;
	ok = true;
out:
	TS_RESP_free(r);
	x_free(stripped);
	ERR_clear_error();
	return ok;
}

int ts_query_check_cached(const struct ts_query *q, const unsigned char *resp, size_t resplen,
                          struct ts_cache *c, unsigned char **token, size_t *toklen,
                          STACK_OF(X509) **out, cm_err *err)
{
	struct ts_parts parts;
	STACK_OF(X509) *chain = NULL;
	bool split = resplen <= (size_t)LONG_MAX && ts_der_split(resp, resplen, &parts) == 0 &&
	             parts.certslen > 0;
	int rc;

	*token = NULL;
	*toklen = 0;
	if (out != NULL)
		*out = NULL;
	if (split && ts_cache_store(c) != NULL &&
	    (chain = ts_cache_get(c, resp + parts.certs, parts.certslen)) != NULL) {
		bool ok = check_fast(q, resp, resplen, &parts, chain, token, toklen);

		if (ok) {
			ts_cache_note_hit(c);
			if (out != NULL)
				*out = chain;
			else
				sk_X509_pop_free(chain, X509_free);
			return 0;
		}
		sk_X509_pop_free(chain, X509_free);
		chain = NULL;
	}
	rc = check_full(q, resp, resplen, ts_cache_store(c), ts_cache_intermediates(c), token,
	                toklen, split || out != NULL ? &chain : NULL, err);
	if (rc == 0 && chain != NULL && split)
		ts_cache_put(c, resp + parts.certs, parts.certslen, chain);
	if (rc == 0 && out != NULL)
		*out = chain;
	else
		sk_X509_pop_free(chain, X509_free);
	return rc;
}
