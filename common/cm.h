/*
 * cm.h - definitions shared by every part of certmilter.
 *
 * Compiler attributes, the certificate classes of certmilter.conf(5) CERTIFICATE CLASSES, and the
 * error buffer every fallible function fills for its caller.
 */
#ifndef CM_H
#define CM_H

#include <stdbool.h>
#include <stddef.h>

#define PRINTFLIKE(fmt, arg) __attribute__((format(printf, fmt, arg)))
#define NORETURN             __attribute__((noreturn))
#define UNUSED               __attribute__((unused))

/* Certificate classes (certmilter.conf(5) CERTIFICATE CLASSES). IDENTITY is the policy pseudo-class
 * "best identity certificate the sender has": V4 > V3 > V2 > V1. */
enum cm_class {
	CM_CLASS_NONE = 0,
	CM_CLASS_ENCRYPT,
	CM_CLASS_V1,
	CM_CLASS_V2,
	CM_CLASS_V3,
	CM_CLASS_V4,
	CM_CLASS_VP,
	CM_CLASS_TSA,
	CM_CLASS_IDENTITY,
	CM_CLASS_COUNT
};

/* "encrypting", "v1".."v4", "vp", "tsa", "identity"; "none" for NONE. */
const char *cm_class_name(enum cm_class cls);

/* Content ciphers for encryption, in the order of encryption.cipher's
 * choices. */
enum cm_cipher {
	CM_CIPHER_AES256_CBC = 0,
	CM_CIPHER_AES128_CBC,
	CM_CIPHER_AES256_GCM,
	CM_CIPHER_AES128_GCM
};
/* Inverse of cm_class_name (case-insensitive); CM_CLASS_NONE if unknown. */
enum cm_class cm_class_parse(const char *name);

/* An error message for the caller to log or print. */
typedef struct cm_err {
	char text[1024];
} cm_err;

void cm_err_set(cm_err *err, const char *fmt, ...) PRINTFLIKE(2, 3);

/* Append to the NUL-terminated text in dst (a buffer of size bytes) what
 * fmt formats, preceded by sep (may be NULL) when dst is not empty: builds
 * lists such as "a; b". What does not fit is cut off; dst stays
 * NUL-terminated. */
void cm_append(char *dst, size_t size, const char *sep, const char *fmt, ...) PRINTFLIKE(4, 5);

#endif
