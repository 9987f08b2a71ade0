// Apache 2.4 hosting: the same programs behind the three Apache set-ups of
// tools/apache-conf — mod_fcgid starting them itself (a shared host's
// offer), mod_proxy_fcgi to the stack's sockets, and a document root with
// only an .htaccess — each given the HTTP tests' login journey.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PORT, ROOT, VAR } from '../lib/env.mjs';
import { CookieJar, request, getCsrf, login, logout, location, setCookies } from '../lib/http.mjs';
import { makeAccount } from '../lib/accounts.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { th } from '../lib/i18n.mjs';
import { sessionRows } from '../lib/db.mjs';

const APACHE_PORT = PORT + 5;
const servers = [
  { name: 'mod_fcgid', base: `http://127.0.0.1:${APACHE_PORT}`, lang: 'fr' },
  { name: 'mod_proxy_fcgi', base: `http://127.0.0.1:${APACHE_PORT + 1}`, lang: 'en' },
  { name: '.htaccess on a shared host', base: `http://127.0.0.1:${APACHE_PORT + 2}`, lang: 'en' },
];

function apache(command) {
  execFileSync(resolve(ROOT, 'tools/apache'), [command], {
    env: { ...process.env, VAR, PORT: String(PORT) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

before(() => apache('start'));
after(() => apache('stop'));

for (const { name, base, lang } of servers) {
  test(`${name}: a visitor signs in with password and authenticator, uses the site in ${lang === 'fr' ? 'French' : 'English'}, and signs out`, async () => {
    const a = makeAccount('agency_staff', { lang });
    const headers = { 'accept-language': lang === 'fr' ? 'fr-FR,fr;q=0.9' : 'en-CA,en;q=0.8' };
    const jar = new CookieJar();

    // The login form, with its pre-session cookie.
    const form = await request('/login', { jar, base, headers });
    await assertHtmlPage(form, { status: 200, lang, what: `${name} GET /login` });
    assert.ok(form.text.includes(th(lang, 'login.title')));
    assert.ok(setCookies(form).some((c) => c.name === 'pre' && c.attrs.httponly), 'pre cookie');

    // A wrong password: the form again, with the message, no session.
    const wrong = await request('/login', {
      jar, base, headers, form: { csrf: getCsrf(form.text), email: a.email, password: `${a.password}!` },
    });
    await assertHtmlPage(wrong, { status: 422, lang, what: `${name} wrong password` });
    assert.ok(!jar.get('sid'), 'no session for a wrong password');

    // A POST without the CSRF token is refused.
    const forged = await request('/login', { jar, base, headers, form: { email: a.email, password: a.password } });
    assert.equal(forged.status, 403, `${name}: a POST without its token`);

    // The right password, then the authenticator's enrolment, then home.
    await login(a.email, a.password, { jar, base });
    assert.match(jar.loginResponse.headers.get('location'), /^\/mfa\/enrol\?next=%2F$/);
    const sid = jar.get('sid');
    assert.equal(sessionRows(sid), 1, 'the session is in the database');
    const home = await request('/', { jar, base, headers });
    await assertHtmlPage(home, { status: 200, lang, what: `${name} home` });
    assert.ok(home.text.includes(th(lang, 'home.title')));

    // The account page, as HTML and as the XML read API.
    const account = await request('/account', { jar, base, headers });
    await assertHtmlPage(account, { status: 200, lang });
    assert.ok(account.text.includes(a.email));
    const xml = await request('/account', { jar, base, headers: { ...headers, accept: 'application/xml' } });
    assert.equal(xml.status, 200);
    assert.match(xml.headers.get('content-type'), /^application\/xml/);
    assert.match(xml.text, /<page screen="account"/);

    // A page with a permission the account lacks, and a path nobody has.
    assert.equal((await request('/roles', { jar, base, headers })).status, 403);
    const missing = await request('/no/such/page', { jar, base, headers });
    await assertHtmlPage(missing, { status: 404, lang });

    // Static files come from Apache itself, cached.
    const css = await request('/static/css/passerelle.css', { base });
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type'), /^text\/css/);
    assert.match(css.headers.get('cache-control') || '', /public/);
    assert.match(css.headers.get('cache-control') || '', /max-age=86400/);
    assert.equal(css.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(css.text, readFileSync(resolve(ROOT, 'htdocs/css/passerelle.css'), 'utf8'));

    // Signing out deletes the session; the old cookie opens nothing.
    const out = await logout(jar, { base });
    assert.equal(out.status, 303);
    assert.equal(sessionRows(sid), 0, 'the session row is gone');
    const after = await request('/account', { jar: new CookieJar({ sid }), base });
    assert.equal(after.status, 303);
    assert.equal(location(after).path, '/login');
  });
}

test('mod_fcgid started the programs itself, under a user that is not root', () => {
  const log = readFileSync(resolve(VAR, 'apache/log/error.log'), 'utf8');
  assert.match(log, /login\[\d+\] info ready/, 'login.fcgi was started by mod_fcgid');
  const procs = execFileSync('ps', ['-eo', 'pid=,ppid=,user=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f.length >= 4)
    .map(([pid, ppid, user, ...args]) => ({ pid, ppid, user, args: args.join(' ') }));
  const byPid = new Map(procs.map((p) => [p.pid, p]));
  const mine = procs.filter(
    (p) => p.args === `${ROOT}/cgi-bin/login.fcgi` && /apache2/.test(byPid.get(p.ppid)?.args || ''),
  );
  assert.ok(mine.length > 0, 'a login.fcgi process whose parent is Apache');
  for (const p of mine) assert.notEqual(p.user, 'root', `login.fcgi ${p.pid} does not run as root`);
});
