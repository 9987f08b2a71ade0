/* requests: the service requests of the user's organisation in the tabs
 * of the guide (Pending, Active, Completed, Linked, Cancelled, and for the
 * agency Rejected), each sortable by every column, filtered, 50 a page.
 * A partner sees only its own organisation's requests and the tabs of its
 * persona (finance has no Pending tab); the agency sees every request it
 * offered. Every ORDER BY is served by an index of service_request. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "conf.h"
#include "db.h"
#include "form.h"
#include "page.h"
#include "partner.h"
#include "utf8.h"

#define PAGE_SIZE  50
#define SEARCH_MAX 200
#define ID_MAX     9223372036854775807LL

/* The page's rows, joined to their names in the order written: the
 * server would otherwise weigh every order of the seven tables at each
 * execution. In a state tab the rows are read on the sort's index, which
 * the statement names, and each joined as it is read, without the join
 * buffer, so that the 50 of the page are the only ones joined and no sort
 * follows. The Linked tab, whose index serves only the number, finds its
 * page's ids first and joins only those. */
#define SELECT_COLS                                                            \
	"SELECT STRAIGHT_JOIN r.id, r.state, r.start_date, r.end_date, "       \
	"CONCAT(c.given_name, ' ', c.family_name) AS client, "                 \
	"IF(? = 'en', s.name_en, s.name_fr) AS service, "                      \
	"IF(? = 'en', z.name_en, z.name_fr) AS zone, ce.name AS centre, "      \
	"o.name AS provider, r.origin_id, r.clone_id "
#define NAMES                                                                  \
	"JOIN client c ON c.id = r.client_id "                                 \
	"JOIN care_service s ON s.id = r.care_service_id "                     \
	"JOIN service_centre ce ON ce.id = r.centre_id "                       \
	"JOIN zone z ON z.id = r.zone_id JOIN org o ON o.id = "                \
	"r.provider_org_id "
#define COLS  SELECT_COLS "FROM (SELECT r.id FROM service_request r "
#define JOINS ") AS p JOIN service_request r ON r.id = p.id " NAMES

/* The four scopes: a provider's or the agency's requests, in a state tab
 * or in the Linked tab. Each takes the owner and the tab ("1" for
 * Linked), then the filters: q, pattern, number, service, service, zone,
 * zone, provider, provider. */
#define W_PT "WHERE r.provider_org_id = ? AND r.tab = ?"
#define W_AT "WHERE r.agency_org_id = ? AND r.tab = ?"
#define W_PL "WHERE r.provider_org_id = ? AND r.linked = ?"
#define W_AL "WHERE r.agency_org_id = ? AND r.linked = ?"
#define FILTERS                                                                \
	" AND (? = '' OR r.client_sort LIKE ? OR r.id = ?) "                   \
	"AND (? = 0 OR r.care_service_id = ?) AND (? = 0 OR r.zone_id = ?) "   \
	"AND (? = 0 OR r.provider_org_id = ?)"
#define FILTER_TYPES "ssiiiiiii"

#define LIST(w, order)                                                         \
	COLS w FILTERS " ORDER BY " order " LIMIT ? OFFSET ?" JOINS            \
	               " ORDER BY " order
#define LIST_ON(index, w, order)                                               \
	"SET STATEMENT join_cache_level = 0 FOR " SELECT_COLS                  \
	"FROM service_request r FORCE INDEX (" index ") " NAMES w FILTERS      \
	" ORDER BY " order " LIMIT ? OFFSET ?"
/* index: the suffix of the sort's index names (sr_p_…, sr_a_…). */
#define SCOPES(index, order)                                                   \
	{                                                                      \
		LIST_ON("sr_p_" index, W_PT, order),                           \
		    LIST_ON("sr_a_" index, W_AT, order), LIST(W_PL, order),    \
		    LIST(W_AL, order)                                          \
	}

static const char *const count_sql[] = {
    "SELECT COUNT(*) FROM service_request r " W_PT FILTERS,
    "SELECT COUNT(*) FROM service_request r " W_AT FILTERS,
    "SELECT COUNT(*) FROM service_request r " W_PL FILTERS,
    "SELECT COUNT(*) FROM service_request r " W_AL FILTERS,
};

/* A sort key on a column, then the number: its index suffix and its
 * column. */
#define BY_COLUMN(key, lang, index, col)                                       \
	{                                                                      \
		key, lang, "partner.col." key, SCOPES(index, col ", r.id"),    \
		    SCOPES(index, col " DESC, r.id DESC")                      \
	}

/* The sort keys: one per column, with the SQL of each scope in both
 * directions; lang: the language whose copy of a name it sorts ("" both). */
static const struct sort {
	const char *key, *lang, *label;
	const char *asc[4], *desc[4];
} sorts[] = {
    {"number", "", "partner.col.number", SCOPES("id", "r.id"),
     SCOPES("id", "r.id DESC")},
    BY_COLUMN("client", "", "client", "r.client_sort"),
    BY_COLUMN("start", "", "start", "r.start_date"),
    BY_COLUMN("end", "", "end", "r.end_date"),
    BY_COLUMN("status", "", "state", "r.state"),
    BY_COLUMN("service", "fr", "service_fr", "r.service_sort_fr"),
    BY_COLUMN("service", "en", "service_en", "r.service_sort_en"),
    BY_COLUMN("zone", "fr", "zone_fr", "r.zone_sort_fr"),
    BY_COLUMN("zone", "en", "zone_en", "r.zone_sort_en"),
    BY_COLUMN("centre", "", "centre", "r.centre_sort"),
};

/* The tabs, in the guide's order, and who has each. */
static const struct tab {
	const char *code;
	bool care, finance, agency;
} tabs[] = {
    {"pending", true, false, true},  {"active", true, true, true},
    {"completed", true, true, true}, {"linked", true, true, true},
    {"cancelled", true, true, true}, {"rejected", false, false, true},
};

struct filter {
	const char *q, *pattern;
	long long number, service, zone, provider;
};

static bool tab_open(const struct tab *t, const struct persona *p)
{
	return p->agency ? t->agency : (p->care && t->care) || t->finance;
}

/* The sort of key in the page's language; NULL when there is none. */
static const struct sort *sort_find(const char *key, const char *lang)
{
	for (size_t i = 0; i < sizeof sorts / sizeof sorts[0]; i++)
		if (strcmp(sorts[i].key, key) == 0 &&
		    (*sorts[i].lang == '\0' ||
		     strcmp(sorts[i].lang, lang) == 0))
			return &sorts[i];
	return NULL;
}

/* Reads an optional id filter; a bad one is reported and left out. */
static long long id_filter(struct req *r, const char *name)
{
	const char *v = req_query(r, name);
	long long n = 0;

	if (v == NULL || *v == '\0')
		return 0;
	if (!valid_int(v, 1, ID_MAX, &n)) {
		page_error(r, name, "err.choice.invalid");
		return 0;
	}
	return n;
}

static void read_filters(struct req *r, const struct persona *p,
                         struct filter *f)
{
	f->q = req_query(r, "q");
	if (f->q == NULL)
		f->q = "";
	if (utf8_length(f->q, strlen(f->q)) > SEARCH_MAX) {
		page_error(r, "q", "err.too_long");
		f->q = "";
	}
	f->pattern = partner_like(r, f->q);
	f->number = 0;
	if (*f->q != '\0' && !valid_int(f->q, 1, ID_MAX, &f->number))
		f->number = 0;
	f->service = id_filter(r, "service");
	f->zone = id_filter(r, "zone");
	f->provider = p->agency ? id_filter(r, "provider") : 0;
}

/* The filters as an encoded query string for the page's links. */
static const char *keep_query(struct req *r, const char *tab,
                              const struct filter *f)
{
	struct buf b = {0};
	const char *out;

	buf_printf(&b, "tab=%s", tab);
	if (*f->q != '\0') {
		buf_puts(&b, "&q=");
		buf_urlencode(&b, f->q);
	}
	if (f->service != 0)
		buf_printf(&b, "&service=%lld", f->service);
	if (f->zone != 0)
		buf_printf(&b, "&zone=%lld", f->zone);
	if (f->provider != 0)
		buf_printf(&b, "&provider=%lld", f->provider);
	out = pool_strdup(&r->pool, b.data);
	buf_free(&b);
	return out;
}

/* The choices of the filters, from one statement: content/services,
 * content/zones and, for the agency, content/providers, each sorted by
 * name in the page's language. 0 or -1. */
static int options(struct req *r, const struct persona *p)
{
	static const char *const kinds[] = {"service", "zone", "provider"};
	xmlNodePtr lists[3] = {
	    page_add(page_content(r), "services", NULL),
	    page_add(page_content(r), "zones", NULL),
	    p->agency ? page_add(page_content(r), "providers", NULL) : NULL};
	struct db_res *res = db_query(
	    "SELECT 0 AS k, id, IF(? = 'en', name_en, name_fr) AS name FROM "
	    "care_service UNION ALL SELECT 1, id, IF(? = 'en', name_en, "
	    "name_fr) FROM zone UNION ALL SELECT 2, id, name FROM org WHERE "
	    "? = 1 AND kind = 'provider' ORDER BY k, name",
	    "ssi", r->lang, r->lang, (long long)p->agency);
	int rc;

	if (res == NULL)
		return -1;
	while ((rc = db_next(res)) == 1) {
		long long k = db_int(res, 0);
		xmlNodePtr row;
		if (k < 0 || k > 2 || lists[k] == NULL)
			continue;
		row = page_add(lists[k], kinds[k], NULL);
		page_add(row, "id", db_str(res, 1));
		page_add(row, "name", db_str(res, 2));
	}
	db_done(res);
	return rc == 0 ? 0 : -1;
}

/* The tabs of the persona with the number of requests in each, from one
 * statement; *current gets the number in tab cur. */
static int tab_counts(struct req *r, const struct persona *p, const char *cur,
                      long long *current)
{
	xmlNodePtr l = page_add(page_content(r), "tabs", NULL);
	long long linked = 0;
	char n[24];
	struct db_res *res;
	int rc;

	*current = 0;
	page_attr(l, "current", cur);
	for (size_t i = 0; i < sizeof tabs / sizeof tabs[0]; i++)
		if (tab_open(&tabs[i], p)) {
			xmlNodePtr t = page_add(l, "tab", NULL);
			page_attr(t, "code", tabs[i].code);
			page_attr(t, "count", "0");
		}
	res = db_query(p->agency
	                   ? "SELECT tab, COUNT(*), SUM(linked) FROM "
	                     "service_request WHERE agency_org_id = ? GROUP BY "
	                     "tab"
	                   : "SELECT tab, COUNT(*), SUM(linked) FROM "
	                     "service_request WHERE provider_org_id = ? "
	                     "GROUP BY tab",
	               "i", p->org);
	if (res == NULL)
		return -1;
	while ((rc = db_next(res)) == 1) {
		const char *tab = db_str(res, 0);
		linked += db_int(res, 2);
		if (strcmp(tab, cur) == 0)
			*current = db_int(res, 1);
		for (xmlNodePtr t = l->children; t != NULL; t = t->next) {
			xmlChar *code = xmlGetProp(t, BAD_CAST "code");
			if (strcmp((char *)code, tab) == 0)
				page_attr(t, "count", db_str(res, 1));
			xmlFree(code);
		}
	}
	db_done(res);
	if (rc == -1)
		return -1;
	if (strcmp(cur, "linked") == 0)
		*current = linked;
	snprintf(n, sizeof n, "%lld", linked);
	for (xmlNodePtr t = l->children; t != NULL; t = t->next) {
		xmlChar *code = xmlGetProp(t, BAD_CAST "code");
		if (strcmp((char *)code, "linked") == 0)
			page_attr(t, "count", n);
		xmlFree(code);
	}
	return 0;
}

/* GET /requests?tab=…&sort=…&dir=…&page=…&q=…&service=…&zone=…: a tab
 * the persona does not have is 403; a malformed sort, dir or page 400. */
static int list(struct req *r)
{
	const char *tab = req_query(r, "tab"), *sk = req_query(r, "sort");
	const char *dir, *owner_tab;
	const struct tab *t = NULL;
	const struct sort *sort;
	struct persona p;
	struct filter f;
	long long page, count = 0, size = PAGE_SIZE;
	struct db_res *res;
	xmlNodePtr l;
	int scope;

	partner_persona(r, &p);
	if (!p.agency && !p.care && !p.finance)
		return 403;
	if (tab == NULL)
		tab = p.care || p.agency ? "pending" : "active";
	for (size_t i = 0; i < sizeof tabs / sizeof tabs[0]; i++)
		if (strcmp(tabs[i].code, tab) == 0)
			t = &tabs[i];
	if (t == NULL)
		return 400;
	if (!tab_open(t, &p))
		return 403;
	sort = sort_find(sk != NULL ? sk : "number", r->lang);
	if (sort == NULL || partner_paging(r, &page, &dir, "asc") != 0)
		return 400;
	if (size > conf.page_size_max)
		size = conf.page_size_max;
	read_filters(r, &p, &f);
	scope = (p.agency ? 1 : 0) + (strcmp(t->code, "linked") == 0 ? 2 : 0);
	owner_tab = scope >= 2 ? "1" : t->code;
	res = db_query(
	    strcmp(dir, "desc") == 0 ? sort->desc[scope] : sort->asc[scope],
	    "ssis" FILTER_TYPES "ii", r->lang, r->lang, p.org, owner_tab, f.q,
	    f.pattern, f.number, f.service, f.service, f.zone, f.zone,
	    f.provider, f.provider, size, (page - 1) * size);
	if (res == NULL)
		return 500;
	l = page_add(page_content(r), "requests", NULL);
	if (page_rows(l, res, "request") < 0) {
		db_done(res);
		return 500;
	}
	db_done(res);
	partner_persona_xml(r, &p);
	/* Unfiltered, the list holds the whole tab: its count is the tab's. */
	if (tab_counts(r, &p, t->code, &count) == -1)
		return 500;
	if ((*f.q != '\0' || f.service != 0 || f.zone != 0 ||
	     f.provider != 0) &&
	    db_int_query(&count, count_sql[scope], "is" FILTER_TYPES, p.org,
	                 owner_tab, f.q, f.pattern, f.number, f.service,
	                 f.service, f.zone, f.zone, f.provider,
	                 f.provider) != 1)
		return 500;
	l = page_add(page_content(r), "list", NULL);
	page_attr(l, "sort", sort->key);
	page_attr(l, "dir", dir);
	page_attr(l, "label", sort->label);
	page_attr(l, "keep", keep_query(r, t->code, &f));
	page_add_int(l, "count", count);
	page_add_int(l, "page", page);
	page_add_int(l, "pages", count == 0 ? 1 : (count + size - 1) / size);
	l = page_add(page_content(r), "filters", NULL);
	page_add(l, "q", f.q);
	if (f.service != 0)
		page_add_int(l, "service", f.service);
	if (f.zone != 0)
		page_add_int(l, "zone", f.zone);
	if (f.provider != 0)
		page_add_int(l, "provider", f.provider);
	if (options(r, &p) == -1)
		return 500;
	return page_has_errors(r) ? 422 : 200;
}

static const struct screen screen = {
    .name = "requests",
    .path = "/requests",
    .perm = "partner.requests",
    .get = list,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
