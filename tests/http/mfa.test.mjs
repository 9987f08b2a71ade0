// Two-step verification: enrolment with a QR code and a text key, codes
// used once, recovery codes used once, the session token renewed after the
// second factor, and no way round it for a session still waiting for it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, getCsrf, CookieJar, location } from '../lib/http.mjs';
import { sql, sessionRows } from '../lib/db.mjs';
import { base32, totp, freshCode, remember } from '../lib/totp.mjs';
import { makeAccount } from '../lib/accounts.mjs';

/** Signs in with the password only; returns the jar and the answer. */
async function password(account, jar = new CookieJar()) {
  const form = await request('/login', { jar });
  const res = await request('/login', {
    jar, form: { csrf: getCsrf(form.text), email: account.email, password: account.password },
  });
  return { jar, res };
}

/** Posts a code on the /login/code page. */
async function code(jar, value) {
  const page = await request('/login/code', { jar });
  return request('/login/code', { jar, form: { csrf: getCsrf(page.text), next: '/account', code: value } });
}

/** Enrols the account from its enrolment page; returns the secret and the answer. */
async function enrol(jar, codeFor = (s) => totp(s)) {
  const page = await request('/mfa/enrol', { jar });
  assert.equal(page.status, 200);
  const secret = /class="secret"><code>([^<]+)</.exec(page.text)[1].replace(/\s/g, '');
  const res = await request('/mfa/enrol', { jar, form: { csrf: getCsrf(page.text), next: '/', code: codeFor(secret) } });
  return { secret, page, res };
}

test('a role that requires MFA leads from the password to enrolment, and nothing else opens before it', async () => {
  const a = makeAccount('agency_staff');
  const { jar, res } = await password(a);
  assert.equal(res.status, 303);
  assert.equal(location(res).path, '/mfa/enrol');
  for (const path of ['/', '/account', '/status']) {
    const r = await request(path, { jar });
    assert.equal(r.status, 303, path);
    assert.equal(location(r).path, '/login', path);
  }
  const page = await request('/mfa/enrol', { jar });
  assert.match(page.text, /<svg[^>]*class="qr"/);
  assert.match(page.text, /class="secret"><code>[A-Z2-7 ]{32,}</);
});

test('enrolment refuses a wrong code, then shows ten recovery codes once and renews the session token', async () => {
  const a = makeAccount('agency_staff');
  const { jar } = await password(a);
  const before = jar.get('sid');
  const wrong = await enrol(jar, () => '000000');
  assert.equal(wrong.res.status, 422);
  assert.match(wrong.res.text, /href="#field-code"/);
  const { secret, res } = await enrol(jar);
  remember(a.email, secret);
  assert.equal(res.status, 200);
  const codes = [...res.text.matchAll(/<li><code>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{2})<\/code><\/li>/g)].map((m) => m[1]);
  assert.equal(codes.length, 10);
  assert.equal(new Set(codes).size, 10);
  assert.notEqual(jar.get('sid'), before, 'a new token after MFA');
  assert.equal(sessionRows(before), 0, 'the token before MFA is gone');
  assert.equal((await request('/account', { jar })).status, 200);
  // The codes are kept only as hashes.
  const stored = sql(`SELECT HEX(code_hash) FROM recovery_code WHERE user_id = ${a.id}`).map((r) => r[0]);
  assert.equal(stored.length, 10);
  for (const c of codes) assert.ok(!stored.some((h) => h.includes(Buffer.from(c).toString('hex').toUpperCase())));
  // The secret is kept encrypted: its bytes are not in the column.
  const blob = sql(`SELECT HEX(mfa_secret) FROM users WHERE id = ${a.id}`)[0][0];
  assert.ok(!blob.includes(base32(secret).toString('hex').toUpperCase()));
  // Enrolling again from a full session is not offered.
  const again = await request('/mfa/enrol', { jar });
  assert.equal(again.status, 303);
});

test('a TOTP code signs in once: the same code again is refused', async () => {
  const a = makeAccount('agency_staff');
  const { jar } = await password(a);
  const { secret } = await enrol(jar);
  remember(a.email, secret);
  const first = await password(a);
  assert.equal(location(first.res).path, '/login/code');
  const value = await freshCode(a.email);
  const ok = await code(first.jar, value);
  assert.equal(ok.status, 303);
  assert.equal(location(ok).path, '/account');
  const second = await password(a);
  const replay = await code(second.jar, value);
  assert.equal(replay.status, 422);
  assert.match(replay.text, /field-code/);
  assert.equal((await request('/account', { jar: second.jar })).status, 303, 'still not signed in');
});

test('two requests with the same code at once: exactly one gets in', async () => {
  const a = makeAccount('agency_staff');
  const { jar } = await password(a);
  const { secret } = await enrol(jar);
  remember(a.email, secret);
  const x = await password(a);
  const y = await password(a);
  const value = await freshCode(a.email);
  const [px, py] = await Promise.all([request('/login/code', { jar: x.jar }), request('/login/code', { jar: y.jar })]);
  const [rx, ry] = await Promise.all([
    request('/login/code', { jar: x.jar, form: { csrf: getCsrf(px.text), next: '/', code: value } }),
    request('/login/code', { jar: y.jar, form: { csrf: getCsrf(py.text), next: '/', code: value } }),
  ]);
  assert.deepEqual([rx.status, ry.status].sort(), [303, 422]);
});

test('a recovery code works once, whatever its case and dashes', async () => {
  const a = makeAccount('agency_staff');
  const { jar } = await password(a);
  const { res } = await enrol(jar);
  const codes = [...res.text.matchAll(/<li><code>([^<]+)<\/code><\/li>/g)].map((m) => m[1]);
  const first = await password(a);
  const used = await code(first.jar, codes[3].toUpperCase().replace(/-/g, ''));
  assert.equal(used.status, 303);
  const second = await password(a);
  const again = await code(second.jar, codes[3]);
  assert.equal(again.status, 422);
  const other = await code(second.jar, codes[4]);
  assert.equal(other.status, 303);
  const audit = sql(`SELECT detail FROM audit WHERE action = 'login.success' AND subject_id = ${a.id} ORDER BY id`).map((r) => r[0]);
  assert.deepEqual(audit.slice(-2), ['recovery', 'recovery']);
});

test('a session waiting for its code cannot enrol a new authenticator instead', async () => {
  const a = makeAccount('agency_staff');
  const { jar } = await password(a);
  const { secret } = await enrol(jar);
  remember(a.email, secret);
  const waiting = await password(a);
  const res = await request('/mfa/enrol', { jar: waiting.jar });
  assert.equal(res.status, 303);
  assert.equal(location(res).path, '/login/code');
  const post = await request('/mfa/enrol', { jar: waiting.jar, form: { csrf: 'x', code: totp(secret) } });
  assert.ok(post.status === 303 || post.status === 403);
  assert.equal((await request('/account', { jar: waiting.jar })).status, 303);
});

test('the code page and the enrolment page are in English for an English browser, and pass HTML checks', async () => {
  const a = makeAccount('agency_staff');
  const jar = new CookieJar({ lang: 'en' });
  await password(a, jar);
  const page = await request('/mfa/enrol', { jar });
  assert.match(page.text, /<html lang="en"/);
  assert.match(page.text, /authenticator app/);
});
