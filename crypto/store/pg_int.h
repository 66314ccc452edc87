/*
 * pg_int.h - inside the PostgreSQL backend of the store: a handle's pool
 * of connections and the calls that use them (store_pgconn.c), for the
 * statements of store_pg.c.
 *
 * A call (call_begin .. call_end) holds one connection until its deadline:
 * the handle's statement_timeout plus PG_SLACK_MS. pg_query runs one
 * statement with parameters; a connection that failed or timed out is
 * marked broken and closed at call_end, so the next call connects anew.
 */
#ifndef PG_INT_H
#define PG_INT_H

#include <pthread.h>
#include <stdbool.h>
#include <sys/types.h>
#include <time.h>

#include <libpq-fe.h>

#include "store_int.h"

#define POOL_MAX      4
#define PG_SLACK_MS   1000
#define MAX_SECRETS   4
#define PG_MAX_PARAMS 8 /* of one statement */

struct pg_store {
	char *url;   /* for libpq */
	char *shown; /* for messages: without the password */
	char *secrets[MAX_SECRETS];
	char timeout[24]; /* statement_timeout, ms */
	long timeout_ms;
	pthread_mutex_t lock;
	pthread_cond_t freed;
	PGconn *idle[POOL_MAX];
	int n_idle, n_open;
	pid_t pid; /* the process whose connections they are */
};

/* One call: the connection it holds and its deadline (CLOCK_MONOTONIC). */
struct pg_call {
	struct pg_store *s;
	PGconn *conn;
	struct timespec deadline;
	bool broken; /* close conn rather than pool it */
	cm_err *err;
};

/* Set up s for url (parsed by libpq; a bad one refused): the URL shown in
 * messages, the statement timeout, the empty pool. 0, or -1 + err (then
 * pgconn_fini). */
int pgconn_init(struct pg_store *s, const char *url, const struct store_opts *o, cm_err *err);
/* Close the pooled connections; free what pgconn_init made (not s). */
void pgconn_fini(struct pg_store *s);

/* Start a call on s: its deadline and a connection. 0 or -1 + err. */
int call_begin(struct pg_call *c, struct pg_store *s, cm_err *err);
/* The call's connection back to the pool, or closed. */
void call_end(struct pg_call *c);

/* Run sql with n (at most PG_MAX_PARAMS) parameters (text; those with len[i] > 0: binary) within
 * the call's deadline: the result (PQclear), or NULL + err. */
PGresult *pg_query(struct pg_call *c, const char *what, const char *sql, int n,
                   const char *const *val, const int *len);
/* pg_query without the result: 0 or -1 + err. */
int pg_run(struct pg_call *c, const char *what, const char *sql, int n, const char *const *val,
           const int *len);
/* ROLLBACK if the call's connection is in a transaction still. */
void pg_rollback(struct pg_call *c);

/* Binary result fields: an int8 or int4 (0 if NULL), a text (xstrndup), a
 * bytea (*der NULL / *len 0 if NULL or empty). */
long long pg_int(const PGresult *r, int row, int col);
char *pg_text(const PGresult *r, int row, int col);
void pg_bytes(const PGresult *r, int row, int col, unsigned char **der, size_t *len);

#endif
