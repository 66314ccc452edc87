/*
 * expiry.c - finding and reporting the keystore certificates that expire
 * within EXPIRY_WARN_DAYS days (expiry.h).
 *
 * Only the certificates in force count: one superseded by a newer one of
 * the same address and class (key rollover) is not warned about.
 */
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/x509.h>

#include "expiry.h"
#include "log.h"

struct scan {
	time_t now;
	bool all; /* every certificate, not only those expiring soon */
	size_t n;
	void (*fn)(const struct expiring *x, void *arg);
	void *arg;
};

static void serial_hex(X509 *cert, char *buf, size_t len)
{
	BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), NULL);
	char *hex = bn ? BN_bn2hex(bn) : NULL;

	snprintf(buf, len, "%s", hex ? hex : "?");
	OPENSSL_free(hex);
	BN_free(bn);
}

static void scan_one(const char *addr, const struct ks_entry *e, void *arg)
{
	struct scan *sc = arg;
	struct expiring x = {addr, e, "", "", 0};
	struct tm tm;

	if (!sc->all && e->not_after - sc->now >= (time_t)EXPIRY_WARN_DAYS * 86400)
		return;
	serial_hex(e->cert, x.serial, sizeof(x.serial));
	gmtime_r(&e->not_after, &tm);
	strftime(x.not_after, sizeof(x.not_after), "%Y-%m-%dT%H:%M:%SZ", &tm);
	x.days = (long)((e->not_after - sc->now) / 86400);
	sc->n++;
	sc->fn(&x, sc->arg);
}

size_t expiry_scan(const struct keystore *ks, time_t now,
                   void (*fn)(const struct expiring *x, void *arg), void *arg)
{
	struct scan sc = {now, false, 0, fn, arg};

	keystore_foreach(ks, scan_one, &sc);
	return sc.n;
}

size_t expiry_scan_all(const struct keystore *ks, time_t now,
                       void (*fn)(const struct expiring *x, void *arg), void *arg)
{
	struct scan sc = {now, true, 0, fn, arg};

	keystore_foreach(ks, scan_one, &sc);
	return sc.n;
}

static void log_one(const struct expiring *x, void *arg)
{
	msg_warn("certificate of %s (%s, serial %s) expires %s, in %ld days: %s", x->addr,
	         cm_class_name(x->e->cls), x->serial, x->not_after, x->days, x->e->path);
}

size_t expiry_log(const struct keystore *ks)
{
	return expiry_scan(ks, time(NULL), log_one, NULL);
}

static void print_one(const struct expiring *x, void *arg)
{
	fprintf(arg, "  %-32s %-10s serial %-20s notAfter %s (in %ld days)  %s\n", x->addr,
	        cm_class_name(x->e->cls), x->serial, x->not_after, x->days, x->e->path);
}

static void count_one(const struct expiring *x, void *arg)
{
}

void expiry_print(const struct keystore *ks, FILE *out)
{
	time_t now = time(NULL);
	size_t n = expiry_scan(ks, now, count_one, NULL);

	fprintf(out, "certificates expiring within %d days: %zu\n", EXPIRY_WARN_DAYS, n);
	expiry_scan(ks, now, print_one, out);
}
