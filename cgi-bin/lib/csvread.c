#include "csvread.h"

#include <string.h>

#include "buf.h"

void csvread_begin(struct csvread *c, const char *text, size_t n)
{
	size_t commas = 0, semis = 0;
	int quoted = 0;

	c->p = text;
	c->end = text + n;
	c->line = 0;
	c->next = 1;
	if (n >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		c->p += 3;
	for (const char *q = c->p; q < c->end; q++) {
		if (*q == '"')
			quoted = !quoted;
		else if (!quoted && (*q == '\n' || *q == '\r'))
			break;
		else if (!quoted && *q == ',')
			commas++;
		else if (!quoted && *q == ';')
			semis++;
	}
	c->sep = semis > commas ? ';' : ',';
}

/* True at a line end: LF, or CR followed by LF or the end. */
static int at_eol(const struct csvread *c, const char *q)
{
	return *q == '\n' || (*q == '\r' && (q + 1 == c->end || q[1] == '\n'));
}

/* Moves past the line end at q; returns the position after it. */
static const char *past_eol(const struct csvread *c, const char *q)
{
	if (*q == '\r' && q + 1 < c->end)
		q++;
	return q + 1;
}

/* Reads one cell at *at into b; 1 when a separator follows (another cell
 * on the line), 0 at the line's or text's end, -1 when malformed. */
static int read_cell(struct csvread *c, const char **at, struct buf *b)
{
	const char *q = *at;

	if (q < c->end && *q == '"') {
		for (q++;; q++) {
			if (q == c->end)
				return -1;
			if (*q == '"') {
				if (q + 1 < c->end && q[1] == '"') {
					buf_add(b, q, 1);
					q++;
					continue;
				}
				q++;
				break;
			}
			if (*q == '\n')
				c->next++;
			buf_add(b, q, 1);
		}
	} else {
		for (; q < c->end && *q != c->sep && !at_eol(c, q); q++) {
			if (*q == '"')
				return -1;
			buf_add(b, q, 1);
		}
	}
	if (q == c->end) {
		*at = q;
		return 0;
	}
	if (*q == c->sep) {
		*at = q + 1;
		return 1;
	}
	if (!at_eol(c, q))
		return -1;
	*at = past_eol(c, q);
	c->next++;
	return 0;
}

int csvread_row(struct csvread *c, struct pool *pool, const char **cells,
                size_t max)
{
	struct buf b = {0};
	size_t n = 0;
	int more;

	while (c->p < c->end && at_eol(c, c->p)) {
		c->p = past_eol(c, c->p);
		c->next++;
	}
	if (c->p >= c->end)
		return 0;
	c->line = c->next;
	do {
		buf_reset(&b);
		more = read_cell(c, &c->p, &b);
		if (more == -1 || n == max)
			goto bad;
		cells[n] =
		    pool_strndup(pool, b.data != NULL ? b.data : "", b.len);
		if (cells[n++] == NULL)
			goto bad;
	} while (more == 1);
	buf_free(&b);
	return (int)n;
bad:
	buf_free(&b);
	c->p = c->end;
	return -1;
}
