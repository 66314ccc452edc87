/*
 * tsad.c - a small RFC 3161 Time-Stamp Authority over HTTP/1.1, for the
 * tests and the benchmark (not part of the product).
 *
 *   tsad -p PORT -d PKIDIR [-l LOGFILE] [-k rsa|ec]
 *
 * Listens on 127.0.0.1:PORT (0 = any free port), one thread per connection,
 * HTTP/1.1 keep-alive. Prints "listening PORT" on stdout once ready. Tokens
 * are made by OpenSSL's TS_RESP_CTX: policy 1.3.6.1.4.1.99999.1, SHA-256,
 * ESS signingCertificateV2 (SHA-256), the TSA certificate included when the
 * request asks for it. PKIDIR is the output of tests/pki/mkpki.sh. The
 * normal signer is tsa.pem/tsa.key (RSA-2048); -k ec signs with
 * tsa-ec.pem/tsa-ec.key (ECDSA P-256, same root) instead, e.g. for
 * bench/run.sh's dualts-ec row, where a cheaper TSA signature stands in
 * for a remote TSA that costs this machine no CPU.
 *
 * POST paths choose the behaviour: / or /ok normal; /500 HTTP 500; /hang
 * never answers; /imprint, /nonce a valid token for another imprint/nonce;
 * /untrusted signed under a root outside tsa-roots.pem; /inter signed by
 * tsa-inter.pem, under the intermediate tsa-ca.pem, which the token does not
 * carry (the client needs it from elsewhere); /noekp signed by a
 * certificate without the timeStamping EKU; /garbage 200 with random bytes;
 * /big 200 with 20 MB (/bigstream: the same without Content-Length);
 * /slow/MS normal after MS milliseconds; /past/S a token whose genTime is
 * S seconds ago (a signature made before its certificate expired);
 * /rejection a TimeStampResp with
 * status rejection. GET /stats answers "connections N\nrequests N\n" (TCP
 * connections accepted, POSTs served); GET /reset zeroes both.
 * SIGTERM/SIGINT stop it cleanly.
 */
#define _GNU_SOURCE /* memmem, strcasestr */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <openssl/bn.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/ts.h>

#define MAX_HEAD 16384
#define MAX_BODY (1024 * 1024)
#define BIG_BODY (20 * 1024 * 1024)
#define POLICY   "1.3.6.1.4.1.99999.1"
#define CT_REPLY "application/timestamp-reply"
#define CT_TEXT  "text/plain"
#define USAGE    "usage: tsad -p PORT -d PKIDIR [-l LOGFILE] [-k rsa|ec]"

struct signer {
	X509 *cert;
	EVP_PKEY *key;
};

static struct signer good, rogue, noekp, inter;
static ASN1_OBJECT *policy;
static atomic_long n_conns, n_reqs;
static atomic_ulong next_serial = 1;
static FILE *logfp;
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;

struct conn {
	int fd;
	char *buf; /* bytes read, not yet consumed */
	size_t len;
};

struct request {
	char method[16];
	char path[256];
	size_t clen;
	bool close;
	unsigned char *body; /* points into conn->buf */
};

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fputs("tsad: ", stderr);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	ERR_print_errors_fp(stderr);
	exit(1);
}

static void log_line(const struct request *rq, int status, size_t bytes)
{
	if (logfp == NULL)
		return;
	pthread_mutex_lock(&log_lock);
	fprintf(logfp, "%s %s %d %zu\n", rq->method, rq->path, status, bytes);
	fflush(logfp);
	pthread_mutex_unlock(&log_lock);
}

/* ---- tokens ---------------------------------------------------------- */

static ASN1_INTEGER *serial_cb(TS_RESP_CTX *ctx, void *data)
{
	ASN1_INTEGER *s = ASN1_INTEGER_new();

	if (s != NULL && !ASN1_INTEGER_set_uint64(s, atomic_fetch_add(&next_serial, 1))) {
		ASN1_INTEGER_free(s);
		s = NULL;
	}
	return s;
}

/* A TimeStampResp (DER, OPENSSL_malloc'd) for the request in der, signed
 * by s. Without sha256 the context accepts only SHA-512 imprints, so a
 * SHA-256 request is rejected (badAlg) by OpenSSL itself. */
/* The TSA's clock for /past/SECONDS: now, less data's seconds. */
static int past_clock(TS_RESP_CTX *ctx, void *data, long *sec, long *usec)
{
	(void)ctx;
	*sec = (long)time(NULL) - *(const long *)data;
	*usec = 0;
	return 1;
}

static int ts_reply_at(const struct signer *s, bool sha256, const unsigned char *der, size_t len,
                       long back, unsigned char **out);

static int ts_reply(const struct signer *s, bool sha256, const unsigned char *der, size_t len,
                    unsigned char **out)
{
	return ts_reply_at(s, sha256, der, len, 0, out);
}

/* The same with a genTime back seconds ago (0: now). */
static int ts_reply_at(const struct signer *s, bool sha256, const unsigned char *der, size_t len,
                       long back, unsigned char **out)
{
	TS_RESP_CTX *ctx = TS_RESP_CTX_new();
	BIO *in = BIO_new_mem_buf(der, (int)len);
	TS_RESP *resp = NULL;
	int n = -1;

	if (ctx == NULL || in == NULL)
		goto out;
	if (!TS_RESP_CTX_set_signer_cert(ctx, s->cert) ||
	    !TS_RESP_CTX_set_signer_key(ctx, s->key) ||
	    !TS_RESP_CTX_set_signer_digest(ctx, EVP_sha256()) ||
	    !TS_RESP_CTX_set_ess_cert_id_digest(ctx, EVP_sha256()) ||
	    !TS_RESP_CTX_set_def_policy(ctx, policy) ||
	    !TS_RESP_CTX_add_md(ctx, sha256 ? EVP_sha256() : EVP_sha512()) ||
	    !TS_RESP_CTX_set_accuracy(ctx, 1, 0, 0) ||
	    !TS_RESP_CTX_set_clock_precision_digits(ctx, 3))
		goto out;
	TS_RESP_CTX_add_flags(ctx, TS_TSA_NAME);
	TS_RESP_CTX_set_serial_cb(ctx, serial_cb, NULL);
	if (back != 0)
		TS_RESP_CTX_set_time_cb(ctx, past_clock, &back);
	resp = TS_RESP_create_response(ctx, in);
	if (resp != NULL)
		n = i2d_TS_RESP(resp, out);
out:
	TS_RESP_free(resp);
	BIO_free(in);
	TS_RESP_CTX_free(ctx);
	ERR_clear_error();
	return n;
}

/* The request with its imprint (what = 'i') or its nonce (what = 'n')
 * changed, re-encoded; -1 if der is not a TimeStampReq. */
static int alter_request(const unsigned char *der, size_t len, char what, unsigned char **out)
{
	const unsigned char *p = der;
	TS_REQ *req = d2i_TS_REQ(NULL, &p, (long)len);
	BIGNUM *bn = NULL;
	ASN1_INTEGER *nonce = NULL;
	unsigned char msg[EVP_MAX_MD_SIZE];
	int n = -1;

	if (req == NULL)
		goto out;
	if (what == 'i') {
		TS_MSG_IMPRINT *mi = TS_REQ_get_msg_imprint(req);
		ASN1_OCTET_STRING *m = TS_MSG_IMPRINT_get_msg(mi);
		int mlen = ASN1_STRING_length(m);

		if (mlen <= 0 || mlen > (int)sizeof(msg))
			goto out;
		memcpy(msg, ASN1_STRING_get0_data(m), (size_t)mlen);
		msg[0] ^= 0x01;
		if (!TS_MSG_IMPRINT_set_msg(mi, msg, mlen))
			goto out;
	} else {
		const ASN1_INTEGER *old = TS_REQ_get_nonce(req);

		bn = old != NULL ? ASN1_INTEGER_to_BN(old, NULL) : BN_new();
		if (bn == NULL || !BN_add_word(bn, 1) ||
		    (nonce = BN_to_ASN1_INTEGER(bn, NULL)) == NULL || !TS_REQ_set_nonce(req, nonce))
			goto out;
	}
	n = i2d_TS_REQ(req, out);
out:
	ASN1_INTEGER_free(nonce);
	BN_free(bn);
	TS_REQ_free(req);
	return n;
}

/* The TSTInfo (tst_der) as a SignedData token signed by s with CMS, which,
 * unlike TS_RESP_CTX, does not insist on the timeStamping EKU. */
static PKCS7 *cms_token(const struct signer *s, const unsigned char *tst_der, int tst_len)
{
	BIO *in = BIO_new_mem_buf(tst_der, tst_len);
	CMS_ContentInfo *cms = NULL;
	unsigned char *der = NULL;
	const unsigned char *p;
	PKCS7 *p7 = NULL;
	int n;

	cms = CMS_sign(s->cert, s->key, NULL, in,
	               CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP | CMS_CADES);
	if (cms == NULL || !CMS_set1_eContentType(cms, OBJ_nid2obj(NID_id_smime_ct_TSTInfo)) ||
	    !CMS_final(cms, in, NULL, CMS_BINARY))
		goto out;
	n = i2d_CMS_ContentInfo(cms, &der);
	p = der;
	if (n > 0)
		p7 = d2i_PKCS7(NULL, &p, n);
out:
	OPENSSL_free(der);
	CMS_ContentInfo_free(cms);
	BIO_free(in);
	return p7;
}

/* A normal reply to der, its token re-signed by s. */
static int resigned_reply(const struct signer *s, const unsigned char *der, size_t len,
                          unsigned char **out)
{
	unsigned char *orig = NULL, *tst_der = NULL;
	const unsigned char *p;
	TS_RESP *resp = NULL;
	TS_TST_INFO *tst;
	PKCS7 *p7;
	int n = ts_reply(&good, true, der, len, &orig), tst_len;

	p = orig;
	if (n <= 0 || (resp = d2i_TS_RESP(NULL, &p, n)) == NULL ||
	    (tst = TS_RESP_get_tst_info(resp)) == NULL)
		goto fail;
	tst_len = i2d_TS_TST_INFO(tst, &tst_der);
	if (tst_len <= 0 || (p7 = cms_token(s, tst_der, tst_len)) == NULL)
		goto fail;
	/* set_tst_info takes both; the old token and TSTInfo are freed. */
	TS_RESP_set_tst_info(resp, p7, TS_TST_INFO_dup(tst));
	n = i2d_TS_RESP(resp, out);
	goto out;
fail:
	n = -1;
out:
	OPENSSL_free(tst_der);
	OPENSSL_free(orig);
	TS_RESP_free(resp);
	ERR_clear_error();
	return n;
}

/* The reply for a POST to path; -1 when the request is not a TimeStampReq. */
static int make_reply(const char *path, const unsigned char *der, size_t len, unsigned char **out)
{
	unsigned char *alt = NULL;
	int n, alen;

	if (strcmp(path, "/imprint") == 0 || strcmp(path, "/nonce") == 0) {
		alen = alter_request(der, len, path[1], &alt);
		n = alen > 0 ? ts_reply(&good, true, alt, (size_t)alen, out) : -1;
		OPENSSL_free(alt);
		return n;
	}
	if (strcmp(path, "/untrusted") == 0)
		return ts_reply(&rogue, true, der, len, out);
	if (strcmp(path, "/inter") == 0)
		return ts_reply(&inter, true, der, len, out);
	if (strcmp(path, "/noekp") == 0)
		return resigned_reply(&noekp, der, len, out);
	if (strcmp(path, "/rejection") == 0)
		return ts_reply(&good, false, der, len, out);
	if (strncmp(path, "/past/", 6) == 0)
		return ts_reply_at(&good, true, der, len, strtol(path + 6, NULL, 10), out);
	return ts_reply(&good, true, der, len, out);
}

/* ---- HTTP ------------------------------------------------------------ */

static int send_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;

	while (len > 0) {
		ssize_t n = send(fd, p, len, MSG_NOSIGNAL);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Send the status line and headers, followed by body (len bytes; NULL:
 * the caller sends it) in the same segment, so that Nagle's algorithm and
 * delayed ACKs do not add 40 ms to every reply. */
static int respond_head(int fd, int status, const char *ctype, size_t len, bool close,
                        const void *body)
{
	char head[512];
	const char *reason = status == 200   ? "OK"
	                     : status == 404 ? "Not Found"
	                     : status == 405 ? "Method Not Allowed"
	                     : status == 400 ? "Bad Request"
	                                     : "Internal Server Error";
	int n = snprintf(head, sizeof(head),
	                 "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n%s\r\n",
	                 status, reason, ctype, len, close ? "Connection: close\r\n" : "");
	char *all;
	int rc;

	if (body == NULL)
		return send_all(fd, head, (size_t)n);
	all = malloc((size_t)n + len);
	if (all == NULL)
		return -1;
	memcpy(all, head, (size_t)n);
	memcpy(all + n, body, len);
	rc = send_all(fd, all, (size_t)n + len);
	free(all);
	return rc;
}

static int respond(int fd, const struct request *rq, int status, const char *ctype,
                   const void *body, size_t len)
{
	log_line(rq, status, len);
	if (respond_head(fd, status, ctype, len, rq->close, body) < 0)
		return -1;
	return rq->close ? -1 : 0;
}

/* Read more into c->buf; 0 on EOF or error. */
static ssize_t fill(struct conn *c, size_t cap)
{
	ssize_t n;

	do
		n = recv(c->fd, c->buf + c->len, cap - c->len, 0);
	while (n < 0 && errno == EINTR);
	if (n > 0)
		c->len += (size_t)n;
	return n > 0 ? n : 0;
}

/* Parse the request line and the headers this server cares about. */
static int parse_head(struct conn *c, size_t headlen, struct request *rq)
{
	char *line = c->buf, *eol;
	char version[16];

	memset(rq, 0, sizeof(*rq));
	c->buf[headlen - 2] = '\0'; /* the blank line's CR */
	if (sscanf(line, "%15s %255s %15s", rq->method, rq->path, version) != 3)
		return -1;
	rq->close = strcmp(version, "HTTP/1.0") == 0;
	for (line = strstr(line, "\r\n"); line != NULL; line = eol) {
		line += 2;
		eol = strstr(line, "\r\n");
		if (eol != NULL)
			*eol = '\0';
		if (strncasecmp(line, "Content-Length:", 15) == 0)
			rq->clen = strtoul(line + 15, NULL, 10);
		else if (strncasecmp(line, "Connection:", 11) == 0)
			rq->close = strcasestr(line + 11, "close") != NULL;
		else if (strncasecmp(line, "Expect:", 7) == 0 && strcasestr(line, "100-continue"))
			send_all(c->fd, "HTTP/1.1 100 Continue\r\n\r\n", 25);
	}
	return rq->clen > MAX_BODY ? -1 : 0;
}

/* Read one request into rq; returns its total size in c->buf, 0 on a clean
 * EOF, -1 on a malformed request. */
static ssize_t read_request(struct conn *c, struct request *rq)
{
	char *end;
	size_t headlen;

	while ((end = memmem(c->buf, c->len, "\r\n\r\n", 4)) == NULL) {
		if (c->len >= MAX_HEAD || fill(c, MAX_HEAD) == 0)
			return c->len == 0 ? 0 : -1;
	}
	headlen = (size_t)(end - c->buf) + 4;
	if (parse_head(c, headlen, rq) < 0)
		return -1;
	while (c->len < headlen + rq->clen)
		if (fill(c, MAX_HEAD + MAX_BODY) == 0)
			return -1;
	rq->body = (unsigned char *)c->buf + headlen;
	return (ssize_t)(headlen + rq->clen);
}

/* /hang: hold the connection until the client closes it. */
static int hang(struct conn *c)
{
	char sink[4096];
	ssize_t n;

	do
		n = recv(c->fd, sink, sizeof(sink), 0);
	while (n > 0 || (n < 0 && errno == EINTR));
	return -1;
}

/* /big: 20 MB with a Content-Length; /bigstream: 20 MB without one, the
 * end marked by closing the connection (so the client cannot refuse it
 * before it arrives). */
static int send_big(int fd, const struct request *rq, bool stream)
{
	static const char chunk[65536];
	static const char head[] =
	    "HTTP/1.1 200 OK\r\nContent-Type: " CT_REPLY "\r\nConnection: close\r\n\r\n";

	log_line(rq, 200, BIG_BODY);
	if (stream ? send_all(fd, head, sizeof(head) - 1) < 0
	           : respond_head(fd, 200, CT_REPLY, BIG_BODY, rq->close, NULL) < 0)
		return -1;
	for (size_t sent = 0; sent < BIG_BODY; sent += sizeof(chunk))
		if (send_all(fd, chunk, sizeof(chunk)) < 0)
			return -1;
	return rq->close || stream ? -1 : 0;
}

static int serve_get(struct conn *c, const struct request *rq)
{
	char text[128];
	int n;

	if (strcmp(rq->path, "/stats") == 0) {
		n = snprintf(text, sizeof(text), "connections %ld\nrequests %ld\n",
		             atomic_load(&n_conns), atomic_load(&n_reqs));
		return respond(c->fd, rq, 200, CT_TEXT, text, (size_t)n);
	}
	if (strcmp(rq->path, "/reset") == 0) {
		atomic_store(&n_conns, 0);
		atomic_store(&n_reqs, 0);
		return respond(c->fd, rq, 200, CT_TEXT, "reset\n", 6);
	}
	return respond(c->fd, rq, 404, CT_TEXT, "not found\n", 10);
}

static int serve_post(struct conn *c, const struct request *rq)
{
	unsigned char *out = NULL, noise[256];
	int n, rc;

	atomic_fetch_add(&n_reqs, 1);
	if (strcmp(rq->path, "/500") == 0)
		return respond(c->fd, rq, 500, CT_TEXT, "internal error\n", 15);
	if (strcmp(rq->path, "/hang") == 0)
		return hang(c);
	if (strcmp(rq->path, "/big") == 0 || strcmp(rq->path, "/bigstream") == 0)
		return send_big(c->fd, rq, rq->path[4] != '\0');
	if (strcmp(rq->path, "/garbage") == 0) {
		RAND_bytes(noise, sizeof(noise));
		return respond(c->fd, rq, 200, CT_REPLY, noise, sizeof(noise));
	}
	if (strncmp(rq->path, "/slow/", 6) == 0) {
		long ms = strtol(rq->path + 6, NULL, 10);
		struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};

		while (ms > 0 && nanosleep(&ts, &ts) < 0 && errno == EINTR)
			;
	} else if (strcmp(rq->path, "/") != 0 && strcmp(rq->path, "/ok") != 0 &&
	           strcmp(rq->path, "/imprint") != 0 && strcmp(rq->path, "/nonce") != 0 &&
	           strcmp(rq->path, "/untrusted") != 0 && strcmp(rq->path, "/noekp") != 0 &&
	           strcmp(rq->path, "/inter") != 0 && strcmp(rq->path, "/rejection") != 0 &&
	           strncmp(rq->path, "/past/", 6) != 0) {
		return respond(c->fd, rq, 404, CT_TEXT, "not found\n", 10);
	}
	n = make_reply(rq->path, rq->body, rq->clen, &out);
	if (n <= 0)
		rc = respond(c->fd, rq, 400, CT_TEXT, "not a TimeStampReq\n", 19);
	else
		rc = respond(c->fd, rq, 200, CT_REPLY, out, (size_t)n);
	OPENSSL_free(out);
	return rc;
}

static void *serve(void *arg)
{
	struct conn *c = arg;
	struct request rq;
	ssize_t used;
	int rc = 0;

	c->buf = malloc(MAX_HEAD + MAX_BODY + 1);
	while (c->buf != NULL && rc == 0 && (used = read_request(c, &rq)) > 0) {
		if (strcmp(rq.method, "POST") == 0)
			rc = serve_post(c, &rq);
		else if (strcmp(rq.method, "GET") == 0)
			rc = serve_get(c, &rq);
		else
			rc = respond(c->fd, &rq, 405, CT_TEXT, "POST or GET\n", 12);
		memmove(c->buf, c->buf + used, c->len - (size_t)used);
		c->len -= (size_t)used;
	}
	close(c->fd);
	free(c->buf);
	free(c);
	return NULL;
}

/* ---- start-up -------------------------------------------------------- */

static void load_signer(struct signer *s, const char *dir, const char *name)
{
	char path[4096];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/%s.pem", dir, name);
	if ((fp = fopen(path, "r")) == NULL ||
	    (s->cert = PEM_read_X509(fp, NULL, NULL, NULL)) == NULL)
		die("cannot read certificate %s", path);
	fclose(fp);
	snprintf(path, sizeof(path), "%s/%s.key", dir, name);
	if ((fp = fopen(path, "r")) == NULL ||
	    (s->key = PEM_read_PrivateKey(fp, NULL, NULL, NULL)) == NULL)
		die("cannot read key %s", path);
	fclose(fp);
}

static void free_signer(struct signer *s)
{
	X509_free(s->cert);
	EVP_PKEY_free(s->key);
}

static int listen_on(int port)
{
	struct sockaddr_in sin = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
	socklen_t len = sizeof(sin);
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), one = 1;

	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) < 0 ||
	    bind(fd, (struct sockaddr *)&sin, sizeof(sin)) < 0 || listen(fd, 128) < 0 ||
	    getsockname(fd, (struct sockaddr *)&sin, &len) < 0)
		die("cannot listen on 127.0.0.1:%d: %s", port, strerror(errno));
	printf("listening %d\n", ntohs(sin.sin_port));
	fflush(stdout);
	return fd;
}

static void accept_one(int lfd, const pthread_attr_t *attr)
{
	struct conn *c;
	pthread_t tid;
	int fd = accept4(lfd, NULL, NULL, SOCK_CLOEXEC), one = 1;

	if (fd < 0)
		return;
	atomic_fetch_add(&n_conns, 1);
	c = calloc(1, sizeof(*c));
	if (c == NULL) {
		close(fd);
		return;
	}
	c->fd = fd;
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	if (pthread_create(&tid, attr, serve, c) != 0) {
		close(fd);
		free(c);
	}
}

/* Accept until SIGTERM or SIGINT. */
static void run(int lfd)
{
	sigset_t set;
	pthread_attr_t attr;
	struct pollfd pfd[2];

	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	pthread_sigmask(SIG_BLOCK, &set, NULL); /* threads inherit the mask */
	pfd[0] = (struct pollfd){.fd = lfd, .events = POLLIN};
	pfd[1] = (struct pollfd){.fd = signalfd(-1, &set, SFD_CLOEXEC), .events = POLLIN};
	if (pfd[1].fd < 0)
		die("signalfd: %s", strerror(errno));
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	while (poll(pfd, 2, -1) >= 0 || errno == EINTR) {
		if (pfd[1].revents != 0)
			break;
		if (pfd[0].revents & POLLIN)
			accept_one(lfd, &attr);
	}
	pthread_attr_destroy(&attr);
	close(pfd[1].fd);
}

int main(int argc, char **argv)
{
	const char *dir = NULL, *logfile = NULL, *signer = "tsa";
	int port = -1, opt, lfd;

	while ((opt = getopt(argc, argv, "p:d:l:k:")) != -1) {
		if (opt == 'p')
			port = atoi(optarg);
		else if (opt == 'd')
			dir = optarg;
		else if (opt == 'l')
			logfile = optarg;
		else if (opt == 'k' && strcmp(optarg, "rsa") == 0)
			signer = "tsa";
		else if (opt == 'k' && strcmp(optarg, "ec") == 0)
			signer = "tsa-ec";
		else
			die(USAGE);
	}
	if (port < 0 || port > 65535 || dir == NULL)
		die(USAGE);
	if (logfile != NULL && (logfp = fopen(logfile, "a")) == NULL)
		die("cannot open %s: %s", logfile, strerror(errno));
	load_signer(&good, dir, signer);
	load_signer(&rogue, dir, "tsa-rogue");
	load_signer(&noekp, dir, "tsa-noekp");
	load_signer(&inter, dir, "tsa-inter");
	if ((policy = OBJ_txt2obj(POLICY, 1)) == NULL)
		die("bad policy OID");
	lfd = listen_on(port);
	run(lfd);
	close(lfd);
	ASN1_OBJECT_free(policy);
	free_signer(&good);
	free_signer(&rogue);
	free_signer(&noekp);
	free_signer(&inter);
	if (logfp != NULL)
		fclose(logfp);
	return 0;
}
