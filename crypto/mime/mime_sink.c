/*
 * mime_sink.c - looking at MIME bytes as they stream past.
 *
 * mime_scan counts what matters for a 7bit, CRLF, signable entity (8-bit
 * bytes, NULs, bare CR/LF, line lengths, "From " at line starts). The sink
 * is a write-only GMimeStream that scans, keeps (into a struct buf) and/or
 * compares with a reference stream what GMime writes into it, so nothing
 * has to be held in memory twice.
 */
#include <string.h>

#include "mime_int.h"

void mime_scan_init(struct mime_scan *s)
{
	memset(s, 0, sizeof(*s));
}

static void scan_end_line(struct mime_scan *s)
{
	s->lines++;
	s->linelen = 0;
	s->from_pos = 0;
}

static void scan_octet(struct mime_scan *s, unsigned char c)
{
	uint64_t line = s->lines + 1;

	s->linelen++;
	if (s->linelen > s->maxline)
		s->maxline = s->linelen;
	if (s->linelen == MIME_MAX_LINE + 1 && s->first_long == 0)
		s->first_long = line;
	if (c == 0 && s->nnul++ == 0)
		s->first_nul = line;
	if ((c & 0x80) && s->n8bit++ == 0)
		s->first_8bit = line;
	if (s->from_pos >= 0) {
		if (c != (unsigned char)"From "[s->from_pos])
			s->from_pos = -1;
		else if (++s->from_pos == 5) {
			s->from_lines++;
			s->from_pos = -1;
		}
	}
}

static void scan_bare_cr(struct mime_scan *s)
{
	if (s->bare_cr++ == 0)
		s->first_bare_cr = s->lines + 1;
}

/* Does the word hold a byte that is 0, CR, LF or 8-bit? */
static inline bool word_special(uint64_t v)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	uint64_t cr = v ^ (ones * '\r'), lf = v ^ (ones * '\n');

	return (v & highs) != 0 || (((v - ones) & ~v) & highs) != 0 ||
	       (((cr - ones) & ~cr) & highs) != 0 || (((lf - ones) & ~lf) & highs) != 0;
}

/* How many bytes at p (n of them) are ordinary: not NUL, CR, LF or 8-bit. */
static size_t ordinary_run(const unsigned char *p, size_t n)
{
	size_t i = 0;
	uint64_t v;

	for (; i + 8 <= n; i += 8) {
		memcpy(&v, p + i, 8);
		if (word_special(v))
			break;
	}
	while (i < n && p[i] != 0 && p[i] != '\r' && p[i] != '\n' && !(p[i] & 0x80))
		i++;
	return i;
}

/* run ordinary bytes in the middle of a line, past any "From " check:
 * what scan_octet does for each of them, at once. */
static void scan_run(struct mime_scan *s, size_t run)
{
	size_t before = s->linelen;

	s->bytes += run;
	s->linelen += run;
	if (s->linelen > s->maxline)
		s->maxline = s->linelen;
	if (before <= MIME_MAX_LINE && s->linelen > MIME_MAX_LINE && s->first_long == 0)
		s->first_long = s->lines + 1;
}

void mime_scan_bytes(struct mime_scan *s, const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = p[i];

		if (!s->prev_cr && s->from_pos < 0) {
			size_t run = ordinary_run(p + i, n - i);

			if (run > 0) {
				scan_run(s, run);
				i += run - 1;
				continue;
			}
		}

		s->bytes++;
		if (s->prev_cr) {
			s->prev_cr = false;
			if (c == '\n') {
				scan_end_line(s);
				continue;
			}
			scan_bare_cr(s);
		}
		if (c == '\r') {
			s->prev_cr = true;
		} else if (c == '\n') {
			if (s->bare_lf++ == 0)
				s->first_bare_lf = s->lines + 1;
			scan_end_line(s);
		} else {
			scan_octet(s, c);
		}
	}
}

void mime_scan_finish(struct mime_scan *s)
{
	if (s->prev_cr) {
		s->prev_cr = false;
		scan_bare_cr(s);
	}
}

bool mime_scan_is_7bit_clean(const struct mime_scan *s)
{
	return s->n8bit == 0 && s->nnul == 0 && s->bare_cr == 0 && s->bare_lf == 0 &&
	       s->maxline <= MIME_MAX_LINE;
}

int mime_scan_stream(GMimeStream *stream, struct mime_scan *s)
{
	char chunk[16384];
	ssize_t n;
	int rc = 0;

	if (g_mime_stream_reset(stream) == -1)
		return -1;
	while ((n = g_mime_stream_read(stream, chunk, sizeof(chunk))) > 0)
		mime_scan_bytes(s, (const unsigned char *)chunk, (size_t)n);
	if (n < 0 && !g_mime_stream_eos(stream))
		rc = -1;
	mime_scan_finish(s);
	if (g_mime_stream_reset(stream) == -1)
		rc = -1;
	return rc;
}

GMimeFormatOptions *mime_format_options_new(void)
{
	GMimeFormatOptions *fo = g_mime_format_options_new();

	g_mime_format_options_set_newline_format(fo, GMIME_NEWLINE_FORMAT_DOS);
	return fo;
}

/* ---- the sink stream ---- */

typedef struct {
	GMimeStream parent;
	struct mime_scan *scan;
	struct sbuf *out;
	cm_err *err; /* why writing to out failed */
	GMimeStream *ref;
	int64_t mismatch; /* -1 while everything matched */
	int want, got;    /* the bytes there, -1 for "none" */
} CmSink;

typedef struct {
	GMimeStreamClass parent_class;
} CmSinkClass;

GType cm_sink_get_type(void);
G_DEFINE_TYPE(CmSink, cm_sink, GMIME_TYPE_STREAM)

/* Read exactly len bytes from ref unless it ends first; bytes read. */
static size_t ref_read(GMimeStream *ref, char *buf, size_t len)
{
	size_t got = 0;
	ssize_t n;

	while (got < len && (n = g_mime_stream_read(ref, buf + got, len - got)) > 0)
		got += (size_t)n;
	return got;
}

static void sink_compare(CmSink *sink, const char *buf, size_t len)
{
	char chunk[16384];
	size_t done = 0;

	while (done < len && sink->mismatch < 0) {
		size_t want = len - done < sizeof(chunk) ? len - done : sizeof(chunk);
		size_t got = ref_read(sink->ref, chunk, want);
		size_t i = 0;

		while (i < got && chunk[i] == buf[done + i])
			i++;
		if (i < want) {
			sink->mismatch = ((GMimeStream *)sink)->position + (int64_t)(done + i);
			sink->want = i < got ? (unsigned char)chunk[i] : -1;
			sink->got = (unsigned char)buf[done + i];
		}
		done += want;
	}
}

static ssize_t sink_write(GMimeStream *stream, const char *buf, size_t len)
{
	CmSink *sink = (CmSink *)stream;

	if (sink->scan)
		mime_scan_bytes(sink->scan, (const unsigned char *)buf, len);
	if (sink->out && sbuf_write(sink->out, buf, len, sink->err) < 0)
		return -1;
	if (sink->ref)
		sink_compare(sink, buf, len);
	stream->position += (gint64)len;
	return (ssize_t)len;
}

static void sink_finalize(GObject *object)
{
	CmSink *sink = (CmSink *)object;

	if (sink->ref)
		g_object_unref(sink->ref);
	G_OBJECT_CLASS(cm_sink_parent_class)->finalize(object);
}

static void cm_sink_class_init(CmSinkClass *klass)
{
	GMIME_STREAM_CLASS(klass)->write = sink_write;
	G_OBJECT_CLASS(klass)->finalize = sink_finalize;
}

static void cm_sink_init(CmSink *sink)
{
	sink->mismatch = -1;
}

GMimeStream *mime_sink_new(struct mime_scan *scan, struct sbuf *out, cm_err *err, GMimeStream *ref)
{
	CmSink *sink = g_object_new(cm_sink_get_type(), NULL);

	g_mime_stream_construct((GMimeStream *)sink, 0, -1);
	sink->scan = scan;
	sink->out = out;
	sink->err = err;
	sink->ref = ref ? g_object_ref(ref) : NULL;
	return (GMimeStream *)sink;
}

int64_t mime_sink_mismatch(GMimeStream *stream, int *want, int *got)
{
	CmSink *sink = (CmSink *)stream;
	char extra;

	if (sink->ref && sink->mismatch < 0 && ref_read(sink->ref, &extra, 1) == 1) {
		sink->mismatch = stream->position; /* ref is longer */
		sink->want = (unsigned char)extra;
		sink->got = -1;
	}
	*want = sink->want;
	*got = sink->got;
	return sink->mismatch;
}

/* ---- the CRLF stream ---- */

typedef struct {
	GMimeStream parent;
	GMimeStream *target;
	bool last_cr; /* the last byte written was CR */
} CmCrlf;

typedef struct {
	GMimeStreamClass parent_class;
} CmCrlfClass;

GType cm_crlf_get_type(void);
G_DEFINE_TYPE(CmCrlf, cm_crlf, GMIME_TYPE_STREAM)

static int crlf_put(CmCrlf *c, const char *buf, size_t len)
{
	return len == 0 || g_mime_stream_write(c->target, buf, len) == (ssize_t)len ? 0 : -1;
}

static ssize_t crlf_write(GMimeStream *stream, const char *buf, size_t len)
{
	CmCrlf *c = (CmCrlf *)stream;
	const char *p = buf, *end = buf + len, *start = buf, *lf;

	while ((lf = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		bool cr = lf > buf ? lf[-1] == '\r' : c->last_cr;

		if (!cr &&
		    (crlf_put(c, start, (size_t)(lf - start)) < 0 || crlf_put(c, "\r", 1) < 0))
			return -1;
		if (!cr)
			start = lf; /* the LF goes out with the next piece */
		p = lf + 1;
	}
	if (crlf_put(c, start, (size_t)(end - start)) < 0)
		return -1;
	if (len > 0)
		c->last_cr = buf[len - 1] == '\r';
	stream->position += (gint64)len;
	return (ssize_t)len;
}

static int crlf_flush(GMimeStream *stream)
{
	return g_mime_stream_flush(((CmCrlf *)stream)->target);
}

static void crlf_finalize(GObject *object)
{
	CmCrlf *c = (CmCrlf *)object;

	if (c->target)
		g_object_unref(c->target);
	G_OBJECT_CLASS(cm_crlf_parent_class)->finalize(object);
}

static void cm_crlf_class_init(CmCrlfClass *klass)
{
	GMIME_STREAM_CLASS(klass)->write = crlf_write;
	GMIME_STREAM_CLASS(klass)->flush = crlf_flush;
	G_OBJECT_CLASS(klass)->finalize = crlf_finalize;
}

static void cm_crlf_init(CmCrlf *c)
{
}

GMimeStream *mime_crlf_new(GMimeStream *target)
{
	CmCrlf *c = g_object_new(cm_crlf_get_type(), NULL);

	g_mime_stream_construct((GMimeStream *)c, 0, -1);
	c->target = g_object_ref(target);
	return (GMimeStream *)c;
}
