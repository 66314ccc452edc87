/*
 * encdecide.h - whether a message is encrypted, from the rule and what the
 * directory said about each recipient (certmilter.conf(5) DIRECTORY SOURCES). Pure functions.
 *
 * At end of message (enc_decide), in this order:
 *  - encrypt = never, or no recipients: not encrypted;
 *  - any recipient's lookup unavailable: failure.directory (never sent
 *    less protected because the directory was down);
 *  - every recipient has a certificate: encrypted to all;
 *  - otherwise missing_certificate decides: plaintext (opportunistic only)
 *    signed but not encrypted; reject 550 5.7.1; tempfail 451 4.7.1;
 *    split: the recipients were separated at RCPT TO (enc_split), so all
 *    lack a certificate: opportunistic sends signed, required rejects; if
 *    the transaction still mixes both kinds, 451 4.7.1.
 * At RCPT TO with split (enc_split): a recipient of the other kind than the
 * transaction's first gets 452 4.5.3 (the client sends it in another
 * transaction); with encrypt = required one without a certificate gets
 * 550 5.7.1 at once; a recipient whose lookup is unavailable is accepted
 * (end of message then applies failure.directory).
 */
#ifndef ENCDECIDE_H
#define ENCDECIDE_H

#include <stdbool.h>
#include <stddef.h>

#include "config.h"
#include "policy.h"

enum rcpt_cert { RCPT_CERT_FOUND = 0, RCPT_CERT_NONE, RCPT_CERT_UNAVAILABLE };

enum enc_outcome {
	ENC_NOT = 0, /* not encrypted (sign per the rule) */
	ENC_ALL,     /* encrypt to every recipient */
	ENC_FAIL     /* action below, with the reply code when set */
};

struct enc_decision {
	enum enc_outcome outcome;
	enum cm_action action;       /* ENC_FAIL */
	const char *rcode, *xcode;   /* "550"/"5.7.1", "451"/"4.7.1"; NULL: the action's usual */
	const char *reason;          /* static text for the audit line and the reply */
	const char *note;            /* failure.directory accept made tempfail: why (static) */
	size_t found, none, unavail; /* recipients of each kind */
};

void enc_decide(const struct policy_rule *rule, const enum rcpt_cert *st, size_t n,
                enum cm_action dir_failure, struct enc_decision *d);

/*
 * Early exits (enc_early): something ends the message, or stops it from
 * being signed, before the normal path. certmilter.conf(5) OUTBOUND AND INBOUND: under a rule with
 * encrypt = required every outcome is encrypted or refused, so
 *  - a failure action (failure.default, .malformed, .oversize, .tsa; the
 *    directory's is enc_decide's) of accept, which delivers the message
 *    unchanged, becomes tempfail under required ("raised");
 *  - a message already signed at the top level (S/MIME or PGP/MIME, a
 *    real signature or not) is not signed again but encrypted as it is,
 *    whenever the rule encrypts (encrypt what you do not sign);
 *  - a From: the message may not be signed as (the login may not sign for
 *    it, or several From: fields or mailboxes) is refused with
 *    outbound.from_mismatch = reject, and otherwise not signed but
 *    encrypted whenever the rule encrypts;
 *  - a message already encrypted passes unchanged.
 * "Encrypted whenever the rule encrypts" means enc_decide() then decides as
 * for any message: encrypted to all, or refused, or (opportunistic only,
 * missing_certificate plaintext or split) passed on unchanged.
 */
enum early_exit {
	EARLY_FAILURE = 0, /* a failure.* action; configured is that action */
	EARLY_SIGNED,      /* already signed at the top level */
	EARLY_ENCRYPTED,   /* already encrypted at the top level */
	EARLY_FROM         /* From: not signable; configured is outbound.from_mismatch */
};

enum early_outcome {
	EARLY_PASS = 0, /* deliver unchanged */
	EARLY_ENCRYPT,  /* do not sign; encryption per the rule (enc_decide) */
	EARLY_REFUSE    /* action below */
};

struct early_decision {
	enum early_outcome outcome;
	enum cm_action action; /* EARLY_REFUSE: tempfail or reject */
	bool as_is;            /* EARLY_ENCRYPT: envelope the entity unchanged (it is signed) */
	bool raised;           /* accept was made tempfail: the rule requires encryption */
	const char *note;      /* raised: static text for the audit reason, else NULL */
};

void enc_early(enum cm_encrypt encrypt, enum early_exit what, enum cm_action configured,
               struct early_decision *d);

enum split_verdict {
	SPLIT_ACCEPT = 0,
	SPLIT_DEFER, /* 452 4.5.3: deliver in a separate transaction */
	SPLIT_REJECT /* 550 5.7.1: encrypt = required and no certificate */
};

/* first: the first recipient accepted in this transaction (first_st is then
 * ignored); otherwise first_st is that recipient's kind. */
enum split_verdict enc_split(const struct policy_rule *rule, bool first, enum rcpt_cert first_st,
                             enum rcpt_cert st);

#endif
