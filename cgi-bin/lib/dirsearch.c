#include "dirsearch.h"

#include <string.h>

#include "buf.h"
#include "conf.h"
#include "db.h"
#include "diraccess.h"
#include "dirquery.h"
#include "dirvalid.h"
#include "page.h"
#include "utf8.h"

bool dirsearch_sort_known(const char *key)
{
	return dirquery_sort_label(key) != NULL;
}

const char *dirsearch_sort_label(const char *key)
{
	return dirquery_sort_label(key);
}

/* The value of name in src, trimmed of spaces; "" when absent. */
static const char *value(struct req *r, const struct fields *src,
                         const char *name)
{
	const struct field *fl = fields_get(src, name);
	const char *v;
	size_t n;

	if (fl == NULL || fl->filename != NULL)
		return "";
	v = fl->value;
	while (*v == ' ' || *v == '\t')
		v++;
	n = strlen(v);
	while (n > 0 && (v[n - 1] == ' ' || v[n - 1] == '\t'))
		n--;
	return pool_strndup(&r->pool, v, n);
}

/* v with LIKE's wildcards escaped, between prefix and "%". */
static const char *pattern(struct req *r, const char *prefix, const char *v)
{
	struct buf b = {0};
	const char *out;

	buf_puts(&b, prefix);
	for (; *v != '\0'; v++) {
		if (*v == '%' || *v == '_' || *v == '\\')
			buf_puts(&b, "\\");
		buf_add(&b, v, 1);
	}
	buf_puts(&b, "%");
	out = pool_strdup(&r->pool, b.data);
	buf_free(&b);
	return out;
}

/* Reading state: where errors go. */
struct reading {
	struct req *r;
	bool report;
	int rc;
};

static void refuse(struct reading *rd, const char *field, const char *key,
                   const char **v)
{
	if (rd->report)
		page_error(rd->r, field, key);
	if (rd->rc == 0)
		rd->rc = -1;
	*v = "";
}

/* A text filter of at most DIRSEARCH_TEXT_MAX characters. */
static const char *text(struct reading *rd, const struct fields *src,
                        const char *name)
{
	const char *v = value(rd->r, src, name);

	if (utf8_length(v, strlen(v)) > DIRSEARCH_TEXT_MAX)
		refuse(rd, name, "err.too_long", &v);
	return v;
}

/* A filter that must be one of the codes. */
static const char *code(struct reading *rd, const struct fields *src,
                        const char *name, const char *const *codes)
{
	const char *v = value(rd->r, src, name);

	if (*v == '\0')
		return v;
	for (; *codes != NULL; codes++)
		if (strcmp(*codes, v) == 0)
			return *codes;
	refuse(rd, name, "err.choice.invalid", &v);
	return v;
}

/* A filter that must name a row of a reference table: sql gives, for the
 * code, a number above 0 when the row exists (its count or its id), put
 * in *found (0 otherwise; found may be NULL). */
static const char *known(struct reading *rd, const struct fields *src,
                         const char *name, const char *sql, long long *found)
{
	const char *v = value(rd->r, src, name);
	long long n = 0;

	if (found != NULL)
		*found = 0;
	if (*v == '\0')
		return v;
	if (strlen(v) > 16 || db_int_query(&n, sql, "s", v) < 0) {
		if (strlen(v) <= 16)
			rd->rc = -2;
		n = 0;
	}
	if (n <= 0)
		refuse(rd, name, "err.choice.invalid", &v);
	else if (found != NULL)
		*found = n;
	return v;
}

/* A filter judged by a validator. */
static const char *checked(struct reading *rd, const struct fields *src,
                           const char *name, bool (*ok)(const char *),
                           const char *key)
{
	const char *v = value(rd->r, src, name);

	if (*v != '\0' && !ok(v))
		refuse(rd, name, key, &v);
	return v;
}

int dirsearch_read(struct req *r, const struct fields *src,
                   struct dir_filter *f, bool report)
{
	static const char *const types[] = {"health", "agent", "other", NULL};
	static const char *const states[] = {"active", "inactive", NULL};
	static const char *const areas[] = {"mine", NULL};
	struct reading rd = {r, report, 0};

	memset(f, 0, sizeof *f);
	f->place = text(&rd, src, "place");
	f->type = code(&rd, src, "type", types);
	f->matricule = text(&rd, src, "matricule");
	f->adeli = checked(&rd, src, "adeli", valid_adeli, "err.adeli.invalid");
	f->rpps = checked(&rd, src, "rpps", valid_rpps, "err.rpps.invalid");
	f->login = text(&rd, src, "login");
	f->name = text(&rd, src, "name");
	f->birth_name = text(&rd, src, "birth_name");
	f->given = text(&rd, src, "given");
	f->profession =
	    known(&rd, src, "profession",
	          "SELECT COUNT(*) FROM dir_profession WHERE code = ?", NULL);
	f->specialty =
	    known(&rd, src, "specialty",
	          "SELECT COUNT(*) FROM dir_specialty WHERE code = ?", NULL);
	f->orientation =
	    known(&rd, src, "orientation",
	          "SELECT COUNT(*) FROM dir_orientation WHERE code = ?", NULL);
	f->state = code(&rd, src, "state", states);
	f->svc = known(&rd, src, "svc",
	               "SELECT id FROM dir_service WHERE code = ?", &f->svc_id);
	f->access = code(&rd, src, "access", diraccess_states);
	f->area = code(&rd, src, "area", areas);
	f->place_any = pattern(r, "%", f->place);
	f->place_start = pattern(r, "", f->place);
	f->matricule_start = pattern(r, "", f->matricule);
	f->login_start = pattern(r, "", f->login);
	f->name_start = pattern(r, "", f->name);
	f->birth_name_start = pattern(r, "", f->birth_name);
	f->given_start = pattern(r, "", f->given);
	return rd.rc;
}

int dirsearch_read_saved(struct req *r, const char *q, struct dir_filter *f)
{
	struct parse_limits lim = {64, 2000, 32};
	struct fields src = {0};

	if (parse_urlencoded(&src, &r->pool, q, strlen(q), &lim) != 0)
		return -1;
	return dirsearch_read(r, &src, f, false);
}

/* The filters in their fixed order: query name and value. */
#define FILTERS(f)                                                             \
	{"place", (f)->place}, {"type", (f)->type},                            \
	    {"matricule", (f)->matricule}, {"adeli", (f)->adeli},              \
	    {"rpps", (f)->rpps}, {"login", (f)->login}, {"name", (f)->name},   \
	    {"birth_name", (f)->birth_name}, {"given", (f)->given},            \
	    {"profession", (f)->profession}, {"specialty", (f)->specialty},    \
	    {"orientation", (f)->orientation}, {"state", (f)->state},          \
	    {"svc", (f)->svc}, {"access", (f)->access},                        \
	{                                                                      \
		"area", (f)->area                                              \
	}

struct pair {
	const char *name, *value;
};

bool dirsearch_empty(const struct dir_filter *f)
{
	const struct pair p[] = {FILTERS(f)};

	for (size_t i = 0; i < sizeof p / sizeof p[0]; i++)
		if (*p[i].value != '\0')
			return false;
	return true;
}

const char *dirsearch_query(struct req *r, const struct dir_filter *f)
{
	const struct pair p[] = {FILTERS(f)};
	struct buf b = {0};
	const char *out;

	for (size_t i = 0; i < sizeof p / sizeof p[0]; i++) {
		if (*p[i].value == '\0')
			continue;
		buf_printf(&b, "%s%s=", b.len > 0 ? "&" : "", p[i].name);
		buf_urlencode(&b, p[i].value);
	}
	out = pool_strdup(&r->pool, b.data != NULL ? b.data : "");
	buf_free(&b);
	return out;
}

void dirsearch_filters_xml(const struct dir_filter *f, xmlNodePtr parent)
{
	const struct pair p[] = {FILTERS(f)};
	xmlNodePtr n = page_add(parent, "filters", NULL);

	for (size_t i = 0; i < sizeof p / sizeof p[0]; i++)
		page_add(n, p[i].name, p[i].value);
}

int dirsearch_count(struct req *r, const struct dir_filter *f, long long *count)
{
	return dirquery_count(f, r->user.org_id, count);
}

long dirsearch_rows(struct req *r, const struct dir_filter *f, const char *key,
                    bool desc, long long size, long long page,
                    xmlNodePtr parent)
{
	struct db_res *res = dirquery_rows(f, r->user.org_id, r->lang, key,
	                                   desc, size, (page - 1) * size);
	long n;

	if (res == NULL)
		return -1;
	n = page_rows(parent, res, "person");
	db_done(res);
	return n;
}

int dirsearch_options(struct req *r, xmlNodePtr parent)
{
	static const char *const lists[] = {"professions", "specialties",
	                                    "orientations", "services"};
	enum { NLISTS = sizeof lists / sizeof lists[0] };
	xmlNodePtr to[NLISTS];
	struct db_res *res;
	int rc;

	for (size_t i = 0; i < NLISTS; i++)
		to[i] = page_add(parent, lists[i], NULL);
	/* One statement: each table's rows under its number k, in its own
	 * order (the services by position, the others by name). */
	res = db_query(
	    "SELECT 0 AS k, code, IF(? = 'en', name_en, name_fr) AS name, 0 AS "
	    "pos FROM dir_profession UNION ALL SELECT 1, code, IF(? = 'en', "
	    "name_en, name_fr), 0 FROM dir_specialty UNION ALL SELECT 2, code, "
	    "IF(? = 'en', name_en, name_fr), 0 FROM dir_orientation UNION ALL "
	    "SELECT 3, code, IF(? = 'en', name_en, name_fr), position FROM "
	    "dir_service ORDER BY k, pos, IF(k = 3, code, name)",
	    "ssss", r->lang, r->lang, r->lang, r->lang);
	if (res == NULL)
		return -1;
	while ((rc = db_next(res)) == 1) {
		long long k = db_int(res, 0);
		xmlNodePtr o;

		if (k < 0 || k >= NLISTS)
			continue;
		o = page_add(to[k], "option", NULL);
		page_add(o, "code", db_str(res, 1));
		page_add(o, "name", db_str(res, 2));
	}
	db_done(res);
	return rc == 0 ? 0 : -1;
}

int dirsearch_menu(struct req *r)
{
	xmlNodePtr menu = page_add(page_content(r), "dirmenu", NULL), lists;
	struct db_res *res;
	int rc;

	page_attr(menu, "admin", req_can(r, "directory.admin") ? "1" : "0");
	page_attr(menu, "import", req_can(r, "directory.import") ? "1" : "0");
	page_attr(menu, "configure",
	          req_can(r, "directory.configure") ? "1" : "0");
	lists = page_add(menu, "lists", NULL);
	if (!req_can(r, "directory.admin"))
		return 0;
	res =
	    db_query("SELECT id, name, query FROM dir_list ORDER BY name", "");
	if (res == NULL)
		return -1;
	while ((rc = db_next(res)) == 1) {
		xmlNodePtr l = page_add(lists, "list", NULL);
		struct dir_filter f;
		long long count;
		int read = dirsearch_read_saved(r, db_str(res, 2), &f);

		page_add(l, "id", db_str(res, 0));
		page_add(l, "name", db_str(res, 1));
		if (read == -2 ||
		    (read == 0 && dirsearch_count(r, &f, &count) == -1)) {
			rc = -1;
			break;
		}
		if (read == 0)
			page_add_int(l, "count", count);
	}
	db_done(res);
	return rc == 0 ? 0 : -1;
}
