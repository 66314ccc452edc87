/*
 * supervisor.c - the supervisor process (supervisor.h).
 *
 * One loop, driven by sigtimedwait() on the blocked signals: start a worker
 * when there is none and none is due to wait, pass SIGHUP on as SIGUSR1,
 * SIGTERM and SIGINT as SIGUSR2, reap the worker on SIGCHLD. A worker that
 * died by a signal (a crash) or stopped without being told to is started
 * again after a back-off of 1 s, doubling up to 60 s, back to 1 s once one
 * ran for 5 minutes; one that exits with a failure status ends certmilter.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "log.h"
#include "supervisor.h"

#define BACKOFF_MIN  1
#define BACKOFF_MAX  60
#define BACKOFF_HOLD 300 /* a worker that ran this long resets the back-off */

struct sup {
	pid_t worker;     /* 0: none running */
	time_t started;   /* when it was started */
	time_t due;       /* no worker: when to start the next one */
	unsigned backoff; /* seconds */
	bool stopping;
	int listen_fd;
	int status; /* exit status once stopping and the worker is gone */
};

static bool is_restart;
static pid_t sup_pid;

pid_t supervisor_pid(void)
{
	return sup_pid;
}

bool supervisor_is_restart(void)
{
	return is_restart;
}

static void sup_sigset(sigset_t *set)
{
	sigemptyset(set);
	sigaddset(set, SIGHUP);
	sigaddset(set, SIGINT);
	sigaddset(set, SIGTERM);
	sigaddset(set, SIGCHLD);
	sigaddset(set, SUP_SIG_RELOAD);
	sigaddset(set, SUP_SIG_STOP);
}

/* Returns 0 in the parent, 1 in the new worker. */
static int spawn(struct sup *s)
{
	pid_t pid = fork();

	if (pid < 0) {
		msg_error("cannot start a worker process: %s", strerror(errno));
		s->due = time(NULL) + s->backoff;
		return 0;
	}
	if (pid == 0)
		return 1;
	s->worker = pid;
	s->started = time(NULL);
	msg_debug("worker process %ld started", (long)pid);
	return 0;
}

static void stop(struct sup *s, int sig)
{
	if (!s->stopping)
		msg_info("%s: stopping after the messages in flight",
		         sig == SIGINT ? "SIGINT" : "SIGTERM");
	s->stopping = true;
	if (s->listen_fd >= 0) {
		close(s->listen_fd); /* no new connections queue up meanwhile */
		s->listen_fd = -1;
	}
	if (s->worker > 0)
		kill(s->worker, SUP_SIG_STOP);
}

/* The worker ended: decide on a restart. */
static void worker_ended(struct sup *s, int wstatus)
{
	time_t now = time(NULL);
	bool crashed = WIFSIGNALED(wstatus);
	int code = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : 1;

	s->worker = 0;
	if (s->stopping) {
		s->status = crashed ? 1 : code;
		return;
	}
	if (!crashed && code != 0) {
		msg_error("worker process exited with status %d; stopping", code);
		s->stopping = true;
		s->status = code;
		return;
	}
	if (now - s->started >= BACKOFF_HOLD)
		s->backoff = BACKOFF_MIN;
	if (crashed)
		msg_error("worker process died by signal %d; starting a new one in %u s",
		          WTERMSIG(wstatus), s->backoff);
	else
		msg_warn("worker process stopped unasked (signal it through the supervisor, "
		         "pid %ld); starting a new one in %u s",
		         (long)getpid(), s->backoff);
	s->due = now + s->backoff;
	s->backoff = s->backoff * 2 > BACKOFF_MAX ? BACKOFF_MAX : s->backoff * 2;
}

static void reap(struct sup *s)
{
	int wstatus;
	pid_t pid;

	while ((pid = waitpid(-1, &wstatus, WNOHANG)) > 0)
		if (pid == s->worker)
			worker_ended(s, wstatus);
}

static void handle(struct sup *s, int sig)
{
	switch (sig) {
	case SIGHUP:
		if (s->worker > 0)
			kill(s->worker, SUP_SIG_RELOAD);
		else
			msg_info("SIGHUP: no worker running; the next one loads the files anew");
		break;
	case SIGINT:
	case SIGTERM:
		stop(s, sig);
		break;
	case SIGCHLD:
		reap(s);
		break;
	default:
		break;
	}
}

int supervisor_run(int listen_fd)
{
	struct sup s = {0, 0, 0, BACKOFF_MIN, false, listen_fd, 0};
	sigset_t set;

	sup_pid = getpid();
	sup_sigset(&set);
	sigprocmask(SIG_BLOCK, &set, NULL);
	for (;;) {
		time_t now = time(NULL);
		struct timespec wait = {3600, 0};
		int sig;

		if (s.stopping && s.worker == 0)
			break;
		if (!s.stopping && s.worker == 0 && now >= s.due && spawn(&s)) {
			is_restart = s.started != 0 || s.due != 0;
			return -1;
		}
		if (s.worker == 0 && !s.stopping)
			wait.tv_sec = s.due > now ? s.due - now : 1;
		sig = sigtimedwait(&set, NULL, &wait);
		if (sig > 0)
			handle(&s, sig);
	}
	if (s.listen_fd >= 0)
		close(s.listen_fd);
	return s.status;
}
