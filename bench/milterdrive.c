/*
 * milterdrive.c - the milter-only benchmark driver (issue #7; not part of
 * the product or of `make check`).
 *
 *   milterdrive -p SOCKET [-n N] [-c C] [-s SIZE] [-f FROM] [-t RCPT]
 *               [-a ADDR] [-m FILE] [-o FILE] [-l FILE] [-q]
 *
 * Plays the MTA side of the milter protocol (version 6) against a milter at
 * SOCKET (inet:PORT@HOST or unix:PATH) with no MTA in between: C threads
 * send N messages in all, each on its own milter connection, the way
 * Postfix talks to a milter for one SMTP session with one message:
 * OPTNEG, macros, CONNECT, HELO, MAIL, RCPT, the headers, EOH, the body in
 * chunks of MILTER_CHUNK_SIZE, end of body, then every modification request
 * until the final reply, then QUIT. Steps the milter asked to skip are not
 * sent and replies it asked not to give are not awaited.
 *
 * The message: From: <FROM>, To: <RCPT>, Date, Message-Id, Subject, and a
 * body of 78-character lines (like smtp-source's) of SIZE bytes in all;
 * with -m, the message in FILE instead (header fields, a blank line, the
 * body; LF or CRLF line ends; -s is ignored): its fields are sent as
 * Postfix sends them (the value without the one space after the colon
 * unless the milter asked for it, folded lines joined by "\n"), its body
 * with CRLF line ends (mdmsg.c). The client connects from ADDR (-a, IPv4,
 * default 127.0.0.1); MTA name, {daemon_name} "bench".
 *
 * A message counts as "signed" when the milter replaced the body and added
 * a Content-Type of multipart/signed or application/pkcs7-mime (certmilter),
 * or added a DKIM-Signature header (OpenDKIM); as "verified" when it added
 * or inserted an Authentication-Results field that holds "smime=pass"; as
 * "decrypted" when it replaced the body of a message sent as
 * application/pkcs7-mime and added no Content-Type of that type.
 * -o FILE: the first message as the milter changed it is written to FILE
 * (the fields sent, changed, deleted, added and inserted as requested, a
 * blank line, the replacement body if any, else the body sent; LF line
 * ends), e.g. to check it or to make the input of another run.
 * -l FILE: every message's latency in ms (%.3f), one a line, sorted, is
 * written to FILE (to pool the messages of several runs).
 *
 * Prints one line:
 *   milterdrive: messages=N ok=N signed=N failed=N seconds=S rate=R p50_ms=X p99_ms=Y max_ms=Z
 * verified=N decrypted=N (latency = connect to the final reply of the message) and exits 0 when no
 * message failed. -q: no per-failure messages on stderr.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include <libmilter/mfapi.h>
#include <libmilter/mfdef.h>

#include "mdmsg.h"

#define MAX_REPLY (16 * 1024 * 1024)

struct opts {
	const char *socket;
	long n, conc, size;
	const char *from, *rcpt;
	bool quiet;
	const char *addr, *msgfile, *outfile, *latfile;
};

struct target {
	int family;
	socklen_t alen;
	struct sockaddr_storage addr;
};

/* What one message got back from the milter. */
struct outcome {
	bool replbody, signed_ct, dkim, verified, added_pkcs7;
	struct md_msg *cap; /* -o: the message as sent, then as changed */
	char final;         /* the SMFIR_* code that ended the message */
	char why[160];
};

struct shared {
	const struct opts *o;
	struct target tgt;
	char *body;
	size_t body_len;
	struct md_msg in;  /* -m: the message sent */
	bool in_pkcs7;     /* -m: it is application/pkcs7-mime */
	struct md_msg cap; /* -o */
	atomic_long next, ok, nsigned, failed, nverified, ndecrypted;
	double *lat_ms;
};

/* One milter connection. */
struct mconn {
	int fd;
	uint32_t prot; /* protocol flags the milter chose */
	char *buf;     /* last reply's data */
	size_t cap;
	char pend[4096]; /* macro packets, sent with the next command */
	size_t npend;
};

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

static void die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fputs("milterdrive: ", stderr);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

/* ---- socket ---------------------------------------------------------- */

static void parse_socket(const char *spec, struct target *t)
{
	memset(t, 0, sizeof(*t));
	if (strncmp(spec, "unix:", 5) == 0 || strncmp(spec, "local:", 6) == 0) {
		struct sockaddr_un *un = (struct sockaddr_un *)&t->addr;
		const char *path = strchr(spec, ':') + 1;

		if (strlen(path) >= sizeof(un->sun_path))
			die("socket path too long: %s", path);
		un->sun_family = AF_UNIX;
		strcpy(un->sun_path, path);
		t->family = AF_UNIX;
		t->alen = sizeof(*un);
		return;
	}
	if (strncmp(spec, "inet:", 5) != 0 && strncmp(spec, "inet6:", 6) != 0)
		die("socket must be inet:PORT@HOST or unix:PATH, not %s", spec);
	char port[16], host[256] = "127.0.0.1";
	const char *p = strchr(spec, ':') + 1, *at = strchr(p, '@');
	struct addrinfo hints = {.ai_socktype = SOCK_STREAM}, *res;
	size_t plen = at ? (size_t)(at - p) : strlen(p);

	if (plen == 0 || plen >= sizeof(port))
		die("bad port in %s", spec);
	memcpy(port, p, plen);
	port[plen] = '\0';
	if (at)
		snprintf(host, sizeof(host), "%s", at + 1);
	if (getaddrinfo(host, port, &hints, &res) != 0)
		die("cannot resolve %s", spec);
	memcpy(&t->addr, res->ai_addr, res->ai_addrlen);
	t->alen = res->ai_addrlen;
	t->family = res->ai_family;
	freeaddrinfo(res);
}

static int mc_open(const struct target *t)
{
	int fd = socket(t->family, SOCK_STREAM | SOCK_CLOEXEC, 0);

	int one = 1;

	if (fd < 0)
		return -1;
	if (t->family != AF_UNIX)
		setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	if (connect(fd, (const struct sockaddr *)&t->addr, t->alen) < 0) {
		close(fd);
		return -1;
	}
	return fd;
}

/* ---- packets: 4-byte length (network order), command, data ----------- */

static int write_all(int fd, struct iovec *iov, int n)
{
	while (n > 0) {
		ssize_t w = writev(fd, iov, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		while (n > 0 && (size_t)w >= iov->iov_len) {
			w -= (ssize_t)iov->iov_len;
			iov++;
			n--;
		}
		if (n > 0) {
			iov->iov_base = (char *)iov->iov_base + w;
			iov->iov_len -= (size_t)w;
		}
	}
	return 0;
}

/* Send a packet, after the macro packets queued by pkt_queue, in one write:
 * an MTA that flushed each macro packet on its own would meet Nagle's
 * algorithm and delayed ACKs (40 ms each) and measure those, not the milter. */
static int pkt_send(struct mconn *c, char cmd, const void *data, size_t len)
{
	uint32_t nlen = htonl((uint32_t)(len + 1));
	struct iovec iov[4] = {{c->pend, c->npend}, {&nlen, 4}, {&cmd, 1}, {(void *)data, len}};
	int rc = write_all(c->fd, iov, len ? 4 : 3);

	c->npend = 0;
	return rc;
}

/* Queue a packet that gets no reply (a macro definition). */
static int pkt_queue(struct mconn *c, char cmd, const void *data, size_t len)
{
	uint32_t nlen = htonl((uint32_t)(len + 1));

	if (c->npend + 5 + len > sizeof(c->pend))
		return -1;
	memcpy(c->pend + c->npend, &nlen, 4);
	c->pend[c->npend + 4] = cmd;
	memcpy(c->pend + c->npend + 5, data, len);
	c->npend += 5 + len;
	return 0;
}

static int read_all(int fd, void *buf, size_t len)
{
	char *p = buf;

	while (len > 0) {
		ssize_t r = read(fd, p, len);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		p += r;
		len -= (size_t)r;
	}
	return 0;
}

/* Read one reply: its command, its data in c->buf (NUL-terminated), length. */
static int pkt_recv(struct mconn *c, char *cmd, size_t *len)
{
	uint32_t nlen;
	size_t n;

	if (read_all(c->fd, &nlen, 4) < 0)
		return -1;
	n = ntohl(nlen);
	if (n < 1 || n > MAX_REPLY)
		return -1;
	if (read_all(c->fd, cmd, 1) < 0)
		return -1;
	n--;
	if (n + 1 > c->cap) {
		char *nb = realloc(c->buf, n + 1);

		if (nb == NULL)
			return -1;
		c->buf = nb;
		c->cap = n + 1;
	}
	if (n && read_all(c->fd, c->buf, n) < 0)
		return -1;
	c->buf[n] = '\0';
	*len = n;
	return 0;
}

/* ---- the protocol ----------------------------------------------------- */

/* A buffer of NUL-separated strings. */
struct strs {
	char b[4096];
	size_t len;
};

static void strs_add(struct strs *s, const char *v)
{
	size_t n = strlen(v) + 1;

	if (s->len + n <= sizeof(s->b)) {
		memcpy(s->b + s->len, v, n);
		s->len += n;
	}
}

static int negotiate(struct mconn *c, struct outcome *out)
{
	uint32_t offer[3] = {htonl(SMFI_PROT_VERSION), htonl(SMFI_CURR_ACTS),
	                     htonl(SMFI_CURR_PROT)};
	uint32_t got[3];
	char cmd;
	size_t len;

	if (pkt_send(c, SMFIC_OPTNEG, offer, sizeof(offer)) < 0 || pkt_recv(c, &cmd, &len) < 0) {
		snprintf(out->why, sizeof(out->why), "negotiation: connection lost");
		return -1;
	}
	if (cmd != SMFIC_OPTNEG || len < sizeof(got)) {
		snprintf(out->why, sizeof(out->why), "negotiation: reply '%c' of %zu bytes", cmd,
		         len);
		return -1;
	}
	memcpy(got, c->buf, sizeof(got));
	c->prot = ntohl(got[2]);
	return 0;
}

/* Macros for the step cmd, as NAME, VALUE pairs ending in NULL. */
static int macros(struct mconn *c, int cmd, ...)
{
	struct strs s = {.len = 1};
	const char *v;
	va_list ap;

	s.b[0] = (char)cmd;
	va_start(ap, cmd);
	while ((v = va_arg(ap, const char *)) != NULL)
		strs_add(&s, v);
	va_end(ap);
	return pkt_queue(c, SMFIC_MACRO, s.b, s.len);
}

static bool is_failure(char r)
{
	return r == SMFIR_REJECT || r == SMFIR_TEMPFAIL || r == SMFIR_DISCARD ||
	       r == SMFIR_REPLYCODE || r == SMFIR_SHUTDOWN || r == SMFIR_CONN_FAIL;
}

/* Note what a modification request at end of message changes. */
static void note_mod(struct outcome *out, char cmd, const char *data, size_t len)
{
	const char *name = data, *value;

	if (out->cap != NULL)
		md_msg_apply(out->cap, cmd, data, len);
	if (cmd == SMFIR_REPLBODY) {
		out->replbody = true;
		return;
	}
	if (cmd == SMFIR_INSHEADER || cmd == SMFIR_CHGHEADER)
		name = len > 4 ? data + 4 : ""; /* after the 32-bit index */
	if (cmd != SMFIR_ADDHEADER && cmd != SMFIR_INSHEADER && cmd != SMFIR_CHGHEADER)
		return;
	value = name + strlen(name) + 1;
	if (value > data + len)
		return;
	value += strspn(value, " \t");
	if (strcasecmp(name, "DKIM-Signature") == 0)
		out->dkim = true;
	if (strcasecmp(name, "Content-Type") == 0 &&
	    (strncasecmp(value, "multipart/signed", 16) == 0 ||
	     strncasecmp(value, "application/pkcs7-mime", 22) == 0))
		out->signed_ct = true;
	if (strcasecmp(name, "Content-Type") == 0 && md_is_pkcs7(value))
		out->added_pkcs7 = true;
	if (cmd != SMFIR_CHGHEADER && strcasecmp(name, "Authentication-Results") == 0 &&
	    strcasestr(value, "smime=pass") != NULL)
		out->verified = true;
}

/*
 * Send one step and read its replies (unless noreply): modifications are
 * noted, progress is skipped; the final reply is returned in *final.
 * Returns -1 when the connection broke.
 */
static int step(struct mconn *c, char cmd, const void *data, size_t len, uint32_t nr_flag,
                struct outcome *out, char *final)
{
	size_t rlen;
	char r;

	*final = SMFIR_CONTINUE;
	if (pkt_send(c, cmd, data, len) < 0)
		goto lost;
	if (nr_flag && (c->prot & nr_flag))
		return 0;
	for (;;) {
		if (pkt_recv(c, &r, &rlen) < 0)
			goto lost;
		if (r == SMFIR_PROGRESS)
			continue;
		if (cmd == SMFIC_BODYEOB && strchr("hmib+-2eq", r) != NULL) {
			note_mod(out, r, c->buf, rlen);
			continue;
		}
		*final = r;
		return 0;
	}
lost:
	snprintf(out->why, sizeof(out->why), "step '%c': connection lost", cmd);
	return -1;
}

/* True (stop the message) when reply r to step cmd ends it. */
static bool ends_message(struct outcome *out, char cmd, char r)
{
	if (r == SMFIR_CONTINUE || r == SMFIR_SKIP)
		return false;
	out->final = r;
	if (is_failure(r))
		snprintf(out->why, sizeof(out->why), "step '%c': reply '%c'", cmd, r);
	else if (r != SMFIR_ACCEPT)
		snprintf(out->why, sizeof(out->why), "step '%c': unexpected reply '%c'", cmd, r);
	return true;
}

/*
 * One step unless the milter asked not to get it (no_flag): 1 when the
 * message goes on, 0 when the reply ended it, -1 on a broken connection.
 * *skip is set when the milter answered SMFIR_SKIP.
 */
static int run_step(struct mconn *c, char cmd, const void *data, size_t len, uint32_t no_flag,
                    uint32_t nr_flag, struct outcome *out, bool *skip)
{
	char r;

	if (no_flag && (c->prot & no_flag))
		return 1;
	if (step(c, cmd, data, len, nr_flag, out, &r) < 0)
		return -1;
	if (skip && r == SMFIR_SKIP)
		*skip = true;
	return ends_message(out, cmd, r) ? 0 : 1;
}

static int envelope(const struct shared *sh, struct mconn *c, long idx, struct outcome *out)
{
	struct strs conn = {0}, mail = {0}, rcpt = {0};
	char from[300], to[300], port[2] = {(char)0x9c, 0x40}; /* 40000 */
	const char *addr = sh->o->addr;
	const char *host = strcmp(addr, "127.0.0.1") == 0 ? "localhost" : "unknown";
	char who[300];
	int rc;

	strs_add(&conn, host);
	conn.b[conn.len++] = SMFIA_INET;
	memcpy(conn.b + conn.len, port, 2);
	conn.len += 2;
	strs_add(&conn, addr);
	snprintf(from, sizeof(from), "<%s>", sh->o->from);
	snprintf(to, sizeof(to), "<%s>", sh->o->rcpt);
	snprintf(who, sizeof(who), "%s [%s]", host, addr);
	strs_add(&mail, from);
	strs_add(&rcpt, to);
	if (macros(c, SMFIC_CONNECT, "j", "mx.bench.example", "{daemon_name}", "bench",
	           "{client_addr}", addr, "_", who, NULL) < 0)
		return -1;
	rc =
	    run_step(c, SMFIC_CONNECT, conn.b, conn.len, SMFIP_NOCONNECT, SMFIP_NR_CONN, out, NULL);
	if (rc == 1)
		rc = run_step(c, SMFIC_HELO, "bench.example", 14, SMFIP_NOHELO, SMFIP_NR_HELO, out,
		              NULL);
	if (rc == 1 && macros(c, SMFIC_MAIL, "{mail_addr}", sh->o->from, NULL) < 0)
		return -1;
	if (rc == 1)
		rc = run_step(c, SMFIC_MAIL, mail.b, mail.len, SMFIP_NOMAIL, SMFIP_NR_MAIL, out,
		              NULL);
	if (rc == 1 && macros(c, SMFIC_RCPT, "{rcpt_addr}", sh->o->rcpt, NULL) < 0)
		return -1;
	if (rc == 1)
		rc = run_step(c, SMFIC_RCPT, rcpt.b, rcpt.len, SMFIP_NORCPT, SMFIP_NR_RCPT, out,
		              NULL);
	if (rc == 1)
		rc = run_step(c, SMFIC_DATA, NULL, 0, SMFIP_NODATA, SMFIP_NR_DATA, out, NULL);
	(void)idx;
	return rc;
}

/* The generated header fields. */
static int made_headers(const struct shared *sh, struct mconn *c, long idx, struct outcome *out)
{
	char date[64], msgid[64], subject[64], from[300], to[300];
	const char *h[][2] = {{"From", from},        {"To", to},           {"Date", date},
	                      {"Message-Id", msgid}, {"Subject", subject}, {NULL, NULL}};
	const char *lead = (c->prot & SMFIP_HDR_LEADSPC) ? " " : "";
	time_t t = time(NULL);
	struct tm tm;
	int rc = 1;

	gmtime_r(&t, &tm);
	strftime(date, sizeof(date), "%a, %d %b %Y %H:%M:%S +0000", &tm);
	snprintf(msgid, sizeof(msgid), "%s<%ld.%ld@milterdrive.bench>", lead, (long)getpid(), idx);
	snprintf(subject, sizeof(subject), "%smilterdrive message %ld", lead, idx);
	snprintf(from, sizeof(from), "%s<%s>", lead, sh->o->from);
	snprintf(to, sizeof(to), "%s<%s>", lead, sh->o->rcpt);
	if (*lead) {
		memmove(date + 1, date, strlen(date) + 1);
		date[0] = ' ';
	}
	for (size_t i = 0; h[i][0] && rc == 1; i++) {
		struct strs s = {0};

		strs_add(&s, h[i][0]);
		strs_add(&s, h[i][1]);
		if (out->cap != NULL)
			md_field_insert(out->cap, out->cap->nf, h[i][0], h[i][1]);
		rc = run_step(c, SMFIC_HEADER, s.b, s.len, SMFIP_NOHDRS, SMFIP_NR_HDR, out, NULL);
	}
	return rc;
}

/* The header fields of the -m message, as Postfix sends them: one space
 * after the colon removed unless the milter asked for it. */
static int file_headers(const struct shared *sh, struct mconn *c, struct outcome *out)
{
	char *buf = NULL;
	int rc = 1;

	for (size_t i = 0; i < sh->in.nf && rc == 1; i++) {
		const char *name = sh->in.f[i].name, *v = sh->in.f[i].value;
		size_t nl, vl;

		if (!(c->prot & SMFIP_HDR_LEADSPC) && *v == ' ')
			v++;
		nl = strlen(name) + 1;
		vl = strlen(v) + 1;
		if ((buf = realloc(buf, nl + vl)) == NULL)
			die("out of memory");
		memcpy(buf, name, nl);
		memcpy(buf + nl, v, vl);
		if (out->cap != NULL)
			md_field_insert(out->cap, out->cap->nf, name, v);
		rc = run_step(c, SMFIC_HEADER, buf, nl + vl, SMFIP_NOHDRS, SMFIP_NR_HDR, out, NULL);
	}
	free(buf);
	return rc;
}

static int headers(const struct shared *sh, struct mconn *c, long idx, struct outcome *out)
{
	int rc = sh->o->msgfile ? file_headers(sh, c, out) : made_headers(sh, c, idx, out);

	if (rc == 1)
		rc = run_step(c, SMFIC_EOH, NULL, 0, SMFIP_NOEOH, SMFIP_NR_EOH, out, NULL);
	return rc;
}

static int body_and_eom(const struct shared *sh, struct mconn *c, long idx, struct outcome *out)
{
	char qid[32];
	bool skip = false;
	int rc = 1;

	for (size_t off = 0; off < sh->body_len && rc == 1 && !skip; off += MILTER_CHUNK_SIZE) {
		size_t n = sh->body_len - off;

		if (n > MILTER_CHUNK_SIZE)
			n = MILTER_CHUNK_SIZE;
		rc = run_step(c, SMFIC_BODY, sh->body + off, n, SMFIP_NOBODY, SMFIP_NR_BODY, out,
		              &skip);
	}
	if (rc != 1)
		return rc;
	snprintf(qid, sizeof(qid), "MD%lX", idx + 0x100000);
	if (macros(c, SMFIC_BODYEOB, "i", qid, NULL) < 0)
		return -1;
	rc = run_step(c, SMFIC_BODYEOB, NULL, 0, 0, 0, out, NULL);
	if (rc == 1) /* continue at end of message: accepted as modified */
		out->final = SMFIR_CONTINUE;
	return rc;
}

/* One message on its own connection; false when it failed. */
static bool one_message(struct shared *sh, long idx, struct outcome *out)
{
	struct mconn c = {.fd = -1};
	int rc = -1;

	memset(out, 0, sizeof(*out));
	if (idx == 0 && sh->o->outfile != NULL) {
		out->cap = &sh->cap;
		md_body_append(out->cap, sh->body, sh->body_len);
	}
	c.fd = mc_open(&sh->tgt);
	if (c.fd < 0) {
		snprintf(out->why, sizeof(out->why), "connect: %s", strerror(errno));
		goto out;
	}
	if (negotiate(&c, out) < 0)
		goto out;
	rc = envelope(sh, &c, idx, out);
	if (rc == 1)
		rc = headers(sh, &c, idx, out);
	if (rc == 1)
		rc = body_and_eom(sh, &c, idx, out);
	if (rc >= 0)
		pkt_send(&c, SMFIC_QUIT, NULL, 0);
	else if (out->why[0] == '\0')
		snprintf(out->why, sizeof(out->why), "connection lost");
out:
	if (c.fd >= 0)
		close(c.fd);
	free(c.buf);
	return rc >= 0 && (out->final == SMFIR_CONTINUE || out->final == SMFIR_ACCEPT);
}

/* ---- threads, statistics, main ----------------------------------------- */

static void *worker(void *arg)
{
	struct shared *sh = arg;
	struct outcome out;
	long idx;

	while ((idx = atomic_fetch_add(&sh->next, 1)) < sh->o->n) {
		double t0 = now_ms();
		bool ok = one_message(sh, idx, &out);

		sh->lat_ms[idx] = now_ms() - t0;
		if (!ok) {
			atomic_fetch_add(&sh->failed, 1);
			if (!sh->o->quiet)
				fprintf(stderr, "milterdrive: message %ld: %s\n", idx,
				        out.why[0] ? out.why : "failed");
			continue;
		}
		atomic_fetch_add(&sh->ok, 1);
		if ((out.replbody && out.signed_ct) || out.dkim)
			atomic_fetch_add(&sh->nsigned, 1);
		if (out.verified)
			atomic_fetch_add(&sh->nverified, 1);
		if (out.replbody && sh->in_pkcs7 && !out.added_pkcs7)
			atomic_fetch_add(&sh->ndecrypted, 1);
	}
	return NULL;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* The q-quantile (nearest rank) of the sorted array v[n]. */
static double quantile(const double *v, long n, double q)
{
	long rank = (long)(q * (double)n + 0.999999);

	if (n == 0)
		return 0;
	if (rank < 1)
		rank = 1;
	return v[(rank > n ? n : rank) - 1];
}

static void usage(void)
{
	fprintf(stderr, "usage: milterdrive -p SOCKET [-n N] [-c C] [-s SIZE] [-f FROM] "
	                "[-t RCPT] [-a ADDR] [-m FILE] [-o FILE] [-l FILE] [-q]\n");
	exit(2);
}

static void parse_args(int argc, char **argv, struct opts *o)
{
	struct in_addr ia;
	int ch;

	*o = (struct opts){
	    NULL,        100,  4,    10240, "alice@example.com", "bob@partner.example", false,
	    "127.0.0.1", NULL, NULL, NULL};
	while ((ch = getopt(argc, argv, "p:n:c:s:f:t:a:m:o:l:q")) != -1) {
		switch (ch) {
		case 'a':
			o->addr = optarg;
			break;
		case 'm':
			o->msgfile = optarg;
			break;
		case 'o':
			o->outfile = optarg;
			break;
		case 'l':
			o->latfile = optarg;
			break;
		case 'p':
			o->socket = optarg;
			break;
		case 'n':
			o->n = atol(optarg);
			break;
		case 'c':
			o->conc = atol(optarg);
			break;
		case 's':
			o->size = atol(optarg);
			break;
		case 'f':
			o->from = optarg;
			break;
		case 't':
			o->rcpt = optarg;
			break;
		case 'q':
			o->quiet = true;
			break;
		default:
			usage();
		}
	}
	if (o->socket == NULL || o->n < 1 || o->conc < 1 || o->conc > 1000 || o->size < 2)
		usage();
	if (inet_pton(AF_INET, o->addr, &ia) != 1)
		die("-a takes an IPv4 address, not %s", o->addr);
}

/* The message to send: -m's, else a generated body. */
static void load_message(struct shared *sh)
{
	const struct md_field *ct;

	if (sh->o->msgfile == NULL) {
		sh->body = md_make_body(sh->o->size, &sh->body_len);
		return;
	}
	if (md_msg_read(sh->o->msgfile, &sh->in) < 0)
		die("%s: %s", sh->o->msgfile, strerror(errno));
	if (sh->in.nf == 0)
		die("%s: no header fields", sh->o->msgfile);
	sh->body = sh->in.body;
	sh->body_len = sh->in.body_len;
	ct = md_msg_field(&sh->in, "Content-Type");
	sh->in_pkcs7 = ct != NULL && md_is_pkcs7(ct->value);
}

int main(int argc, char **argv)
{
	struct opts o;
	struct shared sh = {0};
	pthread_t *tids;
	double t0, secs;

	parse_args(argc, argv, &o);
	sh.o = &o;
	parse_socket(o.socket, &sh.tgt);
	load_message(&sh);
	sh.lat_ms = calloc((size_t)o.n, sizeof(double));
	tids = calloc((size_t)o.conc, sizeof(*tids));
	if (sh.lat_ms == NULL || tids == NULL)
		die("out of memory");
	t0 = now_ms();
	for (long i = 0; i < o.conc; i++)
		if (pthread_create(&tids[i], NULL, worker, &sh) != 0)
			die("pthread_create failed");
	for (long i = 0; i < o.conc; i++)
		pthread_join(tids[i], NULL);
	secs = (now_ms() - t0) / 1000.0;
	qsort(sh.lat_ms, (size_t)o.n, sizeof(double), cmp_double);
	printf("milterdrive: messages=%ld ok=%ld signed=%ld failed=%ld seconds=%.3f rate=%.1f "
	       "p50_ms=%.1f p99_ms=%.1f max_ms=%.1f verified=%ld decrypted=%ld\n",
	       o.n, (long)sh.ok, (long)sh.nsigned, (long)sh.failed, secs, (double)o.n / secs,
	       quantile(sh.lat_ms, o.n, 0.50), quantile(sh.lat_ms, o.n, 0.99), sh.lat_ms[o.n - 1],
	       (long)sh.nverified, (long)sh.ndecrypted);
	if (o.latfile != NULL) {
		FILE *lf = fopen(o.latfile, "w");

		if (lf == NULL)
			die("%s: %s", o.latfile, strerror(errno));
		for (long i = 0; i < o.n; i++)
			fprintf(lf, "%.3f\n", sh.lat_ms[i]);
		if (fclose(lf) != 0)
			die("%s: %s", o.latfile, strerror(errno));
	}
	if (o.outfile != NULL && md_msg_write(o.outfile, &sh.cap) < 0)
		die("%s: %s", o.outfile, strerror(errno));
	if (o.msgfile != NULL)
		md_msg_free(&sh.in);
	else
		free(sh.body);
	md_msg_free(&sh.cap);
	free(sh.lat_ms);
	free(tids);
	return sh.failed == 0 ? 0 : 1;
}
