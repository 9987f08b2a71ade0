/* sso_summary: the last step of the wizard (guide 004, "Récapitulatif"):
 * the certificate, how many users are configured and which, the
 * establishments. Finish installs it as the secure space's certificate in
 * one transaction: the one it replaces stays in the history, marked
 * replaced. Cancel throws the draft away, its sealed key with it. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "buf.h"
#include "certdraft.h"
#include "certspace.h"
#include "certusers.h"
#include "db.h"
#include "form.h"
#include "page.h"

static int render(struct req *r, const struct certdraft *d, int status)
{
	xmlNodePtr c;
	struct db_res *res;
	long n;

	certdraft_steps(r, d, 4);
	if ((c = certdraft_cert_xml(page_content(r), d->id, r->user.org_id)) ==
	        NULL ||
	    certusers_xml(c, r->user.org_id, d->owner_id, d->id, NULL, 0) == -1)
		return 500;
	res = db_query("SELECT b.name, b.tp_number, l.niss FROM "
	               "cert_billing_link l JOIN cert_billing b ON b.id = "
	               "l.billing_id WHERE l.cert_id = ? ORDER BY b.name",
	               "i", d->id);
	n = res != NULL ? page_rows(page_add(c, "establishments", NULL), res,
	                            "establishment")
	                : -1;
	db_done(res);
	return n < 0 ? 500 : status;
}

static int show(struct req *r)
{
	struct certdraft d;
	int rc = certdraft_request(r, &d);

	if (rc != 1)
		return rc;
	if (d.step < CERTDRAFT_BILLING)
		return certdraft_goto(r, &d, d.step + 1);
	return render(r, &d, 200);
}

/* What the audit trail keeps of an installed certificate. */
static const char *installed_json(struct req *r, long long id,
                                  long long replaced)
{
	struct db_res *res = db_query(
	    "SELECT fingerprint, id_value, not_after, (SELECT "
	    "GROUP_CONCAT(billing_id ORDER BY billing_id) FROM "
	    "cert_billing_link WHERE cert_id = c.id) FROM cert c WHERE id = ?",
	    "i", id);
	const char *users = certusers_list(r, id), *out = NULL;
	struct buf b = {0};

	if (res == NULL || users == NULL) {
		db_done(res);
		return NULL;
	}
	if (db_next(res) == 1) {
		buf_printf(&b,
		           "{\"fingerprint\":\"%s\",\"identifier\":\"%s\","
		           "\"not_after\":\"%s\",\"users\":%s,"
		           "\"establishments\":[%s],\"replaces\":%lld}",
		           db_str(res, 0), db_str(res, 1), db_str(res, 2),
		           users, db_str(res, 3) != NULL ? db_str(res, 3) : "",
		           replaced);
		out = pool_strdup(&r->pool, b.data);
	}
	db_done(res);
	buf_free(&b);
	return out;
}

/* Installs the draft in the open transaction: 1 done, 0 with the page's
 * error (the space has another responsible person, the certificate has
 * expired meanwhile), -1 error. */
static int install(struct req *r, const struct certdraft *d)
{
	struct certspace s;
	long long old = 0, alive = 0;
	const char *after;
	char by[24];

	if (certspace_load(r->user.org_id, true, &s) == -1 ||
	    db_int_query(
	        &alive,
	        "SELECT not_after > UTC_TIMESTAMP() FROM cert WHERE id "
	        "= ? AND state = 'draft' FOR UPDATE",
	        "i", d->id) != 1 ||
	    db_int_query(&old,
	                 "SELECT COALESCE(MAX(id), 0) FROM cert WHERE org_id = "
	                 "? AND state = 'active' FOR UPDATE",
	                 "i", s.org_id) != 1)
		return -1;
	if (s.owner_id != d->owner_id) {
		page_error(r, "", "err.sso.owner_changed");
		return 0;
	}
	if (!alive) {
		page_error(r, "", "err.cert.expired");
		return 0;
	}
	snprintf(by, sizeof by, "{\"replaced_by\":%lld}", d->id);
	if (db_exec("INSERT IGNORE INTO cert_user (cert_id, user_id, "
	            "granted_at, granted_by) VALUES (?, ?, UTC_TIMESTAMP(), ?)",
	            "iii", d->id, s.owner_id, r->user.id) < 0 ||
	    (old != 0 &&
	     (db_exec("UPDATE cert SET state = 'replaced', replaced_at = "
	              "UTC_TIMESTAMP(), replaced_by = ?, version = version + 1 "
	              "WHERE id = ?",
	              "ii", d->id, old) != 1 ||
	      audit_log(r, 0, "cert.replaced", "cert", old, NULL, NULL, by) ==
	          -1)) ||
	    db_exec(
	        "UPDATE cert SET state = 'active', installed_at = "
	        "UTC_TIMESTAMP(), draft_expires_at = NULL, version = version "
	        "+ 1 WHERE id = ? AND state = 'draft'",
	        "i", d->id) != 1 ||
	    (after = installed_json(r, d->id, old)) == NULL ||
	    audit_log(r, 0, "cert.installed", "cert", d->id, NULL, NULL,
	              after) == -1)
		return -1;
	return 1;
}

static int submit(struct req *r)
{
	static const char *const actions[] = {"finish", "cancel", NULL};
	const char *action;
	struct certdraft d;
	int rc = certdraft_request(r, &d);

	if (rc != 1)
		return rc;
	if (form_enum(r, "action", actions, &action, REQUIRED) == -1)
		return 400;
	if (db_begin() == -1)
		return 500;
	if (strcmp(action, "cancel") == 0) {
		if (db_exec("DELETE FROM cert WHERE id = ? AND state = 'draft'",
		            "i", d.id) != 1 ||
		    audit_log(r, 0, "cert.draft_cancelled", "cert", d.id, NULL,
		              NULL, NULL) == -1 ||
		    db_commit() == -1) {
			db_rollback();
			return 500;
		}
		return req_redirect(r, "/sso?done=cancelled");
	}
	if (d.step < CERTDRAFT_BILLING) {
		db_rollback();
		return certdraft_goto(r, &d, d.step + 1);
	}
	if ((rc = install(r, &d)) != 1 || db_commit() == -1) {
		db_rollback();
		return rc == 0 ? render(r, &d, 409) : 500;
	}
	return req_redirect(r, "/sso?done=installed");
}

static const struct screen screen = {
    .name = "sso_summary",
    .path = "/sso/certificate/summary",
    .perm = "cert.manage",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
