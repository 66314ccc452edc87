/*
 * storecmd.h - certmilter -S: the certificate store's entries from the
 * command line (list, export as PEM, delete).
 */
#ifndef STORECMD_H
#define STORECMD_H

#include <stdio.h>

/* Run "list [ADDRESS]", "export ADDRESS [FINGERPRINT]" or "delete ADDRESS
 * [FINGERPRINT]" (args: what follows the command) against the store of the
 * configuration file. Results to out, errors to err. Returns 0 done, 1 no
 * entry matched, 2 usage, 3 no store (configuration, store.url, open). */
int storecmd_run(const char *file, const char *cmd, char **args, int nargs, FILE *out, FILE *err);

#endif
