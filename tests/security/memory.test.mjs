// Memory: a long-running program does not grow with the requests it
// serves, and one program of each kind runs clean under valgrind's
// memcheck (no invalid access, no use of uninitialised memory, no block
// definitely lost).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ADMIN, BASE, ROOT, VAR } from '../lib/env.mjs';
import { CookieJar, getCsrf, login, request, session } from '../lib/http.mjs';
import { makeAccount } from '../lib/accounts.mjs';
import { sql } from '../lib/db.mjs';

/** The pids of the children of a process, sorted. */
function children(pid) {
  return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
    .split('\n').filter(Boolean).map(Number).sort((a, b) => a - b);
}

/** A process's resident set, in KiB. */
function rssKiB(pid) {
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
}

/** Sends n GETs of a path with the cookie, 8 at a time over keep-alive; returns the statuses seen. */
async function hammer(path, cookie, n) {
  const statuses = {};
  let sent = 0;
  const worker = async () => {
    while (sent < n) {
      sent++;
      const res = await fetch(BASE + path, { headers: { cookie }, redirect: 'manual' });
      await res.arrayBuffer();
      statuses[res.status] = (statuses[res.status] || 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return statuses;
}

test('the home program does not grow over 10,000 signed-in requests', async () => {
  const a = makeAccount('agency_staff');
  const jar = await login(a.email, a.password);
  const cookie = `sid=${jar.get('sid')}`;
  const sup = Number(readFileSync(resolve(VAR, 'run/main/home.pid'), 'utf8'));
  const kids = children(sup);
  assert.ok(kids.length >= 1);
  const warm = await hammer('/', cookie, 500);
  assert.deepEqual(warm, { 200: 500 }, 'the warm-up is served');
  const before = Object.fromEntries(kids.map((p) => [p, rssKiB(p)]));
  const t0 = Date.now();
  const run = await hammer('/', cookie, 10000);
  const seconds = (Date.now() - t0) / 1000;
  const afterRss = Object.fromEntries(kids.map((p) => [p, rssKiB(p)]));
  console.log(`# home: 10000 requests in ${seconds.toFixed(1)} s; VmRSS KiB before ${JSON.stringify(before)}, after ${JSON.stringify(afterRss)}`);
  assert.deepEqual(run, { 200: 10000 }, 'every request served');
  assert.deepEqual(children(sup), kids, 'the same processes served them all');
  for (const p of kids)
    assert.ok(afterRss[p] - before[p] < 1024, `home[${p}] grew by ${afterRss[p] - before[p]} KiB (from ${before[p]} KiB)`);
});

// valgrind makes scrypt at 2^17 (128 MiB, the configuration's default) take
// minutes: the valgrind runs use a copy of the configuration with
// scrypt_log2n = 10, and the account whose password is tried is made under
// that copy too (a hash says its own parameters). No suppression is
// needed: the libraries' one-time set-up leaves only "still reachable"
// blocks, which are not errors here.
const VG_CONF = resolve(VAR, 'passerelle-valgrind.conf');

/** Runs cgi-bin/<name>.fcgi once as CGI under memcheck; resolves to {code, out, err}. */
function underValgrind(name, env, input = '') {
  const args = [
    '--error-exitcode=99', '--leak-check=full', '--errors-for-leak-kinds=definite', '--track-origins=no',
    resolve(ROOT, `cgi-bin/${name}.fcgi`),
  ];
  return new Promise((ok, fail) => {
    const p = spawn('valgrind', args, {
      env: {
        PATH: process.env.PATH, PASSERELLE_CONF: VG_CONF, REQUEST_METHOD: 'GET', REMOTE_ADDR: '127.0.0.1',
        HTTP_HOST: '127.0.0.1', SERVER_PORT: '80', ...env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('error', fail);
    p.on('close', (code) => ok({ code, out, err }));
    p.stdin.end(input);
  });
}

/** The status of a CGI answer. */
const statusOf = (out) => Number(/^Status: (\d+)/m.exec(out)?.[1]);

test('one program of each kind runs clean under valgrind memcheck', async () => {
  writeFileSync(VG_CONF, `${readFileSync(resolve(VAR, 'passerelle.conf'), 'utf8')}scrypt_log2n = 10\n`, { mode: 0o600 });
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const email = `valgrind-${tag}@exemple.test`;
  const org = sql("SELECT id FROM org WHERE kind = 'agency' ORDER BY id LIMIT 1")[0][0];
  execFileSync(resolve(ROOT, 'tools/passerelle'), ['user-add', email, `Valgrind ${tag}`, org, 'agency_staff'], {
    input: `phrase de passe fictive ${tag}\n`,
    env: { ...process.env, PASSERELLE_CONF: VG_CONF },
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  const user = makeAccount('agency_staff');
  const userSid = (await login(user.email, user.password)).get('sid');
  const adminSid = (await session(ADMIN)).get('sid');
  // The login form over HTTP gives a pre-session cookie and its CSRF token.
  const pre = new CookieJar();
  const form = await request('/login', { jar: pre });
  const body = new URLSearchParams({ csrf: getCsrf(form.text), email, password: 'not the password at all' }).toString();

  const runs = [
    ['login GET', 'login', { REQUEST_URI: '/login', HTTP_ACCEPT_LANGUAGE: 'en' }, '', 200],
    ['login POST, wrong password', 'login', {
      REQUEST_METHOD: 'POST', REQUEST_URI: '/login', HTTP_COOKIE: pre.header(),
      CONTENT_TYPE: 'application/x-www-form-urlencoded', CONTENT_LENGTH: String(Buffer.byteLength(body)),
    }, body, 422],
    ['home GET', 'home', { REQUEST_URI: '/', HTTP_COOKIE: `sid=${userSid}` }, '', 200],
    ['account GET', 'account', { REQUEST_URI: '/account', HTTP_COOKIE: `sid=${userSid}` }, '', 200],
    ['users GET (admin)', 'users', { REQUEST_URI: '/users', HTTP_COOKIE: `sid=${adminSid}` }, '', 200],
    ['audit-trail GET (admin)', 'audit-trail', { REQUEST_URI: '/audit', HTTP_COOKIE: `sid=${adminSid}` }, '', 200],
  ];
  const paths = Object.fromEntries(
    ['login', 'home', 'account', 'users', 'audit-trail'].map((n) => {
      const d = execFileSync(resolve(ROOT, `cgi-bin/${n}.fcgi`), ['--describe'], { encoding: 'utf8' });
      return [n, /path=(\S+)/.exec(d)[1]];
    }),
  );
  for (const r of runs) r[2].REQUEST_URI = paths[r[1]];
  // Two at a time: the machine has two cores.
  const results = [];
  for (let i = 0; i < runs.length; i += 2) {
    results.push(...(await Promise.all(runs.slice(i, i + 2).map(([, n, env, input]) => underValgrind(n, env, input)))));
  }
  const failures = [];
  runs.forEach(([what, , , , status], i) => {
    const { code, out, err } = results[i];
    const summary = /ERROR SUMMARY: .*/.exec(err)?.[0];
    const lost = /definitely lost: .*/.exec(err)?.[0];
    console.log(`# valgrind ${what}: status ${statusOf(out)}, exit ${code}; ${summary}; ${lost}`);
    if (statusOf(out) !== status) failures.push(`${what}: status ${statusOf(out)}, not ${status}`);
    if (code !== 0 || !/ERROR SUMMARY: 0 errors/.test(err)) failures.push(`${what}: exit ${code}\n${err.slice(-6000)}`);
  });
  assert.deepEqual(failures, [], 'memcheck clean');
});
