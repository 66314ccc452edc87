/*
 * check_directory.c - unit tests for the certificate directory
 * (crypto/directory/directory.h): every source (keystore, http in four formats,
 * ldap with both attributes, files) with every kind of recipient of
 * tests/pki/mkpki.sh, the candidate checks and preferences, failures,
 * sharing of requests, the cache (hits, TTLs, LRU, negative answers in
 * their own LRU, the per-cache hash key, stale-if-error) and
 * deadlines.
 *
 * The certificate expected is named by file; its SHA-256 fingerprint is
 * computed by the openssl command line tool. The HTTP directory is
 * tests/integration/dirserver.py, the LDAP directory a private slapd
 * (tests/integration/slapd.sh), both on free ports from
 * $CHECK_DIRECTORY_PORT (default 34100) on; their request counters and
 * logs show what they received.
 */
#include <check.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include "directory.h"
#include "dir_int.h"
#include "clock.h"
#include "cms.h"
#include "log.h"
#include "testpki.h"
#include "testsrv.h"
#include "xalloc.h"

#ifndef SRCDIR
#define SRCDIR "."
#endif
#ifndef BUILDDIR
#define BUILDDIR "."
#endif

static pid_t http_pid;
static int http_port, ldap_port, closed_port;
static char ldap_dir[PATH_MAX];
static struct keystore *ks;
/* The trust bundle of every http, ldap and files source (which must name
 * one): every root of the test PKI with its intermediates. */
static char dirtrust[PATH_MAX];

/* ---- helpers ------------------------------------------------------------ */

/* SHA-256 fingerprint of a PEM certificate file (relative to the PKI), by
 * the openssl command line tool: "AB:CD:...". */
static void fp_file(const char *rel, char out[128])
{
	char cmd[PATH_MAX + 128], line[256] = "", *eq;
	FILE *fp;

	snprintf(cmd, sizeof(cmd), "openssl x509 -in '%s/%s' -noout -fingerprint -sha256",
	         testpki_dir, rel);
	fp = popen(cmd, "r");
	ck_assert_ptr_nonnull(fp);
	ck_assert_ptr_nonnull(fgets(line, sizeof(line), fp));
	pclose(fp);
	eq = strchr(line, '=');
	ck_assert_ptr_nonnull(eq);
	snprintf(out, 128, "%.*s", (int)strcspn(eq + 1, "\n"), eq + 1);
}

static void fp_cert(X509 *cert, char out[128])
{
	unsigned char md[32];
	unsigned n = 0;
	char *p = out;

	ck_assert_int_eq(X509_digest(cert, EVP_sha256(), md, &n), 1);
	for (unsigned i = 0; i < n; i++)
		p += sprintf(p, "%s%02X", i ? ":" : "", md[i]);
}

/* GET path from dirserver; the body (4096 bytes). */
static void http_get(const char *path, char *buf)
{
	char u[256];

	snprintf(u, sizeof(u), "http://127.0.0.1:%d%s", http_port, path);
	testsrv_get(u, buf, 4096);
}

static void server_mode(const char *mode)
{
	char buf[4096], path[64];

	snprintf(path, sizeof(path), "/mode/%s", mode);
	http_get(path, buf);
}

/* Lookups dirserver counted since its last reset. */
static long server_requests(void)
{
	char buf[4096];
	long n = -1;

	http_get("/stats", buf);
	ck_assert_msg(sscanf(buf, "requests %ld", &n) == 1, "stats: %s", buf);
	return n;
}

/* How often what occurs in the log of the slapd in dir so far. */
static long ldap_log_count(const char *dir, const char *what)
{
	char path[PATH_MAX + 16], *log, *p;
	long n = 0;

	snprintf(path, sizeof(path), "%s/slapd.log", dir);
	log = slurp(path, NULL);
	for (p = log; (p = strstr(p, what)) != NULL; p++)
		n++;
	x_free(log);
	return n;
}

/* Connections the people slapd accepted so far. */
static long ldap_accepts(void)
{
	return ldap_log_count(ldap_dir, " ACCEPT from");
}

/* Searches of the people slapd logged so far (not of its root DSE). */
static long ldap_searches(void)
{
	return ldap_log_count(ldap_dir, " SRCH base=\"ou=people");
}

/* A keystore of the PKI's directory dir, with the public roots and the
 * chain bundle. */
static struct keystore *ks_load(const char *dir, cm_err *err)
{
	char *path = pki_path(dir), *pub = pki_path("public-roots.pem");
	char *chain = pki_path("chain.pem");
	const struct ks_opts o = {.directories = (const char *const *)&path,
	                          .ndirectories = 1,
	                          .chain_bundle = chain,
	                          .public_roots = pub};
	struct keystore *k = keystore_load(&o, err);

	x_free(path);
	x_free(pub);
	x_free(chain);
	return k;
}

/* dirserver answering in fmt, timeout 1 s (the URL in a static buffer). */
static struct dir_source_opts http_src(const char *fmt)
{
	static char url[512];

	snprintf(url, sizeof(url), "http://127.0.0.1:%d/%s?email=%%{email}", http_port, fmt);
	return (struct dir_source_opts){DIR_SRC_HTTP, url, NULL, dirtrust, NULL, 1, false};
}

/* slapd returning attrs, timeout 1 s (the URL in a static buffer). */
static struct dir_source_opts ldap_src(const char *attrs)
{
	static char url[512];

	snprintf(url, sizeof(url),
	         "ldap://127.0.0.1:%d/ou=people,dc=example,dc=net?%s?sub?(mail=%%{email})",
	         ldap_port, attrs);
	return (struct dir_source_opts){DIR_SRC_LDAP, url, NULL, dirtrust, NULL, 1, false};
}

/* The files of files_setup, with a trust bundle or none (the path in a
 * static buffer). */
static struct dir_source_opts files_src(const char *trust)
{
	static char path[PATH_MAX];

	snprintf(path, sizeof(path), "%s/files", testpki_tmp);
	return (struct dir_source_opts){DIR_SRC_FILES, NULL, path, trust, NULL, 5, false};
}

/* An http or ldap source with a URL made from fmt (in a static buffer). */
static struct dir_source_opts url_src(enum dir_srctype type, long timeout, const char *fmt, ...)
    PRINTFLIKE(3, 4);
static struct dir_source_opts url_src(enum dir_srctype type, long timeout, const char *fmt, ...)
{
	static char url[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(url, sizeof(url), fmt, ap);
	va_end(ap);
	return (struct dir_source_opts){type, url, NULL, dirtrust, NULL, timeout, false};
}

static const struct dir_source_opts keystore_src = {
    DIR_SRC_KEYSTORE, NULL, NULL, NULL, NULL, 5, false};

/* Options with these cache settings (max_response 65536). */
#define CACHE(size, pos, neg, stale)                                                               \
	((struct dir_opts){.cache_size = (size),                                                   \
	                   .negative_size = (size),                                                \
	                   .positive_ttl = (pos),                                                  \
	                   .negative_ttl = (neg),                                                  \
	                   .stale_if_error = (stale),                                              \
	                   .max_response = 65536,                                                  \
	                   .min_rsa_bits = 2048,                                                   \
	                   .min_ec_bits = 256})
#define CACHE_DEFAULT CACHE(100, 60, 60, 0)

/* A client with options o and its n sources, the struct dir_source_opts
 * arguments after n, asking the keystore ks. */
static struct dir_client *client(struct dir_opts o, size_t n, ...)
{
	struct dir_source_opts src[4];
	struct dir_client *d;
	cm_err err = {""};
	va_list ap;

	ck_assert_uint_le(n, sizeof(src) / sizeof(src[0]));
	va_start(ap, n);
	for (size_t i = 0; i < n; i++)
		src[i] = va_arg(ap, struct dir_source_opts);
	va_end(ap);
	o.sources = src;
	o.nsources = n;
	d = dir_client_new(&o, ks, &err);
	ck_assert_msg(d != NULL, "dir_client_new: %s", err.text);
	return d;
}

/* Look addr up, waiting at most wait_ms. */
static enum dir_result lookup(struct dir_client *d, const char *addr, long wait_ms, X509 **cert,
                              cm_err *err)
{
	struct dir_lookup *l = dir_lookup_start(d, addr);
	enum dir_result r = dir_lookup_wait(l, cm_now_ms() + wait_ms, cert, err);

	dir_lookup_free(l);
	return r;
}

/* addr must give the certificate of PKI file want (NULL: none). */
static void expect(struct dir_client *d, const char *addr, const char *want, const char *ctx)
{
	X509 *cert = NULL;
	cm_err err = {""};
	enum dir_result r = lookup(d, addr, 5000, &cert, &err);
	char got[128], exp[128];

	if (want == NULL) {
		ck_assert_msg(r == DIR_NONE, "%s: %s: result %d (%s), want none", ctx, addr, r,
		              err.text);
		ck_assert_ptr_null(cert);
		return;
	}
	ck_assert_msg(r == DIR_FOUND, "%s: %s: result %d (%s), want %s", ctx, addr, r, err.text,
	              want);
	fp_cert(cert, got);
	fp_file(want, exp);
	ck_assert_msg(strcmp(got, exp) == 0, "%s: %s: got %s, want %s (%s)", ctx, addr, got, exp,
	              want);
	X509_free(cert);
}

/* What one lookup gave, and how long it took. */
struct outcome {
	enum dir_result r;
	X509 *cert;
	cm_err err;
	long took;
};

static struct outcome measure(struct dir_client *d, const char *addr)
{
	struct outcome o = {.err = {""}};
	long t0 = cm_now_ms();

	o.r = lookup(d, addr, 10000, &o.cert, &o.err);
	o.took = cm_now_ms() - t0;
	return o;
}

/* o must be "unavailable" with text in its error, within max_ms. */
static void check_unavailable(struct outcome *o, const char *addr, const char *text, long max_ms)
{
	X509 *cert = o->cert;

	o->cert = NULL;
	X509_free(cert);
	ck_assert_msg(o->r == DIR_UNAVAILABLE, "%s: result %d, want unavailable (%s); error \"%s\"",
	              addr, o->r, text, o->err.text);
	ck_assert_msg(cert == NULL, "%s: a certificate with the result unavailable", addr);
	ck_assert_msg(strstr(o->err.text, text) != NULL, "error \"%s\" lacks \"%s\"", o->err.text,
	              text);
	ck_assert_msg(o->took <= max_ms, "%s: unavailable after %ld ms (at most %ld)", addr,
	              o->took, max_ms);
}

static void expect_unavailable(struct dir_client *d, const char *addr, const char *text,
                               long max_ms)
{
	struct outcome o = measure(d, addr);

	check_unavailable(&o, addr, text, max_ms);
}

/* ---- what every directory holds (tests/pki/mkpki.sh) --------------------- */

struct rcpt {
	const char *addr;
	const char *all; /* every certificate published */
	const char *der; /* only the first one published */
};

static const struct rcpt rcpts[] = {
    {"rcpt-enc@example.net", "recipients/rcpt-enc.pem", "recipients/rcpt-enc.pem"},
    {"rcpt-vp@example.net", "recipients/rcpt-vp.pem", "recipients/rcpt-vp.pem"},
    {"rcpt-ec@example.net", "recipients/rcpt-ec.pem", "recipients/rcpt-ec.pem"},
    {"rcpt-sign@example.net", NULL, NULL},
    {"rcpt-expired@example.net", NULL, NULL},
    {"rcpt-other@example.net", NULL, NULL},
    {"someone-else@example.net", NULL, NULL}, /* not published */
    {"rcpt-two@example.net", "recipients/rcpt-two-new.pem", "recipients/rcpt-two-old.pem"},
    {"rcpt-mix@example.net", "recipients/rcpt-mix-enc.pem", "recipients/rcpt-mix-dual.pem"},
    {"rcpt-org@example.net", "recipients/rcpt-org.pem", "recipients/rcpt-org.pem"},
    {"rcpt-weak@example.net", NULL, NULL}, /* RSA-1024 */
    {"rcpt-self@example.net", NULL, NULL}, /* self-signed: not in the trust bundle */
    {"nobody@example.net", NULL, NULL},
};
#define NRCPTS (sizeof(rcpts) / sizeof(rcpts[0]))

static void expect_all(struct dir_client *d, bool der, const char *ctx)
{
	for (size_t i = 0; i < NRCPTS; i++)
		expect(d, rcpts[i].addr, der ? rcpts[i].der : rcpts[i].all, ctx);
}

/* ---- sources -------------------------------------------------------------- */

/* Sources the client refuses, with why. */
static void expect_refused(void)
{
	static const struct {
		struct dir_source_opts src;
		const char *why;
	} t[] = {
	    {{DIR_SRC_HTTP, NULL, NULL, NULL, NULL, 1, false}, "directory.sources[1]: no url"},
	    {{DIR_SRC_LDAP, NULL, NULL, NULL, NULL, 1, false}, "directory.sources[1]: no url"},
	    {{DIR_SRC_FILES, NULL, NULL, NULL, NULL, 5, false}, "directory.sources[1]: no path"},
	    {{(enum dir_srctype)7, NULL, NULL, NULL, NULL, 5, false},
	     "directory.sources[1]: unknown type 7"},
	    {{DIR_SRC_HTTP, "http://127.0.0.1:1/%{email}", NULL, "/nonexistent/roots.pem", NULL, 1,
	      false},
	     "/nonexistent/roots.pem"},
	};
	struct dir_opts o = CACHE_DEFAULT;

	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		cm_err err = {""};

		o.sources = &t[i].src;
		o.nsources = 1;
		ck_assert_ptr_null(dir_client_new(&o, ks, &err));
		ck_assert_msg(strstr(err.text, t[i].why) != NULL, "%zu: \"%s\" lacks \"%s\"", i,
		              err.text, t[i].why);
	}
}

START_TEST(test_keystore)
{
	struct dir_client *d = client(CACHE_DEFAULT, 1, keystore_src);

	expect(d, "alice@example.com", "keys/alice-enc.pem", "keystore");
	expect(d, "alice@EXAMPLE.com", "keys/alice-enc.pem", "keystore, domain case");
	expect(d, "bob@example.com", "keys/bob-vp.pem", "keystore (Vp)");
	expect(d, "carol@example.com", NULL, "keystore (signing only)");
	expect(d, "rcpt-enc@example.net", NULL, "keystore (not there)");
	dir_client_free(d);
	expect_refused();
}
END_TEST

/* The recipients as a keystore of their own (indexed by the addresses
 * their certificates name, expired ones skipped, newest per class). */
START_TEST(test_keystore_recipients)
{
	static const struct {
		const char *addr, *want;
	} t[] = {
	    {"rcpt-enc@example.net", "recipients/rcpt-enc.pem"},
	    {"rcpt-vp@example.net", "recipients/rcpt-vp.pem"},
	    {"rcpt-ec@example.net", "recipients/rcpt-ec.pem"},
	    {"rcpt-sign@example.net", NULL},
	    {"rcpt-expired@example.net", NULL},
	    {"rcpt-other@example.net", NULL},
	    {"someone-else@example.net", "recipients/rcpt-other.pem"},
	    {"rcpt-two@example.net", "recipients/rcpt-two-new.pem"},
	    {"rcpt-mix@example.net", "recipients/rcpt-mix-enc.pem"},
	    {"odd*(x)\\y+z@example.net", "recipients/rcpt-odd.pem"},
	    {"rcpt-weak@example.net", NULL}, /* RSA-1024: under trust.min_rsa_bits */
	};
	struct dir_opts o = CACHE(10000, 3600, 300, 0); /* certmilter.conf's defaults */
	struct keystore *rks;
	struct dir_client *d;
	cm_err err = {""};

	rks = ks_load("recipients", &err);
	ck_assert_msg(rks != NULL, "%s", err.text);
	o.sources = &keystore_src;
	o.nsources = 1;
	d = dir_client_new(&o, rks, &err);
	ck_assert_msg(d != NULL, "%s", err.text);
	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		expect(d, t[i].addr, t[i].want, "keystore of recipients");
	dir_client_free(d);
	keystore_free(rks);
}
END_TEST

static const char *const formats[] = {"pem", "der", "p7c", "p7pem"};

START_TEST(test_http_formats)
{
	struct dir_client *d = client(CACHE_DEFAULT, 1, http_src(formats[_i]));

	http_get("/reset", (char[4096]){0});
	expect_all(d, strcmp(formats[_i], "der") == 0, formats[_i]);
	ck_assert_int_eq(server_requests(), (long)NRCPTS);
	dir_client_free(d);
}
END_TEST

static const char *const attrs[] = {"userCertificate;binary", "userSMIMECertificate",
                                    "userCertificate;binary,userSMIMECertificate"};

START_TEST(test_ldap_attrs)
{
	struct dir_client *d = client(CACHE_DEFAULT, 1, ldap_src(attrs[_i]));
	long before = ldap_searches(), searches;

	expect_all(d, false, attrs[_i]);
	dir_client_free(d);
	usleep(100 * 1000); /* for slapd's log */
	searches = ldap_searches() - before;
	ck_assert_int_eq(searches, (long)NRCPTS); /* one per address */
}
END_TEST

START_TEST(test_files)
{
	struct dir_client *d = client(CACHE_DEFAULT, 1, files_src(dirtrust));
	char path[PATH_MAX];

	expect_all(d, false, "files");
	snprintf(path, sizeof(path), "%s/files/garbage@example.net.pem", testpki_tmp);
	write_file(path, "not a certificate\n", 18);
	expect_unavailable(d, "garbage@example.net", "no certificate in the file", 1000);
	/* a certificate whose EC point is off the curve (fuzz_directory's
	 * finding): no key to check, so no certificate, and no crash */
	ck_assert_int_eq(
	    run("openssl x509 -inform DER -in '%s/tests/fuzz/regressions/directory/"
	        "der-ec-point-off-curve-null-pubkey' -out '%s/files/badkey@example.net.pem'",
	        SRCDIR, testpki_tmp),
	    0);
	expect(d, "badkey@example.net", NULL, "files, undecodable public key");
	expect(d, "../files/rcpt-enc@example.net", NULL, "files, ../");
	expect(d, ".hidden@example.net", NULL, "files, leading dot");
	dir_client_free(d);
}
END_TEST

/* A trust bundle: the root alone needs the intermediate in the answer. */
START_TEST(test_trust)
{
	struct dir_source_opts src;
	struct dir_client *d;
	char root[PATH_MAX], chain[PATH_MAX];

	snprintf(root, sizeof(root), "%s/public-roots.pem", testpki_dir);
	snprintf(chain, sizeof(chain), "%s/pubchain.pem", testpki_tmp);
	ck_assert_int_eq(run("cat '%s' '%s/public-ca.pem' >'%s'", root, testpki_dir, chain), 0);
	src = url_src(DIR_SRC_HTTP, 5, "http://127.0.0.1:%d/pem?email=%%{email}", http_port);
	src.trust = root;
	d = client(CACHE_DEFAULT, 1, src);
	expect(d, "rcpt-vp@example.net", "recipients/rcpt-vp.pem", "trust root, chain in answer");
	expect(d, "rcpt-enc@example.net", NULL, "trust root, no chain");
	dir_client_free(d);
	d = client(CACHE_DEFAULT, 1, files_src(chain));
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "trust root + CA");
	expect(d, "rcpt-ec@example.net", "recipients/rcpt-ec.pem", "trust root + CA");
	expect(d, "rcpt-org@example.net", NULL, "trust root + CA, org certificate");
	dir_client_free(d);
}
END_TEST

/* A client for one source with the smallest RSA key min_rsa. */
static struct dir_client *client_min(struct dir_source_opts src, int min_rsa)
{
	struct dir_opts o = CACHE_DEFAULT;

	o.min_rsa_bits = min_rsa;
	return client(o, 1, src);
}

/* Chains are verified for S/MIME encryption and key sizes (issue 20,
 * finding 5): a certificate under a CA restricted to TLS servers, and one
 * with an RSA-1024 key, are not used, whatever the source; the minimum is
 * trust.min_rsa_bits. */
START_TEST(test_chain_checks)
{
	char trust[PATH_MAX];
	struct dir_client *d;

	snprintf(trust, sizeof(trust), "%s/pubchain5.pem", testpki_tmp);
	ck_assert_int_eq(run("cat '%s/public-roots.pem' '%s/public-ca.pem' >'%s'", testpki_dir,
	                     testpki_dir, trust),
	                 0);
	{
		struct dir_source_opts src =
		    url_src(DIR_SRC_HTTP, 5, "http://127.0.0.1:%d/pem?email=%%{email}", http_port);

		src.trust = trust;
		d = client_min(src, 2048);
	}
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "http, trust");
	expect(d, "rcpt-tlsca@example.net", NULL, "http, under a TLS server CA");
	expect(d, "rcpt-weak@example.net", NULL, "http, RSA-1024");
	dir_client_free(d);
	d = client_min(files_src(trust), 2048);
	expect(d, "rcpt-ec@example.net", "recipients/rcpt-ec.pem", "files, trust, EC");
	expect(d, "rcpt-tlsca@example.net", NULL, "files, under a TLS server CA");
	expect(d, "rcpt-weak@example.net", NULL, "files, RSA-1024");
	dir_client_free(d);
	d = client_min(files_src(trust), 1024);
	expect(d, "rcpt-weak@example.net", "recipients/rcpt-weak.pem", "min_rsa_bits = 1024");
	dir_client_free(d);
}
END_TEST

/* The first source with a hit wins; later sources are not asked. An
 * unavailable source does not stop the search, but without a hit the
 * result is unavailable. */
START_TEST(test_order)
{
	struct dir_client *d;

	http_get("/reset", (char[4096]){0});
	d = client(CACHE_DEFAULT, 2, keystore_src, http_src("pem"));
	expect(d, "alice@example.com", "keys/alice-enc.pem", "keystore before http");
	ck_assert_int_eq(server_requests(), 0);
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "keystore, then http");
	ck_assert_int_eq(server_requests(), 1);
	dir_client_free(d);

	d = client(CACHE_DEFAULT, 2, http_src("pem"), files_src(dirtrust));
	server_mode("500");
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "http down, files");
	expect_unavailable(d, "nobody@example.net", "HTTP status 500", 3000);
	server_mode("normal");
	expect(d, "nobody2@example.net", NULL, "http and files: none");
	dir_client_free(d);
}
END_TEST

/* ---- failures ------------------------------------------------------------- */

static const struct {
	const char *mode, *text;
} faults[] = {
    {"500", "HTTP status 500"},
    {"garbage", "no certificate in the reply (26 bytes, Content-Type application/pkix-cert)"},
    {"hang", "timed out after 1 s"},
};

START_TEST(test_http_fault)
{
	struct dir_client *d = client(CACHE_DEFAULT, 1, http_src("pem"));
	char want[256];

	struct outcome o;

	server_mode(faults[_i].mode);
	snprintf(want, sizeof(want), "http://127.0.0.1:%d/pem?email=rcpt-enc%%40example.net: %s",
	         http_port, faults[_i].text);
	o = measure(d, "rcpt-enc@example.net");
	server_mode("normal"); /* before any assertion: the tests share the server */
	check_unavailable(&o, "rcpt-enc@example.net", want, 2000);
	dir_client_free(d);
}
END_TEST

START_TEST(test_http_none)
{
	struct dir_opts o;
	struct dir_client *d = client(CACHE_DEFAULT, 1, http_src("empty"));

	expect(d, "rcpt-enc@example.net", NULL, "204");
	dir_client_free(d);
	d = client(CACHE_DEFAULT, 1,
	           url_src(DIR_SRC_HTTP, 1, "http://127.0.0.1:%d/?e=%%{email}", closed_port));
	expect_unavailable(d, "rcpt-enc@example.net", "connection refused", 2000);
	dir_client_free(d);
	o = CACHE_DEFAULT;
	o.max_response = 1024;
	d = client(o, 1, http_src("pem"));
	expect_unavailable(d, "rcpt-two@example.net", "larger than directory.max_response", 2000);
	dir_client_free(d);
}
END_TEST

START_TEST(test_ldap_fault)
{
	struct dir_client *d = client(CACHE_DEFAULT, 1, ldap_src("userCertificate;binary"));
	struct dir_opts opts = CACHE_DEFAULT;
	long before;
	char want[256];

	struct outcome o;
	int paused, resumed;

	snprintf(want, sizeof(want),
	         "ldap://127.0.0.1:%d/ou=people,dc=example,dc=net?userCertificate;binary?sub?"
	         "(mail=rcpt-enc%%40example.net): timed out after 1 s",
	         ldap_port);
	/* slapd resumed before any assertion: the tests share it (CK_FORK=no) */
	paused = run("bash '%s/tests/integration/slapd.sh' pause '%s'", SRCDIR, ldap_dir);
	o = measure(d, "rcpt-enc@example.net");
	resumed = run("bash '%s/tests/integration/slapd.sh' resume '%s'", SRCDIR, ldap_dir);
	ck_assert_int_eq(paused, 0);
	ck_assert_int_eq(resumed, 0);
	check_unavailable(&o, "rcpt-enc@example.net", want, 2000);
	dir_client_free(d);
	d = client(
	    CACHE_DEFAULT, 1,
	    url_src(DIR_SRC_LDAP, 5,
	            "ldap://127.0.0.1:%d/ou=nowhere,dc=example,dc=net?mail?sub?(mail=%%{email})",
	            ldap_port));
	expect_unavailable(d, "rcpt-enc@example.net", "search failed", 6000);
	dir_client_free(d);
	d = client(
	    CACHE_DEFAULT, 1,
	    url_src(DIR_SRC_LDAP, 5,
	            "ldap://127.0.0.1:%d/ou=people,dc=example,dc=net?mail?sub?(mail=%%{email})",
	            closed_port));
	expect_unavailable(d, "rcpt-enc@example.net", "ldap://127.0.0.1:", 6000);
	dir_client_free(d);
	/* an answer over max_response is abandoned; its connection serves on */
	before = ldap_accepts();
	opts.max_response = 1024;
	d = client(opts, 1, ldap_src("userCertificate;binary"));
	expect_unavailable(d, "rcpt-two@example.net", "larger than directory.max_response", 2000);
	expect(d, "someone-else@example.net", NULL, "ldap, after an answer too large");
	dir_client_free(d);
	usleep(100 * 1000); /* for slapd's log */
	ck_assert_int_eq(ldap_accepts() - before, 1);
}
END_TEST

/* ---- addresses ------------------------------------------------------------ */

START_TEST(test_escaping)
{
	const char *odd = "odd*(x)\\y+z@example.net";
	struct dir_client *d = client(CACHE_DEFAULT, 1, http_src("pem"));
	char buf[4096], log[PATH_MAX + 16], *text;

	http_get("/reset", buf);
	expect(d, odd, "recipients/rcpt-odd.pem", "http");
	http_get("/requests", buf);
	ck_assert_str_eq(buf, "/pem?email=odd%2A%28x%29%5Cy%2Bz%40example.net\n");
	dir_client_free(d);

	d = client(CACHE_DEFAULT, 1, ldap_src("userSMIMECertificate"));
	expect(d, odd, "recipients/rcpt-odd.pem", "ldap");
	expect(d, "*@example.net", NULL, "ldap, a wildcard that must not match");
	dir_client_free(d);
	usleep(100 * 1000);
	snprintf(log, sizeof(log), "%s/slapd.log", ldap_dir);
	text = slurp(log, NULL);
	ck_assert_msg(strstr(text, "filter=\"(mail=odd\\2A\\28x\\29\\5Cy+z@example.net)\"") != NULL,
	              "slapd did not receive the escaped filter");
	ck_assert_msg(strstr(text, "filter=\"(mail=\\2A@example.net)\"") != NULL,
	              "slapd did not receive the escaped *");
	x_free(text);
}
END_TEST

START_TEST(test_addresses)
{
	struct dir_client *d = client(CACHE_DEFAULT, 1, http_src("pem"));
	static const char *const bad[] = {
	    "", "noat", "x@", "@example.net", "a b@example.net", "a\tb@example.net"};
	struct dir_stats st;

	http_get("/reset", (char[4096]){0});
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		expect(d, bad[i], NULL, "not an address");
	ck_assert_int_eq(server_requests(), 0);
	expect(d, "rcpt-enc@EXAMPLE.Net", "recipients/rcpt-enc.pem", "domain case");
	expect(d, "RCPT-ENC@example.net", NULL, "local part case, exact");
	dir_client_stats(d, &st);
	ck_assert_uint_eq(st.hits + st.misses, 2);
	dir_client_free(d);
}
END_TEST

START_TEST(test_local_part_insensitive)
{
	struct dir_opts o = CACHE(10000, 3600, 300, 0); /* certmilter.conf's defaults */
	struct dir_client *d;

	o.local_part_ci = true;
	d = client(o, 1, http_src("pem"));
	expect(d, "RCPT-Enc@Example.NET", "recipients/rcpt-enc.pem",
	       "local part case, insensitive");
	dir_client_free(d);
}
END_TEST

/* ---- cache and sharing ----------------------------------------------------- */

struct starter {
	struct dir_client *d;
	const char *addr;
	struct dir_lookup *l;
};

static void *start_thread(void *arg)
{
	struct starter *s = arg;

	s->l = dir_lookup_start(s->d, s->addr);
	return NULL;
}

/* Two lookups of one address at the same time: one request. */
START_TEST(test_shared_request)
{
	struct dir_client *d = client(CACHE_DEFAULT, 1, http_src("pem"));
	struct starter s[2] = {{d, "rcpt-enc@example.net", NULL},
	                       {d, "rcpt-enc@example.net", NULL}};
	pthread_t tid[2];
	struct dir_stats st;
	char want[128], got[128];

	http_get("/reset", (char[4096]){0});
	server_mode("slow?ms=300");
	for (int i = 0; i < 2; i++)
		ck_assert_int_eq(pthread_create(&tid[i], NULL, start_thread, &s[i]), 0);
	for (int i = 0; i < 2; i++)
		pthread_join(tid[i], NULL);
	fp_file("recipients/rcpt-enc.pem", want);
	for (int i = 0; i < 2; i++) {
		X509 *cert = NULL;
		cm_err err = {""};

		ck_assert_int_eq(dir_lookup_wait(s[i].l, cm_now_ms() + 5000, &cert, &err),
		                 DIR_FOUND);
		fp_cert(cert, got);
		ck_assert_str_eq(got, want);
		X509_free(cert);
		dir_lookup_free(s[i].l);
	}
	ck_assert_int_eq(server_requests(), 1);
	dir_client_stats(d, &st);
	ck_assert_uint_eq(st.requests, 1);
	ck_assert_uint_eq(st.misses, 2);
	server_mode("normal");
	dir_client_free(d);
}
END_TEST

START_TEST(test_cache_hit)
{
	struct dir_client *d = client(CACHE_DEFAULT, 1, http_src("pem"));
	struct dir_stats st;

	http_get("/reset", (char[4096]){0});
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "first");
	expect(d, "nobody@example.net", NULL, "first");
	ck_assert_int_eq(server_requests(), 2);
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "cached");
	expect(d, "rcpt-enc@Example.NET", "recipients/rcpt-enc.pem", "cached, domain case");
	expect(d, "nobody@example.net", NULL, "cached");
	ck_assert_int_eq(server_requests(), 2);
	dir_client_stats(d, &st);
	ck_assert_uint_eq(st.hits, 3);
	ck_assert_uint_eq(st.misses, 2);
	ck_assert_uint_eq(st.requests, 2);
	ck_assert_uint_eq(st.entries, 2);
	dir_client_free(d);
}
END_TEST

START_TEST(test_ttls)
{
	struct dir_client *d = client(CACHE(100, 2, 1, 0), 1, http_src("pem"));

	http_get("/reset", (char[4096]){0});
	expect(d, "nobody@example.net", NULL, "negative");
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "positive");
	expect(d, "nobody@example.net", NULL, "negative, cached");
	ck_assert_int_eq(server_requests(), 2);
	usleep(1200 * 1000); /* past the negative TTL, within the positive one */
	expect(d, "nobody@example.net", NULL, "negative, expired");
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "positive, cached");
	ck_assert_int_eq(server_requests(), 3);
	usleep(1000 * 1000); /* past the positive TTL */
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "positive, expired");
	ck_assert_int_eq(server_requests(), 4);
	dir_client_free(d);
}
END_TEST

START_TEST(test_lru)
{
	struct dir_client *d = client(CACHE(2, 60, 60, 0), 1, http_src("pem"));
	struct dir_stats st;

	http_get("/reset", (char[4096]){0});
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "A");
	expect(d, "rcpt-ec@example.net", "recipients/rcpt-ec.pem", "B");
	expect(d, "nobody@example.net", NULL, "C");
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "A again");
	ck_assert_int_eq(server_requests(), 3);
	expect(d, "rcpt-vp@example.net", "recipients/rcpt-vp.pem", "D evicts B");
	dir_client_stats(d, &st);
	ck_assert_uint_eq(st.evictions, 1);
	ck_assert_uint_eq(st.entries, 3);
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "A still");
	expect(d, "nobody@example.net", NULL, "C still");
	ck_assert_int_eq(server_requests(), 4);
	expect(d, "rcpt-ec@example.net", "recipients/rcpt-ec.pem", "B again, evicts D");
	ck_assert_int_eq(server_requests(), 5);
	expect(d, "rcpt-vp@example.net", "recipients/rcpt-vp.pem", "D again");
	ck_assert_int_eq(server_requests(), 6);
	dir_client_stats(d, &st);
	ck_assert_uint_eq(st.evictions, 3);
	dir_client_free(d);
}
END_TEST

/* A certificate of the PKI (relative path), or a failed test. */
static X509 *pki_cert(const char *rel)
{
	char *path = pki_path(rel);
	FILE *fp = fopen(path, "r");
	X509 *x = fp != NULL ? PEM_read_X509(fp, NULL, NULL, NULL) : NULL;

	if (fp != NULL)
		fclose(fp);
	ck_assert_msg(x != NULL, "cannot read %s", path);
	x_free(path);
	return x;
}

/* A flood of "no certificate" answers (10 times the bound) evicts no
 * certificate: each of the N certificates put first is still a fresh hit. */
START_TEST(test_cache_negatives_apart)
{
	enum { N = 16 };
	struct dir_cache *c = dir_cache_new(N, N);
	X509 *cert = pki_cert("recipients/rcpt-enc.pem"), *got;
	long now = cm_now_ms(), until = now + 600000;
	char key[64];

	for (int i = 0; i < N; i++) {
		snprintf(key, sizeof(key), "user%d@example.net", i);
		dir_cache_put(c, key, cert, until, until);
	}
	for (int i = 0; i < 10 * N; i++) {
		snprintf(key, sizeof(key), "random%d@example.org", i);
		dir_cache_put(c, key, NULL, until, until);
	}
	for (int i = 0; i < N; i++) {
		snprintf(key, sizeof(key), "user%d@example.net", i);
		ck_assert_msg(dir_cache_get(c, key, now, &got) == DIR_C_FRESH,
		              "%s evicted by negative answers", key);
		ck_assert_ptr_eq(got, cert);
	}
	ck_assert_uint_eq(dir_cache_count(c), 2 * N);
	ck_assert_uint_eq(dir_cache_count_negative(c), N);
	snprintf(key, sizeof(key), "random%d@example.org", 10 * N - 1);
	ck_assert_int_eq(dir_cache_get(c, key, now, &got), DIR_C_FRESH);
	ck_assert_ptr_null(got);
	snprintf(key, sizeof(key), "random%d@example.org", 0);
	ck_assert_int_eq(dir_cache_get(c, key, now, &got), DIR_C_MISS);
	/* an answer of the other kind replaces the entry, in its own list */
	dir_cache_put(c, "user0@example.net", NULL, until, until);
	ck_assert_int_eq(dir_cache_get(c, "user0@example.net", now, &got), DIR_C_FRESH);
	ck_assert_ptr_null(got);
	ck_assert_uint_eq(dir_cache_count(c), 2 * N - 1);
	dir_cache_free(c);
	X509_free(cert);
}
END_TEST

/* The hash is keyed per cache: two caches hash the same addresses
 * differently (all 32 equal by chance: about 2^-2048), one cache always
 * the same way. */
START_TEST(test_cache_seed)
{
	struct dir_cache *a = dir_cache_new(10, 10), *b = dir_cache_new(10, 10);
	int differ = 0;
	char key[64];

	for (int i = 0; i < 32; i++) {
		snprintf(key, sizeof(key), "rcpt%d@example.net", i);
		ck_assert_uint_eq(dir_cache_hash(a, key), dir_cache_hash(a, key));
		differ += dir_cache_hash(a, key) != dir_cache_hash(b, key);
	}
	ck_assert_int_eq(differ, 32);
	dir_cache_free(a);
	dir_cache_free(b);
}
END_TEST

START_TEST(test_stale_if_error)
{
	struct dir_client *d = client(CACHE(100, 1, 1, 60), 1, http_src("pem"));
	struct dir_stats st;

	http_get("/reset", (char[4096]){0});
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "fresh");
	expect(d, "nobody@example.net", NULL, "fresh");
	usleep(1100 * 1000);
	server_mode("500");
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "stale, server 500");
	expect_unavailable(d, "nobody@example.net", "HTTP status 500", 2000);
	ck_assert_int_eq(server_requests(), 4);
	dir_client_stats(d, &st);
	ck_assert_uint_eq(st.stale_hits, 1);
	server_mode("normal");
	dir_client_free(d);

	d = client(CACHE(100, 1, 1, 0), 1, http_src("pem"));
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "fresh");
	usleep(1100 * 1000);
	server_mode("500");
	expect_unavailable(d, "rcpt-enc@example.net", "HTTP status 500", 2000);
	server_mode("normal");
	dir_client_free(d);
}
END_TEST

/* A "no certificate" from a cleartext source (here an http:// directory
 * that answers 404 for everyone, as an attacker on the path can) neither
 * replaces nor shortens a cached certificate: within stale_if_error the
 * certificate stays the answer; past it, the 404 counts. An authentic
 * "no certificate" (a files source) does replace it. */
START_TEST(test_cleartext_negative)
{
	struct dir_client *d = client(CACHE(100, 1, 60, 2), 1, http_src("pem"));
	char dir[PATH_MAX];
	struct dir_stats st;

	http_get("/reset", (char[4096]){0});
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "cached");
	usleep(1100 * 1000); /* past the positive TTL, within stale_if_error */
	server_mode("404");
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "cleartext 404, kept");
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "cleartext 404 again");
	ck_assert_int_eq(server_requests(), 3);
	dir_client_stats(d, &st);
	ck_assert_uint_eq(st.stale_hits, 2);
	ck_assert_uint_eq(st.entries, 1);
	usleep(2100 * 1000); /* past stale_if_error: the 404 is the answer */
	expect(d, "rcpt-enc@example.net", NULL, "cleartext 404, past stale_if_error");
	server_mode("normal");
	dir_client_free(d);

	snprintf(dir, sizeof(dir), "%s/files-neg", testpki_tmp);
	ck_assert_int_eq(run("rm -rf '%s' && mkdir '%s' && cp '%s/files/rcpt-enc@example.net.pem' "
	                     "'%s/'",
	                     dir, dir, testpki_tmp, dir),
	                 0);
	d = client(CACHE(100, 1, 60, 60), 1,
	           (struct dir_source_opts){DIR_SRC_FILES, NULL, dir, dirtrust, NULL, 5, false});
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "files");
	ck_assert_int_eq(run("rm '%s/rcpt-enc@example.net.pem'", dir), 0);
	usleep(1100 * 1000);
	expect(d, "rcpt-enc@example.net", NULL, "files: gone, authentic");
	dir_client_free(d);
}
END_TEST

/* StartTLS where the LDAP server accepts it. The test slapd has no TLS:
 * the first connection of a client asks for StartTLS, is refused, and
 * searches in clear; later ones do not ask (the answer is kept). A slapd
 * that accepts StartTLS with a certificate no CA of the system vouches for
 * gets StartTLS, the handshake fails, and no search is ever made in
 * clear: unavailable. */
START_TEST(test_ldap_starttls)
{
	static const char root_dse[] = "SRCH attr=supportedExtension";
	static const char starttls[] = "EXT oid=1.3.6.1.4.1.1466.20037";
	static const char people[] = " SRCH base=\"ou=people";
	long dse = ldap_log_count(ldap_dir, root_dse), before = ldap_searches();
	long asked = ldap_log_count(ldap_dir, starttls);
	char tls_dir[PATH_MAX];
	struct dir_client *d = client(CACHE_DEFAULT, 1, ldap_src("userCertificate;binary"));
	int port;

	expect(d, "rcpt-vp@example.net", "recipients/rcpt-vp.pem", "ldap, no StartTLS offered");
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "ldap, no StartTLS offered");
	dir_client_free(d);
	usleep(100 * 1000); /* for slapd's log */
	ck_assert_int_eq(ldap_log_count(ldap_dir, root_dse) - dse, 0);
	ck_assert_int_eq(ldap_searches() - before, 2);
	ck_assert_int_eq(ldap_log_count(ldap_dir, starttls) - asked, 1);

	snprintf(tls_dir, sizeof(tls_dir), "%s/slapd-tls", testpki_tmp);
	port = testsrv_next_port(ldap_port + 1);
	ck_assert_int_eq(
	    run("SLAPD_TLS='%s/tsa.pem %s/tsa.key' bash '%s/tests/integration/slapd.sh' "
	        "start '%s' %d '%s/recipients/directory.txt' %d",
	        testpki_dir, testpki_dir, SRCDIR, tls_dir, port, testpki_dir, (int)getpid()),
	    0);
	d = client(CACHE_DEFAULT, 1,
	           url_src(DIR_SRC_LDAP, 2,
	                   "ldap://127.0.0.1:%d/ou=people,dc=example,dc=net?"
	                   "userCertificate;binary?sub?(mail=%%{email})",
	                   port));
	expect_unavailable(d, "rcpt-vp@example.net", "TLS after StartTLS failed", 5000);
	expect_unavailable(d, "rcpt-enc@example.net", "ldap://127.0.0.1:", 5000);
	dir_client_free(d);
	usleep(100 * 1000);
	ck_assert_int_eq(ldap_log_count(tls_dir, root_dse), 0);
	ck_assert_int_eq(ldap_log_count(tls_dir, starttls), 2); /* accepted: asked again */
	ck_assert_int_eq(ldap_log_count(tls_dir, people), 0);
	run("bash '%s/tests/integration/slapd.sh' stop '%s'", SRCDIR, tls_dir);
}
END_TEST

/* A CA and a server certificate it issued for 127.0.0.1 in dir (ca.pem,
 * srv.pem, srv.key). */
static int tls_server_pki(const char *dir)
{
	return run("mkdir -p '%s' && cd '%s' && "
	           "printf 'subjectAltName=IP:127.0.0.1\\nbasicConstraints=CA:FALSE\\n"
	           "extendedKeyUsage=serverAuth\\nkeyUsage=digitalSignature\\n' >srv.ext && "
	           "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 "
	           "-keyout ca.key -out ca.pem -subj '/CN=LDAP test CA' 2>/dev/null && "
	           "openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout srv.key "
	           "-out srv.csr -subj '/CN=127.0.0.1' 2>/dev/null && "
	           "openssl x509 -req -in srv.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 "
	           "-extfile srv.ext -out srv.pem 2>/dev/null",
	           dir, dir);
}

/* StartTLS and ldaps:// with a server certificate the CA store knows
 * (dir_ldap_ca_file set to a test CA): found, over TLS, the StartTLS
 * connection reused; with the system's store the same ldaps:// server is
 * unavailable. */
START_TEST(test_ldap_tls)
{
	static const char starttls[] = "EXT oid=1.3.6.1.4.1.1466.20037";
	static const char people[] = " SRCH base=\"ou=people";
	static const char tmpl[] = "%s://127.0.0.1:%d/ou=people,dc=example,dc=net?"
	                           "userCertificate;binary?sub?(mail=%%{email})";
	const char *system_ca = dir_ldap_ca_file;
	char pki[PATH_MAX], sdir[PATH_MAX], ca[PATH_MAX + 16];
	struct dir_client *d;
	int port = testsrv_next_port(ldap_port + 10), sport = testsrv_next_port(port + 1);

	snprintf(pki, sizeof(pki), "%s/ldap-tls-pki", testpki_tmp);
	snprintf(sdir, sizeof(sdir), "%s/slapd-tls-ok", testpki_tmp);
	snprintf(ca, sizeof(ca), "%s/ca.pem", pki);
	ck_assert_int_eq(tls_server_pki(pki), 0);
	ck_assert_int_eq(run("SLAPD_TLS='%s/srv.pem %s/srv.key' SLAPD_LDAPS_PORT=%d bash "
	                     "'%s/tests/integration/slapd.sh' start '%s' %d "
	                     "'%s/recipients/directory.txt' %d",
	                     pki, pki, sport, SRCDIR, sdir, port, testpki_dir, (int)getpid()),
	                 0);
	dir_ldap_ca_file = ca;
	d = client(CACHE_DEFAULT, 1, url_src(DIR_SRC_LDAP, 2, tmpl, "ldap", port));
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "ldap, StartTLS");
	expect(d, "rcpt-vp@example.net", "recipients/rcpt-vp.pem", "ldap, StartTLS, reused");
	dir_client_free(d);
	d = client(CACHE_DEFAULT, 1, url_src(DIR_SRC_LDAP, 2, tmpl, "ldaps", sport));
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "ldaps");
	dir_client_free(d);
	dir_ldap_ca_file = system_ca;
	d = client(CACHE_DEFAULT, 1, url_src(DIR_SRC_LDAP, 2, tmpl, "ldaps", sport));
	expect_unavailable(d, "rcpt-enc@example.net", "ldaps://127.0.0.1:", 5000);
	dir_client_free(d);
	usleep(100 * 1000); /* for slapd's log */
	ck_assert_int_eq(ldap_log_count(sdir, starttls), 1);
	ck_assert_int_eq(ldap_log_count(sdir, people), 3);
	ck_assert_int_eq(ldap_log_count(sdir, " ACCEPT from"), 3);
	run("bash '%s/tests/integration/slapd.sh' stop '%s'", SRCDIR, sdir);
}
END_TEST

/* While the first of two lookups waits on a stopped slapd (an ldap source
 * after an http one that has nothing for it), the second, answered by the
 * http source, is not held up: on a connection already open, and on one
 * being opened. The first is unavailable at the source's timeout. */
static void no_stall(struct dir_client *d, long *took, struct outcome *stuck)
{
	struct dir_lookup *l = dir_lookup_start(d, "someone-else@example.net");
	long t0;

	usleep(200 * 1000); /* its job is at the ldap source */
	t0 = cm_now_ms();
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "http, slapd stopped");
	*took = cm_now_ms() - t0;
	stuck->r = dir_lookup_wait(l, cm_now_ms() + 5000, &stuck->cert, &stuck->err);
	stuck->took = cm_now_ms() - t0 + 200;
	dir_lookup_free(l);
}

START_TEST(test_ldap_no_stall)
{
	struct dir_client *d =
	    client(CACHE(0, 60, 60, 0), 2, http_src("pem"), ldap_src("userCertificate;binary"));
	struct dir_client *fresh;
	struct outcome open_stuck = {.err = {""}}, new_stuck = {.err = {""}};
	long open_took = 0, new_took = 0;
	int paused, resumed;

	expect(d, "someone-else@example.net", NULL, "ldap connection opened");
	fresh = client(CACHE(0, 60, 60, 0), 2, http_src("pem"), ldap_src("userCertificate;binary"));
	/* slapd resumed before any assertion: the tests share it (CK_FORK=no) */
	paused = run("bash '%s/tests/integration/slapd.sh' pause '%s'", SRCDIR, ldap_dir);
	no_stall(d, &open_took, &open_stuck);
	no_stall(fresh, &new_took, &new_stuck);
	resumed = run("bash '%s/tests/integration/slapd.sh' resume '%s'", SRCDIR, ldap_dir);
	fprintf(stderr,
	        "check_directory: http lookup while slapd is stopped: %ld ms (connection open), "
	        "%ld ms (connection being opened)\n",
	        open_took, new_took);
	ck_assert_int_eq(paused, 0);
	ck_assert_int_eq(resumed, 0);
	ck_assert_int_lt(open_took, 500);
	ck_assert_int_lt(new_took, 500);
	check_unavailable(&open_stuck, "someone-else@example.net", "timed out after 1 s", 2000);
	check_unavailable(&new_stuck, "someone-else@example.net", "timed out after 1 s", 2000);
	dir_client_free(d);
	dir_client_free(fresh);
}
END_TEST

/* A cancelled lookup abandons its LDAP search (slapd stopped meanwhile)
 * and leaves the connection to the next lookup. */
START_TEST(test_ldap_cancel)
{
	struct dir_client *d = client(CACHE_DEFAULT, 1, ldap_src("userCertificate;binary"));
	long before = ldap_accepts();
	struct dir_lookup *l;
	struct dir_stats st;
	int paused, resumed;

	expect(d, "someone-else@example.net", NULL, "ldap connection opened");
	paused = run("bash '%s/tests/integration/slapd.sh' pause '%s'", SRCDIR, ldap_dir);
	l = dir_lookup_start(d, "rcpt-enc@example.net");
	usleep(200 * 1000); /* its search is sent */
	dir_lookup_cancel(l);
	usleep(200 * 1000); /* the driver dropped it */
	resumed = run("bash '%s/tests/integration/slapd.sh' resume '%s'", SRCDIR, ldap_dir);
	ck_assert_int_eq(paused, 0);
	ck_assert_int_eq(resumed, 0);
	dir_client_stats(d, &st);
	ck_assert_uint_eq(st.cancelled, 1);
	expect(d, "rcpt-vp@example.net", "recipients/rcpt-vp.pem",
	       "ldap, after a cancelled search");
	dir_client_free(d);
	usleep(100 * 1000); /* for slapd's log */
	ck_assert_int_eq(ldap_accepts() - before, 1);
	ck_assert_int_ge(ldap_log_count(ldap_dir, "ABANDON msg="), 1);
}
END_TEST

/* Freeing a client does not wait for an LDAP connection being opened to
 * a stopped slapd (its thread finishes on its own). */
START_TEST(test_ldap_free_fast)
{
	struct dir_client *d = client(
	    CACHE_DEFAULT, 1,
	    url_src(DIR_SRC_LDAP, 5,
	            "ldap://127.0.0.1:%d/ou=people,dc=example,dc=net?mail?sub?(mail=%%{email})",
	            ldap_port));
	struct dir_lookup *l;
	int paused, resumed;
	long t0, took;

	paused = run("bash '%s/tests/integration/slapd.sh' pause '%s'", SRCDIR, ldap_dir);
	l = dir_lookup_start(d, "rcpt-enc@example.net");
	usleep(200 * 1000); /* its connection is being opened */
	dir_lookup_free(l);
	t0 = cm_now_ms();
	dir_client_free(d);
	took = cm_now_ms() - t0;
	resumed = run("bash '%s/tests/integration/slapd.sh' resume '%s'", SRCDIR, ldap_dir);
	ck_assert_int_eq(paused, 0);
	ck_assert_int_eq(resumed, 0);
	ck_assert_msg(took < 500, "dir_client_free took %ld ms", took);
	usleep(300 * 1000); /* the orphaned connection is closed */
}
END_TEST

#define REUSE_N 20

/* n concurrent lookups of addresses nobody has (prefix-N@example.net):
 * no certificate each. */
static void lookups_at_once(struct dir_client *d, const char *prefix, int n)
{
	struct dir_lookup *l[REUSE_N];
	char addr[64];
	X509 *cert = NULL;
	cm_err err = {""};

	for (int i = 0; i < n; i++) {
		snprintf(addr, sizeof(addr), "%s-%d@example.net", prefix, i);
		l[i] = dir_lookup_start(d, addr);
	}
	for (int i = 0; i < n; i++) {
		ck_assert_msg(dir_lookup_wait(l[i], cm_now_ms() + 5000, &cert, &err) == DIR_NONE,
		              "%s-%d: %s", prefix, i, err.text);
		dir_lookup_free(l[i]);
	}
}

/* LDAP connections are reused: REUSE_N lookups one after the other open
 * one connection; REUSE_N at once at most DIR_LDAP_MAX_CONNS, and at most
 * directory.max_in_flight. */
START_TEST(test_ldap_reuse)
{
	struct dir_opts o = CACHE_DEFAULT;
	struct dir_client *d = client(o, 1, ldap_src("userCertificate;binary"));
	long before = ldap_accepts(), searches = ldap_searches(), seq, conc, capped;
	char addr[64];

	for (int i = 0; i < REUSE_N; i++) {
		snprintf(addr, sizeof(addr), "one-by-one-%d@example.net", i);
		expect(d, addr, NULL, "ldap, one after the other");
	}
	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "ldap, reused connection");
	dir_client_free(d);
	usleep(100 * 1000); /* for slapd's log */
	seq = ldap_accepts() - before;
	before = ldap_accepts();
	d = client(o, 1, ldap_src("userCertificate;binary"));
	lookups_at_once(d, "at-once", REUSE_N);
	dir_client_free(d);
	usleep(100 * 1000);
	conc = ldap_accepts() - before;
	before = ldap_accepts();
	o.max_in_flight = 2;
	d = client(o, 1, ldap_src("userCertificate;binary"));
	lookups_at_once(d, "two-at-once", REUSE_N);
	dir_client_free(d);
	usleep(100 * 1000);
	capped = ldap_accepts() - before;
	fprintf(stderr,
	        "check_directory: LDAP connections: %d lookups one by one %ld, %d at once %ld, "
	        "%d at once with max_in_flight 2 %ld\n",
	        REUSE_N, seq, REUSE_N, conc, REUSE_N, capped);
	ck_assert_int_eq(ldap_searches() - searches, 3 * REUSE_N + 1);
	ck_assert_int_eq(seq, 1);
	ck_assert_int_ge(conc, 1);
	ck_assert_int_le(conc, REUSE_N < DIR_LDAP_MAX_CONNS ? REUSE_N : DIR_LDAP_MAX_CONNS);
	ck_assert_int_ge(capped, 1);
	ck_assert_int_le(capped, 2);
}
END_TEST

/* A connection the server closed (slapd restarted) is replaced: the next
 * lookup still finds the certificate, on one new connection. */
START_TEST(test_ldap_reconnect)
{
	struct dir_client *d = client(CACHE_DEFAULT, 1, ldap_src("userCertificate;binary"));
	long before = ldap_accepts(), searches = ldap_searches();
	int restarted;

	expect(d, "rcpt-enc@example.net", "recipients/rcpt-enc.pem", "ldap, first connection");
	expect(d, "rcpt-ec@example.net", "recipients/rcpt-ec.pem", "ldap, same connection");
	restarted = run("bash '%s/tests/integration/slapd.sh' restart '%s'", SRCDIR, ldap_dir);
	ck_assert_int_eq(restarted, 0);
	expect(d, "rcpt-vp@example.net", "recipients/rcpt-vp.pem", "ldap, after the restart");
	expect(d, "rcpt-org@example.net", "recipients/rcpt-org.pem", "ldap, new connection");
	dir_client_free(d);
	usleep(100 * 1000); /* for slapd's log */
	ck_assert_int_eq(ldap_accepts() - before, 2);
	ck_assert_int_eq(ldap_searches() - searches, 4);
}
END_TEST

/* A deadline before the answer: UNAVAILABLE on time; the lookup goes on
 * and fills the cache. With a stale entry, the deadline serves it. */
START_TEST(test_deadline)
{
	struct dir_client *d =
	    client(CACHE(100, 1, 60, 60), 1,
	           url_src(DIR_SRC_HTTP, 5, "http://127.0.0.1:%d/pem?email=%%{email}", http_port));
	struct dir_lookup *l;
	X509 *cert = NULL;
	cm_err err = {""};
	long t0, took;
	struct dir_stats st;

	http_get("/reset", (char[4096]){0});
	server_mode("slow?ms=1000");
	l = dir_lookup_start(d, "rcpt-ec@example.net");
	t0 = cm_now_ms();
	ck_assert_int_eq(dir_lookup_wait(l, t0 + 300, &cert, &err), DIR_UNAVAILABLE);
	took = cm_now_ms() - t0;
	ck_assert_ptr_null(cert);
	ck_assert_msg(strstr(err.text, "deadline passed") != NULL, "%s", err.text);
	ck_assert_msg(took >= 300 && took < 700, "deadline of 300 ms returned after %ld ms", took);
	dir_lookup_free(l); /* abandoned */
	usleep(1000 * 1000);
	dir_client_stats(d, &st);
	ck_assert_uint_eq(st.entries, 1);
	server_mode("hang");
	expect(d, "rcpt-ec@example.net", "recipients/rcpt-ec.pem", "filled by the abandoned one");
	ck_assert_int_eq(server_requests(), 1);
	usleep(1100 * 1000); /* now stale; the directory hangs */
	t0 = cm_now_ms();
	l = dir_lookup_start(d, "rcpt-ec@example.net");
	ck_assert_int_eq(dir_lookup_wait(l, t0 + 300, &cert, &err), DIR_FOUND);
	ck_assert_int_lt(cm_now_ms() - t0, 700);
	X509_free(cert);
	dir_lookup_free(l);
	dir_client_stats(d, &st);
	ck_assert_uint_eq(st.stale_hits, 1);
	server_mode("normal");
	dir_client_free(d);
}
END_TEST

/* Most lookups dirserver answered at the same time since its last reset. */
static long server_max_concurrent(void)
{
	char buf[4096], *p;
	long n = -1;

	http_get("/stats", buf);
	p = strstr(buf, "max_concurrent ");
	ck_assert_msg(p != NULL && sscanf(p, "max_concurrent %ld", &n) == 1, "stats: %s", buf);
	return n;
}

/* directory.max_in_flight 2: six lookups, never more than two requests at
 * once, every answer right. */
START_TEST(test_in_flight_cap)
{
	static const char *const addrs[] = {"rcpt-enc@example.net",      "rcpt-vp@example.net",
	                                    "rcpt-ec@example.net",       "rcpt-org@example.net",
	                                    "rcpt-odd-none@example.net", "nobody@example.net"};
	static const char *const want[] = {"recipients/rcpt-enc.pem",
	                                   "recipients/rcpt-vp.pem",
	                                   "recipients/rcpt-ec.pem",
	                                   "recipients/rcpt-org.pem",
	                                   NULL,
	                                   NULL};
	struct dir_opts o = CACHE_DEFAULT;
	struct dir_lookup *l[6];
	struct dir_client *d;
	long t0 = cm_now_ms(), took;

	o.max_in_flight = 2;
	d = client(o, 1,
	           url_src(DIR_SRC_HTTP, 5, "http://127.0.0.1:%d/pem?email=%%{email}", http_port));
	http_get("/reset", (char[4096]){0});
	server_mode("slow?ms=300");
	for (int i = 0; i < 6; i++)
		l[i] = dir_lookup_start(d, addrs[i]);
	for (int i = 0; i < 6; i++) {
		X509 *cert = NULL;
		cm_err err = {""};
		enum dir_result r = dir_lookup_wait(l[i], t0 + 10000, &cert, &err);
		char got[128], exp[128];

		ck_assert_msg(r == (want[i] ? DIR_FOUND : DIR_NONE), "%s: result %d (%s)", addrs[i],
		              r, err.text);
		if (want[i] != NULL) {
			fp_file(want[i], exp);
			fp_cert(cert, got);
			ck_assert_str_eq(got, exp);
		}
		X509_free(cert);
		dir_lookup_free(l[i]);
	}
	took = cm_now_ms() - t0;
	ck_assert_int_eq(server_requests(), 6);
	ck_assert_int_eq(server_max_concurrent(), 2);
	ck_assert_msg(took >= 3 * 300, "six answers of 300 ms, two at a time, in %ld ms", took);
	dir_client_free(d);
}
END_TEST

/* directory.max_in_flight 1: a lookup waiting for the slot past its
 * deadline says so; cancelling the one that holds the slot (the message
 * was aborted) frees it at once, and nothing is cached for it. */
START_TEST(test_cancel_frees_slot)
{
	struct dir_opts o = CACHE_DEFAULT;
	struct dir_client *d;
	struct dir_lookup *a, *b;
	struct dir_stats st;
	X509 *cert = NULL;
	cm_err err = {""};
	long t0;

	o.max_in_flight = 1;
	d = client(o, 1,
	           url_src(DIR_SRC_HTTP, 5, "http://127.0.0.1:%d/pem?email=%%{email}", http_port));
	http_get("/reset", (char[4096]){0});
	server_mode("slow?ms=4000");
	t0 = cm_now_ms();
	a = dir_lookup_start(d, "rcpt-enc@example.net");
	b = dir_lookup_start(d, "rcpt-vp@example.net");
	ck_assert_int_eq(dir_lookup_wait(b, t0 + 300, &cert, &err), DIR_UNAVAILABLE);
	ck_assert_msg(strstr(err.text, "all directory.max_in_flight (1) lookups were busy") != NULL,
	              "%s", err.text);
	server_mode("normal"); /* a's request still sleeps 4 s in the server */
	dir_lookup_cancel(a);
	ck_assert_int_eq(dir_lookup_wait(b, t0 + 3000, &cert, &err), DIR_FOUND);
	ck_assert_msg(cm_now_ms() - t0 < 2500, "b answered %ld ms after a began", cm_now_ms() - t0);
	X509_free(cert);
	dir_lookup_free(b);
	dir_client_stats(d, &st);
	ck_assert_uint_eq(st.cancelled, 1);
	ck_assert_uint_eq(st.entries, 1); /* b's answer only */
	dir_client_free(d);
}
END_TEST

/* dir_lookup_cancel while another lookup waits for the same address: the
 * request goes on and the other one gets the answer. */
START_TEST(test_cancel_shared)
{
	struct dir_client *d = client(CACHE_DEFAULT, 1, http_src("pem"));
	struct dir_lookup *a, *b;
	struct dir_stats st;
	X509 *cert = NULL;
	cm_err err = {""};

	http_get("/reset", (char[4096]){0});
	server_mode("slow?ms=300");
	a = dir_lookup_start(d, "rcpt-enc@example.net");
	b = dir_lookup_start(d, "rcpt-enc@example.net");
	dir_lookup_cancel(a);
	ck_assert_int_eq(dir_lookup_wait(b, cm_now_ms() + 5000, &cert, &err), DIR_FOUND);
	X509_free(cert);
	dir_lookup_free(b);
	dir_client_stats(d, &st);
	ck_assert_uint_eq(st.cancelled, 0);
	ck_assert_int_eq(server_requests(), 1);
	dir_client_free(d);
}
END_TEST

/* ---- concurrency and latency ---------------------------------------------- */

struct worker {
	struct dir_client *d;
	int ok, bad;
	cm_err err;
};

static void *worker_run(void *arg)
{
	struct worker *w = arg;

	for (int i = 0; i < 40; i++) {
		const struct rcpt *r = &rcpts[i % NRCPTS];
		X509 *cert = NULL;
		cm_err err = {""};
		enum dir_result res = lookup(w->d, r->addr, 10000, &cert, &err);

		if (res == (r->all != NULL ? DIR_FOUND : DIR_NONE)) {
			w->ok++;
		} else {
			w->bad++;
			snprintf(w->err.text, sizeof(w->err.text), "%s: %d %s", r->addr, res,
			         err.text);
		}
		X509_free(cert);
	}
	return NULL;
}

START_TEST(test_threads)
{
	struct dir_client *d =
	    client(CACHE(4, 60, 60, 0), 2, ldap_src("userSMIMECertificate"), http_src("p7c"));
	struct worker w[6];
	pthread_t tid[6];

	memset(w, 0, sizeof(w));
	for (int i = 0; i < 6; i++) {
		w[i].d = d;
		ck_assert_int_eq(pthread_create(&tid[i], NULL, worker_run, &w[i]), 0);
	}
	for (int i = 0; i < 6; i++)
		pthread_join(tid[i], NULL);
	for (int i = 0; i < 6; i++)
		ck_assert_msg(w[i].ok == 40, "thread %d: %d right, %d wrong, last %s", i, w[i].ok,
		              w[i].bad, w[i].err.text);
	dir_client_free(d);
}
END_TEST

static int cmp_long(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return (x > y) - (x < y);
}

/* Median of 50 lookups of addr, in microseconds. */
static long median_us(struct dir_client *d, const char *addr)
{
	long t[50];
	struct timespec a, b;

	for (int i = 0; i < 50; i++) {
		X509 *cert = NULL;
		cm_err err = {""};

		clock_gettime(CLOCK_MONOTONIC, &a);
		ck_assert_msg(lookup(d, addr, 5000, &cert, &err) == DIR_FOUND, "%d: %s", i,
		              err.text);
		clock_gettime(CLOCK_MONOTONIC, &b);
		t[i] = (b.tv_sec - a.tv_sec) * 1000000L + (b.tv_nsec - a.tv_nsec) / 1000;
		X509_free(cert);
	}
	qsort(t, 50, sizeof(t[0]), cmp_long);
	return (t[24] + t[25]) / 2;
}

START_TEST(test_latency)
{
	struct dir_client *d = client(CACHE_DEFAULT, 1, http_src("pem"));
	long cached, http, ldap;

	cached = median_us(d, "rcpt-enc@example.net");
	dir_client_free(d);
	d = client(CACHE(0, 60, 60, 0), 1, http_src("pem"));
	http = median_us(d, "rcpt-enc@example.net");
	dir_client_free(d);
	d = client(CACHE(0, 60, 60, 0), 1, ldap_src("userCertificate;binary"));
	ldap = median_us(d, "rcpt-enc@example.net");
	dir_client_free(d);
	fprintf(stderr,
	        "check_directory: median of 50 lookups: cached %ld us, http %ld us, ldap %ld us\n",
	        cached, http, ldap);
	ck_assert_int_lt(cached, 50000);
	ck_assert_int_lt(http, 250000);
	ck_assert_int_lt(ldap, 250000);
}
END_TEST

/* ---- servers ---------------------------------------------------------------- */

/* Start dirserver.py on http_port; its pid once it said "listening". */
static pid_t dirserver_start(void)
{
	char prog[PATH_MAX], map[PATH_MAX], portarg[16], parent[16];
	char *argv[] = {"python3", prog, "--port", portarg, "--map", map, "--parent", parent, NULL};

	snprintf(prog, sizeof(prog), "%s/tests/integration/dirserver.py", SRCDIR);
	snprintf(map, sizeof(map), "%s/recipients/directory.txt", testpki_dir);
	snprintf(portarg, sizeof(portarg), "%d", http_port);
	snprintf(parent, sizeof(parent), "%d", (int)getpid());
	return testsrv_start("/usr/bin/python3", argv);
}

/* The files source's directory: ADDRESS.pem per line of directory.txt. */
static int files_setup(void)
{
	return run("cd '%s/recipients' && mkdir -p '%s/files' && grep -v '^#' directory.txt | "
	           "while read -r addr files; do cat $files >\"%s/files/$addr.pem\"; done",
	           testpki_dir, testpki_tmp, testpki_tmp);
}

/* Start dirserver.py and slapd on free ports from base on (a port nobody
 * listens on can still be taken as the local port of a connection: then
 * the next is tried). */
static int servers_start(int base)
{
	int port = base;

	closed_port = testsrv_next_port(port);
	for (port = closed_port + 1; http_pid <= 0 && port < base + 100; port++) {
		http_port = testsrv_next_port(port);
		http_pid = dirserver_start();
	}
	snprintf(ldap_dir, sizeof(ldap_dir), "%s/slapd", testpki_tmp);
	for (port = http_port + 1; ldap_port == 0 && port < base + 100; port++) {
		if ((port = testsrv_next_port(port)) < 0)
			break;
		if (run("bash '%s/tests/integration/slapd.sh' start '%s' %d "
		        "'%s/recipients/directory.txt' %d",
		        SRCDIR, ldap_dir, port, testpki_dir, (int)getpid()) == 0)
			ldap_port = port;
		else
			run("bash '%s/tests/integration/slapd.sh' stop '%s'; rm -rf '%s'", SRCDIR,
			    ldap_dir, ldap_dir);
	}
	if (http_pid <= 0 || ldap_port == 0) {
		fprintf(stderr, "check_directory: cannot start dirserver.py or slapd\n");
		return -1;
	}
	return 0;
}

static int servers_setup(void)
{
	const char *env = getenv("CHECK_DIRECTORY_PORT");
	cm_err err = {""};

	snprintf(dirtrust, sizeof(dirtrust), "%s/dirtrust.pem", testpki_tmp);
	if (run("cd '%s' && cat org-roots.pem public-roots.pem chain.pem >'%s'", testpki_dir,
	        dirtrust) != 0 ||
	    files_setup() != 0 || servers_start(env != NULL ? atoi(env) : 34100) != 0)
		return -1;
	ks = ks_load("keys", &err);
	if (ks == NULL)
		fprintf(stderr, "check_directory: keystore: %s\n", err.text);
	return ks != NULL ? 0 : -1;
}

static void servers_stop(void)
{
	if (http_pid > 0)
		testsrv_stop(http_pid);
	if (ldap_dir[0] != '\0')
		run("bash '%s/tests/integration/slapd.sh' stop '%s'", SRCDIR, ldap_dir);
	keystore_free(ks);
}

/* Before each test: both servers answering, whatever the last test left
 * (a failed assertion leaves its test at once, and CK_FORK=no shares them). */
static void servers_normal(void)
{
	server_mode("normal");
	run("bash '%s/tests/integration/slapd.sh' resume '%s'", SRCDIR, ldap_dir);
}

static Suite *directory_suite(void)
{
	Suite *s = suite_create("directory");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 120);
	tcase_add_checked_fixture(tc, servers_normal, NULL);
	tcase_add_test(tc, test_keystore);
	tcase_add_test(tc, test_keystore_recipients);
	tcase_add_loop_test(tc, test_http_formats, 0, (int)(sizeof(formats) / sizeof(formats[0])));
	tcase_add_loop_test(tc, test_ldap_attrs, 0, (int)(sizeof(attrs) / sizeof(attrs[0])));
	tcase_add_test(tc, test_files);
	tcase_add_test(tc, test_trust);
	tcase_add_test(tc, test_chain_checks);
	tcase_add_test(tc, test_order);
	tcase_add_loop_test(tc, test_http_fault, 0, (int)(sizeof(faults) / sizeof(faults[0])));
	tcase_add_test(tc, test_http_none);
	tcase_add_test(tc, test_ldap_fault);
	tcase_add_test(tc, test_escaping);
	tcase_add_test(tc, test_addresses);
	tcase_add_test(tc, test_local_part_insensitive);
	tcase_add_test(tc, test_shared_request);
	tcase_add_test(tc, test_cache_hit);
	tcase_add_test(tc, test_ttls);
	tcase_add_test(tc, test_lru);
	tcase_add_test(tc, test_cache_negatives_apart);
	tcase_add_test(tc, test_cache_seed);
	tcase_add_test(tc, test_stale_if_error);
	tcase_add_test(tc, test_cleartext_negative);
	tcase_add_test(tc, test_ldap_starttls);
	tcase_add_test(tc, test_ldap_tls);
	tcase_add_test(tc, test_ldap_reuse);
	tcase_add_test(tc, test_ldap_free_fast);
	tcase_add_test(tc, test_ldap_cancel);
	tcase_add_test(tc, test_ldap_no_stall);
	tcase_add_test(tc, test_ldap_reconnect);
	tcase_add_test(tc, test_deadline);
	tcase_add_test(tc, test_in_flight_cap);
	tcase_add_test(tc, test_cancel_frees_slot);
	tcase_add_test(tc, test_cancel_shared);
	tcase_add_test(tc, test_threads);
	tcase_add_test(tc, test_latency);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr;
	int failed = 1;

	curl_global_init(CURL_GLOBAL_DEFAULT);
	if (getenv("CHECK_DIRECTORY_VERBOSE") != NULL) {
		log_init("check_directory", 0, true);
		log_set_verbose(1);
	}
	if (testpki_setup(SRCDIR, "check_directory") != 0 || servers_setup() != 0)
		goto out;
	sr = srunner_create(directory_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
out:
	servers_stop();
	testpki_teardown();
	curl_global_cleanup();
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
