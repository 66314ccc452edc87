/*
 * dir_cache.c - the directory's answer cache: a hash table of entries by
 * normalized address, with two doubly linked lists in order of use for
 * least-recently-used eviction, each with its own bound: certificates and
 * "no certificate" answers, so that a flood of addresses without a
 * certificate never evicts a certificate (see dir_int.h). The hash is
 * SipHash-2-4 keyed per cache from getrandom(2), so that colliding
 * addresses cannot be computed in advance. Not locked: the client holds
 * its lock around every call.
 */
#include <stdint.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "dir_int.h"
#include "log.h"
#include "xalloc.h"

struct dir_centry {
	char *key;
	X509 *cert;                     /* NULL: "no certificate" */
	long fresh_until, stale_until;  /* CLOCK_MONOTONIC ms */
	unsigned notes;                 /* DIR_NOTE_* of the answer */
	struct dir_centry *hnext;       /* hash chain */
	struct dir_centry *prev, *next; /* use order: head = most recent */
};

/* One use-order list: head = most recent. */
struct dir_lru {
	size_t max, count;
	struct dir_centry *head, *tail;
};

struct dir_cache {
	size_t nbuckets;
	struct dir_centry **buckets;
	struct dir_lru pos, neg; /* certificates, "no certificate" */
	uint64_t k0, k1;         /* the hash key */
	unsigned long evictions;
};

/* ---- hash: SipHash-2-4 ------------------------------------------------- */

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))

static void sip_round(uint64_t v[4])
{
	v[0] += v[1];
	v[1] = ROTL(v[1], 13) ^ v[0];
	v[0] = ROTL(v[0], 32);
	v[2] += v[3];
	v[3] = ROTL(v[3], 16) ^ v[2];
	v[0] += v[3];
	v[3] = ROTL(v[3], 21) ^ v[0];
	v[2] += v[1];
	v[1] = ROTL(v[1], 17) ^ v[2];
	v[2] = ROTL(v[2], 32);
}

static void sip_word(uint64_t v[4], uint64_t m)
{
	v[3] ^= m;
	sip_round(v);
	sip_round(v);
	v[0] ^= m;
}

uint64_t dir_cache_hash(const struct dir_cache *c, const char *key)
{
	uint64_t v[4] = {c->k0 ^ 0x736f6d6570736575ull, c->k1 ^ 0x646f72616e646f6dull,
	                 c->k0 ^ 0x6c7967656e657261ull, c->k1 ^ 0x7465646279746573ull};
	size_t len = strlen(key), i;
	uint64_t m;

	for (i = 0; i + 8 <= len; i += 8) {
		m = 0;
		for (int b = 7; b >= 0; b--)
			m = (m << 8) | (unsigned char)key[i + (size_t)b];
		sip_word(v, m);
	}
	m = (uint64_t)len << 56;
	for (size_t b = 0; i + b < len; b++)
		m |= (uint64_t)(unsigned char)key[i + b] << (8 * b);
	sip_word(v, m);
	v[2] ^= 0xff;
	for (int r = 0; r < 4; r++)
		sip_round(v);
	return v[0] ^ v[1] ^ v[2] ^ v[3];
}

/* The hash key: getrandom(2); if that fails, the clocks, the pid and the
 * cache's address mixed (still different per cache and per process). */
static void seed(struct dir_cache *c)
{
	uint64_t k[2];
	struct timespec rt, mt;

	if (getrandom(k, sizeof(k), GRND_NONBLOCK) == (ssize_t)sizeof(k)) {
		c->k0 = k[0];
		c->k1 = k[1];
		return;
	}
	msg_error("directory cache: getrandom failed, hash keyed from the clock and pid");
	clock_gettime(CLOCK_REALTIME, &rt);
	clock_gettime(CLOCK_MONOTONIC, &mt);
	c->k0 = ((uint64_t)rt.tv_sec << 32) ^ (uint64_t)rt.tv_nsec ^ (uint64_t)(uintptr_t)c;
	c->k1 = ((uint64_t)mt.tv_nsec << 32) ^ (uint64_t)mt.tv_sec ^ (uint64_t)getpid();
	c->k1 = dir_cache_hash(c, "dir_cache seed");
}

static size_t bucket(const struct dir_cache *c, const char *key, size_t nbuckets)
{
	return (size_t)(dir_cache_hash(c, key) & (nbuckets - 1));
}

struct dir_cache *dir_cache_new(size_t max, size_t neg_max)
{
	struct dir_cache *c = xcalloc(1, sizeof(*c));

	c->pos.max = max;
	c->neg.max = neg_max;
	c->nbuckets = 64;
	c->buckets = xcalloc(c->nbuckets, sizeof(*c->buckets));
	seed(c);
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
	for (e = c->pos.head; e != NULL; e = next) {
		next = e->next;
		entry_free(e);
	}
	for (e = c->neg.head; e != NULL; e = next) {
		next = e->next;
		entry_free(e);
	}
	x_free(c->buckets);
	return x_free(c);
}

/* ---- use order -------------------------------------------------------- */

/* The list e is on: by its certificate. */
static struct dir_lru *lru_of(struct dir_cache *c, const struct dir_centry *e)
{
	return e->cert != NULL ? &c->pos : &c->neg;
}

static void unlink_use(struct dir_lru *c, struct dir_centry *e)
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
	c->count--;
}

static void push_front(struct dir_lru *c, struct dir_centry *e)
{
	e->prev = NULL;
	e->next = c->head;
	if (c->head != NULL)
		c->head->prev = e;
	c->head = e;
	if (c->tail == NULL)
		c->tail = e;
	c->count++;
}

/* ---- hash table ------------------------------------------------------- */

static struct dir_centry **slot(struct dir_cache *c, const char *key)
{
	struct dir_centry **pp = &c->buckets[bucket(c, key, c->nbuckets)];

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
			size_t h = bucket(c, e->key, n);

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
	unlink_use(lru_of(c, e), e);
	entry_free(e);
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
	unlink_use(lru_of(c, e), e);
	push_front(lru_of(c, e), e);
	*cert = e->cert;
	return now_ms < e->fresh_until ? DIR_C_FRESH : DIR_C_STALE;
}

void dir_cache_put(struct dir_cache *c, const char *key, X509 *cert, long fresh_until,
                   long stale_until)
{
	struct dir_lru *l = cert != NULL ? &c->pos : &c->neg;
	struct dir_centry **pp = slot(c, key), *e = *pp;

	if (e != NULL && (l->max == 0 || lru_of(c, e) != l))
		remove_entry(c, e); /* replaced by an answer of the other kind */
	if (l->max == 0)
		return;
	pp = slot(c, key);
	e = *pp;
	if (e == NULL) {
		e = xcalloc(1, sizeof(*e));
		e->key = xstrdup(key);
		*pp = e;
	} else {
		unlink_use(l, e);
		X509_free(e->cert);
	}
	if (cert != NULL)
		X509_up_ref(cert);
	e->cert = cert;
	e->fresh_until = fresh_until;
	e->stale_until = stale_until > fresh_until ? stale_until : fresh_until;
	e->notes = 0;
	push_front(l, e);
	while (l->count > l->max) {
		remove_entry(c, l->tail);
		c->evictions++;
	}
	if (c->pos.count + c->neg.count > c->nbuckets)
		grow(c);
}

bool dir_cache_drop(struct dir_cache *c, const char *key)
{
	struct dir_centry *e = *slot(c, key);

	if (e == NULL)
		return false;
	remove_entry(c, e);
	return true;
}

size_t dir_cache_count(const struct dir_cache *c)
{
	return c->pos.count + c->neg.count;
}

size_t dir_cache_count_negative(const struct dir_cache *c)
{
	return c->neg.count;
}

unsigned long dir_cache_evictions(const struct dir_cache *c)
{
	return c->evictions;
}

void dir_cache_set_notes(struct dir_cache *c, const char *key, unsigned notes)
{
	struct dir_centry *e = *slot(c, key);

	if (e != NULL)
		e->notes = notes;
}

unsigned dir_cache_notes(struct dir_cache *c, const char *key)
{
	struct dir_centry *e = *slot(c, key);

	return e != NULL ? e->notes : 0;
}
