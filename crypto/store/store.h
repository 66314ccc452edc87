/*
 * store.h - the certificate store (SPEC section 13): certificates
 * certmilter learns (harvested from verified inbound signatures), kept
 * across restarts in a database that is opened by URL. Phase 1 has the
 * SQLite backend ("sqlite:///var/lib/certmilter/store.db"); PostgreSQL
 * ("postgresql://...") is refused as not yet built.
 *
 * A store has a schema version (table schema_version) and migrates an
 * older schema when it is opened (0, an empty file, to 1). The SQLite file
 * is created on first open with mode 0600, owned by the process user (the
 * milter opens it after dropping root); it runs in WAL mode with a busy
 * timeout. One store handle is shared by every thread: each call holds the
 * handle's mutex for one short statement (the statements are prepared once).
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

#define STORE_SCHEMA_VERSION 1

struct store_opts {
	const char *url;      /* "sqlite:///path/store.db" */
	long busy_timeout_ms; /* how long a statement waits for another writer; 0: 2000 */
};

struct store_cert {
	unsigned char *der;
	size_t len;
	time_t not_before, not_after;
	time_t first_seen, last_seen;
	char *source;   /* "harvest", ... */
	char *queue_id; /* of the message that brought it first; "" if none */
};

/* Open (create, migrate) the store at o->url. NULL + err on failure. */
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

#endif
