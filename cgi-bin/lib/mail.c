#include "mail.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libxml/HTMLtree.h>

#include "buf.h"
#include "conf.h"
#include "db.h"
#include "log.h"
#include "mime.h"
#include "page.h"
#include "pipecmd.h"
#include "render.h"
#include "token.h"

#define X                   (const xmlChar *)
#define BACKOFF_MAX_MINUTES 360

struct mail {
	xmlDocPtr doc;
	char template[64];
};

static bool queued;

struct mail *mail_new(const char *template, const char *lang)
{
	struct mail *m = calloc(1, sizeof *m);
	xmlNodePtr root;

	if (m == NULL)
		return NULL;
	snprintf(m->template, sizeof m->template, "%s", template);
	m->doc = xmlNewDoc(X "1.0");
	root = xmlNewDocNode(m->doc, NULL, X "mail", NULL);
	xmlDocSetRootElement(m->doc, root);
	page_attr(root, "template", template);
	page_attr(root, "lang", strcmp(lang, "en") == 0 ? "en" : "fr");
	page_attr(root, "base", conf.base_url);
	return m;
}

xmlNodePtr mail_data(struct mail *m)
{
	return xmlDocGetRootElement(m->doc);
}

void mail_free(struct mail *m)
{
	if (m == NULL)
		return;
	xmlFreeDoc(m->doc);
	free(m);
}

/* The text content of the first child element called name, or NULL. */
static xmlNodePtr child(xmlNodePtr parent, const char *name)
{
	for (xmlNodePtr n = parent ? parent->children : NULL; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    xmlStrcmp(n->name, X name) == 0)
			return n;
	return NULL;
}

/* Renders m into subject, text and html (the caller frees the three with
 * xmlFree, or free for html). Returns 0 or -1. */
static int mail_render(struct mail *m, xmlChar **subject, xmlChar **text,
                       struct buf *html)
{
	char sheet[80];
	xmlDocPtr out;
	xmlNodePtr root, h, e;
	xmlBufferPtr b;
	int rc = -1;

	snprintf(sheet, sizeof sheet, "mail/%s", m->template);
	if ((out = render_apply(m->doc, sheet)) == NULL)
		return -1;
	root = xmlDocGetRootElement(out);
	h = child(root, "html");
	e = h != NULL ? child(h, "html") : NULL;
	if (child(root, "subject") != NULL && child(root, "text") != NULL &&
	    e != NULL && (b = xmlBufferCreate()) != NULL) {
		*subject = xmlNodeGetContent(child(root, "subject"));
		*text = xmlNodeGetContent(child(root, "text"));
		buf_puts(html, "<!DOCTYPE html>\n");
		htmlNodeDump(b, out, e);
		buf_add(html, xmlBufferContent(b), (size_t)xmlBufferLength(b));
		xmlBufferFree(b);
		rc = *subject != NULL && *text != NULL ? 0 : -1;
	} else {
		log_error("mail: %s.xsl made no subject, text and html", sheet);
	}
	xmlFreeDoc(out);
	return rc;
}

int mail_message(struct mail *m, const char *to, struct buf *out,
                 const char **subject_out)
{
	xmlChar *subject = NULL, *text = NULL;
	struct buf html = {0};
	unsigned char raw[16];
	char unique[40], *at;
	int rc = -1;

	if (!mime_header_safe(to)) {
		log_error("mail: refused a recipient holding CR or LF");
		return -1;
	}
	if (mail_render(m, &subject, &text, &html) == -1)
		goto done;
	token_random(raw, sizeof raw);
	token_hex(raw, sizeof raw, unique);
	at = strchr(conf.mail_from, '@');
	struct mime_msg mm = {
	    .from_name = conf.mail_name,
	    .from = conf.mail_from,
	    .to = to,
	    .subject = (const char *)subject,
	    .text = (const char *)text,
	    .html = html.data,
	    .date = time(NULL),
	    .id_right = at != NULL ? at + 1 : "localhost",
	    .unique = unique,
	};
	if (mime_build(out, &mm) == -1) {
		log_error("mail: %s: a header would be unsafe", m->template);
		goto done;
	}
	if (subject_out != NULL)
		*subject_out = strdup((const char *)subject);
	rc = 0;
done:
	xmlFree(subject);
	xmlFree(text);
	buf_free(&html);
	return rc;
}

int mail_queue(struct mail *m, const char *to)
{
	struct buf msg = {0};
	const char *subject = NULL;
	int rc = -1;

	if (m == NULL)
		return -1;
	if (mail_message(m, to, &msg, &subject) == 0 &&
	    db_exec("INSERT INTO outbox (recipient, subject, message) "
	            "VALUES (?, ?, ?)",
	            "ssb", to, subject, msg.data, msg.len) >= 0) {
		queued = true;
		rc = 0;
	}
	free((char *)subject);
	buf_free(&msg);
	mail_free(m);
	return rc;
}

bool mail_waiting(void)
{
	return queued;
}

/* Pipes the message to sendmail; returns NULL, or what went wrong. */
static const char *sendmail(const char *msg, size_t len, char *why,
                            size_t whylen)
{
	char *argv[] = {conf.sendmail, "-t", "-i", NULL};

	return pipecmd_feed(argv, msg, len, true, conf.sendmail_timeout, why,
	                    whylen);
}

int mail_deliver(int max)
{
	long long ids[64];
	int n = 0, sent = 0;
	struct db_res *res;

	queued = false;
	if (max > 64)
		max = 64;
	/* Claim due messages for two minutes, so that two programs never
	 * send the same one. */
	if (db_begin() == -1)
		return -1;
	res = db_query("SELECT id FROM outbox WHERE state = 'pending' AND "
	               "next_attempt_at <= UTC_TIMESTAMP() AND (claimed_until "
	               "IS NULL OR claimed_until < UTC_TIMESTAMP()) ORDER BY "
	               "id LIMIT ? FOR UPDATE SKIP LOCKED",
	               "i", (long long)max);
	while (res != NULL && n < max && db_next(res) == 1)
		ids[n++] = db_int(res, 0);
	db_done(res);
	for (int i = 0; i < n; i++)
		if (db_exec("UPDATE outbox SET claimed_until = UTC_TIMESTAMP() "
		            "+ INTERVAL ? SECOND WHERE id = ?",
		            "ii", conf.sendmail_timeout + 90LL, ids[i]) < 0)
			res = NULL;
	if (res == NULL || db_commit() == -1) {
		db_rollback();
		return -1;
	}
	for (int i = 0; i < n; i++) {
		struct db_res *m = db_query(
		    "SELECT message, attempts FROM outbox WHERE id = ?", "i",
		    ids[i]);
		char why[300];
		const char *err;
		long long attempts;

		if (m == NULL || db_next(m) != 1) {
			db_done(m);
			continue;
		}
		attempts = db_int(m, 1);
		err = sendmail(db_str(m, 0), db_len(m, 0), why, sizeof why);
		db_done(m);
		if (err == NULL) {
			db_exec("UPDATE outbox SET state = 'sent', sent_at = "
			        "UTC_TIMESTAMP(), attempts = attempts + 1, "
			        "claimed_until = NULL, last_error = NULL "
			        "WHERE id = ?",
			        "i", ids[i]);
			sent++;
		} else {
			long long wait = attempts < 9 ? 1LL << attempts
			                              : BACKOFF_MAX_MINUTES;
			if (wait > BACKOFF_MAX_MINUTES)
				wait = BACKOFF_MAX_MINUTES;
			log_error("mail: message %lld: %s", ids[i], err);
			db_exec(
			    "UPDATE outbox SET attempts = attempts + 1, "
			    "last_error = ?, claimed_until = NULL, "
			    "next_attempt_at = UTC_TIMESTAMP() + INTERVAL ? "
			    "MINUTE WHERE id = ?",
			    "sii", err, wait, ids[i]);
		}
	}
	return sent;
}
