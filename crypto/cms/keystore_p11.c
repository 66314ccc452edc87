/*
 * keystore_p11.c - private keys in a PKCS#11 token (certmilter.conf(5)
 * keystore.pkcs11), addressed by RFC 7512 pkcs11: URIs (cms_int.h), and
 * the re-opening of the module after a token failure, in the process
 * that saw it, at the next operation (p11_int.h).
 *
 * libp11 (linked) opens the module of keystore.pkcs11.module once per
 * process (one PKCS11_CTX, its slots listed once), logs in to a token
 * with the PIN of the PIN file when a key of it is loaded, and finds each
 * key a URI names (token, serial, manufacturer, model, slot-id, id,
 * object; a URI that carries a PIN is refused). The keystore gets an
 * EVP_PKEY of p11_wrap.c whose private operations go to libp11's key:
 * the key itself never enters certmilter's memory. libp11 serializes
 * what must be per slot and takes one session per operation from its
 * pool, so worker threads use the keys at once; it re-initializes the
 * module in a child after fork() (the worker process).
 *
 * A private operation that fails with a CKR_ error saying the token or
 * its session is gone (lost_ckr: unplugged, session or object handle
 * invalid, ...) fails the message (failure.default) and marks the module
 * broken. Only operations mark it: a load that fails does not (libp11
 * also says CKR_OBJECT_HANDLE_INVALID for an object it did not find). The
 * next operation re-opens the module, holding the exclusive side of
 * p11_rw while no operation runs (operations hold the shared side: they
 * never wait for each other): every libp11 key is dropped, the slots
 * released, the module finalized (C_Finalize: SoftHSM2 reads a token
 * directory that came back only then) and loaded again; each key is then
 * found again in the new session when it is next used, by its URI. While
 * the token is still away, each re-opening fails the operation that
 * asked for it; after one that no operation succeeded since, the next is
 * tried a second later at the earliest.
 *
 * Why not OpenSSL's pkcs11 engine, which loaded the keys before: the
 * engine (Debian's libengine-pkcs11-openssl 0.4.12, its own copy of
 * libp11) hands out one cached EVP_PKEY per token key whose object
 * handle, sessions and login live as long as the process, and re-opens
 * the module only after fork(): a token lost once stayed lost until a
 * new worker process took over.
 *
 * keystore.pkcs11.token indexes a whole token: its certificates (public
 * objects) are listed, each one's private key named by a URI with the
 * token and the certificate's CKA_ID.
 */
/* libp11's keys are OpenSSL legacy RSA/EC keys (deprecated in 3.0). */
#define OPENSSL_SUPPRESS_DEPRECATED

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <libp11.h>
#include <openssl/crypto.h>
#include <openssl/err.h>

#include "cms.h"
#include "cms_int.h"
#include "log.h"
#include "p11_int.h"
#include "xalloc.h"

/* The attributes of a pkcs11: URI that name a token key; NULL: any. */
struct p11_uri {
	char *token, *serial, *manufacturer, *model, *object;
	unsigned char id[128];
	size_t id_len;
	bool has_id, has_slot;
	unsigned long slot_id;
};

struct p11_key {
	char *uri;
	struct p11_uri a;
	_Atomic(EVP_PKEY *) under; /* libp11's key in the current session */
	struct p11_key *prev, *next;
};

struct ks_p11 {
	const char *module;
};

/* p11_rw: shared for operations, loads and listings; exclusive to open
 * or re-open the module. p11_lock (inside p11_rw's shared side): libp11
 * calls other than the private operations, and the key list. */
static pthread_once_t rw_once = PTHREAD_ONCE_INIT;
static pthread_rwlock_t p11_rw;
static pthread_mutex_t p11_lock = PTHREAD_MUTEX_INITIALIZER;
static PKCS11_CTX *p11_ctx;
static PKCS11_SLOT *p11_slots;
static unsigned int p11_nslots;
static char *p11_module, *p11_pin;
static struct p11_key *p11_keys;
static atomic_bool p11_broken;     /* re-open before the next operation */
static _Atomic long p11_reopen_ms; /* the last attempt (CLOCK_MONOTONIC) */
static atomic_bool p11_worked;     /* an operation succeeded since */
static int err_lib;                /* our OpenSSL error library */

enum { R_LOST = 1, R_NOKEY, R_REOPEN };
static ERR_STRING_DATA err_str[] = {
    {0, "PKCS#11 token"},
    {R_LOST, "token or session lost; re-opened at the next message"},
    {R_NOKEY, "no such key on the module's tokens (token away?)"},
    {R_REOPEN, "the module cannot be loaded again"},
    {0, NULL},
};

static void rw_init(void)
{
	pthread_rwlockattr_t at;

	pthread_rwlockattr_init(&at);
	/* a re-opening waits for the operations in flight, not for new ones */
	pthread_rwlockattr_setkind_np(&at, PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP);
	pthread_rwlock_init(&p11_rw, &at);
	pthread_rwlockattr_destroy(&at);
	err_lib = ERR_get_next_error_library();
	for (size_t i = 0; err_str[i].string != NULL; i++)
		err_str[i].error = ERR_PACK(err_lib, 0, err_str[i].error);
	ERR_load_strings(err_lib, err_str);
}

static void p11_raise(int reason)
{
	ERR_new();
	ERR_set_debug(OPENSSL_FILE, OPENSSL_LINE, NULL);
	ERR_set_error(err_lib, reason, NULL);
}

static long mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

/* Is the value of URI attribute name (e.g. "pin-value") present in the
 * path or query of uri? */
static bool uri_has_attr(const char *uri, const char *name)
{
	size_t n = strlen(name);

	for (const char *p = uri + strlen(KS_P11_SCHEME); *p != '\0'; p++) {
		if ((p == uri + strlen(KS_P11_SCHEME) || p[-1] == ';' || p[-1] == '?' ||
		     p[-1] == '&') &&
		    strncasecmp(p, name, n) == 0 && p[n] == '=')
			return true;
	}
	return false;
}

bool ks_p11_is_uri(const char *s)
{
	return strncasecmp(s, KS_P11_SCHEME, strlen(KS_P11_SCHEME)) == 0;
}

int ks_p11_uri_check(const char *path, const char *uri, cm_err *err)
{
	if (uri_has_attr(uri, "pin-value") || uri_has_attr(uri, "pin-source")) {
		cm_err_set(err,
		           "key file %s: its pkcs11: URI carries a PIN; refused: put the PIN in "
		           "keystore.pkcs11.pin_file only",
		           path);
		return -1;
	}
	for (const char *p = uri; *p != '\0'; p++)
		if ((unsigned char)*p <= ' ' || (unsigned char)*p >= 0x7f) {
			cm_err_set(err,
			           "key file %s: the pkcs11: URI holds a space or a control "
			           "character (percent-encode it); refused",
			           path);
			return -1;
		}
	return 0;
}

static int hexval(char c)
{
	return c >= '0' && c <= '9'   ? c - '0'
	       : c >= 'a' && c <= 'f' ? c - 'a' + 10
	       : c >= 'A' && c <= 'F' ? c - 'A' + 10
	                              : -1;
}

/* The percent-decoding of the n bytes at v into out (size max); its
 * length, or -1 (a bad escape, too long). */
static long pct_decode(const char *v, size_t n, unsigned char *out, size_t max)
{
	size_t len = 0;

	for (size_t i = 0; i < n; i++) {
		int c = (unsigned char)v[i];

		if (c == '%') {
			if (i + 2 >= n || hexval(v[i + 1]) < 0 || hexval(v[i + 2]) < 0)
				return -1;
			c = hexval(v[i + 1]) * 16 + hexval(v[i + 2]);
			i += 2;
		}
		if (len + 1 >= max)
			return -1;
		out[len++] = (unsigned char)c;
	}
	out[len] = '\0';
	return (long)len;
}

/* One path attribute name=value of a URI into a. 0, or -1 + err. */
static int uri_attr(struct p11_uri *a, const char *name, size_t nlen, const char *v, size_t vlen,
                    cm_err *err)
{
	unsigned char buf[256];
	long len = pct_decode(v, vlen, buf, sizeof(buf));
	char **text = NULL;

#define IS(s) (nlen == strlen(s) && strncasecmp(name, s, nlen) == 0)
	if (len < 0) {
		cm_err_set(err, "a bad or too long value of %.*s", (int)nlen, name);
		return -1;
	}
	if (IS("token"))
		text = &a->token;
	else if (IS("serial"))
		text = &a->serial;
	else if (IS("manufacturer"))
		text = &a->manufacturer;
	else if (IS("model"))
		text = &a->model;
	else if (IS("object"))
		text = &a->object;
	else if (IS("id") && (size_t)len <= sizeof(a->id)) {
		memcpy(a->id, buf, (size_t)len);
		a->id_len = (size_t)len;
		a->has_id = true;
	} else if (IS("slot-id")) {
		a->slot_id = strtoul((const char *)buf, NULL, 10);
		a->has_slot = true;
	} else if (IS("type")) {
		if (strcasecmp((const char *)buf, "private") != 0) {
			cm_err_set(err, "type=%s names no private key", buf);
			return -1;
		}
	} else if (!(nlen > 8 && strncasecmp(name, "library-", 8) == 0) &&
	           !(nlen > 5 && strncasecmp(name, "slot-", 5) == 0)) {
		cm_err_set(err, "attribute %.*s is not supported", (int)nlen, name);
		return -1;
	}
#undef IS
	if (text != NULL) {
		x_free(*text);
		*text = xstrdup((const char *)buf);
	}
	return 0;
}

static void uri_free(struct p11_uri *a)
{
	x_free(a->token);
	x_free(a->serial);
	x_free(a->manufacturer);
	x_free(a->model);
	x_free(a->object);
}

/* The path attributes of uri (the query is not used: a PIN in it was
 * refused before) into a. 0, or -1 + err. */
static int uri_parse(const char *uri, struct p11_uri *a, cm_err *err)
{
	const char *p = uri + strlen(KS_P11_SCHEME);
	const char *end = p + strcspn(p, "?");

	memset(a, 0, sizeof(*a));
	while (p < end) {
		const char *semi = memchr(p, ';', (size_t)(end - p));
		const char *stop = semi != NULL ? semi : end;
		const char *eq = memchr(p, '=', (size_t)(stop - p));

		if (eq == NULL || eq == p) {
			cm_err_set(err, "\"%.*s\" is not name=value", (int)(stop - p), p);
			goto fail;
		}
		if (uri_attr(a, p, (size_t)(eq - p), eq + 1, (size_t)(stop - eq - 1), err) != 0)
			goto fail;
		p = stop + (semi != NULL);
	}
	if (!a->has_id && a->object == NULL) {
		cm_err_set(err, "it names no key (id= or object=)");
		goto fail;
	}
	return 0;
fail:
	uri_free(a);
	return -1;
}

/* The module loaded again in a new context, its slots listed: after a
 * failure (the old context finalized), or the first time. Exclusive side
 * of p11_rw held. 0, or -1 (error queued). */
static int ctx_load(void)
{
	p11_ctx = PKCS11_CTX_new();
	if (p11_ctx == NULL || PKCS11_CTX_load(p11_ctx, p11_module) != 0) {
		PKCS11_CTX_free(p11_ctx);
		p11_ctx = NULL;
		return -1;
	}
	/* listed once per context: libp11 0.4.12's PKCS11_update_slots
	 * crashes on a second call */
	if (PKCS11_enumerate_slots(p11_ctx, &p11_slots, &p11_nslots) != 0) {
		p11_slots = NULL;
		p11_nslots = 0;
		PKCS11_CTX_unload(p11_ctx);
		PKCS11_CTX_free(p11_ctx);
		p11_ctx = NULL;
		return -1;
	}
	return 0;
}

/* Drop every libp11 key, release the slots, finalize the module, load
 * it again. Exclusive side of p11_rw held. */
static void reopen_locked(void)
{
	long t0 = mono_ms();

	pthread_mutex_lock(&p11_lock);
	for (struct p11_key *k = p11_keys; k != NULL; k = k->next)
		EVP_PKEY_free(atomic_exchange(&k->under, NULL));
	pthread_mutex_unlock(&p11_lock);
	if (p11_ctx != NULL) {
		if (p11_slots != NULL)
			PKCS11_release_all_slots(p11_ctx, p11_slots, p11_nslots);
		PKCS11_CTX_unload(p11_ctx); /* C_Finalize */
		PKCS11_CTX_free(p11_ctx);
	}
	p11_ctx = NULL;
	p11_slots = NULL;
	p11_nslots = 0;
	atomic_store(&p11_reopen_ms, mono_ms());
	atomic_store(&p11_worked, false);
	if (ctx_load() != 0) {
		ERR_clear_error();
		msg_warn("keystore.pkcs11: the module %s cannot be loaded again; tried again at "
		         "the next message",
		         p11_module);
		return; /* still broken */
	}
	atomic_store(&p11_broken, false);
	msg_info("keystore.pkcs11: the module %s re-opened (%ld ms); its keys are found again "
	         "as they are used",
	         p11_module, mono_ms() - t0);
}

/* May the module be re-opened now? Not within a second of the last
 * re-opening if no operation has worked since (the token still away). */
static bool reopen_due(void)
{
	return atomic_load(&p11_broken) &&
	       (atomic_load(&p11_worked) || mono_ms() - atomic_load(&p11_reopen_ms) >= 1000);
}

/* Re-open the module if it is marked broken and due. Neither side of
 * p11_rw held. */
static void reopen_if_broken(void)
{
	if (!reopen_due())
		return;
	pthread_rwlock_wrlock(&p11_rw);
	if (reopen_due())
		reopen_locked();
	pthread_rwlock_unlock(&p11_rw);
}

static bool tok_field_is(const char *want, const char *have)
{
	return want == NULL || (have != NULL && strcmp(want, have) == 0);
}

/* The first slot whose token matches a. p11_lock held. */
static PKCS11_SLOT *find_slot(const struct p11_uri *a)
{
	for (unsigned int i = 0; i < p11_nslots; i++) {
		PKCS11_SLOT *s = &p11_slots[i];
		PKCS11_TOKEN *t = s->token;

		if (t == NULL || !t->initialized || !tok_field_is(a->token, t->label) ||
		    !tok_field_is(a->serial, t->serialnr) ||
		    !tok_field_is(a->manufacturer, t->manufacturer) ||
		    !tok_field_is(a->model, t->model) ||
		    (a->has_slot && PKCS11_get_slotid_from_slot(s) != a->slot_id))
			continue;
		return s;
	}
	return NULL;
}

/* libp11's key for k in the current context, logging in first; NULL
 * (error queued). Shared side of p11_rw held. */
static EVP_PKEY *find_key(const struct p11_key *k)
{
	PKCS11_SLOT *slot;
	PKCS11_KEY *keys = NULL;
	unsigned int n = 0;
	EVP_PKEY *key = NULL;
	int in = 0;

	pthread_mutex_lock(&p11_lock);
	slot = find_slot(&k->a);
	if (slot == NULL ||
	    (PKCS11_is_logged_in(slot, 0, &in) == 0 && !in && PKCS11_login(slot, 0, p11_pin) != 0))
		goto out;
	if (PKCS11_enumerate_keys(slot->token, &keys, &n) != 0)
		goto out;
	for (unsigned int i = 0; i < n && key == NULL; i++) {
		if (k->a.has_id && (keys[i].id_len != k->a.id_len ||
		                    memcmp(keys[i].id, k->a.id, k->a.id_len) != 0))
			continue;
		if (k->a.object != NULL &&
		    (keys[i].label == NULL || strcmp(keys[i].label, k->a.object) != 0))
			continue;
		key = PKCS11_get_private_key(&keys[i]);
	}
out:
	pthread_mutex_unlock(&p11_lock);
	if (key == NULL)
		p11_raise(R_NOKEY);
	return key;
}

/* Does e say the token or its session is gone (not: the data was bad)? */
static bool lost_ckr(unsigned long e)
{
	static const unsigned long lost[] = {
	    0x03,  /* CKR_SLOT_ID_INVALID */
	    0x05,  /* CKR_GENERAL_ERROR */
	    0x30,  /* CKR_DEVICE_ERROR */
	    0x31,  /* CKR_DEVICE_MEMORY */
	    0x32,  /* CKR_DEVICE_REMOVED */
	    0x60,  /* CKR_KEY_HANDLE_INVALID */
	    0x82,  /* CKR_OBJECT_HANDLE_INVALID */
	    0xB0,  /* CKR_SESSION_CLOSED */
	    0xB3,  /* CKR_SESSION_HANDLE_INVALID */
	    0xE0,  /* CKR_TOKEN_NOT_PRESENT */
	    0xE1,  /* CKR_TOKEN_NOT_RECOGNIZED */
	    0x101, /* CKR_USER_NOT_LOGGED_IN */
	    0x190, /* CKR_CRYPTOKI_NOT_INITIALIZED */
	};
	const char *lib = ERR_lib_error_string(e);

	if (lib == NULL || strcmp(lib, "PKCS#11 module") != 0)
		return false;
	for (size_t i = 0; i < sizeof(lost) / sizeof(lost[0]); i++)
		if ((unsigned long)ERR_GET_REASON(e) == lost[i])
			return true;
	return false;
}

/* Mark the module for re-opening (once: one warning per failure). */
static void mark_broken(const char *why)
{
	if (atomic_exchange(&p11_broken, true))
		return;
	msg_warn("keystore.pkcs11: %s: the token's keys fail until the module is re-opened, "
	         "at the next message",
	         why);
}

EVP_PKEY *p11_acquire(struct p11_key *k)
{
	EVP_PKEY *key, *was = NULL;

	pthread_once(&rw_once, rw_init);
	reopen_if_broken();
	pthread_rwlock_rdlock(&p11_rw);
	if (atomic_load(&p11_broken) || p11_ctx == NULL) {
		pthread_rwlock_unlock(&p11_rw);
		p11_raise(R_LOST);
		return NULL;
	}
	key = atomic_load(&k->under);
	if (key == NULL) {
		key = find_key(k);
		if (key == NULL) { /* the token away: try a re-opening next time */
			mark_broken("a key is not on its token");
			pthread_rwlock_unlock(&p11_rw);
			return NULL;
		}
		if (!atomic_compare_exchange_strong(&k->under, &was, key)) {
			EVP_PKEY_free(key); /* another thread found it first */
			key = was;
		}
	}
	return key; /* shared side held until p11_release */
}

void p11_release(struct p11_key *k, EVP_PKEY *key, bool failed)
{
	char buf[256];
	unsigned long e;

	(void)k;
	(void)key;
	if (!failed && !atomic_load(&p11_worked))
		atomic_store(&p11_worked, true);
	if (failed && (e = ERR_peek_last_error()) != 0 && lost_ckr(e)) {
		ERR_error_string_n(e, buf, sizeof(buf));
		mark_broken(buf);
	}
	pthread_rwlock_unlock(&p11_rw);
}

void p11_key_free(struct p11_key *k)
{
	pthread_mutex_lock(&p11_lock);
	if (k->prev != NULL)
		k->prev->next = k->next;
	else if (p11_keys == k)
		p11_keys = k->next;
	if (k->next != NULL)
		k->next->prev = k->prev;
	pthread_mutex_unlock(&p11_lock);
	EVP_PKEY_free(atomic_exchange(&k->under, NULL));
	uri_free(&k->a);
	x_free(k->uri);
	x_free(k);
}

struct ks_p11 *ks_p11_open(const char *module, const char *pin, cm_err *err)
{
	struct ks_p11 *p = NULL;

	pthread_once(&rw_once, rw_init);
	pthread_rwlock_wrlock(&p11_rw);
	if (p11_module != NULL && strcmp(p11_module, module) != 0) {
		cm_err_set(err,
		           "keystore.pkcs11.module %s: module %s is in use; restart certmilter to "
		           "change it",
		           module, p11_module);
		goto out;
	}
	if (p11_module == NULL)
		p11_module = xstrdup(module);
	if (p11_ctx == NULL && ctx_load() != 0) {
		cm_err why;

		cm_err_openssl(&why, "libp11 cannot load it");
		cm_err_set(err, "keystore.pkcs11.module %s: %s", module, why.text);
		goto out;
	}
	if (p11_pin != NULL)
		OPENSSL_cleanse(p11_pin, strlen(p11_pin));
	x_free(p11_pin);
	p11_pin = xstrdup(pin);
	p = xcalloc(1, sizeof(*p));
	p->module = p11_module;
out:
	pthread_rwlock_unlock(&p11_rw);
	ERR_clear_error();
	return p;
}

EVP_PKEY *ks_p11_key(struct ks_p11 *p, const char *path, const char *uri, X509 *cert, cm_err *err)
{
	struct p11_key *k = xcalloc(1, sizeof(*k));
	EVP_PKEY *under, *key = NULL;
	cm_err why;
	char what[200];

	(void)p;
	if (uri_parse(uri, &k->a, &why) != 0) {
		cm_err_set(err, "key file %s: the pkcs11: URI %.120s: %s", path, uri, why.text);
		x_free(k);
		return NULL;
	}
	k->uri = xstrdup(uri);
	reopen_if_broken();
	pthread_rwlock_rdlock(&p11_rw);
	under = p11_ctx != NULL ? find_key(k) : NULL;
	if (under != NULL &&
	    (key = p11_wrap(under, cert != NULL ? X509_get0_pubkey(cert) : NULL, k)) != NULL) {
		atomic_store(&k->under, under);
		pthread_mutex_lock(&p11_lock);
		k->next = p11_keys;
		if (p11_keys != NULL)
			p11_keys->prev = k;
		p11_keys = k;
		pthread_mutex_unlock(&p11_lock);
	}
	pthread_rwlock_unlock(&p11_rw);
	if (key == NULL) {
		snprintf(what, sizeof(what), "key file %s: no private key (RSA or EC) at %.120s",
		         path, uri);
		cm_err_openssl(err, what);
		EVP_PKEY_free(under);
		p11_key_free(k);
		return NULL;
	}
	ERR_clear_error();
	return key;
}

/* Append the RFC 7512 percent-encoding of n bytes of v to u (size len);
 * unreserved characters of the path attribute value stay as they are
 * when text. */
static void pct_append(char *u, size_t len, const unsigned char *v, size_t n, bool text)
{
	size_t used = strlen(u);

	for (size_t i = 0; i < n && used + 4 < len; i++) {
		unsigned char c = v[i];

		if (text && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		             (c >= '0' && c <= '9') || strchr("-._~", c) != NULL))
			u[used++] = (char)c;
		else
			used += (size_t)snprintf(u + used, len - used, "%%%02X", c);
	}
	u[used] = '\0';
}

int ks_p11_token_each(struct ks_p11 *p, const char *label, ks_p11_each_fn fn, void *arg,
                      cm_err *err)
{
	struct p11_uri a = {.token = (char *)label};
	PKCS11_SLOT *slot = NULL;
	PKCS11_CERT *certs = NULL;
	unsigned int n = 0, m = 0;
	X509 **x = NULL;
	char **uris = NULL;
	char uri[1024];
	int ret = -1;

	pthread_rwlock_rdlock(&p11_rw);
	pthread_mutex_lock(&p11_lock);
	slot = p11_ctx != NULL ? find_slot(&a) : NULL;
	if (slot == NULL)
		cm_err_set(err, "keystore.pkcs11.token: no token labelled \"%s\" in %s", label,
		           p->module);
	else if (PKCS11_enumerate_certs(slot->token, &certs, &n) != 0)
		cm_err_openssl(err, "keystore.pkcs11.token: cannot list the token's certificates");
	else
		ret = 0;
	/* copied out: fn loads keys, which must not happen under these locks */
	x = xcalloc(n + 1, sizeof(*x));
	uris = xcalloc(n + 1, sizeof(*uris));
	for (unsigned int i = 0; ret == 0 && i < n; i++) {
		if (certs[i].x509 == NULL || certs[i].id_len == 0)
			continue; /* no CKA_ID: no key can be matched to it */
		snprintf(uri, sizeof(uri), "%stoken=", KS_P11_SCHEME);
		pct_append(uri, sizeof(uri), (const unsigned char *)label, strlen(label), true);
		strncat(uri, ";id=", sizeof(uri) - strlen(uri) - 1);
		pct_append(uri, sizeof(uri), certs[i].id, certs[i].id_len, false);
		X509_up_ref(certs[i].x509);
		x[m] = certs[i].x509;
		uris[m++] = xstrdup(uri);
	}
	pthread_mutex_unlock(&p11_lock);
	pthread_rwlock_unlock(&p11_rw);
	for (unsigned int i = 0; i < m; i++) {
		fn(arg, x[i], uris[i]);
		X509_free(x[i]);
		x_free(uris[i]);
	}
	x_free(x);
	x_free(uris);
	ERR_clear_error();
	return ret;
}

bool cm_pkcs11_failed(void)
{
	return atomic_load(&p11_broken);
}

struct ks_p11 *ks_p11_close(struct ks_p11 *p)
{
	return x_free(p); /* the context stays for the keys that use it */
}
