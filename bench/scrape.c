/*
 * scrape.c - a cheap scraper of certmilter's GET /metrics for the benchmark
 * (bench/metrics.sh, issue #19; not part of the product or of `make check`).
 *
 *   scrape -u HOST:PORT [-r RATE] [-n MAX] [-P PATH]
 *
 * One process, one HTTP/1.1 connection kept alive (a new one only when the
 * server closed it): GET PATH (default /metrics) RATE times a second
 * (default 10; a fixed schedule, no burst to catch up when late) until MAX
 * scrapes (default: no limit) or SIGTERM/SIGINT. Like a Prometheus server,
 * and unlike a curl process per scrape, its own cost per scrape is small,
 * so what it measures is what certmilter pays for being scraped. Each
 * response must be 200 with a Content-Length body; the body is read and
 * dropped. On exit prints one line:
 *   scrape: scrapes=N ok=N failed=N connections=K bytes=B seconds=S
 *   rate=R cpu_ms=C cpu_ms_per_scrape=X ms_max=M
 * (cpu: its own user+system time, getrusage; ms_max: the slowest scrape,
 * request to last byte) and exits 0 when no scrape failed.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static int connect_to(const struct sockaddr_in *sa)
{
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	int one = 1;

	if (fd < 0)
		return -1;
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	if (connect(fd, (const struct sockaddr *)sa, sizeof(*sa)) < 0) {
		close(fd);
		return -1;
	}
	return fd;
}

static bool send_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = send(fd, p, n, MSG_NOSIGNAL);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return false;
		p += w;
		n -= (size_t)w;
	}
	return true;
}

/* One request on fd: 1 = 200 read in full, 0 = another answer, -1 = the
 * connection failed or closed (before any byte of the answer: *nothing). */
static int scrape_once(int fd, const char *req, size_t reqlen, size_t *bytes, bool *nothing)
{
	static char buf[1 << 16];
	size_t have = 0, body, need;
	char *eoh, *cl;
	int status;

	*nothing = true;
	if (!send_all(fd, req, reqlen))
		return -1;
	for (;;) { /* the header */
		ssize_t r = recv(fd, buf + have, sizeof(buf) - 1 - have, 0);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		*nothing = false;
		have += (size_t)r;
		buf[have] = '\0';
		if ((eoh = strstr(buf, "\r\n\r\n")) != NULL)
			break;
		if (have == sizeof(buf) - 1)
			return -1;
	}
	if (sscanf(buf, "HTTP/1.%*d %d", &status) != 1)
		return -1;
	*eoh = '\0';
	cl = strcasestr(buf, "\r\nContent-Length:");
	if (cl == NULL)
		return -1;
	need = strtoul(cl + 17, NULL, 10);
	body = have - (size_t)(eoh + 4 - buf);
	*bytes += have;
	while (body < need) {
		ssize_t r = recv(fd, buf, sizeof(buf), 0);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		body += (size_t)r;
		*bytes += (size_t)r;
	}
	return status == 200 ? 1 : 0;
}

static _Noreturn void usage(void)
{
	fprintf(stderr, "usage: scrape -u HOST:PORT [-r RATE] [-n MAX] [-P PATH]\n");
	exit(2);
}

struct opts {
	double rate;
	long max;
	struct sockaddr_in sa;
	char req[256];
	size_t reqlen;
};

static void parse_args(int argc, char **argv, struct opts *o)
{
	const char *url = NULL, *path = "/metrics", *colon = NULL;
	char host[64];
	int ch, len;

	o->rate = 10;
	o->max = -1;
	o->sa = (struct sockaddr_in){.sin_family = AF_INET};
	while ((ch = getopt(argc, argv, "u:r:n:P:")) != -1) {
		switch (ch) {
		case 'u':
			url = optarg;
			break;
		case 'r':
			o->rate = atof(optarg);
			break;
		case 'n':
			o->max = atol(optarg);
			break;
		case 'P':
			path = optarg;
			break;
		default:
			usage();
		}
	}
	if (url == NULL || o->rate <= 0 || (colon = strrchr(url, ':')) == NULL ||
	    (size_t)(colon - url) >= sizeof(host))
		usage();
	memcpy(host, url, (size_t)(colon - url));
	host[colon - url] = '\0';
	o->sa.sin_port = htons((unsigned short)atoi(colon + 1));
	if (inet_pton(AF_INET, host, &o->sa.sin_addr) != 1)
		usage();
	len = snprintf(o->req, sizeof(o->req), "GET %s HTTP/1.1\r\nHost: %s\r\nAccept: */*\r\n\r\n",
	               path, url);
	if (len < 0 || (size_t)len >= sizeof(o->req))
		usage();
	o->reqlen = (size_t)len;
}

/* One scrape on *fd (connected first if -1): 1 = 200, else 0. A kept-alive
 * connection the server closed before answering is replaced once. */
static int scrape(const struct opts *o, int *fd, long *conns, size_t *bytes)
{
	int r = -1;
	bool nothing = true;

	for (int attempt = 0; attempt < 2 && r < 0; attempt++) {
		if (*fd < 0) {
			if ((*fd = connect_to(&o->sa)) < 0)
				break;
			(*conns)++;
		}
		r = scrape_once(*fd, o->req, o->reqlen, bytes, &nothing);
		if (r < 0) {
			close(*fd);
			*fd = -1;
			if (!nothing)
				break;
		}
	}
	return r == 1;
}

static void sleep_until(double t)
{
	double wait = t - now_ms();
	struct timespec ts;

	if (wait <= 0)
		return;
	ts.tv_sec = (time_t)(wait / 1000);
	ts.tv_nsec = (long)((wait - (double)ts.tv_sec * 1000) * 1e6);
	nanosleep(&ts, NULL); /* EINTR: stop is set */
}

int main(int argc, char **argv)
{
	struct opts o;
	struct sigaction act = {.sa_handler = on_signal};
	struct rusage ru;
	double t0, next, ms_max = 0, secs, cpu;
	long n = 0, ok = 0, failed = 0, conns = 0;
	size_t bytes = 0;
	int fd = -1;

	parse_args(argc, argv, &o);
	sigaction(SIGTERM, &act, NULL);
	sigaction(SIGINT, &act, NULL);
	t0 = next = now_ms();
	while (!stop && (o.max < 0 || n < o.max)) {
		double t1, ms;

		sleep_until(next);
		if (stop)
			break;
		next += 1000.0 / o.rate; /* a fixed schedule; late: no burst */
		if (next < now_ms())
			next = now_ms();
		t1 = now_ms();
		if (scrape(&o, &fd, &conns, &bytes))
			ok++;
		else
			failed++;
		n++;
		ms = now_ms() - t1;
		if (ms > ms_max)
			ms_max = ms;
	}
	if (fd >= 0)
		close(fd);
	getrusage(RUSAGE_SELF, &ru);
	secs = (now_ms() - t0) / 1000.0;
	cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000.0 +
	      (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000.0;
	printf("scrape: scrapes=%ld ok=%ld failed=%ld connections=%ld bytes=%zu seconds=%.3f "
	       "rate=%.1f cpu_ms=%.1f cpu_ms_per_scrape=%.3f ms_max=%.1f\n",
	       n, ok, failed, conns, bytes, secs, secs > 0 ? (double)n / secs : 0.0, cpu,
	       n > 0 ? cpu / (double)n : 0.0, ms_max);
	return failed == 0 ? 0 : 1;
}
