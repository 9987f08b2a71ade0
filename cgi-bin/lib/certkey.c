#include "certkey.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/cms.h>
#include <openssl/crypto.h>

#include "conf.h"
#include "crypt.h"

#define AD_MAX 80

static void key_ad(const char *fingerprint, char ad[AD_MAX])
{
	snprintf(ad, AD_MAX, "cert-key:%s", fingerprint);
}

int certkey_seal(EVP_PKEY *key, const char *fingerprint, struct buf *out)
{
	PKCS8_PRIV_KEY_INFO *p8 = EVP_PKEY2PKCS8(key);
	unsigned char *der = NULL, sealed[CERTKEY_SEALED_MAX];
	char ad[AD_MAX];
	int n;
	long m = -1;

	if (p8 == NULL)
		return -1;
	n = i2d_PKCS8_PRIV_KEY_INFO(p8, &der);
	PKCS8_PRIV_KEY_INFO_free(p8);
	if (n <= 0)
		return -1;
	key_ad(fingerprint, ad);
	if ((size_t)n + CRYPT_OVERHEAD <= sizeof sealed)
		m = crypt_seal(conf.data_key, ad, der, (size_t)n, sealed,
		               sizeof sealed);
	OPENSSL_clear_free(der, (size_t)n);
	if (m < 0)
		return -1;
	buf_reset(out);
	return buf_add(out, sealed, (size_t)m);
}

EVP_PKEY *certkey_open(const unsigned char *sealed, size_t n,
                       const char *fingerprint)
{
	unsigned char der[CERTKEY_SEALED_MAX];
	const unsigned char *p = der;
	PKCS8_PRIV_KEY_INFO *p8;
	EVP_PKEY *key = NULL;
	char ad[AD_MAX];
	long m;

	key_ad(fingerprint, ad);
	m = crypt_open(conf.data_key, ad, sealed, n, der, sizeof der);
	if (m <= 0)
		return NULL;
	if ((p8 = d2i_PKCS8_PRIV_KEY_INFO(NULL, &p, m)) != NULL) {
		key = EVP_PKCS82PKEY(p8);
		PKCS8_PRIV_KEY_INFO_free(p8);
	}
	OPENSSL_cleanse(der, (size_t)m);
	return key;
}

int certkey_chain_der(STACK_OF(X509) * chain, struct buf *out)
{
	buf_reset(out);
	for (int i = 0; i < sk_X509_num(chain); i++) {
		unsigned char *der = NULL;
		int n = i2d_X509(sk_X509_value(chain, i), &der);

		if (n <= 0 || buf_add(out, der, (size_t)n) == -1) {
			OPENSSL_free(der);
			return -1;
		}
		OPENSSL_free(der);
	}
	return 0;
}

STACK_OF(X509) * certkey_chain_read(const unsigned char *der, size_t n, int max)
{
	STACK_OF(X509) *chain = sk_X509_new_null();
	const unsigned char *p = der, *end = n > 0 ? der + n : der;

	while (chain != NULL && p < end) {
		X509 *x = sk_X509_num(chain) < max
		              ? d2i_X509(NULL, &p, (long)(end - p))
		              : NULL;
		if (x == NULL || !sk_X509_push(chain, x)) {
			X509_free(x);
			sk_X509_pop_free(chain, X509_free);
			return NULL;
		}
	}
	return chain;
}

int certkey_sign(EVP_PKEY *key, X509 *cert, STACK_OF(X509) * chain,
                 const void *data, size_t n, bool detached, struct buf *out)
{
	unsigned int flags = CMS_BINARY | CMS_PARTIAL;
	BIO *in = BIO_new_mem_buf(data, (int)n), *der = NULL;
	CMS_ContentInfo *cms = NULL;
	char *bytes;
	long len;
	int rc = -1;

	if (detached)
		flags |= CMS_DETACHED;
	if (in == NULL || n > (size_t)1 << 30)
		goto done;
	/* CMS_PARTIAL, then the signer with SHA-256 named, then the content. */
	if ((cms = CMS_sign(NULL, NULL, chain, NULL, flags)) == NULL ||
	    CMS_add1_signer(cms, cert, key, EVP_sha256(), flags) == NULL ||
	    CMS_final(cms, in, NULL, flags) != 1)
		goto done;
	if ((der = BIO_new(BIO_s_mem())) == NULL || i2d_CMS_bio(der, cms) != 1)
		goto done;
	len = BIO_get_mem_data(der, &bytes);
	buf_reset(out);
	if (len > 0 && buf_add(out, bytes, (size_t)len) == 0)
		rc = 0;
done:
	BIO_free(in);
	BIO_free(der);
	CMS_ContentInfo_free(cms);
	return rc;
}
