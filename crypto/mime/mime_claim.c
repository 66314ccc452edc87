/*
 * mime_claim.c - does the body of a message whose Content-Type says it is
 * encrypted hold what that says?
 *
 * A header is the sender's word. Mail that says "already encrypted" is
 * passed on unchanged, so under encrypt = "required" a plain message with
 * a forged Content-Type would otherwise leave in clear. The checks are
 * cheap and structural, no decryption: S/MIME (RFC 8551) must be a CMS
 * ContentInfo (RFC 5652) whose content type is envelopedData, or
 * authEnvelopedData (RFC 5083); signedData makes it an opaque signed
 * message; PGP/MIME (RFC 3156) must carry an armored "PGP MESSAGE".
 */
#define _GNU_SOURCE /* memmem, strcasestr */
#include <string.h>

#include "mime_int.h"

#define HEAD_MAX 4096 /* body bytes read for the S/MIME check */

/* The DER of the content type OIDs (without tag and length). */
static const unsigned char oid_enveloped[] = {0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x03};
static const unsigned char oid_signed[] = {0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02};
static const unsigned char oid_auth_env[] = {0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d,
                                             0x01, 0x09, 0x10, 0x01, 0x17};

/* The first bytes of the body, base64-decoded when it says base64. */
static size_t body_head(const struct mime_header *hdrs, size_t nhdrs, FILE *body,
                        unsigned char *out)
{
	const char *cte = mime_last_header(hdrs, nhdrs, "Content-Transfer-Encoding");
	unsigned char raw[HEAD_MAX];
	size_t n = fread(raw, 1, sizeof(raw), body);
	int state = 0;
	guint32 save = 0;

	if (cte == NULL || strcasestr(cte, "base64") == NULL) {
		memcpy(out, raw, n);
		return n;
	}
	/* base64 decodes to at most 3/4 of its size: out has room */
	return g_mime_encoding_base64_decode_step(raw, n, out, &state, &save);
}

/* The content type of a DER ContentInfo at p (n bytes); PLAIN if none. */
static enum mime_protection content_info_type(const unsigned char *p, size_t n)
{
	size_t i = 2;

	if (n < 4 || p[0] != 0x30)
		return MIME_PLAIN;
	if (p[1] & 0x80)
		i += p[1] & 0x7f; /* long form length octets */
	if (i + 2 > n || p[i] != 0x06)
		return MIME_PLAIN;
	n -= i + 2;
	p += i + 2;
	i = p[-1]; /* the OID's length */
	if (i > n)
		return MIME_PLAIN;
	if ((i == sizeof(oid_enveloped) && memcmp(p, oid_enveloped, i) == 0) ||
	    (i == sizeof(oid_auth_env) && memcmp(p, oid_auth_env, i) == 0))
		return MIME_SMIME_ENCRYPTED;
	if (i == sizeof(oid_signed) && memcmp(p, oid_signed, i) == 0)
		return MIME_SMIME_OPAQUE;
	return MIME_PLAIN;
}

/* Does the body hold an armored PGP message? */
static bool has_pgp_message(FILE *body)
{
	static const char mark[] = "-----BEGIN PGP MESSAGE-----";
	char chunk[65536 + sizeof(mark)];
	size_t keep = 0, n;

	while ((n = fread(chunk + keep, 1, sizeof(chunk) - keep - 1, body)) > 0) {
		n += keep;
		chunk[n] = '\0';
		if (memmem(chunk, n, mark, sizeof(mark) - 1) != NULL)
			return true;
		keep = n < sizeof(mark) - 1 ? n : sizeof(mark) - 1;
		memmove(chunk, chunk + n - keep, keep);
	}
	return false;
}

enum mime_protection mime_protection_confirm(enum mime_protection claimed,
                                             const struct mime_header *hdrs, size_t nhdrs,
                                             FILE *body)
{
	unsigned char head[HEAD_MAX];
	enum mime_protection p = claimed;

	if (claimed == MIME_SMIME_ENCRYPTED || claimed == MIME_SMIME_OPAQUE)
		p = content_info_type(head, body_head(hdrs, nhdrs, body, head));
	else if (claimed == MIME_PGP_ENCRYPTED)
		p = has_pgp_message(body) ? MIME_PGP_ENCRYPTED : MIME_PLAIN;
	rewind(body);
	return p;
}
