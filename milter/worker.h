/*
 * worker.h - the serving process: libmilter's smfi_main(), a reload thread
 * that waits for SIGUSR1 from the supervisor (and checks certificate expiry
 * daily), and a stop that lets the messages in flight finish.
 */
#ifndef WORKER_H
#define WORKER_H

#include <stdbool.h>

struct worker_args {
	const char *conf;            /* -c */
	const char *socket_override; /* -p, or NULL */
	bool cli_verbose;            /* -v given: the file's log_level does not apply */
	int listen_fd;               /* libmilter's listening socket, -1 if unknown */
};

/* Serve until stopped; returns the process's exit status. The snapshot in
 * force (runtime_install) is the one to start with. */
int worker_run(const struct worker_args *a);

/* Load the files again and install them (or log why not and keep the
 * snapshot in force). Returns 0 if the new snapshot is in force. */
int worker_reload(const struct worker_args *a);

#endif
