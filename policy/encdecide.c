/*
 * encdecide.c - the encryption decision of certmilter.conf(5) DIRECTORY SOURCES, and what the
 * early exits become under the rule's encrypt mode (encdecide.h).
 */
#include <string.h>

#include "encdecide.h"

static void fail(struct enc_decision *d, enum cm_action action, const char *rcode,
                 const char *xcode, const char *reason)
{
	d->outcome = ENC_FAIL;
	d->action = action;
	d->rcode = rcode;
	d->xcode = xcode;
	d->reason = reason;
}

/* Some recipients lack a certificate, none is unavailable. */
static void decide_missing(const struct policy_rule *rule, struct enc_decision *d)
{
	static const char why[] = "recipient without certificate";
	bool required = rule->encrypt == CM_ENC_REQUIRED;

	switch (rule->missing_certificate) {
	case CM_MISS_PLAINTEXT:
		if (!required) {
			d->outcome = ENC_NOT;
			d->reason = why;
			return;
		}
		/* a policy file cannot say this; never send in clear */
		fail(d, CM_ACTION_REJECT, "550", "5.7.1", why);
		return;
	case CM_MISS_REJECT:
		fail(d, CM_ACTION_REJECT, "550", "5.7.1", why);
		return;
	case CM_MISS_TEMPFAIL:
		fail(d, CM_ACTION_TEMPFAIL, "451", "4.7.1", why);
		return;
	case CM_MISS_SPLIT:
	default:
		if (d->found > 0)
			fail(d, CM_ACTION_TEMPFAIL, "451", "4.7.1",
			     "recipients with and without certificate in one transaction");
		else if (required)
			fail(d, CM_ACTION_REJECT, "550", "5.7.1", why);
		else
			d->outcome = ENC_NOT, d->reason = why;
		return;
	}
}

void enc_decide(const struct policy_rule *rule, const enum rcpt_cert *st, size_t n,
                enum cm_action dir_failure, struct enc_decision *d)
{
	memset(d, 0, sizeof(*d));
	for (size_t i = 0; i < n; i++) {
		if (st[i] == RCPT_CERT_FOUND)
			d->found++;
		else if (st[i] == RCPT_CERT_NONE)
			d->none++;
		else
			d->unavail++;
	}
	if (rule->encrypt == CM_ENC_NEVER || n == 0) {
		d->outcome = ENC_NOT;
		return;
	}
	if (d->unavail > 0) {
		/* failure.directory accept delivers unchanged: never for a rule
		 * that requires encryption (it would leave in clear) */
		struct early_decision e;

		enc_early(rule->encrypt, EARLY_FAILURE, dir_failure, &e);
		fail(d, e.outcome == EARLY_REFUSE ? e.action : CM_ACTION_ACCEPT, NULL, NULL,
		     "directory unavailable");
		d->note = e.note;
		return;
	}
	if (d->none == 0) {
		d->outcome = ENC_ALL;
		return;
	}
	decide_missing(rule, d);
}

enum split_verdict enc_split(const struct policy_rule *rule, bool first, enum rcpt_cert first_st,
                             enum rcpt_cert st)
{
	if (rule->encrypt == CM_ENC_NEVER || rule->missing_certificate != CM_MISS_SPLIT ||
	    st == RCPT_CERT_UNAVAILABLE)
		return SPLIT_ACCEPT;
	if (rule->encrypt == CM_ENC_REQUIRED && st == RCPT_CERT_NONE)
		return SPLIT_REJECT;
	if (first || first_st == RCPT_CERT_UNAVAILABLE || first_st == st)
		return SPLIT_ACCEPT;
	return SPLIT_DEFER;
}

void enc_early(enum cm_encrypt encrypt, enum early_exit what, enum cm_action configured,
               struct early_decision *d)
{
	memset(d, 0, sizeof(*d));
	switch (what) {
	case EARLY_ENCRYPTED:
		d->outcome = EARLY_PASS;
		return;
	case EARLY_SIGNED:
		d->outcome = encrypt == CM_ENC_NEVER ? EARLY_PASS : EARLY_ENCRYPT;
		d->as_is = d->outcome == EARLY_ENCRYPT;
		return;
	case EARLY_FROM:
		if (configured == CM_ACTION_REJECT) {
			d->outcome = EARLY_REFUSE;
			d->action = CM_ACTION_REJECT;
		} else {
			d->outcome = encrypt == CM_ENC_NEVER ? EARLY_PASS : EARLY_ENCRYPT;
		}
		return;
	case EARLY_FAILURE:
	default:
		break;
	}
	if (configured == CM_ACTION_TEMPFAIL || configured == CM_ACTION_REJECT) {
		d->outcome = EARLY_REFUSE;
		d->action = configured;
	} else if (encrypt == CM_ENC_REQUIRED) {
		/* accept (or sign-without, which cannot get here) delivers
		 * unchanged, in clear: never under required */
		d->outcome = EARLY_REFUSE;
		d->action = CM_ACTION_TEMPFAIL;
		d->raised = true;
		d->note = "accept would deliver it in clear, encrypt = required: tempfail";
	} else {
		d->outcome = EARLY_PASS;
	}
}
