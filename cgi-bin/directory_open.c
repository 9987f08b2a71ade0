/* directory_open: the link of a service tile. It opens the service (an
 * internal module or an external application) only while the signed-in
 * professional's access to it is accepted: an access refused a moment
 * ago no longer opens anything, whatever page the browser kept. */
#include <string.h>

#include "app.h"
#include "db.h"
#include "page.h"

#define CODE_MAX 16

static int open_service(struct req *r)
{
	const char *code = req_query(r, "code");
	struct db_res *res;
	int rc;

	if (code == NULL || *code == '\0' || strlen(code) > CODE_MAX)
		return 400;
	res = db_query("SELECT s.link_kind, s.href, COALESCE(a.state, "
	               "'never_requested') FROM dir_service s JOIN dir_person "
	               "p ON p.user_id = ? LEFT JOIN dir_access a ON "
	               "a.person_id = p.id AND a.service_id = s.id WHERE "
	               "s.code = ? AND s.active = 1 AND s.kind = 'service'",
	               "is", r->user.id, code);
	if (res == NULL)
		return 500;
	if ((rc = db_next(res)) != 1) {
		db_done(res);
		return rc == 0 ? 404 : 500;
	}
	if (strcmp(db_str(res, 2), "accepted") != 0) {
		db_done(res);
		return app_fail(r, 403, "directory_open.title",
		                "directory_open.text");
	}
	if (strcmp(db_str(res, 0), "internal") == 0)
		rc = req_redirect(r, pool_strdup(&r->pool, db_str(res, 1)));
	else
		r->location = pool_strdup(&r->pool, db_str(res, 1));
	db_done(res);
	return r->location != NULL ? 303 : 500;
}

static const struct screen screen = {
    .name = "directory_open",
    .path = "/directory/open",
    .perm = "directory.request",
    .get = open_service,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
