/*
 * mime_smime.c - the MIME structure of inbound S/MIME: what a signature
 * covers and the DER it is in.
 *
 * multipart/signed (RFC 1847 2.1, RFC 8551 3.5): the first body part is
 * taken byte for byte, from after the CRLF that ends the first delimiter
 * line up to the CRLF before the next one (which belongs to that
 * delimiter, RFC 2046 5.1.1). The body is read in chunks and matched at line
 * starts only, so lines of any length cost bounded memory; the first part
 * is spooled as it comes, and only the signature part is held (capped).
 * application/pkcs7-mime: the DER under its transfer encoding.
 * An entity (what an opaque signature or an envelope held) is split into
 * its header fields and body, the fields kept as the milter gets them.
 */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "mime_int.h"
#include "xalloc.h"

#define CHUNK      65536
#define DEC_CHUNK  8192          /* decode_stream's reads, on the stack */
#define PAD_MAX    4096          /* transport padding after a delimiter */
#define SIG_MAX    (1024 * 1024) /* max_sig 0 */
#define FIELDS_MAX 1000          /* fields of an entity */
#define HEADER_MAX (1024 * 1024) /* bytes of an entity's header section */
#define RAW_SLACK  (64 * 1024)   /* the signature part's headers and line ends */

/* ---- base64, strict: whitespace skipped, anything else refused ---- */

struct b64dec {
	unsigned acc;
	int n;     /* characters in acc */
	int pad;   /* '=' seen */
	bool done; /* the padded end was reached */
};

/* The value of each byte: 0-63, or B64_SKIP (white space), B64_PAD ('='),
 * B64_BAD (anything else). A table: the signature part of every inbound
 * message goes through here. */
enum { B64_BAD = 64, B64_SKIP, B64_PAD };
static unsigned char b64_table[256];
static pthread_once_t b64_once = PTHREAD_ONCE_INIT;

static void b64_table_init(void)
{
	static const char alphabet[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

	memset(b64_table, B64_BAD, sizeof(b64_table));
	for (int i = 0; i < 64; i++)
		b64_table[(unsigned char)alphabet[i]] = (unsigned char)i;
	b64_table[' '] = b64_table['\t'] = b64_table['\r'] = b64_table['\n'] = B64_SKIP;
	b64_table['='] = B64_PAD;
}

/* The bytes of the n characters (2 or 3) in acc. */
static size_t b64_tail(struct b64dec *d, unsigned char *out)
{
	unsigned v = d->acc << (6 * (4 - d->n));

	out[0] = (unsigned char)(v >> 16);
	if (d->n == 3)
		out[1] = (unsigned char)(v >> 8);
	return (size_t)d->n - 1;
}

/* Decode n characters into out (room for n / 4 * 3 + 3 bytes): the
 * number of bytes, or -1 at a character that is not base64 or white
 * space, or that follows the padding. */
static long b64_step(struct b64dec *d, const unsigned char *in, size_t n, unsigned char *out)
{
	size_t o = 0;

	pthread_once(&b64_once, b64_table_init);
	for (size_t i = 0; i < n; i++) {
		unsigned v = b64_table[in[i]];

		if (v < 64 && !d->done && d->pad == 0) {
			d->acc = (d->acc << 6) | v;
			if (++d->n == 4) {
				out[o++] = (unsigned char)(d->acc >> 16);
				out[o++] = (unsigned char)(d->acc >> 8);
				out[o++] = (unsigned char)d->acc;
				d->acc = 0;
				d->n = 0;
			}
		} else if (v == B64_SKIP) {
			continue;
		} else if (v == B64_PAD && !d->done && d->n >= 2 && d->n + d->pad + 1 <= 4) {
			if (d->n + ++d->pad == 4) {
				o += b64_tail(d, out + o);
				d->done = true;
			}
		} else {
			return -1;
		}
	}
	return (long)o;
}

/* After the last character: the last bytes when the padding was left out
 * (count), -1 when the text ends inside a quantum. */
static long b64_finish(struct b64dec *d, unsigned char *out)
{
	if (d->done || d->n == 0)
		return 0;
	if (d->n == 1 || d->pad > 0)
		return -1;
	return (long)b64_tail(d, out);
}

/* ---- decoding a body per its Content-Transfer-Encoding ---- */

typedef int (*put_fn)(void *ctx, const unsigned char *p, size_t n, cm_err *err);

/* Is the body base64 (true) or taken as it is? -1 for another encoding. */
static int is_base64(const struct mime_header *hdrs, size_t nhdrs, bool *b64, cm_err *err)
{
	const char *v = mime_last_header(hdrs, nhdrs, "Content-Transfer-Encoding");
	GMimeContentEncoding enc = GMIME_CONTENT_ENCODING_DEFAULT;

	if (v != NULL) {
		char *flat = g_strstrip(g_strdup(v));

		enc = g_mime_content_encoding_from_string(flat);
		g_free(flat);
	}
	*b64 = enc == GMIME_CONTENT_ENCODING_BASE64;
	if (*b64 || enc == GMIME_CONTENT_ENCODING_7BIT || enc == GMIME_CONTENT_ENCODING_8BIT ||
	    enc == GMIME_CONTENT_ENCODING_BINARY || v == NULL)
		return 0;
	cm_err_set(err, "S/MIME part with Content-Transfer-Encoding %.100s", v);
	return -1;
}

/* Every byte of in, decoded when b64, to put. 0 or -1 + err. */
static int decode_stream(FILE *in, bool b64, put_fn put, void *ctx, cm_err *err)
{
	unsigned char raw[DEC_CHUNK], dec[DEC_CHUNK / 4 * 3 + 3];
	struct b64dec d = {0};
	size_t n;
	long m;
	int rc = -1;

	while ((n = fread(raw, 1, DEC_CHUNK, in)) > 0) {
		if (!b64) {
			if (put(ctx, raw, n, err) < 0)
				goto out;
			continue;
		}
		if ((m = b64_step(&d, raw, n, dec)) < 0)
			goto bad;
		if (put(ctx, dec, (size_t)m, err) < 0)
			goto out;
	}
	if (ferror(in)) {
		cm_err_set(err, "read S/MIME part: %s", strerror(errno));
		goto out;
	}
	if (b64 && (m = b64_finish(&d, dec)) < 0)
		goto bad;
	rc = b64 ? put(ctx, dec, (size_t)m, err) : 0;
	goto out;
bad:
	cm_err_set(err, "S/MIME part is not valid base64");
out:
	return rc;
}

static int put_sbuf(void *ctx, const unsigned char *p, size_t n, cm_err *err)
{
	return sbuf_write(ctx, p, n, err);
}

struct capped {
	struct buf *b;
	size_t max;
};

static int put_capped(void *ctx, const unsigned char *p, size_t n, cm_err *err)
{
	struct capped *c = ctx;

	if (n > c->max - c->b->len) {
		cm_err_set(err, "S/MIME signature over %zu bytes", c->max);
		return -1;
	}
	buf_append(c->b, p, n);
	return 0;
}

int mime_pkcs7_decode(const struct mime_header *hdrs, size_t nhdrs, FILE *body, struct sbuf *der,
                      cm_err *err)
{
	bool b64;

	rewind(body);
	if (is_base64(hdrs, nhdrs, &b64, err) < 0 ||
	    decode_stream(body, b64, put_sbuf, der, err) < 0) {
		sbuf_truncate(der);
		return -1;
	}
	return 0;
}

char *mime_smime_type(const struct mime_header *hdrs, size_t nhdrs)
{
	const char *v = mime_last_header(hdrs, nhdrs, "Content-Type");
	GMimeContentType *ct = v ? mime_content_type_of(v) : NULL;
	const char *t = ct ? g_mime_content_type_get_parameter(ct, "smime-type") : NULL;
	char *s = t ? xstrdup(t) : NULL;

	if (ct != NULL)
		g_object_unref(ct);
	return s;
}

/* ---- an entity: header fields and body ---- */

struct esplit {
	struct mime_header *h;
	size_t n, cap;
	struct buf val;  /* the value of field n - 1 while continuations come */
	struct buf line; /* the line being read */
	size_t total;    /* header bytes so far */
	size_t lineno;
	cm_err *err;
};

/* The value of the last field, complete. */
static void field_close(struct esplit *e)
{
	if (e->n == 0 || e->h[e->n - 1].value != NULL)
		return;
	e->h[e->n - 1].value = xstrndup((const char *)e->val.data, e->val.len);
	buf_reset(&e->val);
}

/* A field name, blanks, ':'? *namelen receives the name's length, *vstart
 * where the value starts (after the blanks that follow the colon). */
static bool field_start(const char *line, size_t len, size_t *namelen, size_t *vstart)
{
	size_t i = 0;

	while (i < len && line[i] > ' ' && line[i] < 127 && line[i] != ':')
		i++;
	*namelen = i;
	while (i < len && (line[i] == ' ' || line[i] == '\t'))
		i++;
	if (*namelen == 0 || i == len || line[i] != ':')
		return false;
	for (i++; i < len && (line[i] == ' ' || line[i] == '\t'); i++)
		;
	*vstart = i;
	return true;
}

/* One header line, its line end removed: a new field or a continuation. */
static int field_line(struct esplit *e, const char *line, size_t len)
{
	size_t name, v;

	if (memchr(line, '\0', len) != NULL)
		goto bad;
	if (line[0] == ' ' || line[0] == '\t') {
		if (e->n == 0)
			goto bad;
		buf_append(&e->val, "\n", 1);
		buf_append(&e->val, line, len);
		return 0;
	}
	if (!field_start(line, len, &name, &v))
		goto bad;
	if (e->n == FIELDS_MAX) {
		cm_err_set(e->err, "entity with more than %d header fields", FIELDS_MAX);
		return -1;
	}
	field_close(e);
	if (e->n == e->cap) {
		e->cap = e->cap ? 2 * e->cap : 16;
		e->h = xrealloc(e->h, e->cap * sizeof(*e->h));
	}
	e->h[e->n].name = xstrndup(line, name);
	e->h[e->n++].value = NULL;
	buf_append(&e->val, line + v, len - v);
	return 0;
bad:
	cm_err_set(e->err, "entity header line %zu is neither a header field nor a continuation",
	           e->lineno);
	return -1;
}

/* The line in e->line has ended (its LF, if any, not in it): a field, or
 * the blank line that ends the header section (*blank). */
static int end_line(struct esplit *e, bool *blank)
{
	size_t len = e->line.len;
	const char *p = (const char *)e->line.data;

	e->lineno++;
	if (len > 0 && p[len - 1] == '\r')
		len--;
	*blank = len == 0;
	if (!*blank && field_line(e, p, len) < 0)
		return -1;
	buf_reset(&e->line);
	return 0;
}

/* Header lines from in up to the blank line (*blank then set) or the end;
 * the bytes after the blank line that were already read go to body. */
static int read_fields(struct esplit *e, FILE *in, struct sbuf *body, bool *blank)
{
	unsigned char *chunk = xmalloc(CHUNK);
	size_t n = 0, i = 0;
	int rc = -1;

	*blank = false;
	while (!*blank && (n = fread(chunk, 1, CHUNK, in)) > 0) {
		for (i = 0; i < n && !*blank;) {
			const unsigned char *lf = memchr(chunk + i, '\n', n - i);
			size_t take = lf ? (size_t)(lf - (chunk + i)) : n - i;

			e->total += take + (lf != NULL);
			if (e->total > HEADER_MAX) {
				cm_err_set(e->err, "entity header section over %d bytes",
				           HEADER_MAX);
				goto out;
			}
			buf_append(&e->line, chunk + i, take);
			i += take + (lf != NULL);
			if (lf != NULL && end_line(e, blank) < 0)
				goto out;
		}
	}
	if (ferror(in)) {
		cm_err_set(e->err, "read entity: %s", strerror(errno));
		goto out;
	}
	if (*blank) /* the rest of the chunk read last */
		rc = sbuf_write(body, chunk + i, n - i, e->err);
	else /* the end: a last line without line end (i and n are spent) */
		rc = e->line.len > 0 ? end_line(e, blank) : 0;
out:
	free(chunk);
	return rc;
}

/* The rest of in appended to body. */
static int copy_rest(FILE *in, struct sbuf *body, cm_err *err)
{
	unsigned char *chunk = xmalloc(CHUNK);
	size_t n;
	int rc = 0;

	while (rc == 0 && (n = fread(chunk, 1, CHUNK, in)) > 0)
		rc = sbuf_write(body, chunk, n, err);
	if (rc == 0 && ferror(in)) {
		cm_err_set(err, "read entity: %s", strerror(errno));
		rc = -1;
	}
	free(chunk);
	return rc;
}

int mime_entity_split(struct sbuf *entity, struct mime_header **hdrs, size_t *nhdrs,
                      struct sbuf *body, cm_err *err)
{
	struct esplit e = {.err = err};
	FILE *in = sbuf_stream(entity, err);
	bool blank;
	int rc = -1;

	*hdrs = NULL;
	*nhdrs = 0;
	if (in == NULL || read_fields(&e, in, body, &blank) < 0 ||
	    (blank && copy_rest(in, body, err) < 0))
		goto out;
	field_close(&e);
	*hdrs = e.h;
	*nhdrs = e.n;
	e.h = NULL;
	rc = 0;
out:
	if (rc < 0) {
		field_close(&e);
		mime_headers_free(e.h, e.n);
		sbuf_truncate(body);
	}
	buf_free(&e.val);
	buf_free(&e.line);
	return rc;
}

void mime_headers_free(struct mime_header *hdrs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(hdrs[i].name);
		free(hdrs[i].value);
	}
	free(hdrs);
}

/* ---- multipart/signed ---- */

enum section { S_PREAMBLE, S_FIRST, S_SECOND, S_DONE };

/* Where the current line is: text, or still possibly a delimiter line:
 * "--" and the boundary being matched (L_START), matched (L_AFTER), one
 * '-' of the close delimiter's two (L_DASH), in the padding (L_PAD). */
enum lstate { L_START, L_TEXT, L_AFTER, L_DASH, L_PAD };

struct splitter {
	const char *b;
	size_t blen;
	enum section sec;
	bool second; /* the second part was reached */
	enum lstate st;
	size_t matched; /* bytes of "--" + boundary matched */
	bool close;     /* "--boundary--" */
	bool cr;        /* the line's last byte so far is a CR not yet written */
	char eol[2];    /* the previous line's end, held: it may belong to a delimiter */
	size_t neol;
	unsigned char *hold; /* the line so far while it may be a delimiter */
	size_t nhold, holdcap;
	struct sbuf *content, *raw;
	size_t rawmax;
	cm_err *err;
};

static int emit(struct splitter *s, const void *p, size_t n)
{
	if (n == 0 || s->sec == S_PREAMBLE)
		return 0;
	if (s->sec == S_FIRST)
		return sbuf_write(s->content, p, n, s->err);
	if (n > s->rawmax - sbuf_len(s->raw)) {
		cm_err_set(s->err, "S/MIME signature part over %zu bytes", s->rawmax);
		return -1;
	}
	return sbuf_write(s->raw, p, n, s->err);
}

/* The line is no delimiter: the held line end and bytes are text (a held
 * CR stays held). 1, to take the current byte again as text; -1. */
static int reject(struct splitter *s)
{
	if (emit(s, s->eol, s->neol) < 0 || emit(s, s->hold, s->nhold - s->cr) < 0)
		return -1;
	s->neol = s->nhold = 0;
	s->close = false;
	s->st = L_TEXT;
	return 1;
}

static void delimiter(struct splitter *s)
{
	if (s->close || s->sec == S_SECOND)
		s->sec = S_DONE;
	else
		s->sec++;
	s->second |= s->sec == S_SECOND;
	s->neol = s->nhold = s->matched = 0;
	s->cr = s->close = false;
	s->st = L_START;
}

/* One byte of a line that may be a delimiter line: 0 (taken), 1 (take it
 * again as text) or -1. */
static int candidate(struct splitter *s, unsigned char c)
{
	bool ws = c == ' ' || c == '\t';

	if (s->st == L_START) {
		if (c != (s->matched < 2 ? '-' : (unsigned char)s->b[s->matched - 2]))
			return reject(s);
		if (++s->matched == s->blen + 2)
			s->st = L_AFTER;
	} else if (s->st == L_DASH) {
		if (c != '-')
			return reject(s);
		s->close = true;
		s->st = L_PAD;
	} else if (s->st == L_AFTER && c == '-') {
		s->st = L_DASH;
	} else if (c == '\n') { /* L_AFTER or L_PAD */
		delimiter(s);
		return 0;
	} else if (s->cr || !(ws || c == '\r')) {
		return reject(s);
	} else {
		s->cr = c == '\r';
		s->st = L_PAD;
	}
	if (s->nhold == s->holdcap) {
		cm_err_set(s->err, "multipart/signed delimiter with over %d bytes of padding",
		           PAD_MAX);
		return -1;
	}
	s->hold[s->nhold++] = c;
	return 0;
}

/* Text up to and with the line's LF: the bytes consumed, or -1. */
static long text(struct splitter *s, const unsigned char *p, size_t n)
{
	const unsigned char *lf = memchr(p, '\n', n);
	size_t len = lf ? (size_t)(lf - p) : n;
	bool trail;

	if (s->cr && len > 0) { /* the held CR was not a line end's */
		if (emit(s, "\r", 1) < 0)
			return -1;
		s->cr = false;
	}
	trail = len > 0 ? p[len - 1] == '\r' : s->cr;
	if (emit(s, p, len - (len > 0 && trail)) < 0)
		return -1;
	if (lf == NULL) {
		s->cr = trail;
		return (long)n;
	}
	memcpy(s->eol, "\r\n", 2);
	s->neol = trail ? 2 : 1;
	if (!trail)
		s->eol[0] = '\n';
	s->cr = false;
	s->matched = 0;
	s->st = L_START;
	return (long)len + 1;
}

static int feed(struct splitter *s, const unsigned char *p, size_t n)
{
	size_t i = 0;

	while (i < n && s->sec != S_DONE) {
		long m;

		if (s->st == L_TEXT) {
			if ((m = text(s, p + i, n - i)) < 0)
				return -1;
			i += (size_t)m;
		} else {
			if ((m = candidate(s, p[i])) < 0)
				return -1;
			i += m == 0;
		}
	}
	return 0;
}

/* The end of the body: a delimiter line without its line end still is one. */
static int at_end(struct splitter *s)
{
	if (s->sec == S_DONE)
		return 0;
	if (s->st == L_AFTER || (s->st == L_PAD && !s->cr)) {
		delimiter(s);
		return 0;
	}
	if (s->st != L_TEXT && reject(s) < 0)
		return -1;
	if (s->cr && emit(s, "\r", 1) < 0)
		return -1;
	return emit(s, s->eol, s->neol);
}

/* The body through the splitter: the first part into s->content, the
 * second (raw) into s->raw. */
static int split_body(struct splitter *s, FILE *body)
{
	unsigned char *chunk = xmalloc(CHUNK);
	size_t n;
	int rc = -1;

	rewind(body);
	while (s->sec != S_DONE && (n = fread(chunk, 1, CHUNK, body)) > 0)
		if (feed(s, chunk, n) < 0)
			goto out;
	if (ferror(body)) {
		cm_err_set(s->err, "read multipart/signed body: %s", strerror(errno));
		goto out;
	}
	if (at_end(s) < 0)
		goto out;
	if (!s->second) {
		cm_err_set(s->err, "multipart/signed with fewer than two parts");
		goto out;
	}
	rc = 0;
out:
	free(chunk);
	return rc;
}

/* The DER in the signature part (raw: its header fields and body). */
static int signature(struct sbuf *raw, struct buf *sig, size_t max, cm_err *err)
{
	struct mime_header *h = NULL;
	size_t nh = 0;
	struct sbuf *body = sbuf_create(sbuf_options(raw));
	struct capped c = {sig, max};
	FILE *in;
	bool b64;
	int rc = -1;

	if (mime_entity_split(raw, &h, &nh, body, err) < 0 || is_base64(h, nh, &b64, err) < 0 ||
	    (in = sbuf_stream(body, err)) == NULL ||
	    decode_stream(in, b64, put_capped, &c, err) < 0)
		goto out;
	if (sig->len == 0) {
		cm_err_set(err, "multipart/signed with an empty signature part");
		goto out;
	}
	rc = 0;
out:
	mime_headers_free(h, nh);
	sbuf_destroy(body);
	return rc;
}

int mime_signed_split(const struct mime_header *hdrs, size_t nhdrs, FILE *body,
                      struct sbuf *content, struct buf *sig, size_t max_sig, cm_err *err)
{
	const char *v = mime_last_header(hdrs, nhdrs, "Content-Type");
	GMimeContentType *ct = v ? mime_content_type_of(v) : NULL;
	const char *b = ct ? g_mime_content_type_get_parameter(ct, "boundary") : NULL;
	size_t max = max_sig ? max_sig : SIG_MAX;
	struct splitter s = {.content = content, .err = err};
	int rc = -1;

	if (b == NULL || *b == '\0') {
		cm_err_set(err, "multipart/signed without a boundary parameter");
		goto out;
	}
	s.b = b;
	s.blen = strlen(b);
	s.holdcap = s.blen + 4 + PAD_MAX + 1;
	s.hold = xmalloc(s.holdcap);
	s.raw = sbuf_create(sbuf_options(content));
	s.rawmax = max > (SIZE_MAX - RAW_SLACK) / 2 ? SIZE_MAX : 2 * max + RAW_SLACK;
	if (split_body(&s, body) < 0 || signature(s.raw, sig, max, err) < 0)
		goto out;
	rc = 0;
out:
	if (rc < 0) {
		sbuf_truncate(content);
		buf_reset(sig);
	}
	free(s.hold);
	sbuf_destroy(s.raw);
	if (ct != NULL)
		g_object_unref(ct);
	return rc;
}
