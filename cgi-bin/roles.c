/* roles: the list of roles with their kind, how many users hold each
 * (for a family portal role, the people with a live access through it),
 * whether it requires MFA and how many permissions it grants; sortable.
 * An admin without users.manage_all sees only the roles of their
 * organisation. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "conf.h"
#include "db.h"
#include "page.h"

/* Parameters: lang, all (1: every role), the admin's organisation,
 * limit. */
#define LIST_SQL(order)                                                        \
	"SELECT ro.id, ro.code, IF(? = 'en', ro.name_en, ro.name_fr) AS "      \
	"name, "                                                               \
	"ro.mfa_required, ro.kind, IF(ro.kind = 'portal', (SELECT "            \
	"COUNT(DISTINCT pa.user_id) FROM portal_access pa WHERE pa.role_id = " \
	"ro.id AND pa.active = 1), (SELECT COUNT(*) FROM user_role ur JOIN "   \
	"users u ON u.id = ur.user_id WHERE ur.role_id = ro.id AND u.active "  \
	"= 1)) AS users, (SELECT COUNT(*) FROM role_permission rp WHERE "      \
	"rp.role_id = ro.id) AS perms FROM role ro "                           \
	"WHERE (? = 1 OR ro.org_id = ?) ORDER BY " order " LIMIT ?"

/* The sort keys the page offers: SQL for both directions (the name in the
 * page's language), and the catalog key of the column. */
static const struct sort {
	const char *key;
	const char *asc_fr, *desc_fr, *asc_en, *desc_en;
	const char *label;
} sorts[] = {
    {"name", LIST_SQL("ro.name_fr, ro.id"),
     LIST_SQL("ro.name_fr DESC, ro.id DESC"), LIST_SQL("ro.name_en, ro.id"),
     LIST_SQL("ro.name_en DESC, ro.id DESC"), "roles.col.name"},
    {"code", LIST_SQL("ro.code"), LIST_SQL("ro.code DESC"), LIST_SQL("ro.code"),
     LIST_SQL("ro.code DESC"), "roles.col.code"},
    {"users", LIST_SQL("users, ro.code"), LIST_SQL("users DESC, ro.code"),
     LIST_SQL("users, ro.code"), LIST_SQL("users DESC, ro.code"),
     "roles.col.users"},
    {"mfa", LIST_SQL("ro.mfa_required, ro.code"),
     LIST_SQL("ro.mfa_required DESC, ro.code"),
     LIST_SQL("ro.mfa_required, ro.code"),
     LIST_SQL("ro.mfa_required DESC, ro.code"), "roles.col.mfa"},
    {"perms", LIST_SQL("perms, ro.code"), LIST_SQL("perms DESC, ro.code"),
     LIST_SQL("perms, ro.code"), LIST_SQL("perms DESC, ro.code"),
     "roles.col.perms"},
};

/* The sort named key; NULL when there is none. */
static const struct sort *sort_find(const char *key)
{
	for (size_t i = 0; i < sizeof sorts / sizeof sorts[0]; i++)
		if (strcmp(sorts[i].key, key) == 0)
			return &sorts[i];
	return NULL;
}

/* GET /roles?sort=&dir=: the list (400 for an unknown sort or direction:
 * only a hand-made link sends one). */
static int list(struct req *r)
{
	const char *sk = req_query(r, "sort"), *dir = req_query(r, "dir");
	const struct sort *sort = sort_find(sk != NULL ? sk : "name");
	const char *sql, *msg = req_query(r, "msg");
	bool en = strcmp(r->lang, "en") == 0, desc;
	long long all = req_can(r, "users.manage_all") ? 1 : 0;
	struct db_res *res;
	xmlNodePtr l;
	long n;
	char count[24];

	if (dir == NULL)
		dir = "asc";
	if (sort == NULL ||
	    (strcmp(dir, "asc") != 0 && strcmp(dir, "desc") != 0))
		return 400;
	desc = dir[0] == 'd';
	sql = en ? (desc ? sort->desc_en : sort->asc_en)
	         : (desc ? sort->desc_fr : sort->asc_fr);
	if (msg != NULL && strcmp(msg, "saved") == 0)
		page_flash(r, "flash.role.saved");
	res = db_query(sql, "siii", r->lang, all, r->user.org_id,
	               (long long)conf.page_size_max);
	l = page_add(page_content(r), "roles", NULL);
	page_attr(l, "sort", sort->key);
	page_attr(l, "dir", dir);
	page_attr(l, "label", sort->label);
	if (res == NULL || (n = page_rows(l, res, "role")) < 0) {
		db_done(res);
		return 500;
	}
	db_done(res);
	snprintf(count, sizeof count, "%ld", n);
	page_attr(l, "count", count);
	return 200;
}

static const struct screen screen = {
    .name = "roles",
    .path = "/roles",
    .perm = "roles.manage",
    .get = list,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
