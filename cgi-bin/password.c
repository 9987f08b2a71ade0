/* password: a logged-in user changes their password (the current one
 * required); every other session of theirs ends. */
#include <string.h>

#include <openssl/crypto.h>

#include "app.h"
#include "audit.h"
#include "conf.h"
#include "db.h"
#include "lockout.h"
#include "page.h"
#include "password.h"
#include "pwlink.h"
#include "session.h"

#define CURRENT_MAX 1024 /* bytes; longer is refused before hashing */

static void form(struct req *r)
{
	page_add(page_content(r), "password", NULL);
}

static int show(struct req *r)
{
	form(r);
	return 200;
}

/* Checks the current password. A wrong one, or any while the account or
 * the address must wait, counts as a failed attempt (lockout). Returns 1
 * when it is right, 0 with the field's error, -1 on a database failure. */
static int current_ok(struct req *r)
{
	const char *current = req_form(r, "current");
	long long id = r->user.id;
	char stored[PASSWORD_HASH_MAX] = "";
	struct db_res *res;
	bool blocked = false, ok = false;
	int rc;

	if (current == NULL || *current == '\0') {
		page_error(r, "current", "err.required");
		return 0;
	}
	if (strlen(current) > CURRENT_MAX) {
		page_error(r, "current", "err.password.current");
		return 0;
	}
	res = db_query("SELECT password_hash FROM users WHERE id = ?", "i", id);
	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1 && db_str(res, 0) != NULL)
		snprintf(stored, sizeof stored, "%s", db_str(res, 0));
	db_done(res);
	if (rc == -1 || lockout_blocked(r, id, &blocked) == -1)
		return -1;
	if (!blocked)
		ok = password_verify(current, stored, (int)conf.scrypt_log2n,
		                     NULL);
	else
		password_waste(current, (int)conf.scrypt_log2n);
	if (ok)
		return 1;
	if (db_begin() == -1 || lockout_failure(r, id, "password") == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return -1;
	}
	page_error(r, "current",
	           blocked ? "err.password.blocked" : "err.password.current");
	return 0;
}

/* Sets the new password and ends the user's other sessions, in one
 * transaction. 0 or -1. */
static int change(struct req *r, const char *password)
{
	char hash[PASSWORD_HASH_MAX];
	long long id = r->user.id;
	int rc = -1;

	if (password_hash(password, (int)conf.scrypt_log2n, hash) == -1)
		return -1;
	if (db_begin() == 0 &&
	    db_exec("UPDATE users SET password_hash = ? WHERE id = ?", "si",
	            hash, id) == 1 &&
	    lockout_success(r, id) == 0 &&
	    session_end_user(id, r->session_hash) >= 0 &&
	    audit_log(r, 0, "password.changed", "user", id, NULL, NULL, NULL) ==
	        0 &&
	    db_commit() == 0)
		rc = 0;
	else
		db_rollback();
	OPENSSL_cleanse(hash, sizeof hash);
	return rc;
}

static int submit(struct req *r)
{
	int ok = current_ok(r);
	const char *password;

	if (ok == -1)
		return 500;
	password = pwlink_new_password(r, r->user.email, r->user.name);
	if (ok == 0 || password == NULL) {
		form(r);
		return 422;
	}
	if (change(r, password) == -1)
		return 500;
	return req_redirect(r, "/account?msg=password");
}

static const struct screen screen = {
    .name = "password",
    .path = "/account/password",
    .perm = "account.view",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
