/*
 * fakemlfi.c - the fake libmilter of the milter-core tests and the milter
 * fuzz target (see fakemlfi.h): records each request in the test's
 * struct smfi_str, refuses the one the test asked for, and notes the first
 * request that breaks the rules.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "fakemlfi.h"

static void broke(SMFICTX *ctx, const char *rule)
{
	if (ctx->bad == NULL)
		ctx->bad = rule;
}

/* Count a modification request; MI_FAILURE if it is the one to refuse. */
static int modify(SMFICTX *ctx)
{
	if (++ctx->ops == ctx->fail_at) {
		ctx->refused = true;
		return MI_FAILURE;
	}
	return MI_SUCCESS;
}

static char *fake_getsymval(SMFICTX *ctx, char *name)
{
	if (strcmp(name, "i") == 0)
		return (char *)(ctx->qid != NULL ? ctx->qid : "TESTQID");
	if (strcmp(name, "{auth_authen}") == 0)
		return (char *)ctx->auth;
	return NULL;
}

static void *fake_getpriv(SMFICTX *ctx)
{
	return ctx->priv;
}

static int fake_setpriv(SMFICTX *ctx, void *p)
{
	ctx->priv = p;
	return MI_SUCCESS;
}

static int fake_chgheader(SMFICTX *ctx, char *name, int index, char *value)
{
	char line[512];

	if (ctx->nreplace > 0 || index < 1 || value != NULL ||
	    !(mime_is_content_header(name) || strcasecmp(name, "Certmilter-Identity") == 0 ||
	      strcasecmp(name, "Authentication-Results") == 0))
		broke(ctx, "chgheader: after the body, index < 1, a value, or no field of ours");
	if (modify(ctx) != MI_SUCCESS)
		return MI_FAILURE;
	snprintf(line, sizeof(line), "-%s[%d]%s\n", name, index, value ? "changed" : "");
	buf_append(&ctx->hdrops, line, strlen(line));
	ctx->deleted += value == NULL;
	return MI_SUCCESS;
}

static int fake_addheader(SMFICTX *ctx, char *name, char *value)
{
	if (ctx->nreplace > 0 || strchr(value, '\r') != NULL)
		broke(ctx, "addheader: after the body, or a CR in the value");
	if (modify(ctx) != MI_SUCCESS)
		return MI_FAILURE;
	buf_append(&ctx->hdrops, "+", 1);
	buf_append(&ctx->hdrops, name, strlen(name));
	buf_append(&ctx->hdrops, ": ", 2);
	buf_append(&ctx->hdrops, value, strlen(value));
	buf_append(&ctx->hdrops, "\n", 1);
	ctx->added_mv += strcasecmp(name, "MIME-Version") == 0;
	ctx->added_ct += strcasecmp(name, "Content-Type") == 0;
	return MI_SUCCESS;
}

static int fake_insheader(SMFICTX *ctx, int index, char *name, char *value)
{
	if (index != 0)
		broke(ctx, "insheader: not at the top");
	return fake_addheader(ctx, name, value);
}

static int fake_replacebody(SMFICTX *ctx, unsigned char *data, int len)
{
	if (len <= 0)
		broke(ctx, "replacebody: no bytes");
	ctx->nreplace++;
	if (modify(ctx) != MI_SUCCESS)
		return MI_FAILURE;
	if (len > 0)
		buf_append(&ctx->body, data, (size_t)len);
	return MI_SUCCESS;
}

static int fake_setreply(SMFICTX *ctx, char *rcode, char *xcode, char *text)
{
	if (strpbrk(text, "\r\n") != NULL || (rcode[0] != '4' && rcode[0] != '5'))
		broke(ctx, "setreply: not 4xx/5xx, or a CR or LF in the text");
	ctx->replied = true;
	snprintf(ctx->reply, sizeof(ctx->reply), "%s %s %s", rcode, xcode, text);
	return MI_SUCCESS;
}

static int fake_setsymlist(SMFICTX *ctx, int stage, char *macros)
{
	return MI_SUCCESS;
}

const struct mlfi_ops fakemlfi_ops = {
    fake_getsymval,   fake_getpriv,  fake_setpriv,    fake_chgheader, fake_addheader,
    fake_replacebody, fake_setreply, fake_setsymlist, fake_insheader,
};

const char *fakemlfi_text(struct buf *b)
{
	buf_append(b, "", 1);
	b->len--;
	return (const char *)b->data;
}

void fakemlfi_free(struct smfi_str *ctx)
{
	buf_free(&ctx->hdrops);
	buf_free(&ctx->body);
}
