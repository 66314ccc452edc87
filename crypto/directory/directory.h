/*
 * directory.h - looking up recipients' encrypting certificates (certmilter.conf(5)
 * section 6): the configured sources, the checks every certificate found
 * must pass, an in-memory cache, and lookups that run in the background.
 *
 * Sources (directory.sources, asked in the configured order):
 *  - keystore: the address's ENCRYPT certificate, else its VP certificate
 *    (keystore_find), checked like any other candidate (no trust bundle).
 *  - http: the URL template with every %{email} replaced by the address
 *    (its KEY, below) percent-encoded (everything but A-Z a-z 0-9 - . _ ~). 200 with PEM
 *    (one or more certificates, or PKCS7 blocks), DER, or DER PKCS#7
 *    certs-only = candidates; 404 and 204 = no certificate; any other
 *    status (redirects are not followed), an empty or unparsable 200 body,
 *    a reply over directory.max_response, a timeout or a connection
 *    failure = unavailable.
 *  - ldap: a search over libldap on a pooled, reused connection (ldap://
 *    with StartTLS where the server accepts it, dir_ldap.c); %{email}
 *    replaced by the address escaped as an LDAP filter value (RFC 4515: *
 *    ( ) \ as \2a \28 \29 \5c), then percent-encoded, and the URL parsed
 *    (base, attributes, scope, filter; anonymous bind). Every value that
 *    is not plain text (or of an attribute ending in ";binary") is a
 *    candidate (DER certificate, or PKCS#7: userCertificate;binary and
 *    userSMIMECertificate); no entry = no certificate; an LDAP error, a
 *    timeout or a connection failure (after one retry on a fresh
 *    connection when a reused one broke) = unavailable.
 *  - files: PATH/KEY.pem (KEY below). An address with '/' or starting
 *    with '.' is never looked up there (no certificate). No such file = no
 *    certificate; an unreadable or unparsable file = unavailable.
 *  - store: the certificates the certificate store (store.h) holds for KEY,
 *    harvested from verified inbound signatures, newest notBefore first (at
 *    most DIR_STORE_MAX); none = no certificate (also without a store); a
 *    store error = unavailable. A trust bundle is optional there.
 * The first source with a usable certificate wins. A source that is
 * unavailable does not stop the search, but when no source has a usable
 * certificate and any was unavailable, the result is DIR_UNAVAILABLE (mail
 * is never sent in clear because a directory was down); the error text
 * then holds each failure, "URL: problem", joined with "; ".
 *
 * Candidate checks (each dropped candidate is logged at debug with why):
 * valid now; RSA key with keyUsage keyEncipherment, or EC key with
 * keyAgreement (other key types are refused); a certificate without a
 * keyUsage extension is refused (it must "carry an encryption key
 * usage"); an extendedKeyUsage, when present, must allow emailProtection
 * (or anyExtendedKeyUsage); its key has at least trust.min_rsa_bits (RSA)
 * or trust.min_ec_bits (EC); it names the address (classify_addrs, domain
 * compared ignoring case, the local part as written unless
 * keystore.local_part_case = insensitive); and, when the source has a
 * trust bundle, it verifies to it for X509_PURPOSE_SMIME_ENCRYPT, strictly,
 * with every key of the chain at those minimums (classify_verify_path).
 * The path is built (dir_path.c) through the other certificates of the
 * same answer, keystore.chain_bundle (dir_opts.chain_bundle), the source's
 * intermediates bundle and, while an issuer is still missing, the
 * certificates its Authority Information Access caIssuers URL names
 * (http:// only; DER or PKCS#7 certs-only, at most 64 KB; at most 3 hops
 * for one path, all of them within the source's timeout, 5 s for a files
 * source; answers cached by URL, 64 URLs for an hour, a failure for a
 * minute). A fetched certificate is only an intermediate: trust comes
 * from the source's trust bundle alone. The fetches run on the driver
 * thread, so while one runs the client's other lookups wait (with the
 * cache, once per URL an hour). Then the revocation hook
 * (dir_opts.revocation), when one is set. So signing-only and expired
 * certificates are never used. Among the usable
 * ones an encrypting-only certificate (no digitalSignature) beats a
 * dual-use one, then the latest notBefore wins, then the first found.
 *
 * Addresses: the cache KEY of an address is the address with its domain
 * lowercased (and its local part too when local parts are compared
 * ignoring case). An address without '@', with an empty local part or
 * domain, with bytes <= 0x20 or 0x7f, or over 320 bytes has no certificate
 * (DIR_NONE at once).
 *
 * Cache (directory.cache): key = KEY. A certificate found is kept
 * positive_ttl seconds, "no certificate" negative_ttl seconds; unavailable
 * results are not cached. At most cache_size certificates and, in a
 * separate list, negative_size "no certificate" answers, least recently
 * used of the same kind evicted first, so that addresses without a
 * certificate never evict a certificate (0: that kind is not cached). The
 * hash table is keyed per cache from getrandom(2). A cached certificate that has expired
 * in the meantime is dropped. stale_if_error: a positive entry up to that
 * many seconds past its TTL is used when the lookup comes back
 * unavailable, or when the caller's deadline passes first (stale_hits);
 * stale negative entries are never used. Two lookups of one KEY at the
 * same time share one directory request; a lookup freed before it is done
 * is abandoned, but its request runs on and fills the cache.
 *
 * Concurrency: one thread per client drives one curl multi handle, which
 * runs every http request of the client concurrently (its connection
 * cache keeps connections open across lookups), and the ldap sources'
 * searches on their connection pools (at most DIR_LDAP_MAX_CONNS
 * connections per source, closed after a minute idle; a short-lived
 * thread opens each); the keystore and files sources and the checks run
 * on that thread too.
 * dir_lookup_start never blocks on the network. curl_global_init must
 * have been called before the first client is made.
 *
 * Statistics: hits = lookups answered from a fresh cache entry at start;
 * misses = lookups that were not (each joins or starts a request);
 * requests = directory requests started (after sharing); stale_hits;
 * evictions = entries evicted for size. Every 10 minutes with activity the
 * client logs them at info: "directory cache: N entries, hits H, misses M,
 * stale S, requests R, evictions E".
 */
#ifndef DIRECTORY_H
#define DIRECTORY_H

#include <stdio.h>

#include <openssl/x509.h>

#include "cm.h"
#include "cms.h"
#include "store.h"

struct dir_client;

/* The revocation check of a recipient's certificate that passed every
 * other check, with its verified path (leaf first). Returns 0 good, 1
 * revoked (not used), 2 status unknown and not to be used (the answer is
 * then unavailable, as when the source is down, with DIR_NOTE_REV_FAIL),
 * -1 status unknown (the certificate is used, with DIR_NOTE_REV_UNKNOWN;
 * why says what was not learned), -2 not checked (the certificate names
 * nothing to ask; used); why (len bytes) says what was found and from
 * where. */
typedef int (*dir_revocation_fn)(X509 *cert, STACK_OF(X509) *path, void *arg, char *why,
                                 size_t len);

enum dir_srctype { DIR_SRC_KEYSTORE, DIR_SRC_HTTP, DIR_SRC_LDAP, DIR_SRC_FILES, DIR_SRC_STORE };

/* One source (directory.sources entry). */
struct dir_source_opts {
	enum dir_srctype type;
	const char *url;           /* http, ldap (required there): template with %{email} */
	const char *path;          /* files (required there): directory of ADDRESS.pem */
	const char *trust;         /* PEM bundle found certificates must chain to; NULL: none */
	const char *intermediates; /* PEM bundle of intermediates for the path; NULL: none */
	long timeout;              /* seconds per lookup, >= 1; http and ldap */
	bool shared_cache;         /* http, ldap: answers kept in dir_opts.store too */
};

/* What dir_client_new reads. Borrowed for the call only: the client copies
 * the strings it keeps and keeps no pointer into the options. */
struct dir_opts {
	const struct dir_source_opts *sources; /* nsources, asked in this order */
	size_t nsources;
	size_t cache_size;             /* certificates cached; 0: none */
	size_t negative_size;          /* "no certificate" answers cached; 0: none */
	long positive_ttl;             /* seconds a certificate found stays cached */
	long negative_ttl;             /* seconds "no certificate" stays cached */
	long stale_if_error;           /* seconds past the TTL a positive entry may serve */
	long max_response;             /* bytes of an http or ldap answer, >= 1 */
	size_t max_in_flight;          /* lookups answered at once, the others wait; 0: 64 */
	bool local_part_ci;            /* compare local parts ignoring case */
	int min_rsa_bits, min_ec_bits; /* smallest keys a recipient's chain may hold */
	const char *chain_bundle;      /* PEM intermediates for every source's paths; NULL: none */
	bool fetch_issuers;            /* follow caIssuers URLs (directory.fetch_issuers) */
	dir_revocation_fn revocation;  /* NULL: recipients' certificates not checked */
	void *revocation_arg;
	struct store *store; /* the store sources' (borrowed, outlives the client); NULL: none */
	long store_poll_ms;  /* with a store source: how often the store's changes are read */
};

/* A client per opts and ks (the keystore source; may be NULL, then that
 * source never has a certificate; it must outlive the client). NULL + err
 * if a source's type is unknown, an http or ldap source has no url, a
 * files source no path, or a source's trust bundle cannot be read.
 * Thread-safe; one per configuration snapshot. */
struct dir_client *dir_client_new(const struct dir_opts *opts, const struct keystore *ks,
                                  cm_err *err);
/* Returns NULL. No lookup may be unfreed (abandoned ones are fine). */
struct dir_client *dir_client_free(struct dir_client *d);

/* Drop the cached answer for addr (either kind), so that the next lookup
 * asks the sources again: the store gained a certificate for it. False if
 * nothing was cached. */
bool dir_client_forget(struct dir_client *d, const char *addr);

enum dir_result { DIR_FOUND, DIR_NONE, DIR_UNAVAILABLE };

struct dir_lookup;

/* Start looking up addr; never blocks on the network. A cache hit (and an
 * address that cannot have a certificate) completes at once. */
struct dir_lookup *dir_lookup_start(struct dir_client *d, const char *addr);

/* Wait until the lookup is done or until deadline_ms (CLOCK_MONOTONIC, in
 * ms; see cm_now_ms in clock.h). FOUND: *cert is the certificate, up-ref'd (the
 * caller frees it). NONE: *cert NULL. UNAVAILABLE (also when the deadline
 * passed): *cert NULL, err says why, e.g. "http://...: HTTP status 500",
 * "ldap://...: timed out after 5 s", "deadline passed before the directory
 * answered". May be called again (e.g. with a later deadline). */
enum dir_result dir_lookup_wait(struct dir_lookup *l, long deadline_ms, X509 **cert, cm_err *err);

/* What a finished lookup learned of revocation (bits; cached with its
 * answer): DIR_NOTE_REVOKED, no certificate because the address's was
 * revoked; DIR_NOTE_REV_UNKNOWN, the certificate found is used though its
 * status could not be learned (soft mode); DIR_NOTE_REV_FAIL, unavailable
 * only because statuses could not be learned (hard mode). 0 before
 * dir_lookup_wait has the result. */
enum { DIR_NOTE_REVOKED = 1, DIR_NOTE_REV_UNKNOWN = 2, DIR_NOTE_REV_FAIL = 4 };
unsigned dir_lookup_notes(const struct dir_lookup *l);

/* Returns NULL. An unfinished lookup is abandoned (its result still fills
 * the cache). */
struct dir_lookup *dir_lookup_free(struct dir_lookup *l);
/* Returns NULL. Nobody needs the answer any more (the message was
 * aborted): unless another lookup waits for the same address, its request
 * is dropped, waiting or running, and nothing is cached. */
struct dir_lookup *dir_lookup_cancel(struct dir_lookup *l);

/* certmilter -L: ask every source of d for addr as a recipient, now and
 * without the cache, and write to out each answer, each certificate found
 * (subject, serial, issuer, notAfter) and each check it passed or failed:
 * validity, usage, key size, address, the path built (each certificate
 * with where it came from), revocation. Returns 0 if a source has a usable
 * certificate, else 2 if a source was unavailable, else 1. */
int dir_explain(struct dir_client *d, const char *addr, FILE *out);

/* For the periodic log line and the tests. */
struct dir_stats {
	unsigned long hits, misses, stale_hits, requests, evictions;
	unsigned long cancelled;   /* requests dropped by dir_lookup_cancel */
	unsigned long shared_hits; /* answers of shared_cache sources taken from the store */
	unsigned long entries;     /* in the cache now */
	unsigned long running;     /* lookups being answered now */
	unsigned long queued;      /* lookups waiting for one of max_in_flight */
};
void dir_client_stats(struct dir_client *d, struct dir_stats *st);

#endif
