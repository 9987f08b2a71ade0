// The programs keep no state between requests: two sets of them, on
// different sockets, serve behind one nginx upstream (the stack's "pair"
// server on PORT+3). One browser's requests go to both sets and its session
// holds across them; when one set stops, the other answers alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PORT, ROOT, VAR } from '../lib/env.mjs';
import { request, login, logout } from '../lib/http.mjs';
import { makeAccount } from '../lib/accounts.mjs';
import { assertHtmlPage } from '../lib/page.mjs';

const base = `http://127.0.0.1:${PORT + 3}`;

/** Requests of user id in one set's log of a program. */
function served(set, program, id) {
  const log = readFileSync(resolve(VAR, `log/${set}-${program}.log`), 'utf8');
  return log.split('\n').filter((l) => / access GET /.test(l) && l.includes(` user=${id} `)).length;
}

test('two sets of programs behind one upstream: requests go to both, the session holds across them, one set alone carries on', async () => {
  const a = makeAccount('agency_staff', { lang: 'en' });
  // Login, the second factor and the pages: each request to either set.
  const jar = await login(a.email, a.password, { base });
  for (let i = 0; i < 12; i++) {
    const res = await request('/account', { jar, base });
    assert.equal(res.status, 200, `request ${i} is served with the same session`);
  }
  const main = served('main', 'account', a.id), pair = served('pair', 'account', a.id);
  assert.equal(main + pair, 12);
  assert.ok(main > 0 && pair > 0, `both sets served the account page (main ${main}, pair ${pair})`);

  // The pair set's account program stops: the main set answers every
  // request, none is lost.
  const pidFile = resolve(VAR, 'run/pair/account.pid');
  const pid = Number(readFileSync(pidFile, 'utf8'));
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 50; i++) {
    try {
      process.kill(pid, 0);
      await new Promise((r) => setTimeout(r, 100));
    } catch {
      break;
    }
  }
  try {
    const before = served('main', 'account', a.id);
    for (let i = 0; i < 6; i++) {
      const res = await request('/account', { jar, base });
      await assertHtmlPage(res, { status: 200, lang: 'en', what: `request ${i} with one set down` });
    }
    assert.equal(served('main', 'account', a.id) - before, 6, 'the main set served them all');
  } finally {
    // The set comes back, as its supervisor would under systemd.
    execFileSync(resolve(ROOT, 'tools/stack'), ['programs-start'], {
      env: { ...process.env, VAR, PORT: String(PORT), SETS: process.env.SETS || 'main xml short pair' }, stdio: 'ignore',
    });
  }
  assert.equal((await logout(jar, { base })).status, 303);
});
