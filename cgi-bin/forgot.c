/* forgot: "forgot your password?"; mails a reset link to an active
 * account, and answers the same whether the address has one or not. */
#include <stdlib.h>
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

/* Builds a reset mail like the one an account gets and drops it, so that
 * an address that gets no link (no account, or its share used) is answered
 * in about the time of one that does: the time must not tell them apart. */
static void reset_decoy(const struct req *r)
{
	struct mail *m = mail_new("reset", r->lang);
	struct buf msg = {0};
	const char *subject = NULL;
	long seconds = conf.reset_minutes * 60;

	if (m == NULL)
		return;
	page_add(mail_data(m), "name", "-");
	page_add(mail_data(m), "email", "-");
	page_add(mail_data(m), "org", "-");
	page_add(mail_data(m), "link", conf.base_url);
	if (seconds >= 3600)
		page_add_int(mail_data(m), "hours", seconds / 3600);
	else
		page_add_int(mail_data(m), "minutes", seconds / 60);
	(void)mail_message(m, "nobody@invalid", &msg, &subject);
	free((char *)subject);
	buf_free(&msg);
	mail_free(m);
}

/* Sends the link when the account exists and has not had its share this
 * hour, in the open transaction. 0 or -1. */
static int send_reset(struct req *r, const char *email)
{
	long long id = 0, recent = 0;
	int rc;

	/* The row lock makes two requests at once count one after the
	 * other. */
	rc = db_int_query(&id,
	                  "SELECT id FROM users WHERE email = ? AND active = 1 "
	                  "FOR UPDATE",
	                  "s", email);
	if (rc == 0)
		reset_decoy(r);
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
	if (recent >= RESETS_PER_HOUR)
		reset_decoy(r);
	return audit_log(r, 0, "password.reset_requested", "user", id,
	                 recent < RESETS_PER_HOUR ? NULL : "limited", NULL,
	                 NULL);
}

static int submit(struct req *r)
{
	const char *email;

	if (form_email(r, "email", &email, REQUIRED) == -1) {
		form(r, email);
		return 422;
	}
	if (db_begin() == -1 || send_reset(r, email) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
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
