/* change: what an approved change request does to a service request:
 * an adjustment clones the request with the changes from an effective
 * date (the original's period then ends the day before, so the two never
 * overlap), a suspension takes days out of the period, a termination
 * ends the period early. Each is refused, with the key of the rule it
 * breaks, when it would make periods overlap or strand a confirmation. */
#ifndef CHANGE_H
#define CHANGE_H

#include "req.h"

struct change {
	const char *kind;  /* adjust, suspend or terminate */
	const char *eff;   /* first day it applies */
	const char *until; /* suspend: last day */
	long long units;   /* adjust: units a week, hundredths */
};

/* Applies c to request (an activated one) for report, inside the caller's
 * transaction: locks the request, checks the rules, writes the clone or
 * the suspension or the new end, and the history lines. *clone gets the
 * new request of an adjustment (0 otherwise). Returns 0 when applied, 1
 * when refused (*key says why; nothing written), -1 on error. */
int change_apply(struct req *r, long long report, long long request,
                 const struct change *c, long long *clone, const char **key);

#endif
