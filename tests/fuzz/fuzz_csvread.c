/* libFuzzer harness for the upload's CSV reader and the parsers its cells
 * go through (decimals, dates): any bytes, no crash, no read past the
 * input, every cell a NUL-terminated string, the reader always ends, and
 * a parsed decimal or date is in range. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csvread.h"
#include "decimal.h"
#include "form.h"
#include "period.h"
#include "pool.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pool pool = {0};
	struct csvread c;
	const char *cells[8];
	char *text = malloc(size), day[DATE_TEXT];
	size_t rows = 0;
	long long v;
	int n;

	if (text == NULL)
		abort();
	memcpy(text, data, size); /* exactly size bytes: ASan sees overreads */
	csvread_begin(&c, text, size);
	if (c.sep != ',' && c.sep != ';')
		abort();
	while ((n = csvread_row(&c, &pool, cells, 8)) > 0) {
		if (++rows > size + 1)
			abort(); /* every record takes at least one byte */
		for (int i = 0; i < n; i++) {
			if (strlen(cells[i]) > size)
				abort();
			if (valid_decimal(cells[i], 1000000, &v) &&
			    (v < 0 || v > 1000000))
				abort();
			if (period_parse(cells[i], day) && !valid_date(day))
				abort();
		}
	}
	if (n == -1 && csvread_row(&c, &pool, cells, 8) != 0)
		abort(); /* after a malformed record the reader is at the end */
	pool_clear(&pool);
	free(text);
	return 0;
}
