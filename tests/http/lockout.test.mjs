// Brute force: failures are counted per account; after the limit the
// account is locked, its owner is told by mail, every failure and the lock
// are in the audit trail, and the page never tells an attacker more than
// "incorrect e-mail or password".
import { test, beforeEach, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { VAR } from '../lib/env.mjs';
import { request, getCsrf, CookieJar, login } from '../lib/http.mjs';
import { sql } from '../lib/db.mjs';
import { makeAccount } from '../lib/accounts.mjs';

async function attempt(email, password) {
  const jar = new CookieJar();
  const form = await request('/login', { jar });
  const res = await request('/login', { jar, form: { csrf: getCsrf(form.text), email, password } });
  return { res, csrf: getCsrf(form.text) };
}

// Every request here comes from 127.0.0.1: each test starts with a clean
// record for the address, as if from another place, so that only the
// account's own count is at work (the last test is about the address).
beforeEach(() => sql('DELETE FROM address_failure'));
after(() => sql('DELETE FROM address_failure'));

const strip = (html) => html.replace(/value="[A-Za-z0-9_-]{43}"/g, '').replace(/<input[^>]*name="email"[^>]*>/, '');

test('ten wrong passwords lock the account: the owner gets a mail, the audit has every failure and the lock', async () => {
  const a = makeAccount('agency_staff');
  for (let i = 0; i < 10; i++) {
    const { res } = await attempt(a.email, `wrong password number ${i}`);
    assert.equal(res.status, 422);
  }
  const [locked] = sql(`SELECT failed_count, locked_until > UTC_TIMESTAMP() FROM users WHERE id = ${a.id}`);
  assert.deepEqual(locked, ['10', '1']);
  const actions = sql(`SELECT action FROM audit WHERE subject_id = ${a.id} AND action IN ('login.failure', 'account.locked')`).map((r) => r[0]);
  assert.equal(actions.filter((x) => x === 'login.failure').length, 10);
  assert.equal(actions.filter((x) => x === 'account.locked').length, 1);
  const mail = resolve(VAR, 'mail');
  // Delivery runs after the answer: give it a moment.
  let mine = [];
  for (let i = 0; i < 50 && mine.length === 0; i++) {
    mine = existsSync(mail) ? readdirSync(mail).filter((f) => f.endsWith('.eml'))
      .map((f) => readFileSync(resolve(mail, f), 'utf8')).filter((m) => m.includes(`To: <${a.email}>`)) : [];
    if (!mine.length) await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(mine.length, 1, 'one lock mail');
  // The right password is refused while locked, with the same page as a wrong one.
  const right = await attempt(a.email, a.password);
  const wrong = await attempt(a.email, 'still not the password');
  const unknown = await attempt(`nobody-${Date.now()}@exemple.test`, 'whatever it is');
  assert.equal(right.res.status, 422);
  assert.equal(strip(right.res.text), strip(wrong.res.text));
  assert.equal(strip(right.res.text), strip(unknown.res.text));
});

test('once an admin unlocks the account, the right password works again and the counter is cleared', async () => {
  const a = makeAccount('agency_staff');
  for (let i = 0; i < 10; i++) await attempt(a.email, `wrong ${i}`);
  assert.equal((await attempt(a.email, a.password)).res.status, 422);
  sql(`UPDATE users SET failed_count = 0, locked_until = NULL WHERE id = ${a.id}`);
  const jar = await login(a.email, a.password, { mfa: false });
  assert.equal(jar.loginResponse.status, 303);
  assert.equal(sql(`SELECT failed_count FROM users WHERE id = ${a.id}`)[0][0], '0');
});

test('after five failures in a row the account waits before the next try, even with the right password', async () => {
  const a = makeAccount('agency_staff');
  for (let i = 0; i < 5; i++) await attempt(a.email, `wrong ${i}`);
  const [r] = sql(`SELECT TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(), locked_until) FROM users WHERE id = ${a.id}`);
  assert.ok(Number(r[0]) > 0 && Number(r[0]) <= 60, `waits ${r[0]} s`);
  assert.equal((await attempt(a.email, a.password)).res.status, 422);
});

test('many failures from one address, on any accounts, make that address wait too', async () => {
  const a = makeAccount('agency_staff');
  for (let i = 0; i < 20; i++) await attempt(`nobody-${i}-${Date.now()}@exemple.test`, 'guess');
  const [r] = sql("SELECT failed_count, locked_until > UTC_TIMESTAMP() FROM address_failure WHERE ip = '127.0.0.1'");
  assert.deepEqual(r, ['20', '1']);
  assert.equal((await attempt(a.email, a.password)).res.status, 422, 'a good password from that address waits');
  assert.equal(sql(`SELECT failed_count FROM users WHERE id = ${a.id}`)[0][0], '1');
});
