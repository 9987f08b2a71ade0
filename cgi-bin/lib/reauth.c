#include "reauth.h"

#include <stdio.h>
#include <string.h>

#include "conf.h"
#include "db.h"
#include "form.h"
#include "lockout.h"
#include "mfa.h"
#include "page.h"
#include "password.h"

/* Counts the failure of kind what and attaches the field's message. */
static int wrong(struct req *r, long long user_id, const char *what,
                 const char *field, const char *key)
{
	if (db_begin() == -1 || lockout_failure(r, user_id, what) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return -1;
	}
	page_error(r, field, key);
	return 0;
}

int reauth_password(struct req *r, long long user_id, const char *field,
                    const char *wrong_key)
{
	const char *given = req_form(r, field);
	char stored[PASSWORD_HASH_MAX] = "";
	struct db_res *res;
	bool blocked = false, ok = false;
	int rc;

	if (given == NULL || *given == '\0') {
		page_error(r, field, "err.required");
		return 0;
	}
	if (strlen(given) > REAUTH_PASSWORD_MAX) {
		page_error(r, field, wrong_key);
		return 0;
	}
	res = db_query("SELECT password_hash FROM users WHERE id = ?", "i",
	               user_id);
	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1 && db_str(res, 0) != NULL)
		snprintf(stored, sizeof stored, "%s", db_str(res, 0));
	db_done(res);
	if (rc == -1 || lockout_blocked(r, user_id, &blocked) == -1)
		return -1;
	if (!blocked)
		ok = password_verify(given, stored, (int)conf.scrypt_log2n,
		                     NULL);
	else
		password_waste(given, (int)conf.scrypt_log2n);
	if (ok)
		return 1;
	return wrong(r, user_id, "password", field,
	             blocked ? "err.password.blocked" : wrong_key);
}

int reauth_code(struct req *r, long long user_id, const char *field)
{
	const char *code;
	bool blocked = false;
	int ok;

	if (form_text(r, field, &code, 32, REQUIRED) == -1)
		return 0;
	if (lockout_blocked(r, user_id, &blocked) == -1)
		return -1;
	if (blocked)
		return wrong(r, user_id, "totp", field, "err.password.blocked");
	ok = strlen(code) == 6 && strspn(code, "0123456789") == 6
	         ? mfa_code_ok(user_id, code)
	         : 0;
	if (ok != 0)
		return ok;
	return wrong(r, user_id, "totp", field, "err.code.invalid");
}
