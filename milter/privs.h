/*
 * privs.h - the root part of the start: the user to run as, the unix
 * socket's directory, owner and permissions, and the pid file.
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

/*
 * Before a unix socket is created (other sockets: nothing to check): its
 * directory must be owned by root or uid and writable by no one else (a
 * group of root excepted), and so must every directory above it, except
 * that those may be sticky and writable by all (/tmp). Whoever may write
 * there could swap the socket for a link while root sets its owner.
 * conn (connlen bytes) gets the socket to open: the directory resolved,
 * without symbolic links, or socket as it is. Returns 0, -1 with err, or
 * -2 with err when the directory does not exist.
 */
int socket_dir_check(const char *socket, uid_t uid, char *conn, size_t connlen, cm_err *err);

/* The umask under which the socket is created with socket_mode. */
mode_t socket_umask(const struct cm_config *cfg);

/* Right after the socket conn was created: check that the name still leads
 * to it, then give it owner user and group socket_group (through the inode,
 * never following a name). Nothing for inet sockets. */
int socket_set_perms(const struct cm_config *cfg, const char *conn, const struct ident *id,
                     cm_err *err);

/* The pid file: created as root before the switch (*fd -1 when path is
 * empty), the pid written into it once the process has detached; removed
 * at exit if the directory lets the user remove it. */
int pidfile_open(const char *path, int *fd, cm_err *err);
int pidfile_put(int fd, const char *path, cm_err *err); /* closes fd */
void pidfile_remove(const char *path);

#endif
