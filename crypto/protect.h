/*
 * protect.h - apply a policy decision to one message: choose the signers
 * from the keystore, canonicalize the content entity, sign, and assemble
 * the new top-level Content-Type and body. No libmilter here: the caller
 * applies the result (delete Content-* headers, add the new ones, replace
 * the body) or, on failure, the action the result names.
 *
 * signing.dual = signerinfos: one SignedData, a SignerInfo per class in the
 * rule's order. nested: the identity classes sign the entity, and the Vp
 * signature signs that multipart/signed (or pkcs7-mime) entity around it.
 * Timestamps for the SignerInfos the rule's timestamp field picks (all, the
 * one the rule lists first, none) come from the TSA client; when one is
 * missing failure.tsa decides: sign-without goes on, the others fail.
 * With req->enc the result (the signed entity, or the content entity when
 * nothing was signed) is then enveloped (encryption.*) to the recipients,
 * the sender's own encrypting certificate (encryption.to_sender) and the
 * escrow certificates: application/pkcs7-mime enveloped-data.
 * req->no_sign: encrypt only (the message must not be signed: its From:
 * is not the sender's to sign, or it is signed already); with req->as_is
 * the entity enveloped is the message's own Content-* fields and body,
 * unchanged, so that a signature in it stays valid.
 */
#ifndef PROTECT_H
#define PROTECT_H

#include <stdio.h>

#include "config.h"
#include "cms.h"
#include "mime.h"
#include "policy.h"

struct tsa_client;

enum protect_status {
	PROTECT_UNCHANGED = 0, /* nothing to do (no signing asked, no certificate) */
	PROTECT_CHANGED,       /* out holds the new message: signed and/or encrypted */
	PROTECT_FAILED         /* fail_action applies; reason says why */
};

/* Encryption asked for: the recipients' certificates (the directory found
 * one for every recipient) and the escrow certificates. */
struct protect_enc {
	X509 *const *rcpts;
	size_t nrcpts;
	STACK_OF(X509) *escrow; /* may be NULL */
};

/* The body of a message that may be signed, as it streams in: what
 * protect_message would otherwise read it again for (mime_prep: the scan
 * of the content entity; a digest of the header block and the body, which
 * is the content entity's when it is taken as it is). protect_stream_start
 * at the end of the header fields, with the digest signing.digest names;
 * protect_stream_feed with every canonical body byte in order (the bytes
 * req->body will hold). NULL from start: signing.digest unknown. */
struct protect_stream;
struct protect_stream *protect_stream_start(const struct mime_header *hdrs, size_t nhdrs,
                                            const char *digest);
void protect_stream_feed(struct protect_stream *ps, const unsigned char *p, size_t n);
struct protect_stream *protect_stream_free(struct protect_stream *ps); /* returns NULL */

struct protect_req {
	const struct cm_config *cfg;
	const struct keystore *ks;
	const struct policy_rule *rule;
	const char *signer_addr; /* From: address to sign as (and whose own certificate
	                            encryption.to_sender adds); NULL: none */
	const struct mime_header *hdrs;
	size_t nhdrs;
	FILE *body;                          /* canonical CRLF body */
	struct tsa_client *tsa;              /* NULL, or tsa.urls empty: no timestamps */
	const struct protect_enc *enc;       /* NULL: do not encrypt */
	bool no_sign;                        /* do not sign, only encrypt (enc) */
	bool as_is;                          /* no_sign: envelope the entity unchanged */
	const struct protect_stream *stream; /* NULL, or what the body's arrival gathered */
};

struct protect_res {
	enum protect_status status;
	struct mime_output out;
	char signed_classes[64];     /* "vp,v4": encoding order; nested: outer first */
	char sign_missing[64];       /* classes the rule named that the sender lacks */
	unsigned ts_wanted, ts_done; /* timestamps asked for / added */
	char ts_error[256];          /* why a timestamp is missing */
	size_t enc_to;               /* certificates encrypted to; 0 = not encrypted */
	enum cm_action fail_action;
	char reason[512];
	char note[256]; /* PROTECT_CHANGED: how the content was taken, e.g. malformed
	                   MIME signed as it is (mime_entity); empty: converted */
};

void protect_message(const struct protect_req *req, struct protect_res *res);
void protect_res_free(struct protect_res *res);

#endif
