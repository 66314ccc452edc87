/*
 * mdmsg.c - milterdrive's message files (mdmsg.h).
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libmilter/mfdef.h>

#include "mdmsg.h"

static void *md_realloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (q == NULL) {
		fputs("milterdrive: out of memory\n", stderr);
		exit(2);
	}
	return q;
}

static char *md_strndup(const char *s, size_t n)
{
	char *d = md_realloc(NULL, n + 1);

	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

void md_field_insert(struct md_msg *m, size_t at, const char *name, const char *value)
{
	if (m->nf == m->capf) {
		m->capf = m->capf ? 2 * m->capf : 16;
		m->f = md_realloc(m->f, m->capf * sizeof(*m->f));
	}
	if (at > m->nf)
		at = m->nf;
	memmove(m->f + at + 1, m->f + at, (m->nf - at) * sizeof(*m->f));
	m->f[at].name = md_strndup(name, strlen(name));
	m->f[at].value = md_strndup(value, strlen(value));
	m->nf++;
}

void md_body_append(struct md_msg *m, const char *data, size_t len)
{
	if (m->body_len + len > m->body_cap) {
		m->body_cap = 2 * (m->body_len + len);
		m->body = md_realloc(m->body, m->body_cap);
	}
	memcpy(m->body + m->body_len, data, len);
	m->body_len += len;
}

/* Append a continuation line to the last field, after "\n". */
static void field_continue(struct md_msg *m, const char *line, size_t len)
{
	struct md_field *f = &m->f[m->nf - 1];
	size_t vl = strlen(f->value);

	f->value = md_realloc(f->value, vl + len + 2);
	f->value[vl] = '\n';
	memcpy(f->value + vl + 1, line, len);
	f->value[vl + 1 + len] = '\0';
}

/* A header field's line: "NAME:VALUE" with a name of printable characters
 * (blanks between name and colon allowed); false otherwise. */
static bool field_line(struct md_msg *m, const char *line, size_t len)
{
	const char *colon = memchr(line, ':', len);
	size_t nl;
	char *name, *value;

	if (colon == NULL || colon == line)
		return false;
	for (nl = (size_t)(colon - line); nl > 0 && (line[nl - 1] == ' ' || line[nl - 1] == '\t');)
		nl--;
	for (size_t i = 0; i < nl; i++)
		if (line[i] <= ' ' || line[i] > '~')
			return false;
	if (nl == 0)
		return false;
	name = md_strndup(line, nl);
	value = md_strndup(colon + 1, len - (size_t)(colon + 1 - line));
	md_field_insert(m, m->nf, name, value);
	free(name);
	free(value);
	return true;
}

/* Split text into the fields and the body (a line that is neither a field
 * nor a continuation ends the fields, as a blank line does). */
static void parse(struct md_msg *m, const char *text, size_t size)
{
	bool in_hdrs = true;

	for (size_t off = 0; off < size;) {
		const char *line = text + off, *nl = memchr(line, '\n', size - off);
		size_t len = nl ? (size_t)(nl - line) : size - off;

		off += len + (nl != NULL);
		if (len > 0 && line[len - 1] == '\r')
			len--;
		if (line == text && len >= 5 && memcmp(line, "From ", 5) == 0)
			continue; /* an mbox separator */
		if (in_hdrs && len == 0) {
			in_hdrs = false;
			continue;
		}
		if (in_hdrs && (line[0] == ' ' || line[0] == '\t') && m->nf > 0) {
			field_continue(m, line, len);
			continue;
		}
		if (in_hdrs && field_line(m, line, len))
			continue;
		in_hdrs = false;
		md_body_append(m, line, len);
		md_body_append(m, "\r\n", 2);
	}
}

int md_msg_read(const char *path, struct md_msg *m)
{
	FILE *fp = fopen(path, "rb");
	char *text = NULL;
	size_t size = 0, cap = 0, n;

	memset(m, 0, sizeof(*m));
	if (fp == NULL)
		return -1;
	do {
		if (size == cap) {
			cap = cap ? 2 * cap : 65536;
			text = md_realloc(text, cap);
		}
		n = fread(text + size, 1, cap - size, fp);
		size += n;
	} while (n > 0);
	if (ferror(fp)) {
		fclose(fp);
		free(text);
		errno = EIO;
		return -1;
	}
	fclose(fp);
	parse(m, text, size);
	free(text);
	return 0;
}

const struct md_field *md_msg_field(const struct md_msg *m, const char *name)
{
	for (size_t i = 0; i < m->nf; i++)
		if (strcasecmp(m->f[i].name, name) == 0)
			return &m->f[i];
	return NULL;
}

bool md_is_pkcs7(const char *v)
{
	v += strspn(v, " \t\r\n");
	return strncasecmp(v, "application/pkcs7-mime", 22) == 0 ||
	       strncasecmp(v, "application/x-pkcs7-mime", 24) == 0;
}

static void field_delete(struct md_msg *m, size_t i)
{
	free(m->f[i].name);
	free(m->f[i].value);
	memmove(m->f + i, m->f + i + 1, (m->nf - i - 1) * sizeof(*m->f));
	m->nf--;
}

/* SMFIR_CHGHEADER: the idx-th field called name (0 taken as 1). */
static void change_field(struct md_msg *m, uint32_t idx, const char *name, const char *value)
{
	uint32_t seen = 0;

	for (size_t i = 0; i < m->nf; i++) {
		if (strcasecmp(m->f[i].name, name) != 0 || ++seen < (idx ? idx : 1))
			continue;
		if (*value == '\0') {
			field_delete(m, i);
		} else {
			free(m->f[i].value);
			m->f[i].value = md_strndup(value, strlen(value));
		}
		return;
	}
	if (*value != '\0')
		md_field_insert(m, m->nf, name, value);
}

void md_msg_apply(struct md_msg *m, char cmd, const char *data, size_t len)
{
	uint32_t idx = 0;
	const char *name = data, *value, *end = data + len;

	if (cmd == SMFIR_REPLBODY) {
		if (!m->body_replaced)
			m->body_len = 0;
		m->body_replaced = true;
		md_body_append(m, data, len);
		return;
	}
	if (cmd != SMFIR_ADDHEADER && cmd != SMFIR_INSHEADER && cmd != SMFIR_CHGHEADER)
		return;
	if (cmd != SMFIR_ADDHEADER) {
		if (len < 4)
			return;
		memcpy(&idx, data, 4);
		idx = ntohl(idx);
		name += 4;
	}
	if (memchr(name, '\0', (size_t)(end - name)) == NULL)
		return;
	value = name + strlen(name) + 1;
	if (value >= end || memchr(value, '\0', (size_t)(end - value)) == NULL)
		return;
	if (cmd == SMFIR_ADDHEADER)
		md_field_insert(m, m->nf, name, value);
	else if (cmd == SMFIR_INSHEADER)
		md_field_insert(m, idx, name, value);
	else
		change_field(m, idx, name, value);
}

/* Write s[0..len) with its CRLF line ends as LF. */
static void put_lf(FILE *fp, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (!(s[i] == '\r' && i + 1 < len && s[i + 1] == '\n'))
			putc(s[i], fp);
}

int md_msg_write(const char *path, const struct md_msg *m)
{
	FILE *fp = fopen(path, "w");

	if (fp == NULL)
		return -1;
	for (size_t i = 0; i < m->nf; i++) {
		const char *v = m->f[i].value;

		fprintf(fp, "%s:%s", m->f[i].name, *v == ' ' || *v == '\t' ? "" : " ");
		put_lf(fp, v, strlen(v));
		putc('\n', fp);
	}
	putc('\n', fp);
	put_lf(fp, m->body, m->body_len);
	if (fclose(fp) != 0)
		return -1;
	return 0;
}

char *md_make_body(long size, size_t *len)
{
	char *b = md_realloc(NULL, (size_t)size + 1);
	long off = 0, line = 0;

	while (off < size) {
		long n = size - off < 80 ? size - off : 80;
		char head[16];
		int hl = snprintf(head, sizeof(head), "%ld", ++line);

		memset(b + off, 'X', (size_t)n);
		memcpy(b + off, head, (size_t)(hl < n ? hl : n));
		if (n >= 2) {
			b[off + n - 2] = '\r';
			b[off + n - 1] = '\n';
		}
		off += n;
	}
	*len = (size_t)size;
	return b;
}

void md_msg_free(struct md_msg *m)
{
	for (size_t i = 0; i < m->nf; i++) {
		free(m->f[i].name);
		free(m->f[i].value);
	}
	free(m->f);
	free(m->body);
	memset(m, 0, sizeof(*m));
}
