/*
 * mime_walk.c - the two walks over a parsed GMime tree behind mime_entity().
 *
 * Fixup (whole tree, signed parts included): GMime writes a few shapes back
 * differently from how it read them: a multipart whose close delimiter is
 * followed directly by the parent's delimiter ("--a--\r\n--b", Gmail does
 * this) gets an extra blank line, and so does a multipart without parts.
 * The fixup makes the writer reproduce the input exactly; mime.c proves it
 * by comparing the output with the input. It also reports the multiparts
 * that run to the end of the body without a close delimiter, for mime.c to
 * append their close delimiters and parse again.
 *
 * Convert (outside multipart/signed and multipart/encrypted): every leaf
 * that is not base64/QP and holds 8-bit bytes, NULs, bare CR/LF, lines over
 * 998 octets, "From " at a line start, or is labelled 8bit/binary is
 * re-encoded (text/... to quoted-printable, anything else to base64); a
 * base64/QP leaf with such bytes or lines is re-encoded in its own encoding;
 * quoted-printable output has "From " armored as "=46rom ". Multiparts and
 * message/rfc822 parts labelled 8bit/binary are relabelled 7bit; raw UTF-8
 * in part headers is encoded (mime_hdrenc.c). What
 * cannot be converted without changing the content is an error.
 */
#include <string.h>

#include "mime_int.h"

/* What the writer of the enclosing structure appends after an object. */
enum wctx {
	CTX_TOP,       /* nothing: the object ends the entity */
	CTX_MULTIPART, /* a CRLF, unless the object is a multipart without end boundary */
	CTX_NL         /* always a CRLF (the object is the body of a message/rfc822) */
};

/* ---- pass 1: fixup ---- */

struct fixup {
	GPtrArray *closed; /* boundaries we close at the end, outermost first */
	cm_err *err;
};

static int fixup_node(GMimeObject *obj, enum wctx ctx, bool at_eos, int depth, struct fixup *fx);

/* A multipart without body parts: GMime kept the whole body as preamble. */
static void fixup_partless(GMimeMultipart *mp, enum wctx ctx, bool at_eos)
{
	const char *pro = g_mime_multipart_get_prologue(mp);
	size_t len = pro ? strlen(pro) : 0;

	mp->write_end_boundary = FALSE;
	/* At the end of the body the preamble keeps its last newline, and the
	 * writer adds one after it. */
	if (at_eos && ctx != CTX_MULTIPART && len > 0 && pro[len - 1] == '\n') {
		char *cut = g_strndup(pro, len - 1);

		g_mime_multipart_set_prologue(mp, cut);
		g_free(cut);
	}
}

/* The boundary parameter (g_mime_multipart_get_boundary makes one up). */
static const char *boundary_of(GMimeMultipart *mp)
{
	return g_mime_object_get_content_type_parameter((GMimeObject *)mp, "boundary");
}

static int fixup_multipart(GMimeMultipart *mp, enum wctx ctx, bool at_eos, int depth,
                           struct fixup *fx)
{
	const char *boundary = boundary_of(mp);
	int n = g_mime_multipart_get_count(mp);
	bool was_open = !mp->write_end_boundary;

	if (n == 0 && (boundary == NULL || was_open)) {
		fixup_partless(mp, ctx, at_eos);
		return 0;
	}
	if (boundary == NULL) {
		cm_err_set(fx->err, "multipart with body parts but no boundary");
		return -1;
	}
	if (at_eos && was_open)
		g_ptr_array_add(fx->closed, (gpointer)boundary);
	for (int i = 0; i < n; i++) {
		bool eos = at_eos && was_open && i == n - 1;

		if (fixup_node(g_mime_multipart_get_part(mp, i), CTX_MULTIPART, eos, depth + 1,
		               fx) < 0)
			return -1;
	}
	/* GMime ends the close delimiter with CRLF and the parent adds another
	 * before its own delimiter: write the close delimiter as the epilogue
	 * instead, so that only the parent's CRLF follows it. */
	if (g_mime_multipart_get_epilogue(mp) == NULL) {
		char *epi = g_strdup_printf("--%s--%s", boundary, ctx == CTX_NL ? "" : "\r\n");

		mp->write_end_boundary = FALSE;
		g_mime_multipart_set_epilogue(mp, epi);
		g_free(epi);
	}
	return 0;
}

static int fixup_node(GMimeObject *obj, enum wctx ctx, bool at_eos, int depth, struct fixup *fx)
{
	if (depth > MIME_MAX_DEPTH) {
		cm_err_set(fx->err, "MIME structure nested deeper than %d levels", MIME_MAX_DEPTH);
		return -1;
	}
	if (GMIME_IS_MULTIPART(obj))
		return fixup_multipart((GMimeMultipart *)obj, ctx, at_eos, depth, fx);
	if (GMIME_IS_MESSAGE_PART(obj)) {
		GMimeMessage *msg = g_mime_message_part_get_message((GMimeMessagePart *)obj);
		GMimeObject *body = msg ? g_mime_message_get_mime_part(msg) : NULL;

		if (body == NULL)
			return 0;
		return fixup_node(body, ctx == CTX_MULTIPART ? CTX_NL : ctx, at_eos, depth + 1, fx);
	}
	return 0;
}

int mime_walk_fixup(GMimeObject *top, GString *closers, cm_err *err)
{
	struct fixup fx = {.closed = g_ptr_array_new(), .err = err};
	int rc = fixup_node(top, CTX_TOP, true, 0, &fx);

	for (guint i = fx.closed->len; rc == 0 && i > 0; i--)
		g_string_append_printf(closers, "--%s--\r\n",
		                       (const char *)fx.closed->pdata[i - 1]);
	g_ptr_array_free(fx.closed, TRUE);
	return rc;
}

/* ---- pass 2: convert ---- */

struct conv {
	GMimeFormatOptions *fo;
	uint64_t allow8; /* 8-bit bytes inside signed/encrypted subtrees */
	unsigned changes;
	cm_err *err;
};

static int convert_node(GMimeObject *obj, const char *path, int depth, struct conv *cv);

static const char *part_name(const char *path, char *buf, size_t len)
{
	if (path[0] == '\0')
		return "the top-level part";
	snprintf(buf, len, "part %s", path);
	return buf;
}

static int check_headers(GMimeObject *obj, const char *what, const char *path, struct conv *cv)
{
	char pbuf[128];

	return mime_headers_encode(obj, cv->fo, what, part_name(path, pbuf, sizeof(pbuf)),
	                           &cv->changes, cv->err);
}

static bool is_8bit_label(GMimeObject *obj)
{
	const char *cte = g_mime_object_get_header(obj, "Content-Transfer-Encoding");
	GMimeContentEncoding enc;

	if (cte == NULL)
		return false;
	enc = g_mime_content_encoding_from_string(cte);
	return enc == GMIME_CONTENT_ENCODING_8BIT || enc == GMIME_CONTENT_ENCODING_BINARY;
}

static void relabel_7bit(GMimeObject *obj, struct conv *cv)
{
	if (is_8bit_label(obj)) {
		g_mime_object_set_header(obj, "Content-Transfer-Encoding", "7bit", NULL);
		cv->changes++;
	}
}

/* Signed or encrypted: written unchanged; count its 8-bit bytes and refuse
 * what no transport carries intact. */
static int measure_protected(GMimeObject *obj, const char *path, struct conv *cv)
{
	struct mime_scan s;
	GMimeStream *sink;
	char pbuf[128];
	ssize_t n;

	mime_scan_init(&s);
	sink = mime_sink_new(&s, NULL, NULL, NULL);
	n = g_mime_object_write_to_stream(obj, cv->fo, sink);
	g_object_unref(sink);
	mime_scan_finish(&s);
	if (n < 0) {
		cm_err_set(cv->err, "cannot write %s", part_name(path, pbuf, sizeof(pbuf)));
		return -1;
	}
	if (s.nnul || s.bare_cr || s.first_long) {
		cm_err_set(cv->err,
		           "already signed/encrypted %s holds %s (line %lu of it); it cannot be "
		           "made transport-safe without breaking its signature",
		           part_name(path, pbuf, sizeof(pbuf)),
		           s.nnul      ? "NUL bytes"
		           : s.bare_cr ? "a bare CR"
		                       : "a line over 998 octets",
		           (unsigned long)(s.nnul      ? s.first_nul
		                           : s.bare_cr ? s.first_bare_cr
		                                       : s.first_long));
		return -1;
	}
	cv->allow8 += s.n8bit;
	return 0;
}

static int check_face(const char *text, const char *what, const char *path, struct conv *cv)
{
	struct mime_scan s;
	char pbuf[128];

	if (text == NULL)
		return 0;
	mime_scan_init(&s);
	mime_scan_bytes(&s, (const unsigned char *)text, strlen(text));
	if (s.n8bit == 0 && s.maxline <= MIME_MAX_LINE)
		return 0;
	cm_err_set(cv->err, "the %s of the multipart that is %s holds %s; it cannot be re-encoded",
	           what, part_name(path, pbuf, sizeof(pbuf)),
	           s.n8bit ? "8-bit bytes" : "a line over 998 octets");
	return -1;
}

static int convert_multipart(GMimeMultipart *mp, const char *path, int depth, struct conv *cv)
{
	GMimeObject *obj = (GMimeObject *)mp;
	GMimeContentType *ct = g_mime_object_get_content_type(obj);
	int n = g_mime_multipart_get_count(mp);
	uint64_t allow8 = cv->allow8;

	if (g_mime_content_type_is_type(ct, "multipart", "signed") ||
	    g_mime_content_type_is_type(ct, "multipart", "encrypted"))
		return measure_protected(obj, path, cv);
	if (check_face(g_mime_multipart_get_prologue(mp), "preamble", path, cv) < 0 ||
	    check_face(g_mime_multipart_get_epilogue(mp), "epilogue", path, cv) < 0)
		return -1;
	if (n > 0 && boundary_of(mp) == NULL) {
		g_mime_multipart_set_boundary(mp, NULL);
		cv->changes++;
	}
	for (int i = 0; i < n; i++) {
		char *sub =
		    path[0] ? g_strdup_printf("%s.%d", path, i + 1) : g_strdup_printf("%d", i + 1);
		int rc = convert_node(g_mime_multipart_get_part(mp, i), sub, depth + 1, cv);

		g_free(sub);
		if (rc < 0)
			return -1;
	}
	if (cv->allow8 == allow8) /* no 8-bit signed part inside: the label can say 7bit */
		relabel_7bit(obj, cv);
	return 0;
}

static int convert_message(GMimeMessagePart *mpart, const char *path, int depth, struct conv *cv)
{
	GMimeMessage *msg = g_mime_message_part_get_message(mpart);
	GMimeObject *body = msg ? g_mime_message_get_mime_part(msg) : NULL;
	uint64_t allow8 = cv->allow8;

	if (msg && check_headers((GMimeObject *)msg, "attached message's", path, cv) < 0)
		return -1;
	if (body && convert_node(body, path, depth + 1, cv) < 0)
		return -1;
	if (cv->allow8 == allow8)
		relabel_7bit((GMimeObject *)mpart, cv);
	return 0;
}

static bool is_identity(GMimeContentEncoding enc)
{
	return enc != GMIME_CONTENT_ENCODING_BASE64 &&
	       enc != GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE &&
	       enc != GMIME_CONTENT_ENCODING_UUENCODE;
}

/* Replace the content by a stream that decodes it and encodes it again
 * (and armors "From " for quoted-printable), read lazily when written. */
static void reencode(GMimePart *part, GMimeContentEncoding target, bool decode)
{
	GMimeDataWrapper *old = g_mime_part_get_content(part);
	GMimeContentEncoding src = g_mime_data_wrapper_get_encoding(old);
	GMimeStream *fs = g_mime_stream_filter_new(g_mime_data_wrapper_get_stream(old));
	GMimeDataWrapper *wrapper;
	GMimeFilter *f;

	if (decode && !is_identity(src)) {
		f = g_mime_filter_basic_new(src, FALSE);
		g_mime_stream_filter_add((GMimeStreamFilter *)fs, f);
		g_object_unref(f);
	}
	if (decode) {
		f = g_mime_filter_basic_new(target, TRUE);
		g_mime_stream_filter_add((GMimeStreamFilter *)fs, f);
		g_object_unref(f);
	}
	if (target == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE) {
		f = g_mime_filter_from_new(GMIME_FILTER_FROM_MODE_ARMOR);
		g_mime_stream_filter_add((GMimeStreamFilter *)fs, f);
		g_object_unref(f);
	}
	wrapper = g_mime_data_wrapper_new_with_stream(fs, target);
	g_mime_part_set_content(part, wrapper);
	g_mime_part_set_content_encoding(part, target);
	g_object_unref(wrapper);
	g_object_unref(fs);
}

/* Not base64/QP: encode text as QP, the rest as base64; message/... parts
 * may not be encoded (RFC 2046 5.2), so they must already be clean. */
static int convert_identity(GMimePart *part, const struct mime_scan *s, const char *path,
                            struct conv *cv)
{
	GMimeObject *obj = (GMimeObject *)part;
	GMimeContentType *ct = g_mime_object_get_content_type(obj);
	bool clean = mime_scan_is_7bit_clean(s);
	char pbuf[128];

	if (clean && s->from_lines == 0 && !is_8bit_label(obj))
		return 0;
	if (g_mime_content_type_is_type(ct, "message", "*")) {
		if (!clean) {
			cm_err_set(cv->err,
			           "%s (message/%s) holds 8-bit bytes, NULs, bare CR/LF or long "
			           "lines and may not be encoded",
			           part_name(path, pbuf, sizeof(pbuf)),
			           g_mime_content_type_get_media_subtype(ct));
			return -1;
		}
		relabel_7bit(obj, cv);
		return 0;
	}
	cv->changes++;
	reencode(part,
	         g_mime_content_type_is_type(ct, "text", "*")
	             ? GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE
	             : GMIME_CONTENT_ENCODING_BASE64,
	         true);
	return 0;
}

static int convert_leaf(GMimePart *part, const char *path, int depth, struct conv *cv)
{
	GMimeDataWrapper *w = g_mime_part_get_content(part);
	GMimeContentEncoding enc;
	struct mime_scan s;
	char pbuf[128];

	if (w == NULL)
		return 0;
	enc = g_mime_data_wrapper_get_encoding(w);
	mime_scan_init(&s);
	if (mime_scan_stream(g_mime_data_wrapper_get_stream(w), &s) < 0) {
		cm_err_set(cv->err, "cannot read %s", part_name(path, pbuf, sizeof(pbuf)));
		return -1;
	}
	if (is_identity(enc))
		return convert_identity(part, &s, path, cv);
	if (enc == GMIME_CONTENT_ENCODING_UUENCODE) {
		if (mime_scan_is_7bit_clean(&s))
			return 0;
		cm_err_set(cv->err, "x-uuencode %s holds 8-bit bytes or long lines",
		           part_name(path, pbuf, sizeof(pbuf)));
		return -1;
	}
	if (!mime_scan_is_7bit_clean(&s)) {
		reencode(part, enc, true);
		cv->changes++;
	} else if (enc == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE && s.from_lines) {
		reencode(part, enc, false); /* armor only */
		cv->changes++;
	}
	return 0;
}

static int convert_node(GMimeObject *obj, const char *path, int depth, struct conv *cv)
{
	if (depth > MIME_MAX_DEPTH) {
		cm_err_set(cv->err, "MIME structure nested deeper than %d levels", MIME_MAX_DEPTH);
		return -1;
	}
	if (check_headers(obj, "MIME", path, cv) < 0)
		return -1;
	if (GMIME_IS_MULTIPART(obj))
		return convert_multipart((GMimeMultipart *)obj, path, depth, cv);
	if (GMIME_IS_MESSAGE_PART(obj))
		return convert_message((GMimeMessagePart *)obj, path, depth, cv);
	if (GMIME_IS_PART(obj))
		return convert_leaf((GMimePart *)obj, path, depth, cv);
	return 0;
}

int mime_walk_convert(GMimeObject *top, uint64_t *allow8, unsigned *changes, cm_err *err)
{
	struct conv cv = {.fo = mime_format_options_new(), .err = err};
	int rc = convert_node(top, "", 0, &cv);

	g_mime_format_options_free(cv.fo);
	*allow8 = cv.allow8;
	*changes = cv.changes;
	return rc;
}
