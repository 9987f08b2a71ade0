/* clientcert: the client certificate of a TLS connection, as the web
 * server verified it (nginx: $ssl_client_verify and the URL-encoded
 * $ssl_client_escaped_cert; Apache: SSL_CLIENT_VERIFY and SSL_CLIENT_CERT),
 * read for the certificate login: why it is refused, or whose it is. */
#ifndef CLIENTCERT_H
#define CLIENTCERT_H

#include <time.h>

#include "certid.h"
#include "niss.h"

#define CLIENTCERT_PEM_MAX 16384 /* bytes of the certificate parameter */

enum clientcert_state {
	CLIENTCERT_NONE,          /* no certificate came */
	CLIENTCERT_OK,            /* verified, within its dates, a NISS */
	CLIENTCERT_REVOKED,       /* on the CRL */
	CLIENTCERT_EXPIRED,       /* past its end */
	CLIENTCERT_NOT_YET_VALID, /* before its start */
	CLIENTCERT_UNTRUSTED,     /* an issuer the server does not trust */
	CLIENTCERT_REFUSED,       /* another failure of the verification */
	CLIENTCERT_UNREADABLE,    /* verified, but it cannot be read */
	CLIENTCERT_NO_NISS,       /* verified, but it names no NISS */
};

/* What the login needs of a verified certificate. */
struct clientcert {
	char niss[NISS_DIGITS + 1];
	char name[CERTID_NAME];  /* the subject's CN */
	char subject[CERTID_DN]; /* RFC 2253 */
	char serial[101];
	char fingerprint[65];
	char not_after[20];
};

/* Reads the verification result (NULL when the server passes none) and
 * the certificate's PEM (plain or URL-encoded). Only "SUCCESS" can give
 * CLIENTCERT_OK, and only for a certificate valid at now that names a
 * national number (certid_niss); out is filled for OK and NO_NISS. */
enum clientcert_state clientcert_read(const char *verify, const char *pem,
                                      time_t now, struct clientcert *out);

/* The code of a state for pages and the audit trail: none, ok, revoked,
 * expired, not_yet_valid, untrusted, refused, unreadable, no_niss. */
const char *clientcert_code(enum clientcert_state s);

#endif
