/* confirm: the rules of a service confirmation's period, checked against
 * the database inside the transaction that writes it: the request must be
 * activated or completed; the period within the request's service period,
 * already delivered, on the right side of a clone's effective date (the
 * guide's rule), clear of suspensions and of the request's other
 * confirmations. */
#ifndef CONFIRM_H
#define CONFIRM_H

#include "req.h"

/* Locks request (row lock until the transaction ends, so two checks of
 * the same request run one after the other) and checks [from, to] for a
 * confirmation of it, ignoring confirmation exclude (0: none). Returns 0
 * when the period keeps every rule, 1 when it breaks one (*key says
 * which), -1 on error. */
int confirm_check(long long request, const char *from, const char *to,
                  long long exclude, const char **key);

#endif
