/* portalgrant: the changes of portal.h (grant, resend, role, removal,
 * login address), each in the caller's transaction with its audit rows
 * and mail. */
#include <stdio.h>
#include <string.h>

#include "audit.h"
#include "buf.h"
#include "clientrec.h"
#include "conf.h"
#include "db.h"
#include "invite.h"
#include "mail.h"
#include "page.h"
#include "portal.h"

/* The access as the audit trail keeps it. Parameter: its id. */
#define ACCESS_SNAPSHOT                                                        \
	"SELECT JSON_OBJECT('user_id', pa.user_id, 'email', u.email, "         \
	"'client_id', pa.client_id, 'contact_id', pa.contact_id, 'role', "     \
	"ro.code, 'active', pa.active) FROM portal_access pa JOIN users u ON " \
	"u.id = pa.user_id JOIN role ro ON ro.id = pa.role_id WHERE pa.id = ?"

/* Fills the refusal and returns 1. */
static int refuse(struct portal_refusal *no, const char *field, const char *key,
                  int status)
{
	no->field = field;
	no->key = key;
	no->status = status;
	return 1;
}

/* The one text column of the row sql (one integer parameter) finds, in
 * the request's pool; NULL when there is none or on error. */
static const char *json_one(struct req *r, const char *sql, long long id)
{
	struct db_res *res = db_query(sql, "i", id);
	const char *s = NULL;

	if (res != NULL && db_next(res) == 1 && db_str(res, 0) != NULL)
		s = pool_strdup(&r->pool, db_str(res, 0));
	db_done(res);
	return s;
}

static const char *access_snapshot(struct req *r, long long id)
{
	return json_one(r, ACCESS_SNAPSHOT, id);
}

/* Queues the notice made by xsl/mail/<template>.xsl to the login's
 * address: <name/>, <org/>, <link/> (the portal). 0 or -1. */
static int notice(long long login, const char *template, const char *to)
{
	struct db_res *res = db_query(
	    "SELECT u.email, u.name, u.lang, o.name FROM users u JOIN org o "
	    "ON o.id = u.org_id WHERE u.id = ?",
	    "i", login);
	struct buf link = {0};
	struct mail *m;
	int rc = -1;

	if (res == NULL)
		return -1;
	if (db_next(res) == 1 &&
	    (m = mail_new(template, db_str(res, 2))) != NULL) {
		buf_printf(&link, "%s/portal", conf.base_url);
		page_add(mail_data(m), "name", db_str(res, 1));
		page_add(mail_data(m), "org", db_str(res, 3));
		page_add(mail_data(m), "link", link.data);
		rc = mail_queue(m, to != NULL ? to : db_str(res, 0));
	}
	db_done(res);
	buf_free(&link);
	return rc;
}

/* Makes the login of person p for email: the account, its portal role
 * and its mark as a client's or a contact's, audited. *login gets it.
 * 0, 1 (the address is taken) or -1. */
static int login_create(struct req *r, const struct portal_person *p,
                        const char *email, long long *login)
{
	const char *after;

	if (db_exec("INSERT INTO users (org_id, email, name, lang) VALUES "
	            "(?, ?, ?, ?)",
	            "isss", r->user.org_id, email, p->name, p->lang) < 0)
		return db_errno() == 1062 ? 1 : -1;
	*login = db_insert_id();
	if (db_exec("INSERT INTO user_role (user_id, role_id) SELECT ?, id "
	            "FROM role WHERE code = ?",
	            "is", *login, PORTAL_ACCOUNT_ROLE) != 1 ||
	    db_exec("INSERT INTO portal_login (user_id, org_id, kind) VALUES "
	            "(?, ?, ?)",
	            "iis", *login, r->user.org_id,
	            p->contact_id == 0 ? "client" : "contact") != 1)
		return -1;
	if ((after = json_one(r,
	                      "SELECT JSON_OBJECT('email', email, "
	                      "'name', name, 'lang', lang) FROM users "
	                      "WHERE id = ?",
	                      *login)) == NULL)
		return -1;
	return audit_log(r, 0, "portal.login_created", "user", *login,
	                 p->contact_id == 0 ? "client" : "contact", NULL,
	                 after) == -1
	           ? -1
	           : 0;
}

/* Gives the record p the address email (the login's), audited. 0 or -1. */
static int record_email(struct req *r, const struct portal_person *p,
                        const char *email)
{
	const char *before = client_snapshot(r, p->client_id, p->contact_id);
	const char *after;
	long long n;

	if (before == NULL)
		return -1;
	n = p->contact_id == 0
	        ? db_exec("UPDATE client SET email = ?, version = version + 1 "
	                  "WHERE id = ?",
	                  "si", email, p->client_id)
	        : db_exec("UPDATE client_contact SET email = ?, version = "
	                  "version + 1 WHERE id = ?",
	                  "si", email, p->contact_id);
	if (n != 1 ||
	    (after = client_snapshot(r, p->client_id, p->contact_id)) == NULL)
		return -1;
	return audit_log(
	    r, 0, p->contact_id == 0 ? "client.updated" : "contact.updated",
	    p->contact_id == 0 ? "client" : "contact",
	    p->contact_id == 0 ? p->client_id : p->contact_id, "email", before,
	    after);
}

/* The invitation (never activated) or the notice of a new profile. */
static int tell_granted(struct req *r, long long login)
{
	char template[PORTAL_TEMPLATE_MAX + 1];
	long long fresh = 0;

	if (db_int_query(&fresh,
	                 "SELECT activated_at IS NULL FROM users WHERE id = ?",
	                 "i", login) != 1)
		return -1;
	if (!fresh)
		return notice(login, "portal-access-added", NULL);
	portal_template(r->user.org_id, template);
	return invite_send_as(login, template);
}

int portal_grant(struct req *r, long long client_id, long long contact_id,
                 long long version, const char *email, long long role_id,
                 struct portal_refusal *no)
{
	struct portal_person p;
	long long login, active = 0, access;
	const char *after;
	int rc;

	if ((rc = portal_person_load(r, client_id, contact_id, &p)) != 1)
		return rc == 0 ? refuse(no, "", "http.404.title", 404) : -1;
	if (p.version != version)
		return refuse(no, "", "err.conflict", 409);
	if (!p.active)
		return refuse(no, "", "err.portal.inactive", 409);
	if (p.access != 0)
		return refuse(no, "", "err.portal.access_exists", 409);
	if ((rc = portal_role_ok(r->user.org_id, role_id)) != 1)
		return rc == 0 ? refuse(no, "role", "err.choice.invalid", 422)
		               : -1;
	login = p.login;
	if (login != 0) {
		if (db_int_query(&active,
		                 "SELECT active FROM users WHERE id = ?", "i",
		                 login) != 1)
			return -1;
		if (!active)
			return refuse(no, "", "err.portal.login_off", 409);
		email = p.login_email;
	} else {
		if (email == NULL || *email == '\0')
			return refuse(no, "email", "err.required", 422);
		/* The unique key says whether the address is taken. */
		if ((rc = login_create(r, &p, email, &login)) != 0)
			return rc == 1 ? refuse(no, "email",
			                        "err.portal.email_taken", 422)
			               : -1;
	}
	if (strcmp(p.email, email) != 0 && record_email(r, &p, email) == -1)
		return -1;
	if (db_exec("INSERT INTO portal_access (user_id, client_id, "
	            "contact_id, role_id, granted_at, granted_by) VALUES (?, "
	            "?, NULLIF(?, 0), ?, UTC_TIMESTAMP(), ?)",
	            "iiiii", login, p.client_id, p.contact_id, role_id,
	            r->user.id) < 0)
		return db_errno() == 1062
		           ? refuse(no, "", "err.portal.access_exists", 409)
		           : -1;
	access = db_insert_id();
	if ((after = access_snapshot(r, access)) == NULL ||
	    tell_granted(r, login) == -1 ||
	    audit_log(r, 0, "portal.access_granted", "portal_access", access,
	              NULL, NULL, after) == -1)
		return -1;
	return 0;
}

/* Locks login if it is a portal login of the staff's organisation: 1,
 * 0 when it is not, -1. *never gets whether it has never signed in. */
static int login_lock(struct req *r, long long login, bool *never)
{
	struct db_res *res = db_query(
	    "SELECT u.active = 1 AND u.activated_at IS NULL AND "
	    "u.last_login_at IS NULL FROM users u JOIN portal_login pl ON "
	    "pl.user_id = u.id WHERE u.id = ? AND pl.org_id = ? FOR UPDATE",
	    "ii", login, r->user.org_id);
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1)
		*never = db_int(res, 0) != 0;
	db_done(res);
	return rc;
}

int portal_resend(struct req *r, long long login, struct portal_refusal *no)
{
	char template[PORTAL_TEMPLATE_MAX + 1];
	bool never = false;
	int rc;

	if ((rc = login_lock(r, login, &never)) != 1)
		return rc == 0 ? refuse(no, "", "http.404.title", 404) : -1;
	if (!never)
		return refuse(no, "", "err.portal.signed_in", 409);
	portal_template(r->user.org_id, template);
	if (invite_send_as(login, template) == -1 ||
	    audit_log(r, 0, "portal.invite_resent", "user", login, template,
	              NULL, NULL) == -1)
		return -1;
	return 0;
}

/* Locks the access of login in the staff's organisation: 1 with its
 * state, 0 when it is not there, -1. */
static int access_lock(struct req *r, long long login, long long access,
                       long long *active, long long *version, long long *role)
{
	struct db_res *res = db_query(
	    "SELECT pa.active, pa.version, pa.role_id FROM portal_access pa "
	    "JOIN client c ON c.id = pa.client_id WHERE pa.id = ? AND "
	    "pa.user_id = ? AND c.org_id = ? FOR UPDATE",
	    "iii", access, login, r->user.org_id);
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		*active = db_int(res, 0);
		*version = db_int(res, 1);
		*role = db_int(res, 2);
	}
	db_done(res);
	return rc;
}

/* Checks the access before a change: 0 when it may change, 1 refused,
 * -1 error. */
static int access_check(struct req *r, long long login, long long access,
                        long long version, long long *role,
                        struct portal_refusal *no)
{
	long long active = 0, current = 0;
	int rc = access_lock(r, login, access, &active, &current, role);

	if (rc != 1)
		return rc == 0 ? refuse(no, "", "http.404.title", 404) : -1;
	if (!active)
		return refuse(no, "", "err.portal.access_removed", 409);
	if (current != version)
		return refuse(no, "", "err.conflict", 409);
	return 0;
}

int portal_role_set(struct req *r, long long login, long long access,
                    long long version, long long role_id,
                    struct portal_refusal *no)
{
	const char *before, *after;
	long long role = 0;
	int rc;

	if ((rc = access_check(r, login, access, version, &role, no)) != 0)
		return rc;
	if ((rc = portal_role_ok(r->user.org_id, role_id)) != 1)
		return rc == 0 ? refuse(no, "role", "err.choice.invalid", 422)
		               : -1;
	if (role == role_id)
		return 0;
	if ((before = access_snapshot(r, access)) == NULL ||
	    db_exec("UPDATE portal_access SET role_id = ?, version = version "
	            "+ 1 WHERE id = ?",
	            "ii", role_id, access) != 1 ||
	    (after = access_snapshot(r, access)) == NULL ||
	    audit_log(r, 0, "portal.role_changed", "portal_access", access,
	              NULL, before, after) == -1)
		return -1;
	return 0;
}

/* Ends the live access (locked), with its audit row. 0 or -1. */
static int access_end(struct req *r, long long access, const char *why)
{
	const char *before = access_snapshot(r, access), *after;

	if (before == NULL ||
	    db_exec("UPDATE portal_access SET active = 0, removed_at = "
	            "UTC_TIMESTAMP(), removed_by = ?, version = version + 1 "
	            "WHERE id = ? AND active = 1",
	            "ii", r->user.id, access) != 1 ||
	    (after = access_snapshot(r, access)) == NULL)
		return -1;
	return audit_log(r, 0, "portal.access_removed", "portal_access", access,
	                 why, before, after);
}

int portal_remove(struct req *r, long long login, long long access,
                  long long version, struct portal_refusal *no)
{
	long long role = 0;
	int rc;

	if ((rc = access_check(r, login, access, version, &role, no)) != 0)
		return rc;
	return access_end(r, access, NULL);
}

long long portal_remove_contact(struct req *r, long long contact_id)
{
	long long access = 0;
	int rc;

	/* A contact is one client's: it has at most one live access. */
	rc = db_int_query(&access,
	                  "SELECT id FROM portal_access WHERE contact_id = ? "
	                  "AND active = 1 FOR UPDATE",
	                  "i", contact_id);
	if (rc != 1)
		return rc;
	return access_end(r, access, "contact_deactivated") == -1 ? -1 : 1;
}

int portal_email_change(struct req *r, long long login, const char *email,
                        struct portal_refusal *no)
{
	struct db_res *res =
	    db_query("SELECT u.email, u.activated_at IS NULL FROM users u JOIN "
	             "portal_login pl ON pl.user_id = u.id WHERE u.id = ? AND "
	             "pl.org_id = ? FOR UPDATE",
	             "ii", login, r->user.org_id);
	char template[PORTAL_TEMPLATE_MAX + 1];
	const char *old = NULL, *before, *after;
	bool fresh = false;
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		old = pool_strdup(&r->pool, db_str(res, 0));
		fresh = db_int(res, 1) != 0;
	}
	db_done(res);
	if (rc != 1)
		return rc == 0 ? refuse(no, "", "http.404.title", 404) : -1;
	if (strcmp(old, email) == 0)
		return 0;
	if (*email == '\0')
		return refuse(no, "email", "err.portal.login_email", 422);
	if (db_exec("UPDATE users SET email = ?, version = version + 1 WHERE "
	            "id = ?",
	            "si", email, login) != 1)
		return db_errno() == 1062
		           ? refuse(no, "email", "err.portal.email_taken", 422)
		           : -1;
	/* The other records of the same person follow. */
	if (db_exec("UPDATE client SET email = ?, version = version + 1 WHERE "
	            "org_id = ? AND NOT (email <=> ?) AND id IN (SELECT "
	            "client_id FROM portal_access WHERE user_id = ? AND "
	            "contact_id IS NULL)",
	            "sisi", email, r->user.org_id, email, login) < 0 ||
	    db_exec("UPDATE client_contact SET email = ?, version = version + "
	            "1 WHERE NOT (email <=> ?) AND id IN (SELECT contact_id "
	            "FROM portal_access WHERE user_id = ?)",
	            "ssi", email, email, login) < 0)
		return -1;
	/* A link sent to the old address must not open the account. */
	portal_template(r->user.org_id, template);
	if ((fresh ? invite_send_as(login, template)
	           : notice(login, "portal-email-changed", old)) == -1)
		return -1;
	res =
	    db_query("SELECT JSON_OBJECT('email', ?), JSON_OBJECT('email', ?)",
	             "ss", old, email);
	if (res == NULL || db_next(res) != 1) {
		db_done(res);
		return -1;
	}
	before = pool_strdup(&r->pool, db_str(res, 0));
	after = pool_strdup(&r->pool, db_str(res, 1));
	db_done(res);
	return audit_log(r, 0, "portal.login_email_changed", "user", login,
	                 NULL, before, after);
}
