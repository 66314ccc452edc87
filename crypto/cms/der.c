/*
 * der.c - a minimal DER reader and writer (see der.h).
 *
 * Used to undo DER's sorting of the SignerInfos SET so that the first
 * SignerInfo is the one the configuration names first: Thunderbird only
 * verifies the first. Only what CMS SignedData needs is supported:
 * single-byte tags and definite lengths.
 */
#define _GNU_SOURCE /* memmem */
#include <stdbool.h>
#include <string.h>

#include "cms.h"
#include "xalloc.h"

/* id-signedData, 1.2.840.113549.1.7.2, as a whole TLV */
static const unsigned char oid_signed_data[] = {0x06, 0x09, 0x2a, 0x86, 0x48, 0x86,
                                                0xf7, 0x0d, 0x01, 0x07, 0x02};

int der_read(const unsigned char *p, size_t avail, struct der_tlv *tlv)
{
	size_t len = 0, n;

	if (avail < 2 || (p[0] & 0x1f) == 0x1f)
		return -1;
	tlv->tag = p[0];
	if (p[1] < 0x80) {
		len = p[1];
		tlv->hdrlen = 2;
	} else {
		n = p[1] & 0x7f;
		if (n == 0 || n > 4 || avail < 2 + n)
			return -1;
		for (size_t i = 0; i < n; i++)
			len = (len << 8) | p[2 + i];
		tlv->hdrlen = 2 + n;
	}
	if (len > avail - tlv->hdrlen)
		return -1;
	tlv->len = len;
	return 0;
}

size_t der_put_header(unsigned char tag, size_t len, unsigned char *out)
{
	size_t n = 0;

	if (len < 0x80) {
		if (out != NULL) {
			out[0] = tag;
			out[1] = (unsigned char)len;
		}
		return 2;
	}
	for (size_t l = len; l != 0; l >>= 8)
		n++;
	if (out != NULL) {
		out[0] = tag;
		out[1] = (unsigned char)(0x80 | n);
		for (size_t i = 0; i < n; i++)
			out[2 + i] = (unsigned char)(len >> (8 * (n - 1 - i)));
	}
	return 2 + n;
}

/* Step into the constructed TLV at *pos (which must carry tag): *pos
 * becomes the start of its contents, *end their end. */
static int enter(const unsigned char *der, size_t *pos, size_t *end, unsigned char tag)
{
	struct der_tlv t;

	if (der_read(der + *pos, *end - *pos, &t) != 0 || t.tag != tag)
		return -1;
	*pos += t.hdrlen;
	*end = *pos + t.len;
	return 0;
}

/* The offset and TLV of the SignerInfos SET: the last element of the
 * SignedData SEQUENCE inside ContentInfo [0]. */
static int find_signerinfos(const unsigned char *der, size_t len, size_t *off, struct der_tlv *set)
{
	size_t pos = 0, end = len;
	struct der_tlv t;
	bool found = false;

	if (enter(der, &pos, &end, 0x30) != 0 || end - pos < sizeof(oid_signed_data) ||
	    memcmp(der + pos, oid_signed_data, sizeof(oid_signed_data)) != 0)
		return -1;
	pos += sizeof(oid_signed_data);
	if (enter(der, &pos, &end, 0xa0) != 0 || enter(der, &pos, &end, 0x30) != 0)
		return -1;
	while (pos < end) {
		if (der_read(der + pos, end - pos, &t) != 0)
			return -1;
		*off = pos;
		*set = t;
		found = true;
		pos += t.hdrlen + t.len;
	}
	return found && set->tag == 0x31 ? 0 : -1;
}

/* Does the SignerInfo at p (a whole TLV of avail bytes) carry signature
 * sig? The signature is its only top-level OCTET STRING. */
static bool signerinfo_has_sig(const unsigned char *p, size_t avail, const unsigned char *sig,
                               size_t siglen)
{
	size_t pos = 0, end = avail;
	struct der_tlv t;

	if (enter(p, &pos, &end, 0x30) != 0)
		return false;
	while (pos < end) {
		if (der_read(p + pos, end - pos, &t) != 0)
			return false;
		if (t.tag == 0x04)
			return t.len == siglen && memcmp(p + pos + t.hdrlen, sig, siglen) == 0;
		pos += t.hdrlen + t.len;
	}
	return false;
}

int der_order_signerinfos(unsigned char *der, size_t len, const unsigned char *const *sig,
                          const size_t *siglen, size_t n)
{
	size_t off, cnt = 0, pos, *moff = xcalloc(n + 1, sizeof(*moff));
	size_t *mlen = xcalloc(n + 1, sizeof(*mlen));
	unsigned char *content, *out = NULL;
	struct der_tlv set, t;
	int rc = -1;

	if (find_signerinfos(der, len, &off, &set) != 0)
		goto out;
	content = der + off + set.hdrlen;
	for (pos = 0; pos < set.len; pos += t.hdrlen + t.len, cnt++) {
		if (cnt == n || der_read(content + pos, set.len - pos, &t) != 0 || t.tag != 0x30)
			goto out;
		moff[cnt] = pos;
		mlen[cnt] = t.hdrlen + t.len;
	}
	if (cnt != n)
		goto out;
	out = xmalloc(set.len + 1);
	pos = 0;
	for (size_t i = 0; i < n; i++) {
		size_t j;

		for (j = 0; j < n; j++)
			if (mlen[j] != 0 &&
			    signerinfo_has_sig(content + moff[j], mlen[j], sig[i], siglen[i]))
				break;
		if (j == n)
			goto out;
		memcpy(out + pos, content + moff[j], mlen[j]);
		pos += mlen[j];
		mlen[j] = 0; /* used */
	}
	memcpy(content, out, set.len);
	rc = 0;
out:
	x_free(out);
	x_free(moff);
	x_free(mlen);
	return rc;
}

/* ---- a large leaf streamed into a small encoding ---- */

#define SPLICE_MAX_DEPTH 16

struct splice_node {
	unsigned char tag;
	size_t start, hdrlen, len;
};

/* The TLVs from the root down to the primitive leaf whose contents are the
 * mlen bytes at offset m. Their count, or 0 if there is no such leaf. */
static size_t splice_path(const unsigned char *der, size_t len, size_t m, size_t mlen,
                          struct splice_node *path)
{
	size_t pos = 0, end = len, depth = 0;
	struct der_tlv tlv;

	while (pos < end && depth < SPLICE_MAX_DEPTH) {
		if (der_read(der + pos, end - pos, &tlv) != 0)
			return 0;
		if (m < pos + tlv.hdrlen || m >= pos + tlv.hdrlen + tlv.len) {
			pos += tlv.hdrlen + tlv.len; /* a sibling before it */
			continue;
		}
		path[depth++] = (struct splice_node){tlv.tag, pos, tlv.hdrlen, tlv.len};
		if (pos + tlv.hdrlen == m && tlv.len == mlen && !(tlv.tag & 0x20))
			return depth;
		if (!(tlv.tag & 0x20))
			return 0;
		end = pos + tlv.hdrlen + tlv.len;
		pos += tlv.hdrlen;
	}
	return 0;
}

int der_splice(const unsigned char *der, size_t len, const unsigned char *marker, size_t mlen,
               size_t newlen, struct buf *prefix, size_t *suffix_off)
{
	struct splice_node path[SPLICE_MAX_DEPTH];
	size_t nlen[SPLICE_MAX_DEPTH], depth, m;
	const unsigned char *at = memmem(der, len, marker, mlen);
	unsigned char hdr[16];

	if (at == NULL || memmem(at + 1, len - (size_t)(at - der) - 1, marker, mlen) != NULL)
		return -1;
	m = (size_t)(at - der);
	if ((depth = splice_path(der, len, m, mlen, path)) == 0)
		return -1;
	nlen[depth - 1] = newlen;
	for (size_t i = depth - 1; i-- > 0;)
		nlen[i] = path[i].len - (path[i + 1].hdrlen + path[i + 1].len) +
		          der_put_header(path[i + 1].tag, nlen[i + 1], NULL) + nlen[i + 1];
	for (size_t i = 0; i < depth; i++) {
		buf_append(prefix, hdr, der_put_header(path[i].tag, nlen[i], hdr));
		if (i + 1 < depth)
			buf_append(prefix, der + path[i].start + path[i].hdrlen,
			           path[i + 1].start - (path[i].start + path[i].hdrlen));
	}
	*suffix_off = m + mlen;
	return 0;
}
