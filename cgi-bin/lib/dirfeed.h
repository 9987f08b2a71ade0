/* dirfeed: the change feed of the directory (sql/032_directory_feed.sql).
 * Each creation or change of a record writes one entry holding the
 * record's effective values at that moment, numbered from a counter row
 * that stays locked until the transaction commits: numbers are handed out
 * in commit order, so a reader's cursor never passes a change that is
 * still to commit. */
#ifndef DIRFEED_H
#define DIRFEED_H

/* Records that the person was created ("created") or changed ("updated")
 * in this transaction. Call it once per person, as the last statement of
 * the transaction before its commit, since it holds the counter until
 * then. Returns 0 or -1. */
int dirfeed_record(long long person_id, const char *kind);

/* Records every person of the bulk load import_id as created, numbered
 * in id order, in one step. Returns the number recorded, or -1. */
long long dirfeed_record_import(long long import_id);

#endif
