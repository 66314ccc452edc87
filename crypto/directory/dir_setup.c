/*
 * dir_setup.c - a directory client's sources and settings from its
 * options (dir_client_new), and their release.
 */
#include <pthread.h>
#include <string.h>

#include <openssl/x509v3.h>

#include "clock.h"
#include "cms.h"
#include "dir_client_int.h"
#include "xalloc.h"

bool dir_sources_load(struct dir_client *d, const struct dir_opts *opts, cm_err *err)
{
	d->nsrc = opts->nsources;
	d->src = xcalloc(d->nsrc + 1, sizeof(*d->src));
	for (size_t i = 0; i < d->nsrc; i++) {
		const struct dir_source_opts *o = &opts->sources[i];
		struct dir_source *s = &d->src[i];

		if ((unsigned)o->type > DIR_SRC_STORE) {
			cm_err_set(err, "directory.sources[%zu]: unknown type %d", i + 1,
			           (int)o->type);
			return false;
		}
		s->type = o->type;
		s->url = o->url != NULL ? xstrdup(o->url) : NULL;
		s->cleartext = s->url != NULL && (strncmp(s->url, "http://", 7) == 0 ||
		                                  strncmp(s->url, "ldap://", 7) == 0);
		s->starttls = s->type == DIR_SRC_LDAP && s->cleartext ? -1 : 0;
		s->path = o->path != NULL ? xstrdup(o->path) : NULL;
		s->timeout = o->timeout;
		s->shared = o->shared_cache && opts->store != NULL &&
		            (s->type == DIR_SRC_HTTP || s->type == DIR_SRC_LDAP);
		if ((s->type == DIR_SRC_HTTP || s->type == DIR_SRC_LDAP) && s->url == NULL) {
			cm_err_set(err, "directory.sources[%zu]: no url", i + 1);
			return false;
		}
		if (s->type == DIR_SRC_FILES && s->path == NULL) {
			cm_err_set(err, "directory.sources[%zu]: no path", i + 1);
			return false;
		}
		if (o->trust != NULL && (s->trust = cm_store_load(o->trust, err)) == NULL)
			return false;
		snprintf(s->inter_name, sizeof(s->inter_name),
		         "directory.sources[%zu].intermediates", i + 1);
		if (o->intermediates != NULL &&
		    (s->inter = cm_pem_certs(o->intermediates, s->inter_name, err)) == NULL)
			return false;
	}
	if (opts->chain_bundle != NULL &&
	    (d->paths.bundle = cm_pem_certs(opts->chain_bundle, "chain bundle", err)) == NULL)
		return false;
	d->paths.aia = opts->fetch_issuers ? dir_aia_new() : NULL;
	d->paths.revocation = opts->revocation;
	d->paths.revocation_arg = opts->revocation_arg;
	return true;
}

void dir_client_init(struct dir_client *d, const struct dir_opts *opts)
{
	pthread_condattr_t ca;

	d->local_ci = opts->local_part_ci;
	d->chain = (struct cm_chain_req){X509_PURPOSE_SMIME_ENCRYPT, opts->min_rsa_bits,
	                                 opts->min_ec_bits};
	d->max_response = opts->max_response;
	d->max_running = opts->max_in_flight > 0 ? opts->max_in_flight : 64;
	d->queue_tail = &d->queue;
	d->pos_ttl_ms = opts->positive_ttl * 1000L;
	d->neg_ttl_ms = opts->negative_ttl * 1000L;
	d->stale_ms = opts->stale_if_error * 1000L;
	d->cache = dir_cache_new(opts->cache_size, opts->negative_size);
	pthread_mutex_init(&d->lock, NULL);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&d->done_cond, &ca);
	pthread_condattr_destroy(&ca);
	d->stats_at = cm_now_ms();
}

void dir_sources_free(struct dir_client *d)
{
	for (size_t i = 0; i < d->nsrc; i++) {
		d->src[i].pool = dir_ldap_pool_free(d->src[i].pool);
		x_free(d->src[i].url);
		x_free(d->src[i].path);
		X509_STORE_free(d->src[i].trust);
		sk_X509_pop_free(d->src[i].inter, X509_free);
	}
	d->src = x_free(d->src);
	sk_X509_pop_free(d->paths.bundle, X509_free);
	d->paths.bundle = NULL;
	d->paths.aia = dir_aia_free(d->paths.aia);
}
