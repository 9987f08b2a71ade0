#include "portal.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "conf.h"
#include "db.h"
#include "page.h"

#define DEFAULT_TEMPLATE "portal-invite"

/* Reads the record's row into p, locked for the transaction. 1, 0, -1. */
static int record_load(struct req *r, long long client_id, long long contact_id,
                       struct portal_person *p)
{
	struct db_res *res =
	    contact_id == 0
	        ? db_query("SELECT c.id, 0, c.version, CONCAT(c.given_name, "
	                   "' ', c.family_name), COALESCE(c.email, ''), "
	                   "c.lang, c.active FROM client c WHERE c.id = ? "
	                   "AND c.org_id = ? FOR UPDATE",
	                   "ii", client_id, r->user.org_id)
	        : db_query("SELECT cc.client_id, cc.id, cc.version, "
	                   "CONCAT(cc.given_name, ' ', cc.family_name), "
	                   "COALESCE(cc.email, ''), cc.lang, cc.active AND "
	                   "c.active FROM client_contact cc JOIN client c ON "
	                   "c.id = cc.client_id WHERE cc.id = ? AND "
	                   "cc.client_id = ? AND c.org_id = ? FOR UPDATE",
	                   "iii", contact_id, client_id, r->user.org_id);
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		memset(p, 0, sizeof *p);
		p->client_id = db_int(res, 0);
		p->contact_id = db_int(res, 1);
		p->version = db_int(res, 2);
		p->name = pool_strdup(&r->pool, db_str(res, 3));
		p->email = pool_strdup(&r->pool, db_str(res, 4));
		p->lang = pool_strdup(&r->pool, db_str(res, 5));
		p->active = db_int(res, 6) != 0;
	}
	db_done(res);
	return rc;
}

/* Reads the first row's id and address into *id and *email. 1, 0, -1. */
static int login_row(struct req *r, struct db_res *res, long long *id,
                     const char **email)
{
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		*id = db_int(res, 0);
		*email = pool_strdup(&r->pool, db_str(res, 1));
	}
	db_done(res);
	return rc;
}

long long portal_record_login(long long client_id, long long contact_id)
{
	long long id = 0;
	int rc = contact_id == 0
	             ? db_int_query(&id,
	                            "SELECT user_id FROM portal_access WHERE "
	                            "client_id = ? AND contact_id IS NULL "
	                            "ORDER BY id DESC LIMIT 1",
	                            "i", client_id)
	             : db_int_query(&id,
	                            "SELECT user_id FROM portal_access WHERE "
	                            "contact_id = ? ORDER BY id DESC LIMIT 1",
	                            "i", contact_id);

	return rc < 0 ? -1 : rc == 0 ? 0 : id;
}

int portal_person_load(struct req *r, long long client_id, long long contact_id,
                       struct portal_person *p)
{
	long long linked;
	int rc = record_load(r, client_id, contact_id, p);

	if (rc != 1)
		return rc;
	if ((linked = portal_record_login(client_id, contact_id)) < 0)
		return -1;
	if (linked > 0) {
		rc = login_row(r,
		               db_query("SELECT id, email FROM users WHERE "
		                        "id = ?",
		                        "i", linked),
		               &p->login, &p->login_email);
		p->linked = rc == 1;
	} else if (contact_id != 0 && *p->email != '\0') {
		/* A contact recorded with the address of a contact's login is
		 * that person (a daughter following both parents). A client
		 * with another client's login address is not: a household
		 * shares an address, never a login. */
		rc = login_row(
		    r,
		    db_query("SELECT u.id, u.email FROM users u JOIN "
		             "portal_login pl ON pl.user_id = u.id WHERE "
		             "u.email = ? AND pl.org_id = ? AND pl.kind = "
		             "'contact'",
		             "si", p->email, r->user.org_id),
		    &p->login, &p->login_email);
	}
	if (rc == -1)
		return -1;
	if (p->login != 0 &&
	    db_int_query(&p->access,
	                 "SELECT id FROM portal_access WHERE client_id = ? AND "
	                 "user_id = ? AND active = 1",
	                 "ii", p->client_id, p->login) < 0)
		return -1;
	return 1;
}

int portal_role_ok(long long org_id, long long role_id)
{
	long long n = 0;

	if (db_int_query(&n,
	                 "SELECT COUNT(*) FROM role WHERE id = ? AND kind = "
	                 "'portal' AND (org_id IS NULL OR org_id = ?)",
	                 "ii", role_id, org_id) < 0)
		return -1;
	return n > 0;
}

bool portal_template_name_ok(const char *name)
{
	size_t n = strlen(DEFAULT_TEMPLATE);

	if (strncmp(name, DEFAULT_TEMPLATE, n) != 0 ||
	    strlen(name) > PORTAL_TEMPLATE_MAX)
		return false;
	if (name[n] == '\0')
		return true;
	if (name[n] != '-' || name[n + 1] == '\0')
		return false;
	for (const char *c = name + n + 1; *c != '\0'; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9')))
			return false;
	return true;
}

bool portal_template_exists(const char *name)
{
	char path[sizeof conf.xsl_dir + PORTAL_TEMPLATE_MAX + 16];

	if (!portal_template_name_ok(name))
		return false;
	snprintf(path, sizeof path, "%s/mail/%s.xsl", conf.xsl_dir, name);
	return access(path, R_OK) == 0;
}

void portal_template(long long org_id, char out[PORTAL_TEMPLATE_MAX + 1])
{
	struct db_res *res = db_query(
	    "SELECT invite_template FROM portal_setting WHERE org_id = ?", "i",
	    org_id);

	snprintf(out, PORTAL_TEMPLATE_MAX + 1, "%s", DEFAULT_TEMPLATE);
	if (res != NULL && db_next(res) == 1 &&
	    portal_template_exists(db_str(res, 0)))
		snprintf(out, PORTAL_TEMPLATE_MAX + 1, "%s", db_str(res, 0));
	db_done(res);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int portal_templates_xml(xmlNodePtr parent)
{
	char dir[sizeof conf.xsl_dir + 8], *names[64];
	xmlNodePtr list = page_add(parent, "templates", NULL);
	struct dirent *e;
	size_t n = 0;
	DIR *d;

	snprintf(dir, sizeof dir, "%s/mail", conf.xsl_dir);
	if ((d = opendir(dir)) == NULL)
		return -1;
	while ((e = readdir(d)) != NULL && n < sizeof names / sizeof *names) {
		size_t len = strlen(e->d_name);
		char *name;

		if (len < 5 || strcmp(e->d_name + len - 4, ".xsl") != 0 ||
		    (name = strndup(e->d_name, len - 4)) == NULL)
			continue;
		if (portal_template_name_ok(name))
			names[n++] = name;
		else
			free(name);
	}
	closedir(d);
	qsort(names, n, sizeof *names, by_name);
	for (size_t i = 0; i < n; i++) {
		page_add(list, "template", names[i]);
		free(names[i]);
	}
	return 0;
}

int portal_roles_xml(struct req *r, xmlNodePtr parent)
{
	struct db_res *res = db_query(
	    "SELECT id, code, IF(? = 'en', name_en, name_fr) AS name FROM "
	    "role WHERE kind = 'portal' AND (org_id IS NULL OR org_id = ?) "
	    "ORDER BY name",
	    "si", r->lang, r->user.org_id);
	long n;

	if (res == NULL)
		return -1;
	n = page_rows(page_add(parent, "roles", NULL), res, "role");
	db_done(res);
	return n < 0 ? -1 : 0;
}

int portal_login_xml(struct req *r, xmlNodePtr parent, long long login)
{
	struct db_res *res = db_query(
	    "SELECT u.id, u.email, u.name, u.active, u.activated_at, "
	    "u.last_login_at, "
	    "(SELECT MAX(t.created_at) FROM user_token t WHERE t.user_id = "
	    "u.id AND t.purpose = 'activation') AS invited_at, "
	    "u.activated_at IS NULL AND u.last_login_at IS NULL AS never "
	    "FROM users u JOIN portal_login pl ON pl.user_id = u.id WHERE "
	    "u.id = ? AND pl.org_id = ?",
	    "ii", login, r->user.org_id);
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1)
		page_row(parent, res, "login");
	db_done(res);
	return rc == -1 ? -1 : 0;
}

int portal_profiles_xml(struct req *r, xmlNodePtr parent, long long login)
{
	struct db_res *res = db_query(
	    "SELECT pa.id, pa.version, pa.client_id, c.given_name, "
	    "c.family_name, c.file_number, pa.contact_id, pa.role_id, "
	    "IF(? = 'en', ro.name_en, ro.name_fr) AS role, pa.granted_at "
	    "FROM portal_access pa JOIN client c ON c.id = pa.client_id "
	    "JOIN role ro ON ro.id = pa.role_id WHERE pa.user_id = ? AND "
	    "pa.active = 1 AND c.org_id = ? ORDER BY c.family_name, "
	    "c.given_name, pa.id",
	    "sii", r->lang, login, r->user.org_id);
	long n;

	if (res == NULL)
		return -1;
	n = page_rows(page_add(parent, "profiles", NULL), res, "profile");
	db_done(res);
	return n < 0 ? -1 : 0;
}
