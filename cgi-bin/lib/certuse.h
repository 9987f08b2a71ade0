/* certuse: the one way to a secure space's private key. It opens the
 * active certificate of the user's own organisation only for one of its
 * authorised users and only within its validity; signing goes through it
 * (cgi-bin/sso_sign.c), and so would a connector to the e-health
 * platform's services (README: "The e-health services"). */
#ifndef CERTUSE_H
#define CERTUSE_H

#include <openssl/evp.h>
#include <openssl/x509.h>

enum certuse_status {
	CERTUSE_OK = 0,
	CERTUSE_NOT_FOUND,      /* no such active certificate in the org */
	CERTUSE_NOT_AUTHORISED, /* the user is not one of its users */
	CERTUSE_EXPIRED,        /* outside its validity */
	CERTUSE_ERROR,          /* the database, or a key that won't open */
};

/* An opened certificate; the caller frees it with certuse_close(). */
struct certuse {
	long long cert_id;
	char fingerprint[65];
	EVP_PKEY *key;
	X509 *cert;
	STACK_OF(X509) * chain;
};

/* Opens certificate cert_id for user_id of organisation org_id. On
 * CERTUSE_OK u holds the key, the certificate and its chain; otherwise u
 * is empty. */
enum certuse_status certuse_open(long long user_id, long long org_id,
                                 long long cert_id, struct certuse *u);

/* The code of a status for the audit trail: ok, not_found,
 * not_authorised, expired, error. */
const char *certuse_code(enum certuse_status s);

/* Frees what certuse_open put in u (safe on an empty one). */
void certuse_close(struct certuse *u);

#endif
