#include "dirlogin.h"

#include <string.h>

/* ASCII spellings of U+00C0 to U+017F (Latin-1 Supplement letters and
 * Latin Extended-A), in lowercase. */
static const char *const latin[192] = {
    "a", "a", "a",  "a",  "a", "a", "ae", "c",  "e", "e", "e",  "e", "i", "i",
    "i", "i", "d",  "n",  "o", "o", "o",  "o",  "o", "",  "o",  "u", "u", "u",
    "u", "y", "th", "ss", "a", "a", "a",  "a",  "a", "a", "ae", "c", "e", "e",
    "e", "e", "i",  "i",  "i", "i", "d",  "n",  "o", "o", "o",  "o", "o", "",
    "o", "u", "u",  "u",  "u", "y", "th", "y",  "a", "a", "a",  "a", "a", "a",
    "c", "c", "c",  "c",  "c", "c", "c",  "c",  "d", "d", "d",  "d", "e", "e",
    "e", "e", "e",  "e",  "e", "e", "e",  "e",  "g", "g", "g",  "g", "g", "g",
    "g", "g", "h",  "h",  "h", "h", "i",  "i",  "i", "i", "i",  "i", "i", "i",
    "i", "i", "ij", "ij", "j", "j", "k",  "k",  "k", "l", "l",  "l", "l", "l",
    "l", "l", "l",  "l",  "l", "n", "n",  "n",  "n", "n", "n",  "n", "n", "n",
    "o", "o", "o",  "o",  "o", "o", "oe", "oe", "r", "r", "r",  "r", "r", "r",
    "s", "s", "s",  "s",  "s", "s", "s",  "s",  "t", "t", "t",  "t", "t", "t",
    "u", "u", "u",  "u",  "u", "u", "u",  "u",  "u", "u", "u",  "u", "w", "w",
    "y", "y", "y",  "z",  "z", "z", "z",  "z",  "z", "s",
};

/* Decodes the UTF-8 sequence at *s (valid UTF-8 is assumed; a stray byte
 * reads as itself) and moves *s past it. */
static unsigned next_cp(const unsigned char **s)
{
	const unsigned char *p = *s;
	unsigned cp = *p++;

	if (cp >= 0xC0 && cp < 0xE0 && (*p & 0xC0) == 0x80)
		cp = ((cp & 0x1F) << 6) | (*p++ & 0x3F);
	else if (cp >= 0xE0 && cp < 0xF0 && (p[0] & 0xC0) == 0x80 &&
	         (p[1] & 0xC0) == 0x80) {
		cp = ((cp & 0x0F) << 12) | ((p[0] & 0x3F) << 6) | (p[1] & 0x3F);
		p += 2;
	} else if (cp >= 0xF0) {
		while ((*p & 0xC0) == 0x80)
			p++;
		cp = 0;
	}
	*s = p;
	return cp;
}

/* Appends the ASCII spelling of name to out (length *len, capacity max),
 * without a leading, trailing or doubled '-'. */
static void spell(const char *name, char *out, size_t *len, size_t max)
{
	const unsigned char *s = (const unsigned char *)name;
	size_t start = *len;

	while (*s != '\0') {
		unsigned cp = next_cp(&s);
		const char *add = "";
		char one[2] = {0, 0};

		if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
			one[0] = (char)cp;
			add = one;
		} else if (cp >= 'A' && cp <= 'Z') {
			one[0] = (char)(cp - 'A' + 'a');
			add = one;
		} else if (cp >= 0xC0 && cp < 0x180) {
			add = latin[cp - 0xC0];
		} else if (cp == ' ' || cp == '-' || cp == '_' ||
		           cp == 0x2010 || cp == 0x2011) {
			if (*len > start && out[*len - 1] != '-' &&
			    *len + 1 < max)
				out[(*len)++] = '-';
			continue;
		}
		for (; *add != '\0' && *len + 1 < max; add++)
			out[(*len)++] = *add;
	}
	while (*len > start && out[*len - 1] == '-')
		(*len)--;
}

void dirlogin_base(const char *given, const char *family, char *out, size_t n)
{
	size_t max = n < DIRLOGIN_MAX - 8 ? n : DIRLOGIN_MAX - 8, len = 0;
	size_t half = max / 2;

	spell(given, out, &len, half);
	if (len == 0 && len + 1 < max)
		out[len++] = 'x';
	if (len + 1 < max)
		out[len++] = '.';
	spell(family, out, &len, max);
	if (out[len - 1] == '.' && len + 1 < max)
		out[len++] = 'x';
	out[len] = '\0';
}

void dirlogin_ascii(const char *s, char *out, size_t n)
{
	size_t len = 0;

	spell(s, out, &len, n);
	out[len] = '\0';
}
