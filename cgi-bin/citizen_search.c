/* citizen_search: services and establishments near a postal code, for
 * anyone, as often as they like. The distance is the great-circle one
 * between the centres of two postal areas (the first three characters of
 * the codes, from the shipped table citizen_postal_prefix): the nearest
 * first, across the borders of regions; a code whose area is not in the
 * table lists the establishments by name and says so. Each service shows
 * its next free time. */
#include <string.h>

#include "app.h"
#include "conf.h"
#include "db.h"
#include "form.h"
#include "form_ca.h"
#include "page.h"
#include "when.h"

#define PAGE_SIZE 10
#define PAGE_MAX  100000

/* The distance in kilometres from the point (parameters: latitude,
 * longitude, latitude) to an establishment's area z; NULL when either is
 * unknown. */
#define DISTANCE                                                               \
	"6371 * ACOS(LEAST(1, GREATEST(-1, COS(RADIANS(?)) * "                 \
	"COS(RADIANS(z.latitude)) * COS(RADIANS(z.longitude) - RADIANS(?)) + " \
	"SIN(RADIANS(?)) * SIN(RADIANS(z.latitude)))))"

/* The establishments found; parameters: the type code twice. */
#define FOUND                                                                  \
	" FROM org o JOIN establishment_profile ep ON ep.org_id = o.id "       \
	"LEFT JOIN citizen_postal_prefix z ON z.prefix = "                     \
	"LEFT(ep.postal_code, 3) WHERE o.kind = 'establishment' AND "          \
	"ep.published = 1 AND EXISTS (SELECT 1 FROM establishment_service s "  \
	"JOIN establishment_service_type t ON t.id = s.type_id WHERE "         \
	"s.org_id = o.id AND s.active = 1 AND (? = '' OR t.code = ?))"

/* The types of service, for the filter; 0 or -1. */
static int types_xml(struct req *r)
{
	struct db_res *res =
	    db_query("SELECT code, IF(? = 'en', name_en, name_fr) AS name FROM "
	             "establishment_service_type ORDER BY position, id",
	             "s", r->lang);
	long n = res != NULL
	             ? page_rows(page_add(page_content(r), "types", NULL), res,
	                         "type")
	             : -1;

	db_done(res);
	return n < 0 ? -1 : 0;
}

/* Writes the services of establishment org (of type, "" for all) with
 * their next free time. 0 or -1. */
static int services_xml(struct req *r, xmlNodePtr parent, long long org,
                        const char *type)
{
	struct db_res *res = db_query(
	    "SELECT s.id, t.code, IF(? = 'en', t.name_en, t.name_fr) AS name, "
	    "s.duration_minutes, (SELECT MIN(sl.starts_at) FROM slot sl WHERE "
	    "sl.service_id = s.id AND sl.state = 'open' AND sl.appointment_id "
	    "IS NULL AND sl.starts_at > UTC_TIMESTAMP()) AS next_free FROM "
	    "establishment_service s JOIN establishment_service_type t ON t.id "
	    "= s.type_id WHERE s.org_id = ? AND s.active = 1 AND (? = '' OR "
	    "t.code = ?) ORDER BY t.position, t.id",
	    "siss", r->lang, org, type, type);
	long n = res != NULL ? page_rows(page_add(parent, "services", NULL),
	                                 res, "service")
	                     : -1;

	db_done(res);
	return n < 0 ? -1 : 0;
}

/* Finds the area of the postal code: 1 known (lat and lon get its
 * centre, as text), 0 not in the table, -1 on error. */
static int area_of(struct req *r, const char *postal, const char **lat,
                   const char **lon)
{
	struct db_res *res =
	    db_query("SELECT prefix, place, latitude, longitude FROM "
	             "citizen_postal_prefix WHERE prefix = LEFT(?, 3)",
	             "s", postal);
	xmlNodePtr a = page_add(page_content(r), "area", NULL);
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		page_attr(a, "prefix", db_str(res, 0));
		page_attr(a, "place", db_str(res, 1));
		*lat = pool_strdup(&r->pool, db_str(res, 2));
		*lon = pool_strdup(&r->pool, db_str(res, 3));
	}
	page_attr(a, "known", rc == 1 ? "1" : "0");
	db_done(res);
	return rc;
}

/* The page of establishments for the search. 0 or -1. */
static int results_xml(struct req *r, const char *postal, const char *type,
                       long long page)
{
	const char *lat = NULL, *lon = NULL;
	struct db_res *res;
	xmlNodePtr list, l;
	long long count = 0;
	int rc;

	if (area_of(r, postal, &lat, &lon) == -1 ||
	    db_int_query(&count, "SELECT COUNT(*)" FOUND, "ss", type, type) !=
	        1)
		return -1;
	res = db_query("SELECT o.id, o.name, ep.address_line, ep.city, "
	               "ep.postal_code, ep.phone, ROUND(" DISTANCE
	               ") AS distance_km" FOUND " ORDER BY " DISTANCE
	               " IS NULL, " DISTANCE ", o.name, o.id LIMIT ? OFFSET ?",
	               "sssssssssssii", lat, lon, lat, type, type, lat, lon,
	               lat, lat, lon, lat, (long long)PAGE_SIZE,
	               (page - 1) * PAGE_SIZE);
	if (res == NULL)
		return -1;
	list = page_add(page_content(r), "results", NULL);
	while ((rc = db_next(res)) == 1) {
		xmlNodePtr e = page_row(list, res, "establishment");
		if (services_xml(r, e, db_int(res, 0), type) == -1) {
			rc = -1;
			break;
		}
	}
	db_done(res);
	when_mark(list);
	l = page_add(page_content(r), "list", NULL);
	page_add_int(l, "count", count);
	page_add_int(l, "page", page);
	page_add_int(l, "pages",
	             count == 0 ? 1 : (count + PAGE_SIZE - 1) / PAGE_SIZE);
	return rc == 0 ? 0 : -1;
}

/* The postal code of the signed-in citizen's profile, or "". */
static const char *own_postal_code(struct req *r)
{
	struct db_res *res;
	const char *out = "";

	if (!req_can(r, "citizen.portal"))
		return out;
	res = db_query("SELECT postal_code FROM citizen_account WHERE user_id "
	               "= ? AND postal_code IS NOT NULL",
	               "i", r->user.id);
	if (res != NULL && db_next(res) == 1)
		out = pool_strdup(&r->pool, db_str(res, 0));
	db_done(res);
	return out != NULL ? out : "";
}

/* True when type is "" or the code of a type of service; -1 on error. */
static int type_known(const char *type)
{
	long long n = 0;

	if (*type == '\0')
		return 1;
	if (db_int_query(&n,
	                 "SELECT COUNT(*) FROM establishment_service_type "
	                 "WHERE code = ?",
	                 "s", type) < 0)
		return -1;
	return n > 0;
}

static int search(struct req *r)
{
	const char *raw = req_query(r, "postal_code"),
	           *type = req_query(r, "service");
	const char *pg = req_query(r, "page"), *postal = "";
	char code[POSTAL_TEXT];
	long long page = 1;
	xmlNodePtr s;
	int known;

	if (pg != NULL && !valid_int(pg, 1, PAGE_MAX, &page))
		return 400;
	if (type == NULL || strlen(type) > 32)
		type = "";
	if ((known = type_known(type)) == -1 || types_xml(r) == -1)
		return 500;
	s = page_add(page_content(r), "search", NULL);
	if (!known) {
		page_error(r, "service", "err.choice.invalid");
		type = "";
	}
	if (raw == NULL) {
		page_add(s, "postal_code", own_postal_code(r));
		page_add(s, "service", type);
		return page_has_errors(r) ? 422 : 200;
	}
	if (!valid_postal_area(raw, code)) {
		page_add(s, "postal_code", strlen(raw) <= 16 ? raw : "");
		page_add(s, "service", type);
		page_error(r, "postal_code",
		           *raw == '\0' ? "err.required"
		                        : "err.postal_code.invalid");
		return 422;
	}
	postal = pool_strdup(&r->pool, code);
	page_add(s, "postal_code", postal);
	page_add(s, "service", type);
	if (results_xml(r, postal, type, page) == -1)
		return 500;
	return page_has_errors(r) ? 422 : 200;
}

static const struct screen screen = {
    .name = "citizen_search",
    .path = "/citizen/search",
    .perm = NULL,
    .get = search,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
