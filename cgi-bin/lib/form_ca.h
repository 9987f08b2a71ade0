/* form_ca: validators for the Canadian values of the citizen portal:
 * postal codes, phone numbers, health insurance numbers, times of day and
 * birth dates. Like form.h: the valid_* functions decide, and each form_*
 * reads a form field, attaches a message key to it on bad input and
 * returns -1. */
#ifndef FORM_CA_H
#define FORM_CA_H

#include <stdbool.h>
#include <stddef.h>

#include "person.h"
#include "req.h"

#define POSTAL_TEXT PERSON_POSTAL_LEN /* "A1A 1A1" and a NUL */
#define PHONE_TEXT  13                /* "+15065550123" and a NUL */
#define CARD_TEXT   13 /* at most 12 letters and digits and a NUL */

/* True when s is a Canadian postal code (valid_postal_code of person.h)
 * or its first half alone ("E1C", a forward sortation area); out gets the
 * code as "E1C 4B7", or the half in capitals. */
bool valid_postal_area(const char *s, char out[POSTAL_TEXT]);

/* True when s is a North American number of ten digits (area code and
 * exchange not starting with 0 or 1), with an optional leading 1 or +1 and
 * spaces, dots, dashes or parentheses between; out gets it as E.164,
 * "+15065550123". */
bool valid_phone_e164(const char *s, char out[PHONE_TEXT]);

/* True when s is a health insurance number: 9 to 12 letters and digits,
 * with spaces or dashes between them that are dropped; out gets it in
 * capitals. */
bool valid_health_card(const char *s, char out[CARD_TEXT]);

/* True when s is a time of day "HH:MM" (00:00 to 23:59); *minute gets the
 * minutes since midnight. */
bool valid_hhmm(const char *s, int *minute);

/* The form fields of those kinds; an empty optional field gives "" (or
 * leaves *minute alone). The message keys are err.phone.ten_digits,
 * err.health_card.invalid, err.time.invalid,
 * err.birth_date.invalid and err.birth_date.future; the birth date is
 * checked against today on the establishments' clock. */
int form_phone_e164(struct req *r, const char *name, const char **out,
                    int flags);
int form_health_card(struct req *r, const char *name, const char **out,
                     int flags);
int form_hhmm(struct req *r, const char *name, int *minute, int flags);
int form_birth_date_local(struct req *r, const char *name, const char *today,
                          const char **out, int flags);

#endif
