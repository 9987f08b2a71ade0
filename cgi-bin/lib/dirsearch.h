/* dirsearch: the person search of the directory, shared by the search
 * screen and the custom lists (saved searches, counted on the menu). The
 * filters are the guide's: place of practice, type, matricule, ADELI,
 * RPPS, login, name, birth name, first name, profession, specialty,
 * particular orientation, activity state; and the access to a service in
 * a state, and the admin's own area. Text matches from the start of the
 * value (the place anywhere in a structure's name), whatever the accents
 * and the case (the columns' utf8mb4_unicode_ci collation). */
#ifndef DIRSEARCH_H
#define DIRSEARCH_H

#include <stdbool.h>

#include <libxml/tree.h>

#include "parse.h"
#include "req.h"

#define DIRSEARCH_TEXT_MAX 100 /* characters in a text filter */

struct dir_filter {
	const char *place, *type, *matricule, *adeli, *rpps, *login, *name,
	    *birth_name, *given, *profession, *specialty, *orientation, *state,
	    *svc, *access, *area;
	long long svc_id; /* the service of svc; 0: none */
	/* LIKE patterns: wildcards of the values escaped. */
	const char *place_any, *place_start, *matricule_start, *login_start,
	    *name_start, *birth_name_start, *given_start;
};

/* Reads the filters from src (the query string, or a saved list's).
 * A value that is malformed or names nothing known is left out and, when
 * report is true, reported on its field (page_error). Returns 0, or -1
 * when a value was refused (-2 when the database failed). */
int dirsearch_read(struct req *r, const struct fields *src,
                   struct dir_filter *f, bool report);

/* Reads the filters saved as the query string q (a custom list's),
 * without reporting. Same returns as dirsearch_read. */
int dirsearch_read_saved(struct req *r, const char *q, struct dir_filter *f);

/* True when no filter is set. */
bool dirsearch_empty(const struct dir_filter *f);

/* The filters as an encoded query string in a fixed order, for links and
 * saved lists; "" when none. In the request's pool. */
const char *dirsearch_query(struct req *r, const struct dir_filter *f);

/* The number of persons the filters select, for the signed-in admin. 0
 * or -1. */
int dirsearch_count(struct req *r, const struct dir_filter *f,
                    long long *count);

/* The sort keys, each with its column's catalog key. */
bool dirsearch_sort_known(const char *key);
const char *dirsearch_sort_label(const char *key);

/* Writes one <person> per row under parent: page of size rows sorted by
 * key (a known one) in direction desc or not. Returns the number of rows
 * or -1. */
long dirsearch_rows(struct req *r, const struct dir_filter *f, const char *key,
                    bool desc, long long size, long long page,
                    xmlNodePtr parent);

/* Writes the filters' current values as <filters> under parent. */
void dirsearch_filters_xml(const struct dir_filter *f, xmlNodePtr parent);

/* Writes the choices of the filters' lists under parent: <professions>,
 * <specialties>, <orientations> and <services>, each with <code/> and
 * <name/> rows in the request's language. 0 or -1. */
int dirsearch_options(struct req *r, xmlNodePtr parent);

/* Writes the directory's menu under the page's content: <dirmenu> with
 * what the admin may open and every custom list with its count (none on
 * a list whose saved filters no longer read). 0 or -1. */
int dirsearch_menu(struct req *r);

#endif
