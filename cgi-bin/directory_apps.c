/* directory_apps: the downstream applications that read the directory's
 * change feed, for the operator. Each has its own API token, shown once
 * when it is made and kept only as its SHA-256; a token can be replaced
 * (the old one stops working at once) or revoked. */
#include <string.h>

#include "app.h"
#include "audit.h"
#include "conf.h"
#include "db.h"
#include "dirsearch.h"
#include "form.h"
#include "page.h"
#include "token.h"

#define ID_MAX      9223372036854775807LL
#define VERSION_MAX 4294967295LL

static int apps_xml(struct req *r)
{
	struct db_res *res = db_query(
	    "SELECT a.id, a.name, a.version, a.created_at, u.name AS "
	    "created_by, a.revoked_at, a.last_used_at, a.last_cursor FROM "
	    "dir_app a LEFT JOIN users u ON u.id = a.created_by ORDER BY "
	    "a.name",
	    "");
	xmlNodePtr feed;
	long n;

	if (dirsearch_menu(r) == -1 || res == NULL) {
		db_done(res);
		return -1;
	}
	n = page_rows(page_add(page_content(r), "apps", NULL), res, "app");
	db_done(res);
	feed = page_add(page_content(r), "feed", NULL);
	page_attr(feed, "url", conf.base_url);
	return n < 0 ? -1 : 0;
}

static int show(struct req *r)
{
	const char *done = req_query(r, "done");

	if (done != NULL && strcmp(done, "revoked") == 0)
		page_flash(r, "flash.directory.app.revoked");
	return apps_xml(r) == -1 ? 500 : 200;
}

/* Shows the new token of app name, once. */
static int shown(struct req *r, const char *name, const char *token)
{
	xmlNodePtr t = page_add(page_content(r), "token", token);

	page_attr(t, "app", name);
	return apps_xml(r) == -1 ? 500 : 200;
}

static int again(struct req *r, const char *field, const char *key, int status)
{
	db_rollback();
	page_error(r, field, key);
	return apps_xml(r) == -1 ? 500 : status;
}

/* POST action=create, name. */
static int create(struct req *r)
{
	char token[TOKEN_TEXT];
	unsigned char hash[32];
	const char *name;
	long long id;

	if (form_text(r, "name", &name, 100, REQUIRED) == -1)
		return apps_xml(r) == -1 ? 500 : 422;
	if (token_new(token) == -1)
		return 500;
	token_sha256(token, strlen(token), hash);
	if (db_begin() == -1)
		return 500;
	if (db_exec("INSERT INTO dir_app (name, token_hash, created_by) "
	            "VALUES (?, ?, ?)",
	            "sbi", name, hash, sizeof hash, r->user.id) != 1)
		return db_errno() == 1062
		           ? again(r, "name", "err.directory.app.taken", 422)
		           : (db_rollback(), 500);
	id = db_insert_id();
	if (audit_log(r, 0, "directory.app.created", "dir_app", id, name, NULL,
	              NULL) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	return shown(r, name, token);
}

/* POST action=rotate|revoke, id, version. */
static int change(struct req *r, bool rotate)
{
	char token[TOKEN_TEXT];
	unsigned char hash[32];
	struct db_res *res;
	const char *name = NULL;
	long long id, version, n;

	if (form_int(r, "id", &id, 1, ID_MAX, REQUIRED) == -1 ||
	    form_int(r, "version", &version, 1, VERSION_MAX, REQUIRED) == -1)
		return 400;
	if (token_new(token) == -1)
		return 500;
	token_sha256(token, strlen(token), hash);
	if (db_begin() == -1)
		return 500;
	res = db_query("SELECT name FROM dir_app WHERE id = ? FOR UPDATE", "i",
	               id);
	if (res != NULL && db_next(res) == 1)
		name = pool_strdup(&r->pool, db_str(res, 0));
	db_done(res);
	if (res == NULL) {
		db_rollback();
		return 500;
	}
	if (name == NULL) {
		db_rollback();
		return 404;
	}
	n = rotate ? db_exec("UPDATE dir_app SET token_hash = ?, revoked_at = "
	                     "NULL, version = version + 1 WHERE id = ? AND "
	                     "version = ?",
	                     "bii", hash, sizeof hash, id, version)
	           : db_exec("UPDATE dir_app SET revoked_at = UTC_TIMESTAMP(), "
	                     "version = version + 1 WHERE id = ? AND version = "
	                     "? AND revoked_at IS NULL",
	                     "ii", id, version);
	if (n == 0)
		return again(r, "", "err.conflict", 409);
	if (n < 0 ||
	    audit_log(r, 0,
	              rotate ? "directory.app.rotated"
	                     : "directory.app.revoked",
	              "dir_app", id, name, NULL, NULL) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	return rotate ? shown(r, name, token)
	              : req_redirect(r, "/directory/apps?done=revoked");
}

static int submit(struct req *r)
{
	static const char *const actions[] = {"create", "rotate", "revoke",
	                                      NULL};
	const char *action;

	if (form_enum(r, "action", actions, &action, REQUIRED) == -1)
		return 400;
	if (strcmp(action, "create") == 0)
		return create(r);
	return change(r, strcmp(action, "rotate") == 0);
}

static const struct screen screen = {
    .name = "directory_apps",
    .path = "/directory/apps",
    .perm = "directory.configure",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
