/* The group certificates' operator commands (guide 004):
 *
 *   passerelle cert-expiry
 *       for cron, once a day: mails the responsible person of each secure
 *       space whose active certificate ends within 60, 30 or 7 days, once
 *       for each of those thresholds (a certificate first seen with 20
 *       days left gets the 30-day mail, not the 60-day one as well), and
 *       removes the certificate set-ups that expired (their sealed keys
 *       with them).
 *   passerelle cert-method ORG_ID password|sso
 *       sets an organisation's connection method, for instance back to
 *       passwords when its certificates are lost.
 */
#include <stdio.h>
#include <string.h>

#include "audit.h"
#include "cmd.h"
#include "conf.h"
#include "db.h"
#include "mail.h"
#include "page.h"
#include "render.h"

#define DRAFTS_GONE_SQL                                                        \
	"DELETE FROM cert WHERE state = 'draft' AND draft_expires_at < "       \
	"UTC_TIMESTAMP()"

static const int thresholds[] = {7, 30, 60}; /* days, smallest first */

/* Queues the mail of one certificate and threshold to the responsible
 * person, with the notices of that threshold and the larger ones, in one
 * transaction. 1 sent, 0 already sent (by another run), -1 error. */
static int notify(struct req *r, long long cert, int days)
{
	struct db_res *res;
	struct mail *m = NULL;
	char link[300], detail[40];
	int rc = -1;

	if (db_begin() == -1)
		return -1;
	if (db_exec("INSERT INTO cert_expiry_notice (cert_id, days, sent_at) "
	            "VALUES (?, ?, UTC_TIMESTAMP())",
	            "ii", cert, (long long)days) < 0) {
		rc = db_errno() == 1062 ? 0 : -1;
		db_rollback();
		return rc;
	}
	for (size_t i = 0; i < sizeof thresholds / sizeof *thresholds; i++)
		if (thresholds[i] > days &&
		    db_exec(
		        "INSERT IGNORE INTO cert_expiry_notice (cert_id, days, "
		        "sent_at) VALUES (?, ?, UTC_TIMESTAMP())",
		        "ii", cert, (long long)thresholds[i]) < 0)
			goto done;
	res = db_query(
	    "SELECT u.email, u.name, u.lang, o.name, c.name, c.id_value, "
	    "DATE_FORMAT(c.not_after, '%Y-%m-%dT%H:%i:%sZ'), "
	    "GREATEST(CEIL(TIMESTAMPDIFF(MINUTE, UTC_TIMESTAMP(), c.not_after) "
	    "/ 1440), 0) FROM cert c JOIN org o ON o.id = c.org_id JOIN "
	    "secure_space s ON s.org_id = c.org_id JOIN users u ON u.id = "
	    "COALESCE(s.owner_id, c.owner_id) WHERE c.id = ?",
	    "i", cert);
	if (res == NULL)
		goto done;
	if (db_next(res) == 1 &&
	    (m = mail_new("cert-expiry", db_str(res, 2))) != NULL) {
		snprintf(link, sizeof link, "%s/sso", conf.base_url);
		page_add(mail_data(m), "name", db_str(res, 1));
		page_add(mail_data(m), "group", db_str(res, 3));
		page_add(mail_data(m), "certificate", db_str(res, 4));
		page_add(mail_data(m), "identifier", db_str(res, 5));
		page_add(mail_data(m), "not_after", db_str(res, 6));
		page_add(mail_data(m), "days", db_str(res, 7));
		page_add(mail_data(m), "link", link);
		rc = mail_queue(m, db_str(res, 0));
	}
	db_done(res);
	snprintf(detail, sizeof detail, "%d days", days);
	if (rc == 0 &&
	    audit_log(r, 0, "cert.expiry_mail", "cert", cert, detail, NULL,
	              NULL) == 0 &&
	    db_commit() == 0)
		return 1;
done:
	db_rollback();
	return -1;
}

/* The smallest threshold a certificate with that many days left has
 * reached, or 0. */
static int threshold_of(long long days)
{
	for (size_t i = 0; i < sizeof thresholds / sizeof *thresholds; i++)
		if (days <= thresholds[i])
			return thresholds[i];
	return 0;
}

int cmd_cert_expiry(int argc, char **argv)
{
	struct req r = {.remote_addr = ""};
	struct db_res *res;
	long long certs[1000], days[1000], drafts;
	size_t n = 0;
	int sent = 0, rc;

	(void)argv;
	if (argc != 0)
		return 2;
	if (render_init() == -1)
		return -1;
	/* Active certificates still valid that end within the largest
	 * threshold and have not had the mail of the threshold they reached. */
	res = db_query("SELECT c.id, CEIL(TIMESTAMPDIFF(MINUTE, "
	               "UTC_TIMESTAMP(), c.not_after) / 1440) FROM cert c "
	               "WHERE c.state = 'active' AND c.not_after > "
	               "UTC_TIMESTAMP() AND c.not_after <= UTC_TIMESTAMP() + "
	               "INTERVAL ? DAY ORDER BY c.not_after LIMIT 1000",
	               "i", (long long)thresholds[2]);
	if (res == NULL)
		return -1;
	while ((rc = db_next(res)) == 1) {
		certs[n] = db_int(res, 0);
		days[n++] = db_int(res, 1);
	}
	db_done(res);
	if (rc == -1)
		return -1;
	for (size_t i = 0; i < n; i++) {
		long long seen = 0;
		int t = threshold_of(days[i]);

		if (t == 0 ||
		    db_int_query(
		        &seen,
		        "SELECT COUNT(*) FROM cert_expiry_notice WHERE "
		        "cert_id = ? AND days = ?",
		        "ii", certs[i], (long long)t) < 0)
			continue;
		if (seen == 0 && (rc = notify(&r, certs[i], t)) == -1) {
			fprintf(stderr,
			        "cert-expiry: certificate %lld: the mail "
			        "could not be queued\n",
			        certs[i]);
			return -1;
		}
		sent += seen == 0 && rc == 1;
	}
	if ((drafts = db_exec(DRAFTS_GONE_SQL, "")) < 0)
		return -1;
	mail_deliver(50);
	printf("cert-expiry: %d mail(s) queued, %lld expired set-up(s) "
	       "removed\n",
	       sent, drafts);
	return 0;
}

int cmd_cert_method(int argc, char **argv)
{
	struct req r = {.remote_addr = ""};
	char before[40], after[40];
	long long org = 0, n;
	const char *method;

	if (argc != 2 ||
	    (strcmp(argv[1], "password") != 0 && strcmp(argv[1], "sso") != 0) ||
	    sscanf(argv[0], "%lld", &org) != 1 || org <= 0)
		return 2;
	method = argv[1];
	if (db_begin() == -1 ||
	    db_int_query(&n, "SELECT COUNT(*) FROM org WHERE id = ?", "i",
	                 org) != 1 ||
	    n == 0) {
		db_rollback();
		fprintf(stderr, "cert-method: no organisation %lld\n", org);
		return -1;
	}
	snprintf(after, sizeof after, "{\"method\":\"%s\"}", method);
	snprintf(before, sizeof before, "{\"method\":\"%s\"}",
	         strcmp(method, "sso") == 0 ? "password" : "sso");
	if (db_exec("INSERT INTO secure_space (org_id, login_method) VALUES "
	            "(?, ?) ON DUPLICATE KEY UPDATE login_method = VALUES("
	            "login_method), version = version + 1",
	            "is", org, method) < 0 ||
	    audit_log(&r, 0, "sso.method_changed", "org", org, "passerelle",
	              before, after) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return -1;
	}
	printf("cert-method: organisation %lld signs in with %s\n", org,
	       strcmp(method, "sso") == 0 ? "certificates (SSO)" : "passwords");
	return 0;
}
