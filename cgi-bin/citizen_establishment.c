/* citizen_establishment: what an establishment's managers set: its
 * address and phone as citizens see them, whether the search shows it,
 * the cut-off before an appointment after which citizens can no longer
 * confirm or cancel online, and the services it offers with the length
 * of their slots. Only the manager's own establishment is reached. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "db.h"
#include "done.h"
#include "estab.h"
#include "form.h"
#include "form_ca.h"
#include "page.h"
#include "snapshot.h"

#define ID_MAX       9223372036854775807LL
#define VERSION_MAX  4294967295LL
#define CUTOFF_MAX   336 /* hours: two weeks */
#define DURATION_MIN 5
#define DURATION_MAX 240

static const struct done dones[] = {
    {"saved", "citizen_establishment.saved"},
    {"service_added", "citizen_establishment.service_added"},
    {"service_saved", "citizen_establishment.service_saved"},
};

/* What the profile form holds, as submitted. */
struct values {
	const char *address, *city, *postal, *phone;
	long long cutoff, version;
	bool published;
};

/* The profile (or the submitted v over it), the services and the types
 * not offered yet. Answers status. */
static int render(struct req *r, const struct values *v, int status)
{
	xmlNodePtr c = page_content(r);
	struct db_res *res;
	long n;

	res =
	    db_query("SELECT o.name, ep.address_line, ep.city, "
	             "ep.postal_code, ep.phone, ep.cutoff_hours, "
	             "ep.published, ep.version FROM org o LEFT JOIN "
	             "establishment_profile ep ON ep.org_id = o.id WHERE o.id "
	             "= ? AND o.kind = 'establishment'",
	             "i", r->user.org_id);
	if (res == NULL)
		return 500;
	if ((n = db_next(res)) != 1) {
		db_done(res);
		return n == 0 ? 404 : 500;
	}
	page_row(c, res, "establishment");
	db_done(res);
	if (v != NULL) {
		xmlNodePtr f = page_add(c, "form", NULL);
		page_add(f, "address_line", v->address);
		page_add(f, "city", v->city);
		page_add(f, "postal_code", v->postal);
		page_add(f, "phone", v->phone);
		page_add_int(f, "cutoff_hours", v->cutoff);
		page_add(f, "published", v->published ? "1" : "0");
	}
	if (estab_services(r, c) == -1)
		return 500;
	res =
	    db_query("SELECT t.id, IF(? = 'en', t.name_en, t.name_fr) AS "
	             "name FROM establishment_service_type t WHERE NOT EXISTS "
	             "(SELECT 1 FROM establishment_service s WHERE s.org_id = "
	             "? AND s.type_id = t.id) ORDER BY t.position, t.id",
	             "si", r->lang, r->user.org_id);
	n = res != NULL ? page_rows(page_add(c, "types", NULL), res, "type")
	                : -1;
	db_done(res);
	return n < 0 ? 500 : status;
}

static int show(struct req *r)
{
	done_flash(r, dones, sizeof dones / sizeof dones[0]);
	return render(r, NULL, 200);
}

/* The profile as the audit trail keeps it. */
static const char *snapshot(struct req *r)
{
	return snapshot_json(
	    r,
	    "SELECT JSON_OBJECT('address_line', address_line, 'city', city, "
	    "'postal_code', postal_code, 'phone', phone, 'cutoff_hours', "
	    "cutoff_hours, 'published', published) FROM establishment_profile "
	    "WHERE org_id = ?",
	    r->user.org_id);
}

/* Finishes a change in the open transaction: the audit row, the commit
 * and the redirect with done. */
static int commit(struct req *r, const char *action, const char *subject,
                  long long id, const char *before, const char *after,
                  const char *done)
{
	char to[80];

	if (audit_log(r, 0, action, subject, id, NULL, before, after) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	snprintf(to, sizeof to, "/establishment/settings?done=%s", done);
	return req_redirect(r, pool_strdup(&r->pool, to));
}

static int save_profile(struct req *r)
{
	struct values v = {0};
	const char *pub = req_form(r, "published"), *before, *after;
	long long n;
	int bad = 0;

	if (form_int(r, "version", &v.version, 0, VERSION_MAX, REQUIRED) == -1)
		return 400;
	bad |= form_text(r, "address_line", &v.address, 200, REQUIRED);
	bad |= form_text(r, "city", &v.city, 100, REQUIRED);
	bad |= form_postal_code(r, "postal_code", &v.postal, REQUIRED);
	bad |= form_phone_e164(r, "phone", &v.phone, REQUIRED);
	bad |= form_int(r, "cutoff_hours", &v.cutoff, 0, CUTOFF_MAX, REQUIRED);
	v.published = pub != NULL && strcmp(pub, "1") == 0;
	if (bad) {
		if (v.address == NULL)
			v.address = "";
		if (v.city == NULL)
			v.city = "";
		return render(r, &v, 422);
	}
	if (db_begin() == -1)
		return 500;
	before = snapshot(r);
	/* Version 0: the establishment had no profile yet. */
	n = v.version == 0
	        ? db_exec("INSERT IGNORE INTO establishment_profile (org_id, "
	                  "address_line, city, postal_code, phone, "
	                  "cutoff_hours, published) SELECT id, ?, ?, ?, ?, ?, "
	                  "? FROM org WHERE id = ? AND kind = 'establishment'",
	                  "ssssiii", v.address, v.city, v.postal, v.phone,
	                  v.cutoff, (long long)v.published, r->user.org_id)
	        : db_exec(
	              "UPDATE establishment_profile SET address_line = ?, "
	              "city = ?, postal_code = ?, phone = ?, cutoff_hours = "
	              "?, published = ?, version = version + 1 WHERE "
	              "org_id = ? AND version = ?",
	              "ssssiiii", v.address, v.city, v.postal, v.phone,
	              v.cutoff, (long long)v.published, r->user.org_id,
	              v.version);
	if (n == 0) {
		db_rollback();
		page_error(r, "", "err.conflict");
		return render(r, NULL, 409);
	}
	if (n < 0 || (after = snapshot(r)) == NULL) {
		db_rollback();
		return 500;
	}
	return commit(r, "establishment.updated", "establishment",
	              r->user.org_id, before, after, "saved");
}

static int add_service(struct req *r)
{
	long long type = 0, duration = 0, n;
	int bad = 0;

	bad |= form_int(r, "type", &type, 1, ID_MAX, REQUIRED);
	bad |= form_int(r, "duration", &duration, DURATION_MIN, DURATION_MAX,
	                REQUIRED);
	if (bad)
		return render(r, NULL, 422);
	if (db_begin() == -1)
		return 500;
	n = db_exec("INSERT IGNORE INTO establishment_service (org_id, "
	            "type_id, duration_minutes) SELECT ?, t.id, ? FROM "
	            "establishment_service_type t JOIN org o ON o.id = ? AND "
	            "o.kind = 'establishment' WHERE t.id = ?",
	            "iiii", r->user.org_id, duration, r->user.org_id, type);
	if (n == 0) {
		db_rollback();
		page_error(r, "type", "err.choice.invalid");
		return render(r, NULL, 422);
	}
	if (n < 0) {
		db_rollback();
		return 500;
	}
	return commit(r, "establishment.service_added", "establishment_service",
	              db_insert_id(), NULL, NULL, "service_added");
}

static int save_service(struct req *r)
{
	long long id = 0, version = 0, duration = 0, n;
	const char *active = req_form(r, "active");
	char before[80], after[80];
	struct db_res *res;
	int rc;

	if (form_int(r, "id", &id, 1, ID_MAX, REQUIRED) == -1 ||
	    form_int(r, "version", &version, 1, VERSION_MAX, REQUIRED) == -1)
		return 400;
	if (form_int(r, "duration", &duration, DURATION_MIN, DURATION_MAX,
	             REQUIRED) == -1)
		return render(r, NULL, 422);
	if (db_begin() == -1)
		return 500;
	res = db_query("SELECT duration_minutes, active FROM "
	               "establishment_service WHERE id = ? AND org_id = ? FOR "
	               "UPDATE",
	               "ii", id, r->user.org_id);
	if (res == NULL || (rc = db_next(res)) == -1) {
		db_done(res);
		db_rollback();
		return 500;
	}
	if (rc == 1)
		snprintf(before, sizeof before,
		         "{\"duration_minutes\":%lld,\"active\":%lld}",
		         db_int(res, 0), db_int(res, 1));
	db_done(res);
	if (rc == 0) {
		db_rollback();
		return 404;
	}
	n = db_exec("UPDATE establishment_service SET duration_minutes = ?, "
	            "active = ?, version = version + 1 WHERE id = ? AND org_id "
	            "= ? AND version = ?",
	            "iiiii", duration,
	            (long long)(active != NULL && strcmp(active, "1") == 0), id,
	            r->user.org_id, version);
	if (n <= 0) {
		db_rollback();
		if (n < 0)
			return 500;
		page_error(r, "", "err.conflict");
		return render(r, NULL, 409);
	}
	snprintf(after, sizeof after,
	         "{\"duration_minutes\":%lld,\"active\":%d}", duration,
	         active != NULL && strcmp(active, "1") == 0);
	return commit(r, "establishment.service_updated",
	              "establishment_service", id, before, after,
	              "service_saved");
}

static int submit(struct req *r)
{
	static const char *const actions[] = {"save", "add_service",
	                                      "save_service", NULL};
	const char *action;

	if (form_enum(r, "action", actions, &action, REQUIRED) == -1)
		return 400;
	if (strcmp(action, "save") == 0)
		return save_profile(r);
	if (strcmp(action, "add_service") == 0)
		return add_service(r);
	return save_service(r);
}

static const struct screen screen = {
    .name = "citizen_establishment",
    .path = "/establishment/settings",
    .perm = "establishment.manage",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
