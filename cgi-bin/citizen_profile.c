/* citizen_profile: the account holder's own details (names, birth date,
 * health insurance number), how to reach them (phone, SMS, postal code,
 * language) and whether an establishment has validated their identity. A
 * change of identifying details withdraws that validation: it is made again
 * at the next visit, and the change is in the audit trail. */
#include <string.h>

#include "app.h"
#include "audit.h"
#include "db.h"
#include "done.h"
#include "form.h"
#include "form_ca.h"
#include "page.h"
#include "patient.h"
#include "snapshot.h"
#include "when.h"

#define VERSION_MAX 4294967295LL

/* What the form holds, as submitted. */
struct values {
	struct patient_fields p;
	const char *phone, *postal, *lang;
	bool sms;
	long long patient_version, account_version;
};

static const struct done dones[] = {
    {"saved", "citizen_profile.saved"},
    {"withdrawn", "citizen_profile.withdrawn"},
};

/* The account as the audit trail keeps it. */
static const char *snapshot(struct req *r)
{
	return snapshot_json(
	    r,
	    "SELECT JSON_OBJECT('phone', c.phone, 'sms_opt_in', c.sms_opt_in, "
	    "'postal_code', c.postal_code, 'lang', u.lang) FROM "
	    "citizen_account c JOIN users u ON u.id = c.user_id WHERE "
	    "c.user_id = ?",
	    r->user.id);
}

/* Writes <profile> from the database, and the submitted values over it
 * when v is not NULL. 0, or -1 on error (or no such account). */
static int profile_xml(struct req *r, const struct values *v)
{
	struct db_res *res = db_query(
	    "SELECT p.id AS patient_id, p.version AS patient_version, "
	    "c.version AS account_version, p.given_name, p.family_name, "
	    "p.birth_date, p.health_card, c.phone, c.sms_opt_in, "
	    "c.postal_code, u.lang, u.email, p.identity_validated_at, (SELECT "
	    "o.name FROM org o WHERE o.id = p.identity_validated_org) AS "
	    "validated_by FROM users u JOIN citizen_account c ON c.user_id = "
	    "u.id JOIN patient p ON p.holder_of = u.id WHERE u.id = ?",
	    "i", r->user.id);
	xmlNodePtr p;
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) != 1) {
		db_done(res);
		return -1;
	}
	p = page_row(page_content(r), res, "profile");
	page_attr(p, "identity",
	          db_str(res, 12) != NULL ? "validated" : "not_validated");
	db_done(res);
	when_mark(p);
	if (v != NULL) {
		xmlNodePtr f = page_add(page_content(r), "form", NULL);
		page_add(f, "given_name", v->p.given);
		page_add(f, "family_name", v->p.family);
		page_add(f, "birth_date", v->p.birth);
		page_add(f, "health_card", v->p.card);
		page_add(f, "phone", v->phone);
		page_add(f, "sms_opt_in", v->sms ? "1" : "0");
		page_add(f, "postal_code", v->postal);
		page_add(f, "lang", v->lang);
	}
	return 0;
}

static int show(struct req *r)
{
	done_flash(r, dones, sizeof dones / sizeof dones[0]);
	return profile_xml(r, NULL) == -1 ? 500 : 200;
}

/* Reads the form into v; 0, or -1 with the fields in error reported. */
static int read_values(struct req *r, struct values *v)
{
	static const char *const langs[] = {"fr", "en", NULL};
	const char *sms = req_form(r, "sms_opt_in");
	int bad = 0;

	bad |= patient_read(r, false, &v->p);
	bad |= form_phone_e164(r, "phone", &v->phone, OPTIONAL);
	bad |= form_postal_code(r, "postal_code", &v->postal, OPTIONAL);
	bad |= form_enum(r, "lang", langs, &v->lang, REQUIRED);
	v->sms = sms != NULL && strcmp(sms, "1") == 0;
	if (v->sms && bad == 0 && *v->phone == '\0') {
		page_error(r, "phone", "err.citizen.sms_phone");
		bad = -1;
	}
	if (v->lang == NULL || *v->lang == '\0')
		v->lang = r->lang;
	return bad ? -1 : 0;
}

/* Saves the account's part: 1, 0 when it changed since the form, -1. */
static int save_account(struct req *r, const struct values *v)
{
	const char *before = snapshot(r), *after;
	long long n;

	if (before == NULL)
		return -1;
	n = db_exec("UPDATE citizen_account SET phone = NULLIF(?, ''), "
	            "sms_opt_in = ?, postal_code = NULLIF(?, ''), version = "
	            "version + 1 WHERE user_id = ? AND version = ?",
	            "sisii", v->phone, (long long)v->sms, v->postal, r->user.id,
	            v->account_version);
	if (n <= 0)
		return (int)n;
	if (db_exec("UPDATE users SET lang = ? WHERE id = ?", "si", v->lang,
	            r->user.id) < 0 ||
	    (after = snapshot(r)) == NULL ||
	    audit_log(r, 0, "citizen.profile_updated", "user", r->user.id, NULL,
	              before, after) == -1)
		return -1;
	return 1;
}

static int submit(struct req *r)
{
	static const char *const actions[] = {"save", NULL};
	struct values v = {0};
	long long patient = 0;
	bool withdrawn = false;
	const char *action;
	int rc;

	if (form_enum(r, "action", actions, &action, REQUIRED) == -1 ||
	    form_int(r, "patient_version", &v.patient_version, 1, VERSION_MAX,
	             REQUIRED) == -1 ||
	    form_int(r, "account_version", &v.account_version, 1, VERSION_MAX,
	             REQUIRED) == -1)
		return 400;
	if (read_values(r, &v) == -1)
		return profile_xml(r, &v) == -1 ? 500 : 422;
	if (db_begin() == -1)
		return 500;
	if (db_int_query(&patient,
	                 "SELECT id FROM patient WHERE holder_of = ? FOR "
	                 "UPDATE",
	                 "i", r->user.id) != 1 ||
	    (rc = patient_save(r, patient, v.patient_version, &v.p,
	                       "patient.updated", &withdrawn)) == -1 ||
	    (rc == 1 && (rc = save_account(r, &v)) == -1)) {
		db_rollback();
		return 500;
	}
	if (rc == 0) {
		db_rollback();
		page_error(r, "", "err.conflict");
		return profile_xml(r, NULL) == -1 ? 500 : 409;
	}
	if (db_commit() == -1)
		return 500;
	if (strcmp(v.lang, r->lang) != 0)
		req_set_cookie(r, req_cookie_name(r, "lang"), v.lang, -1);
	return req_redirect(r, withdrawn ? "/citizen/profile?done=withdrawn"
	                                 : "/citizen/profile?done=saved");
}

static const struct screen screen = {
    .name = "citizen_profile",
    .path = "/citizen/profile",
    .perm = "citizen.portal",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
