/* account: the user's profile, roles and open sessions; ends the others. */
#include <string.h>

#include "app.h"
#include "audit.h"
#include "db.h"
#include "page.h"

static int show(struct req *r)
{
	xmlNodePtr content = page_content(r);
	const char *msg = req_query(r, "msg");
	struct db_res *res;
	long n;

	res = db_query(
	    "SELECT u.name, u.email, o.name AS org, u.lang, "
	    "u.created_at, u.last_login_at, u.mfa_enabled, u.niss FROM users u "
	    "JOIN org o ON o.id = u.org_id WHERE u.id = ?",
	    "i", r->user.id);
	if (res == NULL || (n = page_rows(content, res, "account")) != 1) {
		db_done(res);
		return 500;
	}
	db_done(res);
	res =
	    db_query(strcmp(r->lang, "en") == 0
	                 ? "SELECT ro.code, ro.name_en AS name FROM user_role "
	                   "ur JOIN role ro ON ro.id = ur.role_id WHERE "
	                   "ur.user_id = ? ORDER BY ro.name_en"
	                 : "SELECT ro.code, ro.name_fr AS name FROM user_role "
	                   "ur JOIN role ro ON ro.id = ur.role_id WHERE "
	                   "ur.user_id = ? ORDER BY ro.name_fr",
	             "i", r->user.id);
	if (res == NULL ||
	    page_rows(page_add(content, "roles", NULL), res, "role") < 0) {
		db_done(res);
		return 500;
	}
	db_done(res);
	res =
	    db_query("SELECT created_at, seen_at, ip, user_agent, "
	             "token_hash = ? AS current FROM session "
	             "WHERE user_id = ? ORDER BY seen_at DESC LIMIT 50",
	             "bi", r->session_hash, sizeof r->session_hash, r->user.id);
	if (res == NULL || page_rows(page_add(content, "sessions", NULL), res,
	                             "session") < 0) {
		db_done(res);
		return 500;
	}
	db_done(res);
	/* The message another screen asked for on its way back here. */
	if (msg != NULL && strcmp(msg, "password") == 0)
		page_flash(r, "flash.password_changed");
	if (msg != NULL && strcmp(msg, "niss") == 0)
		page_flash(r, "flash.sso.niss_saved");
	return 200;
}

/* Ends every other session of the user (a lost device, a shared PC). */
static int end_others(struct req *r)
{
	long long n;

	if (db_begin() == -1)
		return 500;
	n = db_exec("DELETE FROM session WHERE user_id = ? AND token_hash <> ?",
	            "ib", r->user.id, r->session_hash, sizeof r->session_hash);
	if (n < 0 ||
	    audit_log(r, 0, "session.end_others", "user", r->user.id, NULL,
	              NULL, NULL) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	page_flash(r, "flash.sessions_ended");
	return show(r);
}

static const struct screen screen = {
    .name = "account",
    .path = "/account",
    .perm = "account.view",
    .get = show,
    .post = end_others,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
