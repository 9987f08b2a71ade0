/* directory_service: one service of the catalogue, created or edited by
 * the operator: its code, its name and description in both languages,
 * its link (a path of this portal, or an external application over
 * HTTPS), whether it is offered, its place in the lists, and the
 * coordination centres that administer it. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "db.h"
#include "dirsearch.h"
#include "form.h"
#include "page.h"

#define ID_MAX      9223372036854775807LL
#define VERSION_MAX 4294967295LL
#define CENTRES_MAX 64

struct values {
	long long version, position;
	const char *code, *name_fr, *name_en, *desc_fr, *desc_en, *link_kind,
	    *href, *active, *kind;
	long long centres[CENTRES_MAX];
	size_t ncentres;
};

/* True when code is 2 to 16 capital letters, digits or '_'. */
static bool valid_code(const char *s)
{
	size_t n = strlen(s);

	if (n < 2 || n > 16)
		return false;
	for (; *s != '\0'; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
		      *s == '_'))
			return false;
	return true;
}

/* True when s is an https:// URL of printable ASCII without spaces,
 * quotes or angle brackets, with a host. */
static bool valid_https(const char *s)
{
	if (strncmp(s, "https://", 8) != 0 || s[8] == '\0' || s[8] == '/')
		return false;
	for (const char *p = s; *p != '\0'; p++)
		if (*p <= ' ' || *p >= 0x7f || strchr("\"'<>\\`", *p) != NULL)
			return false;
	return true;
}

/* The stored service into v and its centres. 1, 0, -1. */
static int load(struct req *r, long long id, struct values *v)
{
	struct db_res *res = db_query(
	    "SELECT version, position, code, name_fr, name_en, "
	    "description_fr, description_en, link_kind, href, active, kind "
	    "FROM dir_service WHERE id = ?",
	    "i", id);
	const char **f[] = {&v->code,    &v->name_fr, &v->name_en,
	                    &v->desc_fr, &v->desc_en, &v->link_kind,
	                    &v->href,    &v->active,  &v->kind};
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		v->version = db_int(res, 0);
		v->position = db_int(res, 1);
		for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
			*f[i] = pool_strdup(&r->pool, db_str(res, (int)i + 2));
	}
	db_done(res);
	if (rc != 1)
		return rc;
	res = db_query("SELECT org_id FROM dir_service_centre WHERE "
	               "service_id = ?",
	               "i", id);
	if (res == NULL)
		return -1;
	v->ncentres = 0;
	while (db_next(res) == 1 && v->ncentres < CENTRES_MAX)
		v->centres[v->ncentres++] = db_int(res, 0);
	db_done(res);
	return 1;
}

/* The page: the form's values and the centres to choose from. */
static int render(struct req *r, long long id, const struct values *v,
                  int status)
{
	xmlNodePtr f = page_add(page_content(r), "form", NULL), c;
	struct db_res *res;
	long n;

	if (dirsearch_menu(r) == -1)
		return 500;
	if (id != 0) {
		page_add_int(f, "id", id);
		page_add_int(f, "version", v->version);
		page_add(f, "kind", v->kind);
	}
	page_add(f, "code", v->code);
	page_add(f, "name_fr", v->name_fr);
	page_add(f, "name_en", v->name_en);
	page_add(f, "description_fr", v->desc_fr);
	page_add(f, "description_en", v->desc_en);
	page_add(f, "link_kind", v->link_kind);
	page_add(f, "href", v->href);
	page_add(f, "active", v->active);
	page_add_int(f, "position", v->position);
	c = page_add(f, "centres", NULL);
	for (size_t i = 0; i < v->ncentres; i++)
		page_add_int(c, "centre", v->centres[i]);
	res = db_query("SELECT id, name FROM org WHERE kind = 'centre' ORDER "
	               "BY name",
	               "");
	if (res == NULL)
		return 500;
	n = page_rows(page_add(page_content(r), "centres", NULL), res,
	              "centre");
	db_done(res);
	return n < 0 ? 500 : status;
}

static int show(struct req *r)
{
	const char *s = req_query(r, "id");
	struct values v = {.code = "",
	                   .name_fr = "",
	                   .name_en = "",
	                   .desc_fr = "",
	                   .desc_en = "",
	                   .link_kind = "external",
	                   .href = "",
	                   .active = "1",
	                   .kind = "service",
	                   .position = 100};
	long long id = 0;
	int rc;

	if (s != NULL && !valid_int(s, 1, ID_MAX, &id))
		return 400;
	if (req_query(r, "done") != NULL)
		page_flash(r, "flash.directory.service.saved");
	if (id != 0 && (rc = load(r, id, &v)) != 1)
		return rc == 0 ? 404 : 500;
	return render(r, id, &v, 200);
}

/* Reads the form over v. 0, -1 with fields in error, -2 on error. */
static int read_values(struct req *r, struct values *v, bool create)
{
	static const char *const links[] = {"internal", "external", NULL};
	int bad = 0;

	if (create) {
		bad |= form_text(r, "code", &v->code, 16, REQUIRED);
		if (bad == 0 && !valid_code(v->code)) {
			page_error(r, "code", "err.directory.service.code");
			bad = -1;
		}
	}
	bad |= form_text(r, "name_fr", &v->name_fr, 120, REQUIRED);
	bad |= form_text(r, "name_en", &v->name_en, 120, REQUIRED);
	bad |= form_text(r, "description_fr", &v->desc_fr, 500, OPTIONAL);
	bad |= form_text(r, "description_en", &v->desc_en, 500, OPTIONAL);
	bad |= form_enum(r, "link_kind", links, &v->link_kind, REQUIRED);
	bad |= form_text(r, "href", &v->href, 500, REQUIRED);
	if (bad == 0 && strcmp(v->link_kind, "internal") == 0 &&
	    !req_local_path(v->href)) {
		page_error(r, "href", "err.directory.service.path");
		bad = -1;
	} else if (bad == 0 && strcmp(v->link_kind, "external") == 0 &&
	           !valid_https(v->href)) {
		page_error(r, "href", "err.directory.service.url");
		bad = -1;
	}
	bad |= form_int(r, "position", &v->position, 0, 9999, REQUIRED);
	v->active = req_form(r, "active") != NULL ? "1" : "0";
	v->ncentres = 0;
	for (size_t i = 0; i < r->form.n; i++) {
		const struct field *f = &r->form.v[i];
		long long id, n = 0;

		if (strcmp(f->name, "centres[]") != 0)
			continue;
		if (v->ncentres == CENTRES_MAX ||
		    !valid_int(f->value, 1, ID_MAX, &id)) {
			page_error(r, "centres", "err.choice.invalid");
			return -1;
		}
		if (db_int_query(
		        &n,
		        "SELECT COUNT(*) FROM org WHERE id = ? AND kind "
		        "= 'centre'",
		        "i", id) < 0)
			return -2;
		if (n == 0) {
			page_error(r, "centres", "err.choice.invalid");
			return -1;
		}
		v->centres[v->ncentres++] = id;
	}
	return bad ? -1 : 0;
}

/* The service as the audit trail keeps it; NULL on error. */
static const char *snapshot(struct req *r, long long id)
{
	struct db_res *res = db_query(
	    "SELECT JSON_OBJECT('code', code, 'name_fr', name_fr, 'name_en', "
	    "name_en, 'description_fr', description_fr, 'description_en', "
	    "description_en, 'link_kind', link_kind, 'href', href, 'active', "
	    "active, 'position', position, 'centres', (SELECT "
	    "GROUP_CONCAT(org_id ORDER BY org_id) FROM dir_service_centre "
	    "WHERE service_id = s.id)) FROM dir_service s WHERE id = ?",
	    "i", id);
	const char *out = NULL;

	if (res != NULL && db_next(res) == 1)
		out = pool_strdup(&r->pool, db_str(res, 0));
	db_done(res);
	return out;
}

/* POST: id absent creates, present saves with version. */
static int submit(struct req *r)
{
	const char *s = req_form(r, "id"), *before = NULL, *after;
	struct values v = {.kind = "service"};
	long long id = 0, n;
	char to[64];
	int rc;

	if (s != NULL && !valid_int(s, 1, ID_MAX, &id))
		return 400;
	if (id != 0) {
		if ((rc = load(r, id, &v)) != 1)
			return rc == 0 ? 404 : 500;
		if (form_int(r, "version", &v.version, 1, VERSION_MAX,
		             REQUIRED) == -1)
			return 400;
	}
	if ((rc = read_values(r, &v, id == 0)) == -2)
		return 500;
	if (rc == -1)
		return render(r, id, &v, 422);
	if (db_begin() == -1)
		return 500;
	if (id == 0) {
		n = db_exec("INSERT INTO dir_service (code, name_fr, name_en, "
		            "description_fr, description_en, link_kind, href, "
		            "active, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
		            "?)",
		            "sssssssii", v.code, v.name_fr, v.name_en,
		            v.desc_fr, v.desc_en, v.link_kind, v.href,
		            (long long)(*v.active == '1'), v.position);
		if (n < 0 && db_errno() == 1062) {
			db_rollback();
			page_error(r, "code", "err.directory.service.taken");
			return render(r, id, &v, 422);
		}
		id = n == 1 ? db_insert_id() : 0;
	} else {
		before = snapshot(r, id);
		n = db_exec(
		    "UPDATE dir_service SET name_fr = ?, name_en = ?, "
		    "description_fr = ?, description_en = ?, link_kind "
		    "= ?, href = ?, active = ?, position = ?, version = "
		    "version + 1 WHERE id = ? AND version = ?",
		    "ssssssiiii", v.name_fr, v.name_en, v.desc_fr, v.desc_en,
		    v.link_kind, v.href, (long long)(*v.active == '1'),
		    v.position, id, v.version);
		if (n == 0) {
			struct values fresh;

			db_rollback();
			if (load(r, id, &fresh) != 1)
				return 500;
			page_error(r, "", "err.conflict");
			return render(r, id, &fresh, 409);
		}
	}
	if (id == 0 || n < 0 ||
	    db_exec("DELETE FROM dir_service_centre WHERE service_id = ?", "i",
	            id) < 0)
		goto fail;
	for (size_t i = 0; i < v.ncentres; i++)
		if (db_exec(
		        "INSERT IGNORE INTO dir_service_centre (service_id, "
		        "org_id) VALUES (?, ?)",
		        "ii", id, v.centres[i]) < 0)
			goto fail;
	if ((after = snapshot(r, id)) == NULL ||
	    audit_log(r, 0,
	              before == NULL ? "directory.service.created"
	                             : "directory.service.updated",
	              "dir_service", id, NULL, before, after) == -1 ||
	    db_commit() == -1)
		goto fail;
	snprintf(to, sizeof to, "/directory/service?id=%lld&done=1", id);
	return req_redirect(r, pool_strdup(&r->pool, to));
fail:
	db_rollback();
	return 500;
}

static const struct screen screen = {
    .name = "directory_service",
    .path = "/directory/service",
    .perm = "directory.configure",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
