/* portal_settings: an organisation's family portal settings: the mail
 * template of the invitation (one of the xsl/mail/portal-invite*.xsl
 * files). An admin of every organisation (users.manage_all) picks the
 * organisation; others set their own. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "db.h"
#include "form.h"
#include "page.h"
#include "portal.h"

#define ID_MAX      9223372036854775807LL
#define VERSION_MAX 4294967295LL

/* The organisation the page is about: ?org= (or the form's org) for an
 * admin of every organisation, else the user's own. 0, or the status to
 * answer: 400 for a malformed id, 404 for an organisation they may not
 * set (or none). */
static int org_arg(struct req *r, bool form, long long *org)
{
	const char *v = form ? req_form(r, "org") : req_query(r, "org");
	long long n = 0;

	*org = r->user.org_id;
	if (v == NULL || *v == '\0')
		return 0;
	if (!valid_int(v, 1, ID_MAX, org))
		return 400;
	if (!req_can(r, "users.manage_all"))
		return *org == r->user.org_id ? 0 : 404;
	if (db_int_query(&n, "SELECT COUNT(*) FROM org WHERE id = ?", "i",
	                 *org) < 0)
		return 500;
	return n > 0 ? 0 : 404;
}

/* The page for org: the choice as stored (or chosen, when template is
 * not NULL), the templates there are, and the organisations to choose
 * from for an admin of every one. */
static int render(struct req *r, long long org, const char *template,
                  int status)
{
	xmlNodePtr s = page_add(page_content(r), "settings", NULL);
	char current[PORTAL_TEMPLATE_MAX + 1];
	struct db_res *res;
	long long version = 0;
	long n;

	if (db_int_query(&version,
	                 "SELECT version FROM portal_setting WHERE org_id = ?",
	                 "i", org) < 0)
		return 500;
	portal_template(org, current);
	page_add_int(s, "org", org);
	page_add_int(s, "version", version);
	page_add(s, "template", template != NULL ? template : current);
	if (portal_templates_xml(page_content(r)) == -1)
		return 500;
	if (req_can(r, "users.manage_all")) {
		res = db_query("SELECT id, name FROM org ORDER BY name", "");
		n = res != NULL
		        ? page_rows(page_add(page_content(r), "orgs", NULL),
		                    res, "org")
		        : -1;
		db_done(res);
		if (n < 0)
			return 500;
	}
	return status;
}

static int show(struct req *r)
{
	const char *done = req_query(r, "done");
	long long org;
	int rc;

	if ((rc = org_arg(r, false, &org)) != 0)
		return rc;
	if (done != NULL && strcmp(done, "saved") == 0)
		page_flash(r, "flash.portal.settings_saved");
	return render(r, org, NULL, 200);
}

/* The settings as the audit trail keeps them. */
static const char *snapshot(struct req *r, long long org)
{
	struct db_res *res = db_query(
	    "SELECT JSON_OBJECT('invite_template', invite_template) FROM "
	    "portal_setting WHERE org_id = ?",
	    "i", org);
	const char *s = NULL;

	if (res != NULL && db_next(res) == 1)
		s = pool_strdup(&r->pool, db_str(res, 0));
	db_done(res);
	return s;
}

/* POST /clients/portal-settings: org, version (0 when never set) and
 * template, saved with its audit row. */
static int save(struct req *r)
{
	const char *template, *before, *after;
	long long org, version = 0, n;
	char to[96];
	int rc;

	if ((rc = org_arg(r, true, &org)) != 0)
		return rc;
	if (form_int(r, "version", &version, 0, VERSION_MAX, REQUIRED) == -1)
		return 400;
	if (form_text(r, "template", &template, PORTAL_TEMPLATE_MAX,
	              REQUIRED) == 0 &&
	    !portal_template_exists(template))
		page_error(r, "template", "err.choice.invalid");
	if (page_has_errors(r))
		return render(r, org, NULL, 422);
	if (db_begin() == -1)
		return 500;
	before = snapshot(r, org);
	n = version == 0
	        ? db_exec("INSERT IGNORE INTO portal_setting (org_id, "
	                  "invite_template) VALUES (?, ?)",
	                  "is", org, template)
	        : db_exec("UPDATE portal_setting SET invite_template = ?, "
	                  "version = version + 1 WHERE org_id = ? AND "
	                  "version = ?",
	                  "sii", template, org, version);
	if (n == 0) {
		db_rollback();
		page_error(r, "", "err.conflict");
		return render(r, org, NULL, 409);
	}
	if (n < 0 || (after = snapshot(r, org)) == NULL ||
	    audit_log(r, 0, "portal.settings_updated", "org", org, NULL, before,
	              after) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	snprintf(to, sizeof to, "/clients/portal-settings?org=%lld&done=saved",
	         org);
	return req_redirect(r, pool_strdup(&r->pool, to));
}

static const struct screen screen = {
    .name = "portal_settings",
    .path = "/clients/portal-settings",
    .perm = "portal.configure",
    .get = show,
    .post = save,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
