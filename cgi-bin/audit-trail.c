/* audit-trail: the audit table, newest first, filtered by who, what,
 * subject and period, 50 a page; ?format=csv exports up to CSV_MAX rows
 * with the same filters (see csv.h). It only reads: no screen or program
 * deletes audit rows. An admin without users.manage_all sees only the
 * events whose actor or subject user belongs to their organisation. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "conf.h"
#include "csv.h"
#include "db.h"
#include "form.h"
#include "page.h"
#include "utf8.h"

#define PAGE_SIZE  50
#define PAGE_MAX   1000000
#define CSV_MAX    10000
#define SEARCH_MAX 200 /* characters */

/* Parameters (18): all, org, org; who, pattern, pattern; what, what;
 * subject, then its pattern five times; from, from; to, to. */
#define WHERE                                                                  \
	" FROM audit a LEFT JOIN users u ON u.id = a.actor_id "                \
	"LEFT JOIN users su ON a.subject_type = 'user' AND su.id = "           \
	"a.subject_id LEFT JOIN role sr ON a.subject_type = 'role' AND "       \
	"sr.id = a.subject_id "                                                \
	"WHERE (? = 1 OR u.org_id = ? OR su.org_id = ?) "                      \
	"AND (? = '' OR u.email LIKE ? OR u.name LIKE ?) "                     \
	"AND (? = '' OR a.action = ?) "                                        \
	"AND (? = '' OR su.email LIKE ? OR su.name LIKE ? OR sr.code LIKE ? "  \
	"OR sr.name_fr LIKE ? OR sr.name_en LIKE ?) "                          \
	"AND (? IS NULL OR a.at >= ?) "                                        \
	"AND (? IS NULL OR a.at < DATE_ADD(?, INTERVAL 1 DAY))"
#define WHERE_TYPES "iiisssssssssssssss"

#define COLUMNS                                                                \
	"SELECT a.id, a.at, u.name AS actor_name, u.email AS actor_email, "    \
	"a.ip, a.action, a.subject_type, a.subject_id, "                       \
	"COALESCE(su.email, sr.code, CAST(a.subject_id AS CHAR)) AS subject, " \
	"a.detail, "                                                           \
	"a.before_value, a.after_value"
/* Parameters: those of WHERE, then limit and offset. */
#define LIST_SQL(dir)                                                          \
	COLUMNS WHERE " ORDER BY a.at " dir ", a.id " dir " LIMIT ? OFFSET ?"
#define COUNT_SQL "SELECT COUNT(*)" WHERE

/* The columns of the export, by the catalog keys of their headers. */
static const char *const csv_keys[] = {
    "audit.col.at",      "audit.col.actor_name", "audit.col.actor_email",
    "audit.col.ip",      "audit.col.action",     "audit.col.subject_type",
    "audit.col.subject", "audit.col.detail",     "audit.col.before",
    "audit.col.after",
};

struct filter {
	const char *who, *what, *subject, *from, *to; /* "" when absent */
	char *who_pat, *subject_pat; /* "%text%", LIKE wildcards escaped */
	long long all;
};

/* "%s%" with LIKE's wildcards in s escaped, in the request's pool. */
static char *like_pattern(struct req *r, const char *s)
{
	struct buf b = {0};
	char *p;

	buf_puts(&b, "%");
	for (; *s != '\0'; s++) {
		if (*s == '%' || *s == '_' || *s == '\\')
			buf_puts(&b, "\\");
		buf_add(&b, s, 1);
	}
	buf_puts(&b, "%");
	p = pool_strdup(&r->pool, b.data != NULL ? b.data : "%");
	buf_free(&b);
	return p;
}

/* Reads an optional text filter of at most SEARCH_MAX characters. */
static const char *text_filter(struct req *r, const char *name)
{
	const char *v = req_query(r, name);

	if (v == NULL)
		return "";
	if (utf8_length(v, strlen(v)) > SEARCH_MAX) {
		page_error(r, name, "err.too_long");
		return "";
	}
	return v;
}

/* Reads an optional date filter; a bad one is reported. */
static const char *date_filter(struct req *r, const char *name)
{
	const char *v = req_query(r, name);

	if (v == NULL || *v == '\0')
		return "";
	if (!valid_date(v)) {
		page_error(r, name, "err.date.invalid");
		return "";
	}
	return v;
}

/* Writes the actions present in the trail under content; returns 0, or
 * -1 on error. *known is set when what is "" or one of them. */
static int actions(struct req *r, const char *what, bool *known)
{
	xmlNodePtr l = page_add(page_content(r), "actions", NULL);
	struct db_res *res;
	int rc;

	*known = *what == '\0';
	res = db_query("SELECT DISTINCT action FROM audit ORDER BY action", "");
	while (res != NULL && (rc = db_next(res)) == 1) {
		page_add(l, "action", db_str(res, 0));
		if (strcmp(db_str(res, 0), what) == 0)
			*known = true;
	}
	db_done(res);
	return res != NULL && rc != -1 ? 0 : -1;
}

/* Reads and checks every filter into f; writes them back into the page
 * as entered. Returns 0, or -1 when one is bad (reported on its field). */
static int read_filters(struct req *r, struct filter *f, bool *err)
{
	xmlNodePtr n = page_add(page_content(r), "filter", NULL);
	bool known;

	f->who = text_filter(r, "who");
	f->subject = text_filter(r, "subject");
	f->what = text_filter(r, "what");
	f->from = date_filter(r, "from");
	f->to = date_filter(r, "to");
	if (*f->from != '\0' && *f->to != '\0' && strcmp(f->from, f->to) > 0)
		page_error(r, "to", "err.date.order");
	*err = actions(r, f->what, &known) == -1;
	if (!known)
		page_error(r, "what", "err.choice.invalid");
	f->who_pat = like_pattern(r, f->who);
	f->subject_pat = like_pattern(r, f->subject);
	f->all = req_can(r, "users.manage_all") ? 1 : 0;
	static const char *const names[] = {"who", "what", "subject", "from",
	                                    "to"};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		page_attr(n, names[i], req_query(r, names[i]));
	return page_has_errors(r) ? -1 : 0;
}

#define WHERE_ARGS(f, r)                                                       \
	(f)->all, (r)->user.org_id, (r)->user.org_id, (f)->who, (f)->who_pat,  \
	    (f)->who_pat, (f)->what, (f)->what, (f)->subject,                  \
	    (f)->subject_pat, (f)->subject_pat, (f)->subject_pat,              \
	    (f)->subject_pat, (f)->subject_pat, *(f)->from ? (f)->from : NULL, \
	    *(f)->from ? (f)->from : NULL, *(f)->to ? (f)->to : NULL,          \
	    *(f)->to ? (f)->to : NULL

/* The filters as an encoded query string for the page's links. */
static const char *filter_query(struct req *r, const struct filter *f)
{
	const char *names[] = {"who", "what", "subject", "from", "to"};
	const char *values[] = {f->who, f->what, f->subject, f->from, f->to};
	struct buf b = {0};
	const char *s;

	for (size_t i = 0; i < 5; i++) {
		if (*values[i] == '\0')
			continue;
		buf_printf(&b, "%s%s=", b.len > 0 ? "&" : "", names[i]);
		buf_urlencode(&b, values[i]);
	}
	s = pool_strdup(&r->pool, b.data != NULL ? b.data : "");
	buf_free(&b);
	return s;
}

/* Sends the export: BOM, header row in the user's language, one line per
 * event, newest first. Returns 200 or 500. */
static int export(struct req *r, const struct filter *f)
{
	struct db_res *res;
	struct csv c;
	int rc;

	res = db_query(LIST_SQL("DESC"), WHERE_TYPES "ii", WHERE_ARGS(f, r),
	               (long long)CSV_MAX, 0LL);
	if (res == NULL || csv_begin(&c, &r->download) == -1 ||
	    csv_header(&c, r->lang, csv_keys,
	               sizeof csv_keys / sizeof csv_keys[0]) == -1) {
		db_done(res);
		return 500;
	}
	while ((rc = db_next(res)) == 1) {
		char at[32];
		const char *v = db_str(res, 1);

		/* "2026-11-24 08:00:00.123" → "2026-11-24T08:00:00Z" */
		snprintf(at, sizeof at, "%.10sT%.8sZ", v, v + 11);
		csv_cell(&c, at);
		for (int i = 2; i <= 11; i++)
			if (i != 7)
				csv_cell(&c, db_str(res, i));
		if (csv_row_end(&c) == -1)
			rc = -1;
		if (rc == -1)
			break;
	}
	db_done(res);
	if (rc == -1)
		return 500;
	r->download_type = "text/csv; charset=utf-8";
	r->download_name = "audit.csv";
	return 200;
}

/* GET /audit: the filtered list, or the export with ?format=csv. Bad
 * filters: 422 with the form. A malformed page, sort, dir or format (only
 * hand-made links send one): 400. */
static int list(struct req *r)
{
	const char *page = req_query(r, "page"), *dir = req_query(r, "dir");
	const char *sort = req_query(r, "sort"), *fmt = req_query(r, "format");
	long long pg = 1, total, size = PAGE_SIZE;
	struct filter f;
	struct db_res *res;
	xmlNodePtr l;
	bool err;
	char num[24];

	if ((page != NULL && !valid_int(page, 1, PAGE_MAX, &pg)) ||
	    (sort != NULL && strcmp(sort, "at") != 0) ||
	    (dir != NULL && strcmp(dir, "asc") != 0 &&
	     strcmp(dir, "desc") != 0) ||
	    (fmt != NULL && strcmp(fmt, "csv") != 0))
		return 400;
	if (dir == NULL)
		dir = "desc";
	if (size > conf.page_size_max)
		size = conf.page_size_max;
	if (read_filters(r, &f, &err) == -1)
		return err ? 500 : 422;
	if (err)
		return 500;
	if (fmt != NULL)
		return export(r, &f);
	if (db_int_query(&total, COUNT_SQL, WHERE_TYPES, WHERE_ARGS(&f, r)) !=
	    1)
		return 500;
	res = db_query(dir[0] == 'a' ? LIST_SQL("ASC") : LIST_SQL("DESC"),
	               WHERE_TYPES "ii", WHERE_ARGS(&f, r), size,
	               (pg - 1) * size);
	l = page_add(page_content(r), "audit", NULL);
	page_attr(l, "sort", "at");
	page_attr(l, "dir", dir);
	page_attr(l, "query", filter_query(r, &f));
	snprintf(num, sizeof num, "%lld", total);
	page_attr(l, "count", num);
	snprintf(num, sizeof num, "%lld", pg);
	page_attr(l, "page", num);
	snprintf(num, sizeof num, "%lld",
	         total > 0 ? (total + size - 1) / size : 1);
	page_attr(l, "pages", num);
	if (res == NULL || page_rows(l, res, "event") < 0) {
		db_done(res);
		return 500;
	}
	db_done(res);
	return 200;
}

static const struct screen screen = {
    .name = "audit-trail",
    .path = "/audit",
    .perm = "audit.view",
    .get = list,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
