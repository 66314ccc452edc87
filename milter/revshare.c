/*
 * revshare.c - revocation statuses shared through the certificate store
 * (SPEC section 13: "the store also holds the revocation cache"): the
 * rev_shared hooks of revocation.h over the store's lookups table, source
 * "revocation", the status cache's key (issuer fingerprint and serial).
 * A row's value is one line of text, "STATUS SOURCE REVOKED_AT CRL_REASON
 * REASON", read back strictly: a row that does not parse is ignored.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "revshare.h"
#include "store.h"
#include "xalloc.h"

#define REV_SOURCE "revocation"

int revshare_get(void *arg, const char *key, struct rev_result *res, time_t *until)
{
	struct store_lookup l;
	char text[sizeof(res->reason) + 64];
	int status, source, crl_reason, n = 0, rc;
	long long at;
	cm_err err;

	rc = store_lookup_get(arg, REV_SOURCE, key, time(NULL), &l, &err);
	if (rc < 0)
		msg_warn("revocation: shared statuses: %s", err.text);
	if (rc != 1)
		return rc;
	rc = 0;
	if (l.der == NULL || l.len == 0 || l.len >= sizeof(text))
		goto out;
	memcpy(text, l.der, l.len);
	text[l.len] = '\0';
	if (sscanf(text, "%d %d %lld %d %n", &status, &source, &at, &crl_reason, &n) != 4 ||
	    n == 0 || (status != REV_GOOD && status != REV_REVOKED) ||
	    (source != REV_SRC_OCSP && source != REV_SRC_CRL))
		goto out;
	memset(res, 0, sizeof(*res));
	res->status = (enum rev_status)status;
	res->source = (enum rev_source)source;
	res->revoked_at = (time_t)at;
	res->crl_reason = crl_reason;
	snprintf(res->reason, sizeof(res->reason), "%s", text + n);
	*until = l.fresh_until;
	rc = 1;
out:
	store_lookup_clear(&l);
	return rc;
}

void revshare_put(void *arg, const char *key, const struct rev_result *res, time_t until)
{
	char text[sizeof(res->reason) + 64];
	int len;
	cm_err err;

	len = snprintf(text, sizeof(text), "%d %d %lld %d %s", (int)res->status, (int)res->source,
	               (long long)res->revoked_at, res->crl_reason, res->reason);
	if (len <= 0 || (size_t)len >= sizeof(text))
		return;
	if (store_lookup_put(
	        arg, REV_SOURCE, key,
	        &(struct store_lookup){(unsigned char *)text, (size_t)len, until, until, 0},
	        &err) < 0)
		msg_warn("revocation: shared statuses: %s", err.text);
}
