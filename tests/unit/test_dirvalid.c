/* Unit tests for dirvalid.c: RPPS and ADELI numbers with their Luhn key,
 * postal codes, telephone and street numbers, dates as typed in France. */
#include "dirvalid.h"

#include <string.h>

#include "test.h"

/* Numbers with a right key pass; a changed digit, a swap of two
 * neighbours, a wrong length or anything but digits is refused. */
static void test_rpps(void)
{
	CHECK(valid_rpps("10003540548"));
	CHECK(valid_rpps("10123456781"));
	CHECK(valid_rpps("10999999997"));
	CHECK(valid_rpps("10000000017"));
	CHECK(!valid_rpps("10003540549"));  /* key off by one */
	CHECK(!valid_rpps("10003540558"));  /* one digit changed */
	CHECK(!valid_rpps("10003545048"));  /* two neighbours swapped */
	CHECK(!valid_rpps("1000354054"));   /* ten digits */
	CHECK(!valid_rpps("100035405480")); /* twelve */
	CHECK(!valid_rpps(""));
	CHECK(!valid_rpps("1000354054a"));
	CHECK(!valid_rpps(" 10003540548"));
	CHECK(!valid_rpps("10003540548 "));
	CHECK(!valid_rpps("10 003 540 548"));
	CHECK(!valid_rpps("-10003540548"));
	CHECK(!valid_rpps("１0003540548")); /* a full-width digit */
}

static void test_adeli(void)
{
	CHECK(valid_adeli("296123458"));
	CHECK(valid_adeli("350012340"));
	CHECK(valid_adeli("220000004"));
	CHECK(valid_adeli("569999998"));
	CHECK(!valid_adeli("296123459"));
	CHECK(!valid_adeli("269123458"));
	CHECK(!valid_adeli("29612345"));
	CHECK(!valid_adeli("2961234580"));
	CHECK(!valid_adeli("2A6123458"));
	CHECK(!valid_adeli("10003540548")); /* an RPPS number is not one */
	CHECK(!valid_rpps("296123458"));    /* nor the other way round */
	CHECK(!valid_adeli(""));
}

static void test_postcode(void)
{
	CHECK(valid_postcode("29200"));
	CHECK(valid_postcode("01000"));
	CHECK(valid_postcode("98999"));
	CHECK(valid_postcode("20000"));
	CHECK(!valid_postcode("00999"));
	CHECK(!valid_postcode("99000"));
	CHECK(!valid_postcode("2920"));
	CHECK(!valid_postcode("292000"));
	CHECK(!valid_postcode("29 200"));
	CHECK(!valid_postcode("2A200"));
	CHECK(!valid_postcode(""));
}

/* The directory's numbers as French people write them, through the
 * project's telephone validator (person.c). */
static void test_phone(void)
{
	CHECK(valid_phone("0298000000"));
	CHECK(valid_phone("02 98 00 00 00"));
	CHECK(valid_phone("02.98.00.00.00"));
	CHECK(valid_phone("+33 2 98 00 00 00"));
	CHECK(!valid_phone(""));
	CHECK(!valid_phone("12345"));
	CHECK(!valid_phone("02 98 00 00 0x"));
	CHECK(!valid_phone("0298000000;DROP"));
	CHECK(!valid_phone("+"));
}

static void test_street_number(void)
{
	CHECK(valid_street_number("7"));
	CHECK(valid_street_number("33"));
	CHECK(valid_street_number("12345"));
	CHECK(!valid_street_number("0"));
	CHECK(!valid_street_number("07"));
	CHECK(!valid_street_number("123456"));
	CHECK(!valid_street_number("7 bis"));
	CHECK(!valid_street_number(""));
	CHECK(!valid_street_number("-3"));
}

static void test_date_fr(void)
{
	char iso[11];

	CHECK(valid_date_fr("26/05/2020", iso));
	CHECK_STR(iso, "2020-05-26");
	CHECK(valid_date_fr("1970-01-31", iso));
	CHECK_STR(iso, "1970-01-31");
	CHECK(valid_date_fr("29/02/2024", iso));
	CHECK(!valid_date_fr("29/02/2023", iso));
	CHECK(!valid_date_fr("31/04/2020", iso));
	CHECK(!valid_date_fr("5/05/2020", iso));
	CHECK(!valid_date_fr("2020/05/26", iso));
	CHECK(!valid_date_fr("26-05-2020", iso));
	CHECK(!valid_date_fr("26/13/2020", iso));
	CHECK(!valid_date_fr("", iso));
	CHECK(!valid_date_fr("26/05/20200", iso));
}

int main(void)
{
	test_rpps();
	test_adeli();
	test_postcode();
	test_phone();
	test_street_number();
	test_date_fr();
	return test_done("dirvalid");
}
