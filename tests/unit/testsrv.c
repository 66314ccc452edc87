/*
 * testsrv.c - starting, stopping and asking the test servers of the unit
 * tests (see testsrv.h). Failures to start are return values (the caller
 * reports them before any test runs); a failed GET is a Check assertion.
 */
#include <check.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>

#include <curl/curl.h>

#include "testsrv.h"

bool testsrv_port_closed(int port)
{
	struct sockaddr_in sin = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	bool closed;

	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	closed = connect(fd, (struct sockaddr *)&sin, sizeof(sin)) < 0 && errno == ECONNREFUSED;
	close(fd);
	return closed;
}

int testsrv_next_port(int from)
{
	for (int port = from; port < from + 100; port++)
		if (testsrv_port_closed(port))
			return port;
	return -1;
}

pid_t testsrv_start(const char *prog, char *const argv[])
{
	char line[64] = "";
	int fds[2];
	pid_t pid;
	FILE *fp;

	if (pipe(fds) < 0 || (pid = fork()) < 0)
		return -1;
	if (pid == 0) {
		dup2(fds[1], 1);
		close(fds[0]);
		close(fds[1]);
		execv(prog, argv);
		_exit(127);
	}
	close(fds[1]);
	fp = fdopen(fds[0], "r");
	if (fgets(line, sizeof(line), fp) == NULL || strncmp(line, "listening ", 10) != 0) {
		waitpid(pid, NULL, 0);
		pid = -1;
	}
	fclose(fp);
	return pid;
}

int testsrv_stop(pid_t pid)
{
	int status = 0;

	kill(pid, SIGTERM);
	if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status))
		return -1;
	return WEXITSTATUS(status);
}

struct body {
	char *buf;
	size_t have, len;
};

static size_t collect(char *data, size_t size, size_t nmemb, void *userp)
{
	struct body *b = userp;
	size_t n = size * nmemb;

	if (b->have + n >= b->len)
		return 0;
	memcpy(b->buf + b->have, data, n);
	b->have += n;
	b->buf[b->have] = '\0';
	return n;
}

void testsrv_get(const char *url, char *buf, size_t len)
{
	struct body b = {buf, 0, len};
	CURL *e = curl_easy_init();

	buf[0] = '\0';
	curl_easy_setopt(e, CURLOPT_URL, url);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, collect);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, &b);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	ck_assert_int_eq(curl_easy_perform(e), CURLE_OK);
	curl_easy_cleanup(e);
}
