/*
 * config.c - certmilter.conf: the schema table, strict loading, defaults,
 * and the questions the milter asks of a loaded configuration.
 *
 * CM_KEYS (config_keys.h) is the one table of keys. It is expanded twice:
 * into the public cm_schema_row array (config_schema(), used by -n, the man
 * page and the tests) and into a private array telling the loader where and
 * how each value is stored. Defaults are written as libconfig text and go through the
 * same parser and checks as values read from a file, so a default can never
 * be a value the loader would reject.
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>

#include "cfglisten.h"
#include "config.h"
#include "lcfg.h"
#include "log.h"
#include "xalloc.h"

/* How a value is stored (the public row says what the file must hold). */
enum store {
	ST_NONE,     /* group: nothing stored */
	ST_STR,      /* char *, as written (ENUM: the spelling from choices) */
	ST_PATH,     /* char *, relative paths resolved against the file's dir */
	ST_INT,      /* int */
	ST_LONG,     /* long */
	ST_BOOL,     /* bool */
	ST_STRLIST,  /* struct cm_strlist */
	ST_PATHLIST, /* struct cm_strlist of resolved paths */
	ST_NETS,     /* struct cm_netlist */
	ST_FACILITY, /* syslog_facility name and facility */
	ST_ACTION,   /* enum cm_action */
	ST_ENUMIDX,  /* int-sized enum whose values are the choice indexes */
	ST_ENUMBOOL, /* bool: choice index != 0 */
	ST_SOURCES   /* directory.sources */
};

typedef bool (*check_fn)(const char *value, char *why, size_t whylen);

static bool check_socket(const char *value, char *why, size_t whylen);
static bool check_http_url(const char *value, char *why, size_t whylen);
static bool check_mode(const char *value, char *why, size_t whylen);
static bool check_nonempty(const char *value, char *why, size_t whylen);
static bool check_domain(const char *value, char *why, size_t whylen);
static bool check_listen(const char *value, char *why, size_t whylen);
static bool check_authserv_id(const char *value, char *why, size_t whylen);
static bool check_store_url(const char *value, char *why, size_t whylen);

#include "config_keys.h"

#define ROW(name, type, st, off, dfl, min, max, ch, chk, desc)                                     \
	{name, type, dfl, min, max, ch, desc},
static const struct cm_schema_row schema[] = {CM_KEYS(ROW)};

struct binding {
	enum store st;
	size_t off;
	check_fn check;
};

#define BIND(name, type, st, off, dfl, min, max, ch, chk, desc) {st, off, chk},
static const struct binding bindings[] = {CM_KEYS(BIND)};

#define NKEYS          (sizeof(schema) / sizeof(schema[0]))
#define SOURCES_PREFIX "directory.sources."

_Static_assert(sizeof(enum cm_sign_form) == sizeof(int), "ST_ENUMIDX writes an int");
_Static_assert(sizeof(enum cm_dual_mode) == sizeof(int), "ST_ENUMIDX writes an int");
_Static_assert(sizeof(enum cm_rev_mode) == sizeof(int), "ST_ENUMIDX writes an int");
_Static_assert(sizeof(enum cm_cipher) == sizeof(int), "ST_ENUMIDX writes an int");
_Static_assert(sizeof(enum cm_action) == sizeof(int), "ST_ACTION writes an int");
_Static_assert(sizeof(enum cm_dirsrc_type) == sizeof(int), "ST_ENUMIDX writes an int");

struct loadctx {
	struct cm_config *cfg;
	const char *file; /* for messages */
	char *basedir;    /* for relative paths; NULL = none */
	cm_err *err;
	bool seen[NKEYS]; /* keys the file set (top level) */
};

static bool store_value(struct loadctx *lc, size_t k, const config_setting_t *s, void *base,
                        const char *key);

const struct cm_schema_row *config_schema(size_t *n)
{
	if (n != NULL)
		*n = NKEYS;
	return schema;
}

static int find_key(const char *name)
{
	for (size_t k = 0; k < NKEYS; k++)
		if (strcmp(schema[k].name, name) == 0)
			return (int)k;
	return -1;
}

static bool in_sources(size_t k)
{
	return strncmp(schema[k].name, SOURCES_PREFIX, strlen(SOURCES_PREFIX)) == 0;
}

#define FAIL(lc, s, key, ...) lcfg_fail((lc)->err, (lc)->file, s, key, __VA_ARGS__)

/* ---- checks of single string values ---- */

static bool check_socket(const char *v, char *why, size_t whylen)
{
	const char *port, *at;
	char *end;
	long n;

	if (strncmp(v, "unix:/", 6) == 0 || strncmp(v, "local:/", 7) == 0)
		return true;
	if (strncmp(v, "inet:", 5) == 0)
		port = v + 5;
	else if (strncmp(v, "inet6:", 6) == 0)
		port = v + 6;
	else {
		snprintf(why, whylen, "must start with unix:/, local:/, inet: or inet6:");
		return false;
	}
	n = strtol(port, &end, 10);
	at = strchr(port, '@');
	if (end == port || n < 1 || n > 65535 || (*end != '\0' && end != at) ||
	    (at != NULL && at[1] == '\0')) {
		snprintf(why, whylen, "must be inet:PORT@HOST or inet:PORT, PORT 1 to 65535");
		return false;
	}
	return true;
}

/* Permission bits in octal: "0660", "660", at most 0777. */
static bool check_mode(const char *v, char *why, size_t whylen)
{
	size_t n = strspn(v, "01234567");

	if (n >= 3 && n <= 4 && v[n] == '\0' && (n == 3 || v[0] == '0'))
		return true;
	snprintf(why, whylen, "must be octal permission bits such as \"0660\" (at most 0777)");
	return false;
}

static bool check_http_url(const char *v, char *why, size_t whylen)
{
	if (strncmp(v, "http://", 7) == 0 || strncmp(v, "https://", 8) == 0)
		return true;
	snprintf(why, whylen, "must start with http:// or https://");
	return false;
}

static bool check_nonempty(const char *v, char *why, size_t whylen)
{
	if (*v != '\0')
		return true;
	snprintf(why, whylen, "must not be empty");
	return false;
}

/* A mail domain: no '@', blank, control character or wildcard; no dot at
 * either end. */
static bool check_domain(const char *v, char *why, size_t whylen)
{
	size_t n = strlen(v);

	for (const char *p = v; *p; p++)
		if ((unsigned char)*p <= ' ' || *p == 0x7f || *p == '@' || *p == '*')
			n = 0;
	if (n > 0 && v[0] != '.' && v[n - 1] != '.')
		return true;
	snprintf(why, whylen, "must be a domain such as \"example.com\"");
	return false;
}

/* An authserv-id written as an RFC 8601 token: a host name such as
 * "mx.example.com" (letters, digits, '.', '-', '_'); empty: the MTA's. */
static bool check_authserv_id(const char *v, char *why, size_t whylen)
{
	for (const char *p = v; *p; p++)
		if (!isalnum((unsigned char)*p) && strchr(".-_", *p) == NULL) {
			snprintf(why, whylen, "must be a host name such as \"mx.example.com\"");
			return false;
		}
	return true;
}

/* A store URL: empty, sqlite:// with an absolute path, or a PostgreSQL URL
 * (postgresql:// or postgres://; libpq checks the rest when the store is
 * opened). */
static bool check_store_url(const char *v, char *why, size_t whylen)
{
	if (*v == '\0' || (strncmp(v, "sqlite:///", 10) == 0 && v[10] != '\0') ||
	    strncmp(v, "postgresql://", 13) == 0 || strncmp(v, "postgres://", 11) == 0)
		return true;
	snprintf(why, whylen,
	         "must be \"sqlite:///PATH\" (an absolute path), \"postgresql://...\" or empty");
	return false;
}

/* ---- networks ---- */

static bool host_bits_clear(const unsigned char *addr, unsigned len, unsigned prefix)
{
	for (unsigned bit = prefix; bit < len * 8; bit++)
		if (addr[bit / 8] & (0x80 >> (bit % 8)))
			return false;
	return true;
}

/* "ADDRESS/PREFIX" or "ADDRESS", IPv4 or IPv6. */
static bool parse_cidr(const char *text, struct cm_netmask *net)
{
	char buf[INET6_ADDRSTRLEN + 8];
	char *slash, *end;
	unsigned len;
	long prefix;

	if (strlen(text) >= sizeof(buf))
		return false;
	strcpy(buf, text);
	slash = strchr(buf, '/');
	if (slash != NULL)
		*slash = '\0';
	memset(net, 0, sizeof(*net));
	if (inet_pton(AF_INET, buf, net->addr) == 1) {
		net->family = AF_INET;
		len = 4;
	} else if (inet_pton(AF_INET6, buf, net->addr) == 1) {
		net->family = AF_INET6;
		len = 16;
	} else
		return false;
	prefix = len * 8;
	if (slash != NULL) {
		if (slash[1] < '0' || slash[1] > '9')
			return false;
		prefix = strtol(slash + 1, &end, 10);
		if (*end != '\0' || prefix > (long)len * 8)
			return false;
	}
	net->prefix = (unsigned)prefix;
	return host_bits_clear(net->addr, len, net->prefix);
}

static bool prefix_match(const unsigned char *net, const unsigned char *addr, unsigned prefix)
{
	unsigned bytes = prefix / 8, rest = prefix % 8;
	unsigned char mask;

	if (memcmp(net, addr, bytes) != 0)
		return false;
	if (rest == 0)
		return true;
	mask = (unsigned char)(0xff << (8 - rest));
	return (net[bytes] & mask) == (addr[bytes] & mask);
}

bool config_is_internal(const struct cm_config *cfg, int family, const void *addr)
{
	return cfg != NULL && config_net_match(&cfg->outbound.nets, family, addr);
}

bool config_net_match(const struct cm_netlist *l, int family, const void *addr)
{
	static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
	unsigned char v4[4], v6[16];
	bool have4 = false, have6 = false;

	if (addr == NULL)
		return false;
	if (family == AF_INET) {
		memcpy(v4, addr, 4);
		memcpy(v6, mapped, 12);
		memcpy(v6 + 12, addr, 4);
		have4 = have6 = true;
	} else if (family == AF_INET6) {
		memcpy(v6, addr, 16);
		have6 = true;
		if (memcmp(v6, mapped, 12) == 0) {
			memcpy(v4, v6 + 12, 4);
			have4 = true;
		}
	}
	for (size_t i = 0; i < l->n; i++) {
		const struct cm_netmask *net = &l->v[i];

		if (net->family == AF_INET && have4 && prefix_match(net->addr, v4, net->prefix))
			return true;
		if (net->family == AF_INET6 && have6 && prefix_match(net->addr, v6, net->prefix))
			return true;
	}
	return false;
}

bool config_is_outbound_daemon(const struct cm_config *cfg, const char *daemon)
{
	if (cfg == NULL || daemon == NULL)
		return false;
	for (size_t i = 0; i < cfg->outbound.daemons.n; i++)
		if (strcmp(cfg->outbound.daemons.v[i], daemon) == 0)
			return true;
	return false;
}

/* ---- actions ---- */

static const char *const action_names[] = {
    [CM_ACTION_TEMPFAIL] = "tempfail",
    [CM_ACTION_ACCEPT] = "accept",
    [CM_ACTION_REJECT] = "reject",
    [CM_ACTION_SIGN_WITHOUT] = "sign-without",
};

enum cm_action cm_action_parse(const char *s, bool *ok)
{
	for (size_t i = 0; s != NULL && i < sizeof(action_names) / sizeof(action_names[0]); i++)
		if (strcasecmp(s, action_names[i]) == 0) {
			if (ok != NULL)
				*ok = true;
			return (enum cm_action)i;
		}
	if (ok != NULL)
		*ok = false;
	return CM_ACTION_TEMPFAIL;
}

const char *cm_action_name(enum cm_action a)
{
	if ((unsigned)a >= sizeof(action_names) / sizeof(action_names[0]))
		return "unknown";
	return action_names[a];
}

/* ---- storing values ---- */

static void strlist_free(struct cm_strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		l->v[i] = x_free(l->v[i]);
	l->v = x_free(l->v);
	l->n = 0;
}

/* A string or enum value: type, choices and check, then store. */
/* A URL's password ("scheme://user:PASSWORD@host") written *** in a
 * value (a buffer of len bytes) about to be quoted in an error message. */
static void mask_password(char *v, size_t len)
{
	char *user = strstr(v, "://"), *at, *colon;
	char rest[256];

	if (user == NULL || (at = strchr(user + 3, '@')) == NULL ||
	    (colon = memchr(user + 3, ':', (size_t)(at - (user + 3)))) == NULL)
		return;
	snprintf(rest, sizeof(rest), "%s", at);
	snprintf(colon + 1, len - (size_t)(colon + 1 - v), "***%s", rest);
}

static bool store_string(struct loadctx *lc, size_t k, const config_setting_t *s, void *field,
                         const char *key)
{
	const struct cm_schema_row *row = &schema[k];
	const struct binding *b = &bindings[k];
	char why[256], q[256];
	char *canon = NULL;
	const char *v;
	int idx = -1;

	if (config_setting_type(s) != CONFIG_TYPE_STRING)
		return FAIL(lc, s, key, "must be a string%s%s", row->choices ? ": " : "",
		            row->choices ? row->choices : "");
	v = config_setting_get_string(s);
	lcfg_quote(q, sizeof(q), v);
	mask_password(q, sizeof(q));
	if (row->type == CM_KT_ENUM && (idx = lcfg_choice(row->choices, v, &canon)) < 0)
		return FAIL(lc, s, key, "\"%s\" is not one of %s", q, row->choices);
	if (b->check != NULL && !b->check(v, why, sizeof(why))) {
		canon = x_free(canon);
		return FAIL(lc, s, key, "\"%s\": %s", q, why);
	}
	switch (b->st) {
	case ST_STR:
		x_free(*(char **)field);
		*(char **)field = canon != NULL ? canon : xstrdup(v);
		return true;
	case ST_PATH: /* an optional path written as "" is not set */
		*(char **)field = x_free(*(char **)field);
		if (*v != '\0' || row->deflt != NULL)
			*(char **)field = lcfg_resolve(lc->basedir, v);
		return true;
	case ST_FACILITY:
		if ((lc->cfg->facility = log_facility_parse(v)) < 0)
			return FAIL(lc, s, key, "\"%s\" is not a syslog facility (%s)", q,
			            "mail, daemon, user, local0 to local7");
		x_free(*(char **)field);
		*(char **)field = xstrdup(v);
		return true;
	case ST_ACTION:
		*(enum cm_action *)field = cm_action_parse(canon, NULL);
		break;
	case ST_ENUMIDX:
		*(int *)field = idx;
		break;
	case ST_ENUMBOOL:
		*(bool *)field = idx != 0;
		break;
	default:
		msg_panic("config: %s: string stored as %d", row->name, (int)b->st);
	}
	canon = x_free(canon);
	return true;
}

static bool store_int(struct loadctx *lc, size_t k, const config_setting_t *s, void *field,
                      const char *key)
{
	const struct cm_schema_row *row = &schema[k];
	long long v;

	if (config_setting_type(s) != CONFIG_TYPE_INT &&
	    config_setting_type(s) != CONFIG_TYPE_INT64)
		return FAIL(lc, s, key, "must be an integer");
	v = config_setting_get_int64(s);
	if (v < row->min || v > row->max)
		return FAIL(lc, s, key, "%lld is out of range %ld..%ld", v, row->min, row->max);
	if (bindings[k].st == ST_INT)
		*(int *)field = (int)v;
	else
		*(long *)field = (long)v;
	return true;
}

/* A list of strings: strlist, path list or networks. */
static bool store_strlist(struct loadctx *lc, size_t k, const config_setting_t *s, void *field,
                          const char *key)
{
	const struct binding *b = &bindings[k];
	struct cm_strlist *l = field;
	struct cm_netlist *nets = field;
	int n = config_setting_length(s);
	char why[256], q[256];

	if (!config_setting_is_array(s) && !config_setting_is_list(s))
		return FAIL(lc, s, key, "must be a list of strings, e.g. [ \"a\", \"b\" ]");
	if (b->st == ST_NETS) {
		nets->v = x_free(nets->v);
		nets->n = 0;
		nets->v = xcalloc((size_t)n + 1, sizeof(struct cm_netmask));
	} else {
		strlist_free(l);
		l->v = xcalloc((size_t)n + 1, sizeof(char *));
	}
	for (int i = 0; i < n; i++) {
		const config_setting_t *e = config_setting_get_elem(s, (unsigned)i);
		const char *v;

		if (config_setting_type(e) != CONFIG_TYPE_STRING)
			return FAIL(lc, s, key, "element %d must be a string", i + 1);
		v = config_setting_get_string(e);
		lcfg_quote(q, sizeof(q), v);
		if (b->check != NULL && !b->check(v, why, sizeof(why)))
			return FAIL(lc, s, key, "element %d \"%s\": %s", i + 1, q, why);
		if (b->st == ST_NETS) {
			if (!parse_cidr(v, &nets->v[i]))
				return FAIL(lc, s, key,
				            "element %d \"%s\" is not a network (ADDRESS/PREFIX, "
				            "no host bits set past the prefix)",
				            i + 1, q);
			nets->n++;
		} else {
			l->v[l->n++] =
			    b->st == ST_PATHLIST ? lcfg_resolve(lc->basedir, v) : xstrdup(v);
		}
	}
	return true;
}

/* ---- walking the file ---- */

/* Store every setting of group grp. prefix is the schema path of grp
 * (NULL at the top), shown its path for messages; seen marks keys set. */
static bool walk_group(struct loadctx *lc, const config_setting_t *grp, const char *prefix,
                       const char *shown, void *base, bool *seen)
{
	int n = config_setting_length(grp);

	for (int i = 0; i < n; i++) {
		const config_setting_t *s = config_setting_get_elem(grp, (unsigned)i);
		const char *name = config_setting_name(s);
		char sname[512], key[512];
		int k;

		snprintf(sname, sizeof(sname), "%s%s%s", prefix ? prefix : "", prefix ? "." : "",
		         name);
		snprintf(key, sizeof(key), "%s%s%s", shown ? shown : "", shown ? "." : "", name);
		if ((k = find_key(sname)) < 0)
			return FAIL(lc, s, key, "unknown key");
		seen[k] = true;
		if (schema[k].type != CM_KT_GROUP) {
			if (!store_value(lc, (size_t)k, s, base, key))
				return false;
		} else if (!config_setting_is_group(s)) {
			return FAIL(lc, s, key, "must be a group { ... }");
		} else if (!walk_group(lc, s, sname, key, base, seen)) {
			return false;
		}
	}
	return true;
}

/* Store the default of key k, parsed from its text like a file value. */
static void store_default(struct loadctx *lc, size_t k, void *base)
{
	char text[512];
	config_t tmp;
	const config_setting_t *s;

	config_init(&tmp);
	snprintf(text, sizeof(text), "v = %s;", schema[k].deflt);
	if (config_read_string(&tmp, text) != CONFIG_TRUE || (s = config_lookup(&tmp, "v")) == NULL)
		msg_panic("config: default of %s does not parse: %s", schema[k].name,
		          config_error_text(&tmp));
	if (!store_value(lc, k, s, base, schema[k].name))
		msg_panic("config: default of %s is invalid: %s", schema[k].name, lc->err->text);
	config_destroy(&tmp);
}

/* Defaults for keys not seen: top-level keys, or those of a source. */
static void apply_defaults(struct loadctx *lc, void *base, bool sources, const bool *seen)
{
	for (size_t k = 0; k < NKEYS; k++) {
		if (schema[k].type == CM_KT_GROUP || schema[k].deflt == NULL || seen[k])
			continue;
		if (in_sources(k) == sources)
			store_default(lc, k, base);
	}
}

static bool source_key(struct loadctx *lc, const config_setting_t *e, const char *shown,
                       const char *name, bool allowed, bool required, const char *type)
{
	const config_setting_t *s = config_setting_get_member(e, name);
	char key[256];

	snprintf(key, sizeof(key), "%s.%s", shown, name);
	if (s != NULL && !allowed)
		return FAIL(lc, s, key, "not used with type \"%s\"", type);
	if (s == NULL && required)
		return FAIL(lc, e, key, "required with type \"%s\"", type);
	return true;
}

/* The idx-th of the '|'-separated choices, in buf. */
static const char *choice_name(const char *choices, int idx, char *buf, size_t len)
{
	const char *p = choices, *bar;

	for (; idx > 0 && (bar = strchr(p, '|')) != NULL; idx--)
		p = bar + 1;
	bar = strchr(p, '|');
	snprintf(buf, len, "%.*s", (int)(bar != NULL ? (size_t)(bar - p) : strlen(p)), p);
	return buf;
}

/* Which keys a source of each type needs and allows. */
static bool check_source(struct loadctx *lc, const config_setting_t *e, const char *shown,
                         const struct cm_dirsource *ds, const bool *seen)
{
	int kt = find_key("directory.sources.type");
	const char *choices = schema[kt].choices;
	bool http = ds->type == CM_DIRSRC_HTTP, ldap = ds->type == CM_DIRSRC_LDAP;
	bool files = ds->type == CM_DIRSRC_FILES;
	bool remote = http || ldap;
	char key[256], t[32];

	snprintf(key, sizeof(key), "%s.type", shown);
	if (!seen[kt])
		return FAIL(lc, e, key, "required: %s", choices);
	choice_name(choices, (int)ds->type, t, sizeof(t));
	if (!source_key(lc, e, shown, "url", remote, remote, t) ||
	    !source_key(lc, e, shown, "path", files, files, t) ||
	    !source_key(lc, e, shown, "trust", ds->type != CM_DIRSRC_KEYSTORE, false, t) ||
	    !source_key(lc, e, shown, "intermediates", ds->type != CM_DIRSRC_KEYSTORE, false, t) ||
	    !source_key(lc, e, shown, "timeout", remote, false, t) ||
	    !source_key(lc, e, shown, "shared_cache", remote, false, t))
		return false;
	snprintf(key, sizeof(key), "%s.trust", shown);
	if ((remote || files) && ds->trust == NULL)
		return FAIL(lc, e, key,
		            "required with type \"%s\": the roots a certificate found there must "
		            "chain to (without them any certificate that names the address would "
		            "be used)",
		            t);
	if (!remote)
		return true;
	snprintf(key, sizeof(key), "%s.url", shown);
	if (http && strncmp(ds->url, "http://", 7) != 0 && strncmp(ds->url, "https://", 8) != 0)
		return FAIL(lc, config_setting_get_member(e, "url"), key,
		            "must start with http:// or https://");
	if (ldap && strncmp(ds->url, "ldap://", 7) != 0 && strncmp(ds->url, "ldaps://", 8) != 0)
		return FAIL(lc, config_setting_get_member(e, "url"), key,
		            "must start with ldap:// or ldaps://");
	if (strstr(ds->url, "%{email}") == NULL)
		return FAIL(lc, config_setting_get_member(e, "url"), key, "must contain %%{email}");
	return true;
}

static void sources_free(struct cm_config *cfg)
{
	for (size_t i = 0; i < cfg->directory.nsources; i++) {
		for (size_t k = 0; k < NKEYS; k++) {
			enum store st = bindings[k].st;

			if (in_sources(k) && (st == ST_STR || st == ST_PATH))
				x_free(*(char **)((char *)&cfg->directory.sources[i] +
				                  bindings[k].off));
		}
	}
	cfg->directory.sources = x_free(cfg->directory.sources);
	cfg->directory.nsources = 0;
}

static bool store_sources(struct loadctx *lc, const config_setting_t *s, const char *key)
{
	struct cm_config *cfg = lc->cfg;
	int n = config_setting_length(s);

	if (!config_setting_is_list(s))
		return FAIL(lc, s, key, "must be a list of groups ( { type = ...; }, ... )");
	sources_free(cfg);
	cfg->directory.sources = xcalloc((size_t)n + 1, sizeof(struct cm_dirsource));
	cfg->directory.nsources = (size_t)n;
	for (int i = 0; i < n; i++) {
		const config_setting_t *e = config_setting_get_elem(s, (unsigned)i);
		struct cm_dirsource *ds = &cfg->directory.sources[i];
		bool seen[NKEYS] = {false};
		char shown[256];

		snprintf(shown, sizeof(shown), "%s[%d]", key, i + 1);
		if (!config_setting_is_group(e))
			return FAIL(lc, s, shown, "must be a group { type = ...; }");
		if (!walk_group(lc, e, "directory.sources", shown, ds, seen))
			return false;
		apply_defaults(lc, ds, true, seen);
		if (!check_source(lc, e, shown, ds, seen))
			return false;
	}
	return true;
}

static bool store_value(struct loadctx *lc, size_t k, const config_setting_t *s, void *base,
                        const char *key)
{
	void *field = (char *)base + bindings[k].off;

	switch (schema[k].type) {
	case CM_KT_STRING:
	case CM_KT_ENUM:
		return store_string(lc, k, s, field, key);
	case CM_KT_INT:
		return store_int(lc, k, s, field, key);
	case CM_KT_BOOL:
		if (config_setting_type(s) != CONFIG_TYPE_BOOL)
			return FAIL(lc, s, key, "must be true or false");
		*(bool *)field = config_setting_get_bool(s) != 0;
		return true;
	case CM_KT_STRLIST:
		return store_strlist(lc, k, s, field, key);
	case CM_KT_LIST:
		return store_sources(lc, s, key);
	case CM_KT_GROUP:
		break;
	}
	msg_panic("config: %s: cannot store a group", schema[k].name);
}

/* ---- life cycle ---- */

static void config_free(struct cm_config *cfg)
{
	for (size_t k = 0; k < NKEYS; k++) {
		void *field = (char *)cfg + bindings[k].off;

		if (in_sources(k))
			continue;
		switch (bindings[k].st) {
		case ST_STR:
		case ST_PATH:
		case ST_FACILITY:
			x_free(*(char **)field);
			break;
		case ST_STRLIST:
		case ST_PATHLIST:
			strlist_free(field);
			break;
		case ST_NETS:
			x_free(((struct cm_netlist *)field)->v);
			break;
		default:
			break;
		}
	}
	sources_free(cfg);
	x_free(cfg->file);
	x_free(cfg);
}

static struct cm_config *config_new(const char *file)
{
	struct cm_config *cfg = xcalloc(1, sizeof(*cfg));

	cfg->refcnt = 1;
	cfg->file = file != NULL ? xstrdup(file) : NULL;
	return cfg;
}

struct cm_config *config_defaults(void)
{
	cm_err err;
	struct loadctx lc = {.file = "(defaults)", .err = &err};

	lc.cfg = config_new(NULL);
	apply_defaults(&lc, lc.cfg, false, lc.seen);
	return lc.cfg;
}

static bool check_listen(const char *v, char *why, size_t whylen)
{
	struct cm_listen l;

	return *v == '\0' || cm_listen_parse(v, &l, why, whylen) == 0;
}

/* Rules between keys: a TSA's tokens can only be checked against roots;
 * metrics leave loopback only to the networks named. */
static bool cross_check(struct loadctx *lc, const config_t *lcfg)
{
	const config_setting_t *urls = config_lookup(lcfg, "tsa.urls");
	const config_setting_t *listen = config_lookup(lcfg, "metrics.listen");
	struct cm_listen l;
	char why[128];

	if (*lc->cfg->metrics.listen &&
	    cm_listen_parse(lc->cfg->metrics.listen, &l, why, sizeof(why)) == 0 && !l.loopback &&
	    lc->cfg->metrics.allow.n == 0) {
		cm_err_set(lc->err,
		           "%s:%d: metrics.listen: \"%s\" is not a loopback address: set "
		           "metrics.allow to the networks that may scrape it",
		           lc->file, listen ? config_setting_source_line(listen) : 0,
		           lc->cfg->metrics.listen);
		return false;
	}
	if (lc->cfg->tsa.urls.n > 0 && lc->cfg->trust.tsa == NULL) {
		cm_err_set(lc->err,
		           "%s:%d: tsa.urls: needs trust.tsa, the roots the TSA certificate "
		           "must chain to",
		           lc->file, urls ? config_setting_source_line(urls) : 0);
		return false;
	}
	return true;
}

struct cm_config *config_load(const char *file, cm_err *err)
{
	struct loadctx lc = {.file = file, .err = err};
	config_t lcfg;
	bool ok = false;

	config_init(&lcfg);
	if (!lcfg_read(&lcfg, file, err))
		goto out;
	lc.basedir = lcfg_base_dir(file);
	lc.cfg = config_new(file);
	if (!walk_group(&lc, config_root_setting(&lcfg), NULL, NULL, lc.cfg, lc.seen))
		goto out;
	apply_defaults(&lc, lc.cfg, false, lc.seen);
	ok = cross_check(&lc, &lcfg);
out:
	config_destroy(&lcfg);
	lc.basedir = x_free(lc.basedir);
	if (!ok && lc.cfg != NULL)
		lc.cfg = config_unref(lc.cfg);
	return lc.cfg;
}

struct cm_config *config_ref(struct cm_config *cfg)
{
	if (cfg != NULL)
		__atomic_add_fetch(&cfg->refcnt, 1, __ATOMIC_RELAXED);
	return cfg;
}

struct cm_config *config_unref(struct cm_config *cfg)
{
	if (cfg != NULL && __atomic_sub_fetch(&cfg->refcnt, 1, __ATOMIC_ACQ_REL) == 0)
		config_free(cfg);
	return NULL;
}
