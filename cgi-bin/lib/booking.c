#include "booking.h"

#include <string.h>

#include "appt.h"
#include "audit.h"
#include "db.h"

/* Locks the slot and tells whether it can be booked; *org, *service get
 * its establishment and service. */
static enum book_result slot_check(long long slot, long long *org,
                                   long long *service)
{
	struct db_res *res = db_query(
	    "SELECT sl.state, sl.appointment_id IS NOT NULL, sl.starts_at > "
	    "UTC_TIMESTAMP(), sl.org_id, sl.service_id, s.active AND "
	    "ep.published FROM slot sl JOIN establishment_service s ON s.id = "
	    "sl.service_id JOIN establishment_profile ep ON ep.org_id = "
	    "sl.org_id WHERE sl.id = ? FOR UPDATE",
	    "i", slot);
	enum book_result rc = BOOK_GONE;
	int n;

	if (res == NULL)
		return BOOK_ERROR;
	if ((n = db_next(res)) == 1) {
		*org = db_int(res, 3);
		*service = db_int(res, 4);
		if (!db_int(res, 5))
			rc = BOOK_GONE;
		else if (strcmp(db_str(res, 0), "cancelled") == 0)
			rc = BOOK_CANCELLED;
		else if (db_int(res, 1))
			rc = BOOK_TAKEN;
		else if (!db_int(res, 2))
			rc = BOOK_PAST;
		else
			rc = BOOK_OK;
	}
	db_done(res);
	return n < 0 ? BOOK_ERROR : rc;
}

/* True when the patient has a booked appointment overlapping the slot. */
static int overlaps(long long patient, long long slot)
{
	long long n = 0;

	if (db_int_query(&n,
	                 "SELECT COUNT(*) FROM appointment a JOIN slot o ON "
	                 "o.id = a.slot_id JOIN slot s ON s.id = ? WHERE "
	                 "a.patient_id = ? AND a.state = 'booked' AND "
	                 "o.starts_at < s.ends_at AND o.ends_at > s.starts_at",
	                 "ii", slot, patient) < 0)
		return -1;
	return n > 0;
}

enum book_result booking_make(struct req *r, const struct booking *b,
                              long long *id, char key[TOKEN_TEXT])
{
	unsigned char salt[APPT_SALT];
	long long org = 0, service = 0;
	const char *after;
	enum book_result rc;
	int o;

	if ((rc = slot_check(b->slot, &org, &service)) != BOOK_OK)
		return rc;
	if ((o = overlaps(b->patient, b->slot)) != 0)
		return o < 0 ? BOOK_ERROR : BOOK_OVERLAP;
	if (b->account == 0 && token_random(salt, sizeof salt) == -1)
		return BOOK_ERROR;
	if (db_exec("INSERT INTO appointment (slot_id, org_id, service_id, "
	            "starts_at, patient_id, account_id, contact_email, "
	            "contact_phone, lang, manage_salt) SELECT id, org_id, "
	            "service_id, starts_at, ?, NULLIF(?, 0), ?, NULLIF(?, ''), "
	            "?, ? FROM slot WHERE id = ?",
	            "iisssbi", b->patient, b->account, b->email, b->phone,
	            b->lang, b->account == 0 ? (const void *)salt : NULL,
	            sizeof salt, b->slot) != 1)
		return BOOK_ERROR;
	*id = db_insert_id();
	/* The claim: only a slot still open, free and to come. */
	if (db_exec("UPDATE slot SET appointment_id = ?, version = version + "
	            "1 WHERE id = ? AND state = 'open' AND appointment_id IS "
	            "NULL AND starts_at > UTC_TIMESTAMP()",
	            "ii", *id, b->slot) != 1)
		return BOOK_TAKEN;
	if (b->account == 0)
		appt_key(*id, salt, key);
	if ((after = appt_snapshot(r, *id)) == NULL ||
	    audit_log(r, 0, "appointment.booked", "appointment", *id,
	              b->account != 0 ? "with an account"
	                              : "without an account",
	              NULL, after) == -1 ||
	    appt_notify(*id, "booked") == -1)
		return BOOK_ERROR;
	return BOOK_OK;
}
