/*
 * audit.h - the one audit line per message (certmilter(8) AUDIT LOG).
 *
 *   QUEUEID: dir=out from=<a@b> auth=login rcpts=N rule=N signed=vp,v4
 *            (inbound: verified=pass:v4,vp decrypted=yes|no|- here)
 *            sign_missing=v4 ts=1/2 ts_error="..." encrypted=2/3
 *            cipher=aes-256-cbc missing=<x@y> protected=smime-signed
 *            action=accept reason="..." size=BYTES ms=N
 *
 * Fields are always in this order; a field without a value for this message
 * is left out, except dir, from, rcpts, action and ms which are always
 * present. Every value is escaped (log_escape: control characters, '\\',
 * '"', invalid UTF-8) so that the line splits into " key=value" fields: a
 * value is either in double quotes (ts_error and reason always; any other
 * that is empty or holds a space) or a word without spaces. The queue id is
 * a word, and from= is "<" word ">" with space, '<' and '>' written \xHH,
 * so nothing from the network can add a field or a line.
 *
 * Ownership: every string is borrowed; the caller keeps them alive until
 * audit_format/audit_emit returns.
 */
#ifndef AUDIT_H
#define AUDIT_H

#include <stdbool.h>
#include <stddef.h>

struct audit_rec {
	const char *qid;  /* NULL -> "NOQUEUE" */
	const char *dir;  /* "in" | "out" */
	const char *from; /* envelope sender, NULL if none */
	const char *auth; /* login, NULL if none */
	size_t rcpts;
	int rule;                   /* matched rule; 0 = defaults; -1 = none */
	const char *signed_classes; /* "vp,v4"; NULL = not signed */
	const char *verified;       /* inbound: "pass:v4,vp", "fail", ...; NULL = "-" */
	const char *decrypted;      /* inbound: "yes", "no"; NULL = "-" */
	const char *harvested;      /* inbound: "new", "known", "none:WHY", "error"; NULL: absent */
	const char *sign_missing;   /* classes the rule named that the sender lacks */
	int ts_wanted, ts_done;     /* timestamps asked for / added; 0/0 = none asked */
	const char *ts_error;       /* why a timestamp is missing */
	bool enc_asked;             /* the rule encrypts: encrypted= is written */
	size_t enc_done, enc_total; /* recipients encrypted to / all */
	const char *cipher;         /* when encrypted */
	const char *missing;        /* "<a>,<b>": recipients without certificate */
	const char *revoked;        /* "<a>,<b>": of them, those whose was revoked */
	bool rev_unknown;           /* a certificate used, its revocation status unknown */
	const char *protection;     /* already protected: "smime-signed" ... */
	const char *action;         /* accept | tempfail | reject | abort */
	const char *reason;         /* why, when not a plain accept */
	long size;                  /* body bytes received; -1 = unknown */
	long ms;                    /* time spent on the message in the milter */
};

/* Format into buf (always NUL-terminated; 4096 bytes hold any line). */
void audit_format(const struct audit_rec *rec, char *buf, size_t len);
/* Format and log at info level. */
void audit_emit(const struct audit_rec *rec);

#endif
