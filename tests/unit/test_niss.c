/* Unit tests for niss.c: national numbers of people born in the 1900s and
 * from 2000, BIS numbers, and what is refused. */
#include "niss.h"

#include <string.h>

#include "test.h"

/* A number of someone born in the 1900s: check = 97 - (9 digits mod 97). */
static void test_valid_1900s(void)
{
	char out[NISS_DIGITS + 1];
	int year = 0;

	CHECK(niss_valid("85073003328", out, &year));
	CHECK_STR(out, "85073003328");
	CHECK_INT(year, 1985);
	CHECK(niss_valid("85.07.30-033.28", out, &year));
	CHECK_STR(out, "85073003328");
	CHECK(niss_valid("85 07 30 033 28", out, NULL));
	CHECK(niss_valid("850730-033-28", out, NULL));
	CHECK(niss_valid("90010100123", out, &year));
	CHECK_INT(year, 1990);
	/* 29 February 1972: a leap year. */
	CHECK(niss_valid("72.02.29-112.59", out, &year));
	CHECK_INT(year, 1972);
}

/* From 2000 on the check is computed on 2 followed by the nine digits. */
static void test_valid_2000s(void)
{
	char out[NISS_DIGITS + 1];
	int year = 0;

	CHECK(niss_valid("01020345603", out, &year));
	CHECK_INT(year, 2001);
	CHECK(niss_valid("05.06.15-997.87", out, &year));
	CHECK_INT(year, 2005);
	CHECK(niss_valid("12070623116", out, &year));
	CHECK_INT(year, 2012);
	/* 29 February 2000 exists (2000 is divisible by 400)... */
	CHECK(niss_valid("00022901828", out, &year));
	CHECK_INT(year, 2000);
	/* ...29 February 1900 does not: the same digits with the check of
	 * the 1900s are refused. */
	CHECK(!niss_valid("00022901896", out, NULL));
}

/* BIS numbers: the month plus 20 (sex unknown) or plus 40. */
static void test_bis(void)
{
	char out[NISS_DIGITS + 1];

	CHECK(niss_valid("85273003371", out, NULL));
	CHECK(niss_valid("85473003317", out, NULL));
	CHECK_STR(out, "85473003317");
}

/* Wrong check digits, in either century, are refused. */
static void test_bad_check(void)
{
	char out[NISS_DIGITS + 1] = "unchanged";
	int year = 0;

	CHECK(!niss_valid("85073003329", out, NULL));
	CHECK(!niss_valid("85073003327", out, NULL));
	CHECK_STR(out, "unchanged");
	CHECK(!niss_valid("01020345604", out, NULL));
	/* The same nine digits with the check of the 1900s are someone born
	 * in 1901; any other check is refused. */
	CHECK(niss_valid("01020345671", out, &year));
	CHECK_INT(year, 1901);
	CHECK(!niss_valid("01020345699", out, NULL));
	CHECK(!niss_valid("00000000000", out, NULL));
	CHECK(!niss_valid("99999999999", out, NULL));
}

/* Dates and counters that cannot be, and malformed text. */
static void test_bad_form(void)
{
	char out[NISS_DIGITS + 1];

	CHECK(!niss_valid("", out, NULL));
	CHECK(!niss_valid("8507300332", out, NULL));   /* 10 digits */
	CHECK(!niss_valid("850730033280", out, NULL)); /* 12 digits */
	CHECK(!niss_valid("85O73003328", out, NULL));  /* a letter O */
	CHECK(!niss_valid("85.07.30-033.28 ", out, NULL));
	CHECK(!niss_valid(".85073003328", out, NULL));
	CHECK(!niss_valid("85..07.30.033.28", out, NULL));
	CHECK(!niss_valid("85/07/30-033.28", out, NULL));
	CHECK(!niss_valid("85.07.30-033.28-----", out, NULL));
	CHECK(!niss_valid("85.07.30 - 033.28 ...", out, NULL));
	/* Month 13, day 32, 31 April, counters 000 and 998 (each with the
	 * right check digits for its nine digits). */
	CHECK(!niss_valid("85133003370", out, NULL));
	CHECK(!niss_valid("85073203365", out, NULL));
	CHECK(!niss_valid("85043103374", out, NULL));
	CHECK(!niss_valid("85073000061", out, NULL));
	CHECK(!niss_valid("85073099833", out, NULL));
	/* Day and month 0 stand for an unknown date and are accepted. */
	CHECK(niss_valid("85000003306", out, NULL));
}

/* The formatted form. */
static void test_format(void)
{
	char text[NISS_TEXT];

	niss_format("85073003328", text);
	CHECK_STR(text, "85.07.30-033.28");
	niss_format("01020345603", text);
	CHECK_STR(text, "01.02.03-456.03");
}

int main(void)
{
	test_valid_1900s();
	test_valid_2000s();
	test_bis();
	test_bad_check();
	test_bad_form();
	test_format();
	return test_done("niss");
}
