/*
 * cfglisten.c - an HTTP listener's address (cfglisten.h).
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/un.h>

#include "cfglisten.h"

bool cm_addr_loopback(int family, const void *addr)
{
	if (family == AF_INET)
		return ((const unsigned char *)addr)[0] == 127;
	return family == AF_INET6 && IN6_IS_ADDR_LOOPBACK((const struct in6_addr *)addr);
}

static int parse_port(const char *p, unsigned short *port, char *why, size_t whylen)
{
	char *end;
	long n = strtol(p, &end, 10);

	if (end == p || *end != '\0' || n < 1 || n > 65535) {
		snprintf(why, whylen, "the port must be 1 to 65535");
		return -1;
	}
	*port = htons((unsigned short)n);
	return 0;
}

static int parse_unix(const char *v, struct cm_listen *out, char *why, size_t whylen)
{
	struct sockaddr_un *un = (struct sockaddr_un *)&out->ss;

	if (strlen(v) >= sizeof(un->sun_path)) {
		snprintf(why, whylen, "a unix socket path must be shorter than %zu bytes",
		         sizeof(un->sun_path));
		return -1;
	}
	un->sun_family = AF_UNIX;
	strcpy(un->sun_path, v);
	out->len = (socklen_t)sizeof(*un);
	out->loopback = true;
	return 0;
}

int cm_listen_parse(const char *v, struct cm_listen *out, char *why, size_t whylen)
{
	struct sockaddr_in *in4 = (struct sockaddr_in *)&out->ss;
	struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&out->ss;
	const char *colon = strrchr(v, ':');
	char host[64];
	size_t hlen;

	memset(out, 0, sizeof(*out));
	if (v[0] == '/')
		return parse_unix(v, out, why, whylen);
	if (colon == NULL || (hlen = (size_t)(colon - v)) == 0 || hlen >= sizeof(host))
		goto bad;
	memcpy(host, v, hlen);
	host[hlen] = '\0';
	if (host[0] == '[' && host[hlen - 1] == ']') {
		host[hlen - 1] = '\0';
		if (inet_pton(AF_INET6, host + 1, &in6->sin6_addr) != 1)
			goto bad;
		in6->sin6_family = AF_INET6;
		out->len = (socklen_t)sizeof(*in6);
		out->loopback = cm_addr_loopback(AF_INET6, &in6->sin6_addr);
		return parse_port(colon + 1, &in6->sin6_port, why, whylen);
	}
	if (inet_pton(AF_INET, host, &in4->sin_addr) != 1)
		goto bad;
	in4->sin_family = AF_INET;
	out->len = (socklen_t)sizeof(*in4);
	out->loopback = cm_addr_loopback(AF_INET, &in4->sin_addr);
	return parse_port(colon + 1, &in4->sin_port, why, whylen);
bad:
	snprintf(why, whylen, "must be IPV4:PORT, [IPV6]:PORT or an absolute path");
	return -1;
}
