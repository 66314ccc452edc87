/*
 * mime_prep.c - what mime_entity() needs to know of the raw content entity
 * (its header block, and the scan of every byte: 8-bit bytes, NULs, bare
 * CR/LF, line lengths, "From " lines), gathered while the body streams in,
 * so that end of message does not read the body again for it (mime.h);
 * and whether an entity is a plain leaf, which needs no GMime at all when
 * its bytes are clean.
 */
#include <stdlib.h>
#include <strings.h>

#include "mime_int.h"
#include "xalloc.h"

struct mime_prep *mime_prep_create(const struct mime_header *hdrs, size_t nhdrs)
{
	struct mime_prep *mp = xcalloc(1, sizeof(*mp));
	cm_err err;

	mp->hdr = g_string_new(NULL);
	if (mime_header_block(hdrs, nhdrs, mp->hdr, &err) < 0) {
		g_string_free(mp->hdr, TRUE);
		mp->hdr = NULL;
	}
	mime_scan_init(&mp->scan);
	if (mp->hdr != NULL)
		mime_scan_bytes(&mp->scan, (const unsigned char *)mp->hdr->str, mp->hdr->len);
	return mp;
}

void mime_prep_feed(struct mime_prep *mp, const unsigned char *p, size_t n)
{
	if (mp->hdr != NULL)
		mime_scan_bytes(&mp->scan, p, n);
}

const char *mime_prep_header(const struct mime_prep *mp, size_t *len)
{
	if (mp->hdr == NULL)
		return NULL;
	*len = mp->hdr->len;
	return mp->hdr->str;
}

struct mime_prep *mime_prep_destroy(struct mime_prep *mp)
{
	if (mp != NULL) {
		if (mp->hdr != NULL)
			g_string_free(mp->hdr, TRUE);
		free(mp);
	}
	return NULL;
}

/* Is the entity one leaf that conversion would leave as it is when its
 * bytes are 7bit-clean without "From " lines? No two Content-* fields of
 * one name (GMime warns of conflicts), a Content-Type that is not
 * multipart/ or message/ (as GMime parses it), a Content-Transfer-Encoding
 * that is none, 7bit, base64 or quoted-printable, and a body. */
bool mime_plain_leaf(const struct mime_header *hdrs, size_t nhdrs, uint64_t blen)
{
	const char *ct = NULL, *cte = NULL;
	GMimeContentType *t;
	bool leaf;

	for (size_t i = 0; i < nhdrs; i++) {
		if (strncasecmp(hdrs[i].name, "Content-", 8) != 0)
			continue;
		for (size_t j = 0; j < i; j++)
			if (strcasecmp(hdrs[i].name, hdrs[j].name) == 0)
				return false;
		if (strcasecmp(hdrs[i].name, "Content-Type") == 0)
			ct = hdrs[i].value;
		else if (strcasecmp(hdrs[i].name, "Content-Transfer-Encoding") == 0)
			cte = hdrs[i].value;
	}
	if (blen == 0 ||
	    (cte != NULL && strcasecmp(cte, "7bit") != 0 && strcasecmp(cte, "base64") != 0 &&
	     strcasecmp(cte, "quoted-printable") != 0))
		return false;
	if (ct == NULL)
		return true;
	if ((t = mime_content_type_of(ct)) == NULL)
		return false;
	leaf = !g_mime_content_type_is_type(t, "multipart", "*") &&
	       !g_mime_content_type_is_type(t, "message", "*");
	g_object_unref(t);
	return leaf;
}
