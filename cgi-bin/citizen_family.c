/* citizen_family: the people of a citizen account. The holder adds any
 * number of people (child, parent, spouse, other): adding one is asking
 * for their association to the account, which starts not validated and is
 * validated by an establishment at the next visit. Details can be changed
 * (identifying ones withdraw the validation) and a person removed from the
 * account when no appointment of theirs is coming. Only the account's own
 * people are ever read: the SQL says so. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "db.h"
#include "done.h"
#include "form.h"
#include "page.h"
#include "patient.h"
#include "when.h"

#define ID_MAX      9223372036854775807LL
#define VERSION_MAX 4294967295LL

static const struct done dones[] = {
    {"added", "citizen_family.added"},
    {"saved", "citizen_family.saved"},
    {"withdrawn", "citizen_family.withdrawn"},
    {"removed", "citizen_family.removed"},
};

/* The account's people; the holder first. Parameter: the account. */
#define PEOPLE_SQL                                                             \
	"SELECT p.id, p.version, p.relation, p.given_name, p.family_name, "    \
	"p.birth_date, p.health_card, IF(p.relation = 'self', "                \
	"IF(p.identity_validated_at IS NULL, 'not_validated', 'validated'), "  \
	"IF(p.association_validated_at IS NULL, 'not_validated', "             \
	"'validated')) AS validation, COALESCE(p.association_validated_at, "   \
	"p.identity_validated_at) AS validated_at, (SELECT o.name FROM org o " \
	"WHERE o.id = COALESCE(p.association_validated_org, "                  \
	"p.identity_validated_org)) AS validated_by, (SELECT COUNT(*) FROM "   \
	"appointment a WHERE a.patient_id = p.id AND a.state = 'booked' AND "  \
	"a.starts_at > UTC_TIMESTAMP()) AS upcoming FROM patient p "

static int list(struct req *r)
{
	xmlNodePtr people = page_add(page_content(r), "people", NULL);
	struct db_res *res;
	long n;

	res = db_query(PEOPLE_SQL "WHERE p.holder_of = ?", "i", r->user.id);
	n = res != NULL ? page_rows(people, res, "person") : -1;
	db_done(res);
	if (n != 1)
		return 500;
	res = db_query(PEOPLE_SQL "WHERE p.account_id = ? AND p.active = 1 AND "
	                          "p.relation <> 'self' ORDER BY "
	                          "p.family_name, p.given_name, p.id",
	               "i", r->user.id);
	n = res != NULL ? page_rows(people, res, "person") : -1;
	db_done(res);
	when_mark(people);
	return n < 0 ? 500 : 200;
}

/* Writes <person> of the account (not the holder) for the edit form: 1,
 * 0 when it is not one of the account's people, -1. */
static int person_xml(struct req *r, long long id)
{
	struct db_res *res =
	    db_query(PEOPLE_SQL "WHERE p.id = ? AND p.account_id = ? AND "
	                        "p.active = 1 AND p.relation <> 'self'",
	             "ii", id, r->user.id);
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1)
		when_mark(page_row(page_content(r), res, "person"));
	db_done(res);
	return rc;
}

/* The form with the submitted values (f), for an id (0: a new person). */
static void form_xml(struct req *r, long long id, long long version,
                     const struct patient_fields *f)
{
	xmlNodePtr e = page_add(page_content(r), "form", NULL);

	if (id != 0) {
		page_add_int(e, "id", id);
		page_add_int(e, "version", version);
	}
	page_add(e, "given_name", f->given);
	page_add(e, "family_name", f->family);
	page_add(e, "birth_date", f->birth);
	page_add(e, "health_card", f->card);
	page_add(e, "relation", f->relation);
}

static int show(struct req *r)
{
	const char *person = req_query(r, "person");
	long long id;
	int rc;

	done_flash(r, dones, sizeof dones / sizeof dones[0]);
	if (person == NULL)
		return list(r);
	if (strcmp(person, "new") == 0) {
		page_add(page_content(r), "new", NULL);
		return 200;
	}
	if (!valid_int(person, 1, ID_MAX, &id))
		return 400;
	if ((rc = person_xml(r, id)) != 1)
		return rc == 0 ? 404 : 500;
	return 200;
}

static int add(struct req *r)
{
	struct patient_fields f = {0};
	const char *after;
	long long id;

	if (patient_read(r, true, &f) == -1) {
		page_add(page_content(r), "new", NULL);
		form_xml(r, 0, 0, &f);
		return 422;
	}
	if (db_begin() == -1)
		return 500;
	if (db_exec("INSERT INTO patient (account_id, relation, given_name, "
	            "family_name, birth_date, health_card) VALUES (?, ?, ?, ?, "
	            "?, NULLIF(?, ''))",
	            "isssss", r->user.id, f.relation, f.given, f.family,
	            f.birth, f.card) < 0 ||
	    (id = db_insert_id()) == 0 ||
	    (after = patient_snapshot(r, id)) == NULL ||
	    audit_log(r, 0, "patient.added", "patient", id, "association asked",
	              NULL, after) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	return req_redirect(r, "/citizen/family?done=added");
}

/* Reads id and version of an edit or removal: 0, or -1 (bad request). */
static int read_target(struct req *r, long long *id, long long *version)
{
	if (form_int(r, "id", id, 1, ID_MAX, REQUIRED) == -1 ||
	    form_int(r, "version", version, 1, VERSION_MAX, REQUIRED) == -1)
		return -1;
	return 0;
}

/* True when id is one of the account's other people; -1 on error. */
static int owned(struct req *r, long long id)
{
	long long n = 0;

	if (db_int_query(&n,
	                 "SELECT COUNT(*) FROM patient WHERE id = ? AND "
	                 "account_id = ? AND active = 1 AND relation <> 'self'",
	                 "ii", id, r->user.id) < 0)
		return -1;
	return n > 0;
}

static int save(struct req *r)
{
	struct patient_fields f = {0};
	long long id = 0, version = 0;
	bool withdrawn = false;
	int rc;

	if (read_target(r, &id, &version) == -1)
		return 400;
	if ((rc = owned(r, id)) != 1)
		return rc == 0 ? 404 : 500;
	if (patient_read(r, true, &f) == -1) {
		if (person_xml(r, id) != 1)
			return 500;
		form_xml(r, id, version, &f);
		return 422;
	}
	if (db_begin() == -1)
		return 500;
	rc = patient_save(r, id, version, &f, "patient.updated", &withdrawn);
	if (rc == 1 && db_commit() == 0)
		return req_redirect(r, withdrawn
		                           ? "/citizen/family?done=withdrawn"
		                           : "/citizen/family?done=saved");
	db_rollback();
	if (rc != 0)
		return 500;
	page_error(r, "", "err.conflict");
	return person_xml(r, id) == 1 ? 409 : 500;
}

static int remove_person(struct req *r)
{
	long long id = 0, version = 0, upcoming = 0, n;
	const char *before, *after;
	int rc;

	if (read_target(r, &id, &version) == -1)
		return 400;
	if ((rc = owned(r, id)) != 1)
		return rc == 0 ? 404 : 500;
	if (db_begin() == -1)
		return 500;
	if ((before = patient_snapshot(r, id)) == NULL ||
	    db_int_query(&upcoming,
	                 "SELECT COUNT(*) FROM appointment WHERE patient_id = "
	                 "? AND state = 'booked' AND starts_at > "
	                 "UTC_TIMESTAMP() FOR UPDATE",
	                 "i", id) != 1) {
		db_rollback();
		return 500;
	}
	if (upcoming > 0) {
		db_rollback();
		page_error(r, "", "err.citizen_family.upcoming");
		return person_xml(r, id) == 1 ? 409 : 500;
	}
	n = db_exec("UPDATE patient SET active = 0, version = version + 1 "
	            "WHERE id = ? AND account_id = ? AND version = ?",
	            "iii", id, r->user.id, version);
	if (n == 0) {
		db_rollback();
		page_error(r, "", "err.conflict");
		return person_xml(r, id) == 1 ? 409 : 500;
	}
	if (n < 0 || (after = patient_snapshot(r, id)) == NULL ||
	    audit_log(r, 0, "patient.removed", "patient", id, NULL, before,
	              after) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	return req_redirect(r, "/citizen/family?done=removed");
}

static int submit(struct req *r)
{
	static const char *const actions[] = {"add", "save", "remove", NULL};
	const char *action;

	if (form_enum(r, "action", actions, &action, REQUIRED) == -1)
		return 400;
	if (strcmp(action, "add") == 0)
		return add(r);
	if (strcmp(action, "save") == 0)
		return save(r);
	return remove_person(r);
}

static const struct screen screen = {
    .name = "citizen_family",
    .path = "/citizen/family",
    .perm = "citizen.portal",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
