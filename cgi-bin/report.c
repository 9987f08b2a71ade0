/* report: a report on an activated service request. A care coordinator
 * fills the standardised form of an incident (when, where, what, people
 * involved, actions taken, severity), an observed change, or a change
 * request (adjust, suspend from–to, terminate from a date, with a reason);
 * it is routed to the client's lead agency worker, who gets a mail and an
 * item in their list. The agency acknowledges a report, or approves or
 * declines a change request (an approved adjustment clones the request).
 * Finance users never reach this screen (permission partner.reports). */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "change.h"
#include "db.h"
#include "decimal.h"
#include "form.h"
#include "page.h"
#include "partner.h"
#include "period.h"

#define VERSION_MAX 4294967295LL
#define UNITS_MAX   1000000LL

static const char *const kinds[] = {"incident", "observation", "change", NULL};
static const char *const change_kinds[] = {"adjust", "suspend", "terminate",
                                           NULL};
static const char *const severities[] = {"low", "moderate", "high", "critical",
                                         NULL};

/* Flash keys after a redirect. */
static const struct {
	const char *code, *key;
} dones[] = {
    {"sent", "partner.flash.reported"},
    {"acknowledged", "partner.flash.acknowledged"},
    {"approved", "partner.flash.approved"},
    {"declined", "partner.flash.declined"},
};

/* The submitted report, as read from the form. */
struct values {
	const char *kind, *change_kind, *day, *time, *location, *description,
	    *people, *actions, *severity, *eff, *until;
	long long units;
};

/* Writes the request a report is about (as the persona may reach it) as
 * content/request; 1, 0 (not theirs or not there), -1. */
static int request_xml(struct req *r, const struct persona *p, long long id)
{
	struct db_res *res = db_query(
	    "SELECT r.id, r.state, r.start_date, r.end_date, "
	    "r.units_per_week, CONCAT(c.given_name, ' ', c.family_name) AS "
	    "client, IF(? = 'en', s.name_en, s.name_fr) AS service, s.unit "
	    "FROM service_request r JOIN client c ON c.id = r.client_id JOIN "
	    "care_service s ON s.id = r.care_service_id WHERE r.id = ? "
	    "AND " PARTNER_OWNS,
	    "siiiii", r->lang, id, PARTNER_OWNS_ARGS(p));
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1)
		page_row(page_content(r), res, "request");
	db_done(res);
	return rc;
}

/* The form of a new report of kind for request, with values v (NULL:
 * empty); returns status, 404 when the request is not the user's, 409
 * when it is not activated. */
static int form_page(struct req *r, long long request, const char *kind,
                     const struct values *v, int status)
{
	struct persona p;
	xmlNodePtr f;
	char units[32] = "";
	int rc;

	partner_persona(r, &p);
	if (!p.care)
		return 403;
	if ((rc = request_xml(r, &p, request)) != 1)
		return rc == 0 ? 404 : 500;
	partner_persona_xml(r, &p);
	f = page_add(page_content(r), "form", NULL);
	page_attr(f, "kind", kind);
	if (v != NULL) {
		if (v->units > 0)
			decimal_text(v->units, units);
		page_add(f, "change_kind", v->change_kind);
		page_add(f, "day", v->day);
		page_add(f, "time", v->time);
		page_add(f, "location", v->location);
		page_add(f, "description", v->description);
		page_add(f, "people", v->people);
		page_add(f, "actions_taken", v->actions);
		page_add(f, "severity", v->severity);
		page_add(f, "effective_date", v->eff);
		page_add(f, "until_date", v->until);
		page_add(f, "units",
		         req_form(r, "units") ? req_form(r, "units") : units);
	}
	return status;
}

/* The report id as the persona may reach it, with its decision forms for
 * the agency; returns status, or 404. */
static int view(struct req *r, long long id, int status)
{
	struct persona p;
	struct db_res *res;
	xmlNodePtr a;
	const char *kind = NULL, *st = NULL;
	long long request = 0;
	int rc;

	partner_persona(r, &p);
	if (!p.agency && !p.care)
		return 403;
	res = db_query(
	    "SELECT p.id, p.version, p.request_id, p.kind, p.change_kind, "
	    "p.status, p.occurred_at, p.location, p.description, p.people, "
	    "p.actions_taken, p.severity, p.effective_date, p.until_date, "
	    "p.units_per_week, p.reported_at, ru.name AS reported_by, "
	    "lu.name AS routed_to, p.decided_at, du.name AS decided_by, "
	    "p.decision_note, p.clone_id, cl.name AS lead FROM service_report "
	    "p JOIN service_request r ON r.id = p.request_id JOIN users ru ON "
	    "ru.id = p.reported_by JOIN users lu ON lu.id = p.routed_to LEFT "
	    "JOIN users du ON du.id = p.decided_by JOIN care_client cc ON "
	    "cc.client_id = p.client_id JOIN users cl ON cl.id = "
	    "cc.lead_worker_id WHERE p.id = ? AND " PARTNER_OWNS,
	    "iiiii", id, PARTNER_OWNS_ARGS(&p));
	if (res == NULL)
		return 500;
	if ((rc = db_next(res)) == 1) {
		page_row(page_content(r), res, "report");
		request = db_int(res, 2);
		kind = pool_strdup(&r->pool, db_str(res, 3));
		st = pool_strdup(&r->pool, db_str(res, 5));
	}
	db_done(res);
	if (rc != 1)
		return rc == 0 ? 404 : 500;
	if (request_xml(r, &p, request) != 1)
		return 500;
	partner_persona_xml(r, &p);
	a = page_add(page_content(r), "actions", NULL);
	if (p.agency && strcmp(st, "submitted") == 0) {
		if (strcmp(kind, "change") == 0) {
			page_add(a, "action", "approve");
			page_add(a, "action", "decline");
		} else {
			page_add(a, "action", "acknowledge");
		}
	}
	return status;
}

/* GET /report?id=N, or /report?request=N&kind=K for the form. */
static int show(struct req *r)
{
	const char *done = req_query(r, "done"), *kind = req_query(r, "kind");
	long long id;

	for (size_t i = 0; done != NULL && i < sizeof dones / sizeof dones[0];
	     i++)
		if (strcmp(done, dones[i].code) == 0)
			page_flash(r, dones[i].key);
	if (req_query(r, "id") != NULL)
		return partner_id(r, "id", false, &id) != 0 ? 400
		                                            : view(r, id, 200);
	if (partner_id(r, "request", false, &id) != 0 || kind == NULL)
		return 400;
	for (size_t i = 0; kinds[i] != NULL; i++)
		if (strcmp(kinds[i], kind) == 0)
			return form_page(r, id, kinds[i], NULL, 200);
	return 400;
}

/* The dates of a change request checked against the request's period
 * (the agency checks again, with the database, when it decides). */
static void check_change_dates(struct req *r, const struct values *v,
                               const char *start, const char *end)
{
	const char *key = NULL, *field = "effective_date";

	if (strcmp(v->change_kind, "adjust") == 0)
		key = period_clone(start, end, v->eff);
	else if (strcmp(v->change_kind, "terminate") == 0)
		key = period_terminate(start, end, v->eff);
	else if ((key = period_suspend(start, end, v->eff, v->until)) != NULL)
		field = "until_date";
	if (key != NULL)
		page_error(r, field, key);
}

/* Reads the form of a report of kind; 0 or -1 (fields reported). The
 * request's period (start, end) checks a change's dates. */
static int read_values(struct req *r, const char *kind, struct values *v,
                       const char *start, const char *end)
{
	char today[DATE_TEXT];
	int bad = 0;

	memset(v, 0, sizeof *v);
	v->kind = kind;
	v->change_kind = v->day = v->time = v->location = v->people = "";
	v->actions = v->severity = v->eff = v->until = v->description = "";
	bad |= form_text(r, "description", &v->description, 4000, REQUIRED);
	if (strcmp(kind, "incident") == 0) {
		bad |= period_field(r, "day", &v->day, REQUIRED);
		bad |= form_text(r, "time", &v->time, 5, REQUIRED);
		if (*v->time != '\0' && !valid_time(v->time)) {
			page_error(r, "time", "err.partner.time.invalid");
			bad = -1;
		}
		bad |= form_text(r, "location", &v->location, 200, REQUIRED);
		bad |= form_text(r, "people", &v->people, 1000, REQUIRED);
		bad |=
		    form_text(r, "actions_taken", &v->actions, 2000, REQUIRED);
		bad |= form_enum(r, "severity", severities, &v->severity,
		                 REQUIRED);
	} else if (strcmp(kind, "observation") == 0) {
		bad |= period_field(r, "day", &v->day, REQUIRED);
	} else {
		bad |= form_enum(r, "change_kind", change_kinds,
		                 &v->change_kind, REQUIRED);
		bad |= period_field(r, "effective_date", &v->eff, REQUIRED);
		if (strcmp(v->change_kind, "suspend") == 0)
			bad |=
			    period_field(r, "until_date", &v->until, REQUIRED);
		if (strcmp(v->change_kind, "adjust") == 0) {
			if (form_decimal(r, "units", &v->units, UNITS_MAX,
			                 REQUIRED) == -1)
				bad = -1;
			else if (v->units == 0) {
				page_error(r, "units", "err.decimal.invalid");
				bad = -1;
			}
		}
		if (!bad)
			check_change_dates(r, v, start, end);
	}
	period_today(today);
	if (*v->day != '\0' && strcmp(v->day, today) > 0) {
		page_error(r, "day", "err.partner.day.future");
		bad = -1;
	}
	return bad || page_has_errors(r) ? -1 : 0;
}

/* POST action=create: the report, its private history line, its audit
 * row and the mail to the lead worker, in one transaction. */
static int create(struct req *r)
{
	const char *kind, *start = NULL, *end = NULL;
	long long request, id, lead = 0, client = 0, provider = 0, agency = 0;
	struct persona p;
	struct values v;
	struct db_res *res;
	char at[24], path[64];
	int rc;

	partner_persona(r, &p);
	if (!p.care)
		return 403;
	if (partner_id(r, "request", true, &request) != 0 ||
	    form_enum(r, "kind", kinds, &kind, REQUIRED) == -1)
		return 400;
	if (db_begin() == -1)
		return 500;
	res = db_query("SELECT r.state, r.start_date, r.end_date, "
	               "cc.lead_worker_id, r.client_id, r.provider_org_id, "
	               "r.agency_org_id FROM service_request r JOIN "
	               "care_client cc ON cc.client_id = r.client_id WHERE "
	               "r.id = ? AND " PARTNER_OWNS " FOR UPDATE",
	               "iiiii", request, PARTNER_OWNS_ARGS(&p));
	if (res == NULL)
		return db_rollback(), 500;
	if ((rc = db_next(res)) == 1 &&
	    strcmp(db_str(res, 0), "activated") == 0) {
		start = pool_strdup(&r->pool, db_str(res, 1));
		end =
		    pool_strdup(&r->pool, db_str(res, 2) ? db_str(res, 2) : "");
		lead = db_int(res, 3);
		client = db_int(res, 4);
		provider = db_int(res, 5);
		agency = db_int(res, 6);
	}
	db_done(res);
	if (rc != 1)
		return db_rollback(), rc == 0 ? 404 : 500;
	if (start == NULL) {
		db_rollback();
		page_error(r, "", "err.partner.not_active");
		return form_page(r, request, kind, NULL, 409);
	}
	if (read_values(r, kind, &v, start, end) == -1) {
		db_rollback();
		return form_page(r, request, kind, &v, 422);
	}
	snprintf(at, sizeof at, "%s %s:00", v.day, v.time);
	if (db_exec("INSERT INTO service_report (request_id, provider_org_id, "
	            "agency_org_id, client_id, kind, change_kind, occurred_at, "
	            "location, description, people, actions_taken, severity, "
	            "effective_date, until_date, units_per_week, reported_by, "
	            "reported_at, routed_to) VALUES (?, ?, ?, ?, ?, NULLIF(?, "
	            "''), NULLIF(?, ''), ?, ?, ?, ?, NULLIF(?, ''), NULLIF(?, "
	            "''), NULLIF(?, ''), NULLIF(?, 0), ?, UTC_TIMESTAMP(), ?)",
	            "iiiissssssssssiii", request, provider, agency, client,
	            kind, v.change_kind,
	            *v.day == '\0'    ? ""
	            : *v.time == '\0' ? v.day
	                              : at,
	            v.location, v.description, v.people, v.actions, v.severity,
	            v.eff, v.until, v.units, r->user.id, lead) != 1)
		return db_rollback(), 500;
	id = db_insert_id();
	snprintf(path, sizeof path, "/report?id=%lld", id);
	snprintf(at, sizeof at, "report_%s", kind);
	if (partner_event(request, r->user.id, at, NULL, id, true) == -1 ||
	    audit_log(r, 0, "report.sent", "service_report", id, kind, NULL,
	              NULL) == -1 ||
	    partner_notify_user(lead, kind, request, path) == -1 ||
	    db_commit() == -1)
		return db_rollback(), 500;
	return partner_done(r, "/report", id, "sent");
}

/* POST action=acknowledge|approve|decline (agency), with id, version,
 * note and, to approve a change, its dates and units as decided. */
static int decide(struct req *r, const char *action)
{
	long long id, version = 0, request = 0, reporter = 0, clone = 0;
	const char *note = "", *kind = NULL, *ck = NULL, *status, *key = NULL;
	struct change c = {0};
	struct persona p;
	struct db_res *res;
	char path[64], ev[32];
	int rc;

	partner_persona(r, &p);
	if (!p.agency)
		return 403;
	if (partner_id(r, "id", true, &id) != 0 ||
	    form_int(r, "version", &version, 1, VERSION_MAX, REQUIRED) == -1)
		return 400;
	res = db_query("SELECT p.kind, p.change_kind, p.request_id, "
	               "p.reported_by, p.status FROM service_report p JOIN "
	               "service_request r ON r.id = p.request_id WHERE p.id = "
	               "? AND " PARTNER_OWNS,
	               "iiiii", id, PARTNER_OWNS_ARGS(&p));
	if (res == NULL)
		return 500;
	if ((rc = db_next(res)) == 1) {
		kind = pool_strdup(&r->pool, db_str(res, 0));
		ck =
		    pool_strdup(&r->pool, db_str(res, 1) ? db_str(res, 1) : "");
		request = db_int(res, 2);
		reporter = db_int(res, 3);
	}
	db_done(res);
	if (rc != 1)
		return rc == 0 ? 404 : 500;
	if ((strcmp(action, "acknowledge") == 0) ==
	    (strcmp(kind, "change") == 0))
		return 400;
	status = strcmp(action, "approve") == 0   ? "approved"
	         : strcmp(action, "decline") == 0 ? "declined"
	                                          : "acknowledged";
	if (form_text(r, "note", &note, 1000,
	              strcmp(action, "decline") == 0 ? REQUIRED : OPTIONAL) ==
	    -1)
		return view(r, id, 422);
	if (strcmp(action, "approve") == 0) {
		c.kind = ck;
		c.until = "";
		if (period_field(r, "effective_date", &c.eff, REQUIRED) == -1 ||
		    (strcmp(ck, "suspend") == 0 &&
		     period_field(r, "until_date", &c.until, REQUIRED) == -1) ||
		    (strcmp(ck, "adjust") == 0 &&
		     form_decimal(r, "units", &c.units, UNITS_MAX, REQUIRED) ==
		         -1))
			return view(r, id, 422);
		if (strcmp(ck, "adjust") == 0 && c.units == 0) {
			page_error(r, "units", "err.decimal.invalid");
			return view(r, id, 422);
		}
	}
	if (db_begin() == -1)
		return 500;
	if (db_exec("UPDATE service_report SET status = ?, decided_by = ?, "
	            "decided_at = UTC_TIMESTAMP(), decision_note = NULLIF(?, "
	            "''), version = version + 1 WHERE id = ? AND version = ? "
	            "AND status = 'submitted'",
	            "sisii", status, r->user.id, note, id, version) != 1) {
		db_rollback();
		page_error(r, "", "err.conflict");
		return view(r, id, 409);
	}
	if (strcmp(action, "approve") == 0) {
		if ((rc = change_apply(r, id, request, &c, &clone, &key)) !=
		    0) {
			db_rollback();
			if (rc == -1)
				return 500;
			page_error(
			    r,
			    strcmp(key, "err.partner.suspend.overlap") == 0 ||
			            strcmp(key,
			                   "err.partner.suspend.outside") == 0
			        ? "until_date"
			        : "effective_date",
			    key);
			return view(r, id, 422);
		}
		if (clone != 0 &&
		    db_exec(
		        "UPDATE service_report SET clone_id = ? WHERE id = ?",
		        "ii", clone, id) != 1)
			return db_rollback(), 500;
	}
	snprintf(ev, sizeof ev, "%s",
	         strcmp(status, "acknowledged") == 0 ? "report_acknowledged"
	         : strcmp(status, "approved") == 0   ? "change_approved"
	                                             : "change_declined");
	snprintf(path, sizeof path, "/report?id=%lld", id);
	if (partner_event(request, r->user.id, ev, NULL, id, true) == -1 ||
	    audit_log(r, 0,
	              strcmp(status, "acknowledged") == 0
	                  ? "report.acknowledged"
	              : strcmp(status, "approved") == 0 ? "report.approved"
	                                                : "report.declined",
	              "service_report", id, note, NULL, NULL) == -1 ||
	    (strcmp(kind, "change") == 0 &&
	     partner_notify_user(reporter, ev, request, path) == -1) ||
	    db_commit() == -1)
		return db_rollback(), 500;
	return partner_done(r, "/report", id, status);
}

/* POST /report. */
static int submit(struct req *r)
{
	static const char *const actions[] = {"create", "acknowledge",
	                                      "approve", "decline", NULL};
	const char *action;

	if (form_enum(r, "action", actions, &action, REQUIRED) == -1)
		return 400;
	return strcmp(action, "create") == 0 ? create(r) : decide(r, action);
}

static const struct screen screen = {
    .name = "report",
    .path = "/report",
    .perm = "partner.reports",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
