/* user: one account seen by an admin: create it (the activation mail goes
 * out), edit its name, e-mail, language, organisation and roles, and the
 * actions on it (deactivate, reactivate, re-send activation, reset MFA,
 * unlock). An admin without users.manage_all reaches only the accounts of
 * their organisation, and only grants roles whose permissions they hold. */
#include <string.h>

#include "app.h"
#include "audit.h"
#include "buf.h"
#include "db.h"
#include "form.h"
#include "invite.h"
#include "lockout.h"
#include "mfa.h"
#include "page.h"
#include "session.h"

#define NAME_MAX_CHARS 200
#define ROLES_MAX      64
#define ID_MAX         9223372036854775807LL
#define VERSION_MAX    4294967295LL

/* The account's state as a code (the same as on the list). */
#define STATE_EXPR                                                             \
	"CASE WHEN u.active = 0 THEN 'deactivated' "                           \
	"WHEN u.locked_until > UTC_TIMESTAMP() THEN 'locked' "                 \
	"WHEN u.activated_at IS NULL THEN 'pending' ELSE 'active' END"

/* True when role ro may be given by the admin: an account role (a family
 * portal role is given per client profile, in the access screen), of the
 * operator or of the organisation (parameter), and, unless the admin manages
 * every organisation (parameter: 1), no permission the admin lacks (parameter:
 * the admin's id). */
#define GRANTABLE                                                              \
	"ro.kind = 'account' AND (ro.org_id IS NULL OR ro.org_id = ?) AND "    \
	"(? = 1 OR NOT EXISTS ("                                               \
	"SELECT 1 FROM role_permission rp WHERE rp.role_id = ro.id AND "       \
	"rp.permission NOT IN (SELECT ap.permission FROM user_role ar JOIN "   \
	"role_permission ap ON ap.role_id = ar.role_id WHERE "                 \
	"ar.user_id = ?)))"

/* What the form holds: from the database, or as submitted. */
struct values {
	const char *name, *email, *lang;
	long long org;
	long long version; /* of the row the form was read from; 0: new */
	long long roles[ROLES_MAX];
	size_t nroles;
};

/* The account an action is about, as the admin may reach it. */
struct target {
	long long id, org;
	bool manageable; /* the admin holds every permission it holds */
};

/* Flash keys for ?done=… after a redirect: a fixed table. */
static const struct {
	const char *code, *key;
} dones[] = {
    {"created", "flash.user.created"},
    {"saved", "flash.user.saved"},
    {"deactivated", "flash.user.deactivated"},
    {"reactivated", "flash.user.reactivated"},
    {"resent", "flash.user.resent"},
    {"mfa_reset", "flash.user.mfa_reset"},
    {"unlocked", "flash.user.unlocked"},
};

static bool manages_all(const struct req *r)
{
	return req_can(r, "users.manage_all");
}

/* Loads the account id as the admin may reach it: 1 found, 0 not there
 * or in another organisation the admin may not see, -1 error. */
static int target_load(struct req *r, long long id, struct target *t)
{
	long long all = manages_all(r);
	struct db_res *res = db_query(
	    "SELECT u.id, u.org_id, (? = 1 OR NOT EXISTS (SELECT 1 FROM "
	    "user_role tr JOIN role_permission tp ON tp.role_id = tr.role_id "
	    "WHERE tr.user_id = u.id AND tp.permission NOT IN (SELECT "
	    "ap.permission FROM user_role ar JOIN role_permission ap ON "
	    "ap.role_id = ar.role_id WHERE ar.user_id = ?))) FROM users u "
	    "WHERE u.id = ? AND (? = 1 OR u.org_id = ?)",
	    "iiiii", all, r->user.id, id, all, r->user.org_id);
	int rc;

	if (res == NULL)
		return -1;
	rc = db_next(res);
	if (rc == 1) {
		t->id = db_int(res, 0);
		t->org = db_int(res, 1);
		t->manageable = db_int(res, 2) != 0;
	}
	db_done(res);
	return rc;
}

/* True when the admin may give role_id to an account of organisation org.
 * -1 on error. */
static int role_grantable(struct req *r, long long role_id, long long org)
{
	long long n = 0;

	if (db_int_query(&n,
	                 "SELECT COUNT(*) FROM role ro WHERE ro.id = ? "
	                 "AND " GRANTABLE,
	                 "iiii", role_id, org, (long long)manages_all(r),
	                 r->user.id) < 0)
		return -1;
	return n > 0;
}

/* Writes the account's details and its roles under <account> (with what
 * the admin may do: manageable, self), and fills v from them when v->name
 * is NULL. 1, 0 when not found, -1 on error. */
static int account_xml(struct req *r, const struct target *t, struct values *v)
{
	long long id = t->id;
	long long all = manages_all(r);
	struct db_res *res = db_query(
	    "SELECT u.id, u.version, u.name, u.email, u.lang, u.org_id, "
	    "o.name AS org, " STATE_EXPR " AS state, u.locked_until, "
	    "u.mfa_enabled, u.last_login_at, u.created_at, u.activated_at, "
	    "(SELECT MAX(t.created_at) FROM user_token t WHERE t.user_id = "
	    "u.id AND t.purpose = 'activation') AS invited_at "
	    "FROM users u JOIN org o ON o.id = u.org_id "
	    "WHERE u.id = ? AND (? = 1 OR u.org_id = ?)",
	    "iii", id, all, r->user.org_id);
	bool fill = v->name == NULL;
	xmlNodePtr a;
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) != 1) {
		db_done(res);
		return rc;
	}
	a = page_row(page_content(r), res, "account");
	page_attr(a, "manageable", t->manageable ? "1" : "0");
	page_attr(a, "self", id == r->user.id ? "1" : "0");
	if (fill) {
		v->name = pool_strdup(&r->pool, db_str(res, 2));
		v->email = pool_strdup(&r->pool, db_str(res, 3));
		v->lang = pool_strdup(&r->pool, db_str(res, 4));
		v->org = db_int(res, 5);
		v->version = db_int(res, 1);
		v->nroles = 0;
	}
	db_done(res);
	res = db_query("SELECT ro.id, ro.code, IF(? = 'en', ro.name_en, "
	               "ro.name_fr) AS name FROM user_role ur JOIN role ro ON "
	               "ro.id = ur.role_id WHERE ur.user_id = ? ORDER BY name",
	               "si", r->lang, id);
	if (res == NULL)
		return -1;
	a = page_add(a, "roles", NULL);
	while ((rc = db_next(res)) == 1) {
		page_row(a, res, "role");
		if (fill && v->nroles < ROLES_MAX)
			v->roles[v->nroles++] = db_int(res, 0);
	}
	db_done(res);
	return rc == 0 ? 1 : -1;
}

/* Writes the form's values, the organisations the admin may choose from
 * (only for an admin of every organisation) and the roles they may give
 * in the form's organisation. 0 or -1. */
static int form_xml(struct req *r, long long id, const struct values *v)
{
	xmlNodePtr f = page_add(page_content(r), "form", NULL), roles;
	struct db_res *res;
	long n;

	if (id != 0) {
		page_add_int(f, "id", id);
		page_add_int(f, "version", v->version);
	}
	page_add(f, "name", v->name);
	page_add(f, "email", v->email);
	page_add(f, "lang", v->lang);
	page_add_int(f, "org", v->org);
	roles = page_add(f, "roles", NULL);
	for (size_t i = 0; i < v->nroles; i++)
		page_add_int(roles, "role", v->roles[i]);
	if (manages_all(r)) {
		res = db_query("SELECT id, name FROM org ORDER BY name", "");
		n = res != NULL
		        ? page_rows(page_add(page_content(r), "orgs", NULL),
		                    res, "org")
		        : -1;
		db_done(res);
		if (n < 0)
			return -1;
	}
	res = db_query("SELECT ro.id, ro.code, IF(? = 'en', ro.name_en, "
	               "ro.name_fr) AS name FROM role ro WHERE " GRANTABLE
	               " ORDER BY name",
	               "siii", r->lang, v->org, (long long)manages_all(r),
	               r->user.id);
	n = res != NULL
	        ? page_rows(page_add(page_content(r), "grantable", NULL), res,
	                    "role")
	        : -1;
	db_done(res);
	return n < 0 ? -1 : 0;
}

/* The page of account id (0: the creation form) with the values v, or
 * those in the database when v->name is NULL; answers status, 404 when
 * the admin may not see the account, 500 on error. */
static int render(struct req *r, long long id, struct values *v, int status)
{
	struct target t;
	int rc;

	if (id != 0) {
		if ((rc = target_load(r, id, &t)) != 1)
			return rc == 0 ? 404 : 500;
		if ((rc = account_xml(r, &t, v)) != 1)
			return rc == 0 ? 404 : 500;
	}
	return form_xml(r, id, v) == -1 ? 500 : status;
}

/* GET /user (the creation form) or /user?id=N; done=… after an action
 * adds its flash message. */
static int show(struct req *r)
{
	const char *s = req_query(r, "id"), *done = req_query(r, "done");
	struct values v = {0};
	long long id = 0;

	if (s != NULL && !valid_int(s, 1, ID_MAX, &id))
		return 400;
	for (size_t i = 0; done != NULL && i < sizeof dones / sizeof dones[0];
	     i++)
		if (strcmp(done, dones[i].code) == 0)
			page_flash(r, dones[i].key);
	if (id == 0) {
		v.name = "";
		v.email = "";
		v.lang = r->lang;
		v.org = r->user.org_id;
	}
	return render(r, id, &v, 200);
}

/* Reads the submitted form into v for an account of organisation org
 * (the admin's own, or the one chosen by an admin of every organisation).
 * 0, or -1 with the fields in error reported. */
static int read_values(struct req *r, struct values *v, long long org)
{
	static const char *const langs[] = {"fr", "en", NULL};
	long long n = 0;
	int bad = 0, g;

	bad |= form_text(r, "name", &v->name, NAME_MAX_CHARS, REQUIRED);
	bad |= form_email(r, "email", &v->email, REQUIRED);
	bad |= form_enum(r, "lang", langs, &v->lang, REQUIRED);
	v->org = org;
	if (manages_all(r)) {
		if (form_int(r, "org", &v->org, 1, ID_MAX, REQUIRED) == -1)
			bad = -1;
		else if (db_int_query(&n,
		                      "SELECT COUNT(*) FROM org WHERE id = ?",
		                      "i", v->org) < 0)
			return -2;
		else if (n == 0) {
			page_error(r, "org", "err.choice.invalid");
			bad = -1;
		}
	}
	v->nroles = 0;
	for (size_t i = 0; i < r->form.n; i++) {
		const struct field *f = &r->form.v[i];
		long long id;

		if (strcmp(f->name, "roles[]") != 0)
			continue;
		if (v->nroles == ROLES_MAX ||
		    !valid_int(f->value, 1, ID_MAX, &id) ||
		    (g = role_grantable(r, id, v->org)) == 0) {
			page_error(r, "roles", "err.choice.invalid");
			return -1;
		}
		if (g == -1)
			return -2;
		v->roles[v->nroles++] = id;
	}
	if (v->name == NULL)
		v->name = "";
	if (v->email == NULL)
		v->email = "";
	if (v->lang == NULL)
		v->lang = "fr";
	return bad ? -1 : 0;
}

/* Writes a JSON string. */
static void json_str(struct buf *b, const char *s)
{
	buf_puts(b, "\"");
	for (; s != NULL && *s != '\0'; s++) {
		if (*s == '"' || *s == '\\')
			buf_printf(b, "\\%c", *s);
		else if ((unsigned char)*s < 0x20)
			buf_printf(b, "\\u%04x", (unsigned)*s);
		else
			buf_add(b, s, 1);
	}
	buf_puts(b, "\"");
}

/* The account as the audit trail keeps it, before or after a change:
 * {"name":…,"email":…,"lang":…,"org_id":…,"active":…,"roles":"a,b"}.
 * Returns a string of the request's pool, or NULL on error. */
static const char *snapshot(struct req *r, long long id)
{
	struct db_res *res = db_query(
	    "SELECT u.name, u.email, u.lang, u.org_id, u.active, (SELECT "
	    "GROUP_CONCAT(ro.code ORDER BY ro.code SEPARATOR ',') FROM "
	    "user_role ur JOIN role ro ON ro.id = ur.role_id WHERE "
	    "ur.user_id = u.id) FROM users u WHERE u.id = ?",
	    "i", id);
	struct buf b = {0};
	const char *out = NULL;

	if (res == NULL)
		return NULL;
	if (db_next(res) == 1) {
		buf_puts(&b, "{\"name\":");
		json_str(&b, db_str(res, 0));
		buf_puts(&b, ",\"email\":");
		json_str(&b, db_str(res, 1));
		buf_puts(&b, ",\"lang\":");
		json_str(&b, db_str(res, 2));
		buf_printf(&b, ",\"org_id\":%lld,\"active\":%lld,\"roles\":",
		           db_int(res, 3), db_int(res, 4));
		json_str(&b, db_str(res, 5));
		buf_puts(&b, "}");
		out = pool_strdup(&r->pool, b.data);
	}
	db_done(res);
	buf_free(&b);
	return out;
}

/* Gives the account the roles of v among those the admin may give in its
 * organisation, and takes away the others of those; roles the admin may
 * not give stay as they are, and roles of another organisation go. 0 or
 * -1. */
static int roles_set(struct req *r, long long id, const struct values *v)
{
	struct db_res *res;
	long long g[ROLES_MAX];
	size_t ng = 0;
	int rc;

	if (db_exec("DELETE FROM user_role WHERE user_id = ? AND role_id IN "
	            "(SELECT id FROM role WHERE org_id IS NOT NULL AND "
	            "org_id <> ?)",
	            "ii", id, v->org) < 0)
		return -1;
	res = db_query("SELECT ro.id FROM role ro WHERE " GRANTABLE, "iii",
	               v->org, (long long)manages_all(r), r->user.id);
	if (res == NULL)
		return -1;
	while ((rc = db_next(res)) == 1 && ng < ROLES_MAX)
		g[ng++] = db_int(res, 0);
	db_done(res);
	if (rc == -1)
		return -1;
	for (size_t i = 0; i < ng; i++) {
		bool want = false;

		for (size_t j = 0; j < v->nroles; j++)
			want = want || v->roles[j] == g[i];
		if (db_exec(want ? "INSERT IGNORE INTO user_role (user_id, "
		                   "role_id) VALUES (?, ?)"
		                 : "DELETE FROM user_role WHERE user_id = ? "
		                   "AND role_id = ?",
		            "ii", id, g[i]) < 0)
			return -1;
	}
	return 0;
}

/* Sends the admin to the account's page with the flash of done. */
static int done_at(struct req *r, long long id, const char *done)
{
	char to[80];

	snprintf(to, sizeof to, "/user?id=%lld&done=%s", id, done);
	return req_redirect(r,
	                    pool_strdup(&r->pool, to)); /* kept, not copied */
}

/* True when the address belongs to an account other than id. -1 on
 * error. */
static int email_taken(const char *email, long long id)
{
	long long n = 0;

	if (db_int_query(
	        &n, "SELECT COUNT(*) FROM users WHERE email = ? AND id <> ?",
	        "si", email, id) < 0)
		return -1;
	return n > 0;
}

/* The answer to a failed change: the page again, from the database when
 * id is known, with the message key on field; status 409 or 422. */
static int refuse(struct req *r, long long id, struct values *v,
                  const char *field, const char *key, int status)
{
	db_rollback();
	page_error(r, field, key);
	return render(r, id, v, status);
}

/* POST action=create: the account, its roles, its audit row and its
 * activation mail, in one transaction. */
static int create(struct req *r)
{
	struct values v = {0};
	const char *after;
	long long id;
	int rc;

	if ((rc = read_values(r, &v, r->user.org_id)) == -2)
		return 500;
	if (rc == -1)
		return render(r, 0, &v, 422);
	if (db_begin() == -1)
		return 500;
	if ((rc = email_taken(v.email, 0)) != 0)
		return rc == 1
		           ? refuse(r, 0, &v, "email", "err.email.taken", 422)
		           : (db_rollback(), 500);
	if (db_exec("INSERT INTO users (org_id, email, name, lang) VALUES (?, "
	            "?, ?, ?)",
	            "isss", v.org, v.email, v.name, v.lang) < 0) {
		if (db_errno() == 1062)
			return refuse(r, 0, &v, "email", "err.email.taken",
			              422);
		db_rollback();
		return 500;
	}
	id = db_insert_id();
	if (roles_set(r, id, &v) == -1 || (after = snapshot(r, id)) == NULL ||
	    invite_send(id) == -1 ||
	    audit_log(r, 0, "user.created", "user", id, NULL, NULL, after) ==
	        -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	return done_at(r, id, "created");
}

/* The answer when someone else changed the account since the form was
 * read: a newer version, or (on a Galera cluster) a write-set conflict
 * with a change committed on another node. The form again, as it is now,
 * with the message; 409. */
static int stale(struct req *r, long long id)
{
	struct values fresh = {0};

	return refuse(r, id, &fresh, "", "err.conflict", 409);
}

/* POST action=save: the account's fields and roles, if nobody changed it
 * since the form was read (its version). */
static int save(struct req *r, const struct target *t)
{
	struct values v = {0};
	const char *before, *after;
	long long version = 0, n;
	int rc;

	if (form_int(r, "version", &version, 1, VERSION_MAX, REQUIRED) == -1)
		return 400;
	v.version = version;
	if ((rc = read_values(r, &v, t->org)) == -2)
		return 500;
	if (rc == -1)
		return render(r, t->id, &v, 422);
	if (db_begin() == -1)
		return 500;
	if ((rc = email_taken(v.email, t->id)) != 0)
		return rc == 1 ? refuse(r, t->id, &v, "email",
		                        "err.email.taken", 422)
		               : (db_rollback(), 500);
	if ((before = snapshot(r, t->id)) == NULL) {
		db_rollback();
		return 500;
	}
	n = db_exec("UPDATE users SET name = ?, email = ?, lang = ?, org_id = "
	            "?, version = version + 1 WHERE id = ? AND version = ?",
	            "sssiii", v.name, v.email, v.lang, v.org, t->id, version);
	if (n < 0 && db_errno() == 1062)
		return refuse(r, t->id, &v, "email", "err.email.taken", 422);
	if (n == 0 || (n < 0 && db_conflict()))
		return stale(r, t->id);
	if (n < 0 || roles_set(r, t->id, &v) == -1 ||
	    (after = snapshot(r, t->id)) == NULL ||
	    audit_log(r, 0, "user.updated", "user", t->id, NULL, before,
	              after) == -1 ||
	    db_commit() == -1) {
		if (db_conflict())
			return stale(r, t->id);
		db_rollback();
		return 500;
	}
	return done_at(r, t->id, "saved");
}

/* The actions on an account: each one an UPDATE (or a call) that changes
 * something only in the state it expects, its audit row, and the flash
 * code of its success. */
enum act { DEACTIVATE, REACTIVATE, RESEND, MFA_RESET, UNLOCK };

static const char *const act_codes[] = {"deactivate", "reactivate", "resend",
                                        "mfa_reset",  "unlock",     NULL};

/* Runs the action inside the open transaction: 1 done, 0 the account is
 * not in a state that allows it, -1 error. */
static int act_run(long long id, enum act a)
{
	long long n;

	switch (a) {
	case DEACTIVATE:
		n = db_exec("UPDATE users SET active = 0 WHERE id = ? AND "
		            "active = 1",
		            "i", id);
		return n <= 0 ? (int)n
		              : (session_end_user(id, NULL) < 0 ? -1 : 1);
	case REACTIVATE:
		n = db_exec("UPDATE users SET active = 1 WHERE id = ? AND "
		            "active = 0",
		            "i", id);
		return n < 0 ? -1 : n > 0;
	case RESEND:
		if (db_int_query(&n,
		                 "SELECT COUNT(*) FROM users WHERE id = ? AND "
		                 "active = 1 AND activated_at IS NULL",
		                 "i", id) < 0)
			return -1;
		return n == 0 ? 0 : (invite_send(id) == -1 ? -1 : 1);
	case MFA_RESET:
		return mfa_reset(id) == -1 || session_end_user(id, NULL) < 0
		           ? -1
		           : 1;
	case UNLOCK:
		return lockout_unlock(id) == -1 ? -1 : 1;
	}
	return -1;
}

static int act(struct req *r, const struct target *t, enum act a)
{
	static const char *const audits[] = {
	    "user.deactivated", "user.reactivated", "user.invite_resent",
	    "user.mfa_reset", "user.unlocked"};
	static const char *const dones_of[] = {
	    "deactivated", "reactivated", "resent", "mfa_reset", "unlocked"};
	static const char *const refusals[] = {"err.user.not_active",
	                                       "err.user.not_deactivated",
	                                       "err.user.activated", "", ""};
	struct values v = {0};
	const char *before, *after;
	int rc;

	if (a == DEACTIVATE && t->id == r->user.id) {
		page_error(r, "", "err.user.self_deactivate");
		return render(r, t->id, &v, 422);
	}
	if (db_begin() == -1)
		return 500;
	if ((before = snapshot(r, t->id)) == NULL ||
	    (rc = act_run(t->id, a)) == -1) {
		db_rollback();
		return 500;
	}
	if (rc == 0)
		return refuse(r, t->id, &v, "", refusals[a], 409);
	if ((after = snapshot(r, t->id)) == NULL ||
	    audit_log(r, 0, audits[a], "user", t->id, NULL, before, after) ==
	        -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	return done_at(r, t->id, dones_of[a]);
}

/* POST /user: action=create, or action=save|deactivate|… with id. */
static int submit(struct req *r)
{
	static const char *const actions[] = {
	    "create", "save",      "deactivate", "reactivate",
	    "resend", "mfa_reset", "unlock",     NULL};
	const char *action, *s = req_form(r, "id");
	struct target t;
	long long id;
	int rc;

	if (form_enum(r, "action", actions, &action, REQUIRED) == -1)
		return 400;
	if (strcmp(action, "create") == 0)
		return create(r);
	if (s == NULL || !valid_int(s, 1, ID_MAX, &id))
		return 400;
	if ((rc = target_load(r, id, &t)) != 1)
		return rc == 0 ? 404 : 500;
	if (!t.manageable)
		return 403;
	if (strcmp(action, "save") == 0)
		return save(r, &t);
	for (int i = 0; act_codes[i] != NULL; i++)
		if (strcmp(action, act_codes[i]) == 0)
			return act(r, &t, (enum act)i);
	return 400;
}

static const struct screen screen = {
    .name = "user",
    .path = "/user",
    .perm = "users.manage",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
