/*
 * mime_limits.c - the streaming counter behind mime_limits.h: MIME nesting
 * depth, number of parts and line length of a body as it arrives.
 *
 * A line scanner that counts what GMime's parser (which certmilter runs on
 * the body later) will build, so that a structure over the limits never
 * reaches it. It follows GMime 3.2's rules, checked against it by
 * tests/unit/check_limits.c: the last Content-Type field counts (parsed by
 * GMime itself, with the loose options of the real parse; one that does not
 * parse gives the default type, message/rfc822 in a digest); a header block
 * ends at an empty line or a delimiter, lines that are no header field are
 * skipped; a delimiter is "--" boundary ["--"] and then only blanks,
 * matched innermost level first, and closes the levels inside; a part that
 * ends before it had a header field or any content is dropped, as is an
 * attached message whose first line is a delimiter; a header block that
 * ends at a delimiter still opens its multipart, whose boundary may be that
 * delimiter's; an attached message/rfc822 (rfc2822, global, news) encoded
 * base64, quoted-printable or uuencode is a leaf.
 *
 * Cost: every byte is looked at once (memchr for the line ends). Of a body
 * line at most LINE_KEEP bytes plus the longest open boundary are kept (a
 * delimiter may be followed by any amount of blanks, which are only
 * checked); a header line of a part is kept whole, as GMime reads it (the
 * line length limit bounds it), and so is the Content-Type field being
 * read. The stack grows one level past the depth limit at most, because
 * counting stops at the first limit passed.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <gmime/gmime.h>

#include "mime.h"
#include "xalloc.h"

#define LINE_KEEP 1024 /* bytes of a body line kept, besides the longest boundary */

struct level {
	char *boundary; /* NULL: an attached message or a multipart without one */
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
	bool have_cte;        /* the entity has a Content-Transfer-Encoding (the first counts) */
	bool cte_encoded;     /* that is base64, quoted-printable or uuencode */
	bool ct_warned;       /* GMime warned about the Content-Type being parsed */
	char *ct;             /* the Content-Type value, unfolded */
	size_t ctlen, ctcap;
	unsigned char *line; /* what is kept of the current line */
	size_t kept, linecap, linelen;
	size_t maxb;      /* the longest boundary seen */
	bool pending_cr;  /* the last byte was a CR; a LF may follow */
	bool tail_ws;     /* the bytes of a body line not kept are all blanks */
	bool unborn;      /* after a delimiter: a part once a header or content comes */
	bool unborn_data; /* bytes came after that delimiter line */
	bool unborn_msg;  /* an attached message: born unless a delimiter comes first */
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
	if (lv->blen > mc->maxb)
		mc->maxb = lv->blen;
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
	mc->in_ct = mc->have_ct = mc->have_cte = mc->cte_encoded = false;
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

/* An attached message: GMime makes none when the part is empty or its
 * first line is a delimiter. */
static void message_start(struct mime_counter *mc)
{
	push(mc, NULL, false);
	entity_headers(mc, false);
	mc->unborn = mc->unborn_msg = true;
	mc->unborn_data = false;
}

static bool is_message(GMimeContentType *ct)
{
	return g_mime_content_type_is_type(ct, "message", "rfc822") ||
	       g_mime_content_type_is_type(ct, "message", "rfc2822") ||
	       g_mime_content_type_is_type(ct, "message", "news") ||
	       g_mime_content_type_is_type(ct, "message", "global");
}

static void ct_append(struct mime_counter *mc, const unsigned char *p, size_t n)
{
	if (mc->ctlen + n + 1 > mc->ctcap) {
		mc->ctcap = 2 * (mc->ctlen + n + 1);
		mc->ct = xrealloc(mc->ct, mc->ctcap);
	}
	for (size_t i = 0; i < n; i++) /* unfolded: line ends become blanks */
		mc->ct[mc->ctlen++] = p[i] == '\r' || p[i] == '\n' ? ' ' : (char)p[i];
}

/* The header block has ended: open what the Content-Type says. */
static void entity_body(struct mime_counter *mc)
{
	GMimeContentType *ct = NULL;
	bool message = mc->default_message;

	mc->in_headers = mc->in_ct = false;
	if (mc->have_ct) {
		ct_append(mc, (const unsigned char *)"", 0); /* room for the NUL */
		mc->ct[mc->ctlen] = '\0';
		mc->ct_warned = false;
		ct = g_mime_content_type_parse(mc->po, mc->ct);
		/* where this gives application/octet-stream with a warning, the
		 * type did not parse and GMime's parser takes the default (or it
		 * is that type with junk after it: a leaf either way, but for a
		 * digest part, where this counts one level more than GMime) */
		if (mc->ct_warned && g_mime_content_type_is_type(ct, "application", "octet-stream"))
			g_clear_object(&ct);
	}
	if (ct != NULL && g_mime_content_type_is_type(ct, "multipart", "*")) {
		/* without a boundary GMime keeps the whole content as preamble;
		 * with one, "" included, it looks for delimiters */
		push(mc, g_mime_content_type_get_parameter(ct, "boundary"),
		     g_mime_content_type_is_type(ct, "multipart", "digest"));
	} else {
		if (ct != NULL)
			message = is_message(ct);
		/* GMime does not parse an encoded message/rfc822 part */
		if (message && !mc->cte_encoded)
			message_start(mc);
	}
	if (ct != NULL)
		g_object_unref(ct);
}

/* Index of the level the current line is a delimiter of, or -1. */
static long match_delimiter(const struct mime_counter *mc, bool *close)
{
	size_t len = mc->kept;

	if (len < 2 || mc->line[0] != '-' || mc->line[1] != '-' || !mc->tail_ws)
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

/* The part after a delimiter exists for GMime from its first header field
 * or the start of its content on. */
static void born(struct mime_counter *mc)
{
	if (mc->unborn) {
		mc->unborn = mc->unborn_msg = false;
		mc->seen.parts++;
		check(mc);
	}
}

/* A delimiter line: true if the line was one (and has been handled). */
static bool delimiter(struct mime_counter *mc)
{
	bool close = false;
	long i = match_delimiter(mc, &close);

	if (i < 0)
		return false;
	/* a header block that ends at a delimiter still has its type, and a
	 * multipart it opens may own the delimiter, as in GMime */
	while (mc->in_headers && !mc->unborn && mc->hit == MIME_LIMIT_NONE) {
		entity_body(mc);
		i = match_delimiter(mc, &close);
	}
	if (mc->hit != MIME_LIMIT_NONE)
		return true;
	pop_to(mc, (size_t)i + 1);
	mc->unborn = mc->unborn_msg = false; /* dropped: no header or content */
	if (close) {
		pop_to(mc, (size_t)i); /* the epilogue follows: body text */
		mc->in_headers = mc->in_ct = false;
	} else {
		/* GMime drops a part that ends (at a delimiter or the end of
		 * the body) before it had a header field or content */
		entity_headers(mc, mc->stack[i].digest);
		mc->unborn = true;
		mc->unborn_data = false;
	}
	return true;
}

/* Does the line start a header field GMime keeps: a name of non-blank,
 * non-control characters, optional blanks, then ':'? *nlen receives the
 * name's length. */
static bool field_start(const unsigned char *p, size_t n, size_t *nlen)
{
	bool blank = false;
	size_t i;

	*nlen = 0;
	for (i = 0; i < n && p[i] != ':'; i++) {
		if (p[i] == ' ' || p[i] == '\t')
			blank = true;
		else if (blank || p[i] < 0x20 || p[i] == 0x7f)
			return false;
		else
			*nlen = i + 1;
	}
	return i > 0 && i < n;
}

/* The first Content-Transfer-Encoding field (its first line). */
static void cte_field(struct mime_counter *mc)
{
	const unsigned char *colon = memchr(mc->line, ':', mc->kept);
	char *value = xstrndup((const char *)colon + 1, mc->kept - (size_t)(colon + 1 - mc->line));

	switch (g_mime_content_encoding_from_string(value)) {
	case GMIME_CONTENT_ENCODING_BASE64:
	case GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE:
	case GMIME_CONTENT_ENCODING_UUENCODE:
		mc->cte_encoded = true;
		break;
	default:
		break;
	}
	mc->have_cte = true;
	free(value);
}

static void header_line(struct mime_counter *mc)
{
	size_t nlen;

	if (mc->kept == 0) { /* the empty line ending the header block */
		born(mc);
		entity_body(mc);
		return;
	}
	if (mc->line[0] == ' ' || mc->line[0] == '\t') { /* folded */
		if (mc->in_ct)
			ct_append(mc, mc->line, mc->kept);
		return;
	}
	if (!field_start(mc->line, mc->kept, &nlen)) { /* ignored, as by GMime */
		mc->in_ct = false;
		return;
	}
	born(mc);
	if (!mc->have_cte && nlen == 25 &&
	    strncasecmp((char *)mc->line, "Content-Transfer-Encoding", 25) == 0)
		cte_field(mc);
	/* the last Content-Type field counts, as for GMime */
	mc->in_ct = nlen == 12 && strncasecmp((char *)mc->line, "Content-Type", 12) == 0;
	if (mc->in_ct) {
		const unsigned char *colon = memchr(mc->line, ':', mc->kept);

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
	if (mc->hit == MIME_LIMIT_NONE && !delimiter(mc)) {
		if (mc->unborn_msg)
			born(mc); /* any first line but a delimiter */
		if (mc->in_headers)
			header_line(mc);
	}
	mc->kept = mc->linelen = 0;
	mc->tail_ws = true;
	mc->pending_cr = false;
}

/* Bytes of the current line (no line end among them). */
static void line_bytes(struct mime_counter *mc, const unsigned char *p, size_t n)
{
	size_t limit = mc->in_headers ? SIZE_MAX : LINE_KEEP + mc->maxb + 4;
	size_t keep = mc->kept >= limit ? 0 : n < limit - mc->kept ? n : limit - mc->kept;

	if (mc->kept + keep > mc->linecap) {
		mc->linecap = 2 * (mc->kept + keep);
		mc->line = xrealloc(mc->line, mc->linecap);
	}
	if (keep > 0)
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

		mc->unborn_data |= mc->unborn;
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
	if (mc->linelen > 0)
		end_line(mc);
	/* at the end, GMime keeps a part that had any bytes at all, and a
	 * header block still has its type */
	if (mc->unborn && mc->unborn_data)
		born(mc);
	while (mc->in_headers && !mc->unborn && mc->hit == MIME_LIMIT_NONE)
		entity_body(mc);
	return mc->hit;
}

static void on_warning(gint64 offset, GMimeParserWarning code, const gchar *item, gpointer data)
{
	if (code == GMIME_WARN_INVALID_CONTENT_TYPE)
		((struct mime_counter *)data)->ct_warned = true;
}

struct mime_counter *mime_counter_create(const struct mime_limits *lim, const char *content_type)
{
	struct mime_counter *mc = xcalloc(1, sizeof(*mc));

	mc->lim = *lim;
	mc->po = g_mime_parser_options_new();
	g_mime_parser_options_set_parameter_compliance_mode(mc->po, GMIME_RFC_COMPLIANCE_LOOSE);
	g_mime_parser_options_set_rfc2047_compliance_mode(mc->po, GMIME_RFC_COMPLIANCE_LOOSE);
	g_mime_parser_options_set_warning_callback(mc->po, on_warning, mc);
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
	free(mc->line);
	free(mc->ct);
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
