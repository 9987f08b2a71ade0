// The authorisation matrix (OWASP ASVS 4.0.3 V4.1.1, V4.1.3, V4.1.5):
// every screen the programs declare (their --describe), every method they
// take, every demo role. What each answer should be comes from the screen's
// declared permission and the role's permissions in the database
// (role_permission), never from a list kept here, so a new screen is
// covered the day it is built. Then row ownership (V4.2.1): an admin of one
// organisation cannot reach another's accounts, and an agent's XML never
// holds somebody else's address.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ADMIN, AGENT, ROOT } from '../lib/env.mjs';
import { CookieJar, request, getCsrf, login, location } from '../lib/http.mjs';
import { makeAccount } from '../lib/accounts.mjs';
import { sql } from '../lib/db.mjs';

const q = (s) => `'${String(s).replace(/'/g, "''")}'`;

// ---- what the programs declare ------------------------------------------------

/** Every program's --describe: [{ name, path, methods: [...], perm }]. */
function describeAll() {
  const dir = resolve(ROOT, 'cgi-bin');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.fcgi'))
    .sort()
    .map((f) => {
      const line = execFileSync(resolve(dir, f), ['--describe'], { encoding: 'utf8' }).trim();
      const fields = Object.fromEntries(line.split(/\s+/).map((kv) => kv.split(/=(.*)/s).slice(0, 2)));
      assert.ok(fields.name && fields.path && fields.methods && fields.perm, `${f} --describe: ${line}`);
      return { name: fields.name, path: fields.path, methods: fields.methods.split(','), perm: fields.perm, auth: fields.auth };
    });
}

// The logout screen last: its POST ends the role's session, and every
// screen after it would sign the role in again (at the production cost).
const SCREENS = describeAll().sort((a, b) => (a.path === '/logout') - (b.path === '/logout'));

/**
 * The roles of the matrix: anonymous, then one activated demo account for
 * each set of roles the demo accounts hold (read from the database, so the
 * personas a module adds join the matrix with its demo data).
 */
const ROLES = [
  { role: 'anonymous', email: null },
  ...sql(
    `SELECT MIN(email), roles FROM (SELECT u.email, GROUP_CONCAT(r.code ORDER BY r.code) AS roles ` +
      `FROM users u JOIN user_role ur ON ur.user_id = u.id JOIN role r ON r.id = ur.role_id ` +
      `WHERE u.email LIKE '%@demo.passerelle.test' AND u.active = 1 AND u.password_hash IS NOT NULL ` +
      `GROUP BY u.id) a GROUP BY roles ORDER BY roles`,
  ).map(([email, roles]) => ({ role: roles, email })),
];

/** The permissions an account holds through its roles, from the database. */
function permissionsOf(email) {
  return new Set(
    sql(
      `SELECT DISTINCT rp.permission FROM users u JOIN user_role ur ON ur.user_id = u.id ` +
        `JOIN role_permission rp ON rp.role_id = ur.role_id WHERE u.email = ${q(email)}`,
    ).map((r) => r[0]),
  );
}

/**
 * The expected kind of answer: 'public' (anything but 401/403/5xx),
 * 'login' (303 to /login?next=path), 'forbidden' (403), 'allowed', or
 * 'token' (a screen for applications with an API token, auth=bearer: 401
 * with a Bearer challenge, whatever session cookie comes).
 */
function expected(screen, who) {
  if (screen.auth === 'bearer') return 'token';
  if (screen.perm === '-') return 'public';
  if (!who.email) return 'login';
  if (screen.perm === '*') return 'allowed';
  return who.perms.has(screen.perm) ? 'allowed' : 'forbidden';
}

// ---- the sessions -----------------------------------------------------------

/** A jar of the role: its own session (a new login, so that a POST that
 * ends it — /logout — touches no other test's), again after one ended.
 * Only a POST can end a session here: the jar is probed after one. */
async function jarOf(who) {
  if (!who.email) {
    if (!who.jar) who.jar = new CookieJar();
    return who.jar;
  }
  if (who.jar && !who.posted) return who.jar;
  if (who.jar) {
    const probe = await request('/', { jar: who.jar });
    if (probe.status === 200) {
      who.posted = false;
      return who.jar;
    }
  }
  who.jar = await login(who.email);
  who.posted = false;
  return who.jar;
}

/** A CSRF token this jar's session will accept (from a page with a form). */
async function csrfOf(who, jar) {
  const page = await request(who.email ? '/' : '/login', { jar });
  assert.equal(page.status, 200, `a page with a form for ${who.role}`);
  return getCsrf(page.text);
}

before(() => {
  for (const who of ROLES) if (who.email) who.perms = permissionsOf(who.email);
});

// ---- the matrix -----------------------------------------------------------

test('every program describes itself with a path and a permission', () => {
  assert.ok(SCREENS.length >= 10, `${SCREENS.length} programs`);
  for (const s of SCREENS) {
    assert.match(s.path, /^\//, s.name);
    assert.match(s.perm, /^(-|\*|[a-z_]+(\.[a-z_]+)+)$/, s.name);
    for (const m of s.methods) assert.ok(['GET', 'HEAD', 'POST'].includes(m), `${s.name}: ${m}`);
    if (!['-', '*'].includes(s.perm)) {
      const known = Number(sql(`SELECT COUNT(*) FROM permission WHERE code = ${q(s.perm)}`)[0][0]);
      assert.equal(known, 1, `${s.name}: permission ${s.perm} is one the database knows`);
    }
  }
});

for (const screen of SCREENS)
  for (const method of ['GET', 'POST'].filter((m) => screen.methods.includes(m)))
    for (const who of ROLES)
      test(`${who.role}: ${method} ${screen.path} (${screen.perm}) gets what the permission says`, async () => {
        const want = expected(screen, who);
        const jar = await jarOf(who);
        const res =
          method === 'GET'
            ? await request(screen.path, { jar })
            : await request(screen.path, { jar, form: { csrf: await csrfOf(who, jar) } });
        if (method === 'POST') who.posted = true;
        const what = `${who.role} ${method} ${screen.path}: expected ${want}, got ${res.status} ${res.headers.get('location') ?? ''}`;
        assert.ok(res.status < 500, `never a server error — ${what}`);
        if (want === 'token') {
          assert.equal(res.status, 401, what);
          assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer /, what);
          return;
        }
        assert.notEqual(res.status, 401, what);
        const to = location(res);
        const toLogin = res.status === 303 && to?.path === '/login';
        if (want === 'public') {
          assert.notEqual(res.status, 403, what);
        } else if (want === 'login') {
          assert.equal(res.status, 303, what);
          assert.equal(to.path, '/login', what);
          assert.equal(to.params.next, screen.path, `the login page brings the user back — ${what}`);
        } else if (want === 'forbidden') {
          assert.equal(res.status, 403, what);
        } else {
          assert.notEqual(res.status, 403, what);
          // The pending-MFA steps send a signed-in user on; any other
          // screen must not ask a signed-in user to sign in.
          if (!['/login/code', '/mfa/enrol'].includes(screen.path)) assert.ok(!toLogin, what);
        }
      });

test('a method a screen does not declare is refused with 405, whoever asks', async () => {
  for (const screen of SCREENS)
    for (const method of ['GET', 'POST', 'PUT', 'DELETE'].filter((m) => !screen.methods.includes(m))) {
      const res = await request(screen.path, { method, jar: new CookieJar() });
      assert.equal(res.status, 405, `${method} ${screen.path}`);
    }
});

// ---- row ownership --------------------------------------------------------

test('V4.2.1 an admin of one organisation asking for an account of another gets 404, and cannot act on it', async () => {
  const run = Date.now().toString(36);
  const provider = Number(sql(`SELECT id FROM org WHERE kind = 'provider' ORDER BY id LIMIT 1`)[0][0]);
  sql(
    `INSERT INTO role (code, name_fr, name_en) VALUES ('t_secadmin_${run}', 'Admin org ${run}', 'Org admin ${run}');` +
      `INSERT INTO role_permission (role_id, permission) SELECT id, 'users.manage' FROM role WHERE code = 't_secadmin_${run}'`,
  );
  const orgAdmin = makeAccount(`t_secadmin_${run}`);
  sql(`UPDATE users SET org_id = ${provider} WHERE id = ${orgAdmin.id}`);
  const victim = makeAccount('agency_staff'); // in the agency, not the provider
  const colleague = makeAccount('agency_staff');
  sql(`UPDATE users SET org_id = ${provider} WHERE id = ${colleague.id}`);
  const adminId = Number(sql(`SELECT id FROM users WHERE email = ${q(ADMIN)}`)[0][0]);

  const jar = await login(orgAdmin.email, orgAdmin.password);
  const own = await request(`/user?id=${colleague.id}`, { jar });
  assert.equal(own.status, 200, 'an account of their own organisation is shown');
  assert.ok(own.text.includes(colleague.email));
  for (const id of [victim.id, adminId]) {
    const res = await request(`/user?id=${id}`, { jar });
    assert.equal(res.status, 404, `account ${id} of the agency`);
    const xml = await request(`/user?id=${id}`, { jar, headers: { accept: 'application/xml' } });
    assert.equal(xml.status, 404);
    assert.ok(!xml.text.includes('@demo.passerelle.test') && !xml.text.includes(victim.email));
  }
  const list = await request('/users?q=exemple.test', { jar });
  assert.equal(list.status, 200);
  assert.ok(!list.text.includes(victim.email), 'the list does not show the other organisation');
  const csrf = getCsrf(own.text);
  const act = await request('/user', { jar, form: { csrf, action: 'deactivate', id: victim.id } });
  assert.equal(act.status, 404, 'deactivating an account of another organisation');
  assert.equal(sql(`SELECT active FROM users WHERE id = ${victim.id}`)[0][0], '1', 'the account is still active');
});

test('V4.2.1 the XML of an agent\'s own account page holds no other user\'s e-mail', async () => {
  const jar = await jarOf(ROLES.find((r) => r.email === AGENT) ?? { role: 'agency_staff', email: AGENT });
  for (const path of ['/account', '/']) {
    const res = await request(path, { jar, headers: { accept: 'application/xml' } });
    assert.equal(res.status, 200, path);
    assert.match(res.headers.get('content-type'), /xml/, path);
    if (path === '/account') assert.ok(res.text.includes(AGENT), 'the agent sees their own address');
    const others = sql(`SELECT email FROM users WHERE email <> ${q(AGENT)}`).map((r) => r[0]);
    const leaked = others.filter((e) => res.text.toLowerCase().includes(e.toLowerCase()));
    assert.deepEqual(leaked, [], `${path} shows no other address`);
  }
});
