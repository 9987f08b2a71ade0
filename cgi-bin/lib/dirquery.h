/* dirquery: the SQL of the directory's person search. A statement holds
 * the conditions of the filters that are set and nothing of the others,
 * so that the server picks its index on what matters and counts from an
 * index alone; it is built from a fixed table of fragments (no value of a
 * request ever enters it) once per shape and process, and kept for the
 * process's life, since prepared statements are cached by the address of
 * their text. Every shape takes the same parameters in the same order. */
#ifndef DIRQUERY_H
#define DIRQUERY_H

#include <stdbool.h>

#include "db.h"
#include "dirsearch.h"

#define DIRQUERY_SHAPES_MAX 4096 /* statements one process keeps */

/* The number of persons the filters select; org is the admin's
 * organisation (area=mine). 0 or -1. */
int dirquery_count(const struct dir_filter *f, long long org, long long *count);

/* The rows of one page: sorted by key (see dirquery_sort_label), desc or
 * not, size rows from offset; lang names the reference values. NULL on
 * error; release with db_done(). */
struct db_res *dirquery_rows(const struct dir_filter *f, long long org,
                             const char *lang, const char *key, bool desc,
                             long long size, long long offset);

/* The catalog key of sort key's column, or NULL when key is not one. */
const char *dirquery_sort_label(const char *key);

#endif
