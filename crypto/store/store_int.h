/*
 * store_int.h - inside the certificate store (crypto/store): the functions
 * a backend provides (one table per backend, chosen by store.c from the
 * URL's scheme) and the helpers store.c shares with them. A backend's
 * handle is its own; store.c checks the arguments every backend would
 * check (certificate size, fingerprint prefix) before it calls one.
 */
#ifndef STORE_INT_H
#define STORE_INT_H

#include "store.h"

struct store_backend {
	const char *name; /* "sqlite", "postgresql" */
	/* Open (create, migrate) the store at url; NULL + err. */
	void *(*open)(const char *url, const struct store_opts *o, cm_err *err);
	void (*close)(void *h);
	int (*schema_version)(void *h, cm_err *err);
	/* fpr: the hex SHA-256 of der; t: not_before, not_after, now. */
	int (*put_cert)(void *h, const char *addr, const char *fpr, const unsigned char *der,
	                size_t len, const time_t t[3], const char *source, const char *queue_id,
	                cm_err *err);
	long (*get_certs)(void *h, const char *addr, size_t max, struct store_cert **out,
	                  cm_err *err);
	long (*list_certs)(void *h, const char *addr, struct store_cert **out, cm_err *err);
	/* fpr_prefix: checked hex, never NULL. */
	long (*delete_certs)(void *h, const char *addr, const char *fpr_prefix, cm_err *err);
	long long (*change_last)(void *h, cm_err *err);
	long (*changes)(void *h, long long after, size_t max, struct store_change **out,
	                cm_err *err);
	int (*lookup_get)(void *h, const char *source, const char *key, time_t now,
	                  struct store_lookup *out, cm_err *err);
	int (*lookup_put)(void *h, const char *source, const char *key,
	                  const struct store_lookup *l, cm_err *err);
	long (*lookup_forget_negative)(void *h, const char *key, time_t now, cm_err *err);
};

extern const struct store_backend store_sqlite_backend; /* store_sqlite.c */
extern const struct store_backend store_pg_backend;     /* store_pg.c */

/* The default bound of one statement (store_opts.busy_timeout_ms 0). */
#define STORE_DEFAULT_TIMEOUT_MS 2000

#endif
