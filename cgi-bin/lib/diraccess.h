/* diraccess: a person's access to the services of the catalogue: asking
 * for one (the service's admins are mailed at once), and the decisions of
 * the coordination centres' admins. Access to the portal itself is the
 * service of kind 'portal': accepting it gives the person an account
 * (with an activation link), anything else takes the account away. */
#ifndef DIRACCESS_H
#define DIRACCESS_H

#include <stdbool.h>

#include "req.h"

/* The states, as stored and as the pages name them. */
extern const char *const diraccess_states[]; /* NULL-terminated */

enum diraccess_result {
	DIRACCESS_ERROR = -1,
	DIRACCESS_SAME = 0,       /* nothing to change */
	DIRACCESS_DONE = 1,       /* changed, audited */
	DIRACCESS_NO_EMAIL = 2,   /* portal access needs a main e-mail */
	DIRACCESS_EMAIL_TAKEN = 3 /* another account has that address */
};

/* Records a request for the service (kind 'service', active): the state
 * becomes to_process and every admin of the centres administering it gets
 * a mail (in the outbox, in this transaction); audited. from_form tells
 * that the request came with the public form (a new record). Returns
 * DIRACCESS_DONE, DIRACCESS_SAME when the access is already to process,
 * accepted or refused (nothing is sent), or DIRACCESS_ERROR. */
int diraccess_request(struct req *r, long long person_id, long long service_id,
                      bool from_form);

/* Records that the person asks for the portal itself, with no mail (the
 * request for a service that comes with it tells the admins): the state
 * becomes to_process unless one was set. 0 or -1. */
int diraccess_pending(struct req *r, long long person_id, long long service_id);

/* Sets the state (one of diraccess_states) of the person's access to the
 * service, as the signed-in admin decides: stamps who and when, writes the
 * audit row, and for the portal gives, restores or takes away the account
 * (taking it away ends its sessions). Call inside the transaction; the
 * caller has checked the admin administers the service. Returns a
 * diraccess_result; on DIRACCESS_NO_EMAIL or DIRACCESS_EMAIL_TAKEN nothing
 * was changed. */
int diraccess_set(struct req *r, long long person_id, long long service_id,
                  const char *state);

/* True when the admin's organisation administers the service; -1 on
 * error. */
int diraccess_administers(const struct req *r, long long service_id);

#endif
