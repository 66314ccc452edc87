/*
 * fuzz_mime.c - libFuzzer target: mime_protection_of() and mime_entity()
 * on arbitrary messages.
 *
 * The input is a whole message; it is split into header fields and body as
 * an MTA would hand them to the milter (fuzz_msg_parse), the body is made
 * canonical by the same spool the milter uses, and then:
 *   - mime_protection_of(), mime_first_address(From) and mime_from_parse(From)
 *     must not crash (a display name only with an address);
 *   - mime_entity() either fails with a reason or returns an entity whose
 *     every LF is preceded by CR (the contract in mime.h), whose header
 *     block ends in an empty line, and around which mime_build_signed()
 *     finds a boundary that does not occur in it.
 * Any leak is reported by LeakSanitizer.
 */
#define _GNU_SOURCE /* memmem */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fuzz_common.h"
#include "mime.h"
#include "spool.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fuzz_init_common();
	fuzz_tmp();
	return 0;
}

static void check_entity(struct sbuf *se)
{
	static const unsigned char der[] = {0x30, 0x03, 0x02, 0x01, 0x01};
	struct mime_output out = {0};
	struct buf ebuf = {0}, *e = &ebuf;
	const char *b;
	char *boundary;
	cm_err err;

	REQUIRE(sbuf_slurp(se, e, &err) == 0);
	REQUIRE(e->len > 0);
	for (size_t i = 0; i < e->len; i++)
		if (e->data[i] == '\n')
			REQUIRE(i > 0 && e->data[i - 1] == '\r');
	REQUIRE(memmem(e->data, e->len, "\r\n\r\n", 4) != NULL);
	REQUIRE(mime_build_signed(se, der, sizeof(der), "sha-256", &out, &err) == 0);
	b = strstr(out.content_type, "boundary=\"");
	REQUIRE(b != NULL);
	boundary = strndup(b + 10, strcspn(b + 10, "\""));
	REQUIRE(*boundary && memmem(e->data, e->len, boundary, strlen(boundary)) == NULL);
	REQUIRE(sbuf_len(out.body) > e->len);
	free(boundary);
	mime_output_free(&out);
	buf_free(e);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_msg m;
	struct spool *sp = spool_create(fuzz_tmp(), 8192);
	struct sbuf_opts so = {fuzz_tmp(), 4096};
	struct sbuf *entity = sbuf_create(&so);
	cm_err err;
	FILE *body;

	fuzz_msg_parse(data, size, &m);
	(void)mime_protection_name(mime_protection_of(m.hdrs, m.nhdrs));
	for (size_t i = 0; i < m.nhdrs; i++) {
		if (strcasecmp(m.hdrs[i].name, "From") == 0) {
			struct mime_from f;

			free(mime_first_address(m.hdrs[i].value));
			mime_from_parse(m.hdrs[i].value, &f);
			REQUIRE(f.addr != NULL || f.name == NULL);
			mime_from_clear(&f);
		}
		(void)mime_is_content_header(m.hdrs[i].name);
	}
	REQUIRE(spool_write(sp, m.body, m.bodylen, &err) == 0);
	body = spool_stream(sp, &err);
	REQUIRE(body != NULL);
	if (mime_entity(m.hdrs, m.nhdrs, body, entity, NULL, 0, &err) == 0)
		check_entity(entity);
	else
		REQUIRE(err.text[0] != '\0' && sbuf_len(entity) == 0);
	sbuf_destroy(entity);
	spool_destroy(sp);
	fuzz_msg_free(&m);
	return 0;
}
