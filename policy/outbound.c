/*
 * outbound.c - outbound detection and the From-versus-login check
 * (see outbound.h).
 */
#include <string.h>
#include <strings.h>

#include "addr.h"
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
		return cm_addr_equal(login, from, ci);
	at = strrchr(from, '@');
	if (at == NULL || (size_t)(at - from) != strlen(login))
		return false;
	if (ci ? strncasecmp(login, from, strlen(login)) != 0
	       : strncmp(login, from, strlen(login)) != 0)
		return false;
	for (size_t i = 0; i < cfg->outbound.login_domains.n; i++)
		if (strcasecmp(at + 1, cfg->outbound.login_domains.v[i]) == 0)
			return true;
	return false;
}

/* Characters that end an address-like word in a display name. */
static bool word_end(char c)
{
	return c == '\0' || strchr(" \t\r\n<>()[]\"',;:", c) != NULL;
}

/* Does name hold an address-like word (x@y) other than addr? */
static bool name_holds_other(const char *name, const char *addr)
{
	for (const char *at = strchr(name, '@'); at != NULL; at = strchr(at + 1, '@')) {
		const char *b = at, *e = at + 1;
		char word[512];

		while (b > name && !word_end(b[-1]))
			b--;
		while (!word_end(*e))
			e++;
		if (b == at || e == at + 1)
			continue;
		if ((size_t)(e - b) >= sizeof(word))
			return true;
		memcpy(word, b, (size_t)(e - b));
		word[e - b] = '\0';
		if (addr == NULL || !cm_addr_equal(word, addr, true))
			return true;
	}
	return false;
}

const char *outbound_from_ambiguous(const struct from_facts *f)
{
	if (f->nfields > 1)
		return "more than one From: field";
	if (f->group)
		return "From: holds a group";
	if (f->nmailboxes > 1)
		return "more than one mailbox in From:";
	if (f->name == NULL)
		return NULL;
	if (strstr(f->name, "\xef\xbc\xa0") != NULL || strstr(f->name, "\xef\xb9\xab") != NULL)
		return "From: display name holds a look-alike of '@'";
	if (name_holds_other(f->name, f->addr))
		return "From: display name holds an address other than the mailbox's";
	return NULL;
}
