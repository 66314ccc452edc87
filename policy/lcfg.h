/*
 * lcfg.h - helpers shared by the two libconfig files certmilter reads
 * (certmilter.conf and the policy file): reading with a precise error,
 * "FILE:LINE: KEY: problem" messages, and relative path resolution.
 */
#ifndef LCFG_H
#define LCFG_H

#include <libconfig.h>
#include <stdbool.h>

#include "cm.h"

/* Read FILE into lc, with @include resolved against FILE's directory.
 * On failure fills err ("FILE:LINE: problem" or "FILE: problem"). */
bool lcfg_read(config_t *lc, const char *file, cm_err *err);

/* Fill err with "FILE:LINE: KEY: problem" for setting s (file and line of
 * s, or of its nearest ancestor that has one; fallback_file if none).
 * Always returns false so callers write  return lcfg_fail(...);
 * libconfig dates a string by the token after it, so an element of a list
 * may get the line of the closing bracket: for errors about one element,
 * pass the list (the line of its key) and name the element in the text. */
bool lcfg_fail(cm_err *err, const char *fallback_file, const config_setting_t *s, const char *key,
               const char *fmt, ...) PRINTFLIKE(5, 6);

/* Absolute directory of FILE (xmalloc'd): its dirname, made absolute
 * with the current directory when relative. */
char *lcfg_base_dir(const char *file);

/* path itself (copied) when absolute, empty or base is NULL; otherwise
 * base/path. xmalloc'd. */
char *lcfg_resolve(const char *base, const char *path);

/* Index of value in the '|'-separated choices (case-insensitive), -1 if
 * not there. *canon (may be NULL) gets the xmalloc'd spelling from choices. */
int lcfg_choice(const char *choices, const char *value, char **canon);

/* value with control characters and quotes escaped, for error messages. */
const char *lcfg_quote(char *buf, size_t len, const char *value);

#endif
