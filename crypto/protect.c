/*
 * protect.c - from a policy decision to the signed message (protect.h).
 *
 * Signers are the classes the rule lists, in its order, that the sender
 * holds with a private key; "identity" means the best of V4..V1. What the
 * rule lists but the sender lacks is reported; with require=tempfail|reject
 * that ends the message, otherwise it is signed with what there is, and a
 * sender with none of the classes goes out unsigned (audited).
 */
#include <stdio.h>
#include <string.h>

#include <openssl/crypto.h>

#include "cms.h"
#include "protect.h"

struct signer_set {
	struct cm_signer s[POLICY_MAX_SIGN];
	const struct ks_entry *e[POLICY_MAX_SIGN];
	size_t n;
};

static void list_add(char *list, size_t len, const char *item)
{
	size_t used = strlen(list);

	snprintf(list + used, len - used, "%s%s", used ? "," : "", item);
}

/* Pick the signers; record the classes that are missing. */
static void choose_signers(const struct protect_req *req, struct signer_set *set,
                           struct protect_res *res)
{
	const struct policy_rule *rule = req->rule;

	set->n = 0;
	for (size_t i = 0; i < rule->nsign; i++) {
		const struct ks_entry *e = keystore_find(req->ks, req->signer_addr, rule->sign[i]);

		if (e == NULL || e->key == NULL) {
			list_add(res->sign_missing, sizeof(res->sign_missing),
			         cm_class_name(rule->sign[i]));
			continue;
		}
		for (size_t j = 0; j < set->n; j++)
			if (set->e[j] == e)
				goto next; /* "identity" and "v4" named the same cert */
		set->e[set->n] = e;
		set->s[set->n].cert = e->cert;
		set->s[set->n].key = e->key;
		set->s[set->n].chain = e->chain;
		set->n++;
		list_add(res->signed_classes, sizeof(res->signed_classes), cm_class_name(e->cls));
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

/* Sign the canonical entity and build the output. */
static void sign_entity(const struct protect_req *req, const struct signer_set *set,
                        const struct buf *entity, struct protect_res *res)
{
	const struct cm_config *cfg = req->cfg;
	const struct ks_entry *enc = keystore_find(req->ks, req->signer_addr, CM_CLASS_ENCRYPT);
	bool opaque = cfg->signing.form == CM_SIGN_OPAQUE;
	unsigned char *der = NULL;
	size_t derlen = 0;
	cm_err err;

	if (cms_sign(entity->data, entity->len, set->s, set->n, enc ? enc->cert : NULL,
	             cfg->signing.digest, opaque, &der, &derlen, &err) < 0) {
		fail(res, cfg->failure.deflt, "signing failed", err.text);
		return;
	}
	if (opaque)
		mime_build_pkcs7(der, derlen, "signed-data", &res->out);
	else
		mime_build_signed(entity, der, derlen, micalg_of(cfg->signing.digest), &res->out);
	OPENSSL_free(der);
	res->status = PROTECT_SIGNED;
}

void protect_message(const struct protect_req *req, struct protect_res *res)
{
	struct signer_set set;
	struct buf entity = {0};
	cm_err err;

	memset(res, 0, sizeof(*res));
	if (req->rule->nsign == 0) {
		snprintf(res->reason, sizeof(res->reason), "policy: do not sign");
		return;
	}
	choose_signers(req, &set, res);
	if (res->sign_missing[0] && req->rule->require != CM_REQ_NONE) {
		fail(res,
		     req->rule->require == CM_REQ_REJECT ? CM_ACTION_REJECT : CM_ACTION_TEMPFAIL,
		     "sender lacks a required certificate class", res->sign_missing);
		return;
	}
	if (set.n == 0) {
		snprintf(res->reason, sizeof(res->reason), "sender has no signing certificate");
		return;
	}
	if (mime_entity(req->hdrs, req->nhdrs, req->body, &entity, &err) < 0) {
		fail(res, req->cfg->failure.malformed, "content cannot be signed", err.text);
		goto out;
	}
	sign_entity(req, &set, &entity, res);
out:
	buf_free(&entity);
}

void protect_res_free(struct protect_res *res)
{
	if (res->status == PROTECT_SIGNED)
		mime_output_free(&res->out);
	memset(res, 0, sizeof(*res));
}
