/*
 * main.c - certmilter's command line, start-up and shutdown.
 *
 *   certmilter [-c FILE] [-p SOCKET] [-f] [-n] [-v] [-V]
 *
 * As root it reads the configuration file (for the user, the socket and
 * the pid file), opens the milter socket and the pid file, and drops root
 * for good; only then does it load the configuration snapshot (policy,
 * keystore, trust: files other users may have a hand in), detach, write
 * the pid and split into the supervisor (signals, restarts: supervisor.c)
 * and the worker that serves (worker.c).
 */
#include "cm_autoconf.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <syslog.h>
#include <unistd.h>

#include <curl/curl.h>
#include <microhttpd.h>
#include <gmime/gmime.h>
#include <libmilter/mfapi.h>
#include <openssl/crypto.h>
#include <openssl/opensslv.h>

#include "callbacks.h"
#include "checkconf.h"
#include "storecmd.h"
#include "log.h"
#include "mime.h"
#include "privs.h"
#include "runtime.h"
#include "supervisor.h"
#include "worker.h"
#include "xalloc.h"

#define DEFAULT_CONF SYSCONFDIR "/certmilter/certmilter.conf"

struct options {
	const char *conf;
	const char *socket;
	bool foreground;
	bool check;
	const char *lookup;   /* -L ADDRESS */
	const char *storecmd; /* -S COMMAND, its arguments after the options */
	char **args;
	int nargs;
	int verbose;
};

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: certmilter [-c FILE] [-p SOCKET] [-f] [-n] [-L ADDRESS] [-v] [-V]\n"
	        "       certmilter [-c FILE] -S list [ADDRESS] | export ADDRESS [FINGERPRINT]"
	        " | delete ADDRESS [FINGERPRINT]\n"
	        "  -c FILE    configuration file (default %s)\n"
	        "  -p SOCKET  milter socket: unix:/path, inet:PORT@HOST, inet6:PORT@HOST\n"
	        "  -f         stay in the foreground, also log to stderr\n"
	        "  -n         check configuration, policy, keystore and trust; exit\n"
	        "  -L ADDRESS look ADDRESS up as a recipient in every directory source, say\n"
	        "             why each certificate found is or is not used; exit 0 usable,\n"
	        "             1 none, 2 a source unavailable, 3 configuration error\n"
	        "  -S ...     the certificate store's entries: list them, export them as PEM,\n"
	        "             delete them; exit 0 done, 1 none matched, 2 usage, 3 no store\n"
	        "  -v         more detail in logs (repeat for more)\n"
	        "  -V         print the version and exit\n",
	        DEFAULT_CONF);
}

static void print_version(void)
{
	unsigned major, minor, patch;

	smfi_version(&major, &minor, &patch);
	printf("certmilter %s\n", PACKAGE_VERSION);
	printf("  %s\n", OpenSSL_version(OPENSSL_VERSION));
	printf("  GMime %u.%u.%u\n", gmime_major_version, gmime_minor_version, gmime_micro_version);
	printf("  libcurl %s\n", curl_version_info(CURLVERSION_NOW)->version);
	printf("  libmilter %u.%u.%u\n", major, minor, patch);
	printf("  libmicrohttpd %s\n", MHD_get_version());
}

/* Returns -1 to continue, or an exit status. */
static int parse_args(int argc, char **argv, struct options *o)
{
	int c;

	o->conf = DEFAULT_CONF;
	while ((c = getopt(argc, argv, "c:p:fnL:S:vVh")) != -1) {
		switch (c) {
		case 'c':
			o->conf = optarg;
			break;
		case 'p':
			o->socket = optarg;
			break;
		case 'f':
			o->foreground = true;
			break;
		case 'n':
			o->check = true;
			break;
		case 'L':
			o->lookup = optarg;
			break;
		case 'S':
			o->storecmd = optarg;
			break;
		case 'v':
			o->verbose++;
			break;
		case 'V':
			print_version();
			return 0;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (o->storecmd != NULL) {
		o->args = argv + optind;
		o->nargs = argc - optind;
	} else if (optind != argc) {
		usage(stderr);
		return 2;
	}
	return -1;
}

/* The descriptor libmilter's socket will get (the lowest free one), to be
 * confirmed as a listening socket afterwards. */
static int lowest_free_fd(void)
{
	int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);

	if (fd >= 0)
		close(fd);
	return fd;
}

static bool is_listening(int fd)
{
	int on = 0;
	socklen_t len = sizeof(on);

	return fd >= 0 && getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &on, &len) == 0 && on;
}

/* On a TCP socket, TCP_NODELAY (Linux: accepted connections inherit it):
 * libmilter writes each reply and each change as its own small packet, and
 * with Nagle's algorithm against the MTA's delayed ACKs every message
 * waited about 40 ms. */
static void tcp_nodelay(int fd)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	int on = 1;

	if (fd < 0 || getsockname(fd, (struct sockaddr *)&ss, &len) != 0 ||
	    (ss.ss_family != AF_INET && ss.ss_family != AF_INET6))
		return;
	if (setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof(on)) != 0)
		msg_warn("cannot set TCP_NODELAY on the milter socket: %s", strerror(errno));
}

/* Open the milter socket: a unix socket in a directory only root and the
 * user may write, created with socket_mode, then given its owner and
 * socket_group; *fd: our copy of it for the supervisor, or -1. */
static int open_socket(const struct cm_config *cfg, const struct ident *id, int *fd)
{
	char conn[PATH_MAX + 8];
	int guess;
	bool ok;
	cm_err err;

	if (socket_dir_check(cfg->socket, id->uid, conn, sizeof(conn), &err) < 0) {
		msg_error("%s", err.text);
		return -1;
	}
	if (smfi_setconn(conn) != MI_SUCCESS || smfi_register(cm_filter) != MI_SUCCESS ||
	    smfi_settimeout(cfg->milter_timeout) != MI_SUCCESS) {
		msg_error("cannot set up the milter on %s", cfg->socket);
		return -1;
	}
	guess = lowest_free_fd();
	umask(socket_umask(cfg));
	ok = smfi_opensocket(true) == MI_SUCCESS;
	umask(077);
	if (!ok) {
		msg_error("cannot open milter socket %s", cfg->socket);
		return -1;
	}
	if (socket_set_perms(cfg, conn, id, &err) < 0) {
		msg_error("%s", err.text);
		return -1;
	}
	*fd = is_listening(guess) ? guess : -1;
	tcp_nodelay(*fd);
	return 0;
}

/* The part of the start that needs root: the configuration file names the
 * user, the socket and the pid file; open those two and drop root for
 * good. Returns that configuration, or NULL (logged). */
static struct cm_config *start_as_root(const struct options *o, struct ident *id, int *listen_fd,
                                       int *pid_fd)
{
	cm_err err;
	struct cm_config *cfg = config_load(o->conf, &err);

	if (cfg == NULL) {
		msg_error("%s", err.text);
		return NULL;
	}
	if (o->socket != NULL) {
		free(cfg->socket);
		cfg->socket = xstrdup(o->socket);
	}
	log_set_facility(cfg->facility);
	if (ident_lookup(cfg->user, id, &err) < 0) {
		msg_error("%s", err.text);
		goto out;
	}
	if (open_socket(cfg, id, listen_fd) < 0)
		goto out;
	if (pidfile_open(cfg->pid_file, pid_fd, &err) < 0) {
		msg_error("%s", err.text);
		goto out;
	}
	if (ident_drop(id, &err) < 0) {
		msg_error("%s", err.text);
		close(*pid_fd);
		*pid_fd = -1;
		pidfile_remove(cfg->pid_file);
		goto out;
	}
	return cfg;
out:
	return config_unref(cfg);
}

/* Start as root, load (root gone), detach, write the pid; then the
 * supervisor runs (and returns) here, and the worker serves. */
static int run(const struct options *o)
{
	struct worker_args wa = {o->conf, o->socket, o->verbose > 0, -1};
	struct ident id = {0};
	struct cm_config *boot;
	struct cm_runtime *rt;
	int listen_fd = -1, pid_fd = -1, ret = 1;
	cm_err err;

	if ((boot = start_as_root(o, &id, &listen_fd, &pid_fd)) == NULL)
		goto out;
	rt = runtime_load_serving(o->conf, o->socket, &err);
	if (rt == NULL) {
		msg_error("%s", err.text);
		goto out;
	}
	log_set_facility(rt->cfg->facility);
	if (o->verbose == 0)
		log_set_verbose(rt->cfg->log_level);
	checkconf_cleartext(rt->cfg, NULL);
	runtime_install(rt); /* stays in force in the supervisor: rt->cfg is safe */
	if (!o->foreground && daemon(0, 0) < 0) {
		msg_error("cannot detach: %s", strerror(errno));
		goto out;
	}
	if (pidfile_put(pid_fd, rt->cfg->pid_file, &err) < 0) {
		pid_fd = -1;
		msg_error("%s", err.text);
		goto out;
	}
	pid_fd = -1;
	if (geteuid() == 0)
		msg_warn("running as root: set user in %s", rt->cfg->file);
	msg_info("starting certmilter %s on %s", PACKAGE_VERSION, rt->cfg->socket);
	ret = supervisor_run(listen_fd);
	wa.listen_fd = listen_fd;
	if (ret < 0)
		ret = worker_run(&wa);
	else
		pidfile_remove(rt->cfg->pid_file);
out:
	if (pid_fd >= 0) { /* failed before the pid was written */
		close(pid_fd);
		pidfile_remove(boot->pid_file);
	}
	config_unref(boot);
	ident_clear(&id);
	return ret;
}

/* Buffers of a message body's size (the spool, the entity, the output) are
 * mapped for themselves and given back when freed. glibc's default raises
 * the mmap threshold after each such free, so that later bodies come from
 * the per-thread arenas, which keep the memory: with 20 sessions of 1 MB
 * messages, peak RSS 79 MB instead of 49 MB (milterdrive, dual + ts). */
#define BIG_ALLOC (128 * 1024)

int main(int argc, char **argv)
{
	struct options o = {0};
	int ret;

	umask(077);
	mallopt(M_MMAP_THRESHOLD, BIG_ALLOC);
	if ((ret = parse_args(argc, argv, &o)) >= 0)
		return ret;
	log_init("certmilter", LOG_MAIL,
	         o.foreground || o.check || o.lookup != NULL || o.storecmd != NULL);
	log_set_verbose(o.verbose);
	mime_init();
	curl_global_init(CURL_GLOBAL_DEFAULT);
	/* libldap reads no ldap.conf, ldaprc (in the current and the home
	 * directory) or LDAP* variable: the ldap sources set every option they
	 * rely on (crypto/directory/dir_ldap.c). Still one thread here. */
	setenv("LDAPNOINIT", "1", 1);
	signal(SIGPIPE, SIG_IGN);
	if (o.check) {
		ret = checkconf_run(o.conf, o.socket, stdout);
		goto out;
	}
	if (o.lookup != NULL) {
		ret = checkconf_lookup(o.conf, o.lookup, stdout);
		goto out;
	}
	if (o.storecmd != NULL) {
		ret = storecmd_run(o.conf, o.storecmd, o.args, o.nargs, stdout, stderr);
		goto out;
	}
	ret = run(&o);
out:
	runtime_install(NULL);
	curl_global_cleanup();
	mime_shutdown();
	return ret;
}
