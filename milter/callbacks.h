/*
 * callbacks.h - the libmilter callbacks and the filter description.
 *
 * Exposed so tests can drive a message through them with a fake mlfi table.
 */
#ifndef CALLBACKS_H
#define CALLBACKS_H

#include <libmilter/mfapi.h>

#include "context.h"

extern struct smfiDesc cm_filter;

sfsistat cb_negotiate(SMFICTX *ctx, unsigned long f0, unsigned long f1, unsigned long f2,
                      unsigned long f3, unsigned long *pf0, unsigned long *pf1, unsigned long *pf2,
                      unsigned long *pf3);
sfsistat cb_connect(SMFICTX *ctx, char *hostname, _SOCK_ADDR *addr);
sfsistat cb_envfrom(SMFICTX *ctx, char **argv);
sfsistat cb_envrcpt(SMFICTX *ctx, char **argv);
sfsistat cb_header(SMFICTX *ctx, char *name, char *value);
sfsistat cb_eoh(SMFICTX *ctx);
sfsistat cb_body(SMFICTX *ctx, unsigned char *data, size_t len);
sfsistat cb_eom(SMFICTX *ctx);
sfsistat cb_abort(SMFICTX *ctx);
sfsistat cb_close(SMFICTX *ctx);

#endif
