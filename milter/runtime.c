/*
 * runtime.c - loading and swapping the configuration snapshot (runtime.h).
 */
#include <pthread.h>
#include <stdlib.h>

#include "cms.h"
#include "runtime.h"
#include "xalloc.h"

static pthread_mutex_t rt_lock = PTHREAD_MUTEX_INITIALIZER;
static struct cm_runtime *rt_current;

struct cm_runtime *runtime_load(const char *file, const char *socket_override, cm_err *err)
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
	rt->pol = policy_load(rt->cfg->policy_file, err);
	if (rt->pol == NULL)
		goto fail;
	if (rt->cfg->outbound.login_map) {
		rt->logins = login_map_load(rt->cfg->outbound.login_map, err);
		if (rt->logins == NULL)
			goto fail;
	}
	rt->ks = keystore_load(rt->cfg, err);
	if (rt->ks == NULL)
		goto fail;
	rt->tsa = tsa_client_new(rt->cfg, err);
	if (rt->tsa == NULL)
		goto fail;
	rt->dir = dir_client_new(rt->cfg, rt->ks, err);
	if (rt->dir == NULL)
		goto fail;
	rt->escrow = cms_certs_load(&rt->cfg->encryption.escrow, err);
	if (rt->escrow == NULL)
		goto fail;
	return rt;
fail:
	rt->refcnt = 1;
	return runtime_release(rt);
}

static void runtime_free(struct cm_runtime *rt)
{
	sk_X509_pop_free(rt->escrow, X509_free);
	dir_client_free(rt->dir); /* before the keystore it looks into */
	tsa_client_free(rt->tsa);
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
