/*
 * fuzz_verify.c - libFuzzer target: vfy_signed() (crypto/verify) on an
 * arbitrary inbound SignedData, with the trust stores of the test PKI
 * (org-roots.pem, public-roots.pem and tsa-roots.pem as trust.organization,
 * trust.public and trust.tsa, chain.pem as intermediates), so that inputs
 * near real signatures (tests/fuzz/seeds.sh: openssl cms -sign with the
 * test PKI's signers, some with a token of the test TSA) reach the
 * signature, chain and token checks.
 *
 * Input: byte 0 flags (bit 0: opaque, the content is NULL; bit 1: an
 * opaque signature's content written out; bit 2: max_signers 1, else the
 * default), byte 1 the length N of the detached content, N bytes of
 * content (skipped when opaque), then the DER.
 *
 * Invariants: the report is pass (the structure held: 1 to max_signers
 * signers, each judged) or permerror (no signer at all, a reason); a
 * signer that passes has a certificate, one that does not has a reason;
 * an opaque signature's content is written out only when the structure
 * held.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/x509v3.h>

#include "cms.h"
#include "fuzz_common.h"
#include "sbuf.h"
#include "verify.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define F_OPAQUE     0x01
#define F_OUT        0x02
#define F_ONE_SIGNER 0x04

static struct vfy_opts opts;

static X509_STORE *store_of(const char *name)
{
	char path[600];
	cm_err err;
	X509_STORE *s;

	fuzz_path(path, sizeof(path), fuzz_pki(), name);
	if ((s = cm_store_load(path, &err)) == NULL) {
		fprintf(stderr, "fuzz_verify: %s\n", err.text);
		abort();
	}
	return s;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char path[600];
	cm_err err;

	fuzz_init_common();
	opts.org = store_of("org-roots.pem");
	opts.pub = store_of("public-roots.pem");
	opts.tsa = store_of("tsa-roots.pem");
	fuzz_path(path, sizeof(path), fuzz_pki(), "chain.pem");
	if ((opts.intermediates = cm_pem_certs(path, "intermediates", &err)) == NULL) {
		fprintf(stderr, "fuzz_verify: %s\n", err.text);
		abort();
	}
	opts.req = (struct cm_chain_req){X509_PURPOSE_SMIME_SIGN, 2048, 256};
	return 0;
}

/* The report's invariants (see the top of the file). */
static void check_report(const struct vfy_report *r, size_t max)
{
	REQUIRE(r->res == VFY_PASS || r->res == VFY_PERMERROR);
	if (r->res == VFY_PERMERROR) {
		REQUIRE(r->n == 0 && r->s == NULL && r->why[0] != '\0');
		return;
	}
	REQUIRE(r->n >= 1 && r->n <= max && r->s != NULL);
	for (size_t i = 0; i < r->n; i++) {
		const struct vfy_signer *s = &r->s[i];

		REQUIRE(s->res == VFY_PASS || s->res == VFY_FAIL || s->res == VFY_NEUTRAL ||
		        s->res == VFY_PERMERROR);
		if (s->res == VFY_PASS)
			REQUIRE(s->cert != NULL && s->why[0] == '\0');
		else
			REQUIRE(s->why[0] != '\0');
		if (s->res == VFY_PERMERROR)
			REQUIRE(s->cert == NULL);
	}
}

static void verbose(const struct vfy_report *r)
{
	fprintf(stderr, "fuzz_verify: %s %s\n", vfy_result_name(r->res), r->why);
	for (size_t i = 0; i < r->n; i++)
		fprintf(stderr, "  signer %zu: %s %s (ts %lld)\n", i, vfy_result_name(r->s[i].res),
		        r->s[i].why, (long long)r->s[i].ts_time);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sbuf_opts so = {fuzz_tmp(), 1 << 20};
	struct sbuf *content = NULL, *out = NULL;
	struct vfy_opts o = opts;
	struct vfy_report r;
	size_t clen, max;
	uint8_t flags;
	cm_err err;

	if (size < 2)
		return 0;
	flags = data[0];
	clen = data[1];
	if (clen > size - 2)
		clen = size - 2;
	o.max_signers = (flags & F_ONE_SIGNER) ? 1 : 0;
	max = o.max_signers ? o.max_signers : 16;
	if (!(flags & F_OPAQUE)) {
		content = sbuf_create(&so);
		REQUIRE(sbuf_write(content, data + 2, clen, &err) == 0);
	} else if (flags & F_OUT) {
		out = sbuf_create(&so);
	}
	vfy_signed(data + 2 + clen, size - 2 - clen, content, &o, &r, out);
	if (getenv("FUZZ_VERBOSE"))
		verbose(&r);
	check_report(&r, max);
	if (out != NULL && r.res != VFY_PASS)
		REQUIRE(sbuf_len(out) == 0);
	vfy_report_free(&r);
	sbuf_destroy(content);
	sbuf_destroy(out);
	return 0;
}
