/* cmd_citizen: the operator's sub-commands of citizen accounts and
 * appointments, for cron.
 *
 *   passerelle reminders   queue the reminder of every appointment that
 *                          starts within conf reminder_hours (once each,
 *                          even when two runs overlap), then deliver the
 *                          mail and SMS that are due
 *   passerelle sms-run     deliver the SMS that are due (retries)
 */
#include <stdio.h>

#include "appt.h"
#include "audit.h"
#include "cmd.h"
#include "conf.h"
#include "db.h"
#include "log.h"
#include "mail.h"
#include "render.h"
#include "req.h"
#include "sms.h"

#define BATCH 200

/* Delivers every due SMS, in batches; the number sent, or -1. */
static int sms_all(void)
{
	int n, total = 0;

	while ((n = sms_deliver(50)) > 0)
		total += n;
	return n < 0 ? -1 : total;
}

/* Reminds appointment id when nobody has yet, in one transaction: the
 * claim (a conditional UPDATE, which a second run waits for and then
 * finds done), the messages and the audit row. 1 reminded, 0 not needed
 * (any more), -1 on error. */
static int remind(struct req *cron, long long id)
{
	long long n;

	if (db_begin() == -1)
		return -1;
	n = db_exec("UPDATE appointment SET reminder_sent_at = "
	            "UTC_TIMESTAMP() WHERE id = ? AND reminder_sent_at IS NULL "
	            "AND state = 'booked' AND starts_at > UTC_TIMESTAMP()",
	            "i", id);
	if (n == 1 && appt_notify(id, "reminder") == 0 &&
	    audit_log(cron, 0, "appointment.reminded", "appointment", id, NULL,
	              NULL, NULL) == 0 &&
	    db_commit() == 0)
		return 1;
	db_rollback();
	return n == 0 ? 0 : -1;
}

int cmd_reminders(int argc, char **argv)
{
	struct req cron = {.remote_addr = ""};
	long long last = 0, lead = conf.reminder_hours;
	int sent = 0, failed = 0, rows, mails = 0, n;

	(void)argv;
	if (argc != 0)
		return 2;
	if (render_init() == -1)
		return -1;
	do {
		long long ids[BATCH];
		struct db_res *res = db_query(
		    "SELECT id FROM appointment WHERE state = 'booked' AND "
		    "reminder_sent_at IS NULL AND starts_at > UTC_TIMESTAMP() "
		    "AND starts_at <= UTC_TIMESTAMP() + INTERVAL ? HOUR AND "
		    "created_at < starts_at - INTERVAL ? HOUR AND id > ? "
		    "ORDER BY id LIMIT ?",
		    "iiii", lead, lead, last, (long long)BATCH);

		if (res == NULL)
			return -1;
		for (rows = 0; rows < BATCH && db_next(res) == 1; rows++)
			ids[rows] = last = db_int(res, 0);
		db_done(res);
		for (int i = 0; i < rows; i++) {
			int rc = remind(&cron, ids[i]);
			if (rc == 1)
				sent++;
			else if (rc == -1)
				failed++;
		}
	} while (rows == BATCH);
	while ((n = mail_deliver(50)) > 0)
		mails += n;
	n = sms_all();
	printf("reminders: %d queued, %d failed; %d mail and %d SMS "
	       "delivered\n",
	       sent, failed, mails, n < 0 ? 0 : n);
	if (failed > 0)
		fprintf(stderr,
		        "passerelle: %d reminders failed (see the log); "
		        "the next run tries them again\n",
		        failed);
	return failed > 0 || n < 0 ? -1 : 0;
}

int cmd_sms_run(int argc, char **argv)
{
	long long pending = 0;
	int n;

	(void)argv;
	if (argc != 0)
		return 2;
	if ((n = sms_all()) < 0 ||
	    db_int_query(&pending,
	                 "SELECT COUNT(*) FROM citizen_sms WHERE state = "
	                 "'pending'",
	                 "") < 0)
		return -1;
	printf("sms-run: %d sent, %lld waiting\n", n, pending);
	return 0;
}
