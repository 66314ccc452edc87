/*
 * store_pg.c - the certificate store's PostgreSQL backend (store.h,
 * store_int.h; "postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DB[?PARAM=...]",
 * libpq's URL, also "postgres://").
 *
 * The schema is SQLite's (schema_version, certs, changes with a BIGSERIAL
 * seq, lookups; der as BYTEA), created and migrated when a handle opens, in
 * one transaction under pg_advisory_xact_lock, so that two nodes starting
 * at once migrate once. A certificate added takes another advisory lock
 * for its change row: change numbers are committed in their order, so a
 * node that read up to N never misses a lower number committed later.
 *
 * The worker threads share a pool of up to POOL_MAX connections
 * (store_pgconn.c), opened when needed, each used by one call at a time.
 * Every call is bounded: the server cancels a statement after
 * statement_timeout (store_opts' busy_timeout_ms, set per session), and
 * the client gives up on a call (connecting included) PG_SLACK_MS after
 * that, so a server that is stopped or hangs fails the call within about
 * 3 s. A connection that failed or timed out is closed, and an idle one
 * whose server closed it (a restart) is noticed when taken from the pool;
 * the next call connects again, so the store recovers by itself. Every
 * statement has its values as parameters apart from the SQL
 * (PQsendQueryParams, results in binary). Messages name the URL without
 * its password, and any password is removed from libpq's messages.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "pg_int.h"
#include "xalloc.h"

/* pg_advisory_xact_lock keys: the migrations, the change numbers */
#define LOCK_MIGRATE "SELECT pg_advisory_xact_lock(7400160001)"
#define LOCK_CHANGES "SELECT pg_advisory_xact_lock(7400160002)"

/* Migration N takes the schema from version N to N + 1; one statement a
 * string. */
static const char *const migrations[STORE_SCHEMA_VERSION][4] = {
    {"CREATE TABLE certs ("
     " addr TEXT NOT NULL, fpr TEXT NOT NULL, der BYTEA NOT NULL,"
     " not_before BIGINT NOT NULL, not_after BIGINT NOT NULL,"
     " first_seen BIGINT NOT NULL, last_seen BIGINT NOT NULL,"
     " source TEXT NOT NULL, queue_id TEXT NOT NULL,"
     " PRIMARY KEY (addr, fpr))",
     "CREATE INDEX certs_by_addr ON certs (addr, not_before DESC)", NULL},
    {"CREATE TABLE changes (seq BIGSERIAL PRIMARY KEY, addr TEXT NOT NULL, at BIGINT NOT NULL)",
     "CREATE TABLE lookups ("
     " source TEXT NOT NULL, key TEXT NOT NULL, der BYTEA,"
     " fresh_until BIGINT NOT NULL, stale_until BIGINT NOT NULL, notes BIGINT NOT NULL,"
     " PRIMARY KEY (source, key))",
     "CREATE INDEX lookups_by_key ON lookups (key)", NULL},
};

#define CERT_COLUMNS                                                                               \
	"der, not_before, not_after, first_seen, last_seen, source, queue_id, fpr, addr"

/* ---- open, migrate, close ----------------------------------------------- */

/* The version the database holds (0: none yet), or -1. */
static int read_version(struct pg_call *c)
{
	PGresult *r =
	    pg_query(c, "schema version",
	             "SELECT coalesce(max(version), 0)::int8 FROM schema_version", 0, NULL, NULL);
	int v = r != NULL && PQntuples(r) == 1 ? (int)pg_int(r, 0, 0) : -1;

	PQclear(r);
	return v;
}

static int migrate_from(struct pg_call *c, int v)
{
	char next[16];
	const char *val[] = {next};

	for (; v < STORE_SCHEMA_VERSION; v++) {
		for (int i = 0; migrations[v][i] != NULL; i++)
			if (pg_run(c, "migrate", migrations[v][i], 0, NULL, NULL) < 0)
				return -1;
		snprintf(next, sizeof(next), "%d", v + 1);
		if (pg_run(c, "migrate", "INSERT INTO schema_version VALUES ($1::int4)", 1, val,
		           NULL) < 0)
			return -1;
		msg_info("store %s: schema migrated from version %d to %d", c->s->shown, v, v + 1);
	}
	return 0;
}

/* The table schema_version, created if it is not there (only then: a
 * role that may not create tables can use a database set up already). */
static int version_table(struct pg_call *c)
{
	PGresult *r =
	    pg_query(c, "migrate", "SELECT count(to_regclass('schema_version'))", 0, NULL, NULL);
	bool there = r != NULL && pg_int(r, 0, 0) == 1;

	if (r == NULL)
		return -1;
	PQclear(r);
	return there
	           ? 0
	           : pg_run(c, "migrate", "CREATE TABLE schema_version (version INTEGER NOT NULL)",
	                    0, NULL, NULL);
}

/* Every migration from the database's version on, in one transaction
 * under the migration lock. */
static int migrate(struct pg_store *s, cm_err *err)
{
	struct pg_call c;
	int v, rc = -1;

	if (call_begin(&c, s, err) < 0)
		return -1;
	if (pg_run(&c, "migrate", "BEGIN", 0, NULL, NULL) < 0 ||
	    pg_run(&c, "migrate", LOCK_MIGRATE, 0, NULL, NULL) < 0 || version_table(&c) < 0 ||
	    (v = read_version(&c)) < 0)
		goto out;
	if (v > STORE_SCHEMA_VERSION) {
		cm_err_set(err, "store %s: schema version %d is newer than this certmilter's (%d)",
		           s->shown, v, STORE_SCHEMA_VERSION);
		goto out;
	}
	if (migrate_from(&c, v) == 0 && pg_run(&c, "migrate", "COMMIT", 0, NULL, NULL) == 0)
		rc = 0;
out:
	pg_rollback(&c);
	call_end(&c);
	return rc;
}

static void pg_close(void *h)
{
	if (h != NULL)
		pgconn_fini(h);
	free(h);
}

static void *pg_open(const char *url, const struct store_opts *o, cm_err *err)
{
	struct pg_store *s = xcalloc(1, sizeof(*s));

	if (pgconn_init(s, url, o, err) < 0 || migrate(s, err) < 0) {
		pg_close(s);
		return NULL;
	}
	return s;
}

static int pg_schema_version(void *h, cm_err *err)
{
	struct pg_call c;
	int v;

	if (call_begin(&c, h, err) < 0)
		return -1;
	v = read_version(&c);
	call_end(&c);
	return v;
}

/* ---- certificates ------------------------------------------------------- */

/* In the call's transaction: a change row for addr at (decimal), under
 * the lock that keeps change numbers in commit order. 0 or -1. */
static int change_row(struct pg_call *c, const char *addr, const char *at)
{
	if (pg_run(c, "insert change", LOCK_CHANGES, 0, NULL, NULL) < 0)
		return -1;
	return pg_run(c, "insert change",
	              "INSERT INTO changes (addr, at) VALUES ($1::text, $2::int8)", 2,
	              (const char *[]){addr, at}, NULL);
}

/* In the call's transaction: the insert, and its change row; else
 * last-seen. 1, 0 or -1. */
static int put_tx(struct pg_call *c, const char *const val[8], const int len[8])
{
	PGresult *r;
	int added;

	r = pg_query(
	    c, "insert",
	    "WITH ins AS (INSERT INTO certs (addr, fpr, der, not_before, not_after, first_seen,"
	    " last_seen, source, queue_id) VALUES ($1::text, $2::text, $3::bytea, $4::int8,"
	    " $5::int8, $6::int8, $6::int8, $7::text, $8::text) ON CONFLICT (addr, fpr) DO"
	    " NOTHING RETURNING 1) SELECT count(*) FROM ins",
	    8, val, len);
	if (r == NULL)
		return -1;
	added = pg_int(r, 0, 0) > 0;
	PQclear(r);
	if (added)
		return change_row(c, val[0], val[5]) < 0 ? -1 : 1;
	return pg_run(c, "update",
	              "UPDATE certs SET last_seen = greatest(last_seen, $3::int8)"
	              " WHERE addr = $1::text AND fpr = $2::text",
	              3, (const char *[]){val[0], val[1], val[5]}, NULL);
}

static int pg_put_cert(void *h, const char *addr, const char *fpr, const unsigned char *der,
                       size_t len, const time_t t[3], const char *source, const char *queue_id,
                       cm_err *err)
{
	char num[3][24];
	const char *val[8] = {addr,   fpr,    (const char *)der, num[0], num[1],
	                      num[2], source, queue_id};
	const int lens[8] = {0, 0, (int)len, 0, 0, 0, 0, 0};
	struct pg_call c;
	int rc = -1;

	for (int i = 0; i < 3; i++)
		snprintf(num[i], sizeof(num[i]), "%lld", (long long)t[i]);
	if (call_begin(&c, h, err) < 0)
		return -1;
	if (pg_run(&c, "insert", "BEGIN", 0, NULL, NULL) == 0 &&
	    (rc = put_tx(&c, val, lens)) >= 0 && pg_run(&c, "commit", "COMMIT", 0, NULL, NULL) < 0)
		rc = -1;
	pg_rollback(&c);
	call_end(&c);
	return rc;
}

/* The rows of r (CERT_COLUMNS) into *out; addr too if with_addr. */
static long read_certs(PGresult *r, bool with_addr, struct store_cert **out)
{
	int n = PQntuples(r);
	struct store_cert *c = n > 0 ? xcalloc((size_t)n, sizeof(*c)) : NULL;

	for (int i = 0; i < n; i++) {
		pg_bytes(r, i, 0, &c[i].der, &c[i].len);
		if (c[i].der == NULL)
			c[i].der = xmalloc(1);
		c[i].not_before = (time_t)pg_int(r, i, 1);
		c[i].not_after = (time_t)pg_int(r, i, 2);
		c[i].first_seen = (time_t)pg_int(r, i, 3);
		c[i].last_seen = (time_t)pg_int(r, i, 4);
		c[i].source = pg_text(r, i, 5);
		c[i].queue_id = pg_text(r, i, 6);
		snprintf(c[i].fpr, sizeof(c[i].fpr), "%s", PQgetvalue(r, i, 7));
		c[i].addr = with_addr ? pg_text(r, i, 8) : NULL;
	}
	*out = c;
	return n;
}

/* A SELECT of CERT_COLUMNS with n parameters: the count, or -1 + err. */
static long select_certs(struct pg_store *s, const char *sql, int n, const char *const *val,
                         bool with_addr, struct store_cert **out, cm_err *err)
{
	struct pg_call c;
	PGresult *r;
	long count = -1;

	*out = NULL;
	if (call_begin(&c, s, err) < 0)
		return -1;
	if ((r = pg_query(&c, "select", sql, n, val, NULL)) != NULL)
		count = read_certs(r, with_addr, out);
	PQclear(r);
	call_end(&c);
	return count;
}

static long pg_get_certs(void *h, const char *addr, size_t max, struct store_cert **out,
                         cm_err *err)
{
	char limit[24];
	const char *val[] = {addr, max > 0 ? limit : NULL};

	snprintf(limit, sizeof(limit), "%zu", max);
	return select_certs(h,
	                    "SELECT " CERT_COLUMNS " FROM certs WHERE addr = $1::text"
	                    " ORDER BY not_before DESC, last_seen DESC LIMIT $2::int8",
	                    2, val, false, out, err);
}

static long pg_list_certs(void *h, const char *addr, struct store_cert **out, cm_err *err)
{
	const char *val[] = {addr};

	return select_certs(h,
	                    "SELECT " CERT_COLUMNS " FROM certs"
	                    " WHERE $1::text IS NULL OR addr = $1::text"
	                    " ORDER BY addr COLLATE \"C\", not_before DESC, last_seen DESC",
	                    1, val, true, out, err);
}

/* A statement that changes rows: how many, or -1 + err. */
static long modify(struct pg_store *s, const char *what, const char *sql, int n,
                   const char *const *val, cm_err *err)
{
	struct pg_call c;
	PGresult *r;
	long count = -1;

	if (call_begin(&c, s, err) < 0)
		return -1;
	if ((r = pg_query(&c, what, sql, n, val, NULL)) != NULL)
		count = atol(PQcmdTuples(r));
	PQclear(r);
	call_end(&c);
	return count;
}

/* A deletion is a change too (the nodes drop their cached answers for
 * addr), in the same transaction. */
static long pg_delete_certs(void *h, const char *addr, const char *fpr_prefix, cm_err *err)
{
	char at[24];
	struct pg_call c;
	PGresult *r = NULL;
	long n = -1;

	snprintf(at, sizeof(at), "%lld", (long long)time(NULL));
	if (call_begin(&c, h, err) < 0)
		return -1;
	if (pg_run(&c, "delete", "BEGIN", 0, NULL, NULL) == 0 &&
	    (r = pg_query(&c, "delete",
	                  "DELETE FROM certs WHERE addr = $1::text"
	                  " AND left(fpr, length($2::text)) = $2::text",
	                  2, (const char *[]){addr, fpr_prefix}, NULL)) != NULL) {
		n = atol(PQcmdTuples(r));
		if ((n > 0 && change_row(&c, addr, at) < 0) ||
		    pg_run(&c, "commit", "COMMIT", 0, NULL, NULL) < 0)
			n = -1;
	}
	PQclear(r);
	pg_rollback(&c);
	call_end(&c);
	return n;
}

/* ---- changes ------------------------------------------------------------ */

static long long pg_change_last(void *h, cm_err *err)
{
	struct pg_call c;
	PGresult *r;
	long long last = -1;

	if (call_begin(&c, h, err) < 0)
		return -1;
	r = pg_query(&c, "last change", "SELECT coalesce(max(seq), 0)::int8 FROM changes", 0, NULL,
	             NULL);
	if (r != NULL)
		last = pg_int(r, 0, 0);
	PQclear(r);
	call_end(&c);
	return last;
}

static long pg_changes(void *h, long long after, size_t max, struct store_change **out, cm_err *err)
{
	char from[24], limit[24];
	const char *val[] = {from, max > 0 ? limit : NULL};
	struct store_change *ch = NULL;
	struct pg_call c;
	PGresult *r;
	long n = -1;

	*out = NULL;
	snprintf(from, sizeof(from), "%lld", after);
	snprintf(limit, sizeof(limit), "%zu", max);
	if (call_begin(&c, h, err) < 0)
		return -1;
	r = pg_query(
	    &c, "changes",
	    "SELECT seq, addr FROM changes WHERE seq > $1::int8 ORDER BY seq LIMIT $2::int8", 2,
	    val, NULL);
	if (r != NULL) {
		n = PQntuples(r);
		ch = n > 0 ? xcalloc((size_t)n, sizeof(*ch)) : NULL;
		for (int i = 0; i < n; i++) {
			ch[i].seq = pg_int(r, i, 0);
			ch[i].addr = pg_text(r, i, 1);
		}
		*out = ch;
	}
	PQclear(r);
	call_end(&c);
	return n;
}

/* ---- shared lookups ----------------------------------------------------- */

static int pg_lookup_get(void *h, const char *source, const char *key, time_t now,
                         struct store_lookup *out, cm_err *err)
{
	char at[24];
	struct pg_call c;
	PGresult *r;
	int ret = -1;

	snprintf(at, sizeof(at), "%lld", (long long)now);
	if (call_begin(&c, h, err) < 0)
		return -1;
	r = pg_query(&c, "lookup",
	             "SELECT der, fresh_until, stale_until, notes FROM lookups"
	             " WHERE source = $1::text AND key = $2::text AND stale_until >= $3::int8",
	             3, (const char *[]){source, key, at}, NULL);
	if (r != NULL) {
		ret = PQntuples(r) > 0;
		if (ret) {
			pg_bytes(r, 0, 0, &out->der, &out->len);
			out->fresh_until = (time_t)pg_int(r, 0, 1);
			out->stale_until = (time_t)pg_int(r, 0, 2);
			out->notes = (unsigned)pg_int(r, 0, 3);
		}
	}
	PQclear(r);
	call_end(&c);
	return ret;
}

static int pg_lookup_put(void *h, const char *source, const char *key, const struct store_lookup *l,
                         cm_err *err)
{
	char num[3][24];
	bool der = l->der != NULL && l->len > 0;
	const char *val[] = {source, key,    der ? (const char *)l->der : NULL,
	                     num[0], num[1], num[2]};
	const int len[] = {0, 0, der ? (int)l->len : 0, 0, 0, 0};
	struct pg_call c;
	int rc;

	if (l->len > INT32_MAX) {
		cm_err_set(err, "store: an answer of %zu bytes", l->len);
		return -1;
	}
	snprintf(num[0], sizeof(num[0]), "%lld", (long long)l->fresh_until);
	snprintf(num[1], sizeof(num[1]), "%lld", (long long)l->stale_until);
	snprintf(num[2], sizeof(num[2]), "%u", l->notes);
	if (call_begin(&c, h, err) < 0)
		return -1;
	rc = pg_run(&c, "keep lookup",
	            "INSERT INTO lookups (source, key, der, fresh_until, stale_until, notes)"
	            " VALUES ($1::text, $2::text, $3::bytea, $4::int8, $5::int8, $6::int8)"
	            " ON CONFLICT (source, key) DO UPDATE SET der = EXCLUDED.der,"
	            " fresh_until = EXCLUDED.fresh_until, stale_until = EXCLUDED.stale_until,"
	            " notes = EXCLUDED.notes",
	            6, val, len);
	call_end(&c);
	return rc;
}

static long pg_lookup_forget_negative(void *h, const char *key, time_t now, cm_err *err)
{
	char at[24];

	snprintf(at, sizeof(at), "%lld", (long long)now);
	return modify(h, "forget lookups",
	              "DELETE FROM lookups WHERE (key = $1::text AND der IS NULL)"
	              " OR stale_until < $2::int8",
	              2, (const char *[]){key, at}, err);
}

const struct store_backend store_pg_backend = {
    .name = "postgresql",
    .open = pg_open,
    .close = pg_close,
    .schema_version = pg_schema_version,
    .put_cert = pg_put_cert,
    .get_certs = pg_get_certs,
    .list_certs = pg_list_certs,
    .delete_certs = pg_delete_certs,
    .change_last = pg_change_last,
    .changes = pg_changes,
    .lookup_get = pg_lookup_get,
    .lookup_put = pg_lookup_put,
    .lookup_forget_negative = pg_lookup_forget_negative,
};
