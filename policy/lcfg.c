/*
 * lcfg.c - libconfig helpers shared by config.c and policy.c: reading a
 * file with a precise error, "FILE:LINE: KEY: problem" messages, choices
 * and relative path resolution.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "lcfg.h"
#include "log.h"
#include "xalloc.h"

/* The name to show for src, a file @included by main (as written there,
 * relative to main's directory), or main itself. xmalloc'd. */
static char *shown_file(const char *main, const char *src)
{
	char *base, *path;

	if (src == NULL || strcmp(src, main) == 0 || src[0] == '/')
		return xstrdup(src != NULL ? src : main);
	base = lcfg_base_dir(main);
	path = lcfg_resolve(base, src);
	base = x_free(base);
	return path;
}

bool lcfg_read(config_t *lc, const char *file, cm_err *err)
{
	FILE *fp;
	char *base;

	fp = fopen(file, "r");
	if (fp == NULL) {
		cm_err_set(err, "%s: cannot open: %s", file, strerror(errno));
		return false;
	}
	fclose(fp);
	base = lcfg_base_dir(file);
	config_set_include_dir(lc, base);
	base = x_free(base);
	if (config_read_file(lc, file) == CONFIG_TRUE)
		return true;
	if (config_error_type(lc) == CONFIG_ERR_FILE_IO || config_error_file(lc) == NULL) {
		cm_err_set(err, "%s: %s", file, config_error_text(lc));
	} else {
		char *shown = shown_file(file, config_error_file(lc));

		cm_err_set(err, "%s:%d: %s", shown, config_error_line(lc), config_error_text(lc));
		shown = x_free(shown);
	}
	return false;
}

bool lcfg_fail(cm_err *err, const char *fallback_file, const config_setting_t *s, const char *key,
               const char *fmt, ...)
{
	const config_setting_t *p = s;
	const char *src = NULL;
	unsigned line = 0;
	char problem[768], *file;
	va_list ap;

	while (p != NULL && config_setting_source_line(p) == 0)
		p = config_setting_parent(p);
	if (p != NULL) {
		line = config_setting_source_line(p);
		src = config_setting_source_file(p);
	}
	file = shown_file(fallback_file, src);
	va_start(ap, fmt);
	vsnprintf(problem, sizeof(problem), fmt, ap);
	va_end(ap);
	if (line > 0)
		cm_err_set(err, "%s:%u: %s: %s", file, line, key, problem);
	else
		cm_err_set(err, "%s: %s: %s", file, key, problem);
	file = x_free(file);
	return false;
}

char *lcfg_base_dir(const char *file)
{
	const char *slash = strrchr(file, '/');
	char cwd[4096];
	char *dir, *abs;
	size_t len;

	if (slash == file)
		return xstrdup("/");
	dir = slash != NULL ? xstrndup(file, (size_t)(slash - file)) : xstrdup(".");
	if (dir[0] == '/')
		return dir;
	if (getcwd(cwd, sizeof(cwd)) == NULL)
		return dir; /* relative, but still usable */
	if (strcmp(dir, ".") == 0) {
		dir = x_free(dir);
		return xstrdup(cwd);
	}
	len = strlen(cwd) + strlen(dir) + 2;
	abs = xmalloc(len);
	snprintf(abs, len, "%s/%s", cwd, dir);
	dir = x_free(dir);
	return abs;
}

char *lcfg_resolve(const char *base, const char *path)
{
	size_t len;
	char *out;

	if (base == NULL || path[0] == '/' || path[0] == '\0')
		return xstrdup(path);
	len = strlen(base) + strlen(path) + 2;
	out = xmalloc(len);
	snprintf(out, len, "%s%s%s", base, base[strlen(base) - 1] == '/' ? "" : "/", path);
	return out;
}

int lcfg_choice(const char *choices, const char *value, char **canon)
{
	const char *p = choices;
	size_t vlen = strlen(value);

	for (int i = 0; p != NULL && *p != '\0'; i++) {
		const char *end = strchr(p, '|');
		size_t len = end != NULL ? (size_t)(end - p) : strlen(p);

		if (len == vlen && strncasecmp(p, value, len) == 0) {
			if (canon != NULL)
				*canon = xstrndup(p, len);
			return i;
		}
		p = end != NULL ? end + 1 : NULL;
	}
	return -1;
}

const char *lcfg_quote(char *buf, size_t len, const char *value)
{
	return log_escape(buf, len, value, strlen(value));
}
