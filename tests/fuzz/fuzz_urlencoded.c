/* libFuzzer harness for parse_urlencoded: the input is a query string or
 * an application/x-www-form-urlencoded body. */
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
	int rc = parse_urlencoded(&f, &pool, (const char *)data, size, &lim);

	if (rc != 0 && rc != 400 && rc != 413)
		abort();
	if (f.n > lim.fields_max)
		abort();
	/* What was accepted keeps the promise of struct field. */
	for (size_t i = 0; i < f.n; i++) {
		const struct field *fl = &f.v[i];
		if (fl->name[0] == '\0' || fl->filename != NULL)
			abort();
		if (strlen(fl->name) > lim.name_max ||
		    fl->len > lim.field_max || fl->value[fl->len] != '\0' ||
		    !utf8_valid_text(fl->name, strlen(fl->name)) ||
		    !utf8_valid_text(fl->value, fl->len))
			abort();
	}
	pool_clear(&pool);
	return 0;
}
