#include "dirrecord.h"

#include "db.h"
#include "page.h"

int dirrecord_xml(struct req *r, long long id, xmlNodePtr parent)
{
	struct db_res *res = db_query(
	    "SELECT p.id, p.version, p.type, p.matricule, p.login, p.rpps, "
	    "p.adeli, p.origin, p.ref_family_name, p.ref_birth_name, "
	    "p.ref_given_name, p.ref_birth_date, p.ref_profession, "
	    "p.ref_specialty, p.ref_orientation, p.ref_phone, p.ref_mss, "
	    "p.ref_street_number, p.ref_street_repeat, p.ref_street_type, "
	    "p.ref_street_label, p.ref_postal_code, p.ref_city, "
	    "p.ovr_family_name, p.ovr_birth_name, p.ovr_given_name, "
	    "p.ovr_birth_date, p.ovr_profession, p.ovr_specialty, "
	    "p.ovr_orientation, p.ovr_phone, p.ovr_mss, p.addr_override, "
	    "p.ovr_street_number, p.ovr_street_repeat, p.ovr_street_type, "
	    "p.ovr_street_label, p.ovr_postal_code, p.ovr_city, "
	    "p.family_name, p.birth_name, p.given_name, p.birth_date, "
	    "p.profession, p.specialty, p.orientation, p.phone, p.mss, "
	    "p.street_number, p.street_repeat, p.street_type, p.street_label, "
	    "p.postal_code, p.city, p.email, p.lang, p.activity_state, "
	    "p.created_at, p.updated_at, "
	    "c.name AS centre, u.email AS account_email, "
	    "u.active AS account_active, u.activated_at AS "
	    "account_activated_at, u.last_login_at AS account_last_login, "
	    "(SELECT MAX(t.created_at) FROM user_token t WHERE t.user_id = "
	    "u.id AND t.purpose = 'activation') AS account_invited_at, IF(? = "
	    "'en', pr.name_en, pr.name_fr) AS profession_name, IF(? = 'en', "
	    "rp.name_en, rp.name_fr) AS ref_profession_name, IF(? = 'en', "
	    "sp.name_en, sp.name_fr) AS ref_specialty_name, IF(? = 'en', "
	    "ot.name_en, ot.name_fr) AS ref_orientation_name FROM dir_person p "
	    "LEFT JOIN org c ON c.id = p.centre_id LEFT JOIN users u ON u.id "
	    "= p.user_id LEFT JOIN dir_profession pr ON pr.code = "
	    "p.profession LEFT JOIN dir_profession rp ON rp.code = "
	    "p.ref_profession LEFT JOIN dir_specialty sp ON sp.code = "
	    "p.ref_specialty LEFT JOIN dir_orientation ot ON ot.code = "
	    "p.ref_orientation WHERE p.id = ?",
	    "ssssi", r->lang, r->lang, r->lang, r->lang, id);
	long n;
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1)
		page_row(parent, res, "person");
	db_done(res);
	if (rc != 1)
		return rc;
	res = db_query("SELECT id, position, structure, finess, role, street, "
	               "postal_code, city, ref_mss, ovr_mss, mss FROM "
	               "dir_activity WHERE person_id = ? ORDER BY position, id",
	               "i", id);
	if (res == NULL)
		return -1;
	n = page_rows(page_add(parent, "activities", NULL), res, "activity");
	db_done(res);
	return n < 0 ? -1 : 1;
}

int dirrecord_access_xml(struct req *r, long long id, bool admin,
                         xmlNodePtr parent)
{
	struct db_res *res = db_query(
	    "SELECT s.id, s.code, s.kind, IF(? = 'en', s.name_en, s.name_fr) "
	    "AS name, COALESCE(a.state, 'never_requested') AS state, "
	    "a.requested_at, a.decided_at, d.name AS decided_by, (? = 1 AND "
	    "EXISTS (SELECT 1 FROM dir_service_centre sc WHERE sc.service_id "
	    "= s.id AND sc.org_id = ?)) AS mine FROM dir_service s LEFT JOIN "
	    "dir_access a ON a.service_id = s.id AND a.person_id = ? LEFT "
	    "JOIN users d ON d.id = a.decided_by WHERE s.active = 1 OR "
	    "a.state IS NOT NULL ORDER BY s.position, s.code",
	    "siii", r->lang, (long long)admin, r->user.org_id, id);
	long n;

	if (res == NULL)
		return -1;
	n = page_rows(page_add(parent, "access", NULL), res, "service");
	db_done(res);
	return n < 0 ? -1 : 0;
}

const char *dirrecord_snapshot(struct req *r, long long id)
{
	struct db_res *res = db_query(
	    "SELECT JSON_OBJECT('type', p.type, 'rpps', p.rpps, 'adeli', "
	    "p.adeli, 'email', p.email, 'lang', p.lang, 'activity_state', "
	    "p.activity_state, 'ovr_family_name', p.ovr_family_name, "
	    "'ovr_birth_name', p.ovr_birth_name, 'ovr_given_name', "
	    "p.ovr_given_name, 'ovr_birth_date', p.ovr_birth_date, "
	    "'ovr_profession', p.ovr_profession, 'ovr_specialty', "
	    "p.ovr_specialty, 'ovr_orientation', p.ovr_orientation, "
	    "'ovr_phone', p.ovr_phone, 'ovr_mss', p.ovr_mss, 'addr_override', "
	    "p.addr_override, 'ovr_street_number', p.ovr_street_number, "
	    "'ovr_street_repeat', p.ovr_street_repeat, 'ovr_street_type', "
	    "p.ovr_street_type, 'ovr_street_label', p.ovr_street_label, "
	    "'ovr_postal_code', p.ovr_postal_code, 'ovr_city', p.ovr_city, "
	    "'activities', (SELECT GROUP_CONCAT(CONCAT(a.id, '=', "
	    "COALESCE(a.ovr_mss, '')) ORDER BY a.id) FROM dir_activity a WHERE "
	    "a.person_id = p.id)) FROM dir_person p WHERE p.id = ?",
	    "i", id);
	const char *out = NULL;

	if (res == NULL)
		return NULL;
	if (db_next(res) == 1)
		out = pool_strdup(&r->pool, db_str(res, 0));
	db_done(res);
	return out;
}
