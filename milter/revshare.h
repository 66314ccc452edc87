/*
 * revshare.h - revocation statuses shared through the certificate store:
 * the rev_shared hooks (revocation.h), arg a struct store * (store.h).
 */
#ifndef REVSHARE_H
#define REVSHARE_H

#include <time.h>

#include "revocation.h"

int revshare_get(void *arg, const char *key, struct rev_result *res, time_t *until);
void revshare_put(void *arg, const char *key, const struct rev_result *res, time_t until);

#endif
