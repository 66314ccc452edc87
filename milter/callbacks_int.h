/*
 * callbacks_int.h - the parts of the callbacks that live in files of their
 * own: RCPT TO (rcpt.c), the outbound end of message (eom.c) and the
 * inbound one (eom_in.c). Internal to those files; tests drive the callbacks (callbacks.h).
 */
#ifndef CALLBACKS_INT_H
#define CALLBACKS_INT_H

#include <libmilter/mfapi.h>

#include "context.h"

/* RCPT TO: begin the recipient's directory lookup; split (rcpt.c). */
sfsistat rcpt_add(SMFICTX *ctx, struct connctx *cc, const char *arg);

/* End of message for an outbound message: decide, sign, apply (eom.c). */
sfsistat eom_outbound(SMFICTX *ctx, struct connctx *cc);

/* Delete the message's top-level Content-* and MIME-Version fields (eom.c). 0 or -1. */
int eom_delete_content_headers(SMFICTX *ctx, const struct msgctx *m);
/* Replace the body with every byte of body (eom.c). 0, or -1 + err. */
int eom_replace_body(SMFICTX *ctx, struct sbuf *body, cm_err *err);

/* A header field as it arrives: note the result fields a sender could
 * have forged (eom_in.c). */
void eom_in_header(SMFICTX *ctx, struct connctx *cc, const char *name, const char *value);
/* Remove the result fields eom_in_header noted (every message, inbound
 * and outbound: a local sender must not forge them for a colleague
 * either). 0, or -1: the MTA refused. */
int eom_remove_forged(SMFICTX *ctx, const struct msgctx *m);
/* End of message for an inbound message: remove forged fields, verify,
 * decrypt, add the result fields, audit (eom_in.c). */
sfsistat eom_inbound(SMFICTX *ctx, struct connctx *cc);

#endif
