#include "pwlink.h"

#include <stdio.h>
#include <string.h>

#include <openssl/crypto.h>

#include "audit.h"
#include "conf.h"
#include "db.h"
#include "lockout.h"
#include "mfa.h"
#include "page.h"
#include "password.h"
#include "pwrules.h"
#include "session.h"
#include "sso.h"
#include "userlink.h"

/* The page that says why the link cannot be used; 500 on a database
 * failure. */
static int gone(struct req *r, enum userlink_state st)
{
	const char *code = st == USERLINK_EXPIRED ? "expired"
	                   : st == USERLINK_USED  ? "used"
	                                          : "unknown";

	if (st == USERLINK_ERROR)
		return 500;
	page_attr(page_add(page_content(r), "gone", NULL), "state", code);
	return PWLINK_GONE;
}

/* What the token is; for a valid one *id, *email and *name get the
 * account's, copied into the request's pool. The link of an account
 * deactivated since it was sent reads as unknown. */
static enum userlink_state lookup(struct req *r, const struct pwlink *l,
                                  const char *token, long long *id,
                                  const char **email, const char **name)
{
	enum userlink_state st = userlink_check(token, l->purpose, id);
	struct db_res *res;
	int rc;

	if (st != USERLINK_VALID)
		return st;
	res = db_query("SELECT email, name FROM users "
	               "WHERE id = ? AND active = 1",
	               "i", *id);
	if (res == NULL)
		return USERLINK_ERROR;
	if ((rc = db_next(res)) == 1) {
		*email = pool_strdup(&r->pool, db_str(res, 0));
		*name = pool_strdup(&r->pool, db_str(res, 1));
	}
	db_done(res);
	return rc == 1   ? USERLINK_VALID
	       : rc == 0 ? USERLINK_UNKNOWN
	                 : USERLINK_ERROR;
}

static void form(struct req *r, const char *token, const char *email)
{
	xmlNodePtr c = page_add(page_content(r), "choose", NULL);

	page_attr(c, "token", token);
	page_attr(c, "email", email);
}

int pwlink_show(struct req *r, const struct pwlink *l)
{
	const char *token = req_query(r, "token"), *email = NULL, *name;
	long long id = 0;
	enum userlink_state st = lookup(r, l, token, &id, &email, &name);

	if (st != USERLINK_VALID)
		return gone(r, st);
	form(r, token, email);
	return 200;
}

const char *pwlink_new_password(struct req *r, const char *email,
                                const char *name)
{
	const char *pw = req_form(r, "password");
	const char *confirm = req_form(r, "confirm"), *why;
	char list[sizeof conf.data_dir + 32];
	bool bad = false;

	if (pw == NULL || *pw == '\0') {
		page_error(r, "password", "err.required");
		bad = true;
	} else {
		snprintf(list, sizeof list, "%s/common-passwords.txt",
		         conf.data_dir);
		if ((why = pwrules_check(pw, email, name, list)) != NULL) {
			page_error(r, "password", why);
			bad = true;
		}
	}
	if (confirm == NULL || *confirm == '\0') {
		page_error(r, "confirm", "err.required");
		bad = true;
	} else if (!bad && strcmp(pw, confirm) != 0) {
		page_error(r, "confirm", "err.password.mismatch");
		bad = true;
	}
	return bad ? NULL : pw;
}

/* The session stage the account starts at once its password is set: the
 * code when MFA is set up (a mailed link never replaces the second
 * factor), the enrolment when a role requires MFA, else full. NULL on a
 * database failure. */
static const char *stage_of(long long id)
{
	bool required = false;
	long long enabled = 0;

	if (mfa_required(id, &required) == -1 ||
	    db_int_query(&enabled, "SELECT mfa_enabled FROM users WHERE id = ?",
	                 "i", id) != 1)
		return NULL;
	return enabled ? "mfa" : required ? "enrol" : "full";
}

/* Uses the link and sets the password in the open transaction, then
 * starts the session; *stage gets its stage, or "sso" when the account's
 * organisation signs in with certificates: no session is started then.
 * Returns 0, a userlink state when the link can no longer be used, or
 * -1. */
static int apply(struct req *r, const struct pwlink *l, const char *token,
                 long long id, const char *hash, const char **stage)
{
	enum userlink_state st;
	long long used_by = 0, n;
	bool password_ok = true;

	st = userlink_use(token, l->purpose, &used_by);
	if (st != USERLINK_VALID)
		return st == USERLINK_ERROR ? -1 : (int)st;
	if (used_by != id)
		return USERLINK_UNKNOWN;
	n = db_exec("UPDATE users SET password_hash = ?, activated_at = "
	            "COALESCE(activated_at, UTC_TIMESTAMP()) "
	            "WHERE id = ? AND active = 1",
	            "si", hash, id);
	if (n == 0)
		return USERLINK_UNKNOWN;
	if (n < 0 || (l->reset && lockout_unlock(id) == -1) ||
	    session_end_user(id, NULL) < 0 ||
	    sso_password_allowed(id, &password_ok) == -1)
		return -1;
	if (!password_ok) {
		*stage = "sso";
		return audit_log(r, id, l->action, "user", id, "sso", NULL,
		                 NULL);
	}
	if ((*stage = stage_of(id)) == NULL ||
	    session_start(r, id, *stage) == -1 ||
	    (strcmp(*stage, "full") == 0 &&
	     db_exec("UPDATE users SET last_login_at = UTC_TIMESTAMP() "
	             "WHERE id = ?",
	             "i", id) < 0) ||
	    audit_log(r, id, l->action, "user", id, NULL, NULL, NULL) == -1)
		return -1;
	return 0;
}

int pwlink_submit(struct req *r, const struct pwlink *l)
{
	const char *token = req_form(r, "token"), *email = NULL, *name = NULL;
	const char *password, *stage = "full";
	char hash[PASSWORD_HASH_MAX];
	long long id = 0;
	enum userlink_state st = lookup(r, l, token, &id, &email, &name);
	int rc;

	if (st != USERLINK_VALID)
		return gone(r, st);
	if ((password = pwlink_new_password(r, email, name)) == NULL) {
		form(r, token, email);
		return 422;
	}
	if (password_hash(password, (int)conf.scrypt_log2n, hash) == -1 ||
	    db_begin() == -1)
		return 500;
	rc = apply(r, l, token, id, hash, &stage);
	OPENSSL_cleanse(hash, sizeof hash);
	if (rc != 0 || db_commit() == -1) {
		db_rollback();
		return rc > 0 ? gone(r, (enum userlink_state)rc) : 500;
	}
	return req_redirect(r, strcmp(stage, "mfa") == 0     ? "/login/code"
	                       : strcmp(stage, "enrol") == 0 ? "/mfa/enrol"
	                       : strcmp(stage, "sso") == 0
	                           ? "/login/certificate?msg=sso"
	                           : "/");
}
