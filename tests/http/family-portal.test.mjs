// Family portal access (issue 7, guide 003): the staff of a home-support
// provider manage their clients, the clients' contacts and who reaches a
// client's profile on the family portal; the people invited sign in and
// see only what their portal role shows. Every rule of the issue and each
// of its refusals, in both languages where words matter.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { ADMIN, XML_BASE } from '../lib/env.mjs';
import { CookieJar, request, getCsrf, location, login, session } from '../lib/http.mjs';
import { mailsTo, waitMails, tokenIn, mailFiles } from '../lib/mail.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { t, th } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';

const RUN = randomBytes(3).toString('hex');
const STAFF = 'soins@demo.passerelle.test'; // client_staff: holds workflow.family_portal.manage
const CLERK = 'accueil@demo.passerelle.test'; // client_clerk: clients, no portal access management
const PROVIDER = 'Soutien à domicile Sud-Ouest (démo)';
const GOOD = 'un potager de carottes violettes au printemps';
const q = (s) => `'${String(s).replace(/'/g, "''")}'`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const XML = { accept: 'application/xml' };

let staff, staffEn, clerk, admin, org, roles;

// ---- helpers ---------------------------------------------------------------

const one = (statement) => sql(statement)[0]?.[0];
const count = (statement) => Number(one(statement));

/** A client of the provider, made for one test: { id, name }. */
function newClient(given, fields = {}) {
  const family = `Essai${RUN}`;
  sql(
    `INSERT INTO client (org_id, given_name, family_name, lang, email) VALUES ` +
      `(${org}, ${q(given)}, ${q(family)}, ${q(fields.lang ?? 'fr')}, ${fields.email ? q(fields.email) : 'NULL'})`,
  );
  const id = Number(one(`SELECT id FROM client WHERE given_name = ${q(given)} AND family_name = ${q(family)}`));
  return { id, name: `${given} ${family}` };
}

/** A contact of client, made for one test: its id. */
function newContact(client, given, email, relationship = 'family') {
  sql(
    `INSERT INTO client_contact (client_id, relationship, given_name, family_name, email, lang) VALUES ` +
      `(${client}, '${relationship}', ${q(given)}, 'Contact${RUN}', ${email ? q(email) : 'NULL'}, 'fr')`,
  );
  return Number(one(`SELECT MAX(id) FROM client_contact WHERE client_id = ${client}`));
}

const accessPath = (client, contact) => `/client/access?client=${client}${contact ? `&contact=${contact}` : ''}`;

/** Posts one of the access screen's forms as staff; fields override. */
async function access(jar, client, contact, fields) {
  const page = await request(accessPath(client, contact), { jar });
  assert.equal(page.status, 200, page.text.slice(0, 300));
  const version = /name="version" value="(\d+)"/.exec(page.text)?.[1] ?? '1';
  const form = { csrf: getCsrf(page.text), client, ...(contact ? { contact } : {}), version, ...fields };
  return request('/client/access', { jar, form });
}

const grant = (jar, client, contact, email, role) =>
  access(jar, client, contact, { action: 'grant', ...(email !== undefined ? { email } : {}), role });

/** The live access row of a login to a client: { id, version, role } or undefined. */
function liveAccess(email, client) {
  const row = sql(
    `SELECT pa.id, pa.version, r.code FROM portal_access pa JOIN users u ON u.id = pa.user_id ` +
      `JOIN role r ON r.id = pa.role_id WHERE u.email = ${q(email)} AND pa.client_id = ${client} AND pa.active = 1`,
  )[0];
  return row && { id: Number(row[0]), version: row[1], role: row[2] };
}

/** Chooses a password through the invitation's link, as the invitee does. */
async function activate(token, jar = new CookieJar()) {
  const form = await request(`/activate?token=${token}`, { jar });
  assert.equal(form.status, 200, 'the invitation link opens the form');
  const res = await request('/activate', { jar, form: { csrf: getCsrf(form.text), token, password: GOOD, confirm: GOOD } });
  return { jar, res };
}

const audits = (action, type, id) =>
  count(`SELECT COUNT(*) FROM audit WHERE action = ${q(action)} AND subject_type = ${q(type)} AND subject_id = ${id}`);

before(async () => {
  org = Number(one(`SELECT id FROM org WHERE name = ${q(PROVIDER)}`));
  roles = Object.fromEntries(sql("SELECT code, id FROM role WHERE kind = 'portal'").map(([c, id]) => [c, id]));
  staff = await session(STAFF);
  staffEn = staff.clone();
  staffEn.set('lang', 'en');
  clerk = await session(CLERK);
  admin = await session(ADMIN);
});

// ---- clients and their records ------------------------------------------------

test('the clients list shows the organisation\'s clients only, searches, sorts both ways and refuses hand-made sorts', async () => {
  const mine = newClient(`Liste${RUN}`);
  sql(`INSERT INTO client (org_id, given_name, family_name) SELECT id, 'Ailleurs${RUN}', 'Autre' FROM org WHERE kind = 'agency' LIMIT 1`);
  const fr = await request(`/clients?q=${RUN}`, { jar: staff });
  await assertHtmlPage(fr, { status: 200, lang: 'fr' });
  assert.ok(fr.text.includes(`/client?id=${mine.id}`));
  assert.ok(!fr.text.includes(`Ailleurs${RUN}`), 'another organisation\'s client is not listed');
  const en = await request('/clients?q=exemplaire&sort=birth&dir=desc', { jar: staffEn });
  await assertHtmlPage(en, { status: 200, lang: 'en' });
  assert.match(en.text, /aria-sort="descending"/);
  const order = [...en.text.matchAll(/<a href="\/client\?id=\d+">([^<]+)<\/a>/g)].map((m) => m[1]);
  assert.deepEqual(order, ['Exemplaire, Yvette', 'Exemplaire, Léon'], 'the younger first');
  for (const bad of ['sort=password', 'dir=up', 'page=0'])
    assert.equal((await request(`/clients?${bad}`, { jar: staff })).status, 400, bad);
  const long = await request(`/clients?q=${'x'.repeat(201)}`, { jar: staffEn });
  assert.equal(long.status, 422);
  assert.ok(long.text.includes(th('en', 'err.too_long')));
});

test('a client of another organisation is 404 on every screen, in the page and in the XML, and cannot be acted on', async () => {
  const other = Number(one(`SELECT id FROM client WHERE given_name = 'Ailleurs${RUN}'`));
  for (const path of [`/client?id=${other}`, `/client/demographics?id=${other}`, `/client/contacts?id=${other}`,
    `/client/contact?client=${other}`, accessPath(other)]) {
    const res = await request(path, { jar: staff, headers: XML });
    assert.equal(res.status, 404, path);
    assert.ok(!res.text.includes(`Ailleurs${RUN}`), `${path}: nothing of the client in the XML`);
  }
  const page = await request('/clients', { jar: staff });
  const res = await request('/client/access', {
    jar: staff, form: { csrf: getCsrf(page.text), action: 'grant', client: other, version: 1, email: `x-${RUN}@exemple.test`, role: roles.portal_family },
  });
  assert.equal(res.status, 404);
  assert.equal(count(`SELECT COUNT(*) FROM portal_access WHERE client_id = ${other}`), 0);
});

test('staff without "Manage family portal access" see no portal buttons and the screens refuse them', async () => {
  const c = newClient(`Commis${RUN}`, { email: `commis-${RUN}@exemple.test` });
  const contact = newContact(c.id, `Proche${RUN}`, `proche-${RUN}@exemple.test`);
  for (const [jar, sees] of [[clerk, false], [staff, true]]) {
    const overview = await request(`/client?id=${c.id}`, { jar });
    assert.equal(overview.status, 200);
    assert.equal(overview.text.includes('href="/client/access?'), sees, 'the overview button');
    const contacts = await request(`/client/contacts?id=${c.id}`, { jar });
    assert.equal(contacts.text.includes(`href="/client/access?client=${c.id}&amp;contact=${contact}"`), sees, 'the contact\'s action');
  }
  assert.equal((await request(accessPath(c.id), { jar: clerk })).status, 403);
  const page = await request('/clients', { jar: clerk });
  const post = await request('/client/access', {
    jar: clerk, form: { csrf: getCsrf(page.text), action: 'grant', client: c.id, version: 1, role: roles.portal_patient },
  });
  assert.equal(post.status, 403);
  assert.equal(count(`SELECT COUNT(*) FROM portal_access WHERE client_id = ${c.id}`), 0);
});

test('demographics: a new client is added; bad input is refused on its field in both languages and changes nothing; a stale save is 409', async () => {
  const form = await request('/client/demographics', { jar: staff });
  await assertHtmlPage(form, { status: 200 });
  const fields = { csrf: getCsrf(form.text), action: 'create', given_name: 'Rosalie', family_name: `Nouvelle${RUN}`, lang: 'fr', province: 'NB' };
  const bad = await request('/client/demographics', {
    jar: staffEn, form: { ...fields, given_name: '', email: 'rosalie@', phone: '12', birth_date: '2999-01-01', postal_code: 'D1A 1A1', province: 'XX' },
  });
  await assertHtmlPage(bad, { status: 422, lang: 'en' });
  for (const [field, key] of [['given_name', 'err.required'], ['email', 'err.email.invalid'], ['phone', 'err.phone.invalid'],
    ['birth_date', 'err.date.birth'], ['postal_code', 'err.postal_code.invalid'], ['province', 'err.choice.invalid']]) {
    assert.ok(bad.text.includes(`href="#field-${field}"`), `the summary links to ${field}`);
    assert.ok(bad.text.includes(th('en', key)), key);
  }
  assert.equal(count(`SELECT COUNT(*) FROM client WHERE family_name = 'Nouvelle${RUN}'`), 0);
  const frBad = await request('/client/demographics', { jar: staff, form: { ...fields, birth_date: '1950-02-30' } });
  assert.equal(frBad.status, 422);
  assert.ok(frBad.text.includes(th('fr', 'err.date.invalid')));

  const made = await request('/client/demographics', {
    jar: staff, form: { ...fields, file_number: `F-${RUN}`, birth_date: '1944-05-06', phone: '(506) 555-0199', postal_code: 'e1a0a1', email: `Rosalie-${RUN}@Exemple.test` },
  });
  assert.equal(made.status, 303, made.text.slice(0, 300));
  const id = Number(location(made).params.id);
  assert.deepEqual(sql(`SELECT postal_code, email, org_id FROM client WHERE id = ${id}`)[0], ['E1A 0A1', `rosalie-${RUN}@exemple.test`, String(org)]);
  assert.equal(audits('client.created', 'client', id), 1);
  const twin = await request('/client/demographics', { jar: staff, form: { ...fields, family_name: 'Jumelle', file_number: `F-${RUN}` } });
  assert.equal(twin.status, 422);
  assert.ok(twin.text.includes(th('fr', 'err.client.file_taken')));

  const edit = await request(`/client/demographics?id=${id}`, { jar: staff });
  const version = /name="version" value="(\d+)"/.exec(edit.text)[1];
  const save = (given) => request('/client/demographics', {
    jar: staff, form: { csrf: getCsrf(edit.text), action: 'save', id, version, given_name: given, family_name: `Nouvelle${RUN}`, lang: 'en' },
  });
  assert.equal((await save('Rosalia')).status, 303);
  const stale = await save('Écrasée');
  await assertHtmlPage(stale, { status: 409 });
  assert.ok(stale.text.includes(th('fr', 'err.conflict')));
  assert.equal(one(`SELECT given_name FROM client WHERE id = ${id}`), 'Rosalia');
  const [a] = sql(`SELECT before_value, after_value FROM audit WHERE action = 'client.updated' AND subject_id = ${id}`);
  assert.equal(JSON.parse(a[0]).given_name, 'Rosalie');
  assert.equal(JSON.parse(a[1]).given_name, 'Rosalia');
});

test('contacts: one is added and edited; a bad relationship or telephone is refused; the list shows each contact', async () => {
  const c = newClient(`Contacts${RUN}`);
  const page = await request(`/client/contact?client=${c.id}`, { jar: staff });
  await assertHtmlPage(page, { status: 200 });
  const base = { csrf: getCsrf(page.text), client: c.id, action: 'create', given_name: 'Irène', family_name: `Voisine${RUN}`, lang: 'fr' };
  const bad = await request('/client/contact', { jar: staffEn, form: { ...base, relationship: 'cousin', phone: 'call me' } });
  assert.equal(bad.status, 422);
  for (const key of ['err.choice.invalid', 'err.phone.invalid']) assert.ok(bad.text.includes(th('en', key)), key);
  assert.equal(count(`SELECT COUNT(*) FROM client_contact WHERE client_id = ${c.id}`), 0);
  const made = await request('/client/contact', { jar: staff, form: { ...base, relationship: 'other', relation_detail: 'Voisine', phone: '506 555 0142' } });
  assert.equal(made.status, 303);
  assert.equal(location(made).raw, `/client/contacts?id=${c.id}&done=created`);
  const id = Number(one(`SELECT id FROM client_contact WHERE client_id = ${c.id}`));
  assert.equal(audits('contact.created', 'contact', id), 1);
  const list = await request(location(made).raw, { jar: staff });
  await assertHtmlPage(list, { status: 200 });
  assert.ok(list.text.includes(`Irène Voisine${RUN}`));
  assert.ok(list.text.includes(th('fr', 'flash.contact.created')));
  assert.ok(list.text.includes(th('fr', 'client_contacts.col.last_login')));
});

// ---- giving access -----------------------------------------------------------------

test('a client is given access: the address is pre-filled, only the organisation\'s portal roles are offered, and the invitation has a single-use link and no password', async () => {
  const email = `client-${RUN}@exemple.test`;
  const c = newClient(`Invitee${RUN}`, { email, lang: 'en' });
  sql(`INSERT INTO role (code, name_fr, name_en, kind, org_id) SELECT 'p_other_${RUN}', 'Ailleurs ${RUN}', 'Elsewhere ${RUN}', 'portal', id FROM org WHERE kind = 'agency' LIMIT 1`);
  const page = await request(accessPath(c.id), { jar: staff });
  await assertHtmlPage(page, { status: 200, lang: 'fr' });
  assert.match(page.text, new RegExp(`name="email" type="email"[^>]*value="${email}"`), 'the client\'s address, editable');
  for (const code of ['portal_patient', 'portal_family', 'portal_physician'])
    assert.ok(page.text.includes(`<option value="${roles[code]}">`), code);
  assert.ok(!page.text.includes(`Ailleurs ${RUN}`), 'another organisation\'s portal role is not offered');
  const otherRole = one(`SELECT id FROM role WHERE code = 'p_other_${RUN}'`);
  const refused = await grant(staff, c.id, 0, email, otherRole);
  assert.equal(refused.status, 422);
  assert.ok(refused.text.includes(th('fr', 'err.choice.invalid')));
  const staffRole = one("SELECT id FROM role WHERE code = 'admin'");
  assert.equal((await grant(staff, c.id, 0, email, staffRole)).status, 422, 'an account role is no portal role');
  assert.equal(count(`SELECT COUNT(*) FROM users WHERE email = ${q(email)}`), 0);

  const res = await grant(staff, c.id, 0, email, roles.portal_patient);
  assert.equal(res.status, 303, res.text.slice(0, 300));
  assert.equal(location(res).raw, `/client/access?client=${c.id}&done=granted`);
  const [uid, hash, lang, orgOf] = sql(`SELECT id, password_hash IS NULL, lang, org_id FROM users WHERE email = ${q(email)}`)[0];
  assert.deepEqual([hash, lang, orgOf], ['1', 'en', String(org)], 'a login with no password yet, in the client\'s language');
  assert.equal(one(`SELECT kind FROM portal_login WHERE user_id = ${uid}`), 'client');
  assert.equal(one(`SELECT r.code FROM user_role ur JOIN role r ON r.id = ur.role_id WHERE ur.user_id = ${uid}`), 'portal_account');
  assert.equal(liveAccess(email, c.id).role, 'portal_patient');
  const [mail] = await waitMails(email, 1);
  assert.equal(mail.subject, t('en', 'mail.portal_invite.subject'));
  tokenIn(mail, '/activate');
  assert.ok(mail.text.includes(PROVIDER));
  assert.doesNotMatch(mail.text, /(password|mot de passe)[ \t]*:[ \t]*\S/i, 'no password in the mail');
  assert.equal(audits('portal.login_created', 'user', uid), 1);
  assert.equal(audits('portal.access_granted', 'portal_access', liveAccess(email, c.id).id), 1);
  const shown = await request(location(res).raw, { jar: staffEn });
  await assertHtmlPage(shown, { status: 200, lang: 'en' });
  assert.ok(shown.text.includes(th('en', 'flash.portal.granted')));
  assert.ok(shown.text.includes(th('en', 'client_access.resend')), 'the invitation can be sent again');
  const again = await grant(staff, c.id, 0, email, roles.portal_family);
  assert.equal(again.status, 409, 'a second access to the same profile');
  assert.ok(again.text.includes(th('fr', 'err.portal.access_exists')));
  assert.equal(count(`SELECT COUNT(*) FROM portal_access WHERE user_id = ${uid}`), 1);
});

test('an address another account uses is refused without saying whose, and nothing is created or mailed', async () => {
  const c = newClient(`Taken${RUN}`, { email: `taken-client-${RUN}@exemple.test` });
  assert.equal((await grant(staff, c.id, 0, `taken-client-${RUN}@exemple.test`, roles.portal_patient)).status, 303);
  const daughter = newContact(c.id, `Fille${RUN}`, `taken-client-${RUN}@exemple.test`);
  const users = count('SELECT COUNT(*) FROM users');
  const mails = mailFiles().length;
  for (const [email, jar, lang] of [[`taken-client-${RUN}@exemple.test`, staff, 'fr'], [ADMIN.toUpperCase(), staffEn, 'en']]) {
    const res = await grant(jar, c.id, daughter, email, roles.portal_family);
    await assertHtmlPage(res, { status: 422, lang });
    assert.ok(res.text.includes(th(lang, 'err.portal.email_taken')), email);
    assert.ok(!res.text.includes('Camille') && !res.text.includes(`Invitee${RUN}`), 'the owner is not named');
  }
  assert.equal(count('SELECT COUNT(*) FROM users'), users);
  assert.equal(count(`SELECT COUNT(*) FROM portal_access WHERE contact_id = ${daughter}`), 0);
  await sleep(300);
  assert.equal(mailFiles().length, mails, 'no mail');
  // A spouse, also a client, recorded with the household's address: a
  // client's login is never taken for another client.
  const spouse = newClient(`Conjoint${RUN}`, { email: `taken-client-${RUN}@exemple.test` });
  const page = await request(accessPath(spouse.id), { jar: staff });
  assert.match(page.text, new RegExp(`name="email" type="email"[^>]*value="taken-client-${RUN}@exemple.test"`), 'not locked');
  const shared = await grant(staff, spouse.id, 0, `taken-client-${RUN}@exemple.test`, roles.portal_patient);
  assert.equal(shared.status, 422);
  assert.ok(shared.text.includes(th('fr', 'err.portal.email_taken')));
  assert.equal(count(`SELECT COUNT(*) FROM portal_access WHERE client_id = ${spouse.id}`), 0);
  const empty = await grant(staff, c.id, daughter, '', roles.portal_family);
  assert.equal(empty.status, 422);
  assert.ok(empty.text.includes(th('fr', 'err.required')));
});

test('a person who already has a login reaches another profile with the same one: the address is locked, and they are told', async () => {
  const email = `deux-${RUN}@exemple.test`;
  const mother = newClient(`Mere${RUN}`);
  const father = newClient(`Pere${RUN}`);
  const a = newContact(mother.id, `Fille${RUN}`, email);
  const b = newContact(father.id, `Fille${RUN}`, email);
  assert.equal((await grant(staff, mother.id, a, email, roles.portal_family)).status, 303);
  const uid = one(`SELECT id FROM users WHERE email = ${q(email)}`);
  sql(`UPDATE users SET activated_at = UTC_TIMESTAMP(), last_login_at = UTC_TIMESTAMP() WHERE id = ${uid}`);
  const page = await request(accessPath(father.id, b), { jar: staff });
  assert.equal(page.status, 200);
  assert.ok(!/name="email"/.test(page.text), 'no address to type');
  assert.ok(page.text.includes(`<strong>${email}</strong>`), 'the login\'s address is shown');
  assert.ok(page.text.includes(th('fr', 'client_access.locked_help')));
  assert.ok(page.text.includes(th('fr', 'client_access.locked_name').replace('{name}', `Fille${RUN} Contact${RUN}`)), 'whose login it is');
  assert.ok(page.text.includes(`Mere${RUN}`), 'the profile it already reaches is listed');
  const res = await grant(staff, father.id, b, 'someone-else@exemple.test', roles.portal_family);
  assert.equal(res.status, 303, 'a typed address is ignored');
  assert.equal(count(`SELECT COUNT(*) FROM portal_access WHERE user_id = ${uid} AND active = 1`), 2);
  assert.equal(count("SELECT COUNT(*) FROM users WHERE email = 'someone-else@exemple.test'"), 0);
  const [invite, notice] = await waitMails(email, 2);
  tokenIn(invite, '/activate');
  assert.equal(notice.subject, t('fr', 'mail.portal_added.subject'));
  assert.doesNotMatch(notice.text, /token=/, 'an active login gets no new link');
  const shown = await request(accessPath(father.id, b), { jar: staff });
  for (const name of [`Mere${RUN}`, `Pere${RUN}`]) assert.ok(shown.text.includes(name), `${name} is listed`);
});

test('the invitation is sent again with a fresh link that replaces the old; once the person has signed in it is refused', async () => {
  const email = `renvoi-${RUN}@exemple.test`;
  const c = newClient(`Renvoi${RUN}`, { email });
  assert.equal((await grant(staff, c.id, 0, email, roles.portal_patient)).status, 303);
  const [first] = await waitMails(email, 1);
  const res = await access(staff, c.id, 0, { action: 'resend', from: 'overview' });
  assert.equal(res.status, 303);
  assert.equal(location(res).raw, `/client?id=${c.id}&done=resent`);
  const [, second] = await waitMails(email, 2);
  const old = tokenIn(first, '/activate');
  const fresh = tokenIn(second, '/activate');
  assert.notEqual(old, fresh);
  const gone = await request(`/activate?token=${old}`);
  assert.equal(gone.status, 404);
  assert.ok(gone.text.includes(th('fr', 'activate.used')), 'the old link is told replaced');
  const uid = one(`SELECT id FROM users WHERE email = ${q(email)}`);
  assert.equal(audits('portal.invite_resent', 'user', uid), 1);
  sql(`UPDATE users SET last_login_at = UTC_TIMESTAMP() WHERE id = ${uid}`);
  const page = await request(accessPath(c.id), { jar: staffEn });
  assert.ok(!page.text.includes(th('en', 'client_access.resend')), 'no resend button after a sign-in');
  const refused = await request('/client/access', { jar: staffEn, form: { csrf: getCsrf(page.text), action: 'resend', client: c.id } });
  await assertHtmlPage(refused, { status: 409, lang: 'en' });
  assert.ok(refused.text.includes(th('en', 'err.portal.signed_in')));
  await sleep(300);
  assert.equal(mailsTo(email).length, 2, 'no third mail');
});

// ---- the family portal ---------------------------------------------------------

test('the invited daughter activates her login and sees only what "family" shows; another profile by id is 404', async () => {
  const email = `famille-${RUN}@exemple.test`;
  const c = Number(one("SELECT id FROM client WHERE file_number = 'SD-1001'"));
  const other = Number(one("SELECT id FROM client WHERE file_number = 'SD-1003'"));
  const contact = newContact(c, `Famille${RUN}`, email);
  assert.equal((await grant(staff, c, contact, email, roles.portal_family)).status, 303);
  const [mail] = await waitMails(email, 1);
  const { jar, res } = await activate(tokenIn(mail, '/activate'));
  assert.equal(res.status, 303, 'family needs no second factor: straight in');
  assert.equal(location(res).path, '/');
  const home = await request('/', { jar });
  assert.ok(home.text.includes('href="/portal"'), 'the family portal tile');
  const portal = await request('/portal', { jar });
  assert.equal(portal.status, 303, 'a single profile opens straight away');
  assert.equal(location(portal).raw, `/portal/profile?client=${c}`);
  const page = await request(location(portal).raw, { jar });
  await assertHtmlPage(page, { status: 200, lang: 'fr' });
  assert.ok(page.text.includes(th('fr', 'portal_profile.part.appointments')));
  const xml = await request(`/portal/profile?client=${c}`, { jar, headers: XML });
  assert.equal(xml.status, 200);
  for (const part of ['appointments', 'care_team']) assert.match(xml.text, new RegExp(`<${part}>`), part);
  for (const part of ['care_plan', 'documents', 'notes']) assert.doesNotMatch(xml.text, new RegExp(`<${part}[ >]`), part);
  assert.ok(xml.text.includes('Camille Témoin'), 'the care team is there');
  assert.ok(!xml.text.includes('Pansement') && !xml.text.includes('barres d&apos;appui') && !xml.text.includes('plan-de-soins.txt'),
    'nothing of the notes, care plan or documents');
  for (const path of [`/portal/profile?client=${other}`, `/portal/profile?client=999999999`, `/portal/document?client=${c}&id=1`]) {
    const r = await request(path, { jar, headers: XML });
    assert.equal(r.status, 404, path);
    assert.ok(!r.text.includes('Échantillon') && !r.text.includes('Nursing'), `${path}: no data`);
  }
  assert.equal((await request('/clients', { jar })).status, 403, 'a portal login is no staff');
  assert.ok(one(`SELECT last_login_at FROM users WHERE email = ${q(email)}`) !== 'NULL', 'the sign-in is recorded');
  const list = await request(`/client/contacts?id=${c}`, { jar: staff });
  const row = new RegExp(`Famille${RUN} Contact${RUN}[\\s\\S]*?</tr>`).exec(list.text)[0];
  assert.ok(row.includes(one(`SELECT name_fr FROM role WHERE code = 'portal_family'`)), 'the contacts list shows the role');
  assert.match(row, /<time datetime="\d{4}-\d\d-\d\dT/, 'and the last portal login');
});

test('a login reaching several profiles picks one; a change of role or a removal holds from the next request', async () => {
  const email = `plusieurs-${RUN}@exemple.test`;
  const a = newClient(`Un${RUN}`);
  const b = newClient(`Deux${RUN}`);
  const ca = newContact(a.id, `Proche${RUN}`, email);
  const cb = newContact(b.id, `Proche${RUN}`, email);
  assert.equal((await grant(staff, a.id, ca, email, roles.portal_family)).status, 303);
  const { jar } = await activate(tokenIn((await waitMails(email, 1))[0], '/activate'));
  assert.equal((await grant(staff, b.id, cb, undefined, roles.portal_family)).status, 303);
  const chooser = await request('/portal', { jar });
  await assertHtmlPage(chooser, { status: 200 });
  for (const c of [a, b]) assert.ok(chooser.text.includes(`/portal/profile?client=${c.id}`), c.name);

  sql(`INSERT INTO portal_note (client_id, written_at, author_name, body) VALUES (${b.id}, UTC_TIMESTAMP(), 'Inf. Essai', 'Note ${RUN}')`);
  const before = await request(`/portal/profile?client=${b.id}`, { jar, headers: XML });
  assert.doesNotMatch(before.text, /<notes>/);
  const acc = liveAccess(email, b.id);
  const role = (version, r) => access(staff, b.id, cb, { action: 'role', access: acc.id, access_version: version, role: r });
  const custom = Number(one("SELECT id FROM role WHERE code = 'portal_patient'"));
  sql(`INSERT IGNORE INTO role_permission (role_id, permission) VALUES (${custom}, 'portal.notes')`);
  const changed = await role(acc.version, roles.portal_patient);
  assert.equal(changed.status, 303, changed.text.slice(0, 300));
  const after = await request(`/portal/profile?client=${b.id}`, { jar, headers: XML });
  assert.match(after.text, /<notes>/, 'the new role shows at the very next request');
  assert.ok(after.text.includes(`Note ${RUN}`));
  sql(`DELETE FROM role_permission WHERE role_id = ${custom} AND permission = 'portal.notes'`);
  const [audit] = sql(`SELECT before_value, after_value FROM audit WHERE action = 'portal.role_changed' AND subject_id = ${acc.id}`);
  assert.equal(JSON.parse(audit[0]).role, 'portal_family');
  assert.equal(JSON.parse(audit[1]).role, 'portal_patient');
  const stale = await role(acc.version, roles.portal_physician);
  assert.equal(stale.status, 409);
  assert.ok(stale.text.includes(th('fr', 'err.conflict')));

  const confirm = await request(`${accessPath(b.id, cb)}&remove=${acc.id}`, { jar: staff });
  assert.equal(confirm.status, 200);
  assert.ok(confirm.text.includes(th('fr', 'client_access.remove_title')));
  const fresh = liveAccess(email, b.id);
  const unconfirmed = await access(staff, b.id, cb, { action: 'remove', access: acc.id, access_version: fresh.version });
  assert.equal(unconfirmed.status, 422, 'a removal needs its confirmation');
  assert.ok(liveAccess(email, b.id));
  const removed = await access(staff, b.id, cb, { action: 'remove', access: acc.id, access_version: fresh.version, confirm: '1' });
  assert.equal(removed.status, 303);
  assert.equal((await request(`/portal/profile?client=${b.id}`, { jar })).status, 404, 'gone at the next request');
  assert.equal((await request('/portal', { jar })).status, 303, 'one profile left: straight to it');
  assert.equal(audits('portal.access_removed', 'portal_access', acc.id), 1);
  const late = await access(staff, b.id, cb, { action: 'role', access: acc.id, access_version: Number(fresh.version) + 1, role: roles.portal_family });
  await assertHtmlPage(late, { status: 409 });
  assert.ok(late.text.includes(th('fr', 'err.portal.access_removed')), 'a removed access cannot be changed');
  assert.equal(one(`SELECT r.code FROM portal_access pa JOIN role r ON r.id = pa.role_id WHERE pa.id = ${acc.id}`), 'portal_patient');
});

test('deactivating a contact who reaches the profile asks first, says the access goes, then removes it; reactivating does not restore it', async () => {
  const email = `desactive-${RUN}@exemple.test`;
  const c = newClient(`Desactive${RUN}`);
  const contact = newContact(c.id, `Proche${RUN}`, email);
  assert.equal((await grant(staff, c.id, contact, email, roles.portal_family)).status, 303);
  const post = async (jar, fields) => {
    const page = await request(`/client/contact?client=${c.id}&id=${contact}`, { jar });
    const version = /name="version" value="(\d+)"/.exec(page.text)[1];
    return request('/client/contact', { jar, form: { csrf: getCsrf(page.text), client: c.id, id: contact, version, ...fields } });
  };
  const ask = await post(staffEn, { action: 'deactivate' });
  await assertHtmlPage(ask, { status: 200, lang: 'en' });
  assert.ok(ask.text.includes(th('en', 'client_contact.confirm_text').replace('{name}', `Proche${RUN} Contact${RUN}`)), 'the confirmation says the access goes');
  assert.equal(one(`SELECT active FROM client_contact WHERE id = ${contact}`), '1', 'nothing changed yet');
  assert.ok(liveAccess(email, c.id));
  const done = await post(staff, { action: 'deactivate', confirm: '1' });
  assert.equal(done.status, 303);
  assert.equal(location(done).params.done, 'deactivated_access');
  assert.equal(one(`SELECT active FROM client_contact WHERE id = ${contact}`), '0');
  assert.equal(liveAccess(email, c.id), undefined, 'the access is removed');
  assert.equal(count(`SELECT COUNT(*) FROM audit WHERE action = 'portal.access_removed' AND detail = 'contact_deactivated' AND subject_type = 'portal_access' AND after_value LIKE '%"contact_id": ${contact}%'`), 1);
  assert.equal(audits('contact.deactivated', 'contact', contact), 1);
  const grantNow = await request(accessPath(c.id, contact), { jar: staff });
  assert.ok(grantNow.text.includes(th('fr', 'client_access.inactive')), 'an inactive contact cannot be given access');
  const back = await post(staff, { action: 'reactivate' });
  assert.equal(back.status, 303);
  assert.equal(liveAccess(email, c.id), undefined, 'not restored');
});

test('the login e-mail changes through the demographics: the login follows, the old address is told, a taken one is refused', async () => {
  const email = `avant-${RUN}@exemple.test`;
  const c = newClient(`Courriel${RUN}`, { email });
  assert.equal((await grant(staff, c.id, 0, email, roles.portal_patient)).status, 303);
  const [invite] = await waitMails(email, 1);
  const uid = one(`SELECT id FROM users WHERE email = ${q(email)}`);
  const save = async (jar, address) => {
    const page = await request(`/client/demographics?id=${c.id}`, { jar });
    const lang = jar === staffEn ? 'en' : 'fr';
    assert.ok(page.text.includes(th(lang, 'client_demographics.email_login_help')), 'the form says the address is the login');
    const version = /name="version" value="(\d+)"/.exec(page.text)[1];
    return request('/client/demographics', {
      jar, form: { csrf: getCsrf(page.text), action: 'save', id: c.id, version, given_name: `Courriel${RUN}`, family_name: `Essai${RUN}`, lang: 'fr', email: address },
    });
  };
  // Never activated: the invitation goes to the new address, the old link dies.
  const moved = `apres-${RUN}@exemple.test`;
  assert.equal((await save(staff, moved)).status, 303);
  assert.equal(one(`SELECT email FROM users WHERE id = ${uid}`), moved);
  const [reinvite] = await waitMails(moved, 1);
  tokenIn(reinvite, '/activate');
  assert.equal((await request(`/activate?token=${tokenIn(invite, '/activate')}`)).status, 404, 'the link sent to the old address is dead');
  // Active: the old address is told, without the new one.
  sql(`UPDATE users SET activated_at = UTC_TIMESTAMP() WHERE id = ${uid}`);
  const last = `enfin-${RUN}@exemple.test`;
  assert.equal((await save(staff, last)).status, 303);
  const [, notice] = await waitMails(moved, 2);
  assert.equal(notice.subject, t('fr', 'mail.portal_email.subject'));
  assert.ok(!notice.text.includes(last), 'the new address is not told to the old one');
  assert.equal(audits('portal.login_email_changed', 'user', uid), 2);
  for (const [address, key] of [[STAFF, 'err.portal.email_taken'], ['', 'err.portal.login_email']]) {
    const res = await save(staffEn, address);
    await assertHtmlPage(res, { status: 422, lang: 'en' });
    assert.ok(res.text.includes(th('en', key)), key);
  }
  assert.deepEqual(sql(`SELECT u.email, c.email FROM users u, client c WHERE u.id = ${uid} AND c.id = ${c.id}`)[0], [last, last], 'nothing changed');
});

test('a portal role that requires two-step verification is honoured at sign-in and on the next request after a change', async () => {
  const email = `medecin-${RUN}@exemple.test`;
  const c = newClient(`Mfa${RUN}`);
  const contact = newContact(c.id, `Docteure${RUN}`, email, 'physician');
  assert.equal((await grant(staff, c.id, contact, email, roles.portal_family)).status, 303);
  const { jar, res } = await activate(tokenIn((await waitMails(email, 1))[0], '/activate'));
  assert.equal(location(res).path, '/', 'family: no second factor');
  const acc = liveAccess(email, c.id);
  assert.equal((await access(staff, c.id, contact, { action: 'role', access: acc.id, access_version: acc.version, role: roles.portal_physician })).status, 303);
  const page = await request(`/portal/profile?client=${c.id}`, { jar, headers: XML });
  assert.equal(page.status, 200);
  assert.match(page.text, /<mfa_needed next="\/portal\/profile\?client=\d+"\/>/);
  assert.doesNotMatch(page.text, /<care_plan|<notes/, 'nothing shows before the second factor');
  const again = await login(email, GOOD, { mfa: false });
  assert.equal(location(again.loginResponse).path, '/mfa/enrol', 'the next sign-in asks for enrolment');
});

test('expired and used invitation links get a clear page and change nothing', async () => {
  const email = `lien-${RUN}@exemple.test`;
  const c = newClient(`Lien${RUN}`, { email });
  assert.equal((await grant(staff, c.id, 0, email, roles.portal_patient)).status, 303);
  const token = tokenIn((await waitMails(email, 1))[0], '/activate');
  sql(`UPDATE user_token t JOIN users u ON u.id = t.user_id SET t.expires_at = UTC_TIMESTAMP() - INTERVAL 1 MINUTE WHERE u.email = ${q(email)}`);
  const expired = await request(`/activate?token=${token}`);
  assert.equal(expired.status, 404);
  assert.ok(expired.text.includes(th('fr', 'activate.expired')));
  const jar = new CookieJar();
  const form = await request('/login', { jar });
  const tried = await request('/activate', { jar, form: { csrf: getCsrf(form.text), token, password: GOOD, confirm: GOOD } });
  assert.equal(tried.status, 404);
  assert.equal(one(`SELECT password_hash IS NULL FROM users WHERE email = ${q(email)}`), '1', 'no password set');
  const res = await access(staff, c.id, 0, { action: 'resend' });
  assert.equal(res.status, 303);
  const fresh = tokenIn((await waitMails(email, 2))[1], '/activate');
  assert.equal((await activate(fresh)).res.status, 303);
  const used = await request(`/activate?token=${fresh}`);
  assert.equal(used.status, 404);
  assert.ok(used.text.includes(th('fr', 'activate.used')));
});

test('the patient downloads a document of her own profile, and the download is in the audit trail', async () => {
  const jar = await session('patiente@demo.passerelle.test');
  const c = Number(one("SELECT id FROM client WHERE file_number = 'SD-1003'"));
  const xml = await request(`/portal/profile?client=${c}`, { jar, headers: XML });
  assert.match(xml.text, /<documents>/);
  assert.doesNotMatch(xml.text, /<care_team>|<notes>/);
  const doc = Number(/<document><id>(\d+)<\/id>/.exec(xml.text)[1]);
  const res = await request(`/portal/document?client=${c}&id=${doc}`, { jar });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^text\/plain/);
  assert.match(res.headers.get('content-disposition'), /^attachment; filename="[a-z-]+\.txt"$/);
  assert.ok(audits('portal.document_downloaded', 'portal_document', doc) >= 1);
  const yvette = Number(one("SELECT id FROM client WHERE file_number = 'SD-1001'"));
  const theirs = Number(one(`SELECT id FROM portal_document WHERE client_id = ${yvette} LIMIT 1`));
  assert.equal((await request(`/portal/document?client=${c}&id=${theirs}`, { jar })).status, 404, 'another profile\'s document');
});

// ---- configuration ---------------------------------------------------------------

test('the organisation\'s invitation template is the one its admins chose; an unknown one is refused', async () => {
  const page = await request(`/clients/portal-settings?org=${org}`, { jar: admin });
  await assertHtmlPage(page, { status: 200 });
  for (const name of ['portal-invite', 'portal-invite-brief']) assert.ok(page.text.includes(`value="${name}"`), name);
  const version = /name="version" value="(\d+)"/.exec(page.text)[1];
  const form = { csrf: getCsrf(page.text), org, version };
  for (const bad of ['../activation', 'activation', 'portal-invite-nothere'])
    assert.equal((await request('/clients/portal-settings', { jar: admin, form: { ...form, template: bad } })).status, 422, bad);
  const saved = await request('/clients/portal-settings', { jar: admin, form: { ...form, template: 'portal-invite-brief' } });
  assert.equal(saved.status, 303);
  assert.equal((await request('/clients/portal-settings', { jar: admin, form: { ...form, template: 'portal-invite' } })).status, 409, 'stale');
  try {
    const email = `bref-${RUN}@exemple.test`;
    const c = newClient(`Bref${RUN}`, { email });
    assert.equal((await grant(staff, c.id, 0, email, roles.portal_patient)).status, 303);
    const [mail] = await waitMails(email, 1);
    assert.equal(mail.subject, t('fr', 'mail.portal_invite_brief.subject').replace('{org}', PROVIDER));
    tokenIn(mail, '/activate');
  } finally {
    sql(`UPDATE portal_setting SET invite_template = 'portal-invite' WHERE org_id = ${org}`);
  }
  assert.equal(count(`SELECT COUNT(*) FROM audit WHERE action = 'portal.settings_updated' AND subject_id = ${org}`) >= 1, true);
  assert.equal((await request('/clients/portal-settings', { jar: staff })).status, 403);
  assert.equal((await request('/clients/portal-settings?org=abc', { jar: admin })).status, 400);
  assert.equal((await request('/clients/portal-settings?org=999999999', { jar: admin })).status, 404);
});

test('roles: a family portal role holds portal permissions only, any roles admin sets them, and the users screen never gives one', async () => {
  const page = await request('/role?kind=portal', { jar: admin });
  await assertHtmlPage(page, { status: 200 });
  assert.ok(page.text.includes('perm.portal.notes'), 'portal permissions are offered');
  assert.ok(!page.text.includes('perm.users.manage'), 'account permissions are not');
  const code = `p_voisin_${RUN}`;
  const res = await request('/role', {
    jar: admin, form: { csrf: getCsrf(page.text), kind: 'portal', code, name_fr: `Voisin ${RUN}`, name_en: `Neighbour ${RUN}`,
      'perm.portal.appointments': '1', 'perm.users.manage': '1', 'perm.roles.manage': '1' },
  });
  assert.equal(res.status, 303, res.text.slice(0, 300));
  const id = one(`SELECT id FROM role WHERE code = '${code}'`);
  assert.deepEqual(sql(`SELECT permission FROM role_permission WHERE role_id = ${id}`).map((r) => r[0]), ['portal.appointments']);
  assert.equal(one(`SELECT kind FROM role WHERE id = ${id}`), 'portal');
  const list = await request('/roles', { jar: admin });
  assert.ok(list.text.includes(th('fr', 'role.kind.portal')));
  const user = await request('/user', { jar: admin });
  assert.ok(!user.text.includes(`Voisin ${RUN}`) && !user.text.includes('>Famille<'), 'portal roles are not offered to accounts');
  const c = newClient(`Voisin${RUN}`, { email: `voisin-${RUN}@exemple.test` });
  const grantPage = await request(accessPath(c.id), { jar: staff });
  assert.ok(grantPage.text.includes(`Voisin ${RUN}`), 'an operator\'s portal role is offered to every organisation');
});

test('nginx\'s xslt filter makes the same pages as the programs, for the staff and for the portal', async () => {
  const c = Number(one("SELECT id FROM client WHERE file_number = 'SD-1001'"));
  const contact = Number(one(`SELECT id FROM client_contact WHERE client_id = ${c} AND email = 'fille@demo.passerelle.test'`));
  const fille = await session('fille@demo.passerelle.test');
  const strip = (html) => html.replace(/name="csrf" value="[^"]*"/g, '').replace(/<time datetime="[^"]*Z">[^<]*<\/time>/g, '');
  for (const [jar, path] of [[staff, `/clients?q=${RUN}`], [staff, `/client?id=${c}`], [staff, `/client/contacts?id=${c}`],
    [staff, accessPath(c, contact)], [staff, `/client/demographics?id=${c}`], [fille, '/portal'], [fille, `/portal/profile?client=${c}`]]) {
    const app = await request(path, { jar });
    const xml = await request(path, { jar, base: XML_BASE });
    assert.equal(app.status, 200, path);
    assert.equal(strip(xml.text), strip(app.text), path);
  }
});
