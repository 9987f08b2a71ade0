/* citizen_slots: the free times of one service of an establishment, a
 * week at a time on the establishment's clock, for anyone. Each free time
 * leads to the booking form. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "db.h"
#include "form.h"
#include "page.h"
#include "tz.h"
#include "when.h"

#define ID_MAX 9223372036854775807LL
#define DAYS   7

/* The service and its establishment, when they take bookings: 1, 0, -1. */
static int service_xml(struct req *r, long long id)
{
	struct db_res *res = db_query(
	    "SELECT s.id, s.duration_minutes, t.code, IF(? = 'en', t.name_en, "
	    "t.name_fr) AS name, o.id AS org_id, o.name AS establishment, "
	    "ep.address_line, ep.city, ep.postal_code, ep.phone, "
	    "ep.cutoff_hours FROM establishment_service s JOIN "
	    "establishment_service_type t ON t.id = s.type_id JOIN org o ON "
	    "o.id = s.org_id JOIN establishment_profile ep ON ep.org_id = o.id "
	    "WHERE s.id = ? AND s.active = 1 AND ep.published = 1 AND o.kind "
	    "= 'establishment'",
	    "si", r->lang, id);
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1)
		page_row(page_content(r), res, "service");
	db_done(res);
	return rc;
}

/* Writes <day date=".." dow=".."> for the days from `from`, and under each
 * the free times of the service that day. 0 or -1. */
static int week_xml(struct req *r, long long service, const char *from)
{
	xmlNodePtr week = page_add(page_content(r), "week", NULL);
	xmlNodePtr days[DAYS];
	char date[DAYS][11], a[TZ_TEXT], b[TZ_TEXT], spare[TZ_TEXT], last[11];
	struct db_res *res;
	int rc;

	for (int i = 0; i < DAYS; i++) {
		time_t noon;
		char local[TZ_TEXT], dows[4];
		int dow = 0;

		if (tz_add_days(from, i, date[i]) == -1 ||
		    tz_from_local(date[i], 12 * 60, &noon) == -1)
			return -1;
		tz_local_text(noon, local, &dow);
		days[i] = page_add(week, "day", NULL);
		page_attr(days[i], "date", date[i]);
		page_attr(days[i], "local", local);
		snprintf(dows, sizeof dows, "%d", dow);
		page_attr(days[i], "dow", dows);
	}
	if (tz_day_range(from, a, spare) == -1 ||
	    tz_add_days(from, DAYS - 1, last) == -1 ||
	    tz_day_range(last, spare, b) == -1)
		return -1;
	res = db_query("SELECT MIN(id) AS id, starts_at, COUNT(*) AS places "
	               "FROM slot WHERE service_id = ? AND state = 'open' AND "
	               "appointment_id IS NULL AND starts_at > "
	               "UTC_TIMESTAMP() AND starts_at >= ? AND starts_at < ? "
	               "GROUP BY starts_at ORDER BY starts_at",
	               "iss", service, a, b);
	if (res == NULL)
		return -1;
	while ((rc = db_next(res)) == 1) {
		time_t t;
		char local[TZ_TEXT];

		if (!tz_parse_utc(db_str(res, 1), &t))
			continue;
		tz_local_text(t, local, NULL);
		for (int i = 0; i < DAYS; i++)
			if (strncmp(local, date[i], 10) == 0)
				page_row(days[i], res, "slot");
	}
	db_done(res);
	when_mark(week);
	return rc == 0 ? 0 : -1;
}

/* The next free time of the service after the week, for a link. */
static int next_xml(struct req *r, long long service, const char *after)
{
	struct db_res *res = db_query(
	    "SELECT MIN(starts_at) FROM slot WHERE service_id = ? AND state = "
	    "'open' AND appointment_id IS NULL AND starts_at > "
	    "UTC_TIMESTAMP() AND starts_at >= ?",
	    "is", service, after);
	time_t t;
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1 && tz_parse_utc(db_str(res, 0), &t)) {
		char local[TZ_TEXT];
		xmlNodePtr n;

		tz_local_text(t, local, NULL);
		local[10] = '\0';
		n = when_add(page_content(r), "next_free", t);
		page_attr(n, "date", local);
	}
	db_done(res);
	return rc < 0 ? -1 : 0;
}

static int show(struct req *r)
{
	const char *s = req_query(r, "service"), *f = req_query(r, "from");
	char today[11], from[11], after[11], a[TZ_TEXT], b[TZ_TEXT];
	long long id;
	xmlNodePtr nav;
	int rc;

	if (s == NULL || !valid_int(s, 1, ID_MAX, &id))
		return 400;
	if (f != NULL && !valid_date(f))
		return 400;
	tz_today(today);
	snprintf(from, sizeof from, "%s",
	         f != NULL && strcmp(f, today) > 0 ? f : today);
	if ((rc = service_xml(r, id)) != 1)
		return rc == 0 ? 404 : 500;
	if (week_xml(r, id, from) == -1 ||
	    tz_add_days(from, DAYS, after) == -1 ||
	    tz_day_range(after, a, b) == -1 || next_xml(r, id, a) == -1)
		return 500;
	nav = page_add(page_content(r), "nav", NULL);
	page_attr(nav, "from", from);
	page_attr(nav, "next", after);
	if (strcmp(from, today) > 0) {
		char prev[11];
		if (tz_add_days(from, -DAYS, prev) == -1)
			return 500;
		page_attr(nav, "prev", strcmp(prev, today) > 0 ? prev : today);
	}
	return 200;
}

static const struct screen screen = {
    .name = "citizen_slots",
    .path = "/citizen/slots",
    .perm = NULL,
    .get = show,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
