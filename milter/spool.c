/*
 * spool.c - a message body in memory or, past a threshold, in an unlinked
 * temporary file (see spool.h).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "spool.h"
#include "xalloc.h"

struct spool {
	char *dir;
	size_t threshold;
	unsigned char *mem; /* in-memory body, until it passes threshold */
	size_t len, cap;
	FILE *fp;     /* the body once in a file, or a memory stream over mem */
	bool on_disk; /* passed the threshold */
	bool last_cr; /* last byte written was CR */
};

struct spool *spool_create(const char *dir, size_t threshold)
{
	struct spool *sp = xcalloc(1, sizeof(*sp));

	sp->dir = xstrdup(dir && *dir ? dir : "/var/tmp");
	sp->threshold = threshold;
	return sp;
}

struct spool *spool_destroy(struct spool *sp)
{
	if (sp == NULL)
		return NULL;
	if (sp->fp)
		fclose(sp->fp);
	free(sp->mem);
	free(sp->dir);
	free(sp);
	return NULL;
}

/* Move what is in memory to a new unlinked file in sp->dir. */
static int spool_to_disk(struct spool *sp, cm_err *err)
{
	size_t plen = strlen(sp->dir) + sizeof("/certmilter.XXXXXX");
	char *path = xmalloc(plen);
	int fd, ret = -1;

	snprintf(path, plen, "%s/certmilter.XXXXXX", sp->dir);
	fd = mkstemp(path);
	if (fd < 0) {
		cm_err_set(err, "cannot create spool file in %s: %s", sp->dir, strerror(errno));
		goto out;
	}
	unlink(path);
	sp->fp = fdopen(fd, "w+");
	if (sp->fp == NULL) {
		cm_err_set(err, "fdopen spool file: %s", strerror(errno));
		close(fd);
		goto out;
	}
	if (sp->len > 0 && fwrite(sp->mem, 1, sp->len, sp->fp) != sp->len) {
		cm_err_set(err, "write spool file in %s: %s", sp->dir, strerror(errno));
		goto out;
	}
	sp->mem = x_free(sp->mem);
	sp->cap = 0;
	sp->on_disk = true;
	ret = 0;
out:
	free(path);
	return ret;
}

static int spool_put(struct spool *sp, const void *data, size_t len, cm_err *err)
{
	if (len == 0) /* nothing to add; sp->mem may still be NULL */
		return 0;
	if (sp->fp == NULL && sp->len + len > sp->threshold && spool_to_disk(sp, err) < 0)
		return -1;
	if (sp->fp != NULL) {
		if (fwrite(data, 1, len, sp->fp) != len) {
			cm_err_set(err, "write spool file in %s: %s", sp->dir, strerror(errno));
			return -1;
		}
	} else {
		if (sp->len + len > sp->cap) {
			sp->cap = (sp->len + len) * 2;
			sp->mem = xrealloc(sp->mem, sp->cap);
		}
		memcpy(sp->mem + sp->len, data, len);
	}
	sp->len += len;
	return 0;
}

int spool_write(struct spool *sp, const unsigned char *data, size_t len, cm_err *err)
{
	size_t start = 0;

	for (size_t i = 0; i < len; i++) {
		bool bare_lf = data[i] == '\n' && !(i > 0 ? data[i - 1] == '\r' : sp->last_cr);

		if (!bare_lf)
			continue;
		if (spool_put(sp, data + start, i - start, err) < 0 ||
		    spool_put(sp, "\r", 1, err) < 0)
			return -1;
		start = i;
	}
	if (spool_put(sp, data + start, len - start, err) < 0)
		return -1;
	if (len > 0)
		sp->last_cr = data[len - 1] == '\r';
	return 0;
}

size_t spool_size(const struct spool *sp)
{
	return sp->len;
}

bool spool_on_disk(const struct spool *sp)
{
	return sp->on_disk;
}

/* The body in memory as a FILE: a read-only memory stream over sp->mem
 * (no copy, no system call), or for an empty body an empty memfd. */
static FILE *memory_stream(struct spool *sp, cm_err *err)
{
	int fd;
	FILE *fp;

	if (sp->len > 0) {
		fp = fmemopen(sp->mem, sp->len, "r");
		if (fp == NULL)
			cm_err_set(err, "fmemopen: %s", strerror(errno));
		return fp;
	}
	fd = memfd_create("certmilter-body", MFD_CLOEXEC);
	if (fd < 0) {
		cm_err_set(err, "memfd_create: %s", strerror(errno));
		return NULL;
	}
	fp = fdopen(fd, "w+");
	if (fp == NULL) {
		cm_err_set(err, "fdopen: %s", strerror(errno));
		close(fd);
	}
	return fp;
}

FILE *spool_stream(struct spool *sp, cm_err *err)
{
	if (sp->fp == NULL && (sp->fp = memory_stream(sp, err)) == NULL)
		return NULL;
	if (fflush(sp->fp) != 0 || fseek(sp->fp, 0, SEEK_SET) != 0) {
		cm_err_set(err, "rewind spool: %s", strerror(errno));
		return NULL;
	}
	return sp->fp;
}
