/*
 * xalloc.c - allocation that aborts on exhaustion (see xalloc.h).
 */
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "xalloc.h"

void *xmalloc(size_t len)
{
	void *p = malloc(len ? len : 1);

	if (p == NULL)
		msg_panic("out of memory allocating %zu bytes", len);
	return p;
}

void *xcalloc(size_t n, size_t len)
{
	void *p = calloc(n ? n : 1, len ? len : 1);

	if (p == NULL)
		msg_panic("out of memory allocating %zu x %zu bytes", n, len);
	return p;
}

void *xrealloc(void *ptr, size_t len)
{
	void *p = realloc(ptr, len ? len : 1);

	if (p == NULL)
		msg_panic("out of memory reallocating %zu bytes", len);
	return p;
}

char *xstrdup(const char *str)
{
	return xstrndup(str, strlen(str));
}

char *xstrndup(const char *str, size_t len)
{
	char *p = xmalloc(len + 1);

	memcpy(p, str, len);
	p[len] = '\0';
	return p;
}

void *x_free(void *ptr)
{
	free(ptr);
	return NULL;
}
