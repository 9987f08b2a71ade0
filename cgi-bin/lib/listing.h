/* listing: what every sortable, paged list screen reads and writes: the
 * sort key, direction and page of its links, checked against a fixed
 * table of SQL (user input never becomes SQL), a LIKE pattern for its
 * search box, and the <list> element its stylesheet pages with. */
#ifndef LISTING_H
#define LISTING_H

#include <stddef.h>

#include "req.h"

struct listing_sort {
	const char *key;
	const char *asc, *desc; /* the list's SQL in each direction */
	const char *label;      /* catalog key of the column */
};

struct listing {
	const struct listing_sort *sort;
	const char *dir; /* "asc" or "desc" */
	const char *sql; /* the sort's SQL in that direction */
	long long page, size, offset;
};

/* Reads ?sort=, ?dir= and ?page= against the n sorts (the first is the
 * default), with pages of size rows (at most conf.page_size_max).
 * Returns 0, or 400 when one is malformed: links make them, so only a
 * hand-made address is refused. */
int listing_read(struct req *r, const struct listing_sort *sorts, size_t n,
                 long long size, struct listing *l);

/* "%q%" for LIKE, with its wildcards and escape character escaped, in the
 * request's pool ("%%", matching everything, for an empty q). */
const char *listing_like(struct req *r, const char *q);

/* Writes <list sort=".." dir=".." label=".." keep=".."><count/><page/>
 * <pages/></list> into the page's content; keep is the encoded query of
 * the filters the links carry ("" when none). */
void listing_xml(struct req *r, const struct listing *l, long long count,
                 const char *keep);

#endif
