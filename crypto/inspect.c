/*
 * inspect.c - the layers of an inbound message (inspect.h): decryption,
 * verification of every SignerInfo, the signer's revocation status and
 * identity. The walk keeps the entity being looked at (its fields and
 * body, spooled); each layer's content becomes the next entity.
 */
#include <stdlib.h>
#include <string.h>

#include <openssl/x509v3.h>

#include "addr.h"
#include "clock.h"
#include "inspect.h"
#include "log.h"
#include "xalloc.h"

#define MAX_KEYS 16 /* decryption keys tried per recipient */

struct walk {
	const struct inspect_opts *o;
	const struct inspect_req *req;
	struct inspect_res *res;
	const struct mime_header *hdrs; /* the entity being looked at */
	size_t nhdrs;
	FILE *body;
	struct mime_header *own_hdrs; /* what the walk owns of it (not res's) */
	size_t nown;
	struct sbuf *own_body;
	unsigned sig_layers; /* signature layers passed so far */
};

static void walk_release(struct walk *w)
{
	mime_headers_free(w->own_hdrs, w->nown);
	w->own_hdrs = NULL;
	w->nown = 0;
	w->own_body = sbuf_destroy(w->own_body);
}

/* entity becomes the entity looked at; with replacement, res owns it (the
 * decrypted entity the caller puts in the message). 0 or -1 + err. */
static int walk_enter(struct walk *w, struct sbuf *entity, bool replacement, cm_err *err)
{
	struct mime_header *h = NULL;
	size_t n = 0;
	struct sbuf *body = sbuf_create(&w->o->so);
	FILE *f;

	if (mime_entity_split(entity, &h, &n, body, err) < 0 ||
	    (f = sbuf_stream(body, err)) == NULL) {
		mime_headers_free(h, n);
		sbuf_destroy(body);
		return -1;
	}
	walk_release(w);
	if (replacement) {
		mime_headers_free(w->res->dec_hdrs, w->res->ndec_hdrs);
		sbuf_destroy(w->res->dec_body);
		w->res->dec_hdrs = h;
		w->res->ndec_hdrs = n;
		w->res->dec_body = body;
	} else {
		w->own_hdrs = h;
		w->nown = n;
		w->own_body = body;
	}
	w->hdrs = h;
	w->nhdrs = n;
	w->body = f;
	return 0;
}

/* ---- the signer's identity, revocation status and From: ---- */

static char *serial_hex(X509 *cert)
{
	BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), NULL);
	char *hex = bn != NULL ? BN_bn2hex(bn) : NULL;
	char *s = xstrdup(hex != NULL ? hex : "");

	OPENSSL_free(hex);
	BN_free(bn);
	return s;
}

static char *issuer_text(X509 *cert)
{
	const X509_NAME *name = X509_get_issuer_name(cert);
	char *cn = classify_name_text(name, NID_commonName), line[512];

	if (cn != NULL)
		return cn;
	X509_NAME_oneline(name, line, sizeof(line));
	return xstrdup(line);
}

/* The first subject attribute nid of cert (classify_name_text). */
static char *subject_text(X509 *cert, int nid)
{
	return classify_name_text(X509_get_subject_name(cert), nid);
}

/* "Given Surname", the one of them there is, or a CN that is no address. */
static char *person_name(X509 *cert)
{
	char *given = subject_text(cert, NID_givenName);
	char *sur = subject_text(cert, NID_surname);
	char *name = NULL;

	if (given != NULL && sur != NULL)
		name = xasprintf("%s %s", given, sur);
	else if (given != NULL || sur != NULL)
		name = xstrdup(given != NULL ? given : sur);
	else if ((name = subject_text(cert, NID_commonName)) != NULL && strchr(name, '@') != NULL) {
		free(name);
		name = NULL;
	}
	free(given);
	free(sur);
	return name;
}

/* "Locality, CC", or either of them. */
static char *locality(X509 *cert)
{
	char *l = subject_text(cert, NID_localityName);
	char *c = subject_text(cert, NID_countryName);
	char *out;

	if (l != NULL && c != NULL) {
		out = xasprintf("%s, %s", l, c);
		free(l);
		free(c);
		return out;
	}
	return l != NULL ? l : c;
}

static void signer_identity(struct walk *w, X509 *cert, struct inspect_signer *s)
{
	char **addrs = classify_addrs(cert);

	for (size_t i = 0; addrs[i] != NULL && !s->from_match; i++)
		s->from_match = w->req->from != NULL &&
		                cm_addr_equal(addrs[i], w->req->from, w->o->local_part_ci);
	s->addr = s->from_match ? xstrdup(w->req->from) : addrs[0] ? xstrdup(addrs[0]) : NULL;
	classify_addrs_free(addrs);
	s->serial = serial_hex(cert);
	s->issuer = issuer_text(cert);
	s->name = person_name(cert);
	s->title = subject_text(cert, NID_title);
	s->org = subject_text(cert, NID_organizationName);
	s->locality = locality(cert);
}

/* A passing signer's revocation status (SPEC section 11). */
static void signer_revocation(struct walk *w, const struct vfy_signer *v, struct inspect_signer *s)
{
	struct rev_result rr;
	enum rev_verdict verdict;

	if (w->o->rev == NULL || w->o->rev_mode == REV_MODE_OFF || v->issuer == NULL)
		return;
	rev_check(w->o->rev, v->cert, v->issuer, cm_now_ms() + w->o->rev_timeout_ms, &rr);
	verdict = rev_verdict(w->o->rev_mode, rr.status);
	if (verdict == REV_USE_UNKNOWN) {
		s->rev_unknown = true;
	} else if (verdict == REV_FAIL) {
		s->res = VFY_TEMPERROR;
		snprintf(s->why, sizeof(s->why), "revocation status unknown: %s", rr.reason);
	} else if (verdict == REV_REFUSE &&
	           !(v->ts_time != 0 && rr.revoked_at != 0 && v->ts_time < rr.revoked_at)) {
		s->res = VFY_FAIL;
		snprintf(s->why, sizeof(s->why), "the signer's certificate is revoked (%s)",
		         rev_source_name(rr.source));
	}
}

/* Does cert name the From: address? */
static bool names_from(struct walk *w, X509 *cert)
{
	char **addrs = classify_addrs(cert);
	bool hit = false;

	for (size_t i = 0; addrs[i] != NULL && !hit; i++)
		hit = cm_addr_equal(addrs[i], w->req->from, w->o->local_part_ci);
	classify_addrs_free(addrs);
	return hit;
}

/* A passing signer's encrypting certificate, for the caller to keep. */
static void signer_harvest(struct walk *w, const struct vfy_signer *v, struct inspect_signer *s)
{
	X509 *enc = v->enc_pref != NULL && names_from(w, v->enc_pref) ? v->enc_pref
	            : classify_dual_use(v->cert)                      ? v->cert
	                                                              : NULL;
	unsigned char *der = NULL;
	int n;

	if (enc == NULL || (n = i2d_X509(enc, &der)) <= 0)
		return;
	s->harvest_der = xmalloc((size_t)n);
	memcpy(s->harvest_der, der, (size_t)n);
	s->harvest_len = (size_t)n;
	OPENSSL_free(der);
	s->harvest_nb = cm_asn1_time(X509_get0_notBefore(enc), 0);
	s->harvest_na = cm_asn1_time(X509_get0_notAfter(enc), 0);
}

static void add_signers(struct walk *w, const struct vfy_report *rep)
{
	struct inspect_res *r = w->res;

	r->s = xreallocarray(r->s, r->n + rep->n, sizeof(*r->s));
	for (size_t i = 0; i < rep->n; i++) {
		const struct vfy_signer *v = &rep->s[i];
		struct inspect_signer *s = &r->s[r->n++];

		memset(s, 0, sizeof(*s));
		s->res = v->res;
		s->layer = w->sig_layers;
		s->cls = v->cls;
		s->public_trust = v->public_trust;
		s->ts_time = v->ts_time;
		snprintf(s->why, sizeof(s->why), "%s", v->why);
		if (v->cert != NULL)
			signer_identity(w, v->cert, s);
		if (s->res == VFY_PASS)
			signer_revocation(w, v, s);
		if (s->res == VFY_PASS && s->from_match && w->o->harvest)
			signer_harvest(w, v, s);
	}
}

/* ---- the layers ---- */

static void structure_error(struct walk *w, const char *what, const char *why)
{
	w->res->structure_error = true;
	snprintf(w->res->why, sizeof(w->res->why), "%s: %s", what, why);
}

/* A signature layer: its signers judged, its content (an entity) into
 * content. 0, or -1 when the signature could not be read (noted). */
static int layer_signed(struct walk *w, enum mime_protection p, struct sbuf *content)
{
	struct vfy_report rep;
	struct buf der = {0};
	struct sbuf *opaque = NULL;
	cm_err err = {""};
	int ret = -1;

	if (p == MIME_SMIME_SIGNED) {
		if (mime_signed_split(w->hdrs, w->nhdrs, w->body, content, &der,
		                      w->o->max_signature, &err) < 0)
			goto out;
		vfy_signed(der.data, der.len, content, w->o->vfy, &rep, NULL);
	} else {
		opaque = sbuf_create(&w->o->so);
		if (mime_pkcs7_decode(w->hdrs, w->nhdrs, w->body, opaque, &err) < 0 ||
		    sbuf_slurp(opaque, &der, &err) < 0)
			goto out;
		vfy_signed(der.data, der.len, NULL, w->o->vfy, &rep, content);
	}
	if (rep.n == 0 && rep.res == VFY_PERMERROR)
		cm_err_set(&err, "%s", rep.why);
	else
		add_signers(w, &rep);
	vfy_report_free(&rep);
	w->sig_layers++;
	ret = err.text[0] == '\0' ? 0 : -1;
out:
	if (ret < 0)
		structure_error(w, mime_protection_name(p), err.text);
	sbuf_destroy(opaque);
	buf_free(&der);
	return ret;
}

/* Enveloped-data: decrypted into content when every envelope recipient
 * holds a key to it (the first recipient's opens it; each other's must be
 * named by a RecipientInfo). 0, or -1: the walk ends, the message stays
 * as it is, dec_why says why. */
static int layer_encrypted(struct walk *w, struct sbuf *content)
{
	size_t n = w->req->nrcpts, unnamed = 0;
	struct cm_signer *keys = NULL;
	struct cm_keyset *sets = NULL;
	struct sbuf *der = NULL;
	cm_err err = {""};
	int ret = -1, rc;

	w->res->dec = INSPECT_DEC_NO;
	if (w->sig_layers > 0 || n == 0 || w->o->ks == NULL) {
		cm_err_set(&err, "%s",
		           w->sig_layers > 0 ? "encrypted inside a signature: left as it is"
		                             : "no recipient holds a key");
		goto out;
	}
	keys = xreallocarray(NULL, n * MAX_KEYS, sizeof(*keys));
	sets = xreallocarray(NULL, n, sizeof(*sets));
	for (size_t i = 0; i < n; i++) {
		sets[i].keys = keys + i * MAX_KEYS;
		sets[i].n = keystore_decrypt_keys(w->o->ks, w->req->rcpts[i], keys + i * MAX_KEYS,
		                                  MAX_KEYS);
		sets[i].n = sets[i].n < MAX_KEYS ? sets[i].n : MAX_KEYS;
		if (sets[i].n == 0) {
			cm_err_set(&err, "recipient <%s> holds no key in the keystore",
			           w->req->rcpts[i]);
			goto out;
		}
	}
	der = sbuf_create(&w->o->so);
	if (mime_pkcs7_decode(w->hdrs, w->nhdrs, w->body, der, &err) < 0)
		goto out;
	rc = cms_decrypt_for(der, sets, n, content, &unnamed, &err);
	if (rc == 1)
		cm_err_set(&err, "not encrypted to a key of recipient <%s>",
		           w->req->rcpts[unnamed]);
	else if (rc == 0)
		w->res->dec = INSPECT_DEC_YES;
	ret = rc == 0 ? 0 : -1;
out:
	if (ret < 0)
		snprintf(w->res->dec_why, sizeof(w->res->dec_why), "%s", err.text);
	sbuf_destroy(der);
	free(sets);
	free(keys);
	return ret;
}

/* One layer; true when the walk goes on into content. */
static bool walk_layer(struct walk *w, struct sbuf *content, bool *replacement)
{
	enum mime_protection p = mime_protection_of(w->hdrs, w->nhdrs);

	if (p == MIME_SMIME_ENCRYPTED || p == MIME_SMIME_OPAQUE) {
		p = mime_protection_confirm(p, w->hdrs, w->nhdrs, w->body);
		rewind(w->body);
	}
	*replacement = false;
	if (p == MIME_SMIME_ENCRYPTED) {
		if (!w->o->decrypt)
			return false;
		*replacement = true;
		return layer_encrypted(w, content) == 0;
	}
	if ((p == MIME_SMIME_SIGNED || p == MIME_SMIME_OPAQUE) && w->o->verify)
		return layer_signed(w, p, content) == 0;
	return false;
}

void inspect_message(const struct inspect_opts *o, const struct inspect_req *req,
                     struct inspect_res *res)
{
	struct walk w = {.o = o, .req = req, .res = res};
	cm_err err;

	memset(res, 0, sizeof(*res));
	w.hdrs = req->hdrs;
	w.nhdrs = req->nhdrs;
	w.body = req->body;
	for (unsigned depth = 0; depth < INSPECT_MAX_LAYERS; depth++) {
		struct sbuf *content = sbuf_create(&o->so);
		bool replacement, more = walk_layer(&w, content, &replacement);

		if (more && walk_enter(&w, content, replacement, &err) < 0) {
			if (replacement) {
				res->dec = INSPECT_DEC_NO;
				snprintf(res->dec_why, sizeof(res->dec_why), "decrypted entity: %s",
				         err.text);
			} else {
				structure_error(&w, "signed content", err.text);
			}
			more = false;
		}
		sbuf_destroy(content);
		if (!more)
			break;
	}
	walk_release(&w);
}

void inspect_res_free(struct inspect_res *res)
{
	for (size_t i = 0; i < res->n; i++) {
		struct inspect_signer *s = &res->s[i];

		free(s->addr);
		free(s->serial);
		free(s->issuer);
		free(s->name);
		free(s->title);
		free(s->org);
		free(s->locality);
		free(s->harvest_der);
	}
	free(res->s);
	mime_headers_free(res->dec_hdrs, res->ndec_hdrs);
	sbuf_destroy(res->dec_body);
	memset(res, 0, sizeof(*res));
}
