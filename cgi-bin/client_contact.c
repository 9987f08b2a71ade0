/* client_contact: adds a contact to a client or edits one (relationship,
 * names, e-mail, telephone, language), and deactivates or reactivates it.
 * A contact with a family portal login signs in with its e-mail: changing
 * it changes the login. Deactivating a contact who reaches the client's
 * profile removes that access, after a confirmation that says so. */
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

enum { RELATIONSHIP, DETAIL, GIVEN, FAMILY, EMAIL, PHONE, LANG, NFIELDS };

static const char *const names[NFIELDS] = {
    "relationship", "relation_detail", "given_name", "family_name",
    "email",        "phone",           "lang"};

struct values {
	long long version; /* 0: a new contact */
	long long active;
	const char *f[NFIELDS];
};

/* Fills v from contact id of the client. 1, 0 not there, -1 error. */
static int values_load(struct req *r, long long client_id, long long id,
                       struct values *v)
{
	struct db_res *res = db_query(
	    "SELECT version, active, relationship, relation_detail, "
	    "given_name, family_name, email, phone, lang FROM client_contact "
	    "WHERE id = ? AND client_id = ?",
	    "ii", id, client_id);
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		v->version = db_int(res, 0);
		v->active = db_int(res, 1);
		for (int i = 0; i < NFIELDS; i++) {
			const char *s = db_str(res, i + 2);
			v->f[i] = pool_strdup(&r->pool, s != NULL ? s : "");
		}
	}
	db_done(res);
	return rc;
}

/* The page: the profile's header and the form holding v, with the
 * contact's portal access when it has one; confirm asks to confirm a
 * deactivation that removes it. Answers status, or 500. */
static int render(struct req *r, const struct client *c, long long id,
                  struct values *v, bool confirm, int status)
{
	xmlNodePtr f;
	long long access = 0;

	client_header(r, c, "contacts");
	f = page_add(page_content(r), "form", NULL);
	if (id != 0) {
		page_add_int(f, "id", id);
		page_add_int(f, "version", v->version);
		page_add_int(f, "active", v->active);
		if (db_int_query(
		        &access,
		        "SELECT id FROM portal_access WHERE contact_id "
		        "= ? AND active = 1",
		        "i", id) < 0)
			return 500;
		if (access != 0)
			page_add_int(f, "access", access);
	}
	for (int i = 0; i < NFIELDS; i++)
		page_add(f, names[i], v->f[i] != NULL ? v->f[i] : "");
	if (confirm)
		page_add(page_content(r), "confirm", "deactivate");
	return status;
}

/* Reads ?client= or the form's client and loads it: 200, or the status
 * to answer: 400 when it is missing or malformed, 404 when it is not the
 * organisation's, 500. */
static int client_arg(struct req *r, bool form, struct client *c)
{
	long long id;
	int rc;

	if (!client_id_arg(r, "client", form, &id))
		return 400;
	rc = client_load(r, id, c);
	return rc == 1 ? 200 : rc == 0 ? 404 : 500;
}

/* GET /client/contact?client=N (a new contact) or &id=M. */
static int show(struct req *r)
{
	struct values v = {0};
	struct client c;
	long long id = 0;
	int rc;

	if ((rc = client_arg(r, false, &c)) != 200)
		return rc;
	if (req_query(r, "id") != NULL) {
		if (!client_id_arg(r, "id", false, &id))
			return 404;
		if ((rc = values_load(r, c.id, id, &v)) != 1)
			return rc == 0 ? 404 : 500;
	} else {
		v.f[RELATIONSHIP] = "family";
		v.f[LANG] = c.lang;
	}
	return render(r, &c, id, &v, false, 200);
}

/* Reads the form into v: 0, or -1 with the fields in error reported. */
static int read_values(struct req *r, struct values *v)
{
	static const char *const langs[] = {"fr", "en", NULL};
	static const char *const kinds[] = {"family", "physician", "other",
	                                    NULL};
	int bad = 0;

	bad |=
	    form_enum(r, "relationship", kinds, &v->f[RELATIONSHIP], REQUIRED);
	bad |= form_text(r, "relation_detail", &v->f[DETAIL], 60, OPTIONAL);
	bad |= form_text(r, "given_name", &v->f[GIVEN], 100, REQUIRED);
	bad |= form_text(r, "family_name", &v->f[FAMILY], 100, REQUIRED);
	bad |= form_email(r, "email", &v->f[EMAIL], OPTIONAL);
	bad |= form_phone(r, "phone", &v->f[PHONE], OPTIONAL);
	bad |= form_enum(r, "lang", langs, &v->f[LANG], REQUIRED);
	for (int i = 0; i < NFIELDS; i++)
		if (v->f[i] == NULL)
			v->f[i] = "";
	return bad ? -1 : 0;
}

/* Sends the staff member to the contacts tab with the flash of done. */
static int done_at(struct req *r, long long client_id, const char *done)
{
	char to[96];

	snprintf(to, sizeof to, "/client/contacts?id=%lld&done=%s", client_id,
	         done);
	return req_redirect(r, pool_strdup(&r->pool, to));
}

/* Ends the transaction with the record's audit row and goes to the
 * contacts tab. */
static int finish(struct req *r, const struct client *c, long long id,
                  const char *action, const char *before, const char *done)
{
	const char *after = client_snapshot(r, c->id, id);

	if (after == NULL ||
	    audit_log(r, 0, action, "contact", id, NULL, before, after) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	return done_at(r, c->id, done);
}

/* The form again, as stored now, with the message: after a stale or a
 * refused change, the transaction undone. */
static int refuse(struct req *r, const struct client *c, long long id,
                  struct values *v, const char *field, const char *key,
                  int status)
{
	struct values fresh = {0};
	int rc;

	db_rollback();
	if (v == NULL) {
		if ((rc = values_load(r, c->id, id, &fresh)) != 1)
			return rc == 0 ? 404 : 500;
		v = &fresh;
	}
	page_error(r, field, key);
	return render(r, c, id, v, false, status);
}

/* POST action=create. */
static int create(struct req *r, const struct client *c)
{
	struct values v = {0};
	long long id;

	if (read_values(r, &v) == -1)
		return render(r, c, 0, &v, false, 422);
	if (db_begin() == -1 ||
	    db_exec("INSERT INTO client_contact (client_id, relationship, "
	            "relation_detail, given_name, family_name, email, phone, "
	            "lang) VALUES (?, ?, NULLIF(?, ''), ?, ?, NULLIF(?, ''), "
	            "NULLIF(?, ''), ?)",
	            "isssssss", c->id, v.f[RELATIONSHIP], v.f[DETAIL],
	            v.f[GIVEN], v.f[FAMILY], v.f[EMAIL], v.f[PHONE],
	            v.f[LANG]) != 1) {
		db_rollback();
		return 500;
	}
	id = db_insert_id();
	return finish(r, c, id, "contact.created", NULL, "created");
}

/* POST action=save with id and version: the record, and the login's
 * address when the contact has a login and its address changed. */
static int save(struct req *r, const struct client *c, long long id,
                long long version)
{
	struct values v = {.version = version};
	struct portal_refusal no;
	const char *before;
	long long n, login;
	int rc;

	if (read_values(r, &v) == -1)
		return render(r, c, id, &v, false, 422);
	if (db_begin() == -1 ||
	    (before = client_snapshot(r, c->id, id)) == NULL ||
	    (login = portal_record_login(c->id, id)) < 0) {
		db_rollback();
		return 500;
	}
	n = db_exec("UPDATE client_contact SET relationship = ?, "
	            "relation_detail = NULLIF(?, ''), given_name = ?, "
	            "family_name = ?, email = NULLIF(?, ''), phone = NULLIF(?, "
	            "''), lang = ?, version = version + 1 WHERE id = ? AND "
	            "client_id = ? AND version = ?",
	            "sssssssiii", v.f[RELATIONSHIP], v.f[DETAIL], v.f[GIVEN],
	            v.f[FAMILY], v.f[EMAIL], v.f[PHONE], v.f[LANG], id, c->id,
	            version);
	if (n == 0)
		return refuse(r, c, id, NULL, "", "err.conflict", 409);
	if (n < 0) {
		db_rollback();
		return 500;
	}
	if (login > 0 &&
	    (rc = portal_email_change(r, login, v.f[EMAIL], &no)) != 0) {
		if (rc == 1)
			return refuse(r, c, id, &v, no.field, no.key,
			              no.status);
		db_rollback();
		return 500;
	}
	return finish(r, c, id, "contact.updated", before, "saved");
}

/* POST action=deactivate|reactivate with id and version; a deactivation
 * that removes a portal access asks first (confirm=1 goes ahead). */
static int set_active(struct req *r, const struct client *c, long long id,
                      long long version, bool on)
{
	struct values v = {0};
	const char *before, *confirm = req_form(r, "confirm");
	long long removed = 0, n;
	int rc;

	if ((rc = values_load(r, c->id, id, &v)) != 1)
		return rc == 0 ? 404 : 500;
	if (v.version != version)
		return refuse(r, c, id, &v, "", "err.conflict", 409);
	if (v.active == (on ? 1 : 0))
		return refuse(
		    r, c, id, &v, "",
		    on ? "err.contact.active" : "err.contact.inactive", 409);
	if (!on && (confirm == NULL || strcmp(confirm, "1") != 0)) {
		if (db_int_query(&n,
		                 "SELECT COUNT(*) FROM portal_access WHERE "
		                 "contact_id = ? AND active = 1",
		                 "i", id) < 0)
			return 500;
		if (n > 0)
			return render(r, c, id, &v, true, 200);
	}
	if (db_begin() == -1 ||
	    (before = client_snapshot(r, c->id, id)) == NULL) {
		db_rollback();
		return 500;
	}
	n = db_exec("UPDATE client_contact SET active = ?, version = version "
	            "+ 1 WHERE id = ? AND client_id = ? AND version = ?",
	            "iiii", on ? 1LL : 0LL, id, c->id, version);
	if (n == 0)
		return refuse(r, c, id, NULL, "", "err.conflict", 409);
	if (n < 0 || (!on && (removed = portal_remove_contact(r, id)) < 0)) {
		db_rollback();
		return 500;
	}
	return finish(r, c, id,
	              on ? "contact.reactivated" : "contact.deactivated",
	              before,
	              on        ? "reactivated"
	              : removed ? "deactivated_access"
	                        : "deactivated");
}

/* POST /client/contact with client and action. */
static int submit(struct req *r)
{
	static const char *const actions[] = {"create", "save", "deactivate",
	                                      "reactivate", NULL};
	const char *action;
	struct client c;
	long long id, version = 0;
	int rc;

	if (form_enum(r, "action", actions, &action, REQUIRED) == -1 ||
	    *action == '\0')
		return 400;
	if ((rc = client_arg(r, true, &c)) != 200)
		return rc;
	if (strcmp(action, "create") == 0)
		return create(r, &c);
	if (!client_id_arg(r, "id", true, &id))
		return 404;
	if (form_int(r, "version", &version, 1, VERSION_MAX, REQUIRED) == -1)
		return 400;
	if ((rc = values_load(r, c.id, id, &(struct values){0})) != 1)
		return rc == 0 ? 404 : 500;
	if (strcmp(action, "save") == 0)
		return save(r, &c, id, version);
	return set_active(r, &c, id, version,
	                  strcmp(action, "reactivate") == 0);
}

static const struct screen screen = {
    .name = "client_contact",
    .path = "/client/contact",
    .perm = "clients.manage",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
