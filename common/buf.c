/*
 * buf.c - the growable byte buffer of buf.h, and its capped libcurl write
 * callback.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "xalloc.h"

void buf_append(struct buf *b, const void *data, size_t len)
{
	if (len == 0)
		return;
	if (b->len + len > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;

		while (cap < b->len + len)
			cap *= 2;
		b->data = xrealloc(b->data, cap);
		b->cap = cap;
	}
	memcpy(b->data + b->len, data, len);
	b->len += len;
}

void buf_reset(struct buf *b)
{
	b->len = 0;
	b->too_big = false;
}

void buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
	b->too_big = false;
}

size_t buf_write_capped(char *data, size_t size, size_t nmemb, void *userp)
{
	struct buf *b = userp;
	size_t n = size * nmemb;

	if (b->max && n > b->max - b->len) {
		b->too_big = true;
		return 0; /* aborts the transfer */
	}
	buf_append(b, data, n);
	return n;
}

int buf_append_cb(void *ctx, const unsigned char *p, size_t n)
{
	buf_append(ctx, p, n);
	return 0;
}
