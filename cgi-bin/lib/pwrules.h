/* pwrules: what a new password must be (NIST SP 800-63B section 5.1.1). */
#ifndef PWRULES_H
#define PWRULES_H

#define PASSWORD_MIN 12  /* characters */
#define PASSWORD_MAX 256 /* characters */

/* Returns NULL when password may be chosen by the user with this e-mail
 * and name, otherwise the message key that says why not: too short, too
 * long, invalid, in the list of common passwords (list_path, one lowercase
 * password a line, sorted), or containing the e-mail's local part or a
 * word of the name. No rule on the kinds of characters. */
const char *pwrules_check(const char *password, const char *email,
                          const char *name, const char *list_path);

#endif
