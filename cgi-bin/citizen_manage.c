/* citizen_manage: an appointment booked without an account, reached by
 * the link of its confirmation mail (the appointment and a key only the
 * link holds): its details, confirming presence and cancelling, up to the
 * establishment's cut-off. A wrong key or an appointment of an account is
 * not found. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "appt.h"
#include "done.h"
#include "form.h"
#include "page.h"

#define ID_MAX      9223372036854775807LL
#define VERSION_MAX 4294967295LL

static const struct done dones[] = {
    {"booked", "citizen_manage.booked"},
    {"confirmed", "citizen_manage.confirmed"},
    {"cancelled", "citizen_manage.cancelled"},
};

/* The page of appointment id for the holder of key; status, or 404. */
static int page_of(struct req *r, long long id, const char *key, int status)
{
	long long version;
	xmlNodePtr link;
	int rc;

	if ((rc = appt_detail(r, page_content(r), id, 0, &version)) != 1)
		return rc == 0 ? 404 : 500;
	link = page_add(page_content(r), "link", NULL);
	page_attr(link, "a",
	          req_query(r, "a") != NULL ? req_query(r, "a")
	                                    : req_form(r, "a"));
	page_attr(link, "key", key);
	return status;
}

/* Reads a and key (from the query or the form) and checks them: 1 with
 * *id set, 0 when they name nothing, -1 on error. */
static int target(struct req *r, bool form, long long *id, const char **key)
{
	const char *a = form ? req_form(r, "a") : req_query(r, "a");

	*key = form ? req_form(r, "key") : req_query(r, "key");
	if (a == NULL || !valid_int(a, 1, ID_MAX, id))
		return 0;
	return appt_key_ok(*id, *key);
}

static int show(struct req *r)
{
	const char *key;
	long long id;
	int rc;

	if ((rc = target(r, false, &id, &key)) != 1)
		return rc == 0 ? 404 : 500;
	done_flash(r, dones, sizeof dones / sizeof dones[0]);
	return page_of(r, id, key, 200);
}

static int submit(struct req *r)
{
	static const char *const actions[] = {"confirm", "cancel", NULL};
	const char *action, *key;
	long long id, version = 0;
	enum appt_change rc;
	char to[160];
	int ok;

	if ((ok = target(r, true, &id, &key)) != 1)
		return ok == 0 ? 404 : 500;
	if (form_enum(r, "action", actions, &action, REQUIRED) == -1 ||
	    form_int(r, "version", &version, 1, VERSION_MAX, REQUIRED) == -1)
		return 400;
	rc = strcmp(action, "confirm") == 0 ? appt_confirm(r, id, 0, version)
	                                    : appt_cancel(r, id, 0, version);
	switch (rc) {
	case APPT_DONE:
		snprintf(to, sizeof to, "/citizen/manage?a=%lld&key=%s&done=%s",
		         id, key,
		         strcmp(action, "confirm") == 0 ? "confirmed"
		                                        : "cancelled");
		return req_redirect(r, pool_strdup(&r->pool, to));
	case APPT_TOO_LATE:
		page_error(r, "", "err.citizen_appointment.too_late");
		return page_of(r, id, key, 409);
	case APPT_CONFLICT:
		page_error(r, "", "err.citizen_appointment.changed");
		return page_of(r, id, key, 409);
	default:
		return 500;
	}
}

static const struct screen screen = {
    .name = "citizen_manage",
    .path = "/citizen/manage",
    .perm = NULL,
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
