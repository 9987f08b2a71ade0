/* directory_feed: the change feed for downstream applications. An
 * application sends its API token (Authorization: Bearer …) and the
 * number of the last change it has (after=N, 0 at first) and gets the
 * next changes in order, each once, with the record's effective values as
 * they were at that change: its activities and its access states too.
 * It stores "next" and asks again; "more" tells that it may ask at once.
 * Numbers follow the commit order (lib/dirfeed.c), so a change that
 * commits late is never behind a cursor already given. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <libxml/tree.h>

#include "app.h"
#include "db.h"
#include "form.h"
#include "page.h"
#include "token.h"

#define LIMIT_DEFAULT 500
#define LIMIT_MAX     1000
#define SEQ_MAX       9223372036854775807LL
#define X             (const xmlChar *)

/* The application of the Authorization header's token: its id, 0 when
 * the header holds no valid token of an application not revoked, -1. */
static long long app_of(const char *h)
{
	unsigned char hash[32];
	long long id = 0;
	int rc;

	if (strncasecmp(h, "Bearer ", 7) != 0)
		return 0;
	h += 7;
	while (*h == ' ')
		h++;
	if (strlen(h) != TOKEN_TEXT - 1 ||
	    strspn(h, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	              "0123456789-_") != TOKEN_TEXT - 1)
		return 0;
	token_sha256(h, strlen(h), hash);
	rc = db_int_query(&id,
	                  "SELECT id FROM dir_app WHERE token_hash = ? AND "
	                  "revoked_at IS NULL",
	                  "b", hash, sizeof hash);
	return rc < 0 ? -1 : (rc == 1 ? id : 0);
}

/* Writes the access pairs "CODE:state CODE:state" as <access> elements. */
static void access_xml(xmlNodePtr parent, const char *pairs)
{
	xmlNodePtr list = xmlNewChild(parent, NULL, X "access", NULL);
	char code[17], state[17];

	for (const char *p = pairs; p != NULL && *p != '\0';) {
		size_t n = strcspn(p, " "), c = strcspn(p, ":");
		xmlNodePtr a;

		if (c < n && c < sizeof code && n - c - 1 < sizeof state) {
			memcpy(code, p, c);
			code[c] = '\0';
			memcpy(state, p + c + 1, n - c - 1);
			state[n - c - 1] = '\0';
			a = xmlNewChild(list, NULL, X "service", NULL);
			xmlSetProp(a, X "code", X code);
			xmlSetProp(a, X "state", X state);
		}
		p += n;
		while (*p == ' ')
			p++;
	}
}

/* The changes after `after`, at most limit, under root; *last gets the
 * number of the last one and *more whether others follow. 0 or -1. */
static int changes_xml(xmlNodePtr root, long long after, long long limit,
                       long long *last, bool *more)
{
	struct db_res *res = db_query(
	    "SELECT c.seq, c.kind, DATE_FORMAT(c.at, '%Y-%m-%dT%H:%i:%s.%fZ') "
	    "AS at, c.access, c.person_id AS id, c.type, c.matricule, c.login, "
	    "c.rpps, c.adeli, c.family_name, c.birth_name, c.given_name, "
	    "c.birth_date, c.profession, pr.name_fr AS profession_fr, "
	    "pr.name_en AS profession_en, c.specialty, sp.name_fr AS "
	    "specialty_fr, sp.name_en AS specialty_en, c.orientation, "
	    "c.email, c.phone, c.mss, c.street_number, c.street_repeat, "
	    "c.street_type, c.street_label, c.postal_code, c.city, "
	    "CONCAT_WS(' ', c.street_number, c.street_repeat, c.street_type, "
	    "c.street_label) AS address_line, c.activity_state FROM "
	    "dir_change c LEFT JOIN dir_profession pr ON pr.code = "
	    "c.profession LEFT JOIN dir_specialty sp ON sp.code = c.specialty "
	    "WHERE c.seq > ? ORDER BY c.seq LIMIT ?",
	    "ii", after, limit + 1);
	struct db_res *acts;
	xmlNodePtr lists[LIMIT_MAX] = {0}; /* each change's <activities> */
	long long seqs[LIMIT_MAX];
	long long first = 0, n = 0;
	int rc;

	*last = after;
	*more = false;
	if (res == NULL)
		return -1;
	while ((rc = db_next(res)) == 1) {
		xmlNodePtr c, p;

		if (n == limit) {
			*more = true;
			break;
		}
		c = xmlNewChild(root, NULL, X "change", NULL);
		xmlSetProp(c, X "seq", X db_str(res, 0));
		xmlSetProp(c, X "kind", X db_str(res, 1));
		xmlSetProp(c, X "at", X db_str(res, 2));
		p = page_add(c, "person", NULL);
		for (int i = 4; i < db_cols(res); i++)
			if (db_str(res, i) != NULL)
				page_add(p, db_colname(res, i), db_str(res, i));
		access_xml(p, db_str(res, 3));
		lists[n] = xmlNewChild(p, NULL, X "activities", NULL);
		seqs[n] = *last = db_int(res, 0);
		if (n++ == 0)
			first = *last;
	}
	db_done(res);
	if (rc == -1)
		return -1;
	if (n == 0)
		return 0;
	acts = db_query("SELECT seq, activity_id AS id, position, structure, "
	                "finess, role, street, postal_code, city, mss FROM "
	                "dir_change_activity WHERE seq BETWEEN ? AND ? ORDER "
	                "BY seq, position, activity_id",
	                "ii", first, *last);
	if (acts == NULL)
		return -1;
	while ((rc = db_next(acts)) == 1) {
		long long seq = db_int(acts, 0), lo = 0, hi = n - 1;
		xmlNodePtr parent = NULL, a;

		while (lo <= hi && parent == NULL) { /* seqs ascend */
			long long mid = (lo + hi) / 2;
			if (seqs[mid] == seq)
				parent = lists[mid];
			else if (seqs[mid] < seq)
				lo = mid + 1;
			else
				hi = mid - 1;
		}
		if (parent == NULL)
			continue;
		a = page_add(parent, "activity", NULL);
		for (int i = 1; i < db_cols(acts); i++)
			if (db_str(acts, i) != NULL)
				page_add(a, db_colname(acts, i),
				         db_str(acts, i));
	}
	db_done(acts);
	return rc == 0 ? 0 : -1;
}

static int feed(struct req *r)
{
	const char *a = req_query(r, "after"), *l = req_query(r, "limit");
	long long after = 0, limit = LIMIT_DEFAULT, app, last;
	xmlDocPtr doc;
	xmlNodePtr root;
	xmlChar *body = NULL;
	int len = 0;
	bool more;
	char s[24];

	if ((app = app_of(r->authorization)) == -1)
		return 500;
	if (app == 0) {
		req_header(r, "WWW-Authenticate",
		           *r->authorization != '\0'
		               ? "Bearer realm=\"passerelle\", "
		                 "error=\"invalid_token\""
		               : "Bearer realm=\"passerelle\"");
		return 401;
	}
	if ((a != NULL && !valid_int(a, 0, SEQ_MAX, &after)) ||
	    (l != NULL && !valid_int(l, 1, LIMIT_MAX, &limit)))
		return 400;
	if ((doc = xmlNewDoc(X "1.0")) == NULL)
		return 500;
	root = xmlNewDocNode(doc, NULL, X "feed", NULL);
	xmlDocSetRootElement(doc, root);
	if (changes_xml(root, after, limit, &last, &more) == -1) {
		xmlFreeDoc(doc);
		return 500;
	}
	snprintf(s, sizeof s, "%lld", after);
	xmlSetProp(root, X "after", X s);
	snprintf(s, sizeof s, "%lld", last);
	xmlSetProp(root, X "next", X s);
	xmlSetProp(root, X "more", X(more ? "true" : "false"));
	xmlDocDumpFormatMemoryEnc(doc, &body, &len, "UTF-8", 0);
	xmlFreeDoc(doc);
	if (body == NULL ||
	    db_exec("UPDATE dir_app SET last_used_at = UTC_TIMESTAMP(), "
	            "last_cursor = ? WHERE id = ?",
	            "ii", last, app) < 0 ||
	    buf_add(&r->download, body, (size_t)len) == -1) {
		xmlFree(body);
		return 500;
	}
	xmlFree(body);
	r->download_type = "application/xml; charset=utf-8";
	return 200;
}

static const struct screen screen = {
    .name = "directory_feed",
    .path = "/directory/feed",
    .perm = NULL,
    .get = feed,
    .bearer = true,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
