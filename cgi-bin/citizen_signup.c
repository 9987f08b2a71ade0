/* citizen_signup: anyone opens a citizen account, free: names, birth date
 * and e-mail; the activation link goes to that address and the person
 * chooses a password on /activate. The page answers the same whether the
 * address is new or not: an address already used by an account (another
 * citizen's, or a professional's of the staff side) gets a mail saying so
 * and telling its owner to use another address; nobody learns from the
 * page which addresses have accounts. */
#include <string.h>

#include "app.h"
#include "audit.h"
#include "conf.h"
#include "db.h"
#include "form.h"
#include "invite.h"
#include "mail.h"
#include "page.h"
#include "patient.h"

/* What the address already is. */
enum owner {
	OWNER_NONE,    /* no account */
	OWNER_PENDING, /* a citizen account waiting for its activation */
	OWNER_CITIZEN, /* an activated citizen account */
	OWNER_STAFF,   /* an account of the staff side */
	OWNER_ERROR = -1,
};

static void form_xml(struct req *r, const struct patient_fields *f,
                     const char *email)
{
	xmlNodePtr s = page_add(page_content(r), "signup", NULL);

	page_add(s, "given_name", f != NULL ? f->given : "");
	page_add(s, "family_name", f != NULL ? f->family : "");
	page_add(s, "birth_date", f != NULL ? f->birth : "");
	page_add(s, "email", email);
}

static int show(struct req *r)
{
	const char *sent = req_query(r, "sent");

	if (r->logged_in)
		return req_redirect(r, "/");
	if (sent != NULL && strcmp(sent, "1") == 0) {
		page_add(page_content(r), "sent", NULL);
		return 200;
	}
	form_xml(r, NULL, "");
	return 200;
}

/* Who holds the address, locking the row; *id gets the account. */
static enum owner owner_of(const char *email, long long *id)
{
	struct db_res *res = db_query(
	    "SELECT u.id, u.password_hash IS NOT NULL, EXISTS (SELECT 1 FROM "
	    "user_role ur JOIN role ro ON ro.id = ur.role_id WHERE ur.user_id "
	    "= u.id AND ro.code = 'citizen'), u.active FROM users u WHERE "
	    "u.email = ? FOR UPDATE",
	    "s", email);
	enum owner o = OWNER_NONE;
	int rc;

	if (res == NULL)
		return OWNER_ERROR;
	if ((rc = db_next(res)) == 1) {
		*id = db_int(res, 0);
		if (!db_int(res, 2))
			o = OWNER_STAFF;
		else if (db_int(res, 1) || !db_int(res, 3))
			o = OWNER_CITIZEN;
		else
			o = OWNER_PENDING;
	}
	db_done(res);
	return rc < 0 ? OWNER_ERROR : o;
}

/* True when no sign-up mail went to the address in the last
 * conf.signup_mail_minutes, and records that one goes now; -1 on error. */
static int mail_allowed(const char *email)
{
	long long n = db_exec(
	    "INSERT INTO citizen_signup_mail (email, sent_at) VALUES (?, "
	    "UTC_TIMESTAMP()) ON DUPLICATE KEY UPDATE sent_at = IF(sent_at < "
	    "UTC_TIMESTAMP() - INTERVAL ? MINUTE, VALUES(sent_at), sent_at)",
	    "si", email, (long long)conf.signup_mail_minutes);

	return n < 0 ? -1 : n > 0;
}

/* Creates the account, its holder's record and its activation mail. */
static int create(struct req *r, const struct patient_fields *f,
                  const char *email)
{
	long long id, org = 0;

	if (db_int_query(&org,
	                 "SELECT id FROM org WHERE kind = 'public' ORDER BY id "
	                 "LIMIT 1",
	                 "") != 1 ||
	    db_exec("INSERT INTO users (org_id, email, name, lang) VALUES (?, "
	            "?, LEFT(CONCAT(?, ' ', ?), 200), ?)",
	            "issss", org, email, f->given, f->family, r->lang) < 0)
		return -1;
	id = db_insert_id();
	if (db_exec("INSERT INTO user_role (user_id, role_id) SELECT ?, id "
	            "FROM role WHERE code = 'citizen'",
	            "i", id) != 1 ||
	    db_exec("INSERT INTO citizen_account (user_id) VALUES (?)", "i",
	            id) < 0 ||
	    db_exec("INSERT INTO patient (account_id, relation, given_name, "
	            "family_name, birth_date) VALUES (?, 'self', ?, ?, ?)",
	            "isss", id, f->given, f->family, f->birth) < 0 ||
	    mail_allowed(email) == -1 || invite_signup(id) == -1)
		return -1;
	return audit_log(r, 0, "citizen.signed_up", "user", id, NULL, NULL,
	                 NULL);
}

/* A second sign-up before the first was activated: nobody has shown yet
 * that the address is theirs, so the latest details replace the earlier
 * ones, and the link goes again (at most once in a while). */
static int again(struct req *r, long long id, const struct patient_fields *f,
                 const char *email)
{
	int allowed;

	if (db_exec("UPDATE users SET name = LEFT(CONCAT(?, ' ', ?), 200), "
	            "lang = ?, version = version + 1 WHERE id = ?",
	            "sssi", f->given, f->family, r->lang, id) < 0 ||
	    db_exec("UPDATE patient SET given_name = ?, family_name = ?, "
	            "birth_date = ?, version = version + 1 WHERE holder_of = ?",
	            "sssi", f->given, f->family, f->birth, id) < 0 ||
	    (allowed = mail_allowed(email)) == -1 ||
	    (allowed && invite_signup(id) == -1))
		return -1;
	return audit_log(r, 0, "citizen.signup_repeated", "user", id,
	                 allowed ? NULL : "no mail: one was sent moments ago",
	                 NULL, NULL);
}

/* The address belongs to an activated account, a citizen's or a
 * professional's: its owner is told, in the account's language, that a
 * citizen account needs another address. No account changes. */
static int refuse(struct req *r, long long id, enum owner o, const char *email)
{
	struct db_res *res;
	struct mail *m;
	int allowed, rc = -1;

	if ((allowed = mail_allowed(email)) == -1)
		return -1;
	if (allowed) {
		res = db_query("SELECT name, lang FROM users WHERE id = ?", "i",
		               id);
		if (res == NULL)
			return -1;
		if (db_next(res) == 1 &&
		    (m = mail_new("citizen_address_used", db_str(res, 1))) !=
		        NULL) {
			page_add(mail_data(m), "name", db_str(res, 0));
			page_add(mail_data(m), "kind",
			         o == OWNER_STAFF ? "professional" : "citizen");
			rc = mail_queue(m, email);
		}
		db_done(res);
		if (rc == -1)
			return -1;
	}
	return audit_log(r, 0, "citizen.signup_refused", "user", id,
	                 o == OWNER_STAFF ? "address of a staff account"
	                                  : "address of a citizen account",
	                 NULL, NULL);
}

/* One attempt of the sign-up's transaction: 0, 1 when another request
 * took the address meanwhile (try again), -1 on error. */
static int attempt(struct req *r, const struct patient_fields *f,
                   const char *email)
{
	long long id = 0;
	enum owner o;
	int rc;

	if (db_begin() == -1)
		return -1;
	switch (o = owner_of(email, &id)) {
	case OWNER_NONE:
		rc = create(r, f, email);
		break;
	case OWNER_PENDING:
		rc = again(r, id, f, email);
		break;
	case OWNER_CITIZEN:
	case OWNER_STAFF:
		rc = refuse(r, id, o, email);
		break;
	default:
		rc = -1;
	}
	if (rc == -1) {
		bool raced = o == OWNER_NONE && db_errno() == 1062;
		db_rollback();
		return raced ? 1 : -1;
	}
	return db_commit() == -1 ? -1 : 0;
}

static int submit(struct req *r)
{
	struct patient_fields f = {0};
	const char *email;
	int bad = 0, rc;

	if (r->logged_in)
		return req_redirect(r, "/");
	bad |= patient_read(r, false, &f);
	bad |= form_email(r, "email", &email, REQUIRED);
	if (bad) {
		form_xml(r, &f, email != NULL ? email : "");
		return 422;
	}
	if ((rc = attempt(r, &f, email)) == 1)
		rc = attempt(r, &f, email);
	if (rc != 0)
		return 500;
	return req_redirect(r, "/citizen/signup?sent=1");
}

static const struct screen screen = {
    .name = "citizen_signup",
    .path = "/citizen/signup",
    .perm = NULL,
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
