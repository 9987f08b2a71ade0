#include "form_ca.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "form.h"
#include "page.h"
#include "person.h"

bool valid_postal_area(const char *s, char out[POSTAL_TEXT])
{
	char whole[POSTAL_TEXT];

	if (strlen(s) != 3)
		return valid_postal_code(s, out);
	/* A first half is one that some whole code starts with. */
	snprintf(whole, sizeof whole, "%s 0A0", s);
	if (!valid_postal_code(whole, out))
		return false;
	out[3] = '\0';
	return true;
}

bool valid_phone_e164(const char *s, char out[PHONE_TEXT])
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

/* Reads a field that ok() writes in its normal form (at most 15 bytes),
 * into *out in the request's pool; key on the field when it is not one. */
static int form_normal(struct req *r, const char *name, int flags,
                       bool (*ok)(const char *, char *), const char *key,
                       const char **out)
{
	char normal[16];
	bool empty;
	const char *v = field(r, name, 32, flags, &empty);

	*out = "";
	if (v == NULL)
		return -1;
	if (empty)
		return 0;
	if (!ok(v, normal)) {
		page_error(r, name, key);
		return -1;
	}
	*out = pool_strdup(&r->pool, normal);
	return *out != NULL ? 0 : -1;
}

int form_phone_e164(struct req *r, const char *name, const char **out,
                    int flags)
{
	return form_normal(r, name, flags, valid_phone_e164,
	                   "err.phone.ten_digits", out);
}

int form_health_card(struct req *r, const char *name, const char **out,
                     int flags)
{
	return form_normal(r, name, flags, valid_health_card,
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

int form_birth_date_local(struct req *r, const char *name, const char *today,
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
