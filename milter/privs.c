/*
 * privs.c - user switching, the unix socket's directory, owner and group,
 * and the pid file (privs.h).
 */
#define _GNU_SOURCE /* O_PATH, AT_EMPTY_PATH */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "log.h"
#include "privs.h"
#include "xalloc.h"

int ident_lookup(const char *user, struct ident *id, cm_err *err)
{
	struct passwd *pw;

	memset(id, 0, sizeof(*id));
	id->uid = geteuid();
	id->gid = getegid();
	if (user == NULL || *user == '\0')
		return 0;
	if (geteuid() != 0) {
		/* the documented case of starting as the user itself */
		msg_debug("not started as root: user %s is not switched to", user);
		return 0;
	}
	pw = getpwnam(user);
	if (pw == NULL) {
		cm_err_set(err, "user %s does not exist", user);
		return -1;
	}
	id->switching = true;
	id->name = xstrdup(pw->pw_name);
	id->uid = pw->pw_uid;
	id->gid = pw->pw_gid;
	return 0;
}

void ident_clear(struct ident *id)
{
	free(id->name);
	memset(id, 0, sizeof(*id));
}

int ident_drop(const struct ident *id, cm_err *err)
{
	if (!id->switching)
		return 0;
	if (initgroups(id->name, id->gid) < 0 || setgid(id->gid) < 0 || setuid(id->uid) < 0) {
		cm_err_set(err, "cannot switch to user %s: %s", id->name, strerror(errno));
		return -1;
	}
	if (id->uid != 0 && (setuid(0) == 0 || seteuid(0) == 0)) {
		cm_err_set(err, "switched to user %s, but root could be regained", id->name);
		return -1;
	}
	return 0;
}

static const char *unix_path(const char *socket)
{
	if (strncmp(socket, "unix:", 5) == 0)
		return socket + 5;
	if (strncmp(socket, "local:", 6) == 0)
		return socket + 6;
	return NULL;
}

mode_t socket_umask(const struct cm_config *cfg)
{
	return ~(mode_t)strtoul(cfg->socket_mode, NULL, 8) & 0777;
}

static void user_name(uid_t uid, char *buf, size_t len)
{
	struct passwd *pw = getpwuid(uid);

	if (pw != NULL)
		snprintf(buf, len, "%s", pw->pw_name);
	else
		snprintf(buf, len, "uid %lu", (unsigned long)uid);
}

static void group_name(gid_t gid, char *buf, size_t len)
{
	struct group *gr = getgrgid(gid);

	if (gr != NULL)
		snprintf(buf, len, "%s", gr->gr_name);
	else
		snprintf(buf, len, "gid %lu", (unsigned long)gid);
}

/* "root" or "root and USER": who may write where the socket is. */
static void trusted(uid_t uid, char *buf, size_t len)
{
	char user[64];

	user_name(uid, user, sizeof(user));
	snprintf(buf, len, "root%s%s", uid != 0 ? " and " : "", uid != 0 ? user : "");
}

/*
 * One directory on the way to the socket: owned by root or uid, writable by
 * no one else (group root excepted). Above the socket's own directory
 * (own false) a sticky one such as /tmp may be writable by all: no one can
 * rename what root or uid own in it.
 */
static int dir_safe(const char *dir, uid_t uid, bool own, cm_err *err)
{
	const char *what = own ? "socket directory" : "directory above the socket";
	char who[64], ok[160];
	struct stat st;
	bool sticky;

	if (lstat(dir, &st) < 0) {
		cm_err_set(err, "%s %s: %s", what, dir, strerror(errno));
		return -1;
	}
	trusted(uid, ok, sizeof(ok));
	sticky = !own && (st.st_mode & S_ISVTX) != 0;
	if (st.st_uid != 0 && st.st_uid != uid) {
		user_name(st.st_uid, who, sizeof(who));
		cm_err_set(err,
		           "%s %s is owned by %s: only %s may own it (its owner can replace the "
		           "socket)",
		           what, dir, who, ok);
		return -1;
	}
	if ((st.st_mode & S_IWOTH) != 0 && !sticky) {
		cm_err_set(err,
		           "%s %s is writable by every user (mode %04o): only %s may write there",
		           what, dir, (unsigned)(st.st_mode & 07777), ok);
		return -1;
	}
	if ((st.st_mode & S_IWGRP) != 0 && st.st_gid != 0 && !sticky) {
		group_name(st.st_gid, who, sizeof(who));
		cm_err_set(err,
		           "%s %s is writable by group %s (mode %04o): only %s may write there",
		           what, dir, who, (unsigned)(st.st_mode & 07777), ok);
		return -1;
	}
	return 0;
}

/* The directory of path resolved into real (PATH_MAX), and the file name.
 * -2: the directory does not exist. */
static int split_resolve(const char *path, char *real, const char **base, cm_err *err)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	int ret = -1;

	if (slash == NULL || dir[0] != '/') {
		cm_err_set(err, "socket %s: not an absolute path", path);
		goto out;
	}
	*base = path + (slash - dir) + 1;
	if (**base == '\0' || strcmp(*base, ".") == 0 || strcmp(*base, "..") == 0) {
		cm_err_set(err, "socket %s names no file", path);
		goto out;
	}
	if (slash == dir)
		slash++; /* "/x": the directory is "/" */
	*slash = '\0';
	if (realpath(dir, real) == NULL) {
		ret = errno == ENOENT ? -2 : -1;
		cm_err_set(err, "socket directory %s: %s%s", dir, strerror(errno),
		           errno == ENOENT
		               ? " (create it owned by root, mode 0755, or let systemd's "
		                 "RuntimeDirectory= do it)"
		               : "");
		goto out;
	}
	ret = 0;
out:
	free(dir);
	return ret;
}

int socket_dir_check(const char *socket, uid_t uid, char *conn, size_t connlen, cm_err *err)
{
	const char *path = unix_path(socket), *base;
	char real[PATH_MAX], *cut;
	int ret;

	if (path == NULL) {
		snprintf(conn, connlen, "%s", socket);
		return 0;
	}
	if ((ret = split_resolve(path, real, &base, err)) < 0)
		return ret;
	if ((size_t)snprintf(conn, connlen, "unix:%s%s%s", real, strcmp(real, "/") ? "/" : "",
	                     base) >= connlen) {
		cm_err_set(err, "socket %s: path too long", path);
		return -1;
	}
	if (dir_safe(real, uid, true, err) < 0)
		return -1;
	while (strcmp(real, "/") != 0) { /* every directory above, up to "/" */
		cut = strrchr(real, '/');
		cut[cut == real ? 1 : 0] = '\0';
		if (dir_safe(real, uid, false, err) < 0)
			return -1;
	}
	return 0;
}

static int socket_gid(const struct cm_config *cfg, gid_t *group, cm_err *err)
{
	struct group *gr;

	if (cfg->socket_group == NULL || *cfg->socket_group == '\0')
		return 0;
	gr = getgrnam(cfg->socket_group);
	if (gr == NULL) {
		cm_err_set(err, "%s: socket_group: group %s does not exist", cfg->file,
		           cfg->socket_group);
		return -1;
	}
	*group = gr->gr_gid;
	return 0;
}

/* What is at path now, if it is not the socket this process just made. */
static const char *not_ours(const struct stat *st)
{
	if (S_ISLNK(st->st_mode))
		return "a symbolic link";
	if (!S_ISSOCK(st->st_mode))
		return "not a socket";
	if (st->st_uid != geteuid())
		return "a socket of another user";
	if (st->st_nlink != 1)
		return "a hard link of another socket";
	return NULL;
}

int socket_set_perms(const struct cm_config *cfg, const char *conn, const struct ident *id,
                     cm_err *err)
{
	const char *path = unix_path(conn), *other;
	mode_t mode = (mode_t)strtoul(cfg->socket_mode, NULL, 8);
	uid_t owner = id->switching ? id->uid : (uid_t)-1;
	gid_t group = id->switching ? id->gid : (gid_t)-1;
	struct stat st;
	int fd, ret = -1;

	if (path == NULL)
		return 0;
	if (socket_gid(cfg, &group, err) < 0)
		return -1;
	/* The socket was created with its mode (umask): only its owner and group
	 * are left to set, on the inode itself, never through a name that could
	 * have been replaced (by a symbolic link, say) since. */
	fd = open(path, O_PATH | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st) < 0) {
		cm_err_set(err, "socket %s: %s", path, strerror(errno));
		goto out;
	}
	if ((other = not_ours(&st)) != NULL) {
		cm_err_set(err,
		           "socket %s was replaced after it was created, by %s: not starting "
		           "(who else may write its directory?)",
		           path, other);
		goto out;
	}
	if ((st.st_mode & 07777) != mode) {
		cm_err_set(err,
		           "socket %s was created with mode %04o, not socket_mode %04o (a "
		           "default ACL on its directory?)",
		           path, (unsigned)(st.st_mode & 07777), (unsigned)mode);
		goto out;
	}
	if ((owner != (uid_t)-1 || group != (gid_t)-1) &&
	    fchownat(fd, "", owner, group, AT_EMPTY_PATH) < 0) {
		cm_err_set(err,
		           "cannot set the owner and group of socket %s (user \"%s\", "
		           "socket_group \"%s\"): %s",
		           path, cfg->user ? cfg->user : "",
		           cfg->socket_group ? cfg->socket_group : "", strerror(errno));
		goto out;
	}
	ret = 0;
out:
	if (fd >= 0)
		close(fd);
	return ret;
}

int pidfile_open(const char *path, int *fd, cm_err *err)
{
	*fd = -1;
	if (path == NULL || *path == '\0')
		return 0;
	*fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (*fd < 0 || fchmod(*fd, 0644) < 0) {
		cm_err_set(err, "cannot write pid file %s: %s", path, strerror(errno));
		if (*fd >= 0)
			close(*fd);
		*fd = -1;
		return -1;
	}
	return 0;
}

int pidfile_put(int fd, const char *path, cm_err *err)
{
	char line[32];
	int len;

	if (fd < 0)
		return 0;
	len = snprintf(line, sizeof(line), "%ld\n", (long)getpid());
	if (write(fd, line, (size_t)len) != len) {
		cm_err_set(err, "cannot write pid file %s: %s", path, strerror(errno));
		close(fd);
		return -1;
	}
	return close(fd);
}

void pidfile_remove(const char *path)
{
	if (path == NULL || *path == '\0')
		return;
	if (unlink(path) < 0 && errno != ENOENT)
		msg_debug("pid file %s stays: %s", path, strerror(errno));
}
