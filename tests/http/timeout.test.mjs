// Sessions end on the server: after the idle time-out (3 s on SHORT_BASE)
// and after the absolute one (12 h), whatever the browser keeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { AGENT, BASE, SHORT_BASE } from '../lib/env.mjs';
import { makeAccount } from '../lib/accounts.mjs';
import { request, login, location } from '../lib/http.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { th } from '../lib/i18n.mjs';
import { sql, sessionRows, tokenHashHex } from '../lib/db.mjs';

test('a session left idle longer than the idle time-out ends, and the user is told so', async () => {
  const jar = await login(AGENT, undefined, { base: SHORT_BASE });
  const sid = jar.get('sid');
  const soon = await request('/account', { jar, base: SHORT_BASE });
  assert.equal(soon.status, 200, 'a request within the idle time works');
  await sleep(4500); // the one sleep: the idle time-out is 3 s on SHORT_BASE
  const late = await request('/account', { jar, base: SHORT_BASE });
  assert.equal(late.status, 303);
  assert.deepEqual(location(late).params, { next: '/account', msg: 'expired' });
  assert.equal(location(late).path, '/login');
  assert.equal(sessionRows(sid), 0, 'the session row is deleted');
  const elsewhere = await request('/account', { jar, base: BASE });
  assert.equal(elsewhere.status, 303, 'the cookie no longer works on any server');
  assert.equal(location(elsewhere).path, '/login');
  const page = await request(late.headers.get('location'), { jar, base: SHORT_BASE });
  await assertHtmlPage(page, { status: 200 });
  assert.ok(page.text.includes(th('fr', 'flash.session_expired')));
});

test('a session older than 12 hours ends even if it was used a moment ago', async () => {
  const a = makeAccount('admin');
  const jar = await login(a.email, a.password);
  const sid = jar.get('sid');
  assert.equal((await request('/', { jar })).status, 200);
  sql(`UPDATE session SET created_at = created_at - INTERVAL 13 HOUR WHERE token_hash = UNHEX('${tokenHashHex(sid)}')`);
  const res = await request('/', { jar });
  assert.equal(res.status, 303);
  assert.equal(location(res).path, '/login');
  assert.equal(location(res).params.msg, 'expired');
  assert.equal(sessionRows(sid), 0, 'the session row is deleted');
});

test('a session just under 12 hours old still works', async () => {
  const a = makeAccount('admin');
  const jar = await login(a.email, a.password);
  const sid = jar.get('sid');
  sql(`UPDATE session SET created_at = created_at - INTERVAL 11 HOUR WHERE token_hash = UNHEX('${tokenHashHex(sid)}')`);
  assert.equal((await request('/', { jar })).status, 200);
});
