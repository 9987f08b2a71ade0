/* lockout: brute force of passwords, TOTP and recovery codes slowed per
 * account and per client address (DESIGN.md section 8). */
#ifndef LOCKOUT_H
#define LOCKOUT_H

#include <stdbool.h>

#include "req.h"

/* Sets *blocked when the account (user_id, 0 for an unknown one) or the
 * client address must wait before another attempt. Returns 0 or -1. */
int lockout_blocked(const struct req *r, long long user_id, bool *blocked);

/* Counts a failed attempt of kind what ("password", "totp", "recovery")
 * for the account and the address. After conf.lock_delay_after failures in
 * a row each attempt waits 1, 2, 4 … minutes; at conf.lock_after the
 * account is locked conf.lock_minutes and its owner told by mail. Each
 * failure and lock is audited. Call it in a transaction. Returns 0 or -1. */
int lockout_failure(struct req *r, long long user_id, const char *what);

/* Clears the account's and the address's failures. Returns 0 or -1. */
int lockout_success(const struct req *r, long long user_id);

/* Lifts an admin's lock on the account. Returns 0 or -1. */
int lockout_unlock(long long user_id);

#endif
