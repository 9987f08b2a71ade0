#include "tz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conf.h"
#include "form.h"

/* Points local time at conf.time_zone, once. */
static void ready(void)
{
	static bool done;

	if (done)
		return;
	setenv("TZ", conf.time_zone[0] != '\0' ? conf.time_zone : "UTC", 1);
	tzset();
	done = true;
}

/* Reads "YYYY-MM-DD" into tm's date fields; false when it is not a day. */
static bool read_date(const char *date, struct tm *tm)
{
	if (date == NULL || !valid_date(date))
		return false;
	tm->tm_year = atoi(date) - 1900;
	tm->tm_mon = atoi(date + 5) - 1;
	tm->tm_mday = atoi(date + 8);
	return true;
}

bool tz_parse_utc(const char *s, time_t *out)
{
	static const char digits[] = "0123456789";
	struct tm tm = {0};
	char date[11];
	size_t n = s != NULL ? strlen(s) : 0;

	if (n != 19 && !(n == 20 && s[19] == 'Z'))
		return false;
	if (s[10] != (n == 19 ? ' ' : 'T') || s[13] != ':' || s[16] != ':')
		return false;
	for (int i = 11; i < 19; i++)
		if (i != 13 && i != 16 && strchr(digits, s[i]) == NULL)
			return false;
	memcpy(date, s, 10);
	date[10] = '\0';
	if (!read_date(date, &tm))
		return false;
	tm.tm_hour = atoi(s + 11);
	tm.tm_min = atoi(s + 14);
	tm.tm_sec = atoi(s + 17);
	if (tm.tm_hour > 23 || tm.tm_min > 59 || tm.tm_sec > 59)
		return false;
	*out = timegm(&tm);
	return true;
}

void tz_utc_text(time_t t, char out[TZ_TEXT])
{
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, TZ_TEXT, "%Y-%m-%d %H:%M:%S", &tm);
}

void tz_local_text(time_t t, char out[TZ_TEXT], int *dow)
{
	struct tm tm;

	ready();
	localtime_r(&t, &tm);
	strftime(out, TZ_TEXT, "%Y-%m-%dT%H:%M:%S", &tm);
	if (dow != NULL)
		*dow = tm.tm_wday;
}

int tz_from_local(const char *date, int minute, time_t *out)
{
	struct tm tm = {0}, back;
	time_t t;

	if (minute < 0 || minute > 1439 || !read_date(date, &tm))
		return -1;
	ready();
	tm.tm_hour = minute / 60;
	tm.tm_min = minute % 60;
	tm.tm_isdst = -1;
	if ((t = mktime(&tm)) == (time_t)-1)
		return -1;
	localtime_r(&t, &back);
	if (back.tm_hour != minute / 60 || back.tm_min != minute % 60 ||
	    back.tm_mday != atoi(date + 8))
		return -1; /* the clock skips it */
	*out = t;
	return 0;
}

void tz_today(char out[11])
{
	time_t now = time(NULL);
	struct tm tm;

	ready();
	localtime_r(&now, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

int tz_add_days(const char *date, int days, char out[11])
{
	struct tm tm = {0};
	time_t t;

	if (!read_date(date, &tm) || days < -100000 || days > 100000)
		return -1;
	tm.tm_hour = 12;
	t = timegm(&tm) + (time_t)days * 86400;
	gmtime_r(&t, &tm);
	if (tm.tm_year + 1900 < 1000 || tm.tm_year + 1900 > 9999)
		return -1;
	strftime(out, 11, "%Y-%m-%d", &tm);
	return 0;
}

/* The first moment of the zone's day date: midnight, or the first minute
 * the clock shows where a change of time skips midnight. */
static int day_start(const char *date, time_t *out)
{
	for (int m = 0; m < 180; m++)
		if (tz_from_local(date, m, out) == 0)
			return 0;
	return -1;
}

int tz_day_range(const char *date, char from[TZ_TEXT], char to[TZ_TEXT])
{
	char next[11];
	time_t a, b;

	if (tz_add_days(date, 1, next) == -1 || day_start(date, &a) == -1 ||
	    day_start(next, &b) == -1)
		return -1;
	tz_utc_text(a, from);
	tz_utc_text(b, to);
	return 0;
}
