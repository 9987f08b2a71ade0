#include "clientcert.h"

#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/pem.h>

#include "utf8.h"

static const char *const codes[] = {
    "none",      "ok",      "revoked",    "expired", "not_yet_valid",
    "untrusted", "refused", "unreadable", "no_niss",
};

const char *clientcert_code(enum clientcert_state s)
{
	return s <= CLIENTCERT_NO_NISS ? codes[s] : "refused";
}

/* The state a failed verification's reason (OpenSSL's text) stands for. */
static enum clientcert_state failure(const char *why)
{
	static const struct {
		const char *text;
		enum clientcert_state state;
	} reasons[] = {
	    {"CRL", CLIENTCERT_REFUSED}, /* the server's list, not the card */
	    {"certificate revoked", CLIENTCERT_REVOKED},
	    {"certificate has expired", CLIENTCERT_EXPIRED},
	    {"certificate is not yet valid", CLIENTCERT_NOT_YET_VALID},
	    {"issuer", CLIENTCERT_UNTRUSTED},
	    {"self-signed", CLIENTCERT_UNTRUSTED},
	    {"self signed", CLIENTCERT_UNTRUSTED},
	    {"first certificate", CLIENTCERT_UNTRUSTED},
	};

	for (size_t i = 0; i < sizeof reasons / sizeof reasons[0]; i++)
		if (strstr(why, reasons[i].text) != NULL)
			return reasons[i].state;
	return CLIENTCERT_REFUSED;
}

/* Decodes %XX escapes of s into out (a PEM holds no '%' of its own).
 * Returns the length, or -1 on a bad escape or a text too long. */
static long unescape(const char *s, char out[CLIENTCERT_PEM_MAX])
{
	size_t n = 0;

	for (; *s != '\0'; s++) {
		int c = (unsigned char)*s;

		if (c == '%') {
			int hi = OPENSSL_hexchar2int((unsigned char)s[1]);
			int lo = hi >= 0
			             ? OPENSSL_hexchar2int((unsigned char)s[2])
			             : -1;
			if (lo < 0)
				return -1;
			c = hi << 4 | lo;
			s += 2;
		}
		if (n + 1 >= CLIENTCERT_PEM_MAX)
			return -1;
		out[n++] = (char)c;
	}
	out[n] = '\0';
	return (long)n;
}

/* The certificate of a PEM text, or NULL. */
static X509 *pem_cert(const char *pem)
{
	static char text[CLIENTCERT_PEM_MAX];
	long n = unescape(pem, text);
	BIO *b;
	X509 *x;

	if (n <= 0 || (b = BIO_new_mem_buf(text, (int)n)) == NULL)
		return NULL;
	x = PEM_read_bio_X509(b, NULL, NULL, NULL);
	BIO_free(b);
	return x;
}

enum clientcert_state clientcert_read(const char *verify, const char *pem,
                                      time_t now, struct clientcert *out)
{
	enum clientcert_state st = CLIENTCERT_OK;
	struct certinfo info;
	X509 *x;

	memset(out, 0, sizeof *out);
	if (verify == NULL || *verify == '\0' || strcmp(verify, "NONE") == 0)
		return CLIENTCERT_NONE;
	if (strncmp(verify, "FAILED:", 7) == 0)
		return failure(verify + 7);
	if (strcmp(verify, "SUCCESS") != 0)
		return CLIENTCERT_UNTRUSTED; /* Apache's GENEROUS and others */
	if (pem == NULL || (x = pem_cert(pem)) == NULL)
		return CLIENTCERT_UNREADABLE;
	/* The server checked the dates; so do we, at the time of use. */
	if (X509_cmp_time(X509_get0_notAfter(x), &now) <= 0)
		st = CLIENTCERT_EXPIRED;
	else if (X509_cmp_time(X509_get0_notBefore(x), &now) >= 0)
		st = CLIENTCERT_NOT_YET_VALID;
	else if (certinfo_read(x, &info) == -1 && info.fingerprint[0] == '\0')
		st = CLIENTCERT_UNREADABLE;
	else if (certid_niss(x, out->niss) == -1)
		st = CLIENTCERT_NO_NISS;
	if (st == CLIENTCERT_OK || st == CLIENTCERT_NO_NISS) {
		const X509_NAME *name = X509_get_subject_name(x);
		int i = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
		unsigned char *cn = NULL;
		int n = i >= 0 ? ASN1_STRING_to_UTF8(
		                     &cn, X509_NAME_ENTRY_get_data(
		                              X509_NAME_get_entry(name, i)))
		               : -1;

		if (n > 0 && utf8_valid_text((const char *)cn, (size_t)n) &&
		    (size_t)n < sizeof out->name)
			memcpy(out->name, cn, (size_t)n);
		OPENSSL_free(cn);
		memcpy(out->subject, info.subject, sizeof out->subject);
		memcpy(out->serial, info.serial, sizeof out->serial);
		memcpy(out->fingerprint, info.fingerprint,
		       sizeof out->fingerprint);
		memcpy(out->not_after, info.not_after, sizeof out->not_after);
	}
	X509_free(x);
	return st;
}
