/* Unit tests for buf.c: growth, formatting and URL encoding. */
#include "buf.h"

#include <stdio.h>
#include <string.h>

#include "test.h"

/* Many small printf calls grow the buffer over many kilobytes, keep it
 * NUL-terminated and lose nothing. */
static void test_printf_growth(void)
{
	struct buf b = {0};
	char want[32];
	size_t off = 0;
	int ok = 1;

	for (int i = 0; i < 5000; i++)
		ok &= buf_printf(&b, "line %d;", i) == 0;
	CHECK(ok);
	CHECK(b.len > 40000);
	CHECK(b.cap > b.len);
	CHECK_INT(strlen(b.data), b.len);
	for (int i = 0; i < 5000 && ok; i++) {
		int n = snprintf(want, sizeof want, "line %d;", i);
		ok = memcmp(b.data + off, want, (size_t)n) == 0;
		off += (size_t)n;
	}
	CHECK(ok);
	CHECK_INT(off, b.len);

	/* One call bigger than the whole buffer. */
	buf_reset(&b);
	CHECK_INT(b.len, 0);
	CHECK_STR(b.data, "");
	CHECK_INT(buf_printf(&b, "%s|%0100000d|", "start", 7), 0);
	CHECK_INT(b.len, 6 + 100000 + 1);
	CHECK(b.data[6] == '0' && b.data[100005] == '7');
	CHECK_STR(b.data + 100006, "|");
	buf_free(&b);
	CHECK(b.data == NULL && b.len == 0 && b.cap == 0);
}

/* buf_add takes bytes with NUL inside; buf_puts appends; both keep a NUL
 * after the data. */
static void test_add(void)
{
	struct buf b = {0};

	CHECK_INT(buf_add(&b, "a\0b", 3), 0);
	CHECK_INT(b.len, 3);
	CHECK(memcmp(b.data, "a\0b", 4) == 0);
	CHECK_INT(buf_puts(&b, "cd"), 0);
	CHECK_INT(b.len, 5);
	CHECK(memcmp(b.data, "a\0bcd", 6) == 0);
	CHECK_INT(buf_add(&b, "", 0), 0);
	CHECK_INT(b.len, 5);
	buf_free(&b);
	/* A freed buffer is usable again. */
	CHECK_INT(buf_puts(&b, "again"), 0);
	CHECK_STR(b.data, "again");
	buf_free(&b);
}

/* Unreserved characters pass; everything else is %XX in uppercase hex,
 * byte by byte for UTF-8. */
static void test_urlencode(void)
{
	struct buf b = {0};

	CHECK_INT(buf_urlencode(&b, "/a b?c=\xc3\xa9&d"), 0);
	CHECK_STR(b.data, "%2Fa%20b%3Fc%3D%C3%A9%26d");
	buf_reset(&b);
	CHECK_INT(buf_urlencode(&b, "AZaz09-_.~"), 0);
	CHECK_STR(b.data, "AZaz09-_.~");
	buf_reset(&b);
	CHECK_INT(buf_urlencode(&b, "+%#\x01\x7f\xff"), 0);
	CHECK_STR(b.data, "%2B%25%23%01%7F%FF");
	buf_reset(&b);
	CHECK_INT(buf_urlencode(&b, ""), 0);
	CHECK_STR(b.data == NULL ? "" : b.data, "");
	/* It appends. */
	buf_puts(&b, "q=");
	buf_urlencode(&b, "a&b");
	CHECK_STR(b.data, "q=a%26b");
	buf_free(&b);
}

int main(void)
{
	test_printf_growth();
	test_add();
	test_urlencode();
	return test_done("buf");
}
