#include "partner.h"

#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "conf.h"
#include "db.h"
#include "form.h"
#include "mail.h"
#include "page.h"

#define ID_MAX   9223372036854775807LL
#define PAGE_MAX 1000000

void partner_persona(const struct req *r, struct persona *p)
{
	p->agency = req_can(r, "partner.agency");
	p->care = !p->agency && req_can(r, "partner.care");
	p->finance = !p->agency && req_can(r, "partner.finance");
	p->org = r->user.org_id;
}

void partner_persona_xml(struct req *r, const struct persona *p)
{
	xmlNodePtr n = page_add(page_content(r), "persona", NULL);

	page_attr(n, "agency", p->agency ? "1" : "0");
	page_attr(n, "care", p->care ? "1" : "0");
	page_attr(n, "finance", p->finance ? "1" : "0");
}

int partner_event(long long request, long long actor, const char *kind,
                  const char *detail, long long other, bool private_line)
{
	return db_exec("INSERT INTO service_request_event (request_id, "
	               "actor_id, kind, detail, other_id, private) VALUES "
	               "(?, ?, ?, ?, NULLIF(?, 0), ?)",
	               "iissii", request, actor, kind,
	               detail != NULL ? detail : "", other,
	               (long long)private_line) < 0
	           ? -1
	           : 0;
}

/* Queues the notice to the account of the current row of res (email,
 * name, lang). */
static int notify_row(struct db_res *res, const char *what, long long request,
                      const char *path)
{
	struct mail *m = mail_new("partner-notice", db_str(res, 2));
	struct buf link = {0};
	char number[16];
	int rc;

	if (m == NULL)
		return -1;
	snprintf(number, sizeof number, "%08lld", request);
	buf_printf(&link, "%s%s", conf.base_url, path);
	page_add(mail_data(m), "what", what);
	page_add(mail_data(m), "name", db_str(res, 1));
	page_add(mail_data(m), "number", number);
	page_add(mail_data(m), "link", link.data);
	rc = mail_queue(m, db_str(res, 0));
	buf_free(&link);
	return rc;
}

int partner_notify_user(long long user, const char *what, long long request,
                        const char *path)
{
	struct db_res *res = db_query("SELECT email, name, lang FROM users "
	                              "WHERE id = ? AND active = 1",
	                              "i", user);
	int rc = 0;

	if (res == NULL)
		return -1;
	if (db_next(res) == 1)
		rc = notify_row(res, what, request, path);
	db_done(res);
	return rc;
}

int partner_notify_org(long long org, const char *perm, const char *what,
                       long long request, const char *path)
{
	struct db_res *res = db_query(
	    "SELECT u.email, u.name, u.lang FROM users u WHERE u.org_id = ? "
	    "AND u.active = 1 AND EXISTS (SELECT 1 FROM user_role ur JOIN "
	    "role_permission rp ON rp.role_id = ur.role_id WHERE ur.user_id = "
	    "u.id AND rp.permission = ?) ORDER BY u.id",
	    "is", org, perm);
	int rc = 0, more;

	if (res == NULL)
		return -1;
	while (rc == 0 && (more = db_next(res)) == 1)
		rc = notify_row(res, what, request, path);
	db_done(res);
	return rc == 0 && more == 0 ? 0 : -1;
}

const char *partner_like(struct req *r, const char *s)
{
	struct buf b = {0};
	const char *p;

	buf_puts(&b, "%");
	for (; *s != '\0'; s++) {
		if (*s == '%' || *s == '_' || *s == '\\')
			buf_puts(&b, "\\");
		buf_add(&b, s, 1);
	}
	buf_puts(&b, "%");
	p = pool_strdup(&r->pool, b.data != NULL ? b.data : "%");
	buf_free(&b);
	return p;
}

int partner_paging(struct req *r, long long *page, const char **dir,
                   const char *dflt)
{
	const char *pg = req_query(r, "page"), *d = req_query(r, "dir");

	*page = 1;
	if (pg != NULL && !valid_int(pg, 1, PAGE_MAX, page))
		return 400;
	if (d != NULL && strcmp(d, "asc") != 0 && strcmp(d, "desc") != 0)
		return 400;
	*dir = d != NULL ? d : dflt;
	return 0;
}

int partner_id(struct req *r, const char *name, bool form, long long *out)
{
	const char *s = form ? req_form(r, name) : req_query(r, name);

	return s != NULL && valid_int(s, 1, ID_MAX, out) ? 0 : 400;
}

int partner_done(struct req *r, const char *path, long long id,
                 const char *code)
{
	char to[160];

	snprintf(to, sizeof to, "%s?id=%lld&done=%s", path, id, code);
	return req_redirect(r, pool_strdup(&r->pool, to));
}

const char *partner_json(struct req *r, const char *const *keys,
                         const char *const *vals, size_t n)
{
	struct buf b = {0};
	const char *out;

	buf_puts(&b, "{");
	for (size_t i = 0; i < n; i++) {
		buf_printf(&b, "%s\"%s\":", i > 0 ? "," : "", keys[i]);
		if (vals[i] == NULL) {
			buf_puts(&b, "null");
			continue;
		}
		buf_puts(&b, "\"");
		for (const char *s = vals[i]; *s != '\0'; s++) {
			if (*s == '"' || *s == '\\')
				buf_printf(&b, "\\%c", *s);
			else if ((unsigned char)*s < 0x20)
				buf_printf(&b, "\\u%04x", (unsigned)*s);
			else
				buf_add(&b, s, 1);
		}
		buf_puts(&b, "\"");
	}
	buf_puts(&b, "}");
	out = pool_strdup(&r->pool, b.data);
	buf_free(&b);
	return out;
}
