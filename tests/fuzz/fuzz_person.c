/* libFuzzer harness for the validators of a person's details (person.c:
 * valid_phone, valid_postal_code, valid_province, valid_birth_date) and
 * the invitation template name (portal.c). The input is one string; each
 * accepted value is checked against what its validator promises, by
 * independent code, and the postal code's stored form must validate
 * again to itself. */
#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "person.h"
#include "portal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* valid_phone: allowed bytes only, digits 7-15, no bad start or end. */
static void check_phone(const char *s)
{
	size_t digits = 0, n = strlen(s);
	int depth = 0;

	if (!valid_phone(s))
		return;
	if (n == 0 || n > PERSON_PHONE_MAX || !isdigit((unsigned char)s[n - 1]))
		abort();
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (isdigit((unsigned char)c))
			digits++;
		else if (c == '(')
			depth++;
		else if (c == ')')
			depth--;
		else if (!(c == '+' && i == 0) && strchr(" -.", c) == NULL)
			abort();
		if (depth < 0 || depth > 1)
			abort();
	}
	if (depth != 0 || digits < 7 || digits > 15)
		abort();
}

/* valid_postal_code: A9A 9A9 stored, which validates again unchanged. */
static void check_postal(const char *s)
{
	char out[PERSON_POSTAL_LEN], again[PERSON_POSTAL_LEN];

	if (!valid_postal_code(s, out))
		return;
	if (strlen(out) != 7 || out[3] != ' ')
		abort();
	for (int i = 0; i < 7; i++) {
		if (i == 3)
			continue;
		if ((i == 1 || i == 4 || i == 6)
		        ? !isdigit((unsigned char)out[i])
		        : !isupper((unsigned char)out[i]))
			abort();
		if (strchr("DFIOQU", out[i]) != NULL)
			abort();
	}
	if (out[0] == 'W' || out[0] == 'Z')
		abort();
	if (!valid_postal_code(out, again) || strcmp(out, again) != 0)
		abort();
}

/* valid_province and valid_birth_date: what they accept is shaped. */
static void check_province_birth(const char *s)
{
	if (valid_province(s) &&
	    (strlen(s) != 2 || !isupper((unsigned char)s[0]) ||
	     !isupper((unsigned char)s[1])))
		abort();
	if (valid_birth_date(s, "2026-12-01") &&
	    (!valid_date(s) || strcmp(s, "1900-01-01") < 0 ||
	     strcmp(s, "2026-12-01") > 0))
		abort();
}

/* portal_template_name_ok: a name safe in a file path. */
static void check_template(const char *s)
{
	if (!portal_template_name_ok(s))
		return;
	if (strncmp(s, "portal-invite", 13) != 0 || strlen(s) > 64)
		abort();
	for (const char *c = s; *c != '\0'; c++)
		if (!islower((unsigned char)*c) &&
		    !isdigit((unsigned char)*c) && *c != '-')
			abort();
	if (strstr(s, "..") != NULL || strchr(s, '/') != NULL)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = calloc(size + 1, 1);

	if (s == NULL)
		abort();
	memcpy(s, data, size);
	check_phone(s);
	check_postal(s);
	check_province_birth(s);
	check_template(s);
	free(s);
	return 0;
}
