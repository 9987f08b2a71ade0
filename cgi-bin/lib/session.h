/* session: who is logged in, server-side, and the CSRF token. */
#ifndef SESSION_H
#define SESSION_H

#include "req.h"

/* Reads the session cookie and, when its session is alive, fills r->user,
 * r->perms and sets r->logged_in; a session past its idle or absolute
 * time-out is deleted and r->session_expired set. Returns 0, or -1 when
 * the database failed. */
int session_load(struct req *r);

/* Starts a session for user_id at stage "full", "mfa" or "enrol" with a new
 * token (the old session of this browser, if any, is deleted) and sets the
 * cookie. Returns 0 or -1. */
int session_start(struct req *r, long long user_id, const char *stage);

/* Completes a pending session once MFA is done: a new token replaces the
 * old one and the stage becomes "full". Returns 0 or -1. */
int session_promote(struct req *r);

/* Ends every session of the user but the current one (keep may be NULL to
 * end them all). Returns the number ended, or -1. */
long long session_end_user(long long user_id, const unsigned char *keep);

/* Deletes the current session and clears the cookie. Returns 0 or -1. */
int session_end(struct req *r);

/* Computes r->csrf for this browser: bound to the session when logged in,
 * otherwise to a pre-session cookie that it sets when missing. */
int session_csrf(struct req *r);

/* True when the POSTed csrf field matches r->csrf. */
bool session_csrf_ok(const struct req *r);

#endif
