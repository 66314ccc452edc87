/*
 * eom_in.c - inbound mail (SPEC section 12): the result fields a sender
 * could forge are noted as the headers arrive and removed at the end of
 * the message, whatever else happens (of outbound messages too, by
 * eom.c: a local sender must not forge them for a colleague); with
 * inbound.verify or
 * inbound.decrypt the message is inspected (inspect.h) and the result
 * applied through the mlfi table: the forged fields removed, the
 * decrypted entity's Content-* fields and body put in place of the
 * message's, then Authentication-Results and one Certmilter-Identity per
 * passing signer inserted at the top.
 *
 * Inbound mail is never refused for what it holds: a message over a limit,
 * a spool failure, a signature that cannot be read, a key that does not
 * open it, all pass as they came (without result fields of ours) and the
 * audit line says why. Only an MTA that refuses the changes gives a
 * tempfail: the message comes back and is looked at again.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "addr.h"
#include "audit.h"
#include "callbacks_int.h"
#include "inspect.h"
#include "log.h"
#include "mlfi.h"
#include "xalloc.h"

#define IDENTITY_FIELD "Certmilter-Identity"
#define AR_FIELD       "Authentication-Results"

/* inbound.authserv_id, else the MTA's {j}, else this host's name; only
 * the characters of a token kept. */
static const char *authserv_id(SMFICTX *ctx, struct connctx *cc)
{
	const char *want = cc->rt->cfg->inbound.authserv_id;
	char host[256] = "localhost";
	size_t o = 0;

	if (cc->authserv_id != NULL)
		return cc->authserv_id;
	if (*want == '\0' && ((want = mlfi->getsymval(ctx, "j")) == NULL || *want == '\0')) {
		if (gethostname(host, sizeof(host) - 1) < 0)
			snprintf(host, sizeof(host), "localhost");
		host[sizeof(host) - 1] = '\0';
		want = host;
	}
	cc->authserv_id = xmalloc(strlen(want) + 1);
	for (const char *p = want; *p; p++)
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr(".-_", *p) != NULL)
			cc->authserv_id[o++] = *p;
	cc->authserv_id[o] = '\0';
	return cc->authserv_id;
}

void eom_in_header(SMFICTX *ctx, struct connctx *cc, const char *name, const char *value)
{
	struct msgctx *m = cc->msg;
	bool ident = strcasecmp(name, IDENTITY_FIELD) == 0;
	int index;

	if (!ident && strcasecmp(name, AR_FIELD) != 0)
		return;
	index = ident ? ++m->nident : ++m->nar;
	if (!ident && !inspect_ar_is_ours(value, authserv_id(ctx, cc)))
		return;
	if (m->nforged % 16 == 0)
		m->forged = xreallocarray(m->forged, m->nforged + 16, sizeof(*m->forged));
	m->forged[m->nforged++] = index << 1 | ident;
}

/* Remove the forged fields, last first so that the indexes hold. */
int eom_remove_forged(SMFICTX *ctx, const struct msgctx *m)
{
	for (size_t i = m->nforged; i-- > 0;) {
		char *name = m->forged[i] & 1 ? IDENTITY_FIELD : AR_FIELD;

		if (mlfi->chgheader(ctx, name, m->forged[i] >> 1, NULL) != MI_SUCCESS)
			return -1;
	}
	return 0;
}

struct in_job {
	SMFICTX *ctx;
	struct connctx *cc;
	struct inspect_res res;
	bool inspected;
	const char *harvested; /* the audit's harvested= word; NULL: not looked for */
	char verified[128];
	char reason[600];
};

/* The limits and spool state that keep a message from being looked at. */
static bool in_skip(struct in_job *j)
{
	const struct msgctx *m = j->cc->msg;
	const char *what = m->oversize            ? "larger than limits.max_message_size"
	                   : m->too_many_headers  ? "more header fields than limits.max_headers"
	                   : m->header_bytes_over ? "header fields over limits.max_header_bytes"
	                   : m->limit_hit != MIME_LIMIT_NONE ? mime_limit_key(m->limit_hit)
	                   : m->spool_error                  ? m->spool_error
	                                                     : NULL;

	if (what != NULL)
		snprintf(j->reason, sizeof(j->reason), "not inspected: %s", what);
	return what != NULL;
}

/* The decrypted entity in place of the message's Content-* fields and body. */
static int apply_decrypted(struct in_job *j, cm_err *err)
{
	const struct inspect_res *r = &j->res;

	cm_err_set(err, "the MTA refused the changes");
	if (eom_delete_content_headers(j->ctx, j->cc->msg) < 0 ||
	    mlfi->addheader(j->ctx, "MIME-Version", "1.0") != MI_SUCCESS)
		return -1;
	for (size_t i = 0; i < r->ndec_hdrs; i++)
		if (mime_is_content_header(r->dec_hdrs[i].name) &&
		    strcasecmp(r->dec_hdrs[i].name, "MIME-Version") != 0 &&
		    mlfi->addheader(j->ctx, r->dec_hdrs[i].name, r->dec_hdrs[i].value) !=
		        MI_SUCCESS)
			return -1;
	return eom_replace_body(j->ctx, r->dec_body, err);
}

/* Authentication-Results on top, then the identities in signer order. */
static int add_results(struct in_job *j)
{
	char *ar = inspect_ar_value(&j->res, authserv_id(j->ctx, j->cc));
	int rc = 0;

	for (size_t i = j->res.n; i-- > 0 && rc == 0;) {
		char *id = inspect_identity_value(&j->res.s[i]);

		if (id != NULL && mlfi->insheader(j->ctx, 0, IDENTITY_FIELD, id) != MI_SUCCESS)
			rc = -1;
		free(id);
	}
	if (rc == 0 && ar != NULL && mlfi->insheader(j->ctx, 0, AR_FIELD, ar) != MI_SUCCESS)
		rc = -1;
	free(ar);
	return rc;
}

/* Why no certificate was kept, when no signer handed one back: the
 * audit's harvested= word. NULL when nothing was signed. */
static const char *harvest_refusal(const struct inspect_res *r)
{
	bool passed = false, from = false;

	for (size_t i = 0; i < r->n; i++) {
		passed = passed || r->s[i].res == VFY_PASS;
		from = from || (r->s[i].res == VFY_PASS && r->s[i].from_match);
	}
	if (r->n == 0)
		return NULL;
	return from ? "none:signing-only" : passed ? "none:not-from" : "none:not-verified";
}

/* A certificate new to the store for key: this node's cached answer for
 * the address and every node's shared "no certificate" answers go, so that
 * the next lookup finds it (the other nodes drop theirs when they poll the
 * store's changes, dir_watch.c). */
static void harvest_new(const struct cm_runtime *rt, const char *qid, const char *key)
{
	cm_err err;

	dir_client_forget(rt->dir, key);
	if (store_lookup_forget_negative(rt->store, key, time(NULL), &err) < 0)
		msg_warn("%s: harvest <%s>: %s", qid, key, err.text);
}

/* The encrypting certificates inspect handed back, into the store (SPEC
 * section 13). A store that fails costs the certificate, not the message. */
static void in_harvest(struct in_job *j)
{
	const struct cm_runtime *rt = j->cc->rt;
	bool ci = rt->cfg->keystore.local_part_case_insensitive;
	const char *qid = j->cc->msg->qid ? j->cc->msg->qid : "-";
	int added = 0, known = 0, failed = 0, rc;

	for (size_t i = 0; i < j->res.n; i++) {
		const struct inspect_signer *s = &j->res.s[i];
		char *key;
		cm_err err;

		if (s->harvest_der == NULL || s->addr == NULL)
			continue;
		key = cm_addr_key(s->addr, strlen(s->addr), ci);
		rc = key == NULL ? -1
		                 : store_put_cert(rt->store, key, s->harvest_der, s->harvest_len,
		                                  s->harvest_nb, s->harvest_na, "harvest",
		                                  j->cc->msg->qid, &err);
		if (rc < 0)
			msg_warn("%s: harvest <%s>: %s", qid, s->addr,
			         key != NULL ? err.text : "not an address");
		else if (rc == 1)
			harvest_new(rt, qid, key);
		added += rc == 1;
		known += rc == 0;
		failed += rc < 0;
		free(key);
	}
	j->harvested = added    ? "new"
	               : known  ? "known"
	               : failed ? "error"
	                        : harvest_refusal(&j->res);
}

static void in_inspect(struct in_job *j)
{
	struct msgctx *m = j->cc->msg;
	const struct cm_runtime *rt = j->cc->rt;
	const struct cm_config *cfg = rt->cfg;
	struct inspect_opts o = {
	    .vfy = &rt->vfy,
	    .rev = rt->rev,
	    .rev_mode = rt->revhook.mode,
	    .rev_timeout_ms = cfg->revocation.timeout * 1000L,
	    .ks = rt->ks,
	    .verify = cfg->inbound.verify,
	    .decrypt = cfg->inbound.decrypt,
	    .harvest = cfg->inbound.harvest && rt->store != NULL,
	    .local_part_ci = cfg->keystore.local_part_case_insensitive,
	    .so = {cfg->spool_dir, (size_t)cfg->limits.spool_threshold},
	    .max_signature = (size_t)cfg->limits.max_message_size,
	};
	const char *from_value = msg_header(m, "From");
	char *from = from_value != NULL ? mime_first_address(from_value) : NULL;
	struct inspect_req req = {m->hdrs,  m->nhdrs, NULL, from, (const char *const *)m->rcpts,
	                          m->nrcpts};
	cm_err err;

	if ((req.body = spool_stream(m->body, &err)) == NULL) {
		snprintf(j->reason, sizeof(j->reason), "not inspected: spool: %s", err.text);
	} else {
		inspect_message(&o, &req, &j->res);
		j->inspected = true;
		inspect_verified(&j->res, j->verified, sizeof(j->verified));
		if (o.harvest)
			in_harvest(j);
		if (j->res.dec == INSPECT_DEC_NO)
			snprintf(j->reason, sizeof(j->reason), "not decrypted: %s", j->res.dec_why);
		else if (j->res.structure_error)
			snprintf(j->reason, sizeof(j->reason), "%s", j->res.why);
	}
	free(from);
}

/* Apply in the order Postfix takes changes: fields, then the body. */
static sfsistat in_apply(struct in_job *j)
{
	cm_err err;

	if (j->res.dec == INSPECT_DEC_YES && apply_decrypted(j, &err) < 0) {
		snprintf(j->reason, sizeof(j->reason), "%s", err.text);
		return SMFIS_TEMPFAIL;
	}
	if (add_results(j) < 0) {
		snprintf(j->reason, sizeof(j->reason), "the MTA refused the result fields");
		return SMFIS_TEMPFAIL;
	}
	return SMFIS_CONTINUE;
}

sfsistat eom_inbound(SMFICTX *ctx, struct connctx *cc)
{
	struct in_job *j = xcalloc(1, sizeof(*j));
	struct audit_rec rec;
	sfsistat ret = SMFIS_CONTINUE;

	j->ctx = ctx;
	j->cc = cc;
	msg_audit_init(cc, &rec, "in");
	if (eom_remove_forged(ctx, cc->msg) < 0) {
		snprintf(j->reason, sizeof(j->reason), "the MTA refused to remove a forged field");
		ret = SMFIS_TEMPFAIL;
	} else if (cc->msg->skip_body) {
		rec.size = -1;
		/* not S/MIME at the top level: nothing to verify or decrypt */
		if ((cc->rt->cfg->inbound.verify || cc->rt->cfg->inbound.decrypt) && !in_skip(j))
			rec.verified = "none";
	} else if (!in_skip(j)) {
		in_inspect(j);
		if (j->inspected)
			ret = in_apply(j);
	}
	if (ret == SMFIS_TEMPFAIL)
		mlfi->setreply(ctx, "451", "4.7.0", "certmilter: cannot apply the inbound changes");
	rec.action = ret == SMFIS_TEMPFAIL ? "tempfail" : "accept";
	if (j->inspected)
		rec.verified = j->verified;
	rec.decrypted = j->res.dec == INSPECT_DEC_YES  ? "yes"
	                : j->res.dec == INSPECT_DEC_NO ? "no"
	                                               : NULL;
	rec.harvested = j->harvested;
	rec.reason = j->reason[0] ? j->reason : NULL;
	rec.ms = msg_elapsed_ms(cc->msg);
	audit_emit(&rec);
	inspect_res_free(&j->res);
	free(j);
	return ret;
}
