/* libFuzzer harness for the field validators (valid_email, valid_int,
 * valid_date, utf8_valid_text, pwrules_check with the shipped list of
 * common passwords). The input is up to three strings split on NUL: the
 * value, then an e-mail and a name for pwrules_check. Each validator's
 * answer is checked against what it promises, by independent code. */
#include <ctype.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "form.h"
#include "pwrules.h"
#include "utf8.h"

#define LIST "data/common-passwords.txt"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *list;       /* the list, as read */
static size_t list_size; /* its bytes */

/* Reads the list of common passwords once (run from the source tree). */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	FILE *f = fopen(LIST, "r");

	(void)argc;
	(void)argv;
	if (f == NULL || (list = malloc(1 << 20)) == NULL) {
		fprintf(stderr, "fuzz_validators: cannot read " LIST "\n");
		abort();
	}
	list_size = fread(list, 1, (1 << 20) - 1, f);
	list[list_size] = '\0';
	fclose(f);
	return 0;
}

/* True when word is a whole line of the list (a linear search). */
static bool in_list(const char *word)
{
	size_t wl = strlen(word);

	for (const char *p = list; p < list + list_size;) {
		const char *eol =
		    memchr(p, '\n', (size_t)(list + list_size - p));
		size_t l = eol != NULL ? (size_t)(eol - p)
		                       : (size_t)(list + list_size - p);
		if (l == wl && memcmp(p, word, l) == 0)
			return true;
		p += l + 1;
	}
	return false;
}

/* Length in code points of s when it is text utf8_valid_text must accept
 * (strict UTF-8, no NUL, DEL or C0 but tab, LF, CR), else -1; written
 * from RFC 3629's table, independently of utf8.c. */
static long ref_utf8(const unsigned char *s, size_t n)
{
	long count = 0;

	for (size_t i = 0; i < n; count++) {
		unsigned c = s[i];
		size_t len;
		unsigned lo = 0x80, hi = 0xbf;

		if (c < 0x80) {
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
			    c == 0x7f)
				return -1;
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			len = 2;
		else if (c >= 0xe0 && c <= 0xef)
			len = 3;
		else if (c >= 0xf0 && c <= 0xf4)
			len = 4;
		else
			return -1;
		if (c == 0xe0)
			lo = 0xa0;
		else if (c == 0xed)
			hi = 0x9f;
		else if (c == 0xf0)
			lo = 0x90;
		else if (c == 0xf4)
			hi = 0x8f;
		if (i + len > n || s[i + 1] < lo || s[i + 1] > hi)
			return -1;
		for (size_t k = 2; k < len; k++)
			if (s[i + k] < 0x80 || s[i + k] > 0xbf)
				return -1;
		i += len;
	}
	return count;
}

/* valid_date: true only for a real yyyy-mm-dd day of years 1000-9999. */
static void check_date(const char *s)
{
	struct tm tm = {0}, back;
	time_t t;

	if (!valid_date(s))
		return;
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		abort();
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
			abort();
	tm.tm_year = atoi(s) - 1900;
	tm.tm_mon = atoi(s + 5) - 1;
	tm.tm_mday = atoi(s + 8);
	tm.tm_hour = 12;
	if (tm.tm_year < 1000 - 1900)
		abort();
	t = timegm(&tm);
	if (gmtime_r(&t, &back) == NULL || back.tm_year != tm.tm_year ||
	    back.tm_mon != tm.tm_mon || back.tm_mday != tm.tm_mday)
		abort(); /* 2023-02-29 or 2024-04-31 would normalise */
}

/* valid_int: true only for [-]digits within [min, max], the same value. */
static void check_int(const char *s, long long min, long long max)
{
	long long v = 0, r = 0;
	const char *p = s;
	bool neg;

	if (!valid_int(s, min, max, &v))
		return;
	neg = *p == '-';
	if (neg)
		p++;
	if (*p == '\0')
		abort();
	for (const char *q = p; *q; q++) {
		if (!isdigit((unsigned char)*q))
			abort();
		/* The value, computed negatively so LLONG_MIN fits. */
		if (r < (LLONG_MIN + (*q - '0')) / 10)
			abort(); /* accepted out of range of long long */
		r = r * 10 - (*q - '0');
	}
	if (!neg) {
		if (r == LLONG_MIN)
			abort();
		r = -r;
	}
	if (r != v || v < min || v > max)
		abort();
}

/* valid_email: what is accepted is safe in a header and an URL. */
static void check_email(const char *s)
{
	const char *at;
	size_t n = strlen(s);

	if (!valid_email(s))
		return;
	at = strchr(s, '@');
	if (n > 254 || at == NULL || at == s || strchr(at + 1, '@') != NULL ||
	    at - s > 64 || strchr(at, '.') == NULL || strstr(s, "..") != NULL)
		abort();
	for (const char *p = s; *p; p++)
		if (*p <= ' ' || *p >= 0x7f || strchr("\"<>(),;:\\[]", *p))
			abort();
}

/* pwrules_check: one of its keys, in its order of rules. */
static void check_password(const char *pw, const char *email, const char *name)
{
	static const char *const keys[] = {
	    "err.password.invalid", "err.password.short", "err.password.long",
	    "err.password.common", "err.password.personal"};
	const char *why = pwrules_check(pw, email, name, LIST);
	long chars = ref_utf8((const unsigned char *)pw, strlen(pw));
	const char *want = NULL;
	char *low;

	if (why != NULL) {
		bool known = false;
		for (size_t k = 0; k < 5; k++)
			known = known || strcmp(why, keys[k]) == 0;
		if (!known)
			abort();
	}
	if (chars < 0)
		want = "err.password.invalid";
	else if (chars < PASSWORD_MIN)
		want = "err.password.short";
	else if (chars > PASSWORD_MAX)
		want = "err.password.long";
	if (want != NULL) {
		if (why == NULL || strcmp(why, want) != 0)
			abort();
		return;
	}
	if ((low = strdup(pw)) == NULL)
		abort();
	for (char *p = low; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	/* Listed ⇔ refused as common (the binary search finds every line). */
	if (in_list(low) != (why != NULL && strcmp(why, keys[3]) == 0))
		abort();
	free(low);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *in = calloc(size + 3, 1);
	const char *s, *email, *name;
	long ref;

	if (in == NULL)
		abort();
	memcpy(in, data, size);
	s = in;
	email = s + strlen(s) + 1;
	name = email + strlen(email) + 1;

	/* utf8_valid_text on the raw bytes, NULs included. */
	ref = ref_utf8(data, size);
	if (utf8_valid_text((const char *)data, size) != (ref >= 0))
		abort();
	if (ref >= 0 && utf8_length((const char *)data, size) != (size_t)ref)
		abort();

	check_date(s);
	check_int(s, LLONG_MIN, LLONG_MAX);
	check_int(s, -1000, 1000);
	check_int(s, 1, 100);
	check_email(s);
	check_password(s, email, name);
	free(in);
	return 0;
}
