/* decimal: quantities and amounts with two decimals, as people type them
 * ("12", "12.5", "12,50", "1 234,50"), held as integers of hundredths
 * (units) or cents (money). */
#ifndef DECIMAL_H
#define DECIMAL_H

#include <stdbool.h>

#include "req.h"

/* True when s is a number of at most two decimals, not negative, at most
 * max hundredths: "7", "7.5", "7,50", digits grouped by spaces (also
 * no-break ones) or, when both marks appear, by the one that is not the
 * decimal mark ("1,234.50", "1.234,50"); surrounding spaces allowed.
 * *out gets the value in hundredths. */
bool valid_decimal(const char *s, long long max, long long *out);

/* Writes hundredths as "1234.50" (no grouping, '.' mark) into out, which
 * holds at least 32 bytes. */
void decimal_text(long long hundredths, char *out);

/* Reads form field name as valid_decimal(); an empty optional field
 * leaves *out alone. A bad value: err.decimal.invalid on the field, -1. */
int form_decimal(struct req *r, const char *name, long long *out, long long max,
                 int flags);

#endif
