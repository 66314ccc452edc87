/*
 * callbacks.c - libmilter callbacks: collect the message into the
 * per-message context; decide and act at end of message (eom.c).
 *
 * Everything goes through the mlfi table (mlfi.h). State lives only in the
 * context behind smfi_setpriv: libmilter may run one connection's callbacks
 * on different threads.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>

#include "audit.h"
#include "callbacks.h"
#include "callbacks_int.h"
#include "log.h"
#include "mlfi.h"
#include "outbound.h"
#include "xalloc.h"

static bool skip_supported; /* the MTA understands SMFIS_SKIP */

/* Header fields need no reply (SMFIP_NR_HDR): libmilter offers it to every
 * connection, answering CONTINUE itself for an MTA that lacks it, so the
 * MTA sends the header fields without waiting for each (one round trip
 * per field fewer). cb_header then never decides anything: a header it
 * cannot take is refused at the end of the headers (cb_eoh). */
static sfsistat header_reply(unsigned long pflags)
{
	return (pflags & SMFIP_NR_HDR) ? SMFIS_NOREPLY : SMFIS_CONTINUE;
}
static _Atomic unsigned long header_pflags; /* what cb_negotiate agreed last */

sfsistat cb_negotiate(SMFICTX *ctx, unsigned long f0, unsigned long f1, unsigned long f2,
                      unsigned long f3, unsigned long *pf0, unsigned long *pf1, unsigned long *pf2,
                      unsigned long *pf3)
{
	unsigned long want = SMFIF_ADDHDRS | SMFIF_CHGHDRS | SMFIF_CHGBODY;
	/* DATA is not skipped, although nothing is done there: Postfix sends
	 * the DATA macros whether or not it sends DATA, and without DATA's
	 * reply that write stays unacknowledged, so Postfix's next write (the
	 * header fields) waited for the kernel's delayed ACK - 40 ms per message
	 * on a TCP milter socket (tcpdump, bench/RESULTS.md). */
	unsigned long nosteps = SMFIP_NOHELO | SMFIP_NOUNKNOWN;

	if ((f0 & want) != want) {
		msg_error("the MTA does not offer header and body changes; not filtering");
		return SMFIS_REJECT; /* libmilter: end negotiation, filter not used */
	}
	*pf0 = want | (f0 & SMFIF_SETSYMLIST);
	*pf1 = f1 & (nosteps | SMFIP_NR_HDR);
	header_pflags = *pf1 & SMFIP_NR_HDR;
	skip_supported = (f1 & SMFIP_SKIP) != 0;
	if (skip_supported)
		*pf1 |= SMFIP_SKIP;
	*pf2 = 0;
	*pf3 = 0;
	if (f0 & SMFIF_SETSYMLIST) {
		mlfi->setsymlist(ctx, SMFIM_CONNECT, "j {daemon_name} {client_addr}");
		mlfi->setsymlist(ctx, SMFIM_ENVFROM, "i {auth_type} {auth_authen} {mail_addr}");
		mlfi->setsymlist(ctx, SMFIM_EOM, "i {auth_authen}");
	}
	return SMFIS_CONTINUE;
}

static struct connctx *conn_of(SMFICTX *ctx)
{
	return mlfi->getpriv(ctx);
}

/*
 * Printable client address and whether it is internal, or a local
 * submission: no address (Sendmail's command line), or Postfix's stand-in
 * for one (non_smtpd_milters: "localhost", 127.0.0.1 or ::1, port 0; a TCP
 * client never has port 0).
 */
static void conn_classify(struct connctx *cc, _SOCK_ADDR *addr)
{
	char text[INET6_ADDRSTRLEN] = "";
	const void *raw = NULL;
	int family = addr ? addr->sa_family : AF_UNSPEC;
	unsigned port = 0;

	if (family == AF_INET) {
		raw = &((struct sockaddr_in *)(void *)addr)->sin_addr;
		port = ntohs(((struct sockaddr_in *)(void *)addr)->sin_port);
	} else if (family == AF_INET6) {
		raw = &((struct sockaddr_in6 *)(void *)addr)->sin6_addr;
		port = ntohs(((struct sockaddr_in6 *)(void *)addr)->sin6_port);
	}
	if (raw == NULL || port == 0) {
		cc->local = true; /* outbound only with outbound.local_is_internal */
		return;
	}
	inet_ntop(family, raw, text, sizeof(text));
	free(cc->client_addr);
	cc->client_addr = xstrdup(text);
	cc->internal = config_is_internal(cc->rt->cfg, family, raw);
}

sfsistat cb_connect(SMFICTX *ctx, char *hostname, _SOCK_ADDR *addr)
{
	struct cm_runtime *rt = runtime_acquire();
	struct connctx *cc;
	const char *daemon;

	if (rt == NULL)
		msg_panic("connection before the configuration was installed");
	cc = conn_create(rt);
	conn_classify(cc, addr);
	daemon = mlfi->getsymval(ctx, "{daemon_name}");
	if (daemon) {
		free(cc->daemon);
		cc->daemon = xstrdup(daemon);
	}
	mlfi->setpriv(ctx, cc);
	return SMFIS_CONTINUE;
}

sfsistat cb_envfrom(SMFICTX *ctx, char **argv)
{
	struct connctx *cc = conn_of(ctx);
	struct msgctx *m;
	const char *auth;

	if (cc == NULL)
		return SMFIS_TEMPFAIL;
	m = msg_begin(cc);
	if (m == NULL) { /* stopping: the MTA keeps the message and retries */
		mlfi->setreply(ctx, "451", "4.3.2", "certmilter is stopping, try again later");
		return SMFIS_TEMPFAIL;
	}
	m->envfrom = addr_strip(argv[0] ? argv[0] : "");
	auth = mlfi->getsymval(ctx, "{auth_authen}");
	if (auth && *auth)
		m->auth = xstrdup(auth);
	return SMFIS_CONTINUE;
}

sfsistat cb_envrcpt(SMFICTX *ctx, char **argv)
{
	struct connctx *cc = conn_of(ctx);

	if (cc == NULL || cc->msg == NULL)
		return SMFIS_TEMPFAIL;
	return rcpt_add(ctx, cc, argv[0] ? argv[0] : "");
}

sfsistat cb_header(SMFICTX *ctx, char *name, char *value)
{
	struct connctx *cc = conn_of(ctx);
	struct msgctx *m;
	const struct cm_config *cfg;

	if (cc == NULL || cc->msg == NULL) /* cb_eoh tempfails it */
		return header_reply(header_pflags);
	m = cc->msg;
	cfg = cc->rt->cfg;
	eom_in_header(ctx, cc, name, value); /* past every limit: forged fields are removed */
	if (m->too_many_headers || m->header_bytes_over)
		return header_reply(header_pflags);
	if (m->nhdrs >= (size_t)cfg->limits.max_headers) {
		m->too_many_headers = true;
		return header_reply(header_pflags);
	}
	/* counted as msg_add_header counts: NAME, ": ", VALUE, CRLF */
	if (m->hdr_bytes + strlen(name) + strlen(value) + 4 >
	    (size_t)cfg->limits.max_header_bytes) {
		m->header_bytes_over = true;
		return header_reply(header_pflags);
	}
	msg_add_header(m, name, value);
	return header_reply(header_pflags);
}

/* The last Content-Type field: the one GMime parses the body by. */
static const char *last_content_type(const struct msgctx *m)
{
	for (size_t i = m->nhdrs; i-- > 0;)
		if (strcasecmp(m->hdrs[i].name, "Content-Type") == 0)
			return m->hdrs[i].value;
	return NULL;
}

/* Will end of message sign this outbound message, as far as its header
 * fields and envelope tell (the rule it will get signs, it does not claim
 * protection)? Then its body is scanned and hashed as it arrives. */
static bool may_sign(const struct connctx *cc)
{
	const struct msgctx *m = cc->msg;
	const char *value = msg_header(m, "From");
	struct mime_from from;
	bool sign;

	if (mime_protection_of(m->hdrs, m->nhdrs) != MIME_PLAIN)
		return false;
	mime_from_parse(value ? value : "", &from);
	sign = msg_rule(cc, from.addr)->nsign > 0;
	mime_from_clear(&from);
	return sign;
}

static void stream_tap(void *ps, const unsigned char *p, size_t n)
{
	protect_stream_feed(ps, p, n);
}

sfsistat cb_eoh(SMFICTX *ctx)
{
	struct connctx *cc = conn_of(ctx);
	struct conn_facts f;

	if (cc == NULL || cc->msg == NULL)
		return SMFIS_TEMPFAIL;
	f.auth = cc->msg->auth;
	f.internal = cc->internal;
	f.daemon = cc->daemon;
	f.local = cc->local;
	cc->msg->inbound = !outbound_is(cc->rt->cfg, &f);
	/* inbound: the body is read only when its top level is S/MIME, the
	 * only mail there is anything to verify or decrypt in */
	cc->msg->skip_body =
	    cc->msg->inbound &&
	    (!(cc->rt->cfg->inbound.verify || cc->rt->cfg->inbound.decrypt) ||
	     !mime_protection_is_smime(mime_protection_of(cc->msg->hdrs, cc->msg->nhdrs)));
	if (!cc->msg->skip_body) {
		const struct cm_config *cfg = cc->rt->cfg;
		struct mime_limits lim = {cfg->limits.max_mime_depth, cfg->limits.max_mime_parts,
		                          cfg->limits.max_line_length};

		cc->msg->mcount = mime_counter_create(&lim, last_content_type(cc->msg));
	}
	if (!cc->msg->inbound && may_sign(cc) &&
	    (cc->msg->pstream = protect_stream_start(cc->msg->hdrs, cc->msg->nhdrs,
	                                             cc->rt->cfg->signing.digest)) != NULL)
		spool_set_tap(cc->msg->body, stream_tap, cc->msg->pstream);
	return SMFIS_CONTINUE;
}

sfsistat cb_body(SMFICTX *ctx, unsigned char *data, size_t len)
{
	struct connctx *cc = conn_of(ctx);
	struct msgctx *m;
	cm_err err;

	if (cc == NULL || cc->msg == NULL)
		return SMFIS_TEMPFAIL;
	m = cc->msg;
	if (m->skip_body)
		return skip_supported ? SMFIS_SKIP : SMFIS_CONTINUE;
	if (m->oversize || m->spool_error || m->limit_hit != MIME_LIMIT_NONE)
		return SMFIS_CONTINUE; /* the verdict is known: keep no more */
	if (spool_size(m->body) + len > (size_t)cc->rt->cfg->limits.max_message_size) {
		m->oversize = true;
		return SMFIS_CONTINUE;
	}
	if (m->mcount != NULL) {
		m->limit_hit = mime_counter_feed(m->mcount, data, len);
		if (m->limit_hit != MIME_LIMIT_NONE)
			return SMFIS_CONTINUE;
	}
	if (spool_write(m->body, data, len, &err) < 0) {
		msg_error("%s", err.text);
		m->spool_error = xstrdup(err.text);
	}
	return SMFIS_CONTINUE;
}

static void msg_fetch_qid(SMFICTX *ctx, struct msgctx *m)
{
	const char *qid = mlfi->getsymval(ctx, "i");

	if (qid && *qid) {
		free(m->qid);
		m->qid = xstrdup(qid);
	}
}

sfsistat cb_eom(SMFICTX *ctx)
{
	struct connctx *cc = conn_of(ctx);
	sfsistat ret;

	if (cc == NULL || cc->msg == NULL)
		return SMFIS_TEMPFAIL;
	msg_fetch_qid(ctx, cc->msg);
	if (cc->msg->mcount != NULL && cc->msg->limit_hit == MIME_LIMIT_NONE)
		cc->msg->limit_hit = mime_counter_finish(cc->msg->mcount);
	cc->msg->at_eom = true;
	ret = cc->msg->inbound ? eom_inbound(ctx, cc) : eom_outbound(ctx, cc);
	msg_reset(cc);
	return ret;
}

sfsistat cb_abort(SMFICTX *ctx)
{
	struct connctx *cc = conn_of(ctx);
	struct audit_rec rec;

	if (cc == NULL || cc->msg == NULL)
		return SMFIS_CONTINUE;
	msg_fetch_qid(ctx, cc->msg);
	msg_audit_init(cc, &rec, cc->msg->inbound ? "in" : "out");
	rec.action = "abort";
	rec.reason = "transaction aborted by the MTA or client";
	audit_emit(&rec);
	msg_reset(cc);
	return SMFIS_CONTINUE;
}

sfsistat cb_close(SMFICTX *ctx)
{
	struct connctx *cc = conn_of(ctx);

	if (cc != NULL) {
		mlfi->setpriv(ctx, NULL);
		conn_destroy(cc);
	}
	return SMFIS_CONTINUE;
}

struct smfiDesc cm_filter = {
    .xxfi_name = "certmilter",
    .xxfi_version = SMFI_VERSION,
    .xxfi_flags = SMFIF_ADDHDRS | SMFIF_CHGHDRS | SMFIF_CHGBODY,
    .xxfi_connect = cb_connect,
    .xxfi_envfrom = cb_envfrom,
    .xxfi_envrcpt = cb_envrcpt,
    .xxfi_header = cb_header,
    .xxfi_eoh = cb_eoh,
    .xxfi_body = cb_body,
    .xxfi_eom = cb_eom,
    .xxfi_abort = cb_abort,
    .xxfi_close = cb_close,
    .xxfi_negotiate = cb_negotiate,
};
