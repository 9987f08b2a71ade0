/* libFuzzer harness for csv_cell: the input is a table, its rows split on
 * byte 0x1F and its cells on NUL. Each cell written must read back the
 * same through an RFC 4180 reader, with a ' before a formula starter. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "csv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* True when a spreadsheet would take a cell starting with c as a formula. */
static bool formula_start(char c)
{
	return c != '\0' && strchr("=+-@\t\r", c) != NULL;
}

/* Reads one RFC 4180 field at *p (end at e) into out (capacity enough),
 * its length in *n; returns the byte after it (a ',', CR or e), or NULL
 * when the text is not well formed. */
static const char *read_field(const char *p, const char *e, char *out,
                              size_t *n)
{
	*n = 0;
	if (p < e && *p == '"') {
		for (p++;; p++) {
			if (p == e)
				return NULL; /* no closing quote */
			if (*p == '"') {
				if (p + 1 < e && p[1] == '"') {
					out[(*n)++] = '"';
					p++;
					continue;
				}
				p++;
				break;
			}
			out[(*n)++] = *p;
		}
		if (p < e && *p != ',' && *p != '\r')
			return NULL; /* text after the closing quote */
		return p;
	}
	for (; p < e && *p != ',' && *p != '\r'; p++) {
		if (*p == '"' || *p == '\n')
			return NULL; /* bare quote or LF in an unquoted field */
		out[(*n)++] = *p;
	}
	return p;
}

/* Writes the table, reads it back and aborts on any difference. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf out = {0};
	struct csv c;
	char *in = malloc(size + 1), *field;
	const char *p, *e;
	size_t start = 0, n;

	if (in == NULL)
		abort();
	memcpy(in, data, size);
	in[size] = '\0';
	if (csv_begin(&c, &out) != 0)
		abort();
	/* Write: a NUL ends a cell, 0x1F ends a cell and its row. */
	for (size_t i = 0; i <= size; i++) {
		if (i < size && in[i] != '\0' && in[i] != 0x1f)
			continue;
		char saved = in[i];
		in[i] = '\0';
		if (csv_cell(&c, in + start) != 0)
			abort();
		in[i] = saved;
		start = i + 1;
		if (i == size || saved == 0x1f)
			if (csv_row_end(&c) != 0)
				abort();
	}
	/* Read back. */
	if (out.len < 3 || memcmp(out.data, "\xEF\xBB\xBF", 3) != 0)
		abort();
	field = malloc(out.len + 2);
	if (field == NULL)
		abort();
	p = out.data + 3;
	e = out.data + out.len;
	start = 0;
	for (size_t i = 0; i <= size; i++) {
		if (i < size && in[i] != '\0' && in[i] != 0x1f)
			continue;
		size_t len = i - start;
		const char *want = in + start;
		bool prefixed = len > 0 && formula_start(want[0]);

		if ((p = read_field(p, e, field, &n)) == NULL)
			abort();
		if (n > 0 && formula_start(field[0]))
			abort(); /* a live formula */
		if (n != len + prefixed || (prefixed && field[0] != '\'') ||
		    memcmp(field + prefixed, want, len) != 0)
			abort();
		if (i == size || in[i] == 0x1f) {
			if (e - p < 2 || p[0] != '\r' || p[1] != '\n')
				abort();
			p += 2;
		} else {
			if (p == e || *p != ',')
				abort();
			p++;
		}
		start = i + 1;
	}
	if (p != e)
		abort();
	free(field);
	buf_free(&out);
	free(in);
	return 0;
}
