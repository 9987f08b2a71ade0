/* sso_space: creates the group's secure space, or names another
 * responsible person (guide 004, 3.1 "Création de l'espace sécurisé").
 * The responsible person must be an active user of the group with a
 * national number and two-step verification, and confirms with their own
 * password and authenticator code (in the guide: their eID card and PIN),
 * whoever fills the form. Wrong answers count against their account as at
 * login. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "certspace.h"
#include "certusers.h"
#include "db.h"
#include "form.h"
#include "lockout.h"
#include "page.h"
#include "reauth.h"

#define ID_MAX      9223372036854775807LL
#define VERSION_MAX 4294967295LL

/* The form: the space as it is, the accounts that may be its responsible
 * (with a NISS; mfa tells whether they can confirm), and the values. */
static int render(struct req *r, long long owner, const char *identifier,
                  int status)
{
	struct certspace s;
	struct db_res *res;
	xmlNodePtr f;
	long n;

	if (certspace_load(r->user.org_id, false, &s) == -1 ||
	    certspace_xml(r, &s) == NULL)
		return 500;
	if (!s.group)
		return status;
	res = db_query("SELECT id, name, niss, mfa_enabled AS mfa FROM users "
	               "WHERE org_id = ? AND active = 1 AND niss IS NOT NULL "
	               "ORDER BY name, id LIMIT ?",
	               "ii", s.org_id, (long long)CERTUSERS_MAX);
	n = res != NULL
	        ? page_rows(page_add(page_content(r), "candidates", NULL), res,
	                    "candidate")
	        : -1;
	db_done(res);
	if (n < 0)
		return 500;
	f = page_add(page_content(r), "form", NULL);
	page_add_int(f, "owner", owner != 0 ? owner : s.owner_id);
	page_add(f, "identifier",
	         identifier != NULL ? identifier : s.identifier);
	page_add_int(f, "version", s.version);
	return status;
}

static int show(struct req *r)
{
	return render(r, 0, NULL, 200);
}

/* {"owner_id":…,"owner_niss":"…","identifier":"…"} for the audit trail. */
static const char *snapshot(struct req *r, const struct certspace *s)
{
	char out[160];

	if (!s->created)
		return NULL;
	snprintf(out, sizeof out,
	         "{\"owner_id\":%lld,\"owner_niss\":\"%s\",\"identifier\":"
	         "\"%s\"}",
	         s->owner_id, s->owner_niss, s->identifier);
	return pool_strdup(&r->pool, out);
}

/* The checks of the chosen responsible person: 1 fit, 0 with the field's
 * error, -1 error. *niss gets their national number. */
static int owner_ok(struct req *r, long long org, long long owner,
                    char niss[NISS_DIGITS + 1])
{
	struct db_res *res = db_query(
	    "SELECT niss, mfa_enabled FROM users WHERE id = ? AND org_id = ? "
	    "AND active = 1 AND niss IS NOT NULL",
	    "ii", owner, org);
	int rc, mfa = 0;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		snprintf(niss, NISS_DIGITS + 1, "%s", db_str(res, 0));
		mfa = (int)db_int(res, 1);
	}
	db_done(res);
	if (rc == -1)
		return -1;
	if (rc == 0) {
		page_error(r, "owner", "err.choice.invalid");
		return 0;
	}
	if (!mfa) {
		page_error(r, "owner", "err.sso.owner_no_mfa");
		return 0;
	}
	return 1;
}

/* Writes the space with its new responsible person in the open
 * transaction; the responsible person may use the active certificate
 * from now on. 1 written, 0 the space changed since the form was read,
 * -1 error. */
static int write_space(struct req *r, const struct certspace *s,
                       long long owner, const char *niss,
                       const char *identifier, long long version)
{
	long long n, active = 0;

	n = version == 0
	        ? db_exec("INSERT INTO secure_space (org_id, owner_id, "
	                  "owner_niss, identifier, confirmed_at) VALUES (?, ?, "
	                  "?, ?, UTC_TIMESTAMP())",
	                  "iiss", s->org_id, owner, niss, identifier)
	        : db_exec("UPDATE secure_space SET owner_id = ?, owner_niss = "
	                  "?, identifier = ?, confirmed_at = UTC_TIMESTAMP(), "
	                  "version = version + 1 WHERE org_id = ? AND version "
	                  "= ?",
	                  "issii", owner, niss, identifier, s->org_id, version);
	if (n < 0 && db_errno() == 1062)
		return 0;
	if (n <= 0)
		return (int)n;
	if (db_int_query(&active,
	                 "SELECT COALESCE(MAX(id), 0) FROM cert WHERE org_id = "
	                 "? AND state = 'active'",
	                 "i", s->org_id) < 0)
		return -1;
	if (active != 0 &&
	    db_exec("INSERT IGNORE INTO cert_user (cert_id, user_id, "
	            "granted_at, granted_by) VALUES (?, ?, UTC_TIMESTAMP(), ?)",
	            "iii", active, owner, r->user.id) < 0)
		return -1;
	return 1;
}

static int submit(struct req *r)
{
	const char *identifier;
	char niss[NISS_DIGITS + 1] = "";
	long long owner = 0, version = 0, active = 0;
	struct certspace s, after;
	int ok;

	if (form_int(r, "version", &version, 0, VERSION_MAX, REQUIRED) == -1)
		return 400;
	if (certspace_load(r->user.org_id, false, &s) == -1)
		return 500;
	if (!s.group)
		return 403;
	form_int(r, "owner", &owner, 1, ID_MAX, REQUIRED);
	if (form_text(r, "identifier", &identifier, CERTSPACE_ID_MAX + 10,
	              REQUIRED) == 0 &&
	    !certspace_identifier_valid(identifier))
		page_error(r, "identifier", "err.sso.identifier");
	if (page_has_errors(r))
		return render(r, owner, identifier, 422);
	if (db_int_query(&active,
	                 "SELECT COUNT(*) FROM cert WHERE org_id = ? AND state "
	                 "= 'active' AND id_value <> ?",
	                 "is", s.org_id, identifier) < 0)
		return 500;
	if (active > 0) {
		page_error(r, "identifier", "err.sso.identifier_locked");
		return render(r, owner, identifier, 422);
	}
	if ((ok = owner_ok(r, s.org_id, owner, niss)) != 1)
		return ok == -1 ? 500 : render(r, owner, identifier, 422);
	/* The responsible person's own proof: their password, then their
	 * code; either wrong counts against their account. */
	if ((ok = reauth_password(r, owner, "password",
	                          "err.sso.owner_password")) != 1 ||
	    (ok = reauth_code(r, owner, "code")) != 1)
		return ok == -1 ? 500 : render(r, owner, identifier, 422);
	if (db_begin() == -1 || certspace_load(s.org_id, true, &s) == -1)
		return 500;
	if (s.version != version ||
	    (ok = write_space(r, &s, owner, niss, identifier, version)) == 0) {
		db_rollback();
		page_error(r, "", "err.conflict");
		return render(r, 0, NULL, 409);
	}
	if (ok == -1 || lockout_success(r, owner) == -1 ||
	    certspace_load(s.org_id, false, &after) == -1 ||
	    audit_log(r, 0,
	              s.created ? "secure_space.owner_changed"
	                        : "secure_space.created",
	              "org", s.org_id, NULL, snapshot(r, &s),
	              snapshot(r, &after)) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	return req_redirect(r, "/sso?done=space");
}

static const struct screen screen = {
    .name = "sso_space",
    .path = "/sso/space",
    .perm = "cert.manage",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
