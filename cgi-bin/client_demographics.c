/* client_demographics: the demographics tab of a client's profile, and
 * the form that adds a client: names, file number, birth date, language,
 * e-mail, telephone, address. A client who has a family portal login
 * signs in with this e-mail: changing it changes the login (unique across
 * every account), in the same transaction, with the person told. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "clientrec.h"
#include "db.h"
#include "form.h"
#include "page.h"
#include "person.h"
#include "portal.h"

#define VERSION_MAX 4294967295LL

/* The fields of the form, in the order of names[] and of the columns
 * values_load() reads. */
enum {
	FILE_NUMBER,
	GIVEN,
	FAMILY,
	BIRTH,
	LANG,
	EMAIL,
	PHONE,
	ADDRESS,
	CITY,
	PROVINCE,
	POSTAL,
	NFIELDS
};

static const char *const names[NFIELDS] = {
    "file_number", "given_name", "family_name", "birth_date",
    "lang",        "email",      "phone",       "address_line",
    "city",        "province",   "postal_code"};

struct values {
	long long version; /* 0: a new client */
	const char *f[NFIELDS];
};

/* Fills v from the client's row. 1, 0 not there, -1 error. */
static int values_load(struct req *r, long long id, struct values *v)
{
	struct db_res *res = db_query(
	    "SELECT version, file_number, given_name, family_name, "
	    "birth_date, lang, email, phone, address_line, city, province, "
	    "postal_code FROM client WHERE id = ? AND org_id = ?",
	    "ii", id, r->user.org_id);
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		v->version = db_int(res, 0);
		for (int i = 0; i < NFIELDS; i++) {
			const char *s = db_str(res, i + 1);
			v->f[i] = pool_strdup(&r->pool, s != NULL ? s : "");
		}
	}
	db_done(res);
	return rc;
}

/* The page: the profile's header (for an existing client) and the form
 * holding v. Answers status, 404 or 500. */
static int render(struct req *r, long long id, struct values *v, int status)
{
	xmlNodePtr f;
	struct client c;
	long long login;
	int rc;

	if (id != 0) {
		if ((rc = client_load(r, id, &c)) != 1)
			return rc == 0 ? 404 : 500;
		client_header(r, &c, "demographics");
	}
	f = page_add(page_content(r), "form", NULL);
	if (id != 0)
		page_add_int(f, "version", v->version);
	for (int i = 0; i < NFIELDS; i++)
		page_add(f, names[i], v->f[i] != NULL ? v->f[i] : "");
	if (id != 0 && (login = portal_record_login(id, 0)) != 0) {
		if (login < 0)
			return 500;
		page_attr(f, "login", "1");
	}
	return status;
}

/* GET /client/demographics?id=N (the tab), or without id (a new client). */
static int show(struct req *r)
{
	struct values v = {0};
	const char *s = req_query(r, "id"), *done = req_query(r, "done");
	long long id = 0;
	int rc;

	if (s != NULL && !client_id_arg(r, "id", false, &id))
		return 404;
	if (done != NULL && strcmp(done, "saved") == 0)
		page_flash(r, "flash.client.saved");
	if (id == 0) {
		v.f[LANG] = r->lang;
		v.f[PROVINCE] = "NB";
		return render(r, 0, &v, 200);
	}
	if ((rc = values_load(r, id, &v)) != 1)
		return rc == 0 ? 404 : 500;
	return render(r, id, &v, 200);
}

/* Reads the form into v: 0, or -1 with the fields in error reported. */
static int read_values(struct req *r, struct values *v)
{
	static const char *const langs[] = {"fr", "en", NULL};
	int bad = 0;

	bad |= form_text(r, "file_number", &v->f[FILE_NUMBER], 32, OPTIONAL);
	bad |= form_text(r, "given_name", &v->f[GIVEN], 100, REQUIRED);
	bad |= form_text(r, "family_name", &v->f[FAMILY], 100, REQUIRED);
	bad |= form_birth_date(r, "birth_date", &v->f[BIRTH], OPTIONAL);
	bad |= form_enum(r, "lang", langs, &v->f[LANG], REQUIRED);
	bad |= form_email(r, "email", &v->f[EMAIL], OPTIONAL);
	bad |= form_phone(r, "phone", &v->f[PHONE], OPTIONAL);
	bad |= form_text(r, "address_line", &v->f[ADDRESS], 200, OPTIONAL);
	bad |= form_text(r, "city", &v->f[CITY], 100, OPTIONAL);
	bad |= form_province(r, "province", &v->f[PROVINCE], OPTIONAL);
	bad |= form_postal_code(r, "postal_code", &v->f[POSTAL], OPTIONAL);
	for (int i = 0; i < NFIELDS; i++)
		if (v->f[i] == NULL)
			v->f[i] = "";
	return bad ? -1 : 0;
}

/* The form again with the message on field; the transaction is undone. */
static int refuse(struct req *r, long long id, struct values *v,
                  const char *field_name, const char *key, int status)
{
	db_rollback();
	page_error(r, field_name, key);
	return render(r, id, v, status);
}

/* Runs the INSERT or the UPDATE (empty optional fields stored as NULL).
 * Returns the rows changed, or -1. */
static long long store(struct req *r, long long id, const struct values *v)
{
	if (id == 0)
		return db_exec(
		    "INSERT INTO client (org_id, file_number, given_name, "
		    "family_name, birth_date, lang, email, phone, "
		    "address_line, city, province, postal_code) VALUES (?, "
		    "NULLIF(?, ''), ?, ?, NULLIF(?, ''), ?, NULLIF(?, ''), "
		    "NULLIF(?, ''), NULLIF(?, ''), NULLIF(?, ''), NULLIF(?, "
		    "''), NULLIF(?, ''))",
		    "isssssssssss", r->user.org_id, v->f[FILE_NUMBER],
		    v->f[GIVEN], v->f[FAMILY], v->f[BIRTH], v->f[LANG],
		    v->f[EMAIL], v->f[PHONE], v->f[ADDRESS], v->f[CITY],
		    v->f[PROVINCE], v->f[POSTAL]);
	return db_exec("UPDATE client SET file_number = NULLIF(?, ''), "
	               "given_name = ?, family_name = ?, birth_date = "
	               "NULLIF(?, ''), lang = ?, email = NULLIF(?, ''), phone "
	               "= NULLIF(?, ''), address_line = NULLIF(?, ''), city = "
	               "NULLIF(?, ''), province = NULLIF(?, ''), postal_code = "
	               "NULLIF(?, ''), version = version + 1 WHERE id = ? AND "
	               "org_id = ? AND version = ?",
	               "sssssssssssiii", v->f[FILE_NUMBER], v->f[GIVEN],
	               v->f[FAMILY], v->f[BIRTH], v->f[LANG], v->f[EMAIL],
	               v->f[PHONE], v->f[ADDRESS], v->f[CITY], v->f[PROVINCE],
	               v->f[POSTAL], id, r->user.org_id, v->version);
}

/* POST /client/demographics: action=create, or action=save with id and
 * version. One transaction: the record, the login's address when it
 * changed, the audit rows and the mail. */
static int submit(struct req *r)
{
	static const char *const actions[] = {"create", "save", NULL};
	struct values v = {0};
	struct portal_refusal no;
	const char *action, *before = NULL, *after;
	long long id = 0, login = 0, n;
	char to[80];
	int rc = 0;

	if (form_enum(r, "action", actions, &action, REQUIRED) == -1 ||
	    *action == '\0')
		return 400;
	if (strcmp(action, "save") == 0) {
		if (!client_id_arg(r, "id", true, &id))
			return 404;
		if (form_int(r, "version", &v.version, 1, VERSION_MAX,
		             REQUIRED) == -1)
			return 400;
		if ((rc = values_load(r, id, &(struct values){0})) != 1)
			return rc == 0 ? 404 : 500;
	}
	if (read_values(r, &v) == -1)
		return render(r, id, &v, 422);
	if (db_begin() == -1)
		return 500;
	if (id != 0 && ((before = client_snapshot(r, id, 0)) == NULL ||
	                (login = portal_record_login(id, 0)) < 0)) {
		db_rollback();
		return 500;
	}
	n = store(r, id, &v);
	if (n < 0 && db_errno() == 1062)
		return refuse(r, id, &v, "file_number", "err.client.file_taken",
		              422);
	if (n == 0) {
		struct values fresh = {0};

		db_rollback();
		if ((rc = values_load(r, id, &fresh)) != 1)
			return rc == 0 ? 404 : 500;
		return refuse(r, id, &fresh, "", "err.conflict", 409);
	}
	if (id == 0)
		id = db_insert_id();
	if (n < 0 || (login > 0 && (rc = portal_email_change(
	                                r, login, v.f[EMAIL], &no)) != 0)) {
		if (n >= 0 && rc == 1)
			return refuse(r, id, &v, no.field, no.key, no.status);
		db_rollback();
		return 500;
	}
	if ((after = client_snapshot(r, id, 0)) == NULL ||
	    audit_log(r, 0,
	              before == NULL ? "client.created" : "client.updated",
	              "client", id, NULL, before, after) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	snprintf(to, sizeof to,
	         before == NULL ? "/client?id=%lld&done=created"
	                        : "/client/demographics?id=%lld&done=saved",
	         id);
	return req_redirect(r, pool_strdup(&r->pool, to));
}

static const struct screen screen = {
    .name = "client_demographics",
    .path = "/client/demographics",
    .perm = "clients.manage",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
