/*
 * dump_schema.c - prints what the real code knows about the keys of the
 * two configuration files, for tests/integration/t_manpages.sh, which
 * compares it with the man pages.
 *
 *   dump_schema config
 *       The schema table of certmilter.conf (config_schema()): a first line
 *       "#sysconfdir<TAB>DIR", then one line per row:
 *       NAME TYPE DEFAULT MIN MAX CHOICES DESCRIPTION, separated by tabs;
 *       TYPE is string, integer, boolean, strlist, enum, group or list;
 *       a missing DEFAULT or CHOICES is "-".
 *   dump_schema policy KEY...
 *       The policy file has no key table: each KEY is tried in a policy
 *       file's defaults through policy_load(). One line per KEY:
 *       "KEY<TAB>unknown", "KEY<TAB>condition" (a rule condition, refused
 *       in defaults), or "KEY<TAB>action<TAB>CHOICES<TAB>DEFAULT", where
 *       CHOICES are those the loader's error message lists for a bad value
 *       and DEFAULT is the built-in default (from a policy file without
 *       keys), "|"-separated.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "policy.h"

#ifndef SYSCONFDIR
#define SYSCONFDIR "/etc"
#endif

static const char *type_name(enum cm_keytype t)
{
	switch (t) {
	case CM_KT_STRING:
		return "string";
	case CM_KT_INT:
		return "integer";
	case CM_KT_BOOL:
		return "boolean";
	case CM_KT_STRLIST:
		return "strlist";
	case CM_KT_ENUM:
		return "enum";
	case CM_KT_GROUP:
		return "group";
	case CM_KT_LIST:
		return "list";
	}
	return "unknown";
}

static int dump_config(void)
{
	size_t n = 0;
	const struct cm_schema_row *rows = config_schema(&n);

	printf("#sysconfdir\t%s\n", SYSCONFDIR);
	for (size_t i = 0; i < n; i++) {
		const struct cm_schema_row *r = &rows[i];

		printf("%s\t%s\t%s\t%ld\t%ld\t%s\t%s\n", r->name, type_name(r->type),
		       r->deflt ? r->deflt : "-", r->min, r->max, r->choices ? r->choices : "-",
		       r->description);
	}
	return 0;
}

/* Write TEXT as DIR/policy.conf and load it; NULL with err filled on error. */
static struct policy *load_text(const char *dir, const char *text, cm_err *err)
{
	char path[4096];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/policy.conf", dir);
	fp = fopen(path, "w");
	if (fp == NULL || fputs(text, fp) < 0 || fclose(fp) != 0) {
		perror(path);
		exit(2);
	}
	return policy_load(path, err);
}

/* The built-in default of action KEY: loaded from a file without keys. */
static void print_default(const char *dir, const char *key, const char *choices)
{
	cm_err err;
	char buf[256];
	struct policy *pol = load_text(dir, "# no keys\n", &err);
	const struct policy_rule *d;
	unsigned v = 999;

	if (pol == NULL) {
		printf("?");
		return;
	}
	d = &pol->defaults;
	if (strcmp(key, "sign") == 0)
		for (size_t i = 0; i < d->nsign; i++)
			printf("%s%s", i ? "|" : "", cm_class_name(d->sign[i]));
	else if (strcmp(key, "timestamp") == 0)
		v = d->timestamp;
	else if (strcmp(key, "encrypt") == 0)
		v = d->encrypt;
	else if (strcmp(key, "missing_certificate") == 0)
		v = d->missing_certificate;
	else if (strcmp(key, "require") == 0)
		v = d->require;
	policy_free(pol);
	if (strcmp(key, "sign") == 0)
		return;
	/* the loader lists the names in the order of the enum values */
	snprintf(buf, sizeof(buf), "%s|", choices);
	for (char *p = buf, *bar; (bar = strchr(p, '|')) != NULL; p = bar + 1, v--)
		if (v == 0) {
			printf("%.*s", (int)(bar - p), p);
			return;
		}
	printf("?");
}

/* "a, b, c)..." -> "a|b|c" */
static void comma_list(char *out, size_t size, const char *in)
{
	size_t n = 0;

	for (; *in != '\0' && *in != ')' && n + 1 < size; in++)
		if (*in == ',')
			out[n++] = '|';
		else if (*in != ' ')
			out[n++] = *in;
	out[n] = '\0';
}

static void probe_policy_key(const char *dir, const char *key)
{
	char text[512], choices[256] = "-";
	const char *p;
	struct policy *pol;
	cm_err err;

	snprintf(text, sizeof(text), "defaults = { %s = \"\\001no such value\"; };\n", key);
	pol = load_text(dir, text, &err);
	if (pol != NULL || strstr(err.text, "unknown key") != NULL) {
		policy_free(pol);
		printf("%s\tunknown\n", key);
		return;
	}
	if (strstr(err.text, "not allowed in defaults") != NULL) {
		printf("%s\tcondition\n", key);
		return;
	}
	if ((p = strstr(err.text, "is not one of ")) != NULL) {
		snprintf(choices, sizeof(choices), "%s", p + strlen("is not one of "));
	} else { /* a list of classes: ask again with a bad element */
		snprintf(text, sizeof(text), "defaults = { %s = [ \"nosuchclass\" ]; };\n", key);
		pol = load_text(dir, text, &err);
		if (pol == NULL && (p = strstr(err.text, "signer class (")) != NULL)
			comma_list(choices, sizeof(choices), p + strlen("signer class ("));
		policy_free(pol);
	}
	printf("%s\taction\t%s\t", key, choices);
	print_default(dir, key, choices);
	printf("\n");
}

static int dump_policy(int argc, char **argv)
{
	char dir[] = "/tmp/dump_schema.XXXXXX";
	char path[4096];

	if (mkdtemp(dir) == NULL) {
		perror("mkdtemp");
		return 2;
	}
	for (int i = 0; i < argc; i++)
		probe_policy_key(dir, argv[i]);
	snprintf(path, sizeof(path), "%s/policy.conf", dir);
	unlink(path);
	rmdir(dir);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "config") == 0)
		return dump_config();
	if (argc >= 2 && strcmp(argv[1], "policy") == 0)
		return dump_policy(argc - 2, argv + 2);
	fprintf(stderr, "usage: dump_schema config | dump_schema policy KEY...\n");
	return 2;
}
