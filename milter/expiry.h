/*
 * expiry.h - certificates of the keystore that expire soon (certmilter.conf(5) keystore: warned
 * about at start and daily; listed by certmilter -n).
 */
#ifndef EXPIRY_H
#define EXPIRY_H

#include <stdio.h>
#include <time.h>

#include "cms.h"

#define EXPIRY_WARN_DAYS 30

struct expiring {
	const char *addr;
	const struct ks_entry *e;
	char serial[96];    /* hex, as openssl x509 -serial shows it */
	char not_after[32]; /* YYYY-MM-DDTHH:MM:SSZ */
	long days;          /* whole days left */
};

/* Calls fn for each certificate in force (per address and class) whose
 * notAfter is less than EXPIRY_WARN_DAYS days after now; returns how many. */
size_t expiry_scan(const struct keystore *ks, time_t now,
                   void (*fn)(const struct expiring *x, void *arg), void *arg);

/* The same for every certificate in force (the metrics' expiry gauge). */
size_t expiry_scan_all(const struct keystore *ks, time_t now,
                       void (*fn)(const struct expiring *x, void *arg), void *arg);

/* One warning line per such certificate; returns how many. */
size_t expiry_log(const struct keystore *ks);

/* The section of certmilter -n. */
void expiry_print(const struct keystore *ks, FILE *out);

#endif
