/* home: the tiles of the modules the user's permissions open. */
#include "app.h"
#include "db.h"
#include "page.h"

static int show(struct req *r)
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
		return 500;
	while ((rc = db_next(res)) == 1) {
		xmlNodePtr t = page_add(tiles, "tile", NULL);
		page_attr(t, "code", db_str(res, 0));
		page_attr(t, "href", db_str(res, 1));
	}
	db_done(res);
	return rc == 0 ? 200 : 500;
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
