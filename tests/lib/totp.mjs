// TOTP codes as an authenticator app makes them (RFC 6238: HMAC-SHA-1,
// 30-second steps, 6 digits), and the secrets the tests enrolled, kept in a
// file under VAR so every test file (each its own process) can sign in.
import { createHmac } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { VAR } from './env.mjs';
import { sql } from './db.mjs';

const FILE = resolve(VAR, 'test-totp.json');

/** Decodes RFC 4648 base32 (spaces and padding ignored). */
export function base32(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0, acc = 0;
  const out = [];
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) {
    const v = alphabet.indexOf(c);
    if (v < 0) throw new Error(`not base32: ${c}`);
    acc = (acc << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return Buffer.from(out);
}

/** The code for a time step (default: now). */
export function totp(secret, step = Math.floor(Date.now() / 30000), digits = 6, algo = 'sha1') {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(step));
  const mac = createHmac(algo, Buffer.isBuffer(secret) ? secret : base32(secret)).update(msg).digest();
  const off = mac[mac.length - 1] & 0x0f;
  const bin = mac.readUInt32BE(off) & 0x7fffffff;
  return String(bin % 10 ** digits).padStart(digits, '0');
}

function load() {
  try {
    return JSON.parse(readFileSync(FILE, 'utf8'));
  } catch {
    return {};
  }
}

/** Remembers the secret a test enrolled for an account. */
export function remember(email, secret) {
  const all = load();
  all[email] = secret.replace(/\s/g, '');
  writeFileSync(FILE, JSON.stringify(all));
}

/** The secret enrolled for an account by an earlier test, or undefined. */
export function secretOf(email) {
  return load()[email];
}

/**
 * A code the server will accept now for the account: a step within its
 * window (now-1 … now+1) that is newer than the last one it accepted (a
 * code works once), and that stays in the window for at least 15 seconds,
 * so that a slow machine still delivers it in time. When the window is
 * used up, a person would wait for the next step; the tests, which sign
 * the same fixture accounts in many times, move the account's last used
 * step back instead (the check that a code works once is the business of
 * the tests that say so, on accounts of their own).
 */
export async function freshCode(email) {
  const secret = secretOf(email);
  if (!secret) throw new Error(`no TOTP secret enrolled for ${email}`);
  const quoted = email.replace(/'/g, "''");
  const last = Number(sql(`SELECT mfa_last_step FROM users WHERE email = '${quoted}'`)[0][0]);
  const now = Math.floor(Date.now() / 30000);
  const late = Date.now() % 30000 > 15000; // the step now-1 leaves the window soon
  let step = Math.max(late ? now : now - 1, last + 1);
  if (step > now + 1) {
    sql(`UPDATE users SET mfa_last_step = ${now - 2} WHERE email = '${quoted}' AND mfa_last_step = ${last}`);
    step = late ? now : now - 1;
  }
  return totp(secret, step);
}
