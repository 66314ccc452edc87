/*
 * dir_cache.c - the directory's answer cache: a hash table of entries by
 * normalized address, with a doubly linked list in order of use for
 * least-recently-used eviction (see dir_int.h). Not locked: the client
 * holds its lock around every call.
 */
#include <stdint.h>
#include <string.h>

#include "dir_int.h"
#include "log.h"
#include "xalloc.h"

struct dir_centry {
	char *key;
	X509 *cert;                     /* NULL: "no certificate" */
	long fresh_until, stale_until;  /* CLOCK_MONOTONIC ms */
	struct dir_centry *hnext;       /* hash chain */
	struct dir_centry *prev, *next; /* use order: head = most recent */
};

struct dir_cache {
	size_t max, count, nbuckets;
	struct dir_centry **buckets;
	struct dir_centry *head, *tail;
	unsigned long evictions;
};

static uint32_t hash(const char *s)
{
	uint32_t h = 2166136261u;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

struct dir_cache *dir_cache_new(size_t max)
{
	struct dir_cache *c = xcalloc(1, sizeof(*c));

	c->max = max;
	c->nbuckets = 64;
	c->buckets = xcalloc(c->nbuckets, sizeof(*c->buckets));
	return c;
}

static void entry_free(struct dir_centry *e)
{
	X509_free(e->cert);
	x_free(e->key);
	x_free(e);
}

struct dir_cache *dir_cache_free(struct dir_cache *c)
{
	struct dir_centry *e, *next;

	if (c == NULL)
		return NULL;
	for (e = c->head; e != NULL; e = next) {
		next = e->next;
		entry_free(e);
	}
	x_free(c->buckets);
	return x_free(c);
}

/* ---- use order -------------------------------------------------------- */

static void unlink_use(struct dir_cache *c, struct dir_centry *e)
{
	if (e->prev != NULL)
		e->prev->next = e->next;
	else
		c->head = e->next;
	if (e->next != NULL)
		e->next->prev = e->prev;
	else
		c->tail = e->prev;
	e->prev = e->next = NULL;
}

static void push_front(struct dir_cache *c, struct dir_centry *e)
{
	e->prev = NULL;
	e->next = c->head;
	if (c->head != NULL)
		c->head->prev = e;
	c->head = e;
	if (c->tail == NULL)
		c->tail = e;
}

/* ---- hash table ------------------------------------------------------- */

static struct dir_centry **slot(struct dir_cache *c, const char *key)
{
	struct dir_centry **pp = &c->buckets[hash(key) & (c->nbuckets - 1)];

	while (*pp != NULL && strcmp((*pp)->key, key) != 0)
		pp = &(*pp)->hnext;
	return pp;
}

static void grow(struct dir_cache *c)
{
	size_t n = c->nbuckets * 2;
	struct dir_centry **b = xcalloc(n, sizeof(*b));

	for (size_t i = 0; i < c->nbuckets; i++) {
		struct dir_centry *e = c->buckets[i], *next;

		for (; e != NULL; e = next) {
			size_t h = hash(e->key) & (n - 1);

			next = e->hnext;
			e->hnext = b[h];
			b[h] = e;
		}
	}
	x_free(c->buckets);
	c->buckets = b;
	c->nbuckets = n;
}

static void remove_entry(struct dir_cache *c, struct dir_centry *e)
{
	struct dir_centry **pp = slot(c, e->key);

	if (*pp != e)
		msg_panic("directory cache: entry %p not in its hash chain", (void *)e);
	*pp = e->hnext;
	unlink_use(c, e);
	entry_free(e);
	c->count--;
}

/* ---- interface -------------------------------------------------------- */

enum dir_cstate dir_cache_get(struct dir_cache *c, const char *key, long now_ms, X509 **cert)
{
	struct dir_centry *e = *slot(c, key);

	*cert = NULL;
	if (e == NULL)
		return DIR_C_MISS;
	if (now_ms >= e->stale_until || (e->cert != NULL && !dir_cert_current(e->cert))) {
		remove_entry(c, e);
		return DIR_C_MISS;
	}
	if (now_ms >= e->fresh_until && e->cert == NULL)
		return DIR_C_MISS; /* stale negative entries are never used */
	unlink_use(c, e);
	push_front(c, e);
	*cert = e->cert;
	return now_ms < e->fresh_until ? DIR_C_FRESH : DIR_C_STALE;
}

void dir_cache_put(struct dir_cache *c, const char *key, X509 *cert, long fresh_until,
                   long stale_until)
{
	struct dir_centry **pp, *e;

	if (c->max == 0)
		return;
	pp = slot(c, key);
	e = *pp;
	if (e == NULL) {
		e = xcalloc(1, sizeof(*e));
		e->key = xstrdup(key);
		*pp = e;
		c->count++;
	} else {
		unlink_use(c, e);
		X509_free(e->cert);
	}
	if (cert != NULL)
		X509_up_ref(cert);
	e->cert = cert;
	e->fresh_until = fresh_until;
	e->stale_until = stale_until > fresh_until ? stale_until : fresh_until;
	push_front(c, e);
	while (c->count > c->max) {
		remove_entry(c, c->tail);
		c->evictions++;
	}
	if (c->count > c->nbuckets)
		grow(c);
}

size_t dir_cache_count(const struct dir_cache *c)
{
	return c->count;
}

unsigned long dir_cache_evictions(const struct dir_cache *c)
{
	return c->evictions;
}
