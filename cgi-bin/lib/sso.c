#include "sso.h"

#include "db.h"

int sso_org_uses_certificates(long long org_id, bool *sso)
{
	long long n = 0;

	if (db_int_query(&n,
	                 "SELECT COUNT(*) FROM secure_space WHERE org_id = ? "
	                 "AND login_method = 'sso'",
	                 "i", org_id) < 0)
		return -1;
	*sso = n > 0;
	return 0;
}

int sso_password_allowed(long long user_id, bool *allowed)
{
	long long n = 0;

	if (db_int_query(&n,
	                 "SELECT COUNT(*) FROM users u JOIN secure_space s ON "
	                 "s.org_id = u.org_id WHERE u.id = ? AND "
	                 "s.login_method = 'sso'",
	                 "i", user_id) < 0)
		return -1;
	*allowed = n == 0;
	return 0;
}
