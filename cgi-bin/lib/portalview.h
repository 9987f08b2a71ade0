/* portalview: a client profile as a family portal login sees it. The
 * profile opens only through a live access of the signed-in login to an
 * active client (and, for a contact, an active contact); the access's
 * portal role says which parts show. Both are read at each request, so
 * removing an access or changing its role holds from the next one. */
#ifndef PORTALVIEW_H
#define PORTALVIEW_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "req.h"

#define PORTALVIEW_PERMS_MAX 32

struct portal_profile {
	long long client_id, access_id;
	const char *given_name, *family_name, *role;
	bool mfa_required; /* the role asks for two-step verification */
	bool mfa_enabled;  /* and the login has it */
	const char *perms[PORTALVIEW_PERMS_MAX]; /* the role's portal ones */
	size_t nperms;
};

/* Opens client_id for the signed-in user into p (strings in the request's
 * pool): 1, 0 when the user may not see it (the caller answers 404, the
 * same as for a profile that does not exist), -1 on error. */
int portalview_open(struct req *r, long long client_id,
                    struct portal_profile *p);

/* Writes <profiles><profile><client_id/><given_name/><family_name/>
 * <role/><mfa_required/></profile>…</profiles> under parent: every
 * profile the signed-in user may open, by name. *first gets the first
 * one's client id. Returns how many, or -1. */
long portalview_list(struct req *r, xmlNodePtr parent, long long *first);

/* True when the profile's role holds the portal permission perm. */
bool portalview_allows(const struct portal_profile *p, const char *perm);

/* True when the profile may be shown now: its role does not ask for
 * two-step verification, or the login has it (and so signed in with it). */
bool portalview_mfa_ok(const struct portal_profile *p);

#endif
