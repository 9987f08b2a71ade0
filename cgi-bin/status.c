/* status: what an operator checks first: migrations, counts, versions. */
#include "app.h"
#include "db.h"
#include "page.h"

static int show(struct req *r)
{
	xmlNodePtr content = page_content(r), counts;
	struct db_res *res;
	long long n;

	res = db_query("SELECT version, name, applied_at FROM schema_migration "
	               "ORDER BY version",
	               "");
	if (res == NULL || page_rows(page_add(content, "migrations", NULL), res,
	                             "migration") < 0) {
		db_done(res);
		return 500;
	}
	db_done(res);
	counts = page_add(content, "counts", NULL);
	if (db_int_query(&n, "SELECT COUNT(*) FROM users", "") != 1)
		return 500;
	page_add_int(counts, "users", n);
	if (db_int_query(&n, "SELECT COUNT(*) FROM session", "") != 1)
		return 500;
	page_add_int(counts, "sessions", n);
	if (db_int_query(&n, "SELECT COUNT(*) FROM org", "") != 1)
		return 500;
	page_add_int(counts, "orgs", n);
	page_add(page_add(content, "database", NULL), "version",
	         db_server_version());
	return 200;
}

static const struct screen screen = {
    .name = "status",
    .path = "/status",
    .perm = "system.status",
    .get = show,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
