/* certspace: a group's secure space as the screens of guide 004 use it:
 * its connection method, its responsible person (the owner, who
 * confirmed with their password and code) and the group's NIHII number
 * its certificates must carry. */
#ifndef CERTSPACE_H
#define CERTSPACE_H

#include <stdbool.h>

#include <libxml/tree.h>

#include "niss.h"
#include "req.h"

#define CERTSPACE_ID_MIN 8  /* digits of a NIHII number, without and */
#define CERTSPACE_ID_MAX 11 /* with its qualification code */

struct certspace {
	long long org_id;
	bool group;   /* the organisation is of kind 'group' */
	bool created; /* a responsible person confirmed it */
	bool sso;     /* its users sign in with certificates */
	long long owner_id;
	char owner_niss[NISS_DIGITS + 1];
	char identifier[CERTSPACE_ID_MAX + 1];
	long long version; /* of its row; 0 when there is none yet */
};

/* Loads the secure space of the organisation (locking its row when
 * for_update, inside a transaction). Returns 0 or -1. */
int certspace_load(long long org_id, bool for_update, struct certspace *s);

/* Writes <space group="0|1" created="0|1" method="password|sso"
 * version=".."> with <owner><id/><name/><niss/></owner>, <identifier/>,
 * <confirmed_at/> under the page's content. Returns it, or NULL. */
xmlNodePtr certspace_xml(struct req *r, const struct certspace *s);

/* True when s is a NIHII number as a secure space holds it: 8 to 11
 * digits. */
bool certspace_identifier_valid(const char *s);

#endif
