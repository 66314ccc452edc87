/*
 * policy.h - the policy file: ordered rules mapping senders and recipients
 * to signing, timestamp and encryption actions (certmilter-policy(5)).
 *
 * policy_decide() is a pure function from message facts to the rule that
 * applies; defaults are merged into every rule at load time.
 */
#ifndef POLICY_H
#define POLICY_H

#include <stdbool.h>
#include <stddef.h>

#include "cm.h"

#define POLICY_MAX_SIGN 4

enum cm_timestamp { CM_TS_ALL = 0, CM_TS_FIRST, CM_TS_NONE };
enum cm_encrypt { CM_ENC_NEVER = 0, CM_ENC_OPPORTUNISTIC, CM_ENC_REQUIRED };
enum cm_missing { CM_MISS_PLAINTEXT = 0, CM_MISS_REJECT, CM_MISS_TEMPFAIL, CM_MISS_SPLIT };
enum cm_require { CM_REQ_NONE = 0, CM_REQ_TEMPFAIL, CM_REQ_REJECT };

struct policy_rule {
	int index; /* 1-based position in rules; 0 = defaults */
	int line;  /* line in the policy file */
	/* conditions; NULL = any */
	char *from, *sender, *auth, *to;
	/* actions (defaults merged in) */
	enum cm_class sign[POLICY_MAX_SIGN];
	size_t nsign; /* 0 = do not sign */
	enum cm_timestamp timestamp;
	enum cm_encrypt encrypt;
	enum cm_missing missing_certificate;
	enum cm_require require; /* when a listed class is missing */
};

struct policy {
	char *file;
	struct policy_rule defaults;
	struct policy_rule *rules;
	size_t nrules;
};

struct msg_facts {
	const char *from;   /* From: header address, NULL if none */
	const char *sender; /* envelope sender, "" for <> */
	const char *auth;   /* login, NULL if not authenticated */
	const char *const *rcpts;
	size_t nrcpts;
	bool lp_case_insensitive; /* compare local parts ignoring case */
};

/* Load FILE. On error NULL, err = "FILE:LINE: KEY: problem". */
struct policy *policy_load(const char *file, cm_err *err);
struct policy *policy_free(struct policy *pol); /* returns NULL */

/* The first matching rule, or &pol->defaults when none matches. Pure. */
const struct policy_rule *policy_decide(const struct policy *pol, const struct msg_facts *facts);

/* Does pattern ("user@domain", "*@domain", "*@*.domain", "*") match addr?
 * Domain compared case-insensitively; local part as the flag says. */
bool policy_pattern_match(const char *pattern, const char *addr, bool lp_case_insensitive);
/* Is pattern syntactically valid? */
bool policy_pattern_valid(const char *pattern);

/* For -n: rules that can never match because an earlier rule covers them.
 * Calls report(rule, earlier) for each; returns the count. */
size_t policy_shadowed(const struct policy *pol,
                       void (*report)(const struct policy_rule *rule, const struct policy_rule *by,
                                      void *arg),
                       void *arg);

/* Does any rule (or the defaults) encrypt? */
bool policy_may_encrypt(const struct policy *pol);

const char *cm_timestamp_name(enum cm_timestamp t);
const char *cm_encrypt_name(enum cm_encrypt e);
const char *cm_missing_name(enum cm_missing m);

#endif
