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
#include "cms.h"
#include "eom_enc.h"
#include "log.h"
#include "mlfi.h"
#include "outbound.h"
#include "protect.h"
#include "xalloc.h"

#define BODY_CHUNK 65536

/* Set the SMTP reply (rcode/xcode, or the action's usual) and return the
 * milter status for action. */
static sfsistat reply(SMFICTX *ctx, enum cm_action action, const char *rcode, const char *xcode,
                      const char *reason)
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
		mlfi->setreply(ctx, rcode ? (char *)rcode : "550", xcode ? (char *)xcode : "5.7.1",
		               text);
		return SMFIS_REJECT;
	case CM_ACTION_TEMPFAIL:
	default:
		mlfi->setreply(ctx, rcode ? (char *)rcode : "451", xcode ? (char *)xcode : "4.7.0",
		               text);
		return SMFIS_TEMPFAIL;
	}
}

static sfsistat act(SMFICTX *ctx, enum cm_action action, const char *reason)
{
	return reply(ctx, action, NULL, NULL, reason);
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

/* The first limit the message passed: its action and the audit reason
 * naming it; false if none. */
static bool eom_limits(const struct msgctx *m, const struct cm_config *cfg, enum cm_action *action,
                       char *reason, size_t rlen)
{
	const char *what;
	long limit;

	*action = cfg->failure.malformed;
	if (m->oversize) {
		*action = cfg->failure.oversize;
		what = "message larger than limits.max_message_size";
		limit = cfg->limits.max_message_size;
	} else if (m->too_many_headers) {
		what = "more header fields than limits.max_headers";
		limit = cfg->limits.max_headers;
	} else if (m->header_bytes_over) {
		what = "header fields together larger than limits.max_header_bytes";
		limit = cfg->limits.max_header_bytes;
	} else if (m->limit_hit == MIME_LIMIT_DEPTH) {
		what = "MIME nesting deeper than limits.max_mime_depth";
		limit = cfg->limits.max_mime_depth;
	} else if (m->limit_hit == MIME_LIMIT_PARTS) {
		what = "more MIME parts than limits.max_mime_parts";
		limit = cfg->limits.max_mime_parts;
	} else if (m->limit_hit == MIME_LIMIT_LINE) {
		what = "body line longer than limits.max_line_length";
		limit = cfg->limits.max_line_length;
	} else {
		return false;
	}
	snprintf(reason, rlen, "%s (%ld)", what, limit);
	return true;
}

/* Checks before any policy: limits, spool trouble, already protected. */
static bool eom_precheck(const struct connctx *cc, struct audit_rec *rec, enum cm_action *action,
                         char *reason, size_t rlen)
{
	const struct msgctx *m = cc->msg;
	const struct cm_config *cfg = cc->rt->cfg;
	enum mime_protection prot;

	if (eom_limits(m, cfg, action, reason, rlen))
		return false;
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

/* Apply what protect_message() made; fill the audit record. */
static sfsistat eom_apply(SMFICTX *ctx, struct msgctx *m, struct protect_res *res,
                          struct audit_rec *rec, char *reason, size_t rlen)
{
	sfsistat ret = SMFIS_CONTINUE;

	snprintf(reason, rlen, "%s", res->reason);
	rec->sign_missing = xstrdup(res->sign_missing);
	rec->ts_wanted = (int)res->ts_wanted;
	rec->ts_done = (int)res->ts_done;
	rec->ts_error = xstrdup(res->ts_error);
	if (res->status == PROTECT_FAILED) {
		rec->action = action_word(res->fail_action);
		ret = act(ctx, res->fail_action, reason);
	} else if (res->status == PROTECT_CHANGED) {
		if (apply_output(ctx, m, &res->out) < 0) {
			snprintf(reason, rlen, "the MTA refused the changes");
			rec->action = "tempfail";
			ret = act(ctx, CM_ACTION_TEMPFAIL, reason);
		} else {
			rec->signed_classes = xstrdup(res->signed_classes);
			reason[0] = '\0';
		}
	}
	return ret;
}

/* The audit fields of encryption; e decided, res (may be NULL) did. */
static void eom_enc_audit(const struct connctx *cc, const struct eom_enc *e,
                          const struct protect_res *res, struct audit_rec *rec)
{
	bool done = res != NULL && res->enc_to > 0 && res->status == PROTECT_CHANGED;

	rec->enc_asked = e->asked;
	rec->enc_total = cc->msg->nrcpts;
	rec->enc_done = done ? e->d.found : 0;
	rec->cipher = done ? cm_cipher_name(cc->rt->cfg->encryption.cipher) : NULL;
	rec->missing = xstrdup(e->missing);
}

/* Decide, sign and encrypt; on success the changes are applied. */
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
	struct protect_res res;
	struct eom_enc enc;
	sfsistat ret;
	cm_err err;

	rec->rule = rule->index;
	if (eom_enc_prepare(cc, rule, &enc) < 0) {
		eom_enc_audit(cc, &enc, NULL, rec);
		snprintf(reason, rlen, "%s", enc.why);
		rec->action = action_word(enc.d.action);
		ret = reply(ctx, enc.d.action, enc.d.rcode, enc.d.xcode, reason);
		goto out;
	}
	req.enc = enc.d.outcome == ENC_ALL ? &enc.penc : NULL;
	req.body = spool_stream(m->body, &err);
	if (req.body == NULL) {
		eom_enc_audit(cc, &enc, NULL, rec);
		snprintf(reason, rlen, "spool: %s", err.text);
		rec->action = action_word(cc->rt->cfg->failure.deflt);
		ret = act(ctx, cc->rt->cfg->failure.deflt, reason);
		goto out;
	}
	protect_message(&req, &res);
	eom_enc_audit(cc, &enc, &res, rec);
	ret = eom_apply(ctx, m, &res, rec, reason, rlen);
	protect_res_free(&res);
out:
	eom_enc_free(&enc);
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
	free((char *)rec.missing);
	free(from);
	return ret;
}
