// When MariaDB is down, every page says so clearly (503, in the user's
// language, with a reference in the log), and the programs recover by
// themselves once it is back. Runs last: it stops the database.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ADMIN, VAR } from '../lib/env.mjs';
import { CookieJar, request, login, session } from '../lib/http.mjs';
import { assertHtmlPage, errorRef } from '../lib/page.mjs';
import { th } from '../lib/i18n.mjs';
import { stack } from '../lib/db.mjs';

let admin;
let stopped = false;

before(async () => {
  admin = await session(ADMIN);
  // Warm every program's connection, so the test covers a connection that dies.
  for (const path of ['/login', '/account', '/']) await request(path, { jar: path === '/login' ? undefined : admin });
});

after(() => {
  if (stopped) stack('db-start');
});

test('with the database down, pages answer 503 in the user\'s language, and work again once it is back', async () => {
  stack('db-stop');
  stopped = true;
  try {
    const pages = [
      ['/login', new CookieJar(), 'login'],
      ['/account', admin, 'account'],
      ['/', admin, 'home'],
    ];
    for (const [path, jar, screen] of pages) {
      for (const lang of ['fr', 'en']) {
        const headers = lang === 'en' ? { 'accept-language': 'en-CA,en;q=0.9' } : {};
        // The anonymous visitor gets the browser's language; a logged-in
        // user whose session cannot be read gets it too.
        const res = await request(path, { jar: jar.clone(), headers });
        await assertHtmlPage(res, { status: 503, lang, what: `${path} (${lang}) with the database down` });
        assert.ok(res.text.includes(th(lang, 'http.503.title')), `${path} ${lang}: title`);
        assert.ok(res.text.includes(th(lang, 'http.503.text')), `${path} ${lang}: text`);
        const ref = errorRef(res.text);
        assert.ok(ref, `${path}: the page gives a reference`);
        const log = readFileSync(resolve(VAR, `log/main-${screen}.log`), 'utf8');
        assert.ok(log.includes(`ref=${ref} status=503`), `${path}: ref=${ref} status=503 in log/main-${screen}.log`);
      }
    }
  } finally {
    stack('db-start');
    stopped = false;
  }
  const loginPage = await request('/login');
  await assertHtmlPage(loginPage, { status: 200 });
  const account = await request('/account', { jar: admin });
  await assertHtmlPage(account, { status: 200 });
  assert.ok(account.text.includes(ADMIN), 'the same cookie is still logged in');
  const home = await request('/', { jar: admin });
  await assertHtmlPage(home, { status: 200 });
});
