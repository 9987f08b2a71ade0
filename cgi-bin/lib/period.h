/* period: calendar days and the rules of the partner portal's service
 * periods (DESIGN: dates are ISO 8601, yyyy-mm-dd). Pure functions: the
 * callers load the request's dates and pass them in. */
#ifndef PERIOD_H
#define PERIOD_H

#include <stdbool.h>

#include "req.h"

#define DATE_TEXT 11 /* "yyyy-mm-dd" and its NUL */

/* The number of days from 1970-01-01 to the valid date s (valid_date). */
long period_day(const char *s);
/* Writes the date of day number n (as period_day gives) into out. */
void period_date(long n, char out[DATE_TEXT]);
/* Writes the date n days after s (before when n < 0) into out. */
void period_add(const char *s, long n, char out[DATE_TEXT]);
/* Writes today's date (UTC) into out. */
void period_today(char out[DATE_TEXT]);

/* Reads a date field (yyyy-mm-dd, as the date input sends it). An empty
 * optional field gives "". A bad one: err.date.invalid (or err.required)
 * on the field, -1. */
int period_field(struct req *r, const char *name, const char **out, int flags);

/* Reads a date as people type it in a file: yyyy-mm-dd, or dd/mm/yyyy
 * (as French and Canadian spreadsheets write it), surrounding spaces
 * allowed; writes it as yyyy-mm-dd into out. False when it is neither or
 * not a day of the calendar. */
bool period_parse(const char *s, char out[DATE_TEXT]);

/* True when s is a time of day written hh:mm (00:00 to 23:59). */
bool valid_time(const char *s);

/* What a confirmation period is checked against: the request's period
 * (end "" when open) and, when it was changed by a clone, the effective
 * date that splits the two: clone_from is the first day of the request's
 * clone (this request is the original), own_from the first day of this
 * request when it is itself a clone. "" when none. */
struct period_request {
	const char *start, *end;
	const char *clone_from;
	const char *own_from;
};

/* The message key of the first rule the period [from, to] breaks for a
 * confirmation of the request, on the day today; NULL when it keeps them
 * all: from after to; to after today (not yet delivered); on or after the
 * clone's effective date on the original; before it on the clone; outside
 * the request's period. */
const char *period_confirmation(const struct period_request *rq,
                                const char *from, const char *to,
                                const char *today);

/* The key of the rule an adjustment effective on day eff breaks for a
 * request of period [start, end]: the original must keep at least one day
 * (eff after start) and the clone too (eff not after end). NULL when it
 * keeps them. */
const char *period_clone(const char *start, const char *end, const char *eff);

/* The same for a termination whose first day without service is eff. */
const char *period_terminate(const char *start, const char *end,
                             const char *eff);

/* The same for a suspension of [from, to]: in order, within the period. */
const char *period_suspend(const char *start, const char *end, const char *from,
                           const char *to);

/* True when [a1, a2] and [b1, b2] share a day (every date valid). */
bool period_overlap(const char *a1, const char *a2, const char *b1,
                    const char *b2);

#endif
