/*
 * runtime.c - loading and swapping the configuration snapshot (runtime.h).
 *
 * The crypto modules do not see the configuration: one function per
 * module below fills that module's options from it and makes the object.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <openssl/x509v3.h>

#include "cms.h"
#include "filecheck.h"
#include "log.h"
#include "ownrev.h"
#include "revshare.h"
#include "runtime.h"
#include "xalloc.h"

static pthread_mutex_t rt_lock = PTHREAD_MUTEX_INITIALIZER;
static struct cm_runtime *rt_current;

/* keystore.* and the identity and public roots of trust.* */
static struct keystore *keystore_from(const struct cm_config *cfg, cm_err *err)
{
	const char *token = cfg->keystore.pkcs11_token; /* "" as in contrib: none */
	const struct ks_opts o = {
	    .directories = (const char *const *)cfg->keystore.directories.v,
	    .ndirectories = cfg->keystore.directories.n,
	    .pkcs12_password_file = cfg->keystore.pkcs12_password_file,
	    .chain_bundle = cfg->keystore.chain_bundle,
	    .org_roots = cfg->trust.organization,
	    .public_roots = cfg->trust.public_roots,
	    .local_part_ci = cfg->keystore.local_part_case_insensitive,
	    .user = cfg->user,
	    .min_rsa_bits = (int)cfg->trust.min_rsa_bits,
	    .min_ec_bits = (int)cfg->trust.min_ec_bits,
	    .pkcs11_module = cfg->keystore.pkcs11_module,
	    .pkcs11_pin_file = cfg->keystore.pkcs11_pin_file,
	    .pkcs11_token = token != NULL && *token != '\0' ? token : NULL,
	};

	return keystore_load(&o, err);
}

/* tsa.* and trust.tsa; the TSA certificate checked through hook */
static struct tsa_client *tsa_from(const struct cm_config *cfg, struct revhook *hook, cm_err *err)
{
	const struct tsa_opts o = {
	    .urls = (const char *const *)cfg->tsa.urls.v,
	    .nurls = cfg->tsa.urls.n,
	    .timeout = cfg->tsa.timeout,
	    .max_response = cfg->tsa.max_response,
	    .trust = cfg->trust.tsa,
	    .intermediates = cfg->keystore.chain_bundle,
	    .revocation = hook->mode != REV_MODE_OFF ? revhook_check : NULL,
	    .revocation_arg = hook,
	};

	return tsa_client_new(&o, err);
}

/* revocation.* (failure.revocation is the caller's: rev_verdict REV_FAIL) */
static enum rev_mode rev_mode_of(const struct cm_config *cfg)
{
	static const enum rev_mode modes[] = {[CM_REV_OFF] = REV_MODE_OFF,
	                                      [CM_REV_SOFT] = REV_MODE_SOFT,
	                                      [CM_REV_HARD] = REV_MODE_HARD};

	return modes[cfg->revocation.mode];
}

static struct rev_client *rev_from(const struct cm_config *cfg, struct store *store, cm_err *err)
{
	const struct rev_opts o = {
	    .mode = rev_mode_of(cfg),
	    .timeout = cfg->revocation.timeout,
	    .cache_ttl = cfg->revocation.cache_ttl,
	    .failure_ttl = cfg->revocation.failure_ttl,
	    .cache_size = cfg->revocation.cache_size,
	    .crl_cache_size = cfg->revocation.crl_cache_size,
	    .max_response = cfg->revocation.max_response,
	    .max_crl = cfg->revocation.max_crl,
	    .allow_https = false,
	    .shared = {store != NULL ? revshare_get : NULL, store != NULL ? revshare_put : NULL,
	               store},
	};

	return rev_client_new(&o, err);
}

static enum dir_srctype dir_type(enum cm_dirsrc_type t)
{
	switch (t) {
	case CM_DIRSRC_KEYSTORE:
		return DIR_SRC_KEYSTORE;
	case CM_DIRSRC_HTTP:
		return DIR_SRC_HTTP;
	case CM_DIRSRC_LDAP:
		return DIR_SRC_LDAP;
	case CM_DIRSRC_FILES:
		return DIR_SRC_FILES;
	case CM_DIRSRC_STORE:
		return DIR_SRC_STORE;
	}
	msg_panic("directory source type %d", (int)t);
}

/* directory.* (but deadline, which the milter waits by) and
 * keystore.local_part_case; ks serves the keystore source. */
static struct dir_client *dir_from(const struct cm_config *cfg, const struct keystore *ks,
                                   struct store *store, struct revhook *hook, cm_err *err)
{
	size_t n = cfg->directory.nsources;
	struct dir_source_opts *src = xcalloc(n + 1, sizeof(*src));
	struct dir_opts o = {
	    .sources = src,
	    .nsources = n,
	    .cache_size = (size_t)cfg->directory.cache_size,
	    .negative_size = (size_t)cfg->directory.negative_size,
	    .positive_ttl = cfg->directory.positive_ttl,
	    .negative_ttl = cfg->directory.negative_ttl,
	    .stale_if_error = cfg->directory.stale_if_error,
	    .max_response = cfg->directory.max_response,
	    .max_in_flight = (size_t)cfg->directory.max_in_flight,
	    .local_part_ci = cfg->keystore.local_part_case_insensitive,
	    .min_rsa_bits = (int)cfg->trust.min_rsa_bits,
	    .min_ec_bits = (int)cfg->trust.min_ec_bits,
	    .chain_bundle = cfg->keystore.chain_bundle,
	    .fetch_issuers = cfg->directory.fetch_issuers,
	    .revocation = hook->mode != REV_MODE_OFF ? revhook_check : NULL,
	    .revocation_arg = hook,
	    .store = store,
	    .store_poll_ms = cfg->store.poll_interval * 1000L,
	};
	struct dir_client *d;

	for (size_t i = 0; i < n; i++) {
		const struct cm_dirsource *cs = &cfg->directory.sources[i];

		src[i] = (struct dir_source_opts){
		    .type = dir_type(cs->type),
		    .url = cs->url,
		    .path = cs->path,
		    .trust = cs->trust,
		    .intermediates = cs->intermediates,
		    .timeout = cs->timeout,
		    .shared_cache = cs->shared_cache && store != NULL,
		};
	}
	d = dir_client_new(&o, ks, err);
	x_free(src);
	return d;
}

/* What inbound signatures are verified against: trust.organization,
 * trust.public, trust.tsa and keystore.chain_bundle (only with
 * inbound.verify or inbound.decrypt, which verifies what it decrypts). */
static int vfy_from(const struct cm_config *cfg, struct vfy_opts *o, cm_err *err)
{
	memset(o, 0, sizeof(*o));
	o->req = (struct cm_chain_req){X509_PURPOSE_SMIME_SIGN, (int)cfg->trust.min_rsa_bits,
	                               (int)cfg->trust.min_ec_bits};
	if (!cfg->inbound.verify && !cfg->inbound.decrypt)
		return 0;
	if ((cfg->trust.organization &&
	     (o->org = cm_store_load(cfg->trust.organization, err)) == NULL) ||
	    (cfg->trust.public_roots &&
	     (o->pub = cm_store_load(cfg->trust.public_roots, err)) == NULL) ||
	    (cfg->trust.tsa && (o->tsa = cm_store_load(cfg->trust.tsa, err)) == NULL) ||
	    (cfg->keystore.chain_bundle &&
	     (o->intermediates =
	          cm_pem_certs(cfg->keystore.chain_bundle, "keystore.chain_bundle", err)) == NULL))
		return -1;
	return 0;
}

static void vfy_free(struct vfy_opts *o)
{
	X509_STORE_free(o->org);
	X509_STORE_free(o->pub);
	X509_STORE_free(o->tsa);
	sk_X509_pop_free(o->intermediates, X509_free);
}

/* The store. Serving, it is opened (an SQLite file created) by the user
 * certmilter serves as. Otherwise (certmilter -n, -L) it is opened only if
 * it is there already, so that root never creates it; if it cannot be
 * opened then, the store sources answer "no certificate" and -L says why
 * (rt->store_note). */
static int store_from(struct cm_runtime *rt, bool serving, cm_err *err)
{
	const char *url = rt->cfg->store.url;
	struct stat st;
	cm_err e;

	if (*url == '\0')
		return 0;
	if (serving) {
		rt->store = store_create(&(struct store_opts){url, 0}, err);
		return rt->store != NULL ? 0 : -1;
	}
	if (strncmp(url, "sqlite://", 9) == 0 && stat(url + 9, &st) != 0) {
		snprintf(rt->store_note, sizeof(rt->store_note), "%s: not created yet (%s)", url,
		         strerror(errno));
		return 0;
	}
	if ((rt->store = store_create(&(struct store_opts){url, 0}, &e)) == NULL)
		snprintf(rt->store_note, sizeof(rt->store_note), "%s", e.text);
	return 0;
}

static struct cm_runtime *load(const char *file, const char *socket_override, bool serving,
                               cm_err *err)
{
	struct cm_runtime *rt = xcalloc(1, sizeof(*rt));

	rt->refcnt = 1;
	rt->cfg = config_load(file, err);
	if (rt->cfg == NULL)
		goto fail;
	if (socket_override) {
		free(rt->cfg->socket);
		rt->cfg->socket = xstrdup(socket_override);
	}
	if (filecheck_config(rt->cfg, err) != 0)
		goto fail;
	rt->pol = policy_load(rt->cfg->policy_file, err);
	if (rt->pol == NULL)
		goto fail;
	if (rt->cfg->outbound.login_map) {
		rt->logins = login_map_load(rt->cfg->outbound.login_map, err);
		if (rt->logins == NULL)
			goto fail;
	}
	rt->ks = keystore_from(rt->cfg, err);
	if (rt->ks == NULL)
		goto fail;
	if (store_from(rt, serving, err) < 0) /* before revocation: it shares statuses */
		goto fail;
	rt->rev = rev_from(rt->cfg, rt->store, err);
	if (rt->rev == NULL)
		goto fail;
	ownrev_check(rt, NULL); /* a revoked own certificate is not used */
	rt->revhook = (struct revhook){rt->rev, rev_mode_of(rt->cfg), rt->cfg->revocation.timeout};
	rt->tsa = tsa_from(rt->cfg, &rt->revhook, err);
	if (rt->tsa == NULL)
		goto fail;
	rt->dir = dir_from(rt->cfg, rt->ks, rt->store, &rt->revhook, err);
	if (rt->dir == NULL)
		goto fail;
	rt->escrow = cms_certs_load((const char *const *)rt->cfg->encryption.escrow.v,
	                            rt->cfg->encryption.escrow.n, err);
	if (rt->escrow == NULL || vfy_from(rt->cfg, &rt->vfy, err) < 0)
		goto fail;
	return rt;
fail:
	rt->refcnt = 1;
	return runtime_release(rt);
}

struct cm_runtime *runtime_load(const char *file, const char *socket_override, cm_err *err)
{
	return load(file, socket_override, false, err);
}

struct cm_runtime *runtime_load_serving(const char *file, const char *socket_override, cm_err *err)
{
	struct cm_runtime *rt = load(file, socket_override, true, err);
	const char *first = rt ? keystore_refusal(rt->ks, 0) : NULL;
	size_t n = 0;

	if (first == NULL)
		return rt;
	while (keystore_refusal(rt->ks, n) != NULL)
		n++;
	if (n > 1)
		cm_err_set(err,
		           "keystore: %s (and %zu more refused files: certmilter -n lists them)",
		           first, n - 1);
	else
		cm_err_set(err, "keystore: %s", first);
	return runtime_release(rt);
}

static void runtime_free(struct cm_runtime *rt)
{
	store_destroy(rt->store);
	sk_X509_pop_free(rt->escrow, X509_free);
	vfy_free(&rt->vfy);
	dir_client_free(rt->dir); /* before the keystore it looks into */
	tsa_client_free(rt->tsa);
	rev_client_free(rt->rev);
	keystore_free(rt->ks);
	login_map_free(rt->logins);
	policy_free(rt->pol);
	config_unref(rt->cfg);
	free(rt);
}

void runtime_install(struct cm_runtime *rt)
{
	struct cm_runtime *old;

	pthread_mutex_lock(&rt_lock);
	old = rt_current;
	rt_current = rt;
	pthread_mutex_unlock(&rt_lock);
	runtime_release(old);
}

struct cm_runtime *runtime_acquire(void)
{
	struct cm_runtime *rt;

	pthread_mutex_lock(&rt_lock);
	rt = rt_current;
	if (rt)
		rt->refcnt++;
	pthread_mutex_unlock(&rt_lock);
	return rt;
}

struct cm_runtime *runtime_release(struct cm_runtime *rt)
{
	bool last;

	if (rt == NULL)
		return NULL;
	pthread_mutex_lock(&rt_lock);
	last = --rt->refcnt == 0;
	pthread_mutex_unlock(&rt_lock);
	if (last)
		runtime_free(rt);
	return NULL;
}
