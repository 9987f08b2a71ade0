#include "period.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "form.h"
#include "page.h"

/* Days from 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
 * days_from_civil). */
static long days_from_civil(long y, long m, long d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

long period_day(const char *s)
{
	return days_from_civil(atol(s), (s[5] - '0') * 10 + (s[6] - '0'),
	                       (s[8] - '0') * 10 + (s[9] - '0'));
}

void period_date(long z, char out[DATE_TEXT])
{
	long era, doe, yoe, y, doy, mp, d, m;
	char tmp[64];

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = doy - (153 * mp + 2) / 5 + 1;
	m = mp + (mp < 10 ? 3 : -9);
	y += m <= 2;
	snprintf(tmp, sizeof tmp, "%04ld-%02ld-%02ld", y, m, d);
	memcpy(out, tmp, DATE_TEXT - 1);
	out[DATE_TEXT - 1] = '\0';
}

void period_add(const char *s, long n, char out[DATE_TEXT])
{
	period_date(period_day(s) + n, out);
}

void period_today(char out[DATE_TEXT])
{
	period_date((long)(time(NULL) / 86400), out);
}

int period_field(struct req *r, const char *name, const char **out, int flags)
{
	if (form_text(r, name, out, 10, flags) == -1) {
		*out = "";
		return -1;
	}
	if (**out == '\0')
		return 0;
	if (!valid_date(*out)) {
		page_error(r, name, "err.date.invalid");
		*out = "";
		return -1;
	}
	return 0;
}

/* ISO dates compare as text. */
static int cmp(const char *a, const char *b)
{
	return strcmp(a, b);
}

const char *period_confirmation(const struct period_request *rq,
                                const char *from, const char *to,
                                const char *today)
{
	if (cmp(from, to) > 0)
		return "err.partner.period.order";
	if (cmp(to, today) > 0)
		return "err.partner.period.future";
	if (*rq->clone_from != '\0' && cmp(to, rq->clone_from) >= 0)
		return "err.partner.period.after_clone";
	if (*rq->own_from != '\0' && cmp(from, rq->own_from) < 0)
		return "err.partner.period.before_clone";
	if (cmp(from, rq->start) < 0 ||
	    (*rq->end != '\0' && cmp(to, rq->end) > 0))
		return "err.partner.period.outside";
	return NULL;
}

const char *period_clone(const char *start, const char *end, const char *eff)
{
	if (cmp(eff, start) <= 0)
		return "err.partner.clone.too_early";
	if (*end != '\0' && cmp(eff, end) > 0)
		return "err.partner.clone.too_late";
	return NULL;
}

const char *period_terminate(const char *start, const char *end,
                             const char *eff)
{
	if (cmp(eff, start) <= 0)
		return "err.partner.terminate.too_early";
	if (*end != '\0' && cmp(eff, end) > 0)
		return "err.partner.terminate.too_late";
	return NULL;
}

const char *period_suspend(const char *start, const char *end, const char *from,
                           const char *to)
{
	if (cmp(from, to) > 0)
		return "err.partner.period.order";
	if (cmp(from, start) < 0 || (*end != '\0' && cmp(to, end) > 0))
		return "err.partner.suspend.outside";
	return NULL;
}

bool period_overlap(const char *a1, const char *a2, const char *b1,
                    const char *b2)
{
	return cmp(a1, b2) <= 0 && cmp(b1, a2) <= 0;
}

bool valid_time(const char *s)
{
	return strlen(s) == 5 && s[2] == ':' && s[0] >= '0' && s[0] <= '2' &&
	       s[1] >= '0' && s[1] <= '9' && s[3] >= '0' && s[3] <= '5' &&
	       s[4] >= '0' && s[4] <= '9' && (s[0] < '2' || s[1] <= '3');
}

bool period_parse(const char *s, char out[DATE_TEXT])
{
	char tmp[DATE_TEXT];
	size_t n;

	while (*s == ' ')
		s++;
	n = strlen(s);
	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n != 10)
		return false;
	if (s[2] == '/' && s[5] == '/')
		snprintf(tmp, sizeof tmp, "%.4s-%.2s-%.2s", s + 6, s + 3, s);
	else
		snprintf(tmp, sizeof tmp, "%.10s", s);
	if (!valid_date(tmp))
		return false;
	memcpy(out, tmp, DATE_TEXT);
	return true;
}
