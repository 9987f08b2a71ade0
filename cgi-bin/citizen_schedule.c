/* citizen_schedule: the free times an establishment offers. Its managers
 * see a day's slots (free, booked and by whom, cancelled), open series of
 * slots (a service, a range of days, the weekdays, the hours and the
 * places at each time, cut in the service's length, on the
 * establishment's clock) and cancel a slot: a booking it held is cancelled
 * too and its patient told by mail and SMS. Only the manager's own
 * establishment is reached. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "appt.h"
#include "audit.h"
#include "db.h"
#include "done.h"
#include "estab.h"
#include "form.h"
#include "form_ca.h"
#include "page.h"
#include "snapshot.h"
#include "tz.h"
#include "when.h"

#define ID_MAX      9223372036854775807LL
#define VERSION_MAX 4294967295LL
#define RANGE_DAYS  92   /* the longest series opened at once */
#define SLOTS_MAX   5000 /* slots opened by one request */
#define PLACES_MAX  20

static const struct done dones[] = {
    {"opened", "citizen_schedule.opened"},
    {"cancelled", "citizen_schedule.cancelled"},
};

/* What the form of a series holds, as submitted. */
struct series {
	long long service, places;
	const char *first, *last;
	const char *start_text, *end_text; /* as typed, for the form */
	int start, end;
	bool days[7];
	long long duration;
};

/* The day's slots of the establishment (of service, 0 for all). 0, -1. */
static int day_xml(struct req *r, const char *date, long long service)
{
	char from[TZ_TEXT], to[TZ_TEXT];
	struct db_res *res;
	xmlNodePtr d = page_add(page_content(r), "day", NULL);
	long n;

	if (tz_day_range(date, from, to) == -1)
		return -1;
	page_attr(d, "date", date);
	if (service != 0)
		page_add_int(page_add(page_content(r), "filter", NULL),
		             "service", service);
	res = db_query(
	    "SELECT sl.id, sl.version, sl.starts_at, sl.ends_at, sl.seat, "
	    "sl.state, sl.service_id, IF(? = 'en', t.name_en, t.name_fr) AS "
	    "service, a.id AS appointment_id, a.state AS appointment_state, "
	    "p.given_name, p.family_name FROM slot sl JOIN "
	    "establishment_service s ON s.id = sl.service_id JOIN "
	    "establishment_service_type t ON t.id = s.type_id LEFT JOIN "
	    "appointment a ON a.id = sl.appointment_id LEFT JOIN patient p ON "
	    "p.id = a.patient_id WHERE sl.org_id = ? AND sl.starts_at >= ? AND "
	    "sl.starts_at < ? AND (? = 0 OR sl.service_id = ?) ORDER BY "
	    "sl.starts_at, sl.service_id, sl.seat",
	    "sissii", r->lang, r->user.org_id, from, to, service, service);
	n = res != NULL ? page_rows(d, res, "slot") : -1;
	db_done(res);
	when_mark(d);
	return n < 0 ? -1 : 0;
}

/* The page for date: services, the day's slots and the series form with
 * the submitted values (s NULL: defaults). Answers status. */
static int render(struct req *r, const char *date, long long service,
                  const struct series *s, int status)
{
	xmlNodePtr f;

	if (estab_services(r, page_content(r)) == -1 ||
	    day_xml(r, date, service) == -1)
		return 500;
	f = page_add(page_content(r), "series", NULL);
	if (s != NULL) {
		page_add_int(f, "service", s->service);
		page_add(f, "first", s->first);
		page_add(f, "last", s->last);
		page_add(f, "start", s->start_text);
		page_add(f, "end", s->end_text);
		page_add_int(f, "places", s->places);
		for (int i = 0; i < 7; i++)
			if (s->days[i])
				page_add_int(f, "weekday", i);
	} else {
		page_add(f, "first", date);
		page_add(f, "last", date);
		page_add(f, "start", "09:00");
		page_add(f, "end", "12:00");
		page_add_int(f, "places", 1);
		for (int i = 1; i <= 5; i++)
			page_add_int(f, "weekday", i);
	}
	return status;
}

static int show(struct req *r)
{
	const char *date;
	char today[11];
	long long service = 0;

	if (estab_day_query(r, today, &date, &service) == -1)
		return 400;
	done_flash(r, dones, sizeof dones / sizeof dones[0]);
	return render(r, date, service, NULL, 200);
}

/* The field as typed when it is short enough to show again, else "". */
static const char *text_or_empty(struct req *r, const char *name)
{
	const char *v = req_form(r, name);

	return v != NULL && strlen(v) <= 16 ? v : "";
}

/* Reads the series form into s; 0, or -1 with the fields in error. */
static int read_series(struct req *r, struct series *s)
{
	char limit[11];
	int bad = 0;

	bad |= form_int(r, "service", &s->service, 1, ID_MAX, REQUIRED);
	bad |= form_text(r, "first", &s->first, 10, REQUIRED);
	bad |= form_text(r, "last", &s->last, 10, REQUIRED);
	bad |= form_hhmm(r, "start", &s->start, REQUIRED);
	bad |= form_hhmm(r, "end", &s->end, REQUIRED);
	bad |= form_int(r, "places", &s->places, 1, PLACES_MAX, REQUIRED);
	if (s->first == NULL || (*s->first != '\0' && !valid_date(s->first))) {
		page_error(r, "first", "err.date.invalid");
		bad = -1;
	}
	if (s->last == NULL || (*s->last != '\0' && !valid_date(s->last))) {
		page_error(r, "last", "err.date.invalid");
		bad = -1;
	}
	for (size_t i = 0; i < r->form.n; i++) {
		long long d;
		if (strcmp(r->form.v[i].name, "weekday[]") != 0)
			continue;
		if (!valid_int(r->form.v[i].value, 0, 6, &d)) {
			page_error(r, "weekday", "err.choice.invalid");
			return -1;
		}
		s->days[d] = true;
	}
	if (s->first == NULL)
		s->first = "";
	if (s->last == NULL)
		s->last = "";
	s->start_text = text_or_empty(r, "start");
	s->end_text = text_or_empty(r, "end");
	if (bad)
		return -1;
	if (strcmp(s->last, s->first) < 0) {
		page_error(r, "last", "err.date.order");
		bad = -1;
	} else if (tz_add_days(s->first, RANGE_DAYS, limit) == 0 &&
	           strcmp(s->last, limit) > 0) {
		page_error(r, "last", "err.citizen_schedule.range");
		bad = -1;
	}
	if (s->end <= s->start) {
		page_error(r, "end", "err.citizen_schedule.end");
		bad = -1;
	}
	if (memchr(s->days, true, sizeof s->days) == NULL) {
		page_error(r, "weekday", "err.required");
		bad = -1;
	}
	return bad;
}

/* Writes the slots of the series; *opened gets how many were new. 0, 1
 * when it would be more than SLOTS_MAX, -1. */
static int open_slots(struct req *r, const struct series *s, long long *opened)
{
	char date[11], at[TZ_TEXT], until[TZ_TEXT];
	time_t now = time(NULL), t;
	long long total = 0, n;

	*opened = 0;
	snprintf(date, sizeof date, "%s", s->first);
	for (int day = 0; strcmp(date, s->last) <= 0; day++) {
		char local[TZ_TEXT];
		int dow;

		if (tz_from_local(date, 12 * 60, &t) == -1)
			return -1;
		tz_local_text(t, local, &dow);
		for (int m = s->start;
		     s->days[dow] && m + s->duration <= s->end;
		     m += (int)s->duration) {
			if (tz_from_local(date, m, &t) == -1 || t <= now)
				continue; /* skipped by the clock, or past */
			tz_utc_text(t, at);
			tz_utc_text(t + s->duration * 60, until);
			for (long long seat = 1; seat <= s->places; seat++) {
				if (++total > SLOTS_MAX)
					return 1;
				n = db_exec(
				    "INSERT IGNORE INTO slot (service_id, "
				    "org_id, starts_at, ends_at, seat) "
				    "VALUES (?, ?, ?, ?, ?)",
				    "iissi", s->service, r->user.org_id, at,
				    until, seat);
				if (n < 0)
					return -1;
				*opened += n;
			}
		}
		if (tz_add_days(date, 1, date) == -1)
			return -1;
	}
	return 0;
}

static int open_series(struct req *r)
{
	struct series s = {0};
	char detail[200], to[80];
	long long opened = 0;
	struct db_res *res;
	int rc;

	if (read_series(r, &s) == -1) {
		char today[11];
		tz_today(today);
		return render(r, valid_date(s.first) ? s.first : today, 0, &s,
		              422);
	}
	res = db_query("SELECT duration_minutes FROM establishment_service "
	               "WHERE id = ? AND org_id = ? AND active = 1",
	               "ii", s.service, r->user.org_id);
	if (res == NULL)
		return 500;
	if ((rc = db_next(res)) == 1)
		s.duration = db_int(res, 0);
	db_done(res);
	if (rc != 1) {
		page_error(r, "service", "err.choice.invalid");
		return render(r, s.first, 0, &s, 422);
	}
	if (db_begin() == -1)
		return 500;
	if ((rc = open_slots(r, &s, &opened)) == 1) {
		db_rollback();
		page_error(r, "", "err.citizen_schedule.too_many");
		return render(r, s.first, 0, &s, 422);
	}
	snprintf(detail, sizeof detail,
	         "%lld slots of service %lld from %s to %s", opened, s.service,
	         s.first, s.last);
	if (rc == -1 ||
	    audit_log(r, 0, "slot.opened", "establishment", r->user.org_id,
	              detail, NULL, NULL) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	snprintf(to, sizeof to, "/establishment/schedule?date=%s&done=opened",
	         s.first);
	return req_redirect(r, pool_strdup(&r->pool, to));
}

/* The slot as the audit trail keeps it. */
static const char *slot_snapshot(struct req *r, long long id)
{
	return snapshot_json(
	    r,
	    "SELECT JSON_OBJECT('state', state, 'starts_at', "
	    "starts_at, 'service_id', service_id, 'seat', seat, "
	    "'appointment_id', appointment_id) FROM slot WHERE "
	    "id = ?",
	    id);
}

/* Cancels the booking the slot held, in the open transaction: the
 * appointment, its audit row and the messages to its patient. 0 or -1. */
static int cancel_booking(struct req *r, long long appointment)
{
	const char *before = appt_snapshot(r, appointment), *after;
	long long n;

	if (before == NULL)
		return -1;
	n = db_exec("UPDATE appointment SET state = 'cancelled', cancelled_at "
	            "= UTC_TIMESTAMP(), cancelled_by = 'establishment', "
	            "version = version + 1 WHERE id = ? AND state = 'booked'",
	            "i", appointment);
	if (n < 0)
		return -1;
	if (n == 0)
		return 0; /* already over: nobody to tell */
	return (after = appt_snapshot(r, appointment)) == NULL ||
	               audit_log(r, 0, "appointment.cancelled", "appointment",
	                         appointment, "by the establishment", before,
	                         after) == -1 ||
	               appt_notify(appointment, "cancelled") == -1
	           ? -1
	           : 0;
}

static int cancel_slot(struct req *r)
{
	long long id = 0, version = 0, appointment = 0, n;
	const char *before, *after;
	char date[11], local[TZ_TEXT], to[80];
	struct db_res *res;
	time_t t = 0;
	int rc;

	if (form_int(r, "slot", &id, 1, ID_MAX, REQUIRED) == -1 ||
	    form_int(r, "version", &version, 1, VERSION_MAX, REQUIRED) == -1)
		return 400;
	if (db_begin() == -1)
		return 500;
	res = db_query("SELECT starts_at, COALESCE(appointment_id, 0) FROM "
	               "slot WHERE id = ? AND org_id = ? FOR UPDATE",
	               "ii", id, r->user.org_id);
	if (res == NULL || (rc = db_next(res)) == -1) {
		db_done(res);
		db_rollback();
		return 500;
	}
	if (rc == 1) {
		tz_parse_utc(db_str(res, 0), &t);
		appointment = db_int(res, 1);
	}
	db_done(res);
	if (rc == 0) {
		db_rollback();
		return 404;
	}
	tz_local_text(t, local, NULL);
	snprintf(date, sizeof date, "%.10s", local);
	before = slot_snapshot(r, id);
	n = db_exec("UPDATE slot SET state = 'cancelled', cancelled_at = "
	            "UTC_TIMESTAMP(), cancelled_by = ?, version = version + 1 "
	            "WHERE id = ? AND org_id = ? AND version = ? AND state = "
	            "'open'",
	            "iiii", r->user.id, id, r->user.org_id, version);
	if (n == 0) {
		db_rollback();
		page_error(r, "", "err.conflict");
		return render(r, date, 0, NULL, 409);
	}
	if (n < 0 || before == NULL ||
	    (appointment != 0 && cancel_booking(r, appointment) == -1) ||
	    (after = slot_snapshot(r, id)) == NULL ||
	    audit_log(r, 0, "slot.cancelled", "slot", id, NULL, before,
	              after) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	snprintf(to, sizeof to,
	         "/establishment/schedule?date=%s&done=cancelled", date);
	return req_redirect(r, pool_strdup(&r->pool, to));
}

static int submit(struct req *r)
{
	static const char *const actions[] = {"open", "cancel", NULL};
	const char *action;

	if (form_enum(r, "action", actions, &action, REQUIRED) == -1)
		return 400;
	return strcmp(action, "open") == 0 ? open_series(r) : cancel_slot(r);
}

static const struct screen screen = {
    .name = "citizen_schedule",
    .path = "/establishment/schedule",
    .perm = "establishment.manage",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
