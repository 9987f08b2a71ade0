#include "patient.h"

#include <stdio.h>
#include <string.h>

#include "audit.h"
#include "db.h"
#include "form.h"
#include "form_ca.h"
#include "page.h"
#include "snapshot.h"
#include "tz.h"

static const char *const relations[] = {"child", "parent", "spouse", "other",
                                        NULL};

int patient_read(struct req *r, bool with_relation, struct patient_fields *f)
{
	char today[11];
	int bad = 0;

	tz_today(today);
	bad |=
	    form_text(r, "given_name", &f->given, PATIENT_NAME_MAX, REQUIRED);
	bad |=
	    form_text(r, "family_name", &f->family, PATIENT_NAME_MAX, REQUIRED);
	bad |=
	    form_birth_date_local(r, "birth_date", today, &f->birth, REQUIRED);
	bad |= form_health_card(r, "health_card", &f->card, OPTIONAL);
	f->relation = NULL;
	if (with_relation)
		bad |=
		    form_enum(r, "relation", relations, &f->relation, REQUIRED);
	if (f->given == NULL)
		f->given = "";
	if (f->family == NULL)
		f->family = "";
	return bad ? -1 : 0;
}

const char *patient_snapshot(struct req *r, long long id)
{
	return snapshot_json(
	    r,
	    "SELECT JSON_OBJECT('given_name', given_name, 'family_name', "
	    "family_name, 'birth_date', birth_date, 'health_card', "
	    "health_card, 'relation', relation, 'active', active, "
	    "'identity_validated_at', identity_validated_at, "
	    "'association_validated_at', association_validated_at) "
	    "FROM patient WHERE id = ?",
	    id);
}

/* Which validations the patient holds: bit 1 identity, bit 2
 * association; -1 on error or when it is not there. */
static int validations(long long id)
{
	long long v = 0;

	if (db_int_query(&v,
	                 "SELECT (identity_validated_at IS NOT NULL) + 2 * "
	                 "(association_validated_at IS NOT NULL) FROM patient "
	                 "WHERE id = ?",
	                 "i", id) != 1)
		return -1;
	return (int)v;
}

int patient_save(struct req *r, long long id, long long version,
                 const struct patient_fields *f, const char *action,
                 bool *withdrawn)
{
	const char *card = *f->card != '\0' ? f->card : NULL;
	const char *before, *after;
	int had, has;
	long long n;

	*withdrawn = false;
	if ((before = patient_snapshot(r, id)) == NULL ||
	    (had = validations(id)) < 0)
		return db_errno() != 0 ? -1 : 0;
	/* Assignments run left to right: the validations are decided on
	 * the details as they were, before they are written. */
	n = db_exec(
	    "UPDATE patient SET identity_validated_at = IF(given_name <=> ? "
	    "COLLATE utf8mb4_bin AND family_name <=> ? COLLATE utf8mb4_bin "
	    "AND birth_date <=> ? AND health_card <=> ? COLLATE utf8mb4_bin, "
	    "identity_validated_at, NULL), association_validated_at = "
	    "IF(identity_validated_at IS NOT NULL AND relation = COALESCE(?, "
	    "relation), association_validated_at, NULL), "
	    "identity_validated_by = IF(identity_validated_at IS NULL, NULL, "
	    "identity_validated_by), identity_validated_org = "
	    "IF(identity_validated_at IS NULL, NULL, identity_validated_org), "
	    "association_validated_by = IF(association_validated_at IS NULL, "
	    "NULL, association_validated_by), association_validated_org = "
	    "IF(association_validated_at IS NULL, NULL, "
	    "association_validated_org), given_name = ?, family_name = ?, "
	    "birth_date = ?, health_card = ?, relation = COALESCE(?, "
	    "relation), version = version + 1 WHERE id = ? AND version = ? "
	    "AND active = 1",
	    "ssssssssssii", f->given, f->family, f->birth, card, f->relation,
	    f->given, f->family, f->birth, card, f->relation, id, version);
	if (n <= 0)
		return (int)n;
	if (db_exec("UPDATE users u JOIN patient p ON p.holder_of = u.id SET "
	            "u.name = LEFT(CONCAT(p.given_name, ' ', p.family_name), "
	            "200) WHERE p.id = ?",
	            "i", id) < 0 ||
	    (has = validations(id)) < 0 ||
	    (after = patient_snapshot(r, id)) == NULL)
		return -1;
	*withdrawn = (had & ~has) != 0;
	if (strcmp(before, after) == 0)
		return 1; /* nothing changed: nothing to record */
	return audit_log(r, 0, action, "patient", id,
	                 *withdrawn ? "validation withdrawn" : NULL, before,
	                 after) == -1
	           ? -1
	           : 1;
}

int patient_validate(struct req *r, long long id, const char *what)
{
	bool association = strcmp(what, "association") == 0;
	const char *before = patient_snapshot(r, id), *after;
	long long n;

	if (before == NULL)
		return -1;
	n = db_exec("UPDATE patient SET identity_validated_at = "
	            "UTC_TIMESTAMP(), identity_validated_by = ?, "
	            "identity_validated_org = ?, association_validated_at = "
	            "IF(? = 1, UTC_TIMESTAMP(), association_validated_at), "
	            "association_validated_by = IF(? = 1, ?, "
	            "association_validated_by), association_validated_org = "
	            "IF(? = 1, ?, association_validated_org), version = "
	            "version + 1 WHERE id = ? AND active = 1",
	            "iiiiiiii", r->user.id, r->user.org_id,
	            (long long)association, (long long)association, r->user.id,
	            (long long)association, r->user.org_id, id);
	if (n != 1 || (after = patient_snapshot(r, id)) == NULL)
		return -1;
	return audit_log(r, 0,
	                 association ? "patient.association_validated"
	                             : "patient.identity_validated",
	                 "patient", id, NULL, before, after);
}
