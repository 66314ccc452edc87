/*
 * addr.h - e-mail addresses as certmilter compares and indexes them: the
 * domain is case-insensitive, the local part is compared as written unless
 * keystore.local_part_case_insensitive says otherwise (RFC 5321 section
 * 2.4). Pure functions; the last '@' splits local part and domain.
 *
 * Case is folded in ASCII only: a byte outside A-Z is kept as it is.
 */
#ifndef ADDR_H
#define ADDR_H

#include <stdbool.h>
#include <stddef.h>

/* Can addr (len bytes) be a mailbox address that a certificate names: a
 * non-empty local part and a non-empty domain either side of its last '@',
 * and no NUL, control character, space or DEL anywhere? */
bool cm_addr_valid(const char *addr, size_t len);

/* Fold addr in place: its domain to lower case, and its local part too when
 * local_ci. Without an '@' only local_ci changes anything. */
void cm_addr_fold(char *addr, bool local_ci);

/* The key of addr (len bytes) for comparing and indexing: an xmalloc'd,
 * NUL-terminated, folded copy (cm_addr_fold); NULL when !cm_addr_valid. */
char *cm_addr_key(const char *addr, size_t len, bool local_ci);

/* Are a and b the same address: the same local part (ignoring case when
 * local_ci) and the same domain ignoring case? false when either has no
 * '@'. */
bool cm_addr_equal(const char *a, const char *b, bool local_ci);

#endif
