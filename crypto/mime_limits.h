/*
 * mime_limits.h - structural limits of a message body, checked as the body
 * streams in: MIME nesting depth, number of MIME parts, longest line.
 *
 * The counter reads each slice once, keeps only a bounded prefix of the
 * current line and the stack of open multipart boundaries (never deeper
 * than the depth limit), so a pathological body costs linear time and
 * bounded memory, and the verdict is the same however the body is sliced.
 */
#ifndef MIME_LIMITS_H
#define MIME_LIMITS_H

#include <stddef.h>

struct mime_limits {
	long max_depth; /* nested multipart and message/rfc822 levels */
	long max_parts; /* MIME entities: the message, body parts, attached messages */
	long max_line;  /* bytes of one body line, without its CRLF (or LF) */
};

enum mime_limit_hit {
	MIME_LIMIT_NONE = 0,
	MIME_LIMIT_DEPTH,
	MIME_LIMIT_PARTS,
	MIME_LIMIT_LINE,
};

struct mime_counts {
	long depth;      /* deepest nesting seen (0: not MIME-structured) */
	long parts;      /* entities seen (1: a single-part message) */
	size_t max_line; /* longest body line seen */
};

struct mime_counter;

/* content_type: the value of the message's last Content-Type header (the
 * one GMime goes by), NULL if none (text/plain). */
struct mime_counter *mime_counter_create(const struct mime_limits *lim, const char *content_type);
struct mime_counter *mime_counter_destroy(struct mime_counter *mc); /* returns NULL */

/* Feed the next body bytes (any slicing). Returns the first limit passed so
 * far; once one is, later bytes are not looked at. */
enum mime_limit_hit mime_counter_feed(struct mime_counter *mc, const unsigned char *p, size_t n);
/* After the last byte (a last line without line end is counted). */
enum mime_limit_hit mime_counter_finish(struct mime_counter *mc);

/* What was seen so far (up to the point a limit was passed). */
void mime_counter_counts(const struct mime_counter *mc, struct mime_counts *out);

/* The configuration key of a limit, e.g. "limits.max_mime_depth". */
const char *mime_limit_key(enum mime_limit_hit hit);

#endif
