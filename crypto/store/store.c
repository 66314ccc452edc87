/*
 * store.c - the certificate store (store.h): store_create picks the
 * backend by the URL's scheme (sqlite:// -> store_sqlite.c, postgresql://
 * or postgres:// -> store_pg.c) and every public function hands the call
 * to that backend's table (store_int.h), after the checks that are the
 * same for both (a certificate's size, a fingerprint prefix). The
 * fingerprint of a certificate, the freeing of answers and the count of
 * calls that went to the database (store_queries) live here too.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>

#include "log.h"
#include "store_int.h"
#include "xalloc.h"

struct store {
	const struct store_backend *be;
	void *h;                       /* the backend's handle */
	_Atomic unsigned long queries; /* calls that went to the database */
};

/* The backend of url's scheme, NULL if none. */
static const struct store_backend *backend_of(const char *url)
{
	if (strncmp(url, "sqlite://", 9) == 0)
		return &store_sqlite_backend;
	if (strncmp(url, "postgresql://", 13) == 0 || strncmp(url, "postgres://", 11) == 0)
		return &store_pg_backend;
	return NULL;
}

struct store *store_create(const struct store_opts *o, cm_err *err)
{
	const char *url = o->url != NULL ? o->url : "";
	const struct store_backend *be = backend_of(url);
	struct store *s;
	void *h;

	if (be == NULL) {
		/* no URL in the message: it may hold a password */
		cm_err_set(err, "store: \"%.*s...\" is neither sqlite:///PATH nor postgresql://...",
		           (int)strcspn(url, ":"), url);
		return NULL;
	}
	if ((h = be->open(url, o, err)) == NULL)
		return NULL;
	s = xcalloc(1, sizeof(*s));
	s->be = be;
	s->h = h;
	return s;
}

struct store *store_destroy(struct store *s)
{
	if (s == NULL)
		return NULL;
	s->be->close(s->h);
	free(s);
	return NULL;
}

int store_schema_version(struct store *s, cm_err *err)
{
	s->queries++;
	return s->be->schema_version(s->h, err);
}

/* The hex SHA-256 of der into out (65 bytes). */
static void fingerprint(const unsigned char *der, size_t len, char *out)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;

	if (EVP_Digest(der, len, md, &n, EVP_sha256(), NULL) != 1 || n != 32)
		msg_panic("store: SHA-256 failed");
	for (unsigned i = 0; i < n; i++)
		snprintf(out + 2 * i, 3, "%02x", md[i]);
}

int store_put_cert(struct store *s, const char *addr, const unsigned char *der, size_t len,
                   time_t not_before, time_t not_after, const char *source, const char *queue_id,
                   cm_err *err)
{
	char fpr[65];
	const time_t t[3] = {not_before, not_after, time(NULL)};

	if (len == 0 || len > INT_MAX) {
		cm_err_set(err, "store: a certificate of %zu bytes", len);
		return -1;
	}
	fingerprint(der, len, fpr);
	s->queries++;
	return s->be->put_cert(s->h, addr, fpr, der, len, t, source,
	                       queue_id != NULL ? queue_id : "", err);
}

long store_get_certs(struct store *s, const char *addr, size_t max, struct store_cert **out,
                     cm_err *err)
{
	s->queries++;
	return s->be->get_certs(s->h, addr, max, out, err);
}

void store_certs_free(struct store_cert *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(c[i].der);
		free(c[i].source);
		free(c[i].queue_id);
		free(c[i].addr);
	}
	free(c);
}

long store_list_certs(struct store *s, const char *addr, struct store_cert **out, cm_err *err)
{
	s->queries++;
	return s->be->list_certs(s->h, addr, out, err);
}

long store_delete_certs(struct store *s, const char *addr, const char *fpr_prefix, cm_err *err)
{
	if (fpr_prefix == NULL)
		fpr_prefix = "";
	if (strlen(fpr_prefix) > 64 ||
	    strspn(fpr_prefix, "0123456789abcdef") != strlen(fpr_prefix)) {
		cm_err_set(err, "store: \"%s\" is not a fingerprint (hex SHA-256, lower case)",
		           fpr_prefix);
		return -1;
	}
	s->queries++;
	return s->be->delete_certs(s->h, addr, fpr_prefix, err);
}

long long store_change_last(struct store *s, cm_err *err)
{
	s->queries++;
	return s->be->change_last(s->h, err);
}

long store_changes(struct store *s, long long after, size_t max, struct store_change **out,
                   cm_err *err)
{
	s->queries++;
	return s->be->changes(s->h, after, max, out, err);
}

void store_changes_free(struct store_change *c, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(c[i].addr);
	free(c);
}

int store_lookup_get(struct store *s, const char *source, const char *key, time_t now,
                     struct store_lookup *out, cm_err *err)
{
	memset(out, 0, sizeof(*out));
	s->queries++;
	return s->be->lookup_get(s->h, source, key, now, out, err);
}

int store_lookup_put(struct store *s, const char *source, const char *key,
                     const struct store_lookup *l, cm_err *err)
{
	s->queries++;
	return s->be->lookup_put(s->h, source, key, l, err);
}

long store_lookup_forget_negative(struct store *s, const char *key, time_t now, cm_err *err)
{
	s->queries++;
	return s->be->lookup_forget_negative(s->h, key, now, err);
}

void store_lookup_clear(struct store_lookup *l)
{
	free(l->der);
	memset(l, 0, sizeof(*l));
}

unsigned long store_queries(struct store *s)
{
	return s != NULL ? s->queries : 0;
}
