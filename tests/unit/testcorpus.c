/*
 * testcorpus.c - the test corpus of tests/corpus plus the extra messages of
 * ../shared/corpus when it is present (see testcorpus.h).
 */
#define _GNU_SOURCE
#include <glob.h>
#include <stdlib.h>
#include <string.h>

#include "testcorpus.h"

static const char *base_of(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

static int by_base(const void *a, const void *b)
{
	return strcmp(base_of(*(char *const *)a), base_of(*(char *const *)b));
}

static void add(struct test_corpus *c, const char *path)
{
	c->path = realloc(c->path, (c->n + 1) * sizeof(*c->path));
	if (c->path == NULL || (c->path[c->n] = strdup(path)) == NULL)
		abort();
	c->n++;
}

size_t test_corpus_load(struct test_corpus *c)
{
	glob_t g1, g2;
	size_t n1;

	memset(c, 0, sizeof(*c));
	if (glob(CORPUS_DIR "/*.eml", 0, NULL, &g1) == 0)
		for (size_t i = 0; i < g1.gl_pathc; i++)
			add(c, g1.gl_pathv[i]);
	globfree(&g1);
	n1 = c->n;
	if (glob(CORPUS_EXTRA_DIR "/*.eml", 0, NULL, &g2) == 0) {
		for (size_t i = 0; i < g2.gl_pathc; i++) {
			size_t j = 0;

			while (j < n1 && strcmp(base_of(c->path[j]), base_of(g2.gl_pathv[i])) != 0)
				j++;
			if (j == n1)
				add(c, g2.gl_pathv[i]);
		}
	}
	globfree(&g2);
	c->n_extra = c->n - n1;
	if (c->n)
		qsort(c->path, c->n, sizeof(*c->path), by_base);
	return c->n;
}

void test_corpus_free(struct test_corpus *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->path[i]);
	free(c->path);
	memset(c, 0, sizeof(*c));
}
