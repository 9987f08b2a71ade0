/* forgot: "forgot your password?"; mails a reset link to an active
 * account, and answers the same, in the same time, whether the address
 * has one or not: the account is looked for after the answer. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "buf.h"
#include "conf.h"
#include "db.h"
#include "form.h"
#include "invite.h"
#include "mail.h"
#include "page.h"

/* Reset mails one account may receive in an hour; more requests are
 * answered as usual and send nothing. */
#define RESETS_PER_HOUR 3

static xmlNodePtr form(struct req *r, const char *email)
{
	xmlNodePtr f = page_add(page_content(r), "forgot", NULL);

	if (email != NULL && *email != '\0')
		page_add(f, "email", email);
	return f;
}

static int show(struct req *r)
{
	const char *sent = req_query(r, "sent");
	xmlNodePtr f = form(r, NULL);

	if (sent != NULL && strcmp(sent, "1") == 0) {
		page_attr(f, "sent", "1");
		page_add_int(f, "minutes", conf.reset_minutes);
	}
	return 200;
}

/* Sends the link when the account exists and has not had its share this
 * hour, in the open transaction, on behalf of the request r. 0 or -1. */
static int send_reset(const struct req *r, const char *email)
{
	long long id = 0, recent = 0;
	int rc;

	/* The row lock makes two requests at once count one after the
	 * other. */
	rc = db_int_query(&id,
	                  "SELECT id FROM users WHERE email = ? AND active = 1 "
	                  "FOR UPDATE",
	                  "s", email);
	if (rc != 1)
		return rc;
	if (db_int_query(&recent,
	                 "SELECT COUNT(*) FROM user_token WHERE user_id = ? "
	                 "AND purpose = 'reset' AND created_at > "
	                 "UTC_TIMESTAMP() - INTERVAL 1 HOUR",
	                 "i", id) != 1)
		return -1;
	if (recent < RESETS_PER_HOUR && invite_reset(id) == -1)
		return -1;
	return audit_log(r, 0, "password.reset_requested", "user", id,
	                 recent < RESETS_PER_HOUR ? NULL : "limited", NULL,
	                 NULL);
}

/* Answers the oldest waiting request, in one transaction with its link,
 * mail and audit row. 1 when one was answered, 0 when none waits (or
 * another process holds them all), -1 on error. */
static int answer_one(void)
{
	struct req r = {0};
	char email[256], ip[64];
	long long id;
	struct db_res *res;
	int rc;

	if (db_begin() == -1)
		return -1;
	res = db_query("SELECT id, email, ip FROM reset_request ORDER BY id "
	               "LIMIT 1 FOR UPDATE SKIP LOCKED",
	               "");
	if (res == NULL || (rc = db_next(res)) != 1) {
		if (res != NULL)
			db_done(res);
		db_rollback();
		return res == NULL ? -1 : 0;
	}
	id = db_int(res, 0);
	snprintf(email, sizeof email, "%s", db_str(res, 1));
	snprintf(ip, sizeof ip, "%s", db_str(res, 2));
	db_done(res);
	r.remote_addr = ip;
	if (send_reset(&r, email) == -1 ||
	    db_exec("DELETE FROM reset_request WHERE id = ?", "i", id) != 1 ||
	    db_commit() == -1) {
		db_rollback();
		return -1;
	}
	return 1;
}

/* After the answer: the waiting requests, a bounded number of them. */
static void answer_requests(void)
{
	for (int n = 0; n < 20 && answer_one() == 1; n++)
		;
}

/* Records the request and answers at once, the same for every address;
 * the link goes out after the answer (answer_requests). */
static int submit(struct req *r)
{
	const char *email;

	if (form_email(r, "email", &email, REQUIRED) == -1) {
		form(r, email);
		return 422;
	}
	if (db_exec("INSERT INTO reset_request (email, ip, asked_at) VALUES "
	            "(?, ?, UTC_TIMESTAMP())",
	            "ss", email,
	            r->remote_addr != NULL ? r->remote_addr : "") != 1)
		return 500;
	app_defer(answer_requests);
	return req_redirect(r, "/password/forgot?sent=1");
}

static const struct screen screen = {
    .name = "forgot",
    .path = "/password/forgot",
    .perm = NULL,
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
