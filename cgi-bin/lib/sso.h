/* sso: an organisation's connection method (guide 004): "password", or
 * "sso" — its users sign in with their certificate (the national number
 * in its subject), and passwords no longer open a session for them. */
#ifndef SSO_H
#define SSO_H

#include <stdbool.h>

/* Sets *sso when the organisation's method is SSO. Returns 0 or -1. */
int sso_org_uses_certificates(long long org_id, bool *sso);

/* Sets *allowed when the account's password may open a session: false
 * for the accounts of an organisation whose method is SSO. 0 or -1. */
int sso_password_allowed(long long user_id, bool *allowed);

#endif
