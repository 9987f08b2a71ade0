/* libFuzzer harness for niss_valid and niss_format. The input is the text
 * of a national number as typed. Whatever niss_valid says is checked
 * against an independent reading of the rules (eleven digits between
 * single separators, modulo 97 in either century); what it accepts must
 * format as YY.MM.DD-XXX.CC and be accepted again in that form with the
 * same digits. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "niss.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The oracle for the digits and the check (not the date and counter):
 * true when the text may be a number at all. */
static bool plausible(const char *s, long long *nine, int *check)
{
	char d[32];
	size_t n = 0, len = strlen(s);

	if (len == 0 || len > NISS_INPUT)
		return false;
	for (size_t i = 0; i < len; i++) {
		bool sep = s[i] == '.' || s[i] == '-' || s[i] == ' ';
		if (s[i] >= '0' && s[i] <= '9') {
			if (n == 11)
				return false;
			d[n++] = s[i];
		} else if (!sep || i == 0 || i == len - 1 || s[i + 1] == '.' ||
		           s[i + 1] == '-' || s[i + 1] == ' ') {
			return false;
		}
	}
	if (n != 11)
		return false;
	d[n] = '\0';
	*check = (d[9] - '0') * 10 + (d[10] - '0');
	d[9] = '\0';
	*nine = atoll(d);
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char s[64], out[NISS_DIGITS + 1], again[NISS_DIGITS + 1];
	char text[NISS_TEXT];
	long long nine;
	int check, year = 0;
	bool ok;

	if (size >= sizeof s || memchr(data, '\0', size) != NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	ok = niss_valid(s, out, &year);
	if (!plausible(s, &nine, &check)) {
		if (ok)
			abort(); /* accepted what cannot be a number */
		return 0;
	}
	if (!ok)
		return 0;
	if (97 - nine % 97 != check && 97 - (2000000000LL + nine) % 97 != check)
		abort(); /* accepted a wrong check */
	if (year < 1900 || year > 2099 || year % 100 != nine / 10000000)
		abort();
	if (strlen(out) != NISS_DIGITS || strspn(out, "0123456789") != 11)
		abort();
	niss_format(out, text);
	if (strlen(text) != NISS_TEXT - 1 || text[2] != '.' || text[5] != '.' ||
	    text[8] != '-' || text[12] != '.')
		abort();
	if (!niss_valid(text, again, NULL) || strcmp(again, out) != 0)
		abort(); /* the formatted form reads back the same */
	if (!niss_valid(out, again, NULL) || strcmp(again, out) != 0)
		abort();
	return 0;
}
