/*
 * curlbuf.h - a libcurl response body collected in memory, with a size
 * cap, for the transfers of the TSA client (tsa.c) and the certificate
 * directory (dir_source.c).
 */
#ifndef CURLBUF_H
#define CURLBUF_H

#include <stdbool.h>
#include <stddef.h>

#include "mime.h" /* struct buf */

struct curlbuf {
	struct buf body; /* what arrived so far */
	size_t max;      /* the cap, in bytes */
	bool too_big;    /* more than max arrived: the transfer was aborted */
};

/* CURLOPT_WRITEFUNCTION, with CURLOPT_WRITEDATA a struct curlbuf: appends
 * the data, or, when the body would grow over max, sets too_big and
 * returns 0 (libcurl then aborts the transfer with CURLE_WRITE_ERROR). */
size_t curlbuf_write(char *data, size_t size, size_t nmemb, void *userp);
/* Empty for a new attempt (too_big cleared, the memory kept). */
void curlbuf_reset(struct curlbuf *cb);
/* Frees the body. */
void curlbuf_free(struct curlbuf *cb);

#endif
