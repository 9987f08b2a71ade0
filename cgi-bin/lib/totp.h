/* totp: one-time codes of RFC 6238 (HOTP of RFC 4226 over time steps). */
#ifndef TOTP_H
#define TOTP_H

#include <stdbool.h>
#include <stddef.h>

enum totp_hash { TOTP_SHA1, TOTP_SHA256, TOTP_SHA512 };

#define TOTP_STEP   30 /* seconds */
#define TOTP_DIGITS 6
#define TOTP_SECRET 20 /* bytes: 160 bits, as RFC 4226 advises */

/* The code for time step `step` as a number below 10^digits. */
unsigned long totp_code(const unsigned char *secret, size_t n,
                        unsigned long long step, int digits,
                        enum totp_hash hash);

/* Checks a 6-digit SHA-1 code typed by the user against steps now-1, now
 * and now+1, never accepting a step at or before last_step (a code is
 * used once). On success *step gets the step it matched. */
bool totp_verify(const unsigned char *secret, size_t n, const char *code,
                 long long now, long long last_step, long long *step);

/* RFC 4648 base32 without padding; out holds (8n+4)/5+1 bytes. */
void totp_base32(const unsigned char *in, size_t n, char *out);

#endif
