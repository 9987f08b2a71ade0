/* Unit tests for utf8.c: strict validation and code point counting. */
#include "utf8.h"

#include <string.h>

#include "test.h"

static bool valid(const char *s)
{
	return utf8_valid_text(s, strlen(s));
}

/* ASCII text, tab, LF, CR and well-formed multi-byte sequences of each
 * length pass, including the edges of each range. */
static void test_valid(void)
{
	CHECK(valid(""));
	CHECK(valid("plain ASCII ~!"));
	CHECK(valid("tab\tnl\ncr\r"));
	CHECK(valid("\xc2\x80"));         /* U+0080 */
	CHECK(valid("caf\xc3\xa9"));      /* é */
	CHECK(valid("\xdf\xbf"));         /* U+07FF */
	CHECK(valid("\xe0\xa0\x80"));     /* U+0800 */
	CHECK(valid("\xe2\x82\xac"));     /* € */
	CHECK(valid("\xed\x9f\xbf"));     /* U+D7FF */
	CHECK(valid("\xee\x80\x80"));     /* U+E000 */
	CHECK(valid("\xef\xbf\xbf"));     /* U+FFFF */
	CHECK(valid("\xf0\x90\x80\x80")); /* U+10000 */
	CHECK(valid("\xf0\x9f\x98\x80")); /* 😀 */
	CHECK(valid("\xf4\x8f\xbf\xbf")); /* U+10FFFF */
}

/* Overlong forms, surrogates, code points above U+10FFFF, invalid lead
 * bytes, stray continuation bytes and cut sequences are refused. */
static void test_malformed(void)
{
	CHECK(!valid("\xc0\x80"));
	CHECK(!valid("\xc1\xbf"));
	CHECK(!valid("\xe0\x80\x80"));
	CHECK(!valid("\xe0\x9f\xbf"));
	CHECK(!valid("\xf0\x80\x80\x80"));
	CHECK(!valid("\xf0\x8f\xbf\xbf"));
	CHECK(!valid("\xed\xa0\x80")); /* U+D800 */
	CHECK(!valid("\xed\xbf\xbf")); /* U+DFFF */
	CHECK(!valid("\xf4\x90\x80\x80"));
	CHECK(!valid("\xf5\x80\x80\x80"));
	CHECK(!valid("\xf8\x88\x80\x80\x80"));
	CHECK(!valid("\xfe"));
	CHECK(!valid("\xff"));
	CHECK(!valid("\x80"));
	CHECK(!valid("a\xbf"));
	CHECK(!valid("\xc3"));
	CHECK(!valid("\xc3x"));
	CHECK(!valid("\xe2\x82"));
	CHECK(!valid("\xe2\x82x"));
	CHECK(!valid("\xf0\x9f\x98"));
	/* The length bounds the read: a sequence cut by n is refused even
	 * when the bytes after it would complete it. */
	CHECK(!utf8_valid_text("\xc3\xa9", 1));
	CHECK(!utf8_valid_text("\xf0\x9f\x98\x80", 3));
	CHECK(utf8_valid_text("ab\xff", 2));
}

/* NUL and C0 controls other than tab, LF and CR are refused. */
static void test_controls(void)
{
	CHECK(!utf8_valid_text("a\0b", 3));
	CHECK(!utf8_valid_text("\0", 1));
	CHECK(!valid("\x01"));
	CHECK(!valid("a\x08"));
	CHECK(!valid("\x0b"));
	CHECK(!valid("\x0c"));
	CHECK(!valid("\x1b[0m"));
	CHECK(!valid("\x1f"));
}

/* utf8_length counts code points, not bytes. */
static void test_length(void)
{
	CHECK_INT(utf8_length("", 0), 0);
	CHECK_INT(utf8_length("abc", 3), 3);
	CHECK_INT(utf8_length("caf\xc3\xa9", 5), 4);
	CHECK_INT(utf8_length("\xe2\x82\xac\xf0\x9f\x98\x80", 7), 2);
	CHECK_INT(utf8_length("a\xc3\xa9\xe2\x82\xac", 6), 3);
}

int main(void)
{
	test_valid();
	test_malformed();
	test_controls();
	test_length();
	return test_done("utf8");
}
