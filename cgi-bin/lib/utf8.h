/* utf8: strict UTF-8 validation. */
#ifndef UTF8_H
#define UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* True when the n bytes at s are well-formed UTF-8 (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF) and hold no NUL, no DEL, no C0
 * control character other than tab, line feed and carriage return. */
bool utf8_valid_text(const char *s, size_t n);

/* Number of code points in the well-formed UTF-8 string s of n bytes. */
size_t utf8_length(const char *s, size_t n);

#endif
