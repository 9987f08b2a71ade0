/* mfa: TOTP secrets (encrypted at rest), codes used once, recovery codes. */
#ifndef MFA_H
#define MFA_H

#include <stdbool.h>
#include <stddef.h>

#include "totp.h"

#define MFA_RECOVERY_CODES 10
#define MFA_RECOVERY_TEXT  13 /* "xxxx-xxxx-xx" and a NUL */

/* Sets *required when a role of the user asks for MFA: one of their
 * account roles, or the portal role of one of their live accesses to a
 * client profile. 0 or -1. */
int mfa_required(long long user_id, bool *required);

/* Makes a new secret for the user, stored encrypted and not yet enabled,
 * and writes its base32 form into b32 (at least 40 bytes). 0 or -1. */
int mfa_secret_new(long long user_id, char *b32, size_t size);

/* Writes the base32 form of the user's stored secret. 0, or -1 when there
 * is none or it cannot be decrypted. */
int mfa_secret_text(long long user_id, char *b32, size_t size);

/* Checks a TOTP code against the stored secret and, when it is right and
 * newer than the last accepted one, records its time step in the same
 * UPDATE, so the code works once even for two parallel requests. Returns
 * 1 accepted, 0 refused, -1 error. */
int mfa_code_ok(long long user_id, const char *code);

/* Enables MFA after a first good code. 0 or -1. */
int mfa_enable(long long user_id);

/* Forgets the user's secret and recovery codes: enrolment again at the
 * next login. 0 or -1. */
int mfa_reset(long long user_id);

/* Replaces the user's recovery codes with MFA_RECOVERY_CODES new ones,
 * stored as SHA-256; codes receives their text to show once. 0 or -1. */
int mfa_recovery_new(long long user_id,
                     char codes[MFA_RECOVERY_CODES][MFA_RECOVERY_TEXT]);

/* Uses a recovery code (case and dashes do not matter): 1 used now, 0 not
 * a valid unused code, -1 error. */
int mfa_recovery_use(long long user_id, const char *code);

/* The otpauth:// URI an authenticator app reads from the QR code. */
int mfa_uri(char *out, size_t size, const char *issuer, const char *account,
            const char *b32);

/* An SVG path drawing the QR code of text (one unit a module, a quiet zone
 * of 4), and its side in units. The caller frees *path. 0 or -1. */
int mfa_qr_path(const char *text, char **path, int *side);

#endif
