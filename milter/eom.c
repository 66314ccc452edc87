/*
 * eom.c - end of an outbound message: the checks that come before signing,
 * the policy decision, protect_message(), and applying its result through
 * the mlfi table (headers first, then the whole body, as Postfix requires).
 * Every path ends in exactly one audit line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "audit.h"
#include "callbacks.h"
#include "log.h"
#include "mlfi.h"
#include "outbound.h"
#include "protect.h"
#include "xalloc.h"

#define BODY_CHUNK 65536

/* Set the SMTP reply and return the milter status for action. */
static sfsistat act(SMFICTX *ctx, enum cm_action action, const char *reason)
{
	char text[256];
	size_t o = 0;

	/* libmilter rejects CR/LF in replies and treats % specially */
	o += (size_t)snprintf(text, sizeof(text), "certmilter: ");
	for (const char *p = reason; *p && o + 2 < sizeof(text); p++)
		text[o++] = (*p < 0x20 || *p == '%' || *p == 0x7f) ? ' ' : *p;
	text[o] = '\0';
	switch (action) {
	case CM_ACTION_ACCEPT:
	case CM_ACTION_SIGN_WITHOUT:
		return SMFIS_ACCEPT;
	case CM_ACTION_REJECT:
		mlfi->setreply(ctx, "550", "5.7.1", text);
		return SMFIS_REJECT;
	case CM_ACTION_TEMPFAIL:
	default:
		mlfi->setreply(ctx, "451", "4.7.0", text);
		return SMFIS_TEMPFAIL;
	}
}

static const char *action_word(enum cm_action action)
{
	return action == CM_ACTION_SIGN_WITHOUT ? "accept" : cm_action_name(action);
}

/* Delete the top-level Content-* and MIME-Version fields, highest
 * occurrence first so indexes stay valid however the MTA counts. */
static int delete_content_headers(SMFICTX *ctx, const struct msgctx *m)
{
	for (size_t i = m->nhdrs; i-- > 0;) {
		const char *name = m->hdrs[i].name;
		int index = 0;

		if (!mime_is_content_header(name))
			continue;
		for (size_t j = 0; j <= i; j++)
			if (strcasecmp(m->hdrs[j].name, name) == 0)
				index++;
		if (mlfi->chgheader(ctx, (char *)name, index, NULL) != MI_SUCCESS)
			return -1;
	}
	return 0;
}

static int apply_output(SMFICTX *ctx, const struct msgctx *m, struct mime_output *out)
{
	if (delete_content_headers(ctx, m) < 0 ||
	    mlfi->addheader(ctx, "MIME-Version", "1.0") != MI_SUCCESS ||
	    mlfi->addheader(ctx, "Content-Type", out->content_type) != MI_SUCCESS)
		return -1;
	if (out->transfer_encoding &&
	    mlfi->addheader(ctx, "Content-Transfer-Encoding", out->transfer_encoding) != MI_SUCCESS)
		return -1;
	if (out->disposition &&
	    mlfi->addheader(ctx, "Content-Disposition", out->disposition) != MI_SUCCESS)
		return -1;
	for (size_t off = 0; off < out->body.len; off += BODY_CHUNK) {
		size_t n = out->body.len - off < BODY_CHUNK ? out->body.len - off : BODY_CHUNK;

		if (mlfi->replacebody(ctx, out->body.data + off, (int)n) != MI_SUCCESS)
			return -1;
	}
	return 0;
}

/* Checks before any policy: limits, spool trouble, already protected. */
static bool eom_precheck(const struct connctx *cc, struct audit_rec *rec, enum cm_action *action,
                         char *reason, size_t rlen)
{
	const struct msgctx *m = cc->msg;
	const struct cm_config *cfg = cc->rt->cfg;
	enum mime_protection prot;

	if (m->oversize || m->too_many_headers) {
		*action = cfg->failure.oversize;
		snprintf(reason, rlen,
		         m->oversize ? "message larger than limits.max_message_size (%ld)"
		                     : "more headers than limits.max_headers/max_header_bytes",
		         m->oversize ? cfg->limits.max_message_size : 0L);
		return false;
	}
	if (m->spool_error) {
		*action = cfg->failure.deflt;
		snprintf(reason, rlen, "spool: %s", m->spool_error);
		return false;
	}
	prot = mime_protection_of(m->hdrs, m->nhdrs);
	if (prot != MIME_PLAIN) {
		rec->protection = mime_protection_name(prot);
		*action = CM_ACTION_ACCEPT;
		snprintf(reason, rlen, "already protected, passed unchanged");
		return false;
	}
	return true;
}

/* The From-versus-login check; false when the message must not be signed. */
static bool eom_login_check(const struct connctx *cc, const char *from, enum cm_action *action,
                            char *reason, size_t rlen)
{
	const struct cm_config *cfg = cc->rt->cfg;
	const char *login = cc->msg->auth;

	if (login == NULL || !cfg->outbound.require_from_match ||
	    outbound_login_may_send(cfg, cc->rt->logins, login, from))
		return true;
	*action = cfg->outbound.from_mismatch;
	snprintf(reason, rlen, "From <%s> is not an address login %s may sign for",
	         from ? from : "", login);
	return false;
}

/* Decide and sign; on success the changes are applied. */
static sfsistat eom_sign(SMFICTX *ctx, struct connctx *cc, const char *from, struct audit_rec *rec,
                         char *reason, size_t rlen)
{
	struct msgctx *m = cc->msg;
	struct msg_facts facts = {from,      m->envfrom,
	                          m->auth,   (const char *const *)m->rcpts,
	                          m->nrcpts, cc->rt->cfg->keystore.local_part_case_insensitive};
	const struct policy_rule *rule = policy_decide(cc->rt->pol, &facts);
	struct protect_req req = {.cfg = cc->rt->cfg,
	                          .ks = cc->rt->ks,
	                          .rule = rule,
	                          .signer_addr = from,
	                          .hdrs = m->hdrs,
	                          .nhdrs = m->nhdrs,
	                          .tsa = cc->rt->tsa};
	static struct protect_res zero;
	struct protect_res res = zero;
	sfsistat ret = SMFIS_CONTINUE;
	cm_err err;

	rec->rule = rule->index;
	req.body = spool_stream(m->body, &err);
	if (req.body == NULL) {
		snprintf(reason, rlen, "spool: %s", err.text);
		rec->action = action_word(cc->rt->cfg->failure.deflt);
		return act(ctx, cc->rt->cfg->failure.deflt, reason);
	}
	protect_message(&req, &res);
	snprintf(reason, rlen, "%s", res.reason);
	rec->sign_missing = xstrdup(res.sign_missing);
	rec->ts_wanted = (int)res.ts_wanted;
	rec->ts_done = (int)res.ts_done;
	rec->ts_error = xstrdup(res.ts_error);
	if (res.status == PROTECT_FAILED) {
		rec->action = action_word(res.fail_action);
		ret = act(ctx, res.fail_action, reason);
	} else if (res.status == PROTECT_CHANGED) {
		if (apply_output(ctx, m, &res.out) < 0) {
			snprintf(reason, rlen, "the MTA refused the changes");
			rec->action = "tempfail";
			ret = act(ctx, CM_ACTION_TEMPFAIL, reason);
		} else {
			rec->signed_classes = xstrdup(res.signed_classes);
			reason[0] = '\0';
		}
	}
	protect_res_free(&res);
	return ret;
}

sfsistat eom_outbound(SMFICTX *ctx, struct connctx *cc)
{
	struct msgctx *m = cc->msg;
	struct audit_rec rec;
	enum cm_action action = CM_ACTION_ACCEPT;
	char reason[600] = "";
	char *from = mime_first_address(msg_header(m, "From") ? msg_header(m, "From") : "");
	sfsistat ret = SMFIS_CONTINUE;

	msg_audit_init(cc, &rec, "out");
	if (!eom_precheck(cc, &rec, &action, reason, sizeof(reason)) ||
	    !eom_login_check(cc, from, &action, reason, sizeof(reason))) {
		rec.action = action_word(action);
		ret = act(ctx, action, reason);
		if (action == CM_ACTION_ACCEPT)
			ret = SMFIS_CONTINUE;
	} else {
		ret = eom_sign(ctx, cc, from, &rec, reason, sizeof(reason));
	}
	rec.reason = reason;
	rec.ms = msg_elapsed_ms(m);
	audit_emit(&rec);
	free((char *)rec.signed_classes);
	free((char *)rec.sign_missing);
	free((char *)rec.ts_error);
	free(from);
	return ret;
}
