/*
 * config_keys.h - the schema table of certmilter.conf: every key with its
 * type, how it is stored, default (as libconfig text), range, choices,
 * check and description. The descriptions are the text of the KEYS section
 * of certmilter.conf(5); tests/unit/check_config.c compares the two.
 *
 * Included only by config.c, which defines the storage kinds (ST_*) and
 * the check functions this table names, and expands CM_KEYS twice.
 */
#ifndef CONFIG_KEYS_H
#define CONFIG_KEYS_H

#ifndef SYSCONFDIR
#define SYSCONFDIR "/etc"
#endif

#define CF(f) offsetof(struct cm_config, f)
#define DS(f) offsetof(struct cm_dirsource, f)
#define REL   " A relative path is taken from the directory of this file."
#define STR   CM_KT_STRING
#define INT   CM_KT_INT
#define LIST  CM_KT_STRLIST
#define ENUM  CM_KT_ENUM
#define GROUP CM_KT_GROUP

/* K(name, type, store, offset, default, min, max, choices, check, description) */
/* clang-format off */
#define CM_KEYS(K) \
K("socket", STR, ST_STR, CF(socket),                                                              \
  "\"unix:/run/certmilter/certmilter.sock\"", 0, 0, NULL, check_socket,                           \
  "Milter socket: unix:/path, local:/path, inet:PORT@HOST, inet:PORT or inet6:PORT@HOST. "        \
  "The -p option overrides it. Whoever can connect to it can have mail signed as any "            \
  "sender: the default unix socket (socket_mode, socket_group) lets only the MTA in, while "      \
  "an inet socket is open to every local user (and, on another address, to the network). "       \
  "The directory of a unix socket must be writable by no one but root and user.")                 \
K("user", STR, ST_STR, CF(user),                                                                  \
  "\"\"", 0, 0, NULL, NULL,                                                                       \
  "User to switch to after start (certmilter must be started as root for that); empty: "          \
  "do not switch. The configuration, policy, keystore and trust files are read as this user, "    \
  "at start and on reload.")                                                                      \
K("socket_mode", STR, ST_STR, CF(socket_mode),                                                    \
  "\"0660\"", 0, 0, NULL, check_mode,                                                              \
  "Permissions of a unix socket, in octal (at most 0777), set as it is created; the MTA's "       \
  "user must be able to connect (write permission through socket_group). 0666 would let "         \
  "every local user have mail signed. Not used for inet sockets.")                                \
K("socket_group", STR, ST_STR, CF(socket_group),                                                  \
  "\"postfix\"", 0, 0, NULL, NULL,                                                                 \
  "Group of a unix socket: the MTA's group, postfix by default (Sendmail connects as root and "   \
  "needs none: set \"\" where there is no group postfix); empty: the primary group of user (or "  \
  "of the user certmilter was started as). The owner is user.")                                   \
K("milter_timeout", INT, ST_INT, CF(milter_timeout),                                              \
  "600", 1, 86400, NULL, NULL,                                                                    \
  "Seconds certmilter waits for the MTA to send the next milter command, or the rest of a "       \
  "command begun; then it closes the connection and frees its thread. The MTA sends nothing "     \
  "while its client transmits the message, so keep this above the longest such transfer.")      \
K("pid_file", STR, ST_PATH, CF(pid_file),                                                         \
  "\"\"", 0, 0, NULL, NULL,                                                                       \
  "File the process id is written to; empty: none." REL)                                          \
K("syslog_facility", STR, ST_FACILITY, CF(syslog_facility),                                       \
  "\"mail\"", 0, 0, NULL, NULL,                                                                   \
  "Syslog facility: mail, daemon, user or local0 to local7.")                                     \
K("policy_file", STR, ST_PATH, CF(policy_file),                                                   \
  "\"" SYSCONFDIR "/certmilter/policy.conf\"", 0, 0, NULL, NULL,                                  \
  "The policy file, see certmilter-policy(5)." REL)                                               \
K("spool_dir", STR, ST_PATH, CF(spool_dir),                                                       \
  "\"/var/tmp\"", 0, 0, NULL, NULL,                                                               \
  "Directory for the temporary files that hold what is larger than limits.spool_threshold: "     \
  "bodies, entities, signed and encrypted output. When it is full or cannot be written, the "    \
  "message gets failure.default." REL)                                                            \
K("log_level", INT, ST_INT, CF(log_level),                                                        \
  "0", 0, 2, NULL, NULL,                                                                          \
  "Log detail: 0 normal, 1 as with -v, 2 more.")                                                  \
K("outbound", GROUP, ST_NONE, 0,                                                                  \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "What counts as outbound mail; everything else is inbound and passes unchanged.")               \
K("outbound.internal_networks", LIST, ST_NETS, CF(outbound.nets),                                                 \
  "[ \"127.0.0.0/8\", \"::1/128\" ]", 0, 0, NULL, NULL,                                           \
  "Client networks whose mail is outbound, as ADDRESS/PREFIX or ADDRESS (IPv4 or IPv6, "          \
  "no host bits set past the prefix); an IPv4-mapped IPv6 client address matches the "            \
  "IPv4 networks.")                                                                               \
K("outbound.daemons", LIST, ST_STRLIST, CF(outbound.daemons),                                     \
  "[ \"ORIGINATING\" ]", 0, 0, NULL, check_nonempty,                                              \
  "Values of the {daemon_name} macro (compared case-sensitively) that mark mail as "              \
  "outbound, e.g. Postfix's milter_macro_daemon_name on the submission service.")                 \
K("outbound.local_is_internal", CM_KT_BOOL, ST_BOOL, CF(outbound.local_is_internal),              \
  "false", 0, 0, NULL, NULL,                                                                      \
  "Whether mail without a client address (the MTA's local submission: the sendmail(1) "          \
  "command, Postfix's pickup through non_smtpd_milters) is outbound. Any local user can "          \
  "submit such mail with any From:, so true lets every local user have mail signed as any "       \
  "sender; false: such mail is inbound.")                                                         \
K("outbound.require_from_match", CM_KT_BOOL, ST_BOOL, CF(outbound.require_from_match),            \
  "true", 0, 0, NULL, NULL,                                                                       \
  "When the client authenticated, sign only if the From: address is one the login may "           \
  "sign for: the login itself (see outbound.login_domains for a login without '@') or an "        \
  "address outbound.login_map gives it.")                                                         \
K("outbound.from_mismatch", ENUM, ST_ACTION, CF(outbound.from_mismatch),                          \
  "\"accept\"", 0, 0, "accept|reject", NULL,                                                      \
  "What happens to mail whose From: the login may not sign for, or whose From: is ambiguous "     \
  "(several From: fields or mailboxes, an address in the display name): accept passes it on "     \
  "unsigned (still encrypted when the policy's encrypt says so), reject refuses it with 550 "     \
  "5.7.1.")                                                                                       \
K("outbound.login_map", STR, ST_PATH, CF(outbound.login_map),                                     \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "Optional file of lines \"LOGIN ADDRESS...\" naming the From: addresses each login may "        \
  "sign for besides the login itself." REL)                                                       \
K("outbound.login_domains", LIST, ST_STRLIST, CF(outbound.login_domains),                         \
  "[ ]", 0, 0, NULL, check_domain,                                                                \
  "Domains (compared ignoring case) in which a login without '@' may sign as LOGIN@DOMAIN, "      \
  "e.g. [ \"example.com\" ]. Empty: such a login signs only the addresses outbound.login_map "   \
  "gives it, so that no login can sign for another domain of a shared keystore.")                \
K("keystore", GROUP, ST_NONE, 0,                                                                  \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "The organization's own certificates and private keys.")                                        \
K("keystore.directories", LIST, ST_PATHLIST, CF(keystore.directories),                            \
  "[ ]", 0, 0, NULL, NULL,                                                                        \
  "Directories of PEM files (certificate and key, or certificate with the key in a "              \
  "sibling file) and PKCS#12 files. Each directory and every file read must belong to root or "   \
  "to user and must not be writable by group or others; a file holding a private key must not "   \
  "be readable by them either. A file that breaks a rule is refused, and a refused file is an "    \
  "error: certmilter -n exits 1 naming it, the start fails, a reload keeps the configuration in " \
  "force." REL)                        \
K("keystore.pkcs12_password_file", STR, ST_PATH, CF(keystore.pkcs12_password_file),               \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "Optional file whose first line is the password of the PKCS#12 files; it must belong to root "  \
  "or to user and be readable by its owner only (mode 0600)." REL)                                \
K("keystore.chain_bundle", STR, ST_PATH, CF(keystore.chain_bundle),                               \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "Optional PEM bundle of intermediate certificates included in signatures and used to build "   \
  "certificate paths: of the keystore's certificates, of recipients' certificates found in the "  \
  "directory (whose answers usually hold the end-entity certificate alone), and of a TSA's "      \
  "certificate when its token does not carry the intermediates; it must belong to root or to "    \
  "user and must not be writable by group or others." REL)                                        \
K("keystore.local_part_case", ENUM, ST_ENUMBOOL, CF(keystore.local_part_case_insensitive),        \
  "\"exact\"", 0, 0, "exact|insensitive", NULL,                                                   \
  "How the local parts of addresses are compared: exact (as written) or insensitive "             \
  "(ignoring case). Domains are always compared ignoring case.")                                  \
K("keystore.pkcs11", GROUP, ST_NONE, 0,                                                           \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "Private keys in a PKCS#11 token (an HSM; SoftHSM2 for tests), used through libp11: a key "     \
  "file of keystore.directories (NAME.key, or the key part of a PEM file) that holds an RFC "     \
  "7512 URI \"pkcs11:...\" on a line of its own instead of a PEM key names the token's key, "     \
  "which never enters certmilter's memory. The URI must not carry a PIN. A token lost while "     \
  "certmilter runs (unplugged, its session broken) fails each message that needs it per "         \
  "failure.default; the module is then re-opened by the worker at the next message that needs "   \
  "it (a second after an attempt that did not help), so a message after the token is back is "    \
  "signed: no reload, no restart.")                                                               \
K("keystore.pkcs11.module", STR, ST_PATH, CF(keystore.pkcs11_module),                             \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "Optional PKCS#11 module (shared library) of the token, e.g. "                                  \
  "\"/usr/lib/softhsm/libsofthsm2.so\"; it must belong to root or to user and must not be "       \
  "writable by group or others. Loaded once: changing it takes a restart." REL)                   \
K("keystore.pkcs11.pin_file", STR, ST_PATH, CF(keystore.pkcs11_pin_file),                         \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "File whose first line is the token's user PIN, required with keystore.pkcs11.module; it must " \
  "belong to root or to user and be readable by its owner only (mode 0600)." REL)                 \
K("keystore.pkcs11.token", STR, ST_STR, CF(keystore.pkcs11_token),                                \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "Optional label of a token of keystore.pkcs11.module whose certificates are indexed with the "  \
  "keystore's files: each one with a CKA_ID is paired with the token's private key of the same "  \
  "CKA_ID and classified like a file's; one without such a key is skipped with a warning. A "      \
  "token that cannot be found makes the keystore unusable.")                                      \
K("trust", GROUP, ST_NONE, 0,                                                                     \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "Trust bundles: PEM files of root certificates.")                                               \
K("trust.organization", STR, ST_PATH, CF(trust.organization),                                     \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "Optional roots of the organization's identity certificates (V1 to V4)." REL)                   \
K("trust.public", STR, ST_PATH, CF(trust.public_roots),                                           \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "Optional publicly trusted roots; a dual-use certificate that chains to one of them is "        \
  "Vp." REL)                                                                                      \
K("trust.tsa", STR, ST_PATH, CF(trust.tsa),                                                       \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "Optional roots the signer of a timestamp token must chain to." REL)                            \
K("trust.min_rsa_bits", INT, ST_INT, CF(trust.min_rsa_bits),                                      \
  "2048", 1024, 16384, NULL, NULL,                                                                \
  "Smallest RSA key, in bits, of every certificate in a chain certmilter verifies: a "            \
  "recipient's encrypting certificate and its chain, and the chain that makes a certificate "     \
  "Vp. A certificate with a smaller key, or under a CA with one, is not used.")                   \
K("trust.min_ec_bits", INT, ST_INT, CF(trust.min_ec_bits),                                        \
  "256", 160, 571, NULL, NULL,                                                                    \
  "Smallest EC key, in bits of the curve's order (P-256: 256), of every certificate in such a "   \
  "chain.")                                                                                       \
K("tsa", GROUP, ST_NONE, 0,                                                                       \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "RFC 3161 Time-Stamp Authorities.")                                                             \
K("tsa.urls", LIST, ST_STRLIST, CF(tsa.urls),                                                     \
  "[ ]", 0, 0, NULL, check_http_url,                                                              \
  "TSA URLs (http:// or https://), tried in order until one answers; empty: no "                  \
  "timestamps.")                                                                                  \
K("tsa.timeout", INT, ST_INT, CF(tsa.timeout),                                                    \
  "5", 1, 300, NULL, NULL,                                                                        \
  "Seconds to wait for each TSA request.")                                                        \
K("tsa.max_response", INT, ST_LONG, CF(tsa.max_response),                                         \
  "65536", 1024, 16777216, NULL, NULL,                                                            \
  "Largest TSA reply accepted, in bytes.")                                                        \
K("revocation", GROUP, ST_NONE, 0,                                                                \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "Revocation checks (OCSP, then the CRL) of the certificates certmilter relies on.")             \
K("revocation.mode", ENUM, ST_ENUMIDX, CF(revocation.mode),                                       \
  "\"soft\"", 0, 0, "off|soft|hard", NULL,                                                         \
  "off: no check; soft: a revoked certificate is never used, a status that cannot be "            \
  "learned (responder and CRL down or slow, no valid answer) counts as good; hard: such a "       \
  "status makes a recipient's lookup unavailable (failure.revocation), while an own "             \
  "certificate is still used and the status logged as a warning. A certificate that names "       \
  "no OCSP responder or CRL point (http) is not checked, in either mode.")                        \
K("revocation.timeout", INT, ST_INT, CF(revocation.timeout),                                      \
  "5", 1, 60, NULL, NULL,                                                                         \
  "Seconds per OCSP or CRL request (and never past the deadline of the lookup that asks).")       \
K("revocation.cache_ttl", INT, ST_INT, CF(revocation.cache_ttl),                                  \
  "3600", 60, 604800, NULL, NULL,                                                                 \
  "Seconds a status learned (and a CRL) is kept at most; an answer whose nextUpdate comes "      \
  "sooner is kept until then.")                                                                   \
K("revocation.failure_ttl", INT, ST_INT, CF(revocation.failure_ttl),                              \
  "60", 0, 3600, NULL, NULL,                                                                      \
  "Seconds a status that could not be learned is kept before the responders are asked again.")  \
K("revocation.recheck_interval", INT, ST_INT, CF(revocation.recheck_interval),                    \
  "3600", 10, 86400, NULL, NULL,                                                                  \
  "Seconds between the checks of the keystore's own certificates while certmilter runs "          \
  "(they are also checked at every start and reload); each check asks the responders again, "     \
  "and a certificate found revoked is taken out of use at once.")                                 \
K("revocation.cache_size", INT, ST_LONG, CF(revocation.cache_size),                               \
  "10000", 0, 10000000, NULL, NULL,                                                               \
  "Most certificate statuses kept; 0: none.")                                                     \
K("revocation.crl_cache_size", INT, ST_LONG, CF(revocation.crl_cache_size),                       \
  "100", 0, 100000, NULL, NULL,                                                                   \
  "Most CRLs kept (one per distribution point and CA, shared by all its certificates); 0: none.") \
K("revocation.max_response", INT, ST_LONG, CF(revocation.max_response),                           \
  "65536", 1024, 1048576, NULL, NULL,                                                             \
  "Largest OCSP response accepted, in bytes.")                                                    \
K("revocation.max_crl", INT, ST_LONG, CF(revocation.max_crl),                                     \
  "10485760", 1024, 268435456, NULL, NULL,                                                        \
  "Largest CRL accepted, in bytes; a larger one is no answer.")                                   \
K("directory", GROUP, ST_NONE, 0,                                                                 \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "Where the recipients' encrypting certificates are looked up.")                                 \
K("directory.sources", CM_KT_LIST, ST_SOURCES, 0,                                                 \
  "( { type = \"keystore\"; } )", 0, 0, NULL, NULL,                                               \
  "Sources tried in this order, the first hit wins: a list of groups with the keys "              \
  "below. In error messages an entry is written directory.sources[N], counting from 1.")          \
K("directory.sources.type", ENUM, ST_ENUMIDX, DS(type),                                           \
  NULL, 0, 0, "keystore|http|ldap|files|store", NULL,                                             \
  "Kind of source (required): keystore (the organization's own users), http, ldap, files, or "    \
  "store (certificates harvested from verified inbound mail, store.url).")                                                                                       \
K("directory.sources.url", STR, ST_STR, DS(url),                                                  \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "URL template for http (http:// or https://) and ldap (ldap:// or ldaps://), required "         \
  "there and not allowed elsewhere; it must contain %{email}, which is replaced by the "          \
  "recipient's address.")                                                                         \
K("directory.sources.path", STR, ST_PATH, DS(path),                                               \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "Directory of ADDRESS.pem files, required for files and not allowed elsewhere." REL)            \
K("directory.sources.trust", STR, ST_PATH, DS(trust),                                             \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "Trust bundle (roots, and intermediates the directory does not send) that a certificate "       \
  "found must chain to: required for http, ldap and files, not allowed for keystore." REL)        \
K("directory.sources.intermediates", STR, ST_PATH, DS(intermediates),                             \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "Optional PEM bundle of intermediate CA certificates from which the path of a certificate "     \
  "found there to trust is built, besides the certificates of the answer, "                       \
  "keystore.chain_bundle and the issuers named in its Authority Information Access; they are "    \
  "not trusted themselves. Not allowed for keystore." REL)                                        \
K("directory.sources.timeout", INT, ST_INT, DS(timeout),                                          \
  "5", 1, 300, NULL, NULL,                                                                        \
  "Seconds per lookup; only for http and ldap.")                                                  \
K("directory.sources.shared_cache", CM_KT_BOOL, ST_BOOL, DS(shared_cache),                       \
  "false", 0, 0, NULL, NULL,                                                                      \
  "Only for http and ldap, with a store (store.url): keep this source's answers (certificates "  \
  "and \"no certificate\", with directory.cache's time to live) in the store too, so that the " \
  "nodes sharing the store ask the directory once. The in-memory cache stays in front.")         \
K("directory.fetch_issuers", CM_KT_BOOL, ST_BOOL, CF(directory.fetch_issuers),                   \
  "true", 0, 0, NULL, NULL,                                                                       \
  "Whether the path of a recipient's certificate to its source's trust may be completed with "    \
  "the issuers its Authority Information Access names (caIssuers, http:// only, at most 64 KB "   \
  "each, 3 per path, within the source's timeout, cached for an hour). A fetched certificate "    \
  "is only an intermediate: trust still comes from the source's trust bundle. false: only the "   \
  "answer, keystore.chain_bundle and the source's intermediates.")                                \
K("directory.max_response", INT, ST_LONG, CF(directory.max_response),                           \
  "65536", 1024, 16777216, NULL, NULL,                                                            \
  "Largest answer of an http or ldap source accepted, in bytes; a larger one makes the "          \
  "source unavailable.")                                                                          \
K("directory.deadline", INT, ST_INT, CF(directory.deadline),                                      \
  "10", 1, 600, NULL, NULL,                                                                       \
  "Seconds end of message (and RCPT TO, with missing_certificate split) waits at most for the "   \
  "lookups begun at RCPT TO; a lookup not done by then counts as directory unavailable.")         \
K("directory.max_lookups_per_message", INT, ST_INT, CF(directory.max_lookups),                     \
  "100", 1, 100000, NULL, NULL,                                                                   \
  "Most directory lookups one message may start: the recipients after that many are not "         \
  "looked up and count as directory unavailable, so the message gets failure.directory "          \
  "(with encrypt = \"required\", always a temporary failure), never clear text for that reason.")  \
K("directory.max_in_flight", INT, ST_INT, CF(directory.max_in_flight),                             \
  "64", 1, 10000, NULL, NULL,                                                                      \
  "Most lookups the process has being answered at once, across all messages (each http "          \
  "request holds a connection; an ldap source keeps at most 8, searches sharing them); further "   \
  "lookups wait in line for a free slot, and one "                                                 \
  "still waiting at directory.deadline counts as directory unavailable. A lookup nobody "          \
  "waits for any more (the message aborted, RSET, the connection closed) is dropped.")             \
K("directory.cache", GROUP, ST_NONE, 0,                                                           \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "The in-memory cache of lookup results.")                                                       \
K("directory.cache.size", INT, ST_LONG, CF(directory.cache_size),                                 \
  "10000", 0, 10000000, NULL, NULL,                                                               \
  "Most certificates kept in the cache; 0: certificates found are not cached.")                   \
K("directory.cache.negative_size", INT, ST_LONG, CF(directory.negative_size),                     \
  "10000", 0, 10000000, NULL, NULL,                                                               \
  "Most \"no certificate\" answers kept in the cache, in a list of their own with its own "       \
  "least-recently-used order, so that they never evict a certificate; 0: not cached.")            \
K("directory.cache.positive_ttl", INT, ST_INT, CF(directory.positive_ttl),                        \
  "3600", 0, 604800, NULL, NULL,                                                                  \
  "Seconds a certificate found stays cached.")                                                    \
K("directory.cache.negative_ttl", INT, ST_INT, CF(directory.negative_ttl),                        \
  "300", 0, 86400, NULL, NULL,                                                                    \
  "Seconds a \"no certificate\" answer stays cached.")                                            \
K("directory.cache.stale_if_error", INT, ST_INT, CF(directory.stale_if_error),                    \
  "0", 0, 604800, NULL, NULL,                                                                     \
  "Seconds past its time to live that a cached answer may still be used while the "               \
  "directory is unavailable; 0: never.")                                                          \
K("limits", GROUP, ST_NONE, 0,                                                                    \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "Size limits.")                                                                                 \
K("limits.max_message_size", INT, ST_LONG, CF(limits.max_message_size),                           \
  "52428800", 1024, 1073741824, NULL, NULL,                                                       \
  "Largest message body, in bytes with CRLF line ends, that is signed or encrypted; larger "      \
  "ones get failure.oversize.")                                                                   \
K("limits.spool_threshold", INT, ST_LONG, CF(limits.spool_threshold),                             \
  "1048576", 0, 1073741824, NULL, NULL,                                                           \
  "Bytes kept in memory of each copy of a message certmilter makes (the body as it arrives, "   \
  "the entity signed, the signed and the encrypted output); past it each goes to an unlinked "    \
  "file in spool_dir, so memory does not grow with the message (0: always a file).")             \
K("limits.max_headers", INT, ST_LONG, CF(limits.max_headers),                                     \
  "1000", 10, 100000, NULL, NULL,                                                                 \
  "Most header fields a message may have; more is handled as failure.malformed.")                 \
K("limits.max_header_bytes", INT, ST_LONG, CF(limits.max_header_bytes),                           \
  "1048576", 1024, 67108864, NULL, NULL,                                                          \
  "Most bytes all header fields together may have; more is handled as failure.malformed.")        \
K("limits.max_mime_depth", INT, ST_LONG, CF(limits.max_mime_depth),                               \
  "32", 1, 100, NULL, NULL,                                                                       \
  "Deepest nesting of multipart and message/rfc822 entities: a multipart/mixed message with "     \
  "text parts has depth 1, a message attached to it adds one level and its own multiparts "       \
  "more; deeper is handled as failure.malformed. At most 100, the deepest certmilter "            \
  "converts.")                                                                                    \
K("limits.max_mime_parts", INT, ST_LONG, CF(limits.max_mime_parts),                               \
  "1000", 1, 1000000, NULL, NULL,                                                                 \
  "Most MIME entities a message may have, counting the message itself, every body part of a "     \
  "multipart and every attached message (twice: the message/rfc822 part and the message it "      \
  "holds); more is handled as failure.malformed.")                                                \
K("limits.max_line_length", INT, ST_LONG, CF(limits.max_line_length),                             \
  "1048576", 998, 1073741824, NULL, NULL,                                                         \
  "Longest body line, in bytes without its line end; longer is handled as "                       \
  "failure.malformed. RFC 5322 allows 998, but real mail (unwrapped base64, generated HTML) "     \
  "has much longer lines, which certmilter re-encodes when it signs, so the default only "        \
  "catches bodies that are not text in lines at all.")                                            \
K("failure", GROUP, ST_NONE, 0,                                                                   \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "What happens when something fails: tempfail (451 4.7.0, the client retries), accept "          \
  "(deliver unchanged), reject (550 5.7.1). Under a policy rule with encrypt = required, accept " \
  "is taken as tempfail: such mail is never delivered in clear.")                                 \
K("failure.default", ENUM, ST_ACTION, CF(failure.deflt),                                          \
  "\"tempfail\"", 0, 0, "tempfail|accept", NULL,                                                  \
  "Internal errors and unusable keys.")                                                           \
K("failure.directory", ENUM, ST_ACTION, CF(failure.directory),                                    \
  "\"tempfail\"", 0, 0, "tempfail|accept", NULL,                                                  \
  "A certificate directory that is unavailable.")                                                 \
K("failure.tsa", ENUM, ST_ACTION, CF(failure.tsa),                                                \
  "\"tempfail\"", 0, 0, "tempfail|accept|sign-without", NULL,                                     \
  "No TSA answered correctly; sign-without signs without the timestamp.")                         \
K("failure.revocation", ENUM, ST_ACTION, CF(failure.revocation),                                  \
  "\"tempfail\"", 0, 0, "tempfail|accept", NULL,                                                  \
  "A recipient's lookup unavailable only because the revocation status of its certificates "      \
  "could not be learned (revocation.mode = hard): tempfail answers 451, accept delivers the "     \
  "message unchanged (with encrypt = \"required\", always a temporary failure). A lookup "        \
  "also unavailable for another reason gets failure.directory.")                                  \
K("failure.oversize", ENUM, ST_ACTION, CF(failure.oversize),                                      \
  "\"tempfail\"", 0, 0, "tempfail|accept|reject", NULL,                                           \
  "A message larger than limits.max_message_size.")                                               \
K("failure.malformed", ENUM, ST_ACTION, CF(failure.malformed),                                    \
  "\"tempfail\"", 0, 0, "tempfail|accept|reject", NULL,                                           \
  "A message whose content cannot be preserved exactly, or over limits.max_headers, "             \
  "max_header_bytes, max_mime_depth, max_mime_parts or max_line_length. Malformed MIME whose "    \
  "content entity is 7-bit with short lines is not this case: it is signed exactly as it is. "    \
  "Raw UTF-8 in MIME part headers is encoded (RFC 2231, RFC 2047), not refused.")                         \
K("signing", GROUP, ST_NONE, 0,                                                                   \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "How signatures are made.")                                                                     \
K("signing.digest", ENUM, ST_STR, CF(signing.digest),                                             \
  "\"sha256\"", 0, 0, "sha256|sha384|sha512", NULL,                                               \
  "Message digest of the signatures (the micalg parameter follows it).")                          \
K("signing.form", ENUM, ST_ENUMIDX, CF(signing.form),                                             \
  "\"multipart\"", 0, 0, "multipart|opaque", NULL,                                                \
  "multipart: multipart/signed, readable without S/MIME support; opaque: "                        \
  "application/pkcs7-mime signed-data.")                                                          \
K("signing.dual", ENUM, ST_ENUMIDX, CF(signing.dual),                                             \
  "\"signerinfos\"", 0, 0, "signerinfos|nested", NULL,                                            \
  "signerinfos: one SignedData with a SignerInfo per class, first as the policy lists "           \
  "it; nested: the identity signature inside, the Vp signature around it.")                      \
K("encryption", GROUP, ST_NONE, 0,                                                                \
  NULL, 0, 0, NULL, NULL,                                                                         \
  "How messages are encrypted when the policy's encrypt is not never.")                           \
K("encryption.cipher", ENUM, ST_ENUMIDX, CF(encryption.cipher),                                   \
  "\"aes-256-cbc\"", 0, 0, "aes-256-cbc|aes-128-cbc|aes-256-gcm|aes-128-gcm", NULL,                 \
  "Content cipher: AES-CBC in enveloped-data, which every S/MIME client reads, or AES-GCM "       \
  "in authEnveloped-data (RFC 5083), which fewer clients read.")                                   \
K("encryption.rsa_padding", ENUM, ST_ENUMBOOL, CF(encryption.rsa_oaep),                           \
  "\"pkcs1\"", 0, 0, "pkcs1|oaep", NULL,                                                           \
  "Key transport to RSA certificates: pkcs1 (PKCS#1 v1.5, which every client reads) or oaep "     \
  "(RSAES-OAEP with SHA-256). EC certificates always use ECDH.")                                  \
K("encryption.to_sender", CM_KT_BOOL, ST_BOOL, CF(encryption.to_sender),                          \
  "true", 0, 0, NULL, NULL,                                                                       \
  "Also encrypt to the sender's own encrypting certificate (or Vp), so that the sender can "      \
  "read the message in the sent folder.")                                                         \
K("encryption.escrow", LIST, ST_PATHLIST, CF(encryption.escrow),                                  \
  "[ ]", 0, 0, NULL, NULL,                                                                        \
  "PEM files of archive or escrow certificates every encrypted message is also encrypted "        \
  "to." REL)                                                                                       \
K("metrics", GROUP, ST_NONE, 0,                                                                    \
  NULL, 0, 0, NULL, NULL,                                                                          \
  "The OpenMetrics (Prometheus) endpoint, GET /metrics.")                                          \
K("metrics.listen", STR, ST_STR, CF(metrics.listen),                                               \
  "\"\"", 0, 0, NULL, check_listen,                                                                \
  "Where to serve GET /metrics: IPV4:PORT, [IPV6]:PORT or the absolute path of a unix "            \
  "socket; empty: no endpoint. A non-loopback address needs metrics.allow. Read at start: "        \
  "a reload cannot change it.")                                                                    \
K("metrics.allow", LIST, ST_NETS, CF(metrics.allow),                                               \
  "[ ]", 0, 0, NULL, NULL,                                                                         \
  "Client networks, besides loopback, that may scrape the endpoint (ADDRESS/PREFIX); "             \
  "others are refused before their request is read.")                                             \
K("inbound", GROUP, ST_NONE, 0,                                                                    \
  NULL, 0, 0, NULL, NULL,                                                                          \
  "What certmilter does with inbound mail: verify its S/MIME signatures, show who really sent "  \
  "it, decrypt it.")                                                                               \
K("inbound.verify", CM_KT_BOOL, ST_BOOL, CF(inbound.verify),                                       \
  "false", 0, 0, NULL, NULL,                                                                       \
  "Verify every S/MIME signature of inbound mail and add an Authentication-Results field "        \
  "(smime results) and a Certmilter-Identity field per passing signer at the top. false: "         \
  "inbound bodies are not read; forged fields are removed either way.")                           \
K("inbound.authserv_id", STR, ST_STR, CF(inbound.authserv_id),                                     \
  "\"\"", 0, 0, NULL, check_authserv_id,                                                           \
  "The authserv-id of the Authentication-Results field; empty: the MTA's {j} macro (its host "    \
  "name). Arriving fields that claim it are removed.")                                      \
K("inbound.decrypt", CM_KT_BOOL, ST_BOOL, CF(inbound.decrypt),                                     \
  "false", 0, 0, NULL, NULL,                                                                       \
  "Decrypt inbound enveloped-data when every envelope recipient holds a key to it in the "         \
  "keystore (older and expired keys too), then verify what it held. Otherwise the message "        \
  "passes encrypted, and the audit line says why.")                                                \
K("inbound.harvest", CM_KT_BOOL, ST_BOOL, CF(inbound.harvest),                                     \
  "true", 0, 0, NULL, NULL,                                                                        \
  "With a store (store.url): keep the encrypting certificate of every passing signer whose "       \
  "certificate names the From: address (the one its SMIMEEncryptionKeyPreference names, else "    \
  "a dual-use signer certificate), with the message's queue id.")                                  \
K("store", GROUP, ST_NONE, 0,                                                                      \
  NULL, 0, 0, NULL, NULL,                                                                          \
  "The certificate store: certificates certmilter learns, kept across restarts.")                 \
K("store.url", STR, ST_STR, CF(store.url),                                                         \
  "\"\"", 0, 0, NULL, check_store_url,                                                             \
  "Where the store is: sqlite:///PATH (created mode 0600 by the user certmilter runs as, WAL "     \
  "mode), or a PostgreSQL database that the nodes of a cluster share, "                            \
  "postgresql://USER@HOST/DATABASE (libpq's URL form, which also takes :PORT after HOST and "       \
  "?PARAM=VALUE parameters; the password best in ~/.pgpass of the user certmilter runs as or in "  \
  "the file PGPASSFILE names, not in the URL, which messages show with *** for a password); "      \
  "empty: no store.")                                                                              \
K("store.poll_interval", INT, ST_INT, CF(store.poll_interval),                                     \
  "2", 1, 3600, NULL, NULL,                                                                        \
  "Seconds between two looks at the store for certificates that other nodes (or this one) "       \
  "added: a cached \"no certificate\" answer for such an address is dropped, so the next "        \
  "message to it is encrypted. Only with a { type = \"store\"; } directory source.")
/* clang-format on */

#endif
