/*
 * worker.c - the serving process (worker.h).
 *
 * Threads: libmilter's (its signal thread sigwaits for SIGHUP, SIGTERM and
 * SIGINT, which the supervisor never sends), the sessions, and one control
 * thread created before smfi_main() with every signal of the supervisor
 * blocked (a thread that let SIGHUP through would die of it). The control
 * thread sigwaits for
 *   SIGUSR1  reload: load a new snapshot off to the side and install it;
 *            connections keep the snapshot they started with;
 *   SIGUSR2  stop: refuse new messages with 451, let the ones in flight
 *            finish (up to STOP_WAIT seconds), then smfi_stop();
 * and wakes once a day to log the certificates that expire soon. The stop
 * is ours, not libmilter's, because once libmilter's stop flag is set its
 * worker pool no longer reads the sessions: a message in flight would be
 * cut off.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include <libmilter/mfapi.h>

#include "checkconf.h"
#include "clock.h"
#include "context.h"
#include "expiry.h"
#include "log.h"
#include "metrics_http.h"
#include "ownrev.h"
#include "runtime.h"
#include "supervisor.h"
#include "worker.h"

#define STOP_WAIT   330   /* Postfix gives a milter 300 s for a message */
#define CHECK_EVERY 86400 /* expiry check */

/* A key that takes effect only at start: warn if a reload changes it. */
static void warn_start_only(const char *file, const char *key, const char *now, const char *next)
{
	if (strcmp(now ? now : "", next ? next : "") == 0)
		return;
	msg_warn("reload: %s: %s changed from \"%s\" to \"%s\"; it cannot change on reload, "
	         "restart certmilter for it",
	         file, key, now ? now : "", next ? next : "");
}

static void compare_start_only(const struct cm_config *cur, const struct cm_config *next)
{
	warn_start_only(next->file, "socket", cur->socket, next->socket);
	warn_start_only(next->file, "user", cur->user, next->user);
	warn_start_only(next->file, "pid_file", cur->pid_file, next->pid_file);
	warn_start_only(next->file, "socket_mode", cur->socket_mode, next->socket_mode);
	warn_start_only(next->file, "socket_group", cur->socket_group, next->socket_group);
	warn_start_only(next->file, "metrics.listen", cur->metrics.listen, next->metrics.listen);
	if (cur->milter_timeout != next->milter_timeout) {
		char now[16], then[16];

		snprintf(now, sizeof(now), "%d", cur->milter_timeout);
		snprintf(then, sizeof(then), "%d", next->milter_timeout);
		warn_start_only(next->file, "milter_timeout", now, then);
	}
}

int worker_reload(const struct worker_args *a)
{
	struct cm_runtime *cur = runtime_acquire();
	struct cm_runtime *rt;
	long t0 = cm_now_ms();
	cm_err err;

	rt = runtime_load_serving(a->conf, a->socket_override, &err);
	if (rt == NULL) {
		msg_error("reload failed: %s; keeping the configuration in force", err.text);
		runtime_release(cur);
		return -1;
	}
	if (cur != NULL)
		compare_start_only(cur->cfg, rt->cfg);
	checkconf_cleartext(rt->cfg, NULL);
	log_set_facility(rt->cfg->facility);
	if (!a->cli_verbose)
		log_set_verbose(rt->cfg->log_level);
	msg_info("reloaded %s: %zu addresses, %zu rules (%ld ms)", rt->cfg->file,
	         keystore_count(rt->ks), rt->pol->nrules, cm_now_ms() - t0);
	expiry_log(rt->ks);
	runtime_install(rt);
	runtime_release(cur);
	return 0;
}

/* GET /metrics, when metrics.listen is set (read at start only). */
static struct metrics_http *metrics;

static void metrics_start(void)
{
	struct cm_runtime *rt = runtime_acquire();
	cm_err err;

	if (rt != NULL && (metrics = metrics_http_start(rt->cfg, &err)) == NULL &&
	    err.text[0] != '\0')
		msg_error("%s; no metrics endpoint", err.text);
	runtime_release(rt);
}

/* smfi_main() returned: the sessions are no longer served. */
static atomic_bool milter_done;

static void expiry_check(void)
{
	struct cm_runtime *rt = runtime_acquire();

	if (rt != NULL)
		expiry_log(rt->ks);
	runtime_release(rt);
}

/* revocation.recheck_interval of the configuration in force. */
static time_t recheck_interval(void)
{
	struct cm_runtime *rt = runtime_acquire();
	time_t s = rt != NULL ? rt->cfg->revocation.recheck_interval : 3600;

	runtime_release(rt);
	return s;
}

/* The periodic revocation check of the keystore's own certificates (on
 * this thread: a reload or stop waits for it, OWNREV_BUDGET_MS at most). */
static void own_recheck(void)
{
	struct cm_runtime *rt = runtime_acquire();

	if (rt != NULL)
		ownrev_recheck(rt);
	runtime_release(rt);
}

/* Refuse new messages (451), let the ones in flight finish. */
static void drain(void)
{
	size_t n = msg_stop_accepting();

	if (n > 0)
		msg_info("stopping: waiting for %zu message(s) in flight", n);
	n = msg_wait_idle(STOP_WAIT);
	if (n > 0)
		msg_warn("stopping with %zu message(s) unfinished; the MTA keeps and retries them",
		         n);
}

/* smfi_stop() waits for the lock libmilter's listener holds while it
 * polls its socket, up to MI_CHK_TIME (5 s) at a time; a connection makes
 * the poll return. So while smfi_stop() waits, a waker thread connects to
 * our own socket every 20 ms (each connection closed at once: libmilter
 * reads end of file and drops it), and a stop takes milliseconds instead
 * of seconds. A loopback address stands in for a wildcard one; failing is
 * harmless (the 5 s remain). */
struct waker {
	struct sockaddr_storage ss;
	socklen_t len;
	atomic_bool done;
};

static void *waker_thread(void *arg)
{
	struct waker *w = arg;

	while (!atomic_load(&w->done)) {
		int c = socket(w->ss.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);

		if (c < 0)
			break;
		(void)setsockopt(c, SOL_SOCKET, SO_SNDTIMEO, &(struct timeval){1, 0},
		                 sizeof(struct timeval));
		(void)connect(c, (struct sockaddr *)&w->ss, w->len);
		close(c);
		nanosleep(&(struct timespec){0, 20 * 1000 * 1000}, NULL);
	}
	return NULL;
}

/* The address to reach the listening socket fd at; false if none. */
static bool listener_address(int fd, struct waker *w)
{
	w->len = sizeof(w->ss);
	if (fd < 0 || getsockname(fd, (struct sockaddr *)&w->ss, &w->len) != 0)
		return false;
	if (w->ss.ss_family == AF_INET) {
		struct sockaddr_in *in = (struct sockaddr_in *)&w->ss;

		if (in->sin_addr.s_addr == htonl(INADDR_ANY))
			in->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	} else if (w->ss.ss_family == AF_INET6) {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&w->ss;

		if (IN6_IS_ADDR_UNSPECIFIED(&in6->sin6_addr))
			in6->sin6_addr = in6addr_loopback;
	}
	return w->ss.ss_family == AF_INET || w->ss.ss_family == AF_INET6 ||
	       w->ss.ss_family == AF_UNIX;
}

/* smfi_stop(), with the listener woken while it waits. */
static void milter_stop(int listen_fd)
{
	struct waker w = {.done = false};
	pthread_t tid;
	bool waking =
	    listener_address(listen_fd, &w) && pthread_create(&tid, NULL, waker_thread, &w) == 0;

	smfi_stop();
	if (waking) {
		atomic_store(&w.done, true);
		pthread_join(tid, NULL);
	}
}

static void *control_thread(void *arg)
{
	const struct worker_args *a = arg;
	time_t next = time(NULL) + CHECK_EVERY, next_rev = time(NULL) + recheck_interval();
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SUP_SIG_RELOAD);
	sigaddset(&set, SUP_SIG_STOP);
	for (;;) {
		time_t now = time(NULL), due = next < next_rev ? next : next_rev;
		struct timespec wait = {due > now ? due - now : 0, 0};
		int sig = sigtimedwait(&set, NULL, &wait);

		if (sig == SUP_SIG_STOP) {
			if (!atomic_load(&milter_done))
				drain();
			milter_stop(a->listen_fd);
			break;
		}
		if (sig == SUP_SIG_RELOAD) {
			if (worker_reload(a) == 0) {
				next = time(NULL) + CHECK_EVERY;
				next_rev = time(NULL) + recheck_interval();
			}
		} else if (sig < 0 && errno == EAGAIN && time(NULL) >= next) {
			expiry_check();
			next = time(NULL) + CHECK_EVERY;
		} else if (sig < 0 && errno == EAGAIN && time(NULL) >= next_rev) {
			own_recheck();
			next_rev = time(NULL) + recheck_interval();
		}
	}
	return NULL;
}

/* Leave the terminal's process group (a ^C goes to the supervisor, which
 * passes on SIGTERM) and end with the supervisor. */
static void detach_from_supervisor(pid_t supervisor)
{
	sigset_t chld;

	setpgid(0, 0);
#ifdef PR_SET_PDEATHSIG
	prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
	if (getppid() != supervisor)
		kill(getpid(), SIGTERM); /* the supervisor died meanwhile */
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	pthread_sigmask(SIG_UNBLOCK, &chld, NULL);
}

int worker_run(const struct worker_args *a)
{
	pthread_t tid;
	int ret = 0;

	detach_from_supervisor(supervisor_pid());
	if (supervisor_is_restart())
		worker_reload(a);
	else
		expiry_check();
	if (pthread_create(&tid, NULL, control_thread, (void *)a) != 0) {
		msg_error("cannot start the control thread");
		return 1;
	}
	metrics_start();
	msg_info("process %ld serving", (long)getpid());
	if (smfi_main() != MI_SUCCESS) {
		msg_error("milter main loop failed");
		ret = 1;
	}
	/* after a stop through the control thread, or libmilter's own one (a
	 * SIGTERM sent to this process directly): end the control thread */
	atomic_store(&milter_done, true);
	msg_give_up();
	pthread_kill(tid, SUP_SIG_STOP);
	pthread_join(tid, NULL);
	metrics = metrics_http_stop(metrics);
	msg_info("stopped");
	return ret;
}
