/*
 * audit.c - formats and writes the per-message audit line (see audit.h).
 *
 * Each value is escaped into a bounded buffer first, so that one long value
 * cannot push the fields after it out of the line.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "audit.h"
#include "metrics.h"
#include "log.h"

#define VALUE_MAX 600 /* escaped bytes of one value, "..." when cut */
#define LINE_MAX  4096

struct out {
	char *buf;
	size_t len, pos;
};

static void out_add(struct out *o, const char *fmt, ...) PRINTFLIKE(2, 3);

static void out_add(struct out *o, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (o->pos >= o->len)
		return;
	va_start(ap, fmt);
	n = vsnprintf(o->buf + o->pos, o->len - o->pos, fmt, ap);
	va_end(ap);
	if (n > 0)
		o->pos += (size_t)n;
}

/* log_escape, then each byte of extra written as \xHH: a word without
 * those bytes. dst has VALUE_MAX bytes. */
static void escape_word(char *dst, const char *src, const char *extra)
{
	char tmp[VALUE_MAX];
	size_t o = 0;

	log_escape(tmp, sizeof(tmp), src, strlen(src));
	for (const char *p = tmp; *p; p++) {
		bool hex = strchr(extra, *p) != NULL;

		if (o + (hex ? 4 : 1) + 4 > VALUE_MAX) {
			memcpy(dst + o, "...", 3);
			o += 3;
			break;
		}
		if (hex)
			o += (size_t)snprintf(dst + o, VALUE_MAX - o, "\\x%02x", (unsigned char)*p);
		else
			dst[o++] = *p;
	}
	dst[o] = '\0';
}

/* key=value, escaped; in double quotes when quote is asked for, or the
 * value is empty or holds a space. */
static void out_field(struct out *o, const char *key, const char *val, bool quote)
{
	char esc[VALUE_MAX];

	log_escape(esc, sizeof(esc), val, strlen(val));
	if (quote || esc[0] == '\0' || strchr(esc, ' ') != NULL)
		out_add(o, " %s=\"%s\"", key, esc);
	else
		out_add(o, " %s=%s", key, esc);
}

/* A field that is written only when it has a value. */
static void out_opt(struct out *o, const char *key, const char *val, bool quote)
{
	if (val != NULL && *val != '\0')
		out_field(o, key, val, quote);
}

void audit_format(const struct audit_rec *rec, char *buf, size_t len)
{
	struct out o = {buf, len, 0};
	char esc[VALUE_MAX];

	buf[0] = '\0';
	escape_word(esc, rec->qid && *rec->qid ? rec->qid : "NOQUEUE", " ");
	out_add(&o, "%s:", esc);
	out_field(&o, "dir", rec->dir ? rec->dir : "out", false);
	escape_word(esc, rec->from ? rec->from : "", " <>");
	out_add(&o, " from=<%s>", esc);
	out_opt(&o, "auth", rec->auth, false);
	out_add(&o, " rcpts=%zu", rec->rcpts);
	if (rec->rule >= 0)
		out_add(&o, " rule=%d", rec->rule);
	/* every outbound line says signed=, empty when nothing was signed, so
	 * that a query never has to tell "absent" from "none" */
	if (rec->signed_classes || rec->dir == NULL || strcmp(rec->dir, "out") == 0) {
		escape_word(esc, rec->signed_classes ? rec->signed_classes : "", " ");
		out_add(&o, " signed=%s", esc);
	}
	/* and every inbound line verified= and decrypted=, "-" when not looked at */
	if (rec->dir != NULL && strcmp(rec->dir, "in") == 0) {
		escape_word(esc, rec->verified ? rec->verified : "-", " ");
		out_add(&o, " verified=%s", esc);
		escape_word(esc, rec->decrypted ? rec->decrypted : "-", " ");
		out_add(&o, " decrypted=%s", esc);
		out_opt(&o, "harvested", rec->harvested, false);
	}
	out_opt(&o, "sign_missing", rec->sign_missing, false);
	if (rec->ts_wanted > 0)
		out_add(&o, " ts=%d/%d", rec->ts_done, rec->ts_wanted);
	out_opt(&o, "ts_error", rec->ts_error, true);
	if (rec->enc_asked)
		out_add(&o, " encrypted=%zu/%zu", rec->enc_done, rec->enc_total);
	out_opt(&o, "cipher", rec->cipher, false);
	out_opt(&o, "missing", rec->missing, false);
	out_opt(&o, "revoked", rec->revoked, false);
	if (rec->rev_unknown)
		out_add(&o, " rev=unknown");
	out_opt(&o, "protected", rec->protection, false);
	out_field(&o, "action", rec->action ? rec->action : "accept", false);
	out_opt(&o, "reason", rec->reason, true);
	if (rec->size >= 0)
		out_add(&o, " size=%ld", rec->size);
	out_add(&o, " ms=%ld", rec->ms);
}

void audit_emit(const struct audit_rec *rec)
{
	char line[LINE_MAX];

	audit_format(rec, line, sizeof(line));
	msg_info("%s", line);
	metrics_audit(rec);
}
