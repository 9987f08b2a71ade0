/* dashboard: the service request dashboard: new requests of the last 30
 * days, requests whose service ends in the next 30 days, all activated
 * and all completed requests of the organisation; each viewed as a table
 * (50 a page) or exported as CSV (UTF-8 with a byte order mark, header and
 * status words from the catalog of the user's language, formula cells
 * neutralised by the csv writer). Each report's query is served by an
 * index of service_request. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "catalog.h"
#include "conf.h"
#include "csv.h"
#include "db.h"
#include "page.h"
#include "partner.h"

#define PAGE_SIZE 50
#define CSV_MAX   10000

#define COLS                                                                   \
	"SELECT STRAIGHT_JOIN r.id, r.state, r.start_date, r.end_date, "       \
	"CONCAT(c.given_name, "                                                \
	"' ', c.family_name) AS client, IF(? = 'en', s.name_en, s.name_fr) "   \
	"AS "                                                                  \
	"service, IF(? = 'en', z.name_en, z.name_fr) AS zone, ce.name AS "     \
	"centre, o.name AS provider, r.created_at FROM service_request r "     \
	"JOIN client c ON c.id = r.client_id JOIN care_service s ON s.id = "   \
	"r.care_service_id JOIN service_centre ce ON ce.id = r.centre_id "     \
	"JOIN zone z ON z.id = r.zone_id JOIN org o ON o.id = "                \
	"r.provider_org_id "
#define NEW(owner)                                                             \
	"WHERE r." owner " = ? AND r.created_at >= UTC_TIMESTAMP() - "         \
	"INTERVAL 30 DAY"
#define ENDING(owner)                                                          \
	"WHERE r." owner " = ? AND r.tab = 'active' AND r.end_date BETWEEN "   \
	"UTC_DATE() AND UTC_DATE() + INTERVAL 30 DAY"
#define STATE(owner, tab, state)                                               \
	"WHERE r." owner " = ? AND r.tab = '" tab "' AND r.state = '" state "'"

/* Each report: its code, the catalog key of its title, and its WHERE and
 * ORDER BY for a provider and for the agency. */
static const struct report {
	const char *code, *title, *where[2], *order;
} reports[] = {
    {"new",
     "partner.dash.new",
     {NEW("provider_org_id"), NEW("agency_org_id")},
     " ORDER BY r.created_at DESC, r.id DESC"},
    {"ending",
     "partner.dash.ending",
     {ENDING("provider_org_id"), ENDING("agency_org_id")},
     " ORDER BY r.end_date, r.id"},
    {"activated",
     "partner.dash.activated",
     {STATE("provider_org_id", "active", "activated"),
      STATE("agency_org_id", "active", "activated")},
     " ORDER BY r.id"},
    {"completed",
     "partner.dash.completed",
     {STATE("provider_org_id", "completed", "completed"),
      STATE("agency_org_id", "completed", "completed")},
     " ORDER BY r.id"},
};

#define N_REPORTS (sizeof reports / sizeof reports[0])

/* The statements, built once from the table (the db module caches
 * prepared statements by the text's address, so they are kept). */
static char list_sql[N_REPORTS][2][2048], count_sql[N_REPORTS][2][512];

static void build_sql(void)
{
	static bool built;

	if (built)
		return;
	for (size_t i = 0; i < N_REPORTS; i++)
		for (int s = 0; s < 2; s++) {
			snprintf(list_sql[i][s], sizeof list_sql[i][s],
			         "%s%s%s LIMIT ? OFFSET ?", COLS,
			         reports[i].where[s], reports[i].order);
			snprintf(count_sql[i][s], sizeof count_sql[i][s],
			         "SELECT COUNT(*) FROM service_request r %s",
			         reports[i].where[s]);
		}
	built = true;
}

static const char *const csv_keys[] = {
    "partner.col.number",   "partner.col.client", "partner.col.start",
    "partner.col.end",      "partner.col.status", "partner.col.service",
    "partner.col.zone",     "partner.col.centre", "partner.col.provider",
    "partner.dash.created",
};

static const char *const state_codes[] = {
    "offered", "accepted", "rejected", "activated", "completed", "cancelled"};
static const char *const state_keys[] = {
    "partner.state.offered",   "partner.state.accepted",
    "partner.state.rejected",  "partner.state.activated",
    "partner.state.completed", "partner.state.cancelled"};

/* The export of report rep: 200 with the file, or 500. */
static int export(struct req *r, const struct report *rep, int scope,
                  long long org, size_t index)
{
	const char *words[6];
	struct db_res *res;
	struct csv c;
	char name[64], num[16];
	int rc;

	if (catalog_words(r->lang, state_keys, 6, &r->pool, words) == -1)
		return 500;
	res = db_query(list_sql[index][scope], "ssiii", r->lang, r->lang, org,
	               (long long)CSV_MAX, 0LL);
	if (res == NULL || csv_begin(&c, &r->download) == -1 ||
	    csv_header(&c, r->lang, csv_keys,
	               sizeof csv_keys / sizeof csv_keys[0]) == -1) {
		db_done(res);
		return 500;
	}
	while ((rc = db_next(res)) == 1) {
		const char *state = db_str(res, 1), *word = state;
		for (int i = 0; i < 6; i++)
			if (strcmp(state_codes[i], state) == 0)
				word = words[i];
		snprintf(num, sizeof num, "%08lld", db_int(res, 0));
		csv_cell(&c, num);
		csv_cell(&c, db_str(res, 4));
		csv_cell(&c, db_str(res, 2));
		csv_cell(&c, db_str(res, 3));
		csv_cell(&c, word);
		for (int i = 5; i <= 9; i++)
			csv_cell(&c, db_str(res, i));
		if (csv_row_end(&c) == -1) {
			rc = -1;
			break;
		}
	}
	db_done(res);
	if (rc == -1)
		return 500;
	snprintf(name, sizeof name, "requests-%s.csv", rep->code);
	r->download_type = "text/csv; charset=utf-8";
	r->download_name = pool_strdup(&r->pool, name);
	return 200;
}

/* GET /dashboard[?report=new|ending|activated|completed[&format=csv]
 * [&page=N]]. */
static int show(struct req *r)
{
	const char *code = req_query(r, "report"),
	           *fmt = req_query(r, "format");
	const char *dir;
	long long page, n, size = PAGE_SIZE;
	const struct report *rep = NULL;
	struct persona p;
	struct db_res *res;
	xmlNodePtr l, s;
	size_t index = 0;
	int scope;

	partner_persona(r, &p);
	if (!p.agency && !p.care && !p.finance)
		return 403;
	build_sql();
	scope = p.agency ? 1 : 0;
	for (size_t i = 0; code != NULL && i < N_REPORTS; i++)
		if (strcmp(reports[i].code, code) == 0) {
			rep = &reports[i];
			index = i;
		}
	if ((code != NULL && rep == NULL) ||
	    (fmt != NULL && (strcmp(fmt, "csv") != 0 || rep == NULL)) ||
	    partner_paging(r, &page, &dir, "asc") != 0)
		return 400;
	if (fmt != NULL)
		return export(r, rep, scope, p.org, index);
	if (size > conf.page_size_max)
		size = conf.page_size_max;
	s = page_add(page_content(r), "summary", NULL);
	for (size_t i = 0; i < N_REPORTS; i++) {
		if (db_int_query(&n, count_sql[i][scope], "i", p.org) != 1)
			return 500;
		l = page_add_int(s, "report", n);
		page_attr(l, "code", reports[i].code);
		page_attr(l, "title", reports[i].title);
		if (rep == &reports[i]) {
			page_attr(l, "current", "1");
			l = page_add(page_content(r), "list", NULL);
			page_attr(l, "code", rep->code);
			page_attr(l, "title", rep->title);
			page_add_int(l, "count", n);
			page_add_int(l, "page", page);
			page_add_int(l, "pages",
			             n == 0 ? 1 : (n + size - 1) / size);
		}
	}
	if (rep == NULL)
		return 200;
	res = db_query(list_sql[index][scope], "ssiii", r->lang, r->lang, p.org,
	               size, (page - 1) * size);
	l = page_add(page_content(r), "requests", NULL);
	if (res == NULL || page_rows(l, res, "request") < 0) {
		db_done(res);
		return 500;
	}
	db_done(res);
	return 200;
}

static const struct screen screen = {
    .name = "dashboard",
    .path = "/dashboard",
    .perm = "partner.requests",
    .get = show,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
