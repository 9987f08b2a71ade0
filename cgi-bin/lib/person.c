#include "person.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "form.h"
#include "page.h"

#define PHONE_DIGITS_MIN 7
#define PHONE_DIGITS_MAX 15

bool valid_phone(const char *s)
{
	size_t digits = 0, run = 0;
	bool open = false;
	const char *p;

	if (*s == '\0' || strlen(s) > PERSON_PHONE_MAX)
		return false;
	if (*s == '+')
		s++;
	if (!isdigit((unsigned char)*s) && *s != '(')
		return false;
	for (p = s; *p != '\0'; p++) {
		if (isdigit((unsigned char)*p)) {
			digits++;
			run = 0;
			continue;
		}
		if (*p == '(') {
			if (open || !isdigit((unsigned char)p[1]))
				return false;
			open = true;
		} else if (*p == ')') {
			if (!open || !isdigit((unsigned char)p[-1]))
				return false;
			open = false;
		} else if (strchr(" -.", *p) == NULL) {
			return false;
		}
		if (++run > 2)
			return false;
	}
	return !open && isdigit((unsigned char)p[-1]) &&
	       digits >= PHONE_DIGITS_MIN && digits <= PHONE_DIGITS_MAX;
}

/* True when c may stand at a letter place of a postal code (first place:
 * not W or Z either). */
static bool postal_letter(char c, bool first)
{
	c = (char)toupper((unsigned char)c);
	if (c < 'A' || c > 'Z' || strchr("DFIOQU", c) != NULL)
		return false;
	return !first || (c != 'W' && c != 'Z');
}

bool valid_postal_code(const char *s, char out[PERSON_POSTAL_LEN])
{
	char c[6];
	size_t n = 0;

	for (size_t i = 0; s[i] != '\0'; i++) {
		if (s[i] == ' ' && i == 3 && n == 3)
			continue;
		if (n == 6)
			return false;
		c[n++] = s[i];
	}
	if (n != 6)
		return false;
	for (size_t i = 0; i < 6; i++) {
		if (i % 2 == 0 ? !postal_letter(c[i], i == 0)
		               : !(c[i] >= '0' && c[i] <= '9'))
			return false;
	}
	snprintf(out, PERSON_POSTAL_LEN, "%c%c%c %c%c%c",
	         toupper((unsigned char)c[0]), c[1],
	         toupper((unsigned char)c[2]), c[3],
	         toupper((unsigned char)c[4]), c[5]);
	return true;
}

bool valid_province(const char *s)
{
	static const char *const codes[] = {"AB", "BC", "MB", "NB", "NL",
	                                    "NS", "NT", "NU", "ON", "PE",
	                                    "QC", "SK", "YT"};

	for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
		if (strcmp(s, codes[i]) == 0)
			return true;
	return false;
}

bool valid_birth_date(const char *s, const char *today)
{
	return valid_date(s) && strcmp(s, "1900-01-01") >= 0 &&
	       strcmp(s, today) <= 0;
}

int form_phone(struct req *r, const char *name, const char **out, int flags)
{
	if (form_text(r, name, out, PERSON_PHONE_MAX, flags) == -1)
		return -1;
	if (**out != '\0' && !valid_phone(*out)) {
		page_error(r, name, "err.phone.invalid");
		return -1;
	}
	return 0;
}

int form_postal_code(struct req *r, const char *name, const char **out,
                     int flags)
{
	char code[PERSON_POSTAL_LEN];

	if (form_text(r, name, out, 10, flags) == -1)
		return -1;
	if (**out == '\0')
		return 0;
	if (!valid_postal_code(*out, code)) {
		page_error(r, name, "err.postal_code.invalid");
		return -1;
	}
	*out = pool_strdup(&r->pool, code);
	return *out != NULL ? 0 : -1;
}

int form_province(struct req *r, const char *name, const char **out, int flags)
{
	if (form_text(r, name, out, 2, flags) == -1)
		return -1;
	if (**out != '\0' && !valid_province(*out)) {
		page_error(r, name, "err.choice.invalid");
		return -1;
	}
	return 0;
}

int form_birth_date(struct req *r, const char *name, const char **out,
                    int flags)
{
	char today[11];
	time_t now = r->start.tv_sec;
	struct tm tm;

	if (form_text(r, name, out, 10, flags) == -1)
		return -1;
	if (**out == '\0')
		return 0;
	gmtime_r(&now, &tm);
	strftime(today, sizeof today, "%Y-%m-%d", &tm);
	if (!valid_date(*out)) {
		page_error(r, name, "err.date.invalid");
		return -1;
	}
	if (!valid_birth_date(*out, today)) {
		page_error(r, name, "err.date.birth");
		return -1;
	}
	return 0;
}
