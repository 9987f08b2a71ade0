#include "mfa.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/crypto.h>
#include <qrencode.h>

#include "buf.h"
#include "conf.h"
#include "crypt.h"
#include "db.h"
#include "token.h"

int mfa_required(long long user_id, bool *required)
{
	long long n = 0;

	/* An account role, or the portal role of a live access to a client
	 * profile (a family portal login's roles are per profile). */
	if (db_int_query(
	        &n,
	        "SELECT (SELECT COUNT(*) FROM user_role ur JOIN role r "
	        "ON r.id = ur.role_id WHERE ur.user_id = ? AND "
	        "r.mfa_required = 1) + (SELECT COUNT(*) FROM "
	        "portal_access pa JOIN role r ON r.id = pa.role_id "
	        "WHERE pa.user_id = ? AND pa.active = 1 AND "
	        "r.mfa_required = 1)",
	        "ii", user_id, user_id) < 0)
		return -1;
	*required = n > 0;
	return 0;
}

static void ad_for(long long user_id, char ad[32])
{
	snprintf(ad, 32, "totp:%lld", user_id);
}

int mfa_secret_new(long long user_id, char *b32, size_t size)
{
	unsigned char secret[TOTP_SECRET], sealed[TOTP_SECRET + CRYPT_OVERHEAD];
	char ad[32];
	long n;

	if (size < 40 || token_random(secret, sizeof secret) == -1)
		return -1;
	ad_for(user_id, ad);
	n = crypt_seal(conf.data_key, ad, secret, sizeof secret, sealed,
	               sizeof sealed);
	totp_base32(secret, sizeof secret, b32);
	OPENSSL_cleanse(secret, sizeof secret);
	if (n < 0)
		return -1;
	return db_exec("UPDATE users SET mfa_secret = ?, mfa_enabled = 0, "
	               "mfa_last_step = 0 WHERE id = ?",
	               "bi", sealed, (size_t)n, user_id) == 1
	           ? 0
	           : -1;
}

/* Reads and decrypts the secret; returns its length or -1. */
static long secret_load(long long user_id, unsigned char *out, size_t cap,
                        long long *last_step)
{
	struct db_res *res =
	    db_query("SELECT mfa_secret, mfa_last_step FROM users WHERE id = ?",
	             "i", user_id);
	char ad[32];
	long n = -1;

	if (res == NULL)
		return -1;
	if (db_next(res) == 1 && db_str(res, 0) != NULL) {
		ad_for(user_id, ad);
		n = crypt_open(conf.data_key, ad,
		               (const unsigned char *)db_str(res, 0),
		               db_len(res, 0), out, cap);
		if (last_step != NULL)
			*last_step = db_int(res, 1);
	}
	db_done(res);
	return n;
}

int mfa_secret_text(long long user_id, char *b32, size_t size)
{
	unsigned char secret[64];
	long n = secret_load(user_id, secret, sizeof secret, NULL);

	if (n <= 0 || (size_t)(n * 8 + 4) / 5 + 1 > size)
		return -1;
	totp_base32(secret, (size_t)n, b32);
	OPENSSL_cleanse(secret, sizeof secret);
	return 0;
}

int mfa_code_ok(long long user_id, const char *code)
{
	unsigned char secret[64];
	long long last = 0, step = 0;
	long n = secret_load(user_id, secret, sizeof secret, &last);
	bool ok;
	long long changed;

	if (n <= 0)
		return 0; /* no secret: nothing matches */
	ok = totp_verify(secret, (size_t)n, code, (long long)time(NULL), last,
	                 &step);
	OPENSSL_cleanse(secret, sizeof secret);
	if (!ok)
		return 0;
	/* The comparison with the last step and the write are one statement:
	 * of two requests with the same code, one changes the row. */
	changed = db_exec("UPDATE users SET mfa_last_step = ? WHERE id = ? "
	                  "AND mfa_last_step < ?",
	                  "iii", step, user_id, step);
	return changed < 0 ? -1 : changed == 1;
}

int mfa_enable(long long user_id)
{
	return db_exec("UPDATE users SET mfa_enabled = 1 WHERE id = ?", "i",
	               user_id) < 0
	           ? -1
	           : 0;
}

int mfa_reset(long long user_id)
{
	if (db_exec("DELETE FROM recovery_code WHERE user_id = ?", "i",
	            user_id) < 0)
		return -1;
	return db_exec("UPDATE users SET mfa_secret = NULL, mfa_enabled = 0, "
	               "mfa_last_step = 0 WHERE id = ?",
	               "i", user_id) < 0
	           ? -1
	           : 0;
}

/* The canonical form of a recovery code: lowercase letters and digits. */
static void canonical(const char *in, char *out, size_t size)
{
	size_t n = 0;

	for (; *in != '\0' && n + 1 < size; in++)
		if (isalnum((unsigned char)*in))
			out[n++] = (char)tolower((unsigned char)*in);
	out[n] = '\0';
}

static void code_hash(long long user_id, const char *canon,
                      unsigned char out[32])
{
	struct buf b = {0};

	/* Salted by the user, so equal codes of two users differ. */
	buf_printf(&b, "recovery:%lld:%s", user_id, canon);
	token_sha256(b.data, b.len, out);
	buf_free(&b);
}

int mfa_recovery_new(long long user_id,
                     char codes[MFA_RECOVERY_CODES][MFA_RECOVERY_TEXT])
{
	/* No 0/o or 1/l: codes are read off paper. */
	static const char alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
	unsigned char raw[10], hash[32];
	char canon[16];

	if (db_exec("DELETE FROM recovery_code WHERE user_id = ?", "i",
	            user_id) < 0)
		return -1;
	for (int i = 0; i < MFA_RECOVERY_CODES; i++) {
		if (token_random(raw, sizeof raw) == -1)
			return -1;
		for (int k = 0; k < 10; k++)
			canon[k] = alphabet[raw[k] & 31];
		canon[10] = '\0';
		snprintf(codes[i], MFA_RECOVERY_TEXT, "%.4s-%.4s-%.2s", canon,
		         canon + 4, canon + 8);
		code_hash(user_id, canon, hash);
		if (db_exec("INSERT INTO recovery_code (user_id, code_hash) "
		            "VALUES (?, ?)",
		            "ib", user_id, hash, sizeof hash) < 0)
			return -1;
	}
	return 0;
}

int mfa_recovery_use(long long user_id, const char *code)
{
	unsigned char hash[32];
	char canon[64];
	long long n;

	canonical(code, canon, sizeof canon);
	if (strlen(canon) != 10)
		return 0;
	code_hash(user_id, canon, hash);
	n = db_exec("UPDATE recovery_code SET used_at = UTC_TIMESTAMP() "
	            "WHERE user_id = ? AND code_hash = ? AND used_at IS NULL",
	            "ib", user_id, hash, sizeof hash);
	return n < 0 ? -1 : n == 1;
}

int mfa_uri(char *out, size_t size, const char *issuer, const char *account,
            const char *b32)
{
	struct buf b = {0};
	int rc;

	buf_puts(&b, "otpauth://totp/");
	buf_urlencode(&b, issuer);
	buf_puts(&b, ":");
	buf_urlencode(&b, account);
	buf_printf(&b, "?secret=%s&issuer=", b32);
	buf_urlencode(&b, issuer);
	buf_puts(&b, "&algorithm=SHA1&digits=6&period=30");
	rc = b.data != NULL && b.len < size ? 0 : -1;
	if (rc == 0)
		memcpy(out, b.data, b.len + 1);
	buf_free(&b);
	return rc;
}

int mfa_qr_path(const char *text, char **path, int *side)
{
	QRcode *qr = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
	struct buf b = {0};

	if (qr == NULL)
		return -1;
	for (int y = 0; y < qr->width; y++)
		for (int x = 0; x < qr->width; x++)
			if (qr->data[y * qr->width + x] & 1)
				buf_printf(&b, "M%d %dh1v1h-1z", x + 4, y + 4);
	*side = qr->width + 8;
	QRcode_free(qr);
	*path = b.data;
	return b.data != NULL ? 0 : -1;
}
