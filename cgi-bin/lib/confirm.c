#include "confirm.h"

#include <stdio.h>
#include <string.h>

#include "db.h"
#include "period.h"

int confirm_check(long long request, const char *from, const char *to,
                  long long exclude, const char **key)
{
	char today[DATE_TEXT], start[DATE_TEXT], end[DATE_TEXT] = "";
	char clone_from[DATE_TEXT] = "", own_from[DATE_TEXT] = "";
	struct period_request rq = {start, end, clone_from, own_from};
	struct db_res *res;
	long long n = 0;
	int rc, ok = 0;

	*key = NULL;
	res = db_query("SELECT r.state, r.start_date, r.end_date, r.origin_id, "
	               "(SELECT k.start_date FROM service_request k WHERE "
	               "k.id = r.clone_id) FROM service_request r "
	               "WHERE r.id = ? FOR UPDATE",
	               "i", request);
	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		ok = strcmp(db_str(res, 0), "activated") == 0 ||
		     strcmp(db_str(res, 0), "completed") == 0;
		snprintf(start, sizeof start, "%s", db_str(res, 1));
		if (db_str(res, 2) != NULL)
			snprintf(end, sizeof end, "%s", db_str(res, 2));
		if (db_str(res, 3) != NULL)
			snprintf(own_from, sizeof own_from, "%s", start);
		if (db_str(res, 4) != NULL)
			snprintf(clone_from, sizeof clone_from, "%s",
			         db_str(res, 4));
	}
	db_done(res);
	if (rc != 1)
		return -1;
	if (!ok)
		return *key = "err.partner.confirm.state", 1;
	period_today(today);
	if ((*key = period_confirmation(&rq, from, to, today)) != NULL)
		return 1;
	if (db_int_query(&n,
	                 "SELECT COUNT(*) FROM service_suspension WHERE "
	                 "request_id = ? AND from_date <= ? AND to_date >= ?",
	                 "iss", request, to, from) != 1)
		return -1;
	if (n > 0)
		return *key = "err.partner.period.suspended", 1;
	if (db_int_query(&n,
	                 "SELECT COUNT(*) FROM confirmation WHERE request_id = "
	                 "? AND id <> ? AND state <> 'returned' AND "
	                 "period_from <= ? AND period_to >= ?",
	                 "iiss", request, exclude, to, from) != 1)
		return -1;
	if (n > 0)
		return *key = "err.partner.period.overlap", 1;
	return 0;
}
