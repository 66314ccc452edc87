/*
 * testsrv.h - test servers for the unit tests that talk to one over
 * 127.0.0.1 (check_timestamp: tests/tsad; check_directory: dirserver.py):
 * free ports, starting a server that says "listening ..." on stdout,
 * stopping it, and a plain GET of its status pages.
 */
#ifndef TESTSRV_H
#define TESTSRV_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* Does a connection to 127.0.0.1:port get refused (nothing listens)? */
bool testsrv_port_closed(int port);
/* The first closed port from `from` on (trying 100), or -1. */
int testsrv_next_port(int from);
/* Run prog with argv, its stdout a pipe; its pid once its first line
 * starts with "listening ", else -1 (the child reaped). */
pid_t testsrv_start(const char *prog, char *const argv[]);
/* SIGTERM and wait: its exit status, or -1 if it did not exit normally
 * (e.g. killed by a signal). */
int testsrv_stop(pid_t pid);
/* GET url on a connection of its own; the body, NUL-terminated, in buf
 * (len bytes). Check assertion: the transfer completed and fitted. */
void testsrv_get(const char *url, char *buf, size_t len);

#endif
