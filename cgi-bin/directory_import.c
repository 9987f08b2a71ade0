/* directory_import: bulk creation of directory records from a pivot file.
 * The admin uploads the file; the preview lists every line's errors and
 * nothing is kept of a file that has any; a file without errors waits as
 * a preview until the admin confirms it, then every line is created in
 * one transaction or none (checked again then, against the directory as
 * it is), and the report lists what was made. An admin sees the imports
 * of their own organisation only. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "db.h"
#include "dirimport.h"
#include "dirperson.h"
#include "dirsearch.h"
#include "form.h"
#include "page.h"
#include "utf8.h"

#define ID_MAX             9223372036854775807LL
#define PREVIEW_LINES      200 /* lines shown in a preview */
#define FILENAME_MAX_CHARS 200

/* Writes the result of a check under <check>: the file's reading, its
 * errors, and its first lines. */
static void check_xml(struct req *r, const struct dirimport *imp,
                      const char *filename)
{
	xmlNodePtr c = page_add(page_content(r), "check", NULL), e, l;
	char n[24];

	page_attr(c, "filename", filename);
	page_attr(c, "encoding", imp->encoding);
	page_attr(c, "separator", imp->sep == ';' ? "semicolon" : "comma");
	snprintf(n, sizeof n, "%lu", (unsigned long)imp->nlines);
	page_attr(c, "lines", n);
	snprintf(n, sizeof n, "%lu", (unsigned long)imp->nerrors);
	page_attr(c, "errors", n);
	e = page_add(c, "errors", NULL);
	for (size_t i = 0; i < imp->nerrors; i++) {
		xmlNodePtr x = page_add(e, "error", NULL);
		snprintf(n, sizeof n, "%lu",
		         (unsigned long)imp->errors[i].line);
		page_attr(x, "line", n);
		page_attr(x, "column", imp->errors[i].column);
		page_attr(x, "key", imp->errors[i].key);
	}
	l = page_add(c, "lines", NULL);
	for (size_t i = 0; i < imp->nlines && i < PREVIEW_LINES; i++) {
		const struct dirimport_line *d = &imp->lines[i];
		xmlNodePtr x = page_add(l, "line", NULL);

		snprintf(n, sizeof n, "%lu", (unsigned long)d->line);
		page_attr(x, "n", n);
		page_add(x, "family_name", d->v.family_name);
		page_add(x, "given_name", d->v.given_name);
		page_add(x, "profession", d->v.profession);
		page_add(x, "rpps", d->v.rpps);
		page_add(x, "email", d->v.email);
		page_add(x, "postal_code", d->v.postal_code);
		page_add(x, "city", d->v.city);
		page_add(x, "structure", d->structure);
		snprintf(n, sizeof n, "%lu", (unsigned long)d->nservices);
		page_add(x, "services", n);
	}
}

/* The recent imports of the admin's organisation, for the upload page. */
static int recent_xml(struct req *r)
{
	struct db_res *res = db_query(
	    "SELECT i.id, i.filename, i.state, i.line_count, i.created_count, "
	    "i.invited_count, i.created_at, i.imported_at, u.name AS user FROM "
	    "dir_import i LEFT JOIN users u ON u.id = i.user_id WHERE "
	    "i.org_id = ? ORDER BY i.created_at DESC, i.id DESC LIMIT 20",
	    "i", r->user.org_id);
	long n;

	if (res == NULL)
		return -1;
	n = page_rows(page_add(page_content(r), "imports", NULL), res,
	              "import");
	db_done(res);
	return n < 0 ? -1 : 0;
}

/* The import id of the admin's organisation, under <import>, with its
 * content when it is a preview. 1, 0 when there is none of theirs, -1. */
static int import_load(struct req *r, long long id, bool lock,
                       const char **content, size_t *len)
{
	struct db_res *res = db_query(
	    lock ? "SELECT id, filename, state, line_count, created_count, "
	           "invited_count, created_at, imported_at, content FROM "
	           "dir_import WHERE id = ? AND org_id = ? FOR UPDATE"
	         : "SELECT id, filename, state, line_count, created_count, "
	           "invited_count, created_at, imported_at, content FROM "
	           "dir_import WHERE id = ? AND org_id = ?",
	    "ii", id, r->user.org_id);
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		xmlNodePtr n = page_add(page_content(r), "import", NULL);
		for (int i = 0; i < 8; i++)
			if (db_str(res, i) != NULL)
				page_add(n, db_colname(res, i), db_str(res, i));
		*len = db_len(res, 8);
		*content = db_str(res, 8) != NULL
		               ? pool_strndup(&r->pool, db_str(res, 8), *len)
		               : NULL;
	}
	db_done(res);
	return rc;
}

/* The records an import created, for its report. */
static int created_xml(struct req *r, long long id)
{
	struct db_res *res = db_query(
	    "SELECT p.id, p.family_name, p.given_name, p.login, p.matricule, "
	    "p.email, u.id IS NOT NULL AS invited FROM dir_person p LEFT JOIN "
	    "users u ON u.id = p.user_id WHERE p.import_id = ? ORDER BY p.id",
	    "i", id);
	long n;

	if (res == NULL)
		return -1;
	n = page_rows(page_add(page_content(r), "created", NULL), res,
	              "person");
	db_done(res);
	return n < 0 ? -1 : 0;
}

/* GET /directory/import, or ?id=N: its preview or its report. */
static int show(struct req *r)
{
	const char *s = req_query(r, "id"), *content = NULL;
	struct dirimport imp;
	long long id;
	size_t len = 0;
	int rc;

	if (dirsearch_menu(r) == -1)
		return 500;
	if (s == NULL)
		return recent_xml(r) == -1 ? 500 : 200;
	if (!valid_int(s, 1, ID_MAX, &id))
		return 400;
	if ((rc = import_load(r, id, false, &content, &len)) != 1)
		return rc == 0 ? 404 : 500;
	if (content != NULL) {
		if (dirimport_check(r, content, len, &imp) == -1)
			return 500;
		check_xml(r, &imp, "");
		return 200;
	}
	return created_xml(r, id) == -1 ? 500 : 200;
}

/* A file name as kept: its last path part, cut to the column. */
static const char *file_name(struct req *r, const char *name)
{
	const char *base = strrchr(name, '/'), *b2 = strrchr(name, '\\');
	size_t n = 0, chars = 0;

	if (b2 != NULL && (base == NULL || b2 > base))
		base = b2;
	base = base != NULL ? base + 1 : name;
	while (base[n] != '\0' && chars < FILENAME_MAX_CHARS) {
		n++;
		while ((base[n] & 0xC0) == 0x80)
			n++;
		chars++;
	}
	return pool_strndup(&r->pool, base, n);
}

/* POST action=upload, file: the check; a file without errors is kept as
 * a preview to confirm. */
static int upload(struct req *r)
{
	const struct field *f = fields_get(&r->form, "file");
	const char *name;
	struct dirimport imp;
	char to[64];
	long long id;

	if (dirsearch_menu(r) == -1)
		return 500;
	if (f == NULL || f->filename == NULL || f->len == 0) {
		page_error(r, "file", "err.directory.import.no_file");
		return recent_xml(r) == -1 ? 500 : 422;
	}
	if ((long)f->len > DIRIMPORT_BYTES_MAX) {
		page_error(r, "file", "err.directory.import.too_big");
		return recent_xml(r) == -1 ? 500 : 422;
	}
	name = file_name(r, f->filename);
	if (name == NULL || !utf8_valid_text(name, strlen(name)))
		name = "";
	if (dirimport_check(r, f->value, f->len, &imp) == -1)
		return 500;
	if (imp.nerrors > 0) {
		page_error(r, "file", "err.directory.import.refused");
		check_xml(r, &imp, name);
		return 422;
	}
	if (db_begin() == -1)
		return 500;
	if (db_exec("INSERT INTO dir_import (org_id, user_id, filename, "
	            "encoding, separator_char, content, line_count) VALUES "
	            "(?, ?, ?, ?, ?, ?, ?)",
	            "iisssbi", r->user.org_id, r->user.id, name, imp.encoding,
	            imp.sep == ';' ? ";" : ",", f->value, f->len,
	            (long long)imp.nlines) != 1) {
		db_rollback();
		return 500;
	}
	id = db_insert_id();
	if (audit_log(r, 0, "directory.import.checked", "dir_import", id, name,
	              NULL, NULL) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	snprintf(to, sizeof to, "/directory/import?id=%lld", id);
	return req_redirect(r, pool_strdup(&r->pool, to));
}

/* POST action=confirm|discard, id: the preview's import, all or nothing;
 * or its discarding. */
static int decide(struct req *r, bool confirm)
{
	const char *content = NULL;
	struct dirimport imp;
	long long id, created = 0, invited = 0;
	size_t len = 0;
	char to[64], counts[64];
	int rc;

	if (form_int(r, "id", &id, 1, ID_MAX, REQUIRED) == -1)
		return 400;
	if (dirsearch_menu(r) == -1 || db_begin() == -1)
		return 500;
	if ((rc = import_load(r, id, true, &content, &len)) != 1) {
		db_rollback();
		return rc == 0 ? 404 : 500;
	}
	if (content == NULL) { /* already imported or discarded */
		db_rollback();
		page_error(r, "", "err.directory.import.done");
		return created_xml(r, id) == -1 ? 500 : 409;
	}
	if (!confirm) {
		if (db_exec(
		        "UPDATE dir_import SET state = 'discarded', content "
		        "= NULL WHERE id = ?",
		        "i", id) != 1 ||
		    audit_log(r, 0, "directory.import.discarded", "dir_import",
		              id, NULL, NULL, NULL) == -1 ||
		    db_commit() == -1) {
			db_rollback();
			return 500;
		}
		return req_redirect(r, "/directory/import");
	}
	if (dirimport_check(r, content, len, &imp) == -1) {
		db_rollback();
		return 500;
	}
	if (imp.nerrors > 0) { /* the directory changed since the preview */
		db_rollback();
		page_error(r, "", "err.directory.import.refused");
		check_xml(r, &imp, "");
		return 422;
	}
	snprintf(counts, sizeof counts, "%lu", (unsigned long)imp.nlines);
	if (dirimport_apply(r, &imp, id, &created, &invited) == -1 ||
	    db_exec("UPDATE dir_import SET state = 'imported', content = NULL, "
	            "created_count = ?, invited_count = ?, imported_at = "
	            "UTC_TIMESTAMP() WHERE id = ?",
	            "iii", created, invited, id) != 1 ||
	    audit_log(r, 0, "directory.import.done", "dir_import", id, counts,
	              NULL, NULL) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	snprintf(to, sizeof to, "/directory/import?id=%lld", id);
	return req_redirect(r, pool_strdup(&r->pool, to));
}

static int submit(struct req *r)
{
	static const char *const actions[] = {"upload", "confirm", "discard",
	                                      NULL};
	const char *action;

	if (form_enum(r, "action", actions, &action, REQUIRED) == -1)
		return 400;
	if (strcmp(action, "upload") == 0)
		return upload(r);
	return decide(r, strcmp(action, "confirm") == 0);
}

static const struct screen screen = {
    .name = "directory_import",
    .path = "/directory/import",
    .perm = "directory.import",
    .get = show,
    .post = submit,
    .body_max = DIRIMPORT_BYTES_MAX + 64 * 1024,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
