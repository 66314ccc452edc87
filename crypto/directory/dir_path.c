/*
 * dir_path.c - the path from a recipient's certificate to its source's
 * trust bundle (rules in directory.h). Directories usually answer with the
 * end-entity certificate alone, so the intermediates come from the
 * answer, keystore.chain_bundle, the source's intermediates bundle and,
 * while an issuer is still missing, the certificates named by the
 * Authority Information Access caIssuers URL of the certificate whose
 * issuer is missing (RFC 5280 section 4.2.2.1: a DER certificate or a
 * PKCS#7 certs-only bag, over http://).
 *
 * A fetched certificate is only ever an untrusted intermediate: the path
 * must still end in the source's trust bundle. Fetches are synchronous
 * (libcurl easy handle), capped in size and time, never follow redirects,
 * and their results are cached by URL (DIR_AIA_* in dir_int.h) in one
 * cache per client, guarded by its own mutex.
 */
#include <pthread.h>
#include <string.h>

#include <curl/curl.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>

#include "buf.h"
#include "clock.h"
#include "dir_int.h"
#include "log.h"
#include "xalloc.h"

struct aia_entry {
	char *url;
	STACK_OF(X509) *certs; /* NULL: the fetch failed */
	long until;            /* cm_now_ms() past which it is fetched again */
	unsigned long used;    /* for least recently used eviction */
};

struct dir_aia {
	pthread_mutex_t lock;
	struct aia_entry e[DIR_AIA_ENTRIES];
	unsigned long tick;
};

struct dir_aia *dir_aia_new(void)
{
	struct dir_aia *a = xcalloc(1, sizeof(*a));

	pthread_mutex_init(&a->lock, NULL);
	return a;
}

static void entry_clear(struct aia_entry *e)
{
	e->url = x_free(e->url);
	sk_X509_pop_free(e->certs, X509_free);
	e->certs = NULL;
}

struct dir_aia *dir_aia_free(struct dir_aia *a)
{
	if (a == NULL)
		return NULL;
	for (size_t i = 0; i < DIR_AIA_ENTRIES; i++)
		entry_clear(&a->e[i]);
	pthread_mutex_destroy(&a->lock);
	return x_free(a);
}

/* The first http:// caIssuers URL of cert (xmalloc'd), NULL if none. */
static char *ca_issuers_url(X509 *cert)
{
	AUTHORITY_INFO_ACCESS *info = X509_get_ext_d2i(cert, NID_info_access, NULL, NULL);
	char *url = NULL;

	for (int i = 0; url == NULL && i < sk_ACCESS_DESCRIPTION_num(info); i++) {
		const ACCESS_DESCRIPTION *ad = sk_ACCESS_DESCRIPTION_value(info, i);
		const ASN1_IA5STRING *u;

		if (OBJ_obj2nid(ad->method) != NID_ad_ca_issuers || ad->location->type != GEN_URI)
			continue;
		u = ad->location->d.uniformResourceIdentifier;
		if (ASN1_STRING_length(u) > 7 && ASN1_STRING_length(u) < 2048 &&
		    strncmp((const char *)ASN1_STRING_get0_data(u), "http://", 7) == 0 &&
		    memchr(ASN1_STRING_get0_data(u), '\0', (size_t)ASN1_STRING_length(u)) == NULL)
			url = xstrndup((const char *)ASN1_STRING_get0_data(u),
			               (size_t)ASN1_STRING_length(u));
	}
	AUTHORITY_INFO_ACCESS_free(info);
	ERR_clear_error();
	return url;
}

/* GET url within ms: the CA certificates of a 200 answer, NULL on any
 * failure (logged at debug with why). */
static STACK_OF(X509) *aia_fetch(const char *url, long ms, const char *where)
{
	CURL *e = curl_easy_init();
	struct buf body = {0};
	STACK_OF(X509) *certs = NULL, *cas = NULL;
	long status = 0;
	CURLcode rc;

	body.max = DIR_AIA_MAX;
	if (e == NULL || curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L) ||
	    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http") ||
	    curl_easy_setopt(e, CURLOPT_URL, url) ||
	    curl_easy_setopt(e, CURLOPT_USERAGENT, "certmilter") ||
	    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, ms) ||
	    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, ms) ||
	    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)DIR_AIA_MAX) ||
	    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, buf_write_capped) ||
	    curl_easy_setopt(e, CURLOPT_WRITEDATA, &body))
		msg_panic("curl_easy_init/setopt failed");
	rc = curl_easy_perform(e);
	curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
	if (rc == CURLE_OK && status == 200)
		certs = dir_parse_certs(body.data, body.len);
	cas = sk_X509_new_null();
	for (int i = 0; cas != NULL && i < sk_X509_num(certs); i++)
		if (X509_check_ca(sk_X509_value(certs, i)) != 0 &&
		    X509_up_ref(sk_X509_value(certs, i)))
			sk_X509_push(cas, sk_X509_value(certs, i));
	if (cas != NULL && sk_X509_num(cas) == 0) {
		sk_X509_free(cas);
		cas = NULL;
	}
	if (log_verbose() > 0) {
		char esc[256];

		log_escape(esc, sizeof(esc), url, strlen(url));
		msg_debug("directory: %s: caIssuers %s: %s, status %ld, %zu bytes, %d CA "
		          "certificates",
		          where, esc, curl_easy_strerror(rc), status, body.len, sk_X509_num(cas));
	}
	sk_X509_pop_free(certs, X509_free);
	buf_free(&body);
	curl_easy_cleanup(e);
	ERR_clear_error();
	return cas;
}

/* The certificates cached for url (up-ref'd copies), or *hit false. Lock held. */
static STACK_OF(X509) *cache_get(struct dir_aia *a, const char *url, bool *hit)
{
	long now = cm_now_ms();

	*hit = false;
	for (size_t i = 0; i < DIR_AIA_ENTRIES; i++) {
		struct aia_entry *e = &a->e[i];

		if (e->url == NULL || strcmp(e->url, url) != 0)
			continue;
		if (now >= e->until) {
			entry_clear(e);
			return NULL;
		}
		*hit = true;
		e->used = ++a->tick;
		return e->certs != NULL ? X509_chain_up_ref(e->certs) : NULL;
	}
	return NULL;
}

/* Keep certs (copied; NULL: a failure) for url, evicting the least
 * recently used entry. Lock held. */
static void cache_put(struct dir_aia *a, const char *url, STACK_OF(X509) *certs)
{
	struct aia_entry *victim = &a->e[0];

	for (size_t i = 0; i < DIR_AIA_ENTRIES; i++) {
		if (a->e[i].url == NULL || strcmp(a->e[i].url, url) == 0) {
			victim = &a->e[i];
			break;
		}
		if (a->e[i].used < victim->used)
			victim = &a->e[i];
	}
	entry_clear(victim);
	victim->url = xstrdup(url);
	victim->certs = certs != NULL ? X509_chain_up_ref(certs) : NULL;
	victim->until = cm_now_ms() + (certs != NULL ? DIR_AIA_TTL_MS : DIR_AIA_NEG_MS);
	victim->used = ++a->tick;
}

/* The CA certificates at url, from the cache or fetched within ms. */
static STACK_OF(X509) *aia_get(struct dir_aia *a, const char *url, long ms, const char *where)
{
	STACK_OF(X509) *certs;
	bool hit;

	pthread_mutex_lock(&a->lock);
	certs = cache_get(a, url, &hit);
	pthread_mutex_unlock(&a->lock);
	if (hit)
		return certs;
	certs = aia_fetch(url, ms, where);
	pthread_mutex_lock(&a->lock);
	cache_put(a, url, certs);
	pthread_mutex_unlock(&a->lock);
	return certs;
}

void dir_fetched_clear(struct dir_fetched *f)
{
	for (int i = 0; i < sk_X509_num(f->certs); i++)
		x_free(f->urls[i]);
	f->urls = x_free(f->urls);
	sk_X509_pop_free(f->certs, X509_free);
	f->certs = NULL;
}

static void push_all(STACK_OF(X509) *to, STACK_OF(X509) *from)
{
	for (int i = 0; i < sk_X509_num(from); i++)
		if (sk_X509_push(to, sk_X509_value(from, i)) <= 0)
			msg_panic("out of memory");
}

static bool in(STACK_OF(X509) *certs, X509 *c)
{
	for (int i = 0; i < sk_X509_num(certs); i++)
		if (X509_cmp(sk_X509_value(certs, i), c) == 0)
			return true;
	return false;
}

/* What an issuer missing from stuck's path could be: fetched certs pushed
 * onto untrusted (borrowed there, owned by f). false if nothing new. */
static bool fetch_more(X509 *stuck, const struct dir_want *w, long until, STACK_OF(X509) *untrusted,
                       struct dir_fetched *f)
{
	char *url = ca_issuers_url(stuck);
	long left = until - cm_now_ms();
	STACK_OF(X509) *got;
	bool added = false;

	if (url == NULL || left <= 0) {
		x_free(url);
		return false;
	}
	got = aia_get(w->paths->aia, url, left, w->where);
	for (int i = 0; i < sk_X509_num(got); i++) {
		X509 *c = sk_X509_value(got, i);

		if (in(untrusted, c) || X509_check_issued(c, stuck) != X509_V_OK)
			continue;
		if (f->certs == NULL)
			f->certs = sk_X509_new_null();
		X509_up_ref(c);
		sk_X509_push(f->certs, c);
		f->urls = xrealloc(f->urls, (size_t)sk_X509_num(f->certs) * sizeof(*f->urls));
		f->urls[sk_X509_num(f->certs) - 1] = xstrdup(url);
		sk_X509_push(untrusted, c);
		added = true;
	}
	sk_X509_pop_free(got, X509_free);
	x_free(url);
	return added;
}

int dir_path_verify(X509 *cert, STACK_OF(X509) *answer, const struct dir_want *w,
                    STACK_OF(X509) **path, struct dir_fetched *f)
{
	STACK_OF(X509) *untrusted = sk_X509_new_null();
	struct dir_fetched local = {NULL, NULL};
	long until = cm_now_ms() + w->aia_ms;
	X509 *stuck = NULL;
	int rc;

	if (untrusted == NULL)
		msg_panic("out of memory");
	if (f == NULL)
		f = &local;
	push_all(untrusted, answer);
	if (w->paths != NULL)
		push_all(untrusted, w->paths->bundle);
	if (w->src != NULL)
		push_all(untrusted, w->src->inter);
	for (int hop = 0;; hop++) {
		rc = classify_verify_path(cert, w->trust, untrusted, w->chain, path, &stuck);
		if (stuck == NULL || hop >= DIR_AIA_HOPS || w->paths == NULL ||
		    w->paths->aia == NULL || !fetch_more(stuck, w, until, untrusted, f))
			break;
		X509_free(stuck);
		stuck = NULL;
	}
	X509_free(stuck);
	sk_X509_free(untrusted);
	dir_fetched_clear(&local);
	return rc;
}

const char *dir_path_origin(X509 *c, STACK_OF(X509) *answer, const struct dir_want *w,
                            const struct dir_fetched *f, char *buf, size_t len)
{
	if (in(answer, c))
		return "the answer";
	if (w->paths != NULL && in(w->paths->bundle, c))
		return "keystore.chain_bundle";
	if (w->src != NULL && in(w->src->inter, c))
		return w->src->inter_name;
	for (int i = 0; f != NULL && i < sk_X509_num(f->certs); i++) {
		if (X509_cmp(sk_X509_value(f->certs, i), c) == 0) {
			char esc[256];

			log_escape(esc, sizeof(esc), f->urls[i], strlen(f->urls[i]));
			snprintf(buf, len, "AIA caIssuers %s", esc);
			return buf;
		}
	}
	return "the source's trust bundle";
}
