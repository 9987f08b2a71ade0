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
#include "reauth.h"
#include "session.h"

static void form(struct req *r)
{
	page_add(page_content(r), "password", NULL);
}

static int show(struct req *r)
{
	form(r);
	return 200;
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
	int ok =
	    reauth_password(r, r->user.id, "current", "err.password.current");
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
