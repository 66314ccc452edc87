/*
 * metrics.h - the counters and histograms an operator graphs and alerts on
 * (certmilter.conf(5) METRICS), recorded by every module, rendered as
 * OpenMetrics text for GET /metrics (milter/metrics_http.c).
 *
 * Per message (from the audit record, so the counters always agree with
 * the audit lines): messages by direction and action, signatures by class,
 * timestamps added and missing, encryption outcomes. Per request to an
 * outside service (directory source, TSA, revocation responder): a count
 * by outcome and a latency histogram, labelled with the configured source
 * (never an address looked up, never a URL taken from a certificate);
 * cache hits and misses.
 *
 * Recording never blocks on a scrape: per-message counters are atomics;
 * per-request series (a few, one per configured source) sit behind a
 * mutex held for a few instructions. Label values are escaped.
 */
#ifndef METRICS_H
#define METRICS_H

#include <stdbool.h>

#include "audit.h"
#include "buf.h"

enum met_service { MET_DIRECTORY = 0, MET_TSA, MET_REVOCATION, MET_NSERVICES };

/* One message's audit record (audit_emit calls this). */
void metrics_audit(const struct audit_rec *rec);
/* A recipient put off to a transaction of its own (missing_certificate
 * split: 452 4.5.3). */
void metrics_split(void);
/* One request to an outside service: source is the configured one (a URL
 * template, "keystore", "ocsp"), outcome a word such as "found", "none",
 * "unavailable", "ok", "error", "revoked"; ms: how long it took. */
void metrics_request(enum met_service svc, const char *source, const char *outcome, long ms);
/* A cache consulted: hit or miss. */
void metrics_cache(enum met_service svc, bool hit);

/* The whole exposition: every family, then what extra appends (families
 * only the caller can read, such as the keystore's certificates), then
 * "# EOF". */
void metrics_render(struct buf *out, void (*extra)(struct buf *, void *), void *ctx);

/* For extra: a family's TYPE and HELP lines, and a label value escaped
 * for the text format (\\, \" and \n) appended to out. */
void metrics_family(struct buf *out, const char *name, const char *type, const char *help);
void metrics_label(struct buf *out, const char *name, const char *value, bool last);

/* Back to zero (tests). */
void metrics_reset(void);

#endif
