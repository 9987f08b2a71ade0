/* login: the sign-in form; e-mail and password start a session. */
#include <string.h>

#include "app.h"
#include "audit.h"
#include "conf.h"
#include "db.h"
#include "form.h"
#include "page.h"
#include "password.h"
#include "session.h"

#define PASSWORD_MAX 1024 /* bytes; longer is refused before hashing */

/* The messages another page can ask the login page to show. */
static const struct {
	const char *code, *key;
} notices[] = {
    {"expired", "flash.session_expired"},
    {"required", "flash.login_required"},
    {"out", "flash.logged_out"},
};

static const char *next_target(const char *next)
{
	return req_local_path(next) && strncmp(next, "/login", 6) != 0 ? next
	                                                               : "/";
}

static void login_form(struct req *r, const char *next, const char *email)
{
	xmlNodePtr login = page_add(page_content(r), "login", NULL);

	page_attr(login, "next", req_local_path(next) ? next : "");
	if (email != NULL && *email != '\0')
		page_add(login, "email", email);
}

static int show(struct req *r)
{
	const char *msg = req_query(r, "msg");
	const char *next = req_query(r, "next");

	if (r->logged_in)
		return req_redirect(r, next_target(next));
	for (size_t i = 0; msg != NULL && i < sizeof notices / sizeof *notices;
	     i++)
		if (strcmp(msg, notices[i].code) == 0)
			page_flash(r, notices[i].key);
	login_form(r, next, NULL);
	return 200;
}

/* Starts the session and records the login, in one transaction. */
static int log_in(struct req *r, long long id, const char *password,
                  bool weaker)
{
	char hash[PASSWORD_HASH_MAX];

	if (weaker &&
	    password_hash(password, (int)conf.scrypt_log2n, hash) == -1)
		weaker = false;
	if (db_begin() == -1)
		return -1;
	if (session_start(r, id) == -1 ||
	    db_exec("UPDATE users SET last_login_at = UTC_TIMESTAMP() "
	            "WHERE id = ?",
	            "i", id) < 0 ||
	    (weaker &&
	     db_exec("UPDATE users SET password_hash = ? WHERE id = ?", "si",
	             hash, id) < 0) ||
	    audit_log(r, id, "login.success", "user", id, NULL, NULL, NULL) ==
	        -1 ||
	    db_commit() == -1) {
		db_rollback();
		return -1;
	}
	return 0;
}

static int submit(struct req *r)
{
	const char *email, *password = req_form(r, "password");
	const char *next = req_form(r, "next");
	struct db_res *res;
	long long id = 0;
	char stored[PASSWORD_HASH_MAX] = "";
	bool weaker = false, ok = false;
	int rc;

	form_email(r, "email", &email, REQUIRED);
	if (password == NULL || *password == '\0')
		page_error(r, "password", "err.required");
	else if (strlen(password) > PASSWORD_MAX)
		page_error(r, "password", "err.too_long");
	if (page_has_errors(r)) {
		login_form(r, next, email);
		return 422;
	}
	res = db_query("SELECT id, password_hash FROM users "
	               "WHERE email = ? AND active = 1",
	               "s", email);
	if (res == NULL)
		return 500;
	if ((rc = db_next(res)) == 1 && db_str(res, 1) != NULL) {
		id = db_int(res, 0);
		strncpy(stored, db_str(res, 1), sizeof stored - 1);
	}
	db_done(res);
	if (rc == -1)
		return 500;
	/* An unknown account costs the same scrypt as a known one. */
	if (id != 0)
		ok = password_verify(password, stored, (int)conf.scrypt_log2n,
		                     &weaker);
	else
		password_waste(password, (int)conf.scrypt_log2n);
	if (!ok) {
		if (audit_log(r, 0, "login.failure", "user", id, email, NULL,
		              NULL) == -1)
			return 500;
		page_error(r, "", "err.login.failed");
		login_form(r, next, email);
		return 422;
	}
	if (log_in(r, id, password, weaker) == -1)
		return 500;
	return req_redirect(r, next_target(next));
}

static const struct screen screen = {
    .name = "login",
    .path = "/login",
    .perm = NULL,
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
