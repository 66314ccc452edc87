/*
 * sbuf.c - bytes in memory up to a threshold, then in an unlinked
 * temporary file (sbuf.h).
 */
#define _GNU_SOURCE /* memfd_create */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "log.h"
#include "sbuf.h"
#include "xalloc.h"

#define COPY_CHUNK 65536

struct sbuf {
	struct sbuf_opts o;
	char *dir;          /* o.dir's copy */
	unsigned char *mem; /* the bytes, while in memory */
	size_t len, cap;
	FILE *fp;   /* the file once past the threshold */
	FILE *rd;   /* sbuf_stream's memory stream, if any */
	bool dirty; /* fp written since the last flush */
	bool moved; /* fp handed out for reading: maybe not at the end */
};

struct sbuf *sbuf_create(const struct sbuf_opts *o)
{
	struct sbuf *sb = xcalloc(1, sizeof(*sb));

	sb->dir = xstrdup(o->dir != NULL && *o->dir ? o->dir : "/var/tmp");
	sb->o.dir = sb->dir;
	sb->o.threshold = o->threshold;
	return sb;
}

static void close_reader(struct sbuf *sb)
{
	if (sb->rd != NULL)
		fclose(sb->rd);
	sb->rd = NULL;
}

struct sbuf *sbuf_destroy(struct sbuf *sb)
{
	if (sb == NULL)
		return NULL;
	close_reader(sb);
	if (sb->fp != NULL)
		fclose(sb->fp);
	free(sb->mem);
	free(sb->dir);
	free(sb);
	return NULL;
}

const struct sbuf_opts *sbuf_options(const struct sbuf *sb)
{
	return &sb->o;
}

/* Move what is in memory to a new unlinked file in sb->dir. */
static int to_disk(struct sbuf *sb, cm_err *err)
{
	size_t plen = strlen(sb->dir) + sizeof("/certmilter.XXXXXX");
	char *path = xmalloc(plen);
	int fd, ret = -1;

	snprintf(path, plen, "%s/certmilter.XXXXXX", sb->dir);
	fd = mkstemp(path);
	if (fd < 0) {
		cm_err_set(err, "cannot create spool file in %s: %s", sb->dir, strerror(errno));
		goto out;
	}
	unlink(path);
	sb->fp = fdopen(fd, "w+");
	if (sb->fp == NULL) {
		cm_err_set(err, "fdopen spool file: %s", strerror(errno));
		close(fd);
		goto out;
	}
	setvbuf(sb->fp, NULL, _IOFBF, COPY_CHUNK); /* fewer, larger writes */
	if (sb->len > 0 && fwrite(sb->mem, 1, sb->len, sb->fp) != sb->len) {
		cm_err_set(err, "write spool file in %s: %s", sb->dir, strerror(errno));
		goto out;
	}
	sb->mem = x_free(sb->mem);
	sb->cap = 0;
	sb->dirty = true;
	ret = 0;
out:
	free(path);
	return ret;
}

int sbuf_write(struct sbuf *sb, const void *p, size_t n, cm_err *err)
{
	if (n == 0)
		return 0;
	close_reader(sb);
	if (sb->fp == NULL && sb->len + n > sb->o.threshold && to_disk(sb, err) < 0)
		return -1;
	if (sb->fp != NULL) {
		if ((sb->moved && fseeko(sb->fp, 0, SEEK_END) != 0) ||
		    fwrite(p, 1, n, sb->fp) != n) {
			cm_err_set(err, "write spool file in %s: %s", sb->dir, strerror(errno));
			return -1;
		}
		sb->dirty = true;
		sb->moved = false;
	} else {
		if (sb->len + n > sb->cap) {
			sb->cap = (sb->len + n) * 2;
			sb->mem = xrealloc(sb->mem, sb->cap);
		}
		memcpy(sb->mem + sb->len, p, n);
	}
	sb->len += n;
	return 0;
}

int sbuf_expect(struct sbuf *sb, size_t n, cm_err *err)
{
	if (sb->fp != NULL || n == 0)
		return 0;
	close_reader(sb);
	if (sb->len + n > sb->o.threshold)
		return to_disk(sb, err);
	if (sb->len + n > sb->cap) {
		sb->cap = sb->len + n;
		sb->mem = xrealloc(sb->mem, sb->cap);
	}
	return 0;
}

int sbuf_puts(struct sbuf *sb, const char *s, cm_err *err)
{
	return sbuf_write(sb, s, strlen(s), err);
}

size_t sbuf_len(const struct sbuf *sb)
{
	return sb->len;
}

bool sbuf_on_disk(const struct sbuf *sb)
{
	return sb->fp != NULL;
}

void sbuf_truncate(struct sbuf *sb)
{
	close_reader(sb);
	if (sb->fp != NULL) {
		fflush(sb->fp);
		if (ftruncate(fileno(sb->fp), 0) != 0)
			msg_panic("sbuf: cannot truncate the spool file: %s", strerror(errno));
		rewind(sb->fp);
		sb->dirty = sb->moved = false;
	}
	sb->len = 0;
}

static int flush(struct sbuf *sb, cm_err *err)
{
	if (sb->fp != NULL && sb->dirty) {
		if (fflush(sb->fp) != 0) {
			cm_err_set(err, "write spool file in %s: %s", sb->dir, strerror(errno));
			return -1;
		}
		sb->dirty = false;
	}
	return 0;
}

ssize_t sbuf_read(struct sbuf *sb, size_t off, void *dst, size_t n, cm_err *err)
{
	ssize_t got;

	if (off >= sb->len || n == 0)
		return 0;
	if (n > sb->len - off)
		n = sb->len - off;
	if (sb->fp == NULL) {
		memcpy(dst, sb->mem + off, n);
		return (ssize_t)n;
	}
	if (flush(sb, err) < 0)
		return -1;
	do
		got = pread(fileno(sb->fp), dst, n, (off_t)off);
	while (got < 0 && errno == EINTR);
	if (got < 0)
		cm_err_set(err, "read spool file in %s: %s", sb->dir, strerror(errno));
	return got;
}

int sbuf_each(struct sbuf *sb, int (*fn)(void *ctx, const unsigned char *p, size_t n), void *ctx,
              cm_err *err)
{
	unsigned char *chunk = xmalloc(COPY_CHUNK);
	size_t off = 0;
	ssize_t n;
	int rc = -1;

	while ((n = sbuf_read(sb, off, chunk, COPY_CHUNK, err)) > 0) {
		if (fn(ctx, chunk, (size_t)n) < 0)
			goto out;
		off += (size_t)n;
	}
	rc = n < 0 ? -1 : 0;
out:
	free(chunk);
	return rc;
}

struct copy_to {
	struct sbuf *to;
	cm_err *err;
};

static int copy_chunk(void *ctx, const unsigned char *p, size_t n)
{
	struct copy_to *c = ctx;

	return sbuf_write(c->to, p, n, c->err);
}

int sbuf_copy(struct sbuf *to, struct sbuf *from, cm_err *err)
{
	struct copy_to c = {to, err};

	return sbuf_each(from, copy_chunk, &c, err);
}

/* The bytes in memory as a FILE: a read-only memory stream (no copy), or
 * for no bytes an empty memfd (fmemopen refuses size 0). */
static FILE *memory_stream(struct sbuf *sb, cm_err *err)
{
	int fd;
	FILE *fp;

	if (sb->len > 0) {
		fp = fmemopen(sb->mem, sb->len, "r");
		if (fp == NULL)
			cm_err_set(err, "fmemopen: %s", strerror(errno));
		return fp;
	}
	fd = memfd_create("certmilter-sbuf", MFD_CLOEXEC);
	if (fd < 0) {
		cm_err_set(err, "memfd_create: %s", strerror(errno));
		return NULL;
	}
	fp = fdopen(fd, "r");
	if (fp == NULL) {
		cm_err_set(err, "fdopen: %s", strerror(errno));
		close(fd);
	}
	return fp;
}

FILE *sbuf_stream(struct sbuf *sb, cm_err *err)
{
	FILE *fp;

	if (sb->fp == NULL) {
		if (sb->rd == NULL && (sb->rd = memory_stream(sb, err)) == NULL)
			return NULL;
		fp = sb->rd;
	} else {
		if (flush(sb, err) < 0)
			return NULL;
		fp = sb->fp;
		sb->moved = true;
	}
	if (fseeko(fp, 0, SEEK_SET) != 0) {
		cm_err_set(err, "rewind spool: %s", strerror(errno));
		return NULL;
	}
	return fp;
}

int sbuf_slurp(struct sbuf *sb, struct buf *out, cm_err *err)
{
	return sbuf_each(sb, buf_append_cb, out, err);
}
