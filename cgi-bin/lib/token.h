/* token: random tokens, digests and their text forms. */
#ifndef TOKEN_H
#define TOKEN_H

#include <stdbool.h>
#include <stddef.h>

#define TOKEN_BYTES 32                              /* 256 bits */
#define TOKEN_TEXT  ((TOKEN_BYTES * 4 + 2) / 3 + 1) /* base64url + NUL */

/* Fills buf with n bytes from OpenSSL's CSPRNG; returns 0 or -1. */
int token_random(void *buf, size_t n);

/* Writes a new 256-bit random token as base64url text (43 characters and a
 * NUL) into out; returns 0 or -1. */
int token_new(char out[TOKEN_TEXT]);

/* Writes the base64url form (no padding) of n bytes into out, which holds
 * at least (4n+2)/3+1 bytes. */
void token_base64url(const unsigned char *in, size_t n, char *out);

/* Writes n bytes as 2n lowercase hexadecimal digits and a NUL. */
void token_hex(const unsigned char *in, size_t n, char *out);

/* SHA-256 of n bytes. */
void token_sha256(const void *in, size_t n, unsigned char out[32]);

/* HMAC-SHA-256 of n bytes under the 32-byte key. */
void token_hmac(const unsigned char key[32], const void *in, size_t n,
                unsigned char out[32]);

/* True when the two strings are equal, in time that depends only on the
 * length of b. */
bool token_equal(const char *a, const char *b);

#endif
