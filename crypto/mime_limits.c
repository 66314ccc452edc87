/*
 * mime_limits.c - the streaming counter behind mime_limits.h: MIME nesting
 * depth, number of parts and line length of a body as it arrives.
 *
 * A small line scanner, not a parser: it follows the part headers far
 * enough to learn each entity's Content-Type (parsed by GMime, with the
 * same loose options as the real parse, so both read a type and boundary
 * alike), keeps a stack of the open multipart boundaries and of attached
 * messages, and matches delimiter lines against the stack the way GMime
 * does: "--" boundary ["--"], then only spaces and tabs, innermost level
 * first, a line that closes an outer level closes the inner ones too.
 *
 * Cost: every byte is looked at once (memchr for the line ends); of each
 * line at most LINE_KEEP bytes are kept, of a Content-Type field at most
 * CT_KEEP. The stack grows one level past the depth limit at most, because
 * counting stops at the first limit passed.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <gmime/gmime.h>

#include "mime_limits.h"
#include "xalloc.h"

#define LINE_KEEP 1024 /* bytes of a line kept: delimiters, header names */
#define CT_KEEP   8192 /* bytes of a Content-Type value kept */

struct level {
	char *boundary; /* NULL: an attached message (no delimiter of its own) */
	size_t blen;
	bool digest; /* multipart/digest: parts default to message/rfc822 */
};

struct mime_counter {
	struct mime_limits lim;
	GMimeParserOptions *po;
	struct level *stack;
	size_t depth, cap;
	struct mime_counts seen;
	enum mime_limit_hit hit;
	bool in_headers;      /* reading the header block of an entity */
	bool in_ct;           /* the header being read is the entity's Content-Type */
	bool have_ct;         /* the entity has a Content-Type (the last one counts) */
	bool default_message; /* the entity's default type is message/rfc822 */
	char ct[CT_KEEP + 1];
	size_t ctlen;
	unsigned char line[LINE_KEEP];
	size_t kept, linelen;
	bool pending_cr; /* the last byte was a CR; a LF may follow */
	bool tail_ws;    /* the bytes past LINE_KEEP are all spaces and tabs */
	bool unborn;     /* a delimiter line ended: a part, if any byte follows */
};

static void check(struct mime_counter *mc)
{
	if (mc->hit != MIME_LIMIT_NONE)
		return;
	if (mc->seen.depth > mc->lim.max_depth)
		mc->hit = MIME_LIMIT_DEPTH;
	else if (mc->seen.parts > mc->lim.max_parts)
		mc->hit = MIME_LIMIT_PARTS;
	else if (mc->seen.max_line > (size_t)mc->lim.max_line)
		mc->hit = MIME_LIMIT_LINE;
}

static void push(struct mime_counter *mc, const char *boundary, bool digest)
{
	struct level *lv;

	if (mc->depth == mc->cap) {
		mc->cap = mc->cap ? 2 * mc->cap : 8;
		mc->stack = xrealloc(mc->stack, mc->cap * sizeof(*mc->stack));
	}
	lv = &mc->stack[mc->depth++];
	lv->boundary = boundary ? xstrdup(boundary) : NULL;
	lv->blen = boundary ? strlen(boundary) : 0;
	lv->digest = digest;
	if ((long)mc->depth > mc->seen.depth)
		mc->seen.depth = (long)mc->depth;
	check(mc);
}

static void pop_to(struct mime_counter *mc, size_t depth)
{
	while (mc->depth > depth)
		free(mc->stack[--mc->depth].boundary);
}

/* Read a header block next. */
static void entity_headers(struct mime_counter *mc, bool default_message)
{
	mc->in_headers = true;
	mc->in_ct = mc->have_ct = false;
	mc->ctlen = 0;
	mc->default_message = default_message;
}

/* A new entity whose header block follows. */
static void entity_start(struct mime_counter *mc, bool default_message)
{
	mc->seen.parts++;
	entity_headers(mc, default_message);
	check(mc);
}

static bool is_message(GMimeContentType *ct)
{
	return g_mime_content_type_is_type(ct, "message", "rfc822") ||
	       g_mime_content_type_is_type(ct, "message", "news") ||
	       g_mime_content_type_is_type(ct, "message", "global");
}

/* The header block has ended: open what the Content-Type says. */
static void entity_body(struct mime_counter *mc)
{
	GMimeContentType *ct;
	const char *boundary;

	mc->in_headers = mc->in_ct = false;
	if (!mc->have_ct) {
		if (mc->default_message) {
			push(mc, NULL, false);
			entity_start(mc, false);
		}
		return;
	}
	mc->ct[mc->ctlen] = '\0';
	ct = g_mime_content_type_parse(mc->po, mc->ct);
	if (ct == NULL)
		return;
	boundary = g_mime_content_type_get_parameter(ct, "boundary");
	if (g_mime_content_type_is_type(ct, "multipart", "*") && boundary && *boundary) {
		push(mc, boundary, g_mime_content_type_is_type(ct, "multipart", "digest"));
	} else if (is_message(ct)) {
		push(mc, NULL, false);
		entity_start(mc, false);
	}
	g_object_unref(ct);
}

static void ct_append(struct mime_counter *mc, const unsigned char *p, size_t n)
{
	if (n > CT_KEEP - mc->ctlen)
		n = CT_KEEP - mc->ctlen;
	for (size_t i = 0; i < n; i++) /* unfolded: line ends become blanks */
		mc->ct[mc->ctlen++] = p[i] == '\r' || p[i] == '\n' ? ' ' : (char)p[i];
}

/* Index of the level the current line is a delimiter of, or -1. */
static long match_delimiter(const struct mime_counter *mc, bool *close)
{
	size_t len = mc->kept;

	if (len < 3 || mc->line[0] != '-' || mc->line[1] != '-' || !mc->tail_ws)
		return -1;
	while (len > 2 && (mc->line[len - 1] == ' ' || mc->line[len - 1] == '\t'))
		len--;
	for (size_t i = mc->depth; i-- > 0;) {
		const struct level *lv = &mc->stack[i];

		if (lv->boundary == NULL || len < lv->blen + 2 ||
		    memcmp(mc->line + 2, lv->boundary, lv->blen) != 0)
			continue;
		*close = len == lv->blen + 4 && memcmp(mc->line + len - 2, "--", 2) == 0;
		if (*close || len == lv->blen + 2)
			return (long)i;
	}
	return -1;
}

/* A delimiter line: true if the line was one (and has been handled). */
static bool delimiter(struct mime_counter *mc)
{
	bool close = false;
	long i = match_delimiter(mc, &close);

	if (i < 0)
		return false;
	pop_to(mc, (size_t)i + 1);
	if (close) {
		pop_to(mc, (size_t)i); /* the epilogue follows: body text */
		mc->in_headers = mc->in_ct = false;
	} else {
		/* GMime opens no part for a delimiter at the very end */
		entity_headers(mc, mc->stack[i].digest);
		mc->unborn = true;
	}
	return true;
}

static void header_line(struct mime_counter *mc)
{
	const unsigned char *colon;
	size_t nlen;

	if (mc->kept == 0) { /* the empty line ending the header block */
		entity_body(mc);
		return;
	}
	if (mc->line[0] == ' ' || mc->line[0] == '\t') {
		if (mc->in_ct)
			ct_append(mc, mc->line, mc->kept);
		return;
	}
	colon = memchr(mc->line, ':', mc->kept);
	if (colon == NULL) { /* not a header: the content begins here */
		entity_body(mc);
		if (mc->in_headers)
			header_line(mc); /* an attached message's first line */
		return;
	}
	nlen = (size_t)(colon - mc->line);
	while (nlen > 0 && (mc->line[nlen - 1] == ' ' || mc->line[nlen - 1] == '\t'))
		nlen--;
	/* the last Content-Type field counts, as for GMime */
	mc->in_ct = nlen == 12 && strncasecmp((char *)mc->line, "Content-Type", 12) == 0;
	if (mc->in_ct) {
		mc->have_ct = true;
		mc->ctlen = 0;
		ct_append(mc, colon + 1, mc->kept - (size_t)(colon + 1 - mc->line));
	}
}

static void end_line(struct mime_counter *mc)
{
	if (mc->linelen > mc->seen.max_line) {
		mc->seen.max_line = mc->linelen;
		check(mc);
	}
	if (mc->hit == MIME_LIMIT_NONE && !delimiter(mc) && mc->in_headers)
		header_line(mc);
	mc->kept = mc->linelen = 0;
	mc->tail_ws = true;
	mc->pending_cr = false;
}

/* Bytes of the current line (no line end among them). */
static void line_bytes(struct mime_counter *mc, const unsigned char *p, size_t n)
{
	size_t keep = n < LINE_KEEP - mc->kept ? n : LINE_KEEP - mc->kept;

	memcpy(mc->line + mc->kept, p, keep);
	mc->kept += keep;
	mc->linelen += n;
	/* a delimiter may be followed by any amount of white space */
	for (size_t i = keep; i < n && mc->tail_ws && mc->line[0] == '-'; i++)
		mc->tail_ws = p[i] == ' ' || p[i] == '\t';
	if (mc->linelen > (size_t)mc->lim.max_line) {
		mc->seen.max_line = mc->linelen;
		check(mc);
	}
}

/* A run of bytes without LF; a CR at its end is held back until we know
 * whether a LF follows (CRLF and LF end a line alike). */
static void segment(struct mime_counter *mc, const unsigned char *p, size_t n)
{
	if (n == 0)
		return;
	if (mc->pending_cr) {
		mc->pending_cr = false;
		line_bytes(mc, (const unsigned char *)"\r", 1);
	}
	if (p[n - 1] == '\r') {
		mc->pending_cr = true;
		n--;
	}
	line_bytes(mc, p, n);
}

enum mime_limit_hit mime_counter_feed(struct mime_counter *mc, const unsigned char *p, size_t n)
{
	while (n > 0 && mc->hit == MIME_LIMIT_NONE) {
		const unsigned char *lf = memchr(p, '\n', n);
		size_t seg = lf ? (size_t)(lf - p) : n;

		if (mc->unborn) {
			mc->unborn = false;
			mc->seen.parts++;
			check(mc);
		}

		segment(mc, p, seg);
		if (lf) {
			end_line(mc);
			seg++;
		}
		p += seg;
		n -= seg;
	}
	return mc->hit;
}

enum mime_limit_hit mime_counter_finish(struct mime_counter *mc)
{
	if (mc->hit != MIME_LIMIT_NONE)
		return mc->hit;
	if (mc->pending_cr) {
		mc->pending_cr = false;
		line_bytes(mc, (const unsigned char *)"\r", 1);
	}
	/* a last line without line end is measured but, as for GMime, starts
	 * nothing: a delimiter there opens no part */
	if (mc->linelen > mc->seen.max_line) {
		mc->seen.max_line = mc->linelen;
		check(mc);
	}
	return mc->hit;
}

struct mime_counter *mime_counter_create(const struct mime_limits *lim, const char *content_type)
{
	struct mime_counter *mc = xcalloc(1, sizeof(*mc));

	mc->lim = *lim;
	mc->po = g_mime_parser_options_new();
	g_mime_parser_options_set_parameter_compliance_mode(mc->po, GMIME_RFC_COMPLIANCE_LOOSE);
	g_mime_parser_options_set_rfc2047_compliance_mode(mc->po, GMIME_RFC_COMPLIANCE_LOOSE);
	mc->tail_ws = true;
	entity_start(mc, false);
	if (content_type) {
		mc->have_ct = true;
		ct_append(mc, (const unsigned char *)content_type, strlen(content_type));
	}
	entity_body(mc);
	return mc;
}

struct mime_counter *mime_counter_destroy(struct mime_counter *mc)
{
	if (mc == NULL)
		return NULL;
	pop_to(mc, 0);
	free(mc->stack);
	g_mime_parser_options_free(mc->po);
	free(mc);
	return NULL;
}

void mime_counter_counts(const struct mime_counter *mc, struct mime_counts *out)
{
	*out = mc->seen;
}

const char *mime_limit_key(enum mime_limit_hit hit)
{
	switch (hit) {
	case MIME_LIMIT_DEPTH:
		return "limits.max_mime_depth";
	case MIME_LIMIT_PARTS:
		return "limits.max_mime_parts";
	case MIME_LIMIT_LINE:
		return "limits.max_line_length";
	default:
		return "";
	}
}
