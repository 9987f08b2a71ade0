/* parse: query strings, urlencoded and multipart forms, cookies. */
#ifndef PARSE_H
#define PARSE_H

#include <stddef.h>

#include "pool.h"

/* One named value. Text fields hold valid UTF-8 without NUL; a file field
 * (filename != NULL) holds any bytes. */
struct field {
	const char *name;
	const char *value;
	size_t len;
	const char *filename; /* NULL unless a multipart file part */
	const char *ctype;    /* multipart part's Content-Type, or NULL */
};

struct fields {
	struct field *v;
	size_t n, cap;
};

struct parse_limits {
	size_t fields_max; /* fields in one list */
	size_t field_max;  /* bytes in one text value */
	size_t name_max;   /* bytes in one name */
};

/* Each parser adds what it reads to f, allocating from pool. It returns 0;
 * 400 when the input is malformed (bad escape, invalid UTF-8, a control
 * character, a broken multipart structure); 413 when a limit is passed. */
int parse_urlencoded(struct fields *f, struct pool *pool, const char *s,
                     size_t len, const struct parse_limits *lim);
int parse_multipart(struct fields *f, struct pool *pool, const char *ctype,
                    const char *body, size_t len,
                    const struct parse_limits *lim);

/* Reads a Cookie header. Pairs that are malformed are skipped (other
 * applications on the same host may set them); past fields_max the rest
 * is ignored. Always returns 0 unless memory runs out (500). */
int parse_cookies(struct fields *f, struct pool *pool, const char *header,
                  const struct parse_limits *lim);

/* The first field called name, or NULL. */
const struct field *fields_get(const struct fields *f, const char *name);

#endif
