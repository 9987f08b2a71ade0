// Roles and permissions (issue 3): the list, creating and editing a role,
// the version that stops a silent overwrite, a withdrawn permission that
// takes effect on the holder's next request, the rule that someone must
// keep roles.manage, the audit row of each change, and CSRF.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { ADMIN, AGENT } from '../lib/env.mjs';
import { request, getCsrf, location, login, session } from '../lib/http.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { th } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';

const RUN = randomBytes(3).toString('hex');
const CODE = `t_role_${RUN}`;
const HOLDER = `role-holder-${RUN}@example.test`;
const q = (s) => `'${String(s).replace(/'/g, "''")}'`;

let admin, adminEn, roleId;

/** The role's permissions as stored, sorted. */
function permsOf(id) {
  return sql(`SELECT permission FROM role_permission WHERE role_id = ${id} ORDER BY permission`).map((r) => r[0]);
}

/** Posts the edit form of role id (or the new-role form) with fields. */
async function save(jar, id, fields) {
  const page = await request(id ? `/role?id=${id}` : '/role', { jar });
  assert.equal(page.status, 200);
  const version = /name="version" value="(\d+)"/.exec(page.text)?.[1];
  const form = [['csrf', getCsrf(page.text)]];
  if (id) form.push(['id', String(id)], ['version', version]);
  return request('/role', { jar, form: [...form, ...fields] });
}

before(async () => {
  admin = await session(ADMIN);
  adminEn = admin.clone();
  adminEn.set('lang', 'en');
});

test('the list shows every role with its users, MFA and permissions, in both languages', async () => {
  const fr = await request('/roles', { jar: admin });
  await assertHtmlPage(fr, { status: 200, lang: 'fr' });
  assert.ok(fr.text.includes(th('fr', 'roles.caption')));
  assert.match(fr.text, /<p class="list-status">/);
  for (const code of ['finance', 'care', 'finance_care', 'admin'])
    assert.match(fr.text, new RegExp(`<code>${code}</code>`), code);
  assert.ok(fr.text.includes('Finances et coordination des soins'));
  const en = await request('/roles?sort=users&dir=desc', { jar: adminEn });
  await assertHtmlPage(en, { status: 200, lang: 'en' });
  assert.ok(en.text.includes('Finance and care coordination'));
  assert.match(en.text, /aria-sort="descending"/);
  assert.equal((await request('/roles?sort=nope', { jar: admin })).status, 400);
});

test('an agent without roles.manage cannot see or change roles', async () => {
  const agent = await login(AGENT);
  assert.equal((await request('/roles', { jar: agent })).status, 403);
  assert.equal((await request('/role?id=1', { jar: agent })).status, 403);
});

test('a role is created with its permissions, and audited', async () => {
  const bad = await save(admin, 0, [['code', 'Bad Code'], ['name_fr', ''], ['name_en', 'x']]);
  await assertHtmlPage(bad, { status: 422, lang: 'fr' });
  assert.ok(bad.text.includes(th('fr', 'err.role.code.invalid')));
  assert.ok(bad.text.includes(th('fr', 'err.required')));
  assert.equal(Number(sql(`SELECT COUNT(*) FROM role WHERE code = 'Bad Code'`)[0][0]), 0);

  const res = await save(admin, 0, [
    ['code', CODE], ['name_fr', `Vérification ${RUN}`], ['name_en', `Audit check ${RUN}`],
    ['perm.account.view', '1'], ['perm.audit.view', '1'],
  ]);
  assert.equal(res.status, 303, res.text.slice(0, 300));
  roleId = Number(sql(`SELECT id FROM role WHERE code = ${q(CODE)}`)[0][0]);
  assert.equal(location(res).raw, `/role?id=${roleId}&msg=saved`);
  assert.deepEqual(permsOf(roleId), ['account.view', 'audit.view']);
  assert.equal(sql(`SELECT mfa_required FROM role WHERE id = ${roleId}`)[0][0], '0');
  const [a] = sql(`SELECT before_value IS NULL, after_value FROM audit WHERE action = 'role.created' AND subject_id = ${roleId}`);
  assert.equal(a[0], '1');
  assert.deepEqual(JSON.parse(a[1]).permissions, ['account.view', 'audit.view']);

  const page = await request(`/role?id=${roleId}&msg=saved`, { jar: admin });
  await assertHtmlPage(page, { status: 200, lang: 'fr' });
  assert.ok(page.text.includes(th('fr', 'flash.role.saved')));
  assert.ok(page.text.includes(th('fr', 'perm.audit.view')));

  const again = await save(admin, 0, [['code', CODE], ['name_fr', 'x'], ['name_en', 'y']]);
  await assertHtmlPage(again, { status: 422, lang: 'fr' });
  assert.ok(again.text.includes(th('fr', 'err.role.code.taken')));
});

test('a withdrawn permission takes effect on the holder\'s next request', async () => {
  const org = sql(`SELECT org_id FROM users WHERE email = ${q(ADMIN)}`)[0][0];
  sql(
    `INSERT INTO users (org_id, email, name, lang, password_hash, activated_at) ` +
      `SELECT ${org}, ${q(HOLDER)}, 'Titulaire ${RUN}', 'fr', password_hash, UTC_TIMESTAMP() FROM users WHERE email = ${q(ADMIN)};` +
      `INSERT INTO user_role (user_id, role_id) SELECT id, ${roleId} FROM users WHERE email = ${q(HOLDER)}`,
  );
  const holder = await login(HOLDER);
  assert.equal((await request('/audit', { jar: holder })).status, 200);

  const res = await save(admin, roleId, [
    ['name_fr', `Vérification ${RUN}`], ['name_en', `Audit check ${RUN}`], ['perm.account.view', '1'],
  ]);
  assert.equal(res.status, 303);
  assert.deepEqual(permsOf(roleId), ['account.view']);
  assert.equal((await request('/audit', { jar: holder })).status, 403, 'the same session is refused at once');
  assert.equal((await request('/account', { jar: holder })).status, 200);
  const [a] = sql(`SELECT before_value, after_value FROM audit WHERE action = 'role.updated' AND subject_id = ${roleId} ORDER BY id DESC LIMIT 1`);
  assert.deepEqual(JSON.parse(a[0]).permissions, ['account.view', 'audit.view']);
  assert.deepEqual(JSON.parse(a[1]).permissions, ['account.view']);
});

test('a save from a stale page is refused with 409 and changes nothing', async () => {
  const page = await request(`/role?id=${roleId}`, { jar: admin });
  const csrf = getCsrf(page.text);
  const version = /name="version" value="(\d+)"/.exec(page.text)[1];
  const first = await request('/role', { jar: admin, form: [
    ['csrf', csrf], ['id', String(roleId)], ['version', version],
    ['name_fr', `Premier ${RUN}`], ['name_en', `First ${RUN}`], ['perm.account.view', '1'],
  ] });
  assert.equal(first.status, 303);
  const second = await request('/role', { jar: admin, form: [
    ['csrf', csrf], ['id', String(roleId)], ['version', version],
    ['name_fr', `Second ${RUN}`], ['name_en', `Second ${RUN}`], ['perm.account.view', '1'], ['mfa_required', '1'],
  ] });
  await assertHtmlPage(second, { status: 409, lang: 'fr' });
  assert.ok(second.text.includes(th('fr', 'err.conflict')));
  assert.deepEqual(sql(`SELECT name_fr, mfa_required FROM role WHERE id = ${roleId}`)[0], [`Premier ${RUN}`, '0']);
});

test('roles.manage cannot be withdrawn from the last role that gives it to someone', async (t) => {
  const adminRole = Number(sql(`SELECT id FROM role WHERE code = 'admin'`)[0][0]);
  const others = Number(sql(
    `SELECT COUNT(DISTINCT ur.user_id) FROM user_role ur JOIN users u ON u.id = ur.user_id AND u.active = 1 ` +
      `JOIN role_permission rp ON rp.role_id = ur.role_id AND rp.permission = 'roles.manage' WHERE ur.role_id <> ${adminRole}`,
  )[0][0]);
  if (others > 0) return t.skip('another role gives roles.manage to an active user on this stack');
  const before = permsOf(adminRole);
  const keep = before.filter((p) => p !== 'roles.manage').map((p) => [`perm.${p}`, '1']);
  const [fr, en] = sql(`SELECT name_fr, name_en FROM role WHERE id = ${adminRole}`)[0];
  const res = await save(admin, adminRole, [['name_fr', fr], ['name_en', en], ['mfa_required', '1'], ...keep]);
  await assertHtmlPage(res, { status: 422, lang: 'fr' });
  assert.ok(res.text.includes(th('fr', 'err.role.last_admin')));
  assert.deepEqual(permsOf(adminRole), before);
  assert.equal((await request('/roles', { jar: admin })).status, 200);
});

test('a role form posted without its token is refused', async () => {
  const res = await request('/role', { jar: admin, form: [['id', String(roleId)], ['version', '1'], ['name_fr', 'x'], ['name_en', 'y']] });
  await assertHtmlPage(res, { status: 403, lang: 'fr' });
  assert.ok(res.text.includes(th('fr', 'http.csrf.title')));
  assert.notEqual(sql(`SELECT name_fr FROM role WHERE id = ${roleId}`)[0][0], 'x');
});

test('an unknown role is 404', async () => {
  assert.equal((await request('/role?id=999999999', { jar: admin })).status, 404);
  assert.equal((await request('/role?id=abc', { jar: admin })).status, 404);
});
