/*
 * outbound.c - outbound detection and the From-versus-login check
 * (see outbound.h).
 */
#include <string.h>
#include <strings.h>

#include "outbound.h"

bool outbound_is(const struct cm_config *cfg, const struct conn_facts *f)
{
	if (f->local) /* any local user can submit it with any From: */
		return cfg->outbound.local_is_internal;
	if (f->auth && *f->auth)
		return true;
	if (f->internal)
		return true;
	return f->daemon && *f->daemon && config_is_outbound_daemon(cfg, f->daemon);
}

bool outbound_addr_equal(const char *a, const char *b, bool lp_case_insensitive)
{
	const char *at_a = strrchr(a, '@');
	const char *at_b = strrchr(b, '@');
	size_t lp;

	if (at_a == NULL || at_b == NULL)
		return false;
	lp = (size_t)(at_a - a);
	if (lp != (size_t)(at_b - b))
		return false;
	if (lp_case_insensitive ? strncasecmp(a, b, lp) != 0 : strncmp(a, b, lp) != 0)
		return false;
	return strcasecmp(at_a, at_b) == 0;
}

bool outbound_login_may_send(const struct cm_config *cfg, const struct login_map *map,
                             const char *login, const char *from)
{
	bool ci = cfg->keystore.local_part_case_insensitive;
	const char *at;

	if (login == NULL || from == NULL)
		return false;
	if (login_map_allows(map, login, from, ci))
		return true;
	if (strchr(login, '@') != NULL)
		return outbound_addr_equal(login, from, ci);
	at = strrchr(from, '@');
	if (at == NULL || (size_t)(at - from) != strlen(login))
		return false;
	return ci ? strncasecmp(login, from, strlen(login)) == 0
	          : strncmp(login, from, strlen(login)) == 0;
}
