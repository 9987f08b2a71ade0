/* portal_profile: one client profile on the family portal, showing only
 * the parts the login's portal role allows for it: appointments, care
 * plan, documents, care team, notes. A part the role does not allow is
 * never read, so it is not in the page's XML either; a profile the login
 * does not reach is 404, like one that does not exist. */
#include <stdio.h>

#include "app.h"
#include "clientrec.h"
#include "db.h"
#include "page.h"
#include "portalview.h"

#define SECTION_ROWS 50 /* the latest, or the next, of each part */

/* The parts of a profile: the permission that shows each, its element
 * and row names, and its SQL (parameters: the client, the row limit;
 * with_lang: the page's language first). */
static const struct section {
	const char *perm, *name, *row;
	bool with_lang;
	const char *sql;
} sections[] = {
    {"portal.appointments", "appointments", "appointment", false,
     "SELECT id, starts_at, ends_at, title, with_name, place, state FROM "
     "portal_appointment WHERE client_id = ? AND starts_at >= "
     "UTC_TIMESTAMP() - INTERVAL 30 DAY ORDER BY starts_at LIMIT ?"},
    {"portal.care_plan", "care_plan", "goal", false,
     "SELECT id, goal, actions, start_date, review_date, state FROM "
     "portal_care_plan WHERE client_id = ? ORDER BY state, start_date "
     "LIMIT ?"},
    {"portal.documents", "documents", "document", false,
     "SELECT id, title, kind, file_name, LENGTH(content) AS size, "
     "created_at FROM portal_document WHERE client_id = ? ORDER BY "
     "created_at DESC LIMIT ?"},
    {"portal.care_team", "care_team", "member", true,
     "SELECT id, name, IF(? = 'en', function_en, function_fr) AS "
     "function, phone, since FROM portal_team_member WHERE client_id = ? "
     "ORDER BY name LIMIT ?"},
    {"portal.notes", "notes", "note", false,
     "SELECT id, written_at, author_name, body FROM portal_note WHERE "
     "client_id = ? ORDER BY written_at DESC LIMIT ?"},
};

/* Writes one part's rows. 0 or -1. */
static int section_xml(struct req *r, const struct section *s, long long id)
{
	struct db_res *res =
	    s->with_lang
	        ? db_query(s->sql, "sii", r->lang, id, (long long)SECTION_ROWS)
	        : db_query(s->sql, "ii", id, (long long)SECTION_ROWS);
	long n;

	if (res == NULL)
		return -1;
	n = page_rows(page_add(page_content(r), s->name, NULL), res, s->row);
	db_done(res);
	return n < 0 ? -1 : 0;
}

/* GET /portal/profile?client=N. */
static int show(struct req *r)
{
	struct portal_profile p;
	xmlNodePtr e, parts;
	long long id, first;
	long n;
	char next[64];
	int rc;

	if (!client_id_arg(r, "client", false, &id))
		return 400;
	if ((rc = portalview_open(r, id, &p)) != 1)
		return rc == 0 ? 404 : 500;
	e = page_add(page_content(r), "profile", NULL);
	page_add_int(e, "client_id", p.client_id);
	page_add(e, "given_name", p.given_name);
	page_add(e, "family_name", p.family_name);
	page_add(e, "role", p.role);
	if ((n = portalview_list(r, e, &first)) < 0)
		return 500;
	if (!portalview_mfa_ok(&p)) {
		/* The role asks for a second factor this login lacks. */
		snprintf(next, sizeof next, "/portal/profile?client=%lld", id);
		page_attr(page_add(page_content(r), "mfa_needed", NULL), "next",
		          next);
		return 200;
	}
	parts = page_add(e, "parts", NULL);
	for (size_t i = 0; i < sizeof sections / sizeof sections[0]; i++) {
		if (!portalview_allows(&p, sections[i].perm))
			continue;
		page_add(parts, "part", sections[i].name);
		if (section_xml(r, &sections[i], p.client_id) == -1)
			return 500;
	}
	return 200;
}

static const struct screen screen = {
    .name = "portal_profile",
    .path = "/portal/profile",
    .perm = "portal.use",
    .get = show,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
