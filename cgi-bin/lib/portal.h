/* portal: family portal access as the staff of an organisation manage
 * it (guide 003). A person is a client (contact_id 0) or one of the
 * client's contacts; a person's login is a users row marked in
 * portal_login as a client's or a contact's, never both, and reaches
 * client profiles through portal_access rows, each with a portal role.
 * Row ownership is in the SQL: only the signed-in staff member's
 * organisation. The functions that change something run inside the
 * caller's transaction, write their audit rows and mail there, and
 * return 0 (done), -1 (error: roll back, answer 500) or 1 (refused:
 * *no says why; roll back and show it). */
#ifndef PORTAL_H
#define PORTAL_H

#include <stdbool.h>

#include <libxml/tree.h>

#include "req.h"

#define PORTAL_ACCOUNT_ROLE "portal_account" /* every login holds it */
#define PORTAL_TEMPLATE_MAX 64               /* portal_setting column */

struct portal_person {
	long long client_id, contact_id;
	long long version; /* the record's */
	const char *name;  /* given and family name */
	const char *email; /* the record's address, "" when none */
	const char *lang;  /* fr or en */
	bool active;       /* the record, and its client, are active */
	long long login;   /* the person's login, 0 when none */
	bool linked;       /* by an earlier access (else by address) */
	const char *login_email;
	long long access; /* the login's live access to client_id, 0 none */
};

/* Why a change was refused: the field ("" for the form), the message
 * key and the status of the page that says it (404, 409 or 422). */
struct portal_refusal {
	const char *field, *key;
	int status;
};

/* Loads the person, locking the record's row: 1, 0 when the client (of
 * the staff's organisation) or the contact (of that client) is not
 * there, -1 on error. The login is the one an earlier access linked to
 * the record, else, for a contact, a contact's login of the organisation
 * whose address is the record's (the same person reaching another
 * profile). */
int portal_person_load(struct req *r, long long client_id, long long contact_id,
                       struct portal_person *p);

/* The login an earlier access linked to the record (0 when none), or -1
 * on error. */
long long portal_record_login(long long client_id, long long contact_id);

/* 1 when role_id is a portal role the organisation may give (its own or
 * the operator's), 0 when not, -1 on error. */
int portal_role_ok(long long org_id, long long role_id);

/* The invitation template the organisation chose (xsl/mail/<name>.xsl,
 * the default when none is chosen or its file is gone), in out. */
void portal_template(long long org_id, char out[PORTAL_TEMPLATE_MAX + 1]);

/* True when name is an invitation template: portal-invite, or
 * portal-invite- followed by lowercase letters and digits. */
bool portal_template_name_ok(const char *name);

/* True when xsl/mail/<name>.xsl is an invitation template that is there. */
bool portal_template_exists(const char *name);

/* Writes <templates><template>NAME</template>…</templates>, the
 * invitation templates there are, sorted, under parent. 0 or -1. */
int portal_templates_xml(xmlNodePtr parent);

/* Gives person (client_id, contact_id), as read at version, access to
 * the client's profile with role_id. Without a login yet, one is made
 * for email and the invitation (a single-use activation link, in the
 * organisation's template) goes out; a login not yet activated gets a
 * fresh invitation, an active one a notice. The record's address
 * becomes the login's. */
int portal_grant(struct req *r, long long client_id, long long contact_id,
                 long long version, const char *email, long long role_id,
                 struct portal_refusal *no);

/* Sends login a fresh invitation (the earlier link stops working): only
 * for a login that has never signed in. */
int portal_resend(struct req *r, long long login, struct portal_refusal *no);

/* Changes the role of login's live access, as read at version. */
int portal_role_set(struct req *r, long long login, long long access,
                    long long version, long long role_id,
                    struct portal_refusal *no);

/* Removes login's live access, as read at version. */
int portal_remove(struct req *r, long long login, long long access,
                  long long version, struct portal_refusal *no);

/* Removes the live access of a contact (it is being deactivated):
 * returns how many were removed, or -1. */
long long portal_remove_contact(struct req *r, long long contact_id);

/* Makes email the address of login (from a record's new address, the
 * record itself already saved): the records linked to the login follow,
 * a login never activated gets its invitation again at the new address,
 * and an active one's old address is told. Refused when email is empty
 * or another account's. */
int portal_email_change(struct req *r, long long login, const char *email,
                        struct portal_refusal *no);

/* Writes under parent: <roles><role><id/><code/><name/></role>…</roles>,
 * the portal roles the organisation may give. 0 or -1. */
int portal_roles_xml(struct req *r, xmlNodePtr parent);

/* Writes <login><id/><email/><name/><active/><activated_at/><last_login_at/>
 * <invited_at/><never/></login> (never: 1 when it has never signed in)
 * under parent. 0 or -1. */
int portal_login_xml(struct req *r, xmlNodePtr parent, long long login);

/* Writes <profiles><profile><id/><version/><client_id/><given_name/>
 * <family_name/><file_number/><contact_id/><role_id/><role/><granted_at/>
 * </profile>…</profiles>: every profile login reaches. 0 or -1. */
int portal_profiles_xml(struct req *r, xmlNodePtr parent, long long login);

#endif
