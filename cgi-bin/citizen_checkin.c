/* citizen_checkin: a patient's arrival at the establishment, as one guided
 * flow of three steps shown together — mark present, identify the citizen
 * (the account holder), validate the patient's association to the account
 * — that skips the steps already valid or without object (no account; the
 * holder is the patient). The identity and the association dialogs are
 * also reached on their own from the follow-up screen. Each dialog shows
 * the person's details, which the staff may correct, and a box to tick;
 * corrections and validations are in the audit trail. Only appointments of
 * the staff's establishment are reached. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "appt.h"
#include "audit.h"
#include "buf.h"
#include "db.h"
#include "form.h"
#include "page.h"
#include "patient.h"
#include "tz.h"
#include "when.h"

#define ID_MAX      9223372036854775807LL
#define VERSION_MAX 4294967295LL

/* An appointment as the check-in sees it. */
struct visit {
	long long id, version, patient;
	long long holder; /* the holder's patient record; 0: no account */
	bool present, booked, identity_ok, association_ok, self;
	char date[11]; /* its day on the establishment's clock */
	bool future;   /* that day is still to come */
};

enum step { STEP_PRESENT, STEP_IDENTITY, STEP_ASSOCIATION, STEP_DONE };

static const char *const modes[] = {"flow", "identity", "association", NULL};

/* Loads appointment id of the staff's establishment: 1, 0, -1. */
static int visit_load(struct req *r, long long id, struct visit *v)
{
	struct db_res *res = db_query(
	    "SELECT a.id, a.version, a.patient_id, COALESCE(h.id, 0), a.state, "
	    "h.identity_validated_at IS NOT NULL, "
	    "p.association_validated_at IS NOT NULL, a.patient_id = h.id, "
	    "a.starts_at FROM appointment a JOIN patient p ON p.id = "
	    "a.patient_id LEFT JOIN patient h ON h.holder_of = a.account_id "
	    "WHERE a.id = ? AND a.org_id = ?",
	    "ii", id, r->user.org_id);
	char today[11], local[TZ_TEXT];
	time_t t = 0;
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		v->id = db_int(res, 0);
		v->version = db_int(res, 1);
		v->patient = db_int(res, 2);
		v->holder = db_int(res, 3);
		v->present = strcmp(db_str(res, 4), "present") == 0;
		v->booked = strcmp(db_str(res, 4), "booked") == 0;
		v->identity_ok = db_int(res, 5) != 0;
		v->association_ok = db_int(res, 6) != 0;
		v->self = db_int(res, 7) != 0;
		tz_parse_utc(db_str(res, 8), &t);
		tz_local_text(t, local, NULL);
		snprintf(v->date, sizeof v->date, "%.10s", local);
		tz_today(today);
		v->future = strcmp(v->date, today) > 0;
	}
	db_done(res);
	return rc;
}

static bool needs_identity(const struct visit *v)
{
	return v->holder != 0 && !v->identity_ok;
}

static bool needs_association(const struct visit *v)
{
	return v->holder != 0 && !v->self && !v->association_ok;
}

/* The step the flow is at. */
static enum step step_of(const struct visit *v)
{
	if (!v->present)
		return STEP_PRESENT;
	if (needs_identity(v))
		return STEP_IDENTITY;
	if (needs_association(v))
		return STEP_ASSOCIATION;
	return STEP_DONE;
}

/* The three steps, each done, current, to do, or without object. */
static void steps_xml(xmlNodePtr parent, const struct visit *v)
{
	static const char *const codes[] = {"present", "identity",
	                                    "association"};
	xmlNodePtr steps = page_add(parent, "steps", NULL);
	enum step at = step_of(v);

	for (int i = 0; i < 3; i++) {
		xmlNodePtr s = page_add(steps, "step", NULL);
		bool none = (i == 1 && v->holder == 0) ||
		            (i == 2 && (v->holder == 0 || v->self));
		bool done = (i == 0 && v->present) ||
		            (i == 1 && v->identity_ok) ||
		            (i == 2 && v->association_ok);

		page_attr(s, "code", codes[i]);
		page_attr(s, "state",
		          none           ? "none"
		          : done         ? "done"
		          : (int)at == i ? "current"
		                         : "todo");
	}
}

/* The appointment's summary under parent. 0 or -1. */
static int appointment_xml(struct req *r, xmlNodePtr parent, long long id)
{
	struct db_res *res = db_query(
	    "SELECT a.id, a.version, a.state, a.starts_at, a.confirmed_at, "
	    "IF(? = 'en', t.name_en, t.name_fr) AS service, p.given_name, "
	    "p.family_name, p.birth_date, p.relation FROM appointment a JOIN "
	    "patient p ON p.id = a.patient_id JOIN establishment_service s ON "
	    "s.id = a.service_id JOIN establishment_service_type t ON t.id = "
	    "s.type_id WHERE a.id = ? AND a.org_id = ?",
	    "sii", r->lang, id, r->user.org_id);
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1)
		page_row(parent, res, "appointment");
	db_done(res);
	return rc == 1 ? 0 : -1;
}

/* The details of patient record id as <name> under parent. 0 or -1. */
static int person_xml(xmlNodePtr parent, const char *name, long long id)
{
	struct db_res *res = db_query(
	    "SELECT p.id, p.version, p.given_name, p.family_name, "
	    "p.birth_date, p.health_card, p.relation, "
	    "p.identity_validated_at, p.association_validated_at, (SELECT "
	    "u.email FROM users u WHERE u.id = p.holder_of) AS email, (SELECT "
	    "c.phone FROM citizen_account c WHERE c.user_id = p.holder_of) AS "
	    "phone FROM patient p WHERE p.id = ?",
	    "i", id);
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1)
		page_row(parent, res, name);
	db_done(res);
	return rc == 1 ? 0 : -1;
}

/* The whole page of mode for the visit; submitted values f (NULL: the
 * record's) go into <form>. Answers status. */
static int render(struct req *r, const struct visit *v, const char *mode,
                  const struct patient_fields *f, int status)
{
	xmlNodePtr c = page_add(page_content(r), "checkin", NULL);
	enum step at = step_of(v);

	page_attr(c, "mode", mode);
	page_attr(c, "date", v->date);
	page_attr(c, "future", v->future ? "1" : "0");
	page_attr(c, "step",
	          at == STEP_PRESENT       ? "present"
	          : at == STEP_IDENTITY    ? "identity"
	          : at == STEP_ASSOCIATION ? "association"
	                                   : "done");
	if (appointment_xml(r, c, v->id) == -1)
		return 500;
	steps_xml(c, v);
	if (v->holder != 0 && person_xml(c, "holder", v->holder) == -1)
		return 500;
	if (v->holder != 0 && !v->self &&
	    person_xml(c, "patient", v->patient) == -1)
		return 500;
	if (f != NULL) {
		xmlNodePtr e = page_add(c, "form", NULL);
		page_add(e, "given_name", f->given);
		page_add(e, "family_name", f->family);
		page_add(e, "birth_date", f->birth);
		page_add(e, "health_card", f->card);
	}
	when_mark(c);
	return status;
}

/* Reads ?appointment= or the form's appointment and loads it: 1, or the
 * status to answer. */
static int target(struct req *r, bool form, struct visit *v)
{
	const char *s =
	    form ? req_form(r, "appointment") : req_query(r, "appointment");
	long long id;
	int rc;

	if (s == NULL || !valid_int(s, 1, ID_MAX, &id))
		return 400;
	if ((rc = visit_load(r, id, v)) != 1)
		return rc == 0 ? 404 : 500;
	return 1;
}

static int show(struct req *r)
{
	const char *mode = req_query(r, "mode");
	struct visit v = {0};
	int rc;

	if (mode == NULL)
		mode = "flow";
	for (rc = 0; modes[rc] != NULL && strcmp(modes[rc], mode) != 0; rc++)
		;
	if (modes[rc] == NULL)
		return 400;
	if ((rc = target(r, false, &v)) != 1)
		return rc;
	/* A dialog without object: no account, or the holder is the patient. */
	if ((strcmp(mode, "identity") == 0 && v.holder == 0) ||
	    (strcmp(mode, "association") == 0 && (v.holder == 0 || v.self)))
		return 404;
	return render(r, &v, mode, NULL, 200);
}

/* Where the staff goes after a step: the flow's next step, or back to
 * the day with the flash of done. */
static int after(struct req *r, const struct visit *v, const char *mode,
                 const char *done)
{
	struct buf to = {0};
	struct visit now = {0};
	const char *target;

	if (visit_load(r, v->id, &now) != 1)
		return 500;
	if (strcmp(mode, "flow") == 0 && step_of(&now) != STEP_DONE)
		buf_printf(&to, "/establishment/checkin?appointment=%lld",
		           v->id);
	else
		buf_printf(
		    &to, "/establishment/follow?date=%s&done=%s#a%lld", v->date,
		    strcmp(mode, "flow") == 0 ? "checked_in" : done, v->id);
	target = pool_strdup(&r->pool, to.data);
	buf_free(&to);
	return req_redirect(r, target);
}

/* POST action=present: the patient has come (on the day or later). */
static int present(struct req *r, const struct visit *v, const char *mode)
{
	const char *before, *after_json;
	long long version = 0, n;

	if (form_int(r, "version", &version, 1, VERSION_MAX, REQUIRED) == -1)
		return 400;
	if (v->future) {
		page_error(r, "", "err.citizen_checkin.not_today");
		return render(r, v, mode, NULL, 422);
	}
	if (db_begin() == -1)
		return 500;
	before = appt_snapshot(r, v->id);
	n = db_exec("UPDATE appointment SET state = 'present', present_at = "
	            "UTC_TIMESTAMP(), present_by = ?, version = version + 1 "
	            "WHERE id = ? AND org_id = ? AND version = ? AND state = "
	            "'booked'",
	            "iiii", r->user.id, v->id, r->user.org_id, version);
	if (n == 0) {
		db_rollback();
		page_error(r, "",
		           v->booked ? "err.conflict"
		                     : "err.citizen_checkin.not_booked");
		return render(r, v, mode, NULL, 409);
	}
	if (before == NULL || n < 0 ||
	    (after_json = appt_snapshot(r, v->id)) == NULL ||
	    audit_log(r, 0, "appointment.present", "appointment", v->id, NULL,
	              before, after_json) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	return after(r, v, mode, "present");
}

/* POST action=identity or association: the details as checked (and maybe
 * corrected) by the staff, and the box ticked. */
static int validate(struct req *r, const struct visit *v, const char *mode,
                    bool association)
{
	const char *confirm = req_form(r, "confirm");
	struct patient_fields f = {0};
	long long person = association ? v->patient : v->holder;
	long long version = 0;
	bool withdrawn, bad = false;
	int rc;

	if (person == 0 || (association && v->self))
		return 404;
	if (!v->booked && !v->present) {
		page_error(r, "", "err.citizen_checkin.not_booked");
		return render(r, v, mode, NULL, 409);
	}
	if (form_int(r, "version", &version, 1, VERSION_MAX, REQUIRED) == -1)
		return 400;
	bad = patient_read(r, false, &f) == -1;
	if (confirm == NULL || strcmp(confirm, "1") != 0) {
		page_error(r, "confirm", "err.citizen_checkin.confirm");
		bad = true;
	}
	if (association && !v->identity_ok) {
		page_error(r, "", "err.citizen_checkin.identity_first");
		bad = true;
	}
	if (bad)
		return render(r, v, mode, &f, 422);
	if (db_begin() == -1)
		return 500;
	rc = patient_save(r, person, version, &f, "patient.corrected",
	                  &withdrawn);
	if (rc == 1 &&
	    patient_validate(r, person,
	                     association ? "association" : "identity") == 0 &&
	    db_commit() == 0)
		return after(r, v, mode,
		             association ? "association" : "identity");
	db_rollback();
	if (rc != 0)
		return 500;
	page_error(r, "", "err.conflict");
	return render(r, v, mode, NULL, 409);
}

static int submit(struct req *r)
{
	static const char *const actions[] = {"present", "identity",
	                                      "association", NULL};
	const char *action, *mode;
	struct visit v = {0};
	int rc;

	if (form_enum(r, "action", actions, &action, REQUIRED) == -1 ||
	    form_enum(r, "mode", modes, &mode, REQUIRED) == -1)
		return 400;
	if ((rc = target(r, true, &v)) != 1)
		return rc;
	if (strcmp(action, "present") == 0)
		return present(r, &v, mode);
	return validate(r, &v, mode, strcmp(action, "association") == 0);
}

static const struct screen screen = {
    .name = "citizen_checkin",
    .path = "/establishment/checkin",
    .perm = "establishment.follow",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
