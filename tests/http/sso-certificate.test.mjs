// The group's secure space and certificate (issue 8, guide 004): the
// connection method, the secure space confirmed by its responsible person
// (password and code), the PKCS#12 upload with each of its refusals, the
// Verify details, the users and establishment steps, the summary and
// Finish, the key sealed at rest, the history kept on replacement, the
// authorised users edited afterwards, and the wall between groups.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { request, getCsrf, location } from '../lib/http.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { formFields, withFields } from '../lib/forms.mjs';
import { th } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';
import { pki, makeGroup, createSpace, upload, draftOf, finishWizard, installCertificate, fingerprintOf } from '../lib/sso.mjs';
import { freshCode } from '../lib/totp.mjs';

const IDENTIFIER = '94475624'; // the NIH-GROUP of group.p12 and its peers
let g; // this file's group
let other; // another group, for the wall between them

const count = (where) => Number(sql(`SELECT COUNT(*) FROM ${where}`)[0][0]);
const en = (jar) => {
  const j = jar.clone();
  j.set('lang', 'en');
  return j;
};

before(async () => {
  pki();
  g = await makeGroup('Saules');
  other = await makeGroup('Peupliers', { login: false });
});

// ---- connection method -------------------------------------------------------

test('the connection method changes from password to SSO and back, audited; SSO needs the manager\'s own NISS and closes the group\'s password sessions', async () => {
  const jar = g.manager.jar;
  let page = await request('/sso', { jar });
  await assertHtmlPage(page, { status: 200, lang: 'fr' });
  assert.ok(page.text.includes(th('fr', 'sso.method.is_password')));
  assert.ok(page.text.includes(th('fr', 'sso.space.none')));
  // Without a NISS of their own the manager could not come back.
  sql(`UPDATE users SET niss = NULL WHERE id = ${g.manager.id}`);
  let res = await request('/sso', { jar: en(jar), form: withFields(formFields(page.text, '/sso', 'method'), { method: 'sso' }) });
  await assertHtmlPage(res, { status: 422, lang: 'en' });
  assert.ok(res.text.includes(th('en', 'err.sso.method_needs_niss')));
  assert.equal(count(`secure_space WHERE org_id = ${g.org}`), 0);
  sql(`UPDATE users SET niss = '${g.manager.niss}' WHERE id = ${g.manager.id}`);
  // A password session of a member of the group, and one of another group.
  sql(`INSERT INTO session (token_hash, user_id, created_at, seen_at, ip, user_agent) VALUES ` +
    `(UNHEX(SHA2('member-${g.org}', 256)), ${g.member.id}, UTC_TIMESTAMP(), UTC_TIMESTAMP(), '127.0.0.1', 'essai'), ` +
    `(UNHEX(SHA2('other-${g.org}', 256)), ${other.member.id}, UTC_TIMESTAMP(), UTC_TIMESTAMP(), '127.0.0.1', 'essai')`);
  res = await request('/sso', { jar, form: withFields(formFields(page.text, '/sso', 'method'), { method: 'sso' }) });
  assert.equal(res.status, 303, res.text.slice(0, 300));
  assert.equal(location(res).raw, '/sso?done=method');
  assert.equal(sql(`SELECT login_method FROM secure_space WHERE org_id = ${g.org}`)[0][0], 'sso');
  assert.equal(count(`session WHERE user_id = ${g.member.id}`), 0, 'the member\'s password session is closed');
  assert.equal(count(`session WHERE user_id = ${other.member.id}`), 1, 'another group is left alone');
  assert.ok(count(`session WHERE user_id = ${g.manager.id}`) >= 1, 'the manager\'s own session stays');
  const [audit] = sql(`SELECT before_value, after_value FROM audit WHERE action = 'sso.method_changed' AND subject_id = ${g.org}`);
  assert.deepEqual(audit, ['{"method":"password"}', '{"method":"sso"}']);
  // The form read before the change is stale now.
  res = await request('/sso', { jar, form: withFields(formFields(page.text, '/sso', 'method'), { method: 'password' }) });
  await assertHtmlPage(res, { status: 409 });
  assert.ok(res.text.includes(th('fr', 'err.conflict')));
  page = await request('/sso?done=method', { jar });
  assert.ok(page.text.includes(th('fr', 'flash.sso.method')));
  assert.ok(page.text.includes(th('fr', 'sso.method.is_sso')));
  res = await request('/sso', { jar, form: withFields(formFields(page.text, '/sso', 'method'), { method: 'password' }) });
  assert.equal(res.status, 303);
  assert.equal(sql(`SELECT login_method FROM secure_space WHERE org_id = ${g.org}`)[0][0], 'password');
  for (const bad of [{ method: 'ldap' }, { method: '' }]) {
    page = await request('/sso', { jar });
    res = await request('/sso', { jar, form: withFields(formFields(page.text, '/sso', 'method'), bad) });
    assert.equal(res.status, 422, JSON.stringify(bad));
  }
});

// ---- the secure space ---------------------------------------------------------

test('no certificate before the secure space exists', async () => {
  const page = await request('/sso/certificate/new', { jar: g.manager.jar });
  await assertHtmlPage(page, { status: 200 });
  assert.ok(page.text.includes(th('fr', 'sso.certs.space_first')));
  assert.ok(!page.text.includes('type="file"'));
  const res = await upload(g.manager.jar, 'group.p12');
  assert.equal(res.status, 409);
  assert.equal(count(`cert WHERE org_id = ${g.org}`), 0);
});

test('the secure space is confirmed by its responsible person: every wrong answer is refused on its field and nothing is saved', async () => {
  const jar = g.manager.jar;
  const page = await request('/sso/space', { jar });
  await assertHtmlPage(page, { status: 200, lang: 'fr' });
  assert.ok(page.text.includes(`value="${g.manager.id}"`));
  assert.ok(page.text.includes(th('fr', 'sso_space.no_mfa')), 'the member has not set up two-step verification');
  const base = formFields(page.text, '/sso/space');
  const failed = () => Number(sql(`SELECT failed_count FROM users WHERE id = ${g.manager.id}`)[0][0]);
  const cases = [
    [{ owner: g.member.id, identifier: IDENTIFIER, password: g.member.password, code: '123456' }, 'owner', 'err.sso.owner_no_mfa'],
    [{ owner: other.manager.id, identifier: IDENTIFIER, password: other.manager.password, code: '123456' }, 'owner', 'err.choice.invalid'],
    [{ owner: g.manager.id, identifier: '9447', password: g.manager.password, code: '123456' }, 'identifier', 'err.sso.identifier'],
    [{ owner: g.manager.id, identifier: '9447562A', password: g.manager.password, code: '123456' }, 'identifier', 'err.sso.identifier'],
    [{ owner: g.manager.id, identifier: IDENTIFIER, password: '', code: '123456' }, 'password', 'err.required'],
    [{ owner: g.manager.id, identifier: IDENTIFIER, password: 'pas le bon mot de passe', code: '123456' }, 'password', 'err.sso.owner_password'],
  ];
  for (const [fields, field, key] of cases) {
    const res = await request('/sso/space', { jar: en(jar), form: withFields(base, fields) });
    await assertHtmlPage(res, { status: 422, lang: 'en' });
    assert.ok(res.text.includes(th('en', key)), `${field}: ${key}`);
    assert.match(res.text, new RegExp(`href="#field-${field}"`));
  }
  const before = failed();
  const wrongCode = await request('/sso/space', { jar, form: withFields(base, { owner: g.manager.id, identifier: IDENTIFIER, password: g.manager.password, code: '000000' }) });
  assert.equal(wrongCode.status, 422);
  assert.ok(wrongCode.text.includes(th('fr', 'err.code.invalid')));
  assert.equal(failed(), before + 1, 'a wrong code counts against the responsible person');
  assert.equal(count(`secure_space WHERE org_id = ${g.org} AND owner_id IS NOT NULL`), 0);
  assert.ok(count(`audit WHERE action = 'login.failure' AND subject_id = ${g.manager.id}`) >= 2);

  await createSpace(g, IDENTIFIER);
  const [row] = sql(`SELECT owner_id, owner_niss, identifier FROM secure_space WHERE org_id = ${g.org}`);
  assert.deepEqual(row, [String(g.manager.id), g.manager.niss, IDENTIFIER]);
  assert.equal(count(`audit WHERE action = 'secure_space.created' AND subject_id = ${g.org}`), 1);
  assert.equal(failed(), 0, 'the right answers clear the failures');
  const sso = await request('/sso?done=space', { jar });
  assert.ok(sso.text.includes(th('fr', 'flash.sso.space')));
  assert.ok(sso.text.includes(g.manager.name));
});

// ---- upload and Verify --------------------------------------------------------

test('Verify refuses each faulty file with its own message, in French and in English, and keeps nothing', async () => {
  const { password } = pki();
  const cases = [
    ['not-p12.p12', password, 'file', 'err.cert.not_p12'],
    ['group-truncated.p12', password, 'file', 'err.cert.truncated'],
    ['group-damaged.p12', password, 'file', 'err.cert.damaged'],
    ['group.p12', 'pas le bon mot de passe', 'password', 'err.cert.password'],
    ['group-damaged.p12', 'pas le bon mot de passe', 'password', 'err.cert.password'],
    ['group-expired.p12', password, 'file', 'err.cert.expired'],
    ['group-future.p12', password, 'file', 'err.cert.not_yet_valid'],
    ['group-mismatch.p12', password, 'file', 'err.cert.key_mismatch'],
    ['group-person.p12', password, 'file', 'err.cert.quality'],
    ['group-other.p12', password, 'file', 'err.cert.other_group'],
    ['too-large.p12', password, 'file', 'err.cert.too_large'],
    [null, password, 'file', 'err.cert.file_required'],
    ['group.p12', '', 'password', 'err.required'],
  ];
  let i = 0;
  for (const [file, pass, field, key] of cases) {
    const lang = i++ % 2 ? 'en' : 'fr';
    const jar = lang === 'en' ? en(g.manager.jar) : g.manager.jar;
    const res = await upload(jar, file, pass);
    await assertHtmlPage(res, { status: 422, lang, what: `${file} ${key}` });
    assert.ok(res.text.includes(th(lang, key)), `${file}: ${key} in ${lang}`);
    assert.match(res.text, new RegExp(`href="#field-${field}"`), `${file}: on the ${field} field`);
  }
  assert.equal(count(`cert WHERE org_id = ${g.org}`), 0, 'no draft was kept');
  // Far past the limit, the server refuses the request itself.
  const big = await upload(g.manager.jar, Buffer.alloc(300 * 1024, 0x30));
  assert.equal(big.status, 413);
});

let draft;

test('a valid file shows the certificate\'s details and its responsible person; its key is sealed, never shown', async () => {
  const res = await upload(g.manager.jar, 'group.p12');
  draft = draftOf(res);
  const page = await request(location(res).raw, { jar: g.manager.jar });
  await assertHtmlPage(page, { status: 200, lang: 'fr' });
  for (const text of ['Groupe', 'GROUP', 'NIH', IDENTIFIER, 'Groupement infirmier des Saules (fictif)', 'Autorite de test Passerelle (fictive)', fingerprintOf('group.pem')])
    assert.ok(page.text.includes(text), text);
  assert.ok(page.text.includes(th('fr', 'sso_upload.verified')));
  assert.ok(page.text.includes(g.manager.name), 'the responsible person is named');
  const notAfter = execFileSync('openssl', ['x509', '-in', resolve(pki().dir, 'group.pem'), '-noout', '-enddate'], { encoding: 'utf8' });
  const iso = new Date(notAfter.split('=')[1]).toISOString().slice(0, 19);
  assert.equal(sql(`SELECT DATE_FORMAT(not_after, '%Y-%m-%dT%T') FROM cert WHERE id = ${draft}`)[0][0], iso);
  assert.ok(page.text.includes(`<time datetime="${iso}Z">`), 'the validity is shown');
  // Nothing of the key in the page or its XML.
  const xml = await request(location(res).raw, { jar: g.manager.jar, headers: { accept: 'application/xml' } });
  assert.doesNotMatch(xml.text, /key_sealed|cert_der|PRIVATE KEY/);
  // The sealed key holds no part of the key in clear.
  const key = execFileSync('openssl', ['pkey', '-in', resolve(pki().dir, 'group.key'), '-outform', 'DER']);
  const sealed = Buffer.from(sql(`SELECT HEX(key_sealed) FROM cert WHERE id = ${draft}`)[0][0], 'hex');
  assert.ok(sealed.length > key.length - 64 && sealed.length < key.length + 64, `the blob is the key's size (${sealed.length} for ${key.length})`);
  for (let at = 40; at + 24 <= key.length; at += 24) assert.equal(sealed.indexOf(key.subarray(at, at + 24)), -1, `bytes ${at}… of the key`);
  assert.equal(count(`audit WHERE action = 'cert.verified' AND subject_id = ${draft}`), 1);
});

test('a file in the legacy encryption of older tools (RC2, 3DES) is accepted', async () => {
  const res = await upload(g.manager.jar, 'group-legacy.p12');
  const id = draftOf(res);
  // A new upload replaces the user's earlier draft: go on with this one.
  assert.equal(count(`cert WHERE id = ${draft}`), 0);
  draft = id;
});

test('the users step: the responsible person is ticked and locked, others are chosen, a stranger is refused', async () => {
  const jar = g.manager.jar;
  // The later steps send back to this one while it is not done.
  const early = await request(`/sso/certificate/establishment?draft=${draft}`, { jar });
  assert.equal(early.status, 303);
  assert.equal(location(early).path, '/sso/certificate/users');
  const page = await request(`/sso/certificate/users?draft=${draft}`, { jar });
  await assertHtmlPage(page, { status: 200 });
  assert.match(page.text, new RegExp(`name="users\\[\\]" value="${g.manager.id}" checked disabled`));
  assert.match(page.text, new RegExp(`name="users\\[\\]" value="${g.member.id}"(?! checked)`));
  assert.ok(page.text.includes(th('fr', 'sso.users.responsible')));
  const base = formFields(page.text, '/sso/certificate/users');
  assert.ok(!base.some(([k, v]) => k === 'users[]' && v === String(g.manager.id)), 'a disabled box is not sent');
  const stranger = await request('/sso/certificate/users', { jar: en(jar), form: withFields(base, { 'users[]': [g.member.id, other.member.id] }) });
  await assertHtmlPage(stranger, { status: 422, lang: 'en' });
  assert.ok(stranger.text.includes(th('en', 'err.choice.invalid')));
  assert.equal(count(`cert_user WHERE cert_id = ${draft} AND user_id = ${other.member.id}`), 0);
  for (const bad of ['abc', '-1']) assert.equal((await request('/sso/certificate/users', { jar, form: withFields(base, { 'users[]': bad }) })).status, 422);
  const ok = await request('/sso/certificate/users', { jar, form: withFields(base, { 'users[]': [g.member.id] }) });
  assert.equal(ok.status, 303);
  assert.equal(location(ok).path, '/sso/certificate/establishment');
  assert.deepEqual(sql(`SELECT user_id FROM cert_user WHERE cert_id = ${draft} ORDER BY user_id`).map((r) => Number(r[0])), [g.manager.id, g.member.id].sort((a, b) => a - b));
});

test('the establishment step: one at least, with the responsible person\'s NISS; a new one is added', async () => {
  const jar = g.manager.jar;
  const page = await request(`/sso/certificate/establishment?draft=${draft}`, { jar });
  await assertHtmlPage(page, { status: 200 });
  assert.ok(page.text.includes(th('fr', 'sso_establishment.none')), 'the group has none yet');
  const base = formFields(page.text, '/sso/certificate/establishment');
  const cases = [
    [{}, 'billing', 'err.sso.establishment_required'],
    [{ new_name: 'Facturation des Saules', new_tp: '123', new_niss: g.manager.niss }, 'new_tp', 'err.sso.tp_invalid'],
    [{ new_name: '', new_tp: '31234567', new_niss: g.manager.niss }, 'new_name', 'err.required'],
    [{ new_name: 'Facturation des Saules', new_tp: '31234567', new_niss: g.member.niss }, 'new_niss', 'err.sso.niss_not_owner'],
    [{ new_name: 'Facturation des Saules', new_tp: '31234567', new_niss: '85.07.30-033.29' }, 'new_niss', 'err.niss.invalid'],
    [{ new_name: 'Facturation des Saules', new_tp: '31234567', new_niss: '' }, 'new_niss', 'err.required'],
  ];
  for (const [fields, field, key] of cases) {
    const res = await request('/sso/certificate/establishment', { jar, form: withFields(base, fields) });
    await assertHtmlPage(res, { status: 422 });
    assert.ok(res.text.includes(th('fr', key)), `${field}: ${key}`);
    assert.match(res.text, new RegExp(`href="#field-${field}"`));
  }
  assert.equal(count(`cert_billing WHERE org_id = ${g.org}`), 0);
  const formatted = `${g.manager.niss.slice(0, 2)}.${g.manager.niss.slice(2, 4)}.${g.manager.niss.slice(4, 6)}-${g.manager.niss.slice(6, 9)}.${g.manager.niss.slice(9)}`;
  const ok = await request('/sso/certificate/establishment', { jar, form: withFields(base, { new_name: 'Facturation des Saules', new_tp: '31234567', new_niss: formatted }) });
  assert.equal(ok.status, 303, ok.text.slice(0, 300));
  assert.equal(location(ok).path, '/sso/certificate/summary');
  const [billing] = sql(`SELECT id, tp_number FROM cert_billing WHERE org_id = ${g.org}`);
  assert.equal(billing[1], '31234567');
  assert.equal(sql(`SELECT niss FROM cert_billing_link WHERE cert_id = ${draft}`)[0][0], g.manager.niss);
  assert.equal(count(`audit WHERE action = 'billing.created' AND subject_id = ${billing[0]}`), 1);
  // Back on the step: the establishment is ticked with its number.
  const again = await request(`/sso/certificate/establishment?draft=${draft}`, { jar });
  assert.match(again.text, new RegExp(`name="billing\\[\\]" value="${billing[0]}" checked`));
  assert.ok(again.text.includes(`value="${formatted}"`));
});

test('the summary, then Finish: the certificate is the space\'s, with its users and establishment, audited', async () => {
  const jar = g.manager.jar;
  const page = await request(`/sso/certificate/summary?draft=${draft}`, { jar });
  await assertHtmlPage(page, { status: 200 });
  assert.match(page.text, /<dd>2<\/dd>/, 'two users configured');
  assert.ok(page.text.includes('Facturation des Saules') && page.text.includes('31234567'));
  const res = await request('/sso/certificate/summary', { jar, form: formFields(page.text, '/sso/certificate/summary', 'finish') });
  assert.equal(res.status, 303);
  assert.equal(location(res).raw, '/sso?done=installed');
  assert.equal(sql(`SELECT state FROM cert WHERE id = ${draft}`)[0][0], 'active');
  const [audit] = sql(`SELECT after_value FROM audit WHERE action = 'cert.installed' AND subject_id = ${draft}`);
  assert.match(audit[0], new RegExp(`"fingerprint":"${fingerprintOf('group-legacy.pem')}"`));
  assert.match(audit[0], /"replaces":0/);
  const sso = await request('/sso?done=installed', { jar });
  await assertHtmlPage(sso, { status: 200 });
  assert.ok(sso.text.includes(th('fr', 'flash.sso.installed')));
  assert.ok(sso.text.includes(th('fr', 'sso.certs.active')));
  assert.ok(sso.text.includes(g.member.name) && sso.text.includes('Facturation des Saules'));
  // Finishing twice is not possible: the draft is gone.
  const again = await request('/sso/certificate/summary', { jar, form: formFields(page.text, '/sso/certificate/summary', 'finish') });
  assert.equal(again.status, 404);
  assert.ok(again.text.includes(th('fr', 'sso.draft_gone.title')));
});

test('a replacement keeps the history: the old certificate is marked replaced, the new one starts with its users', async () => {
  const jar = g.manager.jar;
  const old = draft;
  const res = await upload(jar, 'group-next.p12');
  const next = draftOf(res);
  const page = await request(location(res).raw, { jar });
  assert.ok(page.text.includes(th('fr', 'sso_upload.replaces').split('{')[0]));
  const users = await request(`/sso/certificate/users?draft=${next}`, { jar });
  assert.match(users.text, new RegExp(`value="${g.member.id}" checked`), 'the member is ticked as on the certificate replaced');
  // The same file as the active one is not a replacement.
  const same = await upload(jar, 'group-legacy.p12');
  assert.equal(same.status, 422);
  assert.ok(same.text.includes(th('fr', 'err.cert.already_installed')));
  const billing = Number(sql(`SELECT id FROM cert_billing WHERE org_id = ${g.org}`)[0][0]);
  await finishWizard(jar, next, { users: [g.member.id], establishment: { 'billing[]': billing, [`niss_${billing}`]: g.manager.niss } });
  const rows = sql(`SELECT id, state, replaced_by, key_sealed IS NOT NULL FROM cert WHERE org_id = ${g.org} ORDER BY id`);
  assert.deepEqual(rows, [[String(old), 'replaced', String(next), '1'], [String(next), 'active', 'NULL', '1']]);
  assert.equal(count(`audit WHERE action = 'cert.replaced' AND subject_id = ${old}`), 1);
  const sso = await request('/sso', { jar });
  assert.ok(sso.text.includes(th('fr', 'sso.certs.replaced')));
  assert.ok(sso.text.includes(fingerprintOf('group-next.pem')) && sso.text.includes(fingerprintOf('group-legacy.pem')));
  assert.equal(count(`cert WHERE org_id = ${g.org} AND state = 'active'`), 1);
});

test('the authorised users of the active certificate are edited afterwards; the responsible person stays; a stale form gets 409', async () => {
  const jar = g.manager.jar;
  const id = Number(sql(`SELECT id FROM cert WHERE org_id = ${g.org} AND state = 'active'`)[0][0]);
  const page = await request(`/sso/certificate/access?id=${id}`, { jar });
  await assertHtmlPage(page, { status: 200 });
  const base = formFields(page.text, '/sso/certificate/access');
  const res = await request('/sso/certificate/access', { jar, form: withFields(base, { 'users[]': [] }) });
  assert.equal(res.status, 303);
  assert.deepEqual(sql(`SELECT user_id FROM cert_user WHERE cert_id = ${id}`).map((r) => Number(r[0])), [g.manager.id], 'only the responsible person is left');
  const [audit] = sql(`SELECT before_value, after_value FROM audit WHERE action = 'cert.users_changed' AND subject_id = ${id}`);
  assert.match(audit[0], new RegExp(`${g.member.id}`));
  assert.equal(audit[1], `{"users":[${g.manager.id}]}`);
  const stale = await request('/sso/certificate/access', { jar: en(jar), form: withFields(base, { 'users[]': [g.member.id] }) });
  await assertHtmlPage(stale, { status: 409, lang: 'en' });
  assert.ok(stale.text.includes(th('en', 'err.conflict')));
  const fresh = formFields((await request(`/sso/certificate/access?id=${id}`, { jar })).text, '/sso/certificate/access');
  assert.equal((await request('/sso/certificate/access', { jar, form: withFields(fresh, { 'users[]': [g.member.id] }) })).status, 303);
  assert.equal(count(`cert_user WHERE cert_id = ${id}`), 2);
  // A replaced certificate's list is history, not edited.
  const old = Number(sql(`SELECT id FROM cert WHERE org_id = ${g.org} AND state = 'replaced'`)[0][0]);
  assert.equal((await request(`/sso/certificate/access?id=${old}`, { jar })).status, 404);
  for (const bad of ['abc', '0', '']) assert.equal((await request(`/sso/certificate/access?id=${bad}`, { jar })).status, 400, bad);
});

test('a set-up can be cancelled: the draft and its sealed key are gone', async () => {
  const jar = g.manager.jar;
  const id = draftOf(await upload(jar, 'group.p12'));
  const page = await request(`/sso/certificate/summary?draft=${id}`, { jar });
  assert.equal(page.status, 303, 'the summary waits for the earlier steps');
  const users = await request(`/sso/certificate/users?draft=${id}`, { jar });
  const csrf = getCsrf(users.text);
  const res = await request('/sso/certificate/summary', { jar, form: { csrf, draft: id, action: 'cancel' } });
  assert.equal(res.status, 303);
  assert.equal(location(res).raw, '/sso?done=cancelled');
  assert.equal(count(`cert WHERE id = ${id}`), 0);
  assert.equal(count(`audit WHERE action = 'cert.draft_cancelled' AND subject_id = ${id}`), 1);
});

test('the wall between groups: another group\'s drafts and certificates answer 404, our XML holds none of theirs', async () => {
  // Another group's secure space and certificate set-up, as its own
  // manager would have made them.
  sql(`INSERT INTO secure_space (org_id, owner_id, owner_niss, identifier, confirmed_at) VALUES (${other.org}, ${other.manager.id}, '${other.manager.niss}', '94475802', UTC_TIMESTAMP())`);
  sql(`INSERT INTO cert (org_id, state, name, quality, sector, id_type, id_value, subject, issuer, serial, not_before, not_after, fingerprint, cert_der, key_sealed, owner_id, created_at, created_by, draft_expires_at) ` +
    `VALUES (${other.org}, 'draft', 'Groupement infirmier des Peupliers (fictif)', 'group', 'GROUP', 'NIH', '94475802', 'CN=NIH-GROUP=94475802', 'CN=Autorite fictive', '1', ` +
    `UTC_TIMESTAMP(), UTC_TIMESTAMP() + INTERVAL 1 YEAR, SHA2('peupliers-${other.org}', 256), 'x', 'x', ${other.manager.id}, UTC_TIMESTAMP(), ${other.manager.id}, UTC_TIMESTAMP() + INTERVAL 1 HOUR)`);
  const otherDraft = Number(sql(`SELECT MAX(id) FROM cert WHERE org_id = ${other.org}`)[0][0]);
  sql(`INSERT INTO cert_user (cert_id, user_id, granted_at, granted_by) VALUES (${otherDraft}, ${other.member.id}, UTC_TIMESTAMP(), ${other.manager.id})`);
  const jar = g.manager.jar;
  for (const path of ['/sso/certificate/new', '/sso/certificate/users', '/sso/certificate/establishment', '/sso/certificate/summary']) {
    const res = await request(`${path}?draft=${otherDraft}`, { jar });
    assert.equal(res.status, 404, path);
  }
  const csrf = getCsrf((await request('/sso', { jar })).text);
  assert.equal((await request('/sso/certificate/summary', { jar, form: { csrf, draft: otherDraft, action: 'cancel' } })).status, 404);
  assert.equal((await request('/sso/certificate/users', { jar, form: { csrf, draft: otherDraft, 'users[]': g.member.id } })).status, 404);
  assert.equal(count(`cert WHERE id = ${otherDraft}`), 1);
  assert.equal(count(`cert_user WHERE cert_id = ${otherDraft}`), 1);
  // Their certificate, were it active, is not ours to edit.
  sql(`UPDATE cert SET state = 'active', draft_expires_at = NULL WHERE id = ${otherDraft}`);
  assert.equal((await request(`/sso/certificate/access?id=${otherDraft}`, { jar })).status, 404);
  const xml = await request('/sso', { jar, headers: { accept: 'application/xml' } });
  assert.equal(xml.status, 200);
  for (const secret of [other.manager.name, other.member.name, other.member.niss, '94475802', 'Peupliers'])
    assert.ok(!xml.text.includes(secret), secret);
  sql(`UPDATE cert SET state = 'replaced' WHERE id = ${otherDraft}`);
});

test('the demo group\'s members see the tiles of their permissions only', async () => {
  const page = await request('/', { jar: g.manager.jar });
  assert.ok(page.text.includes('href="/sso"') && page.text.includes('href="/sign"'));
  assert.ok(!page.text.includes('href="/audit"'));
});

test('a code used to confirm works once', async () => {
  const code = await freshCode(g.manager.email);
  const page = await request('/sso/space', { jar: g.manager.jar });
  const fields = withFields(formFields(page.text, '/sso/space'), { owner: g.manager.id, identifier: IDENTIFIER, password: g.manager.password, code });
  assert.equal((await request('/sso/space', { jar: g.manager.jar, form: fields })).status, 303);
  const fields2 = withFields(formFields((await request('/sso/space', { jar: g.manager.jar })).text, '/sso/space'), { owner: g.manager.id, identifier: IDENTIFIER, password: g.manager.password, code });
  const replay = await request('/sso/space', { jar: g.manager.jar, form: fields2 });
  assert.equal(replay.status, 422);
  assert.ok(replay.text.includes(th('fr', 'err.code.invalid')));
  assert.equal(count(`audit WHERE action = 'secure_space.owner_changed' AND subject_id = ${g.org}`), 1);
});
