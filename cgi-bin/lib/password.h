/* password: scrypt hashes in a self-describing string. */
#ifndef PASSWORD_H
#define PASSWORD_H

#include <stdbool.h>
#include <stddef.h>

#define PASSWORD_HASH_MAX 160

/* Hashes the password with scrypt at N = 2^log2n (10 to 20), r = 8, p = 1,
 * and a fresh 16-byte salt into out as
 * "$scrypt$ln=17,r=8,p=1$<salt>$<hash>" (base64url).
 * Returns 0, or -1 when the parameters or the CSPRNG fail. */
int password_hash(const char *password, int log2n, char out[PASSWORD_HASH_MAX]);

/* True when password matches the stored hash string; a malformed string
 * never matches. Sets *weaker (when not NULL) when the hash was made with a
 * cost below 2^log2n and should be replaced. */
bool password_verify(const char *password, const char *stored, int log2n,
                     bool *weaker);

/* Spends the time of one verification at cost 2^log2n and matches nothing:
 * the answer for an unknown account takes as long as for a known one. */
void password_waste(const char *password, int log2n);

#endif
