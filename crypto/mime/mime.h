/*
 * mime.h - the MIME side of S/MIME, on GMime 3.
 *
 * Parses a message (headers as the MTA gave them + CRLF body), tells whether
 * it is already protected, produces the content entity to sign (Content-*
 * headers and body, converted to 7bit, canonical CRLF), and assembles the
 * multipart/signed or application/pkcs7-mime body around it.
 */
#ifndef MIME_H
#define MIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "buf.h"
#include "cm.h"
#include "sbuf.h"

/* mime_init once per process before threads; mime_shutdown at exit. */
void mime_init(void);
void mime_shutdown(void);

enum mime_protection {
	MIME_PLAIN = 0,
	MIME_SMIME_SIGNED,    /* multipart/signed, pkcs7 */
	MIME_SMIME_OPAQUE,    /* application/(x-)pkcs7-mime signed-data */
	MIME_SMIME_ENCRYPTED, /* application/(x-)pkcs7-mime enveloped/other */
	MIME_PGP_SIGNED,      /* multipart/signed, pgp (or other protocol) */
	MIME_PGP_ENCRYPTED    /* multipart/encrypted */
};
const char *mime_protection_name(enum mime_protection p); /* "smime-signed", ... */
/* MIME_SMIME_SIGNED, MIME_SMIME_OPAQUE or MIME_SMIME_ENCRYPTED? */
bool mime_protection_is_smime(enum mime_protection p);

struct mime_header {
	char *name;
	char *value; /* as received: folded with "\n" + WSP, no leading space */
};

/* Top-level protection from the headers alone (parameters may be quoted
 * or RFC 2231 encoded). A message is taken as already protected only when
 * every Content-Type field says the same protection: readers disagree on
 * which of several fields counts (GMime takes the last, others the first),
 * and passing an ambiguous message through unsigned could send it less
 * protected than its rule says; MIME_PLAIN otherwise, and it is signed. */
enum mime_protection mime_protection_of(const struct mime_header *hdrs, size_t nhdrs);

/* What a message that claims S/MIME enveloped-data, opaque signed-data or
 * PGP/MIME encryption (claimed, from mime_protection_of) really holds,
 * judged from its body (CRLF, rewound before returning): a CMS ContentInfo
 * of envelopedData or authEnvelopedData (MIME_SMIME_ENCRYPTED), of
 * signedData (MIME_SMIME_OPAQUE), an armored PGP MESSAGE
 * (MIME_PGP_ENCRYPTED), else MIME_PLAIN: a forged label. Other claims are
 * returned as they are. No decryption, no signature check. */
enum mime_protection mime_protection_confirm(enum mime_protection claimed,
                                             const struct mime_header *hdrs, size_t nhdrs,
                                             FILE *body);

/*
 * The content entity to sign: the top-level Content-* headers (an explicit
 * "Content-Type: text/plain; charset=us-ascii" when there is none, the
 * RFC 2045 default the message had implicitly) and the body, every leaf that
 * is not base64/QP and holds 8-bit bytes, NULs, bare CR, lines over 998
 * octets or "From " at a line start, or is labelled 8bit/binary, re-encoded
 * (text -> quoted-printable, other -> base64), not descending into
 * multipart/signed or multipart/encrypted (left byte-identical), descending
 * into message/rfc822; CRLF line ends; "From " armored in QP as "=46rom ".
 * Raw 8-bit bytes in MIME part headers that are valid UTF-8 are encoded:
 * RFC 2231 in Content-Type and Content-Disposition parameters, RFC 2047 in
 * unstructured fields. Truncated multiparts (no close delimiter) that need
 * conversion get one.
 * Malformed MIME (a parser warning, a multipart without close delimiter, a
 * tree GMime does not write back unchanged) whose entity is 7bit as it is
 * (no 8-bit byte, NUL, bare CR or LF, no line over 998 octets) is taken
 * exactly as it is, not re-encoded: receivers see what they would have
 * seen unsigned; note (may be NULL) then says so, else it is empty.
 * body is the message body with CRLF line ends (a file, rewound by the
 * callee); the entity is written to entity, which must be empty. Returns 0,
 * or -1 with err when the content cannot be preserved (entity emptied).
 */
int mime_entity(const struct mime_header *hdrs, size_t nhdrs, FILE *body, struct sbuf *entity,
                char *note, size_t notelen, cm_err *err);

/*
 * What mime_entity would otherwise read the body for, gathered while the
 * body streams in: mime_prep_create at the end of the header fields,
 * mime_prep_feed with every canonical (CRLF) body byte in order, in slices
 * of any size. mime_prep_header gives the entity's header block (the
 * Content-* fields as mime_entity writes them and the blank line), what an
 * entity taken as it is starts with; NULL when the fields cannot be written
 * (mime_entity then fails anyway).
 */
struct mime_prep;
struct mime_prep *mime_prep_create(const struct mime_header *hdrs, size_t nhdrs);
void mime_prep_feed(struct mime_prep *mp, const unsigned char *p, size_t n);
const char *mime_prep_header(const struct mime_prep *mp, size_t *len);
struct mime_prep *mime_prep_destroy(struct mime_prep *mp); /* returns NULL */

/* mime_entity with prep (may be NULL): when prep saw this header block and
 * exactly as many body bytes as body holds, the body is not read for what
 * prep knows. *as_is (may be NULL) is true when the entity is prep's header
 * block followed by the body unchanged (never when prep is NULL or was not
 * used), so that a digest of those bytes taken as they arrived is the
 * entity's. */
int mime_entity_with(const struct mime_header *hdrs, size_t nhdrs, FILE *body,
                     const struct mime_prep *prep, struct sbuf *entity, char *note, size_t notelen,
                     bool *as_is, cm_err *err);

/*
 * The content entity exactly as it is, for enveloping a message that is
 * already signed: the top-level Content-* fields (as mime_entity writes
 * them: CRLF folds, an explicit text/plain when there is none), a blank
 * line and the body bytes unchanged, written to the empty entity. Returns
 * 0, or -1 with err (a header that cannot be written, or the body cannot be
 * read or spooled).
 */
int mime_entity_as_is(const struct mime_header *hdrs, size_t nhdrs, FILE *body, struct sbuf *entity,
                      cm_err *err);

/* Does the name start with "Content-" or equal "MIME-Version"? (case-insens.) */
bool mime_is_content_header(const char *name);

/* A new top-level Content-Type (and C-T-E, C-D) and body. The body is
 * spooled (sbuf.h): a large message is built in a file, never whole in
 * memory. The builders return 0, or -1 with err (spooling failed; out is
 * then freed). */
struct mime_output {
	char *content_type;      /* value for the new top-level Content-Type */
	char *transfer_encoding; /* value for Content-Transfer-Encoding, NULL: none */
	char *disposition;       /* value for Content-Disposition, NULL: none */
	struct sbuf *body;       /* the new body, CRLF line ends */
};

/* multipart/signed around entity (byte-identical) and the DER signature;
 * micalg e.g. "sha-256". A fresh random boundary that does not occur in
 * entity. Base64 in 76-column lines. The body is spooled like entity. */
int mime_build_signed(struct sbuf *entity, const unsigned char *der, size_t derlen,
                      const char *micalg, struct mime_output *out, cm_err *err);
/* application/pkcs7-mime; smime-type=<smime_type>; name=smime.p7m (smime.p7c
 * for certs-only): the body is the base64 DER in 76-column lines, and
 * transfer_encoding ("base64") and disposition ("attachment;
 * filename=smime.p7m") are set for the caller to add as headers. */
int mime_build_pkcs7(const unsigned char *der, size_t derlen, const char *smime_type,
                     const struct sbuf_opts *so, struct mime_output *out, cm_err *err);

/* The same, with the DER written in pieces as it is made (cms_encrypt's
 * writer): mime_pkcs7_start sets out's fields and w; each piece goes to
 * mime_b64_write(w, ...); mime_b64_end(w) writes the last line. */
#define MIME_B64_PER_LINE 57 /* bytes per 76-column line */
struct mime_b64 {
	struct sbuf *to;
	cm_err *err;
	unsigned char carry[MIME_B64_PER_LINE];
	size_t ncarry;
	char out[78 * 64]; /* whole lines waiting to be written */
	size_t nout;
	size_t lines;
};
void mime_pkcs7_start(const char *smime_type, const struct sbuf_opts *so, struct mime_output *out,
                      struct mime_b64 *w, cm_err *err);
void mime_b64_init(struct mime_b64 *w, struct sbuf *to, cm_err *err);
int mime_b64_write(void *w, const unsigned char *p, size_t n); /* 0 or -1 (w->err) */
int mime_b64_end(struct mime_b64 *w);

void mime_output_free(struct mime_output *out);
/* out as a MIME entity (its Content-* headers with CRLF folds, a blank
 * line, the body) appended to entity: what a nested signature signs, or
 * what is encrypted. 0 or -1 + err. */
int mime_output_entity(const struct mime_output *out, struct sbuf *entity, cm_err *err);

/* First address of a header value like From: ("Name <a@b>", a@b, groups);
 * xmalloc'd, NULL if none. */
char *mime_first_address(const char *value);

/* The mailboxes of a From:-like header value (RFC 5322 parsed leniently). */
struct mime_from {
	size_t nmailboxes; /* every mailbox, members of groups counted */
	bool group;        /* a group appeared */
	char *addr;        /* the first mailbox with an address: the address */
	char *name;        /* its display name, RFC 2047 decoded, NULL if none */
};
void mime_from_parse(const char *value, struct mime_from *f);
void mime_from_clear(struct mime_from *f); /* frees addr and name */

/*
 * Inbound S/MIME structure (mime_smime.c)
 */

/* The two parts of a multipart/signed entity whose header fields are hdrs
 * (the boundary is taken from its Content-Type; quoted or RFC 2231 forms)
 * and whose body (CRLF line ends) is read from body (rewound by the callee).
 * content gets the exact bytes of the first body part - its header fields,
 * blank line and body - from after the CRLF that ends the first delimiter
 * line up to, not including, the CRLF that precedes the next delimiter line:
 * what the signature covers (RFC 1847 section 2.1, RFC 8551 section 3.5).
 * sig gets the second part's content decoded (base64, or as it is for
 * 7bit/8bit/binary/none): the DER of the signature. content must be empty.
 * A delimiter line is "--" boundary, or "--" boundary "--" for the close
 * delimiter, then only blanks (at most 4096) before its line end; the
 * preamble is skipped, parts after the second are not read, and a second
 * part without close delimiter runs to the end of the body.
 * Returns 0, or -1 with err (no boundary parameter, fewer than two parts,
 * a signature part that is not base64-decodable, more than max_sig bytes of
 * signature (0: 1 MiB), spool failure); content and sig are then emptied. */
int mime_signed_split(const struct mime_header *hdrs, size_t nhdrs, FILE *body,
                      struct sbuf *content, struct buf *sig, size_t max_sig, cm_err *err);

/* The DER an application/(x-)pkcs7-mime entity holds: its body decoded per its
 * Content-Transfer-Encoding (base64; binary/8bit/7bit/none taken as is)
 * appended to der (which must be empty). body is rewound first. Returns 0,
 * or -1 with err (der then emptied). */
int mime_pkcs7_decode(const struct mime_header *hdrs, size_t nhdrs, FILE *body, struct sbuf *der,
                      cm_err *err);

/* An entity held in entity (header fields with CRLF or LF line ends, folded
 * continuation lines joined as mime_header.value keeps them: "\n" + WSP, no
 * leading space; a blank line; the body): its fields into *hdrs and *nhdrs
 * (xmalloc'd, free with mime_headers_free) and the body bytes, unchanged,
 * appended to body (must be empty). An entity without a blank line is all
 * header fields and an empty body. Returns 0, or -1 with err (a line that is
 * neither a field nor a continuation, more than 1000 fields, a header
 * section over 1 MiB, spool failure). */
int mime_entity_split(struct sbuf *entity, struct mime_header **hdrs, size_t *nhdrs,
                      struct sbuf *body, cm_err *err);
void mime_headers_free(struct mime_header *hdrs, size_t n);

/* The smime-type parameter of the last Content-Type field ("signed-data",
 * "enveloped-data", "authEnveloped-data", ...) as received, xmalloc'd; NULL
 * if none. */
char *mime_smime_type(const struct mime_header *hdrs, size_t nhdrs);

/*
 * Limits (mime_limits.c): structural limits of a message body, checked as the body
 * streams in: MIME nesting depth, number of MIME parts, longest line.
 *
 * The counter reads each slice once, keeps only a bounded prefix of the
 * current line and the stack of open multipart boundaries (never deeper
 * than the depth limit), so a pathological body costs linear time and
 * bounded memory, and the verdict is the same however the body is sliced.
 */
struct mime_limits {
	long max_depth; /* nested multipart and message/rfc822 levels */
	long max_parts; /* MIME entities: the message, body parts, attached messages */
	long max_line;  /* bytes of one body line, without its CRLF (or LF) */
};

enum mime_limit_hit {
	MIME_LIMIT_NONE = 0,
	MIME_LIMIT_DEPTH,
	MIME_LIMIT_PARTS,
	MIME_LIMIT_LINE,
};

struct mime_counts {
	long depth;      /* deepest nesting seen (0: not MIME-structured) */
	long parts;      /* entities seen (1: a single-part message) */
	size_t max_line; /* longest body line seen */
};

struct mime_counter;

/* content_type: the value of the message's last Content-Type header (the
 * one GMime goes by), NULL if none (text/plain). */
struct mime_counter *mime_counter_create(const struct mime_limits *lim, const char *content_type);
struct mime_counter *mime_counter_destroy(struct mime_counter *mc); /* returns NULL */

/* Feed the next body bytes (any slicing). Returns the first limit passed so
 * far; once one is, later bytes are not looked at. */
enum mime_limit_hit mime_counter_feed(struct mime_counter *mc, const unsigned char *p, size_t n);
/* After the last byte (a last line without line end is counted). */
enum mime_limit_hit mime_counter_finish(struct mime_counter *mc);

/* What was seen so far (up to the point a limit was passed). */
void mime_counter_counts(const struct mime_counter *mc, struct mime_counts *out);

/* The configuration key of a limit, e.g. "limits.max_mime_depth". */
const char *mime_limit_key(enum mime_limit_hit hit);

#endif
