/*
 * policy.c - the policy file (certmilter-policy(5)): loading and validating the
 * ordered rules, merging the defaults into each, choosing the rule for a
 * message, and finding rules an earlier rule shadows.
 *
 * Address patterns are "user@domain", "*@domain", "*@*.domain" (proper
 * subdomains only) and "*". Domains compare ignoring case; local parts as
 * written unless the caller asks otherwise.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lcfg.h"
#include "log.h"
#include "policy.h"
#include "xalloc.h"

static const char *const ts_names[] = {"all", "first", "none"};
static const char *const enc_names[] = {"never", "opportunistic", "required"};
static const char *const miss_names[] = {"plaintext", "reject", "tempfail", "split"};
static const char *const req_names[] = {"none", "tempfail", "reject"};

#define NNAMES(a) (sizeof(a) / sizeof((a)[0]))

static const char *name_of(const char *const *names, size_t n, unsigned v)
{
	return v < n ? names[v] : "unknown";
}

const char *cm_timestamp_name(enum cm_timestamp t)
{
	return name_of(ts_names, NNAMES(ts_names), t);
}

const char *cm_encrypt_name(enum cm_encrypt e)
{
	return name_of(enc_names, NNAMES(enc_names), e);
}

const char *cm_missing_name(enum cm_missing m)
{
	return name_of(miss_names, NNAMES(miss_names), m);
}

/* ---- patterns ---- */

struct pat {
	bool any;        /* "*" */
	bool any_local;  /* "*@..." */
	bool subdomains; /* "...@*.domain" */
	const char *local;
	size_t local_len;
	const char *domain; /* without "*." */
};

static bool valid_local(const char *s, size_t len)
{
	if (len == 1 && s[0] == '*')
		return true;
	if (len == 0)
		return false;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c <= ' ' || c == 0x7f || c == '*' || c == '@' || c == '<' || c == '>')
			return false;
	}
	return true;
}

/* Labels of letters, digits, '-' and '_' (or UTF-8), separated by dots. */
static bool valid_domain(const char *s)
{
	size_t label = 0;

	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '.') {
			if (label == 0)
				return false;
			label = 0;
		} else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		           (c >= '0' && c <= '9') || c == '-' || c == '_' || c >= 0x80) {
			label++;
		} else {
			return false;
		}
	}
	return label > 0;
}

static bool pattern_split(const char *pattern, struct pat *p)
{
	const char *at;

	memset(p, 0, sizeof(*p));
	if (pattern == NULL)
		return false;
	if (strcmp(pattern, "*") == 0) {
		p->any = true;
		return true;
	}
	at = strchr(pattern, '@');
	if (at == NULL || !valid_local(pattern, (size_t)(at - pattern)))
		return false;
	p->local = pattern;
	p->local_len = (size_t)(at - pattern);
	p->any_local = p->local_len == 1 && pattern[0] == '*';
	p->domain = at + 1;
	if (strncmp(p->domain, "*.", 2) == 0) {
		p->subdomains = true;
		p->domain += 2;
		if (!p->any_local) /* "user@*.domain" is not a pattern */
			return false;
	}
	return valid_domain(p->domain);
}

bool policy_pattern_valid(const char *pattern)
{
	struct pat p;

	return pattern_split(pattern, &p);
}

/* Is dom a proper subdomain of parent ("a.b.c" of "b.c", not "b.c")? */
static bool is_subdomain(const char *dom, const char *parent)
{
	size_t dlen = strlen(dom), plen = strlen(parent);

	return dlen > plen + 1 && dom[dlen - plen - 1] == '.' &&
	       strcasecmp(dom + dlen - plen, parent) == 0;
}

bool policy_pattern_match(const char *pattern, const char *addr, bool lp_case_insensitive)
{
	struct pat p;
	const char *at;
	size_t llen;

	if (addr == NULL || !pattern_split(pattern, &p))
		return false;
	if (p.any)
		return true;
	at = strrchr(addr, '@');
	if (at == NULL)
		return false;
	llen = (size_t)(at - addr);
	if (!p.any_local &&
	    (llen != p.local_len || (lp_case_insensitive ? strncasecmp(addr, p.local, llen)
	                                                 : strncmp(addr, p.local, llen)) != 0))
		return false;
	if (p.subdomains)
		return is_subdomain(at + 1, p.domain);
	return strcasecmp(at + 1, p.domain) == 0;
}

/* Does every address b matches also match a (for either local part rule)? */
static bool pattern_covers(const char *a, const char *b)
{
	struct pat pa, pb;

	if (!pattern_split(a, &pa) || !pattern_split(b, &pb))
		return false;
	if (pa.any)
		return true;
	if (pb.any)
		return false;
	if (!pa.any_local && (pb.any_local || pa.local_len != pb.local_len ||
	                      strncmp(pa.local, pb.local, pa.local_len) != 0))
		return false;
	if (!pa.subdomains)
		return !pb.subdomains && strcasecmp(pa.domain, pb.domain) == 0;
	if (pb.subdomains && strcasecmp(pa.domain, pb.domain) == 0)
		return true;
	return is_subdomain(pb.domain, pa.domain);
}

/* ---- deciding ---- */

static bool cond_match(const char *pattern, const char *value, bool ci)
{
	return pattern == NULL || policy_pattern_match(pattern, value, ci);
}

static bool rule_matches(const struct policy_rule *r, const struct msg_facts *f)
{
	bool ci = f->lp_case_insensitive;

	if (!cond_match(r->from, f->from, ci) || !cond_match(r->sender, f->sender, ci) ||
	    !cond_match(r->auth, f->auth, ci))
		return false;
	if (r->to == NULL)
		return true;
	if (f->nrcpts == 0)
		return false;
	for (size_t i = 0; i < f->nrcpts; i++)
		if (!policy_pattern_match(r->to, f->rcpts[i], ci))
			return false;
	return true;
}

const struct policy_rule *policy_decide(const struct policy *pol, const struct msg_facts *facts)
{
	if (pol == NULL)
		return NULL;
	for (size_t i = 0; facts != NULL && i < pol->nrules; i++)
		if (rule_matches(&pol->rules[i], facts))
			return &pol->rules[i];
	return &pol->defaults;
}

/* Does a match every message b matches? */
static bool rule_covers(const struct policy_rule *a, const struct policy_rule *b)
{
	const char *ca[] = {a->from, a->sender, a->auth, a->to};
	const char *cb[] = {b->from, b->sender, b->auth, b->to};

	for (size_t i = 0; i < NNAMES(ca); i++) {
		if (ca[i] == NULL)
			continue;
		if (cb[i] == NULL || !pattern_covers(ca[i], cb[i]))
			return false;
	}
	return true;
}

size_t policy_shadowed(const struct policy *pol,
                       void (*report)(const struct policy_rule *rule, const struct policy_rule *by,
                                      void *arg),
                       void *arg)
{
	size_t count = 0;

	for (size_t j = 0; pol != NULL && j < pol->nrules; j++) {
		for (size_t i = 0; i < j; i++) {
			if (!rule_covers(&pol->rules[i], &pol->rules[j]))
				continue;
			if (report != NULL)
				report(&pol->rules[j], &pol->rules[i], arg);
			count++;
			break;
		}
	}
	return count;
}

/* ---- loading ---- */

struct pctx {
	const char *file;
	cm_err *err;
	/* settings of the rule being parsed, for the plaintext check */
	const config_setting_t *encrypt_s, *missing_s;
};

#define FAIL(pc, s, key, ...) lcfg_fail((pc)->err, (pc)->file, s, key, __VA_ARGS__)

static bool parse_enum(struct pctx *pc, const config_setting_t *s, const char *key,
                       const char *const *names, size_t n, unsigned *out)
{
	char choices[128] = "", q[128];
	const char *v;

	for (size_t i = 0; i < n; i++)
		snprintf(choices + strlen(choices), sizeof(choices) - strlen(choices), "%s%s",
		         i ? "|" : "", names[i]);
	if (config_setting_type(s) != CONFIG_TYPE_STRING)
		return FAIL(pc, s, key, "must be a string: %s", choices);
	v = config_setting_get_string(s);
	for (size_t i = 0; i < n; i++)
		if (strcasecmp(v, names[i]) == 0) {
			*out = (unsigned)i;
			return true;
		}
	return FAIL(pc, s, key, "\"%s\" is not one of %s", lcfg_quote(q, sizeof(q), v), choices);
}

static bool parse_sign(struct pctx *pc, const config_setting_t *s, const char *key,
                       struct policy_rule *r)
{
	int n = config_setting_length(s);
	char q[128];

	if (!config_setting_is_array(s) && !config_setting_is_list(s))
		return FAIL(pc, s, key, "must be a list of classes, e.g. [ \"vp\", \"identity\" ]");
	r->nsign = 0;
	for (int i = 0; i < n; i++) {
		const config_setting_t *e = config_setting_get_elem(s, (unsigned)i);
		enum cm_class cls;

		if (config_setting_type(e) != CONFIG_TYPE_STRING)
			return FAIL(pc, s, key, "element %d must be a string", i + 1);
		lcfg_quote(q, sizeof(q), config_setting_get_string(e));
		cls = cm_class_parse(config_setting_get_string(e));
		if (cls != CM_CLASS_VP && cls != CM_CLASS_IDENTITY &&
		    (cls < CM_CLASS_V1 || cls > CM_CLASS_V4))
			return FAIL(pc, s, key,
			            "\"%s\" is not a signer class (vp, identity, v1, v2, v3, v4)",
			            q);
		for (size_t j = 0; j < r->nsign; j++)
			if (r->sign[j] == cls)
				return FAIL(pc, s, key, "\"%s\" is listed twice", q);
		if (r->nsign == POLICY_MAX_SIGN)
			return FAIL(pc, s, key, "at most %d classes", POLICY_MAX_SIGN);
		r->sign[r->nsign++] = cls;
	}
	return true;
}

static bool parse_condition(struct pctx *pc, const config_setting_t *s, const char *key,
                            char **field, bool in_defaults)
{
	char q[256];

	if (in_defaults)
		return FAIL(pc, s, key, "conditions are not allowed in defaults");
	if (config_setting_type(s) != CONFIG_TYPE_STRING)
		return FAIL(pc, s, key, "must be a string (an address pattern)");
	if (!policy_pattern_valid(config_setting_get_string(s)))
		return FAIL(pc, s, key,
		            "\"%s\" is not a pattern (user@domain, *@domain, *@*.domain or *)",
		            lcfg_quote(q, sizeof(q), config_setting_get_string(s)));
	x_free(*field);
	*field = xstrdup(config_setting_get_string(s));
	return true;
}

/* One setting of a rule (or of defaults). */
static bool parse_setting(struct pctx *pc, const config_setting_t *s, const char *key,
                          struct policy_rule *r, bool in_defaults)
{
	const char *name = config_setting_name(s);
	unsigned v;
	bool ok;

	if (strcmp(name, "from") == 0)
		return parse_condition(pc, s, key, &r->from, in_defaults);
	if (strcmp(name, "sender") == 0)
		return parse_condition(pc, s, key, &r->sender, in_defaults);
	if (strcmp(name, "auth") == 0)
		return parse_condition(pc, s, key, &r->auth, in_defaults);
	if (strcmp(name, "to") == 0)
		return parse_condition(pc, s, key, &r->to, in_defaults);
	if (strcmp(name, "sign") == 0)
		return parse_sign(pc, s, key, r);
	if (strcmp(name, "timestamp") == 0) {
		ok = parse_enum(pc, s, key, ts_names, NNAMES(ts_names), &v);
		r->timestamp = (enum cm_timestamp)v;
	} else if (strcmp(name, "encrypt") == 0) {
		ok = parse_enum(pc, s, key, enc_names, NNAMES(enc_names), &v);
		r->encrypt = (enum cm_encrypt)v;
		pc->encrypt_s = s;
	} else if (strcmp(name, "missing_certificate") == 0) {
		ok = parse_enum(pc, s, key, miss_names, NNAMES(miss_names), &v);
		r->missing_certificate = (enum cm_missing)v;
		pc->missing_s = s;
	} else if (strcmp(name, "require") == 0) {
		ok = parse_enum(pc, s, key, req_names, NNAMES(req_names), &v);
		r->require = (enum cm_require)v;
	} else {
		return FAIL(pc, s, key, "unknown key");
	}
	return ok;
}

/* Parse group grp into r, which holds the defaults to override. */
static bool parse_rule(struct pctx *pc, const config_setting_t *grp, const char *prefix,
                       struct policy_rule *r, bool in_defaults)
{
	int n = config_setting_length(grp);
	char key[128];

	pc->encrypt_s = pc->missing_s = NULL;
	r->line = config_setting_source_line(grp);
	for (int i = 0; i < n; i++) {
		const config_setting_t *s = config_setting_get_elem(grp, (unsigned)i);

		snprintf(key, sizeof(key), "%s.%s", prefix, config_setting_name(s));
		if (!parse_setting(pc, s, key, r, in_defaults))
			return false;
	}
	if (r->encrypt != CM_ENC_REQUIRED || r->missing_certificate != CM_MISS_PLAINTEXT)
		return true;
	/* Name the setting that made the combination: this rule's own. */
	snprintf(key, sizeof(key), "%s.%s", prefix,
	         pc->missing_s ? "missing_certificate" : "encrypt");
	return FAIL(pc,
	            pc->missing_s   ? pc->missing_s
	            : pc->encrypt_s ? pc->encrypt_s
	                            : grp,
	            key,
	            "missing_certificate \"plaintext\" is only allowed with encrypt "
	            "\"opportunistic\" or \"never\", not \"required\"");
}

static void rule_clear(struct policy_rule *r)
{
	r->from = x_free(r->from);
	r->sender = x_free(r->sender);
	r->auth = x_free(r->auth);
	r->to = x_free(r->to);
}

static bool parse_rules(struct pctx *pc, const config_setting_t *s, struct policy *pol)
{
	int n = config_setting_length(s);
	char key[64];

	if (!config_setting_is_list(s))
		return FAIL(pc, s, "rules", "must be a list of groups ( { ... }, ... )");
	pol->rules = xcalloc((size_t)n + 1, sizeof(struct policy_rule));
	for (int i = 0; i < n; i++) {
		const config_setting_t *e = config_setting_get_elem(s, (unsigned)i);
		struct policy_rule *r = &pol->rules[i];

		snprintf(key, sizeof(key), "rules[%d]", i + 1);
		if (!config_setting_is_group(e))
			return FAIL(pc, s, key, "must be a group { ... }");
		*r = pol->defaults; /* defaults have no conditions to share */
		r->index = i + 1;
		pol->nrules++;
		if (!parse_rule(pc, e, key, r, false))
			return false;
	}
	return true;
}

static void builtin_defaults(struct policy_rule *d)
{
	memset(d, 0, sizeof(*d));
	d->sign[0] = CM_CLASS_VP;
	d->sign[1] = CM_CLASS_IDENTITY;
	d->nsign = 2;
	d->timestamp = CM_TS_ALL;
	d->encrypt = CM_ENC_OPPORTUNISTIC;
	d->missing_certificate = CM_MISS_PLAINTEXT;
	d->require = CM_REQ_NONE;
}

static bool parse_top(struct pctx *pc, const config_setting_t *root, struct policy *pol)
{
	const config_setting_t *defaults = NULL, *rules = NULL;
	int n = config_setting_length(root);

	for (int i = 0; i < n; i++) {
		const config_setting_t *s = config_setting_get_elem(root, (unsigned)i);
		const char *name = config_setting_name(s);

		if (strcmp(name, "defaults") == 0)
			defaults = s;
		else if (strcmp(name, "rules") == 0)
			rules = s;
		else
			return FAIL(pc, s, name, "unknown key");
	}
	builtin_defaults(&pol->defaults);
	if (defaults != NULL) {
		if (!config_setting_is_group(defaults))
			return FAIL(pc, defaults, "defaults", "must be a group { ... }");
		if (!parse_rule(pc, defaults, "defaults", &pol->defaults, true))
			return false;
	}
	return rules == NULL || parse_rules(pc, rules, pol);
}

struct policy *policy_load(const char *file, cm_err *err)
{
	struct pctx pc = {.file = file, .err = err};
	struct policy *pol = NULL;
	config_t lc;
	bool ok = false;

	config_init(&lc);
	if (!lcfg_read(&lc, file, err))
		goto out;
	pol = xcalloc(1, sizeof(*pol));
	pol->file = xstrdup(file);
	if (!parse_top(&pc, config_root_setting(&lc), pol))
		goto out;
	ok = true;
out:
	config_destroy(&lc);
	if (!ok)
		pol = policy_free(pol);
	return pol;
}

struct policy *policy_free(struct policy *pol)
{
	if (pol == NULL)
		return NULL;
	for (size_t i = 0; i < pol->nrules; i++)
		rule_clear(&pol->rules[i]);
	rule_clear(&pol->defaults);
	x_free(pol->rules);
	x_free(pol->file);
	x_free(pol);
	return NULL;
}

bool policy_may_encrypt(const struct policy *pol)
{
	if (pol->defaults.encrypt != CM_ENC_NEVER)
		return true;
	for (size_t i = 0; i < pol->nrules; i++)
		if (pol->rules[i].encrypt != CM_ENC_NEVER)
			return true;
	return false;
}
