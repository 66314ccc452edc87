/*
 * checkconf.c - the configuration check behind certmilter -n.
 *
 * Loads the configuration, policy and keystore exactly as the daemon does,
 * then prints each keystore address with its classes and expiry (and
 * where each key lives: its file or its token's pkcs11: URI), and what
 * would surprise an administrator: rules that can never match, classes the
 * policy names that no address holds, dual-use certificates that do not
 * chain to trust.public (so they are not Vp), timestamps asked for without
 * a TSA, directory sources reached in clear (also logged at start and on
 * reload), the revocation status of each keystore certificate (a revoked
 * one is not used). Keystore files the daemon would refuse (unsafe owner or mode,
 * unreadable, broken) are errors: -n then exits 1. A unix socket's
 * directory is checked as at start.
 *
 * certmilter -L (checkconf_lookup) lives here too: it loads the same way
 * and hands the address to the directory's explanation (directory.h).
 */
#include <limits.h>
#include <pwd.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <openssl/x509v3.h>

#include "checkconf.h"
#include "cms.h"
#include "expiry.h"
#include "log.h"
#include "ownrev.h"
#include "privs.h"
#include "runtime.h"

static void print_entry(const char *addr, const struct ks_entry *e, void *arg)
{
	FILE *out = arg;
	char when[32];
	struct tm tm;

	gmtime_r(&e->not_after, &tm);
	strftime(when, sizeof(when), "%Y-%m-%d", &tm);
	fprintf(out, "  %-32s %-10s %s expires %s%s  %s  (class by %s)\n", addr,
	        cm_class_name(e->cls), e->key ? "key" : "cert-only", when,
	        e->not_after - time(NULL) < EXPIRY_WARN_DAYS * 86400 ? " (within 30 days)" : "",
	        e->path, e->rule != NULL ? e->rule : "?");
	if (e->key_at != NULL) /* a file, or a token's pkcs11: URI (never with a PIN) */
		fprintf(out, "      key at %s\n", e->key_at);
}

struct shadow_arg {
	FILE *out;
	const char *file;
};

static void print_shadowed(const struct policy_rule *rule, const struct policy_rule *by, void *arg)
{
	struct shadow_arg *sa = arg;

	fprintf(sa->out, "warning: %s:%d: rule %d can never match: rule %d (line %d) covers it\n",
	        sa->file, rule->line, rule->index, by->index, by->line);
}

/* Classes a rule names that no keystore address holds. */
static size_t check_classes(const struct cm_runtime *rt, FILE *out)
{
	const struct policy *pol = rt->pol;
	size_t warnings = 0;

	for (size_t r = 0; r <= pol->nrules; r++) {
		const struct policy_rule *rule = r == 0 ? &pol->defaults : &pol->rules[r - 1];

		for (size_t i = 0; i < rule->nsign; i++) {
			if (keystore_has_class(rt->ks, rule->sign[i]))
				continue;
			fprintf(
			    out,
			    "warning: %s:%d: %s names class %s, which no keystore address holds\n",
			    pol->file, rule->line, r == 0 ? "defaults" : "rule",
			    cm_class_name(rule->sign[i]));
			warnings++;
		}
	}
	return warnings;
}

struct vp_arg {
	FILE *out;
	X509_STORE *pub;
	const char *bundle;
	struct cm_chain_req req; /* as the keystore verifies Vp chains */
	size_t warnings;
};

/* A dual-use certificate that is not Vp: it did not chain to trust.public. */
static void check_vp_entry(const char *addr, const struct ks_entry *e, void *arg)
{
	struct vp_arg *va = arg;
	int code;

	if (e->cls == CM_CLASS_VP || !classify_dual_use(e->cert))
		return;
	code = classify_verify_error(e->cert, va->pub, e->chain, &va->req);
	fprintf(va->out,
	        "warning: %s (%s): dual-use certificate does not chain to trust.public %s: %s; "
	        "it is used as %s, not Vp\n",
	        addr, e->path, va->bundle ? va->bundle : "(not set)",
	        va->pub ? X509_verify_cert_error_string(code) : "no public trust bundle",
	        cm_class_name(e->cls));
	va->warnings++;
}

static size_t check_vp(const struct cm_runtime *rt, FILE *out)
{
	struct vp_arg va = {
	    out,
	    NULL,
	    rt->cfg->trust.public_roots,
	    {X509_PURPOSE_SMIME_SIGN, rt->cfg->trust.min_rsa_bits, rt->cfg->trust.min_ec_bits},
	    0};
	cm_err err;

	if (va.bundle != NULL && (va.pub = cm_store_load(va.bundle, &err)) == NULL)
		fprintf(out, "warning: %s\n", err.text);
	keystore_foreach(rt->ks, check_vp_entry, &va);
	X509_STORE_free(va.pub);
	return va.warnings;
}

/* Timestamps asked for without a TSA, or a TSA without a trust bundle. */
static size_t check_tsa(const struct cm_runtime *rt, FILE *out)
{
	const struct policy *pol = rt->pol;
	size_t warnings = 0;

	if (rt->cfg->tsa.urls.n > 0)
		return 0;
	for (size_t r = 0; r <= pol->nrules; r++) {
		const struct policy_rule *rule = r == 0 ? &pol->defaults : &pol->rules[r - 1];

		if (rule->nsign == 0 || rule->timestamp == CM_TS_NONE)
			continue;
		fprintf(out,
		        "warning: %s:%d: %s asks for timestamps (%s) but tsa.urls is empty: "
		        "signatures go out without them\n",
		        pol->file, rule->line, r == 0 ? "defaults" : "rule",
		        cm_timestamp_name(rule->timestamp));
		warnings++;
	}
	return warnings;
}

/* The directory of a unix socket, as the daemon will check it at start:
 * -1 when it is unsafe; one that does not exist yet is only mentioned. */
static int check_socket_dir(const struct cm_config *cfg, FILE *out)
{
	const struct passwd *pw = cfg->user && *cfg->user ? getpwnam(cfg->user) : NULL;
	char conn[PATH_MAX + 8];
	cm_err err;
	int rc =
	    socket_dir_check(cfg->socket, pw ? pw->pw_uid : geteuid(), conn, sizeof(conn), &err);

	if (rc == -2)
		fprintf(out, "note: %s\n", err.text);
	else if (rc < 0)
		fprintf(out, "certmilter: %s\n", err.text);
	return rc == -1 ? -1 : 0;
}

size_t checkconf_cleartext(const struct cm_config *cfg, FILE *out)
{
	size_t n = 0;
	char text[1024];

	for (size_t i = 0; i < cfg->directory.nsources; i++) {
		const char *url = cfg->directory.sources[i].url;
		bool ldap = url != NULL && strncmp(url, "ldap://", 7) == 0;

		if (url == NULL || (!ldap && strncmp(url, "http://", 7) != 0))
			continue;
		snprintf(
		    text, sizeof(text),
		    "%s: directory.sources[%zu]: %s is cleartext: an attacker on the path can "
		    "answer \"no certificate\", and opportunistic mail to that address then goes "
		    "unencrypted (a certificate found must still chain to the source's trust); "
		    "use %s",
		    cfg->file, i + 1, url,
		    !ldap ? "https://"
		          : "ldaps:// (StartTLS, used where the server accepts it, can be "
		            "suppressed by an attacker)");
		if (out != NULL)
			fprintf(out, "warning: %s\n", text);
		else
			msg_warn("%s", text);
		n++;
	}
	return n;
}

/* The keystore files refused at load: errors. */
static size_t check_refusals(const struct cm_runtime *rt, FILE *out)
{
	const char *why;
	size_t i;

	for (i = 0; (why = keystore_refusal(rt->ks, i)) != NULL; i++)
		fprintf(out, "error: %s\n", why);
	return i;
}

int checkconf_lookup(const char *file, const char *addr, FILE *out)
{
	cm_err err;
	struct cm_runtime *rt = runtime_load(file, NULL, &err);
	int rc;

	if (rt == NULL) {
		fprintf(out, "certmilter: %s\n", err.text);
		return 3;
	}
	if (rt->store_note[0] != '\0') {
		char esc[sizeof(rt->store_note) * 4];

		log_escape(esc, sizeof(esc), rt->store_note, strlen(rt->store_note));
		fprintf(out, "store: not open: %s\n", esc);
	}
	rc = dir_explain(rt->dir, addr, out);
	fflush(out);
	runtime_release(rt);
	return rc;
}

int checkconf_run(const char *file, const char *socket_override, FILE *out)
{
	cm_err err;
	struct cm_runtime *rt = runtime_load(file, socket_override, &err);
	int rc = 0;

	if (rt == NULL) {
		fprintf(out, "certmilter: %s\n", err.text);
		return 1;
	}
	if (check_socket_dir(rt->cfg, out) < 0) {
		runtime_release(rt);
		return 1;
	}
	fprintf(out, "configuration %s: ok (socket %s)\n", rt->cfg->file, rt->cfg->socket);
	fprintf(out, "policy %s: ok, %zu rules\n", rt->pol->file, rt->pol->nrules);
	fprintf(out, "keystore: %zu addresses\n", keystore_count(rt->ks));
	keystore_foreach(rt->ks, print_entry, out);
	ownrev_check(rt, out);
	struct shadow_arg sa = {out, rt->pol->file};

	policy_shadowed(rt->pol, print_shadowed, &sa);
	check_classes(rt, out);
	check_vp(rt, out);
	check_tsa(rt, out);
	checkconf_cleartext(rt->cfg, out);
	expiry_print(rt->ks, out);
	if (check_refusals(rt, out) > 0)
		rc = 1;
	runtime_release(rt);
	return rc;
}
