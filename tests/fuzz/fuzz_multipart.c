/* libFuzzer harness for parse_multipart: the first line of the input (up
 * to '\n') is the Content-Type, the rest the body. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"
#include "utf8.h"

static const struct parse_limits lim = {200, 65536, 128};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pool pool = {0};
	struct fields f = {0};
	const uint8_t *nl = memchr(data, '\n', size);
	size_t clen = nl != NULL ? (size_t)(nl - data) : size;
	size_t blen = nl != NULL ? size - clen - 1 : 0;
	char *ctype = malloc(clen + 1), *body = malloc(blen + 1);
	int rc;

	if (ctype == NULL || body == NULL)
		abort();
	memcpy(ctype, data, clen);
	ctype[clen] = '\0';
	/* A copy of exactly blen bytes, so ASan sees any read past the end. */
	if (blen > 0)
		memcpy(body, nl + 1, blen);
	rc = parse_multipart(&f, &pool, ctype, body, blen, &lim);
	if (rc != 0 && rc != 400 && rc != 413)
		abort();
	if (f.n > lim.fields_max)
		abort();
	for (size_t i = 0; i < f.n; i++) {
		const struct field *fl = &f.v[i];
		if (fl->name == NULL || fl->name[0] == '\0' ||
		    strlen(fl->name) > lim.name_max ||
		    fl->value[fl->len] != '\0')
			abort();
		if (fl->filename == NULL &&
		    (fl->len > lim.field_max ||
		     !utf8_valid_text(fl->value, fl->len)))
			abort();
	}
	pool_clear(&pool);
	free(ctype);
	free(body);
	return 0;
}
