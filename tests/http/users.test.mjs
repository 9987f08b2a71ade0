// The users administration screens (issue 3): the list with its search,
// sorting and paging; creating an account (the activation mail leaves);
// editing it (with the version that stops a silent overwrite); the actions
// on it (deactivate ends their sessions at once); and the wall between
// organisations for an admin who manages only their own.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ADMIN, VAR } from '../lib/env.mjs';
import { request, getCsrf, location, login, session } from '../lib/http.mjs';
import { mailsTo, waitMails, mailFiles } from '../lib/mail.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { t, th } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';

const MAIL_DIR = resolve(VAR, 'mail');
const RUN = randomBytes(3).toString('hex');
const q = (s) => `'${String(s).replace(/'/g, "''")}'`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let admin; // the operator's admin (users.manage_all)
let adminEn; // the same session reading English
let orgRole; // id of a role with users.manage only, made for this run
let provider; // id of the demo provider organisation

// ---- mail -----------------------------------------------------------------


// ---- helpers --------------------------------------------------------------

/** The e-mail addresses in the list's table, in order. */
function listedEmails(html) {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<td class="cell-wrap">([^<]*)<\/td>/g)].map((m) => m[1]);
}

/** POSTs the creation form as jar; fields override the defaults. */
async function createUser(jar, fields) {
  const form = await request('/user', { jar });
  assert.equal(form.status, 200);
  return request('/user', {
    jar,
    form: [['csrf', getCsrf(form.text)], ['action', 'create'], ...fields],
  });
}

function userId(email) {
  return Number(sql(`SELECT id FROM users WHERE email = ${q(email)}`)[0][0]);
}

/** Lets an account created by the screens sign in with the demo password
 * (activation is another screen's story). */
function activate(email) {
  sql(
    `UPDATE users u JOIN users d ON d.email = ${q(ADMIN)} SET u.password_hash = d.password_hash, ` +
      `u.activated_at = UTC_TIMESTAMP() WHERE u.email = ${q(email)}`,
  );
}

/** An action form of an account's page. */
async function act(jar, id, action) {
  const page = await request(`/user?id=${id}`, { jar });
  return request('/user', { jar, form: { csrf: getCsrf(page.text), action, id } });
}

before(async () => {
  admin = await session(ADMIN);
  adminEn = admin.clone();
  adminEn.set('lang', 'en');
  provider = Number(sql(`SELECT id FROM org WHERE name = 'Soutien à domicile Sud-Ouest (démo)'`)[0][0]);
  // An admin of one organisation: users.manage without users.manage_all.
  // (Roles are made on the roles screen; here, directly.)
  sql(
    `INSERT INTO role (code, name_fr, name_en) VALUES ('t_orgadmin_${RUN}', 'Admin org ${RUN}', 'Org admin ${RUN}');` +
      `INSERT INTO role_permission (role_id, permission) SELECT id, p FROM role, ` +
      `(SELECT 'users.manage' AS p UNION ALL SELECT 'account.view') x WHERE code = 't_orgadmin_${RUN}'`,
  );
  orgRole = Number(sql(`SELECT id FROM role WHERE code = 't_orgadmin_${RUN}'`)[0][0]);
});

// ---- the list ---------------------------------------------------------------

test('the list shows the accounts with their count, in French and in English', async () => {
  const fr = await request('/users', { jar: admin });
  await assertHtmlPage(fr, { status: 200, lang: 'fr' });
  assert.ok(fr.text.includes(th('fr', 'users.caption')));
  assert.match(fr.text, /<p class="list-status">/);
  // Other files add accounts as they run: the first page holds 25 of them
  // in name order, not always the admin; a search by address finds it.
  const first = listedEmails(fr.text);
  assert.ok(first.length >= 5 && first.length <= 25, `${first.length} rows`);
  const mine = await request(`/users?q=${encodeURIComponent(ADMIN)}`, { jar: admin });
  assert.deepEqual(listedEmails(mine.text), [ADMIN]);
  const en = await request('/users', { jar: adminEn });
  await assertHtmlPage(en, { status: 200, lang: 'en' });
  assert.ok(en.text.includes(th('en', 'users.caption')));
  assert.ok(en.text.includes(th('en', 'users.col.last_login')));
});

test('search finds a name without its accents or case, and an address', async () => {
  const byName = await request('/users?q=SPECIMEN', { jar: admin });
  assert.equal(byName.status, 200);
  assert.deepEqual(listedEmails(byName.text), ['finance@demo.passerelle.test']);
  const byMail = await request('/users?q=finance-coordination%40demo', { jar: admin });
  assert.deepEqual(listedEmails(byMail.text), ['finance-coordination@demo.passerelle.test']);
  const none = await request('/users?q=%25%25nobody', { jar: admin });
  assert.equal(listedEmails(none.text).length, 0);
  assert.ok(none.text.includes(th('fr', 'users.none')));
});

test('every column sorts both ways; the e-mail order is right', async () => {
  for (const key of ['name', 'email', 'org', 'roles', 'last_login', 'state'])
    for (const dir of ['asc', 'desc']) {
      const res = await request(`/users?sort=${key}&dir=${dir}`, { jar: admin });
      assert.equal(res.status, 200, `${key} ${dir}`);
      assert.match(res.text, new RegExp(`aria-sort="${dir === 'asc' ? 'ascending' : 'descending'}"`));
    }
  const asc = listedEmails((await request('/users?sort=email&dir=asc&q=demo.passerelle', { jar: admin })).text);
  const desc = listedEmails((await request('/users?sort=email&dir=desc&q=demo.passerelle', { jar: admin })).text);
  assert.ok(asc.length >= 5);
  assert.deepEqual(asc, [...asc].sort());
  assert.deepEqual(desc, [...asc].reverse());
  for (const bad of ['sort=password_hash', 'sort=name&dir=up', 'page=0', 'page=abc'])
    assert.equal((await request(`/users?${bad}`, { jar: admin })).status, 400, bad);
});

test('a long list comes in pages of 25 with links between them', async () => {
  const values = Array.from({ length: 30 }, (_, i) => `(${provider}, 'page-${RUN}-${String(i).padStart(2, '0')}@example.test', 'Page ${RUN} ${i}', 'fr')`);
  sql(`INSERT INTO users (org_id, email, name, lang) VALUES ${values.join(',')}`);
  const one = await request(`/users?q=page-${RUN}&sort=email`, { jar: admin });
  assert.equal(listedEmails(one.text).length, 25);
  assert.match(one.text, /rel="next"/);
  const next = /<a rel="next" href="([^"]+)"/.exec(one.text)[1].replace(/&amp;/g, '&');
  const two = await request(next, { jar: admin });
  assert.equal(two.status, 200);
  assert.equal(listedEmails(two.text).length, 5);
  assert.match(two.text, /rel="prev"/);
  assert.equal(new Set([...listedEmails(one.text), ...listedEmails(two.text)]).size, 30);
  const bad = await request(`/users?q=${'x'.repeat(201)}`, { jar: adminEn });
  assert.equal(bad.status, 422);
  assert.ok(bad.text.includes(th('en', 'err.too_long')));
});

// ---- create, edit ---------------------------------------------------------------

const created = `new-${RUN}@example.test`;

test('creating an account sends the activation mail and shows the account', async () => {
  const res = await createUser(admin, [['name', 'Noémie Nouvelle'], ['email', created], ['lang', 'en'], ['org', provider], ['roles[]', orgRole]]);
  assert.equal(res.status, 303, res.text.slice(0, 300));
  const to = location(res);
  const id = userId(created);
  assert.equal(to.path, '/user');
  assert.equal(to.params.id, String(id));
  const [mail] = await waitMails(created, 1);
  assert.match(mail.to, new RegExp(created.replace(/\./g, '\\.')));
  assert.equal(mail.subject, t('en', 'mail.activation.subject'));
  assert.match(mail.text, /\/activate\?token=[A-Za-z0-9_-]+/);
  assert.match(mail.html, /\/activate\?token=[A-Za-z0-9_-]+/);
  assert.ok(mail.text.includes('Soutien à domicile Sud-Ouest (démo)'));
  const page = await request(to.raw, { jar: admin });
  await assertHtmlPage(page, { status: 200, lang: 'fr' });
  assert.ok(page.text.includes(th('fr', 'flash.user.created')));
  assert.ok(page.text.includes(th('fr', 'users.state.pending').slice(0, 10)));
  assert.equal(Number(sql(`SELECT COUNT(*) FROM audit WHERE action = 'user.created' AND subject_id = ${id}`)[0][0]), 1);
  assert.equal(sql(`SELECT password_hash IS NULL FROM users WHERE id = ${id}`)[0][0], '1');
});

test('an address already in use is refused, with nothing created and no mail', async () => {
  const mails = mailFiles().length;
  const res = await createUser(adminEn, [['name', 'Someone Else'], ['email', created.toUpperCase()], ['lang', 'fr'], ['org', provider]]);
  await assertHtmlPage(res, { status: 422, lang: 'en' });
  assert.ok(res.text.includes(th('en', 'err.email.taken')));
  assert.ok(!res.text.includes('Noémie'), 'does not say whose address it is');
  assert.equal(Number(sql(`SELECT COUNT(*) FROM users WHERE email = ${q(created)}`)[0][0]), 1);
  await sleep(500);
  assert.equal(mailFiles().length, mails);
});

test('the form explains its errors, in English too', async () => {
  const res = await createUser(adminEn, [['name', ''], ['email', 'not-an-address'], ['lang', 'de'], ['org', provider]]);
  await assertHtmlPage(res, { status: 422, lang: 'en' });
  for (const key of ['err.required', 'err.email.invalid', 'err.choice.invalid']) assert.ok(res.text.includes(th('en', key)), key);
  assert.match(res.text, /href="#field-email"/);
  const fr = await createUser(admin, [['name', 'X'], ['email', 'x@example'], ['lang', 'fr'], ['org', provider]]);
  assert.equal(fr.status, 422);
  assert.ok(fr.text.includes(th('fr', 'err.email.invalid')));
});

test('an edit made on a stale version is refused with 409; a fresh one is saved and audited', async () => {
  const id = userId(created);
  const page = await request(`/user?id=${id}`, { jar: admin });
  const csrf = getCsrf(page.text);
  const version = /name="version" value="(\d+)"/.exec(page.text)[1];
  const form = (name, v) => [['csrf', csrf], ['action', 'save'], ['id', id], ['version', v], ['name', name], ['email', created], ['lang', 'en'], ['org', provider], ['roles[]', orgRole]];
  const ok = await request('/user', { jar: admin, form: form('Noémie Modifiée', version) });
  assert.equal(ok.status, 303, ok.text.slice(0, 300));
  const stale = await request('/user', { jar: admin, form: form('Écrasement', version) });
  await assertHtmlPage(stale, { status: 409 });
  assert.ok(stale.text.includes(th('fr', 'err.conflict')));
  assert.equal(sql(`SELECT name FROM users WHERE id = ${id}`)[0][0], 'Noémie Modifiée');
  const [audit] = sql(`SELECT before_value, after_value FROM audit WHERE action = 'user.updated' AND subject_id = ${id}`);
  assert.match(audit[0], /Noémie Nouvelle/);
  assert.match(audit[1], /Noémie Modifiée/);
});

// ---- organisations -------------------------------------------------------------

test('an admin of one organisation sees and manages only its accounts', async () => {
  activate(created);
  const jar = await login(created);
  const list = await request('/users?sort=email', { jar });
  await assertHtmlPage(list, { status: 200 });
  const emails = listedEmails(list.text);
  assert.ok(emails.includes('finance@demo.passerelle.test'));
  assert.ok(!emails.includes(ADMIN));
  assert.ok(!list.text.includes('name="org"'), 'no organisation filter');
  const other = await request(`/users?org=1`, { jar });
  assert.ok(!listedEmails(other.text).includes(ADMIN));
  const adminId = userId(ADMIN);
  assert.equal((await request(`/user?id=${adminId}`, { jar })).status, 404);
  const form = await request('/user', { jar });
  const csrf = getCsrf(form.text);
  assert.equal((await request('/user', { jar, form: { csrf, action: 'deactivate', id: adminId } })).status, 404);
  assert.equal(sql(`SELECT active FROM users WHERE id = ${adminId}`)[0][0], '1');
  // The operator's role is not theirs to give.
  const adminRole = Number(sql(`SELECT id FROM role WHERE code = 'admin'`)[0][0]);
  assert.ok(!form.text.includes(`value="${adminRole}"`));
  const grab = await request('/user', {
    jar,
    form: [['csrf', csrf], ['action', 'create'], ['name', 'Escalade'], ['email', `esc-${RUN}@example.test`], ['lang', 'fr'], ['roles[]', adminRole]],
  });
  assert.equal(grab.status, 422);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM users WHERE email = 'esc-${RUN}@example.test'`)[0][0]), 0);
  // Their own organisation's new account lands in it, whatever is posted.
  const mine = await request('/user', {
    jar,
    form: [['csrf', csrf], ['action', 'create'], ['name', 'Collègue'], ['email', `mine-${RUN}@example.test`], ['lang', 'fr'], ['org', 1], ['roles[]', orgRole]],
  });
  assert.equal(mine.status, 303, mine.text.slice(0, 300));
  assert.equal(Number(sql(`SELECT org_id FROM users WHERE email = 'mine-${RUN}@example.test'`)[0][0]), provider);
});

// ---- actions ---------------------------------------------------------------------

test('deactivating an account ends its sessions at once; it can be reactivated', async () => {
  const email = `mine-${RUN}@example.test`;
  activate(email);
  const id = userId(email);
  const jar = await login(email);
  assert.equal((await request('/account', { jar })).status, 200);
  const res = await act(admin, id, 'deactivate');
  assert.equal(res.status, 303);
  assert.equal(location(res).params.done, 'deactivated');
  const after = await request('/account', { jar });
  assert.equal(after.status, 303);
  assert.equal(location(after).path, '/login');
  assert.equal(Number(sql(`SELECT COUNT(*) FROM session WHERE user_id = ${id}`)[0][0]), 0);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM audit WHERE action = 'user.deactivated' AND subject_id = ${id}`)[0][0]), 1);
  const again = await request('/user', { jar: admin, form: { csrf: getCsrf((await request(`/user?id=${id}`, { jar: admin })).text), action: 'deactivate', id } });
  assert.equal(again.status, 409);
  assert.equal((await act(admin, id, 'reactivate')).status, 303);
  assert.equal(sql(`SELECT active FROM users WHERE id = ${id}`)[0][0], '1');
});

test('re-sending the activation works only before activation; unlock and MFA reset are audited', async () => {
  const email = `pending-${RUN}@example.test`;
  const res = await createUser(admin, [['name', 'Paul Attente'], ['email', email], ['lang', 'fr'], ['org', provider]]);
  assert.equal(res.status, 303);
  const id = userId(email);
  await waitMails(email, 1);
  assert.equal((await act(admin, id, 'resend')).status, 303);
  const [, second] = await waitMails(email, 2);
  assert.equal(second.subject, t('fr', 'mail.activation.subject'));
  activate(email);
  const refused = await act(admin, id, 'resend');
  assert.equal(refused.status, 409);
  assert.ok(refused.text.includes(th('fr', 'err.user.activated')));
  sql(`UPDATE users SET locked_until = UTC_TIMESTAMP() + INTERVAL 10 MINUTE, failed_count = 10, mfa_enabled = 1 WHERE id = ${id}`);
  const locked = await request(`/user?id=${id}`, { jar: admin });
  assert.ok(locked.text.includes('value="unlock"'));
  assert.equal((await act(admin, id, 'unlock')).status, 303);
  assert.equal(sql(`SELECT locked_until IS NULL FROM users WHERE id = ${id}`)[0][0], '1');
  assert.equal((await act(admin, id, 'mfa_reset')).status, 303);
  assert.equal(sql(`SELECT mfa_enabled FROM users WHERE id = ${id}`)[0][0], '0');
  for (const a of ['user.invite_resent', 'user.unlocked', 'user.mfa_reset'])
    assert.equal(Number(sql(`SELECT COUNT(*) FROM audit WHERE action = '${a}' AND subject_id = ${id}`)[0][0]), 1, a);
});

test('an admin cannot deactivate themselves', async () => {
  const id = userId(ADMIN);
  const page = await request(`/user?id=${id}`, { jar: admin });
  assert.ok(!page.text.includes('value="deactivate"'));
  const res = await request('/user', { jar: adminEn, form: { csrf: getCsrf(page.text), action: 'deactivate', id } });
  await assertHtmlPage(res, { status: 422, lang: 'en' });
  assert.ok(res.text.includes(th('en', 'err.user.self_deactivate')));
  assert.equal(sql(`SELECT active FROM users WHERE id = ${id}`)[0][0], '1');
});

// ---- bad requests ------------------------------------------------------------------

test('bad ids, bad actions and a missing CSRF token are refused', async () => {
  for (const [id, status] of [['abc', 400], ['-1', 400], ['', 400], ['1.5', 400], ['99999999', 404]])
    assert.equal((await request(`/user?id=${id}`, { jar: admin })).status, status, `id=${id}`);
  const page = await request('/user', { jar: admin });
  const csrf = getCsrf(page.text);
  assert.equal((await request('/user', { jar: admin, form: { csrf, action: 'save', id: 'abc' } })).status, 400);
  assert.equal((await request('/user', { jar: admin, form: { csrf, action: 'drop', id: 1 } })).status, 400);
  assert.equal((await request('/user', { jar: admin, form: { csrf, action: 'unlock', id: 99999999 } })).status, 404);
  const id = userId(created);
  const noCsrf = await request('/user', { jar: admin, form: { action: 'deactivate', id } });
  assert.equal(noCsrf.status, 403);
  assert.equal(sql(`SELECT active FROM users WHERE id = ${id}`)[0][0], '1');
});

test('a user without users.manage gets 403', async () => {
  const email = `plain-${RUN}@example.test`;
  sql(`INSERT INTO users (org_id, email, name, lang) VALUES (${provider}, ${q(email)}, 'Simple Personne', 'fr')`);
  activate(email);
  const jar = await login(email);
  assert.equal((await request('/users', { jar })).status, 403);
  assert.equal((await request('/user', { jar })).status, 403);
});
