/* clients: the clients of the staff member's organisation, with search,
 * sorting and paging, and whether each has family portal access. Only
 * the organisation's own clients: the SQL says so. */
#include <string.h>

#include "app.h"
#include "buf.h"
#include "db.h"
#include "listing.h"
#include "page.h"
#include "utf8.h"

#define PAGE_SIZE  25
#define SEARCH_MAX 200 /* characters */

/* Parameters: the organisation, q, then the pattern five times. */
#define WHERE                                                                  \
	" FROM client c WHERE c.org_id = ? AND (? = '' OR c.family_name LIKE " \
	"? OR c.given_name LIKE ? OR CONCAT(c.given_name, ' ', "               \
	"c.family_name) LIKE ? OR c.file_number LIKE ? OR c.email LIKE ?)"

/* Parameters: lang, then those of WHERE, then limit and offset. */
#define LIST_SQL(order)                                                        \
	"SELECT c.id, c.given_name, c.family_name, c.file_number, "            \
	"c.birth_date, c.city, c.active, (SELECT IF(? = 'en', ro.name_en, "    \
	"ro.name_fr) FROM portal_access pa JOIN role ro ON ro.id = "           \
	"pa.role_id WHERE pa.client_id = c.id AND pa.contact_id IS NULL AND "  \
	"pa.active = 1 LIMIT 1) AS portal_role, (SELECT COUNT(*) FROM "        \
	"client_contact cc WHERE cc.client_id = c.id AND cc.active = 1) AS "   \
	"contacts" WHERE " ORDER BY " order " LIMIT ? OFFSET ?"

static const struct listing_sort sorts[] = {
    {"name", LIST_SQL("c.family_name, c.given_name, c.id"),
     LIST_SQL("c.family_name DESC, c.given_name DESC, c.id DESC"),
     "clients.col.name"},
    {"file", LIST_SQL("c.file_number, c.id"),
     LIST_SQL("c.file_number DESC, c.id DESC"), "clients.col.file"},
    {"birth", LIST_SQL("c.birth_date, c.id"),
     LIST_SQL("c.birth_date DESC, c.id DESC"), "clients.col.birth"},
};

/* GET /clients?q=&sort=&dir=&page=: 400 for a malformed sort, direction
 * or page (links make them), 422 with the field marked for a search that
 * is too long. */
static int list(struct req *r)
{
	const char *q = req_query(r, "q"), *pattern;
	struct listing l;
	struct buf keep = {0};
	struct db_res *res;
	long long count = 0;
	xmlNodePtr f;
	long n;
	int rc;

	if ((rc = listing_read(r, sorts, sizeof sorts / sizeof sorts[0],
	                       PAGE_SIZE, &l)) != 0)
		return rc;
	if (q == NULL)
		q = "";
	if (utf8_length(q, strlen(q)) > SEARCH_MAX) {
		page_error(r, "q", "err.too_long");
		q = "";
	}
	pattern = listing_like(r, q);
	if (db_int_query(&count, "SELECT COUNT(*)" WHERE, "issssss",
	                 r->user.org_id, q, pattern, pattern, pattern, pattern,
	                 pattern) != 1)
		return 500;
	res = db_query(l.sql, "sissssssii", r->lang, r->user.org_id, q, pattern,
	               pattern, pattern, pattern, pattern, l.size, l.offset);
	if (res == NULL)
		return 500;
	n = page_rows(page_add(page_content(r), "clients", NULL), res,
	              "client");
	db_done(res);
	if (n < 0)
		return 500;
	if (*q != '\0') {
		buf_puts(&keep, "q=");
		buf_urlencode(&keep, q);
	}
	listing_xml(r, &l, count, keep.data != NULL ? keep.data : "");
	buf_free(&keep);
	f = page_add(page_content(r), "filters", NULL);
	page_add(f, "q", q);
	return page_has_errors(r) ? 422 : 200;
}

static const struct screen screen = {
    .name = "clients",
    .path = "/clients",
    .perm = "clients.view",
    .get = list,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
