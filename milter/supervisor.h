/*
 * supervisor.h - the parent process that keeps the serving process (the
 * worker) running and translates signals for it.
 *
 * libmilter's smfi_main() sigwaits for SIGHUP, SIGTERM and SIGINT in a
 * thread of its own and stops the milter on each of them, so a reload on
 * SIGHUP cannot be had inside the serving process. The supervisor takes
 * the signals instead: SIGHUP becomes SIGUSR1 for the worker, SIGTERM and
 * SIGINT become SIGUSR2; the worker's control thread waits for both. (On
 * SIGTERM libmilter would stop at once: its worker pool stops reading the
 * sessions, so messages in flight could not finish.) A worker that dies
 * by a signal is started again after a back-off.
 */
#ifndef SUPERVISOR_H
#define SUPERVISOR_H

#include <stdbool.h>
#include <sys/types.h>

/* Signals blocked in both processes, from before the fork on. */
#define SUP_SIG_RELOAD SIGUSR1 /* supervisor -> worker: reload */
#define SUP_SIG_STOP   SIGUSR2 /* supervisor -> worker: finish and stop */

/* listen_fd: the supervisor's copy of the milter socket (or -1), closed
 * when it is told to stop. Returns -1 in a worker process (the caller then
 * serves and exits), or, in the supervisor, its exit status. */
int supervisor_run(int listen_fd);

/* In a worker: does it replace one that died (so should it load the files
 * again rather than trust the snapshot inherited from the start)? */
bool supervisor_is_restart(void);
/* The supervisor's process id (in a worker: its parent's). */
pid_t supervisor_pid(void);

#endif
