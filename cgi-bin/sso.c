/* sso: "MyCareNet SSO — configuration" of a group (guide 004): its
 * connection method (password or SSO), its secure space and responsible
 * person, the certificates of the space (the active one and those it
 * replaced) with who may use each, and the way to the wizard. POST
 * action=method changes the connection method. */
#include <string.h>

#include "app.h"
#include "audit.h"
#include "certdraft.h"
#include "certspace.h"
#include "certusers.h"
#include "db.h"
#include "form.h"
#include "page.h"

#define VERSION_MAX 4294967295LL
#define CERTS_MAX   50 /* certificates of the history shown */

/* Flash keys for ?done=… after a redirect: a fixed table. */
static const struct {
	const char *code, *key;
} dones[] = {
    {"method", "flash.sso.method"},       {"space", "flash.sso.space"},
    {"installed", "flash.sso.installed"}, {"users", "flash.sso.users"},
    {"cancelled", "flash.sso.cancelled"},
};

/* The certificates of the space, newest first, each with its users and
 * establishments; the active one carries its version for the edit. */
static int certificates_xml(struct req *r, const struct certspace *s)
{
	static const char *const states[] = {"active", "replaced"};
	xmlNodePtr list = page_add(page_content(r), "certificates", NULL);
	struct db_res *res;
	long long ids[CERTS_MAX];
	size_t n = 0;
	int rc = 0;

	/* The active one first, then the history, newest first (the index
	 * cert_org read backwards serves each). */
	for (int k = 0; k < 2 && rc == 0; k++) {
		res = db_query("SELECT id FROM cert WHERE org_id = ? AND state "
		               "= ? ORDER BY created_at DESC LIMIT ?",
		               "isi", s->org_id, states[k],
		               (long long)(CERTS_MAX - n));
		if (res == NULL)
			return -1;
		while ((rc = db_next(res)) == 1)
			ids[n++] = db_int(res, 0);
		db_done(res);
	}
	if (rc == -1)
		return -1;
	for (size_t i = 0; i < n; i++) {
		xmlNodePtr c = certdraft_cert_xml(list, ids[i], s->org_id);

		if (c == NULL || certusers_xml(c, s->org_id, s->owner_id,
		                               ids[i], NULL, 0) == -1)
			return -1;
		res = db_query("SELECT b.name, b.tp_number, l.niss FROM "
		               "cert_billing_link l JOIN cert_billing b ON "
		               "b.id = l.billing_id WHERE l.cert_id = ? "
		               "ORDER BY b.name",
		               "i", ids[i]);
		if (res == NULL ||
		    page_rows(page_add(c, "establishments", NULL), res,
		              "establishment") < 0) {
			db_done(res);
			return -1;
		}
		db_done(res);
	}
	return 0;
}

/* How many of the group's active accounts have no national number: they
 * could not sign in once the method is SSO. */
static int method_xml(struct req *r, const struct certspace *s)
{
	long long total = 0, without = 0, mine = 0;
	xmlNodePtr m;

	if (db_int_query(&total,
	                 "SELECT COUNT(*) FROM users WHERE org_id = ? AND "
	                 "active = 1",
	                 "i", s->org_id) < 0 ||
	    db_int_query(&without,
	                 "SELECT COUNT(*) FROM users WHERE org_id = ? AND "
	                 "active = 1 AND niss IS NULL",
	                 "i", s->org_id) < 0 ||
	    db_int_query(&mine,
	                 "SELECT niss IS NOT NULL FROM users WHERE id = ?", "i",
	                 r->user.id) < 0)
		return -1;
	m = page_add(page_content(r), "accounts", NULL);
	page_add_int(m, "total", total);
	page_add_int(m, "without_niss", without);
	page_add_int(m, "self_niss", mine);
	return 0;
}

/* The user's own draft in progress, to go on with it. */
static int draft_xml(struct req *r)
{
	struct db_res *res = db_query(
	    "SELECT id, draft_step AS step, name FROM cert WHERE created_by = "
	    "? AND state = 'draft' AND org_id = ? AND draft_expires_at > "
	    "UTC_TIMESTAMP() ORDER BY id DESC LIMIT 1",
	    "ii", r->user.id, r->user.org_id);
	long n;

	if (res == NULL)
		return -1;
	n = page_rows(page_content(r), res, "draft");
	db_done(res);
	return n < 0 ? -1 : 0;
}

static int render(struct req *r, int status)
{
	struct certspace s;

	if (certspace_load(r->user.org_id, false, &s) == -1 ||
	    certspace_xml(r, &s) == NULL)
		return 500;
	if (!s.group)
		return status;
	if (method_xml(r, &s) == -1 || certificates_xml(r, &s) == -1 ||
	    draft_xml(r) == -1)
		return 500;
	return status;
}

static int show(struct req *r)
{
	const char *done = req_query(r, "done");

	for (size_t i = 0; done != NULL && i < sizeof dones / sizeof dones[0];
	     i++)
		if (strcmp(done, dones[i].code) == 0)
			page_flash(r, dones[i].key);
	return render(r, 200);
}

static const char *method_json(bool sso)
{
	return sso ? "{\"method\":\"sso\"}" : "{\"method\":\"password\"}";
}

/* POST action=method: method=password|sso with the version of the space
 * the form was read from (0: none yet). Switching to SSO asks that the
 * manager has a national number (or they could not come back), and ends
 * the sessions opened with passwords by the group's other users. */
static int set_method(struct req *r)
{
	static const char *const methods[] = {"password", "sso", NULL};
	const char *method;
	long long version = 0, n, self_niss = 0;
	struct certspace s;
	bool sso;

	if (form_int(r, "version", &version, 0, VERSION_MAX, REQUIRED) == -1)
		return 400;
	if (form_enum(r, "method", methods, &method, REQUIRED) == -1)
		return render(r, 422);
	sso = strcmp(method, "sso") == 0;
	if (db_begin() == -1 || certspace_load(r->user.org_id, true, &s) == -1)
		return 500;
	if (!s.group) {
		db_rollback();
		return 403;
	}
	if (s.version != version) {
		db_rollback();
		page_error(r, "", "err.conflict");
		return render(r, 409);
	}
	if (sso == s.sso) {
		db_rollback();
		return req_redirect(r, "/sso?done=method");
	}
	if (sso && (db_int_query(&self_niss,
	                         "SELECT niss IS NOT NULL FROM users WHERE id "
	                         "= ?",
	                         "i", r->user.id) != 1 ||
	            !self_niss)) {
		db_rollback();
		page_error(r, "method", "err.sso.method_needs_niss");
		return render(r, 422);
	}
	n = version == 0
	        ? db_exec("INSERT INTO secure_space (org_id, login_method) "
	                  "VALUES (?, ?)",
	                  "is", s.org_id, method)
	        : db_exec("UPDATE secure_space SET login_method = ?, version = "
	                  "version + 1 WHERE org_id = ? AND version = ?",
	                  "sii", method, s.org_id, version);
	if (n < 0 && db_errno() == 1062)
		n = 0;
	if (n == 0) {
		db_rollback();
		page_error(r, "", "err.conflict");
		return render(r, 409);
	}
	if (n < 0 ||
	    (sso &&
	     db_exec("DELETE s FROM session s JOIN users u ON u.id = "
	             "s.user_id WHERE u.org_id = ? AND s.token_hash <> ?",
	             "ib", s.org_id, r->session_hash,
	             sizeof r->session_hash) < 0) ||
	    audit_log(r, 0, "sso.method_changed", "org", s.org_id, NULL,
	              method_json(s.sso), method_json(sso)) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	return req_redirect(r, "/sso?done=method");
}

static int submit(struct req *r)
{
	static const char *const actions[] = {"method", NULL};
	const char *action;

	if (form_enum(r, "action", actions, &action, REQUIRED) == -1)
		return 400;
	return set_method(r);
}

static const struct screen screen = {
    .name = "sso",
    .path = "/sso",
    .perm = "cert.manage",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
