/* snapshot: a record as the audit trail keeps it, before and after a
 * change: the JSON one query makes of it (JSON_OBJECT, which escapes). */
#ifndef SNAPSHOT_H
#define SNAPSHOT_H

#include "req.h"

/* Runs sql (a literal, one parameter: id) and returns the first column of
 * its row in the request's pool; NULL when there is no row or on error. */
const char *snapshot_json(struct req *r, const char *sql, long long id);

#endif
