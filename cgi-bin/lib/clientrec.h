/* clientrec: a client record as the staff of its organisation reach it, and
 * the header every tab of a client's profile shows. Row ownership is in
 * the SQL: a client of another organisation is not found. */
#ifndef CLIENTREC_H
#define CLIENTREC_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "req.h"

struct client {
	long long id, version;
	const char *given_name, *family_name, *file_number, *email, *lang;
	bool active;
};

/* Reads the id in the query parameter (or, when form is true, the form
 * field) name: true with *id set, false when absent or not an id. */
bool client_id_arg(struct req *r, const char *name, bool form, long long *id);

/* Loads client id of the signed-in user's organisation into c (strings
 * in the request's pool; email "" when none): 1, 0 when there is no such
 * client there, -1 on error. */
int client_load(struct req *r, long long id, struct client *c);

/* Writes <client id=".." tab=".." active="0|1"><given_name/><family_name/>
 * <file_number/></client> into the page's content: the header and tabs
 * (overview, demographics, contacts) of the profile. Returns it. */
xmlNodePtr client_header(struct req *r, const struct client *c,
                         const char *tab);

/* A ?done= code a page shows a flash message for, after a redirect. */
struct client_done {
	const char *code, *key;
};

/* The start of a profile tab's GET: reads ?id= (400 when missing or
 * malformed), loads
 * the client of the organisation (404 when not there), adds the flash of
 * ?done= from the n dones and writes the header for tab. Returns 0, or
 * the status to answer (404, 500). */
int client_tab(struct req *r, const char *tab, const struct client_done *dones,
               size_t n, struct client *c);

/* The record as the audit trail keeps it before and after a change: a
 * client's (contact_id 0) or a contact's fields as JSON, in the request's
 * pool; NULL on error. */
const char *client_snapshot(struct req *r, long long client_id,
                            long long contact_id);

#endif
