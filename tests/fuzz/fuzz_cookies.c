/* libFuzzer harness for parse_cookies: the input is a Cookie header. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"

static const struct parse_limits lim = {200, 65536, 128};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pool pool = {0};
	struct fields f = {0};
	char *header = malloc(size + 1);

	if (header == NULL)
		abort();
	memcpy(header, data, size);
	header[size] = '\0';
	if (parse_cookies(&f, &pool, header, &lim) != 0)
		abort();
	if (f.n > lim.fields_max)
		abort();
	for (size_t i = 0; i < f.n; i++) {
		const struct field *fl = &f.v[i];
		size_t nlen = strlen(fl->name);
		if (nlen == 0 || nlen > lim.name_max ||
		    fl->len > lim.field_max || strlen(fl->value) != fl->len ||
		    strpbrk(fl->value, " \t;,\"\\") != NULL ||
		    strpbrk(fl->name, " \t;=") != NULL)
			abort();
	}
	pool_clear(&pool);
	free(header);
	return 0;
}
