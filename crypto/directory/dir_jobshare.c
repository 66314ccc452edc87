/*
 * dir_jobshare.c - a directory job and the answers shared through the
 * store (a source's shared_cache; the store thread is dir_shared.c): a job
 * whose next source is shared asks the store first and waits; the store
 * thread's answer comes back through dir_shared_done onto the client's
 * list, which the driver thread empties (dir_shared_step): a kept answer
 * serves (only its certificate's validity is checked again), anything
 * else sends the job on to the source itself, whose answer is then kept
 * for the other nodes (dir_shared_keep_answer).
 */
#include <time.h>

#include <openssl/x509.h>

#include "dir_client_int.h"
#include "log.h"

/* A shared source's own answer, kept in the store for the other nodes. */
void dir_shared_keep_answer(struct dir_client *d, struct dir_job *j, const struct dir_answer *a)
{
	unsigned char *der = NULL;
	int len = 0;
	long ttl = a->res == DIR_FOUND ? d->pos_ttl_ms : d->neg_ttl_ms;

	if (!d->src[j->src].shared || d->shared == NULL || j->sh_hit || a->res == DIR_UNAVAILABLE ||
	    ttl <= 0 || (a->res == DIR_FOUND && (len = i2d_X509(a->cert, &der)) <= 0))
		return;
	dir_shared_keep(d->shared, dir_source_label(&d->src[j->src]), j->key, der, (size_t)len,
	                time(NULL) + ttl / 1000, a->notes);
	OPENSSL_free(der);
}

/* A shared source not asked through the store yet for this job: ask the
 * store first (dir_shared.c); the job goes on when its answer comes
 * (dir_shared_step). Driver thread, lock not held. */
bool dir_shared_ask_job(struct dir_client *d, struct dir_job *j)
{
	if (!d->src[j->src].shared || d->shared == NULL || j->sh_src == j->src + 1)
		return false;
	j->sh_src = j->src + 1;
	pthread_mutex_lock(&d->lock);
	j->refs++; /* the shared thread's, until its answer is taken */
	pthread_mutex_unlock(&d->lock);
	dir_shared_ask(d->shared, dir_source_label(&d->src[j->src]), j->key, j);
	return true;
}

/* The shared thread's answer for a job: queued for the driver. */
void dir_shared_done(void *arg, void *tag, int found, struct store_lookup *l)
{
	struct dir_client *d = arg;
	struct dir_job *j = tag;

	pthread_mutex_lock(&d->lock);
	j->sh_found = found;
	if (found == 1)
		j->sh = *l;
	j->sh_next = d->sh_done;
	d->sh_done = j;
	pthread_mutex_unlock(&d->lock);
	curl_multi_wakeup(d->multi);
}

/* A kept answer into a; false if it cannot serve (none kept, the store
 * failed, a certificate no longer current): then the source is asked. */
static bool shared_answer(struct dir_job *j, struct dir_answer *a)
{
	const unsigned char *p = j->sh.der;
	X509 *x = NULL;

	if (j->sh_found != 1)
		return false;
	*a = (struct dir_answer){DIR_NONE, NULL, "", j->sh.notes};
	if (j->sh.der != NULL &&
	    ((x = d2i_X509(NULL, &p, (long)j->sh.len)) == NULL || !dir_cert_current(x))) {
		X509_free(x);
		return false;
	}
	if (x != NULL) {
		a->res = DIR_FOUND;
		a->cert = x;
	}
	return true;
}

/* Jobs whose shared answer came: served from it, or their source asked. */
void dir_shared_step(struct dir_client *d)
{
	struct dir_job *list, *j;
	struct dir_answer a;

	pthread_mutex_lock(&d->lock);
	list = d->sh_done;
	d->sh_done = NULL;
	pthread_mutex_unlock(&d->lock);
	while ((j = list) != NULL) {
		list = j->sh_next;
		j->sh_next = NULL;
		pthread_mutex_lock(&d->lock);
		j->refs--; /* the shared thread's; the driver's stays */
		pthread_mutex_unlock(&d->lock);
		j->sh_hit = shared_answer(j, &a);
		store_lookup_clear(&j->sh);
		if (j->sh_hit) {
			msg_debug("directory: %s: directory.sources[%zu] answered from the store",
			          j->where, j->src + 1);
			pthread_mutex_lock(&d->lock);
			d->st.shared_hits++;
			pthread_mutex_unlock(&d->lock);
			dir_job_answer(d, j, &a);
		} else {
			dir_job_next(d, j);
		}
	}
}
