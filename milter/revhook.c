/*
 * revhook.c - the directory's revocation hook (dir_opts.revocation): a
 * recipient's certificate that passed every other check is asked about
 * with revocation.h, its issuer being the next certificate of the path the
 * directory verified. What the mode makes of the answer (rev_verdict):
 * good, or soft mode and unknown, or no OCSP responder or CRL named by the
 * certificate (nothing to ask, in any mode): used; revoked: not used, so the
 * recipient counts as having no certificate; hard mode and unknown: not
 * used, and the lookup is unavailable (failure.revocation), never "no
 * certificate". The hook runs
 * on the directory's driver thread, within revocation.timeout per request.
 */
#include <stdio.h>

#include "clock.h"
#include "revhook.h"

int revhook_check(X509 *cert, STACK_OF(X509) *path, void *arg, char *why, size_t len)
{
	struct revhook *h = arg;
	X509 *issuer = sk_X509_num(path) > 1 ? sk_X509_value(path, 1) : NULL;
	struct rev_result r = {0};
	const char *from;

	if (issuer == NULL) {
		r.status = REV_UNKNOWN;
		snprintf(r.reason, sizeof(r.reason), "the path has no issuer");
	} else {
		/* OCSP, then the CRL: two requests at most */
		rev_check(h->rev, cert, issuer, cm_now_ms() + 2000 * h->timeout + 500, &r);
	}
	from = r.cached ? ", cached" : "";
	if (r.status == REV_UNKNOWN && r.no_pointer) { /* nothing to ask, in any mode */
		snprintf(why, len, "not checked: %s", r.reason);
		return -2;
	}
	switch (rev_verdict(h->mode, r.status)) {
	case REV_USE:
		snprintf(why, len, "good (%s%s)", rev_source_name(r.source), from);
		return 0;
	case REV_USE_UNKNOWN:
		snprintf(why, len, "unknown, used (soft mode): %s", r.reason);
		return -1;
	case REV_REFUSE:
		snprintf(why, len, "revoked (%s%s): %s", rev_source_name(r.source), from, r.reason);
		return 1;
	case REV_FAIL:
	default:
		snprintf(why, len, "unknown, not used (hard mode): %s", r.reason);
		return 2;
	}
}
