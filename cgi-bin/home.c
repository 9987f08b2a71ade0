/* home: the tiles of the modules the user's permissions open and, for a
 * professional of the directory, their profile tile, a tile for each
 * service they have access to, and the other services they may ask for
 * (the "carousel", a plain list). Both are read at every request, so a
 * permission or an access given a moment ago shows on the next page. */
#include <string.h>

#include "app.h"
#include "db.h"
#include "page.h"

/* The permission tiles. 0 or -1. */
static int tiles(struct req *r)
{
	xmlNodePtr tiles = page_add(page_content(r), "tiles", NULL);
	struct db_res *res;
	int rc;

	res = db_query("SELECT t.code, t.href FROM tile t WHERE EXISTS ("
	               "SELECT 1 FROM user_role ur JOIN role_permission rp "
	               "ON rp.role_id = ur.role_id WHERE ur.user_id = ? "
	               "AND rp.permission = t.permission) ORDER BY t.position",
	               "i", r->user.id);
	if (res == NULL)
		return -1;
	while ((rc = db_next(res)) == 1) {
		xmlNodePtr t = page_add(tiles, "tile", NULL);
		page_attr(t, "code", db_str(res, 0));
		page_attr(t, "href", db_str(res, 1));
	}
	db_done(res);
	return rc == 0 ? 0 : -1;
}

/* The professional's profile and the catalogue's services with the state
 * of their access, when the account is linked to a directory record. 0 or
 * -1. */
static int services(struct req *r)
{
	struct db_res *res;
	long long person;
	long n;

	res = db_query("SELECT p.id, p.given_name, p.family_name, IF(? = "
	               "'en', pr.name_en, pr.name_fr) AS profession, "
	               "p.matricule FROM dir_person p LEFT JOIN dir_profession "
	               "pr ON pr.code = p.profession WHERE p.user_id = ?",
	               "si", r->lang, r->user.id);
	if (res == NULL)
		return -1;
	if (db_next(res) != 1) {
		db_done(res);
		return 0;
	}
	person = db_int(res, 0);
	page_row(page_content(r), res, "profile");
	db_done(res);
	res = db_query(
	    "SELECT s.code, IF(? = 'en', s.name_en, s.name_fr) AS name, IF(? "
	    "= 'en', s.description_en, s.description_fr) AS description, "
	    "COALESCE(a.state, 'never_requested') AS state FROM dir_service s "
	    "LEFT JOIN dir_access a ON a.service_id = s.id AND a.person_id = "
	    "? WHERE s.active = 1 AND s.kind = 'service' ORDER BY s.position, "
	    "s.code",
	    "ssi", r->lang, r->lang, person);
	if (res == NULL)
		return -1;
	n = page_rows(page_add(page_content(r), "services", NULL), res,
	              "service");
	db_done(res);
	return n < 0 ? -1 : 0;
}

static int show(struct req *r)
{
	const char *done = req_query(r, "done");

	if (done != NULL && strcmp(done, "requested") == 0)
		page_flash(r, "flash.directory.requested");
	if (tiles(r) == -1 ||
	    (req_can(r, "directory.request") && services(r) == -1))
		return 500;
	return 200;
}

static const struct screen screen = {
    .name = "home",
    .path = "/",
    .perm = PERM_USER,
    .get = show,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
