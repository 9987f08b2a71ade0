/* certp12: a PKCS#12 file (.p12, .pfx) as uploaded, opened with its
 * password and checked: every way it can be refused has its own status
 * and message key, so the person who uploads it learns what is wrong. */
#ifndef CERTP12_H
#define CERTP12_H

#include <stddef.h>
#include <time.h>

#include <openssl/evp.h>
#include <openssl/x509.h>

#define CERTP12_MAX       (64 * 1024) /* bytes of an uploaded file */
#define CERTP12_CHAIN_MAX 10          /* issuers' certificates kept */
#define CERTP12_PASS_MAX  1024        /* bytes of its password */

enum certp12_status {
	CERTP12_OK = 0,
	CERTP12_EMPTY,         /* no file */
	CERTP12_TOO_LARGE,     /* over CERTP12_MAX */
	CERTP12_NOT_P12,       /* not a PKCS#12 structure */
	CERTP12_TRUNCATED,     /* its DER announces more than there is */
	CERTP12_PASSWORD,      /* the password does not open it */
	CERTP12_DAMAGED,       /* the password opens it, yet its integrity
	                        * check fails or its content is unreadable */
	CERTP12_NO_KEY,        /* it holds no private key */
	CERTP12_NO_CERT,       /* it holds no certificate */
	CERTP12_KEY_MISMATCH,  /* its key is not the certificate's */
	CERTP12_NOT_YET_VALID, /* the certificate's validity has not begun */
	CERTP12_EXPIRED,       /* … or has ended */
	CERTP12_ERROR,         /* memory or library failure */
};

/* What an opened file holds; the caller frees it with certp12_free(). */
struct certp12 {
	EVP_PKEY *key;
	X509 *cert;
	STACK_OF(X509) * chain; /* the other certificates, may be empty */
};

/* Opens the n bytes of a PKCS#12 file with its password and checks it at
 * time now: the size, the DER structure (truncated or not PKCS#12), the
 * password (PKCS12_verify_mac; when the MAC fails, a password that still
 * decrypts every bag means the file is damaged, not the password wrong),
 * a key and its certificate, the certificate's validity. On CERTP12_OK out
 * holds them; otherwise out is empty. */
enum certp12_status certp12_open(const unsigned char *data, size_t n,
                                 const char *password, time_t now,
                                 struct certp12 *out);

/* Frees what certp12_open put in p (safe on an empty one). */
void certp12_free(struct certp12 *p);

/* The message key of a status (err.cert.*). */
const char *certp12_message(enum certp12_status s);

/* Loads OpenSSL's legacy provider next to the default one, so that files
 * made by older tools (RC2, 3DES) open. Safe to call more than once. */
void certp12_providers(void);

#endif
