#include "page.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#define X (const xmlChar *)

int page_begin(struct req *r, const char *screen)
{
	struct buf here = {0};
	char now[32];
	struct tm tm;
	time_t t = r->start.tv_sec;

	if ((r->doc = xmlNewDoc(X "1.0")) == NULL)
		return -1;
	r->root = xmlNewDocNode(r->doc, NULL, X "page", NULL);
	xmlDocSetRootElement(r->doc, r->root);
	gmtime_r(&t, &tm);
	strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tm);
	buf_urlencode(&here, r->uri != NULL ? r->uri : "/");
	page_attr(r->root, "screen", screen);
	page_attr(r->root, "lang", r->lang);
	page_attr(r->root, "path", r->path);
	page_attr(r->root, "here", here.data != NULL ? here.data : "%2F");
	page_attr(r->root, "now", now);
	buf_free(&here);
	r->content = r->errors = NULL;
	return 0;
}

void page_envelope(struct req *r)
{
	xmlNodePtr n;

	if (r->logged_in) {
		char id[24];
		snprintf(id, sizeof id, "%lld", r->user.id);
		n = page_add(r->root, "user", NULL);
		page_attr(n, "id", id);
		page_attr(n, "name", r->user.name);
		page_attr(n, "email", r->user.email);
		page_attr(n, "org", r->user.org);
		n = page_add(r->root, "perms", NULL);
		for (size_t i = 0; i < r->nperms; i++)
			page_add(n, "p", r->perms[i]);
	}
	page_add(r->root, "csrf", r->csrf);
}

void page_end(struct req *r)
{
	if (r->doc != NULL)
		xmlFreeDoc(r->doc);
	r->doc = NULL;
	r->root = r->content = r->errors = NULL;
}

xmlNodePtr page_content(struct req *r)
{
	if (r->content == NULL)
		r->content = page_add(r->root, "content", NULL);
	return r->content;
}

xmlNodePtr page_add(xmlNodePtr parent, const char *name, const char *text)
{
	return xmlNewTextChild(parent, NULL, X name, X text);
}

xmlNodePtr page_add_int(xmlNodePtr parent, const char *name, long long n)
{
	char s[24];

	snprintf(s, sizeof s, "%lld", n);
	return page_add(parent, name, s);
}

void page_attr(xmlNodePtr node, const char *name, const char *value)
{
	if (value != NULL)
		xmlSetProp(node, X name, X value);
}

/* Puts node before <content> when there is one, so the envelope comes
 * first as DESIGN.md shows it. */
static xmlNodePtr envelope_child(struct req *r, const char *name)
{
	xmlNodePtr n = xmlNewDocNode(r->doc, NULL, X name, NULL);

	if (r->content != NULL)
		xmlAddPrevSibling(r->content, n);
	else
		xmlAddChild(r->root, n);
	return n;
}

void page_error(struct req *r, const char *field, const char *key)
{
	xmlNodePtr e;

	if (r->errors == NULL)
		r->errors = envelope_child(r, "errors");
	e = page_add(r->errors, "error", NULL);
	page_attr(e, "field", field);
	page_attr(e, "key", key);
}

bool page_has_errors(const struct req *r)
{
	return r->errors != NULL;
}

void page_flash(struct req *r, const char *key)
{
	page_attr(envelope_child(r, "flash"), "key", key);
}

/* Writes "YYYY-MM-DD HH:MM:SS[.frac]" as "YYYY-MM-DDTHH:MM:SSZ". */
static void iso_datetime(const char *s, char out[32])
{
	snprintf(out, 32, "%.10sT%.8sZ", s, strlen(s) > 11 ? s + 11 : "");
}

xmlNodePtr page_row(xmlNodePtr parent, struct db_res *res, const char *row_name)
{
	xmlNodePtr row = page_add(parent, row_name, NULL);

	for (int i = 0; i < db_cols(res); i++) {
		const char *v = db_str(res, i);
		char iso[32];

		if (v == NULL)
			continue;
		switch (db_coltype(res, i)) {
		case DB_DATETIME:
			iso_datetime(v, iso);
			v = iso;
			break;
		case DB_BLOB:
			continue; /* bytes are never page data */
		default:
			break;
		}
		page_add(row, db_colname(res, i), v);
	}
	return row;
}

long page_rows(xmlNodePtr parent, struct db_res *res, const char *row_name)
{
	long n = 0;
	int rc;

	while ((rc = db_next(res)) == 1) {
		page_row(parent, res, row_name);
		n++;
	}
	return rc == 0 ? n : -1;
}
