/*
 * mime.c - the MIME side of S/MIME on GMime 3: protection check, the
 * content entity to sign, header helpers.
 *
 * mime_entity() works on streams: the Content-* headers (rebuilt from what
 * the MTA gave) and the body FILE are parsed in place, never copied. It
 * then proves that GMime writes the unchanged tree back byte for byte
 * (after the fixups in mime_walk.c), converts the leaves to 7bit, writes the
 * entity once into the caller's buffer and checks the result: CRLF lines of
 * at most 998 octets, no NUL, no 8-bit byte outside already signed parts.
 * Anything that fails is an error for the caller's configured action, never
 * output.
 */
#include <string.h>
#include <strings.h>

#include "log.h"
#include "mime_int.h"
#include "xalloc.h"

void mime_init(void)
{
	g_mime_init();
}

void mime_shutdown(void)
{
	g_mime_shutdown();
}

bool mime_protection_is_smime(enum mime_protection p)
{
	return p == MIME_SMIME_SIGNED || p == MIME_SMIME_OPAQUE || p == MIME_SMIME_ENCRYPTED;
}

const char *mime_protection_name(enum mime_protection p)
{
	switch (p) {
	case MIME_PLAIN:
		return "plain";
	case MIME_SMIME_SIGNED:
		return "smime-signed";
	case MIME_SMIME_OPAQUE:
		return "smime-opaque";
	case MIME_SMIME_ENCRYPTED:
		return "smime-encrypted";
	case MIME_PGP_SIGNED:
		return "pgp-signed";
	case MIME_PGP_ENCRYPTED:
		return "pgp-encrypted";
	}
	return "unknown";
}

bool mime_is_content_header(const char *name)
{
	return strncasecmp(name, "Content-", 8) == 0 || strcasecmp(name, "MIME-Version") == 0;
}

static GMimeParserOptions *loose_options(void)
{
	GMimeParserOptions *po = g_mime_parser_options_new();

	g_mime_parser_options_set_address_compliance_mode(po, GMIME_RFC_COMPLIANCE_LOOSE);
	g_mime_parser_options_set_parameter_compliance_mode(po, GMIME_RFC_COMPLIANCE_LOOSE);
	g_mime_parser_options_set_rfc2047_compliance_mode(po, GMIME_RFC_COMPLIANCE_LOOSE);
	return po;
}

/* A header value as the MTA gave it, folding removed. */
static char *unfold(const char *value)
{
	char *s = xmalloc(strlen(value) + 1), *o = s;

	for (; *value; value++)
		if (*value != '\r' && *value != '\n')
			*o++ = *value;
	*o = '\0';
	return s;
}

/* Parameter value, case-insensitively equal to one of two words? */
static bool param_is(GMimeContentType *ct, const char *param, const char *a, const char *b)
{
	const char *v = g_mime_content_type_get_parameter(ct, param);
	char *t;
	bool eq;

	if (v == NULL)
		return false;
	t = g_strstrip(g_strdup(v));
	eq = g_ascii_strcasecmp(t, a) == 0 || (b && g_ascii_strcasecmp(t, b) == 0);
	g_free(t);
	return eq;
}

GMimeContentType *mime_content_type_of(const char *value)
{
	GMimeParserOptions *po = loose_options();
	char *flat = unfold(value);
	GMimeContentType *ct = g_mime_content_type_parse(po, flat);

	free(flat);
	g_mime_parser_options_free(po);
	return ct;
}

const char *mime_last_header(const struct mime_header *hdrs, size_t nhdrs, const char *name)
{
	const char *v = NULL;

	for (size_t i = 0; i < nhdrs; i++)
		if (strcasecmp(hdrs[i].name, name) == 0)
			v = hdrs[i].value;
	return v;
}

static enum mime_protection protection_of_value(const char *value)
{
	GMimeContentType *ct = mime_content_type_of(value);
	enum mime_protection p = MIME_PLAIN;

	if (ct == NULL)
		return p;
	if (g_mime_content_type_is_type(ct, "multipart", "signed"))
		p = param_is(ct, "protocol", "application/pkcs7-signature",
		             "application/x-pkcs7-signature")
		        ? MIME_SMIME_SIGNED
		        : MIME_PGP_SIGNED;
	else if (g_mime_content_type_is_type(ct, "multipart", "encrypted"))
		p = MIME_PGP_ENCRYPTED;
	else if (g_mime_content_type_is_type(ct, "application", "pkcs7-mime") ||
	         g_mime_content_type_is_type(ct, "application", "x-pkcs7-mime"))
		p = param_is(ct, "smime-type", "signed-data", NULL) ? MIME_SMIME_OPAQUE
		                                                    : MIME_SMIME_ENCRYPTED;
	g_object_unref(ct);
	return p;
}

/* Protected only when every Content-Type field says the same (mime.h):
 * readers disagree on which of several fields counts. */
enum mime_protection mime_protection_of(const struct mime_header *hdrs, size_t nhdrs)
{
	enum mime_protection p = MIME_PLAIN;
	bool seen = false;

	for (size_t i = 0; i < nhdrs; i++) {
		enum mime_protection this;

		if (strcasecmp(hdrs[i].name, "Content-Type") != 0)
			continue;
		this = protection_of_value(hdrs[i].value);
		if (seen && this != p)
			return MIME_PLAIN; /* fields disagree: sign it */
		p = this;
		seen = true;
	}
	return p;
}

static char *first_in_list(InternetAddressList *list)
{
	int n = list ? internet_address_list_length(list) : 0;

	for (int i = 0; i < n; i++) {
		InternetAddress *ia = internet_address_list_get_address(list, i);
		char *found = NULL;

		if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
			const char *addr =
			    internet_address_mailbox_get_addr((InternetAddressMailbox *)ia);

			if (addr && *addr)
				found = xstrdup(addr);
		} else if (INTERNET_ADDRESS_IS_GROUP(ia)) {
			found = first_in_list(
			    internet_address_group_get_members((InternetAddressGroup *)ia));
		}
		if (found)
			return found;
	}
	return NULL;
}

static void from_walk(InternetAddressList *list, struct mime_from *f)
{
	int n = list ? internet_address_list_length(list) : 0;

	for (int i = 0; i < n; i++) {
		InternetAddress *ia = internet_address_list_get_address(list, i);

		if (INTERNET_ADDRESS_IS_GROUP(ia)) {
			f->group = true;
			from_walk(internet_address_group_get_members((InternetAddressGroup *)ia),
			          f);
		} else if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
			const char *addr =
			    internet_address_mailbox_get_addr((InternetAddressMailbox *)ia);
			const char *name = internet_address_get_name(ia);

			f->nmailboxes++;
			if (f->addr != NULL || addr == NULL || *addr == '\0')
				continue;
			f->addr = xstrdup(addr);
			f->name = name && *name ? xstrdup(name) : NULL;
		}
	}
}

void mime_from_parse(const char *value, struct mime_from *f)
{
	GMimeParserOptions *po = loose_options();
	char *flat = unfold(value);
	InternetAddressList *list = internet_address_list_parse(po, flat);

	memset(f, 0, sizeof(*f));
	from_walk(list, f);
	if (list)
		g_object_unref(list);
	free(flat);
	g_mime_parser_options_free(po);
}

void mime_from_clear(struct mime_from *f)
{
	free(f->addr);
	free(f->name);
	memset(f, 0, sizeof(*f));
}

char *mime_first_address(const char *value)
{
	GMimeParserOptions *po = loose_options();
	char *flat = unfold(value);
	InternetAddressList *list = internet_address_list_parse(po, flat);
	char *addr = first_in_list(list);

	if (list)
		g_object_unref(list);
	free(flat);
	g_mime_parser_options_free(po);
	return addr;
}

/* ---- mime_entity ---- */

struct entity_job {
	GString *hdr;      /* the Content-* header block, CRLF, blank line */
	GString *closers;  /* close delimiters the fixup adds at the end */
	GString *warnings; /* what the GMime parser complained about */
	GMimeParserOptions *po;
	GMimeObject *top;
	uint64_t allow8;
};

static int append_header(GString *s, const struct mime_header *h, cm_err *err)
{
	for (const char *p = h->name; *p; p++)
		if (*p <= ' ' || *p >= 127 || *p == ':') {
			cm_err_set(err, "malformed header name \"%.64s\"", h->name);
			return -1;
		}
	g_string_append_printf(s, "%s: ", h->name);
	for (const char *p = h->value; *p; p++) {
		if (*p == '\r' && p[1] == '\n')
			continue;
		if (*p == '\n' && (p[1] == ' ' || p[1] == '\t')) {
			g_string_append(s, "\r\n");
			continue;
		}
		if (*p == '\r' || *p == '\n') {
			cm_err_set(err, "header %s: line break not followed by whitespace",
			           h->name);
			return -1;
		}
		g_string_append_c(s, *p);
	}
	g_string_append(s, "\r\n");
	return 0;
}

/* Content-* headers in their order (MIME-Version is not part of the
 * entity), an explicit text/plain when there is no Content-Type; out is
 * empty. */
int mime_header_block(const struct mime_header *hdrs, size_t nhdrs, GString *out, cm_err *err)
{
	bool have_ct = false;

	for (size_t i = 0; i < nhdrs; i++) {
		if (strncasecmp(hdrs[i].name, "Content-", 8) != 0)
			continue;
		if (strcasecmp(hdrs[i].name, "Content-Type") == 0)
			have_ct = true;
		if (append_header(out, &hdrs[i], err) < 0)
			return -1;
	}
	if (!have_ct)
		g_string_prepend(out, "Content-Type: text/plain; charset=us-ascii\r\n");
	g_string_append(out, "\r\n");
	return 0;
}

static const char *warning_text(GMimeParserWarning code)
{
	switch (code) {
	case GMIME_WARN_MALFORMED_MULTIPART:
		return "multipart ended by its parent's delimiter";
	case GMIME_WARN_TRUNCATED_MESSAGE:
		return "multipart without close delimiter";
	case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
		return "multipart without boundary";
	case GMIME_CRIT_NESTING_OVERFLOW:
		return "nesting too deep";
	case GMIME_WARN_PART_WITHOUT_CONTENT:
		return "part without content";
	case GMIME_CRIT_PART_WITHOUT_HEADERS_OR_CONTENT:
		return "part without headers or content";
	case GMIME_CRIT_INVALID_HEADER_NAME:
		return "invalid header name";
	case GMIME_CRIT_CONFLICTING_HEADER:
		return "conflicting headers";
	default:
		return NULL;
	}
}

static void on_warning(gint64 offset, GMimeParserWarning code, const gchar *item, gpointer data)
{
	GString *w = data;
	const char *text = warning_text(code);

	if (text == NULL || w->len > 300 || strstr(w->str, text))
		return;
	g_string_append_printf(w, "%s%s", w->len ? ", " : "", text);
}

/* A fresh stream over the header block, the body and extra bytes. */
static GMimeStream *input_stream(const GString *hdr, FILE *body, const GString *extra)
{
	GMimeStream *cat = g_mime_stream_cat_new();
	GMimeStream *s = g_mime_stream_mem_new_with_buffer(hdr->str, hdr->len);

	g_mime_stream_cat_add_source((GMimeStreamCat *)cat, s);
	g_object_unref(s);
	s = g_mime_stream_file_new_with_bounds(body, 0, -1);
	g_mime_stream_file_set_owner((GMimeStreamFile *)s, FALSE);
	g_mime_stream_cat_add_source((GMimeStreamCat *)cat, s);
	g_object_unref(s);
	if (extra && extra->len) {
		s = g_mime_stream_mem_new_with_buffer(extra->str, extra->len);
		g_mime_stream_cat_add_source((GMimeStreamCat *)cat, s);
		g_object_unref(s);
	}
	return cat;
}

/* Parse header block + body + job->closers; the content of the parts stays
 * in the body file (substreams), nothing is copied. */
static int parse_input(struct entity_job *job, FILE *body, cm_err *err)
{
	GMimeStream *in = input_stream(job->hdr, body, job->closers);
	GMimeParser *parser = g_mime_parser_new_with_stream(in);

	g_mime_parser_set_persist_stream(parser, TRUE);
	if (job->top)
		g_object_unref(job->top);
	job->top = g_mime_parser_construct_part(parser, job->po);
	g_object_unref(parser);
	g_object_unref(in);
	if (job->top == NULL) {
		cm_err_set(err, "GMime cannot parse the message body");
		return -1;
	}
	return 0;
}

static bool ends_in_crlf(FILE *body)
{
	char tail[2];

	return fseek(body, -2, SEEK_END) == 0 && fread(tail, 1, 2, body) == 2 && tail[0] == '\r' &&
	       tail[1] == '\n';
}

/* Does the body end in the open delimiter of the innermost multipart that
 * closers (its first line is "--B--") closes? Then that multipart has an
 * empty last part, as other readers see it. */
static bool ends_in_open_delimiter(FILE *body, const GString *closers)
{
	const char *eol = strstr(closers->str, "--\r\n");
	size_t blen = eol ? (size_t)(eol - closers->str) : 0; /* "--B" */
	char tail[80];

	if (blen < 3 || blen + 3 > sizeof(tail) || fseek(body, -(long)(blen + 3), SEEK_END) != 0 ||
	    fread(tail, 1, blen + 3, body) != blen + 3)
		return false;
	return tail[0] == '\n' && memcmp(tail + 1, closers->str, blen) == 0 &&
	       memcmp(tail + 1 + blen, "\r\n", 2) == 0;
}

/* Parse and fix up. Multiparts that run to the end of the body get their
 * close delimiters appended, and the result is parsed again: the final CRLF
 * of the body then belongs to the delimiter, as other readers see it. */
static int parse_entity(struct entity_job *job, FILE *body, cm_err *err)
{
	GString *open;
	int rc;

	if (fflush(body) != 0 || fseek(body, 0, SEEK_SET) != 0) {
		cm_err_set(err, "cannot rewind the message body: %m");
		return -1;
	}
	job->po = loose_options();
	g_mime_parser_options_set_warning_callback(job->po, on_warning, job->warnings);
	if (parse_input(job, body, err) < 0 || mime_walk_fixup(job->top, job->closers, err) < 0)
		return -1;
	if (job->closers->len == 0)
		return 0;
	if (!ends_in_crlf(body))
		g_string_prepend(job->closers, "\r\n");
	else if (ends_in_open_delimiter(body, job->closers))
		g_string_prepend(job->closers, "\r\n\r\n"); /* keep the empty last part */
	open = g_string_new(NULL);
	rc = parse_input(job, body, err);
	if (rc == 0)
		rc = mime_walk_fixup(job->top, open, err);
	if (rc == 0 && open->len) {
		cm_err_set(err, "malformed MIME: multiparts still open after closing them");
		rc = -1;
	}
	g_string_free(open, TRUE);
	return rc;
}

/* Write through a CRLF stream: GMime writes multipart preambles and
 * epilogues with bare LF even in DOS mode. */
static int write_tree(GMimeObject *top, GMimeStream *sink)
{
	GMimeFormatOptions *fo = mime_format_options_new();
	GMimeStream *fs = mime_crlf_new(sink);
	ssize_t n;

	n = g_mime_object_write_to_stream(top, fo, fs);
	if (g_mime_stream_flush(fs) != 0)
		n = -1;
	g_object_unref(fs);
	g_mime_format_options_free(fo);
	return n < 0 ? -1 : 0;
}

/* The unchanged tree must write back as exactly the input (plus the close
 * delimiters of the fixup): then every part GMime saw is the part that is
 * there, and signed parts inside stay byte-identical. */
static int check_faithful(struct entity_job *job, FILE *body, cm_err *err)
{
	GMimeStream *ref = input_stream(job->hdr, body, job->closers);
	GMimeStream *sink = mime_sink_new(NULL, NULL, NULL, ref);
	int rc = write_tree(job->top, sink);
	int want, got;
	int64_t diff = mime_sink_mismatch(sink, &want, &got);
	char wbuf[8], gbuf[8];

	g_object_unref(sink);
	g_object_unref(ref);
	if (rc < 0) {
		cm_err_set(err, "cannot read the message body back");
		return -1;
	}
	if (diff >= 0) {
		snprintf(wbuf, sizeof(wbuf), want < 0 ? "end" : "0x%02x", want);
		snprintf(gbuf, sizeof(gbuf), got < 0 ? "end" : "0x%02x", got);
		cm_err_set(err,
		           "malformed MIME (%s): GMime would not write it back unchanged "
		           "(byte %lld of the content entity: %s there, %s written)",
		           job->warnings->len ? job->warnings->str : "no parser warning",
		           (long long)diff, wbuf, gbuf);
		return -1;
	}
	return 0;
}

static int check_written(const struct mime_scan *s, uint64_t allow8, cm_err *err)
{
	if (s->bare_cr || s->bare_lf) {
		cm_err_set(err, "entity line %lu has a bare %s",
		           (unsigned long)(s->bare_cr ? s->first_bare_cr : s->first_bare_lf),
		           s->bare_cr ? "CR" : "LF");
		return -1;
	}
	if (s->first_long) {
		cm_err_set(err, "entity line %lu is longer than %d octets",
		           (unsigned long)s->first_long, MIME_MAX_LINE);
		return -1;
	}
	if (s->nnul) {
		cm_err_set(err, "entity line %lu holds a NUL byte", (unsigned long)s->first_nul);
		return -1;
	}
	if (s->n8bit > allow8) {
		cm_err_set(err,
		           "8-bit bytes outside already signed parts (first on entity line %lu)",
		           (unsigned long)s->first_8bit);
		return -1;
	}
	return 0;
}

static int write_entity(struct entity_job *job, struct sbuf *out, cm_err *err)
{
	struct mime_scan s;
	GMimeStream *sink;
	int rc;

	err->text[0] = '\0';
	mime_scan_init(&s);
	sink = mime_sink_new(&s, out, err, NULL);
	rc = write_tree(job->top, sink);
	g_object_unref(sink);
	mime_scan_finish(&s);
	if (rc < 0) {
		if (err->text[0] == '\0')
			cm_err_set(err, "cannot read the message body back");
		return -1;
	}
	return check_written(&s, job->allow8, err);
}

static void job_free(struct entity_job *job)
{
	if (job->top)
		g_object_unref(job->top);
	if (job->po)
		g_mime_parser_options_free(job->po);
	g_string_free(job->hdr, TRUE);
	g_string_free(job->closers, TRUE);
	g_string_free(job->warnings, TRUE);
}

/* Scan the raw entity (header block + body): can it travel as it is? */
static int scan_raw(struct entity_job *job, FILE *body, struct mime_scan *s, cm_err *err)
{
	GMimeStream *in;
	int rc;

	if (fflush(body) != 0 || fseek(body, 0, SEEK_SET) != 0) {
		cm_err_set(err, "cannot rewind the message body: %m");
		return -1;
	}
	in = input_stream(job->hdr, body, NULL);
	mime_scan_init(s);
	rc = mime_scan_stream(in, s);
	g_object_unref(in);
	if (rc < 0)
		cm_err_set(err, "cannot read the message body");
	return rc;
}

/* Why the raw entity cannot be carried as it is (the first offence). */
static void unclean_text(const struct mime_scan *s, char *out, size_t len)
{
	if (s->nnul)
		snprintf(out, len, "a NUL byte on entity line %lu", (unsigned long)s->first_nul);
	else if (s->bare_cr || s->bare_lf)
		snprintf(out, len, "a bare %s on entity line %lu", s->bare_cr ? "CR" : "LF",
		         (unsigned long)(s->bare_cr ? s->first_bare_cr : s->first_bare_lf));
	else if (s->n8bit)
		snprintf(out, len, "8-bit bytes (first on entity line %lu)",
		         (unsigned long)s->first_8bit);
	else
		snprintf(out, len, "entity line %lu is longer than %d octets",
		         (unsigned long)s->first_long, MIME_MAX_LINE);
}

/* The body's length, or -1 + err. */
static long body_length(FILE *body, cm_err *err)
{
	long n;

	if (fflush(body) != 0 || fseek(body, 0, SEEK_END) != 0 || (n = ftell(body)) < 0) {
		cm_err_set(err, "cannot read the message body: %m");
		return -1;
	}
	return n;
}

/* The header block and the body bytes, unchanged, appended to entity. */
static int append_as_is(const GString *hdr, FILE *body, struct sbuf *entity, cm_err *err)
{
	long blen = body_length(body, err);
	char chunk[65536];
	size_t n;

	if (blen < 0)
		return -1;
	if (fseek(body, 0, SEEK_SET) != 0) {
		cm_err_set(err, "cannot rewind the message body: %m");
		return -1;
	}
	if (sbuf_expect(entity, hdr->len + (size_t)blen, err) < 0 ||
	    sbuf_write(entity, hdr->str, hdr->len, err) < 0)
		return -1;
	while ((n = fread(chunk, 1, sizeof(chunk), body)) > 0)
		if (sbuf_write(entity, chunk, n, err) < 0)
			return -1;
	if (ferror(body)) {
		cm_err_set(err, "cannot read the message body: %m");
		return -1;
	}
	return 0;
}

static void set_note(char *note, size_t notelen, const char *what)
{
	if (note != NULL && notelen > 0)
		snprintf(note, notelen, "malformed MIME (%s): 7bit content taken as it is", what);
}

/* Parsed, fixed up and proven to write back unchanged? *irregular: the
 * parser complained, multiparts had to be closed, or it failed. */
static int parse_checked(struct entity_job *job, FILE *body, bool *irregular, cm_err *err)
{
	int rc = parse_entity(job, body, err);

	if (rc == 0)
		rc = check_faithful(job, body, err);
	*irregular = rc < 0 || job->closers->len > 0 || job->warnings->len > 0;
	return rc;
}

bool mime_entity_no_shortcuts;

/* The scan of the raw entity: prep's, when it saw this header block and
 * as many body bytes as body holds (*used), else a pass over both. */
static int raw_facts(struct entity_job *job, FILE *body, const struct mime_prep *prep,
                     struct mime_scan *raw, bool *used, cm_err *err)
{
	long blen = body_length(body, err);

	*used = false;
	if (blen < 0)
		return -1;
	if (prep != NULL && prep->hdr != NULL && g_string_equal(prep->hdr, job->hdr) &&
	    prep->scan.bytes == job->hdr->len + (uint64_t)blen) {
		*raw = prep->scan;
		mime_scan_finish(raw);
		*used = true;
		return 0;
	}
	return scan_raw(job, body, raw, err);
}

/* Nothing to convert and nothing GMime could find wrong: the entity is the
 * header block and the body as they are. */
static bool clean_leaf(const struct mime_header *hdrs, size_t nhdrs, const struct mime_scan *raw,
                       size_t hdrlen)
{
	return !mime_entity_no_shortcuts && mime_scan_is_7bit_clean(raw) && raw->from_lines == 0 &&
	       mime_plain_leaf(hdrs, nhdrs, raw->bytes - hdrlen);
}

/* Converted into entity. A tree that conversion left as it was writes the
 * input byte for byte (check_faithful proved it): the input is copied
 * instead (*unchanged). 0, or -1 + err. */
static int convert_into(struct entity_job *job, FILE *body, const struct mime_scan *raw,
                        struct sbuf *entity, bool *unchanged, cm_err *err)
{
	unsigned changes = 0;

	*unchanged = false;
	if (mime_walk_convert(job->top, &job->allow8, &changes, err) < 0)
		return -1;
	if (changes > 0 || job->closers->len > 0 || mime_entity_no_shortcuts)
		return write_entity(job, entity, err);
	if (check_written(raw, job->allow8, err) < 0)
		return -1;
	*unchanged = true;
	return append_as_is(job->hdr, body, entity, err);
}

int mime_entity(const struct mime_header *hdrs, size_t nhdrs, FILE *body, struct sbuf *entity,
                char *note, size_t notelen, cm_err *err)
{
	return mime_entity_with(hdrs, nhdrs, body, NULL, entity, note, notelen, NULL, err);
}

int mime_entity_with(const struct mime_header *hdrs, size_t nhdrs, FILE *body,
                     const struct mime_prep *prep, struct sbuf *entity, char *note, size_t notelen,
                     bool *as_is, cm_err *err)
{
	struct entity_job job = {
	    .hdr = g_string_new(NULL),
	    .closers = g_string_new(NULL),
	    .warnings = g_string_new(NULL),
	};
	struct mime_scan raw;
	bool clean, irregular, used = false, same = false;
	int rc = -1, prc;
	char why[128];

	if (note != NULL && notelen > 0)
		note[0] = '\0';
	if (mime_header_block(hdrs, nhdrs, job.hdr, err) < 0 ||
	    raw_facts(&job, body, prep, &raw, &used, err) < 0)
		goto out;
	if (clean_leaf(hdrs, nhdrs, &raw, job.hdr->len)) {
		rc = append_as_is(job.hdr, body, entity, err);
		same = true;
		goto out;
	}
	clean = mime_scan_is_7bit_clean(&raw);
	prc = parse_checked(&job, body, &irregular, err);
	if (!irregular || !clean) {
		if (prc == 0 && convert_into(&job, body, &raw, entity, &same, err) == 0) {
			rc = 0;
			goto out;
		}
		same = false;
		sbuf_truncate(entity);
		if (!clean) {
			unclean_text(&raw, why, sizeof(why));
			cm_append(err->text, sizeof(err->text), "; ",
			          "it cannot be carried as it is: %s", why);
			goto out;
		}
	}
	/* 7bit content that is irregular or could not be converted: as it is */
	rc = append_as_is(job.hdr, body, entity, err);
	same = true;
	if (rc == 0)
		set_note(note, notelen,
		         job.warnings->len  ? job.warnings->str
		         : job.closers->len ? "multipart without close delimiter"
		         : prc < 0          ? "GMime would not write it back unchanged"
		                            : err->text);
out:
	job_free(&job);
	rewind(body);
	if (rc < 0)
		sbuf_truncate(entity);
	if (as_is != NULL)
		*as_is = rc == 0 && same && used;
	return rc;
}

int mime_entity_as_is(const struct mime_header *hdrs, size_t nhdrs, FILE *body, struct sbuf *entity,
                      cm_err *err)
{
	struct entity_job job = {.hdr = g_string_new(NULL)};
	int rc = -1;

	if (mime_header_block(hdrs, nhdrs, job.hdr, err) < 0)
		goto out;
	rc = append_as_is(job.hdr, body, entity, err);
out:
	g_string_free(job.hdr, TRUE);
	rewind(body);
	if (rc < 0)
		sbuf_truncate(entity);
	return rc;
}
