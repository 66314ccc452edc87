/*
 * check_config.c - unit tests of certmilter.conf loading (policy/config.c):
 * defaults, every key of a full file, relative paths, each kind of error
 * with its exact FILE:LINE: KEY, internal networks (IPv4, IPv6, mapped),
 * the schema table, the example in contrib/ and the man page.
 */
#include <arpa/inet.h>
#include <check.h>
#include <libconfig.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

#include "config.h"

#ifndef SRCDIR
#define SRCDIR "."
#endif
#ifndef SYSCONFDIR
#define SYSCONFDIR "/etc"
#endif
#define DATA SRCDIR "/tests/unit/data"

/* Line number of the line holding "ERROR-HERE" in a fixture. */
static int marker_line(const char *path)
{
	char buf[1024];
	int line = 0, found = 0;
	FILE *fp = fopen(path, "r");

	ck_assert_msg(fp != NULL, "cannot open %s", path);
	while (fgets(buf, sizeof(buf), fp) != NULL) {
		line++;
		if (strstr(buf, "ERROR-HERE") != NULL) {
			ck_assert_msg(found == 0, "%s: two markers", path);
			found = line;
		}
	}
	fclose(fp);
	ck_assert_msg(found > 0, "%s: no marker", path);
	return found;
}

/* The directory relative paths in data/ files resolve to. */
static void data_dir(char *buf, size_t len)
{
	char cwd[2048];

	if (SRCDIR[0] == '/')
		snprintf(buf, len, "%s", DATA);
	else
		snprintf(buf, len, "%s/%s", getcwd(cwd, sizeof(cwd)), DATA);
}

static void assert_path(const char *got, const char *rel)
{
	char want[8300], dir[4096];

	data_dir(dir, sizeof(dir));
	snprintf(want, sizeof(want), "%s/%s", dir, rel);
	ck_assert_str_eq(got, want);
}

static bool internal4(const struct cm_config *cfg, const char *text)
{
	struct in_addr a;

	ck_assert_int_eq(inet_pton(AF_INET, text, &a), 1);
	return config_is_internal(cfg, AF_INET, &a);
}

static bool internal6(const struct cm_config *cfg, const char *text)
{
	struct in6_addr a;

	ck_assert_int_eq(inet_pton(AF_INET6, text, &a), 1);
	return config_is_internal(cfg, AF_INET6, &a);
}

static void assert_defaults(const struct cm_config *cfg)
{
	ck_assert_str_eq(cfg->socket, "unix:/run/certmilter/certmilter.sock");
	ck_assert_str_eq(cfg->socket_mode, "0660");
	ck_assert_str_eq(cfg->socket_group, "postfix");
	ck_assert_int_eq(cfg->milter_timeout, 600);
	ck_assert_str_eq(cfg->user, "");
	ck_assert_str_eq(cfg->pid_file, "");
	ck_assert_str_eq(cfg->syslog_facility, "mail");
	ck_assert_int_eq(cfg->facility, LOG_MAIL);
	ck_assert_ptr_nonnull(strstr(cfg->policy_file, "/certmilter/policy.conf"));
	ck_assert_int_eq(cfg->policy_file[0], '/');
	ck_assert_str_eq(cfg->spool_dir, "/var/tmp");
	ck_assert_int_eq(cfg->log_level, 0);
	ck_assert_uint_eq(cfg->outbound.nets.n, 2);
	ck_assert_uint_eq(cfg->outbound.daemons.n, 1);
	ck_assert_str_eq(cfg->outbound.daemons.v[0], "ORIGINATING");
	ck_assert(!cfg->outbound.local_is_internal);
	ck_assert(cfg->outbound.require_from_match);
	ck_assert_int_eq(cfg->outbound.from_mismatch, CM_ACTION_ACCEPT);
	ck_assert_ptr_null(cfg->outbound.login_map);
	ck_assert_uint_eq(cfg->keystore.directories.n, 0);
	ck_assert_ptr_null(cfg->keystore.pkcs12_password_file);
	ck_assert_ptr_null(cfg->keystore.chain_bundle);
	ck_assert(!cfg->keystore.local_part_case_insensitive);
	ck_assert_ptr_null(cfg->trust.organization);
	ck_assert_ptr_null(cfg->trust.public_roots);
	ck_assert_ptr_null(cfg->trust.tsa);
	ck_assert_int_eq(cfg->trust.min_rsa_bits, 2048);
	ck_assert_int_eq(cfg->trust.min_ec_bits, 256);
	ck_assert_uint_eq(cfg->tsa.urls.n, 0);
	ck_assert_int_eq(cfg->tsa.timeout, 5);
	ck_assert_int_eq(cfg->tsa.max_response, 65536);
	ck_assert_int_eq(cfg->revocation.mode, CM_REV_SOFT);
	ck_assert_int_eq(cfg->revocation.timeout, 5);
	ck_assert_int_eq(cfg->revocation.cache_ttl, 3600);
	ck_assert_int_eq(cfg->revocation.failure_ttl, 60);
	ck_assert_int_eq(cfg->revocation.cache_size, 10000);
	ck_assert_int_eq(cfg->revocation.crl_cache_size, 100);
	ck_assert_int_eq(cfg->revocation.max_response, 65536);
	ck_assert_int_eq(cfg->revocation.max_crl, 10485760);
	ck_assert_int_eq(cfg->failure.revocation, CM_ACTION_TEMPFAIL);
	ck_assert_uint_eq(cfg->directory.nsources, 1);
	ck_assert_int_eq(cfg->directory.sources[0].type, CM_DIRSRC_KEYSTORE);
	ck_assert_int_eq(cfg->directory.cache_size, 10000);
	ck_assert_int_eq(cfg->directory.positive_ttl, 3600);
	ck_assert_int_eq(cfg->directory.negative_ttl, 300);
	ck_assert_int_eq(cfg->directory.stale_if_error, 0);
	ck_assert_int_eq(cfg->limits.max_message_size, 52428800);
	ck_assert_int_eq(cfg->limits.spool_threshold, 1048576);
	ck_assert_int_eq(cfg->limits.max_headers, 1000);
	ck_assert_int_eq(cfg->limits.max_header_bytes, 1048576);
	ck_assert_int_eq(cfg->failure.deflt, CM_ACTION_TEMPFAIL);
	ck_assert_int_eq(cfg->failure.directory, CM_ACTION_TEMPFAIL);
	ck_assert_int_eq(cfg->failure.tsa, CM_ACTION_TEMPFAIL);
	ck_assert_int_eq(cfg->failure.oversize, CM_ACTION_TEMPFAIL);
	ck_assert_int_eq(cfg->failure.malformed, CM_ACTION_TEMPFAIL);
	ck_assert_str_eq(cfg->signing.digest, "sha256");
	ck_assert_int_eq(cfg->signing.form, CM_SIGN_MULTIPART);
	ck_assert_int_eq(cfg->signing.dual, CM_DUAL_SIGNERINFOS);
	ck_assert(internal4(cfg, "127.0.0.1"));
	ck_assert(internal4(cfg, "127.255.0.9"));
	ck_assert(internal6(cfg, "::1"));
	ck_assert(internal6(cfg, "::ffff:127.0.0.1"));
	ck_assert(!internal4(cfg, "10.0.0.1"));
	ck_assert(!internal6(cfg, "::2"));
	ck_assert(config_is_outbound_daemon(cfg, "ORIGINATING"));
}

START_TEST(test_defaults)
{
	struct cm_config *cfg = config_defaults();

	ck_assert_ptr_nonnull(cfg);
	ck_assert_uint_eq(cfg->refcnt, 1);
	assert_defaults(cfg);
	config_unref(cfg);
}
END_TEST

START_TEST(test_empty_file)
{
	cm_err err;
	struct cm_config *cfg = config_load(DATA "/config_empty.conf", &err);

	ck_assert_msg(cfg != NULL, "%s", err.text);
	ck_assert_str_eq(cfg->file, DATA "/config_empty.conf");
	assert_defaults(cfg);
	config_unref(cfg);
}
END_TEST

static void assert_good_top(const struct cm_config *cfg)
{
	ck_assert_str_eq(cfg->socket, "unix:/run/certmilter/test.sock");
	ck_assert_str_eq(cfg->user, "certmilter");
	assert_path(cfg->pid_file, "run/certmilter.pid");
	ck_assert_str_eq(cfg->syslog_facility, "local3");
	ck_assert_int_eq(cfg->facility, LOG_LOCAL3);
	assert_path(cfg->policy_file, "policy_spec.conf");
	ck_assert_str_eq(cfg->spool_dir, "/srv/certmilter/spool");
	ck_assert_int_eq(cfg->log_level, 2);
	ck_assert_str_eq(cfg->socket_group, "mail");
	ck_assert_int_eq(cfg->milter_timeout, 120);
	ck_assert(cfg->outbound.local_is_internal);
	ck_assert_uint_eq(cfg->outbound.nets.n, 6);
	ck_assert_uint_eq(cfg->outbound.daemons.n, 2);
	ck_assert_str_eq(cfg->outbound.daemons.v[1], "submission");
	ck_assert(!cfg->outbound.require_from_match);
	ck_assert_int_eq(cfg->outbound.from_mismatch, CM_ACTION_REJECT);
	assert_path(cfg->outbound.login_map, "login.map");
	ck_assert_uint_eq(cfg->keystore.directories.n, 2);
	assert_path(cfg->keystore.directories.v[0], "keys");
	ck_assert_str_eq(cfg->keystore.directories.v[1], "/srv/keys");
	assert_path(cfg->keystore.pkcs12_password_file, "p12pass");
	ck_assert_str_eq(cfg->keystore.chain_bundle, "/srv/chain.pem");
	ck_assert(cfg->keystore.local_part_case_insensitive);
	assert_path(cfg->trust.organization, "org-roots.pem");
	ck_assert_str_eq(cfg->trust.public_roots, "/srv/public-roots.pem");
	assert_path(cfg->trust.tsa, "tsa/roots.pem");
	ck_assert_int_eq(cfg->trust.min_rsa_bits, 3072);
	ck_assert_int_eq(cfg->trust.min_ec_bits, 384);
}

static void assert_good_rest(const struct cm_config *cfg)
{
	const struct cm_dirsource *ds = cfg->directory.sources;

	ck_assert_uint_eq(cfg->tsa.urls.n, 2);
	ck_assert_str_eq(cfg->tsa.urls.v[1], "https://tsa2.example.net/tsr");
	ck_assert_int_eq(cfg->tsa.timeout, 10);
	ck_assert_int_eq(cfg->tsa.max_response, 131072);
	ck_assert_uint_eq(cfg->directory.nsources, 4);
	ck_assert_int_eq(ds[0].type, CM_DIRSRC_KEYSTORE);
	ck_assert_ptr_null(ds[0].url);
	ck_assert_int_eq(ds[1].type, CM_DIRSRC_HTTP);
	ck_assert_str_eq(ds[1].url, "https://dir.example.net/certs?email=%{email}");
	ck_assert_int_eq(ds[1].timeout, 7);
	assert_path(ds[1].trust, "public-roots.pem");
	ck_assert_int_eq(ds[2].type, CM_DIRSRC_LDAP);
	ck_assert_int_eq(ds[2].timeout, 5); /* the default */
	assert_path(ds[2].trust, "public-roots.pem");
	ck_assert_int_eq(ds[3].type, CM_DIRSRC_FILES);
	assert_path(ds[3].path, "recipients");
	ck_assert_str_eq(ds[3].trust, "/srv/recipient-roots.pem");
	ck_assert_int_eq(cfg->directory.cache_size, 500);
	ck_assert_int_eq(cfg->directory.positive_ttl, 7200);
	ck_assert_int_eq(cfg->directory.negative_ttl, 60);
	ck_assert_int_eq(cfg->directory.stale_if_error, 86400);
	ck_assert_int_eq(cfg->limits.max_message_size, 10485760);
	ck_assert_int_eq(cfg->limits.spool_threshold, 65536);
	ck_assert_int_eq(cfg->limits.max_headers, 500);
	ck_assert_int_eq(cfg->limits.max_header_bytes, 262144);
	ck_assert_int_eq(cfg->failure.deflt, CM_ACTION_ACCEPT);
	ck_assert_int_eq(cfg->failure.directory, CM_ACTION_ACCEPT);
	ck_assert_int_eq(cfg->failure.tsa, CM_ACTION_SIGN_WITHOUT);
	ck_assert_int_eq(cfg->failure.oversize, CM_ACTION_REJECT);
	ck_assert_int_eq(cfg->failure.malformed, CM_ACTION_ACCEPT);
	ck_assert_str_eq(cfg->signing.digest, "sha512");
	ck_assert_int_eq(cfg->signing.form, CM_SIGN_OPAQUE);
	ck_assert_int_eq(cfg->signing.dual, CM_DUAL_NESTED);
}

START_TEST(test_good_file)
{
	cm_err err;
	struct cm_config *cfg = config_load(DATA "/config_good.conf", &err);

	ck_assert_msg(cfg != NULL, "%s", err.text);
	assert_good_top(cfg);
	assert_good_rest(cfg);
	config_unref(cfg);
}
END_TEST

START_TEST(test_internal_networks)
{
	cm_err err;
	struct cm_config *cfg = config_load(DATA "/config_good.conf", &err);

	ck_assert_msg(cfg != NULL, "%s", err.text);
	/* 10.0.0.0/8, 192.168.1.0/24, 172.16.0.0/12 */
	ck_assert(internal4(cfg, "10.0.0.0"));
	ck_assert(internal4(cfg, "10.255.255.255"));
	ck_assert(!internal4(cfg, "11.0.0.0"));
	ck_assert(!internal4(cfg, "9.255.255.255"));
	ck_assert(internal4(cfg, "192.168.1.200"));
	ck_assert(!internal4(cfg, "192.168.2.1"));
	ck_assert(internal4(cfg, "172.16.0.1"));
	ck_assert(internal4(cfg, "172.31.255.255"));
	ck_assert(!internal4(cfg, "172.32.0.0"));
	ck_assert(!internal4(cfg, "172.15.255.255"));
	/* a bare address is a /32 */
	ck_assert(internal4(cfg, "198.51.100.7"));
	ck_assert(!internal4(cfg, "198.51.100.6"));
	/* the defaults are replaced, not added to */
	ck_assert(!internal4(cfg, "127.0.0.1"));
	ck_assert(!internal6(cfg, "::1"));
	/* 2001:db8::/32 and fe80::/10 */
	ck_assert(internal6(cfg, "2001:db8::1"));
	ck_assert(internal6(cfg, "2001:db8:ffff:ffff::"));
	ck_assert(!internal6(cfg, "2001:db9::1"));
	ck_assert(internal6(cfg, "fe80::1"));
	ck_assert(internal6(cfg, "febf:ffff::1"));
	ck_assert(!internal6(cfg, "fec0::1"));
	/* IPv4-mapped IPv6 clients match the IPv4 networks */
	ck_assert(internal6(cfg, "::ffff:10.1.2.3"));
	ck_assert(internal6(cfg, "::ffff:172.20.0.1"));
	ck_assert(!internal6(cfg, "::ffff:11.1.2.3"));
	/* ... but an IPv4-compatible or other v6 address with those bits does not */
	ck_assert(!internal6(cfg, "::10.1.2.3"));
	ck_assert(!internal6(cfg, "::fffe:10.1.2.3"));
	ck_assert(!config_is_internal(cfg, AF_UNIX, "x"));
	ck_assert(!config_is_internal(NULL, AF_INET, "\x0a\0\0\1"));
	config_unref(cfg);
}
END_TEST

START_TEST(test_outbound_daemon)
{
	cm_err err;
	struct cm_config *cfg = config_load(DATA "/config_good.conf", &err);

	ck_assert_msg(cfg != NULL, "%s", err.text);
	ck_assert(config_is_outbound_daemon(cfg, "ORIGINATING"));
	ck_assert(config_is_outbound_daemon(cfg, "submission"));
	ck_assert(!config_is_outbound_daemon(cfg, "originating"));
	ck_assert(!config_is_outbound_daemon(cfg, "Submission"));
	ck_assert(!config_is_outbound_daemon(cfg, "ORIGINATIN"));
	ck_assert(!config_is_outbound_daemon(cfg, ""));
	ck_assert(!config_is_outbound_daemon(cfg, NULL));
	config_unref(cfg);
}
END_TEST

START_TEST(test_refcount)
{
	struct cm_config *cfg = config_defaults();

	ck_assert_ptr_eq(config_ref(cfg), cfg);
	ck_assert_uint_eq(cfg->refcnt, 2);
	ck_assert_ptr_null(config_unref(cfg));
	ck_assert_uint_eq(cfg->refcnt, 1);
	ck_assert_str_eq(cfg->socket, "unix:/run/certmilter/certmilter.sock"); /* still alive */
	ck_assert_ptr_null(config_unref(cfg)); /* freed: valgrind checks */
	ck_assert_ptr_null(config_unref(NULL));
	ck_assert_ptr_null(config_ref(NULL));
}
END_TEST

START_TEST(test_actions)
{
	static const struct {
		const char *name;
		enum cm_action a;
	} t[] = {{"tempfail", CM_ACTION_TEMPFAIL},
	         {"accept", CM_ACTION_ACCEPT},
	         {"reject", CM_ACTION_REJECT},
	         {"sign-without", CM_ACTION_SIGN_WITHOUT}};
	bool ok;

	for (size_t i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		ok = false;
		ck_assert_int_eq(cm_action_parse(t[i].name, &ok), t[i].a);
		ck_assert(ok);
		ck_assert_str_eq(cm_action_name(t[i].a), t[i].name);
	}
	ck_assert_int_eq(cm_action_parse("REJECT", &ok), CM_ACTION_REJECT);
	cm_action_parse("discard", &ok);
	ck_assert(!ok);
	cm_action_parse("", &ok);
	ck_assert(!ok);
}
END_TEST

START_TEST(test_missing_file)
{
	cm_err err;

	ck_assert_ptr_null(config_load(DATA "/no-such-file.conf", &err));
	ck_assert_str_eq(err.text,
	                 DATA "/no-such-file.conf: cannot open: No such file or directory");
}
END_TEST

static const struct {
	const char *file;
	const char *key; /* NULL: syntax error, no key */
	const char *problem;
} bad[] = {
    {"config_bad_unknown_top.conf", "sokcet", "unknown key"},
    {"config_bad_unknown_nested.conf", "tsa.timout", "unknown key"},
    {"config_bad_unknown_source.conf", "directory.sources[2].uri", "unknown key"},
    {"config_bad_type_string.conf", "pid_file", "must be a string"},
    {"config_bad_type_int.conf", "limits.max_message_size", "must be an integer"},
    {"config_bad_type_group.conf", "trust", "must be a group"},
    {"config_bad_type_bool.conf", "outbound.require_from_match", "true or false"},
    {"config_bad_type_list.conf", "tsa.urls", "must be a list of strings"},
    {"config_bad_list_elem.conf", "outbound.daemons", "element 2 must be a string"},
    {"config_bad_range_high.conf", "tsa.timeout", "301 is out of range 1..300"},
    {"config_bad_range_low.conf", "limits.max_message_size", "1023 is out of range 1024.."},
    {"config_bad_milter_timeout.conf", "milter_timeout", "0 is out of range 1..86400"},
    {"config_bad_enum.conf", "failure.tsa", "\"reject\" is not one of"},
    {"config_bad_enum_default.conf", "failure.default", "\"sign-without\" is not one of"},
    {"config_bad_rev_mode.conf", "revocation.mode", "\"strict\" is not one of"},
    {"config_bad_failure_rev.conf", "failure.revocation", "\"reject\" is not one of"},
    {"config_bad_rev_timeout.conf", "revocation.timeout", "61 is out of range 1..60"},
    {"config_bad_cidr.conf", "outbound.internal_networks", "\"10.0.0.0/33\" is not a network"},
    {"config_bad_cidr_host.conf", "outbound.internal_networks", "\"10.0.0.1/8\" is not a"},
    {"config_bad_cidr_v6.conf", "outbound.internal_networks", "\"2001:db8::g/32\" is not a"},
    {"config_bad_facility.conf", "syslog_facility", "\"local9\" is not a syslog facility"},
    {"config_bad_socket.conf", "socket", "\"tcp:8894\""},
    {"config_bad_socket_mode.conf", "socket_mode", "must be octal permission bits"},
    {"config_bad_socket_mode_high.conf", "socket_mode", "at most 0777"},
    {"config_bad_source_type.conf", "directory.sources[2].type", "\"dns\" is not one of"},
    {"config_bad_source_nourl.conf", "directory.sources[3].url", "required with type \"http\""},
    {"config_bad_source_nopath.conf", "directory.sources[1].path", "required with type"},
    {"config_bad_source_extra.conf", "directory.sources[1].url", "not used with type"},
    {"config_bad_source_noemail.conf", "directory.sources[1].url", "%{email}"},
    {"config_bad_source_notrust.conf", "directory.sources[2].trust",
     "required with type \"http\": the roots a certificate found there must chain to"},
    {"config_bad_source_notrust_files.conf", "directory.sources[1].trust",
     "required with type \"files\""},
    {"config_bad_sources_type.conf", "directory.sources", "must be a list of groups"},
    {"config_bad_store_url.conf", "store.url",
     "\"sqlite:///PATH\" (an absolute path), "
     "\"postgresql://...\" or empty"},
    {"config_bad_store_url_password.conf", "store.url",
     "\"mysql://cm:***@db.example.com/certmilter\": must be"},
    {"config_bad_syntax.conf", NULL, "syntax error"},
};

START_TEST(test_errors)
{
	char path[4096], want[4200];
	struct cm_config *cfg;
	cm_err err;
	int line;

	snprintf(path, sizeof(path), "%s/%s", DATA, bad[_i].file);
	line = marker_line(path);
	memset(&err, 0, sizeof(err));
	cfg = config_load(path, &err);
	ck_assert_msg(cfg == NULL, "%s loaded", path);
	if (bad[_i].key != NULL)
		snprintf(want, sizeof(want), "%s:%d: %s: ", path, line, bad[_i].key);
	else
		snprintf(want, sizeof(want), "%s:%d: ", path, line);
	ck_assert_msg(strncmp(err.text, want, strlen(want)) == 0, "got \"%s\", want \"%s...\"",
	              err.text, want);
	ck_assert_msg(strstr(err.text + strlen(want), bad[_i].problem) != NULL,
	              "got \"%s\", want \"%s\"", err.text, bad[_i].problem);
	ck_assert_msg(strstr(err.text, "s3cret") == NULL, "a password in \"%s\"", err.text);
}
END_TEST

START_TEST(test_include)
{
	char dir[4096], want[8300];
	struct cm_config *cfg;
	cm_err err;
	int line = marker_line(DATA "/config_include_part.conf");

	cfg = config_load(DATA "/config_include.conf", &err);
	ck_assert_ptr_null(cfg);
	data_dir(dir, sizeof(dir));
	snprintf(want, sizeof(want),
	         "%s/config_include_part.conf:%d: tsa.timeout: 0 is out of range", dir, line);
	ck_assert_msg(strncmp(err.text, want, strlen(want)) == 0, "got \"%s\", want \"%s...\"",
	              err.text, want);
}
END_TEST

/* Every row: a description, a known parent, a default the row allows. */
START_TEST(test_schema)
{
	size_t n = 0;
	const struct cm_schema_row *rows = config_schema(&n);

	ck_assert_uint_ge(n, 50);
	for (size_t i = 0; i < n; i++) {
		const struct cm_schema_row *r = &rows[i];
		const char *dot = strrchr(r->name, '.');

		ck_assert_msg(r->description && strlen(r->description) > 10, "%s", r->name);
		ck_assert_msg(r->description[strlen(r->description) - 1] == '.', "%s", r->name);
		for (size_t j = 0; j < i; j++)
			ck_assert_msg(strcmp(rows[j].name, r->name) != 0, "%s twice", r->name);
		if (dot != NULL) {
			size_t plen = (size_t)(dot - r->name);
			bool parent = false;

			for (size_t j = 0; j < i; j++)
				parent |=
				    strlen(rows[j].name) == plen &&
				    strncmp(rows[j].name, r->name, plen) == 0 &&
				    (rows[j].type == CM_KT_GROUP || rows[j].type == CM_KT_LIST);
			ck_assert_msg(parent, "%s: no group row before it", r->name);
		}
		if (r->type == CM_KT_INT) {
			ck_assert_msg(r->min <= r->max, "%s", r->name);
			ck_assert_msg(r->deflt != NULL, "%s", r->name);
			ck_assert_msg(atol(r->deflt) >= r->min && atol(r->deflt) <= r->max, "%s",
			              r->name);
		}
		if (r->type == CM_KT_ENUM) {
			char all[256], one[128];

			ck_assert_msg(r->choices != NULL, "%s", r->name);
			if (r->deflt == NULL)
				continue;
			ck_assert_msg(strlen(r->deflt) > 2 && r->deflt[0] == '"', "%s", r->name);
			snprintf(all, sizeof(all), "|%s|", r->choices);
			snprintf(one, sizeof(one), "|%.*s|", (int)strlen(r->deflt) - 2,
			         r->deflt + 1);
			ck_assert_msg(strstr(all, one) != NULL, "%s", r->name);
		}
	}
}
END_TEST

/* contrib/certmilter.conf loads, and sets every key of the schema. */
START_TEST(test_contrib_complete)
{
	const char *path = SRCDIR "/contrib/certmilter.conf";
	size_t n = 0;
	const struct cm_schema_row *rows = config_schema(&n);
	struct cm_config *cfg;
	config_t lc;
	cm_err err;

	cfg = config_load(path, &err);
	ck_assert_msg(cfg != NULL, "%s", err.text);
	config_unref(cfg);
	config_init(&lc);
	ck_assert(config_read_file(&lc, path) == CONFIG_TRUE);
	for (size_t i = 0; i < n; i++) {
		const char *sub = "directory.sources.";
		bool found = false;

		if (strncmp(rows[i].name, sub, strlen(sub)) != 0) {
			found = config_lookup(&lc, rows[i].name) != NULL;
		} else {
			config_setting_t *list = config_lookup(&lc, "directory.sources");

			for (int j = 0; list != NULL && j < config_setting_length(list); j++)
				found |=
				    config_setting_get_member(config_setting_get_elem(list, j),
				                              rows[i].name + strlen(sub)) != NULL;
		}
		ck_assert_msg(found, "contrib/certmilter.conf lacks %s", rows[i].name);
	}
	config_destroy(&lc);
}
END_TEST

static char *read_all(const char *path)
{
	FILE *fp = fopen(path, "r");
	char *buf;
	long len;

	ck_assert_msg(fp != NULL, "cannot open %s", path);
	fseek(fp, 0, SEEK_END);
	len = ftell(fp);
	rewind(fp);
	buf = calloc(1, (size_t)len + 1);
	ck_assert_uint_eq(fread(buf, 1, (size_t)len, fp), (size_t)len);
	fclose(fp);
	return buf;
}

/* roff source to plain text, enough to compare: \- and \e and \& */
static void unroff(char *s)
{
	char *w = s;

	for (char *r = s; *r != '\0'; r++) {
		if (r[0] == '\\' && (r[1] == '-' || r[1] == 'e')) {
			*w++ = r[1] == '-' ? '-' : '\\';
			r++;
		} else if (r[0] == '\\' && r[1] == '&') {
			r++;
		} else {
			*w++ = *r;
		}
	}
	*w = '\0';
}

/* doc/certmilter.conf.5 documents every key with the schema's text (the
 * entry by entry comparison, both ways, is tests/integration/t_manpages.sh). */
START_TEST(test_man_page)
{
	char *man = read_all(SRCDIR "/doc/certmilter.conf.5");
	size_t n = 0;
	const struct cm_schema_row *rows = config_schema(&n);
	char want[512];

	unroff(man);
	for (size_t i = 0; i < n; i++) {
		const char *dfl = rows[i].deflt;

		snprintf(want, sizeof(want), "\n.%s %s\n", rows[i].type == CM_KT_GROUP ? "SS" : "B",
		         rows[i].name);
		ck_assert_msg(strstr(man, want) != NULL, "man page lacks %s", rows[i].name);
		ck_assert_msg(strstr(man, rows[i].description) != NULL,
		              "man page lacks the description of %s", rows[i].name);
		if (dfl == NULL || rows[i].type == CM_KT_GROUP)
			continue;
		/* the page shows paths under sysconfdir as the usual /etc */
		if (strncmp(dfl, "\"" SYSCONFDIR "/", strlen(SYSCONFDIR) + 2) == 0)
			snprintf(want, sizeof(want), "default: \"/etc/%s",
			         dfl + strlen(SYSCONFDIR) + 2);
		else
			snprintf(want, sizeof(want), "default: %s", dfl);
		ck_assert_msg(strstr(man, want) != NULL, "man page: default of %s", rows[i].name);
		if (rows[i].type == CM_KT_INT) {
			snprintf(want, sizeof(want), "range: %ld\\(en%ld", rows[i].min,
			         rows[i].max);
			ck_assert_msg(strstr(man, want) != NULL, "man page: range of %s",
			              rows[i].name);
		}
	}
	free(man);
}
END_TEST

static Suite *config_suite(void)
{
	Suite *s = suite_create("config");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_defaults);
	tcase_add_test(tc, test_empty_file);
	tcase_add_test(tc, test_good_file);
	tcase_add_test(tc, test_internal_networks);
	tcase_add_test(tc, test_outbound_daemon);
	tcase_add_test(tc, test_refcount);
	tcase_add_test(tc, test_actions);
	tcase_add_test(tc, test_missing_file);
	tcase_add_loop_test(tc, test_errors, 0, sizeof(bad) / sizeof(bad[0]));
	tcase_add_test(tc, test_include);
	tcase_add_test(tc, test_schema);
	tcase_add_test(tc, test_contrib_complete);
	tcase_add_test(tc, test_man_page);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	SRunner *sr = srunner_create(config_suite());
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
