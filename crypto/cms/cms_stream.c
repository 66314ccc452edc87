/*
 * cms_stream.c - CMS structures whose content is too large to hold in
 * memory: the content is read from and written to spooled buffers
 * (sbuf.h) through BIOs, and the encoding is written in pieces (cms.h,
 * cms_write_fn).
 *
 * OpenSSL encodes a ContentInfo only whole, content included. So the
 * structure is encoded with a 32-byte random marker in place of the
 * content; der_splice then gives the bytes before the content (with every
 * length around it set for the real content) and after it, and the real
 * content is streamed between them. The result is the same DER that
 * encoding the whole structure would give.
 */
#include <pthread.h>
#include <string.h>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/rand.h>

#include "cms_int.h"
#include "log.h"
#include "xalloc.h"

#define MARKER_LEN 32

/* ---- BIOs over spooled buffers ---- */

static int sink_write(BIO *b, const char *p, int n)
{
	struct cms_sink *s = BIO_get_data(b);

	if (n <= 0)
		return 0;
	if (sbuf_write(s->sb, p, (size_t)n, s->err) < 0) {
		s->failed = true;
		return -1;
	}
	return n;
}

static long sink_ctrl(BIO *b, int cmd, long num, void *ptr)
{
	(void)b;
	(void)num;
	(void)ptr;
	return cmd == BIO_CTRL_FLUSH ? 1 : 0;
}

static int sink_create(BIO *b)
{
	BIO_set_init(b, 1);
	return 1;
}

/* One BIO_METHOD for the process: BIO_get_new_index hands out a new type
 * number on every call. */
static BIO_METHOD *sink_meth;
static pthread_once_t sink_once = PTHREAD_ONCE_INIT;

static void sink_meth_init(void)
{
	sink_meth = BIO_meth_new(BIO_TYPE_SOURCE_SINK | BIO_get_new_index(), "certmilter sbuf");
	if (sink_meth == NULL || !BIO_meth_set_write(sink_meth, sink_write) ||
	    !BIO_meth_set_ctrl(sink_meth, sink_ctrl) ||
	    !BIO_meth_set_create(sink_meth, sink_create))
		msg_panic("cannot make a BIO method: out of memory");
}

struct cms_sink *cms_sink_new(struct sbuf *sb, cm_err *err)
{
	struct cms_sink *cs = xcalloc(1, sizeof(*cs));

	pthread_once(&sink_once, sink_meth_init);
	cs->sb = sb;
	cs->err = err;
	if ((cs->bio = BIO_new(sink_meth)) == NULL)
		msg_panic("cannot make a BIO: out of memory");
	BIO_set_data(cs->bio, cs);
	return cs;
}

bool cms_sink_failed(const struct cms_sink *cs)
{
	return cs->failed;
}

struct cms_sink *cms_sink_free(struct cms_sink *cs)
{
	if (cs == NULL)
		return NULL;
	BIO_free(cs->bio);
	free(cs);
	return NULL;
}

BIO *cms_source_bio(struct sbuf *sb, cm_err *err)
{
	FILE *fp = sbuf_stream(sb, err);
	BIO *b;

	if (fp == NULL)
		return NULL;
	if ((b = BIO_new_fp(fp, BIO_NOCLOSE)) == NULL)
		cm_err_openssl(err, "cannot read the content");
	return b;
}

/* ---- the encoding with its content streamed ---- */

/* cms encoded with the marker as its content (CMS_get0_content), then
 * fix(der, len, fixarg) if given. OPENSSL_malloc'd DER, or NULL + err. */
static unsigned char *encode_marked(CMS_ContentInfo *cms, const unsigned char *marker,
                                    int (*fix)(unsigned char *, size_t, const void *),
                                    const void *fixarg, int *len, cm_err *err)
{
	ASN1_OCTET_STRING **pos = CMS_get0_content(cms), *os = ASN1_OCTET_STRING_new(), *old;
	unsigned char *der = NULL;

	if (pos == NULL || os == NULL || !ASN1_OCTET_STRING_set(os, marker, MARKER_LEN)) {
		ASN1_OCTET_STRING_free(os);
		cm_err_openssl(err, "cannot encode the content");
		return NULL;
	}
	old = *pos;
	*pos = os;
	*len = i2d_CMS_ContentInfo(cms, &der);
	*pos = old;
	ASN1_OCTET_STRING_free(os);
	if (*len <= 0) {
		cm_err_openssl(err, "cannot encode the structure");
		return NULL;
	}
	if (fix != NULL && fix(der, (size_t)*len, fixarg) != 0) {
		cm_err_set(err, "cannot put the SignerInfos in order");
		OPENSSL_free(der);
		return NULL;
	}
	return der;
}

int cms_stream_write(CMS_ContentInfo *cms, int (*fix)(unsigned char *, size_t, const void *),
                     const void *fixarg, struct sbuf *content, cms_write_fn w, void *ctx,
                     cm_err *err)
{
	unsigned char marker[MARKER_LEN], *der;
	struct buf prefix = {0};
	size_t soff = 0;
	int len = 0, rc = -1;

	if (RAND_bytes(marker, sizeof(marker)) != 1) {
		cm_err_openssl(err, "no random bytes");
		return -1;
	}
	if ((der = encode_marked(cms, marker, fix, fixarg, &len, err)) == NULL)
		return -1;
	if (der_splice(der, (size_t)len, marker, MARKER_LEN, sbuf_len(content), &prefix, &soff) !=
	    0) {
		cm_err_set(err, "cannot place the content in the encoding");
		goto out;
	}
	if (w(ctx, prefix.data, prefix.len) < 0 || sbuf_each(content, w, ctx, err) < 0 ||
	    w(ctx, der + soff, (size_t)len - soff) < 0)
		goto out;
	rc = 0;
out:
	buf_free(&prefix);
	OPENSSL_free(der);
	return rc;
}
