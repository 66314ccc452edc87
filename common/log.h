/*
 * log.h - logging to syslog (and stderr with -f).
 *
 * Levels have one meaning each:
 *   msg_debug  detail, only with -v
 *   msg_info   normal operation (audit lines, start, stop)
 *   msg_warn   bad input from outside (message, peer, directory, TSA)
 *   msg_error  local trouble: configuration, keys, files, resources
 *   msg_panic  impossible state: logs and aborts
 * Anything that came from the network goes through log_escape() first.
 */
#ifndef LOG_H
#define LOG_H

#include <stdbool.h>
#include <stddef.h>

#include "cm.h"

void log_init(const char *ident, int facility, bool to_stderr);
void log_set_facility(int facility);
void log_set_verbose(int level);
int log_verbose(void);
/* Map "mail", "local0".."local7", "daemon", "user" to LOG_*; -1 if unknown. */
int log_facility_parse(const char *name);

void msg_debug(const char *fmt, ...) PRINTFLIKE(1, 2);
void msg_info(const char *fmt, ...) PRINTFLIKE(1, 2);
void msg_warn(const char *fmt, ...) PRINTFLIKE(1, 2);
void msg_error(const char *fmt, ...) PRINTFLIKE(1, 2);
void msg_panic(const char *fmt, ...) PRINTFLIKE(1, 2) NORETURN;

/*
 * Copy src (srclen bytes, may contain NUL) to dst as printable text: bytes
 * below 0x20, 0x7f, '\\' and '"' become \n, \r, \t, \\, \", or \xHH; bytes
 * >= 0x80 are kept only if part of valid UTF-8, else \xHH. dst always ends
 * in NUL; output is truncated with "..." if dstlen is too small. Returns dst.
 */
char *log_escape(char *dst, size_t dstlen, const char *src, size_t srclen);

#endif
