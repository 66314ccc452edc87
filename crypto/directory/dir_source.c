/*
 * dir_source.c - the four kinds of directory source (rules in
 * directory.h): the keystore and files sources answer at once; an http
 * source is a libcurl request (struct dir_xfer) that the client's driver
 * thread runs in its multi handle and then judges here (its connections
 * reused through the multi handle's connection cache). An ldap source is a
 * search on a pooled libldap connection (dir_ldap.c); its URL template is
 * expanded here too. Bodies are capped at directory.max_response while
 * they arrive and never logged.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "dir_int.h"
#include "log.h"
#include "xalloc.h"

struct dir_xfer {
	const struct dir_source *src;
	CURL *easy;
	char *url; /* expanded */
	struct buf resp;
	char errbuf[CURL_ERROR_SIZE];
};

/* ---- keystore and files ------------------------------------------------ */

void dir_answer_from(struct dir_answer *a, STACK_OF(X509) *certs, const struct dir_want *w)
{
	struct dir_choice ch;

	a->cert = dir_choose(certs, w, &ch);
	a->res = a->cert != NULL ? DIR_FOUND : DIR_NONE;
	a->notes = ch.notes;
	if (a->cert == NULL && ch.unavail[0] != '\0') { /* hard mode, status unknown */
		a->res = DIR_UNAVAILABLE;
		a->notes |= DIR_NOTE_REV_FAIL;
		snprintf(a->err, sizeof(a->err), "revocation: %s", ch.unavail);
	}
}

void dir_ask_keystore(const struct keystore *ks, const struct dir_want *w, const char *addr,
                      struct dir_answer *a)
{
	static const enum cm_class order[] = {CM_CLASS_ENCRYPT, CM_CLASS_VP};
	STACK_OF(X509) *certs = sk_X509_new_null();

	for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		const struct ks_entry *e = keystore_find(ks, addr, order[i]);

		if (e != NULL)
			sk_X509_push(certs, e->cert); /* borrowed */
	}
	dir_answer_from(a, certs, w);
	sk_X509_free(certs);
}

enum dir_result dir_files_certs(const struct dir_source *s, const struct dir_want *w,
                                STACK_OF(X509) **certs, char *err, size_t len)
{
	char *path = NULL;
	unsigned char *buf = NULL;
	enum dir_result res = DIR_NONE;
	long n;
	FILE *fp;

	*certs = NULL;
	if (strchr(w->key, '/') != NULL || w->key[0] == '.') {
		msg_debug("directory: %s: not looked up in %s (a file name cannot hold it)",
		          w->where, s->path);
		return DIR_NONE;
	}
	path = xmalloc(strlen(s->path) + strlen(w->key) + 6);
	sprintf(path, "%s/%s.pem", s->path, w->key);
	fp = fopen(path, "rb");
	if (fp == NULL) {
		if (errno != ENOENT)
			goto unavailable;
		goto out;
	}
	buf = xmalloc(1024 * 1024);
	n = (long)fread(buf, 1, 1024 * 1024, fp);
	fclose(fp);
	*certs = dir_parse_certs(buf, (size_t)n);
	if (*certs == NULL) {
		errno = 0;
		goto unavailable;
	}
	res = DIR_FOUND;
	goto out;
unavailable:
	res = DIR_UNAVAILABLE;
	snprintf(err, len, "%s: %s", path,
	         errno != 0 ? strerror(errno) : "no certificate in the file");
out:
	x_free(buf);
	x_free(path);
	return res;
}

void dir_ask_files(const struct dir_source *s, const struct dir_want *w, struct dir_answer *a)
{
	STACK_OF(X509) *certs = NULL;

	a->notes = 0;
	a->res = dir_files_certs(s, w, &certs, a->err, sizeof(a->err));
	if (a->res == DIR_FOUND)
		dir_answer_from(a, certs, w);
	sk_X509_pop_free(certs, X509_free);
}

/* ---- the certificate store ---------------------------------------------- */

enum dir_result dir_store_certs(struct store *st, const struct dir_want *w, STACK_OF(X509) **certs,
                                char *err, size_t len)
{
	struct store_cert *c = NULL;
	cm_err e;
	long n;

	*certs = NULL;
	if (st == NULL)
		return DIR_NONE;
	if ((n = store_get_certs(st, w->key, DIR_STORE_MAX, &c, &e)) < 0) {
		snprintf(err, len, "%s", e.text);
		return DIR_UNAVAILABLE;
	}
	*certs = sk_X509_new_null();
	for (long i = 0; i < n && *certs != NULL; i++) {
		const unsigned char *p = c[i].der;
		X509 *x = d2i_X509(NULL, &p, (long)c[i].len);

		if (x == NULL || !sk_X509_push(*certs, x))
			X509_free(x);
	}
	store_certs_free(c, (size_t)n);
	if (*certs == NULL)
		msg_panic("out of memory");
	return sk_X509_num(*certs) > 0 ? DIR_FOUND : DIR_NONE;
}

void dir_ask_store(struct store *st, const struct dir_want *w, struct dir_answer *a)
{
	STACK_OF(X509) *certs = NULL;

	a->notes = 0;
	a->res = dir_store_certs(st, w, &certs, a->err, sizeof(a->err));
	if (a->res == DIR_FOUND)
		dir_answer_from(a, certs, w);
	sk_X509_pop_free(certs, X509_free);
}

/* ---- URL templates ------------------------------------------------------ */

static void pct(char **out, unsigned char ch)
{
	static const char hex[] = "0123456789ABCDEF";

	if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
	    ch == '-' || ch == '.' || ch == '_' || ch == '~') {
		*(*out)++ = (char)ch;
		return;
	}
	*(*out)++ = '%';
	*(*out)++ = hex[ch >> 4];
	*(*out)++ = hex[ch & 15];
}

/* The value for %{email}: percent-encoded, after RFC 4515 escaping if
 * ldap. xmalloc'd. */
static char *encode(const char *addr, bool ldap)
{
	char *out = xmalloc(strlen(addr) * 9 + 1), *p = out;

	for (const unsigned char *s = (const unsigned char *)addr; *s != '\0'; s++) {
		if (ldap && (*s == '*' || *s == '(' || *s == ')' || *s == '\\')) {
			char esc[4];

			snprintf(esc, sizeof(esc), "\\%02x", *s);
			for (int i = 0; i < 3; i++)
				pct(&p, (unsigned char)esc[i]);
		} else {
			pct(&p, *s);
		}
	}
	*p = '\0';
	return out;
}

static char *expand(const char *tmpl, const char *addr, bool ldap)
{
	char *value = encode(addr, ldap), *out, *p;
	size_t n = 0, vlen = strlen(value);
	const char *s;

	for (s = tmpl; (s = strstr(s, "%{email}")) != NULL; s += 8)
		n++;
	out = p = xmalloc(strlen(tmpl) + n * vlen + 1);
	for (s = tmpl; *s != '\0';) {
		if (strncmp(s, "%{email}", 8) == 0) {
			memcpy(p, value, vlen);
			p += vlen;
			s += 8;
		} else {
			*p++ = *s++;
		}
	}
	*p = '\0';
	x_free(value);
	return out;
}

char *dir_expand_ldap(const char *tmpl, const char *addr)
{
	return expand(tmpl, addr, true);
}

/* ---- requests ----------------------------------------------------------- */

/* A request for url (xmalloc'd, taken over) to source s. */
static struct dir_xfer *xfer_open(const struct dir_source *s, char *url, long max_response)
{
	struct dir_xfer *x = xcalloc(1, sizeof(*x));
	long ms = s->timeout * 1000;
	CURL *e = curl_easy_init();

	x->src = s;
	x->easy = e;
	x->resp.max = (size_t)max_response;
	x->url = url;
	if (e == NULL || curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L) ||
	    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https") ||
	    curl_easy_setopt(e, CURLOPT_URL, x->url) ||
	    curl_easy_setopt(e, CURLOPT_USERAGENT, "certmilter") ||
	    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, ms) ||
	    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, ms) ||
	    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)max_response) ||
	    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, buf_write_capped) ||
	    curl_easy_setopt(e, CURLOPT_WRITEDATA, &x->resp) ||
	    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, x->errbuf))
		msg_panic("curl_easy_init/setopt failed");
	return x;
}

struct dir_xfer *dir_xfer_new(const struct dir_source *s, const char *addr, long max_response)
{
	return xfer_open(s, expand(s->url, addr, false), max_response);
}

CURL *dir_xfer_easy(struct dir_xfer *x)
{
	return x->easy;
}

struct dir_xfer *dir_xfer_free(struct dir_xfer *x)
{
	if (x == NULL)
		return NULL;
	curl_easy_cleanup(x->easy);
	x_free(x->url);
	buf_free(&x->resp);
	return x_free(x);
}

/* What went wrong with a request that libcurl did not complete. */
static void curl_problem(const struct dir_xfer *x, CURLcode rc, char *buf, size_t len)
{
	long oserr = 0;

	if (x->resp.too_big || rc == CURLE_FILESIZE_EXCEEDED)
		snprintf(buf, len, "reply larger than directory.max_response (%zu bytes)",
		         x->resp.max);
	else if (rc == CURLE_OPERATION_TIMEDOUT)
		snprintf(buf, len, "timed out after %ld s", x->src->timeout);
	else if (rc == CURLE_COULDNT_CONNECT &&
	         curl_easy_getinfo(x->easy, CURLINFO_OS_ERRNO, &oserr) == CURLE_OK &&
	         oserr == ECONNREFUSED)
		snprintf(buf, len, "connection refused");
	else
		snprintf(buf, len, "%s", x->errbuf[0] ? x->errbuf : curl_easy_strerror(rc));
}

/* ---- judging a finished request ----------------------------------------- */

static enum dir_result http_certs(struct dir_xfer *x, long status, STACK_OF(X509) **certs,
                                  char *err, size_t len)
{
	char *ctype = NULL, esc[128] = "none";

	if (status == 404 || status == 204)
		return DIR_NONE;
	if (status != 200) {
		snprintf(err, len, "%s: HTTP status %ld", x->url, status);
		return DIR_UNAVAILABLE;
	}
	*certs = dir_parse_certs(x->resp.data, x->resp.len);
	if (*certs == NULL) {
		curl_easy_getinfo(x->easy, CURLINFO_CONTENT_TYPE, &ctype);
		if (ctype != NULL)
			log_escape(esc, sizeof(esc), ctype, strlen(ctype));
		snprintf(err, len, "%s: no certificate in the reply (%zu bytes, Content-Type %s)",
		         x->url, x->resp.len, esc);
		return DIR_UNAVAILABLE;
	}
	return DIR_FOUND;
}

enum dir_result dir_xfer_certs(struct dir_xfer *x, CURLcode rc, STACK_OF(X509) **certs, char *err,
                               size_t len)
{
	long status = 0;
	char why[600];

	*certs = NULL;
	err[0] = '\0';
	curl_easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &status);
	msg_debug("directory: %s: %s, status %ld, %zu bytes", x->url, curl_easy_strerror(rc),
	          status, x->resp.len);
	if (rc != CURLE_OK) {
		curl_problem(x, rc, why, sizeof(why));
		snprintf(err, len, "%s: %s", x->url, why);
		return DIR_UNAVAILABLE;
	}
	return http_certs(x, status, certs, err, len);
}

const char *dir_xfer_url(const struct dir_xfer *x)
{
	return x->url;
}

void dir_xfer_judge(struct dir_xfer *x, CURLcode rc, const struct dir_want *w, struct dir_answer *a)
{
	STACK_OF(X509) *certs = NULL;

	a->cert = NULL;
	a->notes = 0;
	a->res = dir_xfer_certs(x, rc, &certs, a->err, sizeof(a->err));
	if (a->res == DIR_FOUND)
		dir_answer_from(a, certs, w);
	sk_X509_pop_free(certs, X509_free);
}

const char *dir_source_label(const struct dir_source *s)
{
	switch (s->type) {
	case DIR_SRC_KEYSTORE:
		return "keystore";
	case DIR_SRC_FILES:
		return s->path ? s->path : "files";
	case DIR_SRC_STORE:
		return "store";
	default:
		return s->url ? s->url : "?";
	}
}

const char *dir_result_word(enum dir_result r)
{
	return r == DIR_FOUND ? "found" : r == DIR_NONE ? "none" : "unavailable";
}
