/*
 * filecheck.h - the owner and mode of every configured file that decides
 * what certmilter trusts or does.
 */
#ifndef CM_FILECHECK_H
#define CM_FILECHECK_H

#include "cm.h"
#include "config.h"

/* The configuration file, policy_file, outbound.login_map, trust.*,
 * each directory source's trust, intermediates and path, and
 * encryption.escrow: each must belong to root, to the running user or to
 * cfg->user, and not be writable by group or others (the keystore's files
 * are checked as the keystore reads them). 0, or -1 with err naming the
 * key, the file and the rule broken. */
int filecheck_config(const struct cm_config *cfg, cm_err *err);

#endif
