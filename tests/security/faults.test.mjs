// Faults under load: the database stopped, a program killed, a log on a
// full disk. Each fault is bounded (wrk -t1 -c8 for a few seconds, on
// 127.0.0.1 only) and undone by the test itself. Mail with sendmail failing
// or absent is tests/http/outbox.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BASE, ROOT, VAR } from '../lib/env.mjs';
import { CookieJar, getCsrf, htmlLang, login, request } from '../lib/http.mjs';
import { makeAccount } from '../lib/accounts.mjs';
import { sql } from '../lib/db.mjs';
import { th } from '../lib/i18n.mjs';

/** Every request this file sends says so, to find its lines in nginx's access log. */
const AGENT = `passerelle-faults-${process.pid}`;
const RUN = resolve(VAR, 'run/main');
const LOG = resolve(VAR, 'log');
const ACCESS_LOG = resolve(LOG, 'nginx-access.log');

/** tools/stack with a sub-command, without blocking the event loop. */
function stackAsync(command) {
  return new Promise((ok, fail) => {
    execFile(resolve(ROOT, 'tools/stack'), [command], { cwd: ROOT, env: { ...process.env, VAR } }, (err, out) =>
      err ? fail(err) : ok(out),
    );
  });
}

/**
 * Runs wrk against a path for at most `seconds`; resolves to its summary
 * text. The promise has stop(): wrk ends early on SIGINT and still prints
 * its summary.
 */
function wrk(path, seconds, headers = []) {
  const args = ['-t1', '-c8', `-d${seconds}s`, '-H', `User-Agent: ${AGENT}`];
  for (const h of headers) args.push('-H', h);
  args.push(BASE + path);
  const p = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const done = new Promise((ok, fail) => {
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('error', fail);
    p.on('close', (code) => (code === 0 ? ok(out) : fail(new Error(`wrk exited ${code}: ${out}`))));
  });
  done.stop = () => p.exitCode === null && p.kill('SIGINT');
  return done;
}

/** The figures of a wrk summary: requests done, answers outside 2xx/3xx, socket errors. */
function wrkFigures(out) {
  const requests = Number(/(\d+) requests in/.exec(out)?.[1]);
  const bad = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] || 0);
  const sock = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const socketErrors = sock ? sock.slice(1).reduce((a, b) => a + Number(b), 0) : 0;
  assert.ok(requests > 0, `wrk did no request:\n${out}`);
  return { requests, bad, socketErrors };
}

/** The supervisor pid of each program of the main set, by name. */
function supervisors() {
  const all = {};
  for (const f of readdirSync(RUN)) {
    if (f.endsWith('.pid')) all[f.slice(0, -4)] = Number(readFileSync(resolve(RUN, f), 'utf8'));
  }
  return all;
}

/** The pids of the children of a process, sorted. */
function children(pid) {
  const r = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' });
  return r.stdout.split('\n').filter(Boolean).map(Number).sort((a, b) => a - b);
}

/** The sizes of the main set's logs, to read what is written after. */
function logSizes() {
  const sizes = {};
  for (const f of readdirSync(LOG)) if (/^main-.*\.log$/.test(f)) sizes[f] = statSync(resolve(LOG, f)).size;
  return sizes;
}

/** What was appended to a file since it had `from` bytes. */
function since(file, from) {
  const text = readFileSync(file);
  return text.subarray(from || 0).toString('utf8');
}

/** The statuses nginx logged for this file's requests since the access log had `from` bytes. */
function accessStatuses(from) {
  return since(ACCESS_LOG, from)
    .split('\n')
    .filter((l) => l.endsWith(`"${AGENT}"`))
    .map((l) => Number(/" (\d{3}) /.exec(l)[1]));
}

/** A count of rows, from SQL. */
const count = (q) => Number(sql(q)[0][0]);

let dbStopped = false;

after(async () => {
  if (dbStopped) await stackAsync('db-start');
});

test('with MariaDB stopped under load, every answer is a page or a 503 in the user\'s language, nothing crashes, and service resumes by itself', async () => {
  const user = makeAccount('agency_staff', { lang: 'en' });
  const jar = await login(user.email, user.password);
  const sid = jar.get('sid');
  // The password step of a second account, repeated during the outage: each
  // one writes a session row and its audit row in one transaction.
  const writer = makeAccount('agency_staff');
  const auditBefore = count('SELECT COUNT(*) FROM audit');
  const sessionsOf = () => count(`SELECT COUNT(*) FROM session WHERE user_id = ${writer.id}`);
  const auditsOf = () =>
    count(`SELECT COUNT(*) FROM audit WHERE action = 'login.password' AND subject_type = 'user' AND subject_id = ${writer.id}`);
  const supBefore = supervisors();
  const kidsBefore = Object.fromEntries(Object.entries(supBefore).map(([n, p]) => [n, children(p)]));
  const logsBefore = logSizes();
  const accessBefore = statSync(ACCESS_LOG).size;

  // wrk runs from 2 s before MariaDB is told to stop (its shutdown takes a
  // couple of seconds under load) to 2 s after it is back (it is down 1.5 s,
  // its start takes a few seconds more), 20 s at most.
  const WRK_SECONDS = 20;
  const t0 = Date.now();
  const timeline = [];
  const at = (what) => timeline.push(`${what}@${Date.now() - t0}ms`);
  const load = [
    wrk('/login', WRK_SECONDS),
    wrk('/account', WRK_SECONDS, [`Cookie: sid=${sid}`]),
  ];
  let restarted = 0;
  let stopped = false;
  const outage = (async () => {
    await sleep(2000);
    dbStopped = true;
    at('db-stop');
    await stackAsync('db-stop');
    at('db-down');
    await sleep(1500);
    await stackAsync('db-start');
    restarted = Date.now();
    at('db-up');
    dbStopped = false;
    await sleep(2000);
    for (const w of load) w.stop();
    stopped = true;
  })();

  // Meanwhile a person reads pages, in English (their account's language
  // and their browser's), and an anonymous visitor in French signs in (the
  // password step) again and again.
  const seen = { 200: 0, 303: 0, 503: 0 };
  let servedAfter = 0;
  const problems = [];
  const going = () => !stopped && Date.now() < t0 + WRK_SECONDS * 1000;
  const en = { 'accept-language': 'en-GB,en;q=0.9', 'user-agent': AGENT };
  const fr = { 'accept-language': 'fr-BE,fr;q=0.9', 'user-agent': AGENT };
  const check = (res, lang, what) => {
    seen[res.status] = (seen[res.status] || 0) + 1;
    if (restarted && res.status === 200) servedAfter++;
    if (![200, 303, 503].includes(res.status)) problems.push(`${what}: ${res.status}`);
    if (res.status === 503) {
      if (htmlLang(res.text) !== lang) problems.push(`${what}: 503 in <html lang="${htmlLang(res.text)}">, not ${lang}`);
      if (!res.text.includes(th(lang, 'http.503.title')) || !res.text.includes(th(lang, 'http.503.text')))
        problems.push(`${what}: 503 without the ${lang} words of http.503`);
    }
    if (res.status === 200 && htmlLang(res.text) !== lang) problems.push(`${what}: page in ${htmlLang(res.text)}, not ${lang}`);
  };
  const reader = (async () => {
    while (going()) {
      check(await request('/account', { jar: jar.clone(), headers: en }), 'en', 'GET /account');
      check(await request('/', { jar: jar.clone(), headers: en }), 'en', 'GET /');
      await sleep(30);
    }
  })();
  let logins = 0;
  const visitor = (async () => {
    while (going()) {
      const anon = new CookieJar();
      const form = await request('/login', { jar: anon, headers: fr });
      check(form, 'fr', 'GET /login');
      if (form.status === 200) {
        const res = await request('/login', {
          jar: anon, headers: fr, form: { csrf: getCsrf(form.text), email: writer.email, password: writer.password },
        });
        check(res, 'fr', 'POST /login');
        logins++;
      }
      await sleep(30);
    }
  })();
  const summaries = await Promise.all(load);
  await Promise.all([reader, visitor, outage]);

  assert.deepEqual(problems, [], 'every sampled answer is 200, 303 or a 503 page in the right language');
  assert.ok(seen[503] > 0, `the outage was seen (${JSON.stringify(seen)})`);
  assert.ok(servedAfter > 0, `pages were served again under the load once MariaDB was back (${timeline})`);
  const statuses = accessStatuses(accessBefore);
  const tally = {};
  for (const s of statuses) tally[s] = (tally[s] || 0) + 1;
  const figures = summaries.map(wrkFigures);
  const total = figures.reduce((a, f) => a + f.requests, 0);
  console.log(`# db outage: wrk /login ${JSON.stringify(figures[0])}, /account ${JSON.stringify(figures[1])}; `
    + `sampled ${JSON.stringify(seen)} (${logins} password steps); nginx saw ${JSON.stringify(tally)}; ${timeline}`);
  assert.ok(statuses.length >= total, `nginx logged ${statuses.length} of wrk's ${total} requests`);
  // 499 is nginx's note for a request whose client left: wrk closes its 8
  // connections when its time is up, whatever they are waiting for.
  assert.ok((tally[499] || 0) <= 16, `at most wrk's own 2 × 8 requests cut at its end (${tally[499]})`);
  assert.deepEqual(Object.keys(tally).filter((s) => !['200', '303', '499', '503'].includes(s)), [],
    `only 200, 303 and 503 under the outage, never a 502 or another 5xx (${JSON.stringify(tally)})`);
  assert.equal(figures.reduce((a, f) => a + f.socketErrors, 0), 0, 'no connection was cut');

  // No program died: the same supervisors, the same children, no exit in the logs.
  assert.deepEqual(supervisors(), supBefore, 'the same supervisors');
  for (const [name, pid] of Object.entries(supBefore))
    assert.deepEqual(children(pid), kidsBefore[name], `${name}: the same processes, none restarted`);
  for (const [f, size] of Object.entries(logsBefore))
    assert.doesNotMatch(since(resolve(LOG, f), size), /superv: .* exited \(/, `${f}: a program exited`);

  // The database is back: the same processes serve again, the same cookie is still signed in.
  for (let i = 0; i < 4; i++) {
    for (const path of ['/account', '/']) {
      const res = await request(path, { jar: jar.clone(), headers: en });
      assert.equal(res.status, 200, `${path} after the restart (${i}): ${res.text.slice(0, 200)}`);
      assert.equal(htmlLang(res.text), 'en');
    }
    assert.equal((await request('/login', { headers: fr })).status, 200, '/login after the restart');
  }
  assert.ok((await request('/account', { jar })).text.includes(user.email), 'the same session, after the restart');
  for (const [name, pid] of Object.entries(supBefore))
    assert.deepEqual(children(pid), kidsBefore[name], `${name}: served again without a restart`);

  // Nothing half-written.
  assert.equal(count('SELECT COUNT(*) FROM session s LEFT JOIN users u ON u.id = s.user_id WHERE u.id IS NULL'), 0,
    'every session row has a user');
  assert.ok(count('SELECT COUNT(*) FROM audit') >= auditBefore, 'the audit trail did not shrink');
  assert.equal(sessionsOf(), auditsOf(), 'each password step left a session row and its audit row, or neither');
});

test('a FastCGI program killed with SIGKILL under load is restarted by its supervisor, and the other requests are served', async () => {
  const sup = supervisors().login;
  const logFile = resolve(LOG, 'main-login.log');
  const logFrom = statSync(logFile).size;
  const accessBefore = statSync(ACCESS_LOG).size;
  const kids = children(sup);
  assert.ok(kids.length >= 2, `the login supervisor has its children (${kids})`);
  const load = wrk('/login', 4);
  await sleep(1000);
  const victim = kids[0];
  process.kill(victim, 'SIGKILL');
  const killedAt = Date.now();
  let replaced = [];
  while (Date.now() - killedAt < 2000) {
    replaced = children(sup).filter((p) => !kids.includes(p));
    if (replaced.length) break;
    await sleep(20);
  }
  const restartMs = Date.now() - killedAt;
  const figures = wrkFigures(await load);
  const tally = {};
  for (const s of accessStatuses(accessBefore)) tally[s] = (tally[s] || 0) + 1;
  console.log(`# SIGKILL of login[${victim}]: replaced by ${replaced} in ${restartMs} ms; wrk ${JSON.stringify(figures)}; nginx saw ${JSON.stringify(tally)}`);
  assert.equal(replaced.length, 1, 'a new process within 2 s');
  assert.ok(!children(sup).includes(victim), 'the killed process is gone');
  assert.match(since(logFile, logFrom), new RegExp(`login\\.fcgi\\[${victim}\\] exited \\(signal 9\\)`));
  // A FastCGI process answers one request at a time: only the one it held
  // can fail (nginx answers 502 for it); every other one is served.
  assert.ok((tally[502] || 0) <= 1, `nginx answered 502 for at most that one (${tally[502]})`);
  assert.ok(figures.bad <= 1, `at most the request in flight failed (${figures.bad} of ${figures.requests})`);
  assert.equal(figures.socketErrors, 0, 'no connection was cut');
  assert.ok(figures.requests > 100, `the load went on (${figures.requests} requests)`);
  assert.equal((await request('/login')).status, 200);
});

/** Sends one GET over FastCGI to a unix socket with cgi-fcgi; returns {status, body}. */
function fcgiGet(sock, uri, env = {}) {
  const out = execFileSync('cgi-fcgi', ['-bind', '-connect', sock], {
    env: {
      PATH: process.env.PATH, REQUEST_METHOD: 'GET', REQUEST_URI: uri, REMOTE_ADDR: '127.0.0.1',
      HTTP_HOST: '127.0.0.1', SERVER_PORT: '80', ...env,
    },
    input: '',
    encoding: 'utf8',
    timeout: 10000,
  });
  const split = out.indexOf('\r\n\r\n');
  const status = Number(/^Status: (\d+)/mi.exec(out.slice(0, split))?.[1]);
  return { status, body: out.slice(split + 4) };
}

test('a program whose log is on a full disk goes on serving pages, and its log stays one record a line', async (t) => {
  const dir = resolve(VAR, 'fault-full');
  const sock = resolve(VAR, 'run/fault-login.sock');
  const pidFile = resolve(VAR, 'run/fault-login.pid');
  rmSync(pidFile, { force: true });
  mkdirSync(dir, { recursive: true });
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { encoding: 'utf8' });
  if (mount.status !== 0) {
    t.skip(`mount refused (${mount.stderr.trim()}): only the /dev/full variant runs`);
    return;
  }
  let sup;
  try {
    execFileSync(resolve(ROOT, 'tools/superv'), ['-d', '-s', sock, '-n', '1', '-p', pidFile, '-l', resolve(dir, 'login.log'),
      '--', resolve(ROOT, 'cgi-bin/login.fcgi')], { env: { ...process.env, PASSERELLE_CONF: resolve(VAR, 'passerelle.conf') } });
    // The daemon writes its pid file after the first process returns.
    const readPid = () => (existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : 0);
    for (let i = 0; i < 100 && !(readPid() > 0); i++) await sleep(50);
    sup = readPid();
    assert.ok(sup > 0, 'the supervisor wrote its pid');
    for (let i = 0; i < 50 && children(sup).length === 0; i++) await sleep(50);
    const [child] = children(sup);
    assert.equal(fcgiGet(sock, '/login').status, 200, 'served before the disk fills');
    // Fill the file system to the last byte.
    const fd = openSync(resolve(dir, 'filler'), 'w');
    const block = Buffer.alloc(4096, 0x2e);
    try {
      for (;;) writeFileSync(fd, block);
    } catch (e) {
      assert.equal(e.code, 'ENOSPC');
    }
    try {
      for (;;) writeFileSync(fd, Buffer.alloc(1, 0x2e));
    } catch (e) {
      assert.equal(e.code, 'ENOSPC');
    }
    closeSync(fd);
    // The log's last page may still hold a few records: serve until it is
    // full, then 40 more that cannot be logged at all.
    const logFile = resolve(dir, 'login.log');
    for (let i = 0, size = -1; size !== statSync(logFile).size; i++) {
      assert.ok(i < 100, 'the log stops growing');
      size = statSync(logFile).size;
      assert.equal(fcgiGet(sock, '/login').status, 200, `request ${i} while the log's page fills`);
    }
    const fullSize = statSync(logFile).size;
    for (let i = 0; i < 40; i++) {
      const res = fcgiGet(sock, '/login', { HTTP_ACCEPT_LANGUAGE: 'en' });
      assert.equal(res.status, 200, `request ${i} with the log's disk full`);
      assert.match(res.body, /<html lang="en"/);
      assert.ok(res.body.includes('name="password"'), 'the login form');
    }
    assert.deepEqual(children(sup), [child], 'the program did not die nor restart');
    assert.equal(statSync(logFile).size, fullSize, 'nothing could be written to the log');
    // Room again: the next records are whole lines.
    rmSync(resolve(dir, 'filler'));
    for (let i = 0; i < 3; i++) assert.equal(fcgiGet(sock, '/login').status, 200);
    const lines = readFileSync(logFile, 'utf8').split('\n');
    console.log(`# full log: ${fullSize} bytes when full, ${lines.length - 1} lines at the end`);
    assert.equal(lines.pop(), '', 'the log ends with a newline');
    // Every line is one record; the disk may cut the one record it filled
    // up on, but the next one starts on its own line.
    const whole = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z login\[\d+\] info (ready|access GET \/login 200 \d+ [\d.]+ms user=0 ref=[0-9A-F]{8})$/;
    const glued = lines.filter((l) => (l.match(/Z login\[/g) || []).length > 1);
    assert.deepEqual(glued, [], 'no line holds two records');
    const cut = lines.filter((l) => !whole.test(l) && !/^superv: /.test(l));
    assert.ok(cut.length <= 1, `at most the one record the disk filled up on is cut: ${cut.join('\n')}`);
    assert.match(lines.at(-1), /access GET \/login 200 /, 'the last request is logged once there is room');
  } finally {
    if (sup > 0) {
      process.kill(sup, 'SIGTERM');
      for (let i = 0; i < 100; i++) {
        try {
          process.kill(sup, 0);
        } catch {
          break;
        }
        await sleep(50);
      }
    }
    spawnSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a program run as CGI whose standard error is a full device still answers the page', () => {
  const full = openSync('/dev/full', 'w');
  try {
    const run = spawnSync(resolve(ROOT, 'cgi-bin/login.fcgi'), [], {
      env: {
        PATH: process.env.PATH, PASSERELLE_CONF: resolve(VAR, 'passerelle.conf'), REQUEST_METHOD: 'GET',
        REQUEST_URI: '/login', REMOTE_ADDR: '127.0.0.1', HTTP_HOST: '127.0.0.1', HTTP_ACCEPT_LANGUAGE: 'en',
      },
      stdio: ['pipe', 'pipe', full],
      input: '',
    });
    assert.equal(run.signal, null, 'not killed by a signal');
    assert.equal(run.status, 0);
    const out = run.stdout.toString();
    assert.match(out, /^Status: 200/m);
    assert.match(out, /<html lang="en"/);
    assert.ok(out.includes('name="password"'), 'the login form');
  } finally {
    closeSync(full);
  }
});
