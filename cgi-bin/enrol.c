/* enrol: sets up the authenticator app (secret as text and QR code), then
 * shows the recovery codes once. */
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "db.h"
#include "form.h"
#include "lockout.h"
#include "mfa.h"
#include "page.h"
#include "session.h"

#define ISSUER "Passerelle"

/* 1 when this session may enrol: it waits for enrolment, or it is a full
 * session of an account without MFA. 0 otherwise, -1 on error. */
static int may_enrol(struct req *r)
{
	long long enabled = 0;

	if (r->pending)
		return strcmp(r->stage, "enrol") == 0;
	if (db_int_query(&enabled, "SELECT mfa_enabled FROM users WHERE id = ?",
	                 "i", r->user.id) != 1)
		return -1;
	return !enabled;
}

static int misplaced(struct req *r, const char *next)
{
	int ok = may_enrol(r);

	if (ok == -1)
		return 500;
	if (ok == 1)
		return 0;
	if (r->pending) /* waits for a code: enrolling again is no way round */
		return req_redirect(r, "/login/code");
	return req_redirect(r, req_after_login(next));
}

/* The page with the secret, made when the account has none pending. */
static int form(struct req *r, const char *next)
{
	char b32[64], uri[512], *path = NULL;
	xmlNodePtr e, qr;
	int side;
	char sidetext[16];

	if (mfa_secret_text(r->user.id, b32, sizeof b32) == -1 &&
	    mfa_secret_new(r->user.id, b32, sizeof b32) == -1)
		return 500;
	if (mfa_uri(uri, sizeof uri, ISSUER, r->user.email, b32) == -1 ||
	    mfa_qr_path(uri, &path, &side) == -1)
		return 500;
	e = page_add(page_content(r), "enrol", NULL);
	page_attr(e, "next", req_after_login(next));
	page_attr(e, "secret", b32);
	page_attr(e, "uri", uri);
	qr = page_add(e, "qr", NULL);
	snprintf(sidetext, sizeof sidetext, "%d", side);
	page_attr(qr, "side", sidetext);
	page_attr(qr, "path", path);
	free(path);
	return 200;
}

static int show(struct req *r)
{
	const char *next = req_query(r, "next");
	int rc = misplaced(r, next);

	return rc != 0 ? rc : form(r, next);
}

/* Enables MFA, makes the recovery codes and completes the session, in one
 * transaction; the codes go on the page, once. */
static int enable(struct req *r, const char *next)
{
	char codes[MFA_RECOVERY_CODES][MFA_RECOVERY_TEXT];
	long long id = r->user.id;
	xmlNodePtr list;

	if (mfa_enable(id) == -1 || mfa_recovery_new(id, codes) == -1 ||
	    lockout_success(r, id) == -1 ||
	    (r->pending && (session_promote(r) == -1 ||
	                    db_exec("UPDATE users SET last_login_at = "
	                            "UTC_TIMESTAMP() WHERE id = ?",
	                            "i", id) < 0)) ||
	    audit_log(r, id, "mfa.enrolled", "user", id, NULL, NULL, NULL) ==
	        -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	list = page_add(page_content(r), "recovery", NULL);
	page_attr(list, "next", req_after_login(next));
	for (int i = 0; i < MFA_RECOVERY_CODES; i++)
		page_add(list, "code", codes[i]);
	page_flash(r, "flash.mfa_enrolled");
	return 200;
}

static int submit(struct req *r)
{
	const char *next = req_form(r, "next"), *code;
	bool blocked;
	int rc = misplaced(r, next), ok = 0;

	if (rc != 0)
		return rc;
	if (form_text(r, "code", &code, 32, REQUIRED) == -1)
		return form(r, next) == 200 ? 422 : 500;
	if (lockout_blocked(r, r->user.id, &blocked) == -1 || db_begin() == -1)
		return 500;
	if (!blocked && (ok = mfa_code_ok(r->user.id, code)) == 1)
		return enable(r, next);
	if (ok == -1 || lockout_failure(r, r->user.id, "totp") == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	page_error(r, "code", "err.code.invalid");
	return form(r, next) == 200 ? 422 : 500;
}

static const struct screen screen = {
    .name = "enrol",
    .path = "/mfa/enrol",
    .perm = PERM_USER,
    .pending_ok = true,
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
