/* directory_centres: the coordination centres and their areas, for the
 * operator. An area is a list of postal code prefixes; a postal code
 * belongs to the centre of its longest prefix, and each record of the
 * directory is routed again when the areas change. A centre is an
 * organisation of kind 'centre'; its admins are its users with the
 * centre_admin role. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "db.h"
#include "dirperson.h"
#include "dirsearch.h"
#include "form.h"
#include "page.h"

#define ID_MAX     9223372036854775807LL
#define AREA_CHARS 1500

/* The centres with their prefixes (space-separated, in order) and
 * their counts. 0 or -1. */
static int centres_xml(struct req *r)
{
	struct db_res *res = db_query(
	    "SELECT o.id, o.name, COALESCE((SELECT GROUP_CONCAT(a.prefix "
	    "ORDER BY a.prefix SEPARATOR ' ') FROM dir_centre_area a WHERE "
	    "a.org_id = o.id), '') AS prefixes, (SELECT COUNT(*) FROM "
	    "dir_person p WHERE p.centre_id = o.id) AS persons, (SELECT "
	    "COUNT(*) FROM users u WHERE u.org_id = o.id AND u.active = 1 AND "
	    "EXISTS (SELECT 1 FROM user_role ur JOIN role_permission rp ON "
	    "rp.role_id = ur.role_id WHERE ur.user_id = u.id AND "
	    "rp.permission = 'directory.admin')) AS admins FROM org o WHERE "
	    "o.kind = 'centre' ORDER BY o.name",
	    "");
	long n;

	if (res == NULL)
		return -1;
	n = page_rows(page_add(page_content(r), "centres", NULL), res,
	              "centre");
	db_done(res);
	return n < 0 ? -1 : 0;
}

static int show(struct req *r)
{
	const char *done = req_query(r, "done");

	if (done != NULL)
		page_flash(r, strcmp(done, "added") == 0
		                  ? "flash.directory.centre.added"
		                  : "flash.directory.centre.saved");
	return dirsearch_menu(r) == -1 || centres_xml(r) == -1 ? 500 : 200;
}

static int again(struct req *r, int status)
{
	db_rollback();
	return dirsearch_menu(r) == -1 || centres_xml(r) == -1 ? 500 : status;
}

/* The centre's prefixes as stored ("" when none), locking them. */
static const char *prefixes_of(struct req *r, long long id)
{
	struct db_res *res = db_query(
	    "SELECT COALESCE(GROUP_CONCAT(prefix ORDER BY prefix SEPARATOR ' "
	    "'), '') FROM dir_centre_area WHERE org_id = ? FOR UPDATE",
	    "i", id);
	const char *s = NULL;

	if (res != NULL && db_next(res) == 1)
		s = pool_strdup(&r->pool, db_str(res, 0));
	db_done(res);
	return s;
}

/* POST action=areas, id, before (the prefixes the form showed), areas:
 * replaces the centre's prefixes, if nobody changed them meanwhile. */
static int areas(struct req *r)
{
	const char *text, *before, *now, *after;
	char field[32], prefix[6];
	long long id, n = 0, moved;

	if (form_int(r, "id", &id, 1, ID_MAX, REQUIRED) == -1 ||
	    form_text(r, "before", &before, AREA_CHARS, OPTIONAL) == -1)
		return 400;
	snprintf(field, sizeof field, "areas_%lld", id);
	if (form_text(r, pool_strdup(&r->pool, field), &text, AREA_CHARS,
	              OPTIONAL) == -1)
		return again(r, 422);
	if (db_int_query(&n,
	                 "SELECT COUNT(*) FROM org WHERE id = ? AND kind = "
	                 "'centre'",
	                 "i", id) != 1)
		return 500;
	if (n == 0)
		return 404;
	if (db_begin() == -1)
		return 500;
	if ((now = prefixes_of(r, id)) == NULL)
		goto fail;
	if (strcmp(now, before) != 0) {
		page_error(r, "", "err.conflict");
		return again(r, 409);
	}
	if (db_exec("DELETE FROM dir_centre_area WHERE org_id = ?", "i", id) <
	    0)
		goto fail;
	for (const char *p = text; *p != '\0';) {
		size_t len = strcspn(p, " ,;\r\n\t");
		long long other = 0;

		if (len == 0) {
			p++;
			continue;
		}
		if (len > 5 || strspn(p, "0123456789") < len) {
			page_error(r, pool_strdup(&r->pool, field),
			           "err.directory.centre.prefix");
			return again(r, 422);
		}
		memcpy(prefix, p, len);
		prefix[len] = '\0';
		p += len;
		if (db_int_query(&other,
		                 "SELECT COUNT(*) FROM dir_centre_area WHERE "
		                 "prefix = ? AND org_id <> ?",
		                 "si", prefix, id) < 0)
			goto fail;
		if (other > 0) {
			page_error(r, pool_strdup(&r->pool, field),
			           "err.directory.centre.taken");
			return again(r, 422);
		}
		if (db_exec("INSERT IGNORE INTO dir_centre_area (prefix, "
		            "org_id) VALUES (?, ?)",
		            "si", prefix, id) < 0)
			goto fail;
	}
	if ((after = prefixes_of(r, id)) == NULL ||
	    (moved = dirperson_route_all()) < 0 ||
	    audit_log(r, 0, "directory.centre.areas", "org", id, NULL, now,
	              after) == -1 ||
	    db_commit() == -1)
		goto fail;
	return req_redirect(r, "/directory/centres?done=saved");
fail:
	db_rollback();
	return 500;
}

/* POST action=add, name: a new centre. */
static int add(struct req *r)
{
	const char *name;
	long long id;

	if (form_text(r, "name", &name, 200, REQUIRED) == -1)
		return again(r, 422);
	if (db_begin() == -1)
		return 500;
	if (db_exec("INSERT INTO org (kind, name) VALUES ('centre', ?)", "s",
	            name) != 1) {
		if (db_errno() == 1062) {
			page_error(r, "name", "err.directory.centre.name");
			return again(r, 422);
		}
		goto fail;
	}
	id = db_insert_id();
	if (audit_log(r, 0, "directory.centre.added", "org", id, NULL, NULL,
	              name) == -1 ||
	    db_commit() == -1)
		goto fail;
	return req_redirect(r, "/directory/centres?done=added");
fail:
	db_rollback();
	return 500;
}

static int submit(struct req *r)
{
	static const char *const actions[] = {"areas", "add", NULL};
	const char *action;

	if (form_enum(r, "action", actions, &action, REQUIRED) == -1)
		return 400;
	return strcmp(action, "add") == 0 ? add(r) : areas(r);
}

static const struct screen screen = {
    .name = "directory_centres",
    .path = "/directory/centres",
    .perm = "directory.configure",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
