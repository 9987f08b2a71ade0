/* sso_users: the second step of the wizard (guide 004): the group's users
 * with their national number; the responsible person is ticked and cannot
 * be unticked, the others are ticked when they may use the certificate.
 * Replacing a certificate starts from the users of the one it replaces. */
#include "app.h"
#include "certdraft.h"
#include "certusers.h"
#include "db.h"
#include "page.h"

static int render(struct req *r, const struct certdraft *d,
                  const long long *ids, size_t n, int status)
{
	certdraft_steps(r, d, 2);
	if (certdraft_cert_xml(page_content(r), d->id, r->user.org_id) ==
	        NULL ||
	    certusers_xml(page_content(r), r->user.org_id, d->owner_id, d->id,
	                  ids, n) == -1)
		return 500;
	return status;
}

static int show(struct req *r)
{
	struct certdraft d;
	int rc = certdraft_request(r, &d);

	return rc != 1 ? rc : render(r, &d, NULL, 0, 200);
}

static int submit(struct req *r)
{
	long long ids[CERTUSERS_MAX];
	struct certdraft d;
	size_t n = 0;
	int rc = certdraft_request(r, &d);

	if (rc != 1)
		return rc;
	if ((rc = certusers_read(r, r->user.org_id, d.owner_id, ids, &n)) != 0)
		return rc == -2 ? 500 : render(r, &d, ids, n, 422);
	if (db_begin() == -1 ||
	    certusers_save(d.id, ids, n, r->user.id) == -1 ||
	    db_exec("UPDATE cert SET draft_step = GREATEST(draft_step, ?) "
	            "WHERE id = ? AND state = 'draft'",
	            "ii", (long long)CERTDRAFT_USERS, d.id) < 0 ||
	    db_commit() == -1) {
		db_rollback();
		return 500;
	}
	d.step = d.step > CERTDRAFT_USERS ? d.step : CERTDRAFT_USERS;
	return certdraft_goto(r, &d, 3);
}

static const struct screen screen = {
    .name = "sso_users",
    .path = "/sso/certificate/users",
    .perm = "cert.manage",
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
