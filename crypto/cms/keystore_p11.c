/*
 * keystore_p11.c - private keys in a PKCS#11 token (certmilter.conf(5)
 * keystore.pkcs11), addressed by RFC 7512 pkcs11: URIs (cms_int.h).
 *
 * Keys are reached through OpenSSL's pkcs11 engine (Debian's
 * libengine-pkcs11-openssl, libp11): the engine is loaded once per process
 * with the module of keystore.pkcs11.module and stays initialized for the
 * life of the process, because every key it hands out refers to its
 * PKCS#11 context. ENGINE_load_private_key gives an EVP_PKEY whose
 * private operations (sign, decrypt, ECDH) are done by the token: the key
 * itself never enters certmilter's memory. The PIN comes from the PIN file
 * only; a URI that carries one (pin-value, pin-source) is refused. libp11
 * serializes what must be serialized per slot and takes one session per
 * operation from its pool, so worker threads may use the keys at once; it
 * also re-initializes the module in a child after fork().
 *
 * keystore.pkcs11.token indexes a whole token: libp11 itself (linked)
 * lists the token's certificates, which are public objects (no login);
 * each one's private key is then loaded through the engine by a URI that
 * names the token and the certificate's CKA_ID. libp11's context is kept
 * for the life of the process as the engine's is (C_Finalize would end
 * the engine's sessions too: both share the module).
 *
 * A token lost while certmilter runs cannot be re-opened in the process
 * that saw it fail (cm_pkcs11_failed in cms.h says why): each error of the
 * PKCS#11 module that cm_err_openssl takes off the queue comes here
 * (ks_p11_note), and the worker answers the next reload with a new worker
 * process (worker.c), in which libp11's after-fork code re-opens the
 * token.
 */
/* The ENGINE API is deprecated in OpenSSL 3.0, but the PKCS#11 provider
 * (pkcs11-provider) is not in Debian 12: Debian's PKCS#11 bridge for
 * OpenSSL 3.0 is still the engine. This file alone uses it. */
#define OPENSSL_SUPPRESS_DEPRECATED

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
#include <strings.h>

#include <libp11.h>
#include <openssl/engine.h>
#include <openssl/err.h>

#include "cms.h"
#include "cms_int.h"
#include "log.h"
#include "xalloc.h"

/* The process's engine: loaded with the first module asked for; a later
 * load that names another module is refused (restart to change it). */
static pthread_mutex_t p11_lock = PTHREAD_MUTEX_INITIALIZER;
static ENGINE *p11_engine;
static char *p11_module;

/* A PKCS#11 module failed in this process (cm_pkcs11_failed, cms.h) */
static atomic_bool p11_failed;

struct ks_p11 {
	ENGINE *e;
	const char *module;
};

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

/* The engine for module, loaded and initialized once; NULL + err. Called
 * with p11_lock held. */
static ENGINE *engine_get(const char *module, cm_err *err)
{
	ENGINE *e;

	if (p11_engine != NULL) {
		if (strcmp(p11_module, module) == 0)
			return p11_engine;
		cm_err_set(err,
		           "keystore.pkcs11.module %s: module %s is in use; restart certmilter to "
		           "change it",
		           module, p11_module);
		return NULL;
	}
	ENGINE_load_builtin_engines();
	e = ENGINE_by_id("pkcs11");
	if (e == NULL) {
		cm_err_openssl(err, "keystore.pkcs11: cannot load OpenSSL's pkcs11 engine "
		                    "(install libengine-pkcs11-openssl)");
		return NULL;
	}
	if (ENGINE_ctrl_cmd_string(e, "MODULE_PATH", module, 0) != 1 || ENGINE_init(e) != 1) {
		cm_err why;

		cm_err_openssl(&why, "the pkcs11 engine cannot initialize it");
		cm_err_set(err, "keystore.pkcs11.module %s: %s", module, why.text);
		ENGINE_free(e);
		return NULL;
	}
	ENGINE_free(e); /* the functional reference of ENGINE_init stays */
	p11_engine = e;
	p11_module = xstrdup(module);
	return e;
}

struct ks_p11 *ks_p11_open(const char *module, const char *pin, cm_err *err)
{
	struct ks_p11 *p = NULL;
	ENGINE *e;

	pthread_mutex_lock(&p11_lock);
	e = engine_get(module, err);
	if (e != NULL && ENGINE_ctrl_cmd_string(e, "PIN", pin, 0) != 1) {
		cm_err_openssl(err, "keystore.pkcs11: the engine refused the PIN");
		e = NULL;
	}
	pthread_mutex_unlock(&p11_lock);
	if (e != NULL) {
		p = xcalloc(1, sizeof(*p));
		p->e = e;
		p->module = p11_module;
	}
	ERR_clear_error();
	return p;
}

EVP_PKEY *ks_p11_key(struct ks_p11 *p, const char *path, const char *uri, cm_err *err)
{
	EVP_PKEY *key;
	char what[200];

	pthread_mutex_lock(&p11_lock);
	key = ENGINE_load_private_key(p->e, uri, NULL, NULL);
	pthread_mutex_unlock(&p11_lock);
	if (key == NULL) {
		snprintf(what, sizeof(what), "key file %s: no private key at %.120s", path, uri);
		cm_err_openssl(err, what);
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

static PKCS11_CTX *tok_ctx;
static PKCS11_SLOT *tok_slots;
static unsigned int tok_nslots;

/* The slot whose token is labelled label; NULL + err. Called with
 * p11_lock held. */
static PKCS11_SLOT *token_slot(const char *module, const char *label, cm_err *err)
{
	if (tok_ctx == NULL) {
		tok_ctx = PKCS11_CTX_new();
		if (tok_ctx == NULL || PKCS11_CTX_load(tok_ctx, module) != 0) {
			cm_err_openssl(err, "keystore.pkcs11.token: libp11 cannot load the module");
			PKCS11_CTX_free(tok_ctx);
			tok_ctx = NULL;
			return NULL;
		}
	}
	/* listed once: libp11 0.4.12's PKCS11_update_slots crashes on a second
	 * call, and releasing the list would close the engine's sessions too */
	if (tok_slots == NULL && PKCS11_enumerate_slots(tok_ctx, &tok_slots, &tok_nslots) != 0) {
		cm_err_openssl(err, "keystore.pkcs11.token: cannot list the module's slots");
		return NULL;
	}
	for (unsigned int i = 0; i < tok_nslots; i++)
		if (tok_slots[i].token != NULL && tok_slots[i].token->initialized &&
		    tok_slots[i].token->label != NULL &&
		    strcmp(tok_slots[i].token->label, label) == 0)
			return &tok_slots[i];
	cm_err_set(err, "keystore.pkcs11.token: no token labelled \"%s\" in %s", label, module);
	return NULL;
}

int ks_p11_token_each(struct ks_p11 *p, const char *label, ks_p11_each_fn fn, void *arg,
                      cm_err *err)
{
	PKCS11_SLOT *slot;
	PKCS11_CERT *certs = NULL;
	unsigned int n = 0;
	char uri[1024];

	pthread_mutex_lock(&p11_lock);
	slot = token_slot(p->module, label, err);
	if (slot != NULL && PKCS11_enumerate_certs(slot->token, &certs, &n) != 0) {
		cm_err_openssl(err, "keystore.pkcs11.token: cannot list the token's certificates");
		slot = NULL;
	}
	pthread_mutex_unlock(&p11_lock);
	ERR_clear_error();
	if (slot == NULL)
		return -1;
	for (unsigned int i = 0; i < n; i++) {
		if (certs[i].x509 == NULL || certs[i].id_len == 0)
			continue; /* no CKA_ID: no key can be matched to it */
		snprintf(uri, sizeof(uri), "%stoken=", KS_P11_SCHEME);
		pct_append(uri, sizeof(uri), (const unsigned char *)label, strlen(label), true);
		strncat(uri, ";id=", sizeof(uri) - strlen(uri) - 1);
		pct_append(uri, sizeof(uri), certs[i].id, certs[i].id_len, false);
		fn(arg, certs[i].x509, uri);
	}
	return 0;
}

void ks_p11_note(unsigned long e)
{
	const char *lib = ERR_lib_error_string(e);
	char buf[256];

	if (lib == NULL || strcmp(lib, "PKCS#11 module") != 0 || atomic_exchange(&p11_failed, true))
		return;
	ERR_error_string_n(e, buf, sizeof(buf));
	msg_warn("keystore.pkcs11: the module failed (%s): its keys stay unusable in this "
	         "process; the next reload (SIGHUP) re-opens the token in a new worker process",
	         buf);
}

bool cm_pkcs11_failed(void)
{
	return atomic_load(&p11_failed);
}

struct ks_p11 *ks_p11_close(struct ks_p11 *p)
{
	return x_free(p); /* the engine stays for the keys that refer to it */
}
