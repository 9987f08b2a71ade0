#include "dirvalid.h"

#include <string.h>

#include "page.h"

/* True when s is exactly n ASCII digits. */
static bool digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; s[i] != '\0'; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return i == n;
}

/* True when the digits of s pass the Luhn check (ISO/IEC 7812-1): from
 * the right, every second digit doubled, the sum a multiple of ten. */
static bool luhn(const char *s)
{
	size_t n = strlen(s);
	int sum = 0;

	for (size_t i = 0; i < n; i++) {
		int d = s[n - 1 - i] - '0';
		if (i % 2 == 1) {
			d *= 2;
			if (d > 9)
				d -= 9;
		}
		sum += d;
	}
	return sum % 10 == 0;
}

bool valid_rpps(const char *s)
{
	return digits(s, 11) && luhn(s);
}

bool valid_adeli(const char *s)
{
	return digits(s, 9) && luhn(s);
}

bool valid_postcode(const char *s)
{
	return digits(s, 5) && strncmp(s, "01000", 5) >= 0 &&
	       strncmp(s, "98999", 5) <= 0;
}

bool valid_street_number(const char *s)
{
	size_t n = strlen(s);

	return n >= 1 && n <= 5 && s[0] != '0' && digits(s, n);
}

bool valid_date_fr(const char *s, char out[11])
{
	if (strlen(s) == 10 && s[2] == '/' && s[5] == '/') {
		memcpy(out, s + 6, 4);
		out[4] = '-';
		memcpy(out + 5, s + 3, 2);
		out[7] = '-';
		memcpy(out + 8, s, 2);
		out[10] = '\0';
	} else if (strlen(s) == 10) {
		memcpy(out, s, 11);
	} else {
		return false;
	}
	return valid_date(out);
}

/* Reads a text field of at most max characters and judges it with ok;
 * reports key on the field when ok says no. */
static int form_check(struct req *r, const char *name, const char **out,
                      size_t max, int flags, bool (*ok)(const char *),
                      const char *key)
{
	if (form_text(r, name, out, max, flags) == -1)
		return -1;
	if (**out != '\0' && !ok(*out)) {
		page_error(r, name, key);
		return -1;
	}
	return 0;
}

int form_rpps(struct req *r, const char *name, const char **out, int flags)
{
	return form_check(r, name, out, 32, flags, valid_rpps,
	                  "err.rpps.invalid");
}

int form_adeli(struct req *r, const char *name, const char **out, int flags)
{
	return form_check(r, name, out, 32, flags, valid_adeli,
	                  "err.adeli.invalid");
}

int form_postcode(struct req *r, const char *name, const char **out, int flags)
{
	return form_check(r, name, out, 16, flags, valid_postcode,
	                  "err.postcode.invalid");
}

int form_street_number(struct req *r, const char *name, const char **out,
                       int flags)
{
	return form_check(r, name, out, 16, flags, valid_street_number,
	                  "err.street_number.invalid");
}

int form_date(struct req *r, const char *name, const char **out, int flags)
{
	char iso[11];

	if (form_text(r, name, out, 16, flags) == -1)
		return -1;
	if (**out == '\0')
		return 0;
	if (!valid_date_fr(*out, iso)) {
		page_error(r, name, "err.date.invalid");
		return -1;
	}
	*out = pool_strdup(&r->pool, iso);
	return *out != NULL ? 0 : -1;
}
