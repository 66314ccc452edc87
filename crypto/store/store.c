/*
 * store.c - the certificate store's SQLite backend (store.h): the file
 * created 0600 on first open, WAL mode, a busy timeout, the schema
 * migrations, and the statements prepared once and run under the
 * handle's mutex.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <sqlite3.h>

#include "log.h"
#include "store.h"
#include "xalloc.h"

#define SQLITE_PREFIX   "sqlite://"
#define DEFAULT_BUSY_MS 2000

struct store {
	pthread_mutex_t lock;
	sqlite3 *db;
	sqlite3_stmt *put, *touch, *get;
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
};

static const char sql_put[] =
    "INSERT INTO certs (addr, fpr, der, not_before, not_after, first_seen, last_seen, source, "
    "queue_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?8) ON CONFLICT (addr, fpr) DO NOTHING";
static const char sql_touch[] =
    "UPDATE certs SET last_seen = max(last_seen, ?3) WHERE addr = ?1 AND fpr = ?2";
static const char sql_get[] =
    "SELECT der, not_before, not_after, first_seen, last_seen, source, queue_id FROM certs "
    "WHERE addr = ?1 ORDER BY not_before DESC, last_seen DESC LIMIT ?2";

static int db_fail(struct store *s, const char *what, cm_err *err)
{
	cm_err_set(err, "store %s: %s: %s", s->path, what, sqlite3_errmsg(s->db));
	return -1;
}

static int exec(struct store *s, const char *sql, cm_err *err)
{
	char *msg = NULL;

	if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) == SQLITE_OK)
		return 0;
	cm_err_set(err, "store %s: %s", s->path, msg != NULL ? msg : sqlite3_errmsg(s->db));
	sqlite3_free(msg);
	return -1;
}

/* The version the file holds; 0 for a new file. */
static int read_version(struct store *s, cm_err *err)
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
static int migrate(struct store *s, cm_err *err)
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

static int prepare(struct store *s, const char *sql, sqlite3_stmt **st, cm_err *err)
{
	return sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL) == SQLITE_OK
	           ? 0
	           : db_fail(s, "prepare", err);
}

static int open_db(struct store *s, const struct store_opts *o, cm_err *err)
{
	long busy = o->busy_timeout_ms > 0 ? o->busy_timeout_ms : DEFAULT_BUSY_MS;

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
	    prepare(s, sql_get, &s->get, err) < 0)
		return -1;
	return 0;
}

struct store *store_create(const struct store_opts *o, cm_err *err)
{
	struct store *s;
	const char *url = o->url != NULL ? o->url : "";

	if (strncmp(url, "postgresql://", 13) == 0 || strncmp(url, "postgres://", 11) == 0) {
		cm_err_set(err, "store %s: the PostgreSQL backend is not built yet", url);
		return NULL;
	}
	if (strncmp(url, SQLITE_PREFIX, strlen(SQLITE_PREFIX)) != 0 ||
	    url[strlen(SQLITE_PREFIX)] != '/') {
		cm_err_set(err, "store %s: not a sqlite:///PATH URL", url);
		return NULL;
	}
	s = xcalloc(1, sizeof(*s));
	pthread_mutex_init(&s->lock, NULL);
	s->path = xstrdup(url + strlen(SQLITE_PREFIX));
	if (open_db(s, o, err) < 0)
		return store_destroy(s);
	return s;
}

struct store *store_destroy(struct store *s)
{
	if (s == NULL)
		return NULL;
	sqlite3_finalize(s->put);
	sqlite3_finalize(s->touch);
	sqlite3_finalize(s->get);
	if (sqlite3_close(s->db) != SQLITE_OK)
		msg_warn("store %s: close: %s", s->path, sqlite3_errmsg(s->db));
	pthread_mutex_destroy(&s->lock);
	free(s->path);
	free(s);
	return NULL;
}

int store_schema_version(struct store *s, cm_err *err)
{
	int v;

	pthread_mutex_lock(&s->lock);
	v = read_version(s, err);
	pthread_mutex_unlock(&s->lock);
	return v;
}

/* The hex SHA-256 of der into out (65 bytes). */
static void fingerprint(const unsigned char *der, size_t len, char *out)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;

	if (EVP_Digest(der, len, md, &n, EVP_sha256(), NULL) != 1 || n != 32)
		msg_panic("store: SHA-256 failed");
	for (unsigned i = 0; i < n; i++)
		snprintf(out + 2 * i, 3, "%02x", md[i]);
}

/* Under the lock: the insert, else last-seen. 1, 0 or -1. */
static int put_locked(struct store *s, const char *addr, const char *fpr, const unsigned char *der,
                      size_t len, const time_t t[3], const char *source, const char *queue_id,
                      cm_err *err)
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
		rc = 1;
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

int store_put_cert(struct store *s, const char *addr, const unsigned char *der, size_t len,
                   time_t not_before, time_t not_after, const char *source, const char *queue_id,
                   cm_err *err)
{
	char fpr[65];
	const time_t t[3] = {not_before, not_after, time(NULL)};
	int rc;

	if (len == 0 || len > INT_MAX) {
		cm_err_set(err, "store: a certificate of %zu bytes", len);
		return -1;
	}
	fingerprint(der, len, fpr);
	pthread_mutex_lock(&s->lock);
	rc = put_locked(s, addr, fpr, der, len, t, source, queue_id, err);
	pthread_mutex_unlock(&s->lock);
	return rc;
}

static char *column_text(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);

	return xstrdup(t != NULL ? (const char *)t : "");
}

/* One row of the get statement into c. */
static void read_row(sqlite3_stmt *st, struct store_cert *c)
{
	int n = sqlite3_column_bytes(st, 0);
	const void *blob = sqlite3_column_blob(st, 0);

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
}

long store_get_certs(struct store *s, const char *addr, size_t max, struct store_cert **out,
                     cm_err *err)
{
	struct store_cert *c = NULL;
	size_t n = 0;
	long ret = -1;
	int rc;

	*out = NULL;
	pthread_mutex_lock(&s->lock);
	sqlite3_bind_text(s->get, 1, addr, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s->get, 2, max > 0 && max < INT_MAX ? (sqlite3_int64)max : -1);
	while ((rc = sqlite3_step(s->get)) == SQLITE_ROW) {
		c = xreallocarray(c, n + 1, sizeof(*c));
		read_row(s->get, &c[n++]);
	}
	if (rc != SQLITE_DONE) {
		db_fail(s, "select", err);
		store_certs_free(c, n);
		goto out;
	}
	*out = c;
	ret = (long)n;
out:
	sqlite3_reset(s->get);
	sqlite3_clear_bindings(s->get);
	pthread_mutex_unlock(&s->lock);
	return ret;
}

void store_certs_free(struct store_cert *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(c[i].der);
		free(c[i].source);
		free(c[i].queue_id);
	}
	free(c);
}
