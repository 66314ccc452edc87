/*
 * fuzz_common.h - shared set-up for the libFuzzer targets in tests/fuzz:
 * the test PKI (made once per process), a private scratch directory, and
 * quiet logging.
 */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "mime.h"

/* An invariant of the code under test; a failure is a finding (abort). */
#define REQUIRE(cond)                                                                              \
	do {                                                                                       \
		if (!(cond)) {                                                                     \
			fprintf(stderr, "%s:%d: REQUIRE failed: %s\n", __FILE__, __LINE__, #cond); \
			abort();                                                                   \
		}                                                                                  \
	} while (0)

/* The test PKI directory: $FUZZ_PKI when set (tests/fuzz/run.sh makes one
 * per run), otherwise tests/pki/mkpki.sh into the scratch directory. */
const char *fuzz_pki(void);
/* A private directory for this process, removed at exit. */
const char *fuzz_tmp(void);
/* dir/name into out (exits on overflow). */
void fuzz_path(char *out, size_t len, const char *dir, const char *name);
/* Write len bytes to path; exits on failure (the harness is broken). */
void fuzz_write(const char *path, const void *data, size_t len);
/* log_init without stderr, GMime set up once. */
void fuzz_init_common(void);

/* A message as an MTA hands it to a milter: header fields (value without
 * the leading blanks, CR dropped, folded with "\n", cut at a NUL as the
 * milter protocol's C strings are), then the raw body bytes. The header
 * block ends at an empty line or at the first line that is not a header
 * field (that line starts the body), as in Postfix. */
struct fuzz_msg {
	struct mime_header *hdrs;
	size_t nhdrs;
	const uint8_t *body;
	size_t bodylen;
};
void fuzz_msg_parse(const uint8_t *data, size_t len, struct fuzz_msg *m);
void fuzz_msg_free(struct fuzz_msg *m);

#endif
