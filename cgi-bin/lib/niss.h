/* niss: the Belgian national number (NISS / INSZ, and the BIS numbers of
 * the Crossroads Bank registers): eleven digits YYMMDDXXXCC whose last two
 * are a modulo 97 check of the first nine, with a 2 in front of them for
 * people born from 2000 on. Stored normalised (the eleven digits), shown
 * formatted (YY.MM.DD-XXX.CC). */
#ifndef NISS_H
#define NISS_H

#include <stdbool.h>

#include "req.h"

#define NISS_DIGITS 11
#define NISS_TEXT   16 /* "YY.MM.DD-XXX.CC" and a NUL */
#define NISS_INPUT  20 /* characters a typed number may take */

/* True when s is a national number: eleven digits, optionally grouped by
 * dots, dashes or spaces (at most NISS_INPUT characters), whose check
 * digits are right for a birth in the 1900s or from 2000, whose month
 * (less 20 or 40 for a BIS number) and day are possible (0 stands for
 * unknown) and form a real date in that century, and whose counter is
 * 001 to 997. out gets the eleven digits and a NUL; *year (when not NULL)
 * the birth year, 1900 to 2099. */
bool niss_valid(const char *s, char out[NISS_DIGITS + 1], int *year);

/* Writes the eleven digits of a normalised number as YY.MM.DD-XXX.CC. */
void niss_format(const char *norm, char out[NISS_TEXT]);

/* The form validator: field name holds a national number (or nothing,
 * when optional); *out gets its eleven digits, or "" for an empty
 * optional field. On bad input the field gets err.niss.invalid (or
 * err.required) and -1 is returned. */
int form_niss(struct req *r, const char *name, const char **out, int flags);

#endif
