/*
 * context.c - creation and the one cleanup of connection and message state
 * (see context.h).
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "clock.h"
#include "context.h"
#include "xalloc.h"

/* Messages in flight, for a stop that lets them finish. */
static pthread_mutex_t inflight_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t inflight_idle = PTHREAD_COND_INITIALIZER;
static size_t inflight;
static bool inflight_closed;
static bool inflight_given_up;

struct connctx *conn_create(struct cm_runtime *rt)
{
	struct connctx *cc = xcalloc(1, sizeof(*cc));

	cc->rt = rt;
	cc->client_addr = xstrdup("");
	cc->daemon = xstrdup("");
	return cc;
}

struct connctx *conn_destroy(struct connctx *cc)
{
	if (cc == NULL)
		return NULL;
	msg_reset(cc);
	free(cc->client_addr);
	free(cc->daemon);
	free(cc->authserv_id);
	runtime_release(cc->rt);
	free(cc);
	return NULL;
}

struct msgctx *msg_begin(struct connctx *cc)
{
	const struct cm_config *cfg = cc->rt->cfg;
	bool open;

	msg_reset(cc);
	pthread_mutex_lock(&inflight_lock);
	open = !inflight_closed;
	if (open)
		inflight++;
	pthread_mutex_unlock(&inflight_lock);
	if (!open)
		return NULL;
	cc->msg = xcalloc(1, sizeof(*cc->msg));
	cc->msg->body = spool_create(cfg->spool_dir, (size_t)cfg->limits.spool_threshold);
	cc->msg->start_ms = cm_now_ms();
	return cc->msg;
}

void msg_reset(struct connctx *cc)
{
	struct msgctx *m = cc->msg;

	if (m == NULL)
		return;
	free(m->qid);
	free(m->envfrom);
	free(m->auth);
	for (size_t i = 0; i < m->nrcpts; i++) {
		free(m->rcpts[i]);
		/* past end of message a lookup still running fills the cache for
		 * the retry; before it (abort, RSET, close) nobody needs it */
		if (m->at_eom)
			dir_lookup_free(m->lookups[i]);
		else
			dir_lookup_cancel(m->lookups[i]);
	}
	free(m->rcpts);
	free(m->lookups);
	for (size_t i = 0; i < m->nhdrs; i++) {
		free(m->hdrs[i].name);
		free(m->hdrs[i].value);
	}
	free(m->hdrs);
	spool_destroy(m->body);
	mime_counter_destroy(m->mcount);
	protect_stream_free(m->pstream);
	free(m->spool_error);
	free(m->forged);
	free(m);
	cc->msg = NULL;
	pthread_mutex_lock(&inflight_lock);
	if (--inflight == 0)
		pthread_cond_broadcast(&inflight_idle);
	pthread_mutex_unlock(&inflight_lock);
}

size_t msg_stop_accepting(void)
{
	size_t n;

	pthread_mutex_lock(&inflight_lock);
	inflight_closed = true;
	n = inflight;
	pthread_mutex_unlock(&inflight_lock);
	return n;
}

size_t msg_wait_idle(int seconds)
{
	struct timespec until;
	size_t n;
	int rc = 0;

	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += seconds;
	pthread_mutex_lock(&inflight_lock);
	while (inflight > 0 && !inflight_given_up && rc != ETIMEDOUT)
		rc = pthread_cond_timedwait(&inflight_idle, &inflight_lock, &until);
	n = inflight;
	pthread_mutex_unlock(&inflight_lock);
	return n;
}

void msg_give_up(void)
{
	pthread_mutex_lock(&inflight_lock);
	inflight_given_up = true;
	pthread_cond_broadcast(&inflight_idle);
	pthread_mutex_unlock(&inflight_lock);
}

void msg_add_rcpt(struct msgctx *m, char *addr, struct dir_lookup *lookup)
{
	if (m->nrcpts == m->rcpts_cap) {
		m->rcpts_cap = m->rcpts_cap ? m->rcpts_cap * 2 : 4;
		m->rcpts = xrealloc(m->rcpts, m->rcpts_cap * sizeof(*m->rcpts));
		m->lookups = xrealloc(m->lookups, m->rcpts_cap * sizeof(*m->lookups));
	}
	m->lookups[m->nrcpts] = lookup;
	m->rcpts[m->nrcpts++] = addr;
}

void msg_add_header(struct msgctx *m, const char *name, const char *value)
{
	if (m->nhdrs == m->hdrs_cap) {
		m->hdrs_cap = m->hdrs_cap ? m->hdrs_cap * 2 : 32;
		m->hdrs = xrealloc(m->hdrs, m->hdrs_cap * sizeof(*m->hdrs));
	}
	m->hdrs[m->nhdrs].name = xstrdup(name);
	m->hdrs[m->nhdrs].value = xstrdup(value);
	m->nhdrs++;
	m->hdr_bytes += strlen(name) + strlen(value) + 4;
}

const char *msg_header(const struct msgctx *m, const char *name)
{
	for (size_t i = 0; i < m->nhdrs; i++)
		if (strcasecmp(m->hdrs[i].name, name) == 0)
			return m->hdrs[i].value;
	return NULL;
}

const struct policy_rule *msg_rule(const struct connctx *cc, const char *from)
{
	const struct msgctx *m = cc->msg;
	struct msg_facts facts = {from,      m->envfrom,
	                          m->auth,   (const char *const *)m->rcpts,
	                          m->nrcpts, cc->rt->cfg->keystore.local_part_case_insensitive};

	return policy_decide(cc->rt->pol, &facts);
}

long msg_elapsed_ms(const struct msgctx *m)
{
	return cm_now_ms() - m->start_ms;
}

char *addr_strip(const char *arg)
{
	size_t len;

	while (*arg == ' ')
		arg++;
	len = strlen(arg);
	if (len >= 2 && arg[0] == '<' && arg[len - 1] == '>')
		return xstrndup(arg + 1, len - 2);
	return xstrdup(arg);
}

void msg_audit_init(const struct connctx *cc, struct audit_rec *rec, const char *dir)
{
	const struct msgctx *m = cc->msg;

	memset(rec, 0, sizeof(*rec));
	rec->qid = m->qid;
	rec->dir = dir;
	rec->from = m->envfrom;
	rec->auth = m->auth;
	rec->rcpts = m->nrcpts;
	rec->rule = -1;
	rec->action = "accept";
	rec->size = (long)spool_size(m->body);
	rec->ms = msg_elapsed_ms(m);
}
