/* directory_lists: the custom lists of the directory, saved searches that
 * the admins of the coordination centres name and share (the guide's
 * "04-ACCES-WebDCR": persons whose access to a service is to process):
 * each with its count, created from the search page, renamed, deleted. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "db.h"
#include "dirsearch.h"
#include "form.h"
#include "page.h"

#define NAME_MAX_CHARS 100
#define QUERY_MAX      2000
#define ID_MAX         9223372036854775807LL
#define VERSION_MAX    4294967295LL

static const struct {
	const char *code, *key;
} dones[] = {
    {"renamed", "flash.directory.list.renamed"},
    {"deleted", "flash.directory.list.deleted"},
};

/* Writes every list with its filters and count under <lists>, and the
 * menu. 0 or -1. */
static int lists_xml(struct req *r)
{
	xmlNodePtr lists = page_add(page_content(r), "lists", NULL);
	struct db_res *res;
	int rc;

	if (dirsearch_menu(r) == -1)
		return -1;
	res = db_query("SELECT l.id, l.name, l.version, l.query, l.created_at, "
	               "u.name AS created_by FROM dir_list l LEFT JOIN users u "
	               "ON u.id = l.created_by ORDER BY l.name",
	               "");
	if (res == NULL)
		return -1;
	while ((rc = db_next(res)) == 1) {
		xmlNodePtr l = page_row(lists, res, "list");
		struct dir_filter f;
		long long count;
		int read = dirsearch_read_saved(r, db_str(res, 3), &f);

		if (read == -2 ||
		    (read == 0 && dirsearch_count(r, &f, &count) == -1)) {
			rc = -1;
			break;
		}
		if (read == 0) {
			page_add_int(l, "count", count);
			dirsearch_filters_xml(&f, l);
		}
	}
	db_done(res);
	return rc == 0 ? 0 : -1;
}

static int show(struct req *r)
{
	const char *done = req_query(r, "done");

	for (size_t i = 0; done != NULL && i < sizeof dones / sizeof dones[0];
	     i++)
		if (strcmp(done, dones[i].code) == 0)
			page_flash(r, dones[i].key);
	return lists_xml(r) == -1 ? 500 : 200;
}

/* The page again with a message on field, and what was being created. */
static int refuse(struct req *r, const char *field, const char *key,
                  const char *name, const char *query, int status)
{
	xmlNodePtr n;

	db_rollback();
	if (key != NULL)
		page_error(r, field, key);
	n = page_add(page_content(r), "newlist", NULL);
	page_add(n, "name", name);
	page_add(n, "query", query);
	return lists_xml(r) == -1 ? 500 : status;
}

/* POST action=create, list_name, query: a list of the search's filters,
 * which must read and be some. */
static int create(struct req *r)
{
	const char *name, *query;
	struct dir_filter f;
	char to[64];
	long long id;

	if (form_text(r, "query", &query, QUERY_MAX, OPTIONAL) == -1)
		return 400;
	if (form_text(r, "list_name", &name, NAME_MAX_CHARS, REQUIRED) == -1)
		return refuse(r, NULL, NULL, name != NULL ? name : "", query,
		              422);
	if (dirsearch_read_saved(r, query, &f) != 0 || dirsearch_empty(&f))
		return refuse(r, "list_name", "err.directory.list.query", name,
		              query, 422);
	if (db_begin() == -1)
		return 500;
	if (db_exec("INSERT INTO dir_list (name, query, created_by) VALUES "
	            "(?, ?, ?)",
	            "ssi", name, dirsearch_query(r, &f), r->user.id) != 1)
		return db_errno() == 1062
		           ? refuse(r, "list_name", "err.directory.list.taken",
		                    name, query, 422)
		           : (db_rollback(), 500);
	id = db_insert_id();
	if (audit_log(r, 0, "directory.list.created", "dir_list", id, name,
	              NULL, dirsearch_query(r, &f)) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	snprintf(to, sizeof to, "/directory?list=%lld", id);
	return req_redirect(r, pool_strdup(&r->pool, to));
}

/* The list's name before a change, locking it; NULL when it is gone. */
static const char *name_of(struct req *r, long long id)
{
	struct db_res *res = db_query(
	    "SELECT name FROM dir_list WHERE id = ? FOR UPDATE", "i", id);
	const char *s = NULL;

	if (res != NULL && db_next(res) == 1)
		s = pool_strdup(&r->pool, db_str(res, 0));
	db_done(res);
	return s;
}

/* POST action=rename|delete with id and version. */
static int change(struct req *r, bool rename)
{
	const char *name = "", *before;
	long long id, version;
	long long n;
	char field[40];

	if (form_int(r, "id", &id, 1, ID_MAX, REQUIRED) == -1 ||
	    form_int(r, "version", &version, 1, VERSION_MAX, REQUIRED) == -1)
		return 400;
	/* Each list's rename form has its own field, name_<id>. */
	snprintf(field, sizeof field, "name_%lld", id);
	if (rename && form_text(r, pool_strdup(&r->pool, field), &name,
	                        NAME_MAX_CHARS, REQUIRED) == -1)
		return lists_xml(r) == -1 ? 500 : 422;
	if (db_begin() == -1)
		return 500;
	if ((before = name_of(r, id)) == NULL) {
		db_rollback();
		return 404;
	}
	n = rename
	        ? db_exec("UPDATE dir_list SET name = ?, version = version "
	                  "+ 1 WHERE id = ? AND version = ?",
	                  "sii", name, id, version)
	        : db_exec("DELETE FROM dir_list WHERE id = ? AND version = ?",
	                  "ii", id, version);
	if (n < 0 && db_errno() == 1062)
		return refuse(r, pool_strdup(&r->pool, field),
		              "err.directory.list.taken", "", "", 422);
	if (n == 0)
		return refuse(r, "", "err.conflict", "", "", 409);
	if (n < 0 ||
	    audit_log(
	        r, 0,
	        rename ? "directory.list.renamed" : "directory.list.deleted",
	        "dir_list", id, NULL, before, rename ? name : NULL) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	return req_redirect(r, rename ? "/directory/lists?done=renamed"
	                              : "/directory/lists?done=deleted");
}

static int submit(struct req *r)
{
	static const char *const actions[] = {"create", "rename", "delete",
	                                      NULL};
	const char *action;

	if (form_enum(r, "action", actions, &action, REQUIRED) == -1)
		return 400;
	if (strcmp(action, "create") == 0)
		return create(r);
	return change(r, strcmp(action, "rename") == 0);
}

static const struct screen screen = {
    .name = "directory_lists",
    .path = "/directory/lists",
    .perm = "directory.admin",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
