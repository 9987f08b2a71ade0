/* certusers: who may use a certificate of a secure space: active accounts
 * of the group, the responsible person always among them (checked and
 * locked on the page, put back by the server whatever is posted). */
#ifndef CERTUSERS_H
#define CERTUSERS_H

#include <stddef.h>

#include "req.h"

#define CERTUSERS_MAX 300 /* accounts a group's list shows and takes */

/* Writes <users> under parent: one <user responsible="0|1"
 * allowed="0|1"><id/><name/><niss/></user> per active account of the
 * organisation, by name. allowed comes from ids when ids is not NULL (a
 * form shown again), else from the users of cert_id. Returns 0 or -1. */
int certusers_xml(xmlNodePtr parent, long long org_id, long long owner_id,
                  long long cert_id, const long long *ids, size_t n);

/* Reads the form's users[] into ids (room for CERTUSERS_MAX): each must
 * be an active account of the organisation; the owner is added when it
 * is missing. Returns 0; -1 with the error err.choice.invalid on field
 * "users"; -2 on a database failure. */
int certusers_read(struct req *r, long long org_id, long long owner_id,
                   long long *ids, size_t *n);

/* Makes ids the users of cert_id, granted by account `by`; those who
 * stay keep the date they were granted. Call it inside a transaction.
 * Returns 0 or -1. */
int certusers_save(long long cert_id, const long long *ids, size_t n,
                   long long by);

/* The ids of the users of cert_id, ascending, as the JSON array
 * "[3,8,12]" (a string of the request's pool), for the audit trail. NULL
 * on error. */
const char *certusers_list(struct req *r, long long cert_id);

#endif
