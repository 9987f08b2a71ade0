/* request-new: agency staff offer a service request to a provider for one
 * of the agency's clients: the service, the billing centre, the period,
 * the planned units and rate, instructions for the provider's care
 * coordinators, and (for a client new to the portal) the lead agency
 * worker. The request is pending at once and the provider's coordinators
 * are told by mail, in the transaction that creates it. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "db.h"
#include "decimal.h"
#include "form.h"
#include "page.h"
#include "partner.h"
#include "period.h"

#define ID_MAX    9223372036854775807LL
#define UNITS_MAX 1000000LL  /* hundredths: 10,000 units a week */
#define RATE_MAX  10000000LL /* cents: $100,000 a unit */
#define INSTR_MAX 2000

struct values {
	long long client, provider, service, centre, lead, units, rate;
	const char *start, *end, *instructions;
};

/* Adds the rows of a query under content/<name>; 0 or -1. */
static int rows(struct req *r, const char *name, const char *row,
                struct db_res *res)
{
	long n = res != NULL ? page_rows(page_add(page_content(r), name, NULL),
	                                 res, row)
	                     : -1;

	db_done(res);
	return n < 0 ? -1 : 0;
}

/* The form with the values v and the choices it offers; returns status. */
static int render(struct req *r, const struct values *v, int status)
{
	xmlNodePtr f = page_add(page_content(r), "form", NULL);
	char units[32] = "", rate[32] = "";

	if (v->units > 0)
		decimal_text(v->units, units);
	if (v->rate > 0)
		decimal_text(v->rate, rate);
	page_add_int(f, "client", v->client);
	page_add_int(f, "provider", v->provider);
	page_add_int(f, "service", v->service);
	page_add_int(f, "centre", v->centre);
	page_add_int(f, "lead", v->lead);
	page_add(f, "start_date", v->start);
	page_add(f, "end_date", v->end);
	page_add(f, "units",
	         req_form(r, "units") ? req_form(r, "units") : units);
	page_add(f, "rate", req_form(r, "rate") ? req_form(r, "rate") : rate);
	page_add(f, "instructions", v->instructions);
	if (rows(r, "clients", "client",
	         db_query("SELECT c.id, CONCAT(c.family_name, ', ', "
	                  "c.given_name, IF(c.file_number IS NULL, '', "
	                  "CONCAT(' (', c.file_number, ')'))) AS name, "
	                  "u.name AS lead FROM client c LEFT JOIN care_client "
	                  "cc ON cc.client_id = c.id LEFT JOIN users u ON u.id "
	                  "= cc.lead_worker_id WHERE c.org_id = ? AND "
	                  "c.active = 1 ORDER BY c.family_name, c.given_name",
	                  "i", r->user.org_id)) == -1 ||
	    rows(r, "providers", "provider",
	         db_query("SELECT id, name FROM org WHERE kind = 'provider' "
	                  "ORDER BY name",
	                  "")) == -1 ||
	    rows(r, "services", "service",
	         db_query("SELECT id, IF(? = 'en', name_en, name_fr) AS name, "
	                  "unit FROM care_service WHERE active = 1 ORDER BY "
	                  "name",
	                  "s", r->lang)) == -1 ||
	    rows(
	        r, "centres", "centre",
	        db_query("SELECT ce.id, CONCAT(ce.name, ' – ', IF(? = 'en', "
	                 "z.name_en, z.name_fr)) AS name FROM service_centre "
	                 "ce JOIN zone z ON z.id = ce.zone_id ORDER BY ce.name",
	                 "s", r->lang)) == -1 ||
	    rows(r, "workers", "worker",
	         db_query("SELECT u.id, u.name FROM users u WHERE u.org_id = ? "
	                  "AND u.active = 1 AND EXISTS (SELECT 1 FROM "
	                  "user_role ur JOIN role_permission rp ON rp.role_id "
	                  "= ur.role_id WHERE ur.user_id = u.id AND "
	                  "rp.permission = 'partner.agency') ORDER BY u.name",
	                  "i", r->user.org_id)) == -1)
		return 500;
	return status;
}

/* GET /request/new: the empty form (the user is the default lead). */
static int show(struct req *r)
{
	struct values v = {0};

	v.lead = r->user.id;
	v.start = v.end = v.instructions = "";
	return render(r, &v, 200);
}

/* True when the query (one integer parameter and the agency's
 * organisation) finds a row; -1 on error. */
static int exists(const char *sql, long long id, long long org)
{
	long long n = 0;

	if (db_int_query(&n, sql, "ii", id, org) != 1)
		return -1;
	return n > 0;
}

/* Checks that each chosen row is one the form offered; reports the
 * fields that are not. 0, -1 (reported) or -2 (error). */
static int check_choices(struct req *r, const struct values *v)
{
	static const struct {
		const char *field, *sql;
		size_t off;
	} checks[] = {
	    {"client",
	     "SELECT COUNT(*) FROM client WHERE id = ? AND org_id = ? AND "
	     "active = 1",
	     offsetof(struct values, client)},
	    {"provider",
	     "SELECT COUNT(*) FROM org WHERE id = ? AND kind = 'provider' AND "
	     "? > 0",
	     offsetof(struct values, provider)},
	    {"service",
	     "SELECT COUNT(*) FROM care_service WHERE id = ? AND active = 1 "
	     "AND ? > 0",
	     offsetof(struct values, service)},
	    {"centre",
	     "SELECT COUNT(*) FROM service_centre WHERE id = ? AND ? > 0",
	     offsetof(struct values, centre)},
	    {"lead",
	     "SELECT COUNT(*) FROM users u WHERE u.id = ? AND u.org_id = ? AND "
	     "u.active = 1 AND EXISTS (SELECT 1 FROM user_role ur JOIN "
	     "role_permission rp ON rp.role_id = ur.role_id WHERE ur.user_id = "
	     "u.id AND rp.permission = 'partner.agency')",
	     offsetof(struct values, lead)},
	};
	int bad = 0, rc;

	for (size_t i = 0; i < sizeof checks / sizeof checks[0]; i++) {
		long long id =
		    *(const long long *)((const char *)v + checks[i].off);
		if (id == 0)
			continue;
		if ((rc = exists(checks[i].sql, id, r->user.org_id)) == -1)
			return -2;
		if (rc == 0) {
			page_error(r, checks[i].field, "err.choice.invalid");
			bad = -1;
		}
	}
	return bad;
}

/* Reads the form into v; 0, -1 (fields reported) or -2 (error). */
static int read_values(struct req *r, struct values *v)
{
	int bad = 0, rc;

	bad |= form_int(r, "client", &v->client, 1, ID_MAX, REQUIRED);
	bad |= form_int(r, "provider", &v->provider, 1, ID_MAX, REQUIRED);
	bad |= form_int(r, "service", &v->service, 1, ID_MAX, REQUIRED);
	bad |= form_int(r, "centre", &v->centre, 1, ID_MAX, REQUIRED);
	bad |= form_int(r, "lead", &v->lead, 1, ID_MAX, REQUIRED);
	bad |= period_field(r, "start_date", &v->start, REQUIRED);
	bad |= period_field(r, "end_date", &v->end, OPTIONAL);
	if (form_decimal(r, "units", &v->units, UNITS_MAX, REQUIRED) == -1)
		bad = -1;
	else if (v->units == 0) {
		page_error(r, "units", "err.decimal.invalid");
		bad = -1;
	}
	bad |= form_decimal(r, "rate", &v->rate, RATE_MAX, REQUIRED);
	bad |=
	    form_text(r, "instructions", &v->instructions, INSTR_MAX, OPTIONAL);
	if (v->instructions == NULL)
		v->instructions = "";
	if (*v->start != '\0' && *v->end != '\0' &&
	    strcmp(v->end, v->start) < 0) {
		page_error(r, "end_date", "err.date.order");
		bad = -1;
	}
	if ((rc = check_choices(r, v)) != 0)
		return rc;
	return bad ? -1 : 0;
}

/* POST /request/new: the request, its history line, its audit row and
 * the provider's notices, in one transaction. */
static int create(struct req *r)
{
	struct values v = {0};
	char path[64], num[24];
	long long id;
	int rc;

	if ((rc = read_values(r, &v)) == -2)
		return 500;
	if (rc == -1)
		return render(r, &v, 422);
	if (db_begin() == -1)
		return 500;
	if (db_exec("INSERT IGNORE INTO care_client (client_id, "
	            "lead_worker_id) VALUES (?, ?)",
	            "ii", v.client, v.lead) < 0 ||
	    db_exec("INSERT INTO service_request (agency_org_id, "
	            "provider_org_id, client_id, care_service_id, centre_id, "
	            "zone_id, start_date, end_date, units_per_week, "
	            "unit_rate_cents, instructions, client_sort, "
	            "service_sort_fr, service_sort_en, zone_sort_fr, "
	            "zone_sort_en, centre_sort, created_by) SELECT ?, ?, c.id, "
	            "s.id, ce.id, z.id, ?, NULLIF(?, ''), ?, ?, ?, "
	            "CONCAT(c.given_name, ' ', c.family_name), s.name_fr, "
	            "s.name_en, z.name_fr, z.name_en, ce.name, ? FROM client "
	            "c, care_service s, service_centre ce JOIN zone z ON z.id "
	            "= ce.zone_id WHERE c.id = ? AND s.id = ? AND ce.id = ?",
	            "iissiisiiii", r->user.org_id, v.provider, v.start, v.end,
	            v.units, v.rate, v.instructions, r->user.id, v.client,
	            v.service, v.centre) != 1)
		return db_rollback(), 500;
	id = db_insert_id();
	snprintf(path, sizeof path, "/request?id=%lld", id);
	snprintf(num, sizeof num, "%lld", v.provider);
	if (partner_event(id, r->user.id, "offered", NULL, 0, false) == -1 ||
	    audit_log(
	        r, 0, "request.offered", "service_request", id, NULL, NULL,
	        partner_json(
	            r, (const char *const[]){"provider", "start", "end"},
	            (const char *const[]){num, v.start, v.end}, 3)) == -1 ||
	    partner_notify_org(v.provider, "partner.care", "offered", id,
	                       path) == -1 ||
	    db_commit() == -1)
		return db_rollback(), 500;
	return partner_done(r, "/request", id, "offered");
}

static const struct screen screen = {
    .name = "request-new",
    .path = "/request/new",
    .perm = "partner.agency",
    .get = show,
    .post = create,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
