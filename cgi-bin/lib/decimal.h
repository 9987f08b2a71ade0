/* decimal: quantities and amounts with two decimals, as people type them
 * ("12", "12.5", "12,50", "1 234,50"), held as integers of hundredths
 * (units) or cents (money). */
#ifndef DECIMAL_H
#define DECIMAL_H

#include <stdbool.h>

#include "req.h"

/* True when s is a number of at most two decimals written with '.' or ','
 * (digits grouped by spaces, no-break spaces or, with a ',' decimal mark
 * absent, nothing else), not negative, at most max hundredths; *out gets
 * the value in hundredths. Surrounding spaces are allowed. */
bool valid_decimal(const char *s, long long max, long long *out);

/* Writes hundredths as "1234.50" (no grouping, '.' mark) into out, which
 * holds at least 32 bytes. */
void decimal_text(long long hundredths, char *out);

/* Reads form field name as valid_decimal(); an empty optional field
 * leaves *out alone. A bad value: err.decimal.invalid on the field, -1. */
int form_decimal(struct req *r, const char *name, long long *out, long long max,
                 int flags);

#endif
