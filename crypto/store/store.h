/*
 * store.h - the certificate store (SPEC section 13): certificates
 * certmilter learns (harvested from verified inbound signatures), the
 * change numbers the nodes sharing a store poll, and shared directory
 * answers, kept across restarts in a database opened by URL. Two backends
 * behind this one interface (store.c picks one by the URL's scheme):
 * SQLite, "sqlite:///var/lib/certmilter/store.db" (store_sqlite.c), and
 * PostgreSQL, "postgresql://USER@HOST[:PORT]/DB[?PARAM=...]" or
 * "postgres://..." (libpq's URL; store_pg.c), the one a cluster shares.
 *
 * A store has a schema version (table schema_version) and migrates an
 * older schema when it is opened (0, an empty database, to 1 to 2), in
 * one transaction; on PostgreSQL under an advisory lock, so that nodes
 * starting at once migrate once. The SQLite file is created on first open
 * with mode 0600, owned by the process user (the milter opens it after
 * dropping root); it runs in WAL mode with a busy timeout, one connection
 * shared by every thread, each call holding the handle's mutex for one
 * short statement. PostgreSQL is used through a pool of up to 4
 * connections, each used by one thread at a time; every call there is
 * bounded (statement_timeout, and the client's own deadline about 1 s
 * later), and a connection that broke is made again on a later call, so
 * a store that was down works again once its server is back. Errors name
 * the URL without its password.
 *
 * Per address the store keeps any number of certificates (by the SHA-256 of
 * their DER) with first-seen and last-seen times, where one came from
 * (source) and the queue id of the message that brought it first;
 * store_get_certs answers newest notBefore first, so the newest wins.
 * Addresses are the caller's keys (addr.h's cm_addr_key).
 */
#ifndef STORE_H
#define STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "cm.h"

#define STORE_SCHEMA_VERSION 2

struct store_opts {
	const char *url;      /* "sqlite:///path/store.db", "postgresql://..." */
	long busy_timeout_ms; /* SQLite: how long a statement waits for another writer;
	                       * PostgreSQL: statement_timeout. 0: 2000 */
};

struct store_cert {
	char *addr;   /* store_list_certs only; NULL otherwise */
	char fpr[65]; /* hex SHA-256 of der */
	unsigned char *der;
	size_t len;
	time_t not_before, not_after;
	time_t first_seen, last_seen;
	char *source;   /* "harvest", ... */
	char *queue_id; /* of the message that brought it first; "" if none */
};

/* Open (create, migrate) the store at o->url. NULL + err on failure (a
 * PostgreSQL server that cannot be reached is a failure). */
struct store *store_create(const struct store_opts *o, cm_err *err);
/* Close it; NULL is fine. Returns NULL. */
struct store *store_destroy(struct store *s);

/* The schema version the database holds (STORE_SCHEMA_VERSION once open). */
int store_schema_version(struct store *s, cm_err *err);

/* Keep der for addr: a new certificate is added with first-seen = last-seen
 * = now, a known one gets last-seen = now. 1 added, 0 known, -1 + err. */
int store_put_cert(struct store *s, const char *addr, const unsigned char *der, size_t len,
                   time_t not_before, time_t not_after, const char *source, const char *queue_id,
                   cm_err *err);

/* The certificates of addr, newest notBefore first, at most max (0: all),
 * into *out (store_certs_free). The count, or -1 + err. */
long store_get_certs(struct store *s, const char *addr, size_t max, struct store_cert **out,
                     cm_err *err);
void store_certs_free(struct store_cert *c, size_t n);

/* Every stored certificate (addr NULL) or those of addr, by address, then
 * newest notBefore first, with addr set; the count, or -1 + err. */
long store_list_certs(struct store *s, const char *addr, struct store_cert **out, cm_err *err);

/* Delete the certificates of addr whose fingerprint (hex SHA-256, lower
 * case) starts with fpr_prefix; NULL or "": every one of addr. A deletion
 * is a change (store_changes) too. The count deleted, or -1 + err. */
long store_delete_certs(struct store *s, const char *addr, const char *fpr_prefix, cm_err *err);

/* ---- changes: every certificate added (store_put_cert returning 1) and
 * every deletion is numbered, so that the nodes sharing a store can learn, with one query
 * now and then, which addresses gained a certificate (and drop their
 * cached "no certificate" answers for them). */
struct store_change {
	long long seq;
	char *addr;
};

/* The highest change number so far (0: none yet), or -1 + err. */
long long store_change_last(struct store *s, cm_err *err);
/* The changes numbered above after, oldest first, at most max, into *out
 * (store_changes_free). The count, or -1 + err. */
long store_changes(struct store *s, long long after, size_t max, struct store_change **out,
                   cm_err *err);
void store_changes_free(struct store_change *c, size_t n);

/* ---- shared lookups: a directory answer for (source, key) kept with its
 * wall-clock lifetimes, so that the nodes sharing a store ask a directory
 * once. der NULL / len 0: the "no certificate" answer. */
struct store_lookup {
	unsigned char *der; /* NULL: no certificate */
	size_t len;
	time_t fresh_until, stale_until;
	unsigned notes;
};

/* 1 + *out (store_lookup_clear) if a row is kept whose stale_until is not
 * past now; 0 if none; -1 + err. */
int store_lookup_get(struct store *s, const char *source, const char *key, time_t now,
                     struct store_lookup *out, cm_err *err);
/* Keep (replace) the answer for (source, key). 0 or -1 + err. */
int store_lookup_put(struct store *s, const char *source, const char *key,
                     const struct store_lookup *l, cm_err *err);
/* Drop every kept "no certificate" answer for key (any source), and the
 * rows of any key whose stale_until is before now. The count, or -1. */
long store_lookup_forget_negative(struct store *s, const char *key, time_t now, cm_err *err);
void store_lookup_clear(struct store_lookup *l);

/* How many calls of this handle went to the database since it was
 * opened (the metrics' certmilter_store_queries_total); 0 for NULL. */
unsigned long store_queries(struct store *s);

#endif
