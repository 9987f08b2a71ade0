/* dirvalid: validators for the values of the professionals' directory:
 * the national RPPS and ADELI numbers, French postal codes, street
 * numbers and dates as spreadsheets write them (telephone numbers go
 * through person.h's valid_phone and form_phone, included here). The
 * valid_* functions judge a string; the form_* ones read a form field and,
 * on bad input, attach a message key to it (page_error) and return -1. */
#ifndef DIRVALID_H
#define DIRVALID_H

#include <stdbool.h>
#include <stddef.h>

#include "form.h"
#include "person.h"
#include "req.h"

/* True when s is an RPPS number: eleven digits, the last a Luhn key over
 * the ten before it. */
bool valid_rpps(const char *s);

/* True when s is an ADELI number: nine digits, the last a Luhn key over
 * the eight before it. */
bool valid_adeli(const char *s);

/* True when s is a French postal code: five digits, 01000 to 98999. */
bool valid_postcode(const char *s);

/* True when s is a street number: 1 to 5 digits, the first not 0. */
bool valid_street_number(const char *s);

/* Writes the ISO form yyyy-mm-dd of a calendar date written dd/mm/yyyy or
 * yyyy-mm-dd into out (11 bytes). Returns false when s is neither. */
bool valid_date_fr(const char *s, char out[11]);

/* The form validators: an empty optional field gives *out = "". */
int form_rpps(struct req *r, const char *name, const char **out, int flags);
int form_adeli(struct req *r, const char *name, const char **out, int flags);
int form_postcode(struct req *r, const char *name, const char **out, int flags);
int form_street_number(struct req *r, const char *name, const char **out,
                       int flags);
/* A date written yyyy-mm-dd (or dd/mm/yyyy); *out is the ISO form. */
int form_date(struct req *r, const char *name, const char **out, int flags);

#endif
