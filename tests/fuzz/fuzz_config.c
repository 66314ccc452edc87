/*
 * fuzz_config.c - libFuzzer target: the configuration and the policy
 * parser. The input is written to a file in a private directory and loaded
 * with config_load() and with policy_load(); what loads is freed again, and
 * what fails must say why ("FILE..." in the error). Inputs that name
 * /dev, /proc or /sys are skipped: an @include of /dev/zero would only test
 * libconfig's patience.
 */
#define _GNU_SOURCE /* memmem */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "fuzz_common.h"
#include "policy.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char file[600];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_init_common();
	fuzz_path(file, sizeof(file), fuzz_tmp(), "fuzz.conf");
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const skip[] = {"/dev", "/proc", "/sys"};
	struct cm_config *cfg;
	struct policy *pol;
	cm_err err;

	for (size_t i = 0; i < sizeof(skip) / sizeof(skip[0]); i++)
		if (memmem(data, size, skip[i], strlen(skip[i])) != NULL)
			return -1;
	fuzz_write(file, data, size);
	cfg = config_load(file, &err);
	if (cfg != NULL) {
		REQUIRE(config_unref(cfg) == NULL);
	} else {
		REQUIRE(err.text[0] != '\0');
	}
	pol = policy_load(file, &err);
	if (pol != NULL) {
		REQUIRE(pol->nrules == 0 || pol->rules != NULL);
		REQUIRE(policy_free(pol) == NULL);
	} else {
		REQUIRE(err.text[0] != '\0');
	}
	return 0;
}
