#include "certp12.h"

#include <stdbool.h>
#include <string.h>

#include <openssl/err.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>

static const char *const messages[] = {
    [CERTP12_OK] = "",
    [CERTP12_EMPTY] = "err.cert.file_required",
    [CERTP12_TOO_LARGE] = "err.cert.too_large",
    [CERTP12_NOT_P12] = "err.cert.not_p12",
    [CERTP12_TRUNCATED] = "err.cert.truncated",
    [CERTP12_PASSWORD] = "err.cert.password",
    [CERTP12_DAMAGED] = "err.cert.damaged",
    [CERTP12_NO_KEY] = "err.cert.no_key",
    [CERTP12_NO_CERT] = "err.cert.no_cert",
    [CERTP12_KEY_MISMATCH] = "err.cert.key_mismatch",
    [CERTP12_NOT_YET_VALID] = "err.cert.not_yet_valid",
    [CERTP12_EXPIRED] = "err.cert.expired",
    [CERTP12_ERROR] = "err.cert.unreadable",
};

const char *certp12_message(enum certp12_status s)
{
	return s <= CERTP12_ERROR ? messages[s] : messages[CERTP12_ERROR];
}

void certp12_providers(void)
{
	/* Kept for the life of the process. */
	static OSSL_PROVIDER *base, *legacy;

	if (base != NULL || legacy != NULL)
		return;
	/* Loading a provider explicitly stops the default one from loading
	 * by itself: both are named. A missing legacy module only means
	 * that legacy files are refused as damaged. */
	base = OSSL_PROVIDER_load(NULL, "default");
	legacy = OSSL_PROVIDER_load(NULL, "legacy");
}

/* The DER framing of the outer SEQUENCE: CERTP12_OK when the n bytes are
 * exactly one definite-length SEQUENCE (or one of indefinite length, left
 * to the parser), TRUNCATED when it announces more bytes than there are,
 * NOT_P12 when they do not start one, DAMAGED when bytes follow it. */
static enum certp12_status der_frame(const unsigned char *d, size_t n)
{
	size_t len = 0, head, k;

	if (d[0] != 0x30)
		return CERTP12_NOT_P12;
	if (n < 2)
		return CERTP12_TRUNCATED;
	if (d[1] < 0x80) {
		len = d[1];
		head = 2;
	} else if (d[1] == 0x80) {
		return CERTP12_OK; /* BER, indefinite length */
	} else {
		k = d[1] & 0x7f;
		if (k > 4)
			return CERTP12_NOT_P12;
		if (n < 2 + k)
			return CERTP12_TRUNCATED;
		for (size_t i = 0; i < k; i++)
			len = len << 8 | d[2 + i];
		head = 2 + k;
	}
	if (len > n - head)
		return CERTP12_TRUNCATED;
	return len < n - head ? CERTP12_DAMAGED : CERTP12_OK;
}

/* True when pass opens the MAC, or, for an empty pass, no password at
 * all does (the two differ in PKCS#12). */
static bool mac_ok(PKCS12 *p12, const char *pass)
{
	return PKCS12_verify_mac(p12, pass, -1) ||
	       (*pass == '\0' && PKCS12_verify_mac(p12, NULL, 0));
}

/* Adds what one bag holds: the first private key (plain or shrouded with
 * pass) to *key, an X.509 certificate to certs. Other bags are ignored.
 * 0, or -1 when the bag cannot be read with pass. */
static int read_bag(const PKCS12_SAFEBAG *bag, const char *pass, EVP_PKEY **key,
                    STACK_OF(X509) * certs)
{
	PKCS8_PRIV_KEY_INFO *p8;
	EVP_PKEY *k = NULL;
	X509 *x;

	switch (PKCS12_SAFEBAG_get_nid(bag)) {
	case NID_keyBag:
		k = EVP_PKCS82PKEY(PKCS12_SAFEBAG_get0_p8inf(bag));
		break;
	case NID_pkcs8ShroudedKeyBag:
		if ((p8 = PKCS12_decrypt_skey(bag, pass, -1)) == NULL)
			return -1;
		k = EVP_PKCS82PKEY(p8);
		PKCS8_PRIV_KEY_INFO_free(p8);
		break;
	case NID_certBag:
		if (PKCS12_SAFEBAG_get_bag_nid(bag) != NID_x509Certificate)
			return 0;
		if ((x = PKCS12_SAFEBAG_get1_cert(bag)) == NULL)
			return -1;
		if (sk_X509_num(certs) > CERTP12_CHAIN_MAX ||
		    !sk_X509_push(certs, x)) {
			X509_free(x);
			return -1;
		}
		return 0;
	default:
		return 0;
	}
	if (k == NULL)
		return -1;
	if (*key == NULL)
		*key = k;
	else
		EVP_PKEY_free(k);
	return 0;
}

/* Reads every bag of the file with pass: its safes (plain or encrypted)
 * and the keys and certificates in them. 0, or -1 when the password does
 * not decrypt one of them or one is unreadable. */
static int read_bags(PKCS12 *p12, const char *pass, EVP_PKEY **key,
                     STACK_OF(X509) * certs)
{
	STACK_OF(PKCS7) *safes = PKCS12_unpack_authsafes(p12);
	int rc = safes != NULL && sk_PKCS7_num(safes) > 0 ? 0 : -1;

	for (int i = 0; rc == 0 && i < sk_PKCS7_num(safes); i++) {
		PKCS7 *p7 = sk_PKCS7_value(safes, i);
		STACK_OF(PKCS12_SAFEBAG) *bags = NULL;
		int nid = OBJ_obj2nid(p7->type);

		if (nid == NID_pkcs7_data)
			bags = PKCS12_unpack_p7data(p7);
		else if (nid == NID_pkcs7_encrypted)
			bags = PKCS12_unpack_p7encdata(p7, pass, -1);
		if (bags == NULL)
			rc = -1;
		for (int j = 0; rc == 0 && j < sk_PKCS12_SAFEBAG_num(bags); j++)
			rc = read_bag(sk_PKCS12_SAFEBAG_value(bags, j), pass,
			              key, certs);
		sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
	}
	sk_PKCS7_pop_free(safes, PKCS7_free);
	return rc;
}

/* Opens the bags with pass, or for an empty pass with no password; the
 * key and certificates go to out (its chain holds every certificate). */
static int open_bags(PKCS12 *p12, const char *pass, struct certp12 *out)
{
	for (int i = 0; i < 2; i++) {
		const char *use = i == 0 ? pass : NULL;

		if (i == 1 && *pass != '\0')
			break;
		if ((out->chain = sk_X509_new_null()) == NULL)
			return -1;
		if (read_bags(p12, use, &out->key, out->chain) == 0)
			return 0;
		certp12_free(out);
	}
	return -1;
}

/* The checks of the key and certificates read from the file; the
 * certificate of the key is taken out of the chain. */
static enum certp12_status check_parsed(struct certp12 *out, time_t now)
{
	if (out->key == NULL)
		return CERTP12_NO_KEY;
	for (int i = 0; i < sk_X509_num(out->chain); i++) {
		X509 *x = sk_X509_value(out->chain, i);
		int match;

		ERR_set_mark();
		match = X509_check_private_key(x, out->key);
		ERR_pop_to_mark();
		if (match == 1) {
			out->cert = sk_X509_delete(out->chain, i);
			break;
		}
	}
	if (out->cert == NULL)
		return sk_X509_num(out->chain) > 0 ? CERTP12_KEY_MISMATCH
		                                   : CERTP12_NO_CERT;
	if (sk_X509_num(out->chain) > CERTP12_CHAIN_MAX)
		return CERTP12_DAMAGED;
	switch (X509_cmp_time(X509_get0_notBefore(out->cert), &now)) {
	case 0:
		return CERTP12_DAMAGED; /* no readable date */
	case 1:
		return CERTP12_NOT_YET_VALID;
	}
	switch (X509_cmp_time(X509_get0_notAfter(out->cert), &now)) {
	case 0:
		return CERTP12_DAMAGED;
	case -1:
		return CERTP12_EXPIRED;
	}
	return CERTP12_OK;
}

enum certp12_status certp12_open(const unsigned char *data, size_t n,
                                 const char *password, time_t now,
                                 struct certp12 *out)
{
	const unsigned char *p = data;
	enum certp12_status st;
	bool mac = false, mac_right = false;
	PKCS12 *p12;

	memset(out, 0, sizeof *out);
	if (n == 0)
		return CERTP12_EMPTY;
	if (n > CERTP12_MAX)
		return CERTP12_TOO_LARGE;
	if (strlen(password) > CERTP12_PASS_MAX)
		return CERTP12_PASSWORD;
	if ((st = der_frame(data, n)) != CERTP12_OK)
		return st;
	certp12_providers();
	if ((p12 = d2i_PKCS12(NULL, &p, (long)n)) == NULL)
		return CERTP12_NOT_P12;
	if ((mac = PKCS12_mac_present(p12)))
		mac_right = mac_ok(p12, password);
	if (open_bags(p12, password, out) == -1)
		/* With a MAC that passed, the content is at fault; otherwise
		 * the password does not open the file. */
		st = mac && mac_right ? CERTP12_DAMAGED : CERTP12_PASSWORD;
	else if (mac && !mac_right)
		/* The password decrypts every bag, yet the integrity check
		 * fails: the file was altered, the password is right. */
		st = CERTP12_DAMAGED;
	else
		st = check_parsed(out, now);
	PKCS12_free(p12);
	if (st != CERTP12_OK)
		certp12_free(out);
	return st;
}

void certp12_free(struct certp12 *p)
{
	EVP_PKEY_free(p->key);
	X509_free(p->cert);
	sk_X509_pop_free(p->chain, X509_free);
	memset(p, 0, sizeof *p);
}
