/*
 * dir_watch.c - keeps a directory client's cache in step with the
 * certificate store that several nodes share (SPEC section 13): a thread
 * asks the store, every store poll interval, which addresses gained a
 * certificate since it last looked (store_changes), and drops the client's
 * cached answer for each, so that a "no certificate" answer cached here
 * gives way at once to a certificate another node harvested. One query
 * per interval, none per message. The thread starts with the client's
 * driver (the first lookup, in the process that looks up) and stops with
 * the client. A store that fails is logged when it starts failing and
 * when it answers again; the thread keeps asking.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include "dir_int.h"
#include "log.h"
#include "xalloc.h"

#define WATCH_BATCH 256 /* changes read per query */

struct dir_watch {
	struct dir_client *d;
	struct store *store;
	long interval_ms;
	long long last; /* the newest change handled; -1: not read yet */
	bool failing;   /* the last query failed (logged once) */

	pthread_mutex_t lock;
	pthread_cond_t cond;
	bool stop;
	bool started;
	pid_t pid; /* the process the thread runs in */
	pthread_t thread;
};

struct dir_watch *dir_watch_new(struct dir_client *d, struct store *store, long interval_ms)
{
	struct dir_watch *w = xcalloc(1, sizeof(*w));
	pthread_condattr_t ca;

	w->d = d;
	w->store = store;
	w->interval_ms = interval_ms > 0 ? interval_ms : 1000;
	w->last = -1;
	pthread_mutex_init(&w->lock, NULL);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&w->cond, &ca);
	pthread_condattr_destroy(&ca);
	return w;
}

static void failed(struct dir_watch *w, const char *what)
{
	if (!w->failing)
		msg_warn("directory: store changes: %s (asking again every %ld ms)", what,
		         w->interval_ms);
	w->failing = true;
}

/* One look at the store. Not under w->lock: the store may take time. */
static void poll_once(struct dir_watch *w)
{
	struct store_change *c = NULL;
	long n;
	cm_err err;

	if (w->last < 0) {
		w->last = store_change_last(w->store, &err);
		if (w->last < 0)
			failed(w, err.text);
		else if (w->failing)
			msg_info("directory: store changes: the store answers again");
		w->failing = w->last < 0;
		return;
	}
	do {
		if ((n = store_changes(w->store, w->last, WATCH_BATCH, &c, &err)) < 0) {
			failed(w, err.text);
			return;
		}
		for (long i = 0; i < n; i++) {
			if (dir_client_forget(w->d, c[i].addr))
				msg_debug(
				    "directory: <%s> gained a certificate in the store; its cached "
				    "answer is dropped",
				    c[i].addr);
			w->last = c[i].seq;
		}
		store_changes_free(c, (size_t)n);
	} while (n == WATCH_BATCH);
	if (w->failing)
		msg_info("directory: store changes: the store answers again");
	w->failing = false;
}

static void *watch_main(void *arg)
{
	struct dir_watch *w = arg;
	struct timespec at;

	pthread_mutex_lock(&w->lock);
	while (!w->stop) {
		pthread_mutex_unlock(&w->lock);
		poll_once(w);
		pthread_mutex_lock(&w->lock);
		clock_gettime(CLOCK_MONOTONIC, &at);
		at.tv_sec += w->interval_ms / 1000;
		at.tv_nsec += (w->interval_ms % 1000) * 1000000L;
		if (at.tv_nsec >= 1000000000L) {
			at.tv_sec++;
			at.tv_nsec -= 1000000000L;
		}
		while (!w->stop && pthread_cond_timedwait(&w->cond, &w->lock, &at) != ETIMEDOUT)
			;
	}
	pthread_mutex_unlock(&w->lock);
	return NULL;
}

void dir_watch_start(struct dir_watch *w)
{
	sigset_t all, old;

	if (w == NULL)
		return;
	pthread_mutex_lock(&w->lock);
	if (!w->started || w->pid != getpid()) {
		w->stop = false;
		w->last = -1;
		sigfillset(&all);
		pthread_sigmask(SIG_SETMASK, &all, &old);
		if (pthread_create(&w->thread, NULL, watch_main, w) != 0)
			msg_panic("directory: cannot start the store watch thread");
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		w->started = true;
		w->pid = getpid();
	}
	pthread_mutex_unlock(&w->lock);
}

struct dir_watch *dir_watch_free(struct dir_watch *w)
{
	bool join;

	if (w == NULL)
		return NULL;
	pthread_mutex_lock(&w->lock);
	w->stop = true;
	join = w->started && w->pid == getpid();
	pthread_cond_signal(&w->cond);
	pthread_mutex_unlock(&w->lock);
	if (join)
		pthread_join(w->thread, NULL);
	pthread_cond_destroy(&w->cond);
	pthread_mutex_destroy(&w->lock);
	return x_free(w);
}
