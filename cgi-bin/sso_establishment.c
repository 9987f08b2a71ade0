/* sso_establishment: the third step of the wizard (guide 004): the
 * billing establishments of the group that will use the certificate, each
 * with the responsible person's national number checked or entered (it
 * must be theirs), and one more establishment to add when the group has
 * none yet or a new one. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "certdraft.h"
#include "certspace.h"
#include "db.h"
#include "form.h"
#include "niss.h"
#include "page.h"

#define ID_MAX           9223372036854775807LL
#define BILLING_MAX      100 /* establishments of a group on the page */
#define BILLING_NAME_MAX 200

/* The NISS field of establishment id: "niss_<id>". */
static const char *niss_field(struct req *r, long long id)
{
	char name[40];

	snprintf(name, sizeof name, "niss_%lld", id);
	return pool_strdup(&r->pool, name);
}

/* True when the form ticked establishment id. */
static bool ticked(const struct req *r, long long id)
{
	char v[24];

	snprintf(v, sizeof v, "%lld", id);
	for (size_t i = 0; i < r->form.n; i++)
		if (strcmp(r->form.v[i].name, "billing[]") == 0 &&
		    strcmp(r->form.v[i].value, v) == 0)
			return true;
	return false;
}

/* The page. The establishments' ticks and numbers come from the draft's
 * links, else from the last certificate that used them; from the form
 * when it is shown again (again = true). */
static int render(struct req *r, const struct certdraft *d,
                  const char *owner_niss, bool again, int status)
{
	xmlNodePtr list, n;
	struct db_res *res;
	int rc;

	certdraft_steps(r, d, 3);
	if (certdraft_cert_xml(page_content(r), d->id, r->user.org_id) == NULL)
		return 500;
	page_add(page_content(r), "owner_niss", owner_niss);
	res = db_query(
	    "SELECT b.id, b.name, b.tp_number, (SELECT l.niss FROM "
	    "cert_billing_link l JOIN cert c ON c.id = l.cert_id WHERE "
	    "l.billing_id = b.id AND (c.state <> 'draft' OR c.id = ?) ORDER "
	    "BY l.cert_id = ? DESC, l.cert_id DESC LIMIT 1), EXISTS (SELECT 1 "
	    "FROM cert_billing_link l WHERE l.billing_id = b.id AND l.cert_id "
	    "= ?) FROM cert_billing b WHERE b.org_id = ? ORDER BY b.name, b.id "
	    "LIMIT ?",
	    "iiiii", d->id, d->id, d->id, r->user.org_id,
	    (long long)BILLING_MAX);
	if (res == NULL)
		return 500;
	list = page_add(page_content(r), "establishments", NULL);
	while ((rc = db_next(res)) == 1) {
		long long id = db_int(res, 0);
		const char *niss =
		    again ? req_form(r, niss_field(r, id)) : db_str(res, 3);
		bool chosen = again ? ticked(r, id) : db_int(res, 4) != 0;

		n = page_add(list, "establishment", NULL);
		page_attr(n, "chosen", chosen ? "1" : "0");
		page_add_int(n, "id", id);
		page_add(n, "name", db_str(res, 1));
		page_add(n, "tp_number", db_str(res, 2));
		page_add(n, "niss", niss != NULL ? niss : "");
	}
	db_done(res);
	if (rc == -1)
		return 500;
	n = page_add(page_content(r), "new", NULL);
	page_add(n, "name", again ? req_form(r, "new_name") : NULL);
	page_add(n, "tp_number", again ? req_form(r, "new_tp") : NULL);
	page_add(n, "niss", again ? req_form(r, "new_niss") : NULL);
	return status;
}

/* The draft and its responsible person's number: 1, or the status. */
static int load(struct req *r, struct certdraft *d, char niss[12])
{
	int rc = certdraft_request(r, d);

	if (rc != 1)
		return rc;
	if ((rc = certdraft_owner_niss(r, d, niss)) == -1)
		return 500;
	if (rc == 0)
		return app_fail(r, 409, "sso.owner_changed.title",
		                "sso.owner_changed.text");
	return 1;
}

static int show(struct req *r)
{
	struct certdraft d;
	char niss[12];
	int rc = load(r, &d, niss);

	if (rc != 1)
		return rc;
	if (d.step < CERTDRAFT_USERS)
		return certdraft_goto(r, &d, 2);
	return render(r, &d, niss, false, 200);
}

/* Checks the number in field against the responsible person's: the
 * field's error when it is not a number or not theirs. */
static void check_niss(struct req *r, const char *field, const char *owner)
{
	const char *v;

	if (form_niss(r, field, &v, REQUIRED) == 0 && strcmp(v, owner) != 0)
		page_error(r, field, "err.sso.niss_not_owner");
}

/* Reads the new establishment, if any of its fields is filled: 1 there
 * is one (valid), 0 none, -1 with the fields' errors. */
static int read_new(struct req *r, const char *owner, const char **name,
                    const char **tp)
{
	const char *niss = req_form(r, "new_niss");
	bool bad = false;

	form_text(r, "new_name", name, BILLING_NAME_MAX, OPTIONAL);
	form_text(r, "new_tp", tp, 32, OPTIONAL);
	if ((*name == NULL || **name == '\0') &&
	    (*tp == NULL || **tp == '\0') && (niss == NULL || *niss == '\0'))
		return page_has_errors(r) ? -1 : 0;
	if (*name == NULL || **name == '\0') {
		page_error(r, "new_name", "err.required");
		bad = true;
	}
	if (*tp == NULL || !certspace_identifier_valid(*tp)) {
		page_error(r, "new_tp", "err.sso.tp_invalid");
		bad = true;
	}
	check_niss(r, "new_niss", owner);
	return bad || page_has_errors(r) ? -1 : 1;
}

static int submit(struct req *r)
{
	long long ids[BILLING_MAX + 1], n_ok, new_id = 0;
	const char *name = NULL, *tp = NULL;
	struct certdraft d;
	size_t n = 0;
	char niss[12];
	int rc = load(r, &d, niss), has_new;

	if (rc != 1)
		return rc;
	if (d.step < CERTDRAFT_USERS)
		return certdraft_goto(r, &d, 2);
	for (size_t i = 0; i < r->form.n; i++) {
		long long id;

		if (strcmp(r->form.v[i].name, "billing[]") != 0)
			continue;
		if (!valid_int(r->form.v[i].value, 1, ID_MAX, &id) ||
		    n == BILLING_MAX ||
		    db_int_query(
		        &n_ok,
		        "SELECT COUNT(*) FROM cert_billing WHERE id = ? "
		        "AND org_id = ?",
		        "ii", id, r->user.org_id) < 0 ||
		    n_ok == 0) {
			page_error(r, "billing", "err.choice.invalid");
			return render(r, &d, niss, true, 422);
		}
		ids[n++] = id;
		check_niss(r, niss_field(r, id), niss);
	}
	has_new = read_new(r, niss, &name, &tp);
	if (n == 0 && has_new == 0)
		page_error(r, "billing", "err.sso.establishment_required");
	if (page_has_errors(r))
		return render(r, &d, niss, true, 422);
	if (db_begin() == -1)
		return 500;
	if (has_new == 1) {
		if (db_exec(
		        "INSERT INTO cert_billing (org_id, name, tp_number, "
		        "created_at, created_by) VALUES (?, ?, ?, "
		        "UTC_TIMESTAMP(), ?)",
		        "issi", r->user.org_id, name, tp, r->user.id) < 0) {
			rc = db_errno();
			db_rollback();
			if (rc != 1062)
				return 500;
			page_error(r, "new_tp", "err.sso.tp_taken");
			return render(r, &d, niss, true, 422);
		}
		new_id = db_insert_id();
		if (audit_log(r, 0, "billing.created", "billing", new_id, tp,
		              NULL, NULL) == -1) {
			db_rollback();
			return 500;
		}
		ids[n++] = new_id;
	}
	if (db_exec("DELETE FROM cert_billing_link WHERE cert_id = ?", "i",
	            d.id) < 0)
		goto fail;
	for (size_t i = 0; i < n; i++)
		if (db_exec(
		        "INSERT INTO cert_billing_link (cert_id, billing_id, "
		        "niss) VALUES (?, ?, ?)",
		        "iis", d.id, ids[i], niss) < 0)
			goto fail;
	if (db_exec("UPDATE cert SET draft_step = GREATEST(draft_step, ?) "
	            "WHERE id = ? AND state = 'draft'",
	            "ii", (long long)CERTDRAFT_BILLING, d.id) < 0 ||
	    db_commit() == -1)
		goto fail;
	d.step = CERTDRAFT_BILLING;
	return certdraft_goto(r, &d, 4);
fail:
	db_rollback();
	return 500;
}

static const struct screen screen = {
    .name = "sso_establishment",
    .path = "/sso/certificate/establishment",
    .perm = "cert.manage",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
