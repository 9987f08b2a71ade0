/* form_ca: validators for the Canadian values of the citizen portal:
 * postal codes, phone numbers, health insurance numbers, times of day and
 * birth dates. Like form.h: the valid_* functions decide, and each form_*
 * reads a form field, attaches a message key to it on bad input and
 * returns -1. */
#ifndef FORM_CA_H
#define FORM_CA_H

#include <stdbool.h>
#include <stddef.h>

#include "req.h"

#define POSTAL_TEXT 8  /* "A1A 1A1" and a NUL */
#define PHONE_TEXT  13 /* "+15065550123" and a NUL */
#define CARD_TEXT   13 /* at most 12 letters and digits and a NUL */

/* True when s is a Canadian postal code ("E1C 4B7", "e1c4b7", with one
 * space or none between the halves); out gets it as "E1C 4B7". With
 * prefix_ok, the first half alone ("E1C", a forward sortation area) is
 * accepted too and written as is. Letters D, F, I, O, Q and U never
 * appear, nor W and Z first, as Canada Post assigns them. */
bool valid_postal_code(const char *s, bool prefix_ok, char out[POSTAL_TEXT]);

/* True when s is a North American number of ten digits (area code and
 * exchange not starting with 0 or 1), with an optional leading 1 or +1 and
 * spaces, dots, dashes or parentheses between; out gets it as E.164,
 * "+15065550123". */
bool valid_phone(const char *s, char out[PHONE_TEXT]);

/* True when s is a health insurance number: 9 to 12 letters and digits,
 * with spaces or dashes between them that are dropped; out gets it in
 * capitals. */
bool valid_health_card(const char *s, char out[CARD_TEXT]);

/* True when s is a time of day "HH:MM" (00:00 to 23:59); *minute gets the
 * minutes since midnight. */
bool valid_hhmm(const char *s, int *minute);

/* True when s is a birth date: a day (valid_date) from 1900-01-01 up to
 * today, which is given as "YYYY-MM-DD". */
bool valid_birth_date(const char *s, const char *today);

/* The form fields of those kinds; an empty optional field gives "" (or
 * leaves *minute alone). The message keys are err.postal_code.invalid,
 * err.phone.invalid, err.health_card.invalid, err.time.invalid,
 * err.birth_date.invalid and err.birth_date.future. */
int form_postal_code(struct req *r, const char *name, bool prefix_ok,
                     const char **out, int flags);
int form_phone(struct req *r, const char *name, const char **out, int flags);
int form_health_card(struct req *r, const char *name, const char **out,
                     int flags);
int form_hhmm(struct req *r, const char *name, int *minute, int flags);
int form_birth_date(struct req *r, const char *name, const char *today,
                    const char **out, int flags);

#endif
