/* csvread: reading CSV files as spreadsheets write them (the writer is
 * csv.h): UTF-8, with or without a byte order mark, or Windows-1252 (what
 * a French spreadsheet saves as "CSV"); cells separated by commas or by
 * semicolons, found from the first line; RFC 4180 quoting; CRLF, LF or CR
 * line ends. Everything a row holds is valid UTF-8 text without control
 * characters other than tab and line ends. */
#ifndef CSVREAD_H
#define CSVREAD_H

#include <stddef.h>

#include "buf.h"

#define CSVREAD_CELLS_MAX 64   /* cells in one row */
#define CSVREAD_CELL_MAX  1000 /* bytes in one cell */

enum csvread_encoding { CSVREAD_UTF8, CSVREAD_CP1252 };

enum csvread_error {
	CSVREAD_OK,
	CSVREAD_ENCODING, /* neither UTF-8 nor Windows-1252 text */
	CSVREAD_QUOTE,    /* a quote opened and never closed, or out of place */
	CSVREAD_CELLS,    /* more than CSVREAD_CELLS_MAX cells in a row */
	CSVREAD_CELL_SIZE, /* a cell longer than CSVREAD_CELL_MAX bytes */
	CSVREAD_MEMORY,
};

struct csvread {
	struct buf text; /* the file as UTF-8 */
	size_t pos;
	size_t line; /* the line the next row starts on, from 1 */
	char sep;    /* ',' or ';' */
	enum csvread_encoding encoding;
	enum csvread_error error;
	size_t error_line;
	struct buf cells; /* the current row's cells, each NUL-terminated */
	const char *cell[CSVREAD_CELLS_MAX];
};

/* One row: n cells, valid until the next csvread_next(); line is where
 * the row starts in the file (a quoted cell may hold line breaks). */
struct csvrow {
	const char *const *cell;
	size_t n;
	size_t line;
};

/* Takes the n bytes of a file: decodes it to UTF-8 and picks the
 * separator (the one of ',' and ';' the first line holds more of outside
 * quotes; ',' when neither). Returns 0, or -1 with c->error set. Call
 * csvread_free() in either case. */
int csvread_open(struct csvread *c, const char *data, size_t n);

/* Reads the next row, skipping rows whose cells are all empty (blank
 * lines, and the ";;;;" lines spreadsheets leave). Returns 1 with row
 * filled, 0 at the end of the file, -1 with c->error and c->error_line
 * set when the file is malformed from there on. */
int csvread_next(struct csvread *c, struct csvrow *row);

/* Releases what c holds. */
void csvread_free(struct csvread *c);

#endif
