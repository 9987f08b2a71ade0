/* role: creates a role or edits one: its name in both languages, whether
 * it requires MFA, and its permissions from the catalogue (table
 * permission). A change takes effect on each holder's next request, since
 * permissions are read per request. An admin grants or withdraws only
 * permissions they hold themselves; at least one active user must keep
 * roles.manage. Every change is audited with the role before and after.
 * A role is of a kind, chosen when it is made: an account role (given to
 * users) holds account permissions; a family portal role (given for one
 * client profile at a time) holds portal permissions, which say what the
 * profile shows and grant nothing else, so any roles admin sets them. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "db.h"
#include "form.h"
#include "page.h"

#define NAME_MAX_CHARS 120 /* role.name_fr, role.name_en */
#define CODE_MAX_CHARS 64  /* role.code */
#define PERMS_MAX      64  /* permissions in the catalogue we handle */
#define ADMIN_PERM     "roles.manage"

/* The audit actions of this screen: role.created, role.updated (the
 * catalog check reads quoted "role.…" strings as message keys). */
#define ROLE_ACTION(what) "role." what

/* The role as a short JSON text, for the audit trail. Parameter: id. */
#define SNAPSHOT_SQL                                                           \
	"SELECT JSON_OBJECT('code', r.code, 'kind', r.kind, 'name_fr', "       \
	"r.name_fr, 'name_en', r.name_en, 'mfa_required', r.mfa_required, "    \
	"'permissions', "                                                      \
	"JSON_EXTRACT(COALESCE((SELECT JSON_ARRAYAGG(rp.permission ORDER BY "  \
	"rp.permission) FROM role_permission rp WHERE rp.role_id = r.id), "    \
	"'[]'), '$')) FROM role r WHERE r.id = ?"

struct form {
	long long id, version;
	const char *code, *name_fr, *name_en, *mfa;
	const char *kind;             /* "account" or "portal" */
	const char *perms[PERMS_MAX]; /* the permissions it will grant */
	size_t nperms;
};

static const char *const yes[] = {"1", NULL};
static const char *const kinds[] = {"account", "portal", NULL};

/* True when the admin may decide whether a role of kind holds permission
 * code, of kind perm_kind: a permission of the role's kind that the admin
 * holds, or any portal permission for a portal role. */
static bool decides(const struct req *r, const char *kind,
                    const char *perm_kind, const char *code)
{
	if (strcmp(kind, perm_kind) != 0)
		return false;
	return strcmp(kind, "portal") == 0 || req_can(r, code);
}

/* True when code is among the n permissions of set. */
static bool holds(const char *const *set, size_t n, const char *code)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(set[i], code) == 0)
			return true;
	return false;
}

/* Reads the role id into f (0 and the defaults for a new role) with its
 * current values. Returns 200, 404 when the role does not exist or belongs
 * to an organisation the admin may not see, 500. */
static int load(struct req *r, long long id, struct form *f)
{
	struct db_res *res;
	int rc;

	memset(f, 0, sizeof *f);
	f->code = f->name_fr = f->name_en = f->mfa = "";
	f->kind = kinds[0];
	if (id == 0) {
		f->mfa = "1";
		return 200;
	}
	res = db_query("SELECT code, name_fr, name_en, mfa_required, version, "
	               "kind FROM role WHERE id = ? AND (? = 1 OR org_id = ?)",
	               "iii", id, req_can(r, "users.manage_all") ? 1LL : 0LL,
	               r->user.org_id);
	if (res == NULL || (rc = db_next(res)) == -1) {
		db_done(res);
		return 500;
	}
	if (rc == 0) {
		db_done(res);
		return 404;
	}
	f->id = id;
	f->code = pool_strdup(&r->pool, db_str(res, 0));
	f->name_fr = pool_strdup(&r->pool, db_str(res, 1));
	f->name_en = pool_strdup(&r->pool, db_str(res, 2));
	f->mfa = db_int(res, 3) ? "1" : "";
	f->version = db_int(res, 4);
	f->kind = strcmp(db_str(res, 5), "portal") == 0 ? kinds[1] : kinds[0];
	db_done(res);
	res = db_query("SELECT permission FROM role_permission WHERE "
	               "role_id = ? ORDER BY permission",
	               "i", id);
	while (res != NULL && (rc = db_next(res)) == 1 && f->nperms < PERMS_MAX)
		f->perms[f->nperms++] = pool_strdup(&r->pool, db_str(res, 0));
	db_done(res);
	return res != NULL && rc != -1 ? 200 : 500;
}

/* Writes the form's page: the role as f holds it and the catalogue with
 * each permission checked or not, and held or not by the admin. */
static int show(struct req *r, const struct form *f, int status)
{
	xmlNodePtr c = page_content(r), role, list;
	struct db_res *res;
	char num[24];
	int rc;

	role = page_add(c, "role", NULL);
	if (f->id != 0) {
		snprintf(num, sizeof num, "%lld", f->id);
		page_attr(role, "id", num);
		snprintf(num, sizeof num, "%lld", f->version);
		page_attr(role, "version", num);
	}
	page_add(role, "code", f->code);
	page_add(role, "name_fr", f->name_fr);
	page_add(role, "name_en", f->name_en);
	page_add(role, "mfa_required", *f->mfa != '\0' ? "1" : "0");
	page_add(role, "kind", f->kind);
	if (strcmp(req_query(r, "msg") ? req_query(r, "msg") : "", "saved") ==
	    0)
		page_flash(r, "flash.role.saved");
	list = page_add(c, "permissions", NULL);
	res = db_query("SELECT code FROM permission WHERE kind = ? ORDER BY "
	               "code",
	               "s", f->kind);
	while (res != NULL && (rc = db_next(res)) == 1) {
		const char *code = db_str(res, 0);
		xmlNodePtr p = page_add(list, "permission", NULL);

		page_attr(p, "code", code);
		if (holds(f->perms, f->nperms, code))
			page_attr(p, "checked", "1");
		if (decides(r, f->kind, f->kind, code))
			page_attr(p, "held", "1");
	}
	db_done(res);
	return res != NULL && rc != -1 ? status : 500;
}

/* GET /role?id=N edits role N; GET /role starts a new one, of the kind
 * ?kind= names (an account role by default). */
static int edit(struct req *r)
{
	const char *v = req_query(r, "id"), *kind = req_query(r, "kind");
	long long id = 0;
	struct form f;
	int rc;

	if (v != NULL && !valid_int(v, 1, 9223372036854775807LL, &id))
		return 404;
	if ((rc = load(r, id, &f)) != 200)
		return rc;
	if (id == 0 && kind != NULL) {
		if (strcmp(kind, kinds[0]) != 0 && strcmp(kind, kinds[1]) != 0)
			return 404;
		if (strcmp(kind, kinds[1]) == 0) {
			f.kind = kinds[1];
			f.mfa = ""; /* portal roles ask for it where needed */
		}
	}
	return show(r, &f, 200);
}

/* The kind of permission code ("account", "portal"), or NULL when there
 * is no such permission or the database fails. */
static const char *perm_kind(struct req *r, const char *code)
{
	struct db_res *res =
	    db_query("SELECT kind FROM permission WHERE code = ?", "s", code);
	const char *kind = NULL;

	if (res != NULL && db_next(res) == 1)
		kind = pool_strdup(&r->pool, db_str(res, 0));
	db_done(res);
	return kind;
}

/* True when s is a role code: a lowercase letter, then lowercase letters,
 * digits and underscores. */
static bool valid_code(const char *s)
{
	if (*s < 'a' || *s > 'z')
		return false;
	for (; *s != '\0'; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
		      *s == '_'))
			return false;
	return true;
}

/* Reads the submitted form over cur (the role as stored); a checked
 * permission comes as perm.<code>=1. The admin
 * decides only the permissions they hold; the others stay as they are.
 * Reports bad fields; returns 0 or -1. */
static int read_form(struct req *r, const struct form *cur, struct form *f)
{
	int bad = 0;

	*f = *cur;
	f->nperms = 0;
	if (cur->id != 0)
		bad |= form_int(r, "version", &f->version, 1, 4294967295LL,
		                REQUIRED);
	else if (form_text(r, "code", &f->code, CODE_MAX_CHARS, REQUIRED) ==
	             0 &&
	         !valid_code(f->code)) {
		page_error(r, "code", "err.role.code.invalid");
		bad = -1;
	}
	if (cur->id == 0) {
		bad |= form_enum(r, "kind", kinds, &f->kind, OPTIONAL);
		if (f->kind == NULL || *f->kind == '\0')
			f->kind = kinds[0];
	}
	bad |= form_text(r, "name_fr", &f->name_fr, NAME_MAX_CHARS, REQUIRED);
	bad |= form_text(r, "name_en", &f->name_en, NAME_MAX_CHARS, REQUIRED);
	bad |= form_enum(r, "mfa_required", yes, &f->mfa, OPTIONAL);
	if (f->mfa == NULL)
		f->mfa = "";
	for (size_t i = 0; i < r->form.n; i++) {
		const char *p = r->form.v[i].name + 5; /* after "perm." */
		const char *pk;

		if (strncmp(r->form.v[i].name, "perm.", 5) != 0 ||
		    strcmp(r->form.v[i].value, "1") != 0 ||
		    holds(f->perms, f->nperms, p) ||
		    (pk = perm_kind(r, p)) == NULL ||
		    !decides(r, f->kind, pk, p))
			continue;
		if (f->nperms == PERMS_MAX) {
			page_error(r, "perm", "err.choice.invalid");
			return -1;
		}
		f->perms[f->nperms++] = p;
	}
	for (size_t i = 0; i < cur->nperms; i++)
		if (strcmp(f->kind, "portal") != 0 &&
		    !req_can(r, cur->perms[i]) && f->nperms < PERMS_MAX)
			f->perms[f->nperms++] = cur->perms[i];
	return bad != 0 ? -1 : 0;
}

/* The role's audit snapshot (pool text), or NULL on error. */
static const char *snapshot(struct req *r, long long id)
{
	struct db_res *res = db_query(SNAPSHOT_SQL, "i", id);
	const char *s = NULL;

	if (res != NULL && db_next(res) == 1)
		s = pool_strdup(&r->pool, db_str(res, 0));
	db_done(res);
	return s;
}

/* Writes f in the open transaction: the role row (a stale version leaves
 * *stale set), then its permissions. Returns 0 or -1. */
static int store(struct req *r, struct form *f, bool *stale)
{
	long long n;

	*stale = false;
	if (f->id == 0) {
		bool all = req_can(r, "users.manage_all");

		if (db_exec("INSERT INTO role (code, name_fr, name_en, "
		            "mfa_required, kind) VALUES (?, ?, ?, ?, ?)",
		            "sssis", f->code, f->name_fr, f->name_en,
		            *f->mfa != '\0' ? 1LL : 0LL, f->kind) == -1)
			return -1;
		f->id = db_insert_id();
		if (!all && db_exec("UPDATE role SET org_id = ? WHERE id = ?",
		                    "ii", r->user.org_id, f->id) != 1)
			return -1;
	} else {
		n = db_exec("UPDATE role SET name_fr = ?, name_en = ?, "
		            "mfa_required = ?, version = version + 1 "
		            "WHERE id = ? AND version = ?",
		            "ssiii", f->name_fr, f->name_en,
		            *f->mfa != '\0' ? 1LL : 0LL, f->id, f->version);
		if (n != 1) {
			*stale = n == 0;
			return -1;
		}
		if (db_exec("DELETE FROM role_permission WHERE role_id = ?",
		            "i", f->id) < 0)
			return -1;
	}
	for (size_t i = 0; i < f->nperms; i++)
		if (db_exec("INSERT INTO role_permission (role_id, permission) "
		            "SELECT ?, code FROM permission WHERE code = ?",
		            "is", f->id, f->perms[i]) < 0)
			return -1;
	return 0;
}

/* Answers a failed save: the form again with err_key, status given. */
static int refuse(struct req *r, const struct form *f, const char *field,
                  const char *err_key, int status)
{
	db_rollback();
	page_error(r, field, err_key);
	return show(r, f, status);
}

/* POST /role: saves the form in one transaction with its audit row, then
 * goes back to the role. 422 on bad input, 409 on a stale version. */
static int save(struct req *r)
{
	long long id = 0, admins;
	const char *before = NULL, *after;
	struct form cur, f;
	bool stale;
	int rc;
	char to[64];

	if (form_int(r, "id", &id, 1, 9223372036854775807LL, OPTIONAL) == -1)
		return 404;
	if ((rc = load(r, id, &cur)) != 200)
		return rc;
	if (read_form(r, &cur, &f) == -1)
		return show(r, &f, 422);
	/* Saves of roles run one at a time: the last-admin rule holds. */
	if (db_begin() == -1 ||
	    db_int_query(&admins,
	                 "SELECT 1 FROM permission WHERE code = ? FOR UPDATE",
	                 "s", ADMIN_PERM) != 1 ||
	    (id != 0 && (before = snapshot(r, id)) == NULL)) {
		db_rollback();
		return 500;
	}
	if (store(r, &f, &stale) == -1) {
		/* A stale version, or the same row written on another node of
		 * the cluster at the same moment: the same answer. */
		if (stale || (id != 0 && db_conflict())) {
			db_rollback();
			if ((rc = load(r, id, &f)) != 200)
				return rc;
			return refuse(r, &f, "", "err.conflict", 409);
		}
		if (db_errno() == 1062)
			return refuse(r, &f, "code", "err.role.code.taken",
			              422);
		db_rollback();
		return 500;
	}
	if (db_int_query(&admins,
	                 "SELECT COUNT(DISTINCT ur.user_id) FROM user_role ur "
	                 "JOIN users u ON u.id = ur.user_id AND u.active = 1 "
	                 "JOIN role_permission rp ON rp.role_id = ur.role_id "
	                 "WHERE rp.permission = ?",
	                 "s", ADMIN_PERM) != 1) {
		db_rollback();
		return 500;
	}
	if (admins == 0)
		return refuse(r, &f, "perm", "err.role.last_admin", 422);
	if ((after = snapshot(r, f.id)) == NULL ||
	    audit_log(r, 0,
	              id != 0 ? ROLE_ACTION("updated") : ROLE_ACTION("created"),
	              "role", f.id, f.code, before, after) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	snprintf(to, sizeof to, "/role?id=%lld&msg=saved", f.id);
	return req_redirect(r, to);
}

static const struct screen screen = {
    .name = "role",
    .path = "/role",
    .perm = "roles.manage",
    .get = edit,
    .post = save,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
