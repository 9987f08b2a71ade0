/* Unit tests for person.c: telephone numbers, Canadian postal codes and
 * provinces, birth dates; and the small parsers of the family portal
 * screens: the invitation template name (portal.c) and the LIKE pattern
 * of a search box (listing.c). */
#include "person.h"

#include <string.h>

#include "listing.h"
#include "portal.h"
#include "test.h"

/* Numbers as people write them pass; 7 to 15 digits. */
static void test_phone_good(void)
{
	CHECK(valid_phone("506-555-0101"));
	CHECK(valid_phone("(506) 555-0101"));
	CHECK(valid_phone("+1 506 555 0101"));
	CHECK(valid_phone("+1 (506) 555.0101"));
	CHECK(valid_phone("5550101"));
	CHECK(valid_phone("123456789012345"));
	CHECK(valid_phone("+44 20 7946 0958"));
}

/* Letters, extensions, too few or too many digits, separators out of
 * place and unbalanced parentheses are refused. */
static void test_phone_bad(void)
{
	char long_one[40];

	CHECK(!valid_phone(""));
	CHECK(!valid_phone("555-010"));          /* 6 digits */
	CHECK(!valid_phone("1234567890123456")); /* 16 digits */
	CHECK(!valid_phone("506-555-0101 x12"));
	CHECK(!valid_phone("call me"));
	CHECK(!valid_phone("-506-555-0101"));
	CHECK(!valid_phone("506-555-0101-"));
	CHECK(!valid_phone("506---5550101"));
	CHECK(!valid_phone("(506 555-0101"));
	CHECK(!valid_phone("506) 555-0101"));
	CHECK(!valid_phone("((506)) 555-0101"));
	CHECK(!valid_phone("()5065550101"));
	CHECK(!valid_phone("++15065550101"));
	CHECK(!valid_phone("506\n5550101"));
	CHECK(!valid_phone("506\xc2\xa0"
	                   "5550101"));
	memset(long_one, '1', sizeof long_one - 1);
	long_one[sizeof long_one - 1] = '\0';
	CHECK(!valid_phone(long_one));
	/* 34 bytes, 12 digits, a fine shape: too long for the column. */
	CHECK(!valid_phone("1--2--3--4--5--6--7--8--9--0--1--2"));
	CHECK(valid_phone("1--2--3--4--5--6--7--8--9--0--1"));
}

static void test_postal(void)
{
	char out[PERSON_POSTAL_LEN];

	CHECK(valid_postal_code("E1A 0A1", out));
	CHECK_STR(out, "E1A 0A1");
	CHECK(valid_postal_code("e1a0a1", out));
	CHECK_STR(out, "E1A 0A1");
	CHECK(valid_postal_code("K1A 0B1", out));
	CHECK(valid_postal_code("V5K 0A1", out));
	CHECK(!valid_postal_code("", out));
	CHECK(!valid_postal_code("E1A", out));
	CHECK(!valid_postal_code("E1A 0A", out));
	CHECK(!valid_postal_code("E1A 0A12", out));
	CHECK(!valid_postal_code("E1A  0A1", out));
	CHECK(!valid_postal_code("E1A-0A1", out));
	CHECK(!valid_postal_code(" E1A0A1", out));
	CHECK(!valid_postal_code("E1A0 A1", out));
	CHECK(!valid_postal_code("11A 0A1", out));
	CHECK(!valid_postal_code("EAA 0A1", out));
	/* Letters Canada Post never uses, and W or Z first. */
	CHECK(!valid_postal_code("D1A 0A1", out));
	CHECK(!valid_postal_code("E1O 0A1", out));
	CHECK(!valid_postal_code("E1A 0U1", out));
	CHECK(!valid_postal_code("W1A 0A1", out));
	CHECK(!valid_postal_code("Z1A 0A1", out));
	CHECK(valid_postal_code("E1W 0Z1", out)); /* elsewhere they are */
	CHECK(!valid_postal_code("E1A 0A\xc3\xa9", out));
}

static void test_province(void)
{
	CHECK(valid_province("NB"));
	CHECK(valid_province("QC"));
	CHECK(valid_province("YT"));
	CHECK(!valid_province("nb"));
	CHECK(!valid_province("XX"));
	CHECK(!valid_province("N"));
	CHECK(!valid_province("NBX"));
	CHECK(!valid_province(""));
}

static void test_birth(void)
{
	CHECK(valid_birth_date("1941-03-12", "2026-12-01"));
	CHECK(valid_birth_date("1900-01-01", "2026-12-01"));
	CHECK(valid_birth_date("2026-12-01", "2026-12-01"));
	CHECK(!valid_birth_date("2026-12-02", "2026-12-01"));
	CHECK(!valid_birth_date("1899-12-31", "2026-12-01"));
	CHECK(!valid_birth_date("1950-02-30", "2026-12-01"));
	CHECK(!valid_birth_date("1950-2-3", "2026-12-01"));
	CHECK(!valid_birth_date("", "2026-12-01"));
}

static void test_template_name(void)
{
	CHECK(portal_template_name_ok("portal-invite"));
	CHECK(portal_template_name_ok("portal-invite-brief"));
	CHECK(portal_template_name_ok("portal-invite-2"));
	CHECK(!portal_template_name_ok("portal-invite-"));
	CHECK(!portal_template_name_ok("portal-invitebrief"));
	CHECK(!portal_template_name_ok("portal-invite-Brief"));
	CHECK(!portal_template_name_ok("portal-invite-a/b"));
	CHECK(!portal_template_name_ok("portal-invite-../../x"));
	CHECK(!portal_template_name_ok("portal-invite-a.xsl"));
	CHECK(!portal_template_name_ok("activation"));
	CHECK(!portal_template_name_ok(""));
	CHECK(
	    !portal_template_name_ok("portal-invite-aaaaaaaaaaaaaaaaaaaaaaaaaaa"
	                             "aaaaaaaaaaaaaaaaaaaaaaaa"));
}

static void test_like(void)
{
	struct req r = {0};

	CHECK_STR(listing_like(&r, ""), "%%");
	CHECK_STR(listing_like(&r, "abc"), "%abc%");
	CHECK_STR(listing_like(&r, "50%_off\\"), "%50\\%\\_off\\\\%");
	pool_clear(&r.pool);
}

int main(void)
{
	test_phone_good();
	test_phone_bad();
	test_postal();
	test_province();
	test_birth();
	test_template_name();
	test_like();
	return test_done("person");
}
