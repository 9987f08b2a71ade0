/* client_contacts: the contacts tab of a client's profile: each contact
 * (family, physician, other) with their details and state, their family
 * portal role and the date and time of their last portal sign-in. */
#include <string.h>

#include "app.h"
#include "clientrec.h"
#include "db.h"
#include "page.h"

/* Flash keys for ?done=… after a redirect here: a fixed table. */
static const struct client_done dones[] = {
    {"created", "flash.contact.created"},
    {"saved", "flash.contact.saved"},
    {"deactivated", "flash.contact.deactivated"},
    {"deactivated_access", "flash.contact.deactivated_access"},
    {"reactivated", "flash.contact.reactivated"},
    {"resent", "flash.portal.resent"},
};

/* GET /client/contacts?id=N: the client's contacts, active ones first. */
static int list(struct req *r)
{
	struct client c;
	struct db_res *res;
	long n;
	int rc;

	if ((rc = client_tab(r, "contacts", dones,
	                     sizeof dones / sizeof dones[0], &c)) != 0)
		return rc;
	/* The login is the one the contact's latest access linked: its last
	 * sign-in stays shown after an access is removed. */
	res = db_query(
	    "SELECT cc.id, cc.relationship, cc.relation_detail, "
	    "cc.given_name, cc.family_name, cc.email, cc.phone, cc.active, "
	    "pa.id AS access_id, IF(? = 'en', ro.name_en, ro.name_fr) AS "
	    "portal_role, u.last_login_at, u.activated_at IS NULL AND "
	    "u.last_login_at IS NULL AND u.active = 1 AS never FROM "
	    "client_contact cc LEFT JOIN portal_access pa ON pa.contact_id = "
	    "cc.id AND pa.active = 1 LEFT JOIN role ro ON ro.id = pa.role_id "
	    "LEFT JOIN users u ON u.id = (SELECT la.user_id FROM "
	    "portal_access la WHERE la.contact_id = cc.id ORDER BY la.id "
	    "DESC LIMIT 1) WHERE cc.client_id = ? ORDER BY cc.active DESC, "
	    "cc.family_name, cc.given_name, cc.id",
	    "si", r->lang, c.id);
	if (res == NULL)
		return 500;
	n = page_rows(page_add(page_content(r), "contacts", NULL), res,
	              "contact");
	db_done(res);
	return n < 0 ? 500 : 200;
}

static const struct screen screen = {
    .name = "client_contacts",
    .path = "/client/contacts",
    .perm = "clients.view",
    .get = list,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
