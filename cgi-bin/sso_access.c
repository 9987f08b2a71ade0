/* sso_access: who may use the secure space's active certificate, edited
 * after the wizard from "MyCareNet SSO — configuration" (guide 004: "si
 * vous avez oublié de donner accès à votre certificat à un utilisateur").
 * The responsible person stays; two managers editing at once: the second
 * is told the list changed (the certificate's version). */
#include <string.h>

#include "app.h"
#include "audit.h"
#include "buf.h"
#include "certdraft.h"
#include "certspace.h"
#include "certusers.h"
#include "db.h"
#include "form.h"
#include "page.h"

#define ID_MAX      9223372036854775807LL
#define VERSION_MAX 4294967295LL

/* The active certificate id of the user's organisation: 1 with *owner
 * set to the space's responsible person, 0 when there is none such (an
 * id of another organisation, a replaced one), -1. */
static int load(struct req *r, long long id, long long *owner)
{
	struct certspace s;
	long long n = 0;

	if (certspace_load(r->user.org_id, false, &s) == -1 ||
	    db_int_query(
	        &n,
	        "SELECT COUNT(*) FROM cert WHERE id = ? AND org_id = ? "
	        "AND state = 'active'",
	        "ii", id, r->user.org_id) < 0)
		return -1;
	*owner = s.owner_id;
	return n > 0 && s.created;
}

static int render(struct req *r, long long id, long long owner,
                  const long long *ids, size_t n, int status)
{
	xmlNodePtr c = certdraft_cert_xml(page_content(r), id, r->user.org_id);

	if (c == NULL ||
	    certusers_xml(c, r->user.org_id, owner, id, ids, n) == -1)
		return 500;
	return status;
}

/* The certificate of ?id= or the form's id: 1, or the status. */
static int target(struct req *r, long long *id, long long *owner)
{
	const char *s = strcmp(r->method, "POST") == 0 ? req_form(r, "id")
	                                               : req_query(r, "id");
	int rc;

	if (s == NULL || !valid_int(s, 1, ID_MAX, id))
		return 400;
	if ((rc = load(r, *id, owner)) != 1)
		return rc == 0 ? 404 : 500;
	return 1;
}

static int show(struct req *r)
{
	long long id, owner;
	int rc = target(r, &id, &owner);

	return rc != 1 ? rc : render(r, id, owner, NULL, 0, 200);
}

/* {"users":[…]} for the audit trail. */
static const char *users_json(struct req *r, long long id)
{
	const char *list = certusers_list(r, id);
	struct buf b = {0};
	const char *out = NULL;

	if (list != NULL && buf_printf(&b, "{\"users\":%s}", list) == 0)
		out = pool_strdup(&r->pool, b.data);
	buf_free(&b);
	return out;
}

static int submit(struct req *r)
{
	long long id, owner, version = 0, ids[CERTUSERS_MAX], n_changed;
	const char *before, *after;
	size_t n = 0;
	int rc = target(r, &id, &owner);

	if (rc != 1)
		return rc;
	if (form_int(r, "version", &version, 1, VERSION_MAX, REQUIRED) == -1)
		return 400;
	if ((rc = certusers_read(r, r->user.org_id, owner, ids, &n)) != 0)
		return rc == -2 ? 500 : render(r, id, owner, ids, n, 422);
	if (db_begin() == -1)
		return 500;
	n_changed =
	    db_exec("UPDATE cert SET version = version + 1 WHERE id = ? "
	            "AND version = ? AND state = 'active'",
	            "ii", id, version);
	if (n_changed == 0) {
		db_rollback();
		page_error(r, "", "err.conflict");
		return render(r, id, owner, NULL, 0, 409);
	}
	if (n_changed < 0 || (before = users_json(r, id)) == NULL ||
	    certusers_save(id, ids, n, r->user.id) == -1 ||
	    (after = users_json(r, id)) == NULL ||
	    audit_log(r, 0, "cert.users_changed", "cert", id, NULL, before,
	              after) == -1 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	return req_redirect(r, "/sso?done=users");
}

static const struct screen screen = {
    .name = "sso_access",
    .path = "/sso/certificate/access",
    .perm = "cert.manage",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
