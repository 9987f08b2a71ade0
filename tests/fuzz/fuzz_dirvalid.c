/* libFuzzer harness for the directory's validators: the input, cut at the
 * first NUL, goes through each one, and each answer is checked against
 * what it promises by independent code. A valid RPPS or ADELI number must
 * stop being valid when any one of its digits changes (what a Luhn key
 * guarantees). */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dirvalid.h"
#include "form.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static bool all_digits(const char *s, size_t n)
{
	if (strlen(s) != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/* Every one-digit change of a valid number must be refused. */
static void check_key(const char *s, bool (*valid)(const char *))
{
	char t[16];
	size_t n = strlen(s);

	memcpy(t, s, n + 1);
	for (size_t i = 0; i < n; i++) {
		char keep = t[i];
		for (char d = '0'; d <= '9'; d++) {
			if (d == keep)
				continue;
			t[i] = d;
			if (valid(t))
				abort();
		}
		t[i] = keep;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char s[64], iso[11];
	size_t n = size < sizeof s - 1 ? size : sizeof s - 1;

	memcpy(s, data, n);
	s[n] = '\0';
	if (valid_rpps(s)) {
		if (!all_digits(s, 11))
			abort();
		check_key(s, valid_rpps);
	}
	if (valid_adeli(s)) {
		if (!all_digits(s, 9))
			abort();
		check_key(s, valid_adeli);
	}
	if (valid_postcode(s) && (!all_digits(s, 5) || strcmp(s, "01000") < 0 ||
	                          strcmp(s, "98999") > 0))
		abort();
	if (valid_street_number(s) &&
	    (strlen(s) > 5 || s[0] == '0' || !all_digits(s, strlen(s))))
		abort();
	if (valid_date_fr(s, iso) && (!valid_date(iso) || strlen(iso) != 10))
		abort();
	return 0;
}
