/* test_partner: the partner portal's parsers and rules: decimals as people
 * type them, calendar days, the confirmation, clone, suspension and
 * termination period rules, dates and times from files (the CSV reader
 * of uploads is tested in test_csvread.c). */
#include <stdlib.h>

#include "decimal.h"
#include "form.h"
#include "period.h"
#include "test.h"

static long long dec(const char *s, long long max)
{
	long long v = -1;

	return valid_decimal(s, max, &v) ? v : -1;
}

static void decimals(void)
{
	char out[32];

	CHECK_INT(dec("7", 100000), 700);
	CHECK_INT(dec("7.5", 100000), 750);
	CHECK_INT(dec("7,5", 100000), 750);
	CHECK_INT(dec("7,50", 100000), 750);
	CHECK_INT(dec(" 12.05 ", 100000), 1205);
	CHECK_INT(dec("1 234,50", 1000000), 123450);
	CHECK_INT(dec("1\xC2\xA0"
	              "234,50",
	              1000000),
	          123450);
	CHECK_INT(dec("1\xE2\x80\xAF"
	              "234,50",
	              1000000),
	          123450);
	CHECK_INT(dec("1,234.50", 1000000), 123450);
	CHECK_INT(dec("1.234,50", 1000000), 123450);
	CHECK_INT(dec("0", 100), 0);
	CHECK_INT(dec("1", 100), 100);
	CHECK_INT(dec("1.01", 100), -1);
	CHECK_INT(dec("", 100), -1);
	CHECK_INT(dec("-1", 100000), -1);
	CHECK_INT(dec("1.234", 100000), -1);
	CHECK_INT(dec("1.", 100000), -1);
	CHECK_INT(dec(".5", 100000), -1);
	CHECK_INT(dec("1,2,3", 100000), -1);
	CHECK_INT(dec("1,23.4", 100000), -1);
	CHECK_INT(dec("12abc", 100000), -1);
	CHECK_INT(dec("1e3", 100000), -1);
	CHECK_INT(dec("99999999999999999999999", 1000000), -1);
	CHECK_INT(dec("1 2", 100000), 1200);
	CHECK_INT(dec("1  2", 100000), -1);
	decimal_text(123450, out);
	CHECK_STR(out, "1234.50");
	decimal_text(5, out);
	CHECK_STR(out, "0.05");
}

static void days(void)
{
	char out[DATE_TEXT];

	CHECK_INT(period_day("1970-01-01"), 0);
	CHECK_INT(period_day("2000-03-01") - period_day("2000-02-28"), 2);
	CHECK_INT(period_day("2100-03-01") - period_day("2100-02-28"), 1);
	period_add("2026-12-31", 1, out);
	CHECK_STR(out, "2027-01-01");
	period_add("2028-03-01", -1, out);
	CHECK_STR(out, "2028-02-29");
	period_add("2026-01-31", 365, out);
	CHECK_STR(out, "2027-01-31");
	for (long d = -350000; d < 800000; d += 997) {
		char again[DATE_TEXT];
		period_date(d, out);
		CHECK(valid_date(out));
		if (valid_date(out)) {
			CHECK_INT(period_day(out), d);
			period_add(out, 0, again);
			CHECK_STR(again, out);
		}
	}
	CHECK(period_parse("2026-11-30", out));
	CHECK_STR(out, "2026-11-30");
	CHECK(period_parse(" 30/11/2026 ", out));
	CHECK_STR(out, "2026-11-30");
	CHECK(!period_parse("31/11/2026", out));
	CHECK(!period_parse("2026-02-29", out));
	CHECK(!period_parse("11/30/26", out));
	CHECK(!period_parse("", out));
	CHECK(valid_time("00:00"));
	CHECK(valid_time("23:59"));
	CHECK(!valid_time("24:00"));
	CHECK(!valid_time("12:60"));
	CHECK(!valid_time("9:30"));
	CHECK(!valid_time("12h30"));
	CHECK(period_overlap("2026-01-01", "2026-01-31", "2026-01-31",
	                     "2026-02-10"));
	CHECK(!period_overlap("2026-01-01", "2026-01-31", "2026-02-01",
	                      "2026-02-10"));
}

static void rules(void)
{
	struct period_request plain = {"2026-01-01", "2026-12-31", "", ""};
	struct period_request open = {"2026-01-01", "", "", ""};
	/* The original of a clone effective 2026-06-01 ends 2026-05-31. */
	struct period_request original = {"2026-01-01", "2026-05-31",
	                                  "2026-06-01", ""};
	struct period_request clone = {"2026-06-01", "2026-12-31", "",
	                               "2026-06-01"};
	const char *today = "2026-11-30";

	CHECK(period_confirmation(&plain, "2026-01-01", "2026-01-31", today) ==
	      NULL);
	CHECK_STR(
	    period_confirmation(&plain, "2026-02-01", "2026-01-31", today),
	    "err.partner.period.order");
	CHECK_STR(
	    period_confirmation(&plain, "2026-11-01", "2026-12-01", today),
	    "err.partner.period.future");
	CHECK_STR(
	    period_confirmation(&plain, "2025-12-31", "2026-01-31", today),
	    "err.partner.period.outside");
	CHECK(period_confirmation(&open, "2026-10-01", "2026-11-30", today) ==
	      NULL);
	CHECK(period_confirmation(&original, "2026-05-01", "2026-05-31",
	                          today) == NULL);
	CHECK_STR(
	    period_confirmation(&original, "2026-05-15", "2026-06-01", today),
	    "err.partner.period.after_clone");
	CHECK_STR(
	    period_confirmation(&original, "2026-06-01", "2026-06-30", today),
	    "err.partner.period.after_clone");
	CHECK(period_confirmation(&clone, "2026-06-01", "2026-06-30", today) ==
	      NULL);
	CHECK_STR(
	    period_confirmation(&clone, "2026-05-31", "2026-06-30", today),
	    "err.partner.period.before_clone");

	CHECK(period_clone("2026-01-01", "2026-12-31", "2026-01-02") == NULL);
	CHECK(period_clone("2026-01-01", "2026-12-31", "2026-12-31") == NULL);
	CHECK(period_clone("2026-01-01", "", "2030-01-01") == NULL);
	CHECK_STR(period_clone("2026-01-01", "2026-12-31", "2026-01-01"),
	          "err.partner.clone.too_early");
	CHECK_STR(period_clone("2026-01-01", "2026-12-31", "2027-01-01"),
	          "err.partner.clone.too_late");
	CHECK(period_terminate("2026-01-01", "2026-12-31", "2026-06-01") ==
	      NULL);
	CHECK_STR(period_terminate("2026-01-01", "2026-12-31", "2025-12-01"),
	          "err.partner.terminate.too_early");
	CHECK_STR(period_terminate("2026-01-01", "2026-12-31", "2027-01-02"),
	          "err.partner.terminate.too_late");
	CHECK(period_suspend("2026-01-01", "2026-12-31", "2026-02-01",
	                     "2026-02-10") == NULL);
	CHECK_STR(period_suspend("2026-01-01", "2026-12-31", "2026-02-10",
	                         "2026-02-01"),
	          "err.partner.period.order");
	CHECK_STR(period_suspend("2026-01-01", "2026-12-31", "2026-12-20",
	                         "2027-01-10"),
	          "err.partner.suspend.outside");
}

int main(void)
{
	decimals();
	days();
	rules();
	return test_done("partner");
}
