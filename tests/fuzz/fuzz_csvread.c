/* libFuzzer harness for csvread: any bytes as an uploaded file. Every row
 * read must hold at most CSVREAD_CELLS_MAX cells of valid UTF-8 text of
 * at most CSVREAD_CELL_MAX bytes, start on a line no earlier than the one
 * before; a file that reads to its end must read back the same after the
 * project's CSV writer wrote its cells again (unless the writer marks a
 * cell as a formula, or the first line then reads as ';'-separated).
 * Every cell also goes through the parsers the partner portal's upload
 * gives its cells (decimals, dates): what they accept is in range. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "csv.h"
#include "csvread.h"
#include "decimal.h"
#include "form.h"
#include "period.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define ROWS_MAX 200

/* The cells of every row, copied, each row ended by a NULL. */
struct table {
	char *cells[ROWS_MAX * (CSVREAD_CELLS_MAX + 1)];
	size_t n;
	size_t rows;
};

static void table_free(struct table *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->cells[i]);
	t->n = t->rows = 0;
}

/* Reads every row of c into t (up to ROWS_MAX), checking each; returns
 * the last csvread_next() result. */
static int read_all(struct csvread *c, struct table *t)
{
	struct csvrow row;
	size_t last_line = 0;
	int rc;

	while (t->rows < ROWS_MAX && (rc = csvread_next(c, &row)) == 1) {
		bool blank = true;

		if (row.n < 1 || row.n > CSVREAD_CELLS_MAX || row.line < 1 ||
		    row.line < last_line)
			abort();
		last_line = row.line;
		for (size_t i = 0; i < row.n; i++) {
			size_t len = strlen(row.cell[i]);
			char day[DATE_TEXT];
			long long v;

			if (len > CSVREAD_CELL_MAX ||
			    !utf8_valid_text(row.cell[i], len))
				abort();
			if (valid_decimal(row.cell[i], 1000000, &v) &&
			    (v < 0 || v > 1000000))
				abort();
			if (period_parse(row.cell[i], day) && !valid_date(day))
				abort();
			blank = blank && len == 0;
			t->cells[t->n++] = strdup(row.cell[i]);
		}
		if (blank) /* blank rows are skipped */
			abort();
		t->cells[t->n++] = NULL;
		t->rows++;
	}
	return t->rows == ROWS_MAX ? 0 : rc;
}

/* True when the writer would prefix the cell with a quote. */
static bool formula(const char *s)
{
	return *s != '\0' && strchr("=+-@\t\r", *s) != NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct table first, second;
	struct csvread c;
	struct buf out = {0};
	struct csv w;
	bool plain = true;

	if (csvread_open(&c, (const char *)data, size) == 0 &&
	    read_all(&c, &first) == 0) {
		csv_begin(&w, &out);
		for (size_t i = 0; i < first.n; i++) {
			if (first.cells[i] == NULL) {
				csv_row_end(&w);
				continue;
			}
			plain = plain && !formula(first.cells[i]);
			csv_cell(&w, first.cells[i]);
		}
		csvread_free(&c);
		/* The writer separates with commas: a first line with more
		 * semicolons in its cells than commas reads as ';' (as it
		 * should), so such a table is not compared. */
		if (plain && csvread_open(&c, out.data, out.len) == 0 &&
		    c.sep == ',') {
			if (read_all(&c, &second) != 0 || second.n != first.n)
				abort();
			for (size_t i = 0; i < first.n; i++)
				if ((first.cells[i] == NULL) !=
				        (second.cells[i] == NULL) ||
				    (first.cells[i] != NULL &&
				     strcmp(first.cells[i], second.cells[i]) !=
				         0))
					abort();
		}
	}
	csvread_free(&c);
	buf_free(&out);
	table_free(&first);
	table_free(&second);
	return 0;
}
