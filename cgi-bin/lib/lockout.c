#include "lockout.h"

#include "audit.h"
#include "conf.h"
#include "db.h"
#include "mail.h"
#include "page.h"

/* An address is shared by many people behind one proxy: it gets this many
 * times the account's allowance. */
#define ADDRESS_FACTOR 4

int lockout_blocked(const struct req *r, long long user_id, bool *blocked)
{
	long long n = 0;

	*blocked = false;
	if (user_id != 0) {
		if (db_int_query(&n,
		                 "SELECT COUNT(*) FROM users WHERE id = ? AND "
		                 "locked_until > UTC_TIMESTAMP()",
		                 "i", user_id) < 0)
			return -1;
		*blocked = n > 0;
	}
	if (!*blocked) {
		if (db_int_query(&n,
		                 "SELECT COUNT(*) FROM address_failure WHERE "
		                 "ip = ? AND locked_until > UTC_TIMESTAMP()",
		                 "s", r->remote_addr) < 0)
			return -1;
		*blocked = n > 0;
	}
	return 0;
}

/* Minutes to wait after `failures` in a row, given the thresholds. */
static long long wait_minutes(long long failures, long long delay_after,
                              long long lock_after)
{
	long long m;

	if (failures >= lock_after)
		return conf.lock_minutes;
	if (failures < delay_after)
		return 0;
	m = 1LL << (failures - delay_after < 20 ? failures - delay_after : 20);
	return m < conf.lock_minutes ? m : conf.lock_minutes;
}

static int mail_locked(long long user_id)
{
	struct db_res *res = db_query(
	    "SELECT email, name, lang FROM users WHERE id = ?", "i", user_id);
	struct mail *m;
	int rc = -1;

	if (res == NULL)
		return -1;
	if (db_next(res) == 1 &&
	    (m = mail_new("locked", db_str(res, 2))) != NULL) {
		page_add(mail_data(m), "name", db_str(res, 1));
		page_add_int(mail_data(m), "minutes", conf.lock_minutes);
		rc = mail_queue(m, db_str(res, 0));
	}
	db_done(res);
	return rc;
}

int lockout_failure(struct req *r, long long user_id, const char *what)
{
	long long failures = 0, minutes;

	if (db_exec("INSERT INTO address_failure (ip, failed_count, "
	            "last_failure_at) VALUES (?, 1, UTC_TIMESTAMP()) "
	            "ON DUPLICATE KEY UPDATE failed_count = failed_count + 1, "
	            "last_failure_at = UTC_TIMESTAMP()",
	            "s", r->remote_addr) < 0 ||
	    db_int_query(
	        &failures,
	        "SELECT failed_count FROM address_failure WHERE ip = ?", "s",
	        r->remote_addr) != 1)
		return -1;
	minutes = wait_minutes(failures, conf.lock_delay_after * ADDRESS_FACTOR,
	                       conf.lock_after * ADDRESS_FACTOR);
	if (minutes > 0 &&
	    db_exec("UPDATE address_failure SET locked_until = UTC_TIMESTAMP() "
	            "+ INTERVAL ? MINUTE WHERE ip = ?",
	            "is", minutes, r->remote_addr) < 0)
		return -1;
	if (audit_log(r, 0, "login.failure", "user", user_id, what, NULL,
	              NULL) == -1)
		return -1;
	if (user_id == 0)
		return 0;
	if (db_exec("UPDATE users SET failed_count = failed_count + 1 "
	            "WHERE id = ?",
	            "i", user_id) < 0 ||
	    db_int_query(&failures,
	                 "SELECT failed_count FROM users WHERE id = ?", "i",
	                 user_id) != 1)
		return -1;
	minutes =
	    wait_minutes(failures, conf.lock_delay_after, conf.lock_after);
	if (minutes == 0)
		return 0;
	if (db_exec("UPDATE users SET locked_until = UTC_TIMESTAMP() + "
	            "INTERVAL ? MINUTE WHERE id = ?",
	            "ii", minutes, user_id) < 0)
		return -1;
	if (failures == conf.lock_after &&
	    (audit_log(r, 0, "account.locked", "user", user_id, what, NULL,
	               NULL) == -1 ||
	     mail_locked(user_id) == -1))
		return -1;
	return 0;
}

int lockout_success(const struct req *r, long long user_id)
{
	if (db_exec("UPDATE users SET failed_count = 0, locked_until = NULL "
	            "WHERE id = ?",
	            "i", user_id) < 0)
		return -1;
	return db_exec("DELETE FROM address_failure WHERE ip = ?", "s",
	               r->remote_addr) < 0
	           ? -1
	           : 0;
}

int lockout_unlock(long long user_id)
{
	return db_exec("UPDATE users SET failed_count = 0, locked_until = NULL "
	               "WHERE id = ?",
	               "i", user_id) < 0
	           ? -1
	           : 0;
}
