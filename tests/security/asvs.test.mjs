// OWASP ASVS 4.0.3, chapters 2 (authentication) and 3 (sessions), and the
// CSRF defence of 4.2.2, checked from outside like an attacker would: each
// test starts with the requirement's number. README.md ("Security checks")
// maps each number to what the code does and to the test here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BASE, ROOT, SHORT_BASE, VAR } from '../lib/env.mjs';
import { CookieJar, request, getCsrf, login, logout, location, secondStep, setCookies } from '../lib/http.mjs';
import { makeAccount } from '../lib/accounts.mjs';
import { sql, sessionRows, tokenHashHex } from '../lib/db.mjs';
import { secretOf, totp, base32 } from '../lib/totp.mjs';
import { mailsTo, waitMails, tokenIn } from '../lib/mail.mjs';
import { th } from '../lib/i18n.mjs';

const q = (s) => `'${String(s).replace(/'/g, "''")}'`;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Every program's --describe as { name, path, methods, perm }. */
function screens() {
  const dir = resolve(ROOT, 'cgi-bin');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.fcgi'))
    .map((f) => {
      const line = execFileSync(resolve(dir, f), ['--describe'], { encoding: 'utf8' });
      const get = (k) => new RegExp(`${k}=(\\S+)`).exec(line)[1];
      return { name: get('name'), path: get('path'), methods: get('methods').split(','), perm: get('perm') };
    });
}

/** The session tokens of the browser after a password (no second step). */
async function passwordStep(email, password, jar = new CookieJar()) {
  const form = await request('/login', { jar });
  const res = await request('/login', { jar, form: { csrf: getCsrf(form.text), email, password } });
  return { jar, res };
}

/** One login attempt from a new browser; returns the answer and its duration. */
async function attempt(email, password) {
  const jar = new CookieJar();
  const form = await request('/login', { jar });
  const t0 = process.hrtime.bigint();
  const res = await request('/login', { jar, form: { csrf: getCsrf(form.text), email, password } });
  return { res, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}

/** A page with what differs between two browsers (tokens, the typed address) removed. */
const strip = (html) =>
  html.replace(/value="[A-Za-z0-9_-]{43}"/g, '').replace(/(<input[^>]*name="email"[^>]*?)\svalue="[^"]*"/, '$1');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Asserts two medians (ms) are within 40% of each other. */
function assertClose(a, b, what) {
  const ratio = Math.abs(a - b) / Math.max(a, b);
  // A few milliseconds are the noise of one request on a loaded machine.
  assert.ok(ratio <= 0.4 || Math.abs(a - b) < 5, `${what}: medians ${a.toFixed(1)} ms and ${b.toFixed(1)} ms differ by ${(ratio * 100).toFixed(0)}%`);
}

// Every request comes from 127.0.0.1: the failures counted for the address
// start and end clean so that only the account's own count is at work.
before(() => sql("DELETE FROM address_failure WHERE ip = '127.0.0.1'"));
after(() => sql("DELETE FROM address_failure WHERE ip = '127.0.0.1'"));

// ---- V3.2 session binding ---------------------------------------------------

test('V3.2.2 V3.2.4 fifty session tokens are 256-bit base64url values, all different, and only their SHA-256 is stored', async () => {
  const tokens = [];
  for (let i = 0; i < 45; i++) {
    const res = await request('/login', { jar: new CookieJar() });
    const pre = setCookies(res).find((c) => c.name === 'pre');
    assert.ok(pre, 'the login page sets the pre-session cookie');
    tokens.push(pre.value);
  }
  const a = makeAccount('agency_staff');
  const sids = [];
  for (let i = 0; i < 5; i++) {
    const { jar, res } = await passwordStep(a.email, a.password);
    assert.equal(res.status, 303);
    sids.push(jar.get('sid'));
  }
  tokens.push(...sids);
  assert.equal(tokens.length, 50);
  for (const t of tokens) assert.match(t, TOKEN, 'a 43-character base64url value (256 bits)');
  assert.equal(new Set(tokens).size, 50, 'all different');
  // 256 bits: each of the 6-bit characters (the last holds 4) varies.
  const seen = new Set(tokens.flatMap((t) => [...t.slice(0, 42)]));
  assert.ok(seen.size >= 55, `${seen.size} distinct characters over 50 tokens`);

  const table = sql('SELECT HEX(token_hash), user_id, created_at, seen_at, ip, user_agent, stage FROM session')
    .map((r) => r.join('\t'))
    .join('\n');
  for (const sid of sids) {
    assert.equal(sessionRows(sid), 1, 'the session is found by the SHA-256 of its token');
    assert.ok(!table.includes(sid), 'the token is not in the table as text');
    const hex = Buffer.from(sid, 'base64url').toString('hex').toUpperCase();
    assert.ok(!table.includes(hex), 'the token is not in the table as hex');
  }
  const raw = sql(`SELECT COUNT(*) FROM session WHERE token_hash = ${q(sids[0])} OR HEX(token_hash) LIKE ${q(`%${Buffer.from(sids[0], 'base64url').toString('hex')}%`)}`);
  assert.equal(raw[0][0], '0');
  sql(`DELETE FROM session WHERE user_id = ${a.id}`);
});

test('V3.2.1 a new token at login and another after the second factor; the old ones are gone', async () => {
  const a = makeAccount('agency_staff');
  const jar = new CookieJar();
  const first = await request('/login', { jar });
  const pre = jar.get('pre');
  const res = await request('/login', { jar, form: { csrf: getCsrf(first.text), email: a.email, password: a.password } });
  assert.equal(res.status, 303);
  const pending = jar.get('sid');
  assert.ok(pending && pending !== pre);
  assert.equal(sql(`SELECT stage FROM session WHERE token_hash = UNHEX('${tokenHashHex(pending)}')`)[0][0], 'enrol');
  await secondStep(jar, res, a.email);
  const full = jar.get('sid');
  assert.notEqual(full, pending, 'the second factor gives a new token');
  assert.equal(sessionRows(pending), 0, 'the pending session is gone');
  assert.equal(sql(`SELECT stage FROM session WHERE token_hash = UNHEX('${tokenHashHex(full)}')`)[0][0], 'full');
  const old = await request('/account', { jar: new CookieJar({ sid: pending }) });
  assert.equal(old.status, 303);
  assert.equal(location(old).path, '/login');
});

test('V3.2.1 session fixation: a sid planted before login is not the one the user ends up with', async () => {
  const victim = makeAccount('agency_staff');
  const attacker = makeAccount('agency_staff');
  // A made-up value, and the attacker's own half-open session.
  const made = randomBytes(32).toString('base64url');
  const { jar: theirs } = await passwordStep(attacker.email, attacker.password);
  for (const planted of [made, theirs.get('sid')]) {
    const jar = new CookieJar({ sid: planted });
    let form = await request('/login', { jar });
    // A half-open session is sent on to its second step; the form there
    // carries the token the browser would post with.
    if (form.status === 303) form = await request(form.headers.get('location'), { jar });
    assert.equal(form.status, 200, form.text.slice(0, 300));
    if (!jar.get('sid')) jar.set('sid', planted); // a cookie the server cleared stays planted
    const res = await request('/login', { jar, form: { csrf: getCsrf(form.text), email: victim.email, password: victim.password } });
    assert.equal(res.status, 303, res.text.slice(0, 300));
    assert.notEqual(jar.get('sid'), planted, 'a new token after the password');
    await secondStep(jar, res, victim.email);
    assert.notEqual(jar.get('sid'), planted, 'a new token after the second factor');
    assert.equal(
      sql(`SELECT COUNT(*) FROM session WHERE token_hash = UNHEX('${tokenHashHex(planted)}') AND user_id = ${victim.id}`)[0][0],
      '0',
      'the planted token never belongs to the victim',
    );
    const replay = await request('/account', { jar: new CookieJar({ sid: planted }), headers: { accept: 'application/xml' } });
    assert.ok(!replay.text.includes(victim.email), 'the planted token does not open the victim\'s account');
    assert.notEqual(replay.status, 200);
    await logout(jar);
    // The next login of the victim needs a code of a new time step.
    sql(`UPDATE users SET mfa_last_step = 0 WHERE id = ${victim.id}`);
  }
});

// ---- V3.3 session termination -------------------------------------------------

test('V3.3.1 logout deletes the session on the server: the old cookie opens nothing', async () => {
  const a = makeAccount('agency_staff');
  const jar = await login(a.email, a.password);
  const sid = jar.get('sid');
  assert.equal((await request('/account', { jar })).status, 200);
  const out = await logout(jar);
  assert.equal(out.status, 303);
  const cleared = setCookies(out).find((c) => c.name === 'sid');
  assert.ok(cleared && (cleared.value === '' || cleared.attrs['max-age'] === '0'), 'the browser is told to forget the cookie');
  assert.equal(sessionRows(sid), 0, 'the session row is deleted');
  const replay = await request('/account', { jar: new CookieJar({ sid }) });
  assert.equal(replay.status, 303);
  assert.equal(location(replay).path, '/login');
});

test('V3.3.2 an idle session ends after the idle time-out (3 s on the short server), on the server', async () => {
  const a = makeAccount('agency_staff');
  const jar = await login(a.email, a.password, { base: SHORT_BASE });
  const sid = jar.get('sid');
  assert.equal((await request('/account', { jar, base: SHORT_BASE })).status, 200);
  await sleep(4500);
  const late = await request('/account', { jar, base: SHORT_BASE });
  assert.equal(late.status, 303);
  assert.equal(location(late).path, '/login');
  assert.equal(location(late).params.msg, 'expired');
  assert.equal(sessionRows(sid), 0);
});

test('V3.3.2 a session ends 12 hours after login however busy it is', async () => {
  const a = makeAccount('agency_staff');
  const jar = await login(a.email, a.password);
  const sid = jar.get('sid');
  sql(`UPDATE session SET created_at = created_at - INTERVAL 12 HOUR - INTERVAL 1 MINUTE WHERE token_hash = UNHEX('${tokenHashHex(sid)}')`);
  const res = await request('/account', { jar });
  assert.equal(res.status, 303);
  assert.equal(location(res).path, '/login');
  assert.equal(sessionRows(sid), 0);
});

// ---- V3.4 cookies ---------------------------------------------------------

test('V3.2.3 V3.4.2 V3.4.3 V3.4.5 every cookie is HttpOnly, SameSite=Lax, Path=/ and has no Domain; the token is nowhere else', async () => {
  const a = makeAccount('agency_staff');
  const jar = new CookieJar();
  const form = await request('/login', { jar });
  const res = await request('/login', { jar, form: { csrf: getCsrf(form.text), email: a.email, password: a.password } });
  const lang = await request('/lang?to=en&next=/', { jar });
  // V3.2.3: the token lives in the cookie only, never in a URL or a page.
  const sid = jar.get('sid');
  const page = await request(res.headers.get('location'), { jar });
  for (const r of [res, lang, page]) {
    assert.ok(!(r.headers.get('location') ?? '').includes(sid), 'not in a redirect');
    assert.ok(!r.text.includes(sid), 'not in a page');
  }
  const all = [...setCookies(form), ...setCookies(res), ...setCookies(lang)];
  for (const name of ['pre', 'sid', 'lang']) assert.ok(all.some((c) => c.name === name), `${name} is set`);
  for (const c of all) {
    assert.equal(c.attrs.httponly, true, `${c.line}: HttpOnly`);
    assert.equal(String(c.attrs.samesite).toLowerCase(), 'lax', `${c.line}: SameSite=Lax`);
    assert.equal(c.attrs.path, '/', `${c.line}: Path=/`);
    assert.equal(c.attrs.domain, undefined, `${c.line}: no Domain`);
  }
});

/** Runs a program once as a CGI (libfcgi falls back to it) under HTTPS. */
function cgi(program, { method = 'GET', cookie, body } = {}) {
  const out = execFileSync(resolve(ROOT, 'cgi-bin', `${program}.fcgi`), [], {
    env: {
      PATH: process.env.PATH,
      PASSERELLE_CONF: resolve(VAR, 'passerelle.conf'),
      REQUEST_METHOD: method,
      REQUEST_URI: '/login',
      DOCUMENT_URI: '/login',
      SCRIPT_NAME: '/login',
      QUERY_STRING: '',
      SERVER_PORT: '443',
      HTTP_HOST: 'passerelle.example',
      HTTPS: 'on',
      REMOTE_ADDR: '127.0.0.1',
      ...(cookie ? { HTTP_COOKIE: cookie } : {}),
      ...(body ? { CONTENT_TYPE: 'application/x-www-form-urlencoded', CONTENT_LENGTH: String(Buffer.byteLength(body)) } : {}),
    },
    input: body ?? '',
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'ignore'],
    timeout: 20000,
  });
  const at = out.indexOf('\r\n\r\n');
  const head = out.slice(0, at);
  const cookies = head
    .split('\r\n')
    .filter((l) => /^set-cookie:/i.test(l))
    .map((l) => l.slice(11).trim());
  return { head, cookies, body: out.slice(at + 4) };
}

test('V3.4.1 V3.4.4 under HTTPS the cookies are __Host- ones with Secure', async () => {
  const a = makeAccount('agency_staff');
  const page = cgi('login');
  const pre = page.cookies.find((c) => c.startsWith('__Host-pre='));
  assert.ok(pre, page.head);
  const post = cgi('login', {
    method: 'POST',
    cookie: pre.split(';')[0],
    body: new URLSearchParams({ csrf: getCsrf(page.body), email: a.email, password: a.password }).toString(),
  });
  assert.match(post.head, /^Status: 303/m, post.head);
  const sid = post.cookies.find((c) => c.startsWith('__Host-sid='));
  assert.ok(sid, post.head);
  for (const c of [pre, sid]) {
    assert.match(c, /;\s*Secure(;|$)/i, c);
    assert.match(c, /;\s*Path=\/(;|$)/i, c);
    assert.doesNotMatch(c, /Domain=/i, c);
    assert.match(c, /;\s*HttpOnly/i, c);
  }
  assert.ok(!post.cookies.some((c) => /^sid=/.test(c)), 'no plain sid cookie under HTTPS');
  sql(`DELETE FROM session WHERE user_id = ${a.id}`);
});

// ---- V4.2.2 CSRF ------------------------------------------------------------

test('V4.2.2 every POST of every screen is refused without the token, with another browser\'s, and from another site', async () => {
  // An account that holds every permission there is, so that only the
  // CSRF check can refuse; anonymous for the public screens.
  const run = Date.now().toString(36);
  sql(
    `INSERT INTO role (code, name_fr, name_en) VALUES ('t_all_${run}', 'Tout ${run}', 'All ${run}');` +
      `INSERT INTO role_permission (role_id, permission) SELECT r.id, p.code FROM role r, permission p WHERE r.code = 't_all_${run}'`,
  );
  const a = makeAccount(`t_all_${run}`);
  const full = await login(a.email, a.password);
  const stranger = new CookieJar();
  const otherToken = getCsrf((await request('/login', { jar: stranger })).text);
  const posts = screens().filter((s) => s.methods.includes('POST'));
  assert.ok(posts.length >= 5);
  for (const s of posts) {
    const who = s.perm === '-' ? [['anonymous', new CookieJar()], ['signed in', full]] : [['signed in', full]];
    for (const [role, jar] of who) {
      const token = getCsrf((await request(role === 'anonymous' ? '/login' : '/', { jar })).text);
      const cases = [
        ['no token', {}, {}],
        ['another browser\'s token', { csrf: otherToken }, {}],
        ['a token from another site', { csrf: token }, { origin: 'https://evil.example' }],
        ['a token with Origin null', { csrf: token }, { origin: 'null' }],
      ];
      for (const [what, form, headers] of cases) {
        const res = await request(s.path, { jar, form, headers });
        assert.equal(res.status, 403, `${role} POST ${s.path} with ${what}`);
        assert.ok(res.text.includes(th('fr', 'http.csrf.title')), `${role} POST ${s.path} with ${what}: the form-expired page`);
      }
    }
    assert.equal((await request('/account', { jar: full })).status, 200, `after ${s.path} the session is still open`);
  }
});

// ---- V2.2 anti-automation, no enumeration -------------------------------------

test('V2.2.1 login tells nothing about which addresses exist: same page, about the same time', async () => {
  const a = makeAccount('agency_staff');
  const unknown = `nobody-${randomBytes(4).toString('hex')}@exemple.test`;
  const known = [], stranger = [];
  for (let i = 0; i < 5; i++) {
    sql(`UPDATE users SET failed_count = 0, locked_until = NULL WHERE id = ${a.id}; DELETE FROM address_failure WHERE ip = '127.0.0.1'`);
    known.push(await attempt(a.email, `wrong password ${i}`));
    stranger.push(await attempt(unknown, `wrong password ${i}`));
  }
  assert.equal(known[0].res.status, 422);
  assert.equal(stranger[0].res.status, 422);
  assert.equal(strip(known[0].res.text), strip(stranger[0].res.text), 'the same page, but for the tokens and the typed address');
  assertClose(median(known.map((x) => x.ms)), median(stranger.map((x) => x.ms)), 'login');
  sql(`UPDATE users SET failed_count = 0, locked_until = NULL WHERE id = ${a.id}; DELETE FROM address_failure WHERE ip = '127.0.0.1'`);
});

test('V2.5.x "forgot your password" tells nothing about which addresses exist', async () => {
  const a = makeAccount('agency_staff');
  const unknown = `nobody-${randomBytes(4).toString('hex')}@exemple.test`;
  const ask = async (email) => {
    const jar = new CookieJar();
    const form = await request('/password/forgot', { jar });
    const t0 = process.hrtime.bigint();
    const res = await request('/password/forgot', { jar, form: { csrf: getCsrf(form.text), email } });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const next = res.status === 303 ? await request(res.headers.get('location'), { jar }) : res;
    return { res, next, ms };
  };
  const known = [], stranger = [];
  for (let i = 0; i < 5; i++) {
    known.push(await ask(a.email));
    stranger.push(await ask(unknown));
  }
  assert.equal(known[0].res.status, stranger[0].res.status);
  assert.equal(known[0].res.headers.get('location'), stranger[0].res.headers.get('location'));
  assert.equal(strip(known[0].res.text), strip(stranger[0].res.text));
  assert.equal(strip(known[0].next.text), strip(stranger[0].next.text), 'the page after is the same');
  assert.ok(mailsTo(a.email).length >= 1 || (await waitMails(a.email, 1)), 'the known address did get its link');
  assertClose(median(known.map((x) => x.ms)), median(stranger.map((x) => x.ms)), '/password/forgot');
});

test('V2.5.x a reset link is stored hashed, works once, ends the other sessions and still asks for the second factor', async () => {
  const a = makeAccount('agency_staff');
  const other = await login(a.email, a.password); // enrols; an open session
  const before = mailsTo(a.email).length;
  const jar = new CookieJar();
  const form = await request('/password/forgot', { jar });
  assert.equal((await request('/password/forgot', { jar, form: { csrf: getCsrf(form.text), email: a.email } })).status, 303);
  const mail = (await waitMails(a.email, before + 1)).at(-1);
  const token = tokenIn(mail, '/password/reset');
  const stored = sql(`SELECT HEX(token_hash) FROM user_token WHERE user_id = ${a.id} AND purpose = 'reset'`).map((r) => r[0]);
  assert.deepEqual(stored, [tokenHashHex(token).toUpperCase()], 'only the SHA-256 of the link is kept');
  const page = await request(`/password/reset?token=${token}`, { jar });
  assert.equal(page.status, 200);
  const fresh = `a brand new passphrase ${Date.now()}`;
  const res = await request('/password/reset', { jar, form: { csrf: getCsrf(page.text), token, password: fresh, confirm: fresh } });
  assert.equal(res.status, 303);
  assert.equal(location(res).path, '/login/code', 'the second factor is still asked');
  assert.equal((await request('/account', { jar })).status, 303, 'not signed in before the code');
  assert.equal(sessionRows(other.get('sid')), 0, 'the session opened before the reset has ended');
  const again = await request('/password/reset', { jar: new CookieJar(), form: { csrf: getCsrf(page.text), token, password: 'yet another passphrase here', confirm: 'yet another passphrase here' } });
  assert.notEqual(again.status, 303, 'the link works once');
  const reuse = await request(`/password/reset?token=${token}`, { jar: new CookieJar() });
  assert.equal(reuse.status, 404, 'the used link is refused');
});

test('V2.2.1 V7.2.1 ten wrong passwords lock the account and leave an account.locked row in the audit', async () => {
  const a = makeAccount('agency_staff');
  for (let i = 0; i < 10; i++) {
    sql("DELETE FROM address_failure WHERE ip = '127.0.0.1'");
    assert.equal((await attempt(a.email, `not it ${i}`)).res.status, 422);
  }
  const rows = sql(`SELECT action FROM audit WHERE subject_id = ${a.id} AND action IN ('login.failure', 'account.locked')`).map((r) => r[0]);
  assert.equal(rows.filter((x) => x === 'login.failure').length, 10, 'every failure is recorded');
  assert.equal(rows.filter((x) => x === 'account.locked').length, 1, 'the lock is recorded once');
  assert.equal((await attempt(a.email, a.password)).res.status, 422, 'the right password does not open a locked account');
  sql("DELETE FROM address_failure WHERE ip = '127.0.0.1'");
});

// ---- V2.1 passwords ---------------------------------------------------------------

/** A new account of the provider with the care role and no password, invited by mail. */
async function invited() {
  const email = `asvs-${randomBytes(4).toString('hex')}@example.test`;
  sql(
    `INSERT INTO users (org_id, email, name, lang) VALUES (2, ${q(email)}, 'Camille Tremblay', 'fr');` +
      `INSERT INTO user_role (user_id, role_id) SELECT LAST_INSERT_ID(), id FROM role WHERE code = 'care'`,
  );
  const id = Number(sql(`SELECT id FROM users WHERE email = ${q(email)}`)[0][0]);
  execFileSync(resolve(ROOT, 'tools/passerelle'), ['invite', email], {
    env: { ...process.env, PASSERELLE_CONF: resolve(VAR, 'passerelle.conf'), PASSERELLE_SQL: resolve(ROOT, 'sql'), PASSERELLE_MAIL_DIR: resolve(VAR, 'mail') },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const [mail] = await waitMails(email, 1);
  return { email, id, token: tokenIn(mail, '/activate') };
}

test('V2.1.1 V2.1.2 V2.1.7 V2.4.1 activation refuses short and common passwords, takes a long one, stores only a scrypt hash', async () => {
  const account = await invited();
  const jar = new CookieJar();
  const form = await request(`/activate?token=${account.token}`, { jar });
  assert.equal(form.status, 200);
  const common = execFileSync('grep', ['-m1', '-E', '^[a-z0-9]{12,}$', resolve(ROOT, 'data/common-passwords.txt')], { encoding: 'utf8' }).trim();
  for (const [what, password, key] of [
    ['11 characters', 'abcdefghijk', 'err.password.short'],
    ['a common password', common, 'err.password.common'],
  ]) {
    const res = await request('/activate', { jar, form: { csrf: getCsrf(form.text), token: account.token, password, confirm: password } });
    assert.equal(res.status, 422, what);
    assert.ok(res.text.includes(th('fr', key)), `${what}: ${key}`);
    assert.equal(sql(`SELECT password_hash IS NULL FROM users WHERE id = ${account.id}`)[0][0], '1', `${what}: nothing stored`);
  }
  const long = `${'une phrase de passe très longue et tout à fait correcte '.repeat(2)}`.slice(0, 100);
  const ok = await request('/activate', { jar, form: { csrf: getCsrf(form.text), token: account.token, password: long, confirm: long } });
  assert.equal(ok.status, 303, 'a 100-character passphrase is accepted');
  const hash = sql(`SELECT password_hash FROM users WHERE id = ${account.id}`)[0][0];
  assert.match(hash, /^\$scrypt\$/, 'a self-describing scrypt string');
  // This suite's stack keeps the production cost (the http and browser
  // levels run a cheaper one): N = 2^17, r = 8, p = 1, OWASP's advice.
  assert.match(hash, /^\$scrypt\$ln=17,r=8,p=1\$/, 'hashed at the production cost');
  assert.ok(!hash.includes(long) && !hash.includes('phrase'), 'not the password');
});

test('V2.4.1 V2.4.2 the same password twice gives two different hashes (salted)', () => {
  const password = `the same password for both ${Date.now()}`;
  const a = makeAccount('agency_staff', { password });
  const b = makeAccount('agency_staff', { password });
  const [ha, hb] = [a, b].map((x) => sql(`SELECT password_hash FROM users WHERE id = ${x.id}`)[0][0]);
  assert.match(ha, /^\$scrypt\$/);
  assert.notEqual(ha, hb);
});

// ---- V2.8 one-time passwords ----------------------------------------------------

test('V2.8.3 V2.8.4 a TOTP code works once, and the secret is stored encrypted', async () => {
  const a = makeAccount('agency_staff');
  const first = await login(a.email, a.password); // enrols
  await logout(first);
  const secret = secretOf(a.email);
  const stored = sql(`SELECT HEX(mfa_secret), mfa_last_step FROM users WHERE id = ${a.id}`)[0];
  assert.ok(!stored[0].includes(base32(secret).toString('hex').toUpperCase()), 'the raw secret is not in the database');
  assert.ok(!stored[0].includes(Buffer.from(secret).toString('hex').toUpperCase()), 'nor its base32 text');
  const used = totp(secret, Number(stored[1]));
  const { jar, res } = await passwordStep(a.email, a.password);
  assert.equal(location(res).path, '/login/code');
  const page = await request('/login/code', { jar });
  const again = await request('/login/code', { jar, form: { csrf: getCsrf(page.text), next: '/', code: used } });
  assert.equal(again.status, 422, 'the code already used is refused');
  assert.equal(jar.get('sid') && sql(`SELECT stage FROM session WHERE token_hash = UNHEX('${tokenHashHex(jar.get('sid'))}')`)[0]?.[0], 'mfa');
  assert.equal((await request('/account', { jar })).status, 303, 'still not signed in');
});
