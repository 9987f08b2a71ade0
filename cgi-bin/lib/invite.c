#include "invite.h"

#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "conf.h"
#include "db.h"
#include "mail.h"
#include "page.h"
#include "userlink.h"

/* Issues the link and queues the mail made by xsl/mail/<template>.xsl
 * with <name/>, <email/>, <org/>, <link/> and <hours/> or <minutes/>. */
static int send_link(long long user_id, const char *purpose, long seconds,
                     const char *template, const char *path)
{
	char token[TOKEN_TEXT];
	struct buf link = {0};
	struct db_res *res;
	struct mail *m;
	int rc = -1;

	if (userlink_issue(user_id, purpose, seconds, token) == -1)
		return -1;
	res = db_query("SELECT u.email, u.name, u.lang, o.name FROM users u "
	               "JOIN org o ON o.id = u.org_id WHERE u.id = ?",
	               "i", user_id);
	if (res == NULL)
		return -1;
	if (db_next(res) == 1 &&
	    (m = mail_new(template, db_str(res, 2))) != NULL) {
		buf_printf(&link, "%s%s?token=%s", conf.base_url, path, token);
		page_add(mail_data(m), "name", db_str(res, 1));
		page_add(mail_data(m), "email", db_str(res, 0));
		page_add(mail_data(m), "org", db_str(res, 3));
		page_add(mail_data(m), "link", link.data);
		if (seconds >= 3600)
			page_add_int(mail_data(m), "hours", seconds / 3600);
		else
			page_add_int(mail_data(m), "minutes", seconds / 60);
		rc = mail_queue(m, db_str(res, 0));
	}
	db_done(res);
	buf_free(&link);
	return rc;
}

int invite_send(long long user_id)
{
	return invite_send_as(user_id, "activation");
}

int invite_send_as(long long user_id, const char *template)
{
	return send_link(user_id, "activation", conf.activation_hours * 3600,
	                 template, "/activate");
}

int invite_reset(long long user_id)
{
	return send_link(user_id, "reset", conf.reset_minutes * 60, "reset",
	                 "/password/reset");
}
