/*
 * privs.c - user switching, unix socket ownership and the pid file
 * (privs.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
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

int socket_set_perms(const struct cm_config *cfg, const struct ident *id, cm_err *err)
{
	const char *path = unix_path(cfg->socket);
	mode_t mode = (mode_t)strtoul(cfg->socket_mode, NULL, 8);
	uid_t owner = id->switching ? id->uid : (uid_t)-1;
	gid_t group = id->switching ? id->gid : (gid_t)-1;

	if (path == NULL)
		return 0;
	if (cfg->socket_group != NULL && *cfg->socket_group != '\0') {
		struct group *gr = getgrnam(cfg->socket_group);

		if (gr == NULL) {
			cm_err_set(err, "%s: socket_group: group %s does not exist", cfg->file,
			           cfg->socket_group);
			return -1;
		}
		group = gr->gr_gid;
	}
	/* created 0600 (umask): no one else could connect yet. chmod while root
	 * still owns it (no CAP_FOWNER needed), then chown (CAP_CHOWN). */
	if (chmod(path, mode) < 0 || chown(path, owner, group) < 0) {
		cm_err_set(err, "cannot set owner and mode %04o of socket %s: %s", (unsigned)mode,
		           path, strerror(errno));
		return -1;
	}
	return 0;
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
