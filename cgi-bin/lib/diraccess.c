#include "diraccess.h"

#include <stdio.h>
#include <string.h>

#include "audit.h"
#include "buf.h"
#include "conf.h"
#include "db.h"
#include "invite.h"
#include "mail.h"
#include "page.h"
#include "session.h"

const char *const diraccess_states[] = {"never_requested", "to_process",
                                        "accepted", "refused", NULL};

/* The current state of the access ("never_requested" when there is no
 * row), locking the row; NULL on error. */
static const char *state_of(struct req *r, long long person_id,
                            long long service_id)
{
	struct db_res *res =
	    db_query("SELECT state FROM dir_access WHERE person_id = ? AND "
	             "service_id = ? FOR UPDATE",
	             "ii", person_id, service_id);
	const char *s = "never_requested";

	if (res == NULL)
		return NULL;
	if (db_next(res) == 1)
		s = pool_strdup(&r->pool, db_str(res, 0));
	db_done(res);
	return s;
}

/* The service's code and kind into code (17 bytes) and *portal. 1, 0
 * when there is no such service, -1. */
static int service_of(long long service_id, char code[17], bool *portal)
{
	struct db_res *res = db_query(
	    "SELECT code, kind = 'portal' FROM dir_service WHERE id = ?", "i",
	    service_id);
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		snprintf(code, 17, "%s", db_str(res, 0));
		*portal = db_int(res, 1) != 0;
	}
	db_done(res);
	return rc;
}

/* Queues the mail of a request to every active admin of the centres that
 * administer the service, each in their language. 0 or -1. */
static int mail_admins(long long person_id, long long service_id,
                       bool from_form)
{
	struct db_res *admins, *p;
	struct buf link = {0}, list = {0};
	int rc = 0;

	p = db_query(
	    "SELECT CONCAT(p.given_name, ' ', UPPER(p.family_name)), "
	    "pr.name_fr, pr.name_en, p.email, p.postal_code, p.city, "
	    "o.name, s.name_fr, s.name_en, s.code FROM dir_person p "
	    "JOIN dir_service s ON s.id = ? LEFT JOIN dir_profession pr ON "
	    "pr.code = p.profession LEFT JOIN org o ON o.id = p.centre_id "
	    "WHERE p.id = ?",
	    "ii", service_id, person_id);
	if (p == NULL)
		return -1;
	if (db_next(p) != 1) {
		db_done(p);
		return -1;
	}
	buf_printf(&link, "%s/directory/person?id=%lld#access", conf.base_url,
	           person_id);
	buf_printf(&list, "%s/directory?svc=%s&access=to_process",
	           conf.base_url, db_str(p, 9));
	admins = db_query(
	    "SELECT DISTINCT u.email, u.name, u.lang FROM dir_service_centre "
	    "sc JOIN users u ON u.org_id = sc.org_id AND u.active = 1 JOIN "
	    "user_role ur ON ur.user_id = u.id JOIN role_permission rp ON "
	    "rp.role_id = ur.role_id AND rp.permission = 'directory.admin' "
	    "WHERE sc.service_id = ? ORDER BY u.email",
	    "i", service_id);
	if (admins == NULL)
		rc = -1;
	while (rc == 0 && db_next(admins) == 1) {
		bool en = strcmp(db_str(admins, 2), "en") == 0;
		struct mail *m =
		    mail_new("directory-request", en ? "en" : "fr");
		xmlNodePtr d;

		if (m == NULL) {
			rc = -1;
			break;
		}
		d = mail_data(m);
		page_add(d, "name", db_str(admins, 1));
		page_add(d, "service", db_str(p, en ? 8 : 7));
		page_add(d, "requester", db_str(p, 0));
		page_add(d, "profession", db_str(p, en ? 2 : 1));
		page_add(d, "email", db_str(p, 3));
		page_add(d, "postal_code", db_str(p, 4));
		page_add(d, "city", db_str(p, 5));
		page_add(d, "centre", db_str(p, 6));
		page_add(d, "link", link.data);
		page_add(d, "list", list.data);
		if (from_form)
			page_add(d, "new_record", "1");
		rc = mail_queue(m, db_str(admins, 0));
	}
	db_done(admins);
	db_done(p);
	buf_free(&link);
	buf_free(&list);
	return rc;
}

int diraccess_request(struct req *r, long long person_id, long long service_id,
                      bool from_form)
{
	const char *before = state_of(r, person_id, service_id);
	char code[17];
	bool portal;

	if (before == NULL || service_of(service_id, code, &portal) != 1)
		return DIRACCESS_ERROR;
	if (strcmp(before, "never_requested") != 0)
		return DIRACCESS_SAME;
	if (db_exec("INSERT INTO dir_access (person_id, service_id, state, "
	            "requested_at) VALUES (?, ?, 'to_process', "
	            "UTC_TIMESTAMP()) ON DUPLICATE KEY UPDATE state = "
	            "'to_process', requested_at = UTC_TIMESTAMP(), decided_at "
	            "= NULL, decided_by = NULL",
	            "ii", person_id, service_id) < 0 ||
	    mail_admins(person_id, service_id, from_form) == -1 ||
	    audit_log(r, 0, "directory.access.requested", "dir_person",
	              person_id, code, before, "to_process") == -1)
		return DIRACCESS_ERROR;
	return DIRACCESS_DONE;
}

int diraccess_pending(struct req *r, long long person_id, long long service_id)
{
	const char *before = state_of(r, person_id, service_id);
	char code[17];
	bool portal;

	if (before == NULL || service_of(service_id, code, &portal) != 1)
		return -1;
	if (strcmp(before, "never_requested") != 0)
		return 0;
	return db_exec("INSERT INTO dir_access (person_id, service_id, state, "
	               "requested_at) VALUES (?, ?, 'to_process', "
	               "UTC_TIMESTAMP()) ON DUPLICATE KEY UPDATE state = "
	               "'to_process', requested_at = UTC_TIMESTAMP()",
	               "ii", person_id, service_id) < 0 ||
	               audit_log(r, 0, "directory.access.requested",
	                         "dir_person", person_id, code, before,
	                         "to_process") == -1
	           ? -1
	           : 0;
}

/* Gives the person their portal account: creates it (professional role,
 * in the centre of their area, activation mail) or reactivates it, with a
 * new activation link while it was never used. Returns a result code. */
static int account_give(struct req *r, long long person_id)
{
	struct db_res *res = db_query(
	    "SELECT p.email, p.user_id, CONCAT(p.given_name, ' ', "
	    "p.family_name), COALESCE(p.centre_id, ?), u.activated_at IS "
	    "NULL, p.lang FROM dir_person p LEFT JOIN users u ON u.id = "
	    "p.user_id WHERE p.id = ? FOR UPDATE",
	    "ii", r->user.org_id, person_id);
	long long user_id, org, taken = 0, fresh;
	char email[255], name[256], lang[3];
	int rc;

	if (res == NULL || db_next(res) != 1) {
		db_done(res);
		return DIRACCESS_ERROR;
	}
	snprintf(email, sizeof email, "%s",
	         db_str(res, 0) ? db_str(res, 0) : "");
	snprintf(name, sizeof name, "%s", db_str(res, 2));
	user_id = db_int(res, 1);
	org = db_int(res, 3);
	fresh = db_int(res, 4);
	snprintf(lang, sizeof lang, "%s", db_str(res, 5));
	db_done(res);
	if (user_id != 0) {
		if (db_exec("UPDATE users SET active = 1 WHERE id = ?", "i",
		            user_id) < 0 ||
		    db_exec("INSERT IGNORE INTO user_role (user_id, role_id) "
		            "SELECT ?, id FROM role WHERE code = "
		            "'professional'",
		            "i", user_id) < 0)
			return DIRACCESS_ERROR;
		return fresh && invite_send(user_id) == -1 ? DIRACCESS_ERROR
		                                           : DIRACCESS_DONE;
	}
	if (*email == '\0')
		return DIRACCESS_NO_EMAIL;
	if (db_int_query(&taken, "SELECT COUNT(*) FROM users WHERE email = ?",
	                 "s", email) != 1)
		return DIRACCESS_ERROR;
	if (taken > 0)
		return DIRACCESS_EMAIL_TAKEN;
	if (db_exec("INSERT INTO users (org_id, email, name, lang) VALUES (?, "
	            "?, ?, ?)",
	            "isss", org, email, name, lang) != 1)
		return db_errno() == 1062 ? DIRACCESS_EMAIL_TAKEN
		                          : DIRACCESS_ERROR;
	user_id = db_insert_id();
	rc = db_exec("INSERT INTO user_role (user_id, role_id) SELECT ?, id "
	             "FROM role WHERE code = 'professional'",
	             "i", user_id) == 1 &&
	             db_exec("UPDATE dir_person SET user_id = ? WHERE id = ?",
	                     "ii", user_id, person_id) == 1 &&
	             invite_send(user_id) == 0 &&
	             audit_log(r, 0, "user.created", "user", user_id,
	                       "directory", NULL, email) == 0
	         ? DIRACCESS_DONE
	         : DIRACCESS_ERROR;
	return rc;
}

/* Takes the portal account away: deactivated, its sessions ended. */
static int account_take(long long person_id)
{
	long long user_id = 0;

	if (db_int_query(&user_id,
	                 "SELECT COALESCE(user_id, 0) FROM dir_person WHERE "
	                 "id = ?",
	                 "i", person_id) != 1)
		return -1;
	if (user_id == 0)
		return 0;
	if (db_exec("UPDATE users SET active = 0 WHERE id = ?", "i", user_id) <
	        0 ||
	    session_end_user(user_id, NULL) < 0)
		return -1;
	return 0;
}

int diraccess_set(struct req *r, long long person_id, long long service_id,
                  const char *state)
{
	const char *before = state_of(r, person_id, service_id);
	char code[17];
	bool portal;
	int rc;

	if (before == NULL || service_of(service_id, code, &portal) != 1)
		return DIRACCESS_ERROR;
	if (strcmp(before, state) == 0)
		return DIRACCESS_SAME;
	if (portal) {
		rc = strcmp(state, "accepted") == 0
		         ? account_give(r, person_id)
		         : (account_take(person_id) == 0 ? DIRACCESS_DONE
		                                         : DIRACCESS_ERROR);
		if (rc != DIRACCESS_DONE)
			return rc;
	}
	if (db_exec("INSERT INTO dir_access (person_id, service_id, state, "
	            "decided_at, decided_by) VALUES (?, ?, ?, "
	            "UTC_TIMESTAMP(), ?) ON DUPLICATE KEY UPDATE state = "
	            "VALUES(state), decided_at = VALUES(decided_at), "
	            "decided_by = VALUES(decided_by)",
	            "iisi", person_id, service_id, state, r->user.id) < 0 ||
	    audit_log(r, 0, "directory.access.changed", "dir_person", person_id,
	              code, before, state) == -1)
		return DIRACCESS_ERROR;
	return DIRACCESS_DONE;
}

int diraccess_administers(const struct req *r, long long service_id)
{
	long long n = 0;

	if (db_int_query(&n,
	                 "SELECT COUNT(*) FROM dir_service_centre WHERE "
	                 "service_id = ? AND org_id = ?",
	                 "ii", service_id, r->user.org_id) != 1)
		return -1;
	return n > 0;
}
