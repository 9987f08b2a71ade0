/* users: the list of accounts an admin manages, with search, filters,
 * sorting and paging. An admin without users.manage_all sees only the
 * accounts of their own organisation: the SQL says so, not the page. */
#include <string.h>

#include "app.h"
#include "buf.h"
#include "conf.h"
#include "db.h"
#include "form.h"
#include "page.h"
#include "utf8.h"

#define PAGE_SIZE  25  /* rows, unless the query asks for 50 or 100 */
#define SEARCH_MAX 200 /* characters */
#define PAGE_MAX   1000000

/* The account's state as a code: what the filter and the page show. */
#define STATE_EXPR                                                             \
	"CASE WHEN u.active = 0 THEN 'deactivated' "                           \
	"WHEN u.locked_until > UTC_TIMESTAMP() THEN 'locked' "                 \
	"WHEN u.activated_at IS NULL THEN 'pending' ELSE 'active' END"

/* Parameters: all (1 when the admin sees every organisation), the admin's
 * organisation, q, pattern, pattern, org, org, role, role, state, state. */
#define WHERE                                                                  \
	" FROM users u JOIN org o ON o.id = u.org_id "                         \
	"WHERE (? = 1 OR u.org_id = ?) "                                       \
	"AND (? = '' OR u.name LIKE ? OR u.email LIKE ?) "                     \
	"AND (? = 0 OR u.org_id = ?) "                                         \
	"AND (? = 0 OR EXISTS (SELECT 1 FROM user_role fr WHERE "              \
	"fr.user_id = u.id AND fr.role_id = ?)) "                              \
	"AND (? = '' OR " STATE_EXPR " = ?)"

/* A row's columns; its roles in the user's language. Parameters: lang,
 * lang. */
#define COLUMNS                                                                \
	"u.id, u.name, u.email, o.name AS org, "                               \
	"(SELECT GROUP_CONCAT(IF(? = 'en', ro.name_en, ro.name_fr) "           \
	"ORDER BY IF(? = 'en', ro.name_en, ro.name_fr) SEPARATOR ', ') "       \
	"FROM user_role ur JOIN role ro ON ro.id = ur.role_id "                \
	"WHERE ur.user_id = u.id) AS roles, u.last_login_at, "                 \
	"u.locked_until, " STATE_EXPR " AS state"

/* Parameters: lang, lang, then those of WHERE, then limit and offset.
 * The page's ids come first, in order, from users joined to org with
 * users first (the sort walks an index of users, or sorts users alone);
 * only those rows get their roles. Computing every account's roles
 * before sorting made a page of 5,000 accounts 20 to 50 times slower. */
#define LIST_SQL(order)                                                        \
	"SELECT " COLUMNS " FROM (SELECT STRAIGHT_JOIN u.id" WHERE             \
	" ORDER BY " order " LIMIT ? OFFSET ?) AS pg "                         \
	"JOIN users u ON u.id = pg.id JOIN org o ON o.id = u.org_id "          \
	"ORDER BY " order

/* Sorting by roles needs every account's roles: the one plain query. */
#define LIST_BY_ROLES_SQL(order)                                               \
	"SELECT STRAIGHT_JOIN " COLUMNS WHERE " ORDER BY " order               \
	" LIMIT ? OFFSET ?"

#define STATE_RANK                                                             \
	"CASE WHEN u.active = 0 THEN 4 WHEN u.locked_until > "                 \
	"UTC_TIMESTAMP() THEN 3 WHEN u.activated_at IS NULL THEN 2 ELSE 1 END"

/* The sort keys the page offers, each with its SQL for both directions and
 * the catalog key of its column. */
static const struct sort {
	const char *key;
	const char *asc, *desc;
	const char *label;
} sorts[] = {
    {"name", LIST_SQL("u.name, u.id"), LIST_SQL("u.name DESC, u.id DESC"),
     "users.col.name"},
    {"email", LIST_SQL("u.email, u.id"), LIST_SQL("u.email DESC, u.id DESC"),
     "users.col.email"},
    {"org", LIST_SQL("o.name, u.name, u.id"),
     LIST_SQL("o.name DESC, u.name DESC, u.id DESC"), "users.col.org"},
    {"roles", LIST_BY_ROLES_SQL("roles, u.name, u.id"),
     LIST_BY_ROLES_SQL("roles DESC, u.name DESC, u.id DESC"),
     "users.col.roles"},
    {"last_login", LIST_SQL("u.last_login_at, u.id"),
     LIST_SQL("u.last_login_at DESC, u.id DESC"), "users.col.last_login"},
    {"state", LIST_SQL(STATE_RANK ", u.name, u.id"),
     LIST_SQL(STATE_RANK " DESC, u.name DESC, u.id DESC"), "users.col.state"},
};

static const char *const states[] = {"active", "deactivated", "locked",
                                     "pending", NULL};

struct filter {
	const char *q, *state;
	long long org, role;
	char *pattern; /* "%q%" with LIKE's wildcards escaped */
};

/* Finds the sort of key; NULL when there is none. */
static const struct sort *sort_find(const char *key)
{
	for (size_t i = 0; i < sizeof sorts / sizeof sorts[0]; i++)
		if (strcmp(sorts[i].key, key) == 0)
			return &sorts[i];
	return NULL;
}

/* Reads an optional query parameter naming a row id; 0 when absent.
 * Returns -1 and reports the field when it is not one. */
static int query_id(struct req *r, const char *name, long long *out)
{
	const char *v = req_query(r, name);

	*out = 0;
	if (v == NULL || *v == '\0')
		return 0;
	if (!valid_int(v, 1, 9223372036854775807LL, out)) {
		page_error(r, name, "err.choice.invalid");
		*out = 0;
		return -1;
	}
	return 0;
}

/* Reads the filters; a bad one is reported on its field and left out. */
static void read_filters(struct req *r, struct filter *f)
{
	const char *v = req_query(r, "state");
	struct buf b = {0};

	f->q = req_query(r, "q");
	f->state = "";
	if (f->q == NULL)
		f->q = "";
	if (utf8_length(f->q, strlen(f->q)) > SEARCH_MAX) {
		page_error(r, "q", "err.too_long");
		f->q = "";
	}
	query_id(r, "org", &f->org);
	query_id(r, "role", &f->role);
	if (v != NULL && *v != '\0') {
		for (size_t i = 0; states[i] != NULL; i++)
			if (strcmp(states[i], v) == 0)
				f->state = states[i];
		if (*f->state == '\0')
			page_error(r, "state", "err.choice.invalid");
	}
	buf_puts(&b, "%");
	for (const char *c = f->q; *c != '\0'; c++) {
		if (*c == '%' || *c == '_' || *c == '\\')
			buf_puts(&b, "\\");
		buf_add(&b, c, 1);
	}
	buf_puts(&b, "%");
	f->pattern = pool_strdup(&r->pool, b.data != NULL ? b.data : "%");
	buf_free(&b);
}

/* The filters as an encoded query string (no sort, dir or page), for the
 * links of the page: "q=…&org=…", and the page size when not the
 * default; "" when none applies. */
static const char *keep_query(struct req *r, const struct filter *f,
                              long long size)
{
	struct buf b = {0};
	const char *out;

	if (*f->q != '\0') {
		buf_puts(&b, "q=");
		buf_urlencode(&b, f->q);
	}
	if (f->org != 0)
		buf_printf(&b, "%sorg=%lld", b.len ? "&" : "", f->org);
	if (f->role != 0)
		buf_printf(&b, "%srole=%lld", b.len ? "&" : "", f->role);
	if (*f->state != '\0')
		buf_printf(&b, "%sstate=%s", b.len ? "&" : "", f->state);
	if (size != PAGE_SIZE)
		buf_printf(&b, "%ssize=%lld", b.len ? "&" : "", size);
	out = pool_strdup(&r->pool, b.data != NULL ? b.data : "");
	buf_free(&b);
	return out;
}

/* Writes the choices of the filters: organisations (only for an admin of
 * every organisation) and the roles the admin may see. 0 or -1. */
static int options(struct req *r, bool all)
{
	xmlNodePtr content = page_content(r);
	struct db_res *res;
	long n;

	if (all) {
		res = db_query("SELECT id, name FROM org ORDER BY name", "");
		n = res != NULL
		        ? page_rows(page_add(content, "orgs", NULL), res, "org")
		        : -1;
		db_done(res);
		if (n < 0)
			return -1;
	}
	res = db_query("SELECT id, code, IF(? = 'en', name_en, name_fr) AS "
	               "name FROM role WHERE ? = 1 OR org_id IS NULL OR "
	               "org_id = ? ORDER BY name",
	               "sii", r->lang, (long long)all, r->user.org_id);
	n = res != NULL
	        ? page_rows(page_add(content, "roles", NULL), res, "role")
	        : -1;
	db_done(res);
	return n < 0 ? -1 : 0;
}

/* GET /users: reads sort, dir, page and size (25, 50 or 100; 400 when
 * malformed: links make them) and the filters (422 with the field marked
 * when one is bad). */
static int list(struct req *r)
{
	const char *sk = req_query(r, "sort"), *dir = req_query(r, "dir");
	const char *pg = req_query(r, "page"), *sz = req_query(r, "size");
	const struct sort *sort = sort_find(sk != NULL ? sk : "name");
	bool all = req_can(r, "users.manage_all");
	long long page = 1, count = 0, size = PAGE_SIZE;
	struct filter f = {0};
	struct db_res *res;
	xmlNodePtr l;
	long n;

	if (sort == NULL ||
	    (dir != NULL && strcmp(dir, "asc") != 0 &&
	     strcmp(dir, "desc") != 0) ||
	    (pg != NULL && !valid_int(pg, 1, PAGE_MAX, &page)) ||
	    (sz != NULL && (!valid_int(sz, 25, 100, &size) ||
	                    (size != 25 && size != 50 && size != 100))))
		return 400;
	if (dir == NULL)
		dir = "asc";
	if (size > conf.page_size_max)
		size = conf.page_size_max;
	read_filters(r, &f);
	if (db_int_query(&count, "SELECT COUNT(*)" WHERE, "iisssiiiiss",
	                 (long long)all, r->user.org_id, f.q, f.pattern,
	                 f.pattern, f.org, f.org, f.role, f.role, f.state,
	                 f.state) != 1)
		return 500;
	res =
	    db_query(strcmp(dir, "desc") == 0 ? sort->desc : sort->asc,
	             "ssiisssiiiissii", r->lang, r->lang, (long long)all,
	             r->user.org_id, f.q, f.pattern, f.pattern, f.org, f.org,
	             f.role, f.role, f.state, f.state, size, (page - 1) * size);
	if (res == NULL)
		return 500;
	n = page_rows(page_add(page_content(r), "users", NULL), res, "user");
	db_done(res);
	if (n < 0 || options(r, all) == -1)
		return 500;
	l = page_add(page_content(r), "list", NULL);
	page_attr(l, "sort", sort->key);
	page_attr(l, "dir", dir);
	page_attr(l, "label", sort->label);
	page_attr(l, "keep", keep_query(r, &f, size));
	page_add_int(l, "count", count);
	page_add_int(l, "page", page);
	page_add_int(l, "pages", count == 0 ? 1 : (count + size - 1) / size);
	l = page_add(page_content(r), "filters", NULL);
	page_attr(l, "all", all ? "1" : "0");
	page_add(l, "q", f.q);
	if (f.org != 0)
		page_add_int(l, "org", f.org);
	if (f.role != 0)
		page_add_int(l, "role", f.role);
	page_add(l, "state", f.state);
	return page_has_errors(r) ? 422 : 200;
}

static const struct screen screen = {
    .name = "users",
    .path = "/users",
    .perm = "users.manage",
    .get = list,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
