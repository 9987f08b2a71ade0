/* dirlogin: the directory login of a person, "given.family" in lowercase
 * ASCII, as downstream applications expect it. */
#ifndef DIRLOGIN_H
#define DIRLOGIN_H

#include <stddef.h>

#define DIRLOGIN_MAX 100 /* bytes of dir_person.login */

/* Writes into out (n bytes, at least 2) the login base of the names:
 * each name spelt in lowercase ASCII (accented Latin letters lose their
 * accents, œ and æ become oe and ae, ß ss), spaces, hyphens and '_' becoming
 * one '-', other characters (apostrophes…) dropped, joined by '.'.
 * The base is cut to leave room for a numeric suffix (DIRLOGIN_MAX - 8
 * bytes at most). A name that keeps no letter reads as "x". */
void dirlogin_base(const char *given, const char *family, char *out, size_t n);

/* Writes into out (n bytes, at least 1) the ASCII spelling of s by the
 * same rules: "Nom d'usage" reads "nom-dusage"; "" when no letter is
 * left. */
void dirlogin_ascii(const char *s, char *out, size_t n);

#endif
