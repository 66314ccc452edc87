/*
 * check_encdecide.c - the encryption matrix of certmilter.conf(5) DIRECTORY SOURCES: every
 * encrypt mode x every missing_certificate mode x recipient mixes, the
 * RCPT TO verdicts of split, and the early exits of certmilter.conf(5) OUTBOUND AND INBOUND (under
 * encrypt = required every outcome is encrypted or refused). The
 * expectations below are written from the SPEC text, one row per case.
 */
#include <check.h>
#include <string.h>

#include "encdecide.h"

static const char *const enc_names[] = {"never", "opportunistic", "required"};
static const char *const miss_names[] = {"plaintext", "reject", "tempfail", "split"};

struct row {
	const char *encrypt, *missing;
	const char *rcpts; /* F found, N none, U unavailable */
	const char *want;  /* "not", "all", "dir" (failure.directory; tempfail
	                      for required), "550", "451" */
};

/* certmilter.conf(5) DIRECTORY SOURCES: plaintext sends signed only (opportunistic); reject
 * 550 5.7.1; tempfail 451 4.7.1; split separates at RCPT TO (a mix left at the end is retried,
 * 451); an unavailable directory is failure.directory; required never goes out in clear. */
static const struct row rows[] = {
    {"never", "plaintext", "FN", "not"},         {"never", "reject", "NN", "not"},
    {"never", "tempfail", "FU", "not"},          {"never", "split", "FN", "not"},
    {"opportunistic", "plaintext", "FF", "all"}, {"opportunistic", "plaintext", "FN", "not"},
    {"opportunistic", "plaintext", "NN", "not"}, {"opportunistic", "plaintext", "FU", "dir"},
    {"opportunistic", "plaintext", "", "not"},   {"opportunistic", "reject", "FF", "all"},
    {"opportunistic", "reject", "FN", "550"},    {"opportunistic", "reject", "NN", "550"},
    {"opportunistic", "reject", "NU", "dir"},    {"opportunistic", "tempfail", "F", "all"},
    {"opportunistic", "tempfail", "FN", "451"},  {"opportunistic", "tempfail", "N", "451"},
    {"opportunistic", "tempfail", "U", "dir"},   {"opportunistic", "split", "FF", "all"},
    {"opportunistic", "split", "NN", "not"},     {"opportunistic", "split", "FN", "451"},
    {"opportunistic", "split", "FU", "dir"},     {"required", "plaintext", "FF", "all"},
    {"required", "plaintext", "FN", "550"},      {"required", "reject", "FF", "all"},
    {"required", "reject", "NF", "550"},         {"required", "reject", "FU", "dir"},
    {"required", "tempfail", "FFF", "all"},      {"required", "tempfail", "FFN", "451"},
    {"required", "tempfail", "UN", "dir"},       {"required", "split", "FF", "all"},
    {"required", "split", "NN", "550"},          {"required", "split", "FN", "451"},
    {"required", "split", "UU", "dir"},
};

static int index_of(const char *const *names, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(names[i], name) == 0)
			return (int)i;
	ck_abort_msg("unknown name %s", name);
	return -1;
}

static struct policy_rule rule_of(const char *encrypt, const char *missing)
{
	struct policy_rule r;

	memset(&r, 0, sizeof(r));
	r.encrypt = (enum cm_encrypt)index_of(enc_names, 3, encrypt);
	r.missing_certificate = (enum cm_missing)index_of(miss_names, 4, missing);
	return r;
}

static const char *outcome_word(const struct enc_decision *d, enum cm_action dirf)
{
	if (d->outcome == ENC_NOT)
		return "not";
	if (d->outcome == ENC_ALL)
		return "all";
	if (d->rcode == NULL)
		return d->action == dirf ? "dir" : "?";
	if (strcmp(d->rcode, "550") == 0)
		return d->action == CM_ACTION_REJECT && strcmp(d->xcode, "5.7.1") == 0 ? "550"
		                                                                       : "?";
	if (strcmp(d->rcode, "451") == 0)
		return d->action == CM_ACTION_TEMPFAIL && strcmp(d->xcode, "4.7.1") == 0 ? "451"
		                                                                         : "?";
	return "?";
}

START_TEST(test_matrix)
{
	const struct row *w = &rows[_i];
	struct policy_rule r = rule_of(w->encrypt, w->missing);
	enum rcpt_cert st[8];
	size_t n = strlen(w->rcpts), nf = 0, nn = 0, nu = 0;
	static const enum cm_action dirf[] = {CM_ACTION_TEMPFAIL, CM_ACTION_ACCEPT};

	for (size_t i = 0; i < n; i++) {
		st[i] = w->rcpts[i] == 'F'   ? RCPT_CERT_FOUND
		        : w->rcpts[i] == 'N' ? RCPT_CERT_NONE
		                             : RCPT_CERT_UNAVAILABLE;
		nf += w->rcpts[i] == 'F', nn += w->rcpts[i] == 'N', nu += w->rcpts[i] == 'U';
	}
	for (size_t k = 0; k < 2; k++) {
		struct enc_decision d;

		/* "dir": failure.directory, but accept (unchanged, in clear)
		 * becomes tempfail when the rule requires encryption */
		enum cm_action want_dir =
		    strcmp(w->encrypt, "required") == 0 ? CM_ACTION_TEMPFAIL : dirf[k];

		enc_decide(&r, st, n, dirf[k], &d);
		ck_assert_msg(
		    strcmp(outcome_word(&d, want_dir), w->want) == 0,
		    "encrypt=%s missing=%s rcpts=%s failure.directory=%zu: got %s, want %s",
		    w->encrypt, w->missing, w->rcpts, k, outcome_word(&d, want_dir), w->want);
		if (strcmp(w->encrypt, "never") != 0) {
			ck_assert_uint_eq(d.found, nf);
			ck_assert_uint_eq(d.none, nn);
			ck_assert_uint_eq(d.unavail, nu);
		}
		if (d.outcome == ENC_FAIL)
			ck_assert(d.reason != NULL && d.reason[0] != '\0');
	}
}
END_TEST

struct split_row {
	const char *encrypt, *missing;
	char first, st; /* '-' = this is the first recipient */
	enum split_verdict want;
};

static const struct split_row splits[] = {
    {"opportunistic", "split", '-', 'F', SPLIT_ACCEPT},
    {"opportunistic", "split", '-', 'N', SPLIT_ACCEPT},
    {"opportunistic", "split", 'F', 'F', SPLIT_ACCEPT},
    {"opportunistic", "split", 'F', 'N', SPLIT_DEFER},
    {"opportunistic", "split", 'N', 'F', SPLIT_DEFER},
    {"opportunistic", "split", 'N', 'N', SPLIT_ACCEPT},
    {"opportunistic", "split", 'F', 'U', SPLIT_ACCEPT},
    {"opportunistic", "split", 'U', 'N', SPLIT_ACCEPT},
    {"required", "split", '-', 'N', SPLIT_REJECT},
    {"required", "split", 'F', 'N', SPLIT_REJECT},
    {"required", "split", 'F', 'F', SPLIT_ACCEPT},
    {"opportunistic", "reject", 'F', 'N', SPLIT_ACCEPT},
    {"opportunistic", "tempfail", 'N', 'F', SPLIT_ACCEPT},
    {"never", "split", 'F', 'N', SPLIT_ACCEPT},
};

static enum rcpt_cert kind(char c)
{
	return c == 'F' ? RCPT_CERT_FOUND : c == 'N' ? RCPT_CERT_NONE : RCPT_CERT_UNAVAILABLE;
}

START_TEST(test_split)
{
	const struct split_row *w = &splits[_i];
	struct policy_rule r = rule_of(w->encrypt, w->missing);
	enum split_verdict v = enc_split(&r, w->first == '-', kind(w->first), kind(w->st));

	ck_assert_msg(v == w->want, "encrypt=%s missing=%s first=%c rcpt=%c: got %d, want %d",
	              w->encrypt, w->missing, w->first, w->st, v, w->want);
}
END_TEST

struct early_row {
	const char *encrypt;
	enum early_exit what;
	const char *configured; /* the failure.* or from_mismatch action */
	const char *want;       /* pass, encrypt, as-is, tempfail, raised, reject */
};

/* certmilter.conf(5) OUTBOUND AND INBOUND: under required no failure action, pass-through or
 * from-mismatch path delivers in clear (accept -> tempfail "raised"); what is not signed is
 * encrypted whenever the rule encrypts (a signed message as it is); already encrypted mail passes.
 * Not required: accept passes unchanged. */
static const struct early_row earlies[] = {
    {"never", EARLY_FAILURE, "accept", "pass"},
    {"never", EARLY_FAILURE, "tempfail", "tempfail"},
    {"never", EARLY_FAILURE, "reject", "reject"},
    {"opportunistic", EARLY_FAILURE, "accept", "pass"},
    {"opportunistic", EARLY_FAILURE, "tempfail", "tempfail"},
    {"opportunistic", EARLY_FAILURE, "reject", "reject"},
    {"required", EARLY_FAILURE, "accept", "raised"},
    {"required", EARLY_FAILURE, "tempfail", "tempfail"},
    {"required", EARLY_FAILURE, "reject", "reject"},
    {"never", EARLY_SIGNED, "accept", "pass"},
    {"opportunistic", EARLY_SIGNED, "accept", "as-is"},
    {"required", EARLY_SIGNED, "accept", "as-is"},
    {"never", EARLY_ENCRYPTED, "accept", "pass"},
    {"opportunistic", EARLY_ENCRYPTED, "accept", "pass"},
    {"required", EARLY_ENCRYPTED, "accept", "pass"},
    {"never", EARLY_FROM, "accept", "pass"},
    {"never", EARLY_FROM, "reject", "reject"},
    {"opportunistic", EARLY_FROM, "accept", "encrypt"},
    {"opportunistic", EARLY_FROM, "reject", "reject"},
    {"required", EARLY_FROM, "accept", "encrypt"},
    {"required", EARLY_FROM, "reject", "reject"},
};

static const char *early_word(const struct early_decision *d)
{
	if (d->outcome == EARLY_PASS)
		return d->raised || d->as_is || d->note ? "?" : "pass";
	if (d->outcome == EARLY_ENCRYPT)
		return d->raised ? "?" : d->as_is ? "as-is" : "encrypt";
	if (d->action == CM_ACTION_REJECT)
		return d->raised ? "?" : "reject";
	if (d->action != CM_ACTION_TEMPFAIL)
		return "?";
	if (d->raised)
		return d->note != NULL && d->note[0] != '\0' ? "raised" : "?";
	return "tempfail";
}

START_TEST(test_early)
{
	static const char *const actions[] = {"tempfail", "accept", "reject"};
	const struct early_row *w = &earlies[_i];
	struct early_decision d;

	enc_early((enum cm_encrypt)index_of(enc_names, 3, w->encrypt), w->what,
	          (enum cm_action)index_of(actions, 3, w->configured), &d);
	ck_assert_msg(strcmp(early_word(&d), w->want) == 0,
	              "encrypt=%s exit=%d %s: got %s, want %s", w->encrypt, w->what, w->configured,
	              early_word(&d), w->want);
}
END_TEST

/* failure.directory accept under required: tempfail with the same note. */
START_TEST(test_directory_note)
{
	struct policy_rule r = rule_of("required", "reject");
	enum rcpt_cert st[] = {RCPT_CERT_UNAVAILABLE};
	struct enc_decision d;

	enc_decide(&r, st, 1, CM_ACTION_ACCEPT, &d);
	ck_assert_int_eq(d.outcome, ENC_FAIL);
	ck_assert_int_eq(d.action, CM_ACTION_TEMPFAIL);
	ck_assert_ptr_nonnull(d.note);
	r = rule_of("opportunistic", "reject");
	enc_decide(&r, st, 1, CM_ACTION_ACCEPT, &d);
	ck_assert_int_eq(d.action, CM_ACTION_ACCEPT);
	ck_assert_ptr_null(d.note);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("encdecide");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_add_loop_test(tc, test_matrix, 0, (int)(sizeof(rows) / sizeof(rows[0])));
	tcase_add_loop_test(tc, test_split, 0, (int)(sizeof(splits) / sizeof(splits[0])));
	tcase_add_loop_test(tc, test_early, 0, (int)(sizeof(earlies) / sizeof(earlies[0])));
	tcase_add_test(tc, test_directory_note);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
