/* certdraft: the wizard that installs a certificate in a secure space
 * (guide 004, "Configurer un nouveau certificat"): upload and verify,
 * the users, the billing establishments, the summary. Between the steps
 * the certificate is a row of state 'draft' that only its author sees and
 * that expires; finishing makes it the space's active certificate. */
#ifndef CERTDRAFT_H
#define CERTDRAFT_H

#include <libxml/tree.h>

#include "req.h"

#define CERTDRAFT_MINUTES 60 /* life of a draft */

enum certdraft_step {
	CERTDRAFT_VERIFIED = 1, /* uploaded and verified */
	CERTDRAFT_USERS = 2,    /* its users chosen */
	CERTDRAFT_BILLING = 3,  /* its establishments chosen */
};

struct certdraft {
	long long id;
	long long owner_id; /* the responsible person when it was uploaded */
	int step;           /* the last step done */
};

/* The draft a step's page is about: ?draft= on GET, the form's draft on
 * POST. 0 when it is absent or not a number. */
long long certdraft_id(const struct req *r);

/* Loads draft id when it is the signed-in user's own, in their
 * organisation, and not expired. Returns 1, 0 when there is no such draft
 * (the caller answers with certdraft_gone), -1 on error. */
int certdraft_load(const struct req *r, long long id, struct certdraft *d);

/* Loads the draft of the request (certdraft_id) for a step's handler:
 * returns 1 with d set, or the status the handler returns (the page of
 * certdraft_gone, or 500). */
int certdraft_request(struct req *r, struct certdraft *d);

/* The national number of the draft's responsible person as the secure
 * space holds it. Returns 1 with niss set; 0 when the space has another
 * responsible person since the upload (the caller answers 409); -1. */
int certdraft_owner_niss(const struct req *r, const struct certdraft *d,
                         char niss[12]);

/* The page that says the draft is gone (expired, finished, cancelled or
 * never this user's), status 404; returns what the handler returns. */
int certdraft_gone(struct req *r);

/* Writes <certificate id=".." state=".."> and the certificate's details
 * (name, quality, sector, id_type, id_value, subject, issuer, serial,
 * not_before, not_after, fingerprint, installed_at, replaced_at) under
 * parent, for a certificate of organisation org_id. Returns the element,
 * or NULL when there is no such certificate or on error. */
xmlNodePtr certdraft_cert_xml(xmlNodePtr parent, long long cert_id,
                              long long org_id);

/* Writes <wizard draft=".." current=".." done=".."/>: the steps the page
 * shows, which one it is and how far the draft went. */
void certdraft_steps(struct req *r, const struct certdraft *d, int current);

/* Redirects to the page of step (1 to 4) of draft d; returns 303. */
int certdraft_goto(struct req *r, const struct certdraft *d, int step);

#endif
