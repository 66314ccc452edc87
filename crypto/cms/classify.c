/*
 * classify.c - the class of a certificate from its own contents, and the
 * e-mail addresses it names (certmilter.conf(5) CERTIFICATE CLASSES).
 *
 * The decision ladder is documented in cms.h; this file implements it
 * step by step. Key usage bits are read from the keyUsage extension only:
 * a certificate without one states no usage and is classified NONE unless
 * it is a TSA certificate.
 *
 * Chains are verified strictly (X509_V_FLAG_X509_STRICT), for the S/MIME
 * purpose the caller names (an intermediate whose extendedKeyUsage leaves
 * out emailProtection certifies no S/MIME certificate), and every key of
 * the chain must reach the caller's minimum size. OpenSSL's
 * smimeencrypt purpose asks the leaf for keyEncipherment, which an EC key
 * never has (it agrees keys): for an EC leaf with keyAgreement that
 * failure alone is forgiven.
 */
#include <string.h>
#include <strings.h>

#include <openssl/err.h>
#include <openssl/x509v3.h>

#include "addr.h"
#include "cms.h"
#include "log.h"
#include "xalloc.h"

/* What the subject says about its holder. */
struct subject_facts {
	bool org;    /* O present */
	bool person; /* givenName, surname, or a CN that is a name */
	bool title;  /* title present */
};

/* The value of the idx-th entry of name as xmalloc'd UTF-8, NULL if it
 * cannot be converted or holds a NUL. */
static char *entry_utf8(const X509_NAME *name, int idx)
{
	const X509_NAME_ENTRY *ent = X509_NAME_get_entry(name, idx);
	unsigned char *utf8 = NULL;
	char *copy = NULL;
	int len;

	if (ent == NULL)
		return NULL;
	len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(ent));
	if (len < 0)
		return NULL;
	if (memchr(utf8, '\0', (size_t)len) == NULL)
		copy = xstrndup((const char *)utf8, (size_t)len);
	OPENSSL_free(utf8);
	return copy;
}

static bool name_has(const X509_NAME *name, int nid)
{
	return X509_NAME_get_index_by_NID(name, nid, -1) >= 0;
}

/* Is any CN a person's name: not an address, not equal to O? */
static bool cn_is_person(const X509_NAME *name)
{
	int o_idx = X509_NAME_get_index_by_NID(name, NID_organizationName, -1);
	char *org = o_idx >= 0 ? entry_utf8(name, o_idx) : NULL;
	bool person = false;
	int idx = -1;

	while (!person && (idx = X509_NAME_get_index_by_NID(name, NID_commonName, idx)) >= 0) {
		char *cn = entry_utf8(name, idx);

		if (cn != NULL && cn[0] != '\0' && strchr(cn, '@') == NULL &&
		    (org == NULL || strcasecmp(cn, org) != 0))
			person = true;
		x_free(cn);
	}
	x_free(org);
	return person;
}

static struct subject_facts subject_facts(X509 *cert)
{
	const X509_NAME *name = X509_get_subject_name(cert);
	struct subject_facts f;

	f.org = name_has(name, NID_organizationName);
	f.title = name_has(name, NID_title);
	f.person =
	    name_has(name, NID_givenName) || name_has(name, NID_surname) || cn_is_person(name);
	return f;
}

bool classify_key_strong(X509 *cert, const struct cm_chain_req *req)
{
	EVP_PKEY *pkey = X509_get0_pubkey(cert);
	int bits = pkey != NULL ? EVP_PKEY_get_bits(pkey) : 0;

	if (req == NULL || pkey == NULL)
		return pkey != NULL;
	switch (EVP_PKEY_get_base_id(pkey)) {
	case EVP_PKEY_RSA:
	case EVP_PKEY_RSA_PSS:
		return bits >= req->min_rsa_bits;
	case EVP_PKEY_EC:
		return bits >= req->min_ec_bits;
	default:
		return true;
	}
}

/* An EC leaf that agrees keys, for S/MIME (extendedKeyUsage, if any, with
 * emailProtection; no Netscape certificate type). */
static bool ec_agreement_leaf(X509 *x)
{
	EVP_PKEY *pkey = X509_get0_pubkey(x);
	uint32_t flags = X509_get_extension_flags(x);

	return pkey != NULL && EVP_PKEY_get_base_id(pkey) == EVP_PKEY_EC &&
	       (flags & EXFLAG_KUSAGE) != 0 && (X509_get_key_usage(x) & KU_KEY_AGREEMENT) != 0 &&
	       ((flags & EXFLAG_XKUSAGE) == 0 || (X509_get_extended_key_usage(x) & XKU_SMIME)) &&
	       (flags & EXFLAG_NSCERT) == 0;
}

/* smimeencrypt: forgive the missing keyEncipherment of an EC leaf. */
static int encrypt_cb(int ok, X509_STORE_CTX *ctx)
{
	if (!ok && X509_STORE_CTX_get_error(ctx) == X509_V_ERR_INVALID_PURPOSE &&
	    X509_STORE_CTX_get_error_depth(ctx) == 0 &&
	    ec_agreement_leaf(X509_STORE_CTX_get_current_cert(ctx))) {
		X509_STORE_CTX_set_error(ctx, X509_V_OK);
		return 1;
	}
	return ok;
}

/* Every key of the verified chain is strong enough: X509_V_OK, else
 * X509_V_ERR_EE_KEY_TOO_SMALL or X509_V_ERR_CA_KEY_TOO_SMALL. */
static int chain_keys(X509_STORE_CTX *ctx, const struct cm_chain_req *req)
{
	STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(ctx);

	for (int i = 0; i < sk_X509_num(chain); i++)
		if (!classify_key_strong(sk_X509_value(chain, i), req))
			return i == 0 ? X509_V_ERR_EE_KEY_TOO_SMALL : X509_V_ERR_CA_KEY_TOO_SMALL;
	return X509_V_OK;
}

/* The path just verified (leaf first), or, after an issuer could not be
 * found, the certificate whose issuer is missing. */
static void path_result(X509_STORE_CTX *ctx, int rc, STACK_OF(X509) **chain, X509 **stuck)
{
	X509 *cur;

	if (chain != NULL && rc == X509_V_OK)
		*chain = X509_STORE_CTX_get1_chain(ctx);
	if (stuck == NULL || (rc != X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY &&
	                      rc != X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT))
		return;
	cur = X509_STORE_CTX_get_current_cert(ctx);
	if (cur != NULL && X509_up_ref(cur) == 1)
		*stuck = cur;
}

int classify_verify_path(X509 *cert, X509_STORE *store, STACK_OF(X509) *untrusted,
                         const struct cm_chain_req *req, STACK_OF(X509) **chain, X509 **stuck)
{
	X509_STORE_CTX *ctx;
	int rc = X509_V_ERR_UNSPECIFIED;

	if (chain != NULL)
		*chain = NULL;
	if (stuck != NULL)
		*stuck = NULL;
	if (cert == NULL || store == NULL)
		return rc;
	ctx = X509_STORE_CTX_new();
	if (ctx == NULL)
		return rc;
	if (X509_STORE_CTX_init(ctx, store, cert, untrusted) != 1)
		goto out;
	X509_STORE_CTX_set_flags(ctx, X509_V_FLAG_X509_STRICT);
	if (req != NULL && req->purpose != 0 && X509_STORE_CTX_set_purpose(ctx, req->purpose) != 1)
		goto out;
	if (req != NULL && req->purpose == X509_PURPOSE_SMIME_ENCRYPT)
		X509_STORE_CTX_set_verify_cb(ctx, encrypt_cb);
	if (X509_verify_cert(ctx) == 1)
		rc = chain_keys(ctx, req);
	else
		rc = X509_STORE_CTX_get_error(ctx);
	path_result(ctx, rc, chain, stuck);
out:
	X509_STORE_CTX_free(ctx);
	ERR_clear_error();
	return rc;
}

int classify_verify_error(X509 *cert, X509_STORE *store, STACK_OF(X509) *untrusted,
                          const struct cm_chain_req *req)
{
	return classify_verify_path(cert, store, untrusted, req, NULL, NULL);
}

bool classify_chains_to(X509 *cert, X509_STORE *store, STACK_OF(X509) *untrusted,
                        const struct cm_chain_req *req)
{
	return classify_verify_error(cert, store, untrusted, req) == X509_V_OK;
}

/* The dual use of the key's type: 1 RSA (keyEncipherment), 2 EC
 * (keyAgreement), with digitalSignature; 0 if not dual use. */
static int dual_kind(X509 *cert)
{
	EVP_PKEY *pkey = X509_get0_pubkey(cert);
	int type = pkey != NULL ? EVP_PKEY_get_base_id(pkey) : EVP_PKEY_NONE;
	uint32_t ku;

	if ((X509_get_extension_flags(cert) & EXFLAG_KUSAGE) == 0)
		return 0;
	ku = X509_get_key_usage(cert);
	if ((ku & KU_DIGITAL_SIGNATURE) == 0)
		return 0;
	if (type == EVP_PKEY_RSA || type == EVP_PKEY_RSA_PSS)
		return (ku & KU_KEY_ENCIPHERMENT) != 0 ? 1 : 0;
	if (type == EVP_PKEY_EC)
		return (ku & KU_KEY_AGREEMENT) != 0 ? 2 : 0;
	return 0;
}

bool classify_dual_use(X509 *cert)
{
	return dual_kind(cert) != 0;
}

#define BR_ARC "2.23.140.1.5."

int classify_br_level(X509 *cert)
{
	CERTIFICATEPOLICIES *pols = X509_get_ext_d2i(cert, NID_certificate_policies, NULL, NULL);
	int level = 0;
	char oid[80];

	for (int i = 0; level == 0 && i < sk_POLICYINFO_num(pols); i++) {
		const POLICYINFO *pi = sk_POLICYINFO_value(pols, i);
		int n = OBJ_obj2txt(oid, sizeof(oid), pi->policyid, 1);
		const char *g = oid + sizeof(BR_ARC) - 1;

		if (n <= 0 || (size_t)n >= sizeof(oid) ||
		    strncmp(oid, BR_ARC, sizeof(BR_ARC) - 1) != 0)
			continue;
		/* G.N, G in 1..4, N in 1..3 */
		if (g[0] >= '1' && g[0] <= '4' && g[1] == '.' && g[2] >= '1' && g[2] <= '3' &&
		    g[3] == '\0')
			level = g[0] - '0';
	}
	CERTIFICATEPOLICIES_free(pols);
	ERR_clear_error();
	return level;
}

/* The identity class of a signing certificate: its Baseline Requirements
 * policy OID if it has one, else its subject. */
static enum cm_class identity_class(X509 *cert, const char **rule)
{
	static const enum cm_class by_br[] = {CM_CLASS_NONE, CM_CLASS_V1, CM_CLASS_V3, CM_CLASS_V4,
	                                      CM_CLASS_V2};
	static const char *const br_rule[] = {
	    NULL, "policy 2.23.140.1.5.1 (S/MIME BR mailbox-validated)",
	    "policy 2.23.140.1.5.2 (S/MIME BR organization-validated)",
	    "policy 2.23.140.1.5.3 (S/MIME BR sponsor-validated)",
	    "policy 2.23.140.1.5.4 (S/MIME BR individual-validated)"};
	int level = classify_br_level(cert);
	struct subject_facts f;

	if (level > 0) {
		*rule = br_rule[level];
		return by_br[level];
	}
	f = subject_facts(cert);
	if (f.org && f.person && f.title) {
		*rule = "subject: O, a person's name and a title";
		return CM_CLASS_V4;
	}
	if (f.org) {
		*rule = f.person ? "subject: O and a person's name, no title" : "subject: O";
		return CM_CLASS_V3;
	}
	*rule = f.person ? "subject: a person's name, no O" : "subject: no O, no person's name";
	return f.person ? CM_CLASS_V2 : CM_CLASS_V1;
}

enum cm_class classify_cert_rule(X509 *cert, X509_STORE *public_store, STACK_OF(X509) *untrusted,
                                 const struct cm_chain_req *req, const char **rule)
{
	uint32_t flags, ku;
	bool sign, encipher, agree;
	int dual;
	const char *dummy;

	if (rule == NULL)
		rule = &dummy;
	*rule = "no usable keyUsage";
	if (cert == NULL)
		return CM_CLASS_NONE;
	flags = X509_get_extension_flags(cert);
	if ((flags & EXFLAG_INVALID) != 0) {
		*rule = "invalid extensions";
		return CM_CLASS_NONE;
	}
	if ((flags & EXFLAG_XKUSAGE) != 0 && (X509_get_extended_key_usage(cert) & XKU_TIMESTAMP)) {
		*rule = "extendedKeyUsage timeStamping";
		return CM_CLASS_TSA;
	}
	if ((flags & EXFLAG_KUSAGE) == 0)
		return CM_CLASS_NONE;
	ku = X509_get_key_usage(cert);
	sign = (ku & KU_DIGITAL_SIGNATURE) != 0;
	encipher = (ku & KU_KEY_ENCIPHERMENT) != 0;
	agree = (ku & KU_KEY_AGREEMENT) != 0;
	dual = dual_kind(cert);

	if (dual != 0 && classify_chains_to(cert, public_store, untrusted, req)) {
		*rule = dual == 1 ? "dual use (digitalSignature + keyEncipherment, RSA) chaining "
		                    "to trust.public"
		                  : "dual use (digitalSignature + keyAgreement, EC) chaining to "
		                    "trust.public";
		return CM_CLASS_VP;
	}
	if ((encipher || agree) && !sign) {
		*rule = "keyEncipherment or keyAgreement without digitalSignature";
		return CM_CLASS_ENCRYPT;
	}
	if (sign)
		return identity_class(cert, rule);
	return CM_CLASS_NONE;
}

enum cm_class classify_cert(X509 *cert, X509_STORE *public_store, STACK_OF(X509) *untrusted,
                            const struct cm_chain_req *req)
{
	return classify_cert_rule(cert, public_store, untrusted, req, NULL);
}

/* Append addr to the NULL-terminated list unless already there; takes
 * ownership of addr. */
static void addrs_add(char ***list, size_t *n, char *addr)
{
	if (addr == NULL)
		return;
	for (size_t i = 0; i < *n; i++) {
		if (strcmp((*list)[i], addr) == 0) {
			x_free(addr);
			return;
		}
	}
	*list = xrealloc(*list, (*n + 2) * sizeof(**list));
	(*list)[(*n)++] = addr;
	(*list)[*n] = NULL;
}

static void addrs_from_san(X509 *cert, char ***list, size_t *n)
{
	GENERAL_NAMES *gens = X509_get_ext_d2i(cert, NID_subject_alt_name, NULL, NULL);

	for (int i = 0; i < sk_GENERAL_NAME_num(gens); i++) {
		const GENERAL_NAME *gen = sk_GENERAL_NAME_value(gens, i);
		const ASN1_IA5STRING *s = gen->type == GEN_EMAIL ? gen->d.rfc822Name : NULL;

		if (s != NULL && ASN1_STRING_length(s) > 0)
			addrs_add(list, n,
			          cm_addr_key((const char *)ASN1_STRING_get0_data(s),
			                      (size_t)ASN1_STRING_length(s), false));
	}
	GENERAL_NAMES_free(gens);
}

static void addrs_from_subject(X509 *cert, char ***list, size_t *n)
{
	const X509_NAME *name = X509_get_subject_name(cert);
	int idx = -1;

	while ((idx = X509_NAME_get_index_by_NID(name, NID_pkcs9_emailAddress, idx)) >= 0) {
		char *value = entry_utf8(name, idx);

		if (value != NULL)
			addrs_add(list, n, cm_addr_key(value, strlen(value), false));
		x_free(value);
	}
}

char **classify_addrs(X509 *cert)
{
	char **list = xcalloc(1, sizeof(*list));
	size_t n = 0;

	if (cert == NULL)
		return list;
	addrs_from_san(cert, &list, &n);
	if (n == 0)
		addrs_from_subject(cert, &list, &n);
	ERR_clear_error();
	return list;
}

void classify_addrs_free(char **addrs)
{
	if (addrs == NULL)
		return;
	for (char **p = addrs; *p != NULL; p++)
		x_free(*p);
	x_free(addrs);
}

char *classify_name_text(const X509_NAME *name, int nid)
{
	int idx = X509_NAME_get_index_by_NID(name, nid, -1);

	return idx < 0 ? NULL : entry_utf8(name, idx);
}
