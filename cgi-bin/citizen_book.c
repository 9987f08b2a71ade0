/* citizen_book: booking a free time. A signed-in citizen books for
 * themselves or for another person of the account (or adds a new one on
 * the way), with the form filled in from the account; anyone else books
 * without an account, giving the patient's details and where to send the
 * confirmation. A time another person took a moment before, one that has
 * passed or that the establishment cancelled is refused with the reason
 * and the next free times of the same service to choose from. */
#include <string.h>

#include "app.h"
#include "appt.h"
#include "audit.h"
#include "booking.h"
#include "buf.h"
#include "db.h"
#include "form.h"
#include "form_ca.h"
#include "page.h"
#include "patient.h"
#include "when.h"

#define ID_MAX       9223372036854775807LL
#define ALTERNATIVES 8

/* What the form holds, as submitted. */
struct values {
	long long slot;
	const char *who; /* a patient id of the account, or "new" */
	struct patient_fields p;
	const char *email, *phone;
	bool sms;
};

static bool citizen(const struct req *r)
{
	return req_can(r, "citizen.portal");
}

/* Writes <slot> with its service and establishment: 1, 0 when there is
 * no such slot of a service that takes bookings, -1. *service gets the
 * service. */
static int slot_xml(struct req *r, long long id, long long *service)
{
	struct db_res *res = db_query(
	    "SELECT sl.id, sl.starts_at, sl.ends_at, sl.state, "
	    "sl.appointment_id IS NOT NULL AS taken, sl.starts_at <= "
	    "UTC_TIMESTAMP() AS past, s.id AS service_id, IF(? = 'en', "
	    "t.name_en, t.name_fr) AS service, o.name AS establishment, "
	    "ep.address_line, ep.city, ep.postal_code, ep.phone, "
	    "ep.cutoff_hours FROM slot sl JOIN establishment_service s ON s.id "
	    "= sl.service_id JOIN establishment_service_type t ON t.id = "
	    "s.type_id JOIN org o ON o.id = sl.org_id JOIN "
	    "establishment_profile ep ON ep.org_id = sl.org_id WHERE sl.id = ? "
	    "AND s.active = 1 AND ep.published = 1",
	    "si", r->lang, id);
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		when_mark(page_row(page_content(r), res, "slot"));
		*service = db_int(res, 6);
	}
	db_done(res);
	return rc;
}

/* The citizen's people and contact details, to choose from. 0 or -1. */
static int account_xml(struct req *r)
{
	struct db_res *res =
	    db_query("SELECT u.email, c.phone, c.sms_opt_in FROM users u JOIN "
	             "citizen_account c ON c.user_id = u.id WHERE u.id = ?",
	             "i", r->user.id);
	long n;

	if (res == NULL || page_rows(page_content(r), res, "account") != 1) {
		db_done(res);
		return -1;
	}
	db_done(res);
	res = db_query("SELECT id, relation, given_name, family_name, "
	               "birth_date FROM patient WHERE account_id = ? AND "
	               "active = 1 ORDER BY relation <> 'self', family_name, "
	               "given_name, id",
	               "i", r->user.id);
	n = res != NULL ? page_rows(page_add(page_content(r), "people", NULL),
	                            res, "person")
	                : -1;
	db_done(res);
	return n < 0 ? -1 : 0;
}

/* The submitted values, to fill the form again. */
static void form_xml(struct req *r, const struct values *v)
{
	xmlNodePtr f = page_add(page_content(r), "form", NULL);

	page_add(f, "for", v->who);
	page_add(f, "given_name", v->p.given);
	page_add(f, "family_name", v->p.family);
	page_add(f, "birth_date", v->p.birth);
	page_add(f, "health_card", v->p.card);
	page_add(f, "relation", v->p.relation);
	page_add(f, "contact_email", v->email);
	page_add(f, "contact_phone", v->phone);
	page_add(f, "sms", v->sms ? "1" : "0");
}

/* The page for slot id with v (NULL: from the account) and the message
 * key `why` on field (NULL: none), with the next free times when the slot
 * cannot be booked. Answers status, 404 when there is no such slot. */
static int render(struct req *r, long long id, const struct values *v,
                  const char *field, const char *why, int status)
{
	long long service = 0;
	int rc;

	if ((rc = slot_xml(r, id, &service)) != 1)
		return rc == 0 ? 404 : 500;
	if (citizen(r) ? account_xml(r) == -1
	               : page_add(page_content(r), "anonymous", NULL) == NULL)
		return 500;
	if (v != NULL)
		form_xml(r, v);
	if (why != NULL) {
		page_error(r, field, why);
		if (strcmp(field, "slot") == 0 &&
		    appt_free_slots(page_content(r), "alternatives", service,
		                    ALTERNATIVES) == -1)
			return 500;
	}
	return status;
}

/* Why the slot, as it is now, cannot be booked: a message key and its
 * status, or NULL when it can. */
static const char *slot_refusal(long long id, int *status)
{
	struct db_res *res =
	    db_query("SELECT state = 'cancelled', appointment_id IS NOT NULL, "
	             "starts_at <= UTC_TIMESTAMP() FROM slot WHERE id = ?",
	             "i", id);
	const char *why = NULL;

	*status = 200;
	if (res != NULL && db_next(res) == 1) {
		if (db_int(res, 0))
			why = "err.citizen_slot.cancelled", *status = 422;
		else if (db_int(res, 1))
			why = "err.citizen_slot.taken", *status = 409;
		else if (db_int(res, 2))
			why = "err.citizen_slot.past", *status = 422;
	}
	db_done(res);
	return why;
}

static int show(struct req *r)
{
	const char *s = req_query(r, "slot"), *why;
	long long id;
	int status;

	if (s == NULL || !valid_int(s, 1, ID_MAX, &id))
		return 400;
	why = slot_refusal(id, &status);
	return render(r, id, NULL, "slot", why, status);
}

/* Reads the form into v; 0, or -1 with the fields in error reported. */
static int read_values(struct req *r, struct values *v)
{
	const char *sms = req_form(r, "sms");
	int bad = 0;

	v->who = "";
	if (citizen(r)) {
		v->who = req_form(r, "for");
		if (v->who == NULL || *v->who == '\0') {
			page_error(r, "for", "err.citizen_book.choose");
			v->who = "";
			bad = -1;
		}
	}
	if (!citizen(r) || strcmp(v->who, "new") == 0)
		bad |= patient_read(r, citizen(r), &v->p);
	bad |= form_email(r, "contact_email", &v->email, REQUIRED);
	bad |= form_phone_e164(r, "contact_phone", &v->phone, OPTIONAL);
	v->sms = sms != NULL && strcmp(sms, "1") == 0;
	if (v->sms && v->phone != NULL && *v->phone == '\0' && bad == 0) {
		page_error(r, "contact_phone", "err.citizen.sms_phone");
		bad = -1;
	}
	if (v->email == NULL)
		v->email = "";
	if (v->phone == NULL)
		v->phone = "";
	return bad ? -1 : 0;
}

/* The patient the booking is for, in the open transaction: one of the
 * account's people, a new person added to the account, or the person
 * booked without an account. 0 (*id set), 1 when the chosen id is not a
 * person of the account, -1 on error. */
static int patient_of(struct req *r, const struct values *v, long long *id)
{
	const char *after;
	long long n = 0;

	if (citizen(r) && strcmp(v->who, "new") != 0) {
		if (!valid_int(v->who, 1, ID_MAX, id) ||
		    db_int_query(
		        &n,
		        "SELECT COUNT(*) FROM patient WHERE id = ? AND "
		        "account_id = ? AND active = 1",
		        "ii", *id, r->user.id) < 0)
			return db_errno() != 0 ? -1 : 1;
		return n > 0 ? 0 : 1;
	}
	if (db_exec("INSERT INTO patient (account_id, relation, given_name, "
	            "family_name, birth_date, health_card) VALUES (NULLIF(?, "
	            "0), ?, ?, ?, ?, NULLIF(?, ''))",
	            "isssss", citizen(r) ? r->user.id : 0LL,
	            citizen(r) ? v->p.relation : "self", v->p.given,
	            v->p.family, v->p.birth, v->p.card) < 0)
		return -1;
	*id = db_insert_id();
	if (!citizen(r))
		return 0;
	return (after = patient_snapshot(r, *id)) == NULL ||
	               audit_log(r, 0, "patient.added", "patient", *id,
	                         "association asked, while booking", NULL,
	                         after) == -1
	           ? -1
	           : 0;
}

/* Where the citizen goes once booked. */
static int booked(struct req *r, long long id, const char *key)
{
	struct buf to = {0};
	const char *target;

	if (citizen(r))
		buf_printf(&to, "/citizen/appointments?id=%lld&done=booked",
		           id);
	else
		buf_printf(&to, "/citizen/manage?a=%lld&key=%s&done=booked", id,
		           key);
	target = pool_strdup(&r->pool, to.data);
	buf_free(&to);
	return target != NULL ? req_redirect(r, target) : 500;
}

static int submit(struct req *r)
{
	static const struct {
		enum book_result rc;
		const char *field, *key;
		int status;
	} refusals[] = {
	    {BOOK_CANCELLED, "slot", "err.citizen_slot.cancelled", 422},
	    {BOOK_PAST, "slot", "err.citizen_slot.past", 422},
	    {BOOK_TAKEN, "slot", "err.citizen_slot.taken", 409},
	    {BOOK_OVERLAP, "for", "err.citizen_book.overlap", 422},
	};
	struct values v = {0};
	struct booking b = {0};
	char key[TOKEN_TEXT] = "";
	long long id = 0, patient = 0;
	enum book_result rc;
	int who;

	if (form_int(r, "slot", &v.slot, 1, ID_MAX, REQUIRED) == -1)
		return 400;
	if (read_values(r, &v) == -1)
		return render(r, v.slot, &v, NULL, NULL, 422);
	if (db_begin() == -1)
		return 500;
	if ((who = patient_of(r, &v, &patient)) != 0) {
		db_rollback();
		return who == 1 ? render(r, v.slot, &v, "for",
		                         "err.citizen_book.not_on_account", 422)
		                : 500;
	}
	b = (struct booking){v.slot,
	                     patient,
	                     citizen(r) ? r->user.id : 0,
	                     v.email,
	                     v.sms ? v.phone : "",
	                     r->lang};
	rc = booking_make(r, &b, &id, key);
	if (rc == BOOK_OK && db_commit() == 0)
		return booked(r, id, key);
	db_rollback();
	if (rc == BOOK_GONE)
		return 404;
	for (size_t i = 0; i < sizeof refusals / sizeof refusals[0]; i++)
		if (refusals[i].rc == rc)
			return render(r, v.slot, &v, refusals[i].field,
			              refusals[i].key, refusals[i].status);
	return 500;
}

static const struct screen screen = {
    .name = "citizen_book",
    .path = "/citizen/book",
    .perm = NULL,
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
