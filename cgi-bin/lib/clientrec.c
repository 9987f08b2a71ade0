#include "clientrec.h"

#include <stdio.h>
#include <string.h>

#include "db.h"
#include "form.h"
#include "page.h"

#define ID_MAX 9223372036854775807LL

bool client_id_arg(struct req *r, const char *name, bool form, long long *id)
{
	const char *v = form ? req_form(r, name) : req_query(r, name);

	return v != NULL && valid_int(v, 1, ID_MAX, id);
}

int client_load(struct req *r, long long id, struct client *c)
{
	struct db_res *res = db_query(
	    "SELECT id, version, given_name, family_name, "
	    "COALESCE(file_number, ''), COALESCE(email, ''), lang, active "
	    "FROM client WHERE id = ? AND org_id = ?",
	    "ii", id, r->user.org_id);
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		c->id = db_int(res, 0);
		c->version = db_int(res, 1);
		c->given_name = pool_strdup(&r->pool, db_str(res, 2));
		c->family_name = pool_strdup(&r->pool, db_str(res, 3));
		c->file_number = pool_strdup(&r->pool, db_str(res, 4));
		c->email = pool_strdup(&r->pool, db_str(res, 5));
		c->lang = pool_strdup(&r->pool, db_str(res, 6));
		c->active = db_int(res, 7) != 0;
	}
	db_done(res);
	return rc;
}

xmlNodePtr client_header(struct req *r, const struct client *c, const char *tab)
{
	xmlNodePtr h = page_add(page_content(r), "client", NULL);
	char id[24];

	snprintf(id, sizeof id, "%lld", c->id);
	page_attr(h, "id", id);
	page_attr(h, "tab", tab);
	page_attr(h, "active", c->active ? "1" : "0");
	page_add(h, "given_name", c->given_name);
	page_add(h, "family_name", c->family_name);
	if (*c->file_number != '\0')
		page_add(h, "file_number", c->file_number);
	return h;
}

const char *client_snapshot(struct req *r, long long client_id,
                            long long contact_id)
{
	struct db_res *res =
	    contact_id == 0
	        ? db_query("SELECT JSON_OBJECT('file_number', file_number, "
	                   "'given_name', given_name, 'family_name', "
	                   "family_name, 'birth_date', birth_date, 'lang', "
	                   "lang, 'email', email, 'phone', phone, "
	                   "'address_line', address_line, 'city', city, "
	                   "'province', province, 'postal_code', "
	                   "postal_code, 'active', active) FROM client "
	                   "WHERE id = ?",
	                   "i", client_id)
	        : db_query("SELECT JSON_OBJECT('client_id', client_id, "
	                   "'relationship', relationship, 'relation_detail', "
	                   "relation_detail, 'given_name', given_name, "
	                   "'family_name', family_name, 'email', email, "
	                   "'phone', phone, 'lang', lang, 'active', active) "
	                   "FROM client_contact WHERE id = ? AND client_id = ?",
	                   "ii", contact_id, client_id);
	const char *s = NULL;

	if (res != NULL && db_next(res) == 1)
		s = pool_strdup(&r->pool, db_str(res, 0));
	db_done(res);
	return s;
}

int client_tab(struct req *r, const char *tab, const struct client_done *dones,
               size_t n, struct client *c)
{
	const char *done = req_query(r, "done");
	long long id;
	int rc;

	if (!client_id_arg(r, "id", false, &id))
		return 400;
	if ((rc = client_load(r, id, c)) != 1)
		return rc == 0 ? 404 : 500;
	for (size_t i = 0; done != NULL && i < n; i++)
		if (strcmp(done, dones[i].code) == 0)
			page_flash(r, dones[i].key);
	client_header(r, c, tab);
	return 0;
}
