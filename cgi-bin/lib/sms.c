#include "sms.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "conf.h"
#include "db.h"
#include "form_ca.h"
#include "log.h"
#include "page.h"
#include "pipecmd.h"
#include "render.h"

#define X                   (const xmlChar *)
#define BACKOFF_MAX_MINUTES 360
#define SMS_AFTER_REQUEST   20 /* messages sent after one answer */
#define SMS_BATCH_MAX       64

struct sms {
	xmlDocPtr doc;
	char template[64];
};

struct sms *sms_new(const char *template, const char *lang)
{
	struct sms *m = calloc(1, sizeof *m);
	xmlNodePtr root;

	if (m == NULL)
		return NULL;
	snprintf(m->template, sizeof m->template, "%s", template);
	m->doc = xmlNewDoc(X "1.0");
	root = xmlNewDocNode(m->doc, NULL, X "sms", NULL);
	xmlDocSetRootElement(m->doc, root);
	page_attr(root, "template", template);
	page_attr(root, "lang", strcmp(lang, "en") == 0 ? "en" : "fr");
	page_attr(root, "base", conf.base_url);
	return m;
}

xmlNodePtr sms_data(struct sms *m)
{
	return xmlDocGetRootElement(m->doc);
}

void sms_free(struct sms *m)
{
	if (m == NULL)
		return;
	xmlFreeDoc(m->doc);
	free(m);
}

int sms_text(struct sms *m, char **text)
{
	char sheet[80];
	xmlDocPtr out;
	xmlNodePtr root;
	xmlChar *body;
	int rc = -1;

	*text = NULL;
	snprintf(sheet, sizeof sheet, "sms/%s", m->template);
	if ((out = render_apply(m->doc, sheet)) == NULL)
		return -1;
	root = xmlDocGetRootElement(out);
	if (root != NULL && xmlStrcmp(root->name, X "sms") == 0 &&
	    (body = xmlNodeGetContent(root)) != NULL) {
		size_t n = strlen((const char *)body);
		if (n > 0 && n <= SMS_MAX && (*text = strdup((char *)body)))
			rc = 0;
		else
			log_error("sms: %s.xsl made %lu bytes", sheet,
			          (unsigned long)n);
		xmlFree(body);
	} else {
		log_error("sms: %s.xsl made no <sms>", sheet);
	}
	xmlFreeDoc(out);
	return rc;
}

/* Delivers after the answer what this request queued. */
static void deliver_later(void)
{
	sms_deliver(SMS_AFTER_REQUEST);
}

int sms_queue(struct sms *m, const char *to)
{
	char check[PHONE_TEXT], *text = NULL;
	int rc = -1;

	if (m == NULL)
		return -1;
	if (conf.sms_command[0] == '\0') {
		sms_free(m);
		return 0;
	}
	if (!valid_phone_e164(to, check) || strcmp(check, to) != 0) {
		log_error("sms: refused the number %s", to);
	} else if (sms_text(m, &text) == 0 &&
	           db_exec("INSERT INTO citizen_sms (recipient, body) "
	                   "VALUES (?, ?)",
	                   "ss", to, text) >= 0) {
		app_defer(deliver_later);
		rc = 0;
	}
	free(text);
	sms_free(m);
	return rc;
}

/* Claims up to max due messages for two minutes past the command's
 * time-out, so that two programs never send the same one. Returns how
 * many ids it wrote, or -1. */
static int claim(long long *ids, int max)
{
	struct db_res *res;
	int n = 0, ok = 1;

	if (db_begin() == -1)
		return -1;
	res = db_query("SELECT id FROM citizen_sms WHERE state = 'pending' "
	               "AND next_attempt_at <= UTC_TIMESTAMP() AND "
	               "(claimed_until IS NULL OR claimed_until < "
	               "UTC_TIMESTAMP()) ORDER BY id LIMIT ? "
	               "FOR UPDATE SKIP LOCKED",
	               "i", (long long)max);
	while (res != NULL && n < max && db_next(res) == 1)
		ids[n++] = db_int(res, 0);
	ok = res != NULL;
	db_done(res);
	for (int i = 0; ok && i < n; i++)
		ok = db_exec("UPDATE citizen_sms SET claimed_until = "
		             "UTC_TIMESTAMP() + INTERVAL ? SECOND WHERE id = ?",
		             "ii", conf.sms_timeout + 90LL, ids[i]) >= 0;
	if (!ok || db_commit() == -1) {
		db_rollback();
		return -1;
	}
	return n;
}

/* Sends one claimed message and records how it went; true when sent. */
static bool send_one(long long id)
{
	struct db_res *m = db_query("SELECT recipient, body, attempts FROM "
	                            "citizen_sms WHERE id = ?",
	                            "i", id);
	char why[300], to[PHONE_TEXT];
	const char *err;
	long long attempts, wait;

	if (m == NULL || db_next(m) != 1) {
		db_done(m);
		return false;
	}
	snprintf(to, sizeof to, "%s", db_str(m, 0));
	attempts = db_int(m, 2);
	{
		char *argv[] = {conf.sms_command, to, NULL};
		err = pipecmd_feed(argv, db_str(m, 1), db_len(m, 1), false,
		                   conf.sms_timeout, why, sizeof why);
	}
	db_done(m);
	if (err == NULL) {
		db_exec(
		    "UPDATE citizen_sms SET state = 'sent', sent_at = "
		    "UTC_TIMESTAMP(), attempts = attempts + 1, claimed_until "
		    "= NULL, last_error = NULL WHERE id = ?",
		    "i", id);
		return true;
	}
	wait = attempts < 9 ? 1LL << attempts : BACKOFF_MAX_MINUTES;
	if (wait > BACKOFF_MAX_MINUTES)
		wait = BACKOFF_MAX_MINUTES;
	log_error("sms: message %lld: %s", id, err);
	db_exec("UPDATE citizen_sms SET attempts = attempts + 1, last_error = "
	        "?, claimed_until = NULL, next_attempt_at = UTC_TIMESTAMP() + "
	        "INTERVAL ? MINUTE WHERE id = ?",
	        "sii", err, wait, id);
	return false;
}

int sms_deliver(int max)
{
	long long ids[SMS_BATCH_MAX];
	int n, sent = 0;

	if (conf.sms_command[0] == '\0')
		return 0;
	if (max > SMS_BATCH_MAX)
		max = SMS_BATCH_MAX;
	if ((n = claim(ids, max)) < 0)
		return -1;
	for (int i = 0; i < n; i++)
		sent += send_one(ids[i]);
	return sent;
}
