/*
 * loginmap.h - outbound.login_map: which From: addresses an authenticated
 * login may sign for besides the login itself.
 *
 * File format: one login per line, followed by the addresses or policy
 * patterns ("user@domain", "*@domain", "*@*.domain") it may send as;
 * blank lines and lines starting with '#' are ignored.
 *   alice          alice@example.com  sales@example.com
 *   relay-bot      *@example.com
 */
#ifndef LOGINMAP_H
#define LOGINMAP_H

#include <stdbool.h>

#include "cm.h"

struct login_map;

/* Load path; NULL + err ("FILE:LINE: problem") on error. */
struct login_map *login_map_load(const char *path, cm_err *err);
struct login_map *login_map_free(struct login_map *map); /* returns NULL */

/* Does the map let login send as from? (map may be NULL: no.) Logins are
 * compared exactly; from against each pattern per policy_pattern_match. */
bool login_map_allows(const struct login_map *map, const char *login, const char *from,
                      bool lp_case_insensitive);

#endif
