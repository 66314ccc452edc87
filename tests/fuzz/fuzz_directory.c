/*
 * fuzz_directory.c - libFuzzer target: a certificate directory's answer
 * (crypto/directory/dir_certs.c) as an http source's 200 body (dir_parse_certs:
 * PEM, DER certificate, DER PKCS#7 certs-only) and as the value of an ldap
 * source's attribute (dir_ldap_value; a ";binary" attribute for inputs of
 * odd length, else userSMIMECertificate), then the candidate checks and
 * the choice (dir_choose) with and without the test PKI's
 * public-roots.pem as the source's trust bundle.
 *
 * The address looked up is the first one the first candidate names (else
 * rcpt-enc@example.net), so that seeds made from the test PKI's recipient
 * certificates reach the usage, address and chain checks.
 * Invariants: dir_parse_certs gives NULL or at least one certificate;
 * dir_ldap_value says how many it appended (-1: none, a candidate; 0:
 * none, text, never for a ";binary" attribute); a chosen
 * certificate is one of the candidates, valid now and names the address;
 * one chosen against the trust bundle is also chosen without it.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/x509v3.h>

#include "cms.h"
#include "dir_int.h"
#include "fuzz_common.h"
#include "log.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static X509_STORE *trust;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char path[600];
	cm_err err;

	fuzz_init_common();
	fuzz_path(path, sizeof(path), fuzz_pki(), "public-roots.pem");
	trust = cm_store_load(path, &err);
	if (trust == NULL) {
		fprintf(stderr, "fuzz_directory: %s\n", err.text);
		abort();
	}
	return 0;
}

static bool in_stack(STACK_OF(X509) *certs, X509 *c)
{
	for (int i = 0; i < sk_X509_num(certs); i++)
		if (sk_X509_value(certs, i) == c)
			return true;
	return false;
}

static bool names(X509 *cert, const char *key)
{
	char **addrs = classify_addrs(cert);
	bool found = false;

	for (char **p = addrs; *p != NULL && !found; p++)
		found = strcmp(*p, key) == 0;
	classify_addrs_free(addrs);
	return found;
}

/* The address to look up: the first one the first candidate names. */
static void pick_key(STACK_OF(X509) *certs, char *key, size_t len)
{
	char **addrs = sk_X509_num(certs) > 0 ? classify_addrs(sk_X509_value(certs, 0)) : NULL;

	snprintf(key, len, "%s",
	         addrs != NULL && addrs[0] != NULL ? addrs[0] : "rcpt-enc@example.net");
	if (addrs != NULL)
		classify_addrs_free(addrs);
}

/* dir_choose with and without the trust bundle, and its invariants. */
static void choose(STACK_OF(X509) *certs, const char *what)
{
	char key[DIR_MAX_ADDR + 1];
	/* as the directory checks a recipient's chain */
	static const struct cm_chain_req req = {X509_PURPOSE_SMIME_ENCRYPT, 2048, 256};
	struct dir_want w = {.key = key, .where = what, .chain = &req};
	X509 *plain, *trusted;

	pick_key(certs, key, sizeof(key));
	plain = dir_choose(certs, &w, NULL);
	w.trust = trust;
	trusted = dir_choose(certs, &w, NULL);
	if (getenv("FUZZ_VERBOSE"))
		fprintf(stderr, "fuzz_directory: %s: %d candidates for %s: %s, %s with trust\n",
		        what, sk_X509_num(certs), key, plain ? "chosen" : "none",
		        trusted ? "chosen" : "none");
	if (plain != NULL)
		REQUIRE(in_stack(certs, plain) && dir_cert_current(plain) && names(plain, key));
	if (trusted != NULL)
		REQUIRE(in_stack(certs, trusted) && plain != NULL);
	X509_free(plain);
	X509_free(trusted);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	STACK_OF(X509) *certs = dir_parse_certs(data, size);
	bool binary = size % 2 == 1;
	int n;

	REQUIRE(certs == NULL || sk_X509_num(certs) > 0);
	if (certs != NULL)
		choose(certs, "http");
	sk_X509_pop_free(certs, X509_free);

	certs = sk_X509_new_null();
	REQUIRE(certs != NULL);
	n = dir_ldap_value(binary ? "userCertificate;binary" : "userSMIMECertificate", data, size,
	                   certs);
	REQUIRE(n == sk_X509_num(certs) || (n == -1 && sk_X509_num(certs) == 0));
	REQUIRE(!binary || n != 0);
	choose(certs, "ldap");
	sk_X509_pop_free(certs, X509_free);
	return 0;
}
