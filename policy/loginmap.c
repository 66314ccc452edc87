/*
 * loginmap.c - the login-to-addresses file of outbound.login_map
 * (see loginmap.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loginmap.h"
#include "policy.h"
#include "xalloc.h"

struct login_entry {
	char *login;
	char **patterns;
	size_t npatterns;
};

struct login_map {
	struct login_entry *v;
	size_t n;
};

struct login_map *login_map_free(struct login_map *map)
{
	if (map == NULL)
		return NULL;
	for (size_t i = 0; i < map->n; i++) {
		for (size_t j = 0; j < map->v[i].npatterns; j++)
			free(map->v[i].patterns[j]);
		free(map->v[i].patterns);
		free(map->v[i].login);
	}
	free(map->v);
	free(map);
	return NULL;
}

/* Parse one line into a new entry; 0 = ok or nothing, -1 = bad pattern. */
static int parse_line(struct login_map *map, char *line, const char **bad)
{
	const char *sep = " \t\r\n";
	char *save = NULL, *tok = strtok_r(line, sep, &save);
	struct login_entry *e;

	if (tok == NULL || *tok == '#')
		return 0;
	map->v = xrealloc(map->v, (map->n + 1) * sizeof(*map->v));
	e = &map->v[map->n++];
	memset(e, 0, sizeof(*e));
	e->login = xstrdup(tok);
	while ((tok = strtok_r(NULL, sep, &save)) != NULL) {
		if (!policy_pattern_valid(tok)) {
			*bad = tok;
			return -1;
		}
		e->patterns = xrealloc(e->patterns, (e->npatterns + 1) * sizeof(char *));
		e->patterns[e->npatterns++] = xstrdup(tok);
	}
	return 0;
}

struct login_map *login_map_load(const char *path, cm_err *err)
{
	struct login_map *map = xcalloc(1, sizeof(*map));
	FILE *fp = fopen(path, "r");
	char line[4096];
	int lineno = 0;

	if (fp == NULL) {
		cm_err_set(err, "%s: cannot open: %s", path, strerror(errno));
		return login_map_free(map);
	}
	while (fgets(line, sizeof(line), fp) != NULL) {
		const char *bad = NULL;

		lineno++;
		if (parse_line(map, line, &bad) < 0) {
			cm_err_set(err,
			           "%s:%d: outbound.login_map: \"%s\" is not an address pattern",
			           path, lineno, bad);
			fclose(fp);
			return login_map_free(map);
		}
	}
	fclose(fp);
	return map;
}

bool login_map_allows(const struct login_map *map, const char *login, const char *from,
                      bool lp_case_insensitive)
{
	if (map == NULL || login == NULL || from == NULL)
		return false;
	for (size_t i = 0; i < map->n; i++) {
		if (strcmp(map->v[i].login, login) != 0)
			continue;
		for (size_t j = 0; j < map->v[i].npatterns; j++)
			if (policy_pattern_match(map->v[i].patterns[j], from, lp_case_insensitive))
				return true;
	}
	return false;
}
