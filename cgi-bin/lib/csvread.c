#include "csvread.h"

#include <stdbool.h>
#include <string.h>

#include "utf8.h"

/* Windows-1252 bytes 0x80 to 0x9F as Unicode code points; 0 where the
 * code page defines none. 0xA0 to 0xFF are Latin-1. */
static const unsigned short cp1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

/* Appends code point cp (below 0x10000) as UTF-8. */
static int put_utf8(struct buf *b, unsigned cp)
{
	char s[3];

	if (cp < 0x80) {
		s[0] = (char)cp;
		return buf_add(b, s, 1);
	}
	if (cp < 0x800) {
		s[0] = (char)(0xC0 | (cp >> 6));
		s[1] = (char)(0x80 | (cp & 0x3F));
		return buf_add(b, s, 2);
	}
	s[0] = (char)(0xE0 | (cp >> 12));
	s[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
	s[2] = (char)(0x80 | (cp & 0x3F));
	return buf_add(b, s, 3);
}

/* Decodes Windows-1252 into b; -1 on a byte it does not define. */
static int from_cp1252(struct buf *b, const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned cp = s[i];

		if (cp >= 0x80 && cp < 0xA0 && (cp = cp1252[cp - 0x80]) == 0)
			return -1;
		if (put_utf8(b, cp) == -1)
			return -1;
	}
	return 0;
}

/* The separator of the first line: ';' when it holds more of them than
 * of ',' outside quotes. */
static char find_sep(const char *s, size_t n)
{
	size_t commas = 0, semis = 0;
	bool quoted = false;

	for (size_t i = 0; i < n && (quoted || (s[i] != '\n' && s[i] != '\r'));
	     i++) {
		if (s[i] == '"')
			quoted = !quoted;
		else if (!quoted && s[i] == ',')
			commas++;
		else if (!quoted && s[i] == ';')
			semis++;
	}
	return semis > commas ? ';' : ',';
}

int csvread_open(struct csvread *c, const char *data, size_t n)
{
	const unsigned char *u = (const unsigned char *)data;

	memset(c, 0, sizeof *c);
	c->line = 1;
	c->sep = ',';
	if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		data += 3;
		n -= 3;
		if (!utf8_valid_text(data, n))
			goto bad;
	}
	if (utf8_valid_text(data, n)) {
		c->encoding = CSVREAD_UTF8;
		if (buf_add(&c->text, data, n) == -1)
			goto memory;
	} else {
		c->encoding = CSVREAD_CP1252;
		if (from_cp1252(&c->text, (const unsigned char *)data, n) ==
		        -1 ||
		    !utf8_valid_text(c->text.data, c->text.len))
			goto bad;
	}
	if (c->text.data == NULL && buf_add(&c->text, "", 0) == -1)
		goto memory;
	c->sep = find_sep(c->text.data, c->text.len);
	return 0;
bad:
	c->error = CSVREAD_ENCODING;
	c->error_line = 1;
	return -1;
memory:
	c->error = CSVREAD_MEMORY;
	return -1;
}

/* Records the error e at the current line; returns -1. */
static int fail(struct csvread *c, enum csvread_error e)
{
	c->error = e;
	c->error_line = c->line;
	return -1;
}

/* Consumes a line end at the position (CRLF, LF or CR) and counts it;
 * false when there is none. */
static bool line_end(struct csvread *c)
{
	const char *s = c->text.data;

	if (c->pos < c->text.len && s[c->pos] == '\r') {
		c->pos++;
		if (c->pos < c->text.len && s[c->pos] == '\n')
			c->pos++;
	} else if (c->pos < c->text.len && s[c->pos] == '\n') {
		c->pos++;
	} else {
		return false;
	}
	c->line++;
	return true;
}

/* Reads one cell at the position into c->cells (NUL-terminated). */
static int read_cell(struct csvread *c)
{
	const char *s = c->text.data;
	size_t start = c->cells.len;

	if (c->pos < c->text.len && s[c->pos] == '"') {
		for (c->pos++;; c->pos++) {
			if (c->pos >= c->text.len)
				return fail(c, CSVREAD_QUOTE);
			if (s[c->pos] == '"') {
				if (c->pos + 1 < c->text.len &&
				    s[c->pos + 1] == '"') {
					c->pos++;
				} else {
					c->pos++;
					break;
				}
			} else if (s[c->pos] == '\n' ||
			           (s[c->pos] == '\r' &&
			            (c->pos + 1 >= c->text.len ||
			             s[c->pos + 1] != '\n'))) {
				c->line++;
			}
			if (buf_add(&c->cells, s + c->pos, 1) == -1)
				return fail(c, CSVREAD_MEMORY);
			if (c->cells.len - start > CSVREAD_CELL_MAX)
				return fail(c, CSVREAD_CELL_SIZE);
		}
		if (c->pos < c->text.len && s[c->pos] != c->sep &&
		    s[c->pos] != '\r' && s[c->pos] != '\n')
			return fail(c, CSVREAD_QUOTE);
	} else {
		while (c->pos < c->text.len && s[c->pos] != c->sep &&
		       s[c->pos] != '\r' && s[c->pos] != '\n') {
			if (s[c->pos] == '"')
				return fail(c, CSVREAD_QUOTE);
			if (buf_add(&c->cells, s + c->pos, 1) == -1)
				return fail(c, CSVREAD_MEMORY);
			if (c->cells.len - start > CSVREAD_CELL_MAX)
				return fail(c, CSVREAD_CELL_SIZE);
			c->pos++;
		}
	}
	return buf_add(&c->cells, "", 1) == -1 ? fail(c, CSVREAD_MEMORY) : 0;
}

/* Reads one row, blank or not: 1, 0 at the end, -1. */
static int read_row(struct csvread *c, struct csvrow *row, bool *blank)
{
	size_t offsets[CSVREAD_CELLS_MAX], n = 0;

	if (c->error != CSVREAD_OK)
		return -1;
	if (c->pos >= c->text.len)
		return 0;
	buf_reset(&c->cells);
	row->line = c->line;
	*blank = true;
	for (;;) {
		size_t at = c->cells.len;

		if (n == CSVREAD_CELLS_MAX)
			return fail(c, CSVREAD_CELLS);
		if (read_cell(c) == -1)
			return -1;
		offsets[n++] = at;
		*blank = *blank && c->cells.data[at] == '\0';
		if (c->pos < c->text.len && c->text.data[c->pos] == c->sep) {
			c->pos++;
			continue;
		}
		line_end(c);
		break;
	}
	for (size_t i = 0; i < n; i++)
		c->cell[i] = c->cells.data + offsets[i];
	row->cell = c->cell;
	row->n = n;
	return 1;
}

int csvread_next(struct csvread *c, struct csvrow *row)
{
	bool blank;
	int rc;

	while ((rc = read_row(c, row, &blank)) == 1 && blank)
		;
	return rc;
}

void csvread_free(struct csvread *c)
{
	buf_free(&c->text);
	buf_free(&c->cells);
}
