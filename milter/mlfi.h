/*
 * mlfi.h - the one thin layer between certmilter and libmilter's smfi_*
 * calls, so that the milter core can be driven by tests without an MTA.
 *
 * Production uses mlfi_libmilter (the real smfi_* functions); a test installs
 * its own table with mlfi_set_ops() and calls the callbacks directly.
 */
#ifndef MLFI_H
#define MLFI_H

#include <libmilter/mfapi.h>

struct mlfi_ops {
	char *(*getsymval)(SMFICTX *ctx, char *name);
	void *(*getpriv)(SMFICTX *ctx);
	int (*setpriv)(SMFICTX *ctx, void *priv);
	int (*chgheader)(SMFICTX *ctx, char *name, int index, char *value);
	int (*addheader)(SMFICTX *ctx, char *name, char *value);
	int (*replacebody)(SMFICTX *ctx, unsigned char *data, int len);
	int (*setreply)(SMFICTX *ctx, char *rcode, char *xcode, char *text);
	int (*setsymlist)(SMFICTX *ctx, int stage, char *macros);
	int (*insheader)(SMFICTX *ctx, int index, char *name, char *value);
};

extern const struct mlfi_ops mlfi_libmilter;
extern const struct mlfi_ops *mlfi;

void mlfi_set_ops(const struct mlfi_ops *ops);

#endif
