/* form: validators for submitted fields, one per kind of value. Each reads
 * a form field, and on bad input attaches a message key to the field
 * (page_error) and returns -1; the handler only ever sees valid values. */
#ifndef FORM_H
#define FORM_H

#include <stdbool.h>
#include <stddef.h>

#include "req.h"

enum form_flags { OPTIONAL = 0, REQUIRED = 1 };

/* Text of at most max characters, trimmed of surrounding spaces. An empty
 * optional field gives *out = "". */
int form_text(struct req *r, const char *name, const char **out, size_t max,
              int flags);
/* An e-mail address (see valid_email), lowercased. */
int form_email(struct req *r, const char *name, const char **out, int flags);
/* An integer in [min, max]; an empty optional field leaves *out alone. */
int form_int(struct req *r, const char *name, long long *out, long long min,
             long long max, int flags);
/* One of the codes in allowed (a NULL-terminated list). */
int form_enum(struct req *r, const char *name, const char *const *allowed,
              const char **out, int flags);

/* True when s is a plausible mailbox: local@domain, at most 254 bytes, a
 * dotted domain of letters, digits and hyphens, printable ASCII only. */
bool valid_email(const char *s);
/* True when s is decimal digits with an optional leading '-', within
 * [min, max]; *out gets the value. */
bool valid_int(const char *s, long long min, long long max, long long *out);

/* True when s is a calendar date written yyyy-mm-dd (years 1000 to 9999,
 * leap years counted). */
bool valid_date(const char *s);

#endif
