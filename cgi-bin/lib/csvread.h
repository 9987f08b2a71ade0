/* csvread: reading CSV files people upload (RFC 4180, as spreadsheets
 * write it): an optional UTF-8 byte order mark, ',' or ';' between cells
 * (French spreadsheets write ';'), cells quoted with '"' that may hold the
 * separator, doubled quotes and line breaks, lines ending in LF or CRLF. */
#ifndef CSVREAD_H
#define CSVREAD_H

#include <stddef.h>

#include "pool.h"

struct csvread {
	const char *p, *end;
	char sep;    /* ',' or ';' */
	size_t line; /* the line the last record read started on (1-based) */
	size_t next; /* the line the next record starts on */
};

/* Starts reading the n bytes at text: skips a byte order mark and picks
 * the separator from the first line (';' when it holds more semicolons
 * than commas outside quotes, else ','). */
void csvread_begin(struct csvread *c, const char *text, size_t n);

/* Reads the next record, skipping blank lines: its cells (NUL-terminated
 * copies from pool, quotes removed) go to cells, at most max of them.
 * Returns the number of cells; 0 at the end of the text; -1 when the
 * record is malformed (a quote never closed, text after a closing quote,
 * a quote inside an unquoted cell, more than max cells, memory). After -1
 * the reader stays at the end. */
int csvread_row(struct csvread *c, struct pool *pool, const char **cells,
                size_t max);

#endif
