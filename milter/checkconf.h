/*
 * checkconf.h - certmilter -n: load everything, print a summary, exit code.
 */
#ifndef CHECKCONF_H
#define CHECKCONF_H

#include <stdio.h>

#include "config.h"

/* Warn about each directory source reached in clear (http://, ldap://):
 * to out as "warning: ..." lines, or to the log when out is NULL. Returns
 * how many. */
size_t checkconf_cleartext(const struct cm_config *cfg, FILE *out);

/* Returns 0 when configuration, policy, keystore and trust are sound,
 * 1 otherwise; the summary and problems go to out. */
int checkconf_run(const char *file, const char *socket_override, FILE *out);

/* certmilter -L: load the configuration as the daemon does and explain
 * the lookup of addr in every directory source (dir_explain) to out.
 * Returns 0 usable certificate, 1 none, 2 a source unavailable, 3 the
 * configuration cannot be loaded. */
int checkconf_lookup(const char *file, const char *addr, FILE *out);

#endif
