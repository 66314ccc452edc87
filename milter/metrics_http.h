/*
 * metrics_http.h - GET /metrics (certmilter.conf(5) METRICS): an HTTP
 * endpoint on libmicrohttpd, in a thread of its own in the worker process,
 * serving the counters of metrics.h plus what only the configuration in
 * force knows (the keystore's certificates and their expiry).
 */
#ifndef METRICS_HTTP_H
#define METRICS_HTTP_H

#include "cm.h"
#include "config.h"

struct metrics_http;

/* Listen on cfg's metrics.listen. NULL when it is empty (err.text empty),
 * or NULL + err when the address cannot be bound. */
struct metrics_http *metrics_http_start(const struct cm_config *cfg, cm_err *err);
struct metrics_http *metrics_http_stop(struct metrics_http *m); /* returns NULL */

#endif
