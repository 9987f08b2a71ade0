#include "form.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "page.h"
#include "utf8.h"

bool valid_email(const char *s)
{
	const char *at = strrchr(s, '@'), *p, *label;
	size_t len = strlen(s);

	if (len > 254 || at == NULL || at == s || at - s > 64)
		return false;
	for (p = s; p < at; p++)
		if (*p <= ' ' || *p >= 0x7f || strchr("\"(),:;<>[\\]@", *p))
			return false;
	if (s[0] == '.' || at[-1] == '.' || strstr(s, "..") != NULL)
		return false;
	label = at + 1;
	if (strchr(label, '.') == NULL)
		return false;
	for (p = label;; p++) {
		if (*p == '.' || *p == '\0') {
			size_t l = (size_t)(p - label);
			if (l == 0 || l > 63 || label[0] == '-' || p[-1] == '-')
				return false;
			if (*p == '\0')
				break;
			label = p + 1;
		} else if (!isalnum((unsigned char)*p) && *p != '-') {
			return false;
		}
	}
	return true;
}

bool valid_int(const char *s, long long min, long long max, long long *out)
{
	char *end;
	long long v;

	if (*s == '\0' || (!isdigit((unsigned char)*s) && *s != '-'))
		return false;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < min || v > max)
		return false;
	*out = v;
	return true;
}

/* The trimmed value of the field, or "" when absent. */
static const char *trimmed(struct req *r, const char *name)
{
	const char *v = req_form(r, name);
	size_t n;

	if (v == NULL)
		return "";
	while (*v == ' ' || *v == '\t' || *v == '\r' || *v == '\n')
		v++;
	n = strlen(v);
	while (n > 0 && strchr(" \t\r\n", v[n - 1]) != NULL)
		n--;
	return pool_strndup(&r->pool, v, n);
}

int form_text(struct req *r, const char *name, const char **out, size_t max,
              int flags)
{
	const char *v = trimmed(r, name);

	*out = v;
	if (v == NULL)
		return -1;
	if (*v == '\0') {
		if (!(flags & REQUIRED))
			return 0;
		page_error(r, name, "err.required");
		return -1;
	}
	if (utf8_length(v, strlen(v)) > max) {
		page_error(r, name, "err.too_long");
		return -1;
	}
	return 0;
}

int form_email(struct req *r, const char *name, const char **out, int flags)
{
	char *lower;

	if (form_text(r, name, out, 254, flags) == -1)
		return -1;
	if (**out == '\0')
		return 0;
	if (!valid_email(*out)) {
		page_error(r, name, "err.email.invalid");
		return -1;
	}
	if ((lower = pool_strdup(&r->pool, *out)) == NULL)
		return -1;
	for (char *p = lower; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	*out = lower;
	return 0;
}

int form_int(struct req *r, const char *name, long long *out, long long min,
             long long max, int flags)
{
	const char *v;

	if (form_text(r, name, &v, 32, flags) == -1)
		return -1;
	if (*v == '\0')
		return 0;
	if (!valid_int(v, min, max, out)) {
		page_error(r, name, "err.int.invalid");
		return -1;
	}
	return 0;
}

int form_enum(struct req *r, const char *name, const char *const *allowed,
              const char **out, int flags)
{
	const char *v;

	if (form_text(r, name, &v, 64, flags) == -1)
		return -1;
	*out = v;
	if (*v == '\0')
		return 0;
	for (; *allowed != NULL; allowed++)
		if (strcmp(v, *allowed) == 0)
			return 0;
	page_error(r, name, "err.choice.invalid");
	return -1;
}

bool valid_date(const char *s)
{
	static const int days[] = {31, 29, 31, 30, 31, 30,
	                           31, 31, 30, 31, 30, 31};
	int y, m, d;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	y = atoi(s);
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (y < 1000 || m < 1 || m > 12 || d < 1 || d > days[m - 1])
		return false;
	return m != 2 || d < 29 ||
	       ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0);
}
