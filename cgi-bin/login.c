/* login: the sign-in form; e-mail and password start a session. */
#include <string.h>

#include "app.h"
#include "audit.h"
#include "buf.h"
#include "conf.h"
#include "db.h"
#include "form.h"
#include "lockout.h"
#include "mfa.h"
#include "page.h"
#include "password.h"
#include "session.h"
#include "sso.h"

#define PASSWORD_MAX 1024 /* bytes; longer is refused before hashing */

/* The messages another page can ask the login page to show. */
static const struct {
	const char *code, *key;
} notices[] = {
    {"expired", "flash.session_expired"},
    {"required", "flash.login_required"},
    {"out", "flash.logged_out"},
};

/* The URL of the step after the password: the code, the enrolment, or
 * the page the user was going to. */
static const char *after_password(const char *stage, const char *next)
{
	static char url[512];
	struct buf b = {0};

	if (strcmp(stage, "full") == 0)
		return next;
	buf_puts(&b, strcmp(stage, "mfa") == 0 ? "/login/code?next="
	                                       : "/mfa/enrol?next=");
	buf_urlencode(&b, next);
	snprintf(url, sizeof url, "%s", b.data != NULL ? b.data : "/");
	buf_free(&b);
	return url;
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
		return req_redirect(r, req_after_login(next));
	if (r->pending)
		return req_redirect(
		    r, after_password(r->stage, req_after_login(next)));
	for (size_t i = 0; msg != NULL && i < sizeof notices / sizeof *notices;
	     i++)
		if (strcmp(msg, notices[i].code) == 0)
			page_flash(r, notices[i].key);
	login_form(r, next, NULL);
	return 200;
}

/* Where a browser goes once the password is right: the MFA step its
 * account needs, or straight in. */
static const char *stage_for(long long id, bool *ok)
{
	bool required = false;
	long long enabled = 0;

	*ok =
	    mfa_required(id, &required) == 0 &&
	    db_int_query(&enabled, "SELECT mfa_enabled FROM users WHERE id = ?",
	                 "i", id) == 1;
	if (enabled)
		return "mfa";
	return required ? "enrol" : "full";
}

/* Starts the session and records the login, in one transaction; *stage
 * gets the session's stage. */
static int log_in(struct req *r, long long id, const char *password,
                  bool weaker, const char **stage)
{
	char hash[PASSWORD_HASH_MAX];
	bool ok;

	if (weaker &&
	    password_hash(password, (int)conf.scrypt_log2n, hash) == -1)
		weaker = false;
	if (db_begin() == -1)
		return -1;
	*stage = stage_for(id, &ok);
	if (!ok || lockout_success(r, id) == -1 ||
	    session_start(r, id, *stage) == -1 ||
	    (strcmp(*stage, "full") == 0 &&
	     db_exec("UPDATE users SET last_login_at = UTC_TIMESTAMP() "
	             "WHERE id = ?",
	             "i", id) < 0) ||
	    (weaker &&
	     db_exec("UPDATE users SET password_hash = ? WHERE id = ?", "si",
	             hash, id) < 0) ||
	    audit_log(r, id,
	              strcmp(*stage, "full") == 0 ? "login.success"
	                                          : "login.password",
	              "user", id, NULL, NULL, NULL) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return -1;
	}
	return 0;
}

/* Records a failed attempt in its own transaction. */
static int failed(struct req *r, long long id, const char *email,
                  const char *next)
{
	if (db_begin() == -1 || lockout_failure(r, id, "password") == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	page_error(r, "", "err.login.failed");
	login_form(r, next, email);
	return 422;
}

/* An account of an organisation that signs in with certificates (SSO)
 * gives the right password: no session, the page says to use the
 * certificate, the audit trail keeps it. 1 refused, 0 allowed, -1 error. */
static int password_refused(struct req *r, long long id)
{
	bool allowed = true;

	if (sso_password_allowed(id, &allowed) == -1)
		return -1;
	if (allowed)
		return 0;
	if (db_begin() == -1 ||
	    audit_log(r, id, "login.password_refused", "user", id, "sso", NULL,
	              NULL) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return -1;
	}
	page_error(r, "", "err.login.use_certificate");
	return 1;
}

static int submit(struct req *r)
{
	const char *email, *password = req_form(r, "password");
	const char *next = req_form(r, "next"), *stage;
	struct db_res *res;
	long long id = 0;
	char stored[PASSWORD_HASH_MAX] = "";
	bool weaker = false, ok = false, blocked;
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
	if (rc == -1 || lockout_blocked(r, id, &blocked) == -1)
		return 500;
	/* Unknown, locked or wrong: the same work, the same answer. */
	if (id != 0 && !blocked)
		ok = password_verify(password, stored, (int)conf.scrypt_log2n,
		                     &weaker);
	else
		password_waste(password, (int)conf.scrypt_log2n);
	if (!ok)
		return failed(r, id, email, next);
	if ((rc = password_refused(r, id)) != 0) {
		if (rc == -1)
			return 500;
		login_form(r, next, email);
		return 422;
	}
	if (log_in(r, id, password, weaker, &stage) == -1)
		return 500;
	return req_redirect(r, after_password(stage, req_after_login(next)));
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
