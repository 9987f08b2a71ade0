/* sso_niss: a user gives or changes the national number (NISS) of their
 * own account, with their password. While their organisation signs in
 * with certificates the number is how their certificate finds their
 * account, and while they are the responsible person of a secure space
 * it is part of it: then only an admin changes it, or nobody. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "db.h"
#include "form.h"
#include "niss.h"
#include "nissuser.h"
#include "page.h"
#include "reauth.h"
#include "sso.h"

/* Writes <niss sso="0|1" owner="0|1" stored="digits">the form's value
 * </niss>: the number on record, and value (what was typed, or the number
 * on record when NULL); sso when the organisation signs in with
 * certificates, owner when the user is the responsible person of a secure
 * space. 0 or -1. */
static int form(struct req *r, const char *value)
{
	const char *stored = NULL;
	long long owner = 0;
	bool sso = false;
	struct db_res *res;
	xmlNodePtr n;
	int rc;

	res = db_query("SELECT COALESCE(niss, '') FROM users WHERE id = ?", "i",
	               r->user.id);
	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1)
		stored = pool_strdup(&r->pool, db_str(res, 0));
	db_done(res);
	if (rc != 1 || stored == NULL)
		return -1;
	if (sso_org_uses_certificates(r->user.org_id, &sso) == -1 ||
	    db_int_query(&owner,
	                 "SELECT COUNT(*) FROM secure_space WHERE owner_id = ?",
	                 "i", r->user.id) < 0)
		return -1;
	n = page_add(page_content(r), "niss", value != NULL ? value : stored);
	page_attr(n, "stored", stored);
	page_attr(n, "sso", sso ? "1" : "0");
	page_attr(n, "owner", owner > 0 ? "1" : "0");
	return 0;
}

static int show(struct req *r)
{
	return form(r, NULL) == -1 ? 500 : 200;
}

/* The JSON the audit trail keeps: {"niss":"…"}. */
static const char *snapshot(struct req *r, const char *niss)
{
	char s[40];

	snprintf(s, sizeof s, "{\"niss\":\"%s\"}", niss);
	return pool_strdup(&r->pool, s);
}

/* Refuses with the page again, the message on the niss field. */
static int refuse(struct req *r, const char *typed, const char *key)
{
	db_rollback();
	page_error(r, "niss", key);
	return form(r, typed) == -1 ? 500 : 422;
}

static int submit(struct req *r)
{
	const char *niss, *refusal, *before = NULL;
	bool sso = false, changed = false;
	struct db_res *res;
	long long n;
	int ok;

	if (sso_org_uses_certificates(r->user.org_id, &sso) == -1)
		return 500;
	if (sso)
		return refuse(r, NULL, "err.niss.sso_admin");
	if (form_niss(r, "niss", &niss, OPTIONAL) == -1)
		return form(r, niss) == -1 ? 500 : 422;
	if ((ok = reauth_password(r, r->user.id, "current",
	                          "err.password.current")) != 1)
		return ok == -1 || form(r, niss) == -1 ? 500 : 422;
	if (db_begin() == -1 ||
	    nissuser_check(r->user.id, niss, &changed, &refusal) == -1)
		return 500;
	if (refusal != NULL)
		return refuse(r, niss, refusal);
	if (!changed) {
		db_rollback();
		return req_redirect(r, "/account?msg=niss");
	}
	res = db_query("SELECT COALESCE(niss, '') FROM users WHERE id = ?", "i",
	               r->user.id);
	if (res != NULL && db_next(res) == 1)
		before = snapshot(r, db_str(res, 0));
	db_done(res);
	n = db_exec("UPDATE users SET niss = NULLIF(?, ''), version = version "
	            "+ 1 WHERE id = ?",
	            "si", niss, r->user.id);
	if (n < 0 && db_errno() == 1062)
		return refuse(r, niss, "err.niss.taken");
	if (n != 1 || before == NULL ||
	    audit_log(r, 0, "account.niss_changed", "user", r->user.id, NULL,
	              before, snapshot(r, niss)) == -1 ||
	    nissuser_mail(r->user.id, niss, true) == -1 || db_commit() == -1) {
		db_rollback();
		return 500;
	}
	return req_redirect(r, "/account?msg=niss");
}

static const struct screen screen = {
    .name = "sso_niss",
    .path = "/account/niss",
    .perm = "account.view",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
