/*
 * eom_enc.c - end of message, the encryption side (eom_enc.h).
 *
 * The lookups began at RCPT TO (rcpt.c); a recipient without one (the
 * directory client was not there, or the message was not outbound then)
 * is looked up now. All are waited for until directory.deadline seconds
 * from now; a lookup still running then counts as unavailable. Only the
 * first directory.max_lookups_per_message recipients are looked up; the
 * others count as unavailable (so the message gets failure.directory).
 */
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "eom_enc.h"
#include "log.h"
#include "xalloc.h"

/* What recipient addr's lookup says for the audit line and the failure
 * action. */
static void note(struct eom_enc *e, enum rcpt_cert st, unsigned notes, const char *addr)
{
	if (st == RCPT_CERT_NONE)
		cm_append(e->missing, sizeof(e->missing), ",", "<%s>", addr);
	if (st == RCPT_CERT_NONE && (notes & DIR_NOTE_REVOKED))
		cm_append(e->revoked, sizeof(e->revoked), ",", "<%s>", addr);
	if (st == RCPT_CERT_FOUND && (notes & DIR_NOTE_REV_UNKNOWN))
		e->rev_unknown = true;
	if (st == RCPT_CERT_UNAVAILABLE) {
		e->unavail++;
		e->unavail_rev += (notes & DIR_NOTE_REV_FAIL) != 0;
	}
}

/* Each recipient's kind and certificate; the first unavailable reason. */
static void collect(struct connctx *cc, struct eom_enc *e, enum rcpt_cert *st)
{
	struct msgctx *m = cc->msg;
	long deadline = cm_now_ms() + cc->rt->cfg->directory.deadline * 1000L;
	size_t cap = (size_t)cc->rt->cfg->directory.max_lookups;
	bool have_why = false;

	for (size_t i = 0; i < m->nrcpts; i++) {
		enum dir_result r;
		cm_err err = {""};

		if (i >= cap) {
			st[i] = RCPT_CERT_UNAVAILABLE;
			if (!have_why)
				snprintf(
				    e->why, sizeof(e->why),
				    "directory unavailable for <%s>: more than %zu recipients to "
				    "look up (directory.max_lookups_per_message)",
				    m->rcpts[i], cap);
			have_why = true;
			continue;
		}
		if (m->lookups[i] == NULL)
			m->lookups[i] = dir_lookup_start(cc->rt->dir, m->rcpts[i]);
		r = dir_lookup_wait(m->lookups[i], deadline, &e->certs[i], &err);
		st[i] = r == DIR_FOUND  ? RCPT_CERT_FOUND
		        : r == DIR_NONE ? RCPT_CERT_NONE
		                        : RCPT_CERT_UNAVAILABLE;
		note(e, st[i], dir_lookup_notes(m->lookups[i]), m->rcpts[i]);
		if (st[i] == RCPT_CERT_UNAVAILABLE && !have_why) {
			snprintf(e->why, sizeof(e->why), "directory unavailable for <%s>: %s",
			         m->rcpts[i], err.text);
			have_why = true;
		}
	}
}

int eom_enc_prepare(struct connctx *cc, const struct policy_rule *rule, struct eom_enc *e)
{
	struct msgctx *m = cc->msg;
	enum rcpt_cert *st;

	memset(e, 0, sizeof(*e));
	e->asked = rule->encrypt != CM_ENC_NEVER && m->nrcpts > 0;
	if (e->asked && cc->rt->dir == NULL && rule->encrypt == CM_ENC_REQUIRED) {
		/* no directory client: required mail must not go out in clear */
		e->d.outcome = ENC_FAIL;
		e->d.action = CM_ACTION_TEMPFAIL;
		snprintf(e->why, sizeof(e->why), "encryption required, no certificate directory");
		return -1;
	}
	if (!e->asked || cc->rt->dir == NULL) {
		e->asked = false;
		return 0;
	}
	st = xcalloc(m->nrcpts, sizeof(*st));
	e->certs = xcalloc(m->nrcpts, sizeof(*e->certs));
	e->ncerts = m->nrcpts;
	collect(cc, e, st);
	/* unavailable only because statuses could not be learned (hard mode):
	 * failure.revocation; otherwise the directory's */
	enc_decide(rule, st, m->nrcpts,
	           e->unavail > 0 && e->unavail == e->unavail_rev ? cc->rt->cfg->failure.revocation
	                                                          : cc->rt->cfg->failure.directory,
	           &e->d);
	free(st);
	if (e->d.outcome == ENC_ALL) {
		e->penc.rcpts = e->certs;
		e->penc.nrcpts = m->nrcpts;
		e->penc.escrow = cc->rt->escrow;
	}
	if (e->d.outcome != ENC_FAIL)
		return 0;
	if (e->d.unavail == 0)
		snprintf(e->why, sizeof(e->why), "%s: %s", e->d.reason, e->missing);
	return -1;
}

void eom_enc_free(struct eom_enc *e)
{
	for (size_t i = 0; i < e->ncerts; i++)
		X509_free(e->certs[i]);
	free(e->certs);
	memset(e, 0, sizeof(*e));
}
