/*
 * mdmsg.h - milterdrive's message files: a message read from a file
 * (milterdrive -m) in the form an MTA gives it to a milter, and a message
 * changed by the modification requests of a milter, written to a file
 * (milterdrive -o).
 */
#ifndef MDMSG_H
#define MDMSG_H

#include <stdbool.h>
#include <stddef.h>

/*
 * A header field as Postfix sends it to a milter: the name, and the value
 * as it follows the colon (leading blanks kept; the sender removes one
 * space unless the milter asked for SMFIP_HDR_LEADSPC), a folded value
 * with "\n" before the blank that starts each continuation line.
 */
struct md_field {
	char *name, *value;
};

struct md_msg {
	struct md_field *f;
	size_t nf, capf;
	char *body; /* lines ending in CRLF */
	size_t body_len, body_cap;
	bool body_replaced; /* md_msg_apply met SMFIR_REPLBODY */
};

/* Read an RFC 5322 message (LF or CRLF line ends); -1 with errno set. */
int md_msg_read(const char *path, struct md_msg *m);

/* The first field called name, or NULL. */
const struct md_field *md_msg_field(const struct md_msg *m, const char *name);

/* Whether a Content-Type value is application/(x-)pkcs7-mime. */
bool md_is_pkcs7(const char *ct_value);

/* Insert a field before the at-th one (at >= nf: at the end). */
void md_field_insert(struct md_msg *m, size_t at, const char *name, const char *value);

void md_body_append(struct md_msg *m, const char *data, size_t len);

/*
 * Apply one modification request of the end of a message, data as the
 * milter sent it: SMFIR_ADDHEADER (at the end), SMFIR_INSHEADER (at its
 * index), SMFIR_CHGHEADER (the index-th field of that name, from 1:
 * deleted when the value is empty, else changed, added when there is none),
 * SMFIR_REPLBODY (the first one empties the body). Others change nothing.
 */
void md_msg_apply(struct md_msg *m, char cmd, const char *data, size_t len);

/* Write the fields, a blank line and the body, with LF line ends; -1 with
 * errno set. */
int md_msg_write(const char *path, const struct md_msg *m);

void md_msg_free(struct md_msg *m);

/* A body of 78-character lines + CRLF (like smtp-source's), size bytes. */
char *md_make_body(long size, size_t *len);

#endif
