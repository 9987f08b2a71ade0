/* Unit tests of crypt.c: AES-256-GCM round trip, and refusal of a wrong
 * key, other associated data, or any changed byte. */
#include <string.h>

#include "crypt.h"
#include "test.h"

static const unsigned char key[32] = "0123456789abcdef0123456789abcdef";

/* What is sealed opens with the same key and data, and the ciphertext does
 * not hold the plaintext; two seals of the same text differ (nonce). */
static void test_round_trip(void)
{
	const char msg[] = "a TOTP secret: 20 by";
	unsigned char a[64], b[64], out[64];
	long n = crypt_seal(key, "totp:7", msg, sizeof msg, a, sizeof a);
	long m = crypt_seal(key, "totp:7", msg, sizeof msg, b, sizeof b);

	CHECK_INT(n, (long)sizeof msg + CRYPT_OVERHEAD);
	CHECK_INT(m, n);
	CHECK(memcmp(a, b, (size_t)n) != 0);
	CHECK(memmem(a, (size_t)n, "TOTP", 4) == NULL);
	CHECK_INT(crypt_open(key, "totp:7", a, (size_t)n, out, sizeof out),
	          (long)sizeof msg);
	CHECK(memcmp(out, msg, sizeof msg) == 0);
}

/* Another key, another row's data, a flipped bit or a cut blob: refused. */
static void test_tamper(void)
{
	const char msg[] = "secret";
	unsigned char sealed[64], out[64], other[32];
	long n =
	    crypt_seal(key, "totp:7", msg, sizeof msg, sealed, sizeof sealed);

	memcpy(other, key, sizeof other);
	other[0] ^= 1;
	CHECK_INT(
	    crypt_open(other, "totp:7", sealed, (size_t)n, out, sizeof out),
	    -1);
	CHECK_INT(crypt_open(key, "totp:8", sealed, (size_t)n, out, sizeof out),
	          -1);
	for (long i = 0; i < n; i++) {
		sealed[i] ^= 0x40;
		CHECK_INT(crypt_open(key, "totp:7", sealed, (size_t)n, out,
		                     sizeof out),
		          -1);
		sealed[i] ^= 0x40;
	}
	CHECK_INT(
	    crypt_open(key, "totp:7", sealed, (size_t)n - 1, out, sizeof out),
	    -1);
	CHECK_INT(crypt_open(key, "totp:7", sealed, 10, out, sizeof out), -1);
	CHECK_INT(crypt_seal(key, "x", msg, sizeof msg, sealed, 10), -1);
}

int main(void)
{
	test_round_trip();
	test_tamper();
	return test_done("crypt");
}
