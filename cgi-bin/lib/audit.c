#include "audit.h"

#include "db.h"

int audit_log(const struct req *r, long long actor_id, const char *action,
              const char *subject_type, long long subject_id,
              const char *detail, const char *before, const char *after)
{
	long long actor = r->logged_in ? r->user.id : actor_id;

	return db_exec("INSERT INTO audit (actor_id, ip, action, subject_type, "
	               "subject_id, detail, before_value, after_value) "
	               "VALUES (NULLIF(?, 0), ?, ?, ?, NULLIF(?, 0), ?, ?, ?)",
	               "isssisss", actor, r->remote_addr, action,
	               subject_type != NULL ? subject_type : "", subject_id,
	               detail != NULL ? detail : "", before, after) < 0
	           ? -1
	           : 0;
}
