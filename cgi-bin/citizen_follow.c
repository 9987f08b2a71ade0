/* citizen_follow: the follow-up screen ("Suivi") of an establishment's
 * staff: the day's appointments of their establishment, by service, each
 * with the state of the account holder's identity (none: booked without an
 * account; not validated; validated) and of the patient's association to
 * the account, and the way to mark the patient present, which starts the
 * guided check-in. Only the staff's own establishment is ever read. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "db.h"
#include "done.h"
#include "estab.h"
#include "form.h"
#include "page.h"
#include "tz.h"
#include "when.h"

#define ID_MAX 9223372036854775807LL

static const struct done dones[] = {
    {"present", "citizen_follow.done_present"},
    {"identity", "citizen_follow.done_identity"},
    {"association", "citizen_follow.done_association"},
    {"checked_in", "citizen_follow.done_checked_in"},
};

/* The day's appointments; parameters: lang, org, from, to, service,
 * service. The identity is the account holder's; the association, that of
 * a patient other than the holder. */
#define DAY_SQL                                                                \
	"SELECT a.id, a.version, a.state, a.starts_at, a.confirmed_at, "       \
	"a.present_at, a.service_id, IF(? = 'en', t.name_en, t.name_fr) AS "   \
	"service, p.id AS patient_id, p.given_name, p.family_name, "           \
	"p.birth_date, p.relation, CONCAT(h.given_name, ' ', h.family_name) "  \
	"AS holder, CASE WHEN a.account_id IS NULL THEN 'none' WHEN "          \
	"h.identity_validated_at IS NULL THEN 'not_validated' ELSE "           \
	"'validated' END AS identity, CASE WHEN a.account_id IS NULL OR "      \
	"p.relation = 'self' THEN 'none' WHEN p.association_validated_at IS "  \
	"NULL THEN 'not_validated' ELSE 'validated' END AS association "       \
	"FROM appointment a JOIN patient p ON p.id = a.patient_id JOIN "       \
	"establishment_service s ON s.id = a.service_id JOIN "                 \
	"establishment_service_type t ON t.id = s.type_id LEFT JOIN patient "  \
	"h ON h.holder_of = a.account_id WHERE a.org_id = ? AND a.starts_at "  \
	">= ? AND a.starts_at < ? AND (? = 0 OR a.service_id = ?) ORDER BY "   \
	"a.starts_at, a.id"

/* <day date dow today prev next>. 0 or -1. */
static int day_xml(struct req *r, const char *date, const char *today)
{
	xmlNodePtr d = page_add(page_content(r), "day", NULL);
	char prev[11], next[11], local[TZ_TEXT], dow[4];
	time_t noon;
	int w;

	if (tz_add_days(date, -1, prev) == -1 ||
	    tz_add_days(date, 1, next) == -1 ||
	    tz_from_local(date, 12 * 60, &noon) == -1)
		return -1;
	tz_local_text(noon, local, &w);
	snprintf(dow, sizeof dow, "%d", w);
	page_attr(d, "date", date);
	page_attr(d, "local", local);
	page_attr(d, "dow", dow);
	page_attr(d, "today", strcmp(date, today) == 0 ? "1" : "0");
	page_attr(d, "prev", prev);
	page_attr(d, "next", next);
	return 0;
}

static int show(struct req *r)
{
	const char *date;
	char today[11], from[TZ_TEXT], to[TZ_TEXT];
	long long service = 0, kind = 0;
	struct db_res *res;
	xmlNodePtr f;
	long n;

	if (estab_day_query(r, today, &date, &service) == -1)
		return 400;
	done_flash(r, dones, sizeof dones / sizeof dones[0]);
	if (db_int_query(&kind,
	                 "SELECT kind = 'establishment' FROM org WHERE id = ?",
	                 "i", r->user.org_id) != 1 ||
	    tz_day_range(date, from, to) == -1 ||
	    day_xml(r, date, today) == -1 ||
	    estab_services(r, page_content(r)) == -1)
		return 500;
	f = page_add(page_content(r), "filter", NULL);
	page_attr(f, "establishment", kind ? "1" : "0");
	if (service != 0)
		page_add_int(f, "service", service);
	res = db_query(DAY_SQL, "sissii", r->lang, r->user.org_id, from, to,
	               service, service);
	n = res != NULL
	        ? page_rows(page_add(page_content(r), "appointments", NULL),
	                    res, "appointment")
	        : -1;
	db_done(res);
	when_mark(page_content(r));
	return n < 0 ? 500 : 200;
}

static const struct screen screen = {
    .name = "citizen_follow",
    .path = "/establishment/follow",
    .perm = "establishment.follow",
    .get = show,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
