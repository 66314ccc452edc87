/*
 * store_pgconn.c - the PostgreSQL backend's connections (pg_int.h): the
 * URL without its password for messages, the pool of up to POOL_MAX
 * connections shared by the threads, and statements bounded in time.
 *
 * Connections are opened when a call finds none idle and fewer than
 * POOL_MAX open, with libpq's asynchronous API and poll, so that the
 * call's deadline bounds the connection too (connect_timeout, 2 s unless
 * the URL sets it, is libpq's own bound besides); each new session gets
 * statement_timeout. A call waits at most its deadline for a connection
 * when all are busy. An idle connection on which anything came in (its
 * server shut down or restarted and closed it) is closed when taken, not
 * used. A process forked from the one that filled the pool lets go of
 * those connections (they stay the parent's) and makes its own. Messages
 * name the URL with "***" for its password, and every form
 * of the password (as written, %-decoded) is removed from libpq's
 * messages.
 */
#include <endian.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "log.h"
#include "pg_int.h"
#include "xalloc.h"

#define CONNECT_TIMEOUT "2" /* seconds (libpq's least), unless the URL has one */

/* ---- the URL and messages ----------------------------------------------- */

static void add_secret(struct pg_store *s, const char *p, size_t n)
{
	for (int i = 0; i < MAX_SECRETS && n > 0; i++)
		if (s->secrets[i] == NULL) {
			s->secrets[i] = xstrndup(p, n);
			return;
		}
}

/* s->shown: the URL with "***" for the password of its user part and of
 * any password= parameter; the passwords as written into s->secrets. */
static void redact_url(struct pg_store *s, const char *url)
{
	size_t len = strlen(url);
	char *out = xmalloc(2 * len + 8), *o = out;
	const char *auth = strstr(url, "://"), *end, *at = NULL, *colon, *p;

	auth = auth != NULL ? auth + 3 : url;
	end = auth + strcspn(auth, "/?");
	for (p = auth; p < end; p++)
		if (*p == '@')
			at = p;
	colon = at != NULL ? memchr(auth, ':', (size_t)(at - auth)) : NULL;
	p = url;
	if (colon != NULL) {
		add_secret(s, colon + 1, (size_t)(at - colon - 1));
		o += sprintf(o, "%.*s***", (int)(colon + 1 - url), url);
		p = at;
	}
	while (*p != '\0') {
		size_t n = strcspn(p + 1, "?&") + 1; /* a separator and what follows */

		if ((*p == '?' || *p == '&') && strncmp(p + 1, "password=", 9) == 0) {
			add_secret(s, p + 10, n - 10);
			*o++ = *p;
			o += sprintf(o, "password=***");
		} else {
			memcpy(o, p, n);
			o += n;
		}
		p += n;
	}
	*o = '\0';
	s->shown = out;
}

/* err = "store URL: what: msg", msg on one line without any password. */
static int pg_fail(struct pg_store *s, cm_err *err, const char *what, const char *msg)
{
	char text[sizeof(err->text)], *p, *q;
	size_t n, k;

	/* one line: every run of white space one blank */
	for (n = 0; msg != NULL && *msg != '\0' && n + 1 < sizeof(text); msg++)
		if (strchr(" \t\n", *msg) == NULL)
			text[n++] = *msg;
		else if (n > 0 && text[n - 1] != ' ')
			text[n++] = ' ';
	for (; n > 0 && text[n - 1] == ' '; n--)
		;
	text[n] = '\0';
	for (int i = 0; i < MAX_SECRETS && s->secrets[i] != NULL; i++)
		for (q = text; (p = strstr(q, s->secrets[i])) != NULL; q = p + k) {
			n = strlen(s->secrets[i]);
			k = n < 3 ? n : 3;
			memset(p, '*', k);
			memmove(p + k, p + n, strlen(p + n) + 1);
		}
	cm_err_set(err, "store %s: %s: %s", s->shown, what, text);
	return -1;
}

static void no_notices(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

/* ---- time and sockets --------------------------------------------------- */

static long ms_left(const struct timespec *deadline)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (deadline->tv_sec - now.tv_sec) * 1000 + (deadline->tv_nsec - now.tv_nsec) / 1000000;
}

/* Wait for events on conn's socket until the deadline: 1 ready, 0 time is
 * up, -1 error. */
static int wait_sock(PGconn *conn, short events, const struct timespec *deadline)
{
	struct pollfd p = {PQsocket(conn), events, 0};
	long ms;
	int rc;

	if (p.fd < 0)
		return -1;
	do {
		if ((ms = ms_left(deadline)) <= 0)
			return 0;
		rc = poll(&p, 1, (int)ms);
	} while (rc < 0 && errno == EINTR);
	return rc;
}

/* ---- statements --------------------------------------------------------- */

/* Run sql with n parameters (text; those with len[i] > 0: binary) and wait
 * for its result until the call's deadline: the result (PQclear), or NULL
 * + err (and the connection marked broken if it is not usable). */
PGresult *pg_query(struct pg_call *c, const char *what, const char *sql, int n,
                   const char *const *val, const int *len)
{
	int fmt[PG_MAX_PARAMS] = {0}, rc;
	PGresult *res = NULL, *r;
	ExecStatusType st;

	if (n > PG_MAX_PARAMS)
		msg_panic("store: a statement with %d parameters", n);
	for (int i = 0; i < n && len != NULL; i++)
		fmt[i] = len[i] > 0;
	if (!PQsendQueryParams(c->conn, sql, n, NULL, val, len, fmt, 1))
		goto broken;
	while ((rc = PQflush(c->conn)) == 1)
		if (wait_sock(c->conn, POLLOUT, &c->deadline) <= 0)
			goto timeout;
	if (rc < 0)
		goto broken;
	for (;;) {
		while (PQisBusy(c->conn)) {
			if ((rc = wait_sock(c->conn, POLLIN, &c->deadline)) == 0)
				goto timeout;
			if (rc < 0 || !PQconsumeInput(c->conn))
				goto broken;
		}
		if ((r = PQgetResult(c->conn)) == NULL)
			break;
		if (res == NULL)
			res = r;
		else
			PQclear(r);
	}
	st = res != NULL ? PQresultStatus(res) : PGRES_FATAL_ERROR;
	if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK)
		return res;
	pg_fail(c->s, c->err, what,
	        res != NULL ? PQresultErrorMessage(res) : PQerrorMessage(c->conn));
	PQclear(res);
	c->broken = PQstatus(c->conn) != CONNECTION_OK;
	return NULL;
timeout:
	PQclear(res);
	c->broken = true;
	cm_err_set(c->err, "store %s: %s: no answer within %ld ms", c->s->shown, what,
	           c->s->timeout_ms + PG_SLACK_MS);
	return NULL;
broken:
	PQclear(res);
	c->broken = true;
	pg_fail(c->s, c->err, what, PQerrorMessage(c->conn));
	return NULL;
}

/* A statement whose result is not needed: 0 or -1 + err. */
int pg_run(struct pg_call *c, const char *what, const char *sql, int n, const char *const *val,
           const int *len)
{
	PGresult *r = pg_query(c, what, sql, n, val, len);

	PQclear(r);
	return r != NULL ? 0 : -1;
}

void pg_rollback(struct pg_call *c)
{
	cm_err ignored;

	if (!c->broken && PQtransactionStatus(c->conn) != PQTRANS_IDLE)
		PQclear(pg_query(&(struct pg_call){c->s, c->conn, c->deadline, false, &ignored},
		                 "rollback", "ROLLBACK", 0, NULL, NULL));
}

/* A binary int8 (or int4) of r, 0 if NULL. */
long long pg_int(const PGresult *r, int row, int col)
{
	const char *v = PQgetvalue(r, row, col);
	uint64_t u8;
	uint32_t u4;

	if (PQgetisnull(r, row, col))
		return 0;
	if (PQgetlength(r, row, col) == 4) {
		memcpy(&u4, v, 4);
		return (int32_t)be32toh(u4);
	}
	memcpy(&u8, v, 8);
	return (long long)(int64_t)be64toh(u8);
}

char *pg_text(const PGresult *r, int row, int col)
{
	return xstrndup(PQgetvalue(r, row, col), (size_t)PQgetlength(r, row, col));
}

/* A bytea of r into *der / *len; NULL / 0 if NULL or empty. */
void pg_bytes(const PGresult *r, int row, int col, unsigned char **der, size_t *len)
{
	int n = PQgetisnull(r, row, col) ? 0 : PQgetlength(r, row, col);

	*der = NULL;
	*len = 0;
	if (n > 0) {
		*der = xmalloc((size_t)n);
		memcpy(*der, PQgetvalue(r, row, col), (size_t)n);
		*len = (size_t)n;
	}
}

/* ---- the pool of connections -------------------------------------------- */

/* The session settings of a new connection: statement_timeout. */
static int set_session(struct pg_call *c)
{
	const char *val[] = {c->s->timeout};

	PQsetNoticeProcessor(c->conn, no_notices, NULL);
	if (PQsetnonblocking(c->conn, 1) != 0)
		return pg_fail(c->s, c->err, "connect", PQerrorMessage(c->conn));
	return pg_run(c, "connect", "SELECT set_config('statement_timeout', $1::text, false)", 1,
	              val, NULL);
}

/* A new connection into c->conn, before the deadline: 0 or -1 + err. */
static int connect_one(struct pg_call *c)
{
	const char *kw[] = {"connect_timeout", "application_name", "dbname", NULL};
	const char *val[] = {CONNECT_TIMEOUT, "certmilter", c->s->url, NULL};
	PostgresPollingStatusType st = PGRES_POLLING_WRITING;
	int w = 1;

	c->conn = PQconnectStartParams(kw, val, 1);
	if (c->conn == NULL) {
		cm_err_set(c->err, "store %s: connect: out of memory", c->s->shown);
		return -1;
	}
	while (PQstatus(c->conn) != CONNECTION_BAD && st != PGRES_POLLING_OK &&
	       st != PGRES_POLLING_FAILED) {
		w = wait_sock(c->conn, st == PGRES_POLLING_READING ? POLLIN : POLLOUT,
		              &c->deadline);
		if (w <= 0)
			break;
		st = PQconnectPoll(c->conn);
	}
	c->broken = true;
	if (w == 0)
		cm_err_set(c->err, "store %s: connect: no connection within %ld ms", c->s->shown,
		           c->s->timeout_ms + PG_SLACK_MS);
	else if (st != PGRES_POLLING_OK || PQstatus(c->conn) != CONNECTION_OK)
		pg_fail(c->s, c->err, "connect", PQerrorMessage(c->conn));
	else if (set_session(c) == 0)
		c->broken = false;
	return c->broken ? -1 : 0;
}

/* An idle connection is still usable if nothing came in on it since it was
 * pooled: a server that shut down or restarted has closed it. */
static bool idle_alive(PGconn *conn)
{
	struct pollfd p = {PQsocket(conn), POLLIN, 0};

	return PQstatus(conn) == CONNECTION_OK && p.fd >= 0 && poll(&p, 1, 0) == 0;
}

/* A connection another process made (this one was forked from it since:
 * certmilter opens its store before it detaches and starts its worker)
 * is that process's: let go of it without a word to the server. Its
 * socket becomes /dev/null here (dup2), so PQfinish neither sends the
 * server a Terminate nor closes a descriptor twice. */
static void conn_forget(PGconn *conn)
{
	int fd = PQsocket(conn), null = open("/dev/null", O_RDWR | O_CLOEXEC);

	if (fd >= 0 && null >= 0)
		dup2(null, fd);
	if (null >= 0)
		close(null);
	PQfinish(conn);
}

/* Under the lock: in a process forked since the pool was filled, forget
 * the pool (connections in use at the fork belong to threads that are not
 * here). */
static void pool_adopt(struct pg_store *s)
{
	if (s->pid == getpid())
		return;
	for (int i = 0; i < s->n_idle; i++)
		conn_forget(s->idle[i]);
	s->n_idle = s->n_open = 0;
	s->pid = getpid();
}

/* Take a pooled connection, or open one if fewer than POOL_MAX are open,
 * or wait for one until the deadline: 0, or -1 + err. */
static int conn_get(struct pg_call *c)
{
	struct pg_store *s = c->s;
	int rc = 0;

	pthread_mutex_lock(&s->lock);
	pool_adopt(s);
	while (c->conn == NULL && rc == 0) {
		if (s->n_idle > 0) {
			c->conn = s->idle[--s->n_idle];
			if (!idle_alive(c->conn)) {
				PQfinish(c->conn);
				c->conn = NULL;
				s->n_open--;
			}
		} else if (s->n_open < POOL_MAX) {
			s->n_open++;
			pthread_mutex_unlock(&s->lock);
			rc = connect_one(c);
			pthread_mutex_lock(&s->lock);
			if (c->conn == NULL)
				s->n_open--;
			break;
		} else if (pthread_cond_timedwait(&s->freed, &s->lock, &c->deadline) == ETIMEDOUT) {
			cm_err_set(c->err, "store %s: all %d connections busy for %ld ms", s->shown,
			           POOL_MAX, s->timeout_ms + PG_SLACK_MS);
			rc = -1;
		}
	}
	pthread_mutex_unlock(&s->lock);
	return rc;
}

/* The call's connection back to the pool, or closed if it is broken or in
 * a transaction still. */
void call_end(struct pg_call *c)
{
	struct pg_store *s = c->s;

	pthread_mutex_lock(&s->lock);
	if (c->conn != NULL) {
		if (c->broken || PQstatus(c->conn) != CONNECTION_OK ||
		    PQtransactionStatus(c->conn) != PQTRANS_IDLE || s->n_idle >= POOL_MAX) {
			PQfinish(c->conn);
			s->n_open--;
		} else {
			s->idle[s->n_idle++] = c->conn;
		}
		c->conn = NULL;
	}
	pthread_cond_signal(&s->freed);
	pthread_mutex_unlock(&s->lock);
}

/* Start a call on s: its deadline and a connection. 0 or -1 + err. */
int call_begin(struct pg_call *c, struct pg_store *s, cm_err *err)
{
	long ms = s->timeout_ms + PG_SLACK_MS;

	*c = (struct pg_call){s, NULL, {0, 0}, false, err};
	clock_gettime(CLOCK_MONOTONIC, &c->deadline);
	c->deadline.tv_sec += ms / 1000;
	c->deadline.tv_nsec += (ms % 1000) * 1000000;
	if (c->deadline.tv_nsec >= 1000000000) {
		c->deadline.tv_sec++;
		c->deadline.tv_nsec -= 1000000000;
	}
	if (conn_get(c) == 0)
		return 0;
	call_end(c);
	return -1;
}

void pgconn_fini(struct pg_store *s)
{
	pool_adopt(s);
	for (int i = 0; i < s->n_idle; i++)
		PQfinish(s->idle[i]);
	if (s->n_open != s->n_idle)
		msg_warn("store %s: closed with %d connections in use", s->shown,
		         s->n_open - s->n_idle);
	pthread_cond_destroy(&s->freed);
	pthread_mutex_destroy(&s->lock);
	for (int i = 0; i < MAX_SECRETS; i++)
		free(s->secrets[i]);
	free(s->url);
	free(s->shown);
}

/* The URL parsed by libpq (a bad one is refused at once); its password
 * kept as a secret too (it may be written %-encoded). */
static int check_url(struct pg_store *s, const char *url, cm_err *err)
{
	char *msg = NULL;
	PQconninfoOption *opts = PQconninfoParse(url, &msg);

	if (opts == NULL) {
		pg_fail(s, err, "not a PostgreSQL URL", msg != NULL ? msg : "out of memory");
		PQfreemem(msg);
		return -1;
	}
	for (PQconninfoOption *o = opts; o->keyword != NULL; o++)
		if (strcmp(o->keyword, "password") == 0 && o->val != NULL)
			add_secret(s, o->val, strlen(o->val));
	PQconninfoFree(opts);
	return 0;
}

int pgconn_init(struct pg_store *s, const char *url, const struct store_opts *o, cm_err *err)
{
	pthread_condattr_t attr;

	s->url = xstrdup(url);
	redact_url(s, url);
	s->pid = getpid();
	s->timeout_ms = o->busy_timeout_ms > 0 ? o->busy_timeout_ms : STORE_DEFAULT_TIMEOUT_MS;
	snprintf(s->timeout, sizeof(s->timeout), "%ld", s->timeout_ms);
	pthread_mutex_init(&s->lock, NULL);
	pthread_condattr_init(&attr);
	pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
	pthread_cond_init(&s->freed, &attr);
	pthread_condattr_destroy(&attr);
	return check_url(s, url, err);
}
