/*
 * privs.h - the root part of the start: the user to run as, the unix
 * socket's owner and permissions, and the pid file.
 *
 * certmilter starts as root when it must open a privileged socket or switch
 * users. As root it reads only the configuration file (for the user, the
 * socket and the pid file), opens the socket and the pid file, then drops
 * root for good (real, effective and saved ids) before it parses the
 * policy, the keystore and the trust bundles, as every later reload does.
 */
#ifndef PRIVS_H
#define PRIVS_H

#include <stdbool.h>
#include <sys/types.h>

#include "cm.h"
#include "config.h"

struct ident {
	bool switching; /* started as root with a user configured */
	char *name;     /* the user, NULL if not switching */
	uid_t uid;
	gid_t gid; /* primary group */
};

/* Look up cfg->user (nothing to do unless root and user set). */
int ident_lookup(const char *user, struct ident *id, cm_err *err);
void ident_clear(struct ident *id);

/* Switch to the user for good: groups, gid, uid; checks root is gone. */
int ident_drop(const struct ident *id, cm_err *err);

/* Owner, group and permissions of a unix socket (others: nothing). */
int socket_set_perms(const struct cm_config *cfg, const struct ident *id, cm_err *err);

/* The pid file: created as root before the switch (*fd -1 when path is
 * empty), the pid written into it once the process has detached; removed
 * at exit if the directory lets the user remove it. */
int pidfile_open(const char *path, int *fd, cm_err *err);
int pidfile_put(int fd, const char *path, cm_err *err); /* closes fd */
void pidfile_remove(const char *path);

#endif
