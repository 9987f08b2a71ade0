/* confirmations: the service confirmations of the organisation, one tab
 * per state (draft, uploaded, submitted, validated, returned), sortable,
 * filtered by request number or client, 50 a page, with the totals per
 * period (month of the period's start) of the tab. Finance users see
 * their provider's; agency staff their agency's (submitted ones first:
 * those wait for them). Every ORDER BY is served by an index. */
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
#define TOTALS_MAX 24
#define ID_MAX     9223372036854775807LL

#define FROM                                                                   \
	" FROM confirmation c JOIN service_request r ON r.id = c.request_id "  \
	"JOIN client cl ON cl.id = r.client_id JOIN care_service s ON s.id = " \
	"r.care_service_id JOIN org o ON o.id = c.provider_org_id "
#define COLS                                                                   \
	"SELECT c.id, c.request_id, c.period_from, c.period_to, c.units, "     \
	"c.amount_cents, c.state, CONCAT(cl.given_name, ' ', cl.family_name) " \
	"AS client, IF(? = 'en', s.name_en, s.name_fr) AS service, o.name AS " \
	"provider" FROM
#define W_P            "WHERE c.provider_org_id = ? AND c.state = ?"
#define W_A            "WHERE c.agency_org_id = ? AND c.state = ?"
#define FILTERS        " AND (? = '' OR r.client_sort LIKE ? OR c.request_id = ?)"
#define LIST(w, order) COLS w FILTERS " ORDER BY " order " LIMIT ? OFFSET ?"
#define BOTH(order)                                                            \
	{                                                                      \
		LIST(W_P, order), LIST(W_A, order)                             \
	}
#define TOTALS(w)                                                              \
	"SELECT DATE_FORMAT(c.period_from, '%Y-%m') AS month, COUNT(*) AS n, " \
	"SUM(c.units) AS units, SUM(c.amount_cents) AS amount" FROM w FILTERS  \
	" GROUP BY month ORDER BY month DESC LIMIT ?"

static const struct sort {
	const char *key, *label;
	const char *asc[2], *desc[2];
} sorts[] = {
    {"number", "partner.ccol.number", BOTH("c.id"), BOTH("c.id DESC")},
    {"request", "partner.ccol.request", BOTH("c.request_id, c.id"),
     BOTH("c.request_id DESC, c.id DESC")},
    {"period", "partner.ccol.period", BOTH("c.period_from, c.id"),
     BOTH("c.period_from DESC, c.id DESC")},
    {"amount", "partner.ccol.amount", BOTH("c.amount_cents, c.id"),
     BOTH("c.amount_cents DESC, c.id DESC")},
};

static const char *const count_sql[2] = {"SELECT COUNT(*)" FROM W_P FILTERS,
                                         "SELECT COUNT(*)" FROM W_A FILTERS};
static const char *const totals_sql[2] = {TOTALS(W_P), TOTALS(W_A)};
static const char *const states[] = {"draft",     "uploaded", "submitted",
                                     "validated", "returned", NULL};

static const struct {
	const char *code, *key;
} dones[] = {{"uploaded", "partner.flash.uploaded"}};

/* GET /confirmations?tab=…&sort=…&dir=…&page=…&q=…. */
static int list(struct req *r)
{
	const char *tab = req_query(r, "tab"), *sk = req_query(r, "sort");
	const char *q = req_query(r, "q"), *dir, *pattern;
	const char *done = req_query(r, "done");
	const struct sort *sort = NULL;
	long long page, count = 0, size = PAGE_SIZE, number = 0;
	struct persona p;
	struct db_res *res;
	struct buf keep = {0};
	xmlNodePtr l, tabs;
	int scope;

	partner_persona(r, &p);
	if (!p.agency && !p.finance)
		return 403;
	for (size_t i = 0; done != NULL && i < sizeof dones / sizeof dones[0];
	     i++)
		if (strcmp(done, dones[i].code) == 0)
			page_flash(r, dones[i].key);
	if (tab == NULL)
		tab = p.agency ? "submitted" : "draft";
	for (size_t i = 0; states[i] != NULL; i++)
		if (strcmp(states[i], tab) == 0)
			tab = states[i];
	if (tab != states[0] && tab != states[1] && tab != states[2] &&
	    tab != states[3] && tab != states[4])
		return 400;
	for (size_t i = 0; i < sizeof sorts / sizeof sorts[0]; i++)
		if (strcmp(sorts[i].key, sk != NULL ? sk : "period") == 0)
			sort = &sorts[i];
	if (sort == NULL || partner_paging(r, &page, &dir, "asc") != 0)
		return 400;
	if (size > conf.page_size_max)
		size = conf.page_size_max;
	if (q == NULL)
		q = "";
	if (utf8_length(q, strlen(q)) > SEARCH_MAX) {
		page_error(r, "q", "err.too_long");
		q = "";
	}
	if (*q != '\0' && !valid_int(q, 1, ID_MAX, &number))
		number = 0;
	pattern = partner_like(r, q);
	scope = p.agency ? 1 : 0;
	if (db_int_query(&count, count_sql[scope], "isssi", p.org, tab, q,
	                 pattern, number) != 1)
		return 500;
	res = db_query(strcmp(dir, "desc") == 0 ? sort->desc[scope]
	                                        : sort->asc[scope],
	               "sisssiii", r->lang, p.org, tab, q, pattern, number,
	               size, (page - 1) * size);
	l = page_add(page_content(r), "confirmations", NULL);
	if (res == NULL || page_rows(l, res, "confirmation") < 0) {
		db_done(res);
		return 500;
	}
	db_done(res);
	res = db_query(totals_sql[scope], "isssii", p.org, tab, q, pattern,
	               number, (long long)TOTALS_MAX);
	l = page_add(page_content(r), "totals", NULL);
	if (res == NULL || page_rows(l, res, "period") < 0) {
		db_done(res);
		return 500;
	}
	db_done(res);
	tabs = page_add(page_content(r), "tabs", NULL);
	page_attr(tabs, "current", tab);
	for (size_t i = 0; states[i] != NULL; i++)
		page_attr(page_add(tabs, "tab", NULL), "code", states[i]);
	partner_persona_xml(r, &p);
	buf_printf(&keep, "tab=%s&q=", tab);
	buf_urlencode(&keep, q);
	l = page_add(page_content(r), "list", NULL);
	page_attr(l, "sort", sort->key);
	page_attr(l, "dir", dir);
	page_attr(l, "label", sort->label);
	page_attr(l, "keep", keep.data);
	buf_free(&keep);
	page_add_int(l, "count", count);
	page_add_int(l, "page", page);
	page_add_int(l, "pages", count == 0 ? 1 : (count + size - 1) / size);
	page_add(page_add(page_content(r), "filters", NULL), "q", q);
	return page_has_errors(r) ? 422 : 200;
}

static const struct screen screen = {
    .name = "confirmations",
    .path = "/confirmations",
    .perm = "partner.confirmations",
    .get = list,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
