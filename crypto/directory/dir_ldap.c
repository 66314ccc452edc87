/*
 * dir_ldap.c - the ldap source (directory.h) over libldap: a pool of
 * persistent connections per ldap source, and the searches that run on
 * them.
 *
 * Ownership. The pool belongs to the client's driver thread (dir_client.c):
 * only that thread attaches searches, reads answers and closes
 * connections. Opening a connection (TCP connect, for ldaps:// the TLS
 * handshake, for ldap:// StartTLS, then the anonymous bind) is done by a
 * short-lived thread per connection being opened, with the blocking
 * libldap calls bounded by LDAP_OPT_NETWORK_TIMEOUT and LDAP_OPT_TIMEOUT,
 * each set to what is left of the source's timeout (counted from the
 * start of the opening, which is when the search that asked for the
 * connection started). A thread and not async calls: libldap's TLS
 * handshake (ldaps://, and after StartTLS) blocks even with
 * LDAP_OPT_CONNECT_ASYNC, so an async connect alone would still let a
 * stopped server hold the driver thread for the whole timeout. The thread
 * hands the bound handle back through its connection (a flag under the
 * connection's mutex, then pthread_join) and wakes the driver with
 * curl_multi_wakeup. When the pool is freed (dir_client_free, a reload)
 * while a connection is still being opened, its thread is detached and
 * frees the connection itself when done, so that freeing never waits on a
 * slow server. At most
 * DIR_LDAP_MAX_CONNS connections (and at most directory.max_in_flight) per
 * source, so at most that many threads. Searches themselves are async on
 * the driver thread: ldap_search_ext, then ldap_result with a zero timeout
 * whenever the driver wakes, the connections' sockets (LDAP_OPT_DESC,
 * non-blocking once bound) among curl_multi_poll's extra descriptors.
 *
 * Reuse. A search takes an idle bound connection to its server; else a new
 * one is opened, up to the bound; else it is pipelined on the least busy
 * one (LDAP allows several operations in flight on one connection;
 * messages are told apart by message id). A connection idle for
 * DIR_LDAP_IDLE_MS is closed. When a connection breaks (LDAP_SERVER_DOWN
 * and the like: the server closed it, restarted, or the network failed)
 * it is dropped, and each search on it is retried once on a fresh
 * connection, unless the connection was itself fresh (no search had
 * completed on it) or the search was a retry already: then the source is
 * unavailable for that lookup. A search past its deadline (the source's
 * timeout) is abandoned (ldap_abandon_ext) and its connection takes no new
 * search (a stopped or unreachable server), and is closed once it has
 * none. A search dropped because nobody waits for it (dir_lookup_cancel)
 * is abandoned and leaves its connection in the pool.
 *
 * StartTLS on ldap://. A connection to an ldap:// server asks for StartTLS
 * (the extended operation) before it binds, as long as the source does not
 * know the answer yet. The first answer is kept for the client's life
 * (dir_source.starttls): when the server agrees, every later connection
 * must do TLS too (a refusal then is a failure, never a fall back to
 * clear); when it refuses with an LDAP result (protocolError, unavailable
 * ...), searches go in clear, and later connections do not ask. The
 * server's certificate (ldaps:// and after StartTLS) is verified against
 * the system's CA store (dir_ldap_ca_file, LDAP_OPT_X_TLS_REQUIRE_CERT
 * demand, the host name checked; the TLS context, LDAP_OPT_X_TLS_NEWCTX,
 * made only when TLS is about to start). An attacker on the path can make the
 * first answer a refusal, so an ldap:// source counts as cleartext anyway
 * (dir_client.c).
 *
 * Answers. Every value of an entry's attributes that libcurl's LDAP output
 * used to give in base64 is a candidate (dir_ldap_value); the bytes of all
 * values of one answer are capped at directory.max_response, and one
 * message from the server (LBER_SB_OPT_SET_MAX_INCOMING) at that plus
 * DIR_LDAP_SLACK. Referrals are not followed. Nothing the server sends is
 * logged. Every option a connection relies on is set on its handle; the
 * program (milter/main.c) also sets LDAPNOINIT, so that no ldap.conf,
 * ldaprc or LDAP* variable adds others (a client certificate, say).
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <lber.h>
#include <ldap.h>

#include "clock.h"
#include "dir_int.h"
#include "log.h"
#include "xalloc.h"

#define DIR_LDAP_SLACK 65536 /* bytes of one message beyond max_response */

const char *dir_ldap_ca_file = "/etc/ssl/certs/ca-certificates.crt";

struct lconn {
	char *uri;            /* scheme://host:port */
	LDAP *ld;             /* once opened: bound */
	bool ready;           /* opened (ld set): searches can be sent */
	pthread_t thread;     /* not ready: the thread that opens it */
	pthread_mutex_t lock; /* opened, orphan */
	bool opened;          /* not ready: the thread is done */
	bool orphan;          /* its pool is gone: the thread frees it */
	long timeout;         /* seconds, the source's */
	size_t max_incoming;  /* bytes of one message */
	CURLM *wake;          /* woken when opened; NULL: none */
	int want_tls;         /* ldap://: dir_source.starttls when opened */
	int offered;          /* from the thread: StartTLS 1 agreed, 0 refused, -1 not asked */
	char err[256];        /* from the thread: why it could not be opened */
	bool used;            /* a search completed on it: not fresh */
	bool stale;           /* a search timed out on it: takes no new one */
	long idle_since;      /* ready and no search: since when */
	struct dir_lsearch *searches;
	struct lconn *next;
};

struct dir_lsearch {
	struct dir_ldap_pool *pool;
	void *owner;
	char *url; /* expanded, for messages */
	char *uri; /* its server */
	LDAPURLDesc *lud;
	struct lconn *conn; /* attached to; NULL once done */
	int msgid;          /* -1: not sent */
	long deadline;
	bool retried;
	bool done;
	size_t bytes;
	int entries, bad;
	STACK_OF(X509) *certs;
	char err[DIR_ERR_LEN]; /* done and not FOUND: "URL: problem" */
	struct dir_lsearch *next;
};

struct dir_ldap_pool {
	struct dir_source *src;
	size_t max_conns, nconns;
	long max_response;
	CURLM *wake; /* NULL: nobody to wake */
	struct lconn *conns;
	struct dir_lsearch *done; /* finished, not yet taken */
};

/* ---- opening a connection (its own thread) ------------------------------ */

static void set_opts(LDAP *ld)
{
	int v3 = LDAP_VERSION3, demand = LDAP_OPT_X_TLS_DEMAND;

	ldap_set_option(ld, LDAP_OPT_PROTOCOL_VERSION, &v3);
	ldap_set_option(ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
	ldap_set_option(ld, LDAP_OPT_RESTART, LDAP_OPT_ON);
	ldap_set_option(ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &demand);
	ldap_set_option(ld, LDAP_OPT_X_TLS_CACERTFILE, dir_ldap_ca_file);
}

/* The next blocking step of opening c may take what is left until
 * deadline (LDAP_OPT_NETWORK_TIMEOUT for connect and TLS handshakes,
 * LDAP_OPT_TIMEOUT for the answers); false if nothing is left. */
static bool time_left(LDAP *ld, long deadline, struct lconn *c)
{
	long ms = deadline - cm_now_ms();
	struct timeval tv = {ms / 1000, (ms % 1000) * 1000};

	if (ms <= 0) {
		snprintf(c->err, sizeof(c->err), "timed out after %ld s", c->timeout);
		return false;
	}
	ldap_set_option(ld, LDAP_OPT_NETWORK_TIMEOUT, &tv);
	ldap_set_option(ld, LDAP_OPT_TIMEOUT, &tv);
	return true;
}

/* ld's own TLS context, of the options set_opts gave it; made only when
 * TLS is about to be used (loading the CA store takes time). False if it
 * cannot be made. */
static bool tls_ctx(LDAP *ld)
{
	int zero = 0;

	return ldap_set_option(ld, LDAP_OPT_X_TLS_NEWCTX, &zero) == LDAP_OPT_SUCCESS;
}

/* Why libldap failed (rc), with its own diagnostic if any: that text is
 * made by libldap or the TLS library, but may quote the server, so it is
 * escaped. */
static void ldap_problem(LDAP *ld, int rc, const char *what, struct lconn *c)
{
	char *diag = NULL, esc[256] = "";

	if (ld != NULL && ldap_get_option(ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &diag) == 0 &&
	    diag != NULL && diag[0] != '\0')
		log_escape(esc, sizeof(esc), diag, strlen(diag));
	ldap_memfree(diag);
	if (rc == LDAP_TIMEOUT) /* as when the search's deadline comes first */
		snprintf(c->err, sizeof(c->err), "timed out after %ld s", c->timeout);
	else
		snprintf(c->err, sizeof(c->err), "%s: %s%s%s", what, ldap_err2string(rc),
		         esc[0] ? ": " : "", esc);
}

/* StartTLS on ld (ldap://) as c->want_tls says; false: c->err says why. */
static bool starttls(LDAP *ld, struct lconn *c, long deadline)
{
	int rc = ldap_extended_operation_s(ld, LDAP_EXOP_START_TLS, NULL, NULL, NULL, NULL, NULL);

	if (rc < 0) { /* no answer: not reachable */
		ldap_problem(ld, rc, "cannot connect", c);
		return false;
	}
	if (rc == LDAP_BUSY) { /* not now: nothing learned */
		ldap_problem(ld, rc, "StartTLS", c);
		return false;
	}
	c->offered = rc == LDAP_SUCCESS;
	if (rc != LDAP_SUCCESS && c->want_tls == 1) {
		snprintf(c->err, sizeof(c->err),
		         "the server refused StartTLS, which it accepted before (%s)",
		         ldap_err2string(rc));
		return false;
	}
	if (rc != LDAP_SUCCESS)
		return true; /* refused: in clear */
	if (!tls_ctx(ld)) {
		snprintf(c->err, sizeof(c->err), "cannot set up TLS (the CA store %s)",
		         dir_ldap_ca_file);
		return false;
	}
	if (!time_left(ld, deadline, c))
		return false;
	rc = ldap_install_tls(ld);
	if (rc != LDAP_SUCCESS) {
		ldap_problem(ld, rc, "TLS after StartTLS failed", c);
		return false;
	}
	return true;
}

/* Open c (blocking, within timeout_ms in all); c->ld set if bound. */
static void conn_setup(struct lconn *c, long timeout_ms)
{
	long deadline = cm_now_ms() + timeout_ms;
	struct berval none = {0, ""};
	ber_len_t max = (ber_len_t)c->max_incoming;
	Sockbuf *sb = NULL;
	LDAP *ld = NULL;
	int rc = ldap_initialize(&ld, c->uri);

	if (rc != LDAP_SUCCESS) {
		ldap_problem(NULL, rc, "cannot use the URL", c);
		return;
	}
	set_opts(ld);
	if (strncmp(c->uri, "ldaps://", 8) == 0 && !tls_ctx(ld)) {
		snprintf(c->err, sizeof(c->err), "cannot set up TLS (the CA store %s)",
		         dir_ldap_ca_file);
		goto fail;
	}
	if (strncmp(c->uri, "ldap://", 7) == 0 && c->want_tls != 0 &&
	    (!time_left(ld, deadline, c) || !starttls(ld, c, deadline)))
		goto fail;
	if (!time_left(ld, deadline, c))
		goto fail;
	rc = ldap_sasl_bind_s(ld, "", LDAP_SASL_SIMPLE, &none, NULL, NULL, NULL);
	if (rc != LDAP_SUCCESS) {
		ldap_problem(ld, rc, rc < 0 ? "cannot connect" : "anonymous bind refused", c);
		goto fail;
	}
	if (ldap_get_option(ld, LDAP_OPT_SOCKBUF, &sb) != 0 || sb == NULL ||
	    ber_sockbuf_ctrl(sb, LBER_SB_OPT_SET_MAX_INCOMING, &max) != 1 ||
	    ber_sockbuf_ctrl(sb, LBER_SB_OPT_SET_NONBLOCK, (void *)1) != 1) {
		snprintf(c->err, sizeof(c->err), "cannot set up the connection's socket");
		goto fail;
	}
	c->ld = ld;
	return;
fail:
	ldap_unbind_ext_s(ld, NULL, NULL);
}

/* Close c (its thread joined, or c an orphan; no search on it). */
static void conn_free(struct lconn *c)
{
	if (c->ld != NULL)
		ldap_unbind_ext_s(c->ld, NULL, NULL);
	pthread_mutex_destroy(&c->lock);
	x_free(c->uri);
	x_free(c);
}

static void *conn_thread(void *arg)
{
	struct lconn *c = arg;
	bool orphan;

	conn_setup(c, c->timeout * 1000L);
	pthread_mutex_lock(&c->lock);
	c->opened = true;
	orphan = c->orphan;
	if (!orphan && c->wake != NULL) /* under the lock: the pool is still there */
		curl_multi_wakeup(c->wake);
	pthread_mutex_unlock(&c->lock);
	if (orphan)
		conn_free(c);
	return NULL;
}

static bool conn_is_opened(struct lconn *c)
{
	bool opened;

	pthread_mutex_lock(&c->lock);
	opened = c->opened;
	pthread_mutex_unlock(&c->lock);
	return opened;
}

/* ---- the pool (driver thread) -------------------------------------------- */

static struct lconn *conn_open(struct dir_ldap_pool *p, const char *uri)
{
	struct lconn *c = xcalloc(1, sizeof(*c));

	c->uri = xstrdup(uri);
	c->offered = -1;
	c->want_tls = p->src->starttls;
	c->timeout = p->src->timeout;
	c->max_incoming = (size_t)p->max_response + DIR_LDAP_SLACK;
	c->wake = p->wake;
	pthread_mutex_init(&c->lock, NULL);
	if (pthread_create(&c->thread, NULL, conn_thread, c) != 0)
		msg_panic("directory: cannot start a thread to open an LDAP connection");
	c->next = p->conns;
	p->conns = c;
	p->nconns++;
	msg_debug("directory: %s: opening an LDAP connection (%zu open)", uri, p->nconns);
	return c;
}

static void conn_unlink(struct dir_ldap_pool *p, struct lconn *c)
{
	struct lconn **pp = &p->conns;

	while (*pp != c)
		pp = &(*pp)->next;
	*pp = c->next;
	p->nconns--;
}

static void search_detach(struct dir_lsearch *ls)
{
	struct lconn *c = ls->conn;
	struct dir_lsearch **pp = &c->searches;

	while (*pp != ls)
		pp = &(*pp)->next;
	*pp = ls->next;
	ls->next = NULL;
	ls->conn = NULL;
	if (c->searches == NULL)
		c->idle_since = cm_now_ms();
}

static void search_done(struct dir_lsearch *ls, const char *fmt, ...) PRINTFLIKE(2, 3);
/* ls is finished (fmt NULL: answered; else unavailable, why): to the
 * pool's done list. */
static void search_done(struct dir_lsearch *ls, const char *fmt, ...)
{
	char why[DIR_ERR_LEN];
	va_list ap;

	if (ls->conn != NULL)
		search_detach(ls);
	ls->done = true;
	if (fmt != NULL) {
		va_start(ap, fmt);
		vsnprintf(why, sizeof(why), fmt, ap);
		va_end(ap);
		snprintf(ls->err, sizeof(ls->err), "%s: %s", ls->url, why);
	}
	ls->next = ls->pool->done;
	ls->pool->done = ls;
}

static void conn_broken(struct dir_ldap_pool *p, struct lconn *c, const char *why);

static void search_send(struct dir_ldap_pool *p, struct lconn *c, struct dir_lsearch *ls)
{
	struct timeval tv = {p->src->timeout, 0};
	const LDAPURLDesc *u = ls->lud;
	int rc =
	    ldap_search_ext(c->ld, u->lud_dn != NULL ? u->lud_dn : "", u->lud_scope, u->lud_filter,
	                    u->lud_attrs, 0, NULL, NULL, &tv, LDAP_NO_LIMIT, &ls->msgid);

	if (rc != LDAP_SUCCESS) {
		ls->msgid = -1;
		conn_broken(p, c, ldap_err2string(rc));
	}
}

/* Attach ls to a connection to its server: an idle one (unless fresh is
 * asked for), else a new one, else the least busy one. */
static void search_attach(struct dir_ldap_pool *p, struct dir_lsearch *ls, bool fresh)
{
	struct lconn *best = NULL;
	size_t least = (size_t)-1;

	for (struct lconn *c = p->conns; c != NULL && !fresh; c = c->next)
		if (c->ready && !c->stale && c->searches == NULL && strcmp(c->uri, ls->uri) == 0) {
			best = c;
			break;
		}
	if (best == NULL && p->nconns < p->max_conns)
		best = conn_open(p, ls->uri);
	for (struct lconn *c = p->conns; best == NULL && c != NULL; c = c->next) {
		size_t n = 0;

		if (c->stale || strcmp(c->uri, ls->uri) != 0 || (fresh && c->used))
			continue;
		for (struct dir_lsearch *o = c->searches; o != NULL; o = o->next)
			n++;
		if (n < least) {
			least = n;
			best = c;
		}
	}
	if (best == NULL) {
		search_done(ls, "all %zu LDAP connections are in trouble", p->nconns);
		return;
	}
	ls->conn = best;
	ls->msgid = -1;
	ls->next = best->searches;
	best->searches = ls;
	if (best->ready)
		search_send(p, best, ls);
}

/* c broke: drop it; retry each search on it once, on a fresh connection,
 * unless c was fresh itself. */
static void conn_broken(struct dir_ldap_pool *p, struct lconn *c, const char *why)
{
	struct dir_lsearch *ls;

	conn_unlink(p, c);
	msg_debug("directory: %s: LDAP connection lost: %s", c->uri, why);
	while ((ls = c->searches) != NULL) {
		c->searches = ls->next;
		ls->conn = NULL;
		if (!c->used || ls->retried) {
			search_done(ls, "%s", why);
		} else {
			ls->retried = true;
			search_attach(p, ls, true);
		}
	}
	conn_free(c);
}

/* What the StartTLS request of a new connection learned. */
static void starttls_known(struct dir_source *s, int offered)
{
	if (offered < 0 || s->starttls == offered)
		return;
	s->starttls = offered;
	if (offered)
		msg_info("directory: %s: the server accepts StartTLS: searches use TLS", s->url);
	else
		msg_warn("directory: %s: the server refuses StartTLS: searches go in clear",
		         s->url);
}

/* c's thread is done: send its searches, or fail them. */
static void conn_opened(struct dir_ldap_pool *p, struct lconn *c)
{
	struct dir_lsearch *ls, *next;

	pthread_join(c->thread, NULL);
	starttls_known(p->src, c->offered);
	if (c->ld == NULL) {
		conn_unlink(p, c);
		while ((ls = c->searches) != NULL)
			search_done(ls, "%s", c->err);
		msg_debug("directory: %s: %s", c->uri, c->err);
		conn_free(c);
		return;
	}
	c->ready = true;
	c->idle_since = cm_now_ms();
	for (ls = c->searches; ls != NULL; ls = next) {
		next = ls->next;
		search_send(p, c, ls);
		if (ls->msgid < 0) /* c broke and is gone */
			return;
	}
}

/* ---- answers --------------------------------------------------------------- */

/* The values of one entry; false if the answer grew past max_response. */
static bool entry_values(struct dir_ldap_pool *p, LDAP *ld, LDAPMessage *e, struct dir_lsearch *ls)
{
	BerElement *ber = NULL;
	bool fits = true;

	ls->entries++;
	for (char *attr = ldap_first_attribute(ld, e, &ber); attr != NULL;
	     attr = ldap_next_attribute(ld, e, ber)) {
		struct berval **vals = ldap_get_values_len(ld, e, attr);

		for (size_t i = 0; fits && vals != NULL && vals[i] != NULL; i++) {
			ls->bytes += vals[i]->bv_len;
			fits = ls->bytes <= (size_t)p->max_response;
			if (fits && dir_ldap_value(attr, (const unsigned char *)vals[i]->bv_val,
			                           vals[i]->bv_len, ls->certs) < 0)
				ls->bad++;
		}
		ldap_value_free_len(vals);
		ldap_memfree(attr);
		if (!fits)
			break;
	}
	ber_free(ber, 0);
	return fits;
}

/* One message for a search of c. */
static void search_message(struct dir_ldap_pool *p, struct lconn *c, struct dir_lsearch *ls,
                           LDAPMessage *m)
{
	int rc = LDAP_OTHER;

	switch (ldap_msgtype(m)) {
	case LDAP_RES_SEARCH_ENTRY:
		if (!entry_values(p, c->ld, m, ls)) {
			ldap_abandon_ext(c->ld, ls->msgid, NULL, NULL);
			search_done(ls, "reply larger than directory.max_response (%ld bytes)",
			            p->max_response);
		}
		return;
	case LDAP_RES_SEARCH_RESULT:
		c->used = true;
		if (ldap_parse_result(c->ld, m, &rc, NULL, NULL, NULL, NULL, 0) != LDAP_SUCCESS ||
		    rc != LDAP_SUCCESS)
			search_done(ls, "search failed: %s", ldap_err2string(rc));
		else
			search_done(ls, NULL);
		return;
	default: /* references: not followed */
		return;
	}
}

/* Read what c's server sent so far (never waits). */
static void conn_read(struct dir_ldap_pool *p, struct lconn *c)
{
	struct timeval zero = {0, 0};
	LDAPMessage *m = NULL;
	int rc, err = LDAP_SERVER_DOWN;

	while (c->searches != NULL &&
	       (rc = ldap_result(c->ld, LDAP_RES_ANY, LDAP_MSG_ONE, &zero, &m)) != 0) {
		struct dir_lsearch *ls = c->searches;

		if (rc < 0) {
			ldap_get_option(c->ld, LDAP_OPT_RESULT_CODE, &err);
			conn_broken(p, c, ldap_err2string(err));
			return;
		}
		while (ls != NULL && ls->msgid != ldap_msgid(m))
			ls = ls->next;
		if (ls != NULL) /* else one abandoned */
			search_message(p, c, ls, m);
		ldap_msgfree(m);
		m = NULL;
	}
}

/* Searches past their deadline, and connections to close. */
static void pool_expire(struct dir_ldap_pool *p, long now)
{
	struct lconn *c, *next;

	for (c = p->conns; c != NULL; c = next) {
		struct dir_lsearch *ls, *lnext;

		next = c->next;
		for (ls = c->searches; ls != NULL; ls = lnext) {
			lnext = ls->next;
			if (now < ls->deadline)
				continue;
			if (ls->msgid >= 0)
				ldap_abandon_ext(c->ld, ls->msgid, NULL, NULL);
			c->stale = true;
			search_done(ls, "timed out after %ld s", p->src->timeout);
		}
		if (c->ready && c->searches == NULL &&
		    (c->stale || now - c->idle_since >= DIR_LDAP_IDLE_MS)) {
			msg_debug("directory: %s: LDAP connection closed (%s)", c->uri,
			          c->stale ? "a search timed out on it" : "idle");
			conn_unlink(p, c);
			conn_free(c);
		}
	}
}

void dir_ldap_pool_run(struct dir_ldap_pool *p)
{
	struct lconn *c, *next;

	for (c = p->conns; c != NULL; c = next) {
		next = c->next;
		if (!c->ready && conn_is_opened(c))
			conn_opened(p, c);
	}
	for (c = p->conns; c != NULL; c = next) {
		next = c->next;
		if (c->ready && c->searches != NULL)
			conn_read(p, c);
	}
	pool_expire(p, cm_now_ms());
}

long dir_ldap_pool_wait_ms(const struct dir_ldap_pool *p, long max_ms)
{
	long now = cm_now_ms(), ms = max_ms;

	if (p->done != NULL)
		return 0;
	for (const struct lconn *c = p->conns; c != NULL; c = c->next) {
		if (c->ready && c->searches == NULL && c->idle_since + DIR_LDAP_IDLE_MS - now < ms)
			ms = c->idle_since + DIR_LDAP_IDLE_MS - now;
		for (const struct dir_lsearch *ls = c->searches; ls != NULL; ls = ls->next)
			if (ls->deadline - now < ms)
				ms = ls->deadline - now;
	}
	return ms > 0 ? ms : 0;
}

unsigned dir_ldap_pool_fds(const struct dir_ldap_pool *p, struct curl_waitfd *w, unsigned max)
{
	unsigned n = 0;

	for (const struct lconn *c = p->conns; c != NULL && n < max; c = c->next) {
		int fd = -1;

		if (c->ready && c->searches != NULL &&
		    ldap_get_option(c->ld, LDAP_OPT_DESC, &fd) == LDAP_OPT_SUCCESS && fd >= 0)
			w[n++] = (struct curl_waitfd){fd, CURL_WAIT_POLLIN, 0};
	}
	return n;
}

size_t dir_ldap_pool_conns(const struct dir_ldap_pool *p)
{
	return p->nconns;
}

struct dir_ldap_pool *dir_ldap_pool_new(struct dir_source *s, size_t max_conns, long max_response,
                                        CURLM *wake)
{
	struct dir_ldap_pool *p = xcalloc(1, sizeof(*p));

	p->src = s;
	p->max_conns = max_conns > 0 ? max_conns : 1;
	p->max_response = max_response;
	p->wake = wake;
	return p;
}

/* Every search must have been freed. Connections still being opened are
 * left to their threads, which close them when done. */
struct dir_ldap_pool *dir_ldap_pool_free(struct dir_ldap_pool *p)
{
	struct lconn *c;

	if (p == NULL)
		return NULL;
	while ((c = p->conns) != NULL) {
		if (c->searches != NULL || p->done != NULL)
			msg_panic("directory: LDAP pool freed with a search in it");
		p->conns = c->next;
		if (!c->ready) {
			pthread_t t = c->thread;
			bool orphan;

			pthread_mutex_lock(&c->lock);
			orphan = c->orphan = !c->opened;
			pthread_mutex_unlock(&c->lock);
			if (orphan) { /* it frees c when done: c is not touched again */
				pthread_detach(t);
				continue;
			}
			pthread_join(t, NULL);
		}
		conn_free(c);
	}
	return x_free(p);
}

/* ---- searches ---------------------------------------------------------------- */

/* The server part of a parsed URL: "scheme://host:port" (xmalloc'd). */
static char *server_uri(const LDAPURLDesc *u)
{
	const char *host = u->lud_host != NULL ? u->lud_host : "";
	bool v6 = strchr(host, ':') != NULL;
	char *uri = xmalloc(strlen(u->lud_scheme) + strlen(host) + 32);

	sprintf(uri, "%s://%s%s%s", u->lud_scheme, v6 ? "[" : "", host, v6 ? "]" : "");
	if (u->lud_port > 0)
		sprintf(uri + strlen(uri), ":%d", u->lud_port);
	return uri;
}

struct dir_lsearch *dir_lsearch_new(struct dir_ldap_pool *p, const char *key, void *owner)
{
	struct dir_lsearch *ls = xcalloc(1, sizeof(*ls));
	int rc;

	ls->pool = p;
	ls->owner = owner;
	ls->msgid = -1;
	ls->url = dir_expand_ldap(p->src->url, key);
	ls->certs = sk_X509_new_null();
	ls->deadline = cm_now_ms() + p->src->timeout * 1000L;
	rc = ldap_url_parse(ls->url, &ls->lud);
	if (rc != LDAP_URL_SUCCESS || ls->certs == NULL) {
		search_done(ls, "not an LDAP URL (error %d)", rc);
		return ls;
	}
	ls->uri = server_uri(ls->lud);
	search_attach(p, ls, false);
	return ls;
}

void *dir_lsearch_owner(const struct dir_lsearch *ls)
{
	return ls->owner;
}

struct dir_lsearch *dir_ldap_pool_done(struct dir_ldap_pool *p)
{
	struct dir_lsearch *ls = p->done;

	if (ls != NULL) {
		p->done = ls->next;
		ls->next = NULL;
	}
	return ls;
}

struct dir_lsearch *dir_lsearch_free(struct dir_lsearch *ls)
{
	struct dir_lsearch **pp;

	if (ls == NULL)
		return NULL;
	if (ls->conn != NULL) {
		if (ls->msgid >= 0)
			ldap_abandon_ext(ls->conn->ld, ls->msgid, NULL, NULL);
		search_detach(ls);
	} else if (ls->done) { /* maybe not taken yet */
		for (pp = &ls->pool->done; *pp != NULL; pp = &(*pp)->next)
			if (*pp == ls) {
				*pp = ls->next;
				break;
			}
	}
	sk_X509_pop_free(ls->certs, X509_free);
	if (ls->lud != NULL)
		ldap_free_urldesc(ls->lud);
	x_free(ls->uri);
	x_free(ls->url);
	return x_free(ls);
}

const char *dir_lsearch_url(const struct dir_lsearch *ls)
{
	return ls->url;
}

enum dir_result dir_lsearch_certs(struct dir_lsearch *ls, STACK_OF(X509) **certs, char *err,
                                  size_t len)
{
	*certs = NULL;
	if (ls->err[0] != '\0') {
		snprintf(err, len, "%s", ls->err);
		return DIR_UNAVAILABLE;
	}
	if (ls->bad > 0)
		msg_warn("directory: %s: %d attribute value(s) that are no certificate", ls->url,
		         ls->bad);
	msg_debug("directory: %s: %d entries, %d certificates", ls->url, ls->entries,
	          sk_X509_num(ls->certs));
	*certs = ls->certs;
	ls->certs = NULL;
	return DIR_FOUND;
}
