/*
 * config.h - certmilter.conf: the schema table and the loaded configuration.
 *
 * Every key the file may hold is a row of one schema table (name, type,
 * default, min, max, description). Loading rejects unknown keys, wrong types
 * and out-of-range values with "FILE:LINE: KEY: problem". A loaded
 * configuration is immutable and shared by reference count.
 */
#ifndef CONFIG_H
#define CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <netinet/in.h>

#include "cm.h"

enum cm_action {                         /* what happens when something fails */
	         CM_ACTION_TEMPFAIL = 0, /* 451 4.7.0, the MTA retries */
	         CM_ACTION_ACCEPT,       /* deliver unchanged */
	         CM_ACTION_REJECT,       /* 550 5.7.1 */
	         CM_ACTION_SIGN_WITHOUT  /* timestamps only: sign without the token */
};

enum cm_sign_form { CM_SIGN_MULTIPART = 0, CM_SIGN_OPAQUE };
/* revocation.mode, in the order of its choices */
enum cm_rev_mode { CM_REV_OFF = 0, CM_REV_SOFT, CM_REV_HARD };
enum cm_dual_mode { CM_DUAL_SIGNERINFOS = 0, CM_DUAL_NESTED };

struct cm_netmask {
	int family; /* AF_INET or AF_INET6 */
	unsigned char addr[16];
	unsigned prefix;
};

struct cm_strlist {
	char **v;
	size_t n;
};

struct cm_netlist {
	struct cm_netmask *v;
	size_t n;
};

/* directory.sources.type, in the order of its choices. */
enum cm_dirsrc_type {
	CM_DIRSRC_KEYSTORE = 0,
	CM_DIRSRC_HTTP,
	CM_DIRSRC_LDAP,
	CM_DIRSRC_FILES,
	CM_DIRSRC_STORE
};

struct cm_dirsource { /* directory.sources entry (used by issue 4) */
	enum cm_dirsrc_type type;
	char *url;           /* http, ldap */
	char *path;          /* files */
	char *trust;         /* optional trust bundle */
	char *intermediates; /* optional bundle of intermediates */
	int timeout;         /* seconds */
	bool shared_cache;   /* http, ldap: answers kept in the store too */
};

struct cm_config {
	unsigned refcnt;
	char *file; /* path it was loaded from */

	char *socket;
	char *user;
	char *socket_mode;  /* unix socket: octal permission bits, e.g. "0660" */
	char *socket_group; /* unix socket: group name; "" = the user's primary group */
	int milter_timeout; /* seconds libmilter waits for the MTA (smfi_settimeout) */
	char *pid_file;
	char *syslog_facility; /* name as written */
	int facility;          /* LOG_* value */
	char *policy_file;
	char *spool_dir; /* temp files for large bodies */
	int log_level;   /* 0 normal, 1 -v, 2 more */

	struct {
		struct cm_netlist nets;
		struct cm_strlist daemons;
		bool local_is_internal;       /* no client address: outbound */
		bool require_from_match;      /* authenticated From must match login */
		enum cm_action from_mismatch; /* ACCEPT = pass unsigned; REJECT */
		char *login_map;              /* file: "login addr1 addr2 ..." lines */
		/* the domains where a login without '@' may sign */
		struct cm_strlist login_domains;
	} outbound;

	struct {
		struct cm_strlist directories;
		char *pkcs12_password_file;
		char *chain_bundle;
		bool local_part_case_insensitive;
		char *pkcs11_module;   /* keystore.pkcs11.module */
		char *pkcs11_pin_file; /* keystore.pkcs11.pin_file */
		char *pkcs11_token;    /* keystore.pkcs11.token */
	} keystore;

	struct {
		char *organization;
		char *public_roots;
		char *tsa;
		int min_rsa_bits; /* smallest RSA key in a chain relied on */
		int min_ec_bits;  /* smallest EC key (group order bits) */
	} trust;

	struct {
		struct cm_strlist urls;
		int timeout;
		long max_response;
	} tsa;

	struct {
		enum cm_rev_mode mode;
		int timeout, cache_ttl, failure_ttl; /* seconds */
		int recheck_interval;                /* seconds between own re-checks */
		long cache_size, crl_cache_size;     /* entries */
		long max_response, max_crl;          /* bytes */
	} revocation;

	struct {
		struct cm_dirsource *sources;
		size_t nsources;
		long cache_size, negative_size;
		int positive_ttl, negative_ttl, stale_if_error;
		long max_response;  /* bytes of an http or ldap answer */
		int deadline;       /* seconds to wait for lookups */
		int max_lookups;    /* lookups per message; beyond: unavailable */
		int max_in_flight;  /* lookups being answered at once, per process */
		bool fetch_issuers; /* follow caIssuers URLs to build paths */
	} directory;

	struct {
		long max_message_size; /* bytes; larger -> failure.oversize */
		long spool_threshold;  /* bytes kept in memory before spooling */
		long max_headers;      /* header fields */
		long max_header_bytes; /* total header bytes */
		long max_mime_depth;   /* nested multipart/message levels */
		long max_mime_parts;   /* MIME entities */
		long max_line_length;  /* bytes of one body line */
	} limits;

	struct {
		enum cm_action deflt; /* internal errors, unreadable keys */
		enum cm_action directory;
		enum cm_action tsa;
		enum cm_action revocation; /* hard mode, status unknown */
		enum cm_action oversize;
		enum cm_action malformed; /* content cannot be preserved */
	} failure;

	struct {
		char *digest;           /* "sha256" (also sha384, sha512) */
		enum cm_sign_form form; /* multipart | opaque */
		enum cm_dual_mode dual; /* signerinfos | nested */
	} signing;

	struct {
		enum cm_cipher cipher;
		bool rsa_oaep;
		bool to_sender;
		struct cm_strlist escrow; /* PEM files */
	} encryption;

	struct {
		char *listen;            /* "" = no endpoint (cfglisten.h) */
		struct cm_netlist allow; /* besides loopback */
	} metrics;

	struct {
		bool verify;       /* verify inbound signatures, add the result fields */
		char *authserv_id; /* "" = the MTA's {j} */
		bool decrypt;      /* decrypt to recipients the keystore holds keys of */
		bool harvest;      /* keep passing senders' encrypting certificates (store) */
	} inbound;

	struct {
		char *url;         /* "" = no store; "sqlite:///PATH" */
		int poll_interval; /* seconds between reads of the store's changes */
	} store;
};

/* Load and validate FILE. On error returns NULL and fills err with
 * "FILE:LINE: KEY: problem". The result has refcnt 1. */
struct cm_config *config_load(const char *file, cm_err *err);
/* Configuration with every default, as if from an empty file. */
struct cm_config *config_defaults(void);
struct cm_config *config_ref(struct cm_config *cfg);
/* Drops a reference; frees on the last. Returns NULL. */
struct cm_config *config_unref(struct cm_config *cfg);

/* Is addr (AF_INET/AF_INET6, network order) in one of the networks of l?
 * An IPv4-mapped IPv6 address matches the IPv4 networks. */
bool config_net_match(const struct cm_netlist *l, int family, const void *addr);
/* Is addr (AF_INET/AF_INET6, network order) in outbound.internal_networks? */
bool config_is_internal(const struct cm_config *cfg, int family, const void *addr);
bool config_is_outbound_daemon(const struct cm_config *cfg, const char *daemon);

/* The schema, for -n, the man page and its consistency test. */
enum cm_keytype {
	CM_KT_STRING,
	CM_KT_INT,
	CM_KT_BOOL,
	CM_KT_STRLIST,
	CM_KT_ENUM,
	CM_KT_GROUP,
	CM_KT_LIST
};
struct cm_schema_row {
	const char *name; /* dotted path, e.g. "tsa.timeout" */
	enum cm_keytype type;
	const char *deflt;   /* as text, NULL = none */
	long min, max;       /* for INT */
	const char *choices; /* for ENUM: "a|b|c" */
	const char *description;
};
const struct cm_schema_row *config_schema(size_t *n);

enum cm_action cm_action_parse(const char *s, bool *ok);
const char *cm_action_name(enum cm_action a);

#endif
