/*
 * buf.h - a growable byte buffer, with an optional cap for bytes that
 * arrive from the network (HTTP and LDAP answers, TSA replies).
 *
 * Ownership: the buffer owns data; buf_free releases it and leaves an empty
 * buffer that may be used again. A zeroed struct buf is an empty buffer
 * without a cap.
 */
#ifndef BUF_H
#define BUF_H

#include <stdbool.h>
#include <stddef.h>

struct buf {
	unsigned char *data;
	size_t len, cap;
	size_t max;   /* buf_write_capped's cap in bytes; 0: none */
	bool too_big; /* buf_write_capped refused bytes over max */
};

/* Append len bytes (the cap does not apply; out of memory is fatal). */
void buf_append(struct buf *b, const void *data, size_t len);
/* Empty for reuse: len 0, too_big cleared, the memory kept. */
void buf_reset(struct buf *b);
/* Release the memory; the cap stays. */
void buf_free(struct buf *b);
/* buf_append as a writer callback (ctx a struct buf): always 0. */
int buf_append_cb(void *ctx, const unsigned char *p, size_t n);

/* A libcurl CURLOPT_WRITEFUNCTION with CURLOPT_WRITEDATA a struct buf:
 * appends the data, or, when the buffer would grow over max (if set),
 * sets too_big and returns 0, which makes libcurl abort the transfer with
 * CURLE_WRITE_ERROR. */
size_t buf_write_capped(char *data, size_t size, size_t nmemb, void *userp);

#endif
