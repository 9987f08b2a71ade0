/* Unit tests of totp.c: the RFC 6238 appendix B vectors for the three
 * hashes, the verification window, replay refusal and base32. */
#include <string.h>

#include "test.h"
#include "totp.h"

static const unsigned char seed20[] = "12345678901234567890";
static const unsigned char seed32[] = "12345678901234567890123456789012";
static const unsigned char seed64[] =
    "1234567890123456789012345678901234567890123456789012345678901234";

/* RFC 6238 appendix B: time, then the 8-digit codes for SHA-1, SHA-256 and
 * SHA-512. */
static const struct {
	long long t;
	unsigned long sha1, sha256, sha512;
} vectors[] = {
    {59, 94287082, 46119246, 90693936},
    {1111111109, 7081804, 68084774, 25091201},
    {1111111111, 14050471, 67062674, 99943326},
    {1234567890, 89005924, 91819424, 93441116},
    {2000000000, 69279037, 90698825, 38618901},
    {20000000000LL, 65353130, 77737706, 47863826},
};

/* Every published vector comes out of totp_code. */
static void test_rfc6238_vectors(void)
{
	for (size_t i = 0; i < sizeof vectors / sizeof vectors[0]; i++) {
		unsigned long long step = (unsigned long long)vectors[i].t / 30;
		CHECK_INT(totp_code(seed20, 20, step, 8, TOTP_SHA1),
		          vectors[i].sha1);
		CHECK_INT(totp_code(seed32, 32, step, 8, TOTP_SHA256),
		          vectors[i].sha256);
		CHECK_INT(totp_code(seed64, 64, step, 8, TOTP_SHA512),
		          vectors[i].sha512);
	}
}

/* A 6-digit code is the 8-digit one modulo 10^6. */
static void test_six_digits(void)
{
	CHECK_INT(totp_code(seed20, 20, 59 / 30, 6, TOTP_SHA1), 287082);
}

static void code_at(long long step, char out[7])
{
	snprintf(out, 7, "%06lu",
	         totp_code(seed20, 20, (unsigned long long)step, 6, TOTP_SHA1));
}

/* The code of the step before, the current one and the one after pass;
 * two steps away does not; a step at or before the last used one does
 * not (replay); *step tells which matched. */
static void test_window_and_replay(void)
{
	long long now = 1111111111, cur = now / 30, step = 0;
	char c[7];

	code_at(cur, c);
	CHECK(totp_verify(seed20, 20, c, now, 0, &step));
	CHECK_INT(step, cur);
	code_at(cur - 1, c);
	CHECK(totp_verify(seed20, 20, c, now, 0, &step));
	CHECK_INT(step, cur - 1);
	code_at(cur + 1, c);
	CHECK(totp_verify(seed20, 20, c, now, 0, &step));
	code_at(cur - 2, c);
	CHECK(!totp_verify(seed20, 20, c, now, 0, &step));
	code_at(cur + 2, c);
	CHECK(!totp_verify(seed20, 20, c, now, 0, &step));
	code_at(cur, c);
	CHECK(!totp_verify(seed20, 20, c, now, cur, &step));
	CHECK(!totp_verify(seed20, 20, c, now, cur + 1, &step));
	code_at(cur + 1, c);
	CHECK(totp_verify(seed20, 20, c, now, cur, &step));
	CHECK_INT(step, cur + 1);
}

/* Malformed codes never match. */
static void test_malformed(void)
{
	long long step;

	CHECK(!totp_verify(seed20, 20, "", 59, 0, &step));
	CHECK(!totp_verify(seed20, 20, "28708", 59, 0, &step));
	CHECK(!totp_verify(seed20, 20, "2870820", 59, 0, &step));
	CHECK(!totp_verify(seed20, 20, "28708a", 59, 0, &step));
	CHECK(!totp_verify(seed20, 20, " 87082", 59, 0, &step));
	CHECK(totp_verify(seed20, 20, "287082", 59, 0, &step));
}

/* RFC 4648 section 10 vectors, without padding. */
static void test_base32(void)
{
	char out[64];

	totp_base32((const unsigned char *)"", 0, out);
	CHECK_STR(out, "");
	totp_base32((const unsigned char *)"f", 1, out);
	CHECK_STR(out, "MY");
	totp_base32((const unsigned char *)"fo", 2, out);
	CHECK_STR(out, "MZXQ");
	totp_base32((const unsigned char *)"foo", 3, out);
	CHECK_STR(out, "MZXW6");
	totp_base32((const unsigned char *)"foob", 4, out);
	CHECK_STR(out, "MZXW6YQ");
	totp_base32((const unsigned char *)"fooba", 5, out);
	CHECK_STR(out, "MZXW6YTB");
	totp_base32((const unsigned char *)"foobar", 6, out);
	CHECK_STR(out, "MZXW6YTBOI");
	totp_base32(seed20, 20, out);
	CHECK_STR(out, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
}

int main(void)
{
	test_rfc6238_vectors();
	test_six_digits();
	test_window_and_replay();
	test_malformed();
	test_base32();
	return test_done("totp");
}
