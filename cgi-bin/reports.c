/* reports: the Service reports screen, the history of every incident
 * report, observed change and change request for the organisation's
 * clients, newest first, filtered by kind, client, period and status, 50
 * a page. A provider's care coordinators see their organisation's; the
 * agency sees its own, by default those of the clients whose lead worker
 * is the user (their list of items to handle). */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "buf.h"
#include "conf.h"
#include "db.h"
#include "form.h"
#include "page.h"
#include "partner.h"
#include "period.h"
#include "utf8.h"

#define PAGE_SIZE  50
#define SEARCH_MAX 200

#define COLS                                                                   \
	"SELECT p.id, p.kind, p.change_kind, p.status, p.reported_at, "        \
	"p.request_id, CONCAT(c.given_name, ' ', c.family_name) AS client, "   \
	"ru.name AS reported_by, lu.name AS lead, o.name AS provider FROM "    \
	"service_report p JOIN client c ON c.id = p.client_id JOIN users ru "  \
	"ON ru.id = p.reported_by JOIN care_client cc ON cc.client_id = "      \
	"p.client_id JOIN users lu ON lu.id = cc.lead_worker_id JOIN org o "   \
	"ON o.id = p.provider_org_id "
/* Parameters: kind, kind, status, status, client, pattern, from, from,
 * to, to, mine, me. */
#define FILTERS                                                                \
	" AND (? = '' OR p.kind = ?) AND (? = '' OR p.status = ?) AND (? = "   \
	"'' OR CONCAT(c.given_name, ' ', c.family_name) LIKE ?) AND (? IS "    \
	"NULL OR p.reported_at >= ?) AND (? IS NULL OR p.reported_at < "       \
	"DATE_ADD(?, INTERVAL 1 DAY)) AND (? = 0 OR cc.lead_worker_id = ?)"
#define FILTER_TYPES "ssssssssssii"
#define W_P          "WHERE p.provider_org_id = ?"
#define W_A          "WHERE p.agency_org_id = ?"
#define LIST(w, dir)                                                           \
	COLS w FILTERS " ORDER BY p.reported_at " dir ", p.id " dir            \
	               " LIMIT ? OFFSET ?"

static const char *const list_sql[2][2] = {
    {LIST(W_P, "DESC"), LIST(W_P, "ASC")},
    {LIST(W_A, "DESC"), LIST(W_A, "ASC")},
};
static const char *const count_sql[2] = {
    "SELECT COUNT(*) FROM service_report p JOIN client c ON c.id = "
    "p.client_id JOIN care_client cc ON cc.client_id = p.client_id " W_P
        FILTERS,
    "SELECT COUNT(*) FROM service_report p JOIN client c ON c.id = "
    "p.client_id JOIN care_client cc ON cc.client_id = p.client_id " W_A
        FILTERS,
};

static const char *const kinds[] = {"incident", "observation", "change", NULL};
static const char *const statuses[] = {"submitted", "acknowledged", "approved",
                                       "declined", NULL};

/* Reads an optional query value among allowed; a bad one is reported. */
static const char *choice(struct req *r, const char *name,
                          const char *const *allowed)
{
	const char *v = req_query(r, name);

	if (v == NULL || *v == '\0')
		return "";
	for (size_t i = 0; allowed[i] != NULL; i++)
		if (strcmp(allowed[i], v) == 0)
			return allowed[i];
	page_error(r, name, "err.choice.invalid");
	return "";
}

/* Reads an optional date of the query; a bad one is reported. */
static const char *date_query(struct req *r, const char *name)
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

/* GET /reports?kind=…&status=…&client=…&from=…&to=…&mine=0|1&dir=…. */
static int list(struct req *r)
{
	const char *kind, *status, *client, *from, *to, *dir, *mine_s;
	long long page, count = 0, size = PAGE_SIZE, mine;
	struct persona p;
	struct buf keep = {0};
	struct db_res *res;
	xmlNodePtr l;
	int scope;

	partner_persona(r, &p);
	if (!p.agency && !p.care)
		return 403;
	if (partner_paging(r, &page, &dir, "desc") != 0)
		return 400;
	if (size > conf.page_size_max)
		size = conf.page_size_max;
	kind = choice(r, "kind", kinds);
	status = choice(r, "status", statuses);
	from = date_query(r, "from");
	to = date_query(r, "to");
	if (*from != '\0' && *to != '\0' && strcmp(from, to) > 0)
		page_error(r, "to", "err.date.order");
	client = req_query(r, "client");
	if (client == NULL ||
	    utf8_length(client, strlen(client)) > SEARCH_MAX) {
		if (client != NULL)
			page_error(r, "client", "err.too_long");
		client = "";
	}
	mine_s = req_query(r, "mine");
	mine = p.agency && (mine_s == NULL || strcmp(mine_s, "1") == 0);
	scope = p.agency ? 1 : 0;
	if (db_int_query(&count, count_sql[scope], "i" FILTER_TYPES, p.org,
	                 kind, kind, status, status, client,
	                 partner_like(r, client), *from ? from : NULL,
	                 *from ? from : NULL, *to ? to : NULL, *to ? to : NULL,
	                 mine, r->user.id) != 1)
		return 500;
	res = db_query(list_sql[scope][strcmp(dir, "asc") == 0],
	               "i" FILTER_TYPES "ii", p.org, kind, kind, status, status,
	               client, partner_like(r, client), *from ? from : NULL,
	               *from ? from : NULL, *to ? to : NULL, *to ? to : NULL,
	               mine, r->user.id, size, (page - 1) * size);
	if (res == NULL)
		return 500;
	l = page_add(page_content(r), "reports", NULL);
	if (page_rows(l, res, "report") < 0) {
		db_done(res);
		return 500;
	}
	db_done(res);
	buf_printf(&keep,
	           "kind=%s&status=%s&from=%s&to=%s&mine=%lld&client=", kind,
	           status, from, to, mine);
	buf_urlencode(&keep, client);
	l = page_add(page_content(r), "list", NULL);
	page_attr(l, "dir", dir);
	page_attr(l, "keep", keep.data);
	buf_free(&keep);
	page_add_int(l, "count", count);
	page_add_int(l, "page", page);
	page_add_int(l, "pages", count == 0 ? 1 : (count + size - 1) / size);
	l = page_add(page_content(r), "filters", NULL);
	page_attr(l, "agency", p.agency ? "1" : "0");
	page_add(l, "kind", kind);
	page_add(l, "status", status);
	page_add(l, "client", client);
	page_add(l, "from", from);
	page_add(l, "to", to);
	page_add_int(l, "mine", mine);
	return page_has_errors(r) ? 422 : 200;
}

static const struct screen screen = {
    .name = "reports",
    .path = "/reports",
    .perm = "partner.reports",
    .get = list,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
