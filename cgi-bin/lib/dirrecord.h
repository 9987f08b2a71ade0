/* dirrecord: one record of the directory as its page shows it: the
 * reference values beside the values for modification, the activities
 * with their secure-messaging addresses, the portal account, and the
 * state of each access with who may decide it. */
#ifndef DIRRECORD_H
#define DIRRECORD_H

#include <libxml/tree.h>

#include "req.h"

/* Writes <person> (every column, the centre's name, the account's state)
 * and <activities> under parent. 1, 0 when there is no such record, -1. */
int dirrecord_xml(struct req *r, long long id, xmlNodePtr parent);

/* Writes <access> under parent: every service of the catalogue with the
 * record's state of access to it, when and by whom it was decided, and
 * mine="1" on those the signed-in admin's centre administers (when admin
 * is true). 0 or -1. */
int dirrecord_access_xml(struct req *r, long long id, bool admin,
                         xmlNodePtr parent);

/* The record as the audit trail keeps it, before or after a change: the
 * values an admin edits and its activities' addresses (access states have
 * audit rows of their own), as JSON in the request's pool; NULL on
 * error. */
const char *dirrecord_snapshot(struct req *r, long long id);

#endif
