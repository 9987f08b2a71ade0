/* directory_request: a professional asks for access to a service of the
 * catalogue, from the "Add" of the home page: the confirmation page, then
 * the request, recorded as to process, with a mail to every admin of the
 * service at once. */
#include <string.h>

#include "app.h"
#include "db.h"
#include "diraccess.h"
#include "dirfeed.h"
#include "form.h"
#include "page.h"

#define CODE_MAX 16

/* What the request is about. */
struct target {
	long long person, service;
	const char *state;
};

/* Finds the signed-in professional's record and the service of code
 * (active, of kind service) with the access state, and writes the
 * service under <service>. 1, 0 when either is missing, -1. */
static int target_load(struct req *r, const char *code, struct target *t)
{
	struct db_res *res = db_query(
	    "SELECT p.id, s.id, COALESCE(a.state, 'never_requested') AS "
	    "state, s.code, IF(? = 'en', s.name_en, s.name_fr) AS name, IF(? "
	    "= 'en', s.description_en, s.description_fr) AS description FROM "
	    "dir_person p JOIN dir_service s ON s.code = ? AND s.active = 1 "
	    "AND s.kind = 'service' LEFT JOIN dir_access a ON a.person_id = "
	    "p.id AND a.service_id = s.id WHERE p.user_id = ?",
	    "sssi", r->lang, r->lang, code, r->user.id);
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		xmlNodePtr s = page_add(page_content(r), "service", NULL);

		t->person = db_int(res, 0);
		t->service = db_int(res, 1);
		t->state = pool_strdup(&r->pool, db_str(res, 2));
		page_add(s, "code", db_str(res, 3));
		page_add(s, "name", db_str(res, 4));
		page_add(s, "description", db_str(res, 5));
		page_add(s, "state", t->state);
	}
	db_done(res);
	return rc;
}

/* GET /directory/request?code=…: the question, or what the access
 * already is. */
static int show(struct req *r)
{
	const char *code = req_query(r, "code");
	struct target t;
	int rc;

	if (code == NULL || *code == '\0' || strlen(code) > CODE_MAX)
		return 400;
	if ((rc = target_load(r, code, &t)) != 1)
		return rc == 0 ? 404 : 500;
	return 200;
}

/* POST code: the request, its mails, its audit row and its feed entry in
 * one transaction; 409 when the access is no longer one to ask for. */
static int submit(struct req *r)
{
	const char *code;
	struct target t;
	int rc;

	if (form_text(r, "code", &code, CODE_MAX, REQUIRED) == -1)
		return 400;
	if (db_begin() == -1)
		return 500;
	if ((rc = target_load(r, code, &t)) != 1) {
		db_rollback();
		return rc == 0 ? 404 : 500;
	}
	rc = diraccess_request(r, t.person, t.service, false);
	if (rc == DIRACCESS_SAME) {
		db_rollback();
		page_error(r, "", "err.directory.request.state");
		return 409;
	}
	if (rc != DIRACCESS_DONE || dirfeed_record(t.person, "updated") == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	return req_redirect(r, "/?done=requested");
}

static const struct screen screen = {
    .name = "directory_request",
    .path = "/directory/request",
    .perm = "directory.request",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
