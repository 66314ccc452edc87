/*
 * fakemlfi.h - a fake libmilter (an mlfi_ops table, milter/mlfi.h) for the
 * tests that drive the milter core without an MTA: check_milter.c,
 * check_logsafety.c and tests/fuzz/fuzz_milter.c. SMFICTX is opaque to
 * libmilter users, so the fake defines struct smfi_str: the macros a test
 * sets, and what the callbacks asked the MTA to do.
 */
#ifndef FAKEMLFI_H
#define FAKEMLFI_H

#include <stdbool.h>

#include "mime.h"
#include "mlfi.h"

struct smfi_str {
	/* set by the test */
	const char *qid;  /* macro "i"; NULL: "TESTQID" */
	const char *auth; /* {auth_authen}; NULL: not authenticated */
	unsigned fail_at; /* the Nth modification request is refused (0: none) */
	/* recorded by the fake */
	void *priv;
	unsigned ops;      /* modification requests (chgheader, addheader, replacebody) */
	bool refused;      /* fail_at was reached */
	struct buf hdrops; /* "+Name: value\n" / "-Name[index]\n" ("-Name[index]changed\n") */
	struct buf body;   /* what replacebody was given, in order */
	int nreplace;      /* replacebody calls */
	unsigned deleted;  /* chgheader with no value */
	unsigned added_mv, added_ct; /* addheader MIME-Version / Content-Type */
	bool replied;
	char reply[512]; /* "RCODE XCODE TEXT" of the last setreply */
	const char *bad; /* the first request that broke the rules below, or NULL */
};

/* The rules (certmilter(8) FAILURES; a broken one goes to bad, the request is
 * still recorded): header changes (chgheader only deletes a Content-* or
 * MIME-Version field, index >= 1; addheader values without CR) come before
 * the first replacebody; replacebody gets at least one byte; a reply is 4xx
 * or 5xx and its text has no CR or LF. */
extern const struct mlfi_ops fakemlfi_ops;

/* The recorded bytes of b as a C string (the NUL is not counted in len). */
const char *fakemlfi_text(struct buf *b);
/* Free what the fake recorded (hdrops, body). */
void fakemlfi_free(struct smfi_str *ctx);

#endif
