/* directory_person: one record of the directory seen by an admin of a
 * coordination centre. Reference values are shown read-only beside their
 * value for modification; the address is taken from the reference or
 * overridden as a whole, never mixed; the secure-messaging address of
 * each activity can be set. At the bottom, the answers to the access
 * requests: an admin decides those of the services their centre
 * administers. One save changes all of it in one transaction, with the
 * record's version (a second writer is told), the audit rows, the feed
 * entry, and for the portal access the account and its activation mail. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "db.h"
#include "diraccess.h"
#include "dirfeed.h"
#include "dirperson.h"
#include "dirrecord.h"
#include "dirsearch.h"
#include "dirvalid.h"
#include "form.h"
#include "page.h"

#define ID_MAX      9223372036854775807LL
#define VERSION_MAX 4294967295LL
#define ITEMS_MAX   64 /* activities or services read from one form */

/* The form's values, as submitted or as stored. */
struct values {
	long long version;
	const char *type, *state, *email, *lang, *rpps, *adeli;
	const char *family, *birth, *given, *birth_date, *profession,
	    *specialty, *orientation, *phone, *mss;
	const char *addr_mode, *number, *repeat, *street_type, *label, *postal,
	    *city;
};

/* An activity's address for modification, or a service's state, by id. */
struct item {
	long long id;
	const char *value;
	bool mine; /* services: the admin's centre administers it */
};

struct items {
	struct item v[ITEMS_MAX];
	size_t n;
};

static const struct {
	const char *code, *key;
} dones[] = {
    {"saved", "flash.directory.person.saved"},
    {"unchanged", "flash.directory.person.unchanged"},
};

/* The stored values of the record into v, activities into acts and the
 * access states into svcs (with which the admin decides). 1, 0 when the
 * record does not exist, -1. */
static int load(struct req *r, long long id, struct values *v,
                struct items *acts, struct items *svcs, const char **origin)
{
	struct db_res *res = db_query(
	    "SELECT version, type, activity_state, COALESCE(email, ''), lang, "
	    "COALESCE(rpps, ''), COALESCE(adeli, ''), "
	    "COALESCE(ovr_family_name, ''), COALESCE(ovr_birth_name, ''), "
	    "COALESCE(ovr_given_name, ''), COALESCE(ovr_birth_date, ''), "
	    "COALESCE(ovr_profession, ''), COALESCE(ovr_specialty, ''), "
	    "COALESCE(ovr_orientation, ''), COALESCE(ovr_phone, ''), "
	    "COALESCE(ovr_mss, ''), IF(addr_override = 1, 'override', "
	    "'reference'), COALESCE(ovr_street_number, ''), "
	    "COALESCE(ovr_street_repeat, ''), COALESCE(ovr_street_type, ''), "
	    "COALESCE(ovr_street_label, ''), COALESCE(ovr_postal_code, ''), "
	    "COALESCE(ovr_city, ''), origin FROM dir_person WHERE id = ?",
	    "i", id);
	const char **f[] = {
	    &v->type,        &v->state,      &v->email,       &v->lang,
	    &v->rpps,        &v->adeli,      &v->family,      &v->birth,
	    &v->given,       &v->birth_date, &v->profession,  &v->specialty,
	    &v->orientation, &v->phone,      &v->mss,         &v->addr_mode,
	    &v->number,      &v->repeat,     &v->street_type, &v->label,
	    &v->postal,      &v->city,       origin};
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		v->version = db_int(res, 0);
		for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
			*f[i] = pool_strdup(&r->pool, db_str(res, (int)i + 1));
	}
	db_done(res);
	if (rc != 1)
		return rc;
	acts->n = svcs->n = 0;
	res = db_query("SELECT id, COALESCE(ovr_mss, '') FROM dir_activity "
	               "WHERE person_id = ? ORDER BY position, id",
	               "i", id);
	if (res == NULL)
		return -1;
	while (db_next(res) == 1 && acts->n < ITEMS_MAX) {
		acts->v[acts->n].id = db_int(res, 0);
		acts->v[acts->n++].value =
		    pool_strdup(&r->pool, db_str(res, 1));
	}
	db_done(res);
	res = db_query("SELECT s.id, COALESCE(a.state, 'never_requested'), "
	               "EXISTS (SELECT 1 FROM dir_service_centre sc WHERE "
	               "sc.service_id = s.id AND sc.org_id = ?) FROM "
	               "dir_service s LEFT JOIN dir_access a ON a.service_id = "
	               "s.id AND a.person_id = ? WHERE s.active = 1 OR a.state "
	               "IS NOT NULL ORDER BY s.position, s.code",
	               "ii", r->user.org_id, id);
	if (res == NULL)
		return -1;
	while (db_next(res) == 1 && svcs->n < ITEMS_MAX) {
		svcs->v[svcs->n].id = db_int(res, 0);
		svcs->v[svcs->n].value = pool_strdup(&r->pool, db_str(res, 1));
		svcs->v[svcs->n++].mine = db_int(res, 2) != 0;
	}
	db_done(res);
	return 1;
}

/* Writes the form's values under <form>. */
static void form_xml(struct req *r, long long id, const struct values *v,
                     const struct items *acts, const struct items *svcs)
{
	const struct {
		const char *name, *value;
	} f[] = {{"type", v->type},
	         {"activity_state", v->state},
	         {"email", v->email},
	         {"lang", v->lang},
	         {"rpps", v->rpps},
	         {"adeli", v->adeli},
	         {"ovr_family_name", v->family},
	         {"ovr_birth_name", v->birth},
	         {"ovr_given_name", v->given},
	         {"ovr_birth_date", v->birth_date},
	         {"ovr_profession", v->profession},
	         {"ovr_specialty", v->specialty},
	         {"ovr_orientation", v->orientation},
	         {"ovr_phone", v->phone},
	         {"ovr_mss", v->mss},
	         {"addr_mode", v->addr_mode},
	         {"ovr_street_number", v->number},
	         {"ovr_street_repeat", v->repeat},
	         {"ovr_street_type", v->street_type},
	         {"ovr_street_label", v->label},
	         {"ovr_postal_code", v->postal},
	         {"ovr_city", v->city}};
	xmlNodePtr n = page_add(page_content(r), "form", NULL), x;

	page_add_int(n, "id", id);
	page_add_int(n, "version", v->version);
	for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
		page_add(n, f[i].name, f[i].value);
	for (size_t i = 0; i < acts->n; i++) {
		char s[24];
		snprintf(s, sizeof s, "%lld", acts->v[i].id);
		x = page_add(n, "mss", acts->v[i].value);
		page_attr(x, "activity", s);
	}
	for (size_t i = 0; i < svcs->n; i++) {
		char s[24];
		snprintf(s, sizeof s, "%lld", svcs->v[i].id);
		x = page_add(n, "access", svcs->v[i].value);
		page_attr(x, "service", s);
	}
}

/* The page of record id with the form's values; status 200, 409 or 422,
 * 404 when there is no such record. */
static int render(struct req *r, long long id, const struct values *v,
                  const struct items *acts, const struct items *svcs,
                  int status)
{
	xmlNodePtr c = page_content(r);
	int rc;

	if ((rc = dirrecord_xml(r, id, c)) != 1)
		return rc == 0 ? 404 : 500;
	if (dirsearch_menu(r) == -1 || dirrecord_access_xml(r, id, true, c) ||
	    dirsearch_options(r, c) == -1)
		return 500;
	form_xml(r, id, v, acts, svcs);
	return status;
}

/* GET /directory/person?id=N[&done=…]. */
static int show(struct req *r)
{
	const char *s = req_query(r, "id"), *done = req_query(r, "done");
	struct items acts, svcs;
	struct values v = {0};
	const char *origin;
	long long id;
	int rc;

	if (s == NULL || !valid_int(s, 1, ID_MAX, &id))
		return 400;
	for (size_t i = 0; done != NULL && i < sizeof dones / sizeof dones[0];
	     i++)
		if (strcmp(done, dones[i].code) == 0)
			page_flash(r, dones[i].key);
	if ((rc = load(r, id, &v, &acts, &svcs, &origin)) != 1)
		return rc == 0 ? 404 : 500;
	return render(r, id, &v, &acts, &svcs, 200);
}

/* A code of a reference table, or "" ("" also when refused). */
static int form_known(struct req *r, const char *name, const char **out,
                      const char *sql_count)
{
	long long n = 0;

	if (form_text(r, name, out, 16, OPTIONAL) == -1)
		return -1;
	if (**out == '\0')
		return 0;
	if (db_int_query(&n, sql_count, "s", *out) < 0)
		return -2;
	if (n == 0) {
		page_error(r, name, "err.choice.invalid");
		return -1;
	}
	return 0;
}

/* Reads the record's fields into v over the stored ones (stored: the
 * current values, for what the form does not change, and the reference
 * names). 0, -1 with fields in error, -2 on a database error. */
static int read_values(struct req *r, long long id, struct values *v,
                       const char *origin)
{
	static const char *const types[] = {"health", "agent", "other", NULL};
	static const char *const states[] = {"active", "inactive", NULL};
	static const char *const langs[] = {"fr", "en", NULL};
	static const char *const modes[] = {"reference", "override", NULL};
	static const char *const repeats[] = {"bis", "ter", "quater", NULL};
	struct db_res *res;
	bool has_family, has_given, override;
	int bad = 0, k;

	bad |= form_enum(r, "type", types, &v->type, REQUIRED);
	bad |= form_enum(r, "activity_state", states, &v->state, REQUIRED);
	bad |= form_email(r, "email", &v->email, OPTIONAL);
	bad |= form_enum(r, "lang", langs, &v->lang, REQUIRED);
	if (strcmp(origin, "reference") != 0) {
		bad |= form_rpps(r, "rpps", &v->rpps, OPTIONAL);
		bad |= form_adeli(r, "adeli", &v->adeli, OPTIONAL);
	}
	bad |= form_text(r, "ovr_family_name", &v->family, 100, OPTIONAL);
	bad |= form_text(r, "ovr_birth_name", &v->birth, 100, OPTIONAL);
	bad |= form_text(r, "ovr_given_name", &v->given, 100, OPTIONAL);
	bad |= form_date(r, "ovr_birth_date", &v->birth_date, OPTIONAL);
	if ((k = form_known(r, "ovr_profession", &v->profession,
	                    "SELECT COUNT(*) FROM dir_profession WHERE code "
	                    "= ?")) == -2 ||
	    (bad |= k,
	     k = form_known(r, "ovr_specialty", &v->specialty,
	                    "SELECT COUNT(*) FROM dir_specialty WHERE code = "
	                    "?")) == -2 ||
	    (bad |= k,
	     k = form_known(r, "ovr_orientation", &v->orientation,
	                    "SELECT COUNT(*) FROM dir_orientation WHERE code "
	                    "= ?")) == -2)
		return -2;
	bad |= k;
	bad |= form_phone(r, "ovr_phone", &v->phone, OPTIONAL);
	bad |= form_email(r, "ovr_mss", &v->mss, OPTIONAL);
	bad |= form_enum(r, "addr_mode", modes, &v->addr_mode, REQUIRED);
	override =
	    v->addr_mode != NULL && strcmp(v->addr_mode, "override") == 0;
	bad |= form_street_number(r, "ovr_street_number", &v->number, OPTIONAL);
	bad |= form_enum(r, "ovr_street_repeat", repeats, &v->repeat, OPTIONAL);
	bad |= form_text(r, "ovr_street_type", &v->street_type, 40, OPTIONAL);
	bad |= form_text(r, "ovr_street_label", &v->label, 150, OPTIONAL);
	bad |= form_postcode(r, "ovr_postal_code", &v->postal,
	                     override ? REQUIRED : OPTIONAL);
	bad |= form_text(r, "ovr_city", &v->city, 100,
	                 override ? REQUIRED : OPTIONAL);
	if (!override && v->addr_mode != NULL &&
	    (*v->number != '\0' || *v->repeat != '\0' ||
	     *v->street_type != '\0' || *v->label != '\0' ||
	     *v->postal != '\0' || *v->city != '\0')) {
		page_error(r, "addr_mode", "err.directory.address.mixed");
		bad = -1;
	}
	res = db_query("SELECT ref_family_name IS NOT NULL, ref_given_name "
	               "IS NOT NULL FROM dir_person WHERE id = ?",
	               "i", id);
	if (res == NULL || db_next(res) != 1) {
		db_done(res);
		return -2;
	}
	has_family = db_int(res, 0) || (v->family && *v->family);
	has_given = db_int(res, 1) || (v->given && *v->given);
	db_done(res);
	if (!has_family) {
		page_error(r, "ovr_family_name", "err.required");
		bad = -1;
	}
	if (!has_given) {
		page_error(r, "ovr_given_name", "err.required");
		bad = -1;
	}
	return bad ? -1 : 0;
}

/* Reads the activities' addresses for modification and the access states
 * over the stored ones. 0, -1 with fields in error, 403 when a state is
 * posted for a service the admin's centre does not administer. */
static int read_items(struct req *r, struct items *acts, struct items *svcs)
{
	int bad = 0;

	for (size_t i = 0; i < acts->n; i++) {
		char name[40];
		snprintf(name, sizeof name, "mss_%lld", acts->v[i].id);
		bad |= form_email(r, pool_strdup(&r->pool, name),
		                  &acts->v[i].value, OPTIONAL);
	}
	for (size_t i = 0; i < svcs->n; i++) {
		char name[40];
		const char *v;

		snprintf(name, sizeof name, "access_%lld", svcs->v[i].id);
		if (req_form(r, name) == NULL)
			continue;
		if (!svcs->v[i].mine)
			return 403;
		if (form_enum(r, pool_strdup(&r->pool, name), diraccess_states,
		              &v, REQUIRED) == -1)
			bad = -1;
		else
			svcs->v[i].value = v;
	}
	return bad;
}

/* The answer to a refused save: the page again with the submitted values
 * and the message key on field. */
static int refuse(struct req *r, long long id, const struct values *v,
                  const struct items *acts, const struct items *svcs,
                  const char *field, const char *key, int status)
{
	db_rollback();
	page_error(r, field, key);
	return render(r, id, v, acts, svcs, status);
}

/* Writes the record's own fields if its version is still version: 1, 0
 * when someone changed it meanwhile, -1; 1062 when the RPPS number or the
 * account's address belongs to another record. */
static int update(long long id, const struct values *v, bool reference)
{
	long long n = db_exec(
	    "UPDATE dir_person SET type = ?, activity_state = ?, email = "
	    "NULLIF(?, ''), lang = ?, rpps = IF(? = 1, rpps, NULLIF(?, '')), "
	    "adeli = IF(? = 1, adeli, NULLIF(?, '')), ovr_family_name = "
	    "NULLIF(?, ''), ovr_birth_name = NULLIF(?, ''), ovr_given_name = "
	    "NULLIF(?, ''), ovr_birth_date = NULLIF(?, ''), ovr_profession = "
	    "NULLIF(?, ''), ovr_specialty = NULLIF(?, ''), ovr_orientation = "
	    "NULLIF(?, ''), ovr_phone = NULLIF(?, ''), ovr_mss = NULLIF(?, "
	    "''), addr_override = ?, ovr_street_number = NULLIF(?, ''), "
	    "ovr_street_repeat = NULLIF(?, ''), ovr_street_type = NULLIF(?, "
	    "''), ovr_street_label = NULLIF(?, ''), ovr_postal_code = "
	    "NULLIF(?, ''), ovr_city = NULLIF(?, ''), version = version + 1, "
	    "updated_at = UTC_TIMESTAMP() WHERE id = ? AND version = ?",
	    "ssssisissssssssssissssssii", v->type, v->state, v->email, v->lang,
	    (long long)reference, v->rpps, (long long)reference, v->adeli,
	    v->family, v->birth, v->given, v->birth_date, v->profession,
	    v->specialty, v->orientation, v->phone, v->mss,
	    (long long)(strcmp(v->addr_mode, "override") == 0), v->number,
	    v->repeat, v->street_type, v->label, v->postal, v->city, id,
	    v->version);

	if (n < 0)
		return db_errno() == 1062 ? 1062 : -1;
	return n > 0;
}

/* Keeps the portal account's address the record's main e-mail: 0, 1062
 * when another account has it, 2 when the address is emptied while the
 * account exists, -1. */
static int sync_account(struct req *r, long long id)
{
	struct db_res *res = db_query(
	    "SELECT p.user_id, p.email, u.email FROM dir_person p JOIN users "
	    "u ON u.id = p.user_id WHERE p.id = ?",
	    "i", id);
	long long user;
	int rc = 0;

	if (res == NULL)
		return -1;
	if (db_next(res) != 1) {
		db_done(res);
		return 0;
	}
	user = db_int(res, 0);
	if (db_str(res, 1) == NULL) {
		rc = 2;
	} else if (strcmp(db_str(res, 1), db_str(res, 2)) != 0) {
		const char *to = pool_strdup(&r->pool, db_str(res, 1));
		const char *from = pool_strdup(&r->pool, db_str(res, 2));
		long long n =
		    db_exec("UPDATE users SET email = ?, version = version + 1 "
		            "WHERE id = ?",
		            "si", to, user);
		rc = n < 0 ? (db_errno() == 1062 ? 1062 : -1)
		           : (audit_log(r, 0, "user.updated", "user", user,
		                        "directory", from, to) == -1
		                  ? -1
		                  : 0);
	}
	db_done(res);
	return rc;
}

/* Sends the admin back to the record with the flash of done. */
static int done_at(struct req *r, long long id, const char *done)
{
	char to[80];

	snprintf(to, sizeof to, "/directory/person?id=%lld&done=%s", id, done);
	return req_redirect(r, pool_strdup(&r->pool, to));
}

/* POST action=save: everything in one transaction. */
static int save(struct req *r, long long id)
{
	struct items acts, svcs, now_svcs;
	struct values v = {0}, stored;
	const char *origin, *before, *after;
	bool changed = false;
	long long version;
	int rc;

	if (form_int(r, "version", &version, 1, VERSION_MAX, REQUIRED) == -1)
		return 400;
	if ((rc = load(r, id, &stored, &acts, &svcs, &origin)) != 1)
		return rc == 0 ? 404 : 500;
	now_svcs = svcs;
	v = stored;
	v.version = version;
	if ((rc = read_values(r, id, &v, origin)) == -2)
		return 500;
	if ((rc |= read_items(r, &acts, &svcs)) == 403)
		return 403;
	if (rc != 0)
		return render(r, id, &v, &acts, &svcs, 422);
	if (db_begin() == -1 || (before = dirrecord_snapshot(r, id)) == NULL) {
		db_rollback();
		return 500;
	}
	rc = update(id, &v, strcmp(origin, "reference") == 0);
	if (rc == 0) {
		struct values fresh;
		struct items fa, fs;

		db_rollback();
		if (load(r, id, &fresh, &fa, &fs, &origin) != 1)
			return 500;
		page_error(r, "", "err.conflict");
		return render(r, id, &fresh, &fa, &fs, 409);
	}
	if (rc == 1062)
		return refuse(r, id, &v, &acts, &svcs, "rpps",
		              "err.directory.rpps.taken", 422);
	if (rc == -1)
		goto fail;
	for (size_t i = 0; i < acts.n; i++)
		if (db_exec("UPDATE dir_activity SET ovr_mss = NULLIF(?, '') "
		            "WHERE id = ? AND person_id = ?",
		            "sii", acts.v[i].value, acts.v[i].id, id) < 0)
			goto fail;
	if (dirperson_route(id) == -1 ||
	    (after = dirrecord_snapshot(r, id)) == NULL)
		goto fail;
	if (strcmp(before, after) != 0) {
		changed = true;
		if (audit_log(r, 0, "directory.person.updated", "dir_person",
		              id, NULL, before, after) == -1)
			goto fail;
	}
	for (size_t i = 0; i < svcs.n; i++) {
		if (strcmp(svcs.v[i].value, now_svcs.v[i].value) == 0)
			continue;
		rc = diraccess_set(r, id, svcs.v[i].id, svcs.v[i].value);
		if (rc == DIRACCESS_NO_EMAIL || rc == DIRACCESS_EMAIL_TAKEN)
			return refuse(r, id, &v, &acts, &svcs, "email",
			              rc == DIRACCESS_NO_EMAIL
			                  ? "err.directory.portal.no_email"
			                  : "err.email.taken",
			              422);
		if (rc != DIRACCESS_DONE)
			goto fail;
		changed = true;
	}
	if ((rc = sync_account(r, id)) == 1062 || rc == 2)
		return refuse(r, id, &v, &acts, &svcs, "email",
		              rc == 2 ? "err.directory.portal.no_email"
		                      : "err.email.taken",
		              422);
	if (rc == -1)
		goto fail;
	if (!changed) {
		db_rollback(); /* not even the version moves */
		return done_at(r, id, "unchanged");
	}
	if (dirfeed_record(id, "updated") == -1 || db_commit() == -1)
		goto fail;
	return done_at(r, id, "saved");
fail:
	db_rollback();
	return 500;
}

/* POST /directory/person: action=save with id. */
static int submit(struct req *r)
{
	static const char *const actions[] = {"save", NULL};
	const char *action, *s = req_form(r, "id");
	long long id;

	if (form_enum(r, "action", actions, &action, REQUIRED) == -1 ||
	    s == NULL || !valid_int(s, 1, ID_MAX, &id))
		return 400;
	return save(r, id);
}

static const struct screen screen = {
    .name = "directory_person",
    .path = "/directory/person",
    .perm = "directory.admin",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
