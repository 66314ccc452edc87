/*
 * verify.h - inbound S/MIME signatures (SPEC section 12, issue #15): every
 * SignerInfo of a SignedData verified on its own, with the result RFC 7281
 * names for the Authentication-Results smime method.
 *
 * For each SignerInfo: the signer's certificate (from the SignedData), the
 * signature over the signed attributes, the messageDigest against the
 * content (the detached entity of a multipart/signed, or the content of an
 * opaque signed-data), the chain to trust.organization or trust.public
 * (S/MIME signing purpose, key sizes, at the verified timestamp's genTime
 * when there is one, else now), the class of the certificate (classify.c)
 * and the RFC 3161 token in the unsigned attributes (its imprint over this
 * SignerInfo's signature, its signer chained to trust.tsa).
 *
 *   pass       signature, digest and chain hold
 *   fail       the signature or the digest does not match: the content
 *              was changed, or the signature was made over something else
 *   neutral    the signature holds but the chain reaches no trusted root
 *              (or the signer's certificate expired, without a token)
 *   permerror  the structure is not a SignedData that can be checked: bad
 *              DER, no signer certificate, more SignerInfos than max_signers,
 *              more certificates than max_certs
 *   temperror  (not made here: revocation or a TSA that cannot be reached)
 *
 * Bounded work for hostile input: the DER is parsed once, at most
 * max_signers SignerInfos are looked at, a SignedData with more than
 * max_certs certificates is refused before any chain is built, the
 * content is read once.
 */
#ifndef VERIFY_H
#define VERIFY_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include <openssl/x509.h>

#include "cm.h"
#include "cms.h"
#include "sbuf.h"

enum vfy_result {
	VFY_NONE = 0, /* nothing signed */
	VFY_PASS,
	VFY_FAIL,
	VFY_NEUTRAL,
	VFY_TEMPERROR,
	VFY_PERMERROR
};
const char *vfy_result_name(enum vfy_result r); /* "pass", "fail", ... */

struct vfy_opts {
	X509_STORE *org, *pub;         /* trust.organization, trust.public (either may be NULL) */
	X509_STORE *tsa;               /* trust.tsa; NULL: tokens are not looked at */
	STACK_OF(X509) *intermediates; /* besides the SignedData's certificates; may be NULL */
	struct cm_chain_req req;       /* purpose (X509_PURPOSE_SMIME_SIGN), key sizes */
	size_t max_signers;            /* 0: 16 */
	size_t max_certs;              /* 0: 64 (the SignedData's certificates) */
};

struct vfy_signer {
	enum vfy_result res;
	X509 *cert;        /* the signer's certificate (a reference), NULL if missing */
	X509 *issuer;      /* pass: its issuer on the verified path (a reference) */
	enum cm_class cls; /* pass: its class */
	bool public_trust; /* pass: chained to trust.public (else trust.organization) */
	time_t ts_time;    /* the verified token's genTime; 0: no (valid) token */
	X509 *enc_pref;    /* the SignedData's certificate its SMIMEEncryptionKeyPreference
	                    * names (issuerAndSerialNumber; a reference), NULL if none */
	char why[256];     /* not pass: why */
};

struct vfy_report {
	struct vfy_signer *s; /* n of them, in the SignedData's order */
	size_t n;
	enum vfy_result res; /* permerror when the structure itself fails */
	char why[256];
};

/* Verify the SignedData der. content: the signed bytes of a detached
 * signature (multipart/signed), or NULL for an opaque one, whose content,
 * when out is not NULL, is written to out. r is filled in either way. */
void vfy_signed(const unsigned char *der, size_t len, struct sbuf *content,
                const struct vfy_opts *o, struct vfy_report *r, struct sbuf *out);
void vfy_report_free(struct vfy_report *r);

#endif
