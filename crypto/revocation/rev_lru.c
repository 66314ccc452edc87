/*
 * rev_lru.c - the revocation client's caches (rev_int.h): a hash table of
 * string keys with a doubly linked list in order of use; the least
 * recently used entry goes when the table is full. Not locked: the client
 * holds its lock around every call.
 */
#include <stdint.h>
#include <string.h>

#include "rev_int.h"
#include "xalloc.h"

struct lru_ent {
	char *key;
	void *val;
	time_t expires;
	struct lru_ent *prev, *next; /* use order: head->next most recent */
	struct lru_ent *hnext;       /* bucket chain */
};

struct rev_lru {
	size_t max, n, nbuckets;
	struct lru_ent **tab;
	struct lru_ent head; /* sentinel of the use order */
	void (*free_val)(void *);
};

/* FNV-1a: the keys are fingerprints and URLs the client made, spread well enough. */
static size_t hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return (size_t)h;
}

struct rev_lru *rev_lru_new(size_t max, void (*free_val)(void *))
{
	struct rev_lru *l = xcalloc(1, sizeof(*l));

	l->max = max;
	l->nbuckets = 64;
	while (l->nbuckets < max && l->nbuckets < (1u << 20))
		l->nbuckets <<= 1;
	l->tab = xcalloc(l->nbuckets, sizeof(*l->tab));
	l->head.prev = l->head.next = &l->head;
	l->free_val = free_val;
	return l;
}

static void unlink_use(struct lru_ent *e)
{
	e->prev->next = e->next;
	e->next->prev = e->prev;
}

static void link_front(struct rev_lru *l, struct lru_ent *e)
{
	e->next = l->head.next;
	e->prev = &l->head;
	l->head.next->prev = e;
	l->head.next = e;
}

/* Remove e from the table and the list and free it. */
static void drop(struct rev_lru *l, struct lru_ent *e)
{
	struct lru_ent **pp = &l->tab[hash(e->key) & (l->nbuckets - 1)];

	while (*pp != e)
		pp = &(*pp)->hnext;
	*pp = e->hnext;
	unlink_use(e);
	l->free_val(e->val);
	free(e->key);
	free(e);
	l->n--;
}

static struct lru_ent *find(const struct rev_lru *l, const char *key)
{
	struct lru_ent *e = l->tab[hash(key) & (l->nbuckets - 1)];

	while (e != NULL && strcmp(e->key, key) != 0)
		e = e->hnext;
	return e;
}

struct rev_lru *rev_lru_free(struct rev_lru *l)
{
	if (l == NULL)
		return NULL;
	while (l->head.next != &l->head)
		drop(l, l->head.next);
	free(l->tab);
	return x_free(l);
}

void *rev_lru_get(struct rev_lru *l, const char *key, time_t now)
{
	struct lru_ent *e = find(l, key);

	if (e == NULL)
		return NULL;
	if (e->expires <= now) {
		drop(l, e);
		return NULL;
	}
	unlink_use(e);
	link_front(l, e);
	return e->val;
}

void rev_lru_put(struct rev_lru *l, const char *key, void *val, time_t expires)
{
	struct lru_ent *e;
	size_t b;

	if (l->max == 0) {
		l->free_val(val);
		return;
	}
	e = find(l, key);
	if (e != NULL)
		drop(l, e);
	while (l->n >= l->max)
		drop(l, l->head.prev);
	e = xcalloc(1, sizeof(*e));
	e->key = xstrdup(key);
	e->val = val;
	e->expires = expires;
	b = hash(key) & (l->nbuckets - 1);
	e->hnext = l->tab[b];
	l->tab[b] = e;
	link_front(l, e);
	l->n++;
}
