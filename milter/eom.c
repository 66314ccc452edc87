/*
 * eom.c - end of an outbound message: the policy decision, the checks that
 * come before signing (limits, already protected, the From: and the login),
 * protect_message(), and applying its result through the mlfi table
 * (headers first, then the whole body, as Postfix requires).
 *
 * An early exit (a failure action, an already protected message, a From:
 * that must not be signed) goes through enc_early(), which keeps a rule
 * with encrypt = required from ever delivering in clear: accept becomes
 * tempfail, and what is not signed is still encrypted.
 *
 * Every path ends in exactly one audit line. Its fields are borrowed from
 * the job (the protect result, the encryption state, the From: parse), which
 * is freed only after the line is written.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "audit.h"
#include "callbacks.h"
#include "callbacks_int.h"
#include "cms.h"
#include "eom_enc.h"
#include "log.h"
#include "mlfi.h"
#include "outbound.h"
#include "protect.h"
#include "xalloc.h"

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

static const char *action_word(enum cm_action action)
{
	return action == CM_ACTION_SIGN_WITHOUT ? "accept" : cm_action_name(action);
}

/* Delete the top-level Content-* and MIME-Version fields, highest
 * occurrence first so indexes stay valid however the MTA counts. */
int eom_delete_content_headers(SMFICTX *ctx, const struct msgctx *m)
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

/* One chunk of the new body to the MTA. */
static int replace_chunk(void *ctx, const unsigned char *p, size_t n)
{
	return mlfi->replacebody(ctx, (unsigned char *)p, (int)n) == MI_SUCCESS ? 0 : -1;
}

int eom_replace_body(SMFICTX *ctx, struct sbuf *body, cm_err *err)
{
	return sbuf_each(body, replace_chunk, ctx, err);
}

static int apply_output(SMFICTX *ctx, const struct msgctx *m, struct mime_output *out, cm_err *err)
{
	cm_err_set(err, "the MTA refused the changes");
	if (eom_delete_content_headers(ctx, m) < 0 ||
	    mlfi->addheader(ctx, "MIME-Version", "1.0") != MI_SUCCESS ||
	    mlfi->addheader(ctx, "Content-Type", out->content_type) != MI_SUCCESS)
		return -1;
	if (out->transfer_encoding &&
	    mlfi->addheader(ctx, "Content-Transfer-Encoding", out->transfer_encoding) != MI_SUCCESS)
		return -1;
	if (out->disposition &&
	    mlfi->addheader(ctx, "Content-Disposition", out->disposition) != MI_SUCCESS)
		return -1;
	if (eom_replace_body(ctx, out->body, err) < 0)
		return -1; /* err: the MTA refused, or the body could not be read back */
	return 0;
}

/* One message's end: what was decided and made, and the audit record that
 * borrows from it. */
struct eom_job {
	SMFICTX *ctx;
	struct connctx *cc;
	const struct policy_rule *rule;
	struct mime_from from;  /* the first From: field */
	bool from_ok;           /* the message may be signed as from.addr */
	char from_why[600];     /* !from_ok: why not */
	bool no_sign, as_is;    /* protect_req */
	struct eom_enc enc;     /* zeroed until eom_enc_prepare */
	struct protect_res res; /* zeroed until protect_message */
	struct audit_rec rec;
	char reason[1024];
};

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

/* Append "; note" to the reason. */
static void reason_note(struct eom_job *j, const char *note)
{
	size_t used = strlen(j->reason);

	if (note != NULL && used < sizeof(j->reason))
		snprintf(j->reason + used, sizeof(j->reason) - used, "; %s", note);
}

/* The reason becomes text; when the message was not to be signed anyway,
 * why (the earlier reason) is kept in parentheses. */
static void reason_replace(struct eom_job *j, const char *text)
{
	char earlier[sizeof(j->reason)];

	snprintf(earlier, sizeof(earlier), "%s", j->reason);
	if (j->no_sign && earlier[0] != '\0')
		snprintf(j->reason, sizeof(j->reason), "%s (%s)", text, earlier);
	else
		snprintf(j->reason, sizeof(j->reason), "%s", text);
}

/* End with action (reply codes NULL: the action's usual). */
static sfsistat eom_end(struct eom_job *j, enum cm_action action, const char *rcode,
                        const char *xcode)
{
	j->rec.action = action_word(action);
	return reply(j->ctx, action, rcode, xcode, j->reason);
}

/* The From: facts, the rule, and whether the message may be signed as its
 * From: address. */
static void eom_facts(struct eom_job *j)
{
	const struct msgctx *m = j->cc->msg;
	const struct cm_config *cfg = j->cc->rt->cfg;
	const char *value = msg_header(m, "From"), *why;
	struct from_facts ff = {0};

	for (size_t i = 0; i < m->nhdrs; i++)
		ff.nfields += strcasecmp(m->hdrs[i].name, "From") == 0;
	mime_from_parse(value ? value : "", &j->from);
	ff.nmailboxes = j->from.nmailboxes;
	ff.group = j->from.group;
	ff.addr = j->from.addr;
	ff.name = j->from.name;
	j->rule = msg_rule(j->cc, j->from.addr);
	j->rec.rule = j->rule->index;
	j->from_ok = false;
	if ((why = outbound_from_ambiguous(&ff)) != NULL)
		snprintf(j->from_why, sizeof(j->from_why), "From: not signed: %s", why);
	else if (m->auth != NULL && cfg->outbound.require_from_match &&
	         !outbound_login_may_send(cfg, j->cc->rt->logins, m->auth, j->from.addr))
		snprintf(j->from_why, sizeof(j->from_why),
		         "From <%s> is not an address login %s may sign for%s",
		         j->from.addr ? j->from.addr : "", m->auth,
		         strchr(m->auth, '@') == NULL && cfg->outbound.login_domains.n == 0
		             ? " (a login without '@' needs outbound.login_domains)"
		             : "");
	else
		j->from_ok = true;
}

/* The audit fields of encryption (after eom_enc_prepare, if it ran). */
static void eom_enc_audit(struct eom_job *j)
{
	bool done = j->res.enc_to > 0 && j->res.status == PROTECT_CHANGED;

	j->rec.enc_asked = j->enc.asked;
	j->rec.enc_total = j->cc->msg->nrcpts;
	j->rec.enc_done = done ? j->enc.d.found : 0;
	j->rec.cipher = done ? cm_cipher_name(j->cc->rt->cfg->encryption.cipher) : NULL;
	j->rec.missing = j->enc.missing;
	j->rec.revoked = j->enc.revoked;
	j->rec.rev_unknown = j->enc.rev_unknown;
}

static sfsistat eom_protect(struct eom_job *j);

/* An early exit: what it becomes under the rule (enc_early). */
static sfsistat eom_early(struct eom_job *j, enum early_exit what, enum cm_action configured)
{
	struct early_decision d;

	enc_early(j->rule->encrypt, what, configured, &d);
	reason_note(j, d.note);
	switch (d.outcome) {
	case EARLY_REFUSE:
		return eom_end(j, d.action, NULL, NULL);
	case EARLY_ENCRYPT:
		j->no_sign = true;
		j->as_is = d.as_is;
		return eom_protect(j);
	case EARLY_PASS:
	default:
		if (what == EARLY_SIGNED)
			reason_note(j, "passed unchanged");
		j->rec.action = "accept";
		return SMFIS_CONTINUE;
	}
}

/* Apply what protect_message() made. */
static sfsistat eom_apply(struct eom_job *j)
{
	struct protect_res *res = &j->res;
	cm_err err;

	j->rec.sign_missing = res->sign_missing;
	j->rec.ts_wanted = (int)res->ts_wanted;
	j->rec.ts_done = (int)res->ts_done;
	j->rec.ts_error = res->ts_error;
	if (res->status == PROTECT_FAILED) {
		reason_replace(j, res->reason);
		return eom_early(j, EARLY_FAILURE, res->fail_action);
	}
	if (res->status == PROTECT_UNCHANGED) {
		if (!j->no_sign)
			snprintf(j->reason, sizeof(j->reason), "%s", res->reason);
		return SMFIS_CONTINUE;
	}
	if (apply_output(j->ctx, j->cc->msg, &res->out, &err) < 0) {
		reason_replace(j, err.text);
		return eom_end(j, CM_ACTION_TEMPFAIL, NULL, NULL);
	}
	j->rec.signed_classes = res->signed_classes;
	if (j->as_is)
		reason_note(j, "encrypted as it is");
	else if (!j->no_sign)
		j->reason[0] = '\0';
	if (res->note[0] != '\0' && j->reason[0] == '\0')
		snprintf(j->reason, sizeof(j->reason), "%s", res->note);
	else if (res->note[0] != '\0')
		reason_note(j, res->note);
	return SMFIS_CONTINUE;
}

/* Encryption per the rule, then signing unless no_sign; apply the result. */
static sfsistat eom_protect(struct eom_job *j)
{
	struct msgctx *m = j->cc->msg;
	const struct cm_config *cfg = j->cc->rt->cfg;
	struct protect_req req = {.cfg = cfg,
	                          .ks = j->cc->rt->ks,
	                          .rule = j->rule,
	                          .signer_addr = j->from_ok ? j->from.addr : NULL,
	                          .hdrs = m->hdrs,
	                          .nhdrs = m->nhdrs,
	                          .tsa = j->cc->rt->tsa,
	                          .no_sign = j->no_sign,
	                          .as_is = j->as_is,
	                          .stream = m->pstream};
	cm_err err;

	if (eom_enc_prepare(j->cc, j->rule, &j->enc) < 0) {
		eom_enc_audit(j);
		reason_replace(j, j->enc.why);
		reason_note(j, j->enc.d.note);
		return eom_end(j, j->enc.d.action, j->enc.d.rcode, j->enc.d.xcode);
	}
	eom_enc_audit(j);
	req.enc = j->enc.d.outcome == ENC_ALL ? &j->enc.penc : NULL;
	if (j->no_sign && req.enc == NULL) {
		if (j->as_is)
			reason_note(j, "passed unchanged");
		return SMFIS_CONTINUE; /* unchanged, the exit's reason stays */
	}
	req.body = spool_stream(m->body, &err);
	if (req.body == NULL) {
		char text[600];

		snprintf(text, sizeof(text), "spool: %s", err.text);
		reason_replace(j, text);
		return eom_early(j, EARLY_FAILURE, cfg->failure.deflt);
	}
	protect_message(&req, &j->res);
	eom_enc_audit(j);
	return eom_apply(j);
}

/* The protection the headers claim, confirmed from the body where a claim
 * would let the message pass unchanged as encrypted or opaque-signed: a
 * forged label is plain mail (signed and encrypted as its rule says). */
static enum mime_protection eom_protection(struct eom_job *j)
{
	struct msgctx *m = j->cc->msg;
	enum mime_protection claim = mime_protection_of(m->hdrs, m->nhdrs), real;
	FILE *body;
	cm_err err;

	if (claim != MIME_SMIME_ENCRYPTED && claim != MIME_SMIME_OPAQUE &&
	    claim != MIME_PGP_ENCRYPTED)
		return claim;
	if ((body = spool_stream(m->body, &err)) == NULL)
		return claim; /* eom_protect meets the same error and acts on it */
	real = mime_protection_confirm(claim, m->hdrs, m->nhdrs, body);
	if (real != claim)
		msg_warn("%s: Content-Type says %s, the body holds %s: taken as %s",
		         j->rec.qid ? j->rec.qid : "NOQUEUE", mime_protection_name(claim),
		         real == MIME_PLAIN ? "no such thing" : mime_protection_name(real),
		         mime_protection_name(real));
	return real;
}

/* Limits and spool, already protected, the From:; then protect. */
static sfsistat eom_run(struct eom_job *j)
{
	const struct msgctx *m = j->cc->msg;
	const struct cm_config *cfg = j->cc->rt->cfg;
	enum mime_protection prot;
	enum cm_action action;

	if (eom_limits(m, cfg, &action, j->reason, sizeof(j->reason)))
		return eom_early(j, EARLY_FAILURE, action);
	if (m->spool_error) {
		snprintf(j->reason, sizeof(j->reason), "spool: %s", m->spool_error);
		return eom_early(j, EARLY_FAILURE, cfg->failure.deflt);
	}
	prot = eom_protection(j);
	if (prot == MIME_SMIME_ENCRYPTED || prot == MIME_PGP_ENCRYPTED) {
		j->rec.protection = mime_protection_name(prot);
		snprintf(j->reason, sizeof(j->reason), "already encrypted, passed unchanged");
		return eom_early(j, EARLY_ENCRYPTED, CM_ACTION_ACCEPT);
	}
	if (prot != MIME_PLAIN) {
		j->rec.protection = mime_protection_name(prot);
		snprintf(j->reason, sizeof(j->reason), "already signed");
		return eom_early(j, EARLY_SIGNED, CM_ACTION_ACCEPT);
	}
	if (!j->from_ok) {
		snprintf(j->reason, sizeof(j->reason), "%s", j->from_why);
		return eom_early(j, EARLY_FROM, cfg->outbound.from_mismatch);
	}
	return eom_protect(j);
}

sfsistat eom_outbound(SMFICTX *ctx, struct connctx *cc)
{
	struct eom_job *j = xcalloc(1, sizeof(*j));
	sfsistat ret;

	j->ctx = ctx;
	j->cc = cc;
	msg_audit_init(cc, &j->rec, "out");
	eom_facts(j);
	if (eom_remove_forged(ctx, cc->msg) < 0) {
		snprintf(j->reason, sizeof(j->reason), "the MTA refused to remove a forged field");
		ret = eom_end(j, CM_ACTION_TEMPFAIL, NULL, NULL);
	} else {
		ret = eom_run(j);
	}
	if (ret == SMFIS_ACCEPT)
		ret = SMFIS_CONTINUE;
	j->rec.reason = j->reason;
	j->rec.ms = msg_elapsed_ms(cc->msg);
	audit_emit(&j->rec);
	/* the line is written: now free what it borrowed */
	protect_res_free(&j->res);
	eom_enc_free(&j->enc);
	mime_from_clear(&j->from);
	free(j);
	return ret;
}
