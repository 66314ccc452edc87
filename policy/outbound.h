/*
 * outbound.h - is a message outbound, and may its login sign as its From:
 * address? Pure functions from connection facts (certmilter.conf(5) OUTBOUND AND INBOUND).
 */
#ifndef OUTBOUND_H
#define OUTBOUND_H

#include <stdbool.h>

#include "config.h"
#include "loginmap.h"

struct conn_facts {
	const char *auth;   /* {auth_authen}, NULL or "" if not authenticated */
	bool internal;      /* client address in outbound.internal_networks */
	const char *daemon; /* {daemon_name}, NULL or "" if unknown */
	bool local;         /* no client address: the MTA's local submission */
};

/* Outbound = authenticated, or internal client, or an outbound daemon; a
 * local submission only with outbound.local_is_internal. */
bool outbound_is(const struct cm_config *cfg, const struct conn_facts *f);

/*
 * May login send as from? Yes when from equals login as an address (domain
 * case-insensitive, local part per keystore.local_part_case), when login
 * has no '@', equals from's local part and from's domain is one of
 * outbound.login_domains (none by default: such a login then signs only
 * what map gives it), or when map allows it.
 */
bool outbound_login_may_send(const struct cm_config *cfg, const struct login_map *map,
                             const char *login, const char *from);

/* What the From: header fields of a message say (milter/ parses them). */
struct from_facts {
	size_t nfields;    /* From: header fields */
	size_t nmailboxes; /* mailboxes in the first, members of groups counted */
	bool group;        /* the first holds a group (RFC 5322 allows none) */
	const char *addr;  /* the first mailbox's address, NULL if none */
	const char *name;  /* its display name, RFC 2047 decoded; NULL if none */
};

/*
 * Does the From: name one sender beyond doubt, so that a signature can
 * vouch for it? NULL when it does, or when there is no address at all;
 * otherwise the reason (static text) it must not be signed: more than one
 * From: field, more than one mailbox, a group, or a display name that
 * holds an address other than the mailbox's own (compared ignoring case),
 * or a full-width or small commercial at (U+FF20, U+FE6B) that readers
 * may take for one. Receivers differ in which field and which mailbox
 * they show, and many show only the display name.
 */
const char *outbound_from_ambiguous(const struct from_facts *f);

#endif
