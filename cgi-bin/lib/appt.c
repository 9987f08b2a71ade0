#include "appt.h"

#include <stdio.h>
#include <string.h>

#include <openssl/crypto.h>

#include "audit.h"
#include "buf.h"
#include "conf.h"
#include "db.h"
#include "mail.h"
#include "page.h"
#include "sms.h"
#include "snapshot.h"
#include "when.h"

/* The details of an appointment; parameters: lang, id. */
#define DETAIL_SQL                                                             \
	"SELECT a.id, a.version, a.state, a.starts_at, sl.ends_at, "           \
	"a.confirmed_at, a.cancelled_at, a.cancelled_by, a.present_at, "       \
	"a.contact_email, a.contact_phone, a.lang, o.name AS establishment, "  \
	"ep.address_line, ep.city, ep.postal_code, ep.phone AS "               \
	"establishment_phone, ep.cutoff_hours, IF(? = 'en', t.name_en, "       \
	"t.name_fr) AS service, a.service_id, p.given_name, p.family_name, "   \
	"p.relation, a.account_id, (a.state = 'booked' AND a.starts_at > "     \
	"UTC_TIMESTAMP() + INTERVAL ep.cutoff_hours HOUR) AS changeable, "     \
	"a.starts_at - INTERVAL ep.cutoff_hours HOUR AS cutoff_at, "           \
	"(a.starts_at <= UTC_TIMESTAMP()) AS past, a.manage_salt, "            \
	"(SELECT u.name FROM users u WHERE u.id = a.account_id) AS holder "    \
	"FROM appointment a JOIN slot sl ON sl.id = a.slot_id "                \
	"JOIN org o ON o.id = a.org_id "                                       \
	"JOIN establishment_profile ep ON ep.org_id = a.org_id "               \
	"JOIN establishment_service s ON s.id = a.service_id "                 \
	"JOIN establishment_service_type t ON t.id = s.type_id "               \
	"JOIN patient p ON p.id = a.patient_id WHERE a.id = ?"

void appt_key(long long id, const unsigned char salt[APPT_SALT],
              char key[TOKEN_TEXT])
{
	unsigned char msg[64], mac[32];
	int n = snprintf((char *)msg, sizeof msg, "appointment:%lld:", id);

	memcpy(msg + n, salt, APPT_SALT);
	token_hmac(conf.secret_key, msg, (size_t)n + APPT_SALT, mac);
	token_base64url(mac, sizeof mac, key);
}

int appt_key_ok(long long id, const char *key)
{
	struct db_res *res;
	char want[TOKEN_TEXT];
	int rc;

	if (key == NULL || strlen(key) != TOKEN_TEXT - 1)
		return 0;
	res = db_query("SELECT manage_salt FROM appointment WHERE id = ? AND "
	               "account_id IS NULL AND manage_salt IS NOT NULL",
	               "i", id);
	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1 && db_len(res, 0) == APPT_SALT)
		appt_key(id, (const unsigned char *)db_str(res, 0), want);
	else
		rc = rc == 1 ? 0 : rc;
	db_done(res);
	if (rc != 1)
		return rc;
	rc = token_equal(key, want);
	OPENSSL_cleanse(want, sizeof want);
	return rc;
}

int appt_owned(long long id, long long account)
{
	long long n = 0;

	if (db_int_query(&n,
	                 "SELECT COUNT(*) FROM appointment WHERE id = ? AND "
	                 "account_id <=> NULLIF(?, 0)",
	                 "ii", id, account) < 0)
		return -1;
	return n > 0;
}

int appt_detail(struct req *r, xmlNodePtr parent, long long id,
                long long account, long long *version)
{
	struct db_res *res = db_query(DETAIL_SQL, "si", r->lang, id);
	xmlNodePtr a;
	int rc;

	if (res == NULL)
		return -1;
	rc = db_next(res);
	if (rc == 1 && db_int(res, 23) != account) {
		rc = 0; /* another account's, or not of this kind */
	} else if (rc == 1) {
		a = page_row(parent, res, "appointment");
		page_attr(a, "changeable", db_int(res, 24) ? "1" : "0");
		page_attr(a, "past", db_int(res, 26) ? "1" : "0");
		*version = db_int(res, 1);
		when_mark(a);
	}
	db_done(res);
	return rc;
}

/* The outcome of a change that touched no row: the appointment moved on
 * (conflict), or the cut-off passed. */
static enum appt_change refused(long long id, long long version)
{
	long long late = 0;

	if (db_int_query(&late,
	                 "SELECT a.version = ? AND a.state = 'booked' AND "
	                 "a.starts_at <= UTC_TIMESTAMP() + INTERVAL "
	                 "ep.cutoff_hours HOUR FROM appointment a JOIN "
	                 "establishment_profile ep ON ep.org_id = a.org_id "
	                 "WHERE a.id = ?",
	                 "ii", version, id) < 0)
		return APPT_ERROR;
	return late ? APPT_TOO_LATE : APPT_CONFLICT;
}

const char *appt_snapshot(struct req *r, long long id)
{
	return snapshot_json(
	    r,
	    "SELECT JSON_OBJECT('state', state, 'starts_at', starts_at, "
	    "'confirmed_at', confirmed_at, 'cancelled_by', cancelled_by, "
	    "'patient_id', patient_id, 'slot_id', slot_id, 'account_id', "
	    "account_id, 'contact_email', contact_email, 'contact_phone', "
	    "contact_phone, 'present_at', present_at) FROM appointment "
	    "WHERE id = ?",
	    id);
}

/* Runs one UPDATE of the appointment (parameters: id, account, account,
 * version) that a citizen asks for, then its audit row and, for a
 * cancellation, the slot and the messages, in one transaction. */
static enum appt_change change(struct req *r, const char *sql, long long id,
                               long long account, long long version,
                               const char *action)
{
	const char *before, *after;
	enum appt_change rc;
	long long n;

	if (db_begin() == -1)
		return APPT_ERROR;
	before = appt_snapshot(r, id);
	n = db_exec(sql, "iiii", id, account, account, version);
	if (before == NULL || n < 0) {
		db_rollback();
		return APPT_ERROR;
	}
	if (n == 0) {
		rc = refused(id, version);
		db_rollback();
		return rc;
	}
	if (strcmp(action, "appointment.cancelled") == 0 &&
	    (db_exec("UPDATE slot SET appointment_id = NULL WHERE "
	             "appointment_id = ?",
	             "i", id) < 0 ||
	     appt_notify(id, "cancelled") == -1)) {
		db_rollback();
		return APPT_ERROR;
	}
	if ((after = appt_snapshot(r, id)) == NULL ||
	    audit_log(r, 0, action, "appointment", id, "by the citizen", before,
	              after) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return APPT_ERROR;
	}
	return APPT_DONE;
}

/* Which appointments a citizen may change: theirs (account, or none with
 * 0), booked, at the version of their form, before the cut-off. */
#define CITIZEN_CHANGE                                                         \
	" WHERE a.id = ? AND (a.account_id = ? OR (? = 0 AND a.account_id "    \
	"IS NULL)) AND a.version = ? AND a.state = 'booked' AND a.starts_at "  \
	"> UTC_TIMESTAMP() + INTERVAL ep.cutoff_hours HOUR"

enum appt_change appt_confirm(struct req *r, long long id, long long account,
                              long long version)
{
	return change(r,
	              "UPDATE appointment a JOIN establishment_profile ep ON "
	              "ep.org_id = a.org_id SET a.confirmed_at = "
	              "COALESCE(a.confirmed_at, UTC_TIMESTAMP()), a.version = "
	              "a.version + 1" CITIZEN_CHANGE,
	              id, account, version, "appointment.confirmed");
}

enum appt_change appt_cancel(struct req *r, long long id, long long account,
                             long long version)
{
	return change(r,
	              "UPDATE appointment a JOIN establishment_profile ep ON "
	              "ep.org_id = a.org_id SET a.state = 'cancelled', "
	              "a.cancelled_at = UTC_TIMESTAMP(), a.cancelled_by = "
	              "'citizen', a.version = a.version + 1" CITIZEN_CHANGE,
	              id, account, version, "appointment.cancelled");
}

/* The link a message gives to the appointment: the citizen's list for an
 * account, the appointment's own link otherwise. */
static void link_of(struct db_res *res, long long id, struct buf *link)
{
	char key[TOKEN_TEXT];

	if (db_str(res, 23) != NULL || db_len(res, 27) != APPT_SALT) {
		buf_printf(link, "%s/citizen/appointments?id=%lld",
		           conf.base_url, id);
		return;
	}
	appt_key(id, (const unsigned char *)db_str(res, 27), key);
	buf_printf(link, "%s/citizen/manage?a=%lld&key=%s", conf.base_url, id,
	           key);
	OPENSSL_cleanse(key, sizeof key);
}

/* Writes what a message says of the appointment under root. */
static void message_data(xmlNodePtr root, struct db_res *res, const char *link)
{
	const char *name = db_str(res, 28);
	struct buf full = {0};

	if (name == NULL) {
		buf_printf(&full, "%s %s", db_str(res, 20), db_str(res, 21));
		name = full.data;
	}
	page_add(root, "name", name);
	page_row(root, res, "appointment");
	page_add(root, "link", link);
	when_mark(root);
	buf_free(&full);
}

int appt_notify(long long id, const char *kind)
{
	struct db_res *res;
	struct buf link = {0};
	char template[40], lang[3] = "fr";
	struct mail *m = NULL;
	struct sms *s = NULL;
	int rc = -1;

	res = db_query("SELECT lang FROM appointment WHERE id = ?", "i", id);
	if (res == NULL || db_next(res) != 1) {
		db_done(res);
		return -1;
	}
	snprintf(lang, sizeof lang, "%s", db_str(res, 0));
	db_done(res);
	if ((res = db_query(DETAIL_SQL, "si", lang, id)) == NULL)
		return -1;
	if (db_next(res) != 1)
		goto done;
	link_of(res, id, &link);
	snprintf(template, sizeof template, "citizen_%s", kind);
	if ((m = mail_new(template, lang)) == NULL)
		goto done;
	message_data(mail_data(m), res, link.data);
	if (db_str(res, 10) != NULL) {
		if ((s = sms_new(template, lang)) == NULL)
			goto done;
		message_data(sms_data(s), res, link.data);
	}
	rc = mail_queue(m, db_str(res, 9));
	m = NULL;
	if (rc == 0 && s != NULL)
		rc = sms_queue(s, db_str(res, 10));
	s = NULL;
done:
	mail_free(m);
	sms_free(s);
	db_done(res);
	buf_free(&link);
	return rc;
}

int appt_free_slots(xmlNodePtr parent, const char *name, long long service_id,
                    int n)
{
	struct db_res *res = db_query(
	    "SELECT MIN(id) AS id, starts_at, COUNT(*) AS places FROM slot "
	    "WHERE service_id = ? AND state = 'open' AND appointment_id IS "
	    "NULL AND starts_at > UTC_TIMESTAMP() GROUP BY starts_at ORDER BY "
	    "starts_at LIMIT ?",
	    "ii", service_id, (long long)n);
	xmlNodePtr list;
	long rows;

	if (res == NULL)
		return -1;
	list = page_add(parent, name, NULL);
	rows = page_rows(list, res, "slot");
	db_done(res);
	when_mark(list);
	return rows < 0 ? -1 : 0;
}
