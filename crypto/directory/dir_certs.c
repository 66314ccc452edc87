/*
 * dir_certs.c - the certificates of a directory answer: parsing (PEM, DER,
 * PKCS#7, LDAP attribute values), the checks a candidate must pass and the
 * choice among the usable ones (rules in directory.h). Each candidate
 * dropped is logged at debug level with the reason.
 */
#include <string.h>
#include <strings.h>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs7.h>
#include <openssl/x509v3.h>

#include "addr.h"
#include "cms.h"
#include "dir_int.h"
#include "log.h"
#include "xalloc.h"

/* ---- parsing --------------------------------------------------------- */

static void push_pkcs7_certs(STACK_OF(X509) *out, PKCS7 *p7)
{
	STACK_OF(X509) *certs = NULL;

	if (p7 != NULL && PKCS7_type_is_signed(p7) && p7->d.sign != NULL)
		certs = p7->d.sign->cert;
	for (int i = 0; i < sk_X509_num(certs); i++) {
		X509 *c = sk_X509_value(certs, i);

		X509_up_ref(c);
		sk_X509_push(out, c);
	}
}

/* One DER object: a certificate or a PKCS#7; false if it is neither (or
 * has trailing bytes). */
static bool push_der(STACK_OF(X509) *out, const unsigned char *der, long len)
{
	const unsigned char *p = der;
	X509 *c = d2i_X509(NULL, &p, len);
	PKCS7 *p7;

	if (c != NULL && p == der + len) {
		sk_X509_push(out, c);
		return true;
	}
	X509_free(c);
	p = der;
	p7 = d2i_PKCS7(NULL, &p, len);
	if (p7 == NULL || p != der + len) {
		PKCS7_free(p7);
		return false;
	}
	push_pkcs7_certs(out, p7);
	PKCS7_free(p7);
	return true;
}

static void push_pem(STACK_OF(X509) *out, const unsigned char *buf, size_t len)
{
	BIO *bio = BIO_new_mem_buf(buf, (int)len);
	char *name = NULL, *header = NULL;
	unsigned char *data = NULL;
	long dlen = 0;

	while (bio != NULL && PEM_read_bio(bio, &name, &header, &data, &dlen) == 1) {
		if (strcmp(name, "CERTIFICATE") == 0 || strcmp(name, "X509 CERTIFICATE") == 0 ||
		    strcmp(name, "PKCS7") == 0 || strcmp(name, "PKCS #7 SIGNED DATA") == 0)
			push_der(out, data, dlen);
		OPENSSL_free(name);
		OPENSSL_free(header);
		OPENSSL_free(data);
	}
	BIO_free(bio);
	ERR_clear_error();
}

static bool has_pem(const unsigned char *buf, size_t len)
{
	static const char begin[] = "-----BEGIN ";

	for (size_t i = 0; i + sizeof(begin) - 1 <= len; i++)
		if (buf[i] == '-' && memcmp(buf + i, begin, sizeof(begin) - 1) == 0)
			return true;
	return false;
}

STACK_OF(X509) *dir_parse_certs(const unsigned char *buf, size_t len)
{
	STACK_OF(X509) *out = sk_X509_new_null();

	if (out == NULL)
		msg_panic("sk_X509_new_null failed");
	if (len > 0 && len < (size_t)1 << 30) {
		if (has_pem(buf, len))
			push_pem(out, buf, len);
		else
			push_der(out, buf, (long)len);
	}
	ERR_clear_error();
	if (sk_X509_num(out) == 0) {
		sk_X509_free(out);
		return NULL;
	}
	return out;
}

/* ---- LDAP attribute values ------------------------------------------- */

/* Is the value text, which libcurl's LDAP output gave as it is (printable
 * ASCII, no blank at either end) rather than in base64? */
static bool ldap_text(const unsigned char *val, size_t len)
{
	if (len == 0)
		return true;
	if (val[0] == ' ' || val[0] == '\t' || val[len - 1] == ' ' || val[len - 1] == '\t')
		return false;
	for (size_t i = 0; i < len; i++)
		if (val[i] < 0x20 || val[i] > 0x7e)
			return false;
	return true;
}

int dir_ldap_value(const char *attr, const unsigned char *val, size_t len, STACK_OF(X509) *out)
{
	size_t alen = strlen(attr);
	bool binary = alen > 7 && strcasecmp(attr + alen - 7, ";binary") == 0;
	STACK_OF(X509) *certs;
	int n = 0;

	if (!binary && ldap_text(val, len))
		return 0;
	certs = dir_parse_certs(val, len);
	if (certs == NULL)
		return -1;
	while (sk_X509_num(certs) > 0) {
		sk_X509_push(out, sk_X509_shift(certs));
		n++;
	}
	sk_X509_free(certs);
	return n;
}

/* ---- checks ---------------------------------------------------------- */

bool dir_cert_current(X509 *cert)
{
	return X509_cmp_current_time(X509_get0_notBefore(cert)) < 0 &&
	       X509_cmp_current_time(X509_get0_notAfter(cert)) > 0;
}

/* Can the certificate's key encrypt, as its usages say? NULL if yes, else
 * why not. */
static const char *usage_problem(X509 *cert)
{
	uint32_t flags = X509_get_extension_flags(cert);
	uint32_t ku = X509_get_key_usage(cert);
	EVP_PKEY *pkey = X509_get0_pubkey(cert); /* NULL: a key that does not decode */
	int type = pkey != NULL ? EVP_PKEY_get_base_id(pkey) : EVP_PKEY_NONE;

	if (pkey == NULL)
		return "public key cannot be decoded";
	if ((flags & EXFLAG_INVALID) != 0)
		return "invalid extensions";
	if ((flags & EXFLAG_CA) != 0)
		return "a CA certificate";
	if ((flags & EXFLAG_KUSAGE) == 0)
		return "no keyUsage extension";
	if ((flags & EXFLAG_XKUSAGE) != 0 &&
	    (X509_get_extended_key_usage(cert) & (XKU_SMIME | XKU_ANYEKU)) == 0)
		return "extendedKeyUsage without emailProtection";
	if (type == EVP_PKEY_RSA)
		return (ku & KU_KEY_ENCIPHERMENT) != 0 ? NULL : "RSA key without keyEncipherment";
	if (type == EVP_PKEY_EC)
		return (ku & KU_KEY_AGREEMENT) != 0 ? NULL : "EC key without keyAgreement";
	return "key type cannot encrypt (only RSA and EC)";
}

static bool names_address(X509 *cert, const struct dir_want *w)
{
	char **addrs = classify_addrs(cert);
	bool found = false;

	for (char **p = addrs; *p != NULL && !found; p++)
		found = cm_addr_equal(*p, w->key, w->local_ci);
	classify_addrs_free(addrs);
	return found;
}

static const char *not_checked = "not checked";

/* The chain check (and, after it, revocation) into v. */
static void check_chain(X509 *cert, STACK_OF(X509) *answer, const struct dir_want *w,
                        struct dir_verdict *v)
{
	const struct dir_paths *p = w->paths;
	int rc;

	if (w->trust == NULL) { /* the keystore source: no trust bundle */
		v->chain = v->revocation = NULL;
		snprintf(v->revbuf, sizeof(v->revbuf), "not checked");
		return;
	}
	rc = dir_path_verify(cert, answer, w, &v->path, &v->fetched);
	if (rc != X509_V_OK) {
		snprintf(v->chainbuf, sizeof(v->chainbuf),
		         "does not verify to the source's trust bundle: %s",
		         X509_verify_cert_error_string(rc));
		v->chain = v->chainbuf;
		return;
	}
	v->chain = NULL;
	if (p == NULL || p->revocation == NULL) {
		v->revocation = NULL;
		snprintf(v->revbuf, sizeof(v->revbuf), "not checked");
		return;
	}
	/* revocation hook: 1 revoked = not used; 2 unknown = not used and the
	 * answer unavailable; -1 unknown = used (why kept) */
	rc = p->revocation(cert, v->path, p->revocation_arg, v->revbuf, sizeof(v->revbuf));
	v->revocation = rc == 1 || rc == 2 ? v->revbuf : NULL;
	v->rev_unavailable = rc == 2;
	v->rev_revoked = rc == 1;
	v->rev_unknown = rc == -1;
}

void dir_check(X509 *cert, STACK_OF(X509) *answer, const struct dir_want *w, bool all,
               struct dir_verdict *v)
{
	EVP_PKEY *pkey = X509_get0_pubkey(cert);

	memset(v, 0, sizeof(*v));
	v->key = v->address = v->chain = v->revocation = not_checked;
	if (X509_cmp_current_time(X509_get0_notBefore(cert)) >= 0)
		v->validity = "not yet valid";
	else if (X509_cmp_current_time(X509_get0_notAfter(cert)) <= 0)
		v->validity = "expired";
	v->usage = usage_problem(cert);
	if (!all && (v->validity != NULL || v->usage != NULL))
		goto out;
	v->key = NULL;
	if (!classify_key_strong(cert, w->chain)) {
		snprintf(v->keybuf, sizeof(v->keybuf), "a %d-bit key, less than trust.min_%s_bits",
		         pkey != NULL ? EVP_PKEY_get_bits(pkey) : 0,
		         pkey != NULL && EVP_PKEY_get_base_id(pkey) == EVP_PKEY_EC ? "ec" : "rsa");
		v->key = v->keybuf;
		if (!all)
			goto out;
	}
	v->address = names_address(cert, w) ? NULL : "does not name the address";
	if (!all && v->address != NULL)
		goto out;
	check_chain(cert, answer, w, v);
out:
	v->usable = dir_verdict_why(v) == NULL;
	ERR_clear_error();
}

const char *dir_verdict_why(const struct dir_verdict *v)
{
	const char *steps[] = {v->validity, v->usage, v->key, v->address, v->chain, v->revocation};

	for (size_t i = 0; i < sizeof(steps) / sizeof(steps[0]); i++)
		if (steps[i] != NULL)
			return steps[i];
	return NULL;
}

void dir_verdict_clear(struct dir_verdict *v)
{
	sk_X509_pop_free(v->path, X509_free);
	v->path = NULL;
	dir_fetched_clear(&v->fetched);
}

static void log_dropped(X509 *cert, const struct dir_want *w, const char *why)
{
	char subj[256] = "?";

	if (log_verbose() == 0)
		return;
	X509_NAME_oneline(X509_get_subject_name(cert), subj, sizeof(subj));
	msg_debug("directory: %s: certificate %s not used: %s", w->where, subj, why);
}

/* Is a better than b (both usable)? */
static bool better(X509 *a, X509 *b)
{
	bool a_only = (X509_get_key_usage(a) & KU_DIGITAL_SIGNATURE) == 0;
	bool b_only = (X509_get_key_usage(b) & KU_DIGITAL_SIGNATURE) == 0;

	if (a_only != b_only)
		return a_only;
	return ASN1_TIME_compare(X509_get0_notBefore(a), X509_get0_notBefore(b)) > 0;
}

X509 *dir_choose(STACK_OF(X509) *certs, const struct dir_want *w, struct dir_choice *ch)
{
	struct dir_choice none;
	X509 *best = NULL;
	bool best_unknown = false;
	struct dir_verdict v;

	if (ch == NULL)
		ch = &none;
	memset(ch, 0, sizeof(*ch));
	for (int i = 0; i < sk_X509_num(certs); i++) {
		X509 *c = sk_X509_value(certs, i);

		dir_check(c, certs, w, false, &v);
		if (!v.usable && v.rev_unavailable)
			snprintf(ch->unavail, sizeof(ch->unavail), "%s", v.revbuf);
		if (!v.usable && v.rev_revoked)
			ch->notes |= DIR_NOTE_REVOKED;
		if (!v.usable) {
			log_dropped(c, w, dir_verdict_why(&v));
		} else if (best == NULL || better(c, best)) {
			best = c;
			best_unknown = v.rev_unknown;
		}
		dir_verdict_clear(&v);
	}
	ERR_clear_error();
	if (best != NULL) {
		X509_up_ref(best);
		ch->unavail[0] = '\0';
		ch->notes = best_unknown ? DIR_NOTE_REV_UNKNOWN : 0;
	}
	return best;
}
