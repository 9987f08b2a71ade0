/* Unit tests for token.c: base64url, hex, SHA-256, HMAC, random tokens. */
#include "token.h"

#include <string.h>

#include "test.h"

static const char *b64(const char *in, size_t n)
{
	static char out[128];

	memset(out, 'Z', sizeof out);
	token_base64url((const unsigned char *)in, n, out);
	return out;
}

static const char *hex(const unsigned char *in, size_t n)
{
	static char out[129];

	token_hex(in, n, out);
	return out;
}

/* RFC 4648 vectors without padding, for lengths 0 to 6, and the two
 * characters that differ from plain base64. */
static void test_base64url(void)
{
	CHECK_STR(b64("", 0), "");
	CHECK_STR(b64("f", 1), "Zg");
	CHECK_STR(b64("fo", 2), "Zm8");
	CHECK_STR(b64("foo", 3), "Zm9v");
	CHECK_STR(b64("foob", 4), "Zm9vYg");
	CHECK_STR(b64("fooba", 5), "Zm9vYmE");
	CHECK_STR(b64("foobar", 6), "Zm9vYmFy");
	CHECK_STR(b64("\xfb\xff", 2), "-_8");
	CHECK_STR(b64("\xff\xff\xff", 3), "____");
	CHECK_STR(b64("\x00\x00\x00", 3), "AAAA");
	CHECK_STR(b64("\x00", 1), "AA");
	CHECK_STR(b64("\xfb\xef\xbe", 3), "----");
}

/* Lowercase hex, two digits a byte, NUL-terminated. */
static void test_hex(void)
{
	static const unsigned char in[] = {0x00, 0x01, 0x7f, 0x80,
	                                   0xab, 0xcd, 0xef, 0xff};

	CHECK_STR(hex(in, 0), "");
	CHECK_STR(hex(in, 1), "00");
	CHECK_STR(hex(in, sizeof in), "00017f80abcdefff");
}

/* FIPS 180-2 vectors: "abc" and the empty string. */
static void test_sha256(void)
{
	unsigned char d[32];

	token_sha256("abc", 3, d);
	CHECK_STR(hex(d, 32), "ba7816bf8f01cfea414140de5dae2223"
	                      "b00361a396177a9cb410ff61f20015ad");
	token_sha256("", 0, d);
	CHECK_STR(hex(d, 32), "e3b0c44298fc1c149afbf4c8996fb924"
	                      "27ae41e4649b934ca495991b7852b855");
}

/* RFC 4231 test case 2: key "Jefe", which HMAC pads with zeros, so the
 * same key zero-padded to 32 bytes gives the RFC's digest. A second
 * vector with a full 32-byte key was computed with
 * `openssl dgst -sha256 -mac HMAC -macopt hexkey:0102...1f20`. */
static void test_hmac(void)
{
	unsigned char key[32] = "Jefe", d[32];
	const char *msg = "what do ya want for nothing?";

	token_hmac(key, msg, strlen(msg), d);
	CHECK_STR(hex(d, 32), "5bdcc146bf60754e6a042426089575c7"
	                      "5a003f089d2739839dec58b964ec3843");

	for (int i = 0; i < 32; i++)
		key[i] = (unsigned char)(i + 1);
	token_hmac(key, "Hi There", 8, d);
	CHECK_STR(hex(d, 32), "45131af2422d643aed31b05ef8bbf085"
	                      "48235405e900cdd3308047abbbcab639");
	/* The whole key counts: change its last byte. */
	key[31] ^= 1;
	token_hmac(key, "Hi There", 8, d);
	CHECK(strcmp(hex(d, 32), "45131af2422d643aed31b05ef8bbf085"
	                         "48235405e900cdd3308047abbbcab639") != 0);
}

/* A new token is 43 characters of the base64url alphabet, and two calls
 * give two different tokens. */
static void test_new(void)
{
	char a[TOKEN_TEXT], b[TOKEN_TEXT];
	const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	                       "abcdefghijklmnopqrstuvwxyz0123456789-_";

	CHECK_INT(TOKEN_TEXT, 44);
	memset(a, 0, sizeof a);
	CHECK_INT(token_new(a), 0);
	CHECK_INT(token_new(b), 0);
	CHECK_INT(strlen(a), 43);
	CHECK_INT(strlen(b), 43);
	CHECK_INT(strspn(a, alphabet), 43);
	CHECK_INT(strspn(b, alphabet), 43);
	CHECK(strcmp(a, b) != 0);
}

/* token_random fills the buffer: 64 random bytes are not all zero. */
static void test_random(void)
{
	unsigned char r[64] = {0};
	int nonzero = 0;

	CHECK_INT(token_random(r, sizeof r), 0);
	for (size_t i = 0; i < sizeof r; i++)
		nonzero += r[i] != 0;
	CHECK(nonzero > 0);
}

/* token_equal is true only for equal strings, whatever their lengths. */
static void test_equal(void)
{
	CHECK(token_equal("", ""));
	CHECK(token_equal("abc", "abc"));
	CHECK(!token_equal("abc", "abd"));
	CHECK(!token_equal("abd", "abc"));
	CHECK(!token_equal("abc", "ab"));
	CHECK(!token_equal("ab", "abc"));
	CHECK(!token_equal("", "a"));
	CHECK(!token_equal("a", ""));
	CHECK(!token_equal("Abc", "abc"));
}

int main(void)
{
	test_base64url();
	test_hex();
	test_sha256();
	test_hmac();
	test_new();
	test_random();
	test_equal();
	return test_done("token");
}
