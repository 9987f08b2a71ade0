#include "certusers.h"

#include <string.h>

#include "buf.h"
#include "db.h"
#include "form.h"
#include "page.h"

#define ID_MAX 9223372036854775807LL

static bool in(const long long *ids, size_t n, long long id)
{
	for (size_t i = 0; i < n; i++)
		if (ids[i] == id)
			return true;
	return false;
}

int certusers_xml(xmlNodePtr parent, long long org_id, long long owner_id,
                  long long cert_id, const long long *ids, size_t n)
{
	xmlNodePtr list = page_add(parent, "users", NULL);
	struct db_res *res = db_query(
	    "SELECT u.id, u.name, u.niss, EXISTS (SELECT 1 FROM cert_user cu "
	    "WHERE cu.cert_id = ? AND cu.user_id = u.id) FROM users u WHERE "
	    "u.org_id = ? AND u.active = 1 ORDER BY u.name, u.id LIMIT ?",
	    "iii", cert_id, org_id, (long long)CERTUSERS_MAX);
	int rc;

	if (res == NULL)
		return -1;
	while ((rc = db_next(res)) == 1) {
		long long id = db_int(res, 0);
		bool allowed = ids != NULL ? in(ids, n, id) : db_int(res, 3);
		xmlNodePtr u = page_add(list, "user", NULL);

		page_attr(u, "responsible", id == owner_id ? "1" : "0");
		page_attr(u, "allowed", allowed || id == owner_id ? "1" : "0");
		page_add_int(u, "id", id);
		page_add(u, "name", db_str(res, 1));
		if (db_str(res, 2) != NULL)
			page_add(u, "niss", db_str(res, 2));
	}
	db_done(res);
	return rc == 0 ? 0 : -1;
}

int certusers_read(struct req *r, long long org_id, long long owner_id,
                   long long *ids, size_t *n)
{
	*n = 0;
	for (size_t i = 0; i < r->form.n; i++) {
		const struct field *f = &r->form.v[i];
		long long id, ok = 0;

		if (strcmp(f->name, "users[]") != 0)
			continue;
		if (!valid_int(f->value, 1, ID_MAX, &id) ||
		    *n == CERTUSERS_MAX) {
			page_error(r, "users", "err.choice.invalid");
			return -1;
		}
		if (in(ids, *n, id))
			continue;
		if (db_int_query(&ok,
		                 "SELECT COUNT(*) FROM users WHERE id = ? AND "
		                 "org_id = ? AND active = 1",
		                 "ii", id, org_id) < 0)
			return -2;
		if (ok == 0) {
			page_error(r, "users", "err.choice.invalid");
			return -1;
		}
		ids[(*n)++] = id;
	}
	if (!in(ids, *n, owner_id) && *n < CERTUSERS_MAX)
		ids[(*n)++] = owner_id;
	return 0;
}

int certusers_save(long long cert_id, const long long *ids, size_t n,
                   long long by)
{
	struct db_res *res = db_query(
	    "SELECT user_id FROM cert_user WHERE cert_id = ?", "i", cert_id);
	long long gone[CERTUSERS_MAX];
	size_t ngone = 0;
	int rc;

	if (res == NULL)
		return -1;
	while ((rc = db_next(res)) == 1)
		if (!in(ids, n, db_int(res, 0)) && ngone < CERTUSERS_MAX)
			gone[ngone++] = db_int(res, 0);
	db_done(res);
	if (rc == -1)
		return -1;
	for (size_t i = 0; i < ngone; i++)
		if (db_exec("DELETE FROM cert_user WHERE cert_id = ? AND "
		            "user_id = ?",
		            "ii", cert_id, gone[i]) < 0)
			return -1;
	for (size_t i = 0; i < n; i++)
		if (db_exec("INSERT IGNORE INTO cert_user (cert_id, user_id, "
		            "granted_at, granted_by) VALUES (?, ?, "
		            "UTC_TIMESTAMP(), ?)",
		            "iii", cert_id, ids[i], by) < 0)
			return -1;
	return 0;
}

const char *certusers_list(struct req *r, long long cert_id)
{
	struct db_res *res = db_query("SELECT user_id FROM cert_user WHERE "
	                              "cert_id = ? ORDER BY user_id",
	                              "i", cert_id);
	struct buf b = {0};
	const char *out;
	int rc;

	if (res == NULL)
		return NULL;
	buf_puts(&b, "[");
	while ((rc = db_next(res)) == 1)
		buf_printf(&b, "%s%lld", b.len > 1 ? "," : "", db_int(res, 0));
	db_done(res);
	buf_puts(&b, "]");
	out = rc == 0 && b.data != NULL ? pool_strdup(&r->pool, b.data) : NULL;
	buf_free(&b);
	return out;
}
