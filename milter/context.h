/*
 * context.h - per-connection and per-message state.
 *
 * A connection context owns the runtime snapshot it started with and at most
 * one message context. msg_reset() is the one cleanup for a message, used by
 * end-of-message, abort, a new MAIL FROM and close alike.
 */
#ifndef CONTEXT_H
#define CONTEXT_H

#include <stdbool.h>
#include <time.h>

#include "audit.h"
#include "directory.h"
#include "encdecide.h"
#include "mime.h"
#include "protect.h"
#include "runtime.h"
#include "spool.h"

struct msgctx {
	char *qid;
	char *envfrom; /* envelope sender without <>; "" for <> */
	char *auth;    /* {auth_authen}, NULL if none */
	char **rcpts;
	struct dir_lookup **lookups; /* per recipient; NULL when none was begun */
	size_t nrcpts, rcpts_cap;
	bool have_first;           /* split: first_kind is set */
	enum rcpt_cert first_kind; /* split: the first recipient's kind */
	struct mime_header *hdrs;
	size_t nhdrs, hdrs_cap;
	size_t hdr_bytes;
	struct spool *body;
	bool too_many_headers;          /* limits.max_headers passed */
	bool header_bytes_over;         /* limits.max_header_bytes passed */
	bool oversize;                  /* limits.max_message_size passed */
	struct mime_counter *mcount;    /* outbound bodies: depth, parts, lines */
	struct protect_stream *pstream; /* outbound mail to sign: the body as it arrives */
	enum mime_limit_hit limit_hit;  /* the first of those limits passed */
	bool inbound;                   /* not outbound (decided at end of headers) */
	bool skip_body;                 /* inbound: body not needed */
	int *forged;       /* inbound: result fields to remove, as (index << 1 | identity) */
	size_t nforged;    /* (index: the field's occurrence of its name, from 1) */
	int nar, nident;   /* Authentication-Results, Certmilter-Identity fields seen */
	char *spool_error; /* first spool failure, kept for the audit */
	long start_ms;     /* cm_now_ms() when the message began */
	bool at_eom;       /* end of message reached: lookups waited for */
};

struct connctx {
	struct cm_runtime *rt;
	char *client_addr; /* printable, "" if unknown */
	char *daemon;      /* {daemon_name}, "" if none */
	bool internal;     /* client address in internal networks */
	bool local;        /* no client address: the MTA's local submission */
	char *authserv_id; /* inbound.authserv_id, else the MTA's {j}; NULL until asked */
	struct msgctx *msg;
};

struct connctx *conn_create(struct cm_runtime *rt);
struct connctx *conn_destroy(struct connctx *cc); /* returns NULL */

/* A new message context (any previous one is reset first); NULL once
 * msg_stop_accepting() was called. */
struct msgctx *msg_begin(struct connctx *cc);
/* Free the message context, if any. */
void msg_reset(struct connctx *cc);

/* For a clean stop: refuse new messages from now on; returns the number
 * in flight (begun, not yet reset). */
size_t msg_stop_accepting(void);
/* Wait up to seconds until no message is in flight (or msg_give_up() is
 * called); returns how many still are. */
size_t msg_wait_idle(int seconds);
/* The sessions are gone (libmilter stopped): end any msg_wait_idle(). */
void msg_give_up(void);

/* Add a recipient (addr without <>, taken over) and its lookup (taken
 * over, may be NULL). */
void msg_add_rcpt(struct msgctx *m, char *addr, struct dir_lookup *lookup);
void msg_add_header(struct msgctx *m, const char *name, const char *value);
/* Value of the first header called name (case-insensitive), or NULL. */
const char *msg_header(const struct msgctx *m, const char *name);

/* The policy rule of cc's message whose From: address is from (NULL if
 * none): its envelope, login and recipients as they stand. */
const struct policy_rule *msg_rule(const struct connctx *cc, const char *from);

/* Milliseconds since msg_begin. */
long msg_elapsed_ms(const struct msgctx *m);

/* An audit record with what every line of this message has; the
 * elapsed time is taken now. */
void msg_audit_init(const struct connctx *cc, struct audit_rec *rec, const char *dir);

/* "<addr>" or "addr" -> "addr" (xmalloc'd). */
char *addr_strip(const char *arg);

#endif
