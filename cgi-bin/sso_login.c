/* sso_login: signing in with a certificate, for the organisations whose
 * connection method is SSO. The web server asks the browser for a client
 * certificate (TLS, optional), verifies it against the trusted CAs and
 * their CRLs, and passes it on; this program reads the national number in
 * its subject, finds the account that holds it, and opens a session
 * without a password (a certificate and its PIN are two factors). A
 * certificate that is revoked, expired, of an unknown issuer, without a
 * national number, of nobody, or of an organisation that signs in with
 * passwords gets a page that says which. GET shows whose certificate came;
 * the POST (with the CSRF token) signs in. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "audit.h"
#include "clientcert.h"
#include "db.h"
#include "page.h"
#include "session.h"

/* The messages another page can ask this one to show. */
static const struct {
	const char *code, *key;
} notices[] = {
    {"sso", "flash.sso.use_certificate"},
};

/* Writes <certificate state=".." https="0|1" next=".."> with the holder's
 * name and national number when it is usable. */
static void page_certificate(struct req *r, enum clientcert_state st,
                             const struct clientcert *c, const char *next)
{
	xmlNodePtr n = page_add(page_content(r), "certificate", NULL);

	page_attr(n, "state", clientcert_code(st));
	page_attr(n, "https", r->https ? "1" : "0");
	page_attr(n, "next", req_after_login(next));
	if (st == CLIENTCERT_OK) {
		char iso[24];

		/* "YYYY-MM-DD HH:MM:SS" as ISO 8601, as page data is. */
		snprintf(iso, sizeof iso, "%.10sT%.8sZ", c->not_after,
		         c->not_after + 11);
		page_add(n, "name", c->name);
		page_add(n, "niss", c->niss);
		page_add(n, "not_after", iso);
	}
}

/* Records a refusal and answers with the page of its reason. */
static int refuse(struct req *r, const char *reason, long long user_id,
                  const struct clientcert *c)
{
	char detail[300], title[64], text[64];

	snprintf(detail, sizeof detail, "%s serial=%s fingerprint=%s", reason,
	         c->serial, c->fingerprint);
	if (db_begin() == -1 ||
	    audit_log(r, user_id, "login.certificate_refused", "user", user_id,
	              detail, NULL, NULL) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	snprintf(title, sizeof title, "sso_login.%s.title", reason);
	snprintf(text, sizeof text, "sso_login.%s.text", reason);
	return app_fail(r, 403, pool_strdup(&r->pool, title),
	                pool_strdup(&r->pool, text));
}

/* Reads the certificate the server passed: CLIENTCERT_OK, or none (the
 * caller explains), or the refusal already answered (*status). */
static enum clientcert_state read_cert(struct req *r, struct clientcert *c,
                                       int *status)
{
	enum clientcert_state st =
	    clientcert_read(r->client_verify, r->client_cert, time(NULL), c);

	*status = 0;
	if (st != CLIENTCERT_OK && st != CLIENTCERT_NONE)
		*status = refuse(r, clientcert_code(st), 0, c);
	return st;
}

static int show(struct req *r)
{
	const char *next = req_query(r, "next"), *msg = req_query(r, "msg");
	struct clientcert c;
	enum clientcert_state st;
	int status;

	if (r->logged_in)
		return req_redirect(r, req_after_login(next));
	for (size_t i = 0; msg != NULL && i < sizeof notices / sizeof *notices;
	     i++)
		if (strcmp(msg, notices[i].code) == 0)
			page_flash(r, notices[i].key);
	st = read_cert(r, &c, &status);
	if (status != 0)
		return status;
	page_certificate(r, st, &c, next);
	return 200;
}

/* The account of the national number: 1 with *id, or the refusal's reason
 * in *reason (0); -1 on error. */
static int account_of(const char *niss, long long *id, const char **reason)
{
	struct db_res *res = db_query(
	    "SELECT u.id, u.active, COALESCE(s.login_method, 'password') FROM "
	    "users u LEFT JOIN secure_space s ON s.org_id = u.org_id WHERE "
	    "u.niss = ?",
	    "s", niss);
	int rc;

	*id = 0;
	*reason = "unknown";
	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1 && db_int(res, 1)) {
		*id = db_int(res, 0);
		*reason =
		    strcmp(db_str(res, 2), "sso") == 0 ? NULL : "password_org";
	}
	db_done(res);
	return rc == -1 ? -1 : *reason == NULL;
}

static int submit(struct req *r)
{
	const char *next = req_form(r, "next"), *reason;
	struct clientcert c;
	enum clientcert_state st;
	char detail[300];
	long long id;
	int status, rc;

	if (r->logged_in)
		return req_redirect(r, req_after_login(next));
	st = read_cert(r, &c, &status);
	if (status != 0)
		return status;
	if (st == CLIENTCERT_NONE) {
		page_error(r, "", "err.sso_login.none");
		page_certificate(r, st, &c, next);
		return 422;
	}
	if ((rc = account_of(c.niss, &id, &reason)) == -1)
		return 500;
	if (rc == 0)
		return refuse(r, reason, id, &c);
	snprintf(detail, sizeof detail, "serial=%s fingerprint=%s", c.serial,
	         c.fingerprint);
	if (db_begin() == -1 || session_start(r, id, "full") == -1 ||
	    db_exec("UPDATE users SET last_login_at = UTC_TIMESTAMP(), "
	            "activated_at = COALESCE(activated_at, UTC_TIMESTAMP()) "
	            "WHERE id = ?",
	            "i", id) < 0 ||
	    audit_log(r, id, "login.certificate", "user", id, detail, NULL,
	              NULL) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	return req_redirect(r, req_after_login(next));
}

static const struct screen screen = {
    .name = "sso_login",
    .path = "/login/certificate",
    .perm = NULL,
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
