/* client_access: "Manage family portal access" for a client
 * (?client=N) or one of the client's contacts (&contact=M): give access
 * with a portal role (the login e-mail pre-filled, or locked to the
 * person's existing login), send the invitation again, change the role
 * of each profile the person reaches, remove an access after a
 * confirmation. Only for staff holding workflow.family_portal.manage. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "clientrec.h"
#include "db.h"
#include "form.h"
#include "page.h"
#include "portal.h"

#define ID_MAX      9223372036854775807LL
#define VERSION_MAX 4294967295LL

/* Flash keys for ?done=… after a redirect here: a fixed table. */
static const struct {
	const char *code, *key;
} dones[] = {
    {"granted", "flash.portal.granted"},
    {"resent", "flash.portal.resent"},
    {"role", "flash.portal.role_changed"},
    {"removed", "flash.portal.removed"},
};

/* Reads the person's ids from the query or the form: 0, or 400 when
 * they are missing or malformed (the pages' links and forms make them). */
static int person_args(struct req *r, bool form, long long *client,
                       long long *contact)
{
	const char *c = form ? req_form(r, "contact") : req_query(r, "contact");

	*contact = 0;
	if (!client_id_arg(r, "client", form, client))
		return 400;
	if (c != NULL && *c != '\0' && !valid_int(c, 1, ID_MAX, contact))
		return 400;
	return 0;
}

/* Reads the optional id parameter name of the query: 0 when absent, -1
 * when malformed. */
static long long query_id(struct req *r, const char *name)
{
	const char *v = req_query(r, name);
	long long id = 0;

	if (v == NULL)
		return 0;
	return valid_int(v, 1, ID_MAX, &id) ? id : -1;
}

/* The page of person (client, contact): the profile's header, the
 * person, their login and every profile it reaches, the portal roles to
 * choose from, and the grant form when the person has no access to this
 * profile. edit and remove name the access whose role form or removal
 * confirmation shows (0: none). Answers status, 404 or 500. */
static int render(struct req *r, long long client, long long contact,
                  long long edit, long long remove, const char *email,
                  int status)
{
	struct portal_person p;
	struct client c;
	xmlNodePtr e;
	long long n = 0;
	int rc;

	if ((rc = client_load(r, client, &c)) != 1 ||
	    (rc = portal_person_load(r, client, contact, &p)) != 1)
		return rc == 0 ? 404 : 500;
	client_header(r, &c, contact != 0 ? "contacts" : "overview");
	e = page_add(page_content(r), "person", NULL);
	page_add_int(e, "client_id", p.client_id);
	if (contact != 0)
		page_add_int(e, "contact_id", p.contact_id);
	page_add_int(e, "version", p.version);
	page_add(e, "name", p.name);
	page_add(e, "email", p.email);
	page_add_int(e, "active", p.active);
	if (p.login != 0) {
		page_attr(e, "linked", p.linked ? "1" : "0");
		if (portal_login_xml(r, e, p.login) == -1 ||
		    portal_profiles_xml(r, e, p.login) == -1)
			return 500;
	}
	if (p.access == 0) {
		xmlNodePtr g = page_add(page_content(r), "grant", NULL);
		page_add(g, "email",
		         p.login != 0    ? p.login_email
		         : email != NULL ? email
		                         : p.email);
		page_attr(g, "locked", p.login != 0 ? "1" : "0");
	} else {
		page_add_int(e, "access", p.access);
	}
	/* An access named by edit or remove is one the person's login has. */
	if ((edit != 0 || remove != 0) &&
	    (p.login == 0 ||
	     db_int_query(&n,
	                  "SELECT COUNT(*) FROM portal_access pa JOIN client "
	                  "c ON c.id = pa.client_id WHERE pa.id = ? AND "
	                  "pa.user_id = ? AND pa.active = 1 AND c.org_id = ?",
	                  "iii", edit != 0 ? edit : remove, p.login,
	                  r->user.org_id) < 0 ||
	     n == 0))
		return p.login == 0 || n == 0 ? 404 : 500;
	if (edit != 0)
		page_add_int(page_content(r), "edit", edit);
	if (remove != 0)
		page_add_int(page_content(r), "remove", remove);
	return portal_roles_xml(r, page_content(r)) == -1 ? 500 : status;
}

/* GET /client/access?client=N[&contact=M][&edit=A|&remove=A]. */
static int show(struct req *r)
{
	const char *done = req_query(r, "done");
	long long client, contact, edit = query_id(r, "edit"),
	                           remove = query_id(r, "remove");
	int rc;

	if ((rc = person_args(r, false, &client, &contact)) != 0)
		return rc;
	if (edit < 0 || remove < 0 || (edit != 0 && remove != 0))
		return 404;
	for (size_t i = 0; done != NULL && i < sizeof dones / sizeof dones[0];
	     i++)
		if (strcmp(done, dones[i].code) == 0)
			page_flash(r, dones[i].key);
	return render(r, client, contact, edit, remove, NULL, 200);
}

/* Where a change sends the staff member: this page with its flash, or
 * for a resend from the overview or the contacts tab, back there. */
static int done_at(struct req *r, long long client, long long contact,
                   const char *done)
{
	const char *from = req_form(r, "from");
	char to[128];

	if (from != NULL && strcmp(from, "overview") == 0)
		snprintf(to, sizeof to, "/client?id=%lld&done=%s", client,
		         done);
	else if (from != NULL && strcmp(from, "contacts") == 0)
		snprintf(to, sizeof to, "/client/contacts?id=%lld&done=%s",
		         client, done);
	else if (contact != 0)
		snprintf(to, sizeof to,
		         "/client/access?client=%lld&contact=%lld&done=%s",
		         client, contact, done);
	else
		snprintf(to, sizeof to, "/client/access?client=%lld&done=%s",
		         client, done);
	return req_redirect(r, pool_strdup(&r->pool, to));
}

/* The login of the person, as this request sees it: 1, 0 when the
 * person has none (or is not there), -1 on error. */
static int person_login(struct req *r, long long client, long long contact,
                        long long *login)
{
	struct portal_person p;
	int rc = portal_person_load(r, client, contact, &p);

	*login = rc == 1 ? p.login : 0;
	return rc == 1 ? *login != 0 : rc;
}

/* POST /client/access: action grant (version, email, role), resend,
 * role (access, access_version, role) or remove (access, access_version,
 * confirm=1), each in one transaction. */
static int submit(struct req *r)
{
	static const char *const actions[] = {"grant", "resend", "role",
	                                      "remove", NULL};
	static const char *const yes[] = {"1", NULL};
	struct portal_refusal no = {"", "", 0};
	const char *action, *email = NULL, *confirm = NULL, *done;
	long long client, contact, login = 0, version = 0, access = 0, role = 0;
	int rc;

	if (form_enum(r, "action", actions, &action, REQUIRED) == -1 ||
	    *action == '\0')
		return 400;
	if ((rc = person_args(r, true, &client, &contact)) != 0)
		return rc;
	if ((rc = client_load(r, client, &(struct client){0})) != 1)
		return rc == 0 ? 404 : 500;
	if (strcmp(action, "grant") == 0) {
		if (form_int(r, "version", &version, 1, VERSION_MAX,
		             REQUIRED) == -1)
			return 400;
		form_email(r, "email", &email, OPTIONAL);
		form_int(r, "role", &role, 1, ID_MAX, REQUIRED);
		if (page_has_errors(r)) {
			if (role != 0)
				page_add_int(
				    page_add(page_content(r), "form", NULL),
				    "role", role);
			return render(r, client, contact, 0, 0, email, 422);
		}
	} else if (strcmp(action, "resend") != 0) {
		if (form_int(r, "access", &access, 1, ID_MAX, REQUIRED) == -1 ||
		    form_int(r, "access_version", &version, 1, VERSION_MAX,
		             REQUIRED) == -1)
			return 400;
		if (strcmp(action, "role") == 0 &&
		    form_int(r, "role", &role, 1, ID_MAX, REQUIRED) == -1)
			return render(r, client, contact, access, 0, NULL, 422);
		if (strcmp(action, "remove") == 0 &&
		    (form_enum(r, "confirm", yes, &confirm, REQUIRED) == -1))
			return render(r, client, contact, 0, access, NULL, 422);
	}
	if (db_begin() == -1)
		return 500;
	if (strcmp(action, "grant") != 0 &&
	    (rc = person_login(r, client, contact, &login)) != 1) {
		db_rollback();
		return rc == 0 ? 404 : 500;
	}
	if (strcmp(action, "grant") == 0) {
		rc =
		    portal_grant(r, client, contact, version, email, role, &no);
		done = "granted";
	} else if (strcmp(action, "resend") == 0) {
		rc = portal_resend(r, login, &no);
		done = "resent";
	} else if (strcmp(action, "role") == 0) {
		rc = portal_role_set(r, login, access, version, role, &no);
		done = "role";
	} else {
		rc = portal_remove(r, login, access, version, &no);
		done = "removed";
	}
	if (rc == 0 && db_commit() == 0)
		return done_at(r, client, contact, done);
	db_rollback();
	if (rc != 1)
		return 500;
	if (no.status == 404)
		return 404;
	if (role != 0) /* the choice made, shown again */
		page_add_int(page_add(page_content(r), "form", NULL), "role",
		             role);
	page_error(r, no.field, no.key);
	return render(r, client, contact,
	              strcmp(done, "role") == 0 && no.status == 422 ? access
	                                                            : 0,
	              0, email, no.status);
}

static const struct screen screen = {
    .name = "client_access",
    .path = "/client/access",
    .perm = "workflow.family_portal.manage",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
