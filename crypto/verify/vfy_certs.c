/*
 * vfy_certs.c - the certificates inside inbound SignedData (signatures and
 * their timestamp tokens), parsed once per process (vfy_int.h).
 *
 * Every inbound signature carries its signer's certificate and chain, and
 * every token its TSA's certificate: the same few certificates, message
 * after message. Decoding one costs OpenSSL 3.0 more than checking the
 * signature it serves (the public key goes through the provider
 * decoders). So the certificates are cut out of the DER before OpenSSL
 * decodes it, and each is looked up by its bytes in a bounded cache of
 * decoded certificates; only a certificate not seen before is decoded.
 * The cut encoding is the same ContentInfo without its certificates field;
 * what the DER reader cannot follow (indefinite lengths, another choice
 * than Certificate in the set) is left to OpenSSL whole.
 */
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include <openssl/x509.h>

#include "cms.h"
#include "log.h"
#include "vfy_int.h"
#include "xalloc.h"

#define SLOTS    512 /* certificates kept */
#define MAX_CERT (64 * 1024)

struct slot {
	uint64_t hash;
	unsigned char *der;
	size_t len;
	X509 *cert;
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct slot slots[SLOTS];

static uint64_t fnv1a(const unsigned char *p, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	while (n-- > 0)
		h = (h ^ *p++) * 0x100000001b3ULL;
	return h;
}

X509 *vfy_cert_of(const unsigned char *der, size_t len)
{
	uint64_t h = fnv1a(der, len);
	struct slot *s = &slots[h % SLOTS];
	const unsigned char *p = der;
	X509 *x = NULL;

	pthread_mutex_lock(&lock);
	if (s->cert != NULL && s->hash == h && s->len == len && memcmp(s->der, der, len) == 0) {
		x = s->cert;
		X509_up_ref(x);
	}
	pthread_mutex_unlock(&lock);
	if (x != NULL)
		return x;
	if (len > MAX_CERT || (x = d2i_X509(NULL, &p, (long)len)) == NULL)
		return NULL;
	if (p != der + len) {
		X509_free(x);
		return NULL;
	}
	pthread_mutex_lock(&lock);
	X509_free(s->cert);
	free(s->der);
	s->hash = h;
	s->der = xmalloc(len);
	memcpy(s->der, der, len);
	s->len = len;
	s->cert = x;
	X509_up_ref(x);
	pthread_mutex_unlock(&lock);
	return x;
}

/* ---- verified paths ---- */

#define PATH_SLOTS 256

struct path_slot {
	X509 *leaf;        /* a reference: the pointer cannot be reused */
	X509_STORE *store; /* a reference, likewise */
	int purpose, min_rsa, min_ec;
	time_t lo, hi; /* when every certificate of the path is valid */
	X509 *issuer;
};

static struct path_slot paths[PATH_SLOTS];

static size_t path_index(X509 *leaf, X509_STORE *store)
{
	return (size_t)(((uintptr_t)leaf >> 4) ^ ((uintptr_t)store >> 6)) % PATH_SLOTS;
}

X509 *vfy_path_known(X509 *leaf, X509_STORE *store, const struct cm_chain_req *req, time_t at)
{
	struct path_slot *s = &paths[path_index(leaf, store)];
	X509 *issuer = NULL;

	pthread_mutex_lock(&lock);
	if (s->leaf == leaf && s->store == store && s->purpose == req->purpose &&
	    s->min_rsa == req->min_rsa_bits && s->min_ec == req->min_ec_bits && s->lo <= at &&
	    at <= s->hi) {
		issuer = s->issuer;
		X509_up_ref(issuer);
	}
	pthread_mutex_unlock(&lock);
	return issuer;
}

void vfy_path_remember(X509 *leaf, X509_STORE *store, const struct cm_chain_req *req,
                       STACK_OF(X509) *path)
{
	struct path_slot *s = &paths[path_index(leaf, store)], old;
	time_t lo = 0, hi = (time_t)INT64_MAX;

	for (int i = 0; i < sk_X509_num(path); i++) {
		X509 *x = sk_X509_value(path, i);
		time_t nb = cm_asn1_time(X509_get0_notBefore(x), hi),
		       na = cm_asn1_time(X509_get0_notAfter(x), lo);

		lo = nb > lo ? nb : lo;
		hi = na < hi ? na : hi;
	}
	if (lo > hi || !X509_STORE_up_ref(store))
		return;
	X509_up_ref(leaf);
	X509_up_ref(sk_X509_value(path, sk_X509_num(path) > 1 ? 1 : 0));
	pthread_mutex_lock(&lock);
	old = *s;
	*s = (struct path_slot){leaf,
	                        store,
	                        req->purpose,
	                        req->min_rsa_bits,
	                        req->min_ec_bits,
	                        lo,
	                        hi,
	                        sk_X509_value(path, sk_X509_num(path) > 1 ? 1 : 0)};
	pthread_mutex_unlock(&lock);
	X509_free(old.leaf);
	X509_STORE_free(old.store);
	X509_free(old.issuer);
}

/* The TLV at *pos (before end); *pos moves past it. */
static int next(const unsigned char *der, size_t *pos, size_t end, struct der_tlv *t)
{
	if (*pos >= end || der_read(der + *pos, end - *pos, t) != 0)
		return -1;
	*pos += t->hdrlen + t->len;
	return 0;
}

/* The certificates of the [0] field at der[from..to) into certs; -1 when
 * a member is not a Certificate, -2 past max of them. */
static int take_certs(const unsigned char *der, size_t from, size_t to, size_t max,
                      STACK_OF(X509) *certs)
{
	struct der_tlv t;

	while (from < to) {
		size_t at = from;
		X509 *x;

		if ((size_t)sk_X509_num(certs) >= max)
			return -2;
		if (next(der, &from, to, &t) < 0 || t.tag != 0x30 ||
		    (x = vfy_cert_of(der + at, t.hdrlen + t.len)) == NULL)
			return -1;
		if (!sk_X509_push(certs, x))
			msg_panic("out of memory");
	}
	return 0;
}

/* Append a header and the bytes of b to out. */
static void wrap(struct buf *out, unsigned char tag, const struct buf *b)
{
	unsigned char h[10];

	buf_append(out, h, der_put_header(tag, b->len, h));
	buf_append(out, b->data, b->len);
}

int vfy_strip_certs(const unsigned char *der, size_t len, size_t max, struct buf *out,
                    STACK_OF(X509) *certs)
{
	struct der_tlv ci, oid, ex, sd, f;
	struct buf inner = {0}, a = {0}, b = {0};
	size_t pos = 0, end, p;
	int ret = -1;

	if (der_read(der, len, &ci) != 0 || ci.tag != 0x30 || ci.hdrlen + ci.len != len)
		return -1;
	pos = ci.hdrlen;
	if (next(der, &pos, len, &oid) < 0 || oid.tag != 0x06 ||
	    der_read(der + pos, len - pos, &ex) != 0 || ex.tag != 0xa0 ||
	    der_read(der + pos + ex.hdrlen, ex.len, &sd) != 0 || sd.tag != 0x30)
		return -1;
	p = pos + ex.hdrlen + sd.hdrlen;
	end = pos + ex.hdrlen + sd.hdrlen + sd.len;
	while (p < end) {
		size_t at = p;

		if (next(der, &p, end, &f) < 0)
			goto out;
		if (f.tag == 0xa0 && (ret = take_certs(der, at + f.hdrlen, p, max, certs)) < 0)
			goto out;
		if (f.tag != 0xa0)
			buf_append(&inner, der + at, f.hdrlen + f.len);
	}
	wrap(&a, 0x30, &inner); /* SignedData */
	wrap(&b, 0xa0, &a);     /* [0] EXPLICIT */
	buf_reset(&a);
	buf_append(&a, der + ci.hdrlen, oid.hdrlen + oid.len);
	buf_append(&a, b.data, b.len);
	wrap(out, 0x30, &a); /* ContentInfo */
	ret = 0;
out:
	buf_free(&inner);
	buf_free(&a);
	buf_free(&b);
	return ret;
}

void vfy_certs_flush(void)
{
	pthread_mutex_lock(&lock);
	for (size_t i = 0; i < SLOTS; i++) {
		X509_free(slots[i].cert);
		free(slots[i].der);
		memset(&slots[i], 0, sizeof(slots[i]));
	}
	for (size_t i = 0; i < PATH_SLOTS; i++) {
		X509_free(paths[i].leaf);
		X509_STORE_free(paths[i].store);
		X509_free(paths[i].issuer);
		memset(&paths[i], 0, sizeof(paths[i]));
	}
	pthread_mutex_unlock(&lock);
}
