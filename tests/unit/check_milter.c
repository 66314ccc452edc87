/*
 * check_milter.c - the milter core driven without an MTA.
 *
 * The fake mlfi table (fakemlfi.c) records what the callbacks ask the MTA to do. Messages
 * are fed through connect/envfrom/envrcpt/header/eoh/body/eom with the body
 * cut into slices from 1 byte up, as xxfi_body may deliver it; the signed
 * entity must come out the same for every slicing and verify with openssl.
 * Local submissions (no client address) are inbound by default.
 */
#include <arpa/inet.h>
#include <check.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "callbacks.h"
#include "fakemlfi.h"
#include "log.h"
#include "mime.h"
#include "mlfi.h"
#include "runtime.h"
#include "spool.h"

#ifndef SRCDIR
#define SRCDIR "."
#endif

static char tmpdir[] = "/tmp/check_milter.XXXXXX";
static char conf[2048]; /* the configuration setup() installs */

static void run(const char *cmd)
{
	ck_assert_msg(system(cmd) == 0, "command failed: %s", cmd);
}

static void write_file(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	ck_assert_ptr_nonnull(fp);
	fputs(text, fp);
	fclose(fp);
}

/* Write text as the configuration and put it in force. */
static void install_conf(const char *text)
{
	struct cm_runtime *rt;
	char path[512];
	cm_err err;

	snprintf(path, sizeof(path), "%s/certmilter.conf", tmpdir);
	write_file(path, text);
	rt = runtime_load(path, NULL, &err);
	ck_assert_msg(rt != NULL, "runtime_load: %s", err.text);
	runtime_install(rt);
}

/* Make a PKI, a configuration and a policy; install the runtime. */
static void setup(void)
{
	char cmd[1024], path[512];

	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
	snprintf(cmd, sizeof(cmd), "bash %s/tests/pki/mkpki.sh %s/pki >/dev/null", SRCDIR, tmpdir);
	run(cmd);
	snprintf(path, sizeof(path), "%s/policy.conf", tmpdir);
	write_file(path, "defaults = { sign = [ \"identity\" ]; encrypt = \"never\"; };\n"
	                 "rules = ( { from = \"*@nosign.example\"; sign = [ ]; } );\n");
	snprintf(
	    conf, sizeof(conf),
	    "policy_file = \"%s/policy.conf\";\nspool_dir = \"%s\";\n"
	    "keystore = { directories = [ \"%s/pki/keys\" ]; "
	    "pkcs12_password_file = \"%s/pki/p12pass\"; chain_bundle = \"%s/pki/chain.pem\"; };\n"
	    "trust = { organization = \"%s/pki/org-roots.pem\"; public = "
	    "\"%s/pki/public-roots.pem\"; };\n"
	    "limits = { max_message_size = 200000; spool_threshold = 4096; };\n"
	    "outbound = { internal_networks = [ \"127.0.0.0/8\", \"10.0.0.0/8\" ]; };\n",
	    tmpdir, tmpdir, tmpdir, tmpdir, tmpdir, tmpdir, tmpdir);
	install_conf(conf);
	mlfi_set_ops(&fakemlfi_ops);
}

static void teardown(void)
{
	char cmd[600];

	runtime_install(NULL);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", tmpdir);
	run(cmd);
	strcpy(tmpdir, "/tmp/check_milter.XXXXXX");
}

/* Feed one message from the client at addr (NULL: none): headers parsed
 * from text (LF or CRLF), body in slices. */
static sfsistat feed_addr(SMFICTX *ctx, struct sockaddr *addr, const char *text, size_t slice)
{
	unsigned long pf[4];
	char *from[] = {"<alice@example.com>", NULL}, *rcpt[] = {"<bob@partner.example>", NULL};
	const char *p = text, *body;
	sfsistat ret;

	cb_negotiate(ctx, 0x1ff, SMFIP_SKIP, 0, 0, &pf[0], &pf[1], &pf[2], &pf[3]);
	ck_assert_int_eq(cb_connect(ctx, "client", addr), SMFIS_CONTINUE);
	ck_assert_int_eq(cb_envfrom(ctx, from), SMFIS_CONTINUE);
	ck_assert_int_eq(cb_envrcpt(ctx, rcpt), SMFIS_CONTINUE);
	body = strstr(text, "\n\n") ? strstr(text, "\n\n") + 2 : strstr(text, "\r\n\r\n") + 4;
	while (p < body - 2) {
		const char *colon = strchr(p, ':'), *end = p;
		char *name, *value;

		while (!(end[0] == '\n' && end[1] != ' ' && end[1] != '\t'))
			end++;
		name = strndup(p, (size_t)(colon - p));
		for (colon++; *colon == ' '; colon++)
			;
		value = strndup(colon, (size_t)(end - colon));
		for (char *q = value; (q = strchr(q, '\r')) != NULL;)
			memmove(q, q + 1, strlen(q));
		cb_header(ctx, name, value);
		free(name);
		free(value);
		p = end + 1;
	}
	cb_eoh(ctx);
	for (size_t off = 0, len = strlen(body); off < len; off += slice)
		cb_body(ctx, (unsigned char *)body + off, len - off < slice ? len - off : slice);
	ret = cb_eom(ctx);
	cb_close(ctx);
	return ret;
}

/* The same from a TCP client at IPv4 address client, port port. */
static sfsistat feed_port(SMFICTX *ctx, const char *client, unsigned port, const char *text,
                          size_t slice)
{
	struct sockaddr_in sin = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};

	inet_pton(AF_INET, client, &sin.sin_addr);
	return feed_addr(ctx, (struct sockaddr *)&sin, text, slice);
}

static sfsistat feed(SMFICTX *ctx, const char *client, const char *text, size_t slice)
{
	return feed_port(ctx, client, 40000, text, slice);
}

static const char msg_text[] = "From: Alice Example <alice@example.com>\n"
                               "To: bob@partner.example\n"
                               "Subject: slices\n"
                               "MIME-Version: 1.0\n"
                               "Content-Type: multipart/mixed; boundary=\"XX\"\n"
                               "\n"
                               "preamble\n"
                               "--XX\n"
                               "Content-Type: text/plain; charset=utf-8\n"
                               "Content-Transfer-Encoding: 8bit\n"
                               "\n"
                               "Gr\xc3\xbc\xc3\x9f"
                               "e, bare LF line\n"
                               "From the start of a line\r\n"
                               "trailing space   \n"
                               "--XX\n"
                               "Content-Type: application/octet-stream; name=\"a.bin\"\n"
                               "Content-Transfer-Encoding: base64\n"
                               "\n"
                               "AAECAwQFBgc=\n"
                               "--XX--\n";

/* Bytes of part 1 of the multipart/signed body (between the delimiters). */
static char *signed_part(struct buf *body)
{
	const char *b = fakemlfi_text(body);
	const char *first = strstr(b, "\r\n--");
	const char *eol, *start, *end;
	char delim[128];

	ck_assert_ptr_nonnull(first);
	eol = strstr(first + 2, "\r\n");
	snprintf(delim, sizeof(delim), "\r\n%.*s", (int)(eol - first - 2), first + 2);
	start = eol + 2;
	end = strstr(start, delim);
	ck_assert_ptr_nonnull(end);
	return strndup(start, (size_t)(end - start));
}

/* text through the milter in slices of slice bytes: the signed part of
 * the new body (ctx holds the rest; fakemlfi_free it). */
static char *sliced_part(struct smfi_str *ctx, const char *text, size_t slice)
{
	ck_assert_int_eq(feed(ctx, "127.0.0.1", text, slice), SMFIS_CONTINUE);
	ck_assert_msg(ctx->body.len > 0, "slice %zu: body not replaced", slice);
	return signed_part(&ctx->body);
}

START_TEST(slices_same_entity)
{
	static const size_t slices[] = {1, 2, 3, 5, 7, 13, 64, 1000, 1 << 20};
	char *ref = NULL;

	for (size_t i = 0; i < sizeof(slices) / sizeof(slices[0]); i++) {
		struct smfi_str ctx = {0};
		char *part = sliced_part(&ctx, msg_text, slices[i]);

		for (const char *q = part; *q; q++)
			if (*q == '\n')
				ck_assert_msg(q > part && q[-1] == '\r', "bare LF at slice %zu",
				              slices[i]);
		if (ref == NULL)
			ref = part;
		else {
			ck_assert_str_eq(part, ref);
			free(part);
		}
		fakemlfi_free(&ctx);
	}
	ck_assert_ptr_nonnull(strstr(ref, "Gr=C3=BC=C3=9Fe"));
	ck_assert_ptr_nonnull(strstr(ref, "AAECAwQFBgc="));
	free(ref);
}
END_TEST

/* Write headers (non-Content from msg_text + the added ones) and body, and
 * let openssl verify it. */
/* The message the milter made (the new Content-Type and body in ctx)
 * verifies with openssl cms. */
static void assert_verifies(struct smfi_str *ctx)
{
	char path[512], cmd[1536];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/out.eml", tmpdir);
	fp = fopen(path, "w");
	fprintf(fp, "From: alice@example.com\r\nSubject: slices\r\nMIME-Version: 1.0\r\n");
	fputs("Content-Type: ", fp);
	for (const char *h = strstr(fakemlfi_text(&ctx->hdrops), "+Content-Type: ") + 15;
	     !(h[0] == '\n' && h[1] != '\t'); h++)
		if (*h == '\n')
			fputs("\r\n", fp);
		else
			fputc(*h, fp);
	fprintf(fp, "\r\n\r\n");
	fwrite(ctx->body.data, 1, ctx->body.len, fp);
	fclose(fp);
	snprintf(cmd, sizeof(cmd),
	         "openssl cms -verify -in %s -CAfile %s/pki/org-roots.pem -purpose any "
	         "-out /dev/null 2>/dev/null",
	         path, tmpdir);
	run(cmd);
}

START_TEST(output_verifies_with_openssl)
{
	struct smfi_str ctx = {0};

	ck_assert_int_eq(feed(&ctx, "10.1.2.3", msg_text, 7), SMFIS_CONTINUE);
	ck_assert_ptr_nonnull(strstr(fakemlfi_text(&ctx.hdrops), "-Content-Type[1]\n"));
	ck_assert_ptr_nonnull(strstr(fakemlfi_text(&ctx.hdrops), "-MIME-Version[1]\n"));
	ck_assert_ptr_nonnull(
	    strstr(fakemlfi_text(&ctx.hdrops), "+Content-Type: multipart/signed"));
	assert_verifies(&ctx);
	fakemlfi_free(&ctx);
}
END_TEST

/* A plain leaf (taken as it is, its digest computed while the body
 * arrived, bare LFs made CRLF on the way): the same signed part however
 * the body is sliced, and a signature over exactly those bytes. */
START_TEST(plain_leaf_slices)
{
	static const char text[] = "From: Alice Example <alice@example.com>\n"
	                           "To: bob@partner.example\n"
	                           "Subject: plain\n"
	                           "Content-Type: text/plain; charset=us-ascii\n"
	                           "\n"
	                           "first line, bare LF\n"
	                           "second line, CRLF\r\n"
	                           "\r\n"
	                           "last line, bare LF\n";
	static const size_t slices[] = {1, 2, 3, 7, 64, 1 << 20};

	for (size_t i = 0; i < sizeof(slices) / sizeof(slices[0]); i++) {
		struct smfi_str ctx = {0};
		char *part = sliced_part(&ctx, text, slices[i]);

		ck_assert_str_eq(part, "Content-Type: text/plain; charset=us-ascii\r\n\r\n"
		                       "first line, bare LF\r\nsecond line, CRLF\r\n\r\n"
		                       "last line, bare LF\r\n");
		assert_verifies(&ctx);
		free(part);
		fakemlfi_free(&ctx);
	}
}
END_TEST

START_TEST(inbound_untouched)
{
	struct smfi_str ctx = {0};

	ck_assert_int_eq(feed(&ctx, "192.0.2.7", msg_text, 64), SMFIS_CONTINUE);
	ck_assert_uint_eq(ctx.body.len, 0);
	ck_assert_uint_eq(ctx.hdrops.len, 0);
}
END_TEST

/* Forged result fields go from inbound mail, wherever they stand: also
 * past limits.max_headers, where no other field is kept; another
 * authserv-id's results stay. */
START_TEST(inbound_forged_removed)
{
	struct smfi_str ctx = {0};
	struct buf text = {0};
	char extra[4096], line[128];

	snprintf(extra, sizeof(extra), "%.*slimits = { max_headers = 50; };\n%s",
	         (int)(strstr(conf, "limits = ") - conf), conf,
	         "inbound = { verify = true; authserv_id = \"mx.example\"; };\n"
	         "outbound = { internal_networks = [ \"127.0.0.0/8\" ]; };\n");
	install_conf(extra);
	buf_append(&text, "Authentication-Results: mx.example; smime=pass\n",
	           strlen("Authentication-Results: mx.example; smime=pass\n"));
	buf_append(&text, "Certmilter-Identity: class=v4; addr=ceo@example.com\n",
	           strlen("Certmilter-Identity: class=v4; addr=ceo@example.com\n"));
	for (int i = 0; i < 100; i++) {
		snprintf(line, sizeof(line), "X-Filler-%d: %d\n", i, i);
		buf_append(&text, line, strlen(line));
	}
	buf_append(&text, "certmilter-identity: class=v1\n",
	           strlen("certmilter-identity: class=v1\n"));
	buf_append(&text, "Authentication-Results: mx.example; dkim=pass\n",
	           strlen("Authentication-Results: mx.example; dkim=pass\n"));
	buf_append(&text, "Authentication-Results: other.example; smime=pass\n",
	           strlen("Authentication-Results: other.example; smime=pass\n"));
	buf_append(&text, "Authentication-Results: (x) MX.EXAMPLE;\n\tspf=none; smime = fail\n",
	           strlen("Authentication-Results: (x) MX.EXAMPLE;\n\tspf=none; smime = fail\n"));
	buf_append(&text, "From: ceo@example.com\n\nbody\n",
	           strlen("From: ceo@example.com\n\nbody\n"));
	buf_append(&text, "", 1); /* NUL */
	ck_assert_int_eq(feed(&ctx, "192.0.2.7", (char *)text.data, 1), SMFIS_CONTINUE);
	buf_append(&ctx.hdrops, "", 1);
	ck_assert_str_eq((char *)ctx.hdrops.data, "-Authentication-Results[4]\n"
	                                          "-Authentication-Results[2]\n"
	                                          "-Certmilter-Identity[2]\n"
	                                          "-Certmilter-Identity[1]\n"
	                                          "-Authentication-Results[1]\n");
	ck_assert_uint_eq(ctx.body.len, 0);
	ck_assert_ptr_null(ctx.bad);
	buf_free(&text);
	buf_free(&ctx.hdrops);
	buf_free(&ctx.body);
	install_conf(conf);
}
END_TEST

START_TEST(already_signed_untouched)
{
	static const char signed_msg[] =
	    "From: alice@example.com\nMIME-Version: 1.0\n"
	    "Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\";\n"
	    "\tmicalg=sha-256; boundary=\"S\"\n\n--S\nContent-Type: text/plain\n\nhi\n--S\n"
	    "Content-Type: application/pkcs7-signature\n\nAAAA\n--S--\n";
	struct smfi_str ctx = {0};

	ck_assert_int_eq(feed(&ctx, "127.0.0.1", signed_msg, 5), SMFIS_CONTINUE);
	ck_assert_uint_eq(ctx.body.len, 0);
	ck_assert_uint_eq(ctx.hdrops.len, 0);
}
END_TEST

START_TEST(oversize_tempfails)
{
	struct smfi_str ctx = {0};
	size_t n = 300000;
	char *big = malloc(n + 200);

	strcpy(big, "From: alice@example.com\nSubject: big\n\n");
	memset(big + strlen(big), 'x', n);
	big[n] = '\0';
	ck_assert_int_eq(feed(&ctx, "127.0.0.1", big, 65536), SMFIS_TEMPFAIL);
	ck_assert_ptr_nonnull(strstr(ctx.reply, "451 4.7.0"));
	ck_assert_ptr_nonnull(strstr(ctx.reply, "max_message_size"));
	ck_assert_uint_eq(ctx.body.len, 0);
	free(big);
}
END_TEST

START_TEST(login_mismatch_not_signed)
{
	struct smfi_str ctx = {.auth = "mallory"};

	ck_assert_int_eq(feed(&ctx, "192.0.2.7", msg_text, 64), SMFIS_CONTINUE);
	ck_assert_uint_eq(ctx.body.len, 0);
}
END_TEST

/* A From: that names two senders, or another address in its display
 * name, is never signed (the signature would vouch for alice or bob). */
START_TEST(ambiguous_from_not_signed)
{
	static const char *const texts[] = {
	    "From: alice@example.com\nFrom: bob@example.com\nSubject: two\n\nhello\n",
	    "From: alice@example.com, bob@example.com\nSubject: two\n\nhello\n",
	    "From: \"bob@example.com\" <alice@example.com>\nSubject: name\n\nhello\n",
	};

	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		struct smfi_str ctx = {0};

		ck_assert_int_eq(feed(&ctx, "127.0.0.1", texts[i], 7), SMFIS_CONTINUE);
		ck_assert_msg(ctx.body.len == 0, "signed: %s", texts[i]);
	}
}
END_TEST

START_TEST(policy_no_sign)
{
	static const char text[] = "From: x@nosign.example\nSubject: n\n\nhello\n";
	struct smfi_str ctx = {0};

	ck_assert_int_eq(feed(&ctx, "127.0.0.1", text, 3), SMFIS_CONTINUE);
	ck_assert_uint_eq(ctx.body.len, 0);
}
END_TEST

/* A local submission: no client address (Sendmail's command line) or
 * Postfix's stand-in for one (non_smtpd_milters: 127.0.0.1, port 0), even
 * with 127.0.0.0/8 internal, is inbound unless outbound.local_is_internal. */
START_TEST(local_submission)
{
	char with_key[sizeof(conf) + 64];
	const char *at = strstr(conf, "outbound = { ");

	for (int key = 0; key < 2; key++) {
		struct smfi_str none = {0}, postfix = {0}, tcp = {0};

		ck_assert_int_eq(feed_addr(&none, NULL, msg_text, 64), SMFIS_CONTINUE);
		ck_assert_int_eq(feed_port(&postfix, "127.0.0.1", 0, msg_text, 64), SMFIS_CONTINUE);
		ck_assert_int_eq(feed_port(&tcp, "127.0.0.1", 1, msg_text, 64), SMFIS_CONTINUE);
		ck_assert_msg((none.body.len > 0) == key, "no address: signed %d, key %d",
		              none.body.len > 0, key);
		ck_assert_msg((postfix.body.len > 0) == key, "port 0: signed %d, key %d",
		              postfix.body.len > 0, key);
		ck_assert_uint_gt(tcp.body.len, 0); /* a TCP client of 127.0.0.1: internal */
		fakemlfi_free(&none);
		fakemlfi_free(&postfix);
		fakemlfi_free(&tcp);
		ck_assert_ptr_nonnull(at);
		snprintf(with_key, sizeof(with_key),
		         "%.*soutbound = { local_is_internal = true; %s", (int)(at - conf), conf,
		         at + strlen("outbound = { "));
		install_conf(key == 0 ? with_key : conf);
	}
}
END_TEST

/* The spool: CRLF-canonical whatever the slicing, in memory below the
 * threshold and in a file past it, with the same bytes either way. */
START_TEST(spool_slices_and_threshold)
{
	static const char in[] = "one\ntwo\r\nthree\r\r\nfour\n\nfive";
	static const char want[] = "one\r\ntwo\r\nthree\r\r\nfour\r\n\r\nfive";
	static const size_t thresholds[] = {1 << 20, 16};

	for (size_t t = 0; t < 2; t++) {
		for (size_t slice = 1; slice <= sizeof(in); slice++) {
			struct spool *sp = spool_create(tmpdir, thresholds[t]);
			char got[128] = "";
			cm_err err;
			FILE *fp;
			size_t n;

			for (size_t off = 0; off < sizeof(in) - 1; off += slice) {
				size_t len =
				    sizeof(in) - 1 - off < slice ? sizeof(in) - 1 - off : slice;

				ck_assert_int_eq(
				    spool_write(sp, (const unsigned char *)in + off, len, &err), 0);
			}
			ck_assert_uint_eq(spool_size(sp), sizeof(want) - 1);
			ck_assert(spool_on_disk(sp) == (thresholds[t] < sizeof(want)));
			fp = spool_stream(sp, &err);
			ck_assert_ptr_nonnull(fp);
			n = fread(got, 1, sizeof(got) - 1, fp);
			ck_assert_uint_eq(n, sizeof(want) - 1);
			ck_assert_str_eq(got, want);
			spool_destroy(sp);
		}
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("milter");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	log_init("check_milter", 0, false);
	mime_init();
	tcase_add_unchecked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, slices_same_entity);
	tcase_add_test(tc, output_verifies_with_openssl);
	tcase_add_test(tc, plain_leaf_slices);
	tcase_add_test(tc, inbound_untouched);
	tcase_add_test(tc, inbound_forged_removed);
	tcase_add_test(tc, local_submission);
	tcase_add_test(tc, already_signed_untouched);
	tcase_add_test(tc, oversize_tempfails);
	tcase_add_test(tc, login_mismatch_not_signed);
	tcase_add_test(tc, ambiguous_from_not_signed);
	tcase_add_test(tc, policy_no_sign);
	tcase_add_test(tc, spool_slices_and_threshold);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	mime_shutdown();
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
