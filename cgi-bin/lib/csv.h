/* csv: CSV exports (RFC 4180) that spreadsheets open safely.
 *
 * The design, for every module that exports: C writes the data cells
 * through csv_cell() (quoting, formula neutralisation, CRLF line ends);
 * the header row's words come from the catalog, never from C:
 * csv_header() sends the column keys through xsl/csv-header.xsl, which
 * looks each one up in xsl/i18n/<lang>.xml, and writes the words it gets
 * back as cells like any other. The file starts with a UTF-8 BOM so that
 * spreadsheets read accents right. */
#ifndef CSV_H
#define CSV_H

#include <stddef.h>

#include "buf.h"

struct csv {
	struct buf *out; /* the caller's buffer; the file is appended to it */
	size_t cells;    /* cells written on the current line */
};

/* Starts a file in out: writes the UTF-8 BOM. Returns 0 or -1. */
int csv_begin(struct csv *c, struct buf *out);
/* Appends one cell of text (NULL: empty). A cell starting with =, +, -,
 * @, tab or CR gets a leading ' so no spreadsheet runs it as a formula;
 * a cell holding a comma, a double quote, CR or LF is quoted, its quotes
 * doubled. Returns 0 or -1. */
int csv_cell(struct csv *c, const char *s);
/* Appends one cell holding the decimal n, as a number (never prefixed). */
int csv_cell_int(struct csv *c, long long n);
/* Ends the current line with CRLF. Returns 0 or -1. */
int csv_row_end(struct csv *c);
/* Writes a header row: the catalog words, in lang ("fr" or "en"), of the
 * n message keys. Returns 0, or -1 when the words cannot be had (logged). */
int csv_header(struct csv *c, const char *lang, const char *const *keys,
               size_t n);

#endif
