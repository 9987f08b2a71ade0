/* patient: the people appointments are for, their identifying details,
 * and what an establishment validates of them: the identity of an
 * account's holder, and the association of another person to the account.
 * Identifying details that change withdraw those validations. */
#ifndef PATIENT_H
#define PATIENT_H

#include <stdbool.h>

#include "req.h"

#define PATIENT_NAME_MAX 100 /* characters, as the columns */

struct patient_fields {
	const char *given, *family; /* names */
	const char *birth;          /* "YYYY-MM-DD" */
	const char *card;           /* health insurance number, "" when none */
	const char *relation;       /* child, parent, spouse, other; NULL: the
	                             * holder's own record, or unchanged */
};

/* Reads given_name, family_name, birth_date and health_card from the
 * form and, with with_relation, relation (child, parent, spouse, other).
 * 0, or -1 with the fields in error reported. */
int patient_read(struct req *r, bool with_relation, struct patient_fields *f);

/* The patient as the audit trail keeps it (JSON of its details and
 * validations), in the request's pool; NULL on error. */
const char *patient_snapshot(struct req *r, long long id);

/* Writes f over patient id if its row is still at version. Identifying
 * details (names, birth date, health number) that change withdraw the
 * identity validation and, for a person other than the holder, the
 * association (as a change of relation does). The holder's account name
 * follows their names. Writes the audit row `action` with before and
 * after when anything changed. In the caller's transaction. Returns 1 done
 * (*withdrawn tells whether a validation was withdrawn), 0 when the row changed
 * since version or is not there, -1 on error. */
int patient_save(struct req *r, long long id, long long version,
                 const struct patient_fields *f, const char *action,
                 bool *withdrawn);

/* Records, with its audit row, that the user of r (of an establishment)
 * validated patient id: what "identity" (of the account's holder), or
 * "association" (of another person to the account, which validates that
 * person's identity too). In the caller's transaction. 0 or -1. */
int patient_validate(struct req *r, long long id, const char *what);

#endif
