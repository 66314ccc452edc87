/*
 * eom_enc.h - end of message, the encryption side (eom_enc.c): wait for
 * the recipients' directory lookups, decide with enc_decide(), and hand
 * the certificates to protect_message().
 */
#ifndef EOM_ENC_H
#define EOM_ENC_H

#include "context.h"
#include "protect.h"

struct eom_enc {
	struct enc_decision d;
	X509 **certs; /* per recipient (NULL where none was found) */
	size_t ncerts;
	struct protect_enc penc;     /* for protect_req.enc */
	char missing[512];           /* "<a>,<b>": recipients without a certificate */
	char revoked[512];           /* "<a>,<b>": of them, those whose was revoked */
	bool rev_unknown;            /* a certificate used with its status unknown */
	size_t unavail, unavail_rev; /* lookups unavailable; of them for revocation */
	char why[512];               /* ENC_FAIL: the reply text and the audit reason */
	bool asked;                  /* the rule encrypts (encrypt is not never) */
};

/* Fill e for rule. Returns 0 when the message goes on (encrypted when
 * e->d.outcome == ENC_ALL), -1 when e->d says how it is refused. */
int eom_enc_prepare(struct connctx *cc, const struct policy_rule *rule, struct eom_enc *e);
void eom_enc_free(struct eom_enc *e);

#endif
