/*
 * ownrev.h - the revocation status of the organization's own certificates
 * (certmilter.conf(5) REVOCATION): checked when a runtime snapshot is
 * loaded (start, SIGHUP), again every revocation.recheck_interval while
 * serving, and shown by -n. A revoked certificate is taken out of use
 * (keystore_revoke); it is never used to sign or encrypt.
 */
#ifndef OWNREV_H
#define OWNREV_H

#include <stdio.h>

#include "runtime.h"

/* Check every keystore certificate of rt (not installed yet) with rt->rev,
 * within about OWNREV_BUDGET_MS in all: revoked ones are taken out of use
 * and logged (msg_error). With out, also print one line per certificate
 * (status and where it came from; answers cached by the load make no new
 * request). Returns how many are revoked. */
#define OWNREV_BUDGET_MS 30000
size_t ownrev_check(struct cm_runtime *rt, FILE *out);

/* The periodic check of rt, installed and serving: every certificate's
 * status asked again (not from the cache), one revoked since taken out of
 * use at once and logged (msg_error) once. Returns how many are revoked. */
size_t ownrev_recheck(struct cm_runtime *rt);

#endif
