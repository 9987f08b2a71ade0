#include "password.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "token.h"

#define SALT_BYTES 16
#define KEY_BYTES  32
#define SCRYPT_R   8
#define SCRYPT_P   1

static int derive(const char *password, const unsigned char *salt,
                  size_t salt_len, int log2n, unsigned long r, unsigned long p,
                  unsigned char key[KEY_BYTES])
{
	uint64_t n = (uint64_t)1 << log2n;
	/* 128 * N * r bytes, and some room for OpenSSL's bookkeeping. */
	uint64_t maxmem = 128 * n * r * p + 128 * n * r + (1u << 20);

	return EVP_PBE_scrypt(password, strlen(password), salt, salt_len, n, r,
	                      p, maxmem, key, KEY_BYTES) == 1
	           ? 0
	           : -1;
}

int password_hash(const char *password, int log2n, char out[PASSWORD_HASH_MAX])
{
	unsigned char salt[SALT_BYTES], key[KEY_BYTES];
	char salt_text[32], key_text[48];

	if (log2n < 10 || log2n > 20)
		return -1;
	if (token_random(salt, sizeof salt) == -1)
		return -1;
	if (derive(password, salt, sizeof salt, log2n, SCRYPT_R, SCRYPT_P,
	           key) == -1)
		return -1;
	token_base64url(salt, sizeof salt, salt_text);
	token_base64url(key, sizeof key, key_text);
	OPENSSL_cleanse(key, sizeof key);
	snprintf(out, PASSWORD_HASH_MAX, "$scrypt$ln=%d,r=%d,p=%d$%s$%s", log2n,
	         SCRYPT_R, SCRYPT_P, salt_text, key_text);
	return 0;
}

static int b64val(int c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '-')
		return 62;
	if (c == '_')
		return 63;
	return -1;
}

/* Decodes unpadded base64url text of len characters; returns the number of
 * bytes written to out (at most cap), or -1. */
static int b64decode(const char *s, size_t len, unsigned char *out, size_t cap)
{
	unsigned long acc = 0;
	int bits = 0;
	size_t n = 0;

	if (len % 4 == 1)
		return -1;
	for (size_t i = 0; i < len; i++) {
		int v = b64val((unsigned char)s[i]);
		if (v < 0)
			return -1;
		acc = (acc << 6) | (unsigned long)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			if (n == cap)
				return -1;
			out[n++] = (unsigned char)(acc >> bits);
		}
	}
	return (int)n;
}

bool password_verify(const char *password, const char *stored, int log2n,
                     bool *weaker)
{
	unsigned char salt[64], want[KEY_BYTES], got[KEY_BYTES];
	int ln, r, p, consumed = 0, salt_len;
	const char *salt_text, *key_text;
	bool ok;

	if (weaker != NULL)
		*weaker = false;
	if (stored == NULL ||
	    sscanf(stored, "$scrypt$ln=%d,r=%d,p=%d$%n", &ln, &r, &p,
	           &consumed) != 3 ||
	    consumed == 0)
		return false;
	/* Bounds that keep a tampered hash from asking for more than 1 GiB. */
	if (ln < 10 || ln > 22 || r < 1 || r > 32 || p < 1 || p > 16 ||
	    ((uint64_t)128 << ln) * (uint64_t)r * (uint64_t)p > (1ULL << 30))
		return false;
	salt_text = stored + consumed;
	if ((key_text = strchr(salt_text, '$')) == NULL)
		return false;
	salt_len = b64decode(salt_text, (size_t)(key_text - salt_text), salt,
	                     sizeof salt);
	key_text++;
	if (salt_len < 8 || b64decode(key_text, strlen(key_text), want,
	                              sizeof want) != KEY_BYTES)
		return false;
	if (derive(password, salt, (size_t)salt_len, ln, (unsigned long)r,
	           (unsigned long)p, got) == -1)
		return false;
	ok = CRYPTO_memcmp(got, want, KEY_BYTES) == 0;
	OPENSSL_cleanse(got, sizeof got);
	if (ok && weaker != NULL)
		*weaker = ln < log2n;
	return ok;
}

void password_waste(const char *password, int log2n)
{
	static const unsigned char salt[SALT_BYTES] = "passerelle-waste";
	unsigned char key[KEY_BYTES];

	derive(password, salt, sizeof salt, log2n, SCRYPT_R, SCRYPT_P, key);
	OPENSSL_cleanse(key, sizeof key);
}
