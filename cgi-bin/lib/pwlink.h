/* pwlink: "choose your password" behind a single-use link sent by mail,
 * shared by the activation and the password reset screens, and the check
 * of a new password every screen that sets one makes. */
#ifndef PWLINK_H
#define PWLINK_H

#include <stdbool.h>

#include "req.h"

struct pwlink {
	const char *purpose; /* userlink purpose: "activation" or "reset" */
	const char *action;  /* audit action of a success */
	bool reset;          /* also lifts the lockout */
};

/* The status of a page of the screen itself that says the link cannot be
 * used: negative, because the page is made (see app.h). */
#define PWLINK_GONE (-404)

/* GET: the form for a valid link (200), or the page saying the link has
 * expired, was used or is unknown (PWLINK_GONE). Content:
 * <choose token=".." email=".."/> or <gone state="expired|used|unknown"/>. */
int pwlink_show(struct req *r, const struct pwlink *l);

/* POST (token, password, confirm): checks the rules (422 with the field
 * errors, nothing changed); then, in one transaction, uses the link, sets
 * the password, ends every session of the account, writes the audit row
 * and starts a session at the stage the account needs: a code when MFA is
 * set up, the enrolment when a role requires it, else in. Redirects to
 * that step (303); a link that is no longer valid, even one another
 * request used a moment before, gets the page of pwlink_show. */
int pwlink_submit(struct req *r, const struct pwlink *l);

/* Reads the form fields "password" and "confirm" and returns the password
 * when it follows the rules (pwrules_check with the account's e-mail and
 * name) and both match; otherwise attaches the message keys to the fields
 * and returns NULL. */
const char *pwlink_new_password(struct req *r, const char *email,
                                const char *name);

#endif
