/* client: the overview tab of a client's profile: who the client is and
 * whether they reach their profile on the family portal (role, login,
 * last sign-in). Staff holding workflow.family_portal.manage get the
 * buttons that manage it (the access screen checks it again). */
#include <string.h>

#include "app.h"
#include "clientrec.h"
#include "db.h"
#include "page.h"
#include "portal.h"

/* Flash keys for ?done=… after a redirect here: a fixed table. */
static const struct client_done dones[] = {
    {"created", "flash.client.created"},
    {"resent", "flash.portal.resent"},
};

/* Writes <portal state="none|invited|active"> with the login and the
 * live access of the client's own profile. 0 or -1. */
static int portal_xml(struct req *r, const struct client *c)
{
	struct portal_person p;
	xmlNodePtr e;
	struct db_res *res;
	int rc;

	if ((rc = portal_person_load(r, c->id, 0, &p)) != 1)
		return -1;
	e = page_add(page_content(r), "portal", NULL);
	if (p.login == 0 || !p.linked) {
		page_attr(e, "state", "none");
		return 0;
	}
	if (portal_login_xml(r, e, p.login) == -1)
		return -1;
	if (p.access == 0) {
		page_attr(e, "state", "none");
		return 0;
	}
	res = db_query("SELECT pa.id, pa.version, IF(? = 'en', ro.name_en, "
	               "ro.name_fr) AS role, pa.granted_at FROM portal_access "
	               "pa JOIN role ro ON ro.id = pa.role_id WHERE pa.id = ?",
	               "si", r->lang, p.access);
	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1)
		page_row(e, res, "access");
	db_done(res);
	page_attr(e, "state", "access");
	return rc == -1 ? -1 : 0;
}

/* GET /client?id=N: 404 for a client that is not the organisation's. */
static int show(struct req *r)
{
	struct client c;
	struct db_res *res;
	int rc;

	if ((rc = client_tab(r, "overview", dones,
	                     sizeof dones / sizeof dones[0], &c)) != 0)
		return rc;
	res = db_query("SELECT file_number, given_name, family_name, "
	               "birth_date, lang, email, phone, address_line, city, "
	               "province, postal_code, active, created_at FROM client "
	               "WHERE id = ?",
	               "i", c.id);
	if (res == NULL)
		return 500;
	if ((rc = db_next(res)) == 1)
		page_row(page_content(r), res, "details");
	db_done(res);
	if (rc != 1 || portal_xml(r, &c) == -1)
		return 500;
	return 200;
}

static const struct screen screen = {
    .name = "client",
    .path = "/client",
    .perm = "clients.view",
    .get = show,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
