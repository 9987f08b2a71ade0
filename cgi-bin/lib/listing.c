#include "listing.h"

#include <string.h>

#include "buf.h"
#include "conf.h"
#include "form.h"
#include "page.h"

#define PAGE_MAX 1000000

int listing_read(struct req *r, const struct listing_sort *sorts, size_t n,
                 long long size, struct listing *l)
{
	const char *key = req_query(r, "sort"), *dir = req_query(r, "dir");
	const char *page = req_query(r, "page");

	memset(l, 0, sizeof *l);
	l->page = 1;
	for (size_t i = 0; i < n && l->sort == NULL; i++)
		if (key == NULL ? i == 0 : strcmp(sorts[i].key, key) == 0)
			l->sort = &sorts[i];
	if (l->sort == NULL ||
	    (dir != NULL && strcmp(dir, "asc") != 0 &&
	     strcmp(dir, "desc") != 0) ||
	    (page != NULL && !valid_int(page, 1, PAGE_MAX, &l->page)))
		return 400;
	l->dir = dir != NULL ? dir : "asc";
	l->sql = l->dir[0] == 'd' ? l->sort->desc : l->sort->asc;
	l->size = size < conf.page_size_max ? size : conf.page_size_max;
	l->offset = (l->page - 1) * l->size;
	return 0;
}

const char *listing_like(struct req *r, const char *q)
{
	struct buf b = {0};
	const char *out;

	buf_puts(&b, "%");
	for (const char *c = q; *c != '\0'; c++) {
		if (*c == '%' || *c == '_' || *c == '\\')
			buf_puts(&b, "\\");
		buf_add(&b, c, 1);
	}
	buf_puts(&b, "%");
	out = pool_strdup(&r->pool, b.data != NULL ? b.data : "%%");
	buf_free(&b);
	return out;
}

void listing_xml(struct req *r, const struct listing *l, long long count,
                 const char *keep)
{
	xmlNodePtr e = page_add(page_content(r), "list", NULL);

	page_attr(e, "sort", l->sort->key);
	page_attr(e, "dir", l->dir);
	page_attr(e, "label", l->sort->label);
	page_attr(e, "keep", keep);
	page_add_int(e, "count", count);
	page_add_int(e, "page", l->page);
	page_add_int(e, "pages",
	             count == 0 ? 1 : (count + l->size - 1) / l->size);
}
