/*
 * curlbuf.c - the libcurl write callback shared by the TSA client and the
 * certificate directory: the response body into a struct buf, capped at
 * a maximum size while it arrives (see curlbuf.h).
 */
#include "curlbuf.h"

size_t curlbuf_write(char *data, size_t size, size_t nmemb, void *userp)
{
	struct curlbuf *cb = userp;
	size_t n = size * nmemb;

	if (n > cb->max - cb->body.len) {
		cb->too_big = true;
		return 0; /* aborts the transfer */
	}
	buf_append(&cb->body, data, n);
	return n;
}

void curlbuf_reset(struct curlbuf *cb)
{
	cb->body.len = 0;
	cb->too_big = false;
}

void curlbuf_free(struct curlbuf *cb)
{
	buf_free(&cb->body);
	cb->too_big = false;
}
