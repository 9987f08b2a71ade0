/* directory_me: a professional's own record in the directory, as the
 * downstream applications receive it (the effective values), with their
 * activities and the state of each of their accesses. Read only: changes
 * go through the coordination centres. */
#include "app.h"
#include "db.h"
#include "dirrecord.h"
#include "page.h"

static int show(struct req *r)
{
	long long id = 0;
	int rc;

	rc = db_int_query(&id, "SELECT id FROM dir_person WHERE user_id = ?",
	                  "i", r->user.id);
	if (rc != 1)
		return rc == 0 ? 404 : 500;
	if ((rc = dirrecord_xml(r, id, page_content(r))) != 1)
		return rc == 0 ? 404 : 500;
	return dirrecord_access_xml(r, id, false, page_content(r)) == -1 ? 500
	                                                                 : 200;
}

static const struct screen screen = {
    .name = "directory_me",
    .path = "/directory/me",
    .perm = "directory.request",
    .get = show,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
