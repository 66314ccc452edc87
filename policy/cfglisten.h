/*
 * cfglisten.h - the address an HTTP listener of the configuration takes
 * (metrics.listen): "HOST:PORT" with an IPv4 address, "[IPV6]:PORT", or an
 * absolute path for a unix socket. Parsed the same way by the
 * configuration check and by the listener.
 */
#ifndef CFGLISTEN_H
#define CFGLISTEN_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/socket.h>

struct cm_listen {
	struct sockaddr_storage ss; /* AF_INET, AF_INET6 or AF_UNIX */
	socklen_t len;
	bool loopback; /* 127.0.0.0/8, ::1 or a unix socket */
};

/* Is addr (AF_INET or AF_INET6, network order) a loopback address:
 * 127.0.0.0/8 or ::1? */
bool cm_addr_loopback(int family, const void *addr);

/* 0, or -1 with why saying what is wrong with v. */
int cm_listen_parse(const char *v, struct cm_listen *out, char *why, size_t whylen);

#endif
