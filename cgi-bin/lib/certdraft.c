#include "certdraft.h"

#include <stdio.h>
#include <string.h>

#include "app.h"
#include "db.h"
#include "form.h"
#include "page.h"

#define ID_MAX 9223372036854775807LL

static const char *const step_paths[] = {
    "/sso/certificate/new", "/sso/certificate/users",
    "/sso/certificate/establishment", "/sso/certificate/summary"};

long long certdraft_id(const struct req *r)
{
	const char *s = strcmp(r->method, "POST") == 0 ? req_form(r, "draft")
	                                               : req_query(r, "draft");
	long long id = 0;

	return s != NULL && valid_int(s, 1, ID_MAX, &id) ? id : 0;
}

int certdraft_load(const struct req *r, long long id, struct certdraft *d)
{
	struct db_res *res = db_query(
	    "SELECT id, owner_id, draft_step FROM cert WHERE id = ? AND "
	    "state = 'draft' AND org_id = ? AND created_by = ? AND "
	    "draft_expires_at > UTC_TIMESTAMP()",
	    "iii", id, r->user.org_id, r->user.id);
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1) {
		d->id = db_int(res, 0);
		d->owner_id = db_int(res, 1);
		d->step = (int)db_int(res, 2);
	}
	db_done(res);
	return rc;
}

int certdraft_request(struct req *r, struct certdraft *d)
{
	int rc = certdraft_load(r, certdraft_id(r), d);

	if (rc == 1)
		return 1;
	return rc == 0 ? certdraft_gone(r) : 500;
}

int certdraft_owner_niss(const struct req *r, const struct certdraft *d,
                         char niss[12])
{
	struct db_res *res = db_query(
	    "SELECT owner_niss FROM secure_space WHERE org_id = ? AND owner_id "
	    "= ? AND owner_niss IS NOT NULL",
	    "ii", r->user.org_id, d->owner_id);
	int rc;

	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1)
		snprintf(niss, 12, "%s", db_str(res, 0));
	db_done(res);
	return rc;
}

int certdraft_gone(struct req *r)
{
	return app_fail(r, 404, "sso.draft_gone.title", "sso.draft_gone.text");
}

xmlNodePtr certdraft_cert_xml(xmlNodePtr parent, long long cert_id,
                              long long org_id)
{
	struct db_res *res = db_query(
	    "SELECT name, quality, sector, id_type, id_value, subject, issuer, "
	    "serial, not_before, not_after, fingerprint, installed_at, "
	    "replaced_at, id, state, version FROM cert WHERE id = ? AND "
	    "org_id = ?",
	    "ii", cert_id, org_id);
	xmlNodePtr c = NULL;

	if (res == NULL)
		return NULL;
	if (db_next(res) == 1) {
		c = page_row(parent, res, "certificate");
		page_attr(c, "id", db_str(res, 13));
		page_attr(c, "state", db_str(res, 14));
	}
	db_done(res);
	return c;
}

void certdraft_steps(struct req *r, const struct certdraft *d, int current)
{
	xmlNodePtr w = page_add(page_content(r), "wizard", NULL);
	char s[24];

	snprintf(s, sizeof s, "%lld", d != NULL ? d->id : 0);
	page_attr(w, "draft", s);
	snprintf(s, sizeof s, "%d", current);
	page_attr(w, "current", s);
	snprintf(s, sizeof s, "%d", d != NULL ? d->step : 0);
	page_attr(w, "done", s);
}

int certdraft_goto(struct req *r, const struct certdraft *d, int step)
{
	char to[96];

	if (step < 1 || step > 4)
		step = 1;
	snprintf(to, sizeof to, "%s?draft=%lld", step_paths[step - 1], d->id);
	return req_redirect(r, pool_strdup(&r->pool, to));
}
