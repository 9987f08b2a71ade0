/* portal_document: downloads one document of a client profile on the
 * family portal, when the login's portal role for that profile shows
 * documents; otherwise 404, as for a document that does not exist. Each
 * download is in the audit trail. */
#include "app.h"
#include "audit.h"
#include "buf.h"
#include "clientrec.h"
#include "db.h"
#include "portalview.h"

/* GET /portal/document?client=N&id=M. */
static int download(struct req *r)
{
	struct portal_profile p;
	struct db_res *res;
	long long client, id;
	int rc;

	if (!client_id_arg(r, "client", false, &client) ||
	    !client_id_arg(r, "id", false, &id))
		return 400;
	if ((rc = portalview_open(r, client, &p)) != 1)
		return rc == 0 ? 404 : 500;
	if (!portalview_allows(&p, "portal.documents") ||
	    !portalview_mfa_ok(&p))
		return 404;
	res = db_query("SELECT file_name, content_type, content FROM "
	               "portal_document WHERE id = ? AND client_id = ?",
	               "ii", id, p.client_id);
	if (res == NULL)
		return 500;
	if ((rc = db_next(res)) == 1) {
		/* The core refuses a file name unfit for the header. */
		r->download_name = pool_strdup(&r->pool, db_str(res, 0));
		r->download_type = pool_strdup(&r->pool, db_str(res, 1));
		buf_add(&r->download, db_str(res, 2), db_len(res, 2));
	}
	db_done(res);
	if (rc != 1)
		return rc == 0 ? 404 : 500;
	if (audit_log(r, 0, "portal.document_downloaded", "portal_document", id,
	              NULL, NULL, NULL) == -1)
		return 500;
	return 200;
}

static const struct screen screen = {
    .name = "portal_document",
    .path = "/portal/document",
    .perm = "portal.use",
    .get = download,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
