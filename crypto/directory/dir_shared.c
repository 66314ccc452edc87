/*
 * dir_shared.c - the directory answers that the nodes of a cluster share
 * through the certificate store (SPEC section 13, a source's shared_cache):
 * one thread per client reads and writes the store's lookups table, so
 * that neither the driver thread nor a milter thread ever waits on the
 * store. A read (dir_shared_ask) is answered through the client's callback
 * from this thread; writes (dir_shared_keep) are queued, at most
 * SHARED_MAX_WRITES, the oldest dropped past that (a store that is down
 * must not grow the process). Reads go before writes. The thread starts
 * with the client's driver, in the process that looks up.
 */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dir_int.h"
#include "log.h"
#include "xalloc.h"

#define SHARED_MAX_WRITES 1024

struct sh_item {
	struct sh_item *next;
	char *source, *key;
	void *tag;             /* read: handed back to done */
	struct store_lookup l; /* write: what to keep */
};

struct sh_list {
	struct sh_item *head, **tail;
	size_t n;
};

struct dir_shared {
	struct store *store;
	dir_shared_done_fn done;
	void *arg;
	bool failing; /* the last store call failed (logged once) */

	pthread_mutex_t lock;
	pthread_cond_t cond;
	struct sh_list reads, writes;
	unsigned long dropped;
	bool stop, started;
	pid_t pid;
	pthread_t thread;
};

struct dir_shared *dir_shared_new(struct store *store, dir_shared_done_fn done, void *arg)
{
	struct dir_shared *sh = xcalloc(1, sizeof(*sh));

	sh->store = store;
	sh->done = done;
	sh->arg = arg;
	sh->reads.tail = &sh->reads.head;
	sh->writes.tail = &sh->writes.head;
	pthread_mutex_init(&sh->lock, NULL);
	pthread_cond_init(&sh->cond, NULL);
	return sh;
}

static void item_free(struct sh_item *it)
{
	x_free(it->source);
	x_free(it->key);
	store_lookup_clear(&it->l);
	x_free(it);
}

static void push(struct sh_list *l, struct sh_item *it)
{
	*l->tail = it;
	l->tail = &it->next;
	l->n++;
}

static struct sh_item *pop(struct sh_list *l)
{
	struct sh_item *it = l->head;

	if (it == NULL)
		return NULL;
	l->head = it->next;
	if (l->head == NULL)
		l->tail = &l->head;
	l->n--;
	it->next = NULL;
	return it;
}

static struct sh_item *item_new(const char *source, const char *key)
{
	struct sh_item *it = xcalloc(1, sizeof(*it));

	it->source = xstrdup(source);
	it->key = xstrdup(key);
	return it;
}

void dir_shared_ask(struct dir_shared *sh, const char *source, const char *key, void *tag)
{
	struct sh_item *it = item_new(source, key);

	it->tag = tag;
	pthread_mutex_lock(&sh->lock);
	push(&sh->reads, it);
	pthread_cond_signal(&sh->cond);
	pthread_mutex_unlock(&sh->lock);
}

void dir_shared_keep(struct dir_shared *sh, const char *source, const char *key,
                     const unsigned char *der, size_t len, time_t fresh_until, unsigned notes)
{
	struct sh_item *it = item_new(source, key), *old = NULL;

	if (der != NULL && len > 0) {
		it->l.der = xmalloc(len);
		memcpy(it->l.der, der, len);
		it->l.len = len;
	}
	it->l.fresh_until = it->l.stale_until = fresh_until;
	it->l.notes = notes;
	pthread_mutex_lock(&sh->lock);
	if (sh->writes.n >= SHARED_MAX_WRITES) {
		old = pop(&sh->writes);
		sh->dropped++;
	}
	push(&sh->writes, it);
	pthread_cond_signal(&sh->cond);
	pthread_mutex_unlock(&sh->lock);
	if (old != NULL)
		item_free(old);
}

static void store_result(struct dir_shared *sh, int rc, const cm_err *err)
{
	if (rc < 0 && !sh->failing)
		msg_warn("directory: shared cache: %s", err->text);
	else if (rc >= 0 && sh->failing)
		msg_info("directory: shared cache: the store answers again");
	sh->failing = rc < 0;
}

/* One read or write, outside the lock. */
static void serve(struct dir_shared *sh, struct sh_item *it, bool read)
{
	struct store_lookup l;
	cm_err err;
	int rc;

	if (read) {
		rc = store_lookup_get(sh->store, it->source, it->key, time(NULL), &l, &err);
		store_result(sh, rc, &err);
		sh->done(sh->arg, it->tag, rc, rc == 1 ? &l : NULL);
	} else {
		rc = store_lookup_put(sh->store, it->source, it->key, &it->l, &err);
		store_result(sh, rc, &err);
	}
	item_free(it);
}

static void *shared_main(void *arg)
{
	struct dir_shared *sh = arg;
	struct sh_item *it;
	bool read;

	pthread_mutex_lock(&sh->lock);
	while (!sh->stop) {
		read = (it = pop(&sh->reads)) != NULL;
		if (it == NULL)
			it = pop(&sh->writes);
		if (it == NULL) {
			pthread_cond_wait(&sh->cond, &sh->lock);
			continue;
		}
		pthread_mutex_unlock(&sh->lock);
		serve(sh, it, read);
		pthread_mutex_lock(&sh->lock);
	}
	pthread_mutex_unlock(&sh->lock);
	return NULL;
}

void dir_shared_start(struct dir_shared *sh)
{
	sigset_t all, old;

	if (sh == NULL)
		return;
	pthread_mutex_lock(&sh->lock);
	if (!sh->started || sh->pid != getpid()) {
		sh->stop = false;
		sigfillset(&all);
		pthread_sigmask(SIG_SETMASK, &all, &old);
		if (pthread_create(&sh->thread, NULL, shared_main, sh) != 0)
			msg_panic("directory: cannot start the shared cache thread");
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		sh->started = true;
		sh->pid = getpid();
	}
	pthread_mutex_unlock(&sh->lock);
}

struct dir_shared *dir_shared_free(struct dir_shared *sh)
{
	struct sh_item *it;
	bool join;

	if (sh == NULL)
		return NULL;
	pthread_mutex_lock(&sh->lock);
	sh->stop = true;
	join = sh->started && sh->pid == getpid();
	pthread_cond_signal(&sh->cond);
	pthread_mutex_unlock(&sh->lock);
	if (join)
		pthread_join(sh->thread, NULL);
	while ((it = pop(&sh->reads)) != NULL) { /* unanswered: their owners hear so */
		sh->done(sh->arg, it->tag, -1, NULL);
		item_free(it);
	}
	while ((it = pop(&sh->writes)) != NULL)
		item_free(it);
	if (sh->dropped > 0)
		msg_warn("directory: shared cache: %lu answers not kept (the store was slow)",
		         sh->dropped);
	pthread_cond_destroy(&sh->cond);
	pthread_mutex_destroy(&sh->lock);
	return x_free(sh);
}
