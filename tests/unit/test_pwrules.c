/* Unit tests for pwrules.c: what a new password must be (NIST SP 800-63B):
 * lengths counted in characters, the shipped list of common passwords in
 * any case, the e-mail and the name, and nothing else. */
#include "pwrules.h"

#include <stdio.h>
#include <string.h>

#include "test.h"

#define LIST  "data/common-passwords.txt"
#define EMAIL "camille.tremblay@example.ca"
#define NAME  "Jean-Philippe Roy"

/* n copies of the UTF-8 character c in out (which must hold them). */
static char *repeat(char *out, const char *c, int n)
{
	size_t len = strlen(c);

	for (int i = 0; i < n; i++)
		memcpy(out + i * len, c, len);
	out[n * len] = '\0';
	return out;
}

static const char *check(const char *pw)
{
	return pwrules_check(pw, EMAIL, NAME, LIST);
}

/* At least 12 characters and at most 256, counted as characters: an
 * accented letter is one, whatever its bytes. */
static void test_lengths(void)
{
	char buf[2 * 300 + 1];

	CHECK_STR(check(""), "err.password.short");
	CHECK_STR(check("plume verte"), "err.password.short"); /* 11 */
	CHECK(check("plume vertes") == NULL);                  /* 12 */
	CHECK_STR(check("éléphantôme"),
	          "err.password.short");      /* 11, 15 bytes */
	CHECK(check("éléphantômes") == NULL); /* 12, 16 bytes */
	CHECK_STR(check(repeat(buf, "é", 11)), "err.password.short");
	CHECK(check(repeat(buf, "é", 12)) == NULL);
	CHECK(check(repeat(buf, "z", 256)) == NULL);
	CHECK_STR(check(repeat(buf, "z", 257)), "err.password.long");
	CHECK(check(repeat(buf, "é", 256)) == NULL); /* 512 bytes */
	CHECK_STR(check(repeat(buf, "é", 257)), "err.password.long");
}

/* Text that is not valid UTF-8 or holds control characters is refused. */
static void test_invalid(void)
{
	CHECK_STR(check("mot de passe \xff\xfe ici"), "err.password.invalid");
	CHECK_STR(check("mot de passe \xc3"), "err.password.invalid");
}

/* A password of the list is refused in any case; the list's own first
 * and last entries are found (the binary search reaches both ends). */
static void test_common(void)
{
	CHECK_STR(check("012345678910"), "err.password.common");
	CHECK_STR(check("avrillavigne"), "err.password.common");
	CHECK_STR(check("AvrilLavigne"), "err.password.common");
	CHECK_STR(check("AVRILLAVIGNE"), "err.password.common");
	CHECK(check("avrillavigne et moi") == NULL);
	CHECK(check("avrillavign") != NULL); /* short first */
}

/* The first and the last line of the list. */
static void test_list_ends(void)
{
	char first[300] = "", last[300] = "", line[300];
	FILE *f = fopen(LIST, "r");

	CHECK(f != NULL);
	if (f == NULL)
		return;
	while (fgets(line, sizeof line, f) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		if (first[0] == '\0')
			snprintf(first, sizeof first, "%s", line);
		snprintf(last, sizeof last, "%s", line);
	}
	fclose(f);
	if (strlen(first) >= 12)
		CHECK_STR(check(first), "err.password.common");
	if (strlen(last) >= 12)
		CHECK_STR(check(last), "err.password.common");
	/* Whatever their length, both are found by the search itself. */
	CHECK(pwrules_check(first, NULL, NULL, LIST) != NULL);
	CHECK(pwrules_check(last, NULL, NULL, LIST) != NULL);
}

/* The e-mail's local part, or a word of it or of the name (4 characters
 * or more), in any case, is refused. */
static void test_personal(void)
{
	CHECK_STR(check("xx camille.tremblay yy"), "err.password.personal");
	CHECK_STR(check("CAMILLE.TREMBLAY 2026!"), "err.password.personal");
	CHECK_STR(check("bonjour tremblay de terre"), "err.password.personal");
	CHECK_STR(check("camille aime la mer"), "err.password.personal");
	CHECK_STR(check("philippe aime la mer"), "err.password.personal");
	CHECK_STR(check("JEAN le grand voyageur"), "err.password.personal");
	CHECK(check("le roy des montagnes") == NULL); /* "roy": 3 letters */
	CHECK(check("example des montagnes") ==
	      NULL); /* the domain is no rule */
	/* Without an e-mail or a name, only the other rules. */
	CHECK(pwrules_check("camille.tremblay 2026", NULL, NULL, LIST) == NULL);
}

/* A good passphrase passes: spaces, no digit, no capital, no symbol. */
static void test_good(void)
{
	CHECK(check("cheval batterie agrafe correcte") == NULL);
	CHECK(check("la rivière coule sous le pont de bois") == NULL);
	CHECK(check("Ça va être une belle journée d'été") == NULL);
}

/* A missing list is logged and refuses nothing (the other rules hold). */
static void test_missing_list(void)
{
	CHECK(pwrules_check("avrillavigne", EMAIL, NAME, "/nonexistent/list") ==
	      NULL);
	CHECK_STR(pwrules_check("court", EMAIL, NAME, "/nonexistent/list"),
	          "err.password.short");
}

int main(void)
{
	test_lengths();
	test_invalid();
	test_common();
	test_list_ends();
	test_personal();
	test_good();
	test_missing_list();
	return test_done("pwrules");
}
