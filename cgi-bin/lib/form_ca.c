#include "form_ca.h"

#include <ctype.h>
#include <string.h>

#include "form.h"
#include "page.h"

/* Letters Canada Post uses: never D F I O Q U; first, never W or Z. */
static bool postal_letter(char c, bool first)
{
	return c >= 'A' && c <= 'Z' && strchr("DFIOQU", c) == NULL &&
	       !(first && (c == 'W' || c == 'Z'));
}

bool valid_postal_code(const char *s, bool prefix_ok, char out[POSTAL_TEXT])
{
	char c[6];
	size_t n = 0, len = strlen(s);

	if (len > 7)
		return false;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == ' ' && i == 3 && n == 3)
			continue;
		if (n == 6 || !isalnum((unsigned char)s[i]))
			return false;
		c[n++] = (char)toupper((unsigned char)s[i]);
	}
	if (n != 6 && !(prefix_ok && n == 3 && len == 3))
		return false;
	for (size_t i = 0; i < n; i++)
		if (i % 2 == 0 ? !postal_letter(c[i], i == 0)
		               : !isdigit((unsigned char)c[i]))
			return false;
	if (n == 3) {
		memcpy(out, c, 3);
		out[3] = '\0';
	} else {
		memcpy(out, c, 3);
		out[3] = ' ';
		memcpy(out + 4, c + 3, 3);
		out[7] = '\0';
	}
	return true;
}

bool valid_phone(const char *s, char out[PHONE_TEXT])
{
	char d[12];
	size_t n = 0;
	const char *p = s;

	if (strlen(s) > 25)
		return false;
	if (*p == '+') {
		p++;
		if (*p != '1')
			return false;
	}
	for (; *p != '\0'; p++) {
		if (isdigit((unsigned char)*p)) {
			if (n == 11)
				return false;
			d[n++] = *p;
		} else if (strchr(" .-()", *p) == NULL) {
			return false;
		}
	}
	if (n == 11) {
		if (d[0] != '1')
			return false;
		memmove(d, d + 1, 10);
		n = 10;
	} else if (*s == '+') {
		return false; /* +1 then ten digits */
	}
	if (n != 10 || d[0] < '2' || d[3] < '2')
		return false;
	out[0] = '+';
	out[1] = '1';
	memcpy(out + 2, d, 10);
	out[12] = '\0';
	return true;
}

bool valid_health_card(const char *s, char out[CARD_TEXT])
{
	size_t n = 0;

	if (strlen(s) > 24)
		return false;
	for (const char *p = s; *p != '\0'; p++) {
		if (*p == ' ' || *p == '-') {
			if (n == 0 || p[1] == ' ' || p[1] == '-' ||
			    p[1] == '\0')
				return false; /* only between characters */
			continue;
		}
		if (!isalnum((unsigned char)*p) || (unsigned char)*p > 0x7f ||
		    n == CARD_TEXT - 1)
			return false;
		out[n++] = (char)toupper((unsigned char)*p);
	}
	out[n] = '\0';
	return n >= 9;
}

bool valid_hhmm(const char *s, int *minute)
{
	int h, m;

	if (strlen(s) != 5 || s[2] != ':' || !isdigit((unsigned char)s[0]) ||
	    !isdigit((unsigned char)s[1]) || !isdigit((unsigned char)s[3]) ||
	    !isdigit((unsigned char)s[4]))
		return false;
	h = (s[0] - '0') * 10 + (s[1] - '0');
	m = (s[3] - '0') * 10 + (s[4] - '0');
	if (h > 23 || m > 59)
		return false;
	*minute = h * 60 + m;
	return true;
}

bool valid_birth_date(const char *s, const char *today)
{
	return valid_date(s) && strcmp(s, "1900-01-01") >= 0 &&
	       strcmp(s, today) <= 0;
}

/* Reads the field for a validator: the trimmed text, or NULL after
 * reporting it (too long, required and empty). *empty tells an empty
 * optional field. */
static const char *field(struct req *r, const char *name, size_t max, int flags,
                         bool *empty)
{
	const char *v;

	*empty = false;
	if (form_text(r, name, &v, max, flags) == -1)
		return NULL;
	*empty = *v == '\0';
	return v;
}

/* Adapters giving the validators that write a normal form one shape. */
static bool postal_ok(const char *s, bool prefix_ok, char *out)
{
	return valid_postal_code(s, prefix_ok, out);
}

static bool phone_ok(const char *s, bool unused, char *out)
{
	(void)unused;
	return valid_phone(s, out);
}

static bool card_ok(const char *s, bool unused, char *out)
{
	(void)unused;
	return valid_health_card(s, out);
}

/* Reads a field that ok() writes in its normal form (at most 15 bytes),
 * into *out in the request's pool; key on the field when it is not one. */
static int form_normal(struct req *r, const char *name, int flags,
                       bool (*ok)(const char *, bool, char *), bool arg,
                       const char *key, const char **out)
{
	char normal[16];
	bool empty;
	const char *v = field(r, name, 32, flags, &empty);

	*out = "";
	if (v == NULL)
		return -1;
	if (empty)
		return 0;
	if (!ok(v, arg, normal)) {
		page_error(r, name, key);
		return -1;
	}
	*out = pool_strdup(&r->pool, normal);
	return *out != NULL ? 0 : -1;
}

int form_postal_code(struct req *r, const char *name, bool prefix_ok,
                     const char **out, int flags)
{
	return form_normal(r, name, flags, postal_ok, prefix_ok,
	                   "err.postal_code.invalid", out);
}

int form_phone(struct req *r, const char *name, const char **out, int flags)
{
	return form_normal(r, name, flags, phone_ok, false, "err.phone.invalid",
	                   out);
}

int form_health_card(struct req *r, const char *name, const char **out,
                     int flags)
{
	return form_normal(r, name, flags, card_ok, false,
	                   "err.health_card.invalid", out);
}

int form_hhmm(struct req *r, const char *name, int *minute, int flags)
{
	bool empty;
	const char *v = field(r, name, 8, flags, &empty);

	if (v == NULL)
		return -1;
	if (empty)
		return 0;
	if (!valid_hhmm(v, minute)) {
		page_error(r, name, "err.time.invalid");
		return -1;
	}
	return 0;
}

int form_birth_date(struct req *r, const char *name, const char *today,
                    const char **out, int flags)
{
	bool empty;
	const char *v = field(r, name, 10, flags, &empty);

	*out = "";
	if (v == NULL)
		return -1;
	if (empty)
		return 0;
	if (!valid_date(v) || strcmp(v, "1900-01-01") < 0) {
		page_error(r, name, "err.birth_date.invalid");
		return -1;
	}
	if (!valid_birth_date(v, today)) {
		page_error(r, name, "err.birth_date.future");
		return -1;
	}
	*out = v;
	return 0;
}
