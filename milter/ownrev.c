/*
 * ownrev.c - the revocation status of the keystore's own certificates
 * (ownrev.h). The issuer of each certificate is the first certificate of
 * its chain (keystore.chain_bundle, the file) or of trust.organization and
 * trust.public that issued it; revocation.h does the asking.
 */
#include <string.h>
#include <time.h>

#include <openssl/x509v3.h>

#include "clock.h"
#include "cms.h"
#include "log.h"
#include "ownrev.h"

struct own_arg {
	struct cm_runtime *rt;
	STACK_OF(X509) *roots; /* trust.organization + trust.public, may be NULL */
	long deadline_ms;
	FILE *out;
	size_t revoked;
	bool fresh; /* the periodic check: responders asked, only news logged */
};

static X509 *issuer_in(STACK_OF(X509) *certs, X509 *cert)
{
	for (int i = 0; i < sk_X509_num(certs); i++)
		if (X509_check_issued(sk_X509_value(certs, i), cert) == X509_V_OK)
			return sk_X509_value(certs, i);
	return NULL;
}

/* What -n prints and the log says about one certificate. */
static void report(struct own_arg *a, const char *addr, const struct ks_entry *e,
                   const struct rev_result *r)
{
	const char *cls = cm_class_name(e->cls);

	if (r->status == REV_REVOKED) {
		if (a->out != NULL)
			fprintf(a->out, "warning: %s (%s): %s certificate %s: it is not used\n",
			        addr, e->path, cls, e->revoked);
		else
			msg_error("keystore: %s (%s): %s certificate %s: it is not used", addr,
			          e->path, cls, e->revoked);
		return;
	}
	if (a->out != NULL)
		fprintf(a->out, "  %-32s %-10s %s%s\n", addr, cls,
		        r->status == REV_UNKNOWN ? "unknown: " : "", r->reason);
	else if (r->status == REV_UNKNOWN && r->no_pointer)
		msg_debug("keystore: %s (%s): %s certificate: revocation not checked: %s", addr,
		          e->path, cls, r->reason);
	else if (r->status == REV_UNKNOWN)
		msg_warn("keystore: %s (%s): %s certificate: revocation status unknown: %s", addr,
		         e->path, cls, r->reason);
}

static void own_one(const char *addr, const struct ks_entry *e, void *arg)
{
	struct own_arg *a = arg;
	struct rev_result r;
	X509 *issuer = issuer_in(e->chain, e->cert);
	char why[700];
	bool newly = false;

	if (issuer == NULL)
		issuer = issuer_in(a->roots, e->cert);
	if (issuer == NULL) {
		memset(&r, 0, sizeof(r));
		r.status = REV_UNKNOWN;
		snprintf(r.reason, sizeof(r.reason), "its issuer is in no chain or trust bundle");
	} else if (a->fresh) {
		rev_check_fresh(a->rt->rev, e->cert, issuer, a->deadline_ms, &r);
	} else {
		rev_check(a->rt->rev, e->cert, issuer, a->deadline_ms, &r);
	}
	if (r.status == REV_REVOKED) {
		a->revoked++;
		snprintf(why, sizeof(why), "revoked (%s)", r.reason);
		newly = keystore_revoke(a->rt->ks, e, why);
	}
	if (!a->fresh || newly)
		report(a, addr, e, &r);
}

/* Append the certificates of the PEM file path (if set and readable). */
static void add_roots(STACK_OF(X509) **roots, const char *path)
{
	STACK_OF(X509) *certs;
	cm_err err;

	if (path == NULL || (certs = cm_pem_certs(path, "trust bundle", &err)) == NULL)
		return;
	if (*roots == NULL)
		*roots = sk_X509_new_null();
	while (sk_X509_num(certs) > 0)
		sk_X509_push(*roots, sk_X509_shift(certs));
	sk_X509_free(certs);
}

size_t ownrev_check(struct cm_runtime *rt, FILE *out)
{
	static const char *const modes[] = {
	    [CM_REV_OFF] = "off", [CM_REV_SOFT] = "soft", [CM_REV_HARD] = "hard"};
	struct own_arg a = {rt, NULL, cm_now_ms() + OWNREV_BUDGET_MS, out, 0, false};

	if (rt->cfg->revocation.mode == CM_REV_OFF) {
		if (out != NULL)
			fprintf(out, "revocation: off (revocation.mode)\n");
		return 0;
	}
	add_roots(&a.roots, rt->cfg->trust.organization);
	add_roots(&a.roots, rt->cfg->trust.public_roots);
	if (out != NULL)
		fprintf(out, "revocation (mode %s):\n", modes[rt->cfg->revocation.mode]);
	keystore_foreach(rt->ks, own_one, &a);
	sk_X509_pop_free(a.roots, X509_free);
	return a.revoked;
}

size_t ownrev_recheck(struct cm_runtime *rt)
{
	struct own_arg a = {rt, NULL, cm_now_ms() + OWNREV_BUDGET_MS, NULL, 0, true};

	if (rt->cfg->revocation.mode == CM_REV_OFF)
		return 0;
	add_roots(&a.roots, rt->cfg->trust.organization);
	add_roots(&a.roots, rt->cfg->trust.public_roots);
	keystore_foreach(rt->ks, own_one, &a);
	sk_X509_pop_free(a.roots, X509_free);
	msg_debug("keystore: revocation re-checked, %zu own certificates revoked", a.revoked);
	return a.revoked;
}
