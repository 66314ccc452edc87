/*
 * sbuf.h - a spooled buffer: bytes kept in memory up to a threshold, then
 * in an unlinked temporary file. Messages of any size pass through
 * certmilter (the body as it arrives, the entity to sign, the signed and
 * the encrypted output) with at most threshold bytes of each in memory.
 *
 * Writing appends; reading is by offset (sbuf_read) or through a FILE
 * positioned at the start (sbuf_stream). A FILE from sbuf_stream is valid
 * until the next sbuf_write, sbuf_truncate or sbuf_destroy.
 */
#ifndef SBUF_H
#define SBUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

#include "buf.h"
#include "cm.h"

/* Where the files go and how much stays in memory. */
struct sbuf_opts {
	const char *dir; /* NULL or "": /var/tmp */
	size_t threshold;
};

struct sbuf;

struct sbuf *sbuf_create(const struct sbuf_opts *o); /* the options are copied */
struct sbuf *sbuf_destroy(struct sbuf *sb);          /* returns NULL */
/* The options sb was created with, to create another like it. */
const struct sbuf_opts *sbuf_options(const struct sbuf *sb);

/* Append. 0, or -1 with err (the temporary file could not be made or
 * written: disk full, spool_dir missing). */
int sbuf_write(struct sbuf *sb, const void *p, size_t n, cm_err *err);
int sbuf_puts(struct sbuf *sb, const char *s, cm_err *err);
/* About n more bytes will be written: past the threshold the buffer goes
 * to its file now (no memory stage to copy out of), else memory for them is
 * taken at once (no growing). A hint: 0, or -1 with err as sbuf_write. */
int sbuf_expect(struct sbuf *sb, size_t n, cm_err *err);
/* fn(ctx, ...) on every byte, in chunks, in order. 0, or -1 when fn
 * returned < 0 (its reason is fn's to give) or with err on a read error. */
int sbuf_each(struct sbuf *sb, int (*fn)(void *ctx, const unsigned char *p, size_t n), void *ctx,
              cm_err *err);
/* Append every byte of from (which is not changed). */
int sbuf_copy(struct sbuf *to, struct sbuf *from, cm_err *err);

size_t sbuf_len(const struct sbuf *sb);
bool sbuf_on_disk(const struct sbuf *sb);
/* Empty again (the file, if any, is kept and truncated). */
void sbuf_truncate(struct sbuf *sb);

/* Up to n bytes from offset off into dst: the count, 0 at the end, -1
 * with err on a read error. */
ssize_t sbuf_read(struct sbuf *sb, size_t off, void *dst, size_t n, cm_err *err);
/* A FILE at the start of the bytes, for reading; owned by sb. NULL + err. */
FILE *sbuf_stream(struct sbuf *sb, cm_err *err);
/* Every byte appended to out (tests, small answers). 0 or -1 + err. */
int sbuf_slurp(struct sbuf *sb, struct buf *out, cm_err *err);

#endif
