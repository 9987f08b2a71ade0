// The screens, who may open them, and what the others get.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN, AGENT, COORDINATION } from '../lib/env.mjs';
import { CookieJar, request, getCsrf, login, location, session } from '../lib/http.mjs';
import { assertHtmlPage, errorRef } from '../lib/page.mjs';
import { th } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';

let admin, agent;

before(async () => {
  admin = await session(ADMIN);
  agent = await session(AGENT);
});

/** The tile codes of a home page, in order. */
function tiles(html) {
  return [...html.matchAll(/<a class="tile-link" href="([^"]*)">/g)].map((m) => m[1]);
}

/** The tiles an account's permissions open, in order, from the database
 * (modules add tiles and grant their permissions to roles). */
function tilesOf(email) {
  return sql(
    `SELECT t.href FROM tile t WHERE t.permission IN (SELECT rp.permission FROM users u JOIN user_role ur ON ` +
      `ur.user_id = u.id JOIN role_permission rp ON rp.role_id = ur.role_id WHERE u.email = '${email}') ORDER BY t.position`,
  ).map((r) => r[0]);
}

test('the admin\'s home page shows the tiles of every permission the admin holds', async () => {
  const res = await request('/', { jar: admin });
  await assertHtmlPage(res, { status: 200, lang: 'fr' });
  const want = tilesOf(ADMIN);
  for (const core of ['/account', '/users', '/roles', '/audit', '/status']) assert.ok(want.includes(core), core);
  assert.deepEqual(tiles(res.text), want);
  assert.ok(res.text.includes(th('fr', 'tile.account.title')));
  assert.ok(res.text.includes(th('fr', 'tile.status.title')));
  assert.match(res.text, /<form method="post" action="\/logout"/, 'a logout button in the header');
});

test('an agent\'s home page shows only the tiles of the agent\'s permissions: no administration', async () => {
  const res = await request('/', { jar: agent });
  await assertHtmlPage(res, { status: 200, lang: 'fr' });
  const want = tilesOf(AGENT);
  assert.ok(want.includes('/account'));
  for (const admin of ['/users', '/roles', '/audit', '/status']) assert.ok(!want.includes(admin), admin);
  assert.deepEqual(tiles(res.text), want);
});

test('the admin opens the status page', async () => {
  const res = await request('/status', { jar: admin });
  await assertHtmlPage(res, { status: 200, lang: 'fr' });
  assert.ok(res.text.includes(th('fr', 'status.title')));
});

test('an agent who asks for the status page is refused with 403', async () => {
  const res = await request('/status', { jar: agent });
  await assertHtmlPage(res, { status: 403, lang: 'fr' });
  assert.ok(res.text.includes(th('fr', 'http.403.title')));
  assert.ok(res.text.includes(th('fr', 'http.403.text')));
  assert.ok(errorRef(res.text), 'the page gives a reference');
});

test('the account page shows the user\'s own profile', async () => {
  const res = await request('/account', { jar: agent });
  await assertHtmlPage(res, { status: 200, lang: 'fr' });
  assert.ok(res.text.includes(th('fr', 'account.title')));
  assert.ok(res.text.includes(AGENT));
  assert.ok(!res.text.includes(ADMIN), 'nobody else\'s data');
});

test('ending the other sessions logs the user out of their other browsers, not this one', async () => {
  const here = await login(COORDINATION);
  const there = await login(COORDINATION);
  const page = await request('/account', { jar: here });
  const res = await request('/account', { jar: here, form: { csrf: getCsrf(page.text) } });
  await assertHtmlPage(res, { status: 200, lang: 'fr' });
  assert.ok(res.text.includes(th('fr', 'flash.sessions_ended')));
  const other = await request('/account', { jar: there });
  assert.equal(other.status, 303);
  assert.equal(location(other).path, '/login');
  assert.equal((await request('/account', { jar: here })).status, 200, 'this session stays open');
});

test('a visitor who is not logged in is sent to the login page, to come back afterwards', async () => {
  for (const [path, next] of [
    ['/', '%2F'],
    ['/account', '%2Faccount'],
    ['/status', '%2Fstatus'],
    ['/account?tab=x&y=1', '%2Faccount%3Ftab%3Dx%26y%3D1'],
  ]) {
    const res = await request(path);
    assert.equal(res.status, 303, path);
    assert.equal(res.headers.get('location'), `/login?next=${next}&msg=required`, path);
    assert.match(res.headers.get('cache-control') || '', /no-store/);
  }
});

test('an unknown address gets the site\'s 404 page, logged in or not', async () => {
  for (const jar of [new CookieJar(), admin]) {
    const res = await request('/no/such/page', { jar });
    await assertHtmlPage(res, { status: 404, lang: 'fr' });
    assert.ok(res.text.includes(th('fr', 'http.404.title')));
    assert.ok(errorRef(res.text), 'the page gives a reference');
  }
});

test('PUT and DELETE are refused with 405 and the methods the page allows', async () => {
  for (const method of ['PUT', 'DELETE']) {
    const res = await request('/login', { method, body: 'x=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    await assertHtmlPage(res, { status: 405, lang: 'fr' });
    assert.equal(res.headers.get('allow'), 'GET, HEAD, POST', method);
    const home = await request('/', { method, jar: admin });
    assert.equal(home.status, 405);
    assert.equal(home.headers.get('allow'), 'GET, HEAD');
  }
});
