/*
 * inspect_fmt.c - what an inbound message's result looks like (inspect.h):
 * the Authentication-Results value (RFC 8601 with the smime method of RFC
 * 7281), the Certmilter-Identity value (SPEC section 12), the audit's
 * verified= word, and which arriving fields claim to be ours (forgeries:
 * an MTA's own milters add theirs at the end of the message, after the
 * arriving fields were read).
 *
 * Text from certificates goes into quoted strings with '"' and '\'
 * escaped, control characters and bytes that are not UTF-8 replaced by
 * '?': a hostile subject cannot add a field or a result.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "inspect.h"
#include "xalloc.h"

/* Length of the UTF-8 sequence at p (1 to 4), 0 if it is not one. */
static size_t utf8_len(const unsigned char *p)
{
	size_t n = *p >= 0xf0 && *p <= 0xf4 ? 4 : *p >= 0xe0 ? 3 : *p >= 0xc2 ? 2 : 0;

	for (size_t i = 1; i < n; i++)
		if ((p[i] & 0xc0) != 0x80)
			return 0;
	return n;
}

/* s as a quoted-string appended to b. */
static void put_quoted(struct buf *b, const char *s)
{
	buf_append(b, "\"", 1);
	for (const unsigned char *p = (const unsigned char *)s; *p;) {
		size_t n = *p < 0x80 ? 1 : utf8_len(p);

		if (*p == '"' || *p == '\\') {
			buf_append(b, "\\", 1);
			buf_append(b, p, 1);
		} else if (n == 0 || *p < 0x20 || *p == 0x7f) {
			buf_append(b, "?", 1);
			n = 1;
		} else {
			buf_append(b, p, n);
		}
		p += n;
	}
	buf_append(b, "\"", 1);
}

/* An address as a bare value, if it is one (no quoting needed), else quoted. */
static void put_addr(struct buf *b, const char *a)
{
	for (const char *p = a; *p; p++)
		if ((unsigned char)*p <= ' ' || *p >= 0x7f || strchr("\"\\()<>,;:[]", *p) != NULL) {
			put_quoted(b, a);
			return;
		}
	buf_append(b, a, strlen(a));
}

static void put(struct buf *b, const char *s)
{
	buf_append(b, s, strlen(s));
}

static char *finish(struct buf *b)
{
	char *s;

	buf_append(b, "", 1);
	s = xstrdup((const char *)b->data);
	buf_free(b);
	return s;
}

static void put_result(struct buf *b, const struct inspect_signer *s)
{
	put(b, "smime=");
	put(b, vfy_result_name(s->res));
	if (s->res != VFY_PASS) {
		put(b, " reason=");
		put_quoted(b, s->why);
	} else if (!s->from_match) {
		put(b, " reason=\"from-mismatch\"");
	}
	if (s->addr != NULL) {
		put(b, " body.smime-identifier=");
		put_addr(b, s->addr);
	}
	if (s->serial != NULL) {
		put(b, " body.smime-serial=");
		put(b, s->serial[0] ? s->serial : "0");
	}
	if (s->issuer != NULL) {
		put(b, " body.smime-issuer=");
		put_quoted(b, s->issuer);
	}
}

char *inspect_ar_value(const struct inspect_res *r, const char *authserv_id)
{
	struct buf b = {0};

	if (r->n == 0 && !r->structure_error)
		return NULL;
	put(&b, authserv_id);
	put(&b, ";");
	for (size_t i = 0; i < r->n; i++) {
		put(&b, i == 0 ? "\n\t" : ";\n\t");
		put_result(&b, &r->s[i]);
	}
	if (r->structure_error) {
		put(&b, r->n == 0 ? "\n\tsmime=permerror reason=" : ";\n\tsmime=permerror reason=");
		put_quoted(&b, r->why);
	}
	return finish(&b);
}

static void put_field(struct buf *b, const char *name, const char *value)
{
	if (value == NULL)
		return;
	put(b, "; ");
	put(b, name);
	put(b, "=");
	put_quoted(b, value);
}

char *inspect_identity_value(const struct inspect_signer *s)
{
	struct buf b = {0};

	if (s->res != VFY_PASS || !s->from_match || s->addr == NULL)
		return NULL;
	put(&b, "class=");
	put(&b, cm_class_name(s->cls));
	put(&b, s->public_trust ? "; trust=public; addr=" : "; trust=organization; addr=");
	put_addr(&b, s->addr);
	put_field(&b, "name", s->name);
	put_field(&b, "title", s->title);
	put_field(&b, "org", s->org);
	put_field(&b, "locality", s->locality);
	if (s->ts_time != 0) {
		struct tm tm;
		char when[32];

		gmtime_r(&s->ts_time, &tm);
		strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);
		put(&b, "; time=");
		put(&b, when);
	}
	return finish(&b);
}

void inspect_verified(const struct inspect_res *r, char *out, size_t len)
{
	static const enum vfy_result order[] = {VFY_FAIL, VFY_PERMERROR, VFY_TEMPERROR};
	size_t used;
	bool any_pass = false;

	for (size_t k = 0; k < sizeof(order) / sizeof(order[0]); k++)
		for (size_t i = 0; i < r->n; i++)
			if (r->s[i].res == order[k]) {
				snprintf(out, len, "%s", vfy_result_name(order[k]));
				return;
			}
	if (r->structure_error) {
		snprintf(out, len, "permerror");
		return;
	}
	used = (size_t)snprintf(out, len, "pass:");
	for (size_t i = 0; i < r->n && used < len; i++)
		if (r->s[i].res == VFY_PASS) {
			used += (size_t)snprintf(out + used, len - used, "%s%s",
			                         any_pass ? "," : "", cm_class_name(r->s[i].cls));
			any_pass = true;
		}
	if (!any_pass)
		snprintf(out, len, "%s", r->n > 0 ? "neutral" : "none");
}

/* Past CFWS: blanks, line breaks and (nested) comments. */
static const char *skip_cfws(const char *p)
{
	for (;;) {
		int depth = 0;

		while (isspace((unsigned char)*p))
			p++;
		if (*p != '(')
			return p;
		for (; *p; p++) {
			if (*p == '\\' && p[1] != '\0')
				p++;
			else if (*p == '(')
				depth++;
			else if (*p == ')' && --depth == 0) {
				p++;
				break;
			}
		}
	}
}

bool inspect_ar_is_ours(const char *value, const char *authserv_id)
{
	const char *p = skip_cfws(value), *end = p;
	size_t idlen = strlen(authserv_id);

	while (*end && *end != ';' && *end != '(' && !isspace((unsigned char)*end))
		end++;
	return idlen > 0 && (size_t)(end - p) == idlen && strncasecmp(p, authserv_id, idlen) == 0;
}
