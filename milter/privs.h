/*
 * privs.h - the root part of the start: the user to run as, the unix
 * socket's owner and permissions, and the pid file.
 *
 * certmilter starts as root when it must open a privileged socket or switch
 * users. It reads the configuration, policy and keystore as the configured
 * user (temporarily, with effective ids) so that the start and every later
 * reload see the same files, opens the socket and writes the pid file as
 * root, then drops root for good.
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

/* Take the user's effective ids and groups for a while, and back to root. */
int ident_assume(const struct ident *id, cm_err *err);
int ident_restore(cm_err *err);

/* Switch to the user for good: groups, gid, uid; checks root is gone. */
int ident_drop(const struct ident *id, cm_err *err);

/* Owner, group and permissions of a unix socket (others: nothing). */
int socket_set_perms(const struct cm_config *cfg, const struct ident *id, cm_err *err);

/* The pid file: written as root before the switch; removed at exit if
 * the directory lets the user remove it. */
int pidfile_write(const char *path, cm_err *err);
void pidfile_remove(const char *path);

#endif
