/*
 * checkconf.h - certmilter -n: load everything, print a summary, exit code.
 */
#ifndef CHECKCONF_H
#define CHECKCONF_H

#include <stdio.h>

/* Returns 0 when configuration, policy, keystore and trust are sound,
 * 1 otherwise; the summary and problems go to out. */
int checkconf_run(const char *file, const char *socket_override, FILE *out);

#endif
