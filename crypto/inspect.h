/*
 * inspect.h - an inbound message (SPEC section 12): find its S/MIME layers,
 * decrypt the enveloped-data the keystore holds keys to, verify every
 * signature, and say what a person should be shown. No libmilter here: the
 * caller removes forged result fields, adds the fields made from the result
 * (inspect_fmt.c), and, when the message was decrypted, replaces the
 * top-level Content-* fields and the body with the decrypted entity.
 *
 * Layers, outermost first, at most INSPECT_MAX_LAYERS: application/pkcs7-mime
 * enveloped-data (decrypted with every envelope recipient's key, or the walk
 * stops there), multipart/signed (the first part's exact bytes against the
 * signature part), application/pkcs7-mime signed-data (the content inside).
 * What a layer holds is a MIME entity that is looked at again: a nested
 * signature gives the signers of both layers, a signed message inside an
 * encrypted one is verified once decrypted.
 *
 * For each SignerInfo: verify.h's judgement, then for a passing signer its
 * revocation status (revocation.h: revoked -> fail, unless a verified
 * timestamp predates the revocation; unknown -> temperror in hard mode,
 * pass with rev_unknown in soft mode), and whether it names the From:
 * address (else from_match is false: no identity is shown for it).
 * With harvest, such a signer's encrypting certificate is handed back for
 * the caller to keep (the certificate store is the milter's, not ours).
 */
#ifndef INSPECT_H
#define INSPECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "cms.h"
#include "mime.h"
#include "revocation.h"
#include "verify.h"

#define INSPECT_MAX_LAYERS 4

struct inspect_opts {
	const struct vfy_opts *vfy; /* trust stores, intermediates, key sizes */
	struct rev_client *rev;     /* NULL: no revocation check */
	enum rev_mode rev_mode;
	long rev_timeout_ms;       /* the whole revocation check, per signer */
	const struct keystore *ks; /* decryption keys; NULL: none */
	bool verify, decrypt;
	bool harvest;         /* note each passing From: signer's encrypting certificate */
	bool local_part_ci;   /* compare local parts ignoring case */
	struct sbuf_opts so;  /* where the layers are spooled */
	size_t max_signature; /* bytes of a multipart/signed signature part */
};

struct inspect_req {
	const struct mime_header *hdrs; /* the message's header fields */
	size_t nhdrs;
	FILE *body;               /* CRLF body (read from its start) */
	const char *from;         /* the From: address, NULL if none */
	const char *const *rcpts; /* envelope recipients (decryption) */
	size_t nrcpts;
};

struct inspect_signer {
	enum vfy_result res;
	unsigned layer;    /* 0: the outermost signature */
	enum cm_class cls; /* pass: its class */
	bool public_trust; /* pass: chained to trust.public */
	time_t ts_time;    /* verified timestamp genTime, 0: none */
	bool from_match;   /* the certificate names the From: address */
	bool rev_unknown;  /* soft mode: the status could not be learned */
	char *addr;        /* the From: address if named, else the first; may be NULL */
	char *serial;      /* hex, as openssl x509 -serial prints it; NULL: no certificate */
	char *issuer;      /* the issuer's CN, else its one-line name */
	char *name, *title, *org, *locality; /* from the subject; NULL if absent */
	char why[300];                       /* not pass: why */
	/* harvest: the encrypting certificate of a passing signer that names
	 * the From: address (SMIMEEncryptionKeyPreference's, when it names
	 * that address too, else a dual-use signer certificate); NULL: none */
	unsigned char *harvest_der;
	size_t harvest_len;
	time_t harvest_nb, harvest_na; /* its notBefore and notAfter */
};

enum inspect_dec {
	INSPECT_DEC_NONE = 0, /* nothing was encrypted (or decrypt is off): "-" */
	INSPECT_DEC_YES,      /* decrypted: dec_hdrs and dec_body replace the entity */
	INSPECT_DEC_NO        /* encrypted, left as it came: dec_why */
};

struct inspect_res {
	struct inspect_signer *s; /* n, outermost layer first, each in its SignedData's order */
	size_t n;
	bool structure_error; /* a signature that could not be read: permerror (why) */
	char why[300];
	enum inspect_dec dec;
	char dec_why[400];
	struct mime_header *dec_hdrs; /* INSPECT_DEC_YES: the decrypted entity's fields */
	size_t ndec_hdrs;
	struct sbuf *dec_body;
};

void inspect_message(const struct inspect_opts *o, const struct inspect_req *req,
                     struct inspect_res *res);
void inspect_res_free(struct inspect_res *res);

/* inspect_fmt.c: the fields and the audit word. */

/* The Authentication-Results value: "authserv-id; smime=pass
 * body.smime-identifier=... body.smime-serial=... body.smime-issuer=..."
 * for each signer (folded), xmalloc'd; NULL when nothing was signed. */
char *inspect_ar_value(const struct inspect_res *r, const char *authserv_id);
/* The Certmilter-Identity value of a passing signer that names the From:
 * address, xmalloc'd; NULL for any other signer. */
char *inspect_identity_value(const struct inspect_signer *s);
/* The audit's verified=: "pass:v4,vp" (the passing classes), "fail",
 * "permerror", "temperror", "neutral", "none". */
void inspect_verified(const struct inspect_res *r, char *out, size_t len);
/* Does an arriving Authentication-Results value claim authserv_id (RFC
 * 8601 section 5: such a field is a forgery, removed before ours is added)? */
bool inspect_ar_is_ours(const char *value, const char *authserv_id);

#endif
