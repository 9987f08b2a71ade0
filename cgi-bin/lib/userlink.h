/* userlink: single-use links sent by mail (activation, password reset). */
#ifndef USERLINK_H
#define USERLINK_H

#include "token.h"

enum userlink_state {
	USERLINK_ERROR = -1,  /* the database failed */
	USERLINK_VALID = 1,   /* usable: *user_id is set */
	USERLINK_EXPIRED = 2, /* known, past its time */
	USERLINK_USED = 3,    /* known, already used or replaced */
	USERLINK_UNKNOWN = 4, /* never issued */
};

/* Issues a new link token for the user and purpose ("activation" or
 * "reset"), valid for `seconds`; every earlier unused token of the same
 * purpose stops working. out gets the token for the URL. Call it inside
 * the transaction that sends the mail. Returns 0 or -1. */
int userlink_issue(long long user_id, const char *purpose, long seconds,
                   char out[TOKEN_TEXT]);

/* Tells what the token is, without using it. */
enum userlink_state userlink_check(const char *token, const char *purpose,
                                   long long *user_id);

/* Uses the token: only one caller ever gets USERLINK_VALID for it, even
 * when two requests race. Call it inside the transaction of the change. */
enum userlink_state userlink_use(const char *token, const char *purpose,
                                 long long *user_id);

#endif
