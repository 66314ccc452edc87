/*
 * spool.c - a message body in memory or, past a threshold, in an unlinked
 * temporary file (see spool.h).
 */
#include <stdlib.h>

#include "sbuf.h"
#include "spool.h"
#include "xalloc.h"

struct spool {
	struct sbuf *sb;
	bool last_cr; /* last byte written was CR */
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

int spool_write(struct spool *sp, const unsigned char *data, size_t len, cm_err *err)
{
	size_t start = 0;

	for (size_t i = 0; i < len; i++) {
		bool bare_lf = data[i] == '\n' && !(i > 0 ? data[i - 1] == '\r' : sp->last_cr);

		if (!bare_lf)
			continue;
		if (sbuf_write(sp->sb, data + start, i - start, err) < 0 ||
		    sbuf_write(sp->sb, "\r", 1, err) < 0)
			return -1;
		start = i;
	}
	if (sbuf_write(sp->sb, data + start, len - start, err) < 0)
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
