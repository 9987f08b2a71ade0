/* Unit tests for form_ca.c: postal codes, phone numbers, health insurance
 * numbers and times of day, on good and bad input (birth dates are
 * person.c's, tested in test_person.c). */
#include "form_ca.h"

#include <string.h>

#include "test.h"

/* Postal codes are read with or without their space, in any case, and
 * written the one way Canada Post prints them. */
static void test_postal_good(void)
{
	char out[POSTAL_TEXT];

	CHECK(valid_postal_area("E1C 4B7", out));
	CHECK_STR(out, "E1C 4B7");
	CHECK(valid_postal_area("e1c4b7", out));
	CHECK_STR(out, "E1C 4B7");
	CHECK(valid_postal_area("H0H 0H0", out));
	CHECK_STR(out, "H0H 0H0");
	CHECK(valid_postal_area("K1A0B1", out));
	CHECK(valid_postal_area("E3B", out));
	CHECK_STR(out, "E3B");
	CHECK(valid_postal_area("e2l", out));
	CHECK_STR(out, "E2L");
	CHECK(valid_postal_area("E1W 4B7", out)); /* W, but not first */
}

/* What is not a postal code is refused: letters Canada Post never uses,
 * the halves out of shape, extra spaces or characters. */
static void test_postal_bad(void)
{
	static const char *const bad[] = {
	    "",        "E1C 4B",  "E1C 4B77", "E1C  4B7", " E1C4B7",
	    "E1C-4B7", "1EC 4B7", "EEC 4B7",  "E11 4B7",  "E1C 447",
	    "E1C 4BB", "D1C 4B7", "F1C 4B7",  "I1C 4B7",  "O1C 4B7",
	    "Q1C 4B7", "U1C 4B7", "W1C 4B7",  "Z1C 4B7",  "E1D 4B7",
	    "E1C 4O7", "E1C4B7 ", "É1C 4B7",  "E1C\t4B7", "E1C 4B7\n",
	    "E1C4",    "E1"};
	char out[POSTAL_TEXT];

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		CHECK(!valid_postal_area(bad[i], out));
	CHECK(!valid_postal_area("E1C ", out));
}

/* Phone numbers of the North American plan, in the usual shapes, become
 * E.164. */
static void test_phone_good(void)
{
	char out[PHONE_TEXT];

	CHECK(valid_phone_e164("506-555-0123", out));
	CHECK_STR(out, "+15065550123");
	CHECK(valid_phone_e164("(506) 555-0123", out));
	CHECK_STR(out, "+15065550123");
	CHECK(valid_phone_e164("+1 506 555 0123", out));
	CHECK_STR(out, "+15065550123");
	CHECK(valid_phone_e164("1.506.555.0123", out));
	CHECK_STR(out, "+15065550123");
	CHECK(valid_phone_e164("5065550123", out));
	CHECK(valid_phone_e164("+15065550123", out));
}

/* Other countries, too few or too many digits, an area code or exchange
 * starting with 0 or 1, letters and other characters are refused. */
static void test_phone_bad(void)
{
	static const char *const bad[] = {
	    "",
	    "555-0123",
	    "+33 1 23 45 67 89",
	    "+506 555 0123",
	    "+1506555012",
	    "25065550123",
	    "506-555-01234",
	    "106-555-0123",
	    "006-555-0123",
	    "506-155-0123",
	    "506-055-0123",
	    "506-555-O123",
	    "506/555/0123",
	    "506 555 0123 ext 4",
	    "+",
	    "++15065550123",
	    "1 1 506 555 0123",
	    "506-555-0123                         "};
	char out[PHONE_TEXT];

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		CHECK(!valid_phone_e164(bad[i], out));
}

/* Health insurance numbers: 9 to 12 letters and digits; spaces and
 * dashes between groups are dropped, letters become capitals. */
static void test_card(void)
{
	char out[CARD_TEXT];

	CHECK(valid_health_card("123 456 789", out));
	CHECK_STR(out, "123456789");
	CHECK(valid_health_card("abcd-1234-5678", out));
	CHECK_STR(out, "ABCD12345678");
	CHECK(valid_health_card("1234567890AB", out));
	CHECK(!valid_health_card("12345678", out));
	CHECK(!valid_health_card("1234567890ABC", out));
	CHECK(!valid_health_card(" 123456789", out));
	CHECK(!valid_health_card("123456789 ", out));
	CHECK(!valid_health_card("123  456789", out));
	CHECK(!valid_health_card("123-_456789", out));
	CHECK(!valid_health_card("12345678é", out));
	CHECK(!valid_health_card("", out));
}

/* Times of day are HH:MM, 00:00 to 23:59. */
static void test_hhmm(void)
{
	int m = -1;

	CHECK(valid_hhmm("00:00", &m));
	CHECK_INT(m, 0);
	CHECK(valid_hhmm("09:30", &m));
	CHECK_INT(m, 570);
	CHECK(valid_hhmm("23:59", &m));
	CHECK_INT(m, 1439);
	CHECK(!valid_hhmm("24:00", &m));
	CHECK(!valid_hhmm("12:60", &m));
	CHECK(!valid_hhmm("9:30", &m));
	CHECK(!valid_hhmm("09h30", &m));
	CHECK(!valid_hhmm("09:3", &m));
	CHECK(!valid_hhmm("09:300", &m));
	CHECK(!valid_hhmm("-1:00", &m));
	CHECK(!valid_hhmm("", &m));
}

int main(void)
{
	test_postal_good();
	test_postal_bad();
	test_phone_good();
	test_phone_bad();
	test_card();
	test_hhmm();
	return test_done("form_ca");
}
