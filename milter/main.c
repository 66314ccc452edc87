/*
 * main.c - certmilter's command line, start-up and shutdown.
 *
 *   certmilter [-c FILE] [-p SOCKET] [-f] [-n] [-v] [-V]
 *
 * Loads the configuration snapshot, opens the milter socket, drops
 * privileges, and hands control to libmilter's smfi_main().
 */
#include "cm_autoconf.h"

#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <syslog.h>
#include <unistd.h>

#include <curl/curl.h>
#include <gmime/gmime.h>
#include <libmilter/mfapi.h>
#include <openssl/crypto.h>
#include <openssl/opensslv.h>

#include "callbacks.h"
#include "checkconf.h"
#include "log.h"
#include "mime.h"
#include "runtime.h"

#define DEFAULT_CONF SYSCONFDIR "/certmilter/certmilter.conf"

struct options {
	const char *conf;
	const char *socket;
	bool foreground;
	bool check;
	int verbose;
};

static void usage(FILE *out)
{
	fprintf(out,
	        "usage: certmilter [-c FILE] [-p SOCKET] [-f] [-n] [-v] [-V]\n"
	        "  -c FILE    configuration file (default %s)\n"
	        "  -p SOCKET  milter socket: unix:/path, inet:PORT@HOST, inet6:PORT@HOST\n"
	        "  -f         stay in the foreground, also log to stderr\n"
	        "  -n         check configuration, policy, keystore and trust; exit\n"
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
}

/* Returns -1 to continue, or an exit status. */
static int parse_args(int argc, char **argv, struct options *o)
{
	int c;

	o->conf = DEFAULT_CONF;
	while ((c = getopt(argc, argv, "c:p:fnvVh")) != -1) {
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
	if (optind != argc) {
		usage(stderr);
		return 2;
	}
	return -1;
}

static int drop_privileges(const char *user)
{
	struct passwd *pw;

	if (user == NULL || *user == '\0' || geteuid() != 0)
		return 0;
	pw = getpwnam(user);
	if (pw == NULL) {
		msg_error("user %s does not exist", user);
		return -1;
	}
	if (initgroups(pw->pw_name, pw->pw_gid) < 0 || setgid(pw->pw_gid) < 0 ||
	    setuid(pw->pw_uid) < 0) {
		msg_error("cannot switch to user %s: %s", user, strerror(errno));
		return -1;
	}
	return 0;
}

static int write_pid_file(const char *path)
{
	FILE *fp;

	if (path == NULL || *path == '\0')
		return 0;
	fp = fopen(path, "w");
	if (fp == NULL) {
		msg_error("cannot write pid file %s: %s", path, strerror(errno));
		return -1;
	}
	fprintf(fp, "%ld\n", (long)getpid());
	return fclose(fp) == 0 ? 0 : -1;
}

/* Open the socket, detach, drop privileges; then serve until stopped. */
static int serve(const struct options *o, const struct cm_config *cfg)
{
	if (smfi_setconn((char *)cfg->socket) != MI_SUCCESS ||
	    smfi_register(cm_filter) != MI_SUCCESS) {
		msg_error("cannot set up the milter on %s", cfg->socket);
		return 1;
	}
	/* A unix socket must be connectable by the MTA's user; keep the socket
	 * in a directory only the MTA may enter (see certmilter(8)). */
	umask(0111);
	if (smfi_opensocket(true) != MI_SUCCESS) {
		msg_error("cannot open milter socket %s", cfg->socket);
		return 1;
	}
	umask(077);
	if (!o->foreground && daemon(0, 0) < 0) {
		msg_error("cannot detach: %s", strerror(errno));
		return 1;
	}
	if (write_pid_file(cfg->pid_file) < 0 || drop_privileges(cfg->user) < 0)
		return 1;
	msg_info("starting certmilter %s on %s", PACKAGE_VERSION, cfg->socket);
	if (smfi_main() != MI_SUCCESS) {
		msg_error("milter main loop failed");
		return 1;
	}
	msg_info("stopped");
	return 0;
}

int main(int argc, char **argv)
{
	struct options o = {0};
	struct cm_runtime *rt;
	cm_err err;
	int ret;

	umask(077);
	if ((ret = parse_args(argc, argv, &o)) >= 0)
		return ret;
	log_init("certmilter", LOG_MAIL, o.foreground || o.check);
	log_set_verbose(o.verbose);
	mime_init();
	curl_global_init(CURL_GLOBAL_DEFAULT);
	signal(SIGPIPE, SIG_IGN);
	if (o.check) {
		ret = checkconf_run(o.conf, o.socket, stdout);
		goto out;
	}
	rt = runtime_load(o.conf, o.socket, &err);
	if (rt == NULL) {
		msg_error("%s", err.text);
		ret = 1;
		goto out;
	}
	log_set_facility(rt->cfg->facility);
	if (log_verbose() == 0)
		log_set_verbose(rt->cfg->log_level);
	runtime_install(rt);
	ret = serve(&o, rt->cfg);
	runtime_install(NULL);
out:
	curl_global_cleanup();
	mime_shutdown();
	return ret;
}
