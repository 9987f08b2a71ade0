#include "change.h"

#include <stdio.h>
#include <string.h>

#include "db.h"
#include "partner.h"
#include "period.h"

/* What change_apply reads of the locked request. */
struct current {
	const char *state, *start, *end;
	long long clones;
};

static int lock(struct req *r, long long id, struct current *cur)
{
	struct db_res *res = db_query(
	    "SELECT state, start_date, end_date, clone_id IS NOT NULL FROM "
	    "service_request WHERE id = ? FOR UPDATE",
	    "i", id);
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		cur->state = pool_strdup(&r->pool, db_str(res, 0));
		cur->start = pool_strdup(&r->pool, db_str(res, 1));
		cur->end =
		    pool_strdup(&r->pool, db_str(res, 2) ? db_str(res, 2) : "");
		cur->clones = db_int(res, 3);
	}
	db_done(res);
	return rc == 1 ? 0 : -1;
}

/* The number of rows a COUNT(*) query with (request, date) finds; -1. */
static long long count(const char *sql, long long id, const char *day)
{
	long long n = 0;

	return db_int_query(&n, sql, "is", id, day) == 1 ? n : -1;
}

/* Confirmations (not returned) that end on or after day. */
#define CONFIRMED_FROM                                                         \
	"SELECT COUNT(*) FROM confirmation WHERE request_id = ? AND state <> " \
	"'returned' AND period_to >= ?"

static int adjust(struct req *r, long long report, long long id,
                  const struct change *c, const struct current *cur,
                  long long *clone, const char **key)
{
	char last[DATE_TEXT];
	long long n;

	if ((*key = period_clone(cur->start, cur->end, c->eff)) != NULL)
		return 1;
	if (cur->clones > 0)
		return *key = "err.partner.clone.exists", 1;
	if ((n = count(CONFIRMED_FROM, id, c->eff)) != 0)
		return n < 0 ? -1 : (*key = "err.partner.clone.confirmed", 1);
	if ((n = count("SELECT COUNT(*) FROM service_suspension WHERE "
	               "request_id = ? AND to_date >= ?",
	               id, c->eff)) != 0)
		return n < 0 ? -1 : (*key = "err.partner.clone.suspended", 1);
	period_add(c->eff, -1, last);
	if (db_exec("INSERT INTO service_request (agency_org_id, "
	            "provider_org_id, client_id, care_service_id, centre_id, "
	            "zone_id, state, start_date, end_date, units_per_week, "
	            "unit_rate_cents, instructions, origin_id, linked, "
	            "client_sort, service_sort_fr, service_sort_en, "
	            "zone_sort_fr, zone_sort_en, centre_sort, created_by, "
	            "answered_by, answered_at) SELECT agency_org_id, "
	            "provider_org_id, client_id, care_service_id, centre_id, "
	            "zone_id, state, ?, end_date, ?, unit_rate_cents, "
	            "instructions, id, 1, client_sort, service_sort_fr, "
	            "service_sort_en, zone_sort_fr, zone_sort_en, centre_sort, "
	            "?, answered_by, answered_at FROM service_request WHERE id "
	            "= ?",
	            "siii", c->eff, c->units, r->user.id, id) != 1)
		return -1;
	*clone = db_insert_id();
	if (db_exec("UPDATE service_request SET end_date = ?, linked = 1, "
	            "clone_id = ?, version = version + 1 WHERE id = ?",
	            "sii", last, *clone, id) != 1 ||
	    partner_event(id, r->user.id, "cloned_to", NULL, *clone, false) ==
	        -1 ||
	    partner_event(*clone, r->user.id, "cloned_from", NULL, id, false) ==
	        -1 ||
	    partner_event(*clone, r->user.id, "change_approved", NULL, report,
	                  true) == -1)
		return -1;
	return 0;
}

static int suspend(struct req *r, long long report, long long id,
                   const struct change *c, const struct current *cur,
                   const char **key)
{
	char detail[32];
	long long n = 0;

	if ((*key = period_suspend(cur->start, cur->end, c->eff, c->until)) !=
	    NULL)
		return 1;
	if (db_int_query(
	        &n,
	        "SELECT (SELECT COUNT(*) FROM service_suspension WHERE "
	        "request_id = ? AND from_date <= ? AND to_date >= ?) "
	        "+ (SELECT COUNT(*) FROM confirmation WHERE request_id "
	        "= ? AND state <> 'returned' AND period_from <= ? AND "
	        "period_to >= ?)",
	        "ississ", id, c->until, c->eff, id, c->until, c->eff) != 1)
		return -1;
	if (n > 0)
		return *key = "err.partner.suspend.overlap", 1;
	snprintf(detail, sizeof detail, "%s – %s", c->eff, c->until);
	return db_exec("INSERT INTO service_suspension (request_id, "
	               "from_date, to_date, report_id) VALUES (?, ?, ?, ?)",
	               "issi", id, c->eff, c->until, report) != 1 ||
	               partner_event(id, r->user.id, "suspended", detail, 0,
	                             false) == -1
	           ? -1
	           : 0;
}

static int terminate(struct req *r, long long id, const struct change *c,
                     const struct current *cur, const char **key)
{
	char last[DATE_TEXT];
	long long n;

	if ((*key = period_terminate(cur->start, cur->end, c->eff)) != NULL)
		return 1;
	if (cur->clones > 0)
		return *key = "err.partner.clone.exists", 1;
	if ((n = count(CONFIRMED_FROM, id, c->eff)) != 0)
		return n < 0 ? -1
		             : (*key = "err.partner.terminate.confirmed", 1);
	period_add(c->eff, -1, last);
	return db_exec("UPDATE service_request SET end_date = ?, version = "
	               "version + 1 WHERE id = ?",
	               "si", last, id) != 1 ||
	               partner_event(id, r->user.id, "terminated", last, 0,
	                             false) == -1
	           ? -1
	           : 0;
}

int change_apply(struct req *r, long long report, long long request,
                 const struct change *c, long long *clone, const char **key)
{
	struct current cur;

	*clone = 0;
	*key = NULL;
	if (lock(r, request, &cur) == -1)
		return -1;
	if (strcmp(cur.state, "activated") != 0)
		return *key = "err.partner.state_changed", 1;
	if (strcmp(c->kind, "adjust") == 0)
		return adjust(r, report, request, c, &cur, clone, key);
	if (strcmp(c->kind, "suspend") == 0)
		return suspend(r, report, request, c, &cur, key);
	return terminate(r, request, c, &cur, key);
}
