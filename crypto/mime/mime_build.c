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

static void buf_str(struct buf *b, const char *s)
{
	buf_append(b, s, strlen(s));
}

/* base64 in lines of 76 characters separated by CRLF, no final CRLF. */
static void base64_lines(struct buf *b, const unsigned char *der, size_t len)
{
	static const char tbl[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const size_t per_line = B64_LINE / 4 * 3;

	for (size_t off = 0; off < len; off += per_line) {
		size_t n = len - off < per_line ? len - off : per_line;
		char line[B64_LINE];
		size_t o = 0;

		for (size_t i = 0; i < n; i += 3) {
			unsigned v = (unsigned)der[off + i] << 16;

			if (i + 1 < n)
				v |= (unsigned)der[off + i + 1] << 8;
			if (i + 2 < n)
				v |= der[off + i + 2];
			line[o++] = tbl[(v >> 18) & 63];
			line[o++] = tbl[(v >> 12) & 63];
			line[o++] = i + 1 < n ? tbl[(v >> 6) & 63] : '=';
			line[o++] = i + 2 < n ? tbl[v & 63] : '=';
		}
		if (off > 0)
			buf_str(b, "\r\n");
		buf_append(b, line, o);
	}
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

static bool occurs(const struct buf *b, const char *s)
{
	return b->len > 0 && memmem(b->data, b->len, s, strlen(s)) != NULL;
}

void mime_build_signed(const struct buf *entity, const unsigned char *der, size_t derlen,
                       const char *micalg, struct mime_output *out)
{
	char boundary[64];
	char *params[3];

	memset(out, 0, sizeof(*out));
	do
		new_boundary(boundary, sizeof(boundary));
	while (occurs(entity, boundary));

	params[0] = param("protocol", "application/pkcs7-signature", true);
	params[1] = param("micalg", micalg, false);
	params[2] = param("boundary", boundary, true);
	out->content_type = fold_value("Content-Type", "multipart/signed", params, 3);

	buf_str(&out->body, preamble);
	buf_str(&out->body, "--");
	buf_str(&out->body, boundary);
	buf_str(&out->body, "\r\n");
	buf_append(&out->body, entity->data, entity->len);
	buf_str(&out->body, "\r\n--");
	buf_str(&out->body, boundary);
	buf_str(&out->body, "\r\n");
	buf_str(&out->body, sig_headers);
	base64_lines(&out->body, der, derlen);
	buf_str(&out->body, "\r\n--");
	buf_str(&out->body, boundary);
	buf_str(&out->body, "--\r\n");
}

void mime_build_pkcs7(const unsigned char *der, size_t derlen, const char *smime_type,
                      struct mime_output *out)
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
	base64_lines(&out->body, der, derlen);
	buf_str(&out->body, "\r\n");
}

/* One header field, its "\n\t" folds written as CRLF folds. */
static void header_crlf(struct buf *b, const char *name, const char *value)
{
	buf_str(b, name);
	buf_str(b, ": ");
	for (const char *p = value; *p; p++) {
		if (*p == '\n')
			buf_str(b, "\r");
		buf_append(b, p, 1);
	}
	buf_str(b, "\r\n");
}

void mime_output_entity(const struct mime_output *out, struct buf *entity)
{
	header_crlf(entity, "Content-Type", out->content_type);
	if (out->transfer_encoding)
		header_crlf(entity, "Content-Transfer-Encoding", out->transfer_encoding);
	if (out->disposition)
		header_crlf(entity, "Content-Disposition", out->disposition);
	buf_str(entity, "\r\n");
	buf_append(entity, out->body.data, out->body.len);
}

void mime_output_free(struct mime_output *out)
{
	free(out->content_type);
	free(out->transfer_encoding);
	free(out->disposition);
	buf_free(&out->body);
	memset(out, 0, sizeof(*out));
}
