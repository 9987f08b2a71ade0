/* page: the XML envelope every screen writes (DESIGN.md section 5). The
 * document belongs to the request; libxml2 escapes every value. */
#ifndef PAGE_H
#define PAGE_H

#include <libxml/tree.h>

#include "db.h"
#include "req.h"

/* Starts r->doc with its <page> root for the screen. Returns 0 or -1. */
int page_begin(struct req *r, const char *screen);
/* Writes the envelope's user, perms and csrf elements from r. */
void page_envelope(struct req *r);
/* Frees the document. */
void page_end(struct req *r);

/* The <content> element, made on first use. */
xmlNodePtr page_content(struct req *r);
/* Adds <name>text</name> under parent (text may be NULL: empty element).
 * Returns the new element. */
xmlNodePtr page_add(xmlNodePtr parent, const char *name, const char *text);
/* Adds <name> holding the decimal n. */
xmlNodePtr page_add_int(xmlNodePtr parent, const char *name, long long n);
/* Sets an attribute; value NULL leaves it out. */
void page_attr(xmlNodePtr node, const char *name, const char *value);

/* Reports a message key for a field ("" for the whole form). */
void page_error(struct req *r, const char *field, const char *key);
/* True when page_error() was called. */
bool page_has_errors(const struct req *r);
/* Adds a flash message key. */
void page_flash(struct req *r, const char *key);

/* Streams the rows of res under parent: one <row_name> per row, one child
 * per column named after it; NULL columns are left out, DATETIME columns
 * are written as ISO 8601 UTC (2026-11-24T08:00:00Z). Returns the number
 * of rows, or -1 on error. */
long page_rows(xmlNodePtr parent, struct db_res *res, const char *row_name);
/* Adds the current row of res as one element (the same shape). */
xmlNodePtr page_row(xmlNodePtr parent, struct db_res *res,
                    const char *row_name);

#endif
