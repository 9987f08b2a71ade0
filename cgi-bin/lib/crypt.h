/* crypt: secrets at rest (TOTP seeds, private keys), AES-256-GCM. */
#ifndef CRYPT_H
#define CRYPT_H

#include <stddef.h>

#define CRYPT_OVERHEAD (12 + 16) /* nonce and tag */

/* Encrypts n bytes under the 32-byte key, bound to the associated data ad
 * (for instance "totp:42", so a value cannot be moved to another row).
 * out (cap bytes, at least n + CRYPT_OVERHEAD) gets nonce | ciphertext |
 * tag. Returns the length written, or -1. */
long crypt_seal(const unsigned char key[32], const char *ad, const void *in,
                size_t n, unsigned char *out, size_t cap);

/* Decrypts what crypt_seal wrote with the same key and ad. Returns the
 * plaintext length, or -1 when the key, the data or ad do not match. */
long crypt_open(const unsigned char key[32], const char *ad,
                const unsigned char *in, size_t n, unsigned char *out,
                size_t cap);

#endif
