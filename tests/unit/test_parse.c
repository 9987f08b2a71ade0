/* Unit tests for parse.c: urlencoded forms, multipart forms, cookies. */
#include "parse.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"

#include "test.h"

static const struct parse_limits lim = {200, 65536, 128};
static struct pool pool;
static struct fields f;

/* Empties the field list and the pool between cases. */
static void reset(void)
{
	pool_clear(&pool);
	memset(&f, 0, sizeof f);
}

/* The name, value and length of field i, or NULL and -1 when the list
 * holds fewer fields: a failed parse makes checks fail, not crash. */
static const char *name_at(size_t i)
{
	return i < f.n ? f.v[i].name : NULL;
}

static const char *value_at(size_t i)
{
	return i < f.n ? f.v[i].value : NULL;
}

static long long len_at(size_t i)
{
	return i < f.n ? (long long)f.v[i].len : -1;
}

static int ue(const char *s)
{
	reset();
	return parse_urlencoded(&f, &pool, s, strlen(s), &lim);
}

static int ue_lim(const char *s, const struct parse_limits *l)
{
	reset();
	return parse_urlencoded(&f, &pool, s, strlen(s), l);
}

static int mp(const char *ctype, const char *body, size_t len)
{
	reset();
	return parse_multipart(&f, &pool, ctype, body, len, &lim);
}

static int ck(const char *header, const struct parse_limits *l)
{
	reset();
	return parse_cookies(&f, &pool, header, l);
}

/* Plain pairs, '+' as space and %XX escapes (both cases) decode. */
static void test_urlencoded_decoding(void)
{
	CHECK_INT(ue("a=1&b=hello+world&c=%41%2f%2F%c3%A9"), 0);
	CHECK_INT(f.n, 3);
	CHECK_STR(name_at(0), "a");
	CHECK_STR(value_at(0), "1");
	CHECK_STR(value_at(1), "hello world");
	CHECK_STR(value_at(2), "A//\xc3\xa9");
	CHECK_INT(len_at(2), 5);
	CHECK(f.n == 3 && f.v[2].filename == NULL);

	/* Names decode too. */
	CHECK_INT(ue("first+name=Jo&%C3%A9t%C3%A9=x"), 0);
	CHECK_STR(name_at(0), "first name");
	CHECK_STR(name_at(1), "\xc3\xa9t\xc3\xa9");

	/* An escape that ends the string exactly is complete. */
	CHECK_INT(ue("a=%41"), 0);
	CHECK_STR(value_at(0), "A");
	CHECK_INT(len_at(0), 1);

	/* The empty string holds no field. */
	CHECK_INT(ue(""), 0);
	CHECK_INT(f.n, 0);
}

/* Empty pairs are skipped, an empty name is refused. */
static void test_urlencoded_shapes(void)
{
	CHECK_INT(ue("&a=1&&b=2&"), 0);
	CHECK_INT(f.n, 2);
	CHECK_STR(name_at(0), "a");
	CHECK_STR(name_at(1), "b");

	CHECK_INT(ue("a="), 0);
	CHECK_INT(f.n, 1);
	CHECK_STR(value_at(0), "");

	/* A value may hold '='. */
	CHECK_INT(ue("a=b=c"), 0);
	CHECK_STR(value_at(0), "b=c");

	CHECK_INT(ue("=v"), 400);
	CHECK_INT(ue("a=1&=v"), 400);
}

/* LIBRARY BUG (parse.c, parse_urlencoded): a pair without '=' ("flag")
 * should give an empty value, but vlen is left uninitialized on that path
 * and then compared with field_max and passed to utf8_valid_text, so the
 * answer is 0, 400 or 413 depending on the stack (undefined behaviour;
 * seen: 413 in the plain build, 400 under ASan). */
static void test_urlencoded_no_equals(void)
{
	CHECK_INT(ue("flag&x=1"), 0);
	CHECK_INT(f.n, 2);
	CHECK_STR(name_at(0), "flag");
	CHECK_STR(value_at(0), "");
	CHECK_INT(len_at(0), 0);
	CHECK_STR(value_at(1), "1");

	CHECK_INT(ue("x=1&flag"), 0);
	CHECK_INT(f.n, 2);
	CHECK_STR(name_at(1), "flag");
	CHECK_INT(len_at(1), 0);
}

/* Incomplete or non-hex escapes are refused with 400. */
static void test_urlencoded_bad_escapes(void)
{
	CHECK_INT(ue("a=%"), 400);
	CHECK_INT(ue("a=%4"), 400);
	CHECK_INT(ue("a=%zz"), 400);
	CHECK_INT(ue("a=%4g"), 400);
	CHECK_INT(ue("a=%g4"), 400);
	CHECK_INT(ue("a=%%41"), 400);
	CHECK_INT(ue("%=1"), 400);
	CHECK_INT(ue("a%2=1"), 400);
	/* An escape cut by '&' is incomplete too. */
	CHECK_INT(ue("a=%4&b=1"), 400);
}

/* Decoded bytes must be valid UTF-8 text: overlong, surrogate, bytes
 * above F4, truncated sequences, NUL and control characters give 400. */
static void test_urlencoded_bad_text(void)
{
	CHECK_INT(ue("a=%C0%80"), 400);       /* overlong NUL */
	CHECK_INT(ue("a=%C1%BF"), 400);       /* overlong '?' */
	CHECK_INT(ue("a=%E0%80%AF"), 400);    /* overlong '/' */
	CHECK_INT(ue("a=%ED%A0%80"), 400);    /* surrogate U+D800 */
	CHECK_INT(ue("a=%F5%80%80%80"), 400); /* above U+10FFFF */
	CHECK_INT(ue("a=%F4%90%80%80"), 400); /* U+110000 */
	CHECK_INT(ue("a=%C3"), 400);          /* truncated */
	CHECK_INT(ue("a=%E2%82"), 400);       /* truncated */
	CHECK_INT(ue("a=%80"), 400);          /* lone continuation */
	CHECK_INT(ue("a=x%00y"), 400);        /* NUL */
	CHECK_INT(ue("a=%01"), 400);          /* control character */
	CHECK_INT(ue("a=%1B"), 400);          /* escape */
	CHECK_INT(ue("%ED%A0%80=1"), 400);    /* in the name */
	CHECK_INT(ue("a=\xff"), 400);         /* raw, not escaped */
	/* Tab, LF and CR are text. */
	CHECK_INT(ue("a=%09%0A%0D"), 0);
	CHECK_INT(len_at(0), 3);
	/* The largest code point is fine. */
	CHECK_INT(ue("a=%F4%8F%BF%BF"), 0);
}

/* fields_max fields pass, one more is 413; a value or name over its
 * limit is 413, at the limit passes. */
static void test_urlencoded_limits(void)
{
	struct parse_limits small = {3, 8, 4};
	struct buf b = {0};

	CHECK_INT(ue_lim("a=1&b=2&c=3", &small), 0);
	CHECK_INT(f.n, 3);
	CHECK_INT(ue_lim("a=1&b=2&c=3&d=4", &small), 413);

	CHECK_INT(ue_lim("a=12345678", &small), 0);
	CHECK_INT(ue_lim("a=123456789", &small), 413);
	/* The limit counts decoded bytes: 8 escapes are 8 bytes. */
	CHECK_INT(ue_lim("a=%41%41%41%41%41%41%41%41", &small), 0);
	CHECK_INT(ue_lim("name=1", &small), 0);
	CHECK_INT(ue_lim("names=1", &small), 413);

	/* Production limits: 200 fields, 65536 bytes. */
	for (int i = 0; i < 200; i++)
		buf_printf(&b, "%sf%d=%d", i ? "&" : "", i, i);
	CHECK_INT(ue(b.data), 0);
	CHECK_INT(f.n, 200);
	buf_puts(&b, "&one=more");
	CHECK_INT(ue(b.data), 413);

	buf_reset(&b);
	buf_puts(&b, "big=");
	for (int i = 0; i < 65536; i++)
		buf_add(&b, "x", 1);
	CHECK_INT(ue(b.data), 0);
	CHECK_INT(len_at(0), 65536);
	buf_add(&b, "x", 1);
	CHECK_INT(ue(b.data), 413);
	buf_free(&b);
}

/* Parsing appends to a list that already holds fields, and the limit
 * counts them. */
static void test_urlencoded_appends(void)
{
	struct parse_limits two = {2, 100, 100};

	reset();
	CHECK_INT(parse_urlencoded(&f, &pool, "a=1", 3, &two), 0);
	CHECK_INT(parse_urlencoded(&f, &pool, "b=2", 3, &two), 0);
	CHECK_INT(f.n, 2);
	CHECK_STR(value_at(1), "2");
	CHECK_INT(parse_urlencoded(&f, &pool, "c=3", 3, &two), 413);

	/* Only len bytes are read, not up to the NUL. */
	reset();
	CHECK_INT(parse_urlencoded(&f, &pool, "a=12&b=2", 4, &lim), 0);
	CHECK_INT(f.n, 1);
	CHECK_STR(value_at(0), "12");
}

#define CRLF "\r\n"

/* One line of the body per source line. */
/* clang-format off */
static const char form_body[] =
    "--XyZ" CRLF
    "Content-Disposition: form-data; name=\"title\"" CRLF
    CRLF
    "Caf\xc3\xa9 menu" CRLF
    "--XyZ" CRLF
    "content-disposition: form-data; name=notes" CRLF
    "Content-Type: text/plain; charset=utf-8" CRLF
    CRLF
    "line 1" CRLF
    "line 2" CRLF
    "--XyZ" CRLF
    "Content-Disposition: form-data; name=\"doc\"; filename=\"a b.pdf\"" CRLF
    "Content-Type: application/pdf" CRLF
    CRLF
    "%PDF\x00\xff\xfe\xc0\x80\xed\xa0\x80" CRLF
    "--X" CRLF
    "--XyZ--" CRLF
    "epilogue is ignored";
/* clang-format on */

/* Two text parts and one binary file part (NUL and invalid UTF-8 are
 * allowed in a file) come out with names, values, lengths and types. */
static void test_multipart_form(void)
{
	static const char file[] =
	    "%PDF\x00\xff\xfe\xc0\x80\xed\xa0\x80" CRLF "--X";
	const struct field *fl;

	CHECK_INT(mp("multipart/form-data; boundary=XyZ", form_body,
	             sizeof form_body - 1),
	          0);
	CHECK_INT(f.n, 3);
	if (f.n != 3)
		return;
	CHECK_STR(name_at(0), "title");
	CHECK_STR(value_at(0), "Caf\xc3\xa9 menu");
	CHECK_INT(len_at(0), 10);
	CHECK(f.v[0].filename == NULL);
	CHECK(f.v[0].ctype == NULL);

	CHECK_STR(name_at(1), "notes");
	CHECK_STR(value_at(1), "line 1" CRLF "line 2");
	CHECK_STR(f.v[1].ctype, "text/plain; charset=utf-8");
	CHECK(f.v[1].filename == NULL);

	fl = fields_get(&f, "doc");
	CHECK(fl == &f.v[2]);
	if (fl == NULL)
		return;
	CHECK_STR(fl->filename, "a b.pdf");
	CHECK_STR(fl->ctype, "application/pdf");
	CHECK_INT(fl->len, sizeof file - 1);
	CHECK(memcmp(fl->value, file, sizeof file - 1) == 0);
	CHECK(fl->value[fl->len] == '\0');
}

/* The boundary is read quoted or unquoted, after other parameters, and
 * its absence or emptiness is 400. */
static void test_multipart_boundary(void)
{
	static const char body[] =
	    "--a'b(c)" CRLF "Content-Disposition: form-data; name=x" CRLF CRLF
	    "1" CRLF "--a'b(c)--";

	CHECK_INT(mp("multipart/form-data; boundary=\"a'b(c)\"", body,
	             sizeof body - 1),
	          0);
	CHECK_INT(f.n, 1);
	CHECK_INT(mp("multipart/form-data; charset=utf-8; boundary=a'b(c)",
	             body, sizeof body - 1),
	          0);
	CHECK_INT(f.n, 1);
	CHECK_INT(
	    mp("multipart/form-data;boundary=a'b(c)", body, sizeof body - 1),
	    0);
	CHECK_INT(
	    mp("multipart/form-data; BOUNDARY=a'b(c)", body, sizeof body - 1),
	    0);
	/* A different boundary does not match the body. */
	CHECK_INT(
	    mp("multipart/form-data; boundary=a'b", body, sizeof body - 1),
	    400);
	CHECK_INT(mp("multipart/form-data", body, sizeof body - 1), 400);
	CHECK_INT(mp("multipart/form-data; boundary=", body, sizeof body - 1),
	          400);
	CHECK_INT(
	    mp("multipart/form-data; boundary=\"\"", body, sizeof body - 1),
	    400);
	CHECK_INT(
	    mp("multipart/form-data; boundary=\"a'b(c)", body, sizeof body - 1),
	    400);
}

/* A body cut before its closing delimiter, or broken around one, is 400. */
static void test_multipart_structure(void)
{
	static const char no_close[] =
	    "--B" CRLF "Content-Disposition: form-data; name=x" CRLF CRLF
	    "1" CRLF;
	static const char no_close2[] =
	    "--B" CRLF "Content-Disposition: form-data; "
	    "name=x" CRLF CRLF "1" CRLF "--B";
	static const char no_close3[] =
	    "--B" CRLF "Content-Disposition: form-data; "
	    "name=x" CRLF CRLF "1" CRLF "--B" CRLF;
	static const char preamble[] =
	    "junk" CRLF "--B" CRLF
	    "Content-Disposition: form-data; name=x" CRLF CRLF "1" CRLF "--B--";
	static const char no_blank[] =
	    "--B" CRLF "Content-Disposition: form-data; name=x" CRLF "1" CRLF
	    "--B--";
	static const char empty_form[] = "--B--" CRLF;
	static const char padded[] =
	    "--B \t" CRLF "Content-Disposition: form-data; name=x" CRLF CRLF
	    "1" CRLF "--B--";
	const char *ct = "multipart/form-data; boundary=B";

	CHECK_INT(mp(ct, no_close, sizeof no_close - 1), 400);
	CHECK_INT(mp(ct, no_close2, sizeof no_close2 - 1), 400);
	CHECK_INT(mp(ct, no_close3, sizeof no_close3 - 1), 400);
	CHECK_INT(mp(ct, preamble, sizeof preamble - 1), 400);
	CHECK_INT(mp(ct, no_blank, sizeof no_blank - 1), 400);
	CHECK_INT(mp(ct, "", 0), 400);
	CHECK_INT(mp(ct, "--", 2), 400);
	/* A form with no part at all is well-formed. */
	CHECK_INT(mp(ct, empty_form, sizeof empty_form - 1), 0);
	CHECK_INT(f.n, 0);
	/* Transport padding after a delimiter is allowed. */
	CHECK_INT(mp(ct, padded, sizeof padded - 1), 0);
	CHECK_INT(f.n, 1);
}

/* Each part needs Content-Disposition: form-data with a non-empty name. */
static void test_multipart_disposition(void)
{
	static const char no_disp[] =
	    "--B" CRLF "Content-Type: text/plain" CRLF CRLF "1" CRLF "--B--";
	static const char no_headers[] = "--B" CRLF CRLF "1" CRLF "--B--";
	static const char not_form[] =
	    "--B" CRLF "Content-Disposition: attachment; "
	    "name=x" CRLF CRLF "1" CRLF "--B--";
	static const char no_name[] =
	    "--B" CRLF "Content-Disposition: form-data; "
	    "filename=\"a.txt\"" CRLF CRLF "1" CRLF "--B--";
	static const char empty_name[] =
	    "--B" CRLF "Content-Disposition: form-data; "
	    "name=\"\"" CRLF CRLF "1" CRLF "--B--";
	static const char bad_header[] =
	    "--B" CRLF "Content-Disposition: form-data; "
	    "name=\"\xff\"" CRLF CRLF "1" CRLF "--B--";
	const char *ct = "multipart/form-data; boundary=B";

	CHECK_INT(mp(ct, no_disp, sizeof no_disp - 1), 400);
	CHECK_INT(mp(ct, no_headers, sizeof no_headers - 1), 400);
	CHECK_INT(mp(ct, not_form, sizeof not_form - 1), 400);
	CHECK_INT(mp(ct, no_name, sizeof no_name - 1), 400);
	CHECK_INT(mp(ct, empty_name, sizeof empty_name - 1), 400);
	CHECK_INT(mp(ct, bad_header, sizeof bad_header - 1), 400);
}

/* LIBRARY BUG (parse.c, header_param): parameters are found by scanning
 * for ';' without skipping quoted strings, so a quoted filename holding
 * "; name=" is taken for the name when filename comes first: the part
 * below is read as field `evil"` instead of `doc`. Minor (browsers send
 * name first), but the parser promises to read the header as written. */
static void test_multipart_quoted_param(void)
{
	static const char body[] =
	    "--B" CRLF "Content-Disposition: form-data; "
	    "filename=\"x;name=evil\"; name=\"doc\"" CRLF CRLF "Z" CRLF "--B--";

	CHECK_INT(mp("multipart/form-data; boundary=B", body, sizeof body - 1),
	          0);
	CHECK_STR(name_at(0), "doc");
	CHECK(f.n == 1 && f.v[0].filename != NULL &&
	      strcmp(f.v[0].filename, "x;name=evil") == 0);
}

/* A text part must be valid UTF-8 text; a file part need not be. */
static void test_multipart_text(void)
{
	static const char bad_text[] =
	    "--B" CRLF "Content-Disposition: form-data; name=x" CRLF CRLF
	    "a\xed\xa0\x80" CRLF "--B--";
	static const char nul_text[] =
	    "--B" CRLF "Content-Disposition: form-data; name=x" CRLF CRLF
	    "a\0b" CRLF "--B--";
	static const char nul_file[] =
	    "--B" CRLF "Content-Disposition: form-data; name=x;"
	    " filename=f" CRLF CRLF "a\0b" CRLF "--B--";
	const char *ct = "multipart/form-data; boundary=B";

	CHECK_INT(mp(ct, bad_text, sizeof bad_text - 1), 400);
	CHECK_INT(mp(ct, nul_text, sizeof nul_text - 1), 400);
	CHECK_INT(mp(ct, nul_file, sizeof nul_file - 1), 0);
	CHECK_INT(f.n, 1);
	if (f.n == 1) {
		CHECK_INT(len_at(0), 3);
		CHECK(memcmp(value_at(0), "a\0b", 3) == 0);
		CHECK_STR(f.v[0].filename, "f");
	}
}

/* Past fields_max parts the form is 413; a text part over field_max is
 * 413; a long name is 413. */
static void test_multipart_limits(void)
{
	struct parse_limits l = {2, 4, 8};
	static const char part[] =
	    "--B" CRLF "Content-Disposition: form-data; name=x" CRLF CRLF
	    "1" CRLF;
	static const char big[] =
	    "--B" CRLF "Content-Disposition: form-data; name=x" CRLF CRLF
	    "12345" CRLF "--B--";
	static const char bigfile[] =
	    "--B" CRLF "Content-Disposition: form-data; name=x;"
	    " filename=f" CRLF CRLF "12345" CRLF "--B--";
	static const char longname[] =
	    "--B" CRLF "Content-Disposition: form-data; "
	    "name=abcdefghi" CRLF CRLF "1" CRLF "--B--";
	const char *ct = "multipart/form-data; boundary=B";
	struct buf b = {0};

	for (int i = 0; i < 2; i++)
		buf_puts(&b, part);
	buf_puts(&b, "--B--");
	reset();
	CHECK_INT(parse_multipart(&f, &pool, ct, b.data, b.len, &l), 0);
	CHECK_INT(f.n, 2);

	buf_reset(&b);
	for (int i = 0; i < 3; i++)
		buf_puts(&b, part);
	buf_puts(&b, "--B--");
	reset();
	CHECK_INT(parse_multipart(&f, &pool, ct, b.data, b.len, &l), 413);

	reset();
	CHECK_INT(parse_multipart(&f, &pool, ct, big, sizeof big - 1, &l), 413);
	/* field_max is for text; a file may be larger. */
	reset();
	CHECK_INT(
	    parse_multipart(&f, &pool, ct, bigfile, sizeof bigfile - 1, &l), 0);
	reset();
	CHECK_INT(
	    parse_multipart(&f, &pool, ct, longname, sizeof longname - 1, &l),
	    413);

	/* Production limit: 200 parts pass, 201 are 413. */
	buf_reset(&b);
	for (int i = 0; i < 200; i++)
		buf_puts(&b, part);
	buf_puts(&b, "--B--");
	CHECK_INT(mp(ct, b.data, b.len), 0);
	CHECK_INT(f.n, 200);
	buf_reset(&b);
	for (int i = 0; i < 201; i++)
		buf_puts(&b, part);
	buf_puts(&b, "--B--");
	CHECK_INT(mp(ct, b.data, b.len), 413);
	buf_free(&b);
}

/* Well-formed cookie pairs are read, with quotes removed from a quoted
 * value and spaces around pairs ignored. */
static void test_cookies_normal(void)
{
	CHECK_INT(ck("sid=abc123; lang=fr;theme=dark", &lim), 0);
	CHECK_INT(f.n, 3);
	CHECK_STR(name_at(0), "sid");
	CHECK_STR(value_at(0), "abc123");
	CHECK_INT(len_at(0), 6);
	CHECK_STR(name_at(1), "lang");
	CHECK_STR(value_at(1), "fr");
	CHECK_STR(name_at(2), "theme");
	CHECK_STR(value_at(2), "dark");

	CHECK_INT(ck("q=\"quoted-value\"", &lim), 0);
	CHECK_INT(f.n, 1);
	CHECK_STR(value_at(0), "quoted-value");
	CHECK_INT(len_at(0), 12);

	CHECK_INT(ck("e=", &lim), 0);
	CHECK_INT(f.n, 1);
	CHECK_STR(value_at(0), "");

	CHECK_INT(ck("", &lim), 0);
	CHECK_INT(f.n, 0);
	CHECK_INT(ck(" ; ;; ", &lim), 0);
	CHECK_INT(f.n, 0);
}

/* Malformed pairs are skipped and the well-formed ones around them kept. */
static void test_cookies_malformed(void)
{
	CHECK_INT(ck("noequals; a=1; =empty; b=has space; c=3", &lim), 0);
	CHECK_INT(f.n, 2);
	CHECK_STR(name_at(0), "a");
	CHECK_STR(name_at(1), "c");
	CHECK(fields_get(&f, "b") == NULL);

	/* Characters outside cookie-octet or token are refused. */
	CHECK_INT(ck("a=x,y; b=x\"y; c=x\\y; d=\"; e=\xc3\xa9; f=ok", &lim), 0);
	CHECK_INT(f.n, 1);
	CHECK_STR(name_at(0), "f");
	CHECK_INT(ck("n(1)=x; n 2=x; n@3=x; ok=1", &lim), 0);
	CHECK_INT(f.n, 1);
	CHECK_STR(name_at(0), "ok");
}

/* Past fields_max the rest is ignored; names and values over their limit
 * are skipped. */
static void test_cookies_limits(void)
{
	struct parse_limits l = {2, 5, 3};

	CHECK_INT(ck("a=1; b=2; c=3; d=4", &l), 0);
	CHECK_INT(f.n, 2);
	CHECK_STR(name_at(1), "b");
	CHECK_INT(ck("long=1; a=123456; b=12345; abc=1", &l), 0);
	CHECK_INT(f.n, 2);
	CHECK_STR(name_at(0), "b");
	CHECK_STR(name_at(1), "abc");
}

/* fields_get returns the first field of that name, NULL when absent. */
static void test_fields_get(void)
{
	const struct field *fl;

	CHECK_INT(ue("a=1&b=2&a=3"), 0);
	fl = fields_get(&f, "a");
	CHECK(fl != NULL && strcmp(fl->value, "1") == 0);
	fl = fields_get(&f, "b");
	CHECK(fl != NULL && strcmp(fl->value, "2") == 0);
	CHECK(fields_get(&f, "c") == NULL);
	CHECK(fields_get(&f, "") == NULL);
	CHECK(fields_get(&f, "A") == NULL);
	reset();
	CHECK(fields_get(&f, "a") == NULL);
}

int main(void)
{
	test_urlencoded_decoding();
	test_urlencoded_shapes();
	test_urlencoded_no_equals();
	test_urlencoded_bad_escapes();
	test_urlencoded_bad_text();
	test_urlencoded_limits();
	test_urlencoded_appends();
	test_multipart_form();
	test_multipart_boundary();
	test_multipart_structure();
	test_multipart_disposition();
	test_multipart_quoted_param();
	test_multipart_text();
	test_multipart_limits();
	test_cookies_normal();
	test_cookies_malformed();
	test_cookies_limits();
	test_fields_get();
	reset();
	return test_done("parse");
}
