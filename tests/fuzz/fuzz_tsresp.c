/*
 * fuzz_tsresp.c - libFuzzer target: ts_query_check() on arbitrary
 * TimeStampResp bytes, against one fixed query and the test TSA trust store
 * (tsa-roots.pem of the test PKI, loaded as the product loads trust.tsa).
 *
 * The query is made once with a fixed nonce (a deterministic RAND method
 * while ts_query_new runs) over a fixed "signature", so that replies the
 * test TSA made for it (tests/fuzz/seeds.sh: FUZZ_WRITE_QUERY=FILE makes
 * the target write the query's DER there) pass the imprint and nonce
 * checks and the fuzzer reaches the signature and chain checks.
 * Invariants: 0 with a token, or -1 with no token and a reason.
 */
#define OPENSSL_SUPPRESS_DEPRECATED /* RAND_set_rand_method, for a fixed nonce */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include "cms.h"
#include "fuzz_common.h"
#include "tsa_int.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct ts_query *query;
static X509_STORE *store;

static int fixed_bytes(unsigned char *buf, int num)
{
	for (int i = 0; i < num; i++)
		buf[i] = (unsigned char)(0x35 + i);
	return 1;
}

static int fixed_status(void)
{
	return 1;
}

static const RAND_METHOD fixed_rand = {NULL, fixed_bytes, NULL, NULL, fixed_bytes, fixed_status};

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const unsigned char sig[] = "certmilter fuzz_tsresp signature value";
	char path[600];
	const char *out = getenv("FUZZ_WRITE_QUERY");
	const unsigned char *der;
	size_t len;
	cm_err err;

	fuzz_init_common();
	RAND_set_rand_method(&fixed_rand);
	query = ts_query_new(sig, sizeof(sig) - 1, &err);
	RAND_set_rand_method(NULL);
	REQUIRE(query != NULL);
	fuzz_path(path, sizeof(path), fuzz_pki(), "tsa-roots.pem");
	store = cm_store_load(path, &err);
	if (store == NULL) {
		fprintf(stderr, "fuzz_tsresp: %s\n", err.text);
		abort();
	}
	if (out != NULL) {
		der = ts_query_der(query, &len);
		fuzz_write(out, der, len);
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *token = (unsigned char *)"unset";
	size_t toklen = 0;
	cm_err err = {{0}};

	int rc = ts_query_check(query, data, size, store, &token, &toklen, &err);

	if (getenv("FUZZ_VERBOSE"))
		fprintf(stderr, "fuzz_tsresp: %d %s\n", rc, rc == 0 ? "token" : err.text);
	if (rc == 0) {
		REQUIRE(token != NULL && toklen > 0);
		OPENSSL_free(token);
	} else {
		REQUIRE(token == NULL && err.text[0] != '\0');
	}
	return 0;
}
