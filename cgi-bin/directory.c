/* directory: the person search of the regional directory for the admins
 * of the coordination centres, with every filter of the guide, sorting,
 * paging and the count of records; a custom list (?list=N) is the same
 * search with its saved filters. The menu counts each custom list. */
#include <string.h>

#include "app.h"
#include "conf.h"
#include "db.h"
#include "dirsearch.h"
#include "form.h"
#include "page.h"

#define PAGE_SIZE 25
#define PAGE_MAX  1000000
#define ID_MAX    9223372036854775807LL

/* Loads the custom list id: its name under <savedlist>, its filters into
 * f. 1, 0 when there is no such list, -1 on error. A list whose filters
 * no longer read is shown with a message and no filter. */
static int saved(struct req *r, long long id, struct dir_filter *f)
{
	struct db_res *res = db_query(
	    "SELECT id, name, query FROM dir_list WHERE id = ?", "i", id);
	int rc, read;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		xmlNodePtr l = page_add(page_content(r), "savedlist", NULL);

		page_attr(l, "id", db_str(res, 0));
		page_attr(l, "name", db_str(res, 1));
		read = dirsearch_read_saved(r, db_str(res, 2), f);
		if (read == -2)
			rc = -1;
		else if (read == -1)
			page_error(r, "", "err.directory.list.broken");
	}
	db_done(res);
	return rc;
}

/* GET /directory: sort, dir, page and list are made by links (400 when
 * malformed); a refused filter is reported on its field (422). */
static int search(struct req *r)
{
	const char *sk = req_query(r, "sort"), *dir = req_query(r, "dir");
	const char *pg = req_query(r, "page"), *ls = req_query(r, "list");
	long long page = 1, list = 0, count = 0, size = PAGE_SIZE;
	xmlNodePtr content = page_content(r), l;
	struct dir_filter f;
	const char *keep;
	struct buf b = {0};
	int rc;

	if (sk == NULL)
		sk = "name";
	if (!dirsearch_sort_known(sk) ||
	    (dir != NULL && strcmp(dir, "asc") != 0 &&
	     strcmp(dir, "desc") != 0) ||
	    (pg != NULL && !valid_int(pg, 1, PAGE_MAX, &page)) ||
	    (ls != NULL && !valid_int(ls, 1, ID_MAX, &list)))
		return 400;
	if (dir == NULL)
		dir = "asc";
	if (size > conf.page_size_max)
		size = conf.page_size_max;
	if (list != 0) {
		if ((rc = saved(r, list, &f)) != 1)
			return rc == 0 ? 404 : 500;
		buf_printf(&b, "list=%lld", list);
		keep = pool_strdup(&r->pool, b.data);
		buf_free(&b);
	} else {
		if (dirsearch_read(r, &r->query, &f, true) == -2)
			return 500;
		keep = dirsearch_query(r, &f);
	}
	if (dirsearch_menu(r) == -1 || dirsearch_options(r, content) == -1 ||
	    dirsearch_count(r, &f, &count) == -1 ||
	    dirsearch_rows(r, &f, sk, strcmp(dir, "desc") == 0, size, page,
	                   page_add(content, "persons", NULL)) < 0)
		return 500;
	dirsearch_filters_xml(&f, content);
	l = page_add(content, "list", NULL);
	page_attr(l, "sort", sk);
	page_attr(l, "dir", dir);
	page_attr(l, "label", dirsearch_sort_label(sk));
	page_attr(l, "keep", keep);
	page_attr(l, "query", dirsearch_query(r, &f));
	page_add_int(l, "count", count);
	page_add_int(l, "page", page);
	page_add_int(l, "pages", count == 0 ? 1 : (count + size - 1) / size);
	return page_has_errors(r) ? 422 : 200;
}

static const struct screen screen = {
    .name = "directory",
    .path = "/directory",
    .perm = "directory.admin",
    .get = search,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
