#include "dirperson.h"

#include <stdio.h>
#include <string.h>

#include "db.h"
#include "dirlogin.h"
#include "log.h"

#define LOGIN_TRIES 1000

/* Picks a login of base not in use, as of this transaction: base, then
 * base2, base3… Returns 0 or -1. */
static int free_login(const char *base, char *out, size_t n)
{
	for (int i = 1; i <= LOGIN_TRIES; i++) {
		long long used = 0;
		int len = i == 1 ? snprintf(out, n, "%s", base)
		                 : snprintf(out, n, "%s%d", base, i);

		if (len < 0 || (size_t)len >= n)
			break;
		if (db_int_query(&used,
		                 "SELECT COUNT(*) FROM dir_person WHERE "
		                 "login = ?",
		                 "s", out) < 0)
			return -1;
		if (used == 0)
			return 0;
	}
	log_error("dirperson: no free login for %s", base);
	return -1;
}

static const char *text(const char *s)
{
	return s != NULL ? s : "";
}

int dirperson_create(const struct dir_new *v, long long *id)
{
	char base[DIRLOGIN_MAX], login[DIRLOGIN_MAX + 1];
	bool addr = v->postal_code != NULL && *v->postal_code != '\0';
	long long n;

	dirlogin_base(text(v->given_name), text(v->family_name), base,
	              sizeof base);
	if (free_login(base, login, sizeof login) == -1)
		return -1;
	n = db_exec(
	    "INSERT INTO dir_person (type, rpps, adeli, origin, import_id, "
	    "origin_ip, ovr_family_name, ovr_birth_name, ovr_given_name, "
	    "ovr_birth_date, ovr_profession, ovr_specialty, ovr_orientation, "
	    "ovr_phone, ovr_mss, addr_override, ovr_street_number, "
	    "ovr_street_repeat, ovr_street_type, ovr_street_label, "
	    "ovr_postal_code, ovr_city, email, login, lang, created_at, "
	    "updated_at) "
	    "VALUES (?, NULLIF(?, ''), NULLIF(?, ''), ?, NULLIF(?, 0), "
	    "NULLIF(?, ''), NULLIF(?, ''), NULLIF(?, ''), NULLIF(?, ''), "
	    "NULLIF(?, ''), NULLIF(?, ''), NULLIF(?, ''), NULLIF(?, ''), "
	    "NULLIF(?, ''), NULLIF(?, ''), ?, NULLIF(?, ''), NULLIF(?, ''), "
	    "NULLIF(?, ''), NULLIF(?, ''), NULLIF(?, ''), NULLIF(?, ''), "
	    "NULLIF(?, ''), ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())",
	    "ssssissssssssssisssssssss", text(v->type), text(v->rpps),
	    text(v->adeli), v->origin, v->import_id, text(v->origin_ip),
	    text(v->family_name), text(v->birth_name), text(v->given_name),
	    text(v->birth_date), text(v->profession), text(v->specialty),
	    text(v->orientation), text(v->phone), text(v->mss), (long long)addr,
	    addr ? text(v->street_number) : "",
	    addr ? text(v->street_repeat) : "",
	    addr ? text(v->street_type) : "", addr ? text(v->street_label) : "",
	    addr ? v->postal_code : "", addr ? text(v->city) : "",
	    text(v->email), login,
	    v->lang != NULL && strcmp(v->lang, "en") == 0 ? "en" : "fr");
	if (n != 1)
		return -1;
	*id = db_insert_id();
	if (db_exec("UPDATE dir_person SET matricule = CONCAT('PAS', "
	            "LPAD(id, 7, '0')) WHERE id = ?",
	            "i", *id) != 1)
		return -1;
	return dirperson_route(*id);
}

int dirperson_add_activity(long long person_id, const char *structure,
                           const char *street, const char *postal_code,
                           const char *city, const char *mss)
{
	return db_exec("INSERT INTO dir_activity (person_id, position, "
	               "structure, street, postal_code, city, ref_mss) "
	               "SELECT ?, COALESCE(MAX(position), 0) + 1, ?, "
	               "NULLIF(?, ''), NULLIF(?, ''), NULLIF(?, ''), "
	               "NULLIF(?, '') FROM dir_activity WHERE person_id = ?",
	               "isssssi", person_id, text(structure), text(street),
	               text(postal_code), text(city), text(mss), person_id) == 1
	           ? 0
	           : -1;
}

/* The centre of p's postal code, as an SQL expression on dir_person p. */
#define CENTRE_OF                                                              \
	"(SELECT a.org_id FROM dir_centre_area a WHERE p.postal_code LIKE "    \
	"CONCAT(a.prefix, '%') ORDER BY LENGTH(a.prefix) DESC LIMIT 1)"

int dirperson_route(long long person_id)
{
	return db_exec("UPDATE dir_person p SET p.centre_id = " CENTRE_OF
	               " WHERE p.id = ?",
	               "i", person_id) < 0
	           ? -1
	           : 0;
}

int dirperson_route_import(long long import_id)
{
	return db_exec("UPDATE dir_person p SET p.centre_id = " CENTRE_OF
	               " WHERE p.import_id = ?",
	               "i", import_id) < 0
	           ? -1
	           : 0;
}

long long dirperson_route_all(void)
{
	return db_exec("UPDATE dir_person p SET p.centre_id = " CENTRE_OF
	               " WHERE NOT (p.centre_id <=> " CENTRE_OF ")",
	               "");
}

const char *dirperson_name(struct req *r, long long person_id)
{
	struct db_res *res =
	    db_query("SELECT CONCAT(given_name, ' ', UPPER(family_name)) FROM "
	             "dir_person WHERE id = ?",
	             "i", person_id);
	const char *out = NULL;

	if (res == NULL)
		return NULL;
	if (db_next(res) == 1)
		out = pool_strdup(&r->pool, db_str(res, 0));
	db_done(res);
	return out;
}
