#include "userlink.h"

#include <string.h>

#include "db.h"

int userlink_issue(long long user_id, const char *purpose, long seconds,
                   char out[TOKEN_TEXT])
{
	unsigned char hash[32];
	long long live = 0;

	if (token_new(out) == -1)
		return -1;
	token_sha256(out, strlen(out), hash);
	/* The account's row serialises the links of one account; the earlier
	 * links are looked for without a lock, and spent only when there
	 * are some: an UPDATE that matches nothing would lock the gap at the
	 * end of the index, and two new accounts' links would then deadlock
	 * on each other's inserts. */
	if (db_int_query(&live,
	                 "SELECT COUNT(*) FROM users WHERE id = ? FOR UPDATE",
	                 "i", user_id) < 0 ||
	    db_int_query(&live,
	                 "SELECT COUNT(*) FROM user_token WHERE user_id = ? "
	                 "AND purpose = ? AND used_at IS NULL",
	                 "is", user_id, purpose) < 0)
		return -1;
	if (live > 0 &&
	    db_exec("UPDATE user_token SET used_at = UTC_TIMESTAMP() "
	            "WHERE user_id = ? AND purpose = ? AND used_at IS NULL",
	            "is", user_id, purpose) < 0)
		return -1;
	return db_exec("INSERT INTO user_token (token_hash, user_id, purpose, "
	               "created_at, expires_at) VALUES (?, ?, ?, "
	               "UTC_TIMESTAMP(), UTC_TIMESTAMP() + INTERVAL ? SECOND)",
	               "bisi", hash, sizeof hash, user_id, purpose,
	               (long long)seconds) == 1
	           ? 0
	           : -1;
}

enum userlink_state userlink_check(const char *token, const char *purpose,
                                   long long *user_id)
{
	unsigned char hash[32];
	struct db_res *res;
	enum userlink_state st;
	int rc;

	if (token == NULL || strlen(token) != TOKEN_TEXT - 1)
		return USERLINK_UNKNOWN;
	token_sha256(token, strlen(token), hash);
	res = db_query("SELECT user_id, used_at IS NOT NULL, "
	               "expires_at < UTC_TIMESTAMP() FROM user_token "
	               "WHERE token_hash = ? AND purpose = ?",
	               "bs", hash, sizeof hash, purpose);
	if (res == NULL)
		return USERLINK_ERROR;
	if ((rc = db_next(res)) != 1) {
		db_done(res);
		return rc == 0 ? USERLINK_UNKNOWN : USERLINK_ERROR;
	}
	*user_id = db_int(res, 0);
	st = db_int(res, 1)   ? USERLINK_USED
	     : db_int(res, 2) ? USERLINK_EXPIRED
	                      : USERLINK_VALID;
	db_done(res);
	return st;
}

enum userlink_state userlink_use(const char *token, const char *purpose,
                                 long long *user_id)
{
	enum userlink_state st = userlink_check(token, purpose, user_id);
	unsigned char hash[32];
	long long n;

	if (st != USERLINK_VALID)
		return st;
	token_sha256(token, strlen(token), hash);
	n = db_exec("UPDATE user_token SET used_at = UTC_TIMESTAMP() "
	            "WHERE token_hash = ? AND used_at IS NULL "
	            "AND expires_at >= UTC_TIMESTAMP()",
	            "b", hash, sizeof hash);
	return n < 0 ? USERLINK_ERROR : n == 1 ? USERLINK_VALID : USERLINK_USED;
}
