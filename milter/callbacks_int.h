/*
 * callbacks_int.h - the parts of the callbacks that live in files of their
 * own: RCPT TO (rcpt.c) and the outbound end of message (eom.c). Internal
 * to callbacks.c, rcpt.c and eom.c; tests drive the callbacks (callbacks.h).
 */
#ifndef CALLBACKS_INT_H
#define CALLBACKS_INT_H

#include <libmilter/mfapi.h>

#include "context.h"

/* RCPT TO: begin the recipient's directory lookup; split (rcpt.c). */
sfsistat rcpt_add(SMFICTX *ctx, struct connctx *cc, const char *arg);

/* End of message for an outbound message: decide, sign, apply (eom.c). */
sfsistat eom_outbound(SMFICTX *ctx, struct connctx *cc);

#endif
