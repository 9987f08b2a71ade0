/* request: one service request: the client and the service as the
 * persona may see them, the lead agency worker, the period, the permanent
 * history, and the actions its state allows: a care coordinator accepts
 * or rejects a pending request (two at once: one wins, the other is told
 * it was already answered); agency staff activate, complete or cancel it
 * and change the client's lead worker. Another organisation's request is
 * 404. A finance user's page never holds the client's address, health
 * details, notes, instructions or reports. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "buf.h"
#include "db.h"
#include "form.h"
#include "page.h"
#include "partner.h"
#include "period.h"

#define REASON_MAX  1000
#define VERSION_MAX 4294967295LL

/* Flash keys after a redirect: a fixed table. */
static const struct {
	const char *code, *key;
} dones[] = {
    {"accepted", "partner.flash.accepted"},
    {"rejected", "partner.flash.rejected"},
    {"activated", "partner.flash.activated"},
    {"completed", "partner.flash.completed"},
    {"cancelled", "partner.flash.cancelled"},
    {"lead", "partner.flash.lead"},
    {"offered", "partner.flash.offered"},
    {"reported", "partner.flash.reported"},
};

/* The moves between states: who makes each, from which states, to which,
 * whether a reason is asked, and the notice it sends (to the lead worker
 * for a partner's answer, to the provider's coordinators otherwise). */
static const struct move {
	const char *action, *from[3], *to;
	bool agency, reason;
	const char *notice;
} moves[] = {
    {"accept", {"offered"}, "accepted", false, false, "accepted"},
    {"reject", {"offered"}, "rejected", false, true, "rejected"},
    {"activate", {"accepted"}, "activated", true, false, "activated"},
    {"complete", {"activated"}, "completed", true, false, "completed"},
    {"cancel",
     {"offered", "accepted", "activated"},
     "cancelled",
     true,
     true,
     "cancelled"},
};

/* What the handlers know of a request once it is found. */
struct found {
	long long id, version, client, provider, lead, lead_version, origin;
	const char *state, *start, *end;
};

/* Loads request id as the persona may reach it: 1, 0 (not there or not
 * theirs: 404), -1 error. */
static int load(struct req *r, const struct persona *p, long long id,
                struct found *f)
{
	struct db_res *res = db_query(
	    "SELECT r.id, r.version, r.state, r.start_date, r.end_date, "
	    "r.client_id, r.provider_org_id, cc.lead_worker_id, cc.version, "
	    "r.origin_id FROM service_request r JOIN care_client cc ON "
	    "cc.client_id = r.client_id WHERE r.id = ? AND " PARTNER_OWNS,
	    "iiiii", id, PARTNER_OWNS_ARGS(p));
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		f->id = db_int(res, 0);
		f->version = db_int(res, 1);
		f->state = pool_strdup(&r->pool, db_str(res, 2));
		f->start = pool_strdup(&r->pool, db_str(res, 3));
		f->end = pool_strdup(
		    &r->pool, db_str(res, 4) != NULL ? db_str(res, 4) : "");
		f->client = db_int(res, 5);
		f->provider = db_int(res, 6);
		f->lead = db_int(res, 7);
		f->lead_version = db_int(res, 8);
		f->origin = db_int(res, 9);
	}
	db_done(res);
	return rc;
}

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

/* Adds the one row of a query as content/<name>; 0 or -1. */
static int one(struct req *r, const char *name, struct db_res *res)
{
	int rc = res != NULL ? db_next(res) : -1;

	if (rc == 1)
		page_row(page_content(r), res, name);
	db_done(res);
	return rc == 1 ? 0 : -1;
}

/* The actions the persona may take in the request's state. */
static void actions(struct req *r, const struct persona *p,
                    const struct found *f)
{
	xmlNodePtr a = page_add(page_content(r), "actions", NULL);
	bool open = strcmp(f->state, "offered") == 0 ||
	            strcmp(f->state, "accepted") == 0 ||
	            strcmp(f->state, "activated") == 0;

	for (size_t i = 0; i < sizeof moves / sizeof moves[0]; i++) {
		bool from = false;
		for (int k = 0; k < 3 && moves[i].from[k] != NULL; k++)
			from = from || strcmp(moves[i].from[k], f->state) == 0;
		if (from && (moves[i].agency ? p->agency : p->care))
			page_add(a, "action", moves[i].action);
	}
	if (p->agency && open)
		page_add(a, "action", "lead");
	if (p->care && strcmp(f->state, "activated") == 0)
		page_add(a, "action", "report");
	if (p->finance && (strcmp(f->state, "activated") == 0 ||
	                   strcmp(f->state, "completed") == 0))
		page_add(a, "action", "confirm");
}

/* Adds columns [from, to) of res's current row as content/<name>, each
 * under its column's name; NULL and binary ones are left out, as
 * page_row() does. */
static void part(struct req *r, const char *name, struct db_res *res, int from,
                 int to)
{
	xmlNodePtr n = page_add(page_content(r), name, NULL);

	for (int i = from; i < to; i++)
		if (db_str(res, i) != NULL && db_coltype(res, i) != DB_BLOB)
			page_add(n, db_colname(res, i), db_str(res, i));
}

/* The request's care and billing details, its client, the client's
 * private details and lead worker, in one statement; the columns of a
 * part the persona may not see are NULL in it, and the part is not
 * written. 0 or -1. */
static int parts(struct req *r, const struct persona *p, long long id)
{
	bool care = p->agency || p->care, billing = p->agency || p->finance;
	struct db_res *res = db_query(
	    "SELECT IF(v.care, r.units_per_week, NULL) AS units_per_week, "
	    "IF(v.care, r.instructions, NULL) AS instructions, "
	    "IF(v.billing, r.units_per_week, NULL) AS units_per_week, "
	    "IF(v.billing, r.unit_rate_cents, NULL) AS unit_rate_cents, "
	    "c.given_name, c.family_name, c.file_number, "
	    "IF(v.care, c.birth_date, NULL) AS birth_date, "
	    "IF(v.care, c.lang, NULL) AS lang, "
	    "IF(v.care, c.email, NULL) AS email, "
	    "IF(v.care, c.phone, NULL) AS phone, "
	    "IF(v.care, c.address_line, NULL) AS address_line, "
	    "IF(v.care, c.city, NULL) AS city, "
	    "IF(v.care, c.province, NULL) AS province, "
	    "IF(v.care, c.postal_code, NULL) AS postal_code, "
	    "IF(v.care, cc.health_details, NULL) AS health_details, "
	    "IF(v.care, cc.notes, NULL) AS notes, "
	    "u.id, u.name, u.email, cc.version "
	    "FROM (SELECT ? AS care, ? AS billing) AS v "
	    "JOIN service_request r ON r.id = ? "
	    "JOIN client c ON c.id = r.client_id "
	    "JOIN care_client cc ON cc.client_id = c.id "
	    "JOIN users u ON u.id = cc.lead_worker_id",
	    "iii", (long long)care, (long long)billing, id);
	int rc = res != NULL ? db_next(res) : -1;

	if (rc == 1) {
		if (care)
			part(r, "care", res, 0, 2);
		if (billing)
			part(r, "billing", res, 2, 4);
		part(r, "client", res, 4, 7);
		if (care)
			part(r, "client_private", res, 7, 17);
		part(r, "lead", res, 17, 21);
	}
	db_done(res);
	return rc == 1 ? 0 : -1;
}

/* The whole page of request id with status (200, 409 or 422). Each part
 * a persona may not see is not read at all. */
static int render(struct req *r, long long id, int status)
{
	struct persona p;
	struct found f;
	int rc;

	partner_persona(r, &p);
	if ((rc = load(r, &p, id, &f)) != 1)
		return rc == 0 ? 404 : 500;
	partner_persona_xml(r, &p);
	if (one(r, "request",
	        db_query("SELECT r.id, r.version, r.state, r.start_date, "
	                 "r.end_date, r.answer_reason, r.origin_id, "
	                 "r.clone_id, r.created_at, r.answered_at, "
	                 "IF(? = 'en', s.name_en, s.name_fr) AS service, "
	                 "s.unit, IF(? = 'en', z.name_en, z.name_fr) AS zone, "
	                 "ce.name AS centre, o.name AS provider, cu.name AS "
	                 "created_by, au.name AS answered_by FROM "
	                 "service_request r JOIN care_service s ON s.id = "
	                 "r.care_service_id JOIN zone z ON z.id = r.zone_id "
	                 "JOIN service_centre ce ON ce.id = r.centre_id JOIN "
	                 "org o ON o.id = r.provider_org_id JOIN users cu ON "
	                 "cu.id = r.created_by LEFT JOIN users au ON au.id = "
	                 "r.answered_by WHERE r.id = ?",
	                 "ssi", r->lang, r->lang, id)) == -1)
		return 500;
	if (parts(r, &p, id) == -1 ||
	    rows(r, "suspensions", "suspension",
	         db_query("SELECT from_date, to_date FROM service_suspension "
	                  "WHERE request_id = ? ORDER BY from_date",
	                  "i", id)) == -1 ||
	    rows(r, "history", "event",
	         db_query("SELECT e.at, e.kind, e.detail, e.other_id, u.name "
	                  "AS actor FROM service_request_event e LEFT JOIN "
	                  "users u ON u.id = e.actor_id WHERE e.request_id = ? "
	                  "AND (? = 1 OR e.private = 0) ORDER BY e.at, e.id",
	                  "ii", id, (long long)(p.agency || p.care))) == -1)
		return 500;
	if ((p.agency || p.care) &&
	    rows(r, "reports", "report",
	         db_query("SELECT id, kind, change_kind, status, reported_at "
	                  "FROM service_report WHERE request_id = ? ORDER BY "
	                  "reported_at DESC, id DESC",
	                  "i", id)) == -1)
		return 500;
	if ((p.agency || p.finance) &&
	    rows(r, "confirmations", "confirmation",
	         db_query("SELECT id, period_from, period_to, units, "
	                  "amount_cents, state FROM confirmation WHERE "
	                  "request_id = ? ORDER BY period_from",
	                  "i", id)) == -1)
		return 500;
	if (p.agency &&
	    rows(r, "workers", "worker",
	         db_query("SELECT u.id, u.name FROM users u WHERE u.org_id = ? "
	                  "AND u.active = 1 AND EXISTS (SELECT 1 FROM "
	                  "user_role ur JOIN role_permission rp ON rp.role_id "
	                  "= ur.role_id WHERE ur.user_id = u.id AND "
	                  "rp.permission = 'partner.agency') ORDER BY u.name",
	                  "i", p.org)) == -1)
		return 500;
	actions(r, &p, &f);
	return status;
}

/* GET /request?id=N[&done=…]. */
static int show(struct req *r)
{
	const char *done = req_query(r, "done");
	long long id;

	if (partner_id(r, "id", false, &id) != 0)
		return 400;
	for (size_t i = 0; done != NULL && i < sizeof dones / sizeof dones[0];
	     i++)
		if (strcmp(done, dones[i].code) == 0)
			page_flash(r, dones[i].key);
	return render(r, id, 200);
}

/* The answer to a refused change: the page again with the message. */
static int refuse(struct req *r, long long id, const char *field,
                  const char *key, int status)
{
	db_rollback();
	if (key != NULL)
		page_error(r, field, key);
	return render(r, id, status);
}

/* Why a move found nothing to change: 409 with what happened. */
static int moved_already(struct req *r, const struct persona *p,
                         const struct move *m, long long id)
{
	struct found now;
	const char *key = "err.conflict";

	db_rollback();
	if (load(r, p, id, &now) != 1)
		return 404;
	if (!m->agency && (strcmp(now.state, "accepted") == 0 ||
	                   strcmp(now.state, "rejected") == 0 ||
	                   strcmp(now.state, "activated") == 0))
		key = "err.partner.already_answered";
	else if (strcmp(now.state, m->from[0]) != 0 &&
	         (m->from[1] == NULL || strcmp(now.state, m->from[1]) != 0) &&
	         (m->from[2] == NULL || strcmp(now.state, m->from[2]) != 0))
		key = "err.partner.state_changed";
	return refuse(r, id, "", key, 409);
}

/* The end date a completion gives: 0 with *end set, or 422 reported. */
static int completion_date(struct req *r, const struct found *f,
                           const char **end)
{
	char today[DATE_TEXT];
	long long n = 0;

	if (period_field(r, "end_date", end, REQUIRED) == -1)
		return 422;
	period_today(today);
	if (strcmp(*end, f->start) < 0 || strcmp(*end, today) > 0 ||
	    (*f->end != '\0' && strcmp(*end, f->end) > 0)) {
		page_error(r, "end_date", "err.partner.complete.date");
		return 422;
	}
	if (db_int_query(&n,
	                 "SELECT COUNT(*) FROM confirmation WHERE request_id = "
	                 "? AND state <> 'returned' AND period_to > ?",
	                 "is", f->id, *end) != 1)
		return 500;
	if (n > 0) {
		page_error(r, "end_date", "err.partner.complete.confirmed");
		return 422;
	}
	return 0;
}

/* The notice a move sends, inside its transaction. 0 or -1. */
static int notice(const struct move *m, const struct found *f)
{
	char path[64];

	snprintf(path, sizeof path, "/request?id=%lld", f->id);
	if (!m->agency)
		return partner_notify_user(f->lead, m->notice, f->id, path);
	return partner_notify_org(f->provider, "partner.care", m->notice, f->id,
	                          path);
}

/* POST action=accept|reject|activate|complete|cancel. */
static int move(struct req *r, const struct persona *p, const struct move *m,
                const struct found *f)
{
	const char *reason = NULL, *end = NULL, *before, *after;
	char event_kind[40];
	long long version = 0, n;
	int rc;

	if (m->agency ? !p->agency : !p->care)
		return 403;
	if (m->agency &&
	    form_int(r, "version", &version, 1, VERSION_MAX, REQUIRED) == -1)
		return 400;
	if (m->reason &&
	    form_text(r, "reason", &reason, REASON_MAX, REQUIRED) == -1)
		return refuse(r, f->id, NULL, NULL, 422);
	if (db_begin() == -1)
		return 500;
	if (strcmp(m->action, "complete") == 0 &&
	    (rc = completion_date(r, f, &end)) != 0)
		return rc == 500 ? (db_rollback(), 500)
		                 : refuse(r, f->id, NULL, NULL, 422);
	n = db_exec("UPDATE service_request r SET r.state = ?, r.answer_reason "
	            "= COALESCE(?, r.answer_reason), r.end_date = COALESCE(?, "
	            "r.end_date), r.answered_by = IF(? = 0, ?, r.answered_by), "
	            "r.answered_at = IF(? = 0, UTC_TIMESTAMP(), "
	            "r.answered_at), r.version = r.version + 1 WHERE r.id = ? "
	            "AND r.state IN (?, COALESCE(?, ''), COALESCE(?, '')) AND "
	            "(? = 0 OR r.version = ?) AND " PARTNER_OWNS,
	            "sssiiiisssiiiiii", m->to, reason, end,
	            (long long)m->agency, r->user.id, (long long)m->agency,
	            f->id, m->from[0], m->from[1], m->from[2],
	            (long long)m->agency, version, PARTNER_OWNS_ARGS(p));
	if (n < 0)
		return db_rollback(), 500;
	if (n == 0)
		return moved_already(r, p, m, f->id);
	before = partner_json(r, (const char *const[]){"state"},
	                      (const char *const[]){f->state}, 1);
	after = partner_json(r, (const char *const[]){"state", "reason", "end"},
	                     (const char *const[]){m->to, reason, end}, 3);
	snprintf(event_kind, sizeof event_kind, "request.%s", m->to);
	if (partner_event(f->id, r->user.id, m->to, reason, 0, false) == -1 ||
	    audit_log(r, 0, event_kind, "service_request", f->id, NULL, before,
	              after) == -1 ||
	    notice(m, f) == -1 || db_commit() == -1)
		return db_rollback(), 500;
	return partner_done(r, "/request", f->id, m->to);
}

/* POST action=lead: the client's lead agency worker, for every request of
 * the client at once (it is kept once, on the client). */
static int lead(struct req *r, const struct persona *p, const struct found *f)
{
	long long worker = 0, version = 0, ok = 0;
	char path[64], before[24], after[24];
	const char *name = NULL;
	struct db_res *res;

	if (!p->agency)
		return 403;
	if (form_int(r, "lead_version", &version, 1, VERSION_MAX, REQUIRED) ==
	    -1)
		return 400;
	if (form_int(r, "worker", &worker, 1, 9223372036854775807LL,
	             REQUIRED) == -1)
		return refuse(r, f->id, NULL, NULL, 422);
	if (db_int_query(&ok,
	                 "SELECT COUNT(*) FROM users u WHERE u.id = ? AND "
	                 "u.org_id = ? AND u.active = 1 AND EXISTS (SELECT 1 "
	                 "FROM user_role ur JOIN role_permission rp ON "
	                 "rp.role_id = ur.role_id WHERE ur.user_id = u.id AND "
	                 "rp.permission = 'partner.agency')",
	                 "ii", worker, p->org) != 1)
		return 500;
	if (ok == 0)
		return refuse(r, f->id, "worker", "err.choice.invalid", 422);
	if (db_begin() == -1)
		return 500;
	if (db_exec("UPDATE care_client SET lead_worker_id = ?, version = "
	            "version + 1 WHERE client_id = ? AND version = ?",
	            "iii", worker, f->client, version) != 1)
		return refuse(r, f->id, "", "err.conflict", 409);
	res = db_query("SELECT name FROM users WHERE id = ?", "i", worker);
	if (res != NULL && db_next(res) == 1)
		name = pool_strdup(&r->pool, db_str(res, 0));
	db_done(res);
	snprintf(path, sizeof path, "/request?id=%lld", f->id);
	snprintf(before, sizeof before, "%lld", f->lead);
	snprintf(after, sizeof after, "%lld", worker);
	if (name == NULL ||
	    db_exec("INSERT INTO service_request_event (request_id, actor_id, "
	            "kind, detail) SELECT id, ?, 'lead_changed', ? FROM "
	            "service_request WHERE client_id = ? AND agency_org_id = ? "
	            "AND state IN ('offered', 'accepted', 'activated')",
	            "isii", r->user.id, name, f->client, p->org) < 0 ||
	    audit_log(r, 0, "client.lead_changed", "client", f->client, NULL,
	              partner_json(r, (const char *const[]){"lead"},
	                           (const char *const[]){before}, 1),
	              partner_json(r, (const char *const[]){"lead"},
	                           (const char *const[]){after}, 1)) == -1 ||
	    (worker != r->user.id &&
	     partner_notify_user(worker, "lead", f->id, path) == -1) ||
	    db_commit() == -1)
		return db_rollback(), 500;
	return partner_done(r, "/request", f->id, "lead");
}

/* POST /request: id and action. */
static int submit(struct req *r)
{
	static const char *const actions_allowed[] = {
	    "accept", "reject", "activate", "complete", "cancel", "lead", NULL};
	const char *action;
	struct persona p;
	struct found f;
	long long id;
	int rc;

	if (form_enum(r, "action", actions_allowed, &action, REQUIRED) == -1 ||
	    partner_id(r, "id", true, &id) != 0)
		return 400;
	partner_persona(r, &p);
	if ((rc = load(r, &p, id, &f)) != 1)
		return rc == 0 ? 404 : 500;
	if (strcmp(action, "lead") == 0)
		return lead(r, &p, &f);
	for (size_t i = 0; i < sizeof moves / sizeof moves[0]; i++)
		if (strcmp(moves[i].action, action) == 0)
			return move(r, &p, &moves[i], &f);
	return 400;
}

static const struct screen screen = {
    .name = "request",
    .path = "/request",
    .perm = "partner.requests",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
