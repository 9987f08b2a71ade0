/* person: validators for the details of a person kept on file (a client,
 * a contact): telephone number, Canadian postal code and province, birth
 * date. Like form.h, each form_* reads a field, reports a message key on
 * it when the value is bad and returns -1; valid values come back in the
 * form they are stored in. */
#ifndef PERSON_H
#define PERSON_H

#include <stdbool.h>
#include <stddef.h>

#include "req.h"

#define PERSON_PHONE_MAX  32 /* client.phone, client_contact.phone */
#define PERSON_POSTAL_LEN 8  /* "A1A 1A1" and its NUL */

/* True when s is a telephone number as people write it: an optional
 * leading '+', then a digit or '(', digits, spaces, '-', '.' and one
 * pair of parentheses around digits at a time, at most two of those
 * separators in a row, ending with a digit; at most PERSON_PHONE_MAX
 * bytes and 7 to 15 digits (E.164 allows 15). */
bool valid_phone(const char *s);

/* True when s is a Canadian postal code (A1A 1A1, with or without the
 * space, any case; the letters Canada Post never uses refused); out gets
 * it as stored: upper case with one space. */
bool valid_postal_code(const char *s, char out[PERSON_POSTAL_LEN]);

/* True when s is the two-letter code of a Canadian province or
 * territory, in upper case (NB, QC, …). */
bool valid_province(const char *s);

/* True when s is a date (valid_date) from 1900-01-01 up to today, which
 * is given as yyyy-mm-dd: the string order is the calendar order. */
bool valid_birth_date(const char *s, const char *today);

/* The form fields of those kinds; an empty optional field gives "". */
int form_phone(struct req *r, const char *name, const char **out, int flags);
int form_postal_code(struct req *r, const char *name, const char **out,
                     int flags);
int form_province(struct req *r, const char *name, const char **out, int flags);
/* A birth date, checked against today's date in UTC. */
int form_birth_date(struct req *r, const char *name, const char **out,
                    int flags);

#endif
