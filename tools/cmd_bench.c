/* cmd_bench: data for make bench. */
#include <stdio.h>
#include <stdlib.h>

#include "cmd.h"
#include "db.h"

#define GENERATE_USERS_MAX 1000000
#define BATCH              500

/* Inserts one generated account (number i) with the given role. */
static int generate_one(long long i, long long org, long long role)
{
	char email[64], name[64];
	/* Most accounts active; some pending, some deactivated, as in life. */
	int pending = i % 17 == 0, deactivated = i % 23 == 0;

	snprintf(email, sizeof email, "compte-%06lld@banc.passerelle.test", i);
	snprintf(name, sizeof name, "Personne Fictive %06lld", i);
	if (db_exec("INSERT INTO users (org_id, email, name, lang, active, "
	            "activated_at, last_login_at) VALUES (?, ?, ?, ?, ?, "
	            "IF(? = 1, NULL, UTC_TIMESTAMP()), IF(? = 1, NULL, "
	            "UTC_TIMESTAMP() - INTERVAL ? MINUTE))",
	            "isssiiii", org, email, name, i % 3 == 0 ? "en" : "fr",
	            deactivated ? 0LL : 1LL, (long long)pending,
	            (long long)pending, i * 7 % 100000) != 1)
		return -1;
	return db_exec("INSERT INTO user_role (user_id, role_id) VALUES "
	               "(LAST_INSERT_ID(), ?)",
	               "i", role) == 1
	           ? 0
	           : -1;
}

int cmd_generate_users(int argc, char **argv)
{
	long long n = 5000, org = 0, role = 0, have = 0;

	if (argc > 1)
		return 2;
	if (argc == 1 && ((n = atoll(argv[0])) < 1 || n > GENERATE_USERS_MAX))
		return 2;
	if (db_int_query(&org,
	                 "SELECT id FROM org WHERE kind = 'agency' ORDER BY id "
	                 "LIMIT 1",
	                 "") != 1 ||
	    db_int_query(&role, "SELECT id FROM role WHERE code = ?", "s",
	                 "agency_staff") != 1 ||
	    db_int_query(&have,
	                 "SELECT COUNT(*) FROM users WHERE email LIKE "
	                 "'compte-%@banc.passerelle.test'",
	                 "") != 1) {
		fprintf(stderr, "generate-users: no demo agency or role: run "
		                "passerelle demo first\n");
		return -1;
	}
	for (long long i = have + 1; i <= n; i += BATCH) {
		if (db_begin() == -1)
			return -1;
		for (long long j = i; j < i + BATCH && j <= n; j++)
			if (generate_one(j, org, role) == -1) {
				db_rollback();
				return -1;
			}
		if (db_commit() == -1)
			return -1;
	}
	printf("generate-users: %lld accounts\n", n > have ? n : have);
	return 0;
}
