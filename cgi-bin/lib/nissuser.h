/* nissuser: the national number of an account (users.niss), set by an
 * admin or by the account's owner: who may hold which number, and the
 * mail that tells the owner it changed (it maps their certificate to the
 * account when their organisation signs in with certificates). */
#ifndef NISSUSER_H
#define NISSUSER_H

#include <stdbool.h>

/* Whether account id may take the normalised national number niss (""
 * to remove it). Returns -1 on a database failure; otherwise 0, with
 * *changed telling whether it differs from the account's, and *refusal
 * NULL, or the message key of why not: err.niss.taken (another account
 * holds it), err.niss.owner (the account is the responsible of a secure
 * space, whose number is part of it). Call it inside the transaction. */
int nissuser_check(long long id, const char *niss, bool *changed,
                   const char **refusal);

/* Queues the mail telling the account that its national number was set
 * (niss not empty) or removed, by itself (self) or by an admin. Call it
 * inside the transaction of the change. Returns 0 or -1. */
int nissuser_mail(long long id, const char *niss, bool self);

#endif
