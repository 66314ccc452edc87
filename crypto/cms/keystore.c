/*
 * keystore.c - the organization's own certificates and keys, indexed by
 * address and class (certmilter.conf(5) keystore).
 *
 * Loading walks each configured directory (not recursively) in name order
 * and reads *.pem, *.crt (certificates, optionally with the key in the same
 * file, else in the sibling NAME.key) and *.p12, *.pfx (PKCS#12, password
 * from keystore.pkcs12_password_file); keyfile.c reads the files and refuses
 * those that break its rules (owner, writable, private keys readable by
 * group or others). An unsafe keystore directory, password file or chain
 * bundle fails the whole load; a refused file is logged as an error,
 * skipped and remembered for certmilter -n. Each certificate is classified
 * (classify.h), given its chain of intermediates and indexed under every
 * address it names. Per address and class one entry wins: one with a key
 * over one without, then the latest notBefore; keystore_find() gives it
 * only while it is valid (a certificate that expires after the load stops
 * being used then). Certificates with a key that win nowhere (superseded by
 * a newer one, or expired at load) are kept apart, for decrypting only:
 * keystore_decrypt_keys() lists, per address, every key pair that may open
 * mail encrypted to it, newest notBefore first. The loaded keystore never
 * changes, so any number of threads may read it at once.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdatomic.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/x509v3.h>

#include "addr.h"
#include "cms.h"
#include "cms_int.h"
#include "log.h"
#include "xalloc.h"

struct ks_slot {
	char *addr;
	const struct ks_entry *by_class[CM_CLASS_COUNT];
};

struct ks_dec {     /* a key pair that may open mail to one address */
	char *addr; /* folded, as the slots' */
	size_t seq; /* order of loading, for ties */
	const struct ks_entry *e;
};

struct keystore {
	struct ks_entry **entries; /* every entry some slot holds */
	size_t nentries;
	struct ks_entry **old; /* decrypting only: superseded or expired, with a key */
	size_t nold;
	struct ks_dec *dec; /* by address, then newest notBefore first */
	size_t ndec;
	struct ks_slot *slots; /* sorted by addr */
	size_t nslots;
	bool local_ci;   /* ks_opts.local_part_ci */
	char **refusals; /* why each refused file was refused */
	size_t nrefusals;
};

struct ks_pair { /* (address, entry) before indexing */
	char *addr;
	size_t idx; /* into loader.entries */
};

/* Everything one load needs; gone when the load ends. */
struct ks_loader {
	const struct ks_opts *opts; /* borrowed for the load */
	X509_STORE *public_store;   /* makes a certificate Vp */
	X509_STORE *path_store;     /* organization + public roots */
	STACK_OF(X509) *bundle;     /* keystore.chain_bundle */
	char *p12pass;
	struct ks_p11 *p11; /* keystore.pkcs11, NULL if not configured */
	struct kf_owners owners;
	struct cm_chain_req vp_req; /* how a Vp chain is verified */
	char **refusals;
	size_t nrefusals;
	time_t now;
	struct ks_entry **entries;
	bool *dec_only; /* per entry: expired, kept for decrypting only */
	size_t nentries;
	struct ks_pair *pairs;
	size_t npairs;
};

static const char *fmt_time(time_t t, char *buf, size_t len)
{
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(buf, len, "%Y-%m-%d %H:%M:%S UTC", &tm);
	return buf;
}

static struct ks_entry *entry_free(struct ks_entry *e)
{
	if (e == NULL)
		return NULL;
	X509_free(e->cert);
	EVP_PKEY_free(e->key);
	sk_X509_pop_free(e->chain, X509_free);
	x_free(e->path);
	x_free(e->key_at);
	x_free(e->revoked);
	return x_free(e);
}

/* Intermediates from the leaf to (not including) a self-signed root: the
 * verified path if one can be built, else the extra certificates. */
static STACK_OF(X509) *build_chain(struct ks_loader *ld, X509 *leaf, STACK_OF(X509) *untrusted,
                                   STACK_OF(X509) *extras)
{
	X509_STORE_CTX *ctx = X509_STORE_CTX_new();
	STACK_OF(X509) *chain = NULL;
	X509 *c;

	if (ctx == NULL)
		msg_panic("X509_STORE_CTX_new failed");
	if (ld->path_store != NULL &&
	    X509_STORE_CTX_init(ctx, ld->path_store, leaf, untrusted) == 1 &&
	    X509_verify_cert(ctx) == 1) {
		chain = X509_STORE_CTX_get1_chain(ctx);
		X509_free(sk_X509_shift(chain)); /* the leaf */
	} else {
		chain = sk_X509_new_null();
		for (int i = 0; chain != NULL && i < sk_X509_num(extras); i++) {
			c = sk_X509_value(extras, i);
			if (X509_up_ref(c) != 1 || sk_X509_push(chain, c) <= 0)
				msg_panic("out of memory building a chain");
		}
	}
	if (chain == NULL)
		msg_panic("out of memory building a chain");
	while (sk_X509_num(chain) > 0 &&
	       X509_self_signed(sk_X509_value(chain, sk_X509_num(chain) - 1), 0) == 1)
		X509_free(sk_X509_pop(chain));
	X509_STORE_CTX_free(ctx);
	ERR_clear_error();
	return chain;
}

/* Is the certificate valid now? Warns about it if not. An expired one
 * with a key is still kept, for decrypting mail encrypted to it before it
 * expired (*dec_only). (Certificates that expire soon are reported for the
 * ones in force only: milter/expiry.c.) */
static bool check_validity(struct ks_loader *ld, const char *path, time_t nb, time_t na, bool key,
                           bool *dec_only)
{
	char when[64];

	*dec_only = false;
	if (nb > ld->now) {
		msg_warn("certificate in %s is not valid before %s; skipped", path,
		         fmt_time(nb, when, sizeof(when)));
		return false;
	}
	if (na < ld->now) {
		msg_warn("certificate in %s expired on %s; %s", path,
		         fmt_time(na, when, sizeof(when)),
		         key ? "kept for decrypting only" : "skipped");
		*dec_only = key;
		return key;
	}
	return true;
}

static void add_pairs(struct ks_loader *ld, X509 *leaf, size_t idx)
{
	char **addrs = classify_addrs(leaf);

	for (char **a = addrs; *a != NULL; a++) {
		ld->pairs = xrealloc(ld->pairs, (ld->npairs + 1) * sizeof(*ld->pairs));
		ld->pairs[ld->npairs].addr = xstrdup(*a);
		ld->pairs[ld->npairs].idx = idx;
		ld->npairs++;
	}
	classify_addrs_free(addrs);
}

/* Classify one leaf certificate and keep it as an entry. */
static void add_leaf(struct ks_loader *ld, const char *path, X509 *leaf, const struct keyfile *kf,
                     STACK_OF(X509) *extras)
{
	EVP_PKEY *key = kf != NULL ? kf->key : NULL;
	time_t nb = cm_asn1_time(X509_get0_notBefore(leaf), 0);
	time_t na = cm_asn1_time(X509_get0_notAfter(leaf), 0);
	STACK_OF(X509) *untrusted = NULL;
	struct ks_entry *e;
	char **addrs = NULL;
	enum cm_class cls;
	const char *rule = NULL;
	bool dec_only;

	if (!check_validity(ld, path, nb, na, key != NULL, &dec_only))
		return;
	addrs = classify_addrs(leaf);
	if (addrs[0] == NULL) {
		msg_warn("certificate in %s names no e-mail address; skipped", path);
		goto out;
	}
	untrusted = ld->bundle != NULL ? sk_X509_dup(ld->bundle) : sk_X509_new_null();
	for (int i = 0; untrusted != NULL && i < sk_X509_num(extras); i++)
		if (sk_X509_push(untrusted, sk_X509_value(extras, i)) <= 0)
			msg_panic("out of memory");
	if (untrusted == NULL)
		msg_panic("out of memory");
	cls = classify_cert_rule(leaf, ld->public_store, untrusted, &ld->vp_req, &rule);
	if (cls == CM_CLASS_NONE) {
		msg_warn("certificate in %s has no usable class (see keyUsage); skipped", path);
		goto out;
	}
	e = xcalloc(1, sizeof(*e));
	X509_up_ref(leaf);
	e->cert = leaf;
	if (key != NULL && EVP_PKEY_up_ref(key) == 1) {
		e->key = key;
		e->key_at = xstrdup(kf->key_at != NULL ? kf->key_at : path);
	}
	e->chain = build_chain(ld, leaf, untrusted, extras);
	e->cls = cls;
	e->rule = rule;
	e->path = xstrdup(path);
	e->not_before = nb;
	e->not_after = na;
	ld->entries = xrealloc(ld->entries, (ld->nentries + 1) * sizeof(*ld->entries));
	ld->dec_only = xrealloc(ld->dec_only, (ld->nentries + 1) * sizeof(*ld->dec_only));
	ld->entries[ld->nentries] = e;
	ld->dec_only[ld->nentries] = dec_only;
	add_pairs(ld, leaf, ld->nentries++);
	msg_debug("keystore: %s: %s%s", path, cm_class_name(cls),
	          key == NULL ? " (no key)"
	          : dec_only  ? " (decrypting only)"
	                      : "");
out:
	sk_X509_free(untrusted);
	classify_addrs_free(addrs);
}

/* A file is refused: log it as an error and keep the reason for -n. */
static void refuse(struct ks_loader *ld, const char *why)
{
	msg_error("%s", why);
	ld->refusals = xrealloc(ld->refusals, (ld->nrefusals + 1) * sizeof(*ld->refusals));
	ld->refusals[ld->nrefusals++] = xstrdup(why);
}

/* The certificates of one file, with its key or without. With a key, the
 * certificate matching it is the leaf; without, every non-CA certificate
 * is. The other certificates serve as the chain. */
static void add_file_certs(struct ks_loader *ld, const char *path, const struct keyfile *kf)
{
	STACK_OF(X509) *certs = kf->certs;
	EVP_PKEY *key = kf->key;
	STACK_OF(X509) *extras = sk_X509_new_null();
	X509 *leaf = NULL, *c;

	if (extras == NULL)
		msg_panic("out of memory");
	for (int i = 0; i < sk_X509_num(certs); i++) {
		c = sk_X509_value(certs, i);
		if (key != NULL && leaf == NULL && X509_check_private_key(c, key) == 1)
			leaf = c;
		else if (X509_check_ca(c) != 0 || key != NULL)
			sk_X509_push(extras, c);
	}
	ERR_clear_error();
	if (key != NULL && leaf == NULL) {
		cm_err err;

		cm_err_set(&err, "private key for %s matches none of its certificates; skipped",
		           path);
		refuse(ld, err.text);
	} else if (key != NULL)
		add_leaf(ld, path, leaf, kf, extras);
	for (int i = 0; key == NULL && i < sk_X509_num(certs); i++) {
		c = sk_X509_value(certs, i);
		if (X509_check_ca(c) == 0)
			add_leaf(ld, path, c, NULL, extras);
	}
	sk_X509_free(extras);
}

static void load_file(struct ks_loader *ld, const char *path)
{
	struct kf_opts opts = {ld->p12pass, ld->opts->pkcs12_password_file, &ld->owners, ld->p11};
	struct keyfile kf;
	cm_err err = {""};

	switch (keyfile_read(path, &opts, &kf, &err)) {
	case KF_OK:
		add_file_certs(ld, path, &kf);
		keyfile_release(&kf);
		break;
	case KF_SKIPPED:
		msg_warn("%s", err.text);
		break;
	default:
		refuse(ld, err.text);
	}
}

/* One certificate of keystore.pkcs11.token, with the token's key of the
 * same CKA_ID: classified and indexed as a file's would be. */
static void token_cert(void *arg, X509 *cert, const char *uri)
{
	struct ks_loader *ld = arg;
	size_t len = strlen(uri) + 16;
	char *certuri = xmalloc(len), *keyuri = xmalloc(len);
	STACK_OF(X509) *none = sk_X509_new_null();
	struct keyfile kf = {NULL, NULL, keyuri};
	cm_err err = {""};

	if (none == NULL)
		msg_panic("out of memory");
	snprintf(certuri, len, "%s;type=cert", uri);
	snprintf(keyuri, len, "%s;type=private", uri);
	if (X509_check_ca(cert) != 0) {
		msg_debug("keystore: %s is a CA certificate; not indexed", certuri);
	} else if ((kf.key = ks_p11_key(ld->p11, certuri, keyuri, cert, &err)) == NULL) {
		msg_warn("keystore: %s: no private key of its CKA_ID on the token; skipped (%s)",
		         certuri, err.text);
	} else if (X509_check_private_key(cert, kf.key) != 1) {
		msg_warn("keystore: %s: the token's key of its CKA_ID does not match it; skipped",
		         certuri);
	} else {
		add_leaf(ld, certuri, cert, &kf, none);
	}
	ERR_clear_error();
	EVP_PKEY_free(kf.key);
	sk_X509_free(none);
	x_free(certuri);
	x_free(keyuri);
}

static int dir_filter(const struct dirent *d)
{
	return keyfile_is_candidate(d->d_name);
}

static int walk_dir(struct ks_loader *ld, const char *dir, cm_err *err)
{
	struct dirent **names = NULL;
	int n;

	if (keyfile_check_path("keystore directory", dir, true, &ld->owners, err) != 0)
		return -1;
	n = scandir(dir, &names, dir_filter, alphasort);
	if (n < 0) {
		cm_err_set(err, "cannot read keystore directory %s: %s", dir, strerror(errno));
		return -1;
	}
	for (int i = 0; i < n; i++) {
		size_t len = strlen(dir) + strlen(names[i]->d_name) + 2;
		char *path = xmalloc(len);

		snprintf(path, len, "%s/%s", dir, names[i]->d_name);
		load_file(ld, path);
		x_free(path);
		free(names[i]);
	}
	free(names);
	return 0;
}

static int pair_cmp(const void *a, const void *b)
{
	const struct ks_pair *pa = a, *pb = b;
	int c = strcmp(pa->addr, pb->addr);

	if (c != 0)
		return c;
	return pa->idx < pb->idx ? -1 : pa->idx > pb->idx;
}

/* Does candidate beat current for one address and class? */
static bool entry_better(const struct ks_entry *cand, const struct ks_entry *cur)
{
	if (cur == NULL)
		return true;
	if ((cand->key != NULL) != (cur->key != NULL))
		return cand->key != NULL;
	return cand->not_before > cur->not_before;
}

/* The slot of the address of pairs [i, j) (sorted, folded), if any entry
 * in force at load names it: per class the best one, marked used. */
static void slot_fill(struct ks_loader *ld, size_t i, size_t j, struct keystore *ks, bool *used)
{
	struct ks_slot s = {0};
	size_t win[CM_CLASS_COUNT];
	bool any = false;

	for (size_t k = i; k < j; k++) {
		struct ks_entry *e = ld->entries[ld->pairs[k].idx];

		if (ld->dec_only[ld->pairs[k].idx] || !entry_better(e, s.by_class[e->cls]))
			continue;
		s.by_class[e->cls] = e;
		win[e->cls] = ld->pairs[k].idx;
		any = true;
	}
	if (!any)
		return;
	for (int c = 0; c < CM_CLASS_COUNT; c++)
		if (s.by_class[c] != NULL)
			used[win[c]] = true;
	s.addr = xstrdup(ld->pairs[i].addr);
	ks->slots[ks->nslots++] = s;
}

static int dec_cmp(const void *a, const void *b)
{
	const struct ks_dec *da = a, *db = b;
	int c = strcmp(da->addr, db->addr);

	if (c != 0)
		return c;
	if (da->e->not_before != db->e->not_before)
		return da->e->not_before > db->e->not_before ? -1 : 1;
	return da->seq < db->seq ? -1 : da->seq > db->seq;
}

/* Every (address, entry with a key) pair for keystore_decrypt_keys, each
 * certificate once per address (the same one may be in two files). */
static void dec_build(struct ks_loader *ld, struct keystore *ks)
{
	size_t first = 0; /* of the current address in ks->dec */

	ks->dec = xcalloc(ld->npairs + 1, sizeof(*ks->dec));
	for (size_t i = 0; i < ld->npairs; i++) {
		const struct ks_entry *e = ld->entries[ld->pairs[i].idx];
		bool dup = false;

		if (e->key == NULL)
			continue;
		if (ks->ndec > 0 && strcmp(ks->dec[ks->ndec - 1].addr, ld->pairs[i].addr) != 0)
			first = ks->ndec;
		for (size_t k = first; k < ks->ndec && !dup; k++)
			dup = X509_cmp(ks->dec[k].e->cert, e->cert) == 0;
		if (dup)
			continue;
		ks->dec[ks->ndec++] = (struct ks_dec){xstrdup(ld->pairs[i].addr), i, e};
	}
	if (ks->ndec > 0)
		qsort(ks->dec, ks->ndec, sizeof(*ks->dec), dec_cmp);
}

/* Turn the loader's pairs into ks's sorted slots and decryption list;
 * entries that win nowhere are kept for decrypting if they have a key,
 * else freed. */
static void index_build(struct ks_loader *ld, struct keystore *ks)
{
	bool *used = xcalloc(ld->nentries + 1, sizeof(*used));

	for (size_t i = 0; i < ld->npairs; i++)
		cm_addr_fold(ld->pairs[i].addr, ld->opts->local_part_ci); /* the index key */
	if (ld->npairs > 0)
		qsort(ld->pairs, ld->npairs, sizeof(*ld->pairs), pair_cmp);
	ks->slots = xcalloc(ld->npairs + 1, sizeof(*ks->slots));
	for (size_t i = 0, j; i < ld->npairs; i = j) {
		for (j = i; j < ld->npairs && strcmp(ld->pairs[j].addr, ld->pairs[i].addr) == 0;
		     j++)
			;
		slot_fill(ld, i, j, ks, used);
	}
	dec_build(ld, ks);
	ks->entries = xcalloc(ld->nentries + 1, sizeof(*ks->entries));
	ks->old = xcalloc(ld->nentries + 1, sizeof(*ks->old));
	for (size_t i = 0; i < ld->nentries; i++) {
		if (used[i])
			ks->entries[ks->nentries++] = ld->entries[i];
		else if (ld->entries[i]->key != NULL)
			ks->old[ks->nold++] = ld->entries[i];
		else
			entry_free(ld->entries[i]);
	}
	ld->nentries = 0;
	x_free(used);
}

/* All certificates of a PEM bundle; NULL path gives NULL and no error. */
static int load_bundle(const char *path, STACK_OF(X509) **out, cm_err *err)
{
	*out = path != NULL ? cm_pem_certs(path, "certificate bundle", err) : NULL;
	return path != NULL && *out == NULL ? -1 : 0;
}

static void store_add_all(X509_STORE **store, STACK_OF(X509) *certs)
{
	if (certs == NULL)
		return;
	if (*store == NULL && (*store = X509_STORE_new()) == NULL)
		msg_panic("out of memory");
	for (int i = 0; i < sk_X509_num(certs); i++)
		X509_STORE_add_cert(*store, sk_X509_value(certs, i));
	ERR_clear_error();
}

/* keystore.pkcs11: the module's engine, logged in with the PIN of the PIN
 * file (checked like a key file) when a key is loaded. 0, or -1 + err. */
static int p11_init(struct ks_loader *ld, const struct ks_opts *opts, cm_err *err)
{
	char *pin = NULL;

	if (opts->pkcs11_module == NULL && opts->pkcs11_pin_file == NULL &&
	    opts->pkcs11_token == NULL)
		return 0;
	if (opts->pkcs11_module == NULL || opts->pkcs11_pin_file == NULL) {
		cm_err_set(err, "keystore.pkcs11: %s is not set",
		           opts->pkcs11_module == NULL ? "module" : "pin_file");
		return -1;
	}
	if (keyfile_check_path("keystore.pkcs11.module", opts->pkcs11_module, false, &ld->owners,
	                       err) != 0 ||
	    keyfile_secret("keystore.pkcs11.pin_file", opts->pkcs11_pin_file, &ld->owners, &pin,
	                   err) != 0)
		return -1;
	ld->p11 = ks_p11_open(opts->pkcs11_module, pin, err);
	keyfile_secret_free(pin);
	return ld->p11 != NULL ? 0 : -1;
}

/* Trust bundles, chain bundle and password; -1 with err if unusable. */
static int loader_init(struct ks_loader *ld, const struct ks_opts *opts, cm_err *err)
{
	STACK_OF(X509) *org = NULL, *pub = NULL;
	int rc = -1;

	memset(ld, 0, sizeof(*ld));
	ld->opts = opts;
	ld->now = time(NULL);
	keyfile_owners(&ld->owners, opts->user);
	ld->vp_req =
	    (struct cm_chain_req){X509_PURPOSE_SMIME_SIGN, opts->min_rsa_bits, opts->min_ec_bits};
	if (opts->chain_bundle != NULL &&
	    keyfile_check_path("chain bundle", opts->chain_bundle, false, &ld->owners, err) != 0)
		goto out;
	if (load_bundle(opts->org_roots, &org, err) != 0 ||
	    load_bundle(opts->public_roots, &pub, err) != 0 ||
	    load_bundle(opts->chain_bundle, &ld->bundle, err) != 0)
		goto out;
	if (opts->pkcs12_password_file != NULL &&
	    keyfile_secret("PKCS#12 password file", opts->pkcs12_password_file, &ld->owners,
	                   &ld->p12pass, err) != 0)
		goto out;
	if (p11_init(ld, opts, err) != 0)
		goto out;
	store_add_all(&ld->public_store, pub);
	store_add_all(&ld->path_store, org);
	store_add_all(&ld->path_store, pub);
	rc = 0;
out:
	sk_X509_pop_free(org, X509_free);
	sk_X509_pop_free(pub, X509_free);
	return rc;
}

static void loader_done(struct ks_loader *ld)
{
	X509_STORE_free(ld->public_store);
	X509_STORE_free(ld->path_store);
	sk_X509_pop_free(ld->bundle, X509_free);
	ld->p12pass = keyfile_secret_free(ld->p12pass);
	ld->p11 = ks_p11_close(ld->p11);
	for (size_t i = 0; i < ld->nentries; i++)
		entry_free(ld->entries[i]);
	x_free(ld->entries);
	x_free(ld->dec_only);
	for (size_t i = 0; i < ld->npairs; i++)
		x_free(ld->pairs[i].addr);
	x_free(ld->pairs);
	for (size_t i = 0; i < ld->nrefusals; i++)
		x_free(ld->refusals[i]);
	x_free(ld->refusals);
}

struct keystore *keystore_load(const struct ks_opts *opts, cm_err *err)
{
	struct keystore *ks = NULL;
	struct ks_loader ld;

	if (loader_init(&ld, opts, err) != 0)
		goto out;
	for (size_t i = 0; i < opts->ndirectories; i++)
		if (walk_dir(&ld, opts->directories[i], err) != 0)
			goto out;
	if (opts->pkcs11_token != NULL &&
	    ks_p11_token_each(ld.p11, opts->pkcs11_token, token_cert, &ld, err) != 0)
		goto out;
	ks = xcalloc(1, sizeof(*ks));
	ks->local_ci = opts->local_part_ci;
	index_build(&ld, ks);
	ks->refusals = ld.refusals;
	ks->nrefusals = ld.nrefusals;
	ld.refusals = NULL;
	ld.nrefusals = 0;
	msg_info("keystore: %zu certificates for %zu addresses, %zu more for decrypting only",
	         ks->nentries, ks->nslots, ks->nold);
out:
	loader_done(&ld);
	return ks;
}

struct keystore *keystore_free(struct keystore *ks)
{
	if (ks == NULL)
		return NULL;
	for (size_t i = 0; i < ks->nentries; i++)
		entry_free(ks->entries[i]);
	x_free(ks->entries);
	for (size_t i = 0; i < ks->nold; i++)
		entry_free(ks->old[i]);
	x_free(ks->old);
	for (size_t i = 0; i < ks->ndec; i++)
		x_free(ks->dec[i].addr);
	x_free(ks->dec);
	for (size_t i = 0; i < ks->nslots; i++)
		x_free(ks->slots[i].addr);
	x_free(ks->slots);
	for (size_t i = 0; i < ks->nrefusals; i++)
		x_free(ks->refusals[i]);
	x_free(ks->refusals);
	return x_free(ks);
}

static int slot_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct ks_slot *)elem)->addr);
}

/* e if it is valid now and not revoked, else NULL. */
static const struct ks_entry *in_force(const struct ks_entry *e, time_t now)
{
	return e != NULL && e->revoked == NULL && e->not_before <= now && now <= e->not_after
	           ? e
	           : NULL;
}

const struct ks_entry *keystore_find(const struct keystore *ks, const char *addr, enum cm_class cls)
{
	static const enum cm_class identity[] = {CM_CLASS_V4, CM_CLASS_V3, CM_CLASS_V2,
	                                         CM_CLASS_V1};
	const struct ks_slot *s;
	time_t now = time(NULL);
	char *key;

	if (ks == NULL || addr == NULL || (unsigned)cls >= CM_CLASS_COUNT)
		return NULL;
	key = xstrdup(addr);
	cm_addr_fold(key, ks->local_ci);
	s = bsearch(key, ks->slots, ks->nslots, sizeof(*ks->slots), slot_cmp);
	x_free(key);
	if (s == NULL)
		return NULL;
	if (cls != CM_CLASS_IDENTITY)
		return in_force(s->by_class[cls], now);
	for (size_t i = 0; i < sizeof(identity) / sizeof(identity[0]); i++)
		if (in_force(s->by_class[identity[i]], now) != NULL)
			return s->by_class[identity[i]];
	return NULL;
}

const char *keystore_refusal(const struct keystore *ks, size_t i)
{
	return ks != NULL && i < ks->nrefusals ? ks->refusals[i] : NULL;
}

void keystore_foreach(const struct keystore *ks,
                      void (*fn)(const char *addr, const struct ks_entry *e, void *arg), void *arg)
{
	if (ks == NULL)
		return;
	for (size_t i = 0; i < ks->nslots; i++)
		for (int c = 0; c < CM_CLASS_COUNT; c++)
			if (ks->slots[i].by_class[c] != NULL)
				fn(ks->slots[i].addr, ks->slots[i].by_class[c], arg);
}

size_t keystore_count(const struct keystore *ks)
{
	return ks != NULL ? ks->nslots : 0;
}

bool keystore_revoke(struct keystore *ks, const struct ks_entry *e, const char *why)
{
	for (size_t i = 0; ks != NULL && i < ks->nentries; i++) {
		char *none = NULL, *copy;

		if (ks->entries[i] != e)
			continue;
		copy = xstrdup(why);
		if (atomic_compare_exchange_strong(&ks->entries[i]->revoked, &none, copy))
			return true;
		x_free(copy);
	}
	return false;
}

static bool usable(const struct ks_entry *e)
{
	return e != NULL && e->revoked == NULL;
}

bool keystore_has_class(const struct keystore *ks, enum cm_class cls)
{
	if (ks == NULL || (unsigned)cls >= CM_CLASS_COUNT)
		return false;
	for (size_t i = 0; i < ks->nslots; i++) {
		if (cls == CM_CLASS_IDENTITY) {
			for (int c = CM_CLASS_V1; c <= CM_CLASS_V4; c++)
				if (usable(ks->slots[i].by_class[c]))
					return true;
		} else if (usable(ks->slots[i].by_class[cls])) {
			return true;
		}
	}
	return false;
}

size_t keystore_decrypt_keys(const struct keystore *ks, const char *addr, struct cm_signer *out,
                             size_t max)
{
	size_t lo = 0, hi, n = 0;
	char *key;

	if (ks == NULL || addr == NULL)
		return 0;
	key = xstrdup(addr);
	cm_addr_fold(key, ks->local_ci);
	for (hi = ks->ndec; lo < hi;) { /* the first entry of key */
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(ks->dec[mid].addr, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < ks->ndec && strcmp(ks->dec[lo].addr, key) == 0; lo++, n++)
		if (n < max)
			out[n] = (struct cm_signer){ks->dec[lo].e->cert, ks->dec[lo].e->key, NULL};
	x_free(key);
	return n;
}
