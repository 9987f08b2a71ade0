/* logout: ends the session (POST only, with the CSRF token). */
#include "app.h"
#include "audit.h"
#include "db.h"
#include "session.h"

static int submit(struct req *r)
{
	long long id = r->user.id;

	if (r->logged_in) {
		if (db_begin() == -1)
			return 500;
		if (audit_log(r, id, "logout", "user", id, NULL, NULL, NULL) ==
		        -1 ||
		    session_end(r) == -1 || db_commit() == -1) {
			db_rollback();
			return 500;
		}
	} else {
		session_end(r);
	}
	return req_redirect(r, "/login?msg=out");
}

static const struct screen screen = {
    .name = "logout",
    .path = "/logout",
    .perm = NULL,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
