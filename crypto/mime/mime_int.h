/*
 * mime_int.h - internals shared by the files of crypto/mime.
 *
 * Not a public interface: the milter uses mime.h only.
 */
#ifndef MIME_INT_H
#define MIME_INT_H

#include <stdbool.h>
#include <stdint.h>

#include <gmime/gmime.h>

#include "mime.h"

#define MIME_MAX_LINE  998 /* octets per line without CRLF (RFC 5322 2.1.1) */
#define MIME_MAX_DEPTH 100 /* nesting we accept (GMime's own limit is 1024) */

/*
 * What a byte sequence looks like, line by line. A "line" ends at CRLF; a
 * CR not followed by LF and a LF not preceded by CR are counted as bare.
 * first_* are 1-based line numbers of the first occurrence, 0 if none.
 */
struct mime_scan {
	uint64_t bytes, lines;
	uint64_t n8bit, nnul, bare_cr, bare_lf, from_lines;
	uint64_t first_8bit, first_nul, first_bare_cr, first_bare_lf, first_long;
	size_t linelen, maxline;
	int from_pos; /* chars of "From " matched at line start; -1 = not */
	bool prev_cr;
};

void mime_scan_init(struct mime_scan *s);
void mime_scan_bytes(struct mime_scan *s, const unsigned char *p, size_t n);
/* Call once after the last byte (accounts for a final bare CR). */
void mime_scan_finish(struct mime_scan *s);
/* Does the scanned text need no re-encoding to travel as 7bit? */
bool mime_scan_is_7bit_clean(const struct mime_scan *s);

/*
 * A GMimeStream that swallows what is written: every byte goes through
 * scan (if not NULL), is appended to out (if not NULL) and is compared with
 * the bytes read from ref (if not NULL).
 */
GMimeStream *mime_sink_new(struct mime_scan *scan, struct sbuf *out, cm_err *err, GMimeStream *ref);
/* After the last write: -1 if everything written equals all of ref, else
 * the offset of the first difference, with the byte ref has there and the
 * byte written (-1: none). */
int64_t mime_sink_mismatch(GMimeStream *sink, int *want, int *got);

/* A write-only stream that passes what is written on to target with every
 * LF not preceded by CR made CRLF (what GMime's unix2dos filter does,
 * without its copies). */
GMimeStream *mime_crlf_new(GMimeStream *target);

/* Scan a whole stream from its start (reset before and after). 0 or -1. */
int mime_scan_stream(GMimeStream *stream, struct mime_scan *s);

/* A header value (folded as mime_header.value keeps it) parsed as a
 * Content-Type, loosely, as GMime's parser reads it: parameters quoted or
 * RFC 2231 encoded. g_object_unref it; NULL if GMime gives none. */
GMimeContentType *mime_content_type_of(const char *value);
/* The value of the last field called name (case-insensitive), NULL if none:
 * the one GMime goes by. */
const char *mime_last_header(const struct mime_header *hdrs, size_t nhdrs, const char *name);

/* The GMime format options every writer here uses (CRLF). Free with
 * g_mime_format_options_free. */
GMimeFormatOptions *mime_format_options_new(void);

/*
 * Pass 1, the whole tree: adjust what GMime would otherwise write back
 * differently from what it parsed (an empty epilogue followed directly by
 * the parent's delimiter, multiparts without parts). closers receives the
 * close delimiters ("--b--\r\n", innermost first) of the multiparts that
 * run to the end of the body unclosed. 0, or -1 with err.
 */
int mime_walk_fixup(GMimeObject *top, GString *closers, cm_err *err);

/*
 * Raw 8-bit bytes in the header fields of obj (mime_hdrenc.c): valid UTF-8
 * in a Content-Type or Content-Disposition parameter is RFC 2231 encoded,
 * in an unstructured field RFC 2047 encoded; anything else is an error
 * naming the field, what ("MIME", "attached message's") and part. Each
 * field encoded adds one to *changes.
 */
int mime_headers_encode(GMimeObject *obj, GMimeFormatOptions *fo, const char *what,
                        const char *part, unsigned *changes, cm_err *err);

/*
 * Pass 2, outside multipart/signed and multipart/encrypted: make every leaf
 * 7bit-safe. *allow8 receives the number of 8-bit bytes inside the
 * signed/encrypted subtrees, which are written unchanged; *changes the
 * number of changes made to the tree (0: it writes as it did before).
 */
int mime_walk_convert(GMimeObject *top, uint64_t *allow8, unsigned *changes, cm_err *err);

/* The header block of the content entity (mime.h, mime_entity): the
 * Content-* fields in their order with CRLF folds, an explicit text/plain
 * when there is no Content-Type, the blank line; appended to out. 0, or
 * -1 with err (a malformed name, a line break without whitespace). */
int mime_header_block(const struct mime_header *hdrs, size_t nhdrs, GString *out, cm_err *err);

/* What mime_prep gathered (mime_prep.c): the header block (NULL if it
 * could not be written) and the scan of the block and every body byte. */
struct mime_prep {
	GString *hdr;
	struct mime_scan scan; /* not finished: mime_scan_finish a copy */
};

/* Is the entity (header fields hdrs, blen body bytes) one leaf that
 * conversion leaves as it is when its bytes are 7bit-clean without "From "
 * lines (mime_prep.c)? */
bool mime_plain_leaf(const struct mime_header *hdrs, size_t nhdrs, uint64_t blen);

/* Tests only: true makes mime_entity take none of its shortcuts (the
 * plain leaf without GMime, the unchanged tree not written again), so that
 * a test can compare both ways on the same input. */
extern bool mime_entity_no_shortcuts;

#endif
