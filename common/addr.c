/*
 * addr.c - e-mail address validity, case folding and comparison (addr.h).
 */
#include <string.h>
#include <strings.h>

#include "addr.h"
#include "xalloc.h"

static char ascii_lower(char c)
{
	return (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

bool cm_addr_valid(const char *addr, size_t len)
{
	const unsigned char *s = (const unsigned char *)addr;
	size_t at = len;

	for (size_t i = 0; i < len; i++) {
		if (s[i] <= 0x20 || s[i] == 0x7f)
			return false; /* NUL, controls, space, DEL */
		if (s[i] == '@')
			at = i;
	}
	return at != len && at > 0 && at + 1 < len;
}

void cm_addr_fold(char *addr, bool local_ci)
{
	char *at = strrchr(addr, '@');

	for (char *p = addr; *p != '\0'; p++)
		if (local_ci || (at != NULL && p > at))
			*p = ascii_lower(*p);
}

char *cm_addr_key(const char *addr, size_t len, bool local_ci)
{
	char *key;

	if (!cm_addr_valid(addr, len))
		return NULL;
	key = xstrndup(addr, len);
	cm_addr_fold(key, local_ci);
	return key;
}

bool cm_addr_equal(const char *a, const char *b, bool local_ci)
{
	const char *at_a = strrchr(a, '@');
	const char *at_b = strrchr(b, '@');
	size_t lp;

	if (at_a == NULL || at_b == NULL)
		return false;
	lp = (size_t)(at_a - a);
	if (lp != (size_t)(at_b - b))
		return false;
	if (local_ci ? strncasecmp(a, b, lp) != 0 : strncmp(a, b, lp) != 0)
		return false;
	return strcasecmp(at_a, at_b) == 0;
}
