/*
 * dir_int.h - the parts of the certificate directory (directory.h) shared
 * between its files: dir_client.c (client, lookups, driver thread),
 * dir_cache.c (LRU cache), dir_source.c (the four kinds of source),
 * dir_certs.c (parsing answers, checking and choosing candidates),
 * dir_ldap.c (the ldap sources' connections and searches),
 * dir_path.c (the path to the trust bundle: intermediates and Authority
 * Information Access) and dir_explain.c (certmilter -L).
 */
#ifndef DIR_INT_H
#define DIR_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include <curl/curl.h>
#include <openssl/x509.h>

#include "directory.h"
#include "cms.h"

#define DIR_MAX_ADDR 320
#define DIR_ERR_LEN  sizeof(((cm_err *)0)->text)

#define DIR_AIA_HOPS      3        /* issuers fetched for one path at most */
#define DIR_AIA_MAX       65536    /* bytes of one caIssuers answer */
#define DIR_AIA_ENTRIES   64       /* URLs cached */
#define DIR_AIA_TTL_MS    3600000L /* an issuer fetched stays cached */
#define DIR_AIA_NEG_MS    60000L   /* a failed fetch is not repeated for */
#define DIR_FILES_TIMEOUT 5        /* seconds of AIA fetches for a files source */

struct dir_source {
	enum dir_srctype type;
	char *url;                  /* http, ldap: template */
	char *path;                 /* files */
	X509_STORE *trust;          /* NULL: no trust bundle */
	STACK_OF(X509) *inter;      /* the source's intermediates bundle; NULL: none */
	char inter_name[48];        /* "directory.sources[N].intermediates" */
	long timeout;               /* seconds, http and ldap */
	bool cleartext;             /* http:// or ldap://: its "no certificate" is not authentic */
	int starttls;               /* ldap://: StartTLS accepted 1, refused 0, not known yet -1 */
	struct dir_ldap_pool *pool; /* ldap: its connections (driver thread) */
	bool shared;                /* its answers are kept in the store too */
};

/* What one source said about one address. */
struct dir_answer {
	enum dir_result res;
	X509 *cert;            /* FOUND: owned by the answer */
	char err[DIR_ERR_LEN]; /* UNAVAILABLE: "URL: problem" */
	unsigned notes;        /* DIR_NOTE_* */
};

struct dir_aia;

/* Where the intermediates of a path may come from besides the answer. */
struct dir_paths {
	STACK_OF(X509) *bundle;       /* keystore.chain_bundle; NULL: none */
	struct dir_aia *aia;          /* caIssuers fetcher and cache; NULL: no fetching */
	dir_revocation_fn revocation; /* NULL: revocation not checked */
	void *revocation_arg;
};

/* What the candidate checks need to know. */
struct dir_want {
	const char *key; /* the normalized address */
	bool local_ci;
	X509_STORE *trust;
	const char *where;                /* for the debug log: source and address */
	const struct cm_chain_req *chain; /* purpose, smallest keys; NULL: none */
	const struct dir_source *src;     /* its intermediates; NULL: none */
	const struct dir_paths *paths;    /* NULL: the answer's certificates only */
	long aia_ms;                      /* time AIA fetches may take for one path */
};

/* The certificates fetched through AIA for one path, each with its URL. */
struct dir_fetched {
	STACK_OF(X509) *certs;
	char **urls; /* urls[i]: where certs[i] came from */
};

/* Every check of one candidate: NULL = passed, else why not ("not
 * checked" for the ones after a failure when not asked for all). */
struct dir_verdict {
	const char *validity, *usage, *key, *address, *chain, *revocation;
	char keybuf[128], chainbuf[320], revbuf[256];
	STACK_OF(X509) *path;       /* the verified path, leaf first (chain passed) */
	struct dir_fetched fetched; /* what AIA brought for it */
	bool usable;
	bool rev_unavailable; /* not used: revocation status unknown (hook said 2) */
	bool rev_revoked;     /* not used: revoked (hook said 1) */
	bool rev_unknown;     /* used, its status unknown (hook said -1) */
};

/* ---- dir_certs.c ---- */

/* Every certificate of buf: PEM (CERTIFICATE and PKCS7 blocks), DER
 * certificate or DER PKCS#7. NULL if none (buf is no such thing). */
STACK_OF(X509) *dir_parse_certs(const unsigned char *buf, size_t len);
/* One value of an LDAP entry's attribute attr: a candidate when libcurl's
 * LDAP output would have given it in base64 (attr ends in ";binary", or
 * the value is not printable ASCII or has a blank at either end), its
 * certificates (dir_parse_certs) then appended to out. Returns how many,
 * 0 if the value is text (not a candidate), -1 if a candidate holds no
 * certificate. */
int dir_ldap_value(const char *attr, const unsigned char *val, size_t len, STACK_OF(X509) *out);
/* What dir_choose learned besides the certificate. */
struct dir_choice {
	char unavail[256]; /* not "": one was dropped only because its status
	                    * could not be learned in hard mode (the answer is
	                    * then unavailable, not "no certificate"): why */
	unsigned notes;    /* DIR_NOTE_REVOKED (one dropped as revoked, none
	                    * chosen), DIR_NOTE_REV_UNKNOWN (the chosen one) */
};
/* The best usable certificate of certs for w (up-ref'd), or NULL; ch (may
 * be NULL) says more. */
X509 *dir_choose(STACK_OF(X509) *certs, const struct dir_want *w, struct dir_choice *ch);
/* Check cert (one of answer) for w into v; all: run every check even after
 * one failed (certmilter -L). Free v with dir_verdict_clear. */
void dir_check(X509 *cert, STACK_OF(X509) *answer, const struct dir_want *w, bool all,
               struct dir_verdict *v);
void dir_verdict_clear(struct dir_verdict *v);
/* The first reason v says no, NULL if usable. */
const char *dir_verdict_why(const struct dir_verdict *v);

/* ---- dir_path.c ---- */

struct dir_aia *dir_aia_new(void);
struct dir_aia *dir_aia_free(struct dir_aia *a);
/* Verify cert to w->trust (classify_verify_path with w->chain) through the
 * intermediates of answer, w->paths->bundle, w->src->inter and, while an
 * issuer is missing, those named by caIssuers (http:// only, at most
 * DIR_AIA_HOPS, within w->aia_ms). On X509_V_OK *path (if not NULL) is the
 * verified path; f (if not NULL) gets what was fetched. */
int dir_path_verify(X509 *cert, STACK_OF(X509) *answer, const struct dir_want *w,
                    STACK_OF(X509) **path, struct dir_fetched *f);
/* Where c (a certificate of a path) came from, for certmilter -L:
 * "the answer", "keystore.chain_bundle", the source's intermediates,
 * "AIA URL", "the trust bundle" (written to buf). */
const char *dir_path_origin(X509 *c, STACK_OF(X509) *answer, const struct dir_want *w,
                            const struct dir_fetched *f, char *buf, size_t len);
void dir_fetched_clear(struct dir_fetched *f);
/* Does cert still hold (validity now)? */
bool dir_cert_current(X509 *cert);

/* ---- dir_source.c ---- */

struct dir_xfer; /* one http request */

/* The certificates of the files source for w->key: FOUND with *certs (a
 * new stack, at least one), NONE, or UNAVAILABLE with err. */
enum dir_result dir_files_certs(const struct dir_source *s, const struct dir_want *w,
                                STACK_OF(X509) **certs, char *err, size_t len);
/* The certificates of a finished http request (rc from CURLMSG_DONE):
 * FOUND with *certs (a new stack), NONE, or UNAVAILABLE with err ("URL:
 * problem"). */
enum dir_result dir_xfer_certs(struct dir_xfer *x, CURLcode rc, STACK_OF(X509) **certs, char *err,
                               size_t len);
/* The request's URL (expanded). */
const char *dir_xfer_url(const struct dir_xfer *x);

void dir_ask_keystore(const struct keystore *ks, const struct dir_want *w, const char *addr,
                      struct dir_answer *a);
void dir_ask_files(const struct dir_source *s, const struct dir_want *w, struct dir_answer *a);
/* The store source: the store's certificates of w->key into *certs (NULL
 * when none). FOUND, NONE, or UNAVAILABLE with err. */
#define DIR_STORE_MAX 16
enum dir_result dir_store_certs(struct store *st, const struct dir_want *w, STACK_OF(X509) **certs,
                                char *err, size_t len);
void dir_ask_store(struct store *st, const struct dir_want *w, struct dir_answer *a);
/* a's result, certificate and notes for the candidates certs (FOUND) as w
 * wants them. */
void dir_answer_from(struct dir_answer *a, STACK_OF(X509) *certs, const struct dir_want *w);

/* The request for addr to http source s, with its easy handle ready to add to a
 * multi handle (CURLOPT_PRIVATE is free for the caller). */
struct dir_xfer *dir_xfer_new(const struct dir_source *s, const char *addr, long max_response);
CURL *dir_xfer_easy(struct dir_xfer *x);
/* The answer of a finished request (rc from CURLMSG_DONE). */
void dir_xfer_judge(struct dir_xfer *x, CURLcode rc, const struct dir_want *w,
                    struct dir_answer *a);
struct dir_xfer *dir_xfer_free(struct dir_xfer *x); /* not in a multi handle; NULL */

/* The ldap URL template with %{email} replaced, as a request uses it
 * (xmalloc'd): for messages about a request that was never made. */
char *dir_expand_ldap(const char *tmpl, const char *addr);

/* ---- dir_ldap.c (driver thread only; see there) ---- */

#define DIR_LDAP_MAX_CONNS 8      /* connections per ldap source at most */
#define DIR_LDAP_IDLE_MS   60000L /* an idle connection is closed after */

/* The CA store that ldaps:// and StartTLS verify servers against: the
 * system's (the tests set another before making a client). */
extern const char *dir_ldap_ca_file;

struct dir_ldap_pool; /* the connections of one ldap source */
struct dir_lsearch;   /* one search */

/* At most max_conns connections to s; wake (NULL: none) is woken when a
 * connection is opened. */
struct dir_ldap_pool *dir_ldap_pool_new(struct dir_source *s, size_t max_conns, long max_response,
                                        CURLM *wake);
/* Every search must have been freed; never waits for a connection being
 * opened (its thread closes it). */
struct dir_ldap_pool *dir_ldap_pool_free(struct dir_ldap_pool *p);
/* Make progress without waiting: connections opened, answers read,
 * deadlines, idle connections closed. Finished searches are then taken
 * with dir_ldap_pool_done. */
void dir_ldap_pool_run(struct dir_ldap_pool *p);
struct dir_lsearch *dir_ldap_pool_done(struct dir_ldap_pool *p); /* NULL: none */
/* How long the driver may wait before the next run (at most max_ms). */
long dir_ldap_pool_wait_ms(const struct dir_ldap_pool *p, long max_ms);
/* The sockets to wait on (at most max), for curl_multi_poll. */
unsigned dir_ldap_pool_fds(const struct dir_ldap_pool *p, struct curl_waitfd *w, unsigned max);
size_t dir_ldap_pool_conns(const struct dir_ldap_pool *p); /* open or being opened */
/* Search the source's URL template for key (owner: the caller's, for
 * dir_lsearch_owner). */
struct dir_lsearch *dir_lsearch_new(struct dir_ldap_pool *p, const char *key, void *owner);
void *dir_lsearch_owner(const struct dir_lsearch *ls);
const char *dir_lsearch_url(const struct dir_lsearch *ls); /* expanded */
/* A finished search: FOUND with *certs (a new stack, maybe empty: no
 * entry or no certificate), or UNAVAILABLE with err ("URL: problem"). */
enum dir_result dir_lsearch_certs(struct dir_lsearch *ls, STACK_OF(X509) **certs, char *err,
                                  size_t len);
/* Abandons it if it is still running (its connection stays). NULL. */
struct dir_lsearch *dir_lsearch_free(struct dir_lsearch *ls);

/* ---- dir_client.c, for dir_explain.c ---- */

/* What dir_explain needs of a client (borrowed from it). */
struct dir_view {
	struct dir_source *src; /* nsrc */
	size_t nsrc;
	const struct keystore *ks;
	long max_response;
	struct store *store;
};
void dir_client_view(struct dir_client *d, struct dir_view *v);
/* The checks' parameters for the lookup of key at source s. */
struct dir_want dir_want_for(const struct dir_client *d, const struct dir_source *s,
                             const char *key, const char *where);
/* The cache key of addr (directory.h), xmalloc'd; NULL if addr cannot
 * have a certificate. */
char *dir_addr_key(const struct dir_client *d, const char *addr);

/* ---- dir_watch.c: the store's changes drop cached answers ---- */

struct dir_watch;
struct dir_watch *dir_watch_new(struct dir_client *d, struct store *store, long interval_ms);
/* Starts the thread unless it runs in this process already. */
void dir_watch_start(struct dir_watch *w);
/* Stops and joins the thread (if it runs in this process); NULL is fine. */
struct dir_watch *dir_watch_free(struct dir_watch *w);

/* ---- dir_shared.c: answers shared through the store ---- */

struct dir_shared;
/* A read's answer, from the shared thread: found 1 (*l is the caller's to
 * keep or clear), 0 none kept, -1 the store failed (l NULL). */
typedef void (*dir_shared_done_fn)(void *arg, void *tag, int found, struct store_lookup *l);
struct dir_shared *dir_shared_new(struct store *store, dir_shared_done_fn done, void *arg);
void dir_shared_start(struct dir_shared *sh);
void dir_shared_ask(struct dir_shared *sh, const char *source, const char *key, void *tag);
/* Keep an answer (der NULL: "no certificate") until fresh_until. */
void dir_shared_keep(struct dir_shared *sh, const char *source, const char *key,
                     const unsigned char *der, size_t len, time_t fresh_until, unsigned notes);
/* Stops the thread; reads not answered yet get done(-1) first. */
struct dir_shared *dir_shared_free(struct dir_shared *sh);

/* ---- dir_cache.c (no locking: the client's lock covers it) ---- */

struct dir_cache;
enum dir_cstate { DIR_C_MISS, DIR_C_FRESH, DIR_C_STALE };

/* At most max certificates and, in their own use order, neg_max "no
 * certificate" answers: negative entries never evict positive ones. */
struct dir_cache *dir_cache_new(size_t max, size_t neg_max);
struct dir_cache *dir_cache_free(struct dir_cache *c);
/* FRESH: *cert is the entry's certificate (borrowed; NULL = "no
 * certificate"). STALE: a positive entry past its TTL but within its stale
 * window. Entries past every window, and certificates no longer valid, are
 * dropped and give MISS. A FRESH or STALE entry becomes the most recent. */
enum dir_cstate dir_cache_get(struct dir_cache *c, const char *key, long now_ms, X509 **cert);
/* The DIR_NOTE_* bits kept with key's entry (0 if none; a put clears them). */
void dir_cache_set_notes(struct dir_cache *c, const char *key, unsigned notes);
unsigned dir_cache_notes(struct dir_cache *c, const char *key);
/* Insert or replace (cert up-ref'd; NULL = "no certificate"), evicting the
 * least recently used entry of the same kind beyond its bound. An entry of
 * the other kind for key is dropped. */
void dir_cache_put(struct dir_cache *c, const char *key, X509 *cert, long fresh_until,
                   long stale_until);
/* Drop key's entry of either kind; false if there was none. */
bool dir_cache_drop(struct dir_cache *c, const char *key);
size_t dir_cache_count(const struct dir_cache *c);          /* both kinds */
size_t dir_cache_count_negative(const struct dir_cache *c); /* "no certificate" */
/* The keyed hash of key (the key is drawn per cache); for the tests. */
uint64_t dir_cache_hash(const struct dir_cache *c, const char *key);
unsigned long dir_cache_evictions(const struct dir_cache *c);

/* For the metrics: a source's label (its URL template, "keystore", or the
 * files path) and a result's word ("found", "none", "unavailable"). */
const char *dir_source_label(const struct dir_source *s);
const char *dir_result_word(enum dir_result r);

#endif
