/* Unit tests for password.c: scrypt hashes and their stored form. */
#include "password.h"

#include <stdio.h>
#include <string.h>

#include "test.h"

static const char b64chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                               "abcdefghijklmnopqrstuvwxyz0123456789-_";

/* The hash string is "$scrypt$ln=10,r=8,p=1$<salt>$<hash>" with a 16-byte
 * salt (22 characters) and a 32-byte key (43 characters), base64url. */
static void test_format(void)
{
	char h[PASSWORD_HASH_MAX], h2[PASSWORD_HASH_MAX];
	const char *salt, *key;

	CHECK_INT(password_hash("correct horse", 10, h), 0);
	CHECK(strncmp(h, "$scrypt$ln=10,r=8,p=1$", 22) == 0);
	salt = h + 22;
	key = strchr(salt, '$');
	CHECK(key != NULL);
	if (key == NULL)
		return;
	CHECK_INT(key - salt, 22);
	CHECK_INT(strspn(salt, b64chars), 22);
	CHECK_INT(strlen(key + 1), 43);
	CHECK_INT(strspn(key + 1, b64chars), 43);
	CHECK_INT(strlen(h), 22 + 22 + 1 + 43);

	/* A fresh salt each time: the same password hashes differently. */
	CHECK_INT(password_hash("correct horse", 10, h2), 0);
	CHECK(strcmp(h, h2) != 0);
	CHECK(strncmp(h + 22, h2 + 22, 22) != 0);
}

/* A hash verifies with its password and no other; the cost outside
 * [10, 22] is refused when hashing. */
static void test_round_trip(void)
{
	char h[PASSWORD_HASH_MAX];
	bool weaker = true;

	CHECK_INT(password_hash("s3cret \xc3\xa9t\xc3\xa9", 10, h), 0);
	CHECK(password_verify("s3cret \xc3\xa9t\xc3\xa9", h, 10, &weaker));
	CHECK(!weaker);
	CHECK(!password_verify("s3cret \xc3\xa9t\xc3\xa8", h, 10, &weaker));
	CHECK(!password_verify("s3cret", h, 10, NULL));
	CHECK(!password_verify("", h, 10, NULL));
	CHECK(password_verify("s3cret \xc3\xa9t\xc3\xa9", h, 10, NULL));

	CHECK_INT(password_hash("", 10, h), 0);
	CHECK(password_verify("", h, 10, NULL));
	CHECK(!password_verify(" ", h, 10, NULL));

	CHECK_INT(password_hash("x", 9, h), -1);
	CHECK_INT(password_hash("x", 23, h), -1);
}

/* One round trip at a production-like cost (2^14). */
static void test_round_trip_14(void)
{
	char h[PASSWORD_HASH_MAX];
	bool weaker = true;

	CHECK_INT(password_hash("pass phrase", 14, h), 0);
	CHECK(strncmp(h, "$scrypt$ln=14,r=8,p=1$", 22) == 0);
	CHECK(password_verify("pass phrase", h, 14, &weaker));
	CHECK(!weaker);
}

/* A hash made at a cost below the current one verifies and sets weaker;
 * at or above it does not. A failed match never sets weaker. */
static void test_weaker(void)
{
	char h[PASSWORD_HASH_MAX];
	bool weaker = false;

	CHECK_INT(password_hash("pw", 10, h), 0);
	CHECK(password_verify("pw", h, 12, &weaker));
	CHECK(weaker);
	CHECK(password_verify("pw", h, 10, &weaker));
	CHECK(!weaker);
	weaker = true;
	CHECK(password_verify("pw", h, 9, &weaker));
	CHECK(!weaker);
	weaker = true;
	CHECK(!password_verify("wrong", h, 12, &weaker));
	CHECK(!weaker);
}

/* Malformed stored strings never match, even with the right password:
 * empty, truncated, wrong field counts, bad base64, bad parameters. */
static void test_malformed(void)
{
	char h[PASSWORD_HASH_MAX], bad[2 * PASSWORD_HASH_MAX];
	const char *salt, *key;
	bool weaker = true;

	CHECK_INT(password_hash("pw", 10, h), 0);
	CHECK(password_verify("pw", h, 10, NULL));
	salt = h + 22;
	key = strchr(salt, '$') + 1;

	CHECK(!password_verify("pw", NULL, 10, NULL));
	CHECK(!password_verify("pw", "", 10, &weaker));
	CHECK(!weaker);
	CHECK(!password_verify("pw", "$scrypt$", 10, NULL));
	CHECK(!password_verify("pw", "$scrypt$ln=10,r=8,p=1$", 10, NULL));
	CHECK(!password_verify("pw", "$scrypt$ln=10,r=8,p=1$$", 10, NULL));

	/* Wrong field counts. */
	snprintf(bad, sizeof bad, "$scrypt$ln=10,r=8$%.22s$%s", salt, key);
	CHECK(!password_verify("pw", bad, 10, NULL));
	snprintf(bad, sizeof bad, "$scrypt$ln=10,r=8,p=1$%.22s", salt);
	CHECK(!password_verify("pw", bad, 10, NULL));
	snprintf(bad, sizeof bad, "$scrypt$ln=10,r=8,p=1$%s", key);
	CHECK(!password_verify("pw", bad, 10, NULL));
	snprintf(bad, sizeof bad, "%s$", h);
	CHECK(!password_verify("pw", bad, 10, NULL));
	snprintf(bad, sizeof bad, "%s$%s", h, key);
	CHECK(!password_verify("pw", bad, 10, NULL));
	snprintf(bad, sizeof bad, "$bcrypt$ln=10,r=8,p=1$%.22s$%s", salt, key);
	CHECK(!password_verify("pw", bad, 10, NULL));

	/* Bad base64: a character outside the alphabet, standard base64's
	 * '+', padding, a cut key, an impossible length. */
	snprintf(bad, sizeof bad, "$scrypt$ln=10,r=8,p=1$%.21s*$%s", salt, key);
	CHECK(!password_verify("pw", bad, 10, NULL));
	snprintf(bad, sizeof bad, "$scrypt$ln=10,r=8,p=1$%.22s$+%s", salt,
	         key + 1);
	CHECK(!password_verify("pw", bad, 10, NULL));
	snprintf(bad, sizeof bad, "%s=", h);
	CHECK(!password_verify("pw", bad, 10, NULL));
	snprintf(bad, sizeof bad, "$scrypt$ln=10,r=8,p=1$%.22s$%.42s", salt,
	         key);
	CHECK(!password_verify("pw", bad, 10, NULL));
	snprintf(bad, sizeof bad, "$scrypt$ln=10,r=8,p=1$%.21s$%s", salt, key);
	CHECK(!password_verify("pw", bad, 10, NULL));
	/* A salt shorter than 8 bytes. */
	snprintf(bad, sizeof bad, "$scrypt$ln=10,r=8,p=1$AAAA$%s", key);
	CHECK(!password_verify("pw", bad, 10, NULL));

	/* Parameters out of range or not numbers. */
	snprintf(bad, sizeof bad, "$scrypt$ln=9,r=8,p=1$%.22s$%s", salt, key);
	CHECK(!password_verify("pw", bad, 10, NULL));
	snprintf(bad, sizeof bad, "$scrypt$ln=23,r=8,p=1$%.22s$%s", salt, key);
	CHECK(!password_verify("pw", bad, 10, NULL));
	snprintf(bad, sizeof bad, "$scrypt$ln=-1,r=8,p=1$%.22s$%s", salt, key);
	CHECK(!password_verify("pw", bad, 10, NULL));
	snprintf(bad, sizeof bad, "$scrypt$ln=10,r=0,p=1$%.22s$%s", salt, key);
	CHECK(!password_verify("pw", bad, 10, NULL));
	snprintf(bad, sizeof bad, "$scrypt$ln=10,r=8,p=0$%.22s$%s", salt, key);
	CHECK(!password_verify("pw", bad, 10, NULL));
	snprintf(bad, sizeof bad, "$scrypt$ln=x,r=8,p=1$%.22s$%s", salt, key);
	CHECK(!password_verify("pw", bad, 10, NULL));
	/* Other parameters than those used give another key. */
	snprintf(bad, sizeof bad, "$scrypt$ln=11,r=8,p=1$%.22s$%s", salt, key);
	CHECK(!password_verify("pw", bad, 10, NULL));
	snprintf(bad, sizeof bad, "$scrypt$ln=10,r=8,p=2$%.22s$%s", salt, key);
	CHECK(!password_verify("pw", bad, 10, NULL));
	/* The untouched string still verifies: the cases above fail for
	 * what was changed. */
	snprintf(bad, sizeof bad, "$scrypt$ln=10,r=8,p=1$%.22s$%s", salt, key);
	CHECK(password_verify("pw", bad, 10, NULL));
}

int main(void)
{
	test_format();
	test_round_trip();
	test_round_trip_14();
	test_weaker();
	test_malformed();
	return test_done("password");
}
