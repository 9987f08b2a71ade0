// The national number (NISS) of an account (issue 8): an admin gives and
// changes it on the account's page, the user on /account/niss with their
// password; it is stored as its eleven digits, shown as YY.MM.DD-XXX.CC,
// unique, refused with a message on the field when its check digits are
// wrong, locked while the person is the responsible of a secure space or
// their organisation signs in with certificates, audited, and mailed to
// the account's owner.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { ADMIN } from '../lib/env.mjs';
import { request, getCsrf, location, login, session } from '../lib/http.mjs';
import { makeAccount } from '../lib/accounts.mjs';
import { waitMails, mailsTo } from '../lib/mail.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { formFields, withFields } from '../lib/forms.mjs';
import { t, th } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';

const RUN = randomBytes(3).toString('hex');
// Made-up numbers with valid check digits (1900s and 2000s).
const A = '85073003328'; // 85.07.30-033.28
const B = '01020345603'; // 01.02.03-456.03, born in 2001
const C = '72022911259'; // 72.02.29-112.59

let admin, adminEn, person, personJar, org;

/** Frees the numbers a run before this one left on its accounts. */
function release(...numbers) {
  sql(`UPDATE secure_space SET owner_id = NULL, owner_niss = NULL WHERE owner_id IN (SELECT id FROM users WHERE niss IN (${numbers.map((n) => `'${n}'`).join(',')}))`);
  sql(`UPDATE users SET niss = NULL WHERE niss IN (${numbers.map((n) => `'${n}'`).join(',')})`);
}

/** Saves the admin's edit form of account id with the fields changed. */
async function saveUser(jar, id, changes) {
  const page = await request(`/user?id=${id}`, { jar });
  assert.equal(page.status, 200);
  return request('/user', { jar, form: withFields(formFields(page.text, '/user', 'save'), changes) });
}

async function saveOwn(jar, niss, current) {
  const page = await request('/account/niss', { jar });
  return request('/account/niss', { jar, form: { csrf: getCsrf(page.text), niss, current } });
}

const nissOf = (id) => sql(`SELECT COALESCE(niss, '-') FROM users WHERE id = ${id}`)[0][0].replace(/^-$/, '');

before(async () => {
  release(A, B, C);
  admin = await session(ADMIN);
  adminEn = admin.clone();
  adminEn.set('lang', 'en');
  person = makeAccount('agency_staff', { name: `Eden Fictif ${RUN}` });
  // An organisation of its own, whose connection method the test changes.
  sql(`INSERT INTO org (kind, name) VALUES ('provider', 'Essai NISS ${RUN} (fictif)')`);
  org = Number(sql(`SELECT id FROM org WHERE name = 'Essai NISS ${RUN} (fictif)'`)[0][0]);
  sql(`UPDATE users SET org_id = ${org} WHERE id = ${person.id}`);
  personJar = await login(person.email, person.password);
});

test('an admin gives an account its national number: stored as digits, shown formatted, audited, mailed', async () => {
  const res = await saveUser(admin, person.id, { niss: '85.07.30-033.28' });
  assert.equal(res.status, 303, res.text.slice(0, 400));
  assert.equal(nissOf(person.id), A);
  const page = await request(`/user?id=${person.id}`, { jar: admin });
  await assertHtmlPage(page, { status: 200, lang: 'fr' });
  assert.ok(page.text.includes('<dd>85.07.30-033.28</dd>'), 'shown formatted');
  assert.match(page.text, /name="niss" type="text" class="input input-medium" value="85\.07\.30-033\.28"/);
  const xml = await request(`/user?id=${person.id}`, { jar: admin, headers: { accept: 'application/xml' } });
  assert.ok(xml.text.includes(`<niss>${A}</niss>`), 'the XML holds the digits');
  const [audit] = sql(`SELECT before_value, after_value FROM audit WHERE action = 'user.updated' AND subject_id = ${person.id} ORDER BY id DESC LIMIT 1`);
  assert.match(audit[0], /"niss":""/);
  assert.match(audit[1], new RegExp(`"niss":"${A}"`));
  const [mail] = await waitMails(person.email, 1);
  assert.equal(mail.subject, t('fr', 'mail.sso_niss.subject'));
  assert.ok(mail.text.includes(t('fr', 'mail.sso_niss.set_admin')));
  assert.ok(!mail.text.includes(A) && !mail.text.includes('85.07.30'), 'the number itself is not mailed');
});

test('a number with wrong check digits, letters or the wrong length is refused on the field, in both languages, and nothing changes', async () => {
  const mails = mailsTo(person.email).length;
  for (const [value, jar, lang] of [['85.07.30-033.29', admin, 'fr'], ['8507300332', adminEn, 'en'], ['85O73003328', admin, 'fr'], ['01.02.03-456.04', adminEn, 'en']]) {
    const res = await saveUser(jar, person.id, { niss: value });
    await assertHtmlPage(res, { status: 422, lang });
    assert.ok(res.text.includes(th(lang, 'err.niss.invalid')), value);
    assert.match(res.text, /href="#field-niss"/, 'the error summary links to the field');
    assert.ok(res.text.includes(`value="${value}"`), 'what was typed is shown again');
    assert.equal(nissOf(person.id), A, value);
  }
  assert.equal(mailsTo(person.email).length, mails);
});

test('a national number already on another account is refused, without saying whose', async () => {
  const other = makeAccount('agency_staff');
  const res = await saveUser(adminEn, other.id, { niss: A });
  await assertHtmlPage(res, { status: 422, lang: 'en' });
  assert.ok(res.text.includes(th('en', 'err.niss.taken')));
  assert.ok(!res.text.includes(person.email) && !res.text.includes(person.name));
  assert.equal(nissOf(other.id), '');
  // Born in 2001: its check is made on 2 followed by the nine digits.
  assert.equal((await saveUser(admin, other.id, { niss: '01020345603' })).status, 303);
  assert.equal(nissOf(other.id), B);
  // Taken away: the number is free for someone else.
  assert.equal((await saveUser(admin, other.id, { niss: '' })).status, 303);
  assert.equal(nissOf(other.id), '');
});

test('the user sees their number formatted on their account and changes it with their password', async () => {
  const account = await request('/account', { jar: personJar });
  await assertHtmlPage(account, { status: 200 });
  assert.ok(account.text.includes('85.07.30-033.28'));
  assert.ok(account.text.includes('href="/account/niss"'));
  const form = await request('/account/niss', { jar: personJar });
  await assertHtmlPage(form, { status: 200, lang: 'fr' });
  const before = Number(sql(`SELECT failed_count FROM users WHERE id = ${person.id}`)[0][0]);
  // A bad number is refused before the password is even checked.
  const bad = await saveOwn(personJar, '72.02.29-112.58', person.password);
  await assertHtmlPage(bad, { status: 422 });
  assert.ok(bad.text.includes(th('fr', 'err.niss.invalid')));
  assert.equal(Number(sql(`SELECT failed_count FROM users WHERE id = ${person.id}`)[0][0]), before);
  // A wrong password counts as a failed attempt.
  const wrong = await saveOwn(personJar, '72.02.29-112.59', 'pas le mot de passe');
  await assertHtmlPage(wrong, { status: 422 });
  assert.ok(wrong.text.includes(th('fr', 'err.password.current')));
  assert.equal(Number(sql(`SELECT failed_count FROM users WHERE id = ${person.id}`)[0][0]), before + 1);
  assert.equal(nissOf(person.id), A);
  const ok = await saveOwn(personJar, '72 02 29 112 59', person.password);
  assert.equal(ok.status, 303, ok.text.slice(0, 300));
  assert.equal(location(ok).raw, '/account?msg=niss');
  assert.equal(nissOf(person.id), C);
  const after = await request('/account?msg=niss', { jar: personJar });
  assert.ok(after.text.includes(th('fr', 'flash.sso.niss_saved')));
  assert.ok(after.text.includes('72.02.29-112.59'));
  const [audit] = sql(`SELECT before_value, after_value FROM audit WHERE action = 'account.niss_changed' AND subject_id = ${person.id}`);
  assert.deepEqual(audit, [`{"niss":"${A}"}`, `{"niss":"${C}"}`]);
  const mails = await waitMails(person.email, 2);
  assert.ok(mails[1].text.includes(t('fr', 'mail.sso_niss.set_self')));
});

test('the responsible person of a secure space keeps their number; in an organisation that signs in with certificates only an admin changes it', async () => {
  sql(`INSERT INTO secure_space (org_id, owner_id, owner_niss, identifier, confirmed_at) VALUES (${org}, ${person.id}, '${C}', '94475000', UTC_TIMESTAMP())`);
  {
    const page = await request('/account/niss', { jar: personJar });
    assert.ok(page.text.includes(th('fr', 'sso_niss.owner')));
    assert.ok(!page.text.includes('name="current"'), 'no form');
    const self = await saveOwn(personJar, '', person.password);
    assert.equal(self.status, 422);
    assert.ok(self.text.includes(th('fr', 'err.niss.owner')));
    const byAdmin = await saveUser(adminEn, person.id, { niss: '' });
    await assertHtmlPage(byAdmin, { status: 422, lang: 'en' });
    assert.ok(byAdmin.text.includes(th('en', 'err.niss.owner')));
    assert.equal(nissOf(person.id), C);
    // Signing in with certificates: the number is the admin's to change.
    sql(`UPDATE secure_space SET owner_id = NULL, owner_niss = NULL, login_method = 'sso' WHERE org_id = ${org}`);
    const sso = await request('/account/niss', { jar: personJar });
    assert.ok(sso.text.includes(th('fr', 'sso_niss.sso')));
    const refused = await saveOwn(personJar, A, person.password);
    assert.equal(refused.status, 422);
    assert.ok(refused.text.includes(th('fr', 'err.niss.sso_admin')));
    assert.equal(nissOf(person.id), C);
    assert.equal((await saveUser(admin, person.id, { niss: A })).status, 303);
    assert.equal(nissOf(person.id), A);
  }
});

test('the account page of another user never shows this number; the user\'s own XML does', async () => {
  const own = await request('/account', { jar: personJar, headers: { accept: 'application/xml' } });
  assert.ok(own.text.includes(`<niss>${nissOf(person.id)}</niss>`));
  const other = await request('/account', { jar: admin, headers: { accept: 'application/xml' } });
  assert.ok(!other.text.includes(nissOf(person.id)));
});
