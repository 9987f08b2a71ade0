#include "certspace.h"

#include <stdio.h>
#include <string.h>

#include "db.h"
#include "page.h"

int certspace_load(long long org_id, bool for_update, struct certspace *s)
{
	struct db_res *res;
	int rc;

	memset(s, 0, sizeof *s);
	s->org_id = org_id;
	res = db_query(for_update
	                   ? "SELECT o.kind = 'group', s.login_method = 'sso', "
	                     "s.owner_id, s.owner_niss, s.identifier, "
	                     "s.version FROM org o LEFT JOIN secure_space s "
	                     "ON s.org_id = o.id WHERE o.id = ? FOR UPDATE"
	                   : "SELECT o.kind = 'group', s.login_method = 'sso', "
	                     "s.owner_id, s.owner_niss, s.identifier, "
	                     "s.version FROM org o LEFT JOIN secure_space s "
	                     "ON s.org_id = o.id WHERE o.id = ?",
	               "i", org_id);
	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		s->group = db_int(res, 0) != 0;
		s->sso = db_int(res, 1) != 0;
		s->owner_id = db_int(res, 2);
		s->created = s->owner_id != 0;
		snprintf(s->owner_niss, sizeof s->owner_niss, "%s",
		         db_str(res, 3) != NULL ? db_str(res, 3) : "");
		snprintf(s->identifier, sizeof s->identifier, "%s",
		         db_str(res, 4) != NULL ? db_str(res, 4) : "");
		s->version = db_int(res, 5);
	}
	db_done(res);
	return rc == 1 ? 0 : -1;
}

xmlNodePtr certspace_xml(struct req *r, const struct certspace *s)
{
	xmlNodePtr n = page_add(page_content(r), "space", NULL);
	struct db_res *res;
	int rc;

	page_attr(n, "group", s->group ? "1" : "0");
	page_attr(n, "created", s->created ? "1" : "0");
	page_attr(n, "method", s->sso ? "sso" : "password");
	page_add_int(n, "version", s->version);
	if (!s->created)
		return n;
	page_add(n, "identifier", s->identifier);
	res = db_query("SELECT u.id, u.name, s.owner_niss AS niss, "
	               "s.confirmed_at FROM secure_space s JOIN users u ON "
	               "u.id = s.owner_id WHERE s.org_id = ?",
	               "i", s->org_id);
	if (res == NULL)
		return NULL;
	if ((rc = db_next(res)) == 1) {
		xmlNodePtr o = page_row(n, res, "owner");

		/* confirmed_at is the space's, not the owner's. */
		for (xmlNodePtr c = o->children; c != NULL; c = c->next)
			if (xmlStrcmp(c->name,
			              (const xmlChar *)"confirmed_at") == 0) {
				xmlUnlinkNode(c);
				xmlAddChild(n, c);
				break;
			}
	}
	db_done(res);
	return rc == 1 ? n : NULL;
}

bool certspace_identifier_valid(const char *s)
{
	size_t n = strlen(s);

	return n >= CERTSPACE_ID_MIN && n <= CERTSPACE_ID_MAX &&
	       strspn(s, "0123456789") == n;
}
