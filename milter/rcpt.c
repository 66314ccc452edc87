/*
 * rcpt.c - RCPT TO of outbound mail: begin each recipient's directory
 * lookup, which runs while the message streams in (end of message waits
 * for it, eom_enc.c), and, with missing_certificate split, keep recipients
 * with and without a certificate in separate transactions (certmilter.conf(5) DIRECTORY SOURCES):
 * 452 4.5.3 for a recipient of the other kind than the first, 550 5.7.1
 * for one without a certificate when encryption is required.
 *
 * At most directory.max_lookups_per_message lookups per message: the
 * recipients after that many get none, and count as directory unavailable
 * (eom_enc.c), so the message gets failure.directory.
 *
 * The From: header is not known at RCPT TO, so the rule used here is the
 * one the envelope sender (standing in for From:) would get.
 */
#include <stdlib.h>
#include <string.h>

#include "callbacks.h"
#include "callbacks_int.h"
#include "clock.h"
#include "log.h"
#include "metrics.h"
#include "mlfi.h"
#include "outbound.h"
#include "xalloc.h"

static bool wants_lookups(const struct connctx *cc)
{
	const struct msgctx *m = cc->msg;
	struct conn_facts f = {m->auth, cc->internal, cc->daemon, cc->local};

	return cc->rt->dir != NULL && policy_may_encrypt(cc->rt->pol) &&
	       outbound_is(cc->rt->cfg, &f);
}

static const struct policy_rule *rcpt_rule(const struct connctx *cc, const char *addr)
{
	const struct msgctx *m = cc->msg;
	const char **rcpts = xcalloc(m->nrcpts + 1, sizeof(*rcpts));
	struct msg_facts facts = {m->envfrom,    m->envfrom,
	                          m->auth,       rcpts,
	                          m->nrcpts + 1, cc->rt->cfg->keystore.local_part_case_insensitive};
	const struct policy_rule *rule;

	for (size_t i = 0; i < m->nrcpts; i++)
		rcpts[i] = m->rcpts[i];
	rcpts[m->nrcpts] = addr;
	rule = policy_decide(cc->rt->pol, &facts);
	free(rcpts);
	return rule;
}

static enum rcpt_cert wait_kind(const struct connctx *cc, struct dir_lookup *l)
{
	long deadline = cm_now_ms() + cc->rt->cfg->directory.deadline * 1000L;
	X509 *cert = NULL;
	cm_err err;
	enum dir_result r;

	if (l == NULL) /* over directory.max_lookups_per_message */
		return RCPT_CERT_UNAVAILABLE;
	r = dir_lookup_wait(l, deadline, &cert, &err);
	X509_free(cert);
	return r == DIR_FOUND  ? RCPT_CERT_FOUND
	       : r == DIR_NONE ? RCPT_CERT_NONE
	                       : RCPT_CERT_UNAVAILABLE;
}

/* missing_certificate split: may addr join this transaction? */
static sfsistat split_check(SMFICTX *ctx, struct connctx *cc, const char *addr,
                            struct dir_lookup *l)
{
	struct msgctx *m = cc->msg;
	const struct policy_rule *rule = rcpt_rule(cc, addr);
	enum rcpt_cert kind;
	enum split_verdict v;
	char esc[512];

	if (rule->encrypt == CM_ENC_NEVER || rule->missing_certificate != CM_MISS_SPLIT)
		return SMFIS_CONTINUE;
	kind = wait_kind(cc, l);
	v = enc_split(rule, !m->have_first, m->first_kind, kind);
	log_escape(esc, sizeof(esc), addr, strlen(addr));
	if (v == SPLIT_DEFER) {
		msg_info("split: <%s> %s a certificate, the transaction's first recipient %s: 452 "
		         "4.5.3",
		         esc, kind == RCPT_CERT_FOUND ? "has" : "has no",
		         kind == RCPT_CERT_FOUND ? "has none" : "has one");
		mlfi->setreply(ctx, "452", "4.5.3",
		               "certmilter: send to this recipient in a separate transaction");
		metrics_split();
		return SMFIS_TEMPFAIL;
	}
	if (v == SPLIT_REJECT) {
		msg_info("split: <%s> has no certificate and encryption is required: 550 5.7.1",
		         esc);
		mlfi->setreply(ctx, "550", "5.7.1",
		               "certmilter: recipient without certificate, encryption required");
		return SMFIS_REJECT;
	}
	if (!m->have_first) {
		m->have_first = true;
		m->first_kind = kind;
	}
	return SMFIS_CONTINUE;
}

sfsistat rcpt_add(SMFICTX *ctx, struct connctx *cc, const char *arg)
{
	char *addr = addr_strip(arg);
	struct dir_lookup *l = NULL;
	sfsistat ret = SMFIS_CONTINUE;

	if (wants_lookups(cc)) {
		/* beyond the cap no lookup: unavailable at end of message */
		if (cc->msg->nrcpts < (size_t)cc->rt->cfg->directory.max_lookups)
			l = dir_lookup_start(cc->rt->dir, addr);
		ret = split_check(ctx, cc, addr, l);
	}
	if (ret != SMFIS_CONTINUE) {
		dir_lookup_free(l);
		free(addr);
		return ret;
	}
	msg_add_rcpt(cc->msg, addr, l);
	return SMFIS_CONTINUE;
}
