/*
 * cms.h - the CMS and certificate module: the public interface.
 *
 * Sections: OpenSSL helpers (ossl.c: error text, PEM bundles, ASN.1
 * times), SignedData (cms.c), EnvelopedData (cms_env.c), certificate
 * classes and chains (classify.c), the keystore of the organization's own
 * keys (keystore.c), and the DER helpers (der.c) the TSA module also uses.
 * Internals shared by this module's files are in cms_int.h.
 */
#ifndef CMS_H
#define CMS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include "buf.h"
#include "cm.h"
#include "sbuf.h"

/*
 * OpenSSL helpers (ossl.c), for this module and the modules above it.
 */
/* err = what + ": " + the first queued OpenSSL error (just what if none is
 * queued); clears the queue. */
void cm_err_openssl(cm_err *err, const char *what);

/* Every certificate of the PEM file path, in file order: a new stack (free
 * with sk_X509_pop_free) holding at least one. NULL + err ("cannot read
 * WHAT PATH", "WHAT PATH holds no PEM certificate") when the file cannot be
 * read or holds none; what names the file's use, e.g. "trust bundle". */
STACK_OF(X509) *cm_pem_certs(const char *path, const char *what, cm_err *err);

/* The certificates of the PEM bundle path as a new store of trust anchors;
 * NULL + err as cm_pem_certs ("trust bundle"). NULL path: NULL, no error. */
X509_STORE *cm_store_load(const char *path, cm_err *err);

/* A file (a directory if dir) whose content decides what certmilter
 * trusts or does: it must belong to root, to the user certmilter runs as
 * or to user (NULL: none), and not be writable by group or others. 0, or
 * -1 with err, e.g. "trust.public /etc/r.pem (owner bob, mode 0664):
 * writable by group or others; refused, chmod go-w it". */
int cm_file_check(const char *what, const char *path, bool dir, const char *user, cm_err *err);

/* t as seconds since the epoch; fallback if t is NULL or cannot be read. */
time_t cm_asn1_time(const ASN1_TIME *t, time_t fallback);

/*
 * SignedData (cms.c): CMS SignedData over bytes the caller canonicalized (RFC 8551).
 *
 * SHA-256 by default; signed attributes contentType, signingTime,
 * messageDigest, SMIMECapabilities (AES only, no DES/3DES/RC2),
 * ESS signingCertificateV2, and SMIMEEncryptionKeyPreference naming
 * enc_pref when given (that certificate is then included). Each signer's
 * chain is included. The SignerInfos appear in the encoding in the order
 * given (DER's SET sorting is undone on purpose).
 *
 * Signing in steps, for timestamps: cms_sign_start() signs; cms_signature()
 * gives each signature value (what a timestamp is requested for);
 * cms_add_timestamp() adds a token as the unsigned attribute
 * id-aa-timeStampToken; cms_encode() gives the DER, SignerInfos in order,
 * and cms_write() writes it in pieces.
 *
 * The content is read from a spooled buffer, never copied into memory
 * whole. Opaque signed-data holds the content: cms_write() streams it into
 * the encoding (cms_encode() holds it all in memory, for small content).
 */

/* Takes len bytes of an encoding being written; 0, or -1 to stop. */
typedef int (*cms_write_fn)(void *ctx, const unsigned char *p, size_t len);

/* A BIO reading sb from its start (a FILE of sbuf_stream: valid until sb
 * is written to again). NULL + err. */
BIO *cms_source_bio(struct sbuf *sb, cm_err *err);
struct cm_signer {
	X509 *cert;
	EVP_PKEY *key;
	STACK_OF(X509) *chain; /* may be NULL */
};

struct cms_signed;

/* A digest computed as the content streams past (the content is known
 * only piece by piece): cms_hash_new (digest NULL: sha256; NULL + err for a
 * name other than sha256, sha384, sha512), cms_hash_update with each piece in order,
 * then handed to cms_sign_start, which reads its value without ending it. */
struct cms_hash;
struct cms_hash *cms_hash_new(const char *digest, cm_err *err);
void cms_hash_update(struct cms_hash *h, const void *p, size_t n);
/* Bytes hashed so far. */
uint64_t cms_hash_bytes(const struct cms_hash *h);
struct cms_hash *cms_hash_free(struct cms_hash *h); /* returns NULL */

/* Sign content; the result is not yet encoded. The content is hashed once
 * for every signer; pre (may be NULL), when it is a hash of the same
 * algorithm over exactly the bytes of content, is taken instead of reading
 * content for the digest. opaque: content goes into the encoding, and must
 * stay unchanged until the last cms_encode or cms_write. NULL + err on
 * failure. */
struct cms_signed *cms_sign_start(struct sbuf *content, const struct cm_signer *signers,
                                  size_t nsigners, X509 *enc_pref, const char *digest, bool opaque,
                                  const struct cms_hash *pre, cm_err *err);
/* The signature value of signer i (the caller's order); owned by s. */
const unsigned char *cms_signature(const struct cms_signed *s, size_t i, size_t *len);
/* Add an RFC 3161 token (DER ContentInfo) to signer i. 0 or -1 + err. */
int cms_add_timestamp(struct cms_signed *s, size_t i, const unsigned char *token, size_t len,
                      cm_err *err);
/* DER in *der (OPENSSL_malloc'd). 0 or -1 + err. */
int cms_encode(const struct cms_signed *s, unsigned char **der, size_t *derlen, cm_err *err);
/* The DER to w, in pieces. 0, or -1 (w stopped, or err). */
int cms_write(const struct cms_signed *s, cms_write_fn w, void *ctx, cm_err *err);
struct cms_signed *cms_signed_free(struct cms_signed *s); /* returns NULL */

/*
 * EnvelopedData (cms_env.c, cms_dec.c): CMS EnvelopedData and AuthEnvelopedData over bytes the
 * caller prepared (the signed MIME entity; RFC 8551 section 3.3, RFC 5652, RFC 5083).
 *
 * Content cipher AES-256-CBC by default, AES-128-CBC, or AES-GCM in
 * AuthEnvelopedData (RFC 5083). Key transport for RSA recipients with
 * PKCS#1 v1.5 by default or RSAES-OAEP (SHA-256, MGF1 SHA-256); key
 * agreement (ECDH, OpenSSL's default KDF and key wrap) for EC recipients.
 * Inbound, cms_decrypt (cms_dec.c) opens either with the organization's
 * own keys.
 */
const char *cm_cipher_name(enum cm_cipher c); /* "aes-256-cbc", ... */
bool cm_cipher_is_aead(enum cm_cipher c);     /* AuthEnvelopedData */

struct cms_enc_opts {
	enum cm_cipher cipher;
	bool rsa_oaep;
};

/* Encrypt content to every certificate in rcpts (n >= 1, duplicates are
 * encrypted to once); the DER ContentInfo is written to w in pieces. The
 * ciphertext is spooled like content (sbuf_options) on the way, so memory
 * use does not grow with the content. Returns 0, or -1 with err naming the
 * certificate or step that failed (or w stopped). */
int cms_encrypt(struct sbuf *content, X509 *const *rcpts, size_t n, const struct cms_enc_opts *opts,
                cms_write_fn w, void *ctx, cm_err *err);

/* Decrypt the EnvelopedData or AuthEnvelopedData (RFC 5083) ContentInfo in
 * der with whichever of the n key pairs (cert + key) a RecipientInfo names
 * (issuerAndSerialNumber or subjectKeyIdentifier; RSA key transport, PKCS#1
 * v1.5 or OAEP, and EC key agreement): the content is appended to out
 * (empty; spooled, sbuf.h). *used (if not NULL) is the index of the key that
 * opened it. Returns 0; 1 when no RecipientInfo names any of the keys
 * (out empty, err says so); -1 with err (not an enveloped ContentInfo, bad
 * DER, the named key does not open it, an authentication tag that does not
 * match, spool failure). (cms_dec.c) */
int cms_decrypt(struct sbuf *der, const struct cm_signer *keys, size_t n, struct sbuf *out,
                size_t *used, cm_err *err);
/* One recipient's keys. */
struct cm_keyset {
	const struct cm_signer *keys;
	size_t n;
};
/* cms_decrypt for a message to nsets recipients, the DER parsed once: the
 * content is opened with the keys of sets[0] as cms_decrypt does, and every
 * other set must hold a key that a RecipientInfo names (the sender
 * encrypted to that recipient too; its key is not used), else 1 with
 * *unnamed the index of the first set that holds none (also 0). Returns 0,
 * 1, or -1 with err as cms_decrypt. */
int cms_decrypt_for(struct sbuf *der, const struct cm_keyset *sets, size_t nsets, struct sbuf *out,
                    size_t *unnamed, cm_err *err);

/* Every certificate of the n PEM files (encryption.escrow), for encrypting
 * to. NULL + err naming the file when one cannot be read or holds no
 * certificate. No files: an empty stack. files is only read during the
 * call. */
STACK_OF(X509) *cms_certs_load(const char *const *files, size_t n, cm_err *err);

/*
 * Classes (classify.c): the class of a certificate, from its own contents
 * (certmilter.conf(5) CERTIFICATE CLASSES), and the e-mail addresses it names.
 *
 * Decision ladder, first match wins (documented in certmilter.conf(5)):
 *  1. extendedKeyUsage timeStamping                          -> TSA
 *  2. dual use: digitalSignature and, for an RSA key,
 *     keyEncipherment, for an EC key, keyAgreement; and the
 *     chain verifies to the public trust store (if one is
 *     given) as the caller's cm_chain_req says               -> VP
 *  3. keyEncipherment or keyAgreement, no digitalSignature   -> ENCRYPT
 *  4. digitalSignature (signing usage):
 *     a. a CA/Browser Forum S/MIME Baseline Requirements policy OID
 *        2.23.140.1.5.G.N (G 1-4, N 1-3; the first such OID counts):
 *        G = 1 mailbox -> V1, 4 individual -> V2, 2 organization -> V3,
 *        3 sponsor -> V4;
 *     b. else by subject: O + person's name + title -> V4;  O -> V3;
 *        person's name -> V2;  otherwise -> V1
 *     person's name = givenName or surname, or a CN that is neither an
 *     e-mail address nor equal to O.
 *  5. anything else                                          -> NONE
 */
/* What a chain must be verified for besides reaching the trust store
 * (certmilter.conf(5) CERTIFICATE CLASSES; certmilter.conf(5) DIRECTORY SOURCES): always
 * X509_V_FLAG_X509_STRICT; the purpose (X509_PURPOSE_SMIME_SIGN for signers,
 * X509_PURPOSE_SMIME_ENCRYPT for encrypting certificates, where an EC leaf with keyAgreement
 * passes; 0: none); the smallest RSA modulus and EC group order, in bits, of every key in the chain
 * (trust.min_rsa_bits, trust.min_ec_bits). NULL: no purpose, no minimum. */
struct cm_chain_req {
	int purpose;
	int min_rsa_bits, min_ec_bits;
};

/* public_store may be NULL (then rule 2 never holds); untrusted holds
 * intermediates for building chains (may be NULL); req (for rule 2) should
 * name X509_PURPOSE_SMIME_SIGN. */
enum cm_class classify_cert(X509 *cert, X509_STORE *public_store, STACK_OF(X509) *untrusted,
                            const struct cm_chain_req *req);
/* The same; *rule (if rule is not NULL) names the step of the ladder that
 * decided, e.g. "subject: O" (a static string, for certmilter -n). */
enum cm_class classify_cert_rule(X509 *cert, X509_STORE *public_store, STACK_OF(X509) *untrusted,
                                 const struct cm_chain_req *req, const char **rule);
/* G of the first S/MIME Baseline Requirements policy OID 2.23.140.1.5.G.N
 * (1 mailbox, 2 organization, 3 sponsor, 4 individual) the certificate
 * has; 0 if none. */
int classify_br_level(X509 *cert);

/* The certificate's addresses: SAN rfc822Names, else the subject's
 * emailAddress. Returned as a NULL-terminated xmalloc'd array of
 * xmalloc'd strings (domain lowercased); free with classify_addrs_free. */
char **classify_addrs(X509 *cert);
void classify_addrs_free(char **addrs);
/* The first attribute nid (NID_commonName, NID_title, ...) of name (a
 * subject or issuer) as UTF-8, xmalloc'd; NULL if there is none, it does
 * not convert, or it holds a NUL. */
char *classify_name_text(const X509_NAME *name, int nid);

/* Does the certificate verify (chain, validity now, req) to store? */
bool classify_chains_to(X509 *cert, X509_STORE *store, STACK_OF(X509) *untrusted,
                        const struct cm_chain_req *req);

/* X509_V_OK, or the X509_V_ERR_* code of why cert does not verify to store
 * (X509_V_ERR_UNSPECIFIED when store is NULL; X509_V_ERR_EE_KEY_TOO_SMALL
 * or X509_V_ERR_CA_KEY_TOO_SMALL for a key under req's minimum). */
int classify_verify_error(X509 *cert, X509_STORE *store, STACK_OF(X509) *untrusted,
                          const struct cm_chain_req *req);
/* The same; on X509_V_OK *chain (if not NULL) is the verified path, leaf
 * first, root last (free with sk_X509_pop_free); when an issuer could not
 * be found (X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT[_LOCALLY]) *stuck (if not
 * NULL) is the certificate whose issuer is missing, up-ref'd, so that the
 * caller may look for it (Authority Information Access) and try again. */
int classify_verify_path(X509 *cert, X509_STORE *store, STACK_OF(X509) *untrusted,
                         const struct cm_chain_req *req, STACK_OF(X509) **chain, X509 **stuck);
/* Is cert's key at least req's minimum for its type (RSA, EC; other types
 * pass)? false for a key that does not decode; NULL req: any size. */
bool classify_key_strong(X509 *cert, const struct cm_chain_req *req);
/* digitalSignature and keyEncipherment (RSA) or keyAgreement (EC): a Vp
 * candidate. */
bool classify_dual_use(X509 *cert);

/*
 * Keystore (keystore.c): the organization's own certificates and keys, indexed by
 * address and class (certmilter.conf(5) keystore).
 *
 * Loaded from directories of PEM (cert+key, or cert with key in a sibling
 * file NAME.key) and PKCS#12 files. A key file (NAME.key, or the key part
 * of a PEM file) may name a key in a PKCS#11 token instead, by an RFC 7512
 * pkcs11: URI on a line of its own (keystore_p11.c, opts->pkcs11_module,
 * PIN from opts->pkcs11_pin_file): the key never leaves the token. Per address and class the
 * certificate with the latest notBefore wins. Not-yet-valid certificates are skipped with a
 * warning; expired ones too, except that one with a key is kept for decrypting only
 * (keystore_decrypt_keys), like those a newer certificate superseded. Files and directories must
 * belong to root or to the user certmilter runs as (cfg->user) and must not be writable by group or
 * others; private key files and the PKCS#12 password file must not be readable by them: such files
 * are refused (cms_int.h). Immutable once loaded.
 */
struct ks_entry {
	X509 *cert;
	EVP_PKEY *key;         /* NULL for certificates without a key */
	STACK_OF(X509) *chain; /* intermediates, not the root; never NULL */
	enum cm_class cls;
	const char *rule; /* which step of the class ladder decided (static) */
	char *path;       /* file it came from */
	char *key_at; /* where the key lives: its file, or a pkcs11: URI (no PIN); NULL if no key */
	time_t not_before, not_after;
	_Atomic(char *) revoked; /* NULL, or why it is out of use (keystore_revoke) */
};

struct keystore;

/* What keystore_load reads. Borrowed for the call only: the keystore keeps
 * no pointer into it (nor into its strings). NULL paths are not set. */
struct ks_opts {
	const char *const *directories; /* ndirectories directories, in order */
	size_t ndirectories;
	const char *pkcs12_password_file; /* first line: the PKCS#12 password */
	const char *chain_bundle;         /* PEM intermediates for the chains */
	const char *org_roots;            /* PEM roots of the identity certificates */
	const char *public_roots;         /* PEM public roots: dual-use + these = Vp */
	bool local_part_ci;               /* compare local parts ignoring case */
	const char *user; /* the service user: may own keystore files; NULL: root only */
	int min_rsa_bits, min_ec_bits; /* smallest keys a Vp chain may hold */
	const char *pkcs11_module;     /* PKCS#11 module for keys named by pkcs11: URIs */
	const char *pkcs11_pin_file;   /* first line: the token's user PIN */
	const char *pkcs11_token;      /* label: index its certificate + key pairs */
};

/* Load per opts. Problems with single files are logged (msg_warn/msg_error)
 * and the file skipped, refused ones (errors) also kept for
 * keystore_refusal; err and NULL only for failures that make the whole
 * keystore unusable (unreadable or unsafe directory, password file or chain
 * bundle, unreadable trust bundle). */
struct keystore *keystore_load(const struct ks_opts *opts, cm_err *err);
struct keystore *keystore_free(struct keystore *ks); /* returns NULL */

/* The entry for addr and cls; CM_CLASS_IDENTITY = best of V4..V1 that is
 * valid now. Address comparison per certmilter.conf(5) CERTIFICATE CLASSES. NULL if none, or if
 * the winning certificate is not valid now (it expired after the load). */
const struct ks_entry *keystore_find(const struct keystore *ks, const char *addr,
                                     enum cm_class cls);

/* Every (address, entry) pair, ordered by address then class. */
void keystore_foreach(const struct keystore *ks,
                      void (*fn)(const char *addr, const struct ks_entry *e, void *arg), void *arg);
size_t keystore_count(const struct keystore *ks); /* addresses */
/* Is the PKCS#11 module marked for re-opening: a private operation with a
 * token key failed because the token or its session is gone (unplugged,
 * session or object handles invalid), and no re-opening has worked
 * since? The next operation re-opens it in this process
 * (keystore_p11.c). */
bool cm_pkcs11_failed(void);

/* Why the i-th refused file of the load was refused (as logged), NULL
 * past the last. */
const char *keystore_refusal(const struct keystore *ks, size_t i);

/* Take e, an entry of ks, out of use: keystore_find and
 * keystore_has_class no longer see it (for IDENTITY a lower class may
 * answer instead); why (copied) stays in e->revoked for -n. Safe while ks
 * is in use: e->revoked is set once (atomically) and then never changes;
 * an entry already out of use keeps its first reason. True if e was in
 * use until now. */
bool keystore_revoke(struct keystore *ks, const struct ks_entry *e, const char *why);

/* Does any address hold a certificate of cls (IDENTITY: any of V1..V4)? */
bool keystore_has_class(const struct keystore *ks, enum cm_class cls);

/* Every key pair of addr that can open mail encrypted to it: each
 * certificate with a private key whose address is addr (any class: the
 * encryption certificate, Vp, identity ones), including those superseded by
 * a newer certificate of the same class and expired ones (mail encrypted
 * before a rollover or expiry must still open); revoked ones too. Newest
 * notBefore first. Up to max into out (cert and key references owned by
 * the keystore; chain NULL); returns how many there are in all. Address
 * comparison as keystore_find's. */
size_t keystore_decrypt_keys(const struct keystore *ks, const char *addr, struct cm_signer *out,
                             size_t max);

/*
 * DER (der.c): a minimal DER reader and writer, enough to put the SignerInfos of
 * a CMS SignedData in a chosen order and to build small attribute values.
 *
 * DER encodes a SET OF sorted, so the order in which signers were added is
 * lost; the signatures do not cover that SET, so its members may be put
 * back in any order afterwards (RFC 8551, certmilter.conf(5) DUAL SIGNATURES AND TIMESTAMPS).
 */
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

/* A DER encoding that holds, as the contents of one primitive TLV, the
 * mlen bytes of marker (unique in it), with that leaf given newlen bytes
 * instead: prefix gets every byte before the new contents (the lengths of
 * the leaf and of each TLV around it adjusted), and the bytes after them
 * are der[*suffix_off..len). Streams a large content into a small
 * encoding. Returns 0, or -1 if marker is not such a leaf. */
int der_splice(const unsigned char *der, size_t len, const unsigned char *marker, size_t mlen,
               size_t newlen, struct buf *prefix, size_t *suffix_off);

#endif
