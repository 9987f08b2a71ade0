/* code: the second step of signing in, a code from the authenticator app
 * or one of the recovery codes. */
#include <string.h>

#include "app.h"
#include "audit.h"
#include "db.h"
#include "form.h"
#include "lockout.h"
#include "mfa.h"
#include "page.h"
#include "session.h"

/* Sends sessions that are not at this step where they belong; 0 when the
 * session waits for its code. */
static int misplaced(struct req *r, const char *next)
{
	if (r->logged_in)
		return req_redirect(r, req_after_login(next));
	if (strcmp(r->stage, "enrol") == 0)
		return req_redirect(r, "/mfa/enrol");
	return 0;
}

static void form(struct req *r, const char *next)
{
	xmlNodePtr c = page_add(page_content(r), "code", NULL);

	page_attr(c, "next", req_after_login(next));
}

static int show(struct req *r)
{
	const char *next = req_query(r, "next");
	int rc = misplaced(r, next);

	if (rc != 0)
		return rc;
	form(r, next);
	return 200;
}

static int submit(struct req *r)
{
	const char *next = req_form(r, "next"), *code, *how = "totp";
	long long id = r->user.id;
	bool blocked;
	int rc = misplaced(r, next), ok = 0;

	if (rc != 0)
		return rc;
	if (form_text(r, "code", &code, 32, REQUIRED) == -1) {
		form(r, next);
		return 422;
	}
	if (lockout_blocked(r, id, &blocked) == -1 || db_begin() == -1)
		return 500;
	if (!blocked) {
		/* Six digits are a TOTP code; anything else may be a recovery
		 * code. Either is used once, in this transaction. */
		if (strlen(code) == 6 && strspn(code, "0123456789") == 6) {
			ok = mfa_code_ok(id, code);
		} else {
			how = "recovery";
			ok = mfa_recovery_use(id, code);
		}
	}
	if (ok == 1) {
		if (lockout_success(r, id) == -1 || session_promote(r) == -1 ||
		    db_exec("UPDATE users SET last_login_at = UTC_TIMESTAMP() "
		            "WHERE id = ?",
		            "i", id) < 0 ||
		    audit_log(r, id, "login.success", "user", id, how, NULL,
		              NULL) == -1 ||
		    db_commit() == -1) {
			db_rollback();
			return 500;
		}
		return req_redirect(r, req_after_login(next));
	}
	if (ok == -1 || lockout_failure(r, id, how) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	page_error(r, "code", "err.code.invalid");
	form(r, next);
	return 422;
}

static const struct screen screen = {
    .name = "code",
    .path = "/login/code",
    .perm = PERM_USER,
    .pending_ok = true,
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
