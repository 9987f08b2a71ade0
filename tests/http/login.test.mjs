// Signing in and out: the login form, its errors, the session cookie.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN, FINANCE, PASSWORD } from '../lib/env.mjs';
import { CookieJar, request, getCsrf, login, logout, location, setCookies, secondStep } from '../lib/http.mjs';
import { makeAccount } from '../lib/accounts.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { th } from '../lib/i18n.mjs';
import { sessionRows } from '../lib/db.mjs';

let admin; // one login for the tests that only need a session

before(async () => {
  admin = await login(ADMIN);
});

test('a visitor gets the login form in French, with a pre-session cookie for its CSRF token', async () => {
  const jar = new CookieJar();
  const res = await request('/login', { jar });
  await assertHtmlPage(res, { status: 200, lang: 'fr' });
  assert.ok(res.text.includes(th('fr', 'login.title')));
  const pre = setCookies(res).find((c) => c.name === 'pre');
  assert.ok(pre, 'a pre cookie is set');
  assert.ok(pre.attrs.httponly, 'pre is HttpOnly');
  assert.equal(pre.attrs.samesite, 'Lax');
  assert.equal(pre.attrs.path, '/');
  assert.ok(!pre.attrs.secure, 'no Secure on plain HTTP');
  // The same browser keeps the same token while it has the same pre cookie.
  const again = await request('/login', { jar });
  assert.equal(getCsrf(again.text), getCsrf(res.text));
});

test('an admin logs in: the password leads to the second step, the code to the home page, each with a new session cookie', async () => {
  const res = admin.loginResponse;
  assert.equal(res.status, 303);
  assert.match(res.headers.get('location'), /^\/(login\/code|mfa\/enrol)\?next=%2F$/);
  const pending = setCookies(res).find((c) => c.name === 'sid');
  const full = setCookies(admin.mfaResponse).find((c) => c.name === 'sid');
  for (const sid of [pending, full]) {
    assert.ok(sid, 'a sid cookie is set');
    assert.match(sid.value, /^[A-Za-z0-9_-]{43}$/, '256-bit token, base64url');
    assert.ok(sid.attrs.httponly, 'sid is HttpOnly');
    assert.equal(sid.attrs.samesite, 'Lax');
    assert.equal(sid.attrs.path, '/');
    assert.ok(!sid.attrs.secure, 'no Secure on plain HTTP');
  }
  assert.notEqual(full.value, pending.value, 'a new token once the second factor is given');
  assert.equal(sessionRows(pending.value), 0);
  const home = await request('/', { jar: admin });
  await assertHtmlPage(home, { status: 200, lang: 'fr' });
  assert.ok(home.text.includes(th('fr', 'home.title')));
});

test('each login gives a new token and the previous one stops working', async () => {
  const jar = await login(FINANCE);
  const first = jar.get('sid');
  // Logged in, the browser posts the login form again (from another tab,
  // say) with the token its pages carry.
  const home = await request('/', { jar });
  const again = await request('/login', {
    jar,
    form: { csrf: getCsrf(home.text), email: FINANCE, password: PASSWORD },
  });
  assert.equal(again.status, 303);
  await secondStep(jar, again, FINANCE);
  const second = jar.get('sid');
  assert.notEqual(second, first);
  assert.equal(sessionRows(first), 0, 'the first session row is gone');
  const old = await request('/account', { jar: new CookieJar({ sid: first }) });
  assert.equal(old.status, 303);
  assert.equal(location(old).path, '/login');
  const now = await request('/account', { jar });
  assert.equal(now.status, 200);
});

/** The login answer with what the user typed and the per-browser values removed. */
function normalised(res, email) {
  return res.text
    .replace(/name="csrf" value="[^"]*"/g, 'name="csrf" value=""')
    .replace(/<code class="reference">[0-9A-F]{8}<\/code>/g, '<code class="reference"></code>')
    .replaceAll(email, 'EMAIL');
}

test('a wrong password gets the same answer as an unknown account', async () => {
  const known = new CookieJar();
  const unknown = new CookieJar();
  const k0 = await request('/login', { jar: known });
  const u0 = await request('/login', { jar: unknown });
  const wrong = await request('/login', {
    jar: known,
    form: { csrf: getCsrf(k0.text), email: FINANCE, password: 'not-the-password' },
  });
  const nobody = 'nobody@demo.passerelle.test';
  const none = await request('/login', {
    jar: unknown,
    form: { csrf: getCsrf(u0.text), email: nobody, password: 'not-the-password' },
  });
  await assertHtmlPage(wrong, { status: 422, lang: 'fr' });
  await assertHtmlPage(none, { status: 422, lang: 'fr' });
  assert.ok(wrong.text.includes(th('fr', 'err.login.failed')), 'the form-level error is shown');
  assert.match(wrong.text, /role="alert"/);
  assert.ok(!known.get('sid') && !unknown.get('sid'), 'no session');
  assert.equal(normalised(wrong, FINANCE), normalised(none, nobody));
  const headers = (r) =>
    [...r.headers].filter(([k]) => !['date', 'content-length', 'set-cookie'].includes(k)).map(([k, v]) => `${k}: ${v}`);
  assert.deepEqual(headers(wrong), headers(none));
  assert.deepEqual(setCookies(wrong).map((c) => c.name), setCookies(none).map((c) => c.name));
});

test('a login with neither e-mail nor password shows both field errors, linked from the summary', async () => {
  const jar = new CookieJar();
  const form = await request('/login', { jar });
  const res = await request('/login', { jar, form: { csrf: getCsrf(form.text), email: '', password: '' } });
  await assertHtmlPage(res, { status: 422, lang: 'fr' });
  assert.match(res.text, /class="error-summary" role="alert"/);
  assert.match(res.text, /<a href="#field-email">/);
  assert.match(res.text, /<a href="#field-password">/);
  assert.match(res.text, /id="field-email-error"/);
  assert.match(res.text, /id="field-password-error"/);
  assert.ok(res.text.includes(th('fr', 'err.required')));
  assert.ok(res.text.startsWith('<!DOCTYPE html>'));
  assert.match(res.text, new RegExp(`<title>${th('fr', 'error.prefix')} `), 'the title says there is an error');
});

test('an e-mail address that is not one is refused with its own message, and kept in the field', async () => {
  const jar = new CookieJar();
  const form = await request('/login', { jar });
  const res = await request('/login', {
    jar,
    form: { csrf: getCsrf(form.text), email: 'not-an-address', password: 'whatever' },
  });
  await assertHtmlPage(res, { status: 422, lang: 'fr' });
  assert.ok(res.text.includes(th('fr', 'err.email.invalid')));
  assert.match(res.text, /id="field-email"[^>]*value="not-an-address"|value="not-an-address"[^>]*id="field-email"/);
  assert.doesNotMatch(res.text, /value="whatever"/, 'the password is never written back');
});

test('what a visitor types or puts in the address comes back as text, never as markup', async () => {
  const jar = new CookieJar();
  const evil = '/"><script>alert(1)</script>';
  const page = await request(`/login?next=${encodeURIComponent(evil)}`, { jar });
  await assertHtmlPage(page, { status: 200 });
  assert.doesNotMatch(page.text, /<script/i);
  const res = await request('/login', {
    jar,
    form: { csrf: getCsrf(page.text), email: '"><script>alert(1)</script>@x.test', password: 'x', next: evil },
  });
  await assertHtmlPage(res, { status: 422 });
  assert.doesNotMatch(res.text, /<script/i);
});

test('a login sent as multipart/form-data works like an ordinary form', async () => {
  const jar = new CookieJar();
  const page = await request('/login', { jar });
  const fd = new FormData();
  fd.append('csrf', getCsrf(page.text));
  fd.append('email', ADMIN);
  fd.append('password', PASSWORD);
  fd.append('next', '/account');
  const res = await request('/login', { jar, body: fd });
  assert.equal(res.status, 303, res.text.slice(0, 300));
  assert.equal(res.headers.get('location'), '/login/code?next=%2Faccount');
  const done = await secondStep(jar, res, ADMIN);
  assert.equal(done.headers.get('location'), '/account');
  assert.ok(jar.get('sid'));
  assert.equal((await request('/account', { jar })).status, 200);
});

test('a visitor sent to the login page from a protected page goes back to it after logging in', async () => {
  const jar = new CookieJar();
  const first = await request('/account', { jar });
  assert.equal(first.status, 303);
  assert.equal(first.headers.get('location'), '/login?next=%2Faccount&msg=required');
  const page = await request(first.headers.get('location'), { jar });
  await assertHtmlPage(page, { status: 200, lang: 'fr' });
  assert.ok(page.text.includes(th('fr', 'flash.login_required')));
  assert.match(page.text, /<input type="hidden" name="next" value="\/account">/);
  const res = await request('/login', {
    jar,
    form: { csrf: getCsrf(page.text), next: '/account', email: ADMIN, password: PASSWORD },
  });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/login/code?next=%2Faccount');
  const done = await secondStep(jar, res, ADMIN);
  assert.equal(done.headers.get('location'), '/account');
});

test('a next that leads off the site sends the user home after logging in', async () => {
  // A fresh account for each try: each login spends a TOTP time step.
  for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
    const a = makeAccount('agency_staff');
    await login(a.email, a.password); // enrols the authenticator
    const jar = new CookieJar();
    const page = await request('/login', { jar });
    const res = await request('/login', {
      jar,
      form: { csrf: getCsrf(page.text), next, email: a.email, password: a.password },
    });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/login/code?next=%2F', `next=${next}`);
    const done = await secondStep(jar, res, a.email, next);
    assert.equal(done.headers.get('location'), '/', `next=${next} after the code`);
  }
});

test('a logged-in user who opens the login page goes to the home page', async () => {
  const res = await request('/login', { jar: admin });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/');
});

test('logging out ends the session: the old cookie then gets the login page', async () => {
  const jar = await login(ADMIN);
  const sid = jar.get('sid');
  assert.equal(sessionRows(sid), 1);
  const res = await logout(jar);
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/login?msg=out');
  const cleared = setCookies(res).find((c) => c.name === 'sid');
  assert.ok(cleared && cleared.value === '' && cleared.attrs['max-age'] === '0', 'the sid cookie is deleted');
  assert.equal(sessionRows(sid), 0, 'the session row is deleted');
  const old = await request('/', { jar: new CookieJar({ sid }) });
  assert.equal(old.status, 303);
  assert.equal(location(old).path, '/login');
  const page = await request('/login?msg=out', { jar });
  await assertHtmlPage(page, { status: 200 });
  assert.ok(page.text.includes(th('fr', 'flash.logged_out')));
});

test('logging out by a link (GET) is refused with 405 and the allowed method', async () => {
  const res = await request('/logout', { jar: admin });
  await assertHtmlPage(res, { status: 405, lang: 'fr' });
  assert.equal(res.headers.get('allow'), 'POST');
  assert.ok(res.text.includes(th('fr', 'http.405.title')));
  assert.equal((await request('/', { jar: admin })).status, 200, 'still logged in');
});
