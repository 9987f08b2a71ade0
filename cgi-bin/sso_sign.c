/* sso_sign: an authorised user signs a document with the group's
 * certificate (for instance a batch of service confirmations as XML, or
 * any file): the answer is a CMS (PKCS#7) SignedData, detached (.p7s) or
 * with the document inside (.p7m), that `openssl cms -verify` accepts
 * against the certificate's issuer. Every use, and every refusal, is in
 * the audit trail before the signature leaves. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>

#include "app.h"
#include "audit.h"
#include "certkey.h"
#include "certuse.h"
#include "db.h"
#include "form.h"
#include "page.h"
#include "token.h"

#define SIGN_MAX       (1024 * 1024) /* bytes of a document */
#define BODY_MAX       (2 * SIGN_MAX)
#define NAME_MAX_CHARS 100 /* of the signature's file name */
#define ID_MAX         9223372036854775807LL

/* The certificates the user may sign with (the active one of their
 * group, when they are one of its users), and whether the group has one
 * they may not use. */
static int render(struct req *r, int status)
{
	struct db_res *res = db_query(
	    "SELECT c.id, c.name, c.id_type, c.id_value, c.not_after FROM cert "
	    "c JOIN cert_user cu ON cu.cert_id = c.id AND cu.user_id = ? WHERE "
	    "c.org_id = ? AND c.state = 'active'",
	    "ii", r->user.id, r->user.org_id);
	long long all = 0;
	long n;

	n = res != NULL
	        ? page_rows(page_add(page_content(r), "certificates", NULL),
	                    res, "certificate")
	        : -1;
	db_done(res);
	if (n < 0 || db_int_query(&all,
	                          "SELECT COUNT(*) FROM cert WHERE org_id = ? "
	                          "AND state = 'active'",
	                          "i", r->user.org_id) < 0)
		return 500;
	page_add_int(page_content(r), "group_certificates", all);
	return status;
}

static int show(struct req *r)
{
	return render(r, 200);
}

/* A file name for the signature: the document's name kept to letters,
 * digits, dots, dashes and underscores, then .p7s or .p7m. */
static const char *signature_name(struct req *r, const char *filename,
                                  bool detached)
{
	char out[NAME_MAX_CHARS + 8];
	size_t n = 0;

	for (const char *c = filename != NULL ? filename : "";
	     *c != '\0' && n < NAME_MAX_CHARS; c++)
		if (isalnum((unsigned char)*c) || strchr("._-", *c) != NULL)
			out[n++] = *c;
	if (n == 0 || out[0] == '.') {
		memcpy(out, "document", 8);
		n = 8;
	}
	snprintf(out + n, sizeof out - n, detached ? ".p7s" : ".p7m");
	return pool_strdup(&r->pool, out);
}

/* An XML document (a batch of confirmations) must be well formed and
 * carry no DTD (DESIGN.md section 8). NULL when it is fine or not XML,
 * else the message key. */
static const char *xml_refusal(const struct field *f)
{
	size_t n = strlen(f->filename);
	xmlDocPtr doc;
	const char *why = NULL;

	if (n < 4 || strcasecmp(f->filename + n - 4, ".xml") != 0)
		return NULL;
	doc = xmlReadMemory(f->value, (int)f->len, "document.xml", NULL,
	                    XML_PARSE_NONET | XML_PARSE_NOWARNING |
	                        XML_PARSE_NOERROR);
	if (doc == NULL)
		why = "err.sso_sign.xml_invalid";
	else if (doc->intSubset != NULL || doc->extSubset != NULL)
		why = "err.sso_sign.xml_dtd";
	xmlFreeDoc(doc);
	return why;
}

/* Writes one audit row in its own transaction. 0 or -1. */
static int audit_now(struct req *r, const char *action, long long cert_id,
                     const char *detail)
{
	if (db_begin() == -1 ||
	    audit_log(r, 0, action, "cert", cert_id, detail, NULL, NULL) ==
	        -1 ||
	    db_commit() == -1) {
		db_rollback();
		return -1;
	}
	return 0;
}

static int sign(struct req *r)
{
	static const char *const modes[] = {"detached", "attached", NULL};
	const struct field *file = fields_get(&r->form, "file");
	const char *mode, *why;
	unsigned char md[32];
	char detail[400], hex[65];
	long long cert_id = 0;
	struct certuse u;
	enum certuse_status st;
	bool detached;

	form_int(r, "cert", &cert_id, 1, ID_MAX, REQUIRED);
	form_enum(r, "mode", modes, &mode, REQUIRED);
	if (file == NULL || file->filename == NULL || file->len == 0)
		page_error(r, "file", "err.sso_sign.file_required");
	else if (file->len > SIGN_MAX)
		page_error(r, "file", "err.sso_sign.too_large");
	else if ((why = xml_refusal(file)) != NULL)
		page_error(r, "file", why);
	if (page_has_errors(r))
		return render(r, 422);
	detached = strcmp(mode, "detached") == 0;
	token_sha256(file->value, file->len, md);
	token_hex(md, sizeof md, hex);
	snprintf(detail, sizeof detail, "%s %lu bytes sha256=%s file=%.200s",
	         mode, (unsigned long)file->len, hex,
	         signature_name(r, file->filename, detached));
	st = certuse_open(r->user.id, r->user.org_id, cert_id, &u);
	if (st != CERTUSE_OK) {
		snprintf(detail, sizeof detail, "%s", certuse_code(st));
		if (audit_now(r, "cert.sign_refused", cert_id, detail) == -1)
			return 500;
		if (st == CERTUSE_NOT_FOUND)
			return 404;
		if (st == CERTUSE_NOT_AUTHORISED)
			return app_fail(r, 403, "sso_sign.refused.title",
			                "sso_sign.refused.text");
		if (st == CERTUSE_EXPIRED) {
			page_error(r, "cert", "err.sso_sign.expired");
			return render(r, 422);
		}
		return 500;
	}
	if (certkey_sign(u.key, u.cert, u.chain, file->value, file->len,
	                 detached, &r->download) == -1) {
		certuse_close(&u);
		return 500;
	}
	certuse_close(&u);
	/* The use is recorded before the signature leaves. */
	if (audit_now(r, "cert.signed", cert_id, detail) == -1) {
		buf_free(&r->download);
		return 500;
	}
	r->download_type =
	    detached ? "application/pkcs7-signature" : "application/pkcs7-mime";
	r->download_name = signature_name(r, file->filename, detached);
	return 200;
}

static const struct screen screen = {
    .name = "sso_sign",
    .path = "/sign",
    .perm = "cert.sign",
    .get = show,
    .post = sign,
    .body_max = BODY_MAX,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
