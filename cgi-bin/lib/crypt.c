#include "crypt.h"

#include <string.h>

#include <openssl/evp.h>

#include "token.h"

#define NONCE 12
#define TAG   16

long crypt_seal(const unsigned char key[32], const char *ad, const void *in,
                size_t n, unsigned char *out, size_t cap)
{
	EVP_CIPHER_CTX *c;
	int len, total;
	long rc = -1;

	if (cap < n + CRYPT_OVERHEAD || n > 1 << 20)
		return -1;
	if (token_random(out, NONCE) == -1 ||
	    (c = EVP_CIPHER_CTX_new()) == NULL)
		return -1;
	if (EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), NULL, key, out) == 1 &&
	    EVP_EncryptUpdate(c, NULL, &len, (const unsigned char *)ad,
	                      (int)strlen(ad)) == 1 &&
	    EVP_EncryptUpdate(c, out + NONCE, &len, in, (int)n) == 1) {
		total = len;
		if (EVP_EncryptFinal_ex(c, out + NONCE + total, &len) == 1 &&
		    EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_GET_TAG, TAG,
		                        out + NONCE + total + len) == 1)
			rc = NONCE + total + len + TAG;
	}
	EVP_CIPHER_CTX_free(c);
	return rc;
}

long crypt_open(const unsigned char key[32], const char *ad,
                const unsigned char *in, size_t n, unsigned char *out,
                size_t cap)
{
	EVP_CIPHER_CTX *c;
	size_t clen;
	int len, total;
	long rc = -1;

	if (n < CRYPT_OVERHEAD || (clen = n - CRYPT_OVERHEAD) > cap)
		return -1;
	if ((c = EVP_CIPHER_CTX_new()) == NULL)
		return -1;
	if (EVP_DecryptInit_ex(c, EVP_aes_256_gcm(), NULL, key, in) == 1 &&
	    EVP_DecryptUpdate(c, NULL, &len, (const unsigned char *)ad,
	                      (int)strlen(ad)) == 1 &&
	    EVP_DecryptUpdate(c, out, &len, in + NONCE, (int)clen) == 1) {
		total = len;
		if (EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_SET_TAG, TAG,
		                        (void *)(in + NONCE + clen)) == 1 &&
		    EVP_DecryptFinal_ex(c, out + total, &len) == 1)
			rc = total + len;
	}
	EVP_CIPHER_CTX_free(c);
	if (rc < 0)
		memset(out, 0, cap < clen ? cap : clen);
	return rc;
}
