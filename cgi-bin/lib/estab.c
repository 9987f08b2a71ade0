#include "estab.h"

#include "db.h"
#include "form.h"
#include "page.h"
#include "tz.h"

int estab_services(struct req *r, xmlNodePtr parent)
{
	struct db_res *res = db_query(
	    "SELECT s.id, s.version, IF(? = 'en', t.name_en, t.name_fr) AS "
	    "name, s.duration_minutes, s.active FROM establishment_service s "
	    "JOIN establishment_service_type t ON t.id = s.type_id WHERE "
	    "s.org_id = ? ORDER BY t.position, t.id",
	    "si", r->lang, r->user.org_id);
	long n = res != NULL ? page_rows(page_add(parent, "services", NULL),
	                                 res, "service")
	                     : -1;

	db_done(res);
	return n < 0 ? -1 : 0;
}

int estab_day_query(struct req *r, char today[11], const char **date,
                    long long *service)
{
	const char *sv = req_query(r, "service");

	tz_today(today);
	*date = req_query(r, "date");
	*service = 0;
	if (*date == NULL || **date == '\0')
		*date = today;
	if (!valid_date(*date) ||
	    (sv != NULL && *sv != '\0' &&
	     !valid_int(sv, 1, 9223372036854775807LL, service)))
		return -1;
	return 0;
}
