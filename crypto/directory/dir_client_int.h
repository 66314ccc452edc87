/*
 * dir_client_int.h - the directory client's state (dir_client.c), shared
 * with the files that run parts of it: dir_setup.c (sources and settings),
 * dir_jobshare.c (jobs and the store's shared answers). Locking as
 * dir_client.c says: d->lock guards the cache, the jobs, their results,
 * the counters and d->sh_done.
 */
#ifndef DIR_CLIENT_INT_H
#define DIR_CLIENT_INT_H

#include <curl/curl.h>
#include <pthread.h>
#include <sys/types.h>

#include "dir_int.h"

struct dir_job {
	char *key;  /* normalized address */
	char *addr; /* as given (keystore lookups, URLs) */
	char where[DIR_MAX_ADDR + 64];
	unsigned refs;
	size_t src;             /* source being asked */
	long asked_ms;          /* since when (the metrics' latency) */
	struct dir_xfer *xfer;  /* its request, if http */
	struct dir_lsearch *ls; /* its search, if ldap */
	bool done;
	enum dir_result res;
	X509 *cert;
	char fails[DIR_ERR_LEN];       /* the unavailable sources so far */
	bool clear_none;               /* a cleartext source said "no certificate" */
	unsigned notes;                /* DIR_NOTE_* gathered from the sources */
	unsigned unavail, unavail_rev; /* sources unavailable; of them for revocation */
	bool queued;                   /* in d->queue, not started */
	size_t sh_src;                 /* the source whose shared answer was asked for; +1 */
	int sh_found;                  /* its answer: 1 kept, 0 none, -1 store failed */
	struct store_lookup sh;        /* sh_found 1: the kept answer */
	bool sh_hit;                   /* the current answer came from the store */
	struct dir_job *sh_next;       /* in d->sh_done */
	bool cancel;                   /* its last lookup was cancelled: drop it */
	struct dir_job *next;          /* in d->jobs (in flight) */
	struct dir_job *qnext;         /* in d->queue */
};

struct dir_client {
	struct dir_source *src;
	size_t nsrc;
	const struct keystore *ks;
	struct store *store;
	bool local_ci;
	struct cm_chain_req chain; /* smimeencrypt, trust.min_*_bits */
	struct dir_paths paths;    /* chain bundle, AIA, revocation hook */
	long max_response;
	long pos_ttl_ms, neg_ttl_ms, stale_ms;

	pthread_mutex_t lock;
	pthread_cond_t done_cond;
	struct dir_cache *cache;
	struct dir_job *jobs;        /* in flight, including queued */
	struct dir_job *queue;       /* not yet picked up by the driver, oldest first */
	struct dir_job **queue_tail; /* where the next one goes */
	size_t running, max_running; /* jobs started and not done; at most that many */
	bool stopping;
	struct dir_stats st;

	pthread_t driver;
	bool driver_started; /* in process driver_pid */
	pid_t driver_pid;
	CURLM *multi;
	struct dir_watch *watch;   /* with a store source: its changes drop cached answers */
	struct dir_shared *shared; /* with a shared_cache source: its thread */
	struct dir_job *sh_done;   /* jobs whose shared answer came, for the driver */
	long stats_at;             /* when the stats were last logged */
	struct dir_stats logged;
};

/* dir_client.c: a source's answer (finish on a hit, else the next
 * source), and asking the job's current source. Driver thread, lock not
 * held. */
void dir_job_answer(struct dir_client *d, struct dir_job *j, struct dir_answer *a);
void dir_job_next(struct dir_client *d, struct dir_job *j);

/* dir_setup.c */
bool dir_sources_load(struct dir_client *d, const struct dir_opts *opts, cm_err *err);
void dir_client_init(struct dir_client *d, const struct dir_opts *opts);
void dir_sources_free(struct dir_client *d);

/* dir_jobshare.c */
bool dir_shared_ask_job(struct dir_client *d, struct dir_job *j);
void dir_shared_done(void *arg, void *tag, int found, struct store_lookup *l);
void dir_shared_step(struct dir_client *d);
void dir_shared_keep_answer(struct dir_client *d, struct dir_job *j, const struct dir_answer *a);

#endif
