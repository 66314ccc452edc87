/*
 * fuzz_common.c - set-up shared by the fuzz targets (see fuzz_common.h).
 *
 * Everything here runs once per process, from LLVMFuzzerInitialize or the
 * first input; a failure aborts, since a target without its PKI or scratch
 * directory would only fuzz its own error paths.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include "fuzz_common.h"
#include "log.h"
#include "mime.h"

#ifndef SRCDIR
#define SRCDIR "."
#endif

static char tmpdir[] = "/tmp/cm-fuzz.XXXXXX";
static char pkidir[512];
static int made_tmp;

static void cleanup(void)
{
	char cmd[600];

	if (!made_tmp || getenv("FUZZ_KEEP") != NULL)
		return;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		fprintf(stderr, "fuzz: could not remove %s\n", tmpdir);
}

const char *fuzz_tmp(void)
{
	if (!made_tmp) {
		if (mkdtemp(tmpdir) == NULL) {
			perror("fuzz: mkdtemp");
			abort();
		}
		made_tmp = 1;
		atexit(cleanup);
	}
	return tmpdir;
}

void fuzz_path(char *out, size_t len, const char *dir, const char *name)
{
	if ((size_t)snprintf(out, len, "%s/%s", dir, name) >= len) {
		fprintf(stderr, "fuzz: path too long: %s/%s\n", dir, name);
		abort();
	}
}

const char *fuzz_pki(void)
{
	const char *env = getenv("FUZZ_PKI");
	char cmd[1200];

	if (pkidir[0])
		return pkidir;
	if (env && *env) {
		snprintf(pkidir, sizeof(pkidir), "%s", env);
		return pkidir;
	}
	fuzz_path(pkidir, sizeof(pkidir), fuzz_tmp(), "pki");
	snprintf(cmd, sizeof(cmd), "bash '%s/tests/pki/mkpki.sh' '%s' >/dev/null", SRCDIR, pkidir);
	if (system(cmd) != 0) {
		fprintf(stderr, "fuzz: %s failed\n", cmd);
		abort();
	}
	return pkidir;
}

void fuzz_write(const char *path, const void *data, size_t len)
{
	FILE *fp = fopen(path, "w");

	if (fp == NULL || fwrite(data, 1, len, fp) != len || fclose(fp) != 0) {
		perror(path);
		abort();
	}
}

void fuzz_init_common(void)
{
	static int done;

	if (done)
		return;
	done = 1;
	log_init("certmilter-fuzz", LOG_LOCAL7, false);
	mime_init();
}

/* Length of the line at p (without its LF), and whether an LF ends it. */
static size_t line_len(const uint8_t *p, size_t left, int *has_lf)
{
	const uint8_t *lf = memchr(p, '\n', left);

	*has_lf = lf != NULL;
	return lf ? (size_t)(lf - p) : left;
}

/* Length of a header field name ending in ':' at p, 0 if not a field. */
static size_t field_name_len(const uint8_t *p, size_t n)
{
	size_t i = 0;

	while (i < n && p[i] > 32 && p[i] < 127 && p[i] != ':')
		i++;
	return (i > 0 && i < n && p[i] == ':') ? i : 0;
}

/* Append line (its CRs and what follows a NUL dropped) to value. */
static void value_add(struct buf *v, const uint8_t *p, size_t n, int fold)
{
	if (fold)
		buf_append(v, "\n", 1);
	for (size_t i = 0; i < n; i++)
		if (p[i] != '\r')
			buf_append(v, p + i, 1);
}

static void add_field(struct fuzz_msg *m, const uint8_t *name, size_t nlen, struct buf *v)
{
	struct mime_header *h;

	m->hdrs = realloc(m->hdrs, (m->nhdrs + 1) * sizeof(*m->hdrs));
	if (m->hdrs == NULL)
		abort();
	h = &m->hdrs[m->nhdrs++];
	h->name = strndup((const char *)name, nlen);
	buf_append(v, "", 1);
	h->value = strdup((const char *)v->data);
	buf_free(v);
}

void fuzz_msg_parse(const uint8_t *data, size_t len, struct fuzz_msg *m)
{
	size_t off = 0;

	memset(m, 0, sizeof(*m));
	while (off < len) {
		const uint8_t *p = data + off;
		int lf;
		size_t n = line_len(p, len - off, &lf);
		size_t nlen = field_name_len(p, n);
		struct buf v = {0};
		size_t vs = nlen + 1;

		if (nlen == 0) { /* empty line: skip it; other line: body */
			if (n == 0 || (n == 1 && p[0] == '\r'))
				off += n + (size_t)lf;
			break;
		}
		while (vs < n && (p[vs] == ' ' || p[vs] == '\t'))
			vs++;
		value_add(&v, p + vs, n - vs, 0);
		off += n + (size_t)lf;
		while (lf && off < len && (data[off] == ' ' || data[off] == '\t')) {
			size_t cn = line_len(data + off, len - off, &lf);

			value_add(&v, data + off, cn, 1);
			off += cn + (size_t)lf;
		}
		add_field(m, p, nlen, &v);
	}
	m->body = data + off;
	m->bodylen = len - off;
}

void fuzz_msg_free(struct fuzz_msg *m)
{
	for (size_t i = 0; i < m->nhdrs; i++) {
		free(m->hdrs[i].name);
		free(m->hdrs[i].value);
	}
	free(m->hdrs);
	memset(m, 0, sizeof(*m));
}
