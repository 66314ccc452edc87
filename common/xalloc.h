/*
 * xalloc.h - memory allocation that never returns NULL.
 *
 * Out of memory is not a condition certmilter can serve through: the process
 * logs and aborts, and the MTA's milter_default_action (tempfail) keeps the
 * mail queued. x_free() returns NULL so callers write  p = x_free(p).
 */
#ifndef XALLOC_H
#define XALLOC_H

#include <stddef.h>

#include "cm.h"

void *xmalloc(size_t len);
void *xcalloc(size_t n, size_t len);
void *xrealloc(void *ptr, size_t len);
char *xstrdup(const char *str);
char *xstrndup(const char *str, size_t len);
void *x_free(void *ptr);
/* A new string formatted like printf. */
char *xasprintf(const char *fmt, ...) PRINTFLIKE(1, 2);
/* xrealloc to n elements of size each (overflow is fatal). */
void *xreallocarray(void *ptr, size_t n, size_t size);

#endif
