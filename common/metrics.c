/*
 * metrics.c - counters and histograms, and their OpenMetrics text
 * (metrics.h).
 *
 * Per-message families are fixed arrays of atomics indexed by words known
 * here (directions, actions, classes); a word not in a table counts as
 * "other". Per-request series are created on first use, one per (service,
 * source), at most MAX_SERIES in all (a further source counts under
 * "other"), and guarded by one mutex.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "metrics.h"
#include "xalloc.h"

#define MAX_SERIES   64
#define MAX_OUTCOMES 6
#define NBUCKETS     11

static const char *const dirs[] = {"in", "out"};
static const char *const actions[] = {"accept", "tempfail", "reject", "discard", "abort", "other"};
static const char *const classes[] = {"vp", "v4", "v3", "v2", "v1", "other"};
static const char *const enc_outcomes[] = {"encrypted", "plaintext", "reject", "tempfail", "split"};
static const char *const services[] = {"directory", "tsa", "revocation"};
/* inbound: the verified= word up to its ':' ("pass:v4" is pass), decrypted= */
static const char *const verdicts[] = {"pass",      "fail", "neutral", "temperror",
                                       "permerror", "none", "other"};
static const char *const decrypts[] = {"yes", "no", "other"};
/* the harvested= word up to its ':' ("none:not-from" is none) */
static const char *const harvests[] = {"new", "known", "none", "error", "other"};
static const double buckets[NBUCKETS] = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

#define N(a) (sizeof(a) / sizeof((a)[0]))

static _Atomic uint64_t messages[N(dirs)][N(actions)];
static _Atomic uint64_t signatures[N(classes)];
static _Atomic uint64_t timestamps[2]; /* done, missing */
static _Atomic uint64_t encryptions[N(enc_outcomes)];
static _Atomic uint64_t cache[MET_NSERVICES][2]; /* hit, miss */
static _Atomic uint64_t verified[N(verdicts)];
static _Atomic uint64_t decrypted[N(decrypts)];
static _Atomic uint64_t harvested[N(harvests)];

struct series {
	enum met_service svc;
	char *source;
	char *outcome[MAX_OUTCOMES];
	uint64_t count[MAX_OUTCOMES];
	uint64_t bucket[NBUCKETS]; /* requests at most buckets[i] seconds */
	uint64_t n;
	double sum;
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct series series[MAX_SERIES];
static size_t nseries;

/* The index of word in table; the last entry ("other") if it is not there. */
static size_t word_index(const char *const *table, size_t n, const char *word, size_t len)
{
	for (size_t i = 0; i + 1 < n; i++)
		if (strlen(table[i]) == len && strncmp(table[i], word, len) == 0)
			return i;
	return n - 1;
}

static void count_classes(const char *list)
{
	while (list != NULL && *list) {
		size_t len = strcspn(list, ",");

		if (len > 0)
			atomic_fetch_add(&signatures[word_index(classes, N(classes), list, len)],
			                 1);
		list += len + (list[len] == ',');
	}
}

void metrics_audit(const struct audit_rec *rec)
{
	const char *action = rec->action ? rec->action : "accept";
	size_t d = rec->dir != NULL && strcmp(rec->dir, "in") == 0 ? 0 : 1;
	size_t a = word_index(actions, N(actions), action, strlen(action));

	atomic_fetch_add(&messages[d][a], 1);
	count_classes(rec->signed_classes);
	if (rec->verified != NULL)
		atomic_fetch_add(&verified[word_index(verdicts, N(verdicts), rec->verified,
		                                      strcspn(rec->verified, ":"))],
		                 1);
	if (rec->decrypted != NULL)
		atomic_fetch_add(&decrypted[word_index(decrypts, N(decrypts), rec->decrypted,
		                                       strlen(rec->decrypted))],
		                 1);
	if (rec->harvested != NULL)
		atomic_fetch_add(&harvested[word_index(harvests, N(harvests), rec->harvested,
		                                       strcspn(rec->harvested, ":"))],
		                 1);
	if (rec->ts_wanted > 0) {
		atomic_fetch_add(&timestamps[0], (uint64_t)rec->ts_done);
		atomic_fetch_add(&timestamps[1], (uint64_t)(rec->ts_wanted - rec->ts_done));
	}
	if (!rec->enc_asked)
		return;
	if (strcmp(action, "reject") == 0)
		atomic_fetch_add(&encryptions[2], 1);
	else if (strcmp(action, "tempfail") == 0)
		atomic_fetch_add(&encryptions[3], 1);
	else if (strcmp(action, "accept") == 0)
		atomic_fetch_add(&encryptions[rec->enc_done > 0 ? 0 : 1], 1);
}

void metrics_split(void)
{
	atomic_fetch_add(&encryptions[4], 1);
}

void metrics_cache(enum met_service svc, bool hit)
{
	atomic_fetch_add(&cache[svc][hit ? 0 : 1], 1);
}

/* The series of (svc, source), made on first use; under lock. */
static struct series *series_of(enum met_service svc, const char *source)
{
	for (size_t i = 0; i < nseries; i++)
		if (series[i].svc == svc && strcmp(series[i].source, source) == 0)
			return &series[i];
	/* the last slots are kept for each service's "other" */
	if (nseries >= MAX_SERIES - MET_NSERVICES && strcmp(source, "other") != 0)
		return series_of(svc, "other");
	if (nseries == MAX_SERIES)
		return NULL;
	series[nseries].svc = svc;
	series[nseries].source = xstrdup(source);
	return &series[nseries++];
}

void metrics_request(enum met_service svc, const char *source, const char *outcome, long ms)
{
	double seconds = (double)ms / 1000.0;
	struct series *s;
	size_t o;

	pthread_mutex_lock(&lock);
	if ((s = series_of(svc, source ? source : "")) == NULL)
		goto out;
	for (o = 0; o < MAX_OUTCOMES && s->outcome[o] != NULL; o++)
		if (strcmp(s->outcome[o], outcome) == 0)
			break;
	if (o == MAX_OUTCOMES)
		o = MAX_OUTCOMES - 1; /* outcomes are words of the code: never reached */
	if (s->outcome[o] == NULL)
		s->outcome[o] = xstrdup(outcome);
	s->count[o]++;
	for (size_t b = 0; b < NBUCKETS; b++)
		if (seconds <= buckets[b])
			s->bucket[b]++;
	s->n++;
	s->sum += seconds;
out:
	pthread_mutex_unlock(&lock);
}

void metrics_reset(void)
{
	pthread_mutex_lock(&lock);
	for (size_t i = 0; i < nseries; i++) {
		free(series[i].source);
		for (size_t o = 0; o < MAX_OUTCOMES; o++)
			free(series[i].outcome[o]);
	}
	memset(series, 0, sizeof(series));
	nseries = 0;
	pthread_mutex_unlock(&lock);
	memset((void *)messages, 0, sizeof(messages));
	memset((void *)signatures, 0, sizeof(signatures));
	memset((void *)timestamps, 0, sizeof(timestamps));
	memset((void *)encryptions, 0, sizeof(encryptions));
	memset((void *)cache, 0, sizeof(cache));
	memset((void *)verified, 0, sizeof(verified));
	memset((void *)decrypted, 0, sizeof(decrypted));
	memset((void *)harvested, 0, sizeof(harvested));
}

/* ---- the text ---- */

static void put(struct buf *out, const char *s)
{
	buf_append(out, s, strlen(s));
}

static void put_u64(struct buf *out, uint64_t v)
{
	char n[32];

	snprintf(n, sizeof(n), " %llu\n", (unsigned long long)v);
	put(out, n);
}

void metrics_family(struct buf *out, const char *name, const char *type, const char *help)
{
	put(out, "# TYPE ");
	put(out, name);
	put(out, " ");
	put(out, type);
	put(out, "\n# HELP ");
	put(out, name);
	put(out, " ");
	put(out, help);
	put(out, "\n");
}

void metrics_label(struct buf *out, const char *name, const char *value, bool last)
{
	put(out, name);
	put(out, "=\"");
	for (const char *p = value; *p; p++) {
		if (*p == '\\' || *p == '"')
			buf_append(out, "\\", 1);
		if (*p == '\n')
			put(out, "\\n");
		else
			buf_append(out, p, 1);
	}
	put(out, last ? "\"}" : "\",");
}

static void render_messages(struct buf *out)
{
	metrics_family(out, "certmilter_messages", "counter",
	               "Messages by direction and action (one per audit line).");
	for (size_t d = 0; d < N(dirs); d++)
		for (size_t a = 0; a < N(actions); a++) {
			put(out, "certmilter_messages_total{");
			metrics_label(out, "direction", dirs[d], false);
			metrics_label(out, "action", actions[a], true);
			put_u64(out, atomic_load(&messages[d][a]));
		}
	metrics_family(out, "certmilter_signatures", "counter", "Signatures made, by class.");
	for (size_t c = 0; c < N(classes); c++) {
		put(out, "certmilter_signatures_total{");
		metrics_label(out, "class", classes[c], true);
		put_u64(out, atomic_load(&signatures[c]));
	}
	metrics_family(out, "certmilter_timestamps", "counter",
	               "RFC 3161 timestamps asked for: added (done) or missing.");
	put(out, "certmilter_timestamps_total{result=\"done\"}");
	put_u64(out, atomic_load(&timestamps[0]));
	put(out, "certmilter_timestamps_total{result=\"missing\"}");
	put_u64(out, atomic_load(&timestamps[1]));
	metrics_family(out, "certmilter_encryptions", "counter",
	               "Messages whose rule encrypts, by outcome; split counts recipients put "
	               "off to a transaction of their own.");
	for (size_t e = 0; e < N(enc_outcomes); e++) {
		put(out, "certmilter_encryptions_total{");
		metrics_label(out, "outcome", enc_outcomes[e], true);
		put_u64(out, atomic_load(&encryptions[e]));
	}
}

static void render_inbound(struct buf *out)
{
	metrics_family(out, "certmilter_inbound_verified", "counter",
	               "Inbound messages looked at, by verification result (pass: every signer "
	               "that did not pass is neutral; none: not signed).");
	for (size_t v = 0; v + 1 < N(verdicts); v++) {
		put(out, "certmilter_inbound_verified_total{");
		metrics_label(out, "result", verdicts[v], true);
		put_u64(out, atomic_load(&verified[v]));
	}
	metrics_family(out, "certmilter_inbound_decrypted", "counter",
	               "Inbound encrypted messages, decrypted (yes) or passed encrypted (no).");
	for (size_t d = 0; d + 1 < N(decrypts); d++) {
		put(out, "certmilter_inbound_decrypted_total{");
		metrics_label(out, "outcome", decrypts[d], true);
		put_u64(out, atomic_load(&decrypted[d]));
	}
	metrics_family(out, "certmilter_inbound_harvested", "counter",
	               "Signed inbound messages by what harvest did (inbound.harvest): a "
	               "certificate new to the store, known already, none kept, a store error.");
	for (size_t h = 0; h + 1 < N(harvests); h++) {
		put(out, "certmilter_inbound_harvested_total{");
		metrics_label(out, "outcome", harvests[h], true);
		put_u64(out, atomic_load(&harvested[h]));
	}
}

static void render_cache(struct buf *out)
{
	metrics_family(out, "certmilter_cache_lookups", "counter",
	               "Cache lookups by cache and result.");
	for (size_t s = 0; s < MET_NSERVICES; s++) {
		if (s == MET_TSA)
			continue; /* no cache */
		for (size_t h = 0; h < 2; h++) {
			put(out, "certmilter_cache_lookups_total{");
			metrics_label(out, "cache", services[s], false);
			metrics_label(out, "result", h == 0 ? "hit" : "miss", true);
			put_u64(out, atomic_load(&cache[s][h]));
		}
	}
}

/* Counts and histogram of one service's series; under lock. */
static void render_service(struct buf *out, enum met_service svc)
{
	char name[96], help[160], le[32];

	snprintf(name, sizeof(name), "certmilter_%s_requests", services[svc]);
	snprintf(help, sizeof(help), "Requests to %s sources, by source and outcome.",
	         services[svc]);
	metrics_family(out, name, "counter", help);
	for (size_t i = 0; i < nseries; i++)
		for (size_t o = 0; o < MAX_OUTCOMES && series[i].svc == svc && series[i].outcome[o];
		     o++) {
			put(out, name);
			put(out, "_total{");
			metrics_label(out, "source", series[i].source, false);
			metrics_label(out, "outcome", series[i].outcome[o], true);
			put_u64(out, series[i].count[o]);
		}
	snprintf(name, sizeof(name), "certmilter_%s_request_duration_seconds", services[svc]);
	snprintf(help, sizeof(help), "Time %s requests took.", services[svc]);
	metrics_family(out, name, "histogram", help);
	for (size_t i = 0; i < nseries; i++) {
		if (series[i].svc != svc)
			continue;
		for (size_t b = 0; b <= NBUCKETS; b++) {
			if (b < NBUCKETS)
				snprintf(le, sizeof(le), "%g", buckets[b]);
			put(out, name);
			put(out, "_bucket{");
			metrics_label(out, "source", series[i].source, false);
			metrics_label(out, "le", b < NBUCKETS ? le : "+Inf", true);
			put_u64(out, b < NBUCKETS ? series[i].bucket[b] : series[i].n);
		}
		put(out, name);
		put(out, "_count{");
		metrics_label(out, "source", series[i].source, true);
		put_u64(out, series[i].n);
		put(out, name);
		put(out, "_sum{");
		metrics_label(out, "source", series[i].source, true);
		snprintf(le, sizeof(le), " %.6f\n", series[i].sum);
		put(out, le);
	}
}

void metrics_render(struct buf *out, void (*extra)(struct buf *, void *), void *ctx)
{
	render_messages(out);
	render_inbound(out);
	render_cache(out);
	pthread_mutex_lock(&lock);
	for (size_t s = 0; s < MET_NSERVICES; s++)
		render_service(out, (enum met_service)s);
	pthread_mutex_unlock(&lock);
	if (extra != NULL)
		extra(out, ctx);
	put(out, "# EOF\n");
}
