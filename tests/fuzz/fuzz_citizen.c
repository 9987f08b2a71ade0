/* libFuzzer harness for the validators of the citizen portal (form_ca.c)
 * and the UTC reader of tz.c. The input is one string; each validator's
 * answer is checked against what it promises, by independent code: what
 * is accepted is written in its one normal form, which is accepted again
 * and gives itself back. */
#include <ctype.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "conf.h"
#include "form_ca.h"
#include "tz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	conf_load(NULL);
	return 0;
}

/* A postal code's normal form: letter digit letter, space, digit letter
 * digit, with Canada Post's letters, or the first half alone when that is
 * all there was. */
static void check_postal(const char *s)
{
	char out[POSTAL_TEXT], again[POSTAL_TEXT];
	size_t n;

	if (!valid_postal_area(s, out))
		return;
	n = strlen(out);
	if (n != 7 && !(n == 3 && strlen(s) == 3))
		abort();
	for (size_t i = 0; i < n; i++) {
		char c = out[i];
		size_t k = i < 3 ? i : i - 1;
		if (i == 3) {
			if (c != ' ')
				abort();
			continue;
		}
		if (k % 2 == 1
		        ? !isdigit((unsigned char)c)
		        : (c < 'A' || c > 'Z' || strchr("DFIOQU", c) != NULL ||
		           (k == 0 && strchr("WZ", c) != NULL)))
			abort();
	}
	/* The same characters, in the same order, case aside. */
	for (size_t i = 0, j = 0; s[i] != '\0'; i++) {
		if (s[i] == ' ')
			continue;
		if (out[j] == ' ')
			j++;
		if (toupper((unsigned char)s[i]) != out[j++])
			abort();
	}
	if (!valid_postal_area(out, again) || strcmp(out, again) != 0)
		abort();
}

/* A phone number's normal form: +1, then ten digits whose first and
 * fourth are 2 to 9; and they are the input's last ten digits. */
static void check_phone(const char *s)
{
	char out[PHONE_TEXT], again[PHONE_TEXT], digits[32];
	size_t n = 0;

	if (!valid_phone_e164(s, out))
		return;
	if (strlen(out) != 12 || out[0] != '+' || out[1] != '1' ||
	    out[2] < '2' || out[5] < '2')
		abort();
	for (const char *p = s; *p != '\0'; p++) {
		if (isdigit((unsigned char)*p)) {
			if (n == sizeof digits)
				abort();
			digits[n++] = *p;
		} else if (strchr("+ .-()", *p) == NULL) {
			abort();
		}
	}
	if (n < 10 || n > 11 || memcmp(digits + n - 10, out + 2, 10) != 0)
		abort();
	if (!valid_phone_e164(out, again) || strcmp(out, again) != 0)
		abort();
}

/* A health insurance number's normal form: 9 to 12 capitals and digits. */
static void check_card(const char *s)
{
	char out[CARD_TEXT], again[CARD_TEXT];
	size_t n;

	if (!valid_health_card(s, out))
		return;
	n = strlen(out);
	if (n < 9 || n > 12)
		abort();
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)out[i]) &&
		    (out[i] < 'A' || out[i] > 'Z'))
			abort();
	if (!valid_health_card(out, again) || strcmp(out, again) != 0)
		abort();
}

/* HH:MM gives the minutes it says. */
static void check_hhmm(const char *s)
{
	int m = -1;

	if (!valid_hhmm(s, &m))
		return;
	if (strlen(s) != 5 || m < 0 || m > 1439 ||
	    m != ((s[0] - '0') * 10 + (s[1] - '0')) * 60 + (s[3] - '0') * 10 +
	             (s[4] - '0'))
		abort();
}

/* A UTC time read is written back as the same moment. */
static void check_utc(const char *s)
{
	char text[TZ_TEXT];
	time_t t, back;

	if (!tz_parse_utc(s, &t))
		return;
	tz_utc_text(t, text);
	if (memcmp(text, s, 10) != 0 || memcmp(text + 11, s + 11, 8) != 0 ||
	    !tz_parse_utc(text, &back) || back != t)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	if (s == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	check_postal(s);
	check_phone(s);
	check_card(s);
	check_hhmm(s);
	check_utc(s);
	free(s);
	return 0;
}
