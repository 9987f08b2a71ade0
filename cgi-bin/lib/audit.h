/* audit: the permanent record of security events and changes. */
#ifndef AUDIT_H
#define AUDIT_H

#include "req.h"

/* Writes one audit row: the acting user (r->user when logged in, else
 * actor_id), the client address, the action, what it concerns, and the
 * values before and after (NULL when none). Call it inside the transaction
 * of the change it records. Returns 0 or -1. */
int audit_log(const struct req *r, long long actor_id, const char *action,
              const char *subject_type, long long subject_id,
              const char *detail, const char *before, const char *after);

#endif
