/*
 * cm.c - certificate class names, the error buffer and cm_append.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "cm.h"

static const char *const class_names[CM_CLASS_COUNT] = {
    [CM_CLASS_NONE] = "none",
    [CM_CLASS_ENCRYPT] = "encrypting",
    [CM_CLASS_V1] = "v1",
    [CM_CLASS_V2] = "v2",
    [CM_CLASS_V3] = "v3",
    [CM_CLASS_V4] = "v4",
    [CM_CLASS_VP] = "vp",
    [CM_CLASS_TSA] = "tsa",
    [CM_CLASS_IDENTITY] = "identity",
};

const char *cm_class_name(enum cm_class cls)
{
	if ((unsigned)cls >= CM_CLASS_COUNT)
		return "none";
	return class_names[cls];
}

enum cm_class cm_class_parse(const char *name)
{
	for (int i = 1; i < CM_CLASS_COUNT; i++)
		if (strcasecmp(name, class_names[i]) == 0)
			return (enum cm_class)i;
	return CM_CLASS_NONE;
}

void cm_err_set(cm_err *err, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(err->text, sizeof(err->text), fmt, ap);
	va_end(ap);
}

void cm_append(char *dst, size_t size, const char *sep, const char *fmt, ...)
{
	size_t used;
	va_list ap;

	if (size == 0)
		return;
	used = strnlen(dst, size - 1);
	dst[used] = '\0';
	if (used > 0 && sep != NULL) {
		snprintf(dst + used, size - used, "%s", sep);
		used += strlen(dst + used);
	}
	va_start(ap, fmt);
	vsnprintf(dst + used, size - used, fmt, ap);
	va_end(ap);
}
