#include "nissuser.h"

#include <string.h>

#include "db.h"
#include "mail.h"
#include "page.h"

int nissuser_check(long long id, const char *niss, bool *changed,
                   const char **refusal)
{
	struct db_res *res;
	long long others = 0, owner = 0;
	int rc;

	*changed = false;
	*refusal = NULL;
	res = db_query("SELECT COALESCE(niss, '') FROM users WHERE id = ? "
	               "FOR UPDATE",
	               "i", id);
	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1)
		*changed = strcmp(db_str(res, 0), niss) != 0;
	db_done(res);
	if (rc != 1)
		return -1;
	if (!*changed)
		return 0;
	if (*niss != '\0' &&
	    db_int_query(&others,
	                 "SELECT COUNT(*) FROM users WHERE niss = ? AND "
	                 "id <> ?",
	                 "si", niss, id) < 0)
		return -1;
	if (db_int_query(&owner,
	                 "SELECT COUNT(*) FROM secure_space WHERE owner_id = ?",
	                 "i", id) < 0)
		return -1;
	if (others > 0)
		*refusal = "err.niss.taken";
	else if (owner > 0)
		*refusal = "err.niss.owner";
	return 0;
}

int nissuser_mail(long long id, const char *niss, bool self)
{
	struct db_res *res = db_query(
	    "SELECT email, name, lang FROM users WHERE id = ?", "i", id);
	struct mail *m;
	int rc = -1;

	if (res == NULL)
		return -1;
	if (db_next(res) == 1 &&
	    (m = mail_new("niss-changed", db_str(res, 2))) != NULL) {
		page_add(mail_data(m), "name", db_str(res, 1));
		page_add(mail_data(m), "state",
		         *niss != '\0' ? "set" : "removed");
		page_add(mail_data(m), "by", self ? "self" : "admin");
		rc = mail_queue(m, db_str(res, 0));
	}
	db_done(res);
	return rc;
}
