#include "niss.h"

#include <stdio.h>
#include <string.h>

#include "form.h"
#include "page.h"

/* The value of n decimal digits at s. */
static long digits(const char *s, int n)
{
	long v = 0;

	for (int i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

/* True when day d of month m exists in year y (m and d from 1). */
static bool real_date(int y, int m, int d)
{
	static const int days[] = {31, 29, 31, 30, 31, 30,
	                           31, 31, 30, 31, 30, 31};
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return d <= days[m - 1] && (m != 2 || d < 29 || leap);
}

bool niss_valid(const char *s, char out[NISS_DIGITS + 1], int *year)
{
	char d[NISS_DIGITS + 1];
	size_t n = 0, len = strlen(s);
	long base, check;
	int y, m, day;

	if (len == 0 || len > NISS_INPUT)
		return false;
	for (size_t i = 0; i < len; i++) {
		if (s[i] >= '0' && s[i] <= '9') {
			if (n == NISS_DIGITS)
				return false;
			d[n++] = s[i];
		} else if (strchr(".- ", s[i]) == NULL || i == 0 ||
		           strchr(".- ", s[i - 1]) != NULL) {
			return false; /* only single separators between digits
			               */
		}
	}
	if (n != NISS_DIGITS || strchr(".- ", s[len - 1]) != NULL)
		return false;
	d[n] = '\0';
	base = digits(d, 9);
	check = digits(d + 9, 2);
	if (97 - base % 97 == check)
		y = 1900;
	else if (97 - (2000000000L + base) % 97 == check)
		y = 2000;
	else
		return false;
	y += (int)digits(d, 2);
	m = (int)digits(d + 2, 2);
	day = (int)digits(d + 4, 2);
	if (m >= 40)
		m -= 40; /* BIS number, sex known */
	else if (m >= 20)
		m -= 20; /* BIS number, sex unknown */
	if (m > 12 || day > 31 || (m != 0 && day != 0 && !real_date(y, m, day)))
		return false;
	if (digits(d + 6, 3) < 1 || digits(d + 6, 3) > 997)
		return false;
	memcpy(out, d, sizeof d);
	if (year != NULL)
		*year = y;
	return true;
}

void niss_format(const char *norm, char out[NISS_TEXT])
{
	snprintf(out, NISS_TEXT, "%.2s.%.2s.%.2s-%.3s.%.2s", norm, norm + 2,
	         norm + 4, norm + 6, norm + 9);
}

int form_niss(struct req *r, const char *name, const char **out, int flags)
{
	char norm[NISS_DIGITS + 1];
	const char *v;

	if (form_text(r, name, &v, NISS_INPUT, flags) == -1) {
		*out = "";
		return -1;
	}
	*out = v;
	if (*v == '\0')
		return 0;
	if (!niss_valid(v, norm, NULL)) {
		page_error(r, name, "err.niss.invalid");
		return -1;
	}
	*out = pool_strdup(&r->pool, norm);
	return *out != NULL ? 0 : -1;
}
