/* Unit tests for form.c: the e-mail and integer validators. */
#include "form.h"

#include <limits.h>
#include <string.h>

#include "test.h"

/* Writes into s an address of total bytes: local 'a's, '@', then labels
 * of 60 'b's separated by dots. */
static void make_email(char *s, size_t local, size_t total)
{
	size_t n = 0, label = 0;

	while (n < local)
		s[n++] = 'a';
	s[n++] = '@';
	while (n < total) {
		if (label == 60 && n + 1 < total) {
			s[n++] = '.';
			label = 0;
		} else {
			s[n++] = 'b';
			label++;
		}
	}
	s[n] = '\0';
}

/* Ordinary addresses pass. */
static void test_email_good(void)
{
	char s[300];

	CHECK(valid_email("a@b.c"));
	CHECK(valid_email("first.last@example.test"));
	CHECK(valid_email("x+tag@sub.example.fr"));
	CHECK(valid_email("o'brien_1@a-b.example"));
	CHECK(valid_email("UPPER@EXAMPLE.COM"));
	/* 64 bytes of local part, 254 bytes in all. */
	make_email(s, 64, 254);
	CHECK_INT(strlen(s), 254);
	CHECK(valid_email(s));
}

/* Addresses without a local part, a dotted domain or with characters
 * out of place are refused. */
static void test_email_bad(void)
{
	char s[300];

	CHECK(!valid_email(""));
	CHECK(!valid_email("no-at"));
	CHECK(!valid_email("@x.y"));
	CHECK(!valid_email("a@"));
	CHECK(!valid_email("a@b"));
	CHECK(!valid_email("a@-b.c"));
	CHECK(!valid_email("a@b-.c"));
	CHECK(!valid_email("a@b..c"));
	CHECK(!valid_email("a@.b.c"));
	CHECK(!valid_email("a@b.c."));
	CHECK(!valid_email("a@b_c.d"));
	CHECK(!valid_email("a..b@c.d"));
	CHECK(!valid_email(".a@c.d"));
	CHECK(!valid_email("a.@c.d"));
	CHECK(!valid_email("a b@c.d"));
	CHECK(!valid_email("a@b c.d"));
	CHECK(!valid_email("a\t@c.d"));
	CHECK(!valid_email("a@b@c.d"));
	CHECK(!valid_email("\"a\"@c.d"));
	CHECK(!valid_email("a<b>@c.d"));
	CHECK(!valid_email("a@[127.0.0.1]"));
	CHECK(!valid_email("a\x7f@c.d"));
	/* Non-ASCII in the local part or the domain. */
	CHECK(!valid_email("\xc3\xa9@c.d"));
	CHECK(!valid_email("a@\xc3\xa9.fr"));
	/* 255 bytes. */
	make_email(s, 60, 255);
	CHECK_INT(strlen(s), 255);
	CHECK(!valid_email(s));
	/* A local part of 65 bytes. */
	memset(s, 'a', 65);
	strcpy(s + 65, "@b.c");
	CHECK(!valid_email(s));
	/* A domain label of 64 bytes. */
	strcpy(s, "a@");
	memset(s + 2, 'b', 64);
	strcpy(s + 66, ".c");
	CHECK(!valid_email(s));
	s[3] = '.';
	CHECK(valid_email(s));
}

/* Decimal integers inside [min, max] pass and are stored. */
static void test_int_good(void)
{
	long long v = 0;

	CHECK(valid_int("0", 0, 10, &v) && v == 0);
	CHECK(valid_int("10", 0, 10, &v) && v == 10);
	CHECK(valid_int("-5", -10, 10, &v) && v == -5);
	CHECK(valid_int("007", 0, 10, &v) && v == 7);
	CHECK(valid_int("9223372036854775807", 0, LLONG_MAX, &v) &&
	      v == LLONG_MAX);
	CHECK(valid_int("-9223372036854775808", LLONG_MIN, 0, &v) &&
	      v == LLONG_MIN);
}

/* Values out of range, signs other than a leading '-', spaces, junk and
 * overflow are refused and leave *out alone. */
static void test_int_bad(void)
{
	long long v = 42;

	CHECK(!valid_int("11", 0, 10, &v));
	CHECK(!valid_int("-1", 0, 10, &v));
	CHECK(!valid_int("", 0, 10, &v));
	CHECK(!valid_int("-", -10, 10, &v));
	CHECK(!valid_int("+1", 0, 10, &v));
	CHECK(!valid_int(" 1", 0, 10, &v));
	CHECK(!valid_int("1 ", 0, 10, &v));
	CHECK(!valid_int("1x", 0, 10, &v));
	CHECK(!valid_int("x1", 0, 10, &v));
	CHECK(!valid_int("0x1", 0, 100, &v));
	CHECK(!valid_int("1.0", 0, 10, &v));
	CHECK(!valid_int("1e2", 0, 1000, &v));
	CHECK(!valid_int("--1", -10, 10, &v));
	CHECK(!valid_int("-\t1", -10, 10, &v));
	CHECK(!valid_int("9223372036854775808", 0, LLONG_MAX, &v));
	CHECK(!valid_int("-9223372036854775809", LLONG_MIN, 0, &v));
	CHECK(!valid_int("99999999999999999999999", LLONG_MIN, LLONG_MAX, &v));
	CHECK_INT(v, 42);
}

/* Dates: real calendar days only, leap years counted. */
static void test_valid_date(void)
{
	CHECK(valid_date("2026-11-24"));
	CHECK(valid_date("2024-02-29"));
	CHECK(valid_date("2000-02-29"));
	CHECK(!valid_date("1900-02-29"));
	CHECK(!valid_date("2026-02-29"));
	CHECK(!valid_date("2026-04-31"));
	CHECK(!valid_date("2026-13-01"));
	CHECK(!valid_date("2026-00-10"));
	CHECK(!valid_date("2026-1-01"));
	CHECK(!valid_date("2026/11/24"));
	CHECK(!valid_date("0999-01-01"));
	CHECK(!valid_date("2026-11-24 "));
	CHECK(!valid_date(""));
}

int main(void)
{
	test_valid_date();
	test_email_good();
	test_email_bad();
	test_int_good();
	test_int_bad();
	return test_done("form");
}
