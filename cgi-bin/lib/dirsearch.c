#include "dirsearch.h"

#include <string.h>

#include "buf.h"
#include "conf.h"
#include "db.h"
#include "diraccess.h"
#include "dirvalid.h"
#include "page.h"
#include "utf8.h"

/* The conditions of the search on dir_person p. Each filter is "unset or
 * matches", so that the one prepared statement serves every combination;
 * the server folds the unset ones away before it picks an index. */
#define WHERE_COND                                                             \
	"(? = '' OR EXISTS (SELECT 1 FROM dir_activity a WHERE a.person_id "   \
	"= p.id AND (a.structure LIKE ? OR a.city LIKE ?))) "                  \
	"AND (? = '' OR p.type = ?) "                                          \
	"AND (? = '' OR p.matricule LIKE ?) "                                  \
	"AND (? = '' OR p.adeli = ?) "                                         \
	"AND (? = '' OR p.rpps = ?) "                                          \
	"AND (? = '' OR p.login LIKE ?) "                                      \
	"AND (? = '' OR p.family_name LIKE ?) "                                \
	"AND (? = '' OR p.birth_name LIKE ?) "                                 \
	"AND (? = '' OR p.given_name LIKE ?) "                                 \
	"AND (? = '' OR p.profession = ?) "                                    \
	"AND (? = '' OR p.specialty = ?) "                                     \
	"AND (? = '' OR p.orientation = ?) "                                   \
	"AND (? = '' OR p.activity_state = ?) "                                \
	"AND (? = '' OR (? = 'never_requested' AND NOT EXISTS (SELECT 1 "      \
	"FROM dir_access x WHERE x.person_id = p.id AND (? = 0 OR "            \
	"x.service_id = ?) AND x.state <> 'never_requested')) OR (? <> "       \
	"'never_requested' AND EXISTS (SELECT 1 FROM dir_access x WHERE "      \
	"x.person_id = p.id AND (? = 0 OR x.service_id = ?) AND x.state <> "   \
	"'never_requested' AND (? = 'requested' OR x.state = ?)))) "           \
	"AND (? = '' OR p.centre_id = ?)"

#define WHERE_TYPES "sssssssssssssssssssssssssssssiisiisssi"

#define WHERE_ARGS(f, org)                                                     \
	(f)->place, (f)->place_any, (f)->place_start, (f)->type, (f)->type,    \
	    (f)->matricule, (f)->matricule_start, (f)->adeli, (f)->adeli,      \
	    (f)->rpps, (f)->rpps, (f)->login, (f)->login_start, (f)->name,     \
	    (f)->name_start, (f)->birth_name, (f)->birth_name_start,           \
	    (f)->given, (f)->given_start, (f)->profession, (f)->profession,    \
	    (f)->specialty, (f)->specialty, (f)->orientation,                  \
	    (f)->orientation, (f)->state, (f)->state, (f)->access,             \
	    (f)->access, (f)->svc_id, (f)->svc_id, (f)->access, (f)->svc_id,   \
	    (f)->svc_id, (f)->access, (f)->access, (f)->area, (org)

/* The rows of a page; parameters: lang three times, the service twice,
 * those of WHERE_COND, limit and offset. */
#define ROWS_SQL(order)                                                        \
	"SELECT p.id, p.type, p.family_name, p.birth_name, p.birth_date, "     \
	"p.given_name, p.activity_state AS state, IF(? = 'en', pr.name_en, "   \
	"pr.name_fr) AS profession, IF(? = 'en', sp.name_en, sp.name_fr) AS "  \
	"specialty, IF(? = 'en', ot.name_en, ot.name_fr) AS orientation, "     \
	"p.login, p.matricule, p.postal_code, p.city, c.name AS centre, "      \
	"p.updated_at, "                                                       \
	"(SELECT x.state FROM dir_access x WHERE x.person_id = p.id AND "      \
	"x.service_id = ?) AS access_state, (SELECT x.requested_at FROM "      \
	"dir_access x WHERE x.person_id = p.id AND x.service_id = ?) AS "      \
	"requested_at FROM dir_person p LEFT JOIN dir_profession pr ON "       \
	"pr.code = p.profession LEFT JOIN dir_specialty sp ON sp.code = "      \
	"p.specialty LEFT JOIN dir_orientation ot ON ot.code = p.orientation " \
	"LEFT JOIN org c ON c.id = p.centre_id WHERE " WHERE_COND              \
	" ORDER BY " order " LIMIT ? OFFSET ?"

/* The sort keys, each served by an index of dir_person (030). */
static const struct sort {
	const char *key, *label;
	const char *asc, *desc;
} sorts[] = {
    {"name", "directory.col.name",
     ROWS_SQL("p.family_name, p.given_name, p.id"),
     ROWS_SQL("p.family_name DESC, p.given_name DESC, p.id DESC")},
    {"type", "directory.col.type",
     ROWS_SQL("p.type, p.family_name, p.given_name, p.id"),
     ROWS_SQL("p.type DESC, p.family_name DESC, p.given_name DESC, p.id "
              "DESC")},
    {"birth_name", "directory.col.birth_name",
     ROWS_SQL("p.birth_name, p.given_name, p.id"),
     ROWS_SQL("p.birth_name DESC, p.given_name DESC, p.id DESC")},
    {"birth_date", "directory.col.birth_date", ROWS_SQL("p.birth_date, p.id"),
     ROWS_SQL("p.birth_date DESC, p.id DESC")},
    {"given", "directory.col.given",
     ROWS_SQL("p.given_name, p.family_name, p.id"),
     ROWS_SQL("p.given_name DESC, p.family_name DESC, p.id DESC")},
    {"state", "directory.col.state",
     ROWS_SQL("p.activity_state, p.family_name, p.given_name, p.id"),
     ROWS_SQL("p.activity_state DESC, p.family_name DESC, p.given_name "
              "DESC, p.id DESC")},
    {"login", "directory.col.login", ROWS_SQL("p.login"),
     ROWS_SQL("p.login DESC")},
    {"matricule", "directory.col.matricule", ROWS_SQL("p.matricule"),
     ROWS_SQL("p.matricule DESC")},
    {"updated", "directory.col.updated", ROWS_SQL("p.updated_at, p.id"),
     ROWS_SQL("p.updated_at DESC, p.id DESC")},
};

static const struct sort *sort_find(const char *key)
{
	for (size_t i = 0; i < sizeof sorts / sizeof sorts[0]; i++)
		if (strcmp(sorts[i].key, key) == 0)
			return &sorts[i];
	return NULL;
}

bool dirsearch_sort_known(const char *key)
{
	return sort_find(key) != NULL;
}

const char *dirsearch_sort_label(const char *key)
{
	const struct sort *s = sort_find(key);

	return s != NULL ? s->label : NULL;
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

/* A filter that must name a row of a reference table (sql_count counts
 * the rows of that code). */
static const char *known(struct reading *rd, const struct fields *src,
                         const char *name, const char *sql_count)
{
	const char *v = value(rd->r, src, name);
	long long n = 0;

	if (*v == '\0')
		return v;
	if (strlen(v) > 16 || db_int_query(&n, sql_count, "s", v) < 0) {
		if (strlen(v) <= 16)
			rd->rc = -2;
		n = 0;
	}
	if (n == 0)
		refuse(rd, name, "err.choice.invalid", &v);
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
	          "SELECT COUNT(*) FROM dir_profession WHERE code = ?");
	f->specialty =
	    known(&rd, src, "specialty",
	          "SELECT COUNT(*) FROM dir_specialty WHERE code = ?");
	f->orientation =
	    known(&rd, src, "orientation",
	          "SELECT COUNT(*) FROM dir_orientation WHERE code = ?");
	f->state = code(&rd, src, "state", states);
	f->svc = known(&rd, src, "svc",
	               "SELECT COUNT(*) FROM dir_service WHERE code = ?");
	f->access = code(&rd, src, "access", diraccess_states);
	f->area = code(&rd, src, "area", areas);
	if (*f->svc != '\0' &&
	    db_int_query(&f->svc_id,
	                 "SELECT id FROM dir_service WHERE code = ?", "s",
	                 f->svc) != 1)
		rd.rc = -2;
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

/* The access filter as the conditions read it: a service without a state
 * means any state but never requested. */
static const char *access_of(const struct dir_filter *f)
{
	return *f->access == '\0' && f->svc_id != 0 ? "requested" : f->access;
}

int dirsearch_count(struct req *r, const struct dir_filter *f, long long *count)
{
	struct dir_filter g = *f;

	g.access = access_of(f);
	return db_int_query(
	           count, "SELECT COUNT(*) FROM dir_person p WHERE " WHERE_COND,
	           WHERE_TYPES, WHERE_ARGS(&g, r->user.org_id)) == 1
	           ? 0
	           : -1;
}

long dirsearch_rows(struct req *r, const struct dir_filter *f, const char *key,
                    bool desc, long long size, long long page,
                    xmlNodePtr parent)
{
	const struct sort *s = sort_find(key);
	struct dir_filter g = *f;
	struct db_res *res;
	long n;

	if (s == NULL)
		return -1;
	g.access = access_of(f);
	res = db_query(desc ? s->desc : s->asc, "sssii" WHERE_TYPES "ii",
	               r->lang, r->lang, r->lang, g.svc_id, g.svc_id,
	               WHERE_ARGS(&g, r->user.org_id), size, (page - 1) * size);
	if (res == NULL)
		return -1;
	n = page_rows(parent, res, "person");
	db_done(res);
	return n;
}

/* Writes the rows of a code/name table under parent/<name>. */
static int options_of(xmlNodePtr parent, const char *name, const char *row,
                      const char *sql, const char *lang)
{
	struct db_res *res = db_query(sql, "s", lang);
	long n;

	if (res == NULL)
		return -1;
	n = page_rows(page_add(parent, name, NULL), res, row);
	db_done(res);
	return n < 0 ? -1 : 0;
}

int dirsearch_options(struct req *r, xmlNodePtr parent)
{
	return options_of(parent, "professions", "option",
	                  "SELECT code, IF(? = 'en', name_en, name_fr) AS name "
	                  "FROM dir_profession ORDER BY name",
	                  r->lang) == -1 ||
	               options_of(parent, "specialties", "option",
	                          "SELECT code, IF(? = 'en', name_en, name_fr) "
	                          "AS name FROM dir_specialty ORDER BY name",
	                          r->lang) == -1 ||
	               options_of(parent, "orientations", "option",
	                          "SELECT code, IF(? = 'en', name_en, name_fr) "
	                          "AS name FROM dir_orientation ORDER BY name",
	                          r->lang) == -1 ||
	               options_of(parent, "services", "option",
	                          "SELECT code, IF(? = 'en', name_en, name_fr) "
	                          "AS name FROM dir_service ORDER BY position, "
	                          "code",
	                          r->lang) == -1
	           ? -1
	           : 0;
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
