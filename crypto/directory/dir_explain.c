/*
 * dir_explain.c - certmilter -L ADDRESS (directory.h dir_explain): every
 * source asked for one address, now, without the cache, one request at a
 * time on the calling thread, and every certificate found shown with each
 * check it passed or failed and the path built for it, so that an
 * administrator can see why mail to a partner is or is not encrypted.
 *
 * Everything shown that came from a directory (names, URLs) is escaped:
 * OpenSSL's one-line name format escapes control characters, other text
 * goes through log_escape.
 */
#include <poll.h>
#include <string.h>
#include <time.h>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/x509v3.h>

#include "dir_int.h"
#include "log.h"
#include "xalloc.h"

#define NAME_FLAGS (XN_FLAG_ONELINE & ~ASN1_STRFLGS_ESC_MSB)

static void print_name(BIO *b, const char *label, const X509_NAME *name)
{
	BIO_printf(b, "%s", label);
	X509_NAME_print_ex(b, name, 0, NAME_FLAGS);
}

static void print_cert(BIO *b, int n, X509 *c)
{
	BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(c), NULL);
	char *hex = bn != NULL ? BN_bn2hex(bn) : NULL;

	BIO_printf(b, "  certificate %d:\n", n);
	print_name(b, "    subject:  ", X509_get_subject_name(c));
	BIO_printf(b, "\n    serial:   %s\n", hex != NULL ? hex : "?");
	print_name(b, "    issuer:   ", X509_get_issuer_name(c));
	BIO_printf(b, "\n    notAfter: ");
	ASN1_TIME_print(b, X509_get0_notAfter(c));
	BIO_printf(b, "\n");
	OPENSSL_free(hex);
	BN_free(bn);
}

static void print_check(BIO *b, const char *what, const char *why, const char *ok)
{
	BIO_printf(b, "    %s: %s%s%s\n", what, why == NULL ? "ok" : why,
	           why == NULL && ok != NULL ? " " : "", why == NULL && ok != NULL ? ok : "");
}

static void print_path(BIO *b, const struct dir_verdict *v, STACK_OF(X509) *answer,
                       const struct dir_want *w)
{
	char buf[320];

	for (int i = 0; i < sk_X509_num(v->path); i++) {
		X509 *c = sk_X509_value(v->path, i);

		BIO_printf(b, "      path[%d]: ", i);
		X509_NAME_print_ex(b, X509_get_subject_name(c), 0, NAME_FLAGS);
		BIO_printf(b, "  (from %s)\n",
		           dir_path_origin(c, answer, w, &v->fetched, buf, sizeof(buf)));
	}
}

/* Every check of every certificate of an answer: 0 one is usable, 1 none,
 * 2 none but one only for want of its revocation status in hard mode (the
 * lookup would be unavailable). */
static int explain_certs(BIO *b, STACK_OF(X509) *certs, const struct dir_want *w)
{
	bool any = false, unavail = false;
	char keytext[64];

	for (int i = 0; i < sk_X509_num(certs); i++) {
		X509 *c = sk_X509_value(certs, i);
		EVP_PKEY *pk = X509_get0_pubkey(c);
		struct dir_verdict v;

		print_cert(b, i + 1, c);
		dir_check(c, certs, w, true, &v);
		snprintf(keytext, sizeof(keytext), "(%s, %d bits)",
		         pk == NULL                                 ? "?"
		         : EVP_PKEY_get_base_id(pk) == EVP_PKEY_EC  ? "EC"
		         : EVP_PKEY_get_base_id(pk) == EVP_PKEY_RSA ? "RSA"
		                                                    : "other",
		         pk != NULL ? EVP_PKEY_get_bits(pk) : 0);
		print_check(b, "validity", v.validity, NULL);
		print_check(b, "usage", v.usage, NULL);
		print_check(b, "key", v.key, keytext);
		print_check(b, "address", v.address, NULL);
		if (w->trust == NULL)
			BIO_printf(b, "    chain: not checked (this source has no trust bundle)\n");
		else
			print_check(b, "chain", v.chain, "(path built below)");
		print_path(b, &v, certs, w);
		if (v.revocation != NULL || v.revbuf[0] != '\0')
			BIO_printf(b, "    revocation: %s\n",
			           v.revocation ? v.revocation : v.revbuf);
		else
			BIO_printf(b, "    revocation: good\n");
		BIO_printf(b, "    => %s%s\n",
		           v.usable ? "usable" : "not used: ", v.usable ? "" : dir_verdict_why(&v));
		any = any || v.usable;
		unavail = unavail || v.rev_unavailable;
		dir_verdict_clear(&v);
	}
	return any ? 0 : unavail ? 2 : 1;
}

/* One ldap search run here, on a pool of one connection of its own:
 * as dir_lsearch_certs. */
static enum dir_result ldap_ask(struct dir_source *s, const char *key, long max_response,
                                STACK_OF(X509) **certs, char *err, size_t len)
{
	struct dir_ldap_pool *p = dir_ldap_pool_new(s, 1, max_response, NULL);
	struct dir_lsearch *ls = dir_lsearch_new(p, key, NULL);
	struct pollfd pfd = {-1, POLLIN, 0};
	struct curl_waitfd w;
	enum dir_result res;

	dir_ldap_pool_run(p);
	while (dir_ldap_pool_done(p) == NULL) {
		pfd.fd = dir_ldap_pool_fds(p, &w, 1) == 1 ? w.fd : -1;
		poll(&pfd, 1, 20); /* the thread opening the connection wakes nobody */
		dir_ldap_pool_run(p);
	}
	res = dir_lsearch_certs(ls, certs, err, len);
	dir_lsearch_free(ls);
	dir_ldap_pool_free(p);
	return res;
}

/* One http request or ldap search, run here: its certificates or why not. */
static enum dir_result ask_remote(const struct dir_view *dv, struct dir_source *s, const char *key,
                                  STACK_OF(X509) **certs, char *err, size_t len, BIO *b)
{
	struct dir_xfer *x;
	enum dir_result res;
	char esc[1024], *url;
	int tls = s->starttls;

	if (s->type == DIR_SRC_LDAP) {
		url = dir_expand_ldap(s->url, key);
		log_escape(esc, sizeof(esc), url, strlen(url));
		x_free(url);
		BIO_printf(b, "  request: %s\n", esc);
		res = ldap_ask(s, key, dv->max_response, certs, err, len);
		if (tls < 0 && s->starttls >= 0)
			BIO_printf(b, "  StartTLS: %s\n",
			           s->starttls ? "accepted, used" : "refused, searched in clear");
		return res;
	}
	x = dir_xfer_new(s, key, dv->max_response);
	log_escape(esc, sizeof(esc), dir_xfer_url(x), strlen(dir_xfer_url(x)));
	BIO_printf(b, "  request: %s\n", esc);
	res = dir_xfer_certs(x, curl_easy_perform(dir_xfer_easy(x)), certs, err, len);
	dir_xfer_free(x);
	return res;
}

static STACK_OF(X509) *keystore_certs(const struct keystore *ks, const char *addr)
{
	static const enum cm_class order[] = {CM_CLASS_ENCRYPT, CM_CLASS_VP};
	STACK_OF(X509) *certs = sk_X509_new_null();

	for (size_t i = 0; ks != NULL && i < sizeof(order) / sizeof(order[0]); i++) {
		const struct ks_entry *e = keystore_find(ks, addr, order[i]);

		if (e != NULL && X509_up_ref(e->cert) == 1)
			sk_X509_push(certs, e->cert);
	}
	return certs;
}

static const char *const type_names[] = {"keystore", "http", "ldap", "files", "store"};

static void print_utc(BIO *b, const char *what, time_t t)
{
	struct tm tm;
	char when[32] = "?";

	if (gmtime_r(&t, &tm) != NULL)
		strftime(when, sizeof(when), "%Y-%m-%d %H:%M:%S UTC", &tm);
	BIO_printf(b, "%s%s", what, when);
}

/* Where each of the store's certificates of key came from (certmilter -L
 * ADDR), in the order the store serves them; its checks follow. */
static void explain_stored(BIO *b, struct store *st, const char *key)
{
	struct store_cert *c = NULL;
	char esc[256];
	long n;
	cm_err e;

	if (st == NULL || (n = store_get_certs(st, key, DIR_STORE_MAX, &c, &e)) < 0)
		return;
	for (long i = 0; i < n; i++) {
		BIO_printf(b, "  stored %ld: sha256 %s\n", i + 1, c[i].fpr);
		log_escape(esc, sizeof(esc), c[i].source, strlen(c[i].source));
		BIO_printf(b, "    from: %s, queue id ", esc);
		log_escape(esc, sizeof(esc), c[i].queue_id, strlen(c[i].queue_id));
		BIO_printf(b, "%s\n", *esc ? esc : "-");
		print_utc(b, "    first seen: ", c[i].first_seen);
		print_utc(b, "\n    last seen:  ", c[i].last_seen);
		BIO_printf(b, "\n");
	}
	store_certs_free(c, (size_t)n);
}

/* Source i: 0 usable, 1 none, 2 unavailable. */
static int explain_source(struct dir_client *d, const struct dir_view *dv, size_t i,
                          const char *addr, const char *key, BIO *b)
{
	struct dir_source *s = &dv->src[i];
	struct dir_want w = dir_want_for(d, s, key, "certmilter -L");
	STACK_OF(X509) *certs = NULL;
	enum dir_result res = DIR_FOUND;
	char err[DIR_ERR_LEN] = "", esc[DIR_ERR_LEN * 2];
	int rc;

	BIO_printf(b, "source %zu: %s%s%s\n", i + 1, type_names[s->type],
	           s->url || s->path ? " " : "",
	           s->url    ? s->url
	           : s->path ? s->path
	                     : "");
	if (s->type == DIR_SRC_KEYSTORE)
		certs = keystore_certs(dv->ks, addr);
	else if (s->type == DIR_SRC_FILES)
		res = dir_files_certs(s, &w, &certs, err, sizeof(err));
	else if (s->type == DIR_SRC_STORE && dv->store == NULL)
		BIO_printf(b, "  the store is not open (see above)\n");
	else if (s->type == DIR_SRC_STORE)
		res = dir_store_certs(dv->store, &w, &certs, err, sizeof(err));
	else
		res = ask_remote(dv, s, key, &certs, err, sizeof(err), b);
	if (res == DIR_UNAVAILABLE) {
		log_escape(esc, sizeof(esc), err, strlen(err));
		BIO_printf(b, "  answer: unavailable: %s\n", esc);
		return 2;
	}
	BIO_printf(b, "  answer: %d certificate(s)%s\n", sk_X509_num(certs),
	           sk_X509_num(certs) == 0 ? " (no certificate)" : "");
	if (s->type == DIR_SRC_STORE)
		explain_stored(b, dv->store, key);
	rc = explain_certs(b, certs, &w);
	sk_X509_pop_free(certs, X509_free);
	return rc;
}

int dir_explain(struct dir_client *d, const char *addr, FILE *out)
{
	BIO *b = BIO_new_fp(out, BIO_NOCLOSE);
	char *key = dir_addr_key(d, addr);
	struct dir_view dv;
	size_t first = 0;
	bool unavailable = false;
	char esc[DIR_MAX_ADDR * 4 + 1];
	int rc = 1;

	if (b == NULL)
		msg_panic("BIO_new_fp failed");
	dir_client_view(d, &dv);
	log_escape(esc, sizeof(esc), addr, strlen(addr));
	BIO_printf(b, "looking up %s as a recipient in %zu source(s)\n", esc, dv.nsrc);
	if (key == NULL) {
		BIO_printf(b, "result: not an address that can have a certificate\n");
		goto out;
	}
	for (size_t i = 0; i < dv.nsrc; i++) {
		int r = explain_source(d, &dv, i, addr, key, b);

		if (r == 0 && first == 0)
			first = i + 1;
		unavailable = unavailable || r == 2;
	}
	rc = first > 0 ? 0 : unavailable ? 2 : 1;
	if (first > 0)
		BIO_printf(b, "result: usable certificate, from directory.sources[%zu]\n", first);
	else
		BIO_printf(b, "result: no usable certificate%s\n",
		           unavailable ? " (a source was unavailable)" : "");
out:
	x_free(key);
	BIO_free(b);
	return rc;
}
