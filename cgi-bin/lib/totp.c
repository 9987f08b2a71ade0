#include "totp.h"

#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

unsigned long totp_code(const unsigned char *secret, size_t n,
                        unsigned long long step, int digits,
                        enum totp_hash hash)
{
	const EVP_MD *md = hash == TOTP_SHA256   ? EVP_sha256()
	                   : hash == TOTP_SHA512 ? EVP_sha512()
	                                         : EVP_sha1();
	unsigned char msg[8], mac[EVP_MAX_MD_SIZE];
	unsigned int len = 0;
	unsigned long bin, mod = 1;
	int off;

	for (int i = 7; i >= 0; i--, step >>= 8)
		msg[i] = (unsigned char)(step & 0xff);
	HMAC(md, secret, (int)n, msg, sizeof msg, mac, &len);
	off = mac[len - 1] & 0x0f;
	bin = ((unsigned long)(mac[off] & 0x7f) << 24) |
	      ((unsigned long)mac[off + 1] << 16) |
	      ((unsigned long)mac[off + 2] << 8) | mac[off + 3];
	for (int i = 0; i < digits; i++)
		mod *= 10;
	return bin % mod;
}

bool totp_verify(const unsigned char *secret, size_t n, const char *code,
                 long long now, long long last_step, long long *step)
{
	unsigned long want = 0;
	long long current = now / TOTP_STEP;
	bool found = false;

	if (strlen(code) != TOTP_DIGITS)
		return false;
	for (int i = 0; i < TOTP_DIGITS; i++) {
		if (code[i] < '0' || code[i] > '9')
			return false;
		want = want * 10 + (unsigned long)(code[i] - '0');
	}
	/* Every step of the window is computed, whatever matches first. */
	for (long long s = current - 1; s <= current + 1; s++) {
		unsigned long got = totp_code(secret, n, (unsigned long long)s,
		                              TOTP_DIGITS, TOTP_SHA1);
		if (CRYPTO_memcmp(&got, &want, sizeof got) == 0 &&
		    s > last_step && !found) {
			*step = s;
			found = true;
		}
	}
	return found;
}

void totp_base32(const unsigned char *in, size_t n, char *out)
{
	static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
	unsigned long acc = 0;
	int bits = 0;

	for (size_t i = 0; i < n; i++) {
		acc = (acc << 8) | in[i];
		bits += 8;
		while (bits >= 5) {
			*out++ = alphabet[(acc >> (bits - 5)) & 31];
			bits -= 5;
		}
	}
	if (bits > 0)
		*out++ = alphabet[(acc << (5 - bits)) & 31];
	*out = '\0';
}
