/*
 * fuzz_milter.c - libFuzzer target: one message through the milter core
 * (connect, MAIL, RCPT, header, eoh, body, eom or abort) with the fake mlfi
 * table of tests/unit/fakemlfi.c, into real signing with the test PKI.
 *
 * Input: byte 0 = flags, bytes 1-4 = body slice sizes (used in turn), the
 * rest = the message (split into header fields and body as an MTA hands
 * them over, see fuzz_msg_parse). Flags:
 *   bit 0  authenticated ({auth_authen} = alice@example.com, or mallory
 *          when bit 2 is set too: a login that may not sign)
 *   bit 1  client outside internal_networks (inbound: nothing to do)
 *   bit 2  the second runtime: nested dual signature, opaque form
 *   bit 3-6  the Nth modification request the MTA refuses (0 = none)
 *   bit 7  the MTA aborts the transaction instead of ending it
 * Invariants (certmilter(8) FAILURES): the result is continue/accept/tempfail/
 * reject; either the fake saw no modification at all, or a complete one
 * (every Content-* and MIME-Version field of the input deleted, MIME-Version
 * and Content-Type added, all header changes before a non-empty body) and
 * the result is continue; an MTA refusal ends in tempfail; a reply has no
 * CR or LF.
 */
#define _GNU_SOURCE /* memmem */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "callbacks.h"
#include "fakemlfi.h"
#include "fuzz_common.h"
#include "log.h"
#include "mime.h"
#include "mlfi.h"
#include "runtime.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct cm_runtime *runtimes[2];

/* A configuration (extra = its signing group) and policy in dir; loaded. */
static struct cm_runtime *make_runtime(const char *dir, const char *pki, const char *extra)
{
	char path[600], conf[4096];
	struct cm_runtime *rt;
	cm_err err;

	fuzz_path(path, sizeof(path), dir, "policy.conf");
	snprintf(
	    conf, sizeof(conf), "%s",
	    "defaults = { sign = [ \"identity\" ]; encrypt = \"never\"; timestamp = \"none\"; };\n"
	    "rules = ( { from = \"*@nosign.example\"; sign = [ ]; },\n"
	    "  { from = \"bob@example.com\"; sign = [ \"vp\", \"identity\" ]; },\n"
	    "  { from = \"carol@example.com\"; sign = [ \"v4\" ]; require = \"reject\"; } );\n");
	fuzz_write(path, conf, strlen(conf));
	snprintf(
	    conf, sizeof(conf),
	    "policy_file = \"%s/policy.conf\";\nspool_dir = \"%s\";\n"
	    "keystore = { directories = [ \"%s/keys\" ]; pkcs12_password_file = \"%s/p12pass\";"
	    " chain_bundle = \"%s/chain.pem\"; };\n"
	    "trust = { organization = \"%s/org-roots.pem\"; public = \"%s/public-roots.pem\"; };\n"
	    "limits = { max_message_size = 40000; spool_threshold = 4096; max_headers = 60;"
	    " max_header_bytes = 8192; };\n"
	    "outbound = { internal_networks = [ \"127.0.0.0/8\" ]; };\n%s\n",
	    dir, dir, pki, pki, pki, pki, pki, extra);
	fuzz_path(path, sizeof(path), dir, "certmilter.conf");
	fuzz_write(path, conf, strlen(conf));
	rt = runtime_load(path, NULL, &err);
	if (rt == NULL) {
		fprintf(stderr, "fuzz_milter: runtime_load: %s\n", err.text);
		abort();
	}
	return rt;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char dir[600];
	const char *pki;

	fuzz_init_common();
	pki = fuzz_pki();
	runtimes[0] = make_runtime(fuzz_tmp(), pki, "signing = { dual = \"signerinfos\"; };");
	fuzz_path(dir, sizeof(dir), fuzz_tmp(), "nested");
	REQUIRE(mkdir(dir, 0700) == 0);
	runtimes[1] =
	    make_runtime(dir, pki, "signing = { dual = \"nested\"; form = \"opaque\"; };");
	mlfi_set_ops(&fakemlfi_ops);
	return 0;
}

/* Connection and envelope; false if the milter refused them. */
static bool feed_envelope(SMFICTX *ctx, uint8_t flags)
{
	/* a TCP client's port: port 0 is Postfix's local submission */
	struct sockaddr_in sin = {.sin_family = AF_INET, .sin_port = htons(40000)};
	unsigned long pf[4];
	char *from[] = {"<alice@example.com>", NULL}, *rcpt[] = {"<bob@partner.example>", NULL};

	inet_pton(AF_INET, (flags & 2) ? "192.0.2.7" : "127.0.0.1", &sin.sin_addr);
	REQUIRE(cb_negotiate(ctx, 0x1ff, SMFIP_SKIP, 0, 0, &pf[0], &pf[1], &pf[2], &pf[3]) ==
	        SMFIS_CONTINUE);
	REQUIRE(cb_connect(ctx, "client", (struct sockaddr *)&sin) == SMFIS_CONTINUE);
	REQUIRE(cb_envfrom(ctx, from) == SMFIS_CONTINUE);
	REQUIRE(cb_envrcpt(ctx, rcpt) == SMFIS_CONTINUE);
	return true;
}

/* Header fields, end of header, the body in slices; the number of
 * Content-* and MIME-Version fields the milter was given. */
static unsigned feed_message(SMFICTX *ctx, const struct fuzz_msg *m, const uint8_t slices[4])
{
	unsigned content = 0;
	sfsistat r;

	for (size_t i = 0; i < m->nhdrs; i++) {
		REQUIRE(cb_header(ctx, m->hdrs[i].name, m->hdrs[i].value) == SMFIS_CONTINUE);
		content += mime_is_content_header(m->hdrs[i].name);
	}
	REQUIRE(cb_eoh(ctx) == SMFIS_CONTINUE);
	for (size_t off = 0, k = 0; off < m->bodylen; k++) {
		size_t n = slices[k % 4] ? (size_t)slices[k % 4] * slices[k % 4] / 8 + 1 : 65535;

		if (n > m->bodylen - off)
			n = m->bodylen - off;
		r = cb_body(ctx, (unsigned char *)m->body + off, n);
		REQUIRE(r == SMFIS_CONTINUE || r == SMFIS_SKIP);
		if (r == SMFIS_SKIP)
			break;
		off += n;
	}
	return content;
}

static void check_outcome(const SMFICTX *ctx, sfsistat ret, unsigned content)
{
	REQUIRE(ret == SMFIS_CONTINUE || ret == SMFIS_ACCEPT || ret == SMFIS_TEMPFAIL ||
	        ret == SMFIS_REJECT);
	REQUIRE((ret == SMFIS_TEMPFAIL || ret == SMFIS_REJECT) == ctx->replied);
	REQUIRE(ctx->bad == NULL);
	if (ctx->refused) {
		REQUIRE(ret == SMFIS_TEMPFAIL);
		return;
	}
	if (ctx->ops == 0)
		return;
	/* a modification: it must be complete */
	REQUIRE(ret == SMFIS_CONTINUE);
	REQUIRE(ctx->deleted == content);
	REQUIRE(ctx->added_mv == 1 && ctx->added_ct == 1);
	REQUIRE(ctx->body.len > 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct smfi_str ctx = {.qid = "FUZZQID"};
	struct fuzz_msg m;
	uint8_t flags;
	unsigned content;
	sfsistat ret;

	if (size < 5)
		return -1;
	flags = data[0];
	ctx.fail_at = (flags >> 3) & 0xf;
	if (flags & 1)
		ctx.auth = (flags & 4) ? "mallory" : "alice@example.com";
	runtimes[(flags >> 2) & 1]->refcnt++;
	runtime_install(runtimes[(flags >> 2) & 1]);
	fuzz_msg_parse(data + 5, size - 5, &m);
	feed_envelope(&ctx, flags);
	content = feed_message(&ctx, &m, data + 1);
	if (flags & 0x80) {
		REQUIRE(cb_abort(&ctx) == SMFIS_CONTINUE);
		REQUIRE(ctx.ops == 0 && !ctx.replied && ctx.bad == NULL);
	} else {
		ret = cb_eom(&ctx);
		if (getenv("FUZZ_VERBOSE"))
			fprintf(stderr,
			        "fuzz_milter: ret %d, %u changes, %zu body bytes, reply %s\n",
			        (int)ret, ctx.ops, ctx.body.len, ctx.reply);
		check_outcome(&ctx, ret, content);
	}
	REQUIRE(cb_close(&ctx) == SMFIS_CONTINUE && ctx.priv == NULL);
	fakemlfi_free(&ctx);
	fuzz_msg_free(&m);
	return 0;
}
