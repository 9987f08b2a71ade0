/* Unit tests for tz.c: UTC and the wall clock of America/Moncton (UTC-4,
 * UTC-3 in summer: the second Sunday of March to the first Sunday of
 * November), across the changes of time. */
#include "tz.h"

#include <string.h>

#include "conf.h"
#include "test.h"

/* UTC texts of the database and of pages are read; others are not. */
static void test_parse(void)
{
	time_t t = 0;
	char s[TZ_TEXT];

	CHECK(tz_parse_utc("2026-11-24 13:00:00", &t));
	CHECK_INT(t, 1795525200);
	CHECK(tz_parse_utc("2026-11-24T13:00:00Z", &t));
	CHECK_INT(t, 1795525200);
	tz_utc_text(t, s);
	CHECK_STR(s, "2026-11-24 13:00:00");
	CHECK(!tz_parse_utc("2026-11-24T13:00:00", &t));
	CHECK(!tz_parse_utc("2026-11-24 13:00:00Z", &t));
	CHECK(!tz_parse_utc("2026-11-31 13:00:00", &t));
	CHECK(!tz_parse_utc("2026-11-24 24:00:00", &t));
	CHECK(!tz_parse_utc("2026-11-24 13:0a:00", &t));
	CHECK(!tz_parse_utc("", &t));
	CHECK(!tz_parse_utc(NULL, &t));
}

/* The wall clock in winter and in summer, and the day of the week. */
static void test_local(void)
{
	char s[TZ_TEXT];
	int dow = -1;
	time_t t = 0;

	tz_local_text(1795525200, s, &dow); /* 2026-11-24 13:00 UTC */
	CHECK_STR(s, "2026-11-24T09:00:00");
	CHECK_INT(dow, 2); /* a Tuesday */
	CHECK(tz_from_local("2026-11-24", 9 * 60, &t) == 0);
	CHECK_INT(t, 1795525200);
	CHECK(tz_from_local("2026-07-01", 9 * 60, &t) == 0);
	tz_utc_text(t, s);
	CHECK_STR(s, "2026-07-01 12:00:00");
}

/* On 2026-03-08 the clock goes from 01:59 to 03:00: 02:30 does not
 * exist; on 2026-11-01 it goes back from 01:59 to 01:00. */
static void test_changes(void)
{
	char from[TZ_TEXT], to[TZ_TEXT];
	time_t t = 0;

	CHECK(tz_from_local("2026-03-08", 2 * 60 + 30, &t) == -1);
	CHECK(tz_from_local("2026-03-08", 3 * 60, &t) == 0);
	tz_utc_text(t, from);
	CHECK_STR(from, "2026-03-08 06:00:00");
	CHECK(tz_day_range("2026-03-08", from, to) == 0);
	CHECK_STR(from, "2026-03-08 04:00:00");
	CHECK_STR(to, "2026-03-09 03:00:00"); /* a day of 23 hours */
	CHECK(tz_day_range("2026-11-01", from, to) == 0);
	CHECK_STR(from, "2026-11-01 03:00:00");
	CHECK_STR(to, "2026-11-02 04:00:00"); /* a day of 25 hours */
	CHECK(tz_from_local("2026-11-01", 12 * 60, &t) == 0);
	tz_utc_text(t, from);
	CHECK_STR(from, "2026-11-01 16:00:00");
	CHECK(tz_from_local("2026-02-30", 0, &t) == -1);
	CHECK(tz_from_local("2026-11-01", 1440, &t) == -1);
	CHECK(tz_from_local("2026-11-01", -1, &t) == -1);
}

/* Dates move by whole days across months, years and leap days. */
static void test_days(void)
{
	char d[11], today[11];

	CHECK(tz_add_days("2026-12-31", 1, d) == 0);
	CHECK_STR(d, "2027-01-01");
	CHECK(tz_add_days("2028-03-01", -1, d) == 0);
	CHECK_STR(d, "2028-02-29");
	CHECK(tz_add_days("2026-03-08", 7, d) == 0);
	CHECK_STR(d, "2026-03-15");
	CHECK(tz_add_days("9999-12-31", 1, d) == -1);
	CHECK(tz_add_days("2026-13-01", 1, d) == -1);
	tz_today(today);
	CHECK_INT(strlen(today), 10);
	CHECK(today[4] == '-' && today[7] == '-');
}

int main(void)
{
	conf_load(NULL);
	strcpy(conf.time_zone, "America/Moncton");
	test_parse();
	test_local();
	test_changes();
	test_days();
	return test_done("tz");
}
