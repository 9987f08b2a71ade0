#include "decimal.h"

#include <stdio.h>
#include <string.h>

#include "form.h"
#include "page.h"

/* Skips one grouping space at *s: ' ', U+00A0 or U+202F. Returns its
 * length in bytes, 0 when there is none. */
static size_t group_space(const char *s)
{
	if (*s == ' ')
		return 1;
	if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)
		return 2;
	if ((unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
	    (unsigned char)s[2] == 0xAF)
		return 3;
	return 0;
}

/* When s holds both '.' and ',', the one that comes last is the decimal
 * mark and the other groups digits (1,234.50 or 1.234,50): copies s into
 * out without the grouping marks, each of which must be followed by three
 * digits. Returns out, or NULL when s is too long or wrongly grouped. */
static const char *ungroup(const char *s, char *out, size_t size)
{
	const char *dot = strrchr(s, '.'), *comma = strrchr(s, ',');
	char group;
	size_t n = 0;

	if (strlen(s) >= size)
		return NULL;
	if (dot == NULL || comma == NULL)
		return strcpy(out, s);
	group = dot > comma ? ',' : '.';
	for (const char *p = s; *p != '\0'; p++) {
		if (*p == group) {
			if (!(p[1] >= '0' && p[1] <= '9' && p[2] >= '0' &&
			      p[2] <= '9' && p[3] >= '0' && p[3] <= '9') ||
			    (p[4] >= '0' && p[4] <= '9'))
				return NULL;
			continue;
		}
		out[n++] = *p;
	}
	out[n] = '\0';
	return out;
}

bool valid_decimal(const char *text, long long max, long long *out)
{
	char copy[64];
	const char *s = ungroup(text, copy, sizeof copy);
	long long whole = 0, frac = 0;
	int digits = 0, places = 0;
	size_t g;

	if (s == NULL)
		return false;
	while (*s == ' ')
		s++;
	while (*s >= '0' && *s <= '9') {
		if (whole > (max / 100) + 1)
			return false;
		whole = whole * 10 + (*s++ - '0');
		digits++;
		if ((g = group_space(s)) > 0 && s[g] >= '0' && s[g] <= '9')
			s += g;
	}
	if (digits == 0)
		return false;
	if (*s == '.' || *s == ',') {
		s++;
		while (*s >= '0' && *s <= '9') {
			if (++places > 2)
				return false;
			frac = frac * 10 + (*s++ - '0');
		}
		if (places == 0)
			return false;
		if (places == 1)
			frac *= 10;
	}
	while (*s == ' ')
		s++;
	if (*s != '\0' || whole > max / 100 || whole * 100 + frac > max)
		return false;
	*out = whole * 100 + frac;
	return true;
}

void decimal_text(long long hundredths, char *out)
{
	snprintf(out, 32, "%lld.%02lld", hundredths / 100, hundredths % 100);
}

int form_decimal(struct req *r, const char *name, long long *out, long long max,
                 int flags)
{
	const char *v;

	if (form_text(r, name, &v, 32, flags) == -1)
		return -1;
	if (*v == '\0')
		return 0;
	if (!valid_decimal(v, max, out)) {
		page_error(r, name, "err.decimal.invalid");
		return -1;
	}
	return 0;
}
