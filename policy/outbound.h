/*
 * outbound.h - is a message outbound, and may its login sign as its From:
 * address? Pure functions from connection facts (SPEC section 3).
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
 * has no '@' and equals from's local part, or when map allows it.
 */
bool outbound_login_may_send(const struct cm_config *cfg, const struct login_map *map,
                             const char *login, const char *from);

/* Address equality per SPEC section 1. */
bool outbound_addr_equal(const char *a, const char *b, bool lp_case_insensitive);

#endif
