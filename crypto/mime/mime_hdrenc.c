/*
 * mime_hdrenc.c - raw 8-bit bytes in the header fields of a MIME part,
 * made 7bit without changing what they say.
 *
 * Some clients write a UTF-8 file name (or description) raw into a part's
 * headers, as SMTPUTF8 allows. A 7bit entity cannot carry that, so when the
 * bytes are valid UTF-8 the field is encoded: the parameters of
 * Content-Type and Content-Disposition as RFC 2231 extended values
 * (charset UTF-8, continuations for long values), unstructured fields
 * (Content-Description, Subject, Comments, X-...) as RFC 2047 encoded-words.
 * The decoded values are what they were before; the encoded parameters are
 * parsed again and compared to prove it. Anything else with 8-bit bytes (a
 * field name, bytes that are not UTF-8, a structured field such as
 * Content-ID, a boundary parameter) is refused with a reason naming the
 * field and the part.
 */
#include <string.h>
#include <strings.h>

#include "mime_int.h"

static bool has_8bit(const char *s)
{
	for (; s && *s; s++)
		if (*s & 0x80)
			return true;
	return false;
}

/* Fields whose value is unstructured text (RFC 2045 8, RFC 5322 3.6.5 and
 * optional fields), which RFC 2047 encoded-words may carry. */
static bool is_unstructured(const char *name)
{
	static const char *const names[] = {"Content-Description", "Subject", "Comments"};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcasecmp(name, names[i]) == 0)
			return true;
	return strncasecmp(name, "X-", 2) == 0;
}

/* Mark every parameter with a non-ASCII value for RFC 2231 in UTF-8. The
 * values GMime decoded are UTF-8 already: the raw field was checked to be
 * valid UTF-8, which GMime's first fallback charset takes as it is. */
static int mark_params(GMimeParamList *pl, int *marked, const char **bad)
{
	int n = pl ? g_mime_param_list_length(pl) : 0;

	for (int i = 0; i < n; i++) {
		GMimeParam *p = g_mime_param_list_get_parameter_at(pl, i);

		if (!has_8bit(g_mime_param_get_value(p)))
			continue;
		if (g_ascii_strcasecmp(g_mime_param_get_name(p), "boundary") == 0) {
			*bad = "a boundary cannot be encoded";
			return -1;
		}
		g_mime_param_set_charset(p, "UTF-8");
		g_mime_param_set_encoding_method(p, GMIME_PARAM_ENCODING_METHOD_RFC2231);
		(*marked)++;
	}
	return 0;
}

/* Do the parameters parsed from the field written now equal the ones
 * GMime decoded from the raw field? */
static bool params_equal(GMimeParamList *a, GMimeParamList *b)
{
	int n = a ? g_mime_param_list_length(a) : 0;

	if (n != (b ? g_mime_param_list_length(b) : 0))
		return false;
	for (int i = 0; i < n; i++) {
		GMimeParam *x = g_mime_param_list_get_parameter_at(a, i);
		GMimeParam *y = g_mime_param_list_get_parameter_at(b, i);

		if (g_ascii_strcasecmp(g_mime_param_get_name(x), g_mime_param_get_name(y)) != 0 ||
		    g_strcmp0(g_mime_param_get_value(x), g_mime_param_get_value(y)) != 0)
			return false;
	}
	return true;
}

/* The value of the field as it is now (raw, unfolded), parsed again. */
static GMimeParamList *reparse(GMimeHeader *h, bool disposition, GMimeParserOptions *po)
{
	const char *raw = g_mime_header_get_raw_value(h);
	GMimeParamList *pl = NULL;
	char *flat, *o;

	if (!raw)
		return NULL;
	flat = o = g_strdup(raw);
	for (const char *p = flat; *p; p++)
		if (*p != '\r' && *p != '\n')
			*o++ = *p;
	*o = '\0';
	if (disposition) {
		GMimeContentDisposition *d = g_mime_content_disposition_parse(po, flat);

		if (d) {
			pl = g_object_ref(g_mime_content_disposition_get_parameters(d));
			g_object_unref(d);
		}
	} else {
		GMimeContentType *ct = g_mime_content_type_parse(po, flat);

		if (ct) {
			pl = g_object_ref(g_mime_content_type_get_parameters(ct));
			g_object_unref(ct);
		}
	}
	g_free(flat);
	return pl;
}

/* How many fields of obj are called name. */
static int count_named(GMimeObject *obj, const char *name)
{
	GMimeHeaderList *list = g_mime_object_get_header_list(obj);
	int n = g_mime_header_list_get_count(list), c = 0;

	for (int i = 0; i < n; i++)
		if (g_ascii_strcasecmp(
		        g_mime_header_get_name(g_mime_header_list_get_header_at(list, i)), name) ==
		    0)
			c++;
	return c;
}

/* Content-Type or Content-Disposition of obj: its parameters RFC 2231
 * encoded; the field is then written from the parsed object. GMime writes
 * the first field of that name and removes the others, which would free
 * h: a part with two of them is refused before anything changes, and the
 * field is looked up again afterwards. */
static int encode_params(GMimeObject *obj, GMimeHeader *h, const char **bad)
{
	bool disp = g_ascii_strcasecmp(g_mime_header_get_name(h), "Content-Disposition") == 0;
	const char *field = disp ? "Content-Disposition" : "Content-Type";
	GMimeContentDisposition *d = disp ? g_mime_object_get_content_disposition(obj) : NULL;
	GMimeContentType *ct = disp ? NULL : g_mime_object_get_content_type(obj);
	GMimeParamList *pl = disp ? (d ? g_mime_content_disposition_get_parameters(d) : NULL)
	                          : (ct ? g_mime_content_type_get_parameters(ct) : NULL);
	GMimeParserOptions *po;
	GMimeParamList *again;
	int marked = 0;
	bool same;

	if (count_named(obj, field) != 1) {
		*bad = "the part has more than one such field";
		return -1;
	}
	if (pl == NULL || mark_params(pl, &marked, bad) < 0)
		return -1;
	if (marked == 0) {
		*bad = "the 8-bit bytes are not in a parameter value";
		return -1;
	}
	h = g_mime_header_list_get_header(g_mime_object_get_header_list(obj), field);
	if (h == NULL || has_8bit(g_mime_header_get_raw_value(h))) {
		*bad = "GMime did not rewrite the field";
		return -1;
	}
	po = g_mime_parser_options_new();
	again = reparse(h, disp, po);
	same = again != NULL && params_equal(pl, again);
	if (again)
		g_object_unref(again);
	g_mime_parser_options_free(po);
	if (!same)
		*bad = "the encoded parameters do not read back the same";
	return same ? 0 : -1;
}

static int encode_text(GMimeHeader *h, GMimeFormatOptions *fo, const char **bad)
{
	char *value = g_strdup(g_mime_header_get_value(h));

	g_mime_header_set_value(h, fo, value, "UTF-8");
	g_free(value);
	if (has_8bit(g_mime_header_get_raw_value(h))) {
		*bad = "GMime did not encode it";
		return -1;
	}
	return 0;
}

/* One field with raw 8-bit bytes: encoded, or *bad says why not. */
static int encode_field(GMimeObject *obj, GMimeHeader *h, GMimeFormatOptions *fo, const char **bad)
{
	const char *name = g_mime_header_get_name(h);
	const char *raw = g_mime_header_get_raw_value(h);

	if (has_8bit(g_mime_header_get_raw_name(h))) {
		*bad = "8-bit bytes in a field name";
		return -1;
	}
	if (!g_utf8_validate(raw, -1, NULL)) {
		*bad = "the 8-bit bytes are not UTF-8";
		return -1;
	}
	if (g_ascii_strcasecmp(name, "Content-Type") == 0 ||
	    g_ascii_strcasecmp(name, "Content-Disposition") == 0)
		return encode_params(obj, h, bad);
	if (is_unstructured(name))
		return encode_text(h, fo, bad);
	*bad = "a structured field that cannot be encoded";
	return -1;
}

int mime_headers_encode(GMimeObject *obj, GMimeFormatOptions *fo, const char *what,
                        const char *part, unsigned *changes, cm_err *err)
{
	GMimeHeaderList *list = g_mime_object_get_header_list(obj);
	int n = g_mime_header_list_get_count(list);

	for (int i = 0; i < n; i++) {
		GMimeHeader *h = g_mime_header_list_get_header_at(list, i);
		const char *bad = NULL;

		if (!has_8bit(g_mime_header_get_raw_name(h)) &&
		    !has_8bit(g_mime_header_get_raw_value(h)))
			continue;
		if (encode_field(obj, h, fo, &bad) == 0) {
			(*changes)++;
			continue;
		}
		cm_err_set(err,
		           "unencoded 8-bit bytes in the %s header \"%.64s\" of %s: %s; cannot "
		           "make it 7bit without changing it",
		           what, g_mime_header_get_name(h), part, bad);
		return -1;
	}
	return 0;
}
