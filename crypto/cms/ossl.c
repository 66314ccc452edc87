/*
 * ossl.c - OpenSSL helpers for the CMS module and those above it (cms.h): the
 * text of the first queued OpenSSL error, PEM bundles read into a stack of
 * certificates or a store of trust anchors, and ASN.1 times as time_t.
 * Every part of certmilter reads PEM bundles here, so that all read them
 * the same way.
 */
#include <openssl/err.h>
#include <openssl/pem.h>

#include "cms.h"
#include "log.h"

void cm_err_openssl(cm_err *err, const char *what)
{
	unsigned long e = ERR_peek_error();
	char buf[256];

	if (e != 0) {
		ERR_error_string_n(e, buf, sizeof(buf));
		cm_err_set(err, "%s: %s", what, buf);
	} else {
		cm_err_set(err, "%s", what);
	}
	ERR_clear_error();
}

STACK_OF(X509) *cm_pem_certs(const char *path, const char *what, cm_err *err)
{
	STACK_OF(X509) *certs = NULL;
	BIO *bio = BIO_new_file(path, "r");
	X509 *cert;

	if (bio == NULL) {
		cm_err_set(err, "cannot read %s %s", what, path);
		goto out;
	}
	if ((certs = sk_X509_new_null()) == NULL)
		msg_panic("out of memory");
	while ((cert = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL)
		if (sk_X509_push(certs, cert) <= 0)
			msg_panic("out of memory");
	if (sk_X509_num(certs) == 0) {
		cm_err_set(err, "%s %s holds no PEM certificate", what, path);
		sk_X509_free(certs);
		certs = NULL;
	}
out:
	BIO_free(bio);
	ERR_clear_error();
	return certs;
}

X509_STORE *cm_store_load(const char *path, cm_err *err)
{
	STACK_OF(X509) *certs;
	X509_STORE *store;

	if (path == NULL)
		return NULL;
	certs = cm_pem_certs(path, "trust bundle", err);
	if (certs == NULL)
		return NULL;
	store = X509_STORE_new();
	if (store == NULL)
		msg_panic("X509_STORE_new failed");
	for (int i = 0; i < sk_X509_num(certs); i++)
		X509_STORE_add_cert(store, sk_X509_value(certs, i));
	sk_X509_pop_free(certs, X509_free);
	ERR_clear_error();
	return store;
}

time_t cm_asn1_time(const ASN1_TIME *t, time_t fallback)
{
	struct tm tm;

	if (t == NULL || ASN1_TIME_to_tm(t, &tm) != 1)
		return fallback;
	return timegm(&tm);
}
