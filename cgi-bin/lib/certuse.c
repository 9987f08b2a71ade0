#include "certuse.h"

#include <stdio.h>
#include <string.h>

#include "certkey.h"
#include "certp12.h"
#include "db.h"

const char *certuse_code(enum certuse_status s)
{
	static const char *const codes[] = {"ok", "not_found", "not_authorised",
	                                    "expired", "error"};

	return s <= CERTUSE_ERROR ? codes[s] : "error";
}

enum certuse_status certuse_open(long long user_id, long long org_id,
                                 long long cert_id, struct certuse *u)
{
	struct db_res *res = db_query(
	    "SELECT c.fingerprint, c.cert_der, c.chain_der, c.key_sealed, "
	    "EXISTS (SELECT 1 FROM cert_user cu WHERE cu.cert_id = c.id AND "
	    "cu.user_id = ?), c.not_before <= UTC_TIMESTAMP() AND c.not_after "
	    "> UTC_TIMESTAMP() FROM cert c WHERE c.id = ? AND c.org_id = ? AND "
	    "c.state = 'active'",
	    "iii", user_id, cert_id, org_id);
	enum certuse_status st = CERTUSE_ERROR;
	const unsigned char *p;
	int rc;

	memset(u, 0, sizeof *u);
	if (res == NULL)
		return CERTUSE_ERROR;
	if ((rc = db_next(res)) != 1) {
		db_done(res);
		return rc == 0 ? CERTUSE_NOT_FOUND : CERTUSE_ERROR;
	}
	if (!db_int(res, 4)) {
		st = CERTUSE_NOT_AUTHORISED;
	} else if (!db_int(res, 5)) {
		st = CERTUSE_EXPIRED;
	} else {
		u->cert_id = cert_id;
		snprintf(u->fingerprint, sizeof u->fingerprint, "%s",
		         db_str(res, 0));
		p = (const unsigned char *)db_str(res, 1);
		u->cert =
		    p != NULL ? d2i_X509(NULL, &p, (long)db_len(res, 1)) : NULL;
		u->chain =
		    certkey_chain_read((const unsigned char *)db_str(res, 2),
		                       db_len(res, 2), CERTP12_CHAIN_MAX);
		u->key = certkey_open((const unsigned char *)db_str(res, 3),
		                      db_len(res, 3), u->fingerprint);
		if (u->cert != NULL && u->chain != NULL && u->key != NULL &&
		    X509_check_private_key(u->cert, u->key) == 1)
			st = CERTUSE_OK;
	}
	db_done(res);
	if (st != CERTUSE_OK)
		certuse_close(u);
	return st;
}

void certuse_close(struct certuse *u)
{
	EVP_PKEY_free(u->key);
	X509_free(u->cert);
	sk_X509_pop_free(u->chain, X509_free);
	memset(u, 0, sizeof *u);
}
