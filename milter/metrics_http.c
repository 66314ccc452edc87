/*
 * metrics_http.c - the GET /metrics endpoint (metrics_http.h).
 *
 * The socket is bound here (an inet address or a unix socket path, mode
 * 0660) and handed to libmicrohttpd, whose own thread serves it: nothing
 * on the milter path waits for a scrape. A client that is neither on
 * loopback nor in metrics.allow (read from the configuration in force, so
 * a reload changes it) is refused before its request is read. Only GET
 * /metrics is served (others: 404 or 405); at most 8 connections, 4 per
 * client address, 10 s each, 16 KB of request: a scraper cannot tie the
 * process up. libmicrohttpd answers malformed requests with 400 itself.
 */
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "cfglisten.h"
#include "expiry.h"
#include "log.h"
#include "metrics.h"
#include "metrics_http.h"
#include "runtime.h"
#include "xalloc.h"

#define CONTENT_TYPE "application/openmetrics-text; version=1.0.0; charset=utf-8"

struct metrics_http {
	struct MHD_Daemon *d;
	int fd;
	char *unix_path; /* unlinked at stop */
};

/* Loopback, a unix socket peer, or one of metrics.allow. */
static enum MHD_Result allowed(void *cls, const struct sockaddr *addr, socklen_t len)
{
	struct cm_runtime *rt;
	const void *a = NULL;
	int family = addr != NULL ? addr->sa_family : AF_UNIX;
	bool ok = false;

	(void)cls;
	if (family == AF_UNIX)
		return MHD_YES;
	if (family == AF_INET && len >= (socklen_t)sizeof(struct sockaddr_in))
		a = &((const struct sockaddr_in *)addr)->sin_addr;
	else if (family == AF_INET6 && len >= (socklen_t)sizeof(struct sockaddr_in6))
		a = &((const struct sockaddr_in6 *)addr)->sin6_addr;
	if (a == NULL)
		return MHD_NO;
	if (cm_addr_loopback(family, a))
		return MHD_YES;
	if ((rt = runtime_acquire()) != NULL) {
		ok = config_net_match(&rt->cfg->metrics.allow, family, a);
		runtime_release(rt);
	}
	return ok ? MHD_YES : MHD_NO;
}

struct expiry_out {
	struct buf *out;
	time_t now;
};

static void expiry_one(const struct expiring *x, void *arg)
{
	struct expiry_out *eo = arg;
	char v[32];

	buf_append(eo->out, "certmilter_certificate_expiry_seconds{", 38);
	metrics_label(eo->out, "addr", x->addr, false);
	metrics_label(eo->out, "class", cm_class_name(x->e->cls), false);
	metrics_label(eo->out, "serial", x->serial, true);
	snprintf(v, sizeof(v), " %lld\n", (long long)(x->e->not_after - eo->now));
	buf_append(eo->out, v, strlen(v));
}

/* The directory lookups of the configuration in force, now. */
static void directory_gauge(struct buf *out, struct dir_client *dir)
{
	struct dir_stats st = {0};
	char line[160];

	metrics_family(out, "certmilter_directory_lookups", "gauge",
	               "Directory lookups now: being answered (running) or waiting for a slot "
	               "of directory.max_in_flight (queued).");
	if (dir != NULL)
		dir_client_stats(dir, &st);
	snprintf(line, sizeof(line),
	         "certmilter_directory_lookups{state=\"running\"} %lu\n"
	         "certmilter_directory_lookups{state=\"queued\"} %lu\n",
	         st.running, st.queued);
	buf_append(out, line, strlen(line));
}

/* The store's queries (store.url; a reload opens it anew: the counter
 * starts again, as a counter may). */
static void store_counter(struct buf *out, struct store *st)
{
	char line[128];

	if (st == NULL)
		return;
	metrics_family(out, "certmilter_store_queries", "counter",
	               "Calls that went to the certificate store's database (store.url).");
	snprintf(line, sizeof(line), "certmilter_store_queries_total %lu\n", store_queries(st));
	buf_append(out, line, strlen(line));
}

/* The families only the configuration in force knows. */
static void runtime_families(struct buf *out, void *ctx)
{
	struct cm_runtime *rt = runtime_acquire();
	struct expiry_out eo = {out, time(NULL)};

	(void)ctx;
	metrics_family(out, "certmilter_certificate_expiry_seconds", "gauge",
	               "Seconds until each keystore certificate expires (negative: expired).");
	if (rt != NULL)
		expiry_scan_all(rt->ks, eo.now, expiry_one, &eo);
	directory_gauge(out, rt != NULL ? rt->dir : NULL);
	store_counter(out, rt != NULL ? rt->store : NULL);
	runtime_release(rt);
}

static enum MHD_Result answer(struct MHD_Connection *c, unsigned status, const char *type,
                              const void *body, size_t len)
{
	struct MHD_Response *r =
	    MHD_create_response_from_buffer(len, (void *)body, MHD_RESPMEM_MUST_COPY);
	enum MHD_Result ret;

	if (r == NULL)
		return MHD_NO;
	MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
	if (status == MHD_HTTP_METHOD_NOT_ALLOWED)
		MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, "GET");
	ret = MHD_queue_response(c, status, r);
	MHD_destroy_response(r);
	return ret;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url,
                              const char *method, const char *version, const char *upload,
                              size_t *upload_size, void **req)
{
	static const char not_found[] = "only GET /metrics here\n";
	static char seen; /* *req after the first call of a request */
	struct buf body = {0};
	enum MHD_Result ret;

	(void)cls, (void)version, (void)upload;
	if (strcmp(url, "/metrics") != 0)
		return answer(c, MHD_HTTP_NOT_FOUND, "text/plain", not_found,
		              sizeof(not_found) - 1);
	if (strcmp(method, MHD_HTTP_METHOD_GET) != 0)
		return answer(c, MHD_HTTP_METHOD_NOT_ALLOWED, "text/plain", not_found,
		              sizeof(not_found) - 1);
	/* Answer on a later call, not on the first (the headers): libmicrohttpd
	 * (0.9.75) closes the connection after an answer queued on the first
	 * call, so a scraper's connection could never be kept alive. */
	if (*req == NULL) {
		*req = &seen;
		return MHD_YES;
	}
	if (*upload_size != 0) { /* a body sent with GET: dropped */
		*upload_size = 0;
		return MHD_YES;
	}
	metrics_render(&body, runtime_families, NULL);
	ret = answer(c, MHD_HTTP_OK, CONTENT_TYPE, body.data, body.len);
	buf_free(&body);
	return ret;
}

static void mhd_log(void *cls, const char *fmt, va_list ap) PRINTFLIKE(2, 0);

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
	char line[512];

	(void)cls;
	vsnprintf(line, sizeof(line), fmt, ap);
	line[strcspn(line, "\n")] = '\0';
	msg_warn("metrics: %s", line);
}

/* A listening socket for l; -1 + err. */
static int bind_listen(const struct cm_listen *l, const char *what, cm_err *err)
{
	int fd = socket(l->ss.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0), one = 1;
	mode_t old;

	if (fd < 0) {
		cm_err_set(err, "metrics.listen %s: socket: %s", what, strerror(errno));
		return -1;
	}
	if (l->ss.ss_family == AF_UNIX) {
		struct stat st;
		const char *path = ((const struct sockaddr_un *)&l->ss)->sun_path;

		if (lstat(path, &st) == 0 && S_ISSOCK(st.st_mode))
			unlink(path); /* left by an earlier run */
	} else {
		setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	}
	old = umask(0117); /* a unix socket: 0660 from the start */
	if (bind(fd, (const struct sockaddr *)&l->ss, l->len) != 0 || listen(fd, 16) != 0) {
		cm_err_set(err, "metrics.listen %s: %s", what, strerror(errno));
		umask(old);
		close(fd);
		return -1;
	}
	umask(old);
	return fd;
}

struct metrics_http *metrics_http_start(const struct cm_config *cfg, cm_err *err)
{
	struct metrics_http *m;
	struct cm_listen l;
	char why[128];

	err->text[0] = '\0';
	if (*cfg->metrics.listen == '\0')
		return NULL;
	if (cm_listen_parse(cfg->metrics.listen, &l, why, sizeof(why)) < 0) {
		cm_err_set(err, "metrics.listen \"%s\": %s", cfg->metrics.listen, why);
		return NULL;
	}
	m = xcalloc(1, sizeof(*m));
	if ((m->fd = bind_listen(&l, cfg->metrics.listen, err)) < 0)
		return x_free(m);
	if (l.ss.ss_family == AF_UNIX)
		m->unix_path = xstrdup(cfg->metrics.listen);
	m->d = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_POLL |
	                            (l.ss.ss_family == AF_INET6 ? MHD_USE_IPv6 : 0),
	                        0, allowed, NULL, handle, NULL, MHD_OPTION_LISTEN_SOCKET, m->fd,
	                        MHD_OPTION_CONNECTION_LIMIT, 8U, MHD_OPTION_PER_IP_CONNECTION_LIMIT,
	                        4U, MHD_OPTION_CONNECTION_TIMEOUT, 10U,
	                        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)16384,
	                        MHD_OPTION_EXTERNAL_LOGGER, mhd_log, NULL, MHD_OPTION_END);
	if (m->d == NULL) {
		cm_err_set(err, "metrics.listen %s: the HTTP server did not start",
		           cfg->metrics.listen);
		return metrics_http_stop(m);
	}
	m->fd = -1; /* the daemon's now: MHD_stop_daemon closes it */
	msg_info("metrics: serving GET /metrics on %s", cfg->metrics.listen);
	return m;
}

struct metrics_http *metrics_http_stop(struct metrics_http *m)
{
	if (m == NULL)
		return NULL;
	if (m->d != NULL)
		MHD_stop_daemon(m->d);
	if (m->fd >= 0)
		close(m->fd);
	if (m->unix_path != NULL)
		unlink(m->unix_path);
	free(m->unix_path);
	free(m);
	return NULL;
}
