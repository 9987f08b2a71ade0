/* appt: appointments as citizens see them (their details, the link of a
 * booking made without an account, confirming and cancelling up to the
 * establishment's cut-off) and the mail and SMS they cause. */
#ifndef APPT_H
#define APPT_H

#include <libxml/tree.h>

#include "req.h"
#include "token.h"

#define APPT_SALT 16 /* bytes of appointment.manage_salt */

/* What appt_confirm() and appt_cancel() did. */
enum appt_change {
	APPT_ERROR = -1,
	APPT_CONFLICT = 0, /* changed since the form was read, or not booked */
	APPT_DONE = 1,
	APPT_TOO_LATE = 2, /* past the establishment's cut-off */
};

/* Writes into key the key of the link of appointment id, booked without
 * an account, whose salt is given. */
void appt_key(long long id, const unsigned char salt[APPT_SALT],
              char key[TOKEN_TEXT]);

/* True when key is the key of the link of appointment id (booked without
 * an account); -1 on a database failure. */
int appt_key_ok(long long id, const char *key);

/* 1 when appointment id belongs to account (the holder's user id), or,
 * with account 0, was booked without one; 0 when not, -1 on error. */
int appt_owned(long long id, long long account);

/* Writes <appointment> with the details of appointment id under parent
 * when it belongs to account (the holder's user id), or, with account 0,
 * when it was booked without one: 1, 0 when it does not, -1 on error.
 * Its times carry their local time (when.h); changeable="1" while it can
 * still be confirmed or cancelled. *version gets its version. */
int appt_detail(struct req *r, xmlNodePtr parent, long long id,
                long long account, long long *version);

/* The citizen says they will come: 1 done (or already said), 0 changed
 * since version, 2 past the cut-off, -1 error. With its audit row, in a
 * transaction of its own. */
enum appt_change appt_confirm(struct req *r, long long id, long long account,
                              long long version);

/* Cancels appointment id (of account, 0 for one without an account) at
 * version: by the citizen only before the cut-off. Frees the slot, writes
 * the audit row and queues the messages, in a transaction of its own. */
enum appt_change appt_cancel(struct req *r, long long id, long long account,
                             long long version);

/* The appointment as the audit trail keeps it (JSON), in the request's
 * pool; NULL on error. */
const char *appt_snapshot(struct req *r, long long id);

/* Queues to the appointment's contact the mail and, when it has a phone
 * number, the SMS of kind ("booked", "cancelled", "reminder"), in the
 * appointment's language. Inside the caller's transaction. 0 or -1. */
int appt_notify(long long id, const char *kind);

/* Writes under parent <name> holding one <slot><id/><starts_at/><places/>
 * </slot> per free time of service_id after now, at most n, soonest
 * first. 0 or -1. */
int appt_free_slots(xmlNodePtr parent, const char *name, long long service_id,
                    int n);

#endif
