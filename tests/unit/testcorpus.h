/*
 * testcorpus.h - the test corpus for the unit tests: every message of
 * tests/corpus (in the repository, always there) and, when the directory
 * exists, the messages of ../shared/corpus beside the source tree whose file
 * name tests/corpus does not have. Paths are sorted by file name.
 */
#ifndef TESTCORPUS_H
#define TESTCORPUS_H

#include <stddef.h>

#ifndef SRCDIR
#define SRCDIR "."
#endif
#ifndef CORPUS_DIR
#define CORPUS_DIR SRCDIR "/tests/corpus"
#endif
#ifndef CORPUS_EXTRA_DIR
#define CORPUS_EXTRA_DIR SRCDIR "/../shared/corpus"
#endif

struct test_corpus {
	char **path; /* n malloc'd paths */
	size_t n;
	size_t n_extra; /* how many of them come from CORPUS_EXTRA_DIR */
};

/* Fill c with the *.eml of CORPUS_DIR and CORPUS_EXTRA_DIR; returns c->n. */
size_t test_corpus_load(struct test_corpus *c);
void test_corpus_free(struct test_corpus *c);

#endif
