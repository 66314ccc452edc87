/*
 * check_logsafety.c - nothing a client sends can forge a log line or put
 * message text into the log (certmilter(8) AUDIT LOG), checked on the milter core
 * driven through a fake mlfi table, with the most verbose logging.
 *
 * Each case feeds one message whose From:, Subject:, envelope addresses,
 * login or queue id carry CR, LF, ESC, DEL and fake audit lines, and whose
 * body carries a marker. Everything certmilter logs goes to stderr, which
 * the test reads back: every line must be one printable line, the
 * message's lines must start with its (escaped) queue id, exactly one of
 * them is the audit line, and no line holds the body marker.
 */
#include <arpa/inet.h>
#include <check.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include "callbacks.h"
#include "fakemlfi.h"
#include "log.h"
#include "mime.h"
#include "mlfi.h"
#include "runtime.h"

#ifndef SRCDIR
#define SRCDIR "."
#endif

#define MARKER "BODY-MARKER-7f3a9c"
#define FORGE  "\r\nFORGED: dir=out from=<x@y> action=accept\n"

static char tmpdir[] = "/tmp/check_logsafety.XXXXXX";
static char logpath[600];
static long logpos;      /* what earlier cases logged */
static int saved_stderr; /* restored at teardown, for sanitizer reports */

static void write_text(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	ck_assert_ptr_nonnull(fp);
	fputs(text, fp);
	fclose(fp);
}

/* PKI, configuration (small size limit), runtime; stderr into a file. */
static void setup(void)
{
	char cmd[1024], path[600], conf[2048];
	struct cm_runtime *rt;
	cm_err err;
	int fd;

	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
	snprintf(cmd, sizeof(cmd), "bash %s/tests/pki/mkpki.sh %s/pki >/dev/null", SRCDIR, tmpdir);
	ck_assert_int_eq(system(cmd), 0);
	snprintf(path, sizeof(path), "%s/policy.conf", tmpdir);
	write_text(path, "defaults = { sign = [ \"identity\" ]; encrypt = \"never\"; };\n");
	snprintf(conf, sizeof(conf),
	         "policy_file = \"%s/policy.conf\";\nspool_dir = \"%s\";\n"
	         "keystore = { directories = [ \"%s/pki/keys\" ]; pkcs12_password_file = "
	         "\"%s/pki/p12pass\"; chain_bundle = \"%s/pki/chain.pem\"; };\n"
	         "trust = { organization = \"%s/pki/org-roots.pem\"; };\n"
	         "limits = { max_message_size = 4096; spool_threshold = 512; };\n"
	         "outbound = { internal_networks = [ \"127.0.0.0/8\" ]; };\n",
	         tmpdir, tmpdir, tmpdir, tmpdir, tmpdir, tmpdir);
	snprintf(path, sizeof(path), "%s/certmilter.conf", tmpdir);
	write_text(path, conf);
	rt = runtime_load(path, NULL, &err);
	ck_assert_msg(rt != NULL, "runtime_load: %s", err.text);
	runtime_install(rt);
	mlfi_set_ops(&fakemlfi_ops);
	snprintf(logpath, sizeof(logpath), "%s/stderr.log", tmpdir);
	fflush(stderr);
	saved_stderr = dup(2);
	fd = open(logpath, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(dup2(fd, 2), 2);
	close(fd);
	log_set_verbose(2);
}

static void teardown(void)
{
	char cmd[600];

	runtime_install(NULL);
	fflush(stderr);
	dup2(saved_stderr, 2);
	close(saved_stderr);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", tmpdir);
	ck_assert_int_eq(system(cmd), 0);
}

struct lcase {
	const char *client, *qid, *auth, *envfrom, *rcpt;
	const char *hdrs[8]; /* name, value, ..., NULL */
	const char *body;
	bool abort;
};

static void feed(const struct lcase *c)
{
	struct smfi_str ctx = {.qid = c->qid, .auth = c->auth};
	/* a TCP client's port: port 0 is Postfix's local submission */
	struct sockaddr_in sin = {.sin_family = AF_INET, .sin_port = htons(40000)};
	unsigned long pf[4];
	char *from[] = {(char *)c->envfrom, NULL}, *rcpt[] = {(char *)c->rcpt, NULL};
	size_t len = strlen(c->body);

	inet_pton(AF_INET, c->client, &sin.sin_addr);
	cb_negotiate(&ctx, 0x1ff, SMFIP_SKIP, 0, 0, &pf[0], &pf[1], &pf[2], &pf[3]);
	cb_connect(&ctx, "client", (struct sockaddr *)&sin);
	cb_envfrom(&ctx, from);
	cb_envrcpt(&ctx, rcpt);
	for (size_t i = 0; c->hdrs[i]; i += 2)
		cb_header(&ctx, (char *)c->hdrs[i], (char *)c->hdrs[i + 1]);
	cb_eoh(&ctx);
	for (size_t off = 0; off < len; off += 7)
		if (cb_body(&ctx, (unsigned char *)c->body + off, len - off < 7 ? len - off : 7) ==
		    SMFIS_SKIP)
			break;
	if (c->abort)
		cb_abort(&ctx);
	else
		cb_eom(&ctx);
	cb_close(&ctx);
	ck_assert_msg(ctx.bad == NULL, "%s", ctx.bad);
	fakemlfi_free(&ctx);
}

/* Lines that name no message and hold no message data (fixed texts). */
static bool fixed_line(const char *rest)
{
	static const char *const fixed[] = {"mime: converted despite parser warnings: "};

	for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
		if (strncmp(rest, fixed[i], strlen(fixed[i])) == 0)
			return strspn(rest + strlen(fixed[i]), "abcdefghijklmnopqrstuvwxyz ,()-") ==
			       strlen(rest + strlen(fixed[i]));
	return false;
}

/* Check the lines logged since the last call; returns how many. */
static int check_lines(const char *qid)
{
	char esc[256], prefix[300], *text, *line, *save = NULL;
	int n = 0, audit = 0;
	size_t len;
	FILE *fp;

	fflush(stderr);
	log_escape(esc, sizeof(esc), qid, strlen(qid));
	/* the queue id is a word: a space in it is written \x20 (certmilter(8)) */
	for (char *sp; (sp = strchr(esc, ' ')) != NULL && strlen(esc) + 4 < sizeof(esc);) {
		memmove(sp + 4, sp + 1, strlen(sp + 1) + 1);
		memcpy(sp, "\\x20", 4);
	}
	snprintf(prefix, sizeof(prefix), "certmilter: %s: ", esc);
	fp = fopen(logpath, "r");
	ck_assert_ptr_nonnull(fp);
	fseek(fp, 0, SEEK_END);
	len = (size_t)(ftell(fp) - logpos);
	fseek(fp, logpos, SEEK_SET);
	text = calloc(1, len + 1);
	ck_assert_uint_eq(fread(text, 1, len, fp), len);
	fclose(fp);
	logpos += (long)len;
	ck_assert_msg(len > 0 && text[len - 1] == '\n', "log does not end in a newline");
	ck_assert_uint_eq(strlen(text), len); /* no NUL inside */
	for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save), n++) {
		for (const unsigned char *p = (const unsigned char *)line; *p; p++)
			ck_assert_msg(*p >= 0x20 && *p != 0x7f, "control 0x%02x in: %s", *p, line);
		ck_assert_msg(strstr(line, MARKER) == NULL, "body text logged: %s", line);
		ck_assert_msg(strncmp(line, prefix, strlen(prefix)) == 0 ||
		                  (strncmp(line, "certmilter: ", 12) == 0 && fixed_line(line + 12)),
		              "line without the queue id %s: %s", esc, line);
		audit += strncmp(line, prefix, strlen(prefix)) == 0 &&
		         strncmp(line + strlen(prefix), "dir=", 4) == 0;
	}
	free(text);
	ck_assert_int_eq(audit, 1);
	return n;
}

static const char plain_body[] = "first line\r\n" MARKER "\r\nlast line\r\n";
static const char malformed_body[] =
    "--zz\r\nContent-Type: text/plain\rX: y\r\n\r\n" MARKER "\r\x01\r\n--zz\r\n" MARKER;

static const struct lcase cases[] = {
    /* From: display name and Subject with controls and a fake line; signed */
    {"127.0.0.1",
     "QID1",
     NULL,
     "<alice@example.com>",
     "<bob@sink.example>",
     {"From", "\"Ev\x01il" FORGE "\" <alice@example.com>", "Subject", "a\x1b[31m" FORGE "\x7f",
      NULL},
     plain_body,
     false},
    /* a From: address with controls: no certificate for it */
    {"127.0.0.1",
     "QID2",
     NULL,
     "<alice@example.com>",
     "<bob@sink.example>",
     {"From", "<al" FORGE "ice@example.com>", NULL},
     plain_body,
     false},
    /* envelope addresses with controls */
    {"127.0.0.1",
     "QID3",
     NULL,
     "<ev" FORGE "\x1b@example.com>",
     "<r\n\x7f" FORGE "@x>",
     {"From", "alice@example.com", NULL},
     plain_body,
     false},
    /* a login with controls that may not sign From: (its reason names it) */
    {"127.0.0.1",
     "QID4",
     "mallory" FORGE "\x1b[2J",
     "<alice@example.com>",
     "<b@x>",
     {"From", "alice@example.com", NULL},
     plain_body,
     false},
    /* the queue id itself */
    {"127.0.0.1",
     "QID5" FORGE,
     NULL,
     "<alice@example.com>",
     "<b@x>",
     {"From", "alice@example.com", NULL},
     plain_body,
     false},
    /* malformed MIME: the reason lists parser warnings */
    {"127.0.0.1",
     "QID6",
     NULL,
     "<alice@example.com>",
     "<b@x>",
     {"From", "alice@example.com", "MIME-Version", "1.0", "Content-Type",
      "multipart/mixed; boundary=\"zz\"" FORGE, NULL},
     malformed_body,
     false},
    /* inbound, and an abort */
    {"192.0.2.1",
     "QID7",
     NULL,
     "<x" FORGE "@example.net>",
     "<alice@example.com>",
     {"From", "x" FORGE "@example.net", NULL},
     plain_body,
     false},
    {"127.0.0.1",
     "QID8",
     "alice" FORGE,
     "<alice" FORGE "@example.com>",
     "<b@x>",
     {"From", "alice@example.com", NULL},
     plain_body,
     true},
};

START_TEST(one_line_per_message)
{
	feed(&cases[_i]);
	ck_assert_int_ge(check_lines(cases[_i].qid), 1);
}
END_TEST

START_TEST(oversize_body)
{
	struct lcase c = cases[0];
	size_t n = 6000, ml = strlen(MARKER);
	char *big = malloc(n + ml + 1);

	for (size_t off = 0; off < n; off += ml + 2)
		snprintf(big + off, n + ml + 1 - off, "%s\r\n", MARKER);
	c.qid = "QID9";
	c.body = big;
	feed(&c);
	ck_assert_int_ge(check_lines(c.qid), 1);
	free(big);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("logsafety");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	log_init("check_logsafety", LOG_LOCAL7, true);
	mime_init();
	tcase_add_unchecked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_loop_test(tc, one_line_per_message, 0, (int)(sizeof(cases) / sizeof(cases[0])));
	tcase_add_test(tc, oversize_body);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	mime_shutdown();
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
