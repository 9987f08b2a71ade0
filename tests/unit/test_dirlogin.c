/* Unit tests for dirlogin.c: logins as downstream applications know them. */
#include "dirlogin.h"

#include <string.h>

#include "test.h"

static const char *base(const char *given, const char *family)
{
	static char out[DIRLOGIN_MAX + 1];

	dirlogin_base(given, family, out, sizeof out);
	return out;
}

static void test_accents(void)
{
	CHECK_STR(base("François", "Grangère"), "francois.grangere");
	CHECK_STR(base("Gaëlle", "Le Floc'h"), "gaelle.le-floch");
	CHECK_STR(base("Gaëlle", "Le Floc’h"), "gaelle.le-floch");
	CHECK_STR(base("Loïc", "Salaün"), "loic.salaun");
	CHECK_STR(base("Éloïse", "Cœurdevey"), "eloise.coeurdevey");
	CHECK_STR(base("Maïwenn", "JÉZÉQUEL"), "maiwenn.jezequel");
	CHECK_STR(base("Jean-Noël", "Le  Bihan -- Kerdémo"),
	          "jean-noel.le-bihan-kerdemo");
	CHECK_STR(base("Ægir", "Strauß"), "aegir.strauss");
	CHECK_STR(base("Łukasz", "Dvořák"), "lukasz.dvorak");
}

/* Names that keep no letter, leading and trailing separators, names in
 * scripts without an ASCII spelling. */
static void test_odd_names(void)
{
	CHECK_STR(base("", ""), "x.x");
	CHECK_STR(base(" -Anne- ", "'O'Neil'"), "anne.oneil");
	CHECK_STR(base("Ζωή", "Παπαδοπούλου"), "x.x");
	CHECK_STR(base("Zoé", "李"), "zoe.x");
	CHECK_STR(base("A1", "B2"), "a1.b2");
}

/* A long pair of names is cut to leave room for a suffix. */
static void test_length(void)
{
	char given[300], family[300], out[DIRLOGIN_MAX + 1], small[8];

	memset(given, 'a', 299);
	given[299] = '\0';
	memset(family, 'b', 299);
	family[299] = '\0';
	dirlogin_base(given, family, out, sizeof out);
	CHECK(strlen(out) <= DIRLOGIN_MAX - 8);
	CHECK(strchr(out, '.') != NULL);
	CHECK(out[strlen(out) - 1] == 'b');
	dirlogin_base("Émilie", "Dupont", small, sizeof small);
	CHECK(strlen(small) < sizeof small);
	CHECK_STR(small, "emi.dup");
}

/* One name alone, as the pivot file's column names are read. */
static void test_ascii(void)
{
	char out[64];

	dirlogin_ascii("Nom d'usage", out, sizeof out);
	CHECK_STR(out, "nom-dusage");
	dirlogin_ascii("  Code postal ", out, sizeof out);
	CHECK_STR(out, "code-postal");
	dirlogin_ascii("PRÉNOM", out, sizeof out);
	CHECK_STR(out, "prenom");
	dirlogin_ascii("N° de voie", out, sizeof out);
	CHECK_STR(out, "n-de-voie");
	dirlogin_ascii("E-mail", out, sizeof out);
	CHECK_STR(out, "e-mail");
	dirlogin_ascii("code_postal", out, sizeof out);
	CHECK_STR(out, "code-postal");
	dirlogin_ascii("***", out, sizeof out);
	CHECK_STR(out, "");
	dirlogin_ascii("Spécialité", out, 5);
	CHECK_STR(out, "spec");
}

int main(void)
{
	test_accents();
	test_odd_names();
	test_length();
	test_ascii();
	return test_done("dirlogin");
}
