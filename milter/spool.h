/*
 * spool.h - one message body as it streams in: in memory up to a threshold,
 * then in an unlinked temporary file. Line ends are made canonical (a bare
 * LF becomes CRLF) as the bytes arrive, so the result is the same however
 * the MTA slices the body.
 */
#ifndef SPOOL_H
#define SPOOL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "cm.h"

struct spool;

/* dir: where temporary files go; threshold: bytes kept in memory. */
struct spool *spool_create(const char *dir, size_t threshold);
struct spool *spool_destroy(struct spool *sp); /* returns NULL */

/* Append a chunk. Returns 0, or -1 with err (temp file trouble). */
int spool_write(struct spool *sp, const unsigned char *data, size_t len, cm_err *err);

/* Hand every canonical byte written from now on, in order, also to
 * tap(ctx, p, n) (NULL: none). */
typedef void (*spool_tap_fn)(void *ctx, const unsigned char *p, size_t n);
void spool_set_tap(struct spool *sp, spool_tap_fn tap, void *ctx);

size_t spool_size(const struct spool *sp); /* canonical bytes so far */
bool spool_on_disk(const struct spool *sp);

/* A FILE positioned at the start of the canonical body, for reading: the
 * temporary file, or a memory stream over the body in memory (no file
 * descriptor then). Owned by the spool; valid until spool_destroy; no
 * spool_write after it. NULL + err. */
FILE *spool_stream(struct spool *sp, cm_err *err);

#endif
