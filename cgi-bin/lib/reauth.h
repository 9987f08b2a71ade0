/* reauth: a person proves again who they are before a sensitive change
 * (a new password, a national number, the confirmation of a secure
 * space): their password, their authenticator code. A wrong answer, and
 * any answer while the account or the address must wait, counts as a
 * failed attempt, as at login (lockout.h). */
#ifndef REAUTH_H
#define REAUTH_H

#include "req.h"

#define REAUTH_PASSWORD_MAX 1024 /* bytes; longer is refused unhashed */

/* Checks the password in form field `field` against account user_id's.
 * Returns 1 when it is right; 0 with the field's error (err.required,
 * err.password.blocked while it must wait, wrong_key when wrong); -1 on a
 * database failure. */
int reauth_password(struct req *r, long long user_id, const char *field,
                    const char *wrong_key);

/* Checks the authenticator code in field for account user_id; a good code
 * is used up at once (it works once, mfa_code_ok). Returns 1 right, 0 with
 * the field's error (err.required, err.password.blocked,
 * err.code.invalid), -1 on a database failure. */
int reauth_code(struct req *r, long long user_id, const char *field);

#endif
