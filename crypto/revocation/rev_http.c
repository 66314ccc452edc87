/*
 * rev_http.c - the revocation client's transfers (rev_int.h): one libcurl
 * easy handle per request (answers are cached, so requests are rare), the
 * answer capped in size, no redirects, no later than the caller's
 * deadline. The URLs come from certificates, that is from outside: only
 * plain printable http (or https if allowed) URLs are fetched, and they
 * are escaped wherever they are written.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>

#include "clock.h"
#include "log.h"
#include "rev_int.h"

#define REV_MAX_URL 1024

bool rev_url_ok(const struct rev_client *c, const char *url)
{
	size_t n = strlen(url);

	if (n == 0 || n > REV_MAX_URL)
		return false;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)url[i] <= 0x20 || (unsigned char)url[i] >= 0x7f)
			return false;
	return strncasecmp(url, "http://", 7) == 0 ||
	       (c->o.allow_https && strncasecmp(url, "https://", 8) == 0);
}

char *rev_url_text(char *dst, size_t len, const char *url)
{
	return log_escape(dst, len, url, strlen(url) > 200 ? 200 : strlen(url));
}

/* Milliseconds the transfer may take: the timeout, cut at the deadline;
 * 0 if the deadline has passed. */
static long budget_ms(const struct rev_client *c, long deadline_ms)
{
	long ms = c->o.timeout * 1000, left;

	if (deadline_ms == 0)
		return ms;
	left = deadline_ms - cm_now_ms();
	if (left <= 0)
		return 0;
	return left < ms ? left : ms;
}

static void problem(CURL *e, CURLcode rc, const struct buf *out, long max, const char *ebuf,
                    cm_err *why)
{
	long oserr = 0;

	if (out->too_big || rc == CURLE_FILESIZE_EXCEEDED)
		cm_err_set(why, "answer larger than %ld bytes", max);
	else if (rc == CURLE_OPERATION_TIMEDOUT)
		cm_err_set(why, "timed out");
	else if (rc == CURLE_COULDNT_CONNECT &&
	         curl_easy_getinfo(e, CURLINFO_OS_ERRNO, &oserr) == CURLE_OK &&
	         oserr == ECONNREFUSED)
		cm_err_set(why, "connection refused");
	else
		cm_err_set(why, "%s", ebuf[0] ? ebuf : curl_easy_strerror(rc));
}

int rev_http(const struct rev_client *c, const char *url, const void *post, size_t postlen,
             long max, long deadline_ms, struct buf *out, cm_err *why)
{
	long ms = budget_ms(c, deadline_ms), status = 0;
	char ebuf[CURL_ERROR_SIZE] = "";
	struct curl_slist *hdr = NULL;
	CURLcode rc;
	CURL *e;
	int ret = -1;

	buf_reset(out);
	out->max = (size_t)max;
	if (ms == 0) {
		cm_err_set(why, "deadline passed");
		return -1;
	}
	e = curl_easy_init();
	if (post != NULL) {
		hdr = curl_slist_append(hdr, "Content-Type: application/ocsp-request");
		hdr = curl_slist_append(hdr, "Accept: application/ocsp-response");
		hdr = curl_slist_append(hdr, "Expect:");
	}
	if (e == NULL || (post != NULL && hdr == NULL) ||
	    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L) ||
	    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, c->o.allow_https ? "http,https" : "http") ||
	    curl_easy_setopt(e, CURLOPT_URL, url) ||
	    curl_easy_setopt(e, CURLOPT_USERAGENT, "certmilter") ||
	    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, ms) ||
	    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, ms) ||
	    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)max) ||
	    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, buf_write_capped) ||
	    curl_easy_setopt(e, CURLOPT_WRITEDATA, out) ||
	    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, ebuf) ||
	    (post != NULL &&
	     (curl_easy_setopt(e, CURLOPT_HTTPHEADER, hdr) ||
	      curl_easy_setopt(e, CURLOPT_POSTFIELDS, post) ||
	      curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)postlen))))
		msg_panic("curl_easy_init/setopt failed");
	rc = curl_easy_perform(e);
	if (rc != CURLE_OK) {
		problem(e, rc, out, max, ebuf, why);
		goto out;
	}
	curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
	if (status != 200) {
		cm_err_set(why, "HTTP status %ld", status);
		goto out;
	}
	ret = 0;
out:
	curl_slist_free_all(hdr);
	curl_easy_cleanup(e);
	return ret;
}
