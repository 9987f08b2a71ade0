// Every screen is also a read API: Accept: application/xml gives its <page>.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN, AGENT } from '../lib/env.mjs';
import { CookieJar, request, login, getCsrf, session } from '../lib/http.mjs';
import { sql } from '../lib/db.mjs';

const XML = { accept: 'application/xml' };
let admin, agent;

before(async () => {
  admin = await session(ADMIN);
  agent = await session(AGENT);
});

test('a logged-in client asking for XML gets the home page\'s <page> envelope', async () => {
  const res = await request('/', { jar: admin, headers: XML });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^application\/xml/);
  const x = res.text;
  assert.match(x, /^<\?xml version="1.0" encoding="UTF-8"\?>/);
  assert.match(x, /<page [^>]*screen="home"/);
  assert.match(x, /<page [^>]*lang="fr"/);
  assert.match(x, new RegExp(`<user [^>]*email="${ADMIN}"`));
  // The permissions and tiles the database gives the admin, in order.
  const perms = sql(`SELECT DISTINCT rp.permission FROM user_role ur JOIN role_permission rp ON rp.role_id = ur.role_id JOIN users u ON u.id = ur.user_id WHERE u.email = '${ADMIN}' ORDER BY rp.permission`).map((r) => r[0]);
  assert.ok(perms.includes('system.status') && perms.includes('account.view'));
  assert.ok(x.includes(`<perms>${perms.map((p) => `<p>${p}</p>`).join('')}</perms>`));
  const html = await request('/', { jar: admin });
  assert.match(x, new RegExp(`<csrf>${getCsrf(html.text)}</csrf>`), 'the same token as the HTML page');
  const tiles = sql(`SELECT code, href FROM tile WHERE permission IN (${perms.map((p) => `'${p}'`).join(',')}) ORDER BY position`);
  assert.ok(x.includes(`<content><tiles>${tiles.map(([c, h]) => `<tile code="${c}" href="${h}"/>`).join('')}</tiles></content>`));
});

test('the XML of the account page holds only the user\'s own data', async () => {
  const res = await request('/account', { jar: agent, headers: XML });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^application\/xml/);
  assert.match(res.text, /<page [^>]*screen="account"/);
  const perms = sql(`SELECT DISTINCT rp.permission FROM user_role ur JOIN role_permission rp ON rp.role_id = ur.role_id JOIN users u ON u.id = ur.user_id WHERE u.email = '${AGENT}' ORDER BY rp.permission`).map((r) => r[0]);
  assert.ok(perms.includes('account.view') && !perms.includes('users.manage'));
  assert.ok(res.text.includes(`<perms>${perms.map((p) => `<p>${p}</p>`).join('')}</perms>`), 'the agent\'s permissions, no others');
  assert.ok(res.text.includes(`<email>${AGENT}</email>`));
  assert.ok(!res.text.includes(ADMIN));
  assert.doesNotMatch(res.text, /token_hash|password/, 'no secrets in the page data');
});

test('an anonymous client asking for XML is sent to the login page like a browser', async () => {
  const res = await request('/account', { headers: XML });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/login?next=%2Faccount&msg=required');
});

test('an agent asking for the status page as XML is refused with 403', async () => {
  const res = await request('/status', { jar: agent, headers: XML });
  assert.equal(res.status, 403);
  assert.doesNotMatch(res.text, /<migrations>|<counts>/, 'no status data');
});

test('the login page as XML has no user and no permissions', async () => {
  const res = await request('/login', { jar: new CookieJar(), headers: XML });
  assert.equal(res.status, 200);
  assert.match(res.text, /<page [^>]*screen="login"/);
  assert.doesNotMatch(res.text, /<user |<perms>/);
  assert.match(res.text, /<csrf>[A-Za-z0-9_-]{43}<\/csrf>/);
});
