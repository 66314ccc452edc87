/*
 * protect.c - from a policy decision to the signed message (protect.h).
 *
 * Signers are the classes the rule lists, in its order, that the sender
 * holds with a private key; "identity" means the best of V4..V1. What the
 * rule lists but the sender lacks is reported; with require=tempfail|reject
 * that ends the message, otherwise it is signed with what there is, and a
 * sender with none of the classes goes out unsigned (audited).
 *
 * A "layer" is one SignedData and the MIME around it: signerinfos mode has
 * one layer with every signer; nested mode an inner layer with the identity
 * signers and an outer one with Vp over the inner layer's entity.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>

#include "cms.h"
#include "protect.h"
#include "tsa.h"
#include "xalloc.h"

struct protect_stream {
	struct mime_prep *prep;
	struct cms_hash *hash; /* header block and body; NULL: no header block */
};

struct protect_stream *protect_stream_start(const struct mime_header *hdrs, size_t nhdrs,
                                            const char *digest)
{
	struct protect_stream *ps;
	const char *hdr;
	size_t len = 0;
	cm_err err;
	struct cms_hash *h = cms_hash_new(digest, &err);

	if (h == NULL)
		return NULL;
	ps = xcalloc(1, sizeof(*ps));
	ps->prep = mime_prep_create(hdrs, nhdrs);
	if ((hdr = mime_prep_header(ps->prep, &len)) != NULL) {
		ps->hash = h;
		cms_hash_update(h, hdr, len);
	} else {
		cms_hash_free(h);
	}
	return ps;
}

void protect_stream_feed(struct protect_stream *ps, const unsigned char *p, size_t n)
{
	mime_prep_feed(ps->prep, p, n);
	if (ps->hash != NULL)
		cms_hash_update(ps->hash, p, n);
}

struct protect_stream *protect_stream_free(struct protect_stream *ps)
{
	if (ps != NULL) {
		mime_prep_destroy(ps->prep);
		cms_hash_free(ps->hash);
		free(ps);
	}
	return NULL;
}

struct signer_set {
	struct cm_signer s[POLICY_MAX_SIGN];
	const struct ks_entry *e[POLICY_MAX_SIGN];
	bool stamp[POLICY_MAX_SIGN]; /* wants a timestamp */
	size_t n;
};

static void set_add(struct signer_set *set, const struct ks_entry *e, bool stamp)
{
	set->e[set->n] = e;
	set->s[set->n].cert = e->cert;
	set->s[set->n].key = e->key;
	set->s[set->n].chain = e->chain;
	set->stamp[set->n] = stamp;
	set->n++;
}

/* Pick the signers; record the classes that are missing. */
static void choose_signers(const struct protect_req *req, struct signer_set *set,
                           struct protect_res *res)
{
	const struct policy_rule *rule = req->rule;
	bool tsa = req->tsa != NULL && req->cfg->tsa.urls.n > 0;

	set->n = 0;
	for (size_t i = 0; i < rule->nsign; i++) {
		const struct ks_entry *e = keystore_find(req->ks, req->signer_addr, rule->sign[i]);

		if (e == NULL || e->key == NULL) {
			cm_append(res->sign_missing, sizeof(res->sign_missing), ",", "%s",
			          cm_class_name(rule->sign[i]));
			continue;
		}
		for (size_t j = 0; j < set->n; j++)
			if (set->e[j] == e)
				goto next; /* "identity" and "v4" named the same cert */
		set_add(set, e,
		        tsa && (rule->timestamp == CM_TS_ALL ||
		                (rule->timestamp == CM_TS_FIRST && set->n == 0)));
	next:;
	}
}

static void fail(struct protect_res *res, enum cm_action action, const char *what,
                 const char *detail)
{
	res->status = PROTECT_FAILED;
	res->fail_action = action;
	snprintf(res->reason, sizeof(res->reason), "%s: %s", what, detail);
	res->signed_classes[0] = '\0';
}

static const char *micalg_of(const char *digest)
{
	if (strcmp(digest, "sha384") == 0)
		return "sha-384";
	if (strcmp(digest, "sha512") == 0)
		return "sha-512";
	return "sha-256";
}

/* Timestamps for the signers of one layer that want one. -1 when a missing
 * timestamp ends the message (failure.tsa is not sign-without). */
static int stamp_layer(const struct protect_req *req, struct cms_signed *cs,
                       const struct signer_set *set, struct protect_res *res)
{
	const unsigned char *sig[POLICY_MAX_SIGN];
	unsigned char *tok[POLICY_MAX_SIGN];
	size_t siglen[POLICY_MAX_SIGN], toklen[POLICY_MAX_SIGN], idx[POLICY_MAX_SIGN], k = 0, got;
	int rc = 0;
	cm_err err = {""};

	for (size_t i = 0; i < set->n; i++)
		if (set->stamp[i]) {
			sig[k] = cms_signature(cs, i, &siglen[k]);
			idx[k++] = i;
		}
	if (k == 0)
		return 0;
	res->ts_wanted += (unsigned)k;
	got = tsa_stamp(req->tsa, k, sig, siglen, tok, toklen, &err);
	for (size_t j = 0; j < k; j++) {
		if (tok[j] != NULL && rc == 0 &&
		    cms_add_timestamp(cs, idx[j], tok[j], toklen[j], &err) < 0)
			rc = -1;
		OPENSSL_free(tok[j]);
	}
	if (rc < 0) {
		fail(res, req->cfg->failure.deflt, "cannot add timestamp", err.text);
		return -1;
	}
	res->ts_done += (unsigned)got;
	if (got == k)
		return 0;
	snprintf(res->ts_error, sizeof(res->ts_error), "%s", err.text);
	if (req->cfg->failure.tsa == CM_ACTION_SIGN_WITHOUT)
		return 0;
	fail(res, req->cfg->failure.tsa, "no timestamp", err.text);
	return -1;
}

/* The SignedData around entity in out: application/pkcs7-mime with the
 * entity inside (opaque), or multipart/signed. 0 or -1 + err. */
static int build_signed(const struct protect_req *req, struct cms_signed *cs, struct sbuf *entity,
                        struct mime_output *out, cm_err *err)
{
	unsigned char *der = NULL;
	struct mime_b64 w;
	size_t derlen = 0;
	int rc;

	if (req->cfg->signing.form == CM_SIGN_OPAQUE) {
		mime_pkcs7_start("signed-data", sbuf_options(entity), out, &w, err);
		if ((rc = cms_write(cs, mime_b64_write, &w, err)) == 0)
			rc = mime_b64_end(&w);
		if (rc < 0)
			mime_output_free(out);
		return rc;
	}
	rc = cms_encode(cs, &der, &derlen, err);
	if (rc == 0)
		rc = mime_build_signed(entity, der, derlen, micalg_of(req->cfg->signing.digest),
		                       out, err);
	OPENSSL_free(der);
	return rc;
}

/* Sign entity with set: one SignedData (timestamped) and the MIME around
 * it in out. Returns 0, or -1 with res failed. */
static int sign_layer(const struct protect_req *req, const struct signer_set *set,
                      struct sbuf *entity, const struct cms_hash *pre, struct mime_output *out,
                      struct protect_res *res)
{
	const struct cm_config *cfg = req->cfg;
	const struct ks_entry *enc = keystore_find(req->ks, req->signer_addr, CM_CLASS_ENCRYPT);
	bool opaque = cfg->signing.form == CM_SIGN_OPAQUE;
	struct cms_signed *cs;
	int rc = -1;
	cm_err err;

	cs = cms_sign_start(entity, set->s, set->n, enc ? enc->cert : NULL, cfg->signing.digest,
	                    opaque, pre, &err);
	if (cs == NULL) {
		fail(res, cfg->failure.deflt, "signing failed", err.text);
		return -1;
	}
	if (stamp_layer(req, cs, set, res) < 0)
		goto out;
	if (build_signed(req, cs, entity, out, &err) < 0) {
		fail(res, cfg->failure.deflt, "signing failed", err.text);
		goto out;
	}
	rc = 0;
out:
	cms_signed_free(cs);
	return rc;
}

/* Split set into the Vp signers (outer) and the others (inner). */
static void split_nested(const struct signer_set *set, struct signer_set *inner,
                         struct signer_set *outer)
{
	inner->n = outer->n = 0;
	for (size_t i = 0; i < set->n; i++) {
		struct signer_set *to = set->e[i]->cls == CM_CLASS_VP ? outer : inner;

		set_add(to, set->e[i], set->stamp[i]);
	}
}

static void note_classes(struct protect_res *res, const struct signer_set *set)
{
	for (size_t i = 0; i < set->n; i++)
		cm_append(res->signed_classes, sizeof(res->signed_classes), ",", "%s",
		          cm_class_name(set->e[i]->cls));
}

/* The identity layer inside, the Vp layer around its entity. */
static void sign_nested(const struct protect_req *req, const struct signer_set *set,
                        struct sbuf *entity, const struct cms_hash *pre, struct protect_res *res)
{
	struct signer_set inner, outer;
	struct mime_output mid = {0};
	struct sbuf *mid_entity = sbuf_create(sbuf_options(entity));
	cm_err err;

	split_nested(set, &inner, &outer);
	if (sign_layer(req, &inner, entity, pre, &mid, res) < 0)
		goto out;
	if (mime_output_entity(&mid, mid_entity, &err) < 0) {
		fail(res, req->cfg->failure.deflt, "signing failed", err.text);
		goto out;
	}
	mime_output_free(&mid);
	if (sign_layer(req, &outer, mid_entity, NULL, &res->out, res) == 0) {
		res->status = PROTECT_CHANGED;
		note_classes(res, &outer);
		note_classes(res, &inner);
	}
out:
	mime_output_free(&mid);
	sbuf_destroy(mid_entity);
}

static void sign_entity(const struct protect_req *req, const struct signer_set *set,
                        struct sbuf *entity, const struct cms_hash *pre, struct protect_res *res)
{
	bool has_vp = false, has_other = false;

	for (size_t i = 0; i < set->n; i++)
		*(set->e[i]->cls == CM_CLASS_VP ? &has_vp : &has_other) = true;
	if (req->cfg->signing.dual == CM_DUAL_NESTED && has_vp && has_other) {
		sign_nested(req, set, entity, pre, res);
	} else if (sign_layer(req, set, entity, pre, &res->out, res) == 0) {
		res->status = PROTECT_CHANGED;
		note_classes(res, set);
	}
}

/* The certificates to encrypt to: recipients, the sender's own, escrow. */
static size_t enc_targets(const struct protect_req *req, X509 **to, size_t max)
{
	const struct protect_enc *enc = req->enc;
	size_t n = 0;

	for (size_t i = 0; i < enc->nrcpts && n < max; i++)
		to[n++] = enc->rcpts[i];
	if (req->cfg->encryption.to_sender && n < max) {
		const struct ks_entry *own =
		    keystore_find(req->ks, req->signer_addr, CM_CLASS_ENCRYPT);

		if (own == NULL)
			own = keystore_find(req->ks, req->signer_addr, CM_CLASS_VP);
		if (own != NULL)
			to[n++] = own->cert;
	}
	for (int i = 0; i < sk_X509_num(enc->escrow) && n < max; i++)
		to[n++] = sk_X509_value(enc->escrow, i);
	return n;
}

/* Envelope entity (the signed output, or the content entity) into
 * res->out, which is empty: the ciphertext is written as base64 while it
 * is made. */
static void encrypt_entity(const struct protect_req *req, struct sbuf *entity,
                           struct protect_res *res)
{
	const struct cm_config *cfg = req->cfg;
	struct cms_enc_opts opts = {cfg->encryption.cipher, cfg->encryption.rsa_oaep};
	size_t max = req->enc->nrcpts + 1 + (size_t)sk_X509_num(req->enc->escrow), n;
	X509 **to = xcalloc(max, sizeof(*to));
	struct mime_b64 w;
	cm_err err;

	n = enc_targets(req, to, max);
	mime_pkcs7_start(cm_cipher_is_aead(opts.cipher) ? "authEnveloped-data" : "enveloped-data",
	                 sbuf_options(entity), &res->out, &w, &err);
	if (cms_encrypt(entity, to, n, &opts, mime_b64_write, &w, &err) < 0 ||
	    mime_b64_end(&w) < 0) {
		mime_output_free(&res->out);
		fail(res, cfg->failure.deflt, "encryption failed", err.text);
		goto out;
	}
	res->status = PROTECT_CHANGED;
	res->enc_to = n;
out:
	x_free(to);
}

/* The signers per the rule; -1 when a missing class ends the message. */
static int plan_signers(const struct protect_req *req, struct signer_set *set,
                        struct protect_res *res)
{
	set->n = 0;
	if (req->rule->nsign == 0) {
		snprintf(res->reason, sizeof(res->reason), "policy: do not sign");
		return 0;
	}
	choose_signers(req, set, res);
	if (res->sign_missing[0] && req->rule->require != CM_REQ_NONE) {
		fail(res,
		     req->rule->require == CM_REQ_REJECT ? CM_ACTION_REJECT : CM_ACTION_TEMPFAIL,
		     "sender lacks a required certificate class", res->sign_missing);
		return -1;
	}
	if (set->n == 0)
		snprintf(res->reason, sizeof(res->reason), "sender has no signing certificate");
	return 0;
}

/* The content entity, converted (or as it is) into entity; *pre: the
 * stream's digest when it is the entity's. -1: res failed. */
static int content_entity(const struct protect_req *req, struct sbuf *entity,
                          const struct cms_hash **pre, struct protect_res *res)
{
	const struct protect_stream *ps = req->stream;
	bool as_is = false;
	cm_err err;

	*pre = NULL;
	if (req->no_sign && req->as_is
	        ? mime_entity_as_is(req->hdrs, req->nhdrs, req->body, entity, &err) < 0
	        : mime_entity_with(req->hdrs, req->nhdrs, req->body, ps ? ps->prep : NULL, entity,
	                           res->note, sizeof(res->note), &as_is, &err) < 0) {
		fail(res, req->cfg->failure.malformed,
		     req->no_sign ? "content cannot be encrypted" : "content cannot be signed",
		     err.text);
		return -1;
	}
	if (as_is && ps->hash != NULL)
		*pre = ps->hash;
	return 0;
}

void protect_message(const struct protect_req *req, struct protect_res *res)
{
	struct sbuf_opts so = {req->cfg->spool_dir, (size_t)req->cfg->limits.spool_threshold};
	struct sbuf *entity = NULL;
	const struct cms_hash *pre;
	struct signer_set set;
	cm_err err;
	int rc;

	memset(res, 0, sizeof(*res));
	set.n = 0;
	if ((!req->no_sign && plan_signers(req, &set, res) < 0) || (set.n == 0 && req->enc == NULL))
		return;
	entity = sbuf_create(&so);
	if (content_entity(req, entity, &pre, res) < 0)
		goto out;
	if (set.n > 0) {
		sign_entity(req, &set, entity, pre, res);
		if (res->status != PROTECT_CHANGED || req->enc == NULL)
			goto out;
		/* the signed output becomes the entity to encrypt: each copy is
		 * dropped as soon as the next exists, and past spool_threshold
		 * each lives in a file */
		sbuf_truncate(entity);
		rc = mime_output_entity(&res->out, entity, &err);
		mime_output_free(&res->out);
		res->status = PROTECT_UNCHANGED;
		if (rc < 0) {
			fail(res, req->cfg->failure.deflt, "encryption failed", err.text);
			goto out;
		}
	}
	encrypt_entity(req, entity, res);
out:
	sbuf_destroy(entity);
}

void protect_res_free(struct protect_res *res)
{
	if (res->status == PROTECT_CHANGED)
		mime_output_free(&res->out);
	memset(res, 0, sizeof(*res));
}
