/* sso_upload: the first step of the wizard (guide 004, "Vérifier un
 * certificat"): the group's PKCS#12 file and its password. Verify opens
 * and checks it (certp12.h: every fault has its message) and that it is
 * a group certificate of this secure space; the page then shows its
 * details and who will be its responsible person. The private key is
 * sealed at once and the file itself is not kept. */
#include <string.h>
#include <time.h>

#include <openssl/crypto.h>

#include "app.h"
#include "audit.h"
#include "certdraft.h"
#include "certid.h"
#include "certkey.h"
#include "certp12.h"
#include "certspace.h"
#include "db.h"
#include "page.h"

/* Accepted before the checks, so that a file a little too large gets the
 * message on its field rather than the server's refusal of the request. */
#define BODY_MAX (4 * CERTP12_MAX)

/* The page: the space (its responsible person), the form, and with a
 * draft the details of its certificate and the active one it replaces. */
static int render(struct req *r, const struct certdraft *d, int status)
{
	struct certspace s;
	long long active = 0;

	if (certspace_load(r->user.org_id, false, &s) == -1 ||
	    certspace_xml(r, &s) == NULL)
		return 500;
	if (!s.group || !s.created)
		return status;
	certdraft_steps(r, d, 1);
	if (d != NULL &&
	    certdraft_cert_xml(page_content(r), d->id, r->user.org_id) == NULL)
		return 500;
	if (db_int_query(&active,
	                 "SELECT COALESCE(MAX(id), 0) FROM cert WHERE org_id = "
	                 "? AND state = 'active'",
	                 "i", s.org_id) < 0)
		return 500;
	if (active != 0 &&
	    certdraft_cert_xml(page_add(page_content(r), "replaces", NULL),
	                       active, s.org_id) == NULL)
		return 500;
	return status;
}

static int show(struct req *r)
{
	long long id = certdraft_id(r);
	struct certdraft d;
	int rc;

	if (id == 0)
		return render(r, NULL, 200);
	if ((rc = certdraft_load(r, id, &d)) != 1)
		return rc == 0 ? certdraft_gone(r) : 500;
	return render(r, &d, 200);
}

/* The checks of what the certificate says against the space: a group's
 * certificate, of this group, not the one already installed. NULL when it
 * fits, else the message key. -1 in *error on a database failure. */
static const char *fits(const struct certinfo *info, const struct certspace *s,
                        int *error)
{
	long long same = 0;

	*error = 0;
	if (strcmp(info->id.quality, "group") != 0)
		return "err.cert.quality";
	if (strcmp(info->id.value, s->identifier) != 0)
		return "err.cert.other_group";
	if (db_int_query(&same,
	                 "SELECT COUNT(*) FROM cert WHERE org_id = ? AND state "
	                 "= 'active' AND fingerprint = ?",
	                 "is", s->org_id, info->fingerprint) < 0) {
		*error = -1;
		return NULL;
	}
	return same > 0 ? "err.cert.already_installed" : NULL;
}

/* Writes the draft in one transaction: the user's earlier drafts and every
 * expired one go, the new one comes with the users of the certificate it
 * replaces (the next step shows them ticked). Returns its id, or 0. */
static long long save_draft(struct req *r, const struct certspace *s,
                            const struct certinfo *info,
                            const struct certp12 *p)
{
	struct buf der = {0}, chain = {0}, sealed = {0};
	unsigned char *d = NULL;
	long long id = 0;
	int n = i2d_X509(p->cert, &d);

	if (n <= 0 || buf_add(&der, d, (size_t)n) == -1 ||
	    certkey_chain_der(p->chain, &chain) == -1 ||
	    certkey_seal(p->key, info->fingerprint, &sealed) == -1)
		goto done;
	if (db_begin() == -1 ||
	    db_exec("DELETE FROM cert WHERE state = 'draft' AND (created_by = "
	            "? OR draft_expires_at < UTC_TIMESTAMP())",
	            "i", r->user.id) < 0 ||
	    db_exec(
	        "INSERT INTO cert (org_id, state, name, quality, sector, "
	        "id_type, id_value, subject, issuer, serial, not_before, "
	        "not_after, fingerprint, cert_der, chain_der, key_sealed, "
	        "owner_id, created_at, created_by, draft_expires_at) VALUES "
	        "(?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
	        "UTC_TIMESTAMP(), ?, UTC_TIMESTAMP() + INTERVAL ? MINUTE)",
	        "isssssssssssbbbiii", s->org_id, info->id.name,
	        info->id.quality, info->id.sector, info->id.type,
	        info->id.value, info->subject, info->issuer, info->serial,
	        info->not_before, info->not_after, info->fingerprint, der.data,
	        der.len, chain.len > 0 ? chain.data : "", chain.len,
	        sealed.data, sealed.len, s->owner_id, r->user.id,
	        (long long)CERTDRAFT_MINUTES) < 0)
		goto fail;
	id = db_insert_id();
	if (db_exec(
	        "INSERT INTO cert_user (cert_id, user_id, granted_at, "
	        "granted_by) SELECT ?, cu.user_id, UTC_TIMESTAMP(), ? FROM "
	        "cert_user cu JOIN cert c ON c.id = cu.cert_id JOIN users u "
	        "ON u.id = cu.user_id WHERE c.org_id = ? AND c.state = "
	        "'active' AND u.active = 1",
	        "iii", id, r->user.id, s->org_id) < 0 ||
	    audit_log(r, 0, "cert.verified", "cert", id, info->fingerprint,
	              NULL, NULL) == -1 ||
	    db_commit() == -1)
		goto fail;
	goto done;
fail:
	db_rollback();
	id = 0;
done:
	OPENSSL_free(d);
	buf_free(&der);
	buf_free(&chain);
	if (sealed.data != NULL)
		OPENSSL_cleanse(sealed.data, sealed.cap);
	buf_free(&sealed);
	return id;
}

static int verify(struct req *r)
{
	const struct field *file = fields_get(&r->form, "file");
	const char *password = req_form(r, "password"), *refusal;
	struct certspace s;
	struct certinfo info;
	struct certp12 p;
	enum certp12_status st;
	struct certdraft d = {0};
	int error;

	if (certspace_load(r->user.org_id, false, &s) == -1)
		return 500;
	if (!s.group || !s.created)
		return render(r, NULL, 409);
	if (file == NULL || file->filename == NULL || file->len == 0)
		page_error(r, "file", "err.cert.file_required");
	if (password == NULL || *password == '\0')
		page_error(r, "password", "err.required");
	if (page_has_errors(r))
		return render(r, NULL, 422);
	st = certp12_open((const unsigned char *)file->value, file->len,
	                  password, time(NULL), &p);
	if (st != CERTP12_OK) {
		page_error(r, st == CERTP12_PASSWORD ? "password" : "file",
		           certp12_message(st));
		return render(r, NULL, 422);
	}
	if (certinfo_read(p.cert, &info) == -1) {
		certp12_free(&p);
		page_error(r, "file", "err.cert.no_identifier");
		return render(r, NULL, 422);
	}
	refusal = fits(&info, &s, &error);
	if (error == 0 && refusal == NULL)
		d.id = save_draft(r, &s, &info, &p);
	certp12_free(&p);
	if (error == -1 || (refusal == NULL && d.id == 0))
		return 500;
	if (refusal != NULL) {
		page_error(r, "file", refusal);
		return render(r, NULL, 422);
	}
	return certdraft_goto(r, &d, 1);
}

static const struct screen screen = {
    .name = "sso_upload",
    .path = "/sso/certificate/new",
    .perm = "cert.manage",
    .get = show,
    .post = verify,
    .body_max = BODY_MAX,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
