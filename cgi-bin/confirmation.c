/* confirmation: one service confirmation (formerly an invoice). A finance
 * user creates it for an activated or completed request of their
 * organisation, for a period within the request's service period (and on
 * the right side of a clone's effective date), with units and amount; it
 * is a draft until they submit it. Agency staff validate a submitted
 * confirmation or return it with a reason; a returned one can be
 * corrected and submitted again. Rows carry a version: the second writer
 * is told someone else changed it. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "confirm.h"
#include "db.h"
#include "decimal.h"
#include "form.h"
#include "page.h"
#include "partner.h"
#include "period.h"

#define VERSION_MAX 4294967295LL
#define UNITS_MAX   100000000LL   /* hundredths */
#define AMOUNT_MAX  10000000000LL /* cents: $100 million */
#define NOTE_MAX    1000

static const struct {
	const char *code, *key;
} dones[] = {
    {"created", "partner.flash.c_created"},
    {"saved", "partner.flash.c_saved"},
    {"submitted", "partner.flash.c_submitted"},
    {"validated", "partner.flash.c_validated"},
    {"returned", "partner.flash.c_returned"},
};

struct values {
	const char *from, *to, *note;
	long long units, amount;
};

/* The request of a confirmation as content/request: 1, 0 (not theirs), -1. */
static int request_xml(struct req *r, const struct persona *p, long long id)
{
	struct db_res *res = db_query(
	    "SELECT r.id, r.state, r.start_date, r.end_date, r.origin_id, "
	    "r.clone_id, (SELECT k.start_date FROM service_request k WHERE "
	    "k.id = r.clone_id) AS clone_from, "
	    "r.units_per_week, r.unit_rate_cents, CONCAT(c.given_name, ' ', "
	    "c.family_name) AS client, IF(? = 'en', s.name_en, s.name_fr) AS "
	    "service, s.unit FROM service_request r JOIN client c ON c.id = "
	    "r.client_id JOIN care_service s ON s.id = r.care_service_id WHERE "
	    "r.id = ? AND " PARTNER_OWNS,
	    "siiiii", r->lang, id, PARTNER_OWNS_ARGS(p));
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1)
		page_row(page_content(r), res, "request");
	db_done(res);
	return rc;
}

/* Writes the form's values (as typed when typed). */
static void form_xml(struct req *r, const struct values *v)
{
	xmlNodePtr f = page_add(page_content(r), "form", NULL);
	char units[32] = "", amount[32] = "";

	if (v->units > 0)
		decimal_text(v->units, units);
	if (v->amount > 0)
		decimal_text(v->amount, amount);
	page_add(f, "period_from", v->from);
	page_add(f, "period_to", v->to);
	page_add(f, "units",
	         req_form(r, "units") ? req_form(r, "units") : units);
	page_add(f, "amount",
	         req_form(r, "amount") ? req_form(r, "amount") : amount);
	page_add(f, "note", v->note);
}

/* The creation form for request; status, 404, or 409 (not billable). */
static int new_page(struct req *r, long long request, const struct values *v,
                    int status)
{
	struct persona p;
	int rc;

	partner_persona(r, &p);
	if (!p.finance)
		return 403;
	if ((rc = request_xml(r, &p, request)) != 1)
		return rc == 0 ? 404 : 500;
	partner_persona_xml(r, &p);
	form_xml(r, v);
	return status;
}

/* Loads confirmation id as the persona may reach it (into content when
 * xml) and,
 * when v is not NULL and v->from is NULL, its values into v. 1, 0, -1. */
static int load(struct req *r, const struct persona *p, long long id,
                struct values *v, long long *request, long long *version,
                const char **state, long long *submitter, bool xml)
{
	struct db_res *res = db_query(
	    "SELECT c.id, c.version, c.request_id, c.period_from, c.period_to, "
	    "c.units, c.amount_cents, c.note, c.state, c.return_reason, "
	    "c.upload_id, c.created_at, cu.name AS created_by, "
	    "c.submitted_at, su.name AS submitted_by, c.decided_at, du.name "
	    "AS decided_by, c.submitted_by AS submitter FROM confirmation c "
	    "JOIN service_request r ON r.id = c.request_id JOIN users cu ON "
	    "cu.id = c.created_by LEFT JOIN users su ON su.id = c.submitted_by "
	    "LEFT JOIN users du ON du.id = c.decided_by WHERE c.id = ? "
	    "AND " PARTNER_OWNS,
	    "iiiii", id, PARTNER_OWNS_ARGS(p));
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		if (xml)
			page_row(page_content(r), res, "confirmation");
		*version = db_int(res, 1);
		*request = db_int(res, 2);
		*state = pool_strdup(&r->pool, db_str(res, 8));
		*submitter = db_int(res, 17);
		if (v != NULL && v->from == NULL) {
			v->from = pool_strdup(&r->pool, db_str(res, 3));
			v->to = pool_strdup(&r->pool, db_str(res, 4));
			v->units = db_int(res, 5);
			v->amount = db_int(res, 6);
			v->note = pool_strdup(&r->pool, db_str(res, 7));
		}
	}
	db_done(res);
	return rc;
}

static bool editable(const char *state)
{
	return strcmp(state, "draft") == 0 || strcmp(state, "uploaded") == 0 ||
	       strcmp(state, "returned") == 0;
}

/* Confirmation id's page with the actions its state allows. */
static int view(struct req *r, long long id, struct values *v, int status)
{
	long long request, version, submitter;
	const char *state;
	struct persona p;
	struct values fresh = {0};
	xmlNodePtr a;
	int rc;

	partner_persona(r, &p);
	if (!p.finance && !p.agency)
		return 403;
	if (v == NULL)
		v = &fresh;
	if ((rc = load(r, &p, id, v, &request, &version, &state, &submitter,
	               true)) != 1)
		return rc == 0 ? 404 : 500;
	if (request_xml(r, &p, request) != 1)
		return 500;
	partner_persona_xml(r, &p);
	a = page_add(page_content(r), "actions", NULL);
	if (p.finance && editable(state)) {
		page_add(a, "action", "save");
		page_add(a, "action", "submit");
		form_xml(r, v);
	}
	if (p.agency && strcmp(state, "submitted") == 0) {
		page_add(a, "action", "validate");
		page_add(a, "action", "return");
	}
	return status;
}

/* GET /confirmation?id=N, or ?request=N for the creation form. */
static int show(struct req *r)
{
	const char *done = req_query(r, "done");
	struct values v = {"", "", "", 0, 0};
	long long id;

	for (size_t i = 0; done != NULL && i < sizeof dones / sizeof dones[0];
	     i++)
		if (strcmp(done, dones[i].code) == 0)
			page_flash(r, dones[i].key);
	if (req_query(r, "id") != NULL)
		return partner_id(r, "id", false, &id) != 0
		           ? 400
		           : view(r, id, NULL, 200);
	if (partner_id(r, "request", false, &id) != 0)
		return 400;
	return new_page(r, id, &v, 200);
}

/* Reads the form; 0 or -1 (fields reported). */
static int read_values(struct req *r, struct values *v)
{
	int bad = 0;

	bad |= period_field(r, "period_from", &v->from, REQUIRED);
	bad |= period_field(r, "period_to", &v->to, REQUIRED);
	if (form_decimal(r, "units", &v->units, UNITS_MAX, REQUIRED) == -1)
		bad = -1;
	else if (v->units == 0) {
		page_error(r, "units", "err.decimal.invalid");
		bad = -1;
	}
	if (form_decimal(r, "amount", &v->amount, AMOUNT_MAX, REQUIRED) == -1)
		bad = -1;
	bad |= form_text(r, "note", &v->note, NOTE_MAX, OPTIONAL);
	if (v->note == NULL)
		v->note = "";
	return bad ? -1 : 0;
}

/* The field a period rule's message belongs on. */
static const char *rule_field(const char *key)
{
	return strstr(key, "before_clone") != NULL ||
	               strstr(key, "order") != NULL
	           ? "period_from"
	       : strstr(key, "state") != NULL ? ""
	                                      : "period_to";
}

/* Writes the history line and the audit row of a change. 0 or -1. */
static int record(struct req *r, long long request, long long id,
                  const char *what, const char *detail)
{
	char kind[48], action[48];

	snprintf(kind, sizeof kind, "confirmation_%s", what);
	snprintf(action, sizeof action, "confirmation.%s", what);
	return partner_event(request, r->user.id, kind, detail, id, false) ==
	                   -1 ||
	               audit_log(r, 0, action, "confirmation", id, detail, NULL,
	                         NULL) == -1
	           ? -1
	           : 0;
}

/* POST action=create: a draft for request. */
static int create(struct req *r, const struct persona *p)
{
	struct values v = {0};
	const char *key;
	long long request, id, ok = 0;
	int rc;

	if (!p->finance)
		return 403;
	if (partner_id(r, "request", true, &request) != 0)
		return 400;
	if (db_int_query(&ok,
	                 "SELECT COUNT(*) FROM service_request r WHERE r.id = "
	                 "? AND " PARTNER_OWNS,
	                 "iiiii", request, PARTNER_OWNS_ARGS(p)) != 1)
		return 500;
	if (ok == 0)
		return 404;
	if (read_values(r, &v) == -1)
		return new_page(r, request, &v, 422);
	if (db_begin() == -1)
		return 500;
	if ((rc = confirm_check(request, v.from, v.to, 0, &key)) != 0) {
		db_rollback();
		if (rc == -1)
			return 500;
		page_error(r, rule_field(key), key);
		return new_page(r, request, &v, 422);
	}
	if (db_exec("INSERT INTO confirmation (request_id, provider_org_id, "
	            "agency_org_id, period_from, period_to, units, "
	            "amount_cents, note, state, created_by) SELECT id, "
	            "provider_org_id, agency_org_id, ?, ?, ?, ?, ?, 'draft', ? "
	            "FROM service_request WHERE id = ?",
	            "ssiisii", v.from, v.to, v.units, v.amount, v.note,
	            r->user.id, request) != 1)
		return db_rollback(), 500;
	id = db_insert_id();
	if (record(r, request, id, "created", NULL) == -1 || db_commit() == -1)
		return db_rollback(), 500;
	return partner_done(r, "/confirmation", id, "created");
}

/* POST action=save|submit (finance) or validate|return (agency). */
static int act(struct req *r, const struct persona *p, const char *action)
{
	long long id, version = 0, request, current, submitter;
	const char *state, *key, *reason = NULL;
	struct values v = {0};
	char path[64];
	bool save = strcmp(action, "save") == 0;
	bool submit = strcmp(action, "submit") == 0;
	bool agency_act = !save && !submit;
	int rc;

	if (partner_id(r, "id", true, &id) != 0 ||
	    form_int(r, "version", &version, 1, VERSION_MAX, REQUIRED) == -1)
		return 400;
	if (agency_act ? !p->agency : !p->finance)
		return 403;
	if ((rc = load(r, p, id, NULL, &request, &current, &state, &submitter,
	               false)) != 1)
		return rc == 0 ? 404 : 500;
	if (version != current ||
	    (agency_act && strcmp(state, "submitted") != 0) ||
	    (!agency_act && !editable(state))) {
		page_error(r, "",
		           version != current ? "err.conflict"
		                              : "err.partner.confirm.moved");
		return view(r, id, NULL, 409);
	}
	if (strcmp(action, "return") == 0 &&
	    form_text(r, "reason", &reason, NOTE_MAX, REQUIRED) == -1)
		return view(r, id, NULL, 422);
	if (save && read_values(r, &v) == -1)
		return view(r, id, &v, 422);
	if (db_begin() == -1)
		return 500;
	if (!agency_act) {
		if (!save) {
			struct values cur = {0};
			long long q, ver, sub;
			const char *st;
			/* Submitting checks the period as it is stored. */
			if (load(r, p, id, &cur, &q, &ver, &st, &sub, false) !=
			    1)
				return db_rollback(), 500;
			v = cur;
		}
		if ((rc = confirm_check(request, v.from, v.to, id, &key)) !=
		    0) {
			db_rollback();
			if (rc == -1)
				return 500;
			page_error(r, save ? rule_field(key) : "", key);
			return view(r, id, save ? &v : NULL, 422);
		}
	}
	if (save)
		rc = (int)db_exec(
		    "UPDATE confirmation SET period_from = ?, period_to = ?, "
		    "units = ?, amount_cents = ?, note = ?, state = IF(state = "
		    "'returned', 'draft', state), version = version + 1 WHERE "
		    "id = ? AND version = ?",
		    "ssiisii", v.from, v.to, v.units, v.amount, v.note, id,
		    version);
	else if (submit)
		rc =
		    (int)db_exec("UPDATE confirmation SET state = 'submitted', "
		                 "submitted_by = ?, submitted_at = "
		                 "UTC_TIMESTAMP(), version = version + 1 WHERE "
		                 "id = ? AND version = ?",
		                 "iii", r->user.id, id, version);
	else
		rc = (int)db_exec(
		    "UPDATE confirmation SET state = ?, return_reason = ?, "
		    "decided_by = ?, decided_at = UTC_TIMESTAMP(), version = "
		    "version + 1 WHERE id = ? AND version = ? AND state = "
		    "'submitted'",
		    "ssiii",
		    strcmp(action, "return") == 0 ? "returned" : "validated",
		    reason, r->user.id, id, version);
	if (rc == 0) {
		db_rollback();
		page_error(r, "", "err.conflict");
		return view(r, id, NULL, 409);
	}
	snprintf(path, sizeof path, "/confirmation?id=%lld", id);
	if (rc < 0 ||
	    record(r, request, id,
	           save                            ? "saved"
	           : submit                        ? "submitted"
	           : strcmp(action, "return") == 0 ? "returned"
	                                           : "validated",
	           reason) == -1 ||
	    (strcmp(action, "return") == 0 && submitter != 0 &&
	     partner_notify_user(submitter, "returned", request, path) == -1) ||
	    db_commit() == -1)
		return db_rollback(), 500;
	return partner_done(r, "/confirmation", id,
	                    save                            ? "saved"
	                    : submit                        ? "submitted"
	                    : strcmp(action, "return") == 0 ? "returned"
	                                                    : "validated");
}

/* POST /confirmation. */
static int post(struct req *r)
{
	static const char *const actions[] = {"create",   "save",   "submit",
	                                      "validate", "return", NULL};
	const char *action;
	struct persona p;

	if (form_enum(r, "action", actions, &action, REQUIRED) == -1)
		return 400;
	partner_persona(r, &p);
	return strcmp(action, "create") == 0 ? create(r, &p)
	                                     : act(r, &p, action);
}

static const struct screen screen = {
    .name = "confirmation",
    .path = "/confirmation",
    .perm = "partner.confirmations",
    .get = show,
    .post = post,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
