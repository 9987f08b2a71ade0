/* citizen_appointments: every appointment of the account's people in one
 * list, those to come (soonest first) and the past ones (latest first, by
 * pages); one appointment's details, where the citizen confirms they will
 * come or cancels, up to the establishment's cut-off. Only the account's
 * own appointments are read: the SQL says so. */
#include <string.h>

#include "app.h"
#include "appt.h"
#include "conf.h"
#include "db.h"
#include "done.h"
#include "form.h"
#include "page.h"
#include "when.h"

#define ID_MAX      9223372036854775807LL
#define VERSION_MAX 4294967295LL
#define PAGE_SIZE   20
#define PAGE_MAX    100000

static const struct done dones[] = {
    {"booked", "citizen_appointments.booked"},
    {"confirmed", "citizen_appointments.confirmed"},
    {"cancelled", "citizen_appointments.cancelled"},
};

/* The account's appointments; parameters: lang, account, then those of
 * the order's page. */
#define LIST_SQL(when, order)                                                  \
	"SELECT a.id, a.state, a.starts_at, a.confirmed_at, a.cancelled_by, "  \
	"a.starts_at <= UTC_TIMESTAMP() AS past, p.given_name, "               \
	"p.family_name, p.relation, o.name AS establishment, IF(? = 'en', "    \
	"t.name_en, t.name_fr) AS service FROM appointment a JOIN patient p "  \
	"ON p.id = a.patient_id JOIN org o ON o.id = a.org_id JOIN "           \
	"establishment_service s ON s.id = a.service_id JOIN "                 \
	"establishment_service_type t ON t.id = s.type_id WHERE "              \
	"a.account_id = ? AND a.starts_at " when " ORDER BY " order

static int list(struct req *r)
{
	const char *pg = req_query(r, "page");
	long long page = 1, past = 0, size = PAGE_SIZE;
	struct db_res *res;
	xmlNodePtr l;
	long n;

	if (pg != NULL && !valid_int(pg, 1, PAGE_MAX, &page))
		return 400;
	if (size > conf.page_size_max)
		size = conf.page_size_max;
	res =
	    db_query(LIST_SQL("> UTC_TIMESTAMP()", "a.starts_at, a.id LIMIT ?"),
	             "sii", r->lang, r->user.id, (long long)conf.page_size_max);
	n = res != NULL ? page_rows(page_add(page_content(r), "upcoming", NULL),
	                            res, "appointment")
	                : -1;
	db_done(res);
	if (n < 0 ||
	    db_int_query(
	        &past,
	        "SELECT COUNT(*) FROM appointment WHERE account_id = ? "
	        "AND starts_at <= UTC_TIMESTAMP()",
	        "i", r->user.id) != 1)
		return 500;
	res = db_query(LIST_SQL("<= UTC_TIMESTAMP()",
	                        "a.starts_at DESC, a.id DESC LIMIT ? OFFSET ?"),
	               "siii", r->lang, r->user.id, size, (page - 1) * size);
	n = res != NULL ? page_rows(page_add(page_content(r), "history", NULL),
	                            res, "appointment")
	                : -1;
	db_done(res);
	if (n < 0)
		return 500;
	l = page_add(page_content(r), "list", NULL);
	page_add_int(l, "count", past);
	page_add_int(l, "page", page);
	page_add_int(l, "pages", past == 0 ? 1 : (past + size - 1) / size);
	when_mark(page_content(r));
	return 200;
}

static int show(struct req *r)
{
	const char *s = req_query(r, "id");
	long long id, version;
	int rc;

	done_flash(r, dones, sizeof dones / sizeof dones[0]);
	if (s == NULL)
		return list(r);
	if (!valid_int(s, 1, ID_MAX, &id))
		return 400;
	if ((rc = appt_detail(r, page_content(r), id, r->user.id, &version)) !=
	    1)
		return rc == 0 ? 404 : 500;
	return 200;
}

/* The page of the appointment again with the refusal's message. */
static int refuse(struct req *r, long long id, const char *key, int status)
{
	long long version;

	page_error(r, "", key);
	return appt_detail(r, page_content(r), id, r->user.id, &version) == 1
	           ? status
	           : 500;
}

static int submit(struct req *r)
{
	static const char *const actions[] = {"confirm", "cancel", NULL};
	long long id = 0, version = 0;
	const char *action;
	enum appt_change rc;
	char to[80];
	int found;

	if (form_enum(r, "action", actions, &action, REQUIRED) == -1 ||
	    form_int(r, "id", &id, 1, ID_MAX, REQUIRED) == -1 ||
	    form_int(r, "version", &version, 1, VERSION_MAX, REQUIRED) == -1)
		return 400;
	/* Another account's appointment is not there at all. */
	if ((found = appt_owned(id, r->user.id)) != 1)
		return found == 0 ? 404 : 500;
	rc = strcmp(action, "confirm") == 0
	         ? appt_confirm(r, id, r->user.id, version)
	         : appt_cancel(r, id, r->user.id, version);
	switch (rc) {
	case APPT_DONE:
		snprintf(
		    to, sizeof to, "/citizen/appointments?id=%lld&done=%s", id,
		    strcmp(action, "confirm") == 0 ? "confirmed" : "cancelled");
		return req_redirect(r, pool_strdup(&r->pool, to));
	case APPT_TOO_LATE:
		return refuse(r, id, "err.citizen_appointment.too_late", 409);
	case APPT_CONFLICT:
		return refuse(r, id, "err.citizen_appointment.changed", 409);
	default:
		return 500;
	}
}

static const struct screen screen = {
    .name = "citizen_appointments",
    .path = "/citizen/appointments",
    .perm = "citizen.portal",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
