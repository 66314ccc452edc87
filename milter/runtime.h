/*
 * runtime.h - the configuration, policy and keystore in force, as one
 * reference-counted snapshot.
 *
 * Each connection holds a reference to the snapshot it started with, so a
 * reload can build a new one off to the side and swap it in atomically.
 */
#ifndef RUNTIME_H
#define RUNTIME_H

#include "cm.h"
#include "config.h"
#include "cms.h"
#include "loginmap.h"
#include "policy.h"
#include "directory.h"
#include "revhook.h"
#include "revocation.h"
#include "tsa.h"
#include "store.h"
#include "verify.h"

struct cm_runtime {
	unsigned refcnt;
	struct cm_config *cfg;
	struct policy *pol;
	struct keystore *ks;
	struct login_map *logins; /* outbound.login_map, NULL if not set */
	struct tsa_client *tsa;   /* timestamp client for tsa.urls */
	struct dir_client *dir;   /* recipients' certificates */
	struct rev_client *rev;   /* revocation.*: own certificates (ownrev.c), recipients' */
	struct revhook revhook;   /* ... through the directory's hook (revhook.c); not yet tsa */
	STACK_OF(X509) *escrow;   /* encryption.escrow */
	struct vfy_opts vfy;      /* inbound.verify: trust.*, keystore.chain_bundle; stores owned */
	struct store *store;      /* store.url; NULL: none (see store_note) */
	char store_note[512];     /* not serving: why the store is not open; "" if it is */
};

/* Load configuration FILE (socket_override replaces its socket when not
 * NULL), then its policy and keystore. NULL + err on any error. */
struct cm_runtime *runtime_load(const char *file, const char *socket_override, cm_err *err);
/* runtime_load for serving (start and reload): a key, certificate or
 * password file the keystore refused is an error naming it, so a sender's
 * key is never silently missing (certmilter -n lists every refusal). */
struct cm_runtime *runtime_load_serving(const char *file, const char *socket_override, cm_err *err);

/* Make rt the one in force (takes over the caller's reference). */
void runtime_install(struct cm_runtime *rt);
/* A new reference to the one in force (NULL before the first install). */
struct cm_runtime *runtime_acquire(void);
/* Drops a reference; returns NULL. */
struct cm_runtime *runtime_release(struct cm_runtime *rt);

#endif
