/*
 * storecmd.c - certmilter -S: what the certificate store (store.url) holds,
 * for the administrator: "list" prints one line per certificate with where
 * it came from, "export" writes certificates as PEM, "delete" removes them
 * (a fingerprint prefix picks one). Addresses are normalized as the
 * directory normalizes them (keystore.local_part_case). The store is opened
 * only if it exists: this command never creates it, and it runs as
 * whoever calls it (an SQLite store opened as root keeps its files owned
 * by the store file's owner).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <openssl/pem.h>
#include <openssl/x509.h>

#include "addr.h"
#include "config.h"
#include "log.h"
#include "store.h"
#include "storecmd.h"
#include "xalloc.h"

static void utc(time_t t, char *buf, size_t len)
{
	struct tm tm;

	if (gmtime_r(&t, &tm) == NULL || strftime(buf, len, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		snprintf(buf, len, "?");
}

/* One line: addr= sha256= not_before= not_after= first_seen= last_seen=
 * source= queue_id= subject="..." (values from outside escaped). */
static void list_line(FILE *out, const struct store_cert *c)
{
	const unsigned char *p = c->der;
	X509 *x = d2i_X509(NULL, &p, (long)c->len);
	char t[4][32], esc[1024], *subj = NULL;

	utc(c->not_before, t[0], sizeof(t[0]));
	utc(c->not_after, t[1], sizeof(t[1]));
	utc(c->first_seen, t[2], sizeof(t[2]));
	utc(c->last_seen, t[3], sizeof(t[3]));
	log_escape(esc, sizeof(esc), c->addr, strlen(c->addr));
	fprintf(out, "addr=%s sha256=%s not_before=%s not_after=%s first_seen=%s last_seen=%s", esc,
	        c->fpr, t[0], t[1], t[2], t[3]);
	log_escape(esc, sizeof(esc), c->source, strlen(c->source));
	fprintf(out, " source=%s", esc);
	log_escape(esc, sizeof(esc), c->queue_id, strlen(c->queue_id));
	fprintf(out, " queue_id=%s", *esc ? esc : "-");
	if (x != NULL)
		subj = X509_NAME_oneline(X509_get_subject_name(x), NULL, 0);
	log_escape(esc, sizeof(esc), subj != NULL ? subj : "?", strlen(subj != NULL ? subj : "?"));
	fprintf(out, " subject=\"%s\"\n", esc);
	OPENSSL_free(subj);
	X509_free(x);
}

static int do_list(struct store *s, const char *key, FILE *out, FILE *err)
{
	struct store_cert *c;
	cm_err e;
	long n = store_list_certs(s, key, &c, &e);

	if (n < 0) {
		fprintf(err, "certmilter: %s\n", e.text);
		return 3;
	}
	for (long i = 0; i < n; i++)
		list_line(out, &c[i]);
	store_certs_free(c, (size_t)n);
	return n > 0 ? 0 : 1;
}

static int do_export(struct store *s, const char *key, const char *fpr, FILE *out, FILE *err)
{
	struct store_cert *c;
	cm_err e;
	long n = store_get_certs(s, key, 0, &c, &e), written = 0;

	if (n < 0) {
		fprintf(err, "certmilter: %s\n", e.text);
		return 3;
	}
	for (long i = 0; i < n; i++) {
		const unsigned char *p = c[i].der;
		X509 *x;

		if (fpr != NULL && strncmp(c[i].fpr, fpr, strlen(fpr)) != 0)
			continue;
		if ((x = d2i_X509(NULL, &p, (long)c[i].len)) == NULL) {
			fprintf(err, "certmilter: %s: sha256 %s is not a certificate\n", key,
			        c[i].fpr);
			continue;
		}
		PEM_write_X509(out, x);
		X509_free(x);
		written++;
	}
	store_certs_free(c, (size_t)n);
	return written > 0 ? 0 : 1;
}

static int do_delete(struct store *s, const char *key, const char *fpr, FILE *out, FILE *err)
{
	cm_err e;
	long n = store_delete_certs(s, key, fpr, &e);

	if (n < 0) {
		fprintf(err, "certmilter: %s\n", e.text);
		return 3;
	}
	fprintf(out, "deleted %ld certificate(s) of %s\n", n, key);
	return n > 0 ? 0 : 1;
}

/* The store of file, only if it exists; NULL + a message to err. */
static struct store *open_existing(const struct cm_config *cfg, FILE *err)
{
	const char *url = cfg->store.url;
	struct store *s;
	struct stat st;
	cm_err e;

	if (*url == '\0') {
		fprintf(err, "certmilter: %s: no store (store.url is empty)\n", cfg->file);
		return NULL;
	}
	if (strncmp(url, "sqlite://", 9) == 0 && stat(url + 9, &st) != 0) {
		fprintf(err, "certmilter: store %s: %s (certmilter creates it when it starts)\n",
		        url, strerror(errno));
		return NULL;
	}
	if ((s = store_create(&(struct store_opts){url, 0}, &e)) == NULL)
		fprintf(err, "certmilter: %s\n", e.text);
	return s;
}

static int dispatch(struct store *s, const char *cmd, const char *key, const char *fpr, FILE *out,
                    FILE *err)
{
	if (strcmp(cmd, "list") == 0)
		return do_list(s, key, out, err);
	if (strcmp(cmd, "export") == 0)
		return do_export(s, key, fpr, out, err);
	return do_delete(s, key, fpr, out, err);
}

int storecmd_run(const char *file, const char *cmd, char **args, int nargs, FILE *out, FILE *err)
{
	bool list = strcmp(cmd, "list") == 0;
	struct cm_config *cfg = NULL;
	struct store *s = NULL;
	char *key = NULL;
	cm_err e;
	int rc = 3;

	if ((!list && strcmp(cmd, "export") != 0 && strcmp(cmd, "delete") != 0) ||
	    nargs > (list ? 1 : 2) || (!list && nargs < 1)) {
		fprintf(err, "usage: certmilter [-c FILE] -S list [ADDRESS] | -S export ADDRESS "
		             "[FINGERPRINT] | -S delete ADDRESS [FINGERPRINT]\n");
		return 2;
	}
	if ((cfg = config_load(file, &e)) == NULL) {
		fprintf(err, "certmilter: %s\n", e.text);
		return 3;
	}
	if (nargs > 0 && (key = cm_addr_key(args[0], strlen(args[0]),
	                                    cfg->keystore.local_part_case_insensitive)) == NULL) {
		fprintf(err, "certmilter: %s: not an address\n", args[0]);
		rc = 2;
		goto out;
	}
	if ((s = open_existing(cfg, err)) != NULL)
		rc = dispatch(s, cmd, key, nargs > 1 ? args[1] : NULL, out, err);
out:
	fflush(out);
	store_destroy(s);
	free(key);
	config_unref(cfg);
	return rc;
}
