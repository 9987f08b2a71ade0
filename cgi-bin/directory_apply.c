/* directory_apply: the public activation request form, for a
 * professional the directory does not know yet (administrative staff, a
 * professional from another region): it creates their record, asks for
 * the portal and for the service they name, all to process, and mails the
 * service's admins, who then open the access as for anyone. The answer
 * is the same whatever the directory already holds, and one address may
 * send only a few requests an hour. */
#include <string.h>

#include "app.h"
#include "audit.h"
#include "db.h"
#include "diraccess.h"
#include "dirfeed.h"
#include "dirperson.h"
#include "dirvalid.h"
#include "form.h"
#include "page.h"

#define NAME_CHARS   100
#define PLACE_CHARS  200
#define PER_HOUR_MAX 5 /* requests from one client address */
#define CODE_MAX     16

/* The services one may ask for, for the form's select. 0 or -1. */
static int services_xml(struct req *r)
{
	struct db_res *res;
	long n;

	res = db_query("SELECT code, IF(? = 'en', name_en, name_fr) AS name "
	               "FROM dir_service WHERE active = 1 AND kind = 'service' "
	               "ORDER BY position, code",
	               "s", r->lang);
	if (res == NULL)
		return -1;
	n = page_rows(page_add(page_content(r), "services", NULL), res,
	              "option");
	db_done(res);
	if (n < 0)
		return -1;
	res = db_query("SELECT code, IF(? = 'en', name_en, name_fr) AS name "
	               "FROM dir_profession ORDER BY name",
	               "s", r->lang);
	if (res == NULL)
		return -1;
	n = page_rows(page_add(page_content(r), "professions", NULL), res,
	              "option");
	db_done(res);
	return n < 0 ? -1 : 0;
}

/* Writes the submitted values back under <form>. */
static void form_xml(struct req *r)
{
	static const char *const names[] = {
	    "family_name", "given_name", "profession", "rpps",
	    "adeli",       "email",      "phone",      "structure",
	    "postal_code", "city",       "service",    NULL};
	xmlNodePtr f = page_add(page_content(r), "form", NULL);

	for (size_t i = 0; names[i] != NULL; i++) {
		const char *v = req_form(r, names[i]);
		page_add(f, names[i], v != NULL ? v : "");
	}
}

static int show(struct req *r)
{
	const char *done = req_query(r, "done");

	if (done != NULL && strcmp(done, "1") == 0)
		page_add(page_content(r), "done", NULL);
	else
		page_add(page_content(r), "form", NULL);
	return services_xml(r) == -1 ? 500 : 200;
}

/* The page again with the values and the errors. */
static int again(struct req *r, int status)
{
	db_rollback();
	form_xml(r);
	return services_xml(r) == -1 ? 500 : status;
}

/* A code that must be a row of table (sql counts it); reports the field. */
static int form_code(struct req *r, const char *name, const char **out,
                     const char *sql)
{
	long long n = 0;

	if (form_text(r, name, out, CODE_MAX, REQUIRED) == -1)
		return -1;
	if (db_int_query(&n, sql, "s", *out) < 0)
		return -2;
	if (n == 0) {
		page_error(r, name, "err.choice.invalid");
		return -1;
	}
	return 0;
}

static int submit(struct req *r)
{
	struct dir_new v = {0};
	const char *service, *structure, *after;
	long long id, service_id, portal_id, recent = 0;
	int bad = 0, k;

	bad |=
	    form_text(r, "family_name", &v.family_name, NAME_CHARS, REQUIRED);
	bad |= form_text(r, "given_name", &v.given_name, NAME_CHARS, REQUIRED);
	if ((k = form_code(r, "profession", &v.profession,
	                   "SELECT COUNT(*) FROM dir_profession WHERE code = "
	                   "?")) == -2)
		return 500;
	bad |= k;
	bad |= form_rpps(r, "rpps", &v.rpps, OPTIONAL);
	bad |= form_adeli(r, "adeli", &v.adeli, OPTIONAL);
	bad |= form_email(r, "email", &v.email, REQUIRED);
	bad |= form_phone(r, "phone", &v.phone, OPTIONAL);
	bad |= form_text(r, "structure", &structure, PLACE_CHARS, REQUIRED);
	bad |= form_postcode(r, "postal_code", &v.postal_code, REQUIRED);
	bad |= form_text(r, "city", &v.city, NAME_CHARS, REQUIRED);
	if ((k = form_code(r, "service", &service,
	                   "SELECT COUNT(*) FROM dir_service WHERE code = ? "
	                   "AND active = 1 AND kind = 'service'")) == -2)
		return 500;
	bad |= k;
	if (bad)
		return again(r, 422);
	if (db_int_query(&recent,
	                 "SELECT COUNT(*) FROM dir_person WHERE origin_ip = ? "
	                 "AND created_at > UTC_TIMESTAMP() - INTERVAL 1 HOUR",
	                 "s", r->remote_addr) != 1)
		return 500;
	if (recent >= PER_HOUR_MAX) {
		page_error(r, "", "err.directory.apply.too_many");
		return again(r, 422);
	}
	v.type = "health";
	v.origin = "form";
	v.origin_ip = r->remote_addr;
	v.lang = r->lang;
	if (db_begin() == -1)
		return 500;
	if (db_int_query(&service_id,
	                 "SELECT id FROM dir_service WHERE code = ?", "s",
	                 service) != 1 ||
	    db_int_query(&portal_id,
	                 "SELECT id FROM dir_service WHERE kind = 'portal' "
	                 "ORDER BY id LIMIT 1",
	                 "") != 1 ||
	    dirperson_create(&v, &id) == -1 ||
	    dirperson_add_activity(id, structure, NULL, v.postal_code, v.city,
	                           NULL) == -1 ||
	    (after = dirperson_name(r, id)) == NULL ||
	    audit_log(r, 0, "directory.person.created", "dir_person", id,
	              "form", NULL, after) == -1 ||
	    diraccess_pending(r, id, portal_id) == -1 ||
	    diraccess_request(r, id, service_id, true) != DIRACCESS_DONE ||
	    dirfeed_record(id, "created") == -1 || db_commit() == -1) {
		db_rollback();
		if (db_errno() == 1062) { /* an RPPS number already known */
			page_error(r, "rpps", "err.directory.rpps.taken");
			return again(r, 422);
		}
		return 500;
	}
	return req_redirect(r, "/directory/apply?done=1");
}

static const struct screen screen = {
    .name = "directory_apply",
    .path = "/directory/apply",
    .perm = NULL,
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
