#include "snapshot.h"

#include "db.h"

const char *snapshot_json(struct req *r, const char *sql, long long id)
{
	struct db_res *res = db_query(sql, "i", id);
	const char *out = NULL;

	if (res != NULL && db_next(res) == 1 && db_str(res, 0) != NULL)
		out = pool_strdup(&r->pool, db_str(res, 0));
	db_done(res);
	return out;
}
