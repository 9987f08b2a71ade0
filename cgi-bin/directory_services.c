/* directory_services: the service catalogue of the private space, for
 * the operator: each service with its link and the coordination centres
 * that administer it. */
#include "app.h"
#include "db.h"
#include "dirsearch.h"
#include "page.h"

static int list(struct req *r)
{
	struct db_res *res;
	long n;

	if (dirsearch_menu(r) == -1)
		return 500;
	res = db_query(
	    "SELECT s.id, s.code, s.kind, IF(? = 'en', s.name_en, s.name_fr) "
	    "AS name, s.link_kind, s.href, s.active, s.position, (SELECT "
	    "GROUP_CONCAT(o.name ORDER BY o.name SEPARATOR ', ') FROM "
	    "dir_service_centre sc JOIN org o ON o.id = sc.org_id WHERE "
	    "sc.service_id = s.id) AS centres, (SELECT COUNT(*) FROM "
	    "dir_access "
	    "a WHERE a.service_id = s.id AND a.state = 'accepted') AS accepted "
	    "FROM dir_service s ORDER BY s.position, s.code",
	    "s", r->lang);
	if (res == NULL)
		return 500;
	n = page_rows(page_add(page_content(r), "services", NULL), res,
	              "service");
	db_done(res);
	return n < 0 ? 500 : 200;
}

static const struct screen screen = {
    .name = "directory_services",
    .path = "/directory/services",
    .perm = "directory.configure",
    .get = list,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
