/*
 * spool.c - a message body in memory or, past a threshold, in an unlinked
 * temporary file (see spool.h).
 */
#include <stdlib.h>
#include <string.h>

#include "sbuf.h"
#include "spool.h"
#include "xalloc.h"

struct spool {
	struct sbuf *sb;
	bool last_cr; /* last byte written was CR */
	spool_tap_fn tap;
	void *tap_ctx;
};

struct spool *spool_create(const char *dir, size_t threshold)
{
	struct sbuf_opts o = {dir, threshold};
	struct spool *sp = xcalloc(1, sizeof(*sp));

	sp->sb = sbuf_create(&o);
	return sp;
}

struct spool *spool_destroy(struct spool *sp)
{
	if (sp == NULL)
		return NULL;
	sbuf_destroy(sp->sb);
	free(sp);
	return NULL;
}

void spool_set_tap(struct spool *sp, spool_tap_fn tap, void *ctx)
{
	sp->tap = tap;
	sp->tap_ctx = ctx;
}

/* n canonical bytes to the buffer and the tap. */
static int put(struct spool *sp, const unsigned char *p, size_t n, cm_err *err)
{
	if (n == 0)
		return 0;
	if (sbuf_write(sp->sb, p, n, err) < 0)
		return -1;
	if (sp->tap != NULL)
		sp->tap(sp->tap_ctx, p, n);
	return 0;
}

int spool_write(struct spool *sp, const unsigned char *data, size_t len, cm_err *err)
{
	const unsigned char *end = data + len, *start = data, *from = data, *lf;

	while (from < end && (lf = memchr(from, '\n', (size_t)(end - from))) != NULL) {
		from = lf + 1;
		if (lf > data ? lf[-1] == '\r' : sp->last_cr)
			continue;
		/* a bare LF: CR before it; the LF starts the next piece */
		if (put(sp, start, (size_t)(lf - start), err) < 0 ||
		    put(sp, (const unsigned char *)"\r", 1, err) < 0)
			return -1;
		start = lf;
	}
	if (put(sp, start, (size_t)(end - start), err) < 0)
		return -1;
	if (len > 0)
		sp->last_cr = data[len - 1] == '\r';
	return 0;
}

size_t spool_size(const struct spool *sp)
{
	return sbuf_len(sp->sb);
}

bool spool_on_disk(const struct spool *sp)
{
	return sbuf_on_disk(sp->sb);
}

FILE *spool_stream(struct spool *sp, cm_err *err)
{
	return sbuf_stream(sp->sb, err);
}
