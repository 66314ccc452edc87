/*
 * dir_client.c - the certificate directory client (directory.h): lookups,
 * the requests they share, the cache around them and the driver thread
 * that runs the requests.
 *
 * One mutex per client guards the cache, the table of requests in flight
 * (jobs), every job's result and the counters; one condition variable
 * (CLOCK_MONOTONIC) is broadcast whenever a job completes. A job is one
 * address being looked up: it asks the sources in order on the driver
 * thread (http as transfers in the thread's curl multi handle, ldap as
 * searches in the source's connection pool, dir_ldap.c, whose sockets the
 * thread also waits on) and holds one reference for the driver plus one
 * per lookup waiting on it. The driver is woken with curl_multi_wakeup
 * when a job is queued and when an ldap connection has been opened.
 *
 * At most max_in_flight jobs are being answered at once (each http
 * request holds a socket, each ldap search a share of one of at most
 * DIR_LDAP_MAX_CONNS connections per source); the others wait in the queue in the order
 * they came. A job whose last lookup was cancelled (dir_lookup_cancel:
 * the message was aborted, RSET, the connection closed) is dropped by the
 * driver: from the queue, or with its request cancelled, and nothing is
 * cached. A lookup merely freed (the deadline passed) leaves its job
 * running, so that its answer fills the cache for the retry.
 */
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include <openssl/x509v3.h>

#include "addr.h"
#include "clock.h"
#include "cms.h"
#include "dir_client_int.h"
#include "log.h"
#include "metrics.h"
#include "xalloc.h"

#define STATS_INTERVAL_MS (10L * 60 * 1000)

struct dir_lookup {
	struct dir_client *d;
	struct dir_job *job; /* NULL: answered at start */
	enum dir_result res;
	X509 *cert;
	char err[DIR_ERR_LEN];
	unsigned notes; /* DIR_NOTE_* once the result is known */
};

/* ---- addresses ------------------------------------------------------- */

/* The cache key of addr (directory.h), xmalloc'd; NULL if addr cannot
 * have a certificate. */
static char *addr_key(const char *addr, bool local_ci)
{
	size_t len = strlen(addr);

	return len <= DIR_MAX_ADDR ? cm_addr_key(addr, len, local_ci) : NULL;
}

/* ---- jobs (called with d->lock held unless said otherwise) ----------- */

static void job_unref(struct dir_job *j)
{
	if (--j->refs > 0)
		return;
	if (j->xfer != NULL || j->ls != NULL)
		msg_panic("directory: job for %s freed with its request running", j->where);
	X509_free(j->cert);
	x_free(j->key);
	x_free(j->addr);
	x_free(j);
}

static void list_remove(struct dir_job **head, struct dir_job *j)
{
	for (struct dir_job **pp = head; *pp != NULL; pp = &(*pp)->next) {
		if (*pp == j) {
			*pp = j->next;
			j->next = NULL;
			return;
		}
	}
	msg_panic("directory: job for %s not in its list", j->where);
}

/* A "no certificate" that a cleartext source had a say in (an attacker on
 * the path can forge it) while the cache holds a certificate for the
 * address (fresh, or stale within stale_if_error): the entry stays as it
 * is and its certificate is the answer. Lock held. */
static X509 *keep_positive(struct dir_client *d, struct dir_job *j, long now)
{
	X509 *cached = NULL;
	enum dir_cstate st;

	if (!j->clear_none || (st = dir_cache_get(d->cache, j->key, now, &cached)) == DIR_C_MISS ||
	    cached == NULL)
		return NULL;
	if (st == DIR_C_STALE)
		d->st.stale_hits++;
	msg_warn("directory: %s: a cleartext source answered \"no certificate\"; keeping the "
	         "cached certificate",
	         j->where);
	X509_up_ref(cached);
	return cached;
}

/* The job's result is known: serve a stale entry instead of UNAVAILABLE
 * if there is one, fill the cache, wake the waiters, drop the driver's
 * reference. Takes the lock. */
static void job_finish(struct dir_client *d, struct dir_job *j, enum dir_result res, X509 *cert)
{
	long now = cm_now_ms();
	X509 *stale = NULL;
	unsigned notes = res == DIR_FOUND  ? j->notes & DIR_NOTE_REV_UNKNOWN
	                 : res == DIR_NONE ? j->notes & DIR_NOTE_REVOKED
	                 : j->unavail > 0 && j->unavail == j->unavail_rev ? DIR_NOTE_REV_FAIL
	                                                                  : 0;

	pthread_mutex_lock(&d->lock);
	if (res == DIR_NONE && (cert = keep_positive(d, j, now)) != NULL) {
		res = DIR_FOUND;
		notes = dir_cache_notes(d->cache, j->key);
	} else if (res == DIR_FOUND) {
		dir_cache_put(d->cache, j->key, cert, now + d->pos_ttl_ms,
		              now + d->pos_ttl_ms + d->stale_ms);
		dir_cache_set_notes(d->cache, j->key, notes);
	} else if (res == DIR_NONE) {
		dir_cache_put(d->cache, j->key, NULL, now + d->neg_ttl_ms, now + d->neg_ttl_ms);
		dir_cache_set_notes(d->cache, j->key, notes);
	} else if (dir_cache_get(d->cache, j->key, now, &stale) != DIR_C_MISS && stale != NULL) {
		msg_warn("directory: %s: using the cached certificate: %s", j->where, j->fails);
		d->st.stale_hits++;
		X509_up_ref(stale);
		cert = stale;
		res = DIR_FOUND;
		notes = dir_cache_notes(d->cache, j->key);
	} else {
		msg_warn("directory: %s: %s", j->where, j->fails);
	}
	j->notes = notes;
	j->res = res;
	j->cert = cert;
	j->done = true;
	d->running--;
	list_remove(&d->jobs, j);
	pthread_cond_broadcast(&d->done_cond);
	job_unref(j);
	pthread_mutex_unlock(&d->lock);
}

static void note_failure(struct dir_job *j, const char *err)
{
	cm_append(j->fails, sizeof(j->fails), "; ", "%s", err);
}

/* A source's answer: finish on a hit, else go on with the next source.
 * Driver thread, lock not held. */

void dir_job_answer(struct dir_client *d, struct dir_job *j, struct dir_answer *a)
{
	if (!j->sh_hit)
		metrics_request(MET_DIRECTORY, dir_source_label(&d->src[j->src]),
		                dir_result_word(a->res), cm_now_ms() - j->asked_ms);
	dir_shared_keep_answer(d, j, a);
	j->sh_hit = false;
	if (a->res == DIR_UNAVAILABLE) {
		j->unavail++;
		j->unavail_rev += (a->notes & DIR_NOTE_REV_FAIL) != 0;
	}
	j->notes |= a->notes & (DIR_NOTE_REVOKED | DIR_NOTE_REV_UNKNOWN);
	if (a->res == DIR_FOUND) {
		j->notes = a->notes & DIR_NOTE_REV_UNKNOWN; /* a revoked one elsewhere: moot */
		msg_debug("directory: %s: found in directory.sources[%zu]", j->where, j->src + 1);
		job_finish(d, j, DIR_FOUND, a->cert);
		return;
	}
	if (a->res == DIR_UNAVAILABLE)
		note_failure(j, a->err);
	if (a->res == DIR_NONE && d->src[j->src].cleartext)
		j->clear_none = true;
	j->src++;
	dir_job_next(d, j);
}

struct dir_want dir_want_for(const struct dir_client *d, const struct dir_source *s,
                             const char *key, const char *where)
{
	return (struct dir_want){
	    .key = key,
	    .local_ci = d->local_ci,
	    .trust = s->trust,
	    .where = where,
	    .chain = &d->chain,
	    .src = s,
	    .paths = &d->paths,
	    .aia_ms = (s->type == DIR_SRC_FILES ? DIR_FILES_TIMEOUT : s->timeout) * 1000L,
	};
}

void dir_job_next(struct dir_client *d, struct dir_job *j)
{
	struct dir_want w;
	struct dir_answer a = {DIR_NONE, NULL, "", 0};

	for (; j->src < d->nsrc; j->src++) {
		const struct dir_source *s = &d->src[j->src];

		w = dir_want_for(d, s, j->key, j->where);
		j->asked_ms = cm_now_ms();
		switch (s->type) {
		case DIR_SRC_KEYSTORE:
			dir_ask_keystore(d->ks, &w, j->addr, &a);
			break;
		case DIR_SRC_FILES:
			dir_ask_files(s, &w, &a);
			break;
		case DIR_SRC_STORE:
			dir_ask_store(d->store, &w, &a);
			break;
		case DIR_SRC_LDAP:
			if (dir_shared_ask_job(d, j))
				return;
			j->ls = dir_lsearch_new(s->pool, j->key, j);
			return;
		case DIR_SRC_HTTP:
			if (dir_shared_ask_job(d, j))
				return;
			j->xfer = dir_xfer_new(s, j->key, d->max_response);
			if (curl_easy_setopt(dir_xfer_easy(j->xfer), CURLOPT_PRIVATE, j) !=
			        CURLE_OK ||
			    curl_multi_add_handle(d->multi, dir_xfer_easy(j->xfer)) != CURLM_OK)
				msg_panic("curl_multi_add_handle failed");
			return;
		}
		if (a.res != DIR_NONE) {
			dir_job_answer(d, j, &a);
			return;
		}
		metrics_request(MET_DIRECTORY, dir_source_label(s), "none",
		                cm_now_ms() - j->asked_ms);
	}
	job_finish(d, j, j->fails[0] != '\0' ? DIR_UNAVAILABLE : DIR_NONE, NULL);
}

/* ---- the driver thread --------------------------------------------------- */

/* The finished searches of the ldap sources: judged, and their jobs go on. */
static void ldap_step(struct dir_client *d)
{
	struct dir_lsearch *ls;
	struct dir_job *j;
	struct dir_want w;
	struct dir_answer a;
	STACK_OF(X509) *certs = NULL;

	for (size_t i = 0; i < d->nsrc; i++) {
		if (d->src[i].pool == NULL)
			continue;
		dir_ldap_pool_run(d->src[i].pool);
		while ((ls = dir_ldap_pool_done(d->src[i].pool)) != NULL) {
			j = dir_lsearch_owner(ls);
			w = dir_want_for(d, &d->src[i], j->key, j->where);
			a = (struct dir_answer){DIR_NONE, NULL, "", 0};
			a.res = dir_lsearch_certs(ls, &certs, a.err, sizeof(a.err));
			if (a.res == DIR_FOUND)
				dir_answer_from(&a, certs, &w);
			sk_X509_pop_free(certs, X509_free);
			certs = NULL;
			j->ls = dir_lsearch_free(ls);
			dir_job_answer(d, j, &a);
		}
	}
}

static void xfer_done(struct dir_client *d, CURL *easy, CURLcode rc)
{
	struct dir_job *j = NULL;
	struct dir_want w;
	struct dir_answer a;

	curl_easy_getinfo(easy, CURLINFO_PRIVATE, (char **)&j);
	if (j == NULL || j->xfer == NULL || dir_xfer_easy(j->xfer) != easy)
		msg_panic("directory: finished request without a job");
	curl_multi_remove_handle(d->multi, easy);
	w = dir_want_for(d, &d->src[j->src], j->key, j->where);
	dir_xfer_judge(j->xfer, rc, &w, &a);
	j->xfer = dir_xfer_free(j->xfer);
	dir_job_answer(d, j, &a);
}

static void stats_tick(struct dir_client *d, bool force)
{
	struct dir_stats st;
	long now = cm_now_ms();

	if (!force && now - d->stats_at < STATS_INTERVAL_MS)
		return;
	dir_client_stats(d, &st);
	d->stats_at = now;
	if (st.hits == d->logged.hits && st.misses == d->logged.misses)
		return;
	d->logged = st;
	msg_info("directory cache: %lu entries, hits %lu, misses %lu, stale %lu, requests %lu, "
	         "evictions %lu",
	         st.entries, st.hits, st.misses, st.stale_hits, st.requests, st.evictions);
}

/* Take j out of the queue (it is in it). Lock held. */
static void queue_remove(struct dir_client *d, struct dir_job *j)
{
	struct dir_job **pp = &d->queue;

	while (*pp != j)
		pp = &(*pp)->qnext;
	*pp = j->qnext;
	if (d->queue_tail == &j->qnext)
		d->queue_tail = pp;
	j->qnext = NULL;
	j->queued = false;
}

/* Drop the cancelled jobs only the driver holds: out of the queue, their
 * requests cancelled; nothing cached. Lock held. */
static void drop_abandoned(struct dir_client *d)
{
	struct dir_job *j, *next;

	for (j = d->jobs; j != NULL; j = next) {
		next = j->next;
		if (j->refs != 1 || j->done || !j->cancel)
			continue;
		if (j->queued) {
			queue_remove(d, j);
		} else {
			if (j->xfer != NULL) {
				curl_multi_remove_handle(d->multi, dir_xfer_easy(j->xfer));
				j->xfer = dir_xfer_free(j->xfer);
			}
			j->ls = dir_lsearch_free(j->ls);
			d->running--;
		}
		msg_debug("directory: %s: nobody waits for it any more: dropped", j->where);
		d->st.cancelled++;
		list_remove(&d->jobs, j);
		job_unref(j);
	}
}

/* Start queued jobs while fewer than max_running run; false when the
 * client is stopping. */
static bool take_queue(struct dir_client *d)
{
	struct dir_job *start = NULL, **tail = &start, *q;

	pthread_mutex_lock(&d->lock);
	if (d->stopping) {
		pthread_mutex_unlock(&d->lock);
		return false;
	}
	drop_abandoned(d);
	while (d->queue != NULL && d->running < d->max_running) {
		q = d->queue;
		queue_remove(d, q);
		d->running++;
		*tail = q;
		tail = &q->qnext;
	}
	pthread_mutex_unlock(&d->lock);
	while ((q = start) != NULL) {
		start = q->qnext;
		q->qnext = NULL;
		dir_job_next(d, q);
	}
	return true;
}

#define DIR_MAX_WAITFDS 64

/* The sockets of the ldap connections with searches running, and how long
 * to wait at most (dir_ldap.c). Driver thread. */
static unsigned ldap_waitfds(struct dir_client *d, struct curl_waitfd *w, int *ms)
{
	unsigned n = 0;
	long wait = 1000;

	for (size_t i = 0; i < d->nsrc; i++) {
		if (d->src[i].pool == NULL)
			continue;
		n += dir_ldap_pool_fds(d->src[i].pool, w + n, DIR_MAX_WAITFDS - n);
		wait = dir_ldap_pool_wait_ms(d->src[i].pool, wait);
	}
	*ms = (int)wait;
	return n;
}

static void *driver_main(void *arg)
{
	struct dir_client *d = arg;
	struct curl_waitfd w[DIR_MAX_WAITFDS];
	int running, left, ms;
	unsigned n;
	CURLMsg *m;

	while (take_queue(d)) {
		if (curl_multi_perform(d->multi, &running) != CURLM_OK)
			msg_panic("curl_multi_perform failed");
		while ((m = curl_multi_info_read(d->multi, &left)) != NULL)
			if (m->msg == CURLMSG_DONE)
				xfer_done(d, m->easy_handle, m->data.result);
		ldap_step(d);
		dir_shared_step(d);
		stats_tick(d, false);
		n = ldap_waitfds(d, w, &ms);
		curl_multi_poll(d->multi, w, n, ms, NULL);
	}
	return NULL;
}

/* ---- client -------------------------------------------------------------- */

struct dir_client *dir_client_new(const struct dir_opts *opts, const struct keystore *ks,
                                  cm_err *err)
{
	struct dir_client *d = xcalloc(1, sizeof(*d));

	if (!dir_sources_load(d, opts, err)) {
		dir_sources_free(d);
		return x_free(d);
	}
	d->ks = ks;
	d->store = opts->store;
	dir_client_init(d, opts);
	for (size_t i = 0; i < d->nsrc && d->store != NULL; i++) {
		if (d->src[i].type == DIR_SRC_STORE && d->watch == NULL)
			d->watch = dir_watch_new(d, d->store, opts->store_poll_ms);
		if (d->src[i].shared && d->shared == NULL)
			d->shared = dir_shared_new(d->store, dir_shared_done, d);
	}
	d->multi = curl_multi_init();
	if (d->multi == NULL)
		msg_panic("curl_multi_init failed (was curl_global_init called?)");
	for (size_t i = 0; i < d->nsrc; i++)
		if (d->src[i].type == DIR_SRC_LDAP)
			d->src[i].pool = dir_ldap_pool_new(&d->src[i],
			                                   d->max_running < DIR_LDAP_MAX_CONNS
			                                       ? d->max_running
			                                       : DIR_LDAP_MAX_CONNS,
			                                   d->max_response, d->multi);
	return d;
}

/* The driver thread starts with the first lookup, in the process that
 * looks up: a client made before daemon() or the worker's fork would
 * otherwise have lost it. It gets every signal blocked, so that signals
 * reach the threads that sigwait for them. Called with d->lock held. */
static void driver_ensure(struct dir_client *d)
{
	sigset_t all, old;

	if (d->driver_started && d->driver_pid == getpid())
		return;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	if (pthread_create(&d->driver, NULL, driver_main, d) != 0)
		msg_panic("directory: cannot start the driver thread");
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	d->driver_started = true;
	d->driver_pid = getpid();
	dir_watch_start(d->watch);
	dir_shared_start(d->shared);
}

struct dir_client *dir_client_free(struct dir_client *d)
{
	struct dir_job *j;

	if (d == NULL)
		return NULL;
	pthread_mutex_lock(&d->lock);
	d->stopping = true;
	pthread_mutex_unlock(&d->lock);
	curl_multi_wakeup(d->multi);
	if (d->driver_started && d->driver_pid == getpid())
		pthread_join(d->driver, NULL);
	d->watch = dir_watch_free(d->watch);
	d->shared = dir_shared_free(d->shared); /* its unanswered jobs into d->sh_done */
	while ((j = d->sh_done) != NULL) {
		d->sh_done = j->sh_next;
		store_lookup_clear(&j->sh);
		j->refs--;
	}
	stats_tick(d, true);
	while ((j = d->jobs) != NULL) { /* abandoned jobs still running or queued */
		if (j->refs != 1)
			msg_panic("dir_client_free: a lookup of %s is still held", j->where);
		if (j->xfer != NULL) {
			curl_multi_remove_handle(d->multi, dir_xfer_easy(j->xfer));
			j->xfer = dir_xfer_free(j->xfer);
		}
		j->ls = dir_lsearch_free(j->ls);
		d->jobs = j->next;
		job_unref(j);
	}
	for (size_t i = 0; i < d->nsrc; i++) /* their threads may wake the multi handle */
		d->src[i].pool = dir_ldap_pool_free(d->src[i].pool);
	curl_multi_cleanup(d->multi);
	dir_cache_free(d->cache);
	pthread_cond_destroy(&d->done_cond);
	pthread_mutex_destroy(&d->lock);
	dir_sources_free(d);
	return x_free(d);
}

bool dir_client_forget(struct dir_client *d, const char *addr)
{
	char *key = addr_key(addr, d->local_ci);
	bool dropped = false;

	if (key != NULL) {
		pthread_mutex_lock(&d->lock);
		dropped = dir_cache_drop(d->cache, key);
		pthread_mutex_unlock(&d->lock);
	}
	x_free(key);
	return dropped;
}

void dir_client_view(struct dir_client *d, struct dir_view *v)
{
	*v = (struct dir_view){d->src, d->nsrc, d->ks, d->max_response, d->store};
}

char *dir_addr_key(const struct dir_client *d, const char *addr)
{
	return addr_key(addr, d->local_ci);
}

void dir_client_stats(struct dir_client *d, struct dir_stats *st)
{
	pthread_mutex_lock(&d->lock);
	*st = d->st;
	st->evictions = dir_cache_evictions(d->cache);
	st->entries = dir_cache_count(d->cache);
	st->running = st->queued = 0;
	for (const struct dir_job *j = d->jobs; j != NULL; j = j->next)
		*(j->queued ? &st->queued : &st->running) += 1;
	pthread_mutex_unlock(&d->lock);
}

/* ---- lookups --------------------------------------------------------- */

/* The job in flight for key, or a new one queued for the driver (*fresh
 * set). Lock held. */
static struct dir_job *job_get(struct dir_client *d, const char *key, const char *addr, bool *fresh)
{
	struct dir_job *j;
	char esc[DIR_MAX_ADDR + 32];

	for (j = d->jobs; j != NULL; j = j->next) {
		if (strcmp(j->key, key) == 0) {
			j->refs++;
			j->cancel = false; /* somebody waits for it again */
			return j;
		}
	}
	*fresh = true;
	j = xcalloc(1, sizeof(*j));
	j->key = xstrdup(key);
	j->addr = xstrdup(addr);
	log_escape(esc, sizeof(esc), addr, strlen(addr));
	snprintf(j->where, sizeof(j->where), "%s", esc);
	j->refs = 2; /* the driver's and the lookup's */
	j->next = d->jobs;
	d->jobs = j;
	j->queued = true;
	*d->queue_tail = j;
	d->queue_tail = &j->qnext;
	d->st.requests++;
	return j;
}

struct dir_lookup *dir_lookup_start(struct dir_client *d, const char *addr)
{
	struct dir_lookup *l = xcalloc(1, sizeof(*l));
	char *key = addr_key(addr, d->local_ci);
	X509 *cert = NULL;
	bool queued = false, fresh;

	l->d = d;
	l->res = DIR_NONE;
	if (key == NULL) {
		msg_debug("directory: not an address that can have a certificate");
		return l;
	}
	pthread_mutex_lock(&d->lock);
	fresh = dir_cache_get(d->cache, key, cm_now_ms(), &cert) == DIR_C_FRESH;
	metrics_cache(MET_DIRECTORY, fresh);
	if (fresh) {
		d->st.hits++;
		l->notes = dir_cache_notes(d->cache, key);
		l->res = cert != NULL ? DIR_FOUND : DIR_NONE;
		if (cert != NULL)
			X509_up_ref(cert);
		l->cert = cert;
	} else {
		d->st.misses++;
		driver_ensure(d);
		l->job = job_get(d, key, addr, &queued);
	}
	pthread_mutex_unlock(&d->lock);
	if (queued)
		curl_multi_wakeup(d->multi);
	x_free(key);
	return l;
}

/* The deadline passed: a stale positive entry, else UNAVAILABLE. Lock
 * held. */
static void deadline_passed(struct dir_lookup *l)
{
	struct dir_client *d = l->d;
	X509 *stale = NULL;

	if (dir_cache_get(d->cache, l->job->key, cm_now_ms(), &stale) == DIR_C_STALE) {
		msg_warn("directory: %s: deadline passed, using the cached certificate",
		         l->job->where);
		d->st.stale_hits++;
		X509_up_ref(stale);
		l->res = DIR_FOUND;
		l->cert = stale;
		l->notes = dir_cache_notes(d->cache, l->job->key);
		return;
	}
	l->res = DIR_UNAVAILABLE;
	if (l->job->queued)
		snprintf(
		    l->err, sizeof(l->err),
		    "deadline passed while all directory.max_in_flight (%zu) lookups were busy",
		    d->max_running);
	else
		snprintf(l->err, sizeof(l->err),
		         "deadline passed before the directory answered%s%.900s",
		         l->job->fails[0] ? ": " : "", l->job->fails);
}

enum dir_result dir_lookup_wait(struct dir_lookup *l, long deadline_ms, X509 **cert, cm_err *err)
{
	struct dir_client *d = l->d;
	struct timespec ts = {deadline_ms / 1000, (deadline_ms % 1000) * 1000000L};
	enum dir_result res;

	*cert = NULL;
	pthread_mutex_lock(&d->lock);
	if (l->job != NULL) {
		while (!l->job->done && cm_now_ms() < deadline_ms)
			pthread_cond_timedwait(&d->done_cond, &d->lock, &ts);
		if (l->job->done) {
			l->res = l->job->res;
			l->notes = l->job->notes;
			l->cert = l->job->cert;
			if (l->cert != NULL)
				X509_up_ref(l->cert);
			snprintf(l->err, sizeof(l->err), "%s", l->job->fails);
			job_unref(l->job);
			l->job = NULL;
		} else {
			X509_free(l->cert);
			l->cert = NULL;
			deadline_passed(l);
		}
	}
	res = l->res;
	if (l->cert != NULL) {
		X509_up_ref(l->cert);
		*cert = l->cert;
	}
	if (res == DIR_UNAVAILABLE)
		cm_err_set(err, "%s", l->err);
	pthread_mutex_unlock(&d->lock);
	return res;
}

static struct dir_lookup *lookup_end(struct dir_lookup *l, bool cancel)
{
	if (l == NULL)
		return NULL;
	if (l->job != NULL) {
		bool drop;

		pthread_mutex_lock(&l->d->lock);
		drop = cancel && !l->job->done && l->job->refs == 2;
		if (drop)
			l->job->cancel = true;
		job_unref(l->job);
		pthread_mutex_unlock(&l->d->lock);
		if (drop) /* the driver drops it */
			curl_multi_wakeup(l->d->multi);
	}
	X509_free(l->cert);
	return x_free(l);
}

unsigned dir_lookup_notes(const struct dir_lookup *l)
{
	return l != NULL ? l->notes : 0;
}

struct dir_lookup *dir_lookup_free(struct dir_lookup *l)
{
	return lookup_end(l, false);
}

struct dir_lookup *dir_lookup_cancel(struct dir_lookup *l)
{
	return lookup_end(l, true);
}
