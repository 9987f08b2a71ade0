/* db: the one MariaDB connection of a process, prepared statements only. */
#ifndef DB_H
#define DB_H

#include <stdbool.h>
#include <stddef.h>

struct db_res;

enum db_type { DB_TEXT, DB_INT, DB_DECIMAL, DB_DATETIME, DB_DATE, DB_BLOB };

/* Connects unless connected: over conf.db_socket, or to the first node of
 * conf.db_hosts (a Galera cluster) that answers, starting with the one in
 * use. After a lost connection or a node that left the cluster, the next
 * node is tried first; a statement outside a transaction is then run again
 * there once. Returns 0, or -1 when no server can be reached (the caller
 * answers 503). */
int db_open(void);
/* Closes the connection and forgets every prepared statement. */
void db_close(void);

/* Parameters are described by types, one letter each, followed by the
 * values: 's' a string (const char *, NULL for SQL NULL), 'i' an integer
 * (long long), 'b' bytes (const void *, size_t). sql must be a string that
 * outlives the process (a literal): its prepared form is cached. */

/* Runs a statement that returns no rows. Returns the number of rows it
 * changed, or -1 (logged; db_errno() tells why). */
long long db_exec(const char *sql, const char *types, ...);
/* Runs a query and holds its whole result. Returns NULL on error (logged).
 * The result is read with db_next() and released with db_done(); other
 * statements may run meanwhile, but not this same sql. */
struct db_res *db_query(const char *sql, const char *types, ...);
/* Moves to the next row: 1, or 0 after the last, or -1 on error. */
int db_next(struct db_res *res);
/* Column i of the current row: its text (NULL for SQL NULL), length, and
 * value as an integer (0 for NULL). Valid until the next db_next(). */
const char *db_str(struct db_res *res, int i);
size_t db_len(struct db_res *res, int i);
long long db_int(struct db_res *res, int i);
int db_cols(struct db_res *res);
const char *db_colname(struct db_res *res, int i);
enum db_type db_coltype(struct db_res *res, int i);
unsigned long long db_rows(struct db_res *res);
void db_done(struct db_res *res);

/* Runs a query expected to return one integer; *out gets it. Returns 1 when
 * a row came back, 0 when none did, -1 on error. */
int db_int_query(long long *out, const char *sql, const char *types, ...);

/* The id the last INSERT gave to an AUTO_INCREMENT column. */
long long db_insert_id(void);
/* The server's error number for the last failure (1062 duplicate key,
 * 1213 deadlock, 2006/2013 connection lost), or 0. */
unsigned db_errno(void);
/* True when the last failure was that the server could not be reached. */
bool db_unavailable(void);
/* True when the last failure was a deadlock (1213): on a Galera cluster,
 * also a write-set conflict with a transaction committed on another node.
 * The transaction is rolled back; the user is told someone else changed
 * the record meanwhile, as for a stale version. */
bool db_conflict(void);

/* Transactions: 0 or -1. A transaction is never retried behind the
 * caller's back; db_rollback() is safe to call after any failure. */
int db_begin(void);
int db_commit(void);
void db_rollback(void);

/* Runs a file's worth of SQL statements separated by ';' (migrations and
 * demo data). Returns 0 or -1 with the error logged. */
int db_script(const char *sql, size_t len);

/* The server's version string, or "" when not connected. */
const char *db_server_version(void);

#endif
