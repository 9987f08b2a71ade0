#include "portalview.h"

#include <string.h>

#include "db.h"
#include "page.h"

/* The joins and conditions that make an access open a profile: a live
 * access of a portal login of the client's organisation, with a portal
 * role, to an active client, through an active contact if any. */
#define OPENS                                                                  \
	" FROM portal_access pa JOIN client c ON c.id = pa.client_id JOIN "    \
	"role ro ON ro.id = pa.role_id AND ro.kind = 'portal' JOIN "           \
	"portal_login pl ON pl.user_id = pa.user_id AND pl.org_id = "          \
	"c.org_id JOIN users u ON u.id = pa.user_id LEFT JOIN client_contact " \
	"cc ON cc.id = pa.contact_id WHERE pa.user_id = ? AND pa.active = 1 "  \
	"AND c.active = 1 AND (pa.contact_id IS NULL OR cc.active = 1)"

int portalview_open(struct req *r, long long client_id,
                    struct portal_profile *p)
{
	struct db_res *res = db_query(
	    "SELECT pa.client_id, pa.id, c.given_name, c.family_name, IF(? = "
	    "'en', ro.name_en, ro.name_fr), ro.mfa_required, u.mfa_enabled, "
	    "ro.id" OPENS " AND pa.client_id = ?",
	    "sii", r->lang, r->user.id, client_id);
	long long role = 0;
	int rc;

	if (res == NULL)
		return -1;
	memset(p, 0, sizeof *p);
	if ((rc = db_next(res)) == 1) {
		p->client_id = db_int(res, 0);
		p->access_id = db_int(res, 1);
		p->given_name = pool_strdup(&r->pool, db_str(res, 2));
		p->family_name = pool_strdup(&r->pool, db_str(res, 3));
		p->role = pool_strdup(&r->pool, db_str(res, 4));
		p->mfa_required = db_int(res, 5) != 0;
		p->mfa_enabled = db_int(res, 6) != 0;
		role = db_int(res, 7);
	}
	db_done(res);
	if (rc != 1)
		return rc;
	res = db_query("SELECT rp.permission FROM role_permission rp JOIN "
	               "permission pe ON pe.code = rp.permission WHERE "
	               "rp.role_id = ? AND pe.kind = 'portal' ORDER BY "
	               "rp.permission",
	               "i", role);
	if (res == NULL)
		return -1;
	while ((rc = db_next(res)) == 1 && p->nperms < PORTALVIEW_PERMS_MAX)
		p->perms[p->nperms++] = pool_strdup(&r->pool, db_str(res, 0));
	db_done(res);
	return rc == -1 ? -1 : 1;
}

bool portalview_allows(const struct portal_profile *p, const char *perm)
{
	for (size_t i = 0; i < p->nperms; i++)
		if (strcmp(p->perms[i], perm) == 0)
			return true;
	return false;
}

bool portalview_mfa_ok(const struct portal_profile *p)
{
	return !p->mfa_required || p->mfa_enabled;
}

long portalview_list(struct req *r, xmlNodePtr parent, long long *first)
{
	/* One login reaches a handful of profiles: no paging. */
	struct db_res *res = db_query(
	    "SELECT pa.client_id, c.given_name, c.family_name, IF(? = 'en', "
	    "ro.name_en, ro.name_fr) AS role, ro.mfa_required" OPENS
	    " ORDER BY c.family_name, c.given_name, c.id",
	    "si", r->lang, r->user.id);
	xmlNodePtr list = page_add(parent, "profiles", NULL);
	long n = 0;
	int rc;

	*first = 0;
	if (res == NULL)
		return -1;
	while ((rc = db_next(res)) == 1) {
		if (n++ == 0)
			*first = db_int(res, 0);
		page_row(list, res, "profile");
	}
	db_done(res);
	return rc == -1 ? -1 : n;
}
