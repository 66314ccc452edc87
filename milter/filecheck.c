/*
 * filecheck.c - configured files that decide what certmilter trusts or
 * does, checked at start, reload and certmilter -n.
 *
 * Whoever may write one of them controls certmilter as surely as root:
 * a root added to a trust bundle makes a forged certificate count; an
 * escrow certificate gets a copy of every encrypted message; the policy
 * file can turn encryption off; the login map lets a login sign as anyone.
 * So each is refused when it belongs to someone other than root, the user
 * certmilter runs as, or its configured user, or when group or others may
 * write it, with the rule it breaks and how to fix it (cm_file_check). The
 * keystore checks its own files (stricter: keys and passwords must not be
 * readable by others either). The directories above the files are not
 * checked.
 */
#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>

#include "cms.h"
#include "filecheck.h"

/* One configured path; NULL (not configured) passes, and so does a path
 * that does not exist: its loader says so in its own words. */
static int one(const char *what, const char *path, bool dir, const char *user, cm_err *err)
{
	struct stat st;

	if (path == NULL || (stat(path, &st) != 0 && errno == ENOENT))
		return 0;
	return cm_file_check(what, path, dir, user, err);
}

static int sources(const struct cm_config *cfg, cm_err *err)
{
	char what[64];

	for (size_t i = 0; i < cfg->directory.nsources; i++) {
		const struct cm_dirsource *s = &cfg->directory.sources[i];

		snprintf(what, sizeof(what), "directory.sources[%zu].trust", i + 1);
		if (one(what, s->trust, false, cfg->user, err) != 0)
			return -1;
		snprintf(what, sizeof(what), "directory.sources[%zu].intermediates", i + 1);
		if (one(what, s->intermediates, false, cfg->user, err) != 0)
			return -1;
		snprintf(what, sizeof(what), "directory.sources[%zu].path", i + 1);
		if (s->type == CM_DIRSRC_FILES && one(what, s->path, true, cfg->user, err) != 0)
			return -1;
	}
	return 0;
}

int filecheck_config(const struct cm_config *cfg, cm_err *err)
{
	const char *u = cfg->user;

	if (one("configuration file", cfg->file, false, u, err) != 0 ||
	    one("policy_file", cfg->policy_file, false, u, err) != 0 ||
	    one("outbound.login_map", cfg->outbound.login_map, false, u, err) != 0 ||
	    one("trust.organization", cfg->trust.organization, false, u, err) != 0 ||
	    one("trust.public", cfg->trust.public_roots, false, u, err) != 0 ||
	    one("trust.tsa", cfg->trust.tsa, false, u, err) != 0 || sources(cfg, err) != 0)
		return -1;
	for (size_t i = 0; i < cfg->encryption.escrow.n; i++)
		if (one("encryption.escrow", cfg->encryption.escrow.v[i], false, u, err) != 0)
			return -1;
	return 0;
}
