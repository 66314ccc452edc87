/*
 * der.h - a minimal DER reader and writer, enough to put the SignerInfos of
 * a CMS SignedData in a chosen order and to build small attribute values.
 *
 * DER encodes a SET OF sorted, so the order in which signers were added is
 * lost; the signatures do not cover that SET, so its members may be put
 * back in any order afterwards (SPEC section 5, FIELD-NOTES "CMS signing").
 */
#ifndef DER_H
#define DER_H

#include <stddef.h>

/* One TLV: tag byte, header length (tag + length octets), content length. */
struct der_tlv {
	unsigned char tag;
	size_t hdrlen;
	size_t len;
};

/* Read the TLV at p (avail bytes). Only single-byte tags and definite
 * lengths; the whole TLV must fit in avail. Returns 0 or -1. */
int der_read(const unsigned char *p, size_t avail, struct der_tlv *tlv);

/* Write tag and the DER length of len to out (which may be NULL to just
 * count). Returns the header length (at most 10 bytes). */
size_t der_put_header(unsigned char tag, size_t len, unsigned char *out);

/* der/len is a DER ContentInfo holding a SignedData. Reorder its
 * SignerInfos in place so that the i-th one is the one whose signature
 * value is sig[i] (siglen[i] bytes). n must equal the number of
 * SignerInfos. Returns 0, or -1 if the structure is not as expected. */
int der_order_signerinfos(unsigned char *der, size_t len, const unsigned char *const *sig,
                          const size_t *siglen, size_t n);

#endif
