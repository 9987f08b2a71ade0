#include "session.h"

#include <stdio.h>
#include <string.h>

#include <openssl/crypto.h>

#include "conf.h"
#include "db.h"
#include "log.h"

/* Sessions are touched at most this often, so that most requests only
 * read; a quarter of the idle time-out keeps the error small. */
static long touch_every(void)
{
	long t = conf.session_idle / 4;

	return t < 1 ? 1 : (t > 60 ? 60 : t);
}

/* Reads the permissions from column col of res, its current row first,
 * then every row after it (sorted, NULL when the session has none). */
static int load_perms(struct req *r, struct db_res *res, int col)
{
	size_t cap = 16;
	int rc = 1;

	r->perms = pool_alloc(&r->pool, cap * sizeof *r->perms);
	r->nperms = 0;
	for (; rc == 1 && r->perms != NULL; rc = db_next(res)) {
		const char *perm = db_str(res, col);
		if (perm == NULL ||
		    (r->nperms > 0 &&
		     strcmp(r->perms[r->nperms - 1], perm) == 0))
			continue;
		if (r->nperms == cap) {
			const char **p =
			    pool_alloc(&r->pool, 2 * cap * sizeof *p);
			if (p == NULL)
				break;
			memcpy(p, r->perms, cap * sizeof *p);
			r->perms = p;
			cap *= 2;
		}
		r->perms[r->nperms++] = pool_strdup(&r->pool, perm);
	}
	return rc == 0 && r->perms != NULL ? 0 : -1;
}

int session_load(struct req *r)
{
	const char *token = req_cookie(r, req_cookie_name(r, "sid"));
	struct db_res *res;
	bool full;
	int rc, touch;

	r->logged_in = false;
	if (token == NULL || strlen(token) != TOKEN_TEXT - 1)
		return 0;
	token_sha256(token, strlen(token), r->session_hash);
	res = db_query(
	    "SELECT s.user_id, u.email, u.name, o.name, o.id, u.lang, "
	    "s.seen_at < UTC_TIMESTAMP() - INTERVAL ? SECOND, "
	    "s.created_at < UTC_TIMESTAMP() - INTERVAL ? SECOND, "
	    "s.seen_at < UTC_TIMESTAMP() - INTERVAL ? SECOND, u.active, "
	    "s.stage, rp.permission FROM session s JOIN users u ON u.id = "
	    "s.user_id JOIN org o ON o.id = u.org_id "
	    "LEFT JOIN user_role ur ON ur.user_id = s.user_id AND s.stage = "
	    "'full' LEFT JOIN role_permission rp ON rp.role_id = ur.role_id "
	    "WHERE s.token_hash = ? ORDER BY rp.permission",
	    "iiib", (long long)conf.session_idle, (long long)conf.session_max,
	    (long long)touch_every(), r->session_hash, sizeof r->session_hash);
	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) != 1) {
		db_done(res);
		r->session_expired = rc == 0;
		return rc == 0 ? 0 : -1;
	}
	if (db_int(res, 6) || db_int(res, 7) || !db_int(res, 9)) {
		db_done(res);
		r->session_expired = true;
		return db_exec("DELETE FROM session WHERE token_hash = ?", "b",
		               r->session_hash, sizeof r->session_hash) < 0
		           ? -1
		           : 0;
	}
	r->user.id = db_int(res, 0);
	r->user.email = pool_strdup(&r->pool, db_str(res, 1));
	r->user.name = pool_strdup(&r->pool, db_str(res, 2));
	r->user.org = pool_strdup(&r->pool, db_str(res, 3));
	r->user.org_id = db_int(res, 4);
	r->user.lang = pool_strdup(&r->pool, db_str(res, 5));
	r->stage = pool_strdup(&r->pool, db_str(res, 10));
	full = r->stage != NULL && strcmp(r->stage, "full") == 0;
	touch = db_int(res, 8);
	rc = full ? load_perms(r, res, 11) : 0;
	db_done(res);
	if (rc == -1)
		return -1;
	if (touch && db_exec("UPDATE session SET seen_at = UTC_TIMESTAMP() "
	                     "WHERE token_hash = ?",
	                     "b", r->session_hash, sizeof r->session_hash) < 0)
		return -1;
	if (!full) {
		r->pending = true; /* no permission before every factor */
		return 0;
	}
	r->logged_in = true;
	return 0;
}

int session_start(struct req *r, long long user_id, const char *stage)
{
	char token[TOKEN_TEXT];
	char ua[256];
	size_t n;

	if (token_new(token) == -1)
		return -1;
	/* Fixation: whatever session this browser had is gone. */
	if ((r->logged_in || r->pending) &&
	    db_exec("DELETE FROM session WHERE token_hash = ?", "b",
	            r->session_hash, sizeof r->session_hash) < 0)
		return -1;
	token_sha256(token, strlen(token), r->session_hash);
	n = strlen(r->user_agent);
	if (n >= sizeof ua) /* cut at a character boundary */
		for (n = sizeof ua - 1;
		     n > 0 && (r->user_agent[n] & 0xc0) == 0x80; n--)
			;
	memcpy(ua, r->user_agent, n);
	ua[n] = '\0';
	if (db_exec("INSERT INTO session (token_hash, user_id, created_at, "
	            "seen_at, ip, user_agent, stage) VALUES (?, ?, "
	            "UTC_TIMESTAMP(), UTC_TIMESTAMP(), ?, ?, ?)",
	            "bisss", r->session_hash, sizeof r->session_hash, user_id,
	            r->remote_addr, ua, stage) < 0)
		return -1;
	req_set_cookie(r, req_cookie_name(r, "sid"), token, -1);
	OPENSSL_cleanse(token, sizeof token);
	r->logged_in = strcmp(stage, "full") == 0;
	r->pending = !r->logged_in;
	r->stage = stage;
	r->user.id = user_id;
	return session_csrf(r);
}

int session_promote(struct req *r)
{
	unsigned char old[32];
	char token[TOKEN_TEXT];

	if (!r->pending || token_new(token) == -1)
		return -1;
	memcpy(old, r->session_hash, sizeof old);
	token_sha256(token, strlen(token), r->session_hash);
	if (db_exec("UPDATE session SET token_hash = ?, stage = 'full', "
	            "seen_at = UTC_TIMESTAMP() WHERE token_hash = ?",
	            "bb", r->session_hash, sizeof r->session_hash, old,
	            sizeof old) != 1)
		return -1;
	req_set_cookie(r, req_cookie_name(r, "sid"), token, -1);
	OPENSSL_cleanse(token, sizeof token);
	r->pending = false;
	r->logged_in = true;
	r->stage = "full";
	return session_csrf(r);
}

long long session_end_user(long long user_id, const unsigned char *keep)
{
	static const unsigned char none[32];

	return db_exec("DELETE FROM session WHERE user_id = ? AND "
	               "token_hash <> ?",
	               "ib", user_id, keep != NULL ? keep : none, sizeof none);
}

int session_end(struct req *r)
{
	req_set_cookie(r, req_cookie_name(r, "sid"), "", 0);
	if (!r->logged_in && !r->pending)
		return 0;
	r->logged_in = r->pending = false;
	return db_exec("DELETE FROM session WHERE token_hash = ?", "b",
	               r->session_hash, sizeof r->session_hash) < 0
	           ? -1
	           : 0;
}

int session_csrf(struct req *r)
{
	unsigned char mac[32], msg[5 + TOKEN_TEXT];
	size_t n;

	memcpy(msg, "csrf:", 5);
	if (r->logged_in || r->pending) {
		memcpy(msg + 5, r->session_hash, sizeof r->session_hash);
		n = 5 + sizeof r->session_hash;
	} else {
		const char *pre = req_cookie(r, req_cookie_name(r, "pre"));
		char fresh[TOKEN_TEXT];
		if (pre == NULL || strlen(pre) != TOKEN_TEXT - 1) {
			if (token_new(fresh) == -1)
				return -1;
			req_set_cookie(r, req_cookie_name(r, "pre"), fresh, -1);
			pre = pool_strdup(&r->pool, fresh);
		}
		/* A different prefix: a pre-session token is never a session's.
		 */
		msg[0] = 'C';
		memcpy(msg + 5, pre, TOKEN_TEXT - 1);
		n = 5 + TOKEN_TEXT - 1;
	}
	token_hmac(conf.secret_key, msg, n, mac);
	token_base64url(mac, sizeof mac, r->csrf);
	return 0;
}

bool session_csrf_ok(const struct req *r)
{
	const char *sent = req_form(r, "csrf");

	return sent != NULL && r->csrf[0] != '\0' && token_equal(sent, r->csrf);
}
