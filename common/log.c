/*
 * log.c - syslog (and, with -f, stderr) logging with one meaning per level.
 *
 * See log.h for what each level is for. log_escape() makes network data
 * safe to put in a log line: no control character can forge a new line.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <syslog.h>

#include "log.h"

static bool log_stderr;
static int log_level;
static int log_fac = LOG_MAIL;

void log_init(const char *ident, int facility, bool to_stderr)
{
	log_stderr = to_stderr;
	log_fac = facility;
	openlog(ident, LOG_PID | LOG_NDELAY, facility);
}

void log_set_facility(int facility)
{
	log_fac = facility;
}

void log_set_verbose(int level)
{
	log_level = level;
}

int log_verbose(void)
{
	return log_level;
}

int log_facility_parse(const char *name)
{
	static const struct {
		const char *name;
		int fac;
	} facs[] = {
	    {"mail", LOG_MAIL},     {"daemon", LOG_DAEMON}, {"user", LOG_USER},
	    {"local0", LOG_LOCAL0}, {"local1", LOG_LOCAL1}, {"local2", LOG_LOCAL2},
	    {"local3", LOG_LOCAL3}, {"local4", LOG_LOCAL4}, {"local5", LOG_LOCAL5},
	    {"local6", LOG_LOCAL6}, {"local7", LOG_LOCAL7},
	};

	for (size_t i = 0; i < sizeof(facs) / sizeof(facs[0]); i++)
		if (strcasecmp(name, facs[i].name) == 0)
			return facs[i].fac;
	return -1;
}

static void vlog(int prio, const char *tag, const char *fmt, va_list ap)
    __attribute__((format(printf, 3, 0)));

static void vlog(int prio, const char *tag, const char *fmt, va_list ap)
{
	char line[4096];

	vsnprintf(line, sizeof(line), fmt, ap);
	syslog(log_fac | prio, "%s%s", tag, line);
	if (log_stderr)
		fprintf(stderr, "certmilter: %s%s\n", tag, line);
}

#define LOG_BODY(prio, tag)                                                                        \
	do {                                                                                       \
		va_list ap;                                                                        \
		va_start(ap, fmt);                                                                 \
		vlog(prio, tag, fmt, ap);                                                          \
		va_end(ap);                                                                        \
	} while (0)

void msg_debug(const char *fmt, ...)
{
	if (log_level > 0)
		LOG_BODY(LOG_DEBUG, "");
}

void msg_info(const char *fmt, ...)
{
	LOG_BODY(LOG_INFO, "");
}

void msg_warn(const char *fmt, ...)
{
	LOG_BODY(LOG_WARNING, "warning: ");
}

void msg_error(const char *fmt, ...)
{
	LOG_BODY(LOG_ERR, "error: ");
}

void msg_panic(const char *fmt, ...)
{
	LOG_BODY(LOG_CRIT, "panic: ");
	abort();
}

/* Length of the valid UTF-8 sequence at s (at most n bytes), 0 if invalid. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
	size_t len;
	unsigned min;
	unsigned cp;

	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		len = 2, min = 0x80, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		len = 3, min = 0x800, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		len = 4, min = 0x10000, cp = s[0] & 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return len;
}

/* The escaped form of byte c into tmp; returns its length. */
static size_t escape_byte(unsigned char c, char tmp[5])
{
	switch (c) {
	case '\n':
		return (size_t)snprintf(tmp, 5, "\\n");
	case '\r':
		return (size_t)snprintf(tmp, 5, "\\r");
	case '\t':
		return (size_t)snprintf(tmp, 5, "\\t");
	case '\\':
		return (size_t)snprintf(tmp, 5, "\\\\");
	case '"':
		return (size_t)snprintf(tmp, 5, "\\\"");
	default:
		if (c < 0x20 || c >= 0x7f)
			return (size_t)snprintf(tmp, 5, "\\x%02x", c);
		tmp[0] = (char)c;
		tmp[1] = '\0';
		return 1;
	}
}

char *log_escape(char *dst, size_t dstlen, const char *src, size_t srclen)
{
	const unsigned char *s = (const unsigned char *)src;
	size_t o = 0;

	if (dstlen == 0)
		return dst;
	for (size_t i = 0; i < srclen;) {
		char tmp[5];
		const char *piece = tmp;
		size_t plen = (s[i] >= 0x80) ? utf8_len(s + i, srclen - i) : 0;

		if (plen > 0)
			piece = (const char *)s + i;
		else
			plen = escape_byte(s[i], tmp);
		if (o + plen + 4 > dstlen) {
			if (dstlen >= 4) {
				o = o + 3 < dstlen ? o : dstlen - 4;
				memcpy(dst + o, "...", 3);
				o += 3;
			}
			break;
		}
		memcpy(dst + o, piece, plen);
		o += plen;
		i += (piece == tmp) ? 1 : plen;
	}
	dst[o < dstlen ? o : dstlen - 1] = '\0';
	return dst;
}
