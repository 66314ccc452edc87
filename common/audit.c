/*
 * audit.c - formats and writes the per-message audit line (see audit.h).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "audit.h"
#include "log.h"

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

/* key=value with the value escaped; quoted when it holds a space or is empty
 * and quote is asked for. */
static void out_field(struct out *o, const char *key, const char *val, int quote)
{
	char esc[1024];

	log_escape(esc, sizeof(esc), val, strlen(val));
	if (quote || strchr(esc, ' ') != NULL)
		out_add(o, " %s=\"%s\"", key, esc);
	else
		out_add(o, " %s=%s", key, esc);
}

void audit_format(const struct audit_rec *rec, char *buf, size_t len)
{
	struct out o = {buf, len, 0};
	char esc[512];

	buf[0] = '\0';
	log_escape(esc, sizeof(esc), rec->qid && *rec->qid ? rec->qid : "NOQUEUE",
	           strlen(rec->qid && *rec->qid ? rec->qid : "NOQUEUE"));
	out_add(&o, "%s: dir=%s", esc, rec->dir ? rec->dir : "out");
	log_escape(esc, sizeof(esc), rec->from ? rec->from : "", rec->from ? strlen(rec->from) : 0);
	out_add(&o, " from=<%s>", esc);
	if (rec->auth && *rec->auth)
		out_field(&o, "auth", rec->auth, 0);
	out_add(&o, " rcpts=%zu", rec->rcpts);
	if (rec->rule >= 0)
		out_add(&o, " rule=%d", rec->rule);
	if (rec->signed_classes)
		out_add(&o, " signed=%s", rec->signed_classes);
	if (rec->sign_missing && *rec->sign_missing)
		out_add(&o, " sign_missing=%s", rec->sign_missing);
	if (rec->ts_wanted > 0)
		out_add(&o, " ts=%d/%d", rec->ts_done, rec->ts_wanted);
	if (rec->ts_error && *rec->ts_error)
		out_field(&o, "ts_error", rec->ts_error, 1);
	if (rec->enc_asked)
		out_add(&o, " encrypted=%zu/%zu", rec->enc_done, rec->enc_total);
	if (rec->cipher)
		out_add(&o, " cipher=%s", rec->cipher);
	if (rec->missing && *rec->missing)
		out_field(&o, "missing", rec->missing, 0);
	if (rec->protection)
		out_add(&o, " protected=%s", rec->protection);
	out_add(&o, " action=%s", rec->action ? rec->action : "accept");
	if (rec->reason && *rec->reason)
		out_field(&o, "reason", rec->reason, 1);
	if (rec->size >= 0)
		out_add(&o, " size=%ld", rec->size);
	out_add(&o, " ms=%ld", rec->ms);
}

void audit_emit(const struct audit_rec *rec)
{
	char line[2048];

	audit_format(rec, line, sizeof(line));
	msg_info("%s", line);
}
