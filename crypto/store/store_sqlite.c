/*
 * store_sqlite.c - the certificate store's SQLite backend (store.h,
 * store_int.h; "sqlite:///PATH"): the file created 0600 on first open, WAL
 * mode, a busy timeout, the schema migrations, and the statements prepared
 * once and run under the handle's mutex (one connection for every thread:
 * SQLite has one writer at a time anyway).
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "log.h"
#include "store_int.h"
#include "xalloc.h"

#define SQLITE_PREFIX "sqlite://"

struct sqlite_store {
	pthread_mutex_t lock;
	sqlite3 *db;
	sqlite3_stmt *put, *touch, *get, *change, *changes, *lk_get, *lk_put;
	char *path;
};

/* Migration N takes the schema from version N to N + 1. */
static const char *const migrations[STORE_SCHEMA_VERSION] = {
    "CREATE TABLE certs ("
    " addr TEXT NOT NULL, fpr TEXT NOT NULL, der BLOB NOT NULL,"
    " not_before INTEGER NOT NULL, not_after INTEGER NOT NULL,"
    " first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL,"
    " source TEXT NOT NULL, queue_id TEXT NOT NULL,"
    " PRIMARY KEY (addr, fpr));"
    "CREATE INDEX certs_by_addr ON certs (addr, not_before DESC);",
    "CREATE TABLE changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, addr TEXT NOT NULL,"
    " at INTEGER NOT NULL);"
    "CREATE TABLE lookups ("
    " source TEXT NOT NULL, key TEXT NOT NULL, der BLOB,"
    " fresh_until INTEGER NOT NULL, stale_until INTEGER NOT NULL, notes INTEGER NOT NULL,"
    " PRIMARY KEY (source, key));"
    "CREATE INDEX lookups_by_key ON lookups (key);",
};

static const char sql_put[] =
    "INSERT INTO certs (addr, fpr, der, not_before, not_after, first_seen, last_seen, source, "
    "queue_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?8) ON CONFLICT (addr, fpr) DO NOTHING";
static const char sql_touch[] =
    "UPDATE certs SET last_seen = max(last_seen, ?3) WHERE addr = ?1 AND fpr = ?2";
#define CERT_COLUMNS                                                                               \
	"der, not_before, not_after, first_seen, last_seen, source, queue_id, fpr, addr"
static const char sql_get[] = "SELECT " CERT_COLUMNS " FROM certs "
                              "WHERE addr = ?1 ORDER BY not_before DESC, last_seen DESC LIMIT ?2";
static const char sql_change[] = "INSERT INTO changes (addr, at) VALUES (?1, ?2)";
static const char sql_changes[] =
    "SELECT seq, addr FROM changes WHERE seq > ?1 ORDER BY seq LIMIT ?2";
static const char sql_lk_get[] = "SELECT der, fresh_until, stale_until, notes FROM lookups "
                                 "WHERE source = ?1 AND key = ?2 AND stale_until >= ?3";
static const char sql_lk_put[] =
    "INSERT INTO lookups (source, key, der, fresh_until, stale_until, notes) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (source, key) DO UPDATE SET der = ?3, "
    "fresh_until = ?4, stale_until = ?5, notes = ?6";

static int db_fail(struct sqlite_store *s, const char *what, cm_err *err)
{
	cm_err_set(err, "store %s: %s: %s", s->path, what, sqlite3_errmsg(s->db));
	return -1;
}

static int exec(struct sqlite_store *s, const char *sql, cm_err *err)
{
	char *msg = NULL;

	if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) == SQLITE_OK)
		return 0;
	cm_err_set(err, "store %s: %s", s->path, msg != NULL ? msg : sqlite3_errmsg(s->db));
	sqlite3_free(msg);
	return -1;
}

/* The version the file holds; 0 for a new file. */
static int read_version(struct sqlite_store *s, cm_err *err)
{
	sqlite3_stmt *st = NULL;
	int v = -1, rc;

	if (exec(s, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", err) <
	    0)
		return -1;
	if (sqlite3_prepare_v2(s->db, "SELECT max(version) FROM schema_version", -1, &st, NULL) !=
	    SQLITE_OK)
		return db_fail(s, "schema version", err);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		v = sqlite3_column_int(st, 0); /* NULL (no row) reads as 0 */
	else
		db_fail(s, "schema version", err);
	sqlite3_finalize(st);
	return v;
}

/* Every migration from the file's version on, in one transaction. */
static int migrate(struct sqlite_store *s, cm_err *err)
{
	char sql[64];
	int v;

	if (exec(s, "BEGIN IMMEDIATE", err) < 0)
		return -1;
	if ((v = read_version(s, err)) < 0)
		goto fail;
	if (v > STORE_SCHEMA_VERSION) {
		cm_err_set(err, "store %s: schema version %d is newer than this certmilter's (%d)",
		           s->path, v, STORE_SCHEMA_VERSION);
		goto fail;
	}
	for (; v < STORE_SCHEMA_VERSION; v++) {
		snprintf(sql, sizeof(sql), "INSERT INTO schema_version VALUES (%d)", v + 1);
		if (exec(s, migrations[v], err) < 0 || exec(s, sql, err) < 0)
			goto fail;
		msg_info("store %s: schema migrated from version %d to %d", s->path, v, v + 1);
	}
	return exec(s, "COMMIT", err);
fail:
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return -1;
}

/* The file, created 0600 if it is not there (SQLite's -wal and -shm files
 * take its mode). */
static int create_file(const char *path, cm_err *err)
{
	int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);

	if (fd < 0) {
		cm_err_set(err, "store %s: %s", path, strerror(errno));
		return -1;
	}
	close(fd);
	return 0;
}

static int prepare(struct sqlite_store *s, const char *sql, sqlite3_stmt **st, cm_err *err)
{
	return sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL) == SQLITE_OK
	           ? 0
	           : db_fail(s, "prepare", err);
}

static int open_db(struct sqlite_store *s, const struct store_opts *o, cm_err *err)
{
	long busy = o->busy_timeout_ms > 0 ? o->busy_timeout_ms : STORE_DEFAULT_TIMEOUT_MS;

	if (create_file(s->path, err) < 0)
		return -1;
	if (sqlite3_open_v2(s->path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) !=
	    SQLITE_OK)
		return db_fail(s, "open", err);
	sqlite3_busy_timeout(s->db, (int)busy);
	if (exec(s, "PRAGMA journal_mode = WAL", err) < 0 ||
	    exec(s, "PRAGMA synchronous = NORMAL", err) < 0 || migrate(s, err) < 0)
		return -1;
	if (prepare(s, sql_put, &s->put, err) < 0 || prepare(s, sql_touch, &s->touch, err) < 0 ||
	    prepare(s, sql_get, &s->get, err) < 0 || prepare(s, sql_change, &s->change, err) < 0 ||
	    prepare(s, sql_changes, &s->changes, err) < 0 ||
	    prepare(s, sql_lk_get, &s->lk_get, err) < 0 ||
	    prepare(s, sql_lk_put, &s->lk_put, err) < 0)
		return -1;
	return 0;
}

static void sq_close(void *h)
{
	struct sqlite_store *s = h;

	if (s == NULL)
		return;
	sqlite3_finalize(s->put);
	sqlite3_finalize(s->touch);
	sqlite3_finalize(s->get);
	sqlite3_finalize(s->change);
	sqlite3_finalize(s->changes);
	sqlite3_finalize(s->lk_get);
	sqlite3_finalize(s->lk_put);
	if (sqlite3_close(s->db) != SQLITE_OK)
		msg_warn("store %s: close: %s", s->path, sqlite3_errmsg(s->db));
	pthread_mutex_destroy(&s->lock);
	free(s->path);
	free(s);
}

static void *sq_open(const char *url, const struct store_opts *o, cm_err *err)
{
	struct sqlite_store *s;

	if (strncmp(url, SQLITE_PREFIX, strlen(SQLITE_PREFIX)) != 0 ||
	    url[strlen(SQLITE_PREFIX)] != '/') {
		cm_err_set(err, "store %s: not a sqlite:///PATH URL", url);
		return NULL;
	}
	s = xcalloc(1, sizeof(*s));
	pthread_mutex_init(&s->lock, NULL);
	s->path = xstrdup(url + strlen(SQLITE_PREFIX));
	if (open_db(s, o, err) < 0) {
		sq_close(s);
		return NULL;
	}
	return s;
}

static int sq_schema_version(void *h, cm_err *err)
{
	struct sqlite_store *s = h;
	int v;

	pthread_mutex_lock(&s->lock);
	v = read_version(s, err);
	pthread_mutex_unlock(&s->lock);
	return v;
}

/* Under the lock: the insert, else last-seen. 1, 0 or -1. */
static int put_locked(struct sqlite_store *s, const char *addr, const char *fpr,
                      const unsigned char *der, size_t len, const time_t t[3], const char *source,
                      const char *queue_id, cm_err *err)
{
	int rc = -1;

	sqlite3_bind_text(s->put, 1, addr, -1, SQLITE_STATIC);
	sqlite3_bind_text(s->put, 2, fpr, -1, SQLITE_STATIC);
	sqlite3_bind_blob(s->put, 3, der, (int)len, SQLITE_STATIC);
	sqlite3_bind_int64(s->put, 4, t[0]);
	sqlite3_bind_int64(s->put, 5, t[1]);
	sqlite3_bind_int64(s->put, 6, t[2]);
	sqlite3_bind_text(s->put, 7, source, -1, SQLITE_STATIC);
	sqlite3_bind_text(s->put, 8, queue_id != NULL ? queue_id : "", -1, SQLITE_STATIC);
	if (sqlite3_step(s->put) != SQLITE_DONE) {
		db_fail(s, "insert", err);
		goto out;
	}
	if (sqlite3_changes(s->db) > 0) {
		sqlite3_bind_text(s->change, 1, addr, -1, SQLITE_STATIC);
		sqlite3_bind_int64(s->change, 2, t[2]);
		rc = sqlite3_step(s->change) == SQLITE_DONE ? 1 : db_fail(s, "insert change", err);
		sqlite3_reset(s->change);
		sqlite3_clear_bindings(s->change);
		goto out;
	}
	sqlite3_bind_text(s->touch, 1, addr, -1, SQLITE_STATIC);
	sqlite3_bind_text(s->touch, 2, fpr, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s->touch, 3, t[2]);
	rc = sqlite3_step(s->touch) == SQLITE_DONE ? 0 : db_fail(s, "update", err);
out:
	sqlite3_reset(s->put);
	sqlite3_clear_bindings(s->put);
	sqlite3_reset(s->touch);
	sqlite3_clear_bindings(s->touch);
	return rc;
}

static int sq_put_cert(void *h, const char *addr, const char *fpr, const unsigned char *der,
                       size_t len, const time_t t[3], const char *source, const char *queue_id,
                       cm_err *err)
{
	struct sqlite_store *s = h;
	int rc;

	pthread_mutex_lock(&s->lock);
	if (exec(s, "BEGIN IMMEDIATE", err) < 0) {
		rc = -1;
	} else {
		rc = put_locked(s, addr, fpr, der, len, t, source, queue_id, err);
		if (rc < 0 || exec(s, "COMMIT", err) < 0) {
			sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
			rc = -1;
		}
	}
	pthread_mutex_unlock(&s->lock);
	return rc;
}

static char *column_text(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);

	return xstrdup(t != NULL ? (const char *)t : "");
}

/* One row of CERT_COLUMNS into c (addr left NULL). */
static void read_row(sqlite3_stmt *st, struct store_cert *c)
{
	int n = sqlite3_column_bytes(st, 0);
	const void *blob = sqlite3_column_blob(st, 0);
	const unsigned char *fpr = sqlite3_column_text(st, 7);

	c->len = n > 0 ? (size_t)n : 0;
	c->der = xmalloc(c->len > 0 ? c->len : 1);
	if (c->len > 0)
		memcpy(c->der, blob, c->len);
	c->not_before = (time_t)sqlite3_column_int64(st, 1);
	c->not_after = (time_t)sqlite3_column_int64(st, 2);
	c->first_seen = (time_t)sqlite3_column_int64(st, 3);
	c->last_seen = (time_t)sqlite3_column_int64(st, 4);
	c->source = column_text(st, 5);
	c->queue_id = column_text(st, 6);
	snprintf(c->fpr, sizeof(c->fpr), "%s", fpr != NULL ? (const char *)fpr : "");
	c->addr = NULL;
}

/* Every row of st (bound) into *out; the count or -1. Resets st. */
static long read_certs(struct sqlite_store *s, sqlite3_stmt *st, bool with_addr,
                       struct store_cert **out, cm_err *err)
{
	struct store_cert *c = NULL;
	size_t n = 0;
	int rc;

	*out = NULL;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		c = xreallocarray(c, n + 1, sizeof(*c));
		read_row(st, &c[n]);
		if (with_addr)
			c[n].addr = column_text(st, 8);
		n++;
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE) {
		db_fail(s, "select", err);
		store_certs_free(c, n);
		return -1;
	}
	*out = c;
	return (long)n;
}

static long sq_get_certs(void *h, const char *addr, size_t max, struct store_cert **out,
                         cm_err *err)
{
	struct sqlite_store *s = h;
	long n;

	pthread_mutex_lock(&s->lock);
	sqlite3_bind_text(s->get, 1, addr, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s->get, 2, max > 0 && max < INT_MAX ? (sqlite3_int64)max : -1);
	n = read_certs(s, s->get, false, out, err);
	pthread_mutex_unlock(&s->lock);
	return n;
}

/* ---- listing and deleting (certmilter -L, the store commands) ----------- */

static long sq_list_certs(void *h, const char *addr, struct store_cert **out, cm_err *err)
{
	struct sqlite_store *s = h;
	sqlite3_stmt *st = NULL;
	long n = -1;
	const char *sql = addr != NULL ? "SELECT " CERT_COLUMNS " FROM certs WHERE addr = ?1 "
	                                 "ORDER BY addr, not_before DESC, last_seen DESC"
	                               : "SELECT " CERT_COLUMNS " FROM certs "
	                                 "ORDER BY addr, not_before DESC, last_seen DESC";

	*out = NULL;
	pthread_mutex_lock(&s->lock);
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
		db_fail(s, "list", err);
		goto out;
	}
	if (addr != NULL)
		sqlite3_bind_text(st, 1, addr, -1, SQLITE_STATIC);
	n = read_certs(s, st, true, out, err);
out:
	sqlite3_finalize(st);
	pthread_mutex_unlock(&s->lock);
	return n;
}

static long sq_delete_certs(void *h, const char *addr, const char *fpr_prefix, cm_err *err)
{
	struct sqlite_store *s = h;
	sqlite3_stmt *st = NULL;
	long n = -1;
	char like[80];

	snprintf(like, sizeof(like), "%s%%", fpr_prefix);
	pthread_mutex_lock(&s->lock);
	/* the deletion and its change in one transaction */
	if (exec(s, "BEGIN IMMEDIATE", err) < 0)
		goto out;
	if (sqlite3_prepare_v2(s->db, "DELETE FROM certs WHERE addr = ?1 AND fpr LIKE ?2", -1, &st,
	                       NULL) != SQLITE_OK) {
		db_fail(s, "delete", err);
		goto out;
	}
	sqlite3_bind_text(st, 1, addr, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, like, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE) {
		db_fail(s, "delete", err);
		goto out;
	}
	n = sqlite3_changes(s->db);
	/* a change too: the nodes drop their cached answers for addr */
	sqlite3_bind_text(s->change, 1, addr, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s->change, 2, time(NULL));
	if (n > 0 && sqlite3_step(s->change) != SQLITE_DONE)
		n = db_fail(s, "insert change", err);
	sqlite3_reset(s->change);
	sqlite3_clear_bindings(s->change);
	if (n >= 0 && exec(s, "COMMIT", err) < 0)
		n = -1;
out:
	if (n < 0)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL); /* nothing to undo: harmless */
	sqlite3_finalize(st);
	pthread_mutex_unlock(&s->lock);
	return n;
}

/* ---- changes ------------------------------------------------------------ */

static long long sq_change_last(void *h, cm_err *err)
{
	struct sqlite_store *s = h;
	sqlite3_stmt *st = NULL;
	long long last = -1;

	pthread_mutex_lock(&s->lock);
	if (sqlite3_prepare_v2(s->db, "SELECT coalesce(max(seq), 0) FROM changes", -1, &st, NULL) !=
	        SQLITE_OK ||
	    sqlite3_step(st) != SQLITE_ROW)
		db_fail(s, "last change", err);
	else
		last = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	pthread_mutex_unlock(&s->lock);
	return last;
}

static long sq_changes(void *h, long long after, size_t max, struct store_change **out, cm_err *err)
{
	struct sqlite_store *s = h;
	struct store_change *c = NULL;
	size_t n = 0;
	long ret = -1;
	int rc;

	*out = NULL;
	pthread_mutex_lock(&s->lock);
	sqlite3_bind_int64(s->changes, 1, after);
	sqlite3_bind_int64(s->changes, 2, max > 0 && max < INT_MAX ? (sqlite3_int64)max : -1);
	while ((rc = sqlite3_step(s->changes)) == SQLITE_ROW) {
		c = xreallocarray(c, n + 1, sizeof(*c));
		c[n].seq = sqlite3_column_int64(s->changes, 0);
		c[n++].addr = column_text(s->changes, 1);
	}
	if (rc != SQLITE_DONE) {
		db_fail(s, "changes", err);
		store_changes_free(c, n);
	} else {
		*out = c;
		ret = (long)n;
	}
	sqlite3_reset(s->changes);
	sqlite3_clear_bindings(s->changes);
	pthread_mutex_unlock(&s->lock);
	return ret;
}

/* ---- shared lookups ----------------------------------------------------- */

static int sq_lookup_get(void *h, const char *source, const char *key, time_t now,
                         struct store_lookup *out, cm_err *err)
{
	struct sqlite_store *s = h;
	int rc, ret = 0;
	const void *blob;
	int len;

	memset(out, 0, sizeof(*out));
	pthread_mutex_lock(&s->lock);
	sqlite3_bind_text(s->lk_get, 1, source, -1, SQLITE_STATIC);
	sqlite3_bind_text(s->lk_get, 2, key, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s->lk_get, 3, now);
	rc = sqlite3_step(s->lk_get);
	if (rc == SQLITE_ROW) {
		blob = sqlite3_column_blob(s->lk_get, 0);
		len = sqlite3_column_bytes(s->lk_get, 0);
		if (blob != NULL && len > 0) {
			out->der = xmalloc((size_t)len);
			memcpy(out->der, blob, (size_t)len);
			out->len = (size_t)len;
		}
		out->fresh_until = (time_t)sqlite3_column_int64(s->lk_get, 1);
		out->stale_until = (time_t)sqlite3_column_int64(s->lk_get, 2);
		out->notes = (unsigned)sqlite3_column_int64(s->lk_get, 3);
		ret = 1;
	} else if (rc != SQLITE_DONE) {
		ret = db_fail(s, "lookup", err);
	}
	sqlite3_reset(s->lk_get);
	sqlite3_clear_bindings(s->lk_get);
	pthread_mutex_unlock(&s->lock);
	return ret;
}

static int sq_lookup_put(void *h, const char *source, const char *key, const struct store_lookup *l,
                         cm_err *err)
{
	struct sqlite_store *s = h;
	int ret;

	if (l->len > INT_MAX) {
		cm_err_set(err, "store: an answer of %zu bytes", l->len);
		return -1;
	}
	pthread_mutex_lock(&s->lock);
	sqlite3_bind_text(s->lk_put, 1, source, -1, SQLITE_STATIC);
	sqlite3_bind_text(s->lk_put, 2, key, -1, SQLITE_STATIC);
	if (l->der != NULL && l->len > 0)
		sqlite3_bind_blob(s->lk_put, 3, l->der, (int)l->len, SQLITE_STATIC);
	else
		sqlite3_bind_null(s->lk_put, 3);
	sqlite3_bind_int64(s->lk_put, 4, l->fresh_until);
	sqlite3_bind_int64(s->lk_put, 5, l->stale_until);
	sqlite3_bind_int64(s->lk_put, 6, l->notes);
	ret = sqlite3_step(s->lk_put) == SQLITE_DONE ? 0 : db_fail(s, "keep lookup", err);
	sqlite3_reset(s->lk_put);
	sqlite3_clear_bindings(s->lk_put);
	pthread_mutex_unlock(&s->lock);
	return ret;
}

static long sq_lookup_forget_negative(void *h, const char *key, time_t now, cm_err *err)
{
	struct sqlite_store *s = h;
	sqlite3_stmt *st = NULL;
	long n = -1;

	pthread_mutex_lock(&s->lock);
	if (sqlite3_prepare_v2(
	        s->db, "DELETE FROM lookups WHERE (key = ?1 AND der IS NULL) OR stale_until < ?2",
	        -1, &st, NULL) != SQLITE_OK) {
		db_fail(s, "forget lookups", err);
		goto out;
	}
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, now);
	if (sqlite3_step(st) != SQLITE_DONE)
		db_fail(s, "forget lookups", err);
	else
		n = sqlite3_changes(s->db);
out:
	sqlite3_finalize(st);
	pthread_mutex_unlock(&s->lock);
	return n;
}

const struct store_backend store_sqlite_backend = {
    .name = "sqlite",
    .open = sq_open,
    .close = sq_close,
    .schema_version = sq_schema_version,
    .put_cert = sq_put_cert,
    .get_certs = sq_get_certs,
    .list_certs = sq_list_certs,
    .delete_certs = sq_delete_certs,
    .change_last = sq_change_last,
    .changes = sq_changes,
    .lookup_get = sq_lookup_get,
    .lookup_put = sq_lookup_put,
    .lookup_forget_negative = sq_lookup_forget_negative,
};
