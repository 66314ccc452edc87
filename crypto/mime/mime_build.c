/*
 * mime_build.c - the S/MIME bodies around a signature or an envelope.
 *
 * multipart/signed (RFC 8551 3.5.3): the entity goes in byte for byte as the
 * first part. The CRLF before each "--boundary" belongs to the delimiter
 * (RFC 2046 5.1.1), so the bytes between "--B\r\n" and "\r\n--B" are exactly
 * the entity that was signed, whether or not it ends in CRLF.
 * application/pkcs7-mime (RFC 8551 3.2): the DER in base64.
 * Header values longer than a line are folded with "\n\t" (the milter form).
 */
#define _GNU_SOURCE /* memmem */
#include <string.h>

#include <glib.h>
#include <openssl/rand.h>

#include "mime.h"
#include "xalloc.h"

#define BOUNDARY_PREFIX "----=_cm_"
#define B64_LINE        76
#define HEADER_COLUMNS  78

static const char preamble[] = "This is a cryptographically signed message in MIME format.\r\n\r\n";
static const char sig_headers[] = "Content-Type: application/pkcs7-signature; name=smime.p7s\r\n"
                                  "Content-Transfer-Encoding: base64\r\n"
                                  "Content-Disposition: attachment; filename=smime.p7s\r\n"
                                  "Content-Description: S/MIME Cryptographic Signature\r\n"
                                  "\r\n";

/* ---- base64 in lines of 76 characters, each ended by CRLF ---- */

static const char b64_tbl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* One line of up to B64_PER_LINE bytes, encoded with its CRLF. */
static void b64_line(struct mime_b64 *w, const unsigned char *p, size_t n)
{
	char *line = w->out + w->nout;
	size_t o = 0;

	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned)p[i] << 16;

		if (i + 1 < n)
			v |= (unsigned)p[i + 1] << 8;
		if (i + 2 < n)
			v |= p[i + 2];
		line[o++] = b64_tbl[(v >> 18) & 63];
		line[o++] = b64_tbl[(v >> 12) & 63];
		line[o++] = i + 1 < n ? b64_tbl[(v >> 6) & 63] : '=';
		line[o++] = i + 2 < n ? b64_tbl[v & 63] : '=';
	}
	line[o++] = '\r';
	line[o++] = '\n';
	w->nout += o;
	w->lines++;
}

static int b64_flush(struct mime_b64 *w)
{
	int rc = sbuf_write(w->to, w->out, w->nout, w->err);

	w->nout = 0;
	return rc;
}

void mime_b64_init(struct mime_b64 *w, struct sbuf *to, cm_err *err)
{
	memset(w, 0, sizeof(*w));
	w->to = to;
	w->err = err;
}

int mime_b64_write(void *ctx, const unsigned char *p, size_t n)
{
	struct mime_b64 *w = ctx;

	while (n > 0) {
		size_t take = MIME_B64_PER_LINE - w->ncarry < n ? MIME_B64_PER_LINE - w->ncarry : n;

		memcpy(w->carry + w->ncarry, p, take);
		w->ncarry += take;
		p += take;
		n -= take;
		if (w->ncarry < MIME_B64_PER_LINE)
			break;
		b64_line(w, w->carry, w->ncarry);
		w->ncarry = 0;
		if (w->nout + B64_LINE + 2 > sizeof(w->out) && b64_flush(w) < 0)
			return -1;
	}
	return 0;
}

int mime_b64_end(struct mime_b64 *w)
{
	if (w->ncarry > 0)
		b64_line(w, w->carry, w->ncarry);
	w->ncarry = 0;
	return b64_flush(w);
}

static bool is_token(const char *s)
{
	if (*s == '\0')
		return false;
	for (; *s; s++)
		if (*s <= ' ' || *s >= 127 || strchr("()<>@,;:\\\"/[]?=", *s))
			return false;
	return true;
}

/* name=value, quoted when the value is not a token. */
static char *param(const char *name, const char *value, bool quote)
{
	if (!quote && is_token(value))
		return g_strdup_printf("%s=%s", name, value);
	return g_strdup_printf("%s=\"%s\"", name, value);
}

/* "type; p1; p2" folded with "\n\t" where a line of "Content-Type: ..."
 * would pass 78 columns. Takes the g_strdup'ed params. */
static char *fold_value(const char *hdrname, const char *type, char **params, size_t n)
{
	GString *s = g_string_new(type);
	size_t col = strlen(hdrname) + 2 + strlen(type);
	char *value;

	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(params[i]);

		if (col + 2 + len > HEADER_COLUMNS) {
			g_string_append(s, ";\n\t");
			col = 1;
		} else {
			g_string_append(s, "; ");
			col += 2;
		}
		g_string_append(s, params[i]);
		col += len;
		g_free(params[i]);
	}
	value = xstrdup(s->str);
	g_string_free(s, TRUE);
	return value;
}

static void new_boundary(char *out, size_t outlen)
{
	unsigned char r[12];
	size_t o;

	if (RAND_bytes(r, sizeof(r)) != 1)
		for (size_t i = 0; i < sizeof(r); i++)
			r[i] = (unsigned char)g_random_int();
	o = (size_t)snprintf(out, outlen, "%s", BOUNDARY_PREFIX);
	for (size_t i = 0; i < sizeof(r) && o + 2 < outlen; i++, o += 2)
		snprintf(out + o, outlen - o, "%02x", r[i]);
}

/* Does s occur in the bytes of sb? (chunks overlap by strlen(s) - 1) */
static int occurs(struct sbuf *sb, const char *s, cm_err *err)
{
	size_t slen = strlen(s), off = 0;
	unsigned char chunk[65536];
	ssize_t n;

	while ((n = sbuf_read(sb, off, chunk, sizeof(chunk), err)) > 0) {
		if (memmem(chunk, (size_t)n, s, slen) != NULL)
			return 1;
		if ((size_t)n < slen || off + (size_t)n >= sbuf_len(sb))
			break;
		off += (size_t)n - (slen - 1);
	}
	return n < 0 ? -1 : 0;
}

int mime_build_signed(struct sbuf *entity, const unsigned char *der, size_t derlen,
                      const char *micalg, struct mime_output *out, cm_err *err)
{
	struct mime_b64 w;
	char boundary[64], delim[80];
	char *params[3];
	int occ;

	memset(out, 0, sizeof(*out));
	do
		new_boundary(boundary, sizeof(boundary));
	while ((occ = occurs(entity, boundary, err)) == 1);
	if (occ < 0)
		return -1;
	params[0] = param("protocol", "application/pkcs7-signature", true);
	params[1] = param("micalg", micalg, false);
	params[2] = param("boundary", boundary, true);
	out->content_type = fold_value("Content-Type", "multipart/signed", params, 3);
	out->body = sbuf_create(sbuf_options(entity));
	snprintf(delim, sizeof(delim), "\r\n--%s\r\n", boundary);
	mime_b64_init(&w, out->body, err);
	if (sbuf_expect(out->body, sbuf_len(entity) + derlen / 57 * 78 + 1024, err) < 0 ||
	    sbuf_puts(out->body, preamble, err) < 0 || sbuf_puts(out->body, delim + 2, err) < 0 ||
	    sbuf_copy(out->body, entity, err) < 0 || sbuf_puts(out->body, delim, err) < 0 ||
	    sbuf_puts(out->body, sig_headers, err) < 0 || mime_b64_write(&w, der, derlen) < 0 ||
	    mime_b64_end(&w) < 0 || sbuf_puts(out->body, "--", err) < 0 ||
	    sbuf_puts(out->body, boundary, err) < 0 || sbuf_puts(out->body, "--\r\n", err) < 0) {
		mime_output_free(out);
		return -1;
	}
	return 0;
}

void mime_pkcs7_start(const char *smime_type, const struct sbuf_opts *so, struct mime_output *out,
                      struct mime_b64 *w, cm_err *err)
{
	const char *file = strcmp(smime_type, "certs-only") == 0 ? "smime.p7c" : "smime.p7m";
	char *params[2];

	memset(out, 0, sizeof(*out));
	params[0] = param("smime-type", smime_type, false);
	params[1] = param("name", file, false);
	out->content_type = fold_value("Content-Type", "application/pkcs7-mime", params, 2);
	out->transfer_encoding = xstrdup("base64");
	out->disposition =
	    xstrdup(strcmp(file, "smime.p7c") == 0 ? "attachment; filename=smime.p7c"
	                                           : "attachment; filename=smime.p7m");
	out->body = sbuf_create(so);
	mime_b64_init(w, out->body, err);
}

int mime_build_pkcs7(const unsigned char *der, size_t derlen, const char *smime_type,
                     const struct sbuf_opts *so, struct mime_output *out, cm_err *err)
{
	struct mime_b64 w;

	mime_pkcs7_start(smime_type, so, out, &w, err);
	if (mime_b64_write(&w, der, derlen) < 0 || mime_b64_end(&w) < 0 ||
	    (w.lines == 0 && sbuf_puts(out->body, "\r\n", err) < 0)) {
		mime_output_free(out);
		return -1;
	}
	return 0;
}

/* One header field, its "\n\t" folds written as CRLF folds. */
static int header_crlf(struct sbuf *sb, const char *name, const char *value, cm_err *err)
{
	struct buf b = {0};
	int rc;

	buf_append(&b, name, strlen(name));
	buf_append(&b, ": ", 2);
	for (const char *p = value; *p; p++) {
		if (*p == '\n')
			buf_append(&b, "\r", 1);
		buf_append(&b, p, 1);
	}
	buf_append(&b, "\r\n", 2);
	rc = sbuf_write(sb, b.data, b.len, err);
	buf_free(&b);
	return rc;
}

int mime_output_entity(const struct mime_output *out, struct sbuf *entity, cm_err *err)
{
	if (header_crlf(entity, "Content-Type", out->content_type, err) < 0 ||
	    (out->transfer_encoding &&
	     header_crlf(entity, "Content-Transfer-Encoding", out->transfer_encoding, err) < 0) ||
	    (out->disposition &&
	     header_crlf(entity, "Content-Disposition", out->disposition, err) < 0))
		return -1;
	if (sbuf_puts(entity, "\r\n", err) < 0 || sbuf_copy(entity, out->body, err) < 0)
		return -1;
	return 0;
}

void mime_output_free(struct mime_output *out)
{
	free(out->content_type);
	free(out->transfer_encoding);
	free(out->disposition);
	sbuf_destroy(out->body);
	memset(out, 0, sizeof(*out));
}
