// Forged forms: every POST needs this browser's token and this site's origin.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN, AGENT, BASE, PASSWORD } from '../lib/env.mjs';
import { CookieJar, request, getCsrf, login, session } from '../lib/http.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { th } from '../lib/i18n.mjs';

let admin, agent;

before(async () => {
  admin = await session(ADMIN);
  agent = await session(AGENT);
});

async function assertCsrfPage(res) {
  await assertHtmlPage(res, { status: 403, lang: 'fr' });
  assert.ok(res.text.includes(th('fr', 'http.csrf.title')), 'the page says the form expired');
}

test('a login form posted without its token is refused', async () => {
  const jar = new CookieJar();
  await request('/login', { jar });
  const res = await request('/login', { jar, form: { email: ADMIN, password: PASSWORD } });
  await assertCsrfPage(res);
  assert.ok(!jar.get('sid'), 'no session');
});

test('a login form posted with another browser\'s token is refused', async () => {
  const mine = new CookieJar();
  const theirs = new CookieJar();
  await request('/login', { jar: mine });
  const other = await request('/login', { jar: theirs });
  const res = await request('/login', { jar: mine, form: { csrf: getCsrf(other.text), email: ADMIN, password: PASSWORD } });
  await assertCsrfPage(res);
  assert.ok(!mine.get('sid'));
});

test('a logged-in form posted with another session\'s token is refused', async () => {
  const theirs = await request('/account', { jar: agent });
  const res = await request('/account', { jar: admin, form: { csrf: getCsrf(theirs.text) } });
  await assertCsrfPage(res);
});

test('a logout without a token is refused and the session stays open', async () => {
  const res = await request('/logout', { jar: admin, form: {} });
  await assertCsrfPage(res);
  assert.equal((await request('/', { jar: admin })).status, 200);
});

test('a form posted from another site is refused even with the right token', async () => {
  const page = await request('/account', { jar: admin });
  const csrf = getCsrf(page.text);
  for (const origin of ['https://evil.example', 'http://127.0.0.1:1', 'null']) {
    const res = await request('/account', { jar: admin, form: { csrf }, headers: { origin } });
    await assertCsrfPage(res);
  }
});

test('a form posted from this site, with the Origin header browsers send, goes through', async () => {
  // Chromium and Firefox send Origin on every POST, same-site ones too.
  const page = await request('/account', { jar: admin });
  const res = await request('/account', { jar: admin, form: { csrf: getCsrf(page.text) }, headers: { origin: BASE } });
  assert.equal(res.status, 200, `POST /account with Origin: ${BASE} answered ${res.status}`);
  const jar = new CookieJar();
  const form = await request('/login', { jar });
  const login = await request('/login', {
    jar,
    form: { csrf: getCsrf(form.text), email: AGENT, password: PASSWORD },
    headers: { origin: BASE },
  });
  assert.equal(login.status, 303, `POST /login with Origin: ${BASE} answered ${login.status}`);
});
